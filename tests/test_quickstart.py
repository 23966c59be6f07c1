"""The public API contract of issue 4: the quick-start snippet runs as written against the bundled corpus."""

from __future__ import annotations

import contextlib
import io

import summitlib
from summitlib.durations import DurationRange

SNIPPET = """
import summitlib
corpus = summitlib.load()                          # the bundled seed corpus
trump = corpus.leaders.lookup("Trump")
putin = corpus.leaders.lookup("Vladimir Putin")
assert corpus.leaders.lookup("Sergei Lavrov") == corpus.leaders.lookup("Sergey Lavrov")
meetings = corpus.meetings.filter(between=[trump, putin], during="2017")
for meeting in meetings:                           # chronological
    print(meeting.id, meeting.when, meeting.place, meeting.status)
hamburg = meetings.filter(at="Hamburg").one()
for claim in corpus.claims.filter(about=hamburg):
    print(claim.speaker, claim.topic, claim.value, claim.evidence.quote)
for disagreement in corpus.disagreements(about=hamburg):
    print(disagreement)
"""


def test_snippet_runs_as_written() -> None:
    namespace: dict[str, object] = {}
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(SNIPPET, namespace)
    printed = output.getvalue()
    assert "Hamburg, Germany" in printed
    assert "pushed back" in printed and "accepted the denial" in printed
    assert "≠" in printed  # at least one disagreement was printed


def test_snippet_answers() -> None:
    corpus = summitlib.load()
    trump = corpus.leaders.lookup("Trump")
    putin = corpus.leaders.lookup("Vladimir Putin")
    assert trump.name == "Donald Trump" and putin.id == "vladimir-putin"
    meetings = corpus.meetings.filter(between=[trump, putin], during="2017")
    assert len(meetings) >= 2
    keys = [(m.when.earliest, m.when.latest) for m in meetings if m.when is not None]
    assert keys == sorted(keys)
    assert all(not m.format.is_gathering for m in meetings)
    hamburg = meetings.filter(at="Hamburg").one()
    assert hamburg.occasion is not None  # the bilateral meeting, not the G20 itself
    assert corpus.meetings.filter(between=[putin, trump], during="2017") == meetings
    assert hamburg in corpus.meetings.filter(part_of=hamburg.occasion)
    durations = corpus.reconcile(about=hamburg, topic="duration.actual")
    assert durations.value == DurationRange.exactly(136)
    scheduled = corpus.reconcile(about=hamburg, topic="duration.scheduled")
    assert scheduled.value is None and scheduled.conflicts
    topics = {d.topic for d in corpus.disagreements(about=hamburg)}
    assert "duration.scheduled" in topics
    assert "duration.actual" not in topics  # more than two hours vs 2 h 16 min is only precision
