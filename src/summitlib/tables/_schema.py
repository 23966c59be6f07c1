"""The documented schema of every table: names, types, nullability and meaning, kept as data.

The pyarrow schemas, the export's schema description and the docs' table of columns are all generated from
`TABLES`, so they cannot drift apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, NamedTuple

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["TABLES", "Column", "Table", "arrow_schema", "describe", "table_spec"]


class Column(NamedTuple):
    """One column: its name, type (``string``, ``date``, ``int32``, ``float64``, ``bool``, ``list<string>``),
    whether it may be null, and what it holds."""

    name: str
    type: str
    nullable: bool
    doc: str


class Table(NamedTuple):
    """One table: its name, the record kind its rows belong to, what a row is, and its columns."""

    name: str
    kind: str
    row: str
    columns: tuple[Column, ...]


def _c(name: str, type_: str, doc: str, *, null: bool = True) -> Column:
    return Column(name, type_, null, doc)


def _dates(prefix: str, what: str) -> tuple[Column, ...]:
    return (
        _c(f"{prefix}_earliest", "date", f"the first day {what} may be"),
        _c(f"{prefix}_latest", "date", f"the last day {what} may be"),
        _c(f"{prefix}_precision", "string", f"year, month or day: how precisely {what} is known"),
    )


_STATUSES = "held, planned, proposed, possible, ruled_out, cancelled or hypothetical"
_FORMATS = "bilateral, sideline, informal_encounter, summit, multilateral, phone_call or other"

TABLES: Final[tuple[Table, ...]] = (
    Table(
        "meetings",
        "meetings",
        "a meeting",
        (
            _c("id", "string", "the meeting id", null=False),
            _c("name", "string", "a short name", null=False),
            _c("status", "string", _STATUSES, null=False),
            _c("format", "string", _FORMATS, null=False),
            _c("when", "string", "the date as written: '2017-07-07', '2017-07', '2017-11-10/2017-11-11'"),
            _c("earliest", "date", "the first day the meeting may have taken place"),
            _c("latest", "date", "the last day it may have taken place"),
            _c("precision", "string", "year, month or day (the coarser end of a span)"),
            _c("country", "string", "where: ISO 3166 alpha-3 code"),
            _c("city", "string", "where: city or locality"),
            _c("venue", "string", "where: building or site"),
            _c("occasion", "string", "the id of the summit it belongs to"),
            _c("participants", "int32", "how many leaders took part (rows in participants)", null=False),
            _c("note", "string", "anything a reader should know"),
        ),
    ),
    Table(
        "participants",
        "meetings",
        "a leader taking part in a meeting",
        (
            _c("meeting", "string", "the meeting id", null=False),
            _c("leader", "string", "the leader id", null=False),
            _c("name", "string", "the leader's name", null=False),
            _c("country", "string", "the leader's country (alpha-3)"),
        ),
    ),
    Table(
        "dyads",
        "meetings",
        "an unordered pair of participants of a meeting, ordered by country then leader id so that "
        "country_a <= country_b (a null country last): state dyads group directly",
        (
            _c("meeting", "string", "the meeting id", null=False),
            _c("leader_a", "string", "the first leader id", null=False),
            _c("leader_b", "string", "the second leader id", null=False),
            _c("name_a", "string", "the first leader's name", null=False),
            _c("name_b", "string", "the second leader's name", null=False),
            _c("country_a", "string", "the first leader's country"),
            _c("country_b", "string", "the second leader's country"),
        ),
    ),
    Table(
        "meeting_issues",
        "meetings",
        "an issue a meeting lists",
        (
            _c("meeting", "string", "the meeting id", null=False),
            _c("issue", "string", "the issue id", null=False),
        ),
    ),
    Table(
        "outcomes",
        "meetings",
        "something a meeting produced",
        (
            _c("meeting", "string", "the meeting id", null=False),
            _c("number", "int32", "its position among the meeting's outcomes, from 0", null=False),
            _c("description", "string", "what was agreed, announced or decided", null=False),
            _c("issues", "list<string>", "ids of the issues it concerns", null=False),
        ),
    ),
    Table(
        "claims",
        "claims",
        "a claim",
        (
            _c("id", "string", "the claim id", null=False),
            _c("speaker_kind", "string", "person, group or author", null=False),
            _c("speaker_id", "string", "the leader id of a person"),
            _c("speaker_name", "string", "the leader's name for a person, the group's name for a group"),
            _c("topic", "string", "what aspect it is about ('duration.actual', 'position' ...)", null=False),
            _c("subject", "string", "the leader the value is about, if not the meeting itself"),
            _c("value_kind", "string", "label, duration, date, number or bool", null=False),
            _c("value", "string", "the value as text ('>=120', '2017-07', 'pushed back')", null=False),
            _c("label", "string", "a label value"),
            _c("minutes_min", "int32", "a duration's lower bound in minutes (null: none stated)"),
            _c("minutes_max", "int32", "a duration's upper bound in minutes (null: none stated)"),
            _c("approximate", "bool", "the duration was hedged ('about thirty minutes')"),
            *_dates("date", "a date value"),
            _c("number", "float64", "a number value"),
            _c("unit", "string", "what a number counts"),
            _c("boolean", "bool", "a yes/no value"),
            *_dates("said", "the claim was made"),
            _c("source", "string", "the source id of its evidence", null=False),
            _c("note", "string", "anything a reader should know"),
        ),
    ),
    Table(
        "claim_meetings",
        "claims",
        "a meeting a claim is about",
        (
            _c("claim", "string", "the claim id", null=False),
            _c("meeting", "string", "the meeting id", null=False),
        ),
    ),
    Table(
        "claim_issues",
        "claims",
        "an issue a claim is about",
        (
            _c("claim", "string", "the claim id", null=False),
            _c("issue", "string", "the issue id", null=False),
        ),
    ),
    Table(
        "evidence",
        "",
        "a quote a record rests on",
        (
            _c("record_kind", "string", "leader, role, issue, meeting, outcome or claim", null=False),
            _c("record_id", "string", "the record id (a role's leader, an outcome's meeting)", null=False),
            _c("part", "int32", "the role's or outcome's position in its record, from 0"),
            _c("source", "string", "the source id", null=False),
            _c("quote", "string", "the exact words", null=False),
            _c("start", "int32", "offset of the quote's first character in the source text"),
            _c("end", "int32", "offset just past its last character"),
        ),
    ),
    Table(
        "leaders",
        "leaders",
        "a leader (anyone who acts or speaks)",
        (
            _c("id", "string", "the leader id", null=False),
            _c("name", "string", "the preferred full name", null=False),
            _c("country", "string", "the leader's country (alpha-3)"),
            _c("aliases", "list<string>", "other names the sources use", null=False),
            _c("note", "string", "anything a reader should know"),
        ),
    ),
    Table(
        "roles",
        "leaders",
        "an office a leader held",
        (
            _c("leader", "string", "the leader id", null=False),
            _c("number", "int32", "its position among the leader's roles, from 0", null=False),
            _c("title", "string", "the title as the sources give it", null=False),
            _c("kind", "string", "head_of_state, head_of_government, foreign_minister ...", null=False),
            _c("country", "string", "the country the office belongs to"),
            *_dates("start", "the role began"),
            *_dates("end", "the role ended"),
        ),
    ),
    Table(
        "issues",
        "issues",
        "an issue",
        (
            _c("id", "string", "the issue id", null=False),
            _c("name", "string", "a short name", null=False),
            _c("parent", "string", "the broader issue's id"),
            _c("aliases", "list<string>", "other names and keywords", null=False),
            _c("note", "string", "anything a reader should know"),
        ),
    ),
    Table(
        "sources",
        "sources",
        "a source text",
        (
            _c("id", "string", "the source id", null=False),
            _c("kind", "string", "news, opinion or analysis", null=False),
            _c("title", "string", "the headline"),
            _c("publisher", "string", "the outlet"),
            _c("authors", "list<string>", "the bylines", null=False),
            *_dates("published", "it was published"),
            _c("url", "string", "the address"),
            _c("language", "string", "a BCP 47 tag", null=False),
            _c("text", "string", "the full text (null when left out: source_text=False)"),
            _c("note", "string", "anything a reader should know"),
        ),
    ),
)
"""Every table, in the order `Corpus.to_arrow` returns them."""

_BY_NAME = {t.name: t for t in TABLES}


def table_spec(name: str) -> Table:
    """The specification of table ``name``.

    Raises:
        KeyError: naming the tables there are.
    """
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"no table {name!r}; the tables are {', '.join(_BY_NAME)}") from None


def _arrow_type(pa: Any, name: str) -> Any:
    if name == "list<string>":
        return pa.list_(pa.string())
    return {
        "string": pa.string(),
        "date": pa.date32(),
        "int32": pa.int32(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
    }[name]


def arrow_schema(name: str) -> pa.Schema:
    """The pyarrow schema of table ``name`` (imports pyarrow)."""
    import pyarrow as pa

    spec = table_spec(name)
    return pa.schema(
        [pa.field(c.name, _arrow_type(pa, c.type), nullable=c.nullable) for c in spec.columns],
        metadata={"summitlib.table": name, "summitlib.row": spec.row},
    )


def describe() -> dict[str, Any]:
    """Every table's schema as plain JSON data (what ``summitlib export`` writes to ``schema.json``)."""
    return {
        t.name: {
            "row": t.row,
            "columns": [
                {"name": c.name, "type": c.type, "nullable": c.nullable, "description": c.doc}
                for c in t.columns
            ],
        }
        for t in TABLES
    }
