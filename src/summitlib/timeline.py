"""Meetings and dated claims in one chronological sequence, each as precisely as it is known.

Entries are ordered like [`PartialDate`][summitlib.PartialDate]s: by the earliest day they may be, then
the latest, so a meeting known only to "2017-07" comes before one on 2017-07-07 (it may have been earlier)
and keeps its month precision; nothing is rounded to a day.
"""

from __future__ import annotations

import enum

import attrs

from summitlib.claims import Claim
from summitlib.dates import DateSpan, PartialDate, Precision, When
from summitlib.model import Meeting

__all__ = ["EntryKind", "TimelineEntry", "build_timeline"]


class EntryKind(enum.Enum):
    """What a timeline entry records."""

    MEETING = "meeting"
    """A meeting, dated by its ``when``."""
    CLAIM = "claim"
    """A claim, dated by when it was said (``said_on``)."""


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """One dated thing on a timeline.

    Attributes:
        when: the date or span, at the precision known.
        kind: meeting or claim.
        record: the meeting or the claim.
    """

    when: When
    kind: EntryKind
    record: Meeting | Claim

    @property
    def precision(self) -> Precision:
        """How precisely the date is known (the coarser end, for a span)."""
        return self.when.precision

    @property
    def exact_day(self) -> bool:
        """True when the entry is known to a single day."""
        return isinstance(self.when, PartialDate) and self.when.precision is Precision.DAY

    def sort_key(self) -> tuple[int, int, int, str]:
        """(earliest day, latest day, meetings before claims, id)."""
        return (
            self.when.earliest.toordinal(),
            self.when.latest.toordinal(),
            0 if self.kind is EntryKind.MEETING else 1,
            self.record.id,
        )

    def __str__(self) -> str:
        when = str(self.when)
        if not self.exact_day:
            when += f" ({'span' if isinstance(self.when, DateSpan) else self.precision.value})"
        return f"{when}  {self.kind.value}  {self.record}"


def build_timeline(meetings: list[Meeting], claims: list[Claim]) -> tuple[TimelineEntry, ...]:
    """Entries for the dated ``meetings`` and the ``claims`` with a ``said_on``, in order."""
    entries = [
        TimelineEntry(when=m.when, kind=EntryKind.MEETING, record=m) for m in meetings if m.when is not None
    ]
    entries += [
        TimelineEntry(when=c.said_on, kind=EntryKind.CLAIM, record=c) for c in claims if c.said_on is not None
    ]
    return tuple(sorted(entries, key=TimelineEntry.sort_key))
