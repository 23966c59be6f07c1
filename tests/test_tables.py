"""The tidy Arrow tables: documented schemas, Parquet round trips, collections, and the same answers to the
same questions through the Python API, pandas, Polars and DuckDB SQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings

import summitlib
from summitlib import Corpus, strategies
from summitlib.tables import TABLES, arrow_schema, describe, tables_of_kind

from .helpers import ROOT

pa = pytest.importorskip("pyarrow")

# The documented contract: every table's columns, in order, with their Arrow types.
_TYPES = {"string": "string", "date": "date32[day]", "int32": "int32", "float64": "double", "bool": "bool",
          "list<string>": "list<item: string>"}  # fmt: skip
EXPECTED = {
    "meetings": "id:string name:string status:string format:string when:string earliest:date latest:date "
    "precision:string country:string city:string venue:string occasion:string participants:int32 note:string",
    "participants": "meeting:string leader:string name:string country:string",
    "dyads": "meeting:string leader_a:string leader_b:string name_a:string name_b:string country_a:string "
    "country_b:string",
    "meeting_issues": "meeting:string issue:string",
    "outcomes": "meeting:string number:int32 description:string issues:list<string>",
    "claims": "id:string speaker_kind:string speaker_id:string speaker_name:string topic:string "
    "subject:string value_kind:string value:string label:string minutes_min:int32 minutes_max:int32 "
    "approximate:bool date_earliest:date date_latest:date date_precision:string number:float64 unit:string "
    "boolean:bool said_earliest:date said_latest:date said_precision:string source:string note:string",
    "claim_meetings": "claim:string meeting:string",
    "claim_issues": "claim:string issue:string",
    "evidence": "record_kind:string record_id:string part:int32 source:string quote:string start:int32 "
    "end:int32",
    "leaders": "id:string name:string country:string aliases:list<string> note:string",
    "roles": "leader:string number:int32 title:string kind:string country:string start_earliest:date "
    "start_latest:date start_precision:string end_earliest:date end_latest:date end_precision:string",
    "issues": "id:string name:string parent:string aliases:list<string> note:string",
    "sources": "id:string kind:string title:string publisher:string authors:list<string> "
    "published_earliest:date published_latest:date published_precision:string url:string language:string "
    "text:string note:string",
}

TRUMP, PUTIN = "donald-trump", "vladimir-putin"
HAMBURG = "2017-07-07-hamburg-trump-putin"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return summitlib.load()


@pytest.fixture(scope="module")
def tables(corpus: Corpus) -> dict[str, pa.Table]:
    return corpus.to_arrow()


def test_every_table_has_the_documented_schema(tables: dict[str, pa.Table]) -> None:
    assert list(tables) == list(EXPECTED) == [t.name for t in TABLES]
    for name, table in tables.items():
        expected = [(c.split(":", 1)[0], _TYPES[c.split(":", 1)[1]]) for c in EXPECTED[name].split()]
        assert [(f.name, str(f.type)) for f in table.schema] == expected, name
        assert table.schema.equals(arrow_schema(name)), name
        assert table.num_rows > 0, name
        for field in table.schema:
            if not field.nullable:
                assert table.column(field.name).null_count == 0, (name, field.name)


def test_schema_description_is_plain_data_for_every_column() -> None:
    described = describe()
    assert list(described) == list(EXPECTED)
    for name, spec in described.items():
        assert [c["name"] for c in spec["columns"]] == [c.split(":")[0] for c in EXPECTED[name].split()]
        assert all(c["description"] for c in spec["columns"])


def test_docs_page_lists_every_column() -> None:
    page = (ROOT / "docs" / "analysis.md").read_text(encoding="utf-8")
    for table in TABLES:
        assert f"`{table.name}`" in page, table.name
        for column in table.columns:
            assert f"`{column.name}`" in page, (table.name, column.name)


def test_counts_match_the_records(corpus: Corpus, tables: dict[str, pa.Table]) -> None:
    records = corpus.records
    assert tables["meetings"].num_rows == len(records.meetings)
    assert tables["participants"].num_rows == sum(len(m.participants) for m in records.meetings)
    n = [len(m.participants) for m in records.meetings]
    assert tables["dyads"].num_rows == sum(k * (k - 1) // 2 for k in n)
    assert tables["claims"].num_rows == len(records.claims)
    assert tables["roles"].num_rows == sum(len(x.roles) for x in records.leaders)
    # meetings come in the corpus' chronological order
    assert tables["meetings"].column("id").to_pylist() == list(corpus.meetings.ids)


def test_dyads_are_ordered_by_country_then_leader(tables: dict[str, pa.Table]) -> None:
    for row in tables["dyads"].to_pylist():
        a = (row["country_a"] is None, row["country_a"] or "", row["leader_a"])
        b = (row["country_b"] is None, row["country_b"] or "", row["leader_b"])
        assert a < b


def test_dates_and_durations_keep_their_precision(corpus: Corpus, tables: dict[str, pa.Table]) -> None:
    meetings = {r["id"]: r for r in tables["meetings"].to_pylist()}
    for meeting in corpus.meetings:
        row = meetings[meeting.id]
        if meeting.when is None:
            assert row["earliest"] is None and row["precision"] is None
        else:
            assert (row["earliest"], row["latest"]) == (meeting.when.earliest, meeting.when.latest)
            assert row["when"] == str(meeting.when)
    durations = [r for r in tables["claims"].to_pylist() if r["value_kind"] == "duration"]
    assert durations
    for row in durations:
        value = summitlib.DurationRange.parse(row["value"])
        assert (row["minutes_min"], row["minutes_max"], row["approximate"]) == (
            value.minimum,
            value.maximum,
            value.approximate,
        )


def test_sources_text_is_optional(corpus: Corpus) -> None:
    without = corpus.to_arrow(["sources"], source_text=False)["sources"]
    assert without.column("text").null_count == without.num_rows
    assert without.schema.equals(arrow_schema("sources"))


def test_unknown_table_names_the_tables(corpus: Corpus) -> None:
    with pytest.raises(KeyError, match="dyads"):
        corpus.to_arrow(["dyad"])
    with pytest.raises(KeyError, match="participants"):
        corpus.meetings.to_arrow("roles")


def test_collection_tables_are_the_rows_of_their_records(corpus: Corpus, tables: dict[str, pa.Table]) -> None:
    import pyarrow.compute as pc

    chosen = corpus.meetings.filter(at="Hamburg")
    own = chosen.to_arrow()
    assert own.column("id").to_pylist() == list(chosen.ids)
    for name in tables_of_kind("meetings"):
        part = chosen.to_arrow(name)
        assert part.schema.equals(arrow_schema(name))
        key = "record_id" if name == "evidence" else ("id" if name == "meetings" else "meeting")
        whole = tables[name]
        if name == "evidence":
            whole = whole.filter(pc.is_in(whole.column("record_kind"), pa.array(["meeting", "outcome"])))
        expected = whole.filter(pc.is_in(whole.column(key), pa.array(list(chosen.ids))))
        assert sorted(map(str, part.to_pylist())) == sorted(map(str, expected.to_pylist())), name
    for collection in (corpus.leaders, corpus.issues, corpus.sources, corpus.claims):
        assert collection.to_arrow().equals(tables[collection.kind])
    assert corpus.claims.filter(about=HAMBURG).to_arrow().num_rows == len(corpus.claims.filter(about=HAMBURG))
    assert corpus.meetings.filter(at="Helsinki").to_arrow().num_rows == 0


def test_parquet_round_trip_equals_the_tables(tables: dict[str, pa.Table], tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    for name, table in tables.items():
        pq.write_table(table, tmp_path / f"{name}.parquet")
        back = pq.read_table(tmp_path / f"{name}.parquet")
        assert back.equals(table), name
        assert back.schema.equals(table.schema), name


def test_dataframes_have_datetime_and_nullable_dtypes(corpus: Corpus) -> None:
    pytest.importorskip("pandas")
    frame = corpus.claims.to_dataframe()
    assert str(frame["said_earliest"].dtype).startswith("datetime64")
    assert str(frame["minutes_min"].dtype) == "Int32"
    assert str(frame["approximate"].dtype) == "boolean"
    assert frame["minutes_min"].isna().any()
    roles = corpus.leaders.to_dataframe("roles")
    assert str(roles["start_earliest"].dtype).startswith("datetime64")


# --- the same questions through every interface ---------------------------------------------------


def _trump_putin_api(corpus: Corpus) -> list[str]:
    return sorted(corpus.meetings.filter(between=[TRUMP, PUTIN], during=2017).ids)


def _dyad_counts_api(corpus: Corpus) -> list[tuple[str, str, int]]:
    counts: dict[tuple[str, str], set[str]] = {}
    for meeting in corpus.meetings:
        people = [corpus.leaders.lookup(p) for p in meeting.participants]
        countries = sorted({p.country for p in people if p.country})
        for i, a in enumerate(countries):
            for b in countries[i + 1 :]:
                counts.setdefault((a, b), set()).add(meeting.id)
    return sorted((a, b, len(ids)) for (a, b), ids in counts.items())


def _hamburg_durations_api(corpus: Corpus) -> list[tuple[str, str, str]]:
    claims = corpus.claims.filter(about=HAMBURG)
    chosen = [c for c in claims if c.topic.startswith("duration")]
    return sorted((corpus.speaker_name(c.speaker), c.topic, _text(c.value)) for c in chosen)


def _text(value: object) -> str:
    """A claim value as the ``value`` column writes it (yes/no as ``true``/``false``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


SQL_TRUMP_PUTIN = """
SELECT m.id FROM meetings m
JOIN participants a ON a.meeting = m.id AND a.leader = $a
JOIN participants b ON b.meeting = m.id AND b.leader = $b
WHERE m.format NOT IN ('summit', 'multilateral')
  AND m.earliest <= DATE '2017-12-31' AND m.latest >= DATE '2017-01-01'
ORDER BY m.id
"""
SQL_DYADS = """
SELECT country_a, country_b, count(DISTINCT meeting) AS meetings FROM dyads
WHERE country_a IS NOT NULL AND country_b IS NOT NULL AND country_a <> country_b
GROUP BY ALL ORDER BY ALL
"""
SQL_HAMBURG = """
SELECT coalesce(c.speaker_name, 'the author') AS speaker, c.topic, c.value
FROM claims c JOIN claim_meetings cm ON cm.claim = c.id
WHERE cm.meeting = $meeting AND c.topic LIKE 'duration%'
ORDER BY ALL
"""


def test_questions_answered_alike_by_api_and_duckdb(corpus: Corpus) -> None:
    pytest.importorskip("duckdb")
    trump_putin = corpus.sql(SQL_TRUMP_PUTIN, {"a": TRUMP, "b": PUTIN}).column("id").to_pylist()
    assert trump_putin == _trump_putin_api(corpus)
    assert len(trump_putin) >= 3
    dyads = [tuple(r.values()) for r in corpus.sql(SQL_DYADS).to_pylist()]
    assert dyads == _dyad_counts_api(corpus)
    assert any(a == "RUS" and b == "USA" and n >= len(trump_putin) for a, b, n in dyads)
    hamburg = [tuple(r.values()) for r in corpus.sql(SQL_HAMBURG, {"meeting": HAMBURG}).to_pylist()]
    assert hamburg == _hamburg_durations_api(corpus)
    assert any(speaker == "the author" for speaker, _, _ in hamburg)


def test_questions_answered_alike_by_pandas(corpus: Corpus) -> None:
    pd = pytest.importorskip("pandas")
    meetings = corpus.meetings.to_dataframe()
    people = corpus.meetings.to_dataframe("participants")
    both = set(people[people.leader == TRUMP].meeting) & set(people[people.leader == PUTIN].meeting)
    chosen = meetings[
        meetings.id.isin(both)
        & ~meetings.format.isin(["summit", "multilateral"])
        & (meetings.earliest <= pd.Timestamp("2017-12-31"))
        & (meetings.latest >= pd.Timestamp("2017-01-01"))
    ]
    assert sorted(chosen.id) == _trump_putin_api(corpus)

    dyads = corpus.meetings.to_dataframe("dyads").dropna(subset=["country_a", "country_b"])
    dyads = dyads[dyads.country_a != dyads.country_b]
    counts = dyads.groupby(["country_a", "country_b"]).meeting.nunique()
    assert sorted((a, b, int(n)) for (a, b), n in counts.items()) == _dyad_counts_api(corpus)

    claims = corpus.claims.to_dataframe()
    about = corpus.claims.to_dataframe("claim_meetings")
    rows = claims.merge(about[about.meeting == HAMBURG], left_on="id", right_on="claim")
    rows = rows[rows.topic.str.startswith("duration")]
    found = sorted(zip(rows.speaker_name.fillna("the author"), rows.topic, rows.value, strict=True))
    assert found == _hamburg_durations_api(corpus)


def test_questions_answered_alike_by_polars(tables: dict[str, pa.Table], corpus: Corpus) -> None:
    pl = pytest.importorskip("polars")
    meetings, people = pl.from_arrow(tables["meetings"]), pl.from_arrow(tables["participants"])
    both = people.filter(pl.col("leader") == TRUMP).join(
        people.filter(pl.col("leader") == PUTIN), on="meeting"
    )
    chosen = meetings.join(both.select("meeting"), left_on="id", right_on="meeting").filter(
        ~pl.col("format").is_in(["summit", "multilateral"])
        & (pl.col("earliest") <= dt.date(2017, 12, 31))
        & (pl.col("latest") >= dt.date(2017, 1, 1))
    )
    assert sorted(chosen["id"].to_list()) == _trump_putin_api(corpus)

    counts = (
        pl.from_arrow(tables["dyads"])
        .drop_nulls(["country_a", "country_b"])
        .filter(pl.col("country_a") != pl.col("country_b"))
        .group_by("country_a", "country_b")
        .agg(pl.col("meeting").n_unique().alias("n"))
    )
    assert sorted(counts.iter_rows()) == _dyad_counts_api(corpus)

    claims, about = pl.from_arrow(tables["claims"]), pl.from_arrow(tables["claim_meetings"])
    rows = claims.join(about.filter(pl.col("meeting") == HAMBURG), left_on="id", right_on="claim").filter(
        pl.col("topic").str.starts_with("duration")
    )
    found = rows.select(pl.col("speaker_name").fill_null("the author"), "topic", "value")
    assert sorted(found.iter_rows()) == _hamburg_durations_api(corpus)


def test_sql_results_are_arrow_and_take_parameters(corpus: Corpus) -> None:
    pytest.importorskip("duckdb")
    result = corpus.sql("SELECT id, earliest FROM meetings WHERE id = ?", [HAMBURG])
    assert result.to_pylist() == [{"id": HAMBURG, "earliest": dt.date(2017, 7, 7)}]
    assert (
        corpus.sql("SELECT count(*) AS n FROM evidence").column("n")[0].as_py()
        == corpus.to_arrow(["evidence"])["evidence"].num_rows
    )


@pytest.mark.slow
@settings(max_examples=30)
@given(records=strategies.records())
def test_tables_of_any_corpus_keep_schema_counts_and_values(records: summitlib.Records) -> None:
    """For any consistent records: every table has its schema, no null where the schema says none, one row
    per record (or per participant, pair, claim target, quote), dates and duration bounds as the records
    say, and a Parquet round trip changes nothing."""
    import io

    import pyarrow.parquet as pq

    corpus = Corpus(records)
    tables = corpus.to_arrow()
    for name, table in tables.items():
        assert table.schema.equals(arrow_schema(name)), name
        for field in table.schema:
            if not field.nullable:
                assert table.column(field.name).null_count == 0, (name, field.name)
        buffer = io.BytesIO()
        pq.write_table(table, buffer)
        assert pq.read_table(io.BytesIO(buffer.getvalue())).equals(table), name
    meetings = corpus.records.meetings
    assert tables["participants"].num_rows == sum(len(m.participants) for m in meetings)
    pairs = sum(len(m.participants) * (len(m.participants) - 1) // 2 for m in meetings)
    assert tables["dyads"].num_rows == pairs
    assert tables["claim_meetings"].num_rows == sum(len(c.meetings) for c in corpus.records.claims)
    quotes = sum(len(m.evidence) + sum(len(o.evidence) for o in m.outcomes) for m in meetings)
    quotes += len(corpus.records.claims) + sum(len(i.evidence) for i in corpus.records.issues)
    quotes += sum(len(x.evidence) + sum(len(r.evidence) for r in x.roles) for x in corpus.records.leaders)
    assert tables["evidence"].num_rows == quotes
    rows = {r["id"]: r for r in tables["meetings"].to_pylist()}
    for meeting in meetings:
        row = rows[meeting.id]
        expected = (None, None) if meeting.when is None else (meeting.when.earliest, meeting.when.latest)
        assert (row["earliest"], row["latest"]) == expected
    for claim, row in zip(corpus.claims, tables["claims"].to_pylist(), strict=True):
        assert row["id"] == claim.id
        if isinstance(claim.value, summitlib.DurationRange):
            assert (row["minutes_min"], row["minutes_max"]) == (claim.value.minimum, claim.value.maximum)
