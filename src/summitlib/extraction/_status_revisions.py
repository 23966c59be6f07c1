"""Readings of a sentence that revise the status of its nearest cue: a condition ("would attend if
invited": hypothetical), a plan the sentence says is not confirmed ("had been expected to meet
Tsvangirai, but that was not confirmed": possible), and a plan told in the past ("was set to meet", "had
planned to visit") in an article whose lead says the meeting was postponed or cancelled.

News copy that leads with "Swaraj has postponed her visit" or "Obama cancels meetings with Putin" goes on to
tell what the plan was, in the past ("Swaraj was set to meet her South African counterpart on March 31",
"Obama had planned to visit Moscow for a ... meeting with Putin"). Without such a lead, a plan told in the
past is reported speech or a plan still on ("said Xi was due to meet Abe") and stays planned.
"""

from __future__ import annotations

import re

from summitlib.extraction._pattern_forms import guarded
from summitlib.extraction._types import Cue
from summitlib.model import MeetingStatus

__all__ = ["LEAD", "refusal_undone_by_lead", "revised_status", "undone_by_lead"]

_I = re.IGNORECASE

_PAST_PLAN = guarded(
    re.compile(
        r"(?:\b(?:was|were|had\s+been)\s+(?:(?:also|originally|initially)\s+)?(?:set|due|scheduled|slated|expected)\s+to\b"
        r"|\b(?:was|were)\s+(?:(?:also|originally|initially)\s+)?to\b"
        r"|\bhad\s+(?:(?:also|originally|initially)\s+)?(?:planned|intended)\s+to\b"
        r"|\bhad\s+been\s+planning\s+to\b)"
        r"(?=\s+(?:(?:also|then|first)\s+)?(?:meet|visit|hold|host|attend|travel|fly|go|receive|see|take\s+place"
        r"|be\s+(?:held|welcomed|received|hosted|greeted))\b)",
        _I,
    )
)
"""A plan of a meeting told in the past, ending at "to" ("was set to meet", "had been expected to visit",
"had planned to hold", "were to travel", "was to take place"), not of what is done there ("was expected to
speak")."""
_PAST_PLAN_OF_ANY = guarded(
    re.compile(
        r"\b(?:(?:was|were|had\s+been)\s+(?:(?:also|originally|initially)\s+)?(?:set|due|scheduled|slated|expected)"
        r"|had\s+(?:(?:also|originally|initially)\s+)?(?:planned|intended)|had\s+been\s+planning)\s+to\b",
        _I,
    )
)
"""A plan of anything told in the past ("had been scheduled to return home"), for a meeting the plan holds
("... after meeting with Koizumi")."""
_LEAD_UNDONE: tuple[tuple[MeetingStatus, re.Pattern[str]], ...] = (
    (
        MeetingStatus.POSTPONED,
        re.compile(
            r"\bpostpon(?:e|es|ed|ing|ement)\b|\bput\s+off\b|\bdelay(?:s|ed)?\b|\breschedul(?:e|ed|es|ing)\b",
            _I,
        ),
    ),
    (
        MeetingStatus.CANCELLED,
        re.compile(r"\bcancel(?:l?ed|s|l?ing|lation)?\b|\bcall(?:s|ed)?\s+off\b|\bscrap(?:s|ped)?\b", _I),
    ),
)
"""The words of a lead that undo a meeting; the first of them in the lead says how."""
LEAD = 400
"""How much of the article's start is its lead (the headline and first sentence), in characters."""
_BEFORE_CUE = 30
"""How far before a plan's cue ("set to", "to meet") its past tense is looked for, in characters."""


