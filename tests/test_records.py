"""Tests for summitlib.records.check_records."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

from summitlib import (
    Claim,
    CorpusError,
    Evidence,
    Issue,
    Leader,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Records,
    Source,
    SourceKind,
    Speaker,
    check_records,
)
from summitlib import strategies as sst
from summitlib.records import _Checker

from .helpers import corpus_examples

TEXT = "Putin's press secretary Dmitry Peskov announced an hour-long session."


def _records(**changes: object) -> Records:
    base = Records(
        leaders=[
            Leader(id="dmitry-peskov", name="Dmitry Peskov", evidence=[Evidence(source="s", quote="Peskov")])
        ],
        issues=[Issue(id="syria", name="Syria"), Issue(id="ceasefire", name="Ceasefire", parent="syria")],
        meetings=[
            Meeting(id="g20", name="G20", format=MeetingFormat.SUMMIT, status=MeetingStatus.HELD),
            Meeting(
                id="m",
                name="M",
                format=MeetingFormat.SIDELINE,
                status=MeetingStatus.HELD,
                occasion="g20",
                participants=["dmitry-peskov"],
                issues=["ceasefire"],
            ),
        ],
        sources=[Source(id="s", text=TEXT, kind=SourceKind.NEWS)],
        claims=[
            Claim(
                id="c",
                speaker=Speaker.person("dmitry-peskov"),
                topic="duration.scheduled",
                value=True,
                evidence=Evidence(source="s", quote="an hour-long session"),
                meetings=["m"],
            )
        ],
    )
    return attrs.evolve(base, **changes)


def test_offsets_are_filled_in() -> None:
    checked = check_records(_records())
    quote = checked.claims[0].evidence
    assert TEXT[quote.start : quote.end] == "an hour-long session"  # type: ignore[misc]
    assert checked.leaders[0].evidence[0].start == TEXT.index("Peskov")


def test_all_problems_are_collected() -> None:
    records = _records(
        meetings=[
            Meeting(
                id="m",
                name="M",
                format=MeetingFormat.SIDELINE,
                status=MeetingStatus.HELD,
                participants=["dmitri-peskov"],
                occasion="g21",
                issues=["syra"],
            ),
            Meeting(id="m", name="again", format=MeetingFormat.SIDELINE, status=MeetingStatus.HELD),
        ],
        claims=[
            Claim(
                id="c",
                speaker=Speaker.person("peskov"),
                topic="x",
                value=True,
                evidence=Evidence(source="s", quote="a two-hour session"),
                meetings=["m"],
            )
        ],
    )
    with pytest.raises(CorpusError) as info:
        check_records(records)
    problems = {p.path: p.message for p in info.value.problems}
    assert "did you mean 'dmitry-peskov'" in problems["$.meetings[0].participants[0]"]
    assert "unknown meeting id 'g21'" in problems["$.meetings[0].occasion"]
    assert "did you mean 'syria'" in problems["$.meetings[0].issues[0]"]
    assert "duplicate id 'm'" in problems["$.meetings[1].id"]
    assert "unknown leader id 'peskov'" in problems["$.claims[0].speaker.leader"]
    assert "not in the text" in problems["$.claims[0].evidence.quote"]
    assert len(info.value.problems) == 6


def test_offsets_are_checked() -> None:
    wrong = Evidence(source="s", quote="Peskov", start=0, end=6)
    past = Evidence(source="s", quote="Peskov", start=len(TEXT) - 2)
    records = _records(leaders=[Leader(id="dmitry-peskov", name="Dmitry Peskov", evidence=[wrong, past])])
    with pytest.raises(CorpusError) as info:
        check_records(records)
    messages = [p.message for p in info.value.problems]
    assert any(f"occurs at offset {TEXT.index('Peskov')}" in m for m in messages)
    assert any("past the end" in m for m in messages)


def test_cycles_are_reported() -> None:
    records = _records(
        issues=[
            Issue(id="a", name="A", parent="b"),
            Issue(id="b", name="B", parent="a"),
            Issue(id="ceasefire", name="C"),
        ]
    )
    with pytest.raises(CorpusError, match="own ancestor"):
        check_records(records)


def test_unknown_evidence_source() -> None:
    records = _records(
        issues=[
            Issue(id="syria", name="Syria", evidence=[Evidence(source="t", quote="x")]),
            Issue(id="ceasefire", name="C"),
        ]
    )
    with pytest.raises(CorpusError, match=r"\$\.issues\[0\]\.evidence\[0\]\.source.*unknown source id 't'"):
        check_records(records)


@corpus_examples()
@given(sst.records())
def test_generated_records_are_consistent(records: Records) -> None:
    """Generated records pass the check, and checking is idempotent."""
    checked = check_records(records)
    assert check_records(checked) == checked
    assert checked.counts() == records.counts()
    for claim in checked.claims:
        text = next(s.text for s in checked.sources if s.id == claim.source)
        assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.quote


def _meeting_with(**fields: object) -> Meeting:
    return Meeting(id="x", name="X", format=MeetingFormat.SIDELINE, status=MeetingStatus.HELD, **fields)  # type: ignore[arg-type]


def _outcome(records: Records) -> object:
    try:
        return check_records(records)
    except CorpusError as error:
        return error.problems


@pytest.mark.parametrize(
    "meeting",
    [
        _meeting_with(evidence=[Evidence(source="s", quote="Peskov")]),
        _meeting_with(evidence=[Evidence(source="s", quote="Peskov", start=TEXT.index("Peskov"))]),
        _meeting_with(evidence=[Evidence(source="s", quote="Peskov", start=0)]),
        _meeting_with(evidence=[Evidence(source="s", quote="Peskov", start=len(TEXT) - 2)]),
        _meeting_with(evidence=[Evidence(source="s", quote="nowhere")]),
        _meeting_with(evidence=[Evidence(source="t", quote="Peskov")]),
        _meeting_with(participants=["dmitry-peskov", "nobody"], issues=["syria"]),
        _meeting_with(issues=["syra"], occasion="g21"),
        _meeting_with(occasion="g20", participants=["dmitry-peskov"]),
    ],
)
def test_quick_meeting_check_changes_nothing(meeting: Meeting, monkeypatch: pytest.MonkeyPatch) -> None:
    """The path-free check of ordinary meetings gives the same records, or the same problems, as the
    full check."""
    records = _records(meetings=[*_records().meetings, meeting])
    for again in (records, _resolved(records)):
        quick = _outcome(again)
        with pytest.MonkeyPatch.context() as patch:
            _full_check_only(patch)
            assert quick == _outcome(again)


def _full_check_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turn off both quick checks of meetings (all at once, and one by one)."""
    monkeypatch.setattr("summitlib.records._Checker.quick_meetings", lambda self, meetings: None)
    monkeypatch.setattr("summitlib.records._Checker.quick_meeting", lambda self, meeting: None)


