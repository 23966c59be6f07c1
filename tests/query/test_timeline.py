"""Tests of summitlib.timeline and Corpus.timeline."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from summitlib import strategies as sst
from summitlib.corpus import Corpus
from summitlib.dates import PartialDate, Precision, When
from summitlib.model import Meeting
from summitlib.records import Records
from summitlib.timeline import EntryKind, build_timeline


def test_corpus_timeline_with_a_leader(query_corpus: Corpus) -> None:
    entries = query_corpus.timeline(with_="Bush")
    assert [(str(e.when), e.kind, e.record.id) for e in entries] == [
        ("2001", EntryKind.MEETING, "bush-putin-2001")
    ]
    assert entries[0].precision is Precision.YEAR and not entries[0].exact_day
    assert str(entries[0]) == "2001 (year)  meeting  Bush–Putin meeting in Slovenia (2001)"


def test_corpus_timeline_is_honest_about_precision(query_corpus: Corpus) -> None:
    entries = query_corpus.timeline(with_="Putin", during="2017-07/2017-12")
    ids = [e.record.id for e in entries]
    # a meeting known to the year overlaps, and sorts by its earliest day, before the day-precise ones
    assert ids == [
        "trump-putin-reykjavik",
        "trump-putin-hamburg-2017",
        "lavrov-ceasefire",
        "g20-hamburg-2017",
        "trump-putin-danang-bilateral",
        "trump-putin-danang-encounters",
        "ushakov-ready",
        "apec-danang-2017",
    ]
    texts = [str(e) for e in entries]
    assert texts[0].startswith("2017 (year)")
    assert texts[3].startswith("2017-07-07/2017-07-08 (span)")
    assert entries[2].kind is EntryKind.CLAIM and entries[2].exact_day


def test_corpus_timeline_about(query_corpus: Corpus) -> None:
    about_g20 = [e.record.id for e in query_corpus.timeline(about="g20-hamburg-2017")]
    assert about_g20 == ["trump-putin-hamburg-2017", "lavrov-ceasefire", "g20-hamburg-2017"]
    about_syria = [e.record.id for e in query_corpus.timeline(about="Syria")]
    assert about_syria == ["trump-putin-hamburg-2017", "lavrov-ceasefire"]
    assert len(query_corpus.timeline()) == 8 + 2  # every dated meeting and every dated claim


def test_timeline_with_a_leader_has_the_claims_about_them(query_corpus: Corpus) -> None:
    """A claim about a leader (its subject) is on their timeline though they neither said it nor are
    in a meeting it concerns."""
    records = query_corpus.records
    claims = [
        attrs.evolve(c, said_on=PartialDate(year=2017, month=7, day=9), meetings=())
        if c.id == "lavrov-accepted"
        else c
        for c in records.claims
    ]
    corpus = Corpus(attrs.evolve(records, claims=claims))
    assert "lavrov-accepted" in [e.record.id for e in corpus.timeline(with_="Trump")]
    assert "lavrov-accepted" not in [e.record.id for e in corpus.timeline(with_="Peskov")]


@given(sst.query_records())
def test_timeline_is_ordered_and_complete(records: Records) -> None:
    """The timeline holds every dated meeting and every claim with said_on, once, ordered by
    (earliest day, latest day)."""
    corpus = Corpus(records)
    entries = corpus.timeline()
    dated = {m.id for m in records.meetings if m.when is not None}
    said = {c.id for c in records.claims if c.said_on is not None}
    assert sorted(e.record.id for e in entries if e.kind is EntryKind.MEETING) == sorted(dated)
    assert sorted(e.record.id for e in entries if e.kind is EntryKind.CLAIM) == sorted(said)
    keys = [(e.when.earliest, e.when.latest) for e in entries]
    assert keys == sorted(keys)
    assert build_timeline(list(corpus.records.meetings), list(corpus.records.claims)) == entries


def _dated_overlap(when: When | None, spans: list[When]) -> bool:
    return when is not None and any(when.earliest <= s.latest and s.earliest <= when.latest for s in spans)


def _brute_timeline(records: Records, with_: list[str], about: list[str], during: list[When]) -> list[str]:
    """The ids a timeline holds, by the meaning of each criterion written out plainly."""
    by_id = {m.id: m for m in records.meetings}

    def occasions(m: Meeting) -> set[str]:
        found: set[str] = set()
        while m.occasion is not None:
            found.add(m.occasion)
            m = by_id[m.occasion]
        return found

    def below(issue: str | None, ancestor: str) -> bool:
        parents = {i.id: i.parent for i in records.issues}
        while issue is not None:
            if issue == ancestor:
                return True
            issue = parents[issue]
        return False

    def issues_of(m: Meeting) -> set[str]:
        return {*m.issues, *(i for o in m.outcomes for i in o.issues)}

    meetings = [m for m in records.meetings if m.when is not None]
    claims = [c for c in records.claims if c.said_on is not None]
    if with_:
        met = {m.id for m in records.meetings if set(with_) & set(m.participants)}
        meetings = [m for m in meetings if m.id in met]
        claims = [c for c in claims if {c.speaker.leader, c.subject} & set(with_) or met & set(c.meetings)]
    if about:
        summits = [k for k in about if k in by_id]
        issues = [k for k in about if k not in by_id]
        wanted = {m.id for m in records.meetings if ({m.id} | occasions(m)) & set(summits)}
        wanted |= {m.id for m in records.meetings if any(below(i, k) for i in issues_of(m) for k in issues)}
        meetings = [m for m in meetings if m.id in wanted]
        claims = [
            c
            for c in claims
            if any(({x} | occasions(by_id[x])) & set(summits) for x in c.meetings)
            or any(below(i, k) for i in c.issues for k in issues)
        ]
    if during:
        meetings = [m for m in meetings if _dated_overlap(m.when, during)]
        claims = [c for c in claims if _dated_overlap(c.said_on, during)]
    return sorted([m.id for m in meetings] + [c.id for c in claims])


@given(sst.query_records(), st.data())
def test_timeline_equals_brute_force(records: Records, data: st.DataObject) -> None:
    """For any with_ / about / during, the timeline holds exactly the meetings and claims a plain
    predicate over all records accepts (criteria combine with AND)."""
    corpus = Corpus(records)
    leaders = [x.id for x in records.leaders]
    subjects = [m.id for m in records.meetings] + [i.id for i in records.issues]
    with_ = data.draw(st.lists(st.sampled_from(leaders), max_size=2, unique=True))
    about = data.draw(st.lists(st.sampled_from(subjects), max_size=2, unique=True)) if subjects else []
    during: list[When] = data.draw(st.lists(sst.whens(1999, 2021), max_size=2))
    entries = corpus.timeline(with_=with_ or None, about=about or None, during=during or None)
    assert sorted(e.record.id for e in entries) == _brute_timeline(records, with_, about, during)
