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


# The one rule for meeting names, prefixes in reconcile, names for printing (issue 19).


def test_a_meeting_name_means_the_meeting_not_the_summit_around_it(caplog: pytest.LogCaptureFixture) -> None:
    """ "Hamburg" fits the Trump–Putin meeting and the G20 summit it took place at: every query that
    takes a meeting name (lookup, claims, disagreements, reconcile, timeline) takes the meeting, and a
    note is logged (the CLI prints it)."""
    import logging

    import summitlib

    corpus = summitlib.load()
    meeting = "2017-07-07-hamburg-trump-putin"
    with caplog.at_level(logging.INFO, logger="summitlib"):
        assert corpus.meetings.lookup("Hamburg").id == meeting
    assert "'Hamburg' also fits 2017-g20-hamburg; using 2017-07-07-hamburg-trump-putin" in caplog.text
    assert corpus.disagreements(about="Hamburg") == corpus.disagreements(about=meeting)
    assert corpus.reconcile(about="Hamburg", topic="duration.actual").value == DurationRange.exactly(136)
    assert corpus.timeline(about="Hamburg") == corpus.timeline(about=meeting)
    assert corpus.claims.filter(about="Hamburg") == corpus.claims.filter(about=meeting)
    assert corpus.meetings.lookup("G20 summit, Hamburg").id == "2017-g20-hamburg"


def test_reconcile_takes_a_topic_prefix_that_fits_one_topic(query_corpus: Corpus) -> None:
    exact = query_corpus.reconcile(about=HAMBURG, topic="duration.actual")
    assert query_corpus.reconcile(about=HAMBURG, topic="duration.actual") == exact
    with pytest.raises(AmbiguousError) as raised:
        query_corpus.reconcile(about=HAMBURG, topic="duration")
    assert raised.value.candidates == ("duration.actual", "duration.scheduled")
    assert str(query_corpus.reconcile(about=HAMBURG, topic="nothing")) == "nothing: no claims"


def test_name_of_prints_records_and_speakers_by_name(query_corpus: Corpus) -> None:
    peskov = next(c for c in query_corpus.claims if c.speaker.leader == "dmitry-peskov")
    assert str(peskov.speaker) == "dmitry-peskov"
    assert query_corpus.name_of(peskov.speaker) == "Dmitry Peskov"
    assert query_corpus.name_of(peskov) == "Dmitry Peskov"
    assert query_corpus.name_of("dmitry-peskov") == "Dmitry Peskov"
    assert query_corpus.name_of(Speaker.author()) == query_corpus.name_of("(author)") == "the author"
    assert (
        query_corpus.name_of(query_corpus.meetings.lookup(HAMBURG))
        == query_corpus.meetings.lookup(HAMBURG).name
    )
    with pytest.raises(LookupError):
        query_corpus.name_of("no-such-record")


def test_readable_reprs_of_disagreements_and_reconciliations(query_corpus: Corpus) -> None:
    first = query_corpus.disagreements(about=HAMBURG)[0]
    assert repr(first) == (
        "<Disagreement duration.scheduled on " + HAMBURG + ": exactly 1 h (Dmitry Peskov) ≠ exactly 30 min"
        f" ({first.sides[1].names[0]})>"
    )
    assert len(repr(first)) < 200
    assert repr(query_corpus.reconcile(about=HAMBURG, topic="duration.actual")) == (
        "<Reconciliation duration.actual: exactly 2 h 16 min, from 3 claims>"
    )
    assert repr(query_corpus.reconcile(about=HAMBURG, topic="duration.scheduled")).endswith(
        "no value fits all 2 claims; 1 disagreements>"
    )


def test_reconcile_with_a_prefix_that_fits_one_topic() -> None:
    def lasted(ident: str, value: DurationRange) -> Claim:
        return Claim(
            id=ident,
            speaker=Speaker.author(),
            topic="duration.actual",
            value=value,
            meetings=("m",),
            evidence=Evidence(source="s", quote="Hamburg"),
        )

    corpus = Corpus(
        small(claims=[lasted("a", DurationRange.at_least(120)), lasted("b", DurationRange.exactly(136))])
    )
    by_prefix = corpus.reconcile(about="m", topic="duration")
    assert by_prefix == corpus.reconcile(about="m", topic="duration.actual")
    assert by_prefix.topic == "duration.actual" and by_prefix.value == DurationRange.exactly(136)
    assert corpus.reconcile(about="m", topic="duration.act").claims == ()  # a prefix is whole words