def _resolved(records: Records) -> Records:
    """``records`` with the offsets of every meeting's evidence filled in where the quote is found."""
    texts = {s.id: s.text for s in records.sources}

    def resolve(item: Evidence) -> Evidence:
        start = texts.get(item.source, "").find(item.quote)
        return attrs.evolve(item, start=start, end=start + len(item.quote)) if start >= 0 else item

    meetings = [attrs.evolve(m, evidence=tuple(map(resolve, m.evidence))) for m in records.meetings]
    return attrs.evolve(records, meetings=tuple(meetings))


@corpus_examples()
@given(sst.records())
def test_quick_meeting_check_same_as_full(records: Records) -> None:
    """For any generated records (offsets unresolved, or resolved as a saved corpus has them), the quick
    checks of meetings give what the full check gives."""
    for again in (records, _resolved(records)):
        quick = _outcome(again)
        with pytest.MonkeyPatch.context() as monkeypatch:
            _full_check_only(monkeypatch)
            assert quick == _outcome(again)


@corpus_examples()
@given(sst.records())
def test_checked_records_pass_the_bulk_check_unchanged(records: Records) -> None:
    """Checked records (offsets resolved) whose meetings have no outcomes come back as the very same
    objects: the bulk check of meetings accepts them without rebuilding anything."""
    plain = attrs.evolve(records, meetings=tuple(attrs.evolve(m, outcomes=()) for m in records.meetings))
    checked = check_records(plain)
    assert check_records(checked) is checked
    if checked.meetings:
        assert _Checker(checked).quick_meetings(checked.meetings) is checked.meetings
