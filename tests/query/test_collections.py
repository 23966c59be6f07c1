"""Tests of summitlib.collections: look-ups, search, criteria, export — and filters against brute force."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitlib import strategies as sst
from summitlib.claims import Claim, SpeakerKind
from summitlib.corpus import Corpus
from summitlib.dates import DateSpan, PartialDate
from summitlib.errors import AmbiguousError, InvalidValueError, NotFoundError
from summitlib.model import Issue, Leader, Meeting, MeetingFormat, MeetingStatus, Source, SourceKind
from summitlib.places import Place
from summitlib.records import Records

HAMBURG = "trump-putin-hamburg-2017"


# --- look-ups --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Vladimir Putin",
        "vladimir putin",
        "Putin",
        "Putin's",
        "Putin’s",
        "Mr. Putin",
        "President Putin",
        "Russian President Vladimir Putin",
        "vladimir-putin",
        "VLADÍMIR PUTIN",
    ],
)
def test_lookup_normalises_names(query_corpus: Corpus, name: str) -> None:
    assert query_corpus.leaders.lookup(name).id == "vladimir-putin"


def test_lookup_transliterations_listed_as_aliases(query_corpus: Corpus) -> None:
    assert query_corpus.leaders.lookup("Sergei Lavrov") is query_corpus.leaders.lookup("Sergey Lavrov")


def test_exact_alias_beats_surname_inference(query_corpus: Corpus) -> None:
    assert query_corpus.leaders.lookup("Trump").id == "donald-trump"
    assert query_corpus.leaders.lookup("Melania Trump").id == "melania-trump"


def test_surname_resolves_when_unambiguous(query_corpus: Corpus) -> None:
    assert query_corpus.leaders.lookup("Secretary of State Tillerson").id == "rex-tillerson"
    assert query_corpus.leaders.lookup("Bush").id == "george-w-bush"


def test_lookup_accepts_objects_and_rejects_other_types(query_corpus: Corpus) -> None:
    putin = query_corpus.leaders.lookup("Putin")
    assert query_corpus.leaders.lookup(putin) is putin
    stranger = Leader(id="nobody", name="No Body")
    with pytest.raises(NotFoundError):
        query_corpus.leaders.lookup(stranger)
    with pytest.raises(InvalidValueError):
        query_corpus.leaders.lookup(42)  # type: ignore[arg-type]


def test_lookup_not_found_suggests_close_names(query_corpus: Corpus) -> None:
    with pytest.raises(NotFoundError) as caught:
        query_corpus.leaders.lookup("Vladimir Putn")
    assert isinstance(caught.value, LookupError)
    assert caught.value.suggestions[0] == "Vladimir Putin"
    assert "did you mean 'Vladimir Putin'" in str(caught.value)


def test_ambiguous_surname_raises() -> None:
    corpus = Corpus(
        Records(leaders=[Leader(id="a", name="Ann Smith"), Leader(id="b", name="Bob Smith")]),
    )
    with pytest.raises(AmbiguousError) as caught:
        corpus.leaders.lookup("Smith")
    assert set(caught.value.candidates) == {"a", "b"}
    assert corpus.leaders.filter(country=None).get("Ann Smith") is not None


def test_get_returns_default_when_nothing_matches(query_corpus: Corpus) -> None:
    assert query_corpus.leaders.get("Nobody At All") is None
    sentinel = query_corpus.leaders.lookup("Putin")
    assert query_corpus.leaders.get("Nobody At All", sentinel) is sentinel
    assert query_corpus.meetings.get(HAMBURG) is not None


def test_lookup_inside_a_subset_only_finds_members(query_corpus: Corpus) -> None:
    russians = query_corpus.leaders.filter(country="RUS")
    assert russians.lookup("Lavrov").id == "sergey-lavrov"
    with pytest.raises(NotFoundError):
        russians.lookup("Trump")
    assert "donald-trump" not in russians
    assert "sergey-lavrov" in russians


def test_search_is_ranked_and_repeatable(query_corpus: Corpus) -> None:
    found = query_corpus.leaders.search("trump")
    assert [x.id for x in found[:2]] == ["donald-trump", "melania-trump"]
    assert found == query_corpus.leaders.search("trump")
    assert query_corpus.leaders.search("putn")[0].id == "vladimir-putin"
    assert query_corpus.leaders.search("zzzzzz") == []
    assert len(query_corpus.leaders.search("t", limit=1)) == 1


def test_one_and_first(query_corpus: Corpus) -> None:
    meetings = query_corpus.meetings
    assert meetings.filter(at="Hamburg", format="sideline").one().id == HAMBURG
    with pytest.raises(NotFoundError):
        meetings.filter(at="Helsinki").one()
    with pytest.raises(AmbiguousError):
        meetings.filter(at="Danang").one()
    assert meetings.filter(at="Helsinki").first() is None
    assert meetings.first() is meetings[0]


# --- meeting criteria on the hand-curated corpus ----------------------------------------------------


def test_quickstart_query(query_corpus: Corpus) -> None:
    trump = query_corpus.leaders.lookup("Trump")
    putin = query_corpus.leaders.lookup("Vladimir Putin")
    meetings = query_corpus.meetings.filter(between=[trump, putin], during="2017")
    assert meetings.ids == (
        "trump-putin-reykjavik",
        "trump-putin-may-2017",
        HAMBURG,
        "trump-putin-danang-bilateral",
        "trump-putin-danang-encounters",
    )
    assert meetings.filter(at="Hamburg").one().id == HAMBURG


def test_between_includes_gatherings_only_with_format_or_part_of(query_corpus: Corpus) -> None:
    pair = ["Trump", "Putin"]
    assert "g20-hamburg-2017" not in query_corpus.meetings.filter(between=pair).ids
    assert query_corpus.meetings.filter(between=pair, format="summit").ids == (
        "g20-hamburg-2017",
        "apec-danang-2017",
    )
    assert query_corpus.meetings.filter(between=pair, part_of="G20 summit in Hamburg").ids == (HAMBURG,)


def test_between_accepts_groups(query_corpus: Corpus) -> None:
    found = query_corpus.meetings.filter(between=[["Bush", "Putin"], ["Lavrov", "Tillerson"]])
    assert found.ids == ("bush-putin-2001", HAMBURG)
    with pytest.raises(InvalidValueError):
        query_corpus.meetings.filter(between=[])


def test_during_is_precision_aware(query_corpus: Corpus) -> None:
    on_the_tenth = query_corpus.meetings.filter(during="2017-11-10").ids
    assert "trump-putin-danang-encounters" in on_the_tenth  # known only to 2017-11
    assert "trump-putin-reykjavik" in on_the_tenth  # known only to 2017
    assert "trump-putin-someday" not in query_corpus.meetings.filter(during=["2017", 2018]).ids
    assert query_corpus.meetings.filter(during=2001).ids == ("bush-putin-2001",)
    assert query_corpus.meetings.filter(during="2017-06/2017-07-06").ids == ("trump-putin-reykjavik",)


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("Hamburg", ("g20-hamburg-2017", HAMBURG)),
        ("hamburg", ("g20-hamburg-2017", HAMBURG)),
        ("Germany", ("g20-hamburg-2017", HAMBURG)),
        ("DEU", ("g20-hamburg-2017", HAMBURG)),
        ("SVN", ("bush-putin-2001",)),
        ("Slovenia", ("bush-putin-2001",)),
        ("Russia", ()),
    ],
)
def test_at_matches_city_country_name_or_code(query_corpus: Corpus, place: str, expected: tuple[str]) -> None:
    assert set(query_corpus.meetings.filter(at=place).ids) == set(expected)


def test_at_a_place_and_with_any_leader(query_corpus: Corpus) -> None:
    hamburg = Place(country="DEU", city="Hamburg")
    assert query_corpus.meetings.filter(at=hamburg).ids == (HAMBURG, "g20-hamburg-2017")
    assert query_corpus.meetings.filter(at=Place(country="DEU", city="Berlin")).ids == ()
    assert query_corpus.meetings.filter(at=[Place(country="SVN"), "Reykjavik"]).ids == (
        "bush-putin-2001",
        "trump-putin-reykjavik",
    )
    assert query_corpus.meetings.filter(with_=["Bush", "Lavrov"]).ids == ("bush-putin-2001", HAMBURG)


def test_about_includes_sub_issues(query_corpus: Corpus) -> None:
    assert query_corpus.meetings.filter(about="Syria").ids == (HAMBURG,)  # via the ceasefire outcome
    assert query_corpus.meetings.filter(about="Russian election meddling").ids == (
        HAMBURG,
        "trump-putin-danang-encounters",
    )


def test_status_format_part_of_source(query_corpus: Corpus) -> None:
    meetings = query_corpus.meetings
    assert meetings.filter(status="ruled out").ids == ("trump-putin-danang-bilateral",)
    assert meetings.filter(status=[MeetingStatus.POSSIBLE, "hypothetical"]).ids == (
        "trump-putin-reykjavik",
        "trump-putin-may-2017",
        "trump-putin-someday",
    )
    assert meetings.filter(format=MeetingFormat.INFORMAL_ENCOUNTER).ids == ("trump-putin-danang-encounters",)
    assert set(meetings.filter(part_of="apec-danang-2017").ids) == {
        "trump-putin-danang-bilateral",
        "trump-putin-danang-encounters",
    }
    reported_by_globe = meetings.filter(source="001_edea29f8c01a02d7").ids
    assert reported_by_globe == (HAMBURG, "g20-hamburg-2017", "trump-putin-someday")
    # through a claim only: the Kremlin's quote in RFE/RL is about the ruled-out Danang meeting
    assert "trump-putin-danang-bilateral" in meetings.filter(source="004_340a8d9bcf5eea48").ids


def test_unknown_values_raise(query_corpus: Corpus) -> None:
    with pytest.raises(InvalidValueError):
        query_corpus.meetings.filter(status="happened")
    with pytest.raises(NotFoundError):
        query_corpus.meetings.filter(with_="Nobody")
    with pytest.raises(InvalidValueError):
        query_corpus.meetings.filter(during=object())  # type: ignore[arg-type]


# --- claims, issues, sources ------------------------------------------------------------------------


def test_claim_criteria(query_corpus: Corpus) -> None:
    claims = query_corpus.claims
    assert claims.filter(topic="duration").ids == (
        "globe-actual",
        "ni-actual",
        "riddle-actual",
        "peskov-scheduled",
        "white-house-scheduled",
    )
    assert claims.filter(topic="duration.act").ids == ()
    assert claims.filter(speaker="Lavrov").ids == ("lavrov-accepted", "lavrov-ceasefire")
    assert claims.filter(speaker="the Kremlin").ids == ("ushakov-ready",)
    assert claims.filter(speaker="Trump's press office").ids == ("white-house-scheduled",)
    assert claims.filter(speaker="author", source="003_075e88cfd252b968").ids == ("riddle-actual",)
    assert claims.filter(about="Syria").ids == ("lavrov-ceasefire",)
    assert claims.filter(about=["Syria", "trump-putin-danang-bilateral"]).ids == (
        "lavrov-ceasefire",
        "ushakov-ready",
    )
    with pytest.raises(NotFoundError) as caught:
        claims.filter(speaker="the Kremlinn")
    assert "the Kremlin" in caught.value.suggestions


def test_issue_criteria(query_corpus: Corpus) -> None:
    issues = query_corpus.issues
    assert issues.filter(children_of="Syria").ids == ("syria-ceasefire",)
    assert set(issues.filter(discussed_at=HAMBURG).ids) == {"syria-ceasefire", "election-meddling", "ukraine"}
    assert set(issues.filter(raised_in="002_7039440974c393fa").ids) == {"syria", "syria-ceasefire"}


def test_source_criteria(query_corpus: Corpus) -> None:
    sources = query_corpus.sources
    assert sources.filter(kind="news").ids == ("004_340a8d9bcf5eea48",)
    assert sources.filter(kind=SourceKind.ANALYSIS, published="2017-07-07").ids == (
        "002_7039440974c393fa",
        "003_075e88cfd252b968",
    )
    assert sources.filter(publisher="the globe and mail").ids == ("001_edea29f8c01a02d7",)
    assert sources.filter(mentioning="Peskov").ids == ("003_075e88cfd252b968",)
    assert sources.filter(mentioning="Syria").ids == ("002_7039440974c393fa",)


# --- export -----------------------------------------------------------------------------------------


def test_to_records_is_plain_json_data(query_corpus: Corpus) -> None:
    import json

    rows = query_corpus.meetings.filter(at="Hamburg").to_records()
    assert [r["id"] for r in rows] == [HAMBURG, "g20-hamburg-2017"]
    assert json.loads(json.dumps(rows)) == rows
    assert rows[0]["when"] == "2017-07-07"


def test_to_dataframe(query_corpus: Corpus) -> None:
    pytest.importorskip("pandas")
    frame = query_corpus.meetings.to_dataframe()
    assert list(frame["id"]) == list(query_corpus.meetings.ids)
    assert str(frame["earliest"].dtype).startswith("datetime64")
    assert str(frame["participants"].dtype) == "Int32"
    assert "city" in frame.columns
    assert query_corpus.meetings.filter(at="Helsinki").to_dataframe().empty


def test_to_dataframe_without_pandas_says_what_to_install(
    query_corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install pandas"):
        query_corpus.meetings.to_dataframe()


def test_collections_compare_and_describe(query_corpus: Corpus) -> None:
    meetings = query_corpus.meetings
    assert meetings.filter(at="DEU") == meetings.filter(at="Germany")
    assert meetings.filter(at="DEU") != meetings
    assert len({meetings.filter(at="DEU"), meetings.filter(at="Germany")}) == 1
    assert repr(meetings.filter(at="DEU")).startswith("Meetings(2: ")
    assert not meetings.filter(at="Helsinki")


# --- properties on generated corpora ----------------------------------------------------------------


def chronological(meeting: Meeting) -> tuple[Any, ...]:
    if meeting.when is None:
        return (1, None, None, meeting.id)
    return (0, meeting.when.earliest, meeting.when.latest, meeting.id)


def under(records: Records, issue: str | None, ancestor: str) -> bool:
    parents = {i.id: i.parent for i in records.issues}
    while issue is not None:
        if issue == ancestor:
            return True
        issue = parents[issue]
    return False


def overlaps(when: Any, wanted: PartialDate | DateSpan) -> bool:
    return when is not None and when.earliest <= wanted.latest and wanted.earliest <= when.latest


def meeting_matches(records: Records, m: Meeting, criteria: dict[str, Any]) -> bool:
    """The meaning of each meeting criterion, written out plainly."""
    gatherings_allowed = "format" in criteria or "part_of" in criteria
    by_id = {x.id: x for x in records.meetings}
    checks: dict[str, Callable[[list[Any]], bool]] = {
        "between": lambda group: (
            set(group) <= set(m.participants)
            and (gatherings_allowed or m.format not in (MeetingFormat.SUMMIT, MeetingFormat.MULTILATERAL))
        ),
        "with_": lambda who: any(p in m.participants for p in who),
        "during": lambda dates: any(overlaps(m.when, d) for d in dates),
        "at": lambda places: (
            m.place is not None and any(p in (m.place.city, m.place.country) for p in places)
        ),
        "about": lambda issues: any(
            under(records, i, x)
            for x in issues
            for i in [*m.issues, *(j for o in m.outcomes for j in o.issues)]
        ),
        "status": lambda values: m.status in values,
        "format": lambda values: m.format in values,
        "part_of": lambda summits: any(
            s in _occasions(by_id, m) for s in (x.id if isinstance(x, Meeting) else x for x in summits)
        ),
        "source": lambda sources: (
            any(e.source in sources for e in [*m.evidence, *(e for o in m.outcomes for e in o.evidence)])
            or any(m.id in c.meetings and c.source in sources for c in records.claims)
        ),
    }
    return all(checks[name](_list(value)) for name, value in criteria.items())


def _occasions(by_id: dict[str, Meeting], meeting: Meeting) -> list[str]:
    found = []
    current = meeting.occasion
    while current is not None:
        found.append(current)
        current = by_id[current].occasion
    return found


def _list(value: object) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _ids(values: Iterable[Any]) -> list[Any]:
    return [getattr(v, "id", v) for v in values]


@st.composite
def meeting_criteria(draw: st.DrawFn, records: Records) -> dict[str, Any]:
    leaders = [x.id for x in records.leaders]
    options: dict[str, st.SearchStrategy[Any]] = {
        "between": st.lists(st.sampled_from(leaders), min_size=1, max_size=2, unique=True),
        "with_": st.lists(st.sampled_from(leaders), min_size=1, max_size=2, unique=True),
        "during": st.lists(sst.whens(1999, 2021), min_size=1, max_size=2),
        "at": st.lists(
            st.sampled_from(["Hamburg", "Danang", "DEU", "FIN", "Reykjavik"]), min_size=1, max_size=2
        ),
        "status": st.lists(st.sampled_from(MeetingStatus), min_size=1, max_size=2),
        "format": st.lists(st.sampled_from(MeetingFormat), min_size=1, max_size=2),
        "source": st.lists(st.sampled_from([s.id for s in records.sources]), min_size=1, max_size=2),
    }
    if records.issues:
        options["about"] = st.lists(st.sampled_from([i.id for i in records.issues]), min_size=1, max_size=2)
    if records.meetings:
        options["part_of"] = st.lists(st.sampled_from(list(records.meetings)), min_size=1, max_size=2)
    names = draw(st.lists(st.sampled_from(sorted(options)), max_size=3, unique=True))
    criteria = {name: draw(options[name]) for name in names}
    # a single value is the same as a one-item list
    return {k: v[0] if len(v) == 1 and draw(st.booleans()) else v for k, v in criteria.items()}


def _brute(records: Records, criteria: dict[str, Any]) -> tuple[str, ...]:
    return tuple(
        m.id for m in sorted(records.meetings, key=chronological) if meeting_matches(records, m, criteria)
    )


@given(sst.query_records(), st.data())
def test_meeting_filter_equals_brute_force(records: Records, data: st.DataObject) -> None:
    """For any criteria, filter returns exactly the meetings a plain predicate over all meetings accepts,
    in chronological order; between=[a, b] equals between=[b, a]; during=<span> returns every dated
    meeting whose interval overlaps the span."""
    corpus = Corpus(records)
    criteria = data.draw(meeting_criteria(records))
    assert corpus.meetings.filter(**criteria).ids == _brute(records, criteria)

    a, b = data.draw(st.lists(st.sampled_from(records.leaders), min_size=2, max_size=2, unique=True))
    assert corpus.meetings.filter(between=[a, b]) == corpus.meetings.filter(between=[b.id, a.id])

    span = data.draw(sst.date_spans(1999, 2021))
    expected = {m.id for m in records.meetings if overlaps(m.when, span)}
    assert set(corpus.meetings.filter(during=span).ids) == expected
    assert set(corpus.meetings.filter(during=str(span)).ids) == expected


@given(sst.query_records(), st.data())
def test_chained_filters_equal_combined(records: Records, data: st.DataObject) -> None:
    """filter(A).filter(B) == filter(A and B), when format/part_of are given in the same call as between
    (they are what let gatherings into a between query)."""
    corpus = Corpus(records)
    first = data.draw(meeting_criteria(records))
    second = data.draw(meeting_criteria(records))
    second = {k: v for k, v in second.items() if k not in first}
    if "between" in first or "between" in second:
        together = first if "between" in first else second
        apart = second if together is first else first
        for key in ("format", "part_of"):
            if key in apart:
                together[key] = apart.pop(key)
    chained = corpus.meetings.filter(**first).filter(**second)
    assert chained == corpus.meetings.filter(**first, **second)
    assert chained.ids == _brute(records, {**first, **second})


def claim_matches(records: Records, c: Claim, criteria: dict[str, Any]) -> bool:
    """The meaning of each claim criterion, written out plainly."""
    checks: dict[str, Callable[[list[Any]], bool]] = {
        "about": lambda subjects: any(
            (isinstance(s, Meeting) and s.id in c.meetings)
            or (isinstance(s, Issue) and any(under(records, i, s.id) for i in c.issues))
            for s in subjects
        ),
        "speaker": lambda people: c.speaker.kind is SpeakerKind.PERSON and c.speaker.leader in people,
        "topic": lambda topics: any(c.topic == t or c.topic.startswith(t + ".") for t in topics),
        "source": lambda sources: c.source in sources,
    }
    return all(checks[name](_list(value)) for name, value in criteria.items())


@given(sst.query_records(), st.data())
def test_claim_filter_equals_brute_force(records: Records, data: st.DataObject) -> None:
    """Claims.filter equals a plain predicate over all claims, in record order."""
    corpus = Corpus(records)
    subjects = [*records.meetings, *records.issues]
    options: dict[str, st.SearchStrategy[Any]] = {
        "speaker": st.lists(st.sampled_from([x.id for x in records.leaders]), min_size=1, max_size=2),
        "topic": st.lists(st.sampled_from(["duration", "duration.actual", "position", "pos"]), min_size=1),
        "source": st.lists(st.sampled_from([s.id for s in records.sources]), min_size=1, max_size=2),
    }
    if subjects:
        options["about"] = st.lists(st.sampled_from(subjects), min_size=1, max_size=2)
    names = data.draw(st.lists(st.sampled_from(sorted(options)), max_size=3, unique=True))
    criteria = {name: data.draw(options[name]) for name in names}
    expected = tuple(c.id for c in records.claims if claim_matches(records, c, criteria))
    assert corpus.claims.filter(**criteria).ids == expected


@given(sst.query_records(), st.data())
def test_issue_and_source_filters_equal_brute_force(records: Records, data: st.DataObject) -> None:
    """Issues.filter and Sources.filter equal plain predicates over all issues and sources."""
    corpus = Corpus(records)
    source = data.draw(st.sampled_from(records.sources))
    cited: dict[tuple[str, str], set[str]] = {}

    def cite(kind: str, key: str, sources: Iterable[str]) -> None:
        cited.setdefault((kind, key), set()).update(sources)

    for x in records.leaders:
        cite("leader", x.id, [e.source for e in (*x.evidence, *(e for r in x.roles for e in r.evidence))])
    for i in records.issues:
        cite("issue", i.id, [e.source for e in i.evidence])
    for m in records.meetings:
        cite("meeting", m.id, [e.source for e in m.evidence])
        for o in m.outcomes:
            cite("meeting", m.id, [e.source for e in o.evidence])
            for i_id in o.issues:
                cite("issue", i_id, [e.source for e in o.evidence])
    for c in records.claims:
        for kind, keys in (
            ("meeting", c.meetings),
            ("issue", c.issues),
            ("leader", [k for k in (c.speaker.leader, c.subject) if k is not None]),
        ):
            for key in keys:
                cite(kind, key, [c.source])
    assert set(corpus.issues.filter(raised_in=source).ids) == {
        i.id for i in records.issues if source.id in cited.get(("issue", i.id), set())
    }
    if records.issues:
        parent = data.draw(st.sampled_from(records.issues))
        assert corpus.issues.filter(children_of=parent).ids == tuple(
            i.id for i in records.issues if i.parent == parent.id
        )
    if records.meetings:
        meeting = data.draw(st.sampled_from(records.meetings))
        listed = {*meeting.issues, *(i for o in meeting.outcomes for i in o.issues)}
        assert corpus.issues.filter(discussed_at=meeting).ids == tuple(
            i.id for i in records.issues if i.id in listed
        )
    mentionable: list[Leader | Meeting | Issue] = [*records.leaders, *records.meetings, *records.issues]
    target = data.draw(st.sampled_from(mentionable))
    kind_of = type(target).__name__.lower()
    assert corpus.sources.filter(mentioning=target).ids == tuple(
        s.id for s in records.sources if s.id in cited.get((kind_of, target.id), set())
    )
    kind = data.draw(st.sampled_from(SourceKind))
    published = data.draw(sst.whens(1999, 2021))
    assert corpus.sources.filter(kind=kind, published=published).ids == tuple(
        s.id for s in records.sources if s.kind is kind and overlaps(s.published, published)
    )


def test_sources_publisher_filter() -> None:
    corpus = Corpus(
        Records(
            sources=[
                Source(id="a", text="x", kind=SourceKind.NEWS, publisher="Le Monde"),
                Source(id="b", text="x", kind=SourceKind.NEWS),
            ]
        )
    )
    assert corpus.sources.filter(publisher="le monde").ids == ("a",)
    assert corpus.sources.filter(publisher=["LE MONDE", "CNN"]).ids == ("a",)


def test_including_is_with_under_a_clearer_name(query_corpus: Corpus) -> None:
    assert query_corpus.meetings.filter(including="Putin") == query_corpus.meetings.filter(with_="Putin")
    assert query_corpus.timeline(including="Putin") == query_corpus.timeline(with_="Putin")
    with pytest.raises(ValueError, match="not both"):
        query_corpus.meetings.filter(including="Putin", with_="Trump")


def test_collections_and_records_show_as_compact_tables_in_notebooks(query_corpus: Corpus) -> None:
    table = query_corpus.meetings._repr_html_()
    assert table.startswith("<table") and f"Meetings: {len(query_corpus.meetings)}" in table
    assert table.count("<tr>") <= 21
    claims = query_corpus.claims._repr_html_()
    assert "quote" in claims and "&lt;" not in claims[:0]
    leader = query_corpus.leaders.lookup("Putin")
    assert "<caption>Leader</caption>" in leader._repr_html_() and leader.name in leader._repr_html_()
    claim = query_corpus.claims[0]
    assert "evidence" in claim._repr_html_()
