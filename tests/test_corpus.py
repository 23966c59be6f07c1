"""Tests of summitlib.corpus: construction, immutability, merge, and the corpus-level queries."""

from __future__ import annotations

import pytest
from hypothesis import given

from summitlib import strategies as sst
from summitlib.claims import Claim, Label, Speaker
from summitlib.corpus import Corpus
from summitlib.durations import DurationRange
from summitlib.errors import AmbiguousError, CorpusError
from summitlib.model import Leader, Meeting, MeetingFormat, MeetingStatus, Source, SourceKind
from summitlib.provenance import Evidence
from summitlib.records import Records

HAMBURG = "trump-putin-hamburg-2017"


def small(**changes: object) -> Records:
    text = "Mr. Trump met Mr. Putin in Hamburg."
    fields: dict[str, object] = {
        "sources": [Source(id="s", text=text, kind=SourceKind.NEWS)],
        "leaders": [
            Leader(id="t", name="Donald Trump", evidence=[Evidence(source="s", quote="Mr. Trump")]),
            Leader(id="p", name="Vladimir Putin"),
        ],
        "meetings": [
            Meeting(
                id="m",
                name="Hamburg",
                format=MeetingFormat.BILATERAL,
                status=MeetingStatus.HELD,
                participants=("t", "p"),
                evidence=[Evidence(source="s", quote="met Mr. Putin")],
            )
        ],
    }
    fields.update(changes)
    return Records(**fields)  # type: ignore[arg-type]


def test_construction_checks_and_resolves_records() -> None:
    corpus = Corpus(small(), name="tiny")
    assert corpus.records.leaders[0].evidence[0].start == 0
    assert corpus.name == "tiny"
    assert len(corpus) == 4
    assert repr(corpus) == "Corpus('tiny', leaders=2, issues=0, meetings=1, sources=1, claims=0)"


def test_construction_reports_every_problem() -> None:
    bad_quote = Leader(id="x", name="X", evidence=[Evidence(source="s", quote="not there")])
    dangling = Meeting(
        id="n", name="N", format=MeetingFormat.BILATERAL, status=MeetingStatus.HELD, participants=("nobody",)
    )
    base = small()
    with pytest.raises(CorpusError) as caught:
        Corpus(small(leaders=[*base.leaders, bad_quote], meetings=[*base.meetings, dangling]))
    paths = {p.path for p in caught.value.problems}
    assert paths == {"$.leaders[2].evidence[0].quote", "$.meetings[1].participants[0]"}


def test_corpus_is_immutable() -> None:
    corpus = Corpus(small())
    with pytest.raises(AttributeError):
        corpus._records = Records()
    with pytest.raises(AttributeError):
        corpus.leaders = corpus.leaders
    with pytest.raises(AttributeError):
        del corpus._store
    assert corpus.leaders is corpus.leaders  # built once


def test_merge_keeps_identical_records_once() -> None:
    first = Corpus(small(), name="a")
    extra = Leader(id="l", name="Sergey Lavrov")
    second = Corpus(small(leaders=[*small().leaders, extra]), name="b")
    merged = Corpus.merge(first, second, name="both")
    assert [x.id for x in merged.records.leaders] == ["t", "p", "l"]
    assert merged.name == "both"
    assert Corpus.merge(first).records == first.records
    assert len(Corpus.merge()) == 0


def test_merge_conflict_names_both_corpora() -> None:
    first = Corpus(small(), name="a")
    changed = Leader(id="t", name="Donald J. Trump")
    second = Corpus(small(leaders=[changed, small().leaders[1]]), name="b")
    with pytest.raises(CorpusError) as caught:
        Corpus.merge(first, second)
    (problem,) = caught.value.problems
    assert "corpus 'a'" in problem.message and "corpus 'b'" in problem.message
    assert "name" in problem.message and "evidence" in problem.message
    assert problem.path == "$.leaders[0]"


@given(sst.query_records())
def test_merge_with_itself_is_identity(records: Records) -> None:
    """Merging a corpus with itself changes nothing."""
    corpus = Corpus(records)
    assert Corpus.merge(corpus, corpus).records == corpus.records


def test_disagreements_on_the_hamburg_meeting(query_corpus: Corpus) -> None:
    found = query_corpus.disagreements(about=HAMBURG)
    assert [(d.topic, {c.id for c in d.claims}) for d in found] == [
        ("duration.scheduled", {"peskov-scheduled", "white-house-scheduled"}),
        ("position", {"tillerson-pushed-back", "lavrov-accepted"}),
    ]
    text = str(found[0])
    assert "Dmitry Peskov" in text and "exactly 1 h" in text and "exactly 30 min" in text
    assert found[1].sides[0].value == Label(text="pushed back")
    assert query_corpus.disagreements(topic="duration.actual") == ()
    assert len(query_corpus.disagreements()) == 2


def test_reconcile_on_the_hamburg_meeting(query_corpus: Corpus) -> None:
    actual = query_corpus.reconcile(about=HAMBURG, topic="duration.actual")
    assert actual.value == DurationRange.exactly(136)
    assert [c.id for c in actual.claims] == ["globe-actual", "ni-actual", "riddle-actual"]
    scheduled = query_corpus.reconcile(HAMBURG, topic="duration.scheduled")
    assert scheduled.value is None and len(scheduled.conflicts) == 1
    nothing = query_corpus.reconcile(about="bush-putin-2001", topic="duration.actual")
    assert nothing.value is None and nothing.claims == () and nothing.consistent


def test_reconcile_asks_for_a_subject_when_there_are_several() -> None:
    def position(ident: str, subject: str, value: str) -> Claim:
        return Claim(
            id=ident,
            speaker=Speaker.author(),
            topic="position",
            value=Label(text=value),
            meetings=("m",),
            subject=subject,
            evidence=Evidence(source="s", quote="Hamburg"),
        )

    corpus = Corpus(small(claims=[position("a", "t", "firm"), position("b", "p", "soft")]))
    with pytest.raises(AmbiguousError):
        corpus.reconcile(about="m", topic="position")
    assert corpus.reconcile(about="m", topic="position", subject="Putin").value == Label(text="soft")


def test_speaker_names(query_corpus: Corpus) -> None:
    assert query_corpus.speaker_name(Speaker.person("dmitry-peskov")) == "Dmitry Peskov"
    assert query_corpus.speaker_name(Speaker.group("the Kremlin")) == "the Kremlin"
    assert query_corpus.speaker_name(Speaker.author()) == "the author"
