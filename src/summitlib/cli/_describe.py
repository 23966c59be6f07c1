"""Short human-readable texts for records and values, as the command line shows them.

Examples:
    >>> from summitlib import DurationRange, Label, PartialDate
    >>> value_text(DurationRange.at_least(120)), value_text(Label(text="pushed back")), value_text(True)
    ('at least 2 h', 'pushed back', 'yes')
    >>> when_text(PartialDate.parse("2017-07"))
    '2017-07 (month known)'
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from summitlib.claims import Claim, ClaimValue, SpeakerKind
from summitlib.dates import DateSpan, PartialDate, Precision, When
from summitlib.durations import DurationRange

if TYPE_CHECKING:
    from summitlib.corpus import Corpus

__all__ = ["enum_text", "leader_names", "speaker_text", "value_text", "when_text"]

_PRECISION = {Precision.DAY: "day known", Precision.MONTH: "month known", Precision.YEAR: "year known"}


def enum_text(member: enum.Enum) -> str:
    """An enum value in words: ``MeetingStatus.RULED_OUT`` → ``"ruled out"``."""
    return str(member.value).replace("_", " ")


def when_text(when: When | None, *, precision: bool = True) -> str:
    """A date or span with, optionally, how precisely it is known; empty for None.

    Examples:
        >>> from summitlib import DateSpan
        >>> when_text(DateSpan.parse("2017-11-10/2017-11-11"))
        '2017-11-10/2017-11-11 (span, day known)'
    """
    if when is None:
        return ""
    if not precision:
        return str(when)
    span = "span, " if isinstance(when, DateSpan) else ""
    return f"{when} ({span}{_PRECISION[when.precision]})"


def value_text(value: ClaimValue) -> str:
    """A claim value in words: a duration described, a label as is, a date, a number, yes or no."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, DurationRange):
        return value.describe()
    if isinstance(value, PartialDate | DateSpan):
        return when_text(value)
    return str(value)


def leader_names(corpus: Corpus, ids: tuple[str, ...] | list[str]) -> list[str]:
    """The names of the leaders ``ids`` (an unknown id is shown as is)."""
    found = []
    for ident in ids:
        leader = corpus.leaders.get(ident)
        found.append(leader.name if leader is not None else ident)
    return found


def speaker_text(corpus: Corpus, claim: Claim) -> str:
    """Who a claim is attributed to: a leader's name, a group's name, or the outlet's own voice."""
    speaker = claim.speaker
    if speaker.kind is SpeakerKind.PERSON and speaker.leader is not None:
        return leader_names(corpus, [speaker.leader])[0]
    if speaker.kind is SpeakerKind.GROUP:
        return speaker.name or "(a group)"
    source = corpus.sources.get(claim.source)
    outlet = source.publisher if source is not None and source.publisher else claim.source
    return f"{outlet} (author)"