_CONDITIONED = (MeetingStatus.PLANNED, MeetingStatus.PROPOSED, MeetingStatus.POSSIBLE)
"""Statuses a condition makes hypothetical."""
_IF_INVITED = re.compile(r"\bif\s+(?:(?:he|she|they|it)\s+(?:is|are|was|were)\s+)?(?:invited|asked)\b", _I)
"""A condition on the meeting ("would attend if invited"): hypothetical, whatever the plan before it."""
_UNCONFIRMED = re.compile(r"\bnot\s+(?:yet\s+)?(?:been\s+)?confirmed\b|\bunconfirmed\b", _I)
"""A plan the sentence doubts ("but that was not confirmed"): possible."""
_IN_DOUBT = re.compile(
    r"\b(?P<words>(?:not\s+(?:yet\s+)?(?:clear|certain|known|sure)|unclear|uncertain|remains\s+to\s+be\s+seen)"
    r"\s+(?:if|whether))\b[^.;:]{0,80}\Z",
    _I,
)
"""A doubt whether a plan holds, before the meeting word ("So far it is not clear if the prime minister will
visit the US", "it remains to be seen whether they will meet"): possible."""
_IN_DOUBT_REACH = 100
_AS_AND_WHEN = re.compile(r"\b(?P<words>as,?\s+and\s+when)\b,?[^.;:]{0,60}\Z", _I)
"""A condition before a meeting told in the present ("will be discussed as and when the leaders meet"):
possible, not held."""
_PRESENT = re.compile(r"(?:meets|holds|hosts|visits|speaks|receives|welcomes|greets)\Z", _I)
"""Cues of a meeting held that are in the present tense (a condition or a timetable can make them a
meeting to come)."""
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2}|\.\d{2})?\s*(?:[ap]\.?m\b\.?|[ap]\.m\.)", _I)
"""A time of day ("at 3:45 pm", "at 10 a.m."): beside a meeting told in the present, a timetable ("He
speaks by phone to Buhari at 3:45 pm; then speaks to Zuma"): planned."""
_CLOCK_BEFORE, _CLOCK_AFTER = 60, 80
"""How far before and after a present-tense cue a time of day is looked for, in characters."""
_REACH = 160
"""How far after the meeting word a condition or a doubt is looked for, in characters."""
_COUNTERFACTUAL = re.compile(
    r"\b(?P<words>would\s+have\s+been|(?:was|were)\s+going\s+to\s+(?:be|have\s+been))\b"
    r"(?:(?!\b(?:when|while|after|before|because|until|as|happened|but|then)\b)[^.;:,()]){0,50}\Z",
    _I,
)
"""What a meeting would have been, before its word or its cue ("on what was going to be his first visit to
President Hollande", "Xi would have been the first Chinese president received by Japan"): a plan that did
not happen, undone as the article's lead says (postponed, called off), else cancelled. Not across a turn of
the clause ("What would have been unthinkable a year ago happened when Biden met Putin": held)."""
_COUNTERFACTUAL_REACH = 70


