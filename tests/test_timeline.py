"""Tests of summitlib.timeline and Corpus.timeline."""

from __future__ import annotations

from hypothesis import given

from summitlib import strategies as sst
from summitlib.corpus import Corpus
from summitlib.dates import Precision
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