def revised_status(
    text: str, start: int, end: int, at: int, status: MeetingStatus, cue: Cue
) -> tuple[MeetingStatus, Cue] | None:
    """The status the sentence ``text[start:end]`` gives a meeting at ``at`` instead of ``status``, read
    from its nearest cue ``cue``, if it revises it."""
    for point in (at, cue.start):
        counterfactual = _COUNTERFACTUAL.search(text, max(start, point - _COUNTERFACTUAL_REACH), point)
        if counterfactual is not None:  # "Xi would have been the first ... received" in a "postponed" article
            low, high = counterfactual.span("words")
            return _undone(text) or (MeetingStatus.CANCELLED, Cue(start=low, end=high, text=text[low:high]))
    if status in _CONDITIONED:
        condition = _IF_INVITED.search(text, max(start, at - 12), min(end, at + _REACH))
        if condition is not None:  # "Correa ... said he would attend if invited"
            return MeetingStatus.HYPOTHETICAL, _cue(condition, text)
    if status is MeetingStatus.HELD and _PRESENT.search(cue.text):
        condition = _AS_AND_WHEN.search(text, max(start, cue.start - 80), cue.start)
        if condition is not None:  # "will be discussed as, and when, the prime ministers meet"
            low, high = condition.span("words")
            return MeetingStatus.POSSIBLE, Cue(start=low, end=high, text=text[low:high])
        clock = _CLOCK.search(text, max(start, cue.start - _CLOCK_BEFORE), min(end, cue.end + _CLOCK_AFTER))
        if clock is not None:  # "He speaks by phone to Buhari at 3:45 pm": the day's timetable
            return MeetingStatus.PLANNED, _cue(clock, text)
    if status is MeetingStatus.PLANNED:
        doubt = _UNCONFIRMED.search(text, at, min(end, at + _REACH))
        if (
            doubt is not None
        ):  # "Mbeki had been expected to also meet with Tsvangirai, but that was not confirmed"
            return MeetingStatus.POSSIBLE, _cue(doubt, text)
        doubt = _IN_DOUBT.search(text, max(start, at - _IN_DOUBT_REACH), at)
        if doubt is not None:  # "it is not clear if the prime minister will visit the US"
            low, high = doubt.span("words")
            return MeetingStatus.POSSIBLE, Cue(start=low, end=high, text=text[low:high])
        return undone_by_lead(text, start, cue)  # "Swaraj has postponed her visit ... was set to meet"
    return None


def _cue(match: re.Match[str], text: str) -> Cue:
    return Cue(start=match.start(), end=match.end(), text=text[match.start() : match.end()])


def undone_by_lead(
    text: str, start: int, cue: Cue, *, of_any: bool = False
) -> tuple[MeetingStatus, Cue] | None:
    """Postponed or cancelled, with the lead's word, when ``cue`` (the planned cue of a sentence starting
    at ``start``) is a plan told in the past and the lead of ``text`` says the plan was undone; with
    ``of_any``, a plan of anything ("had been scheduled to return home ... after meeting Koizumi": the
    caller knows the meeting is part of it)."""
    low = max(start, cue.start - _BEFORE_CUE)
    high = min(len(text), cue.end + _BEFORE_CUE)  # room for the verb after "to"
    plans = (_PAST_PLAN_OF_ANY if of_any else _PAST_PLAN).finditer(text, low, high)
    plan = next((m for m in plans if m.end() >= cue.start and m.start() <= cue.end), None)
    if plan is None:
        return None
    return _undone(text)


_WILL_NOT = re.compile(r"\b(?:will|would|shall)\b|\b(?:won|wouldn)['’]t\b", _I)
"""A refusal told in the future ("would not meet", "will not hold a meeting", "won't attend")."""
_WILL_NOT_BEFORE = 12
"""How far before a refusal's cue ("not hold a meeting") its "will" is looked for, in characters."""


def refusal_undone_by_lead(text: str, start: int, cue: Cue) -> tuple[MeetingStatus, Cue] | None:
    """Postponed or cancelled, with the lead's word, when ``cue`` (a refusal, ruled out, of a sentence
    starting at ``start``) is told in the future ("King Salman would not meet with Obama this week", "will
    not hold a one-on-one meeting") and the article's lead says the meeting was called off or put off:
    the refusal is how the copy tells the calling off, not a meeting never planned."""
    if _WILL_NOT.search(text, max(start, cue.start - _WILL_NOT_BEFORE), cue.end) is None:
        return None
    return _undone(text)


def _undone(text: str) -> tuple[MeetingStatus, Cue] | None:
    """Postponed or cancelled, with its word, when the lead of ``text`` says a meeting was undone."""
    lead = min(len(text), LEAD)
    words = [(word, status) for status, pattern in _LEAD_UNDONE if (word := pattern.search(text, 0, lead))]
    if not words:
        return None
    # the first the lead says ("Egypt president cancels Arab summit meetings with Syria, Sudan presidents ...
    # concerning the postponed Arab summit": cancelled)
    word, status = min(words, key=lambda found: found[0].start())
    return status, Cue(start=word.start(), end=word.end(), text=word.group())
