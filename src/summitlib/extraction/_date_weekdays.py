"""A bare weekday with no tense of its own, read as the same day of its name the text tells as ahead.

"on Friday" with no cue either way is the last Friday; but news copy names the days of one week: when the
text tells a Friday as ahead ("will hover over Friday's bilateral meeting"), a "Friday's formal catch-up"
with no past-tense verb in its clause is that Friday too (`weekday:as-told-ahead`). A weekday whose clause
has a verb of the past before or after it ("met on Friday", "Friday's talks ended") keeps its own day.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from summitlib.extraction._date_patterns import PAST_FORM, WEEKDAY_NAME
from summitlib.extraction._types import DateMention

__all__ = ["moved_ahead", "weekdays_told_ahead"]

_CLAUSE_START = re.compile(
    r".*(?:[.,;:!?\n(\"“”]|\b(?:that|but|and|which|while|as)\b)", re.DOTALL | re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[.,;:!?\n)\"“”]|\b(?:that|but|and|which|while|as)\b", re.IGNORECASE)
_REACH = 120
"""Characters read on either side of the weekday for its clause's verbs."""


def weekdays_told_ahead(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` with each weekday left at its most recent day for want of any cue put on the coming day of
    the same name when the text tells that one as ahead (`weekday:as-told-ahead`).

    Examples:
        >>> from summitlib import PartialDate
        >>> from summitlib.extraction.dates import find_dates
        >>> text = "Friday's catch-up is their first. The row will hover over Friday's meeting."
        >>> [(d.text, str(d.value), d.rule) for d in find_dates(text, PartialDate.parse("2017-02-16"))]
        [('Friday', '2017-02-17', 'weekday:as-told-ahead'), ('Friday', '2017-02-17', 'weekday:coming')]
    """
    return moved_ahead(
        found,
        "weekday:as-told-ahead",
        lambda mention, _told: not _past_in_clause(text, mention.start, mention.end),
    )


def moved_ahead(
    found: list[DateMention], rule: str, moves: Callable[[DateMention, DateMention], bool]
) -> list[DateMention]:
    """``found`` with each weekday left at its most recent day (``weekday:most-recent``) put on the day of
    the same name the text tells as coming (``weekday:coming``, the first such), under ``rule``, where
    ``moves(mention, told)`` says it is that day."""
    ahead: dict[str, DateMention] = {}
    for mention in found:
        if mention.rule == "weekday:coming" and (name := WEEKDAY_NAME.search(mention.text)) is not None:
            ahead.setdefault(name.group().lower(), mention)
    if not ahead:
        return found
    out: list[DateMention] = []
    for mention in found:
        name = WEEKDAY_NAME.search(mention.text) if mention.rule == "weekday:most-recent" else None
        told = ahead.get(name.group().lower()) if name is not None else None
        if told is not None and moves(mention, told):
            mention = attrs.evolve(mention, value=told.value, rule=rule)
        out.append(mention)
    return out


def _past_in_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` has a past-tense verb ("met on Friday", "reiterated on
    Wednesday that Thursday's summit must" has none in the clause of "Thursday's")."""
    before = _CLAUSE_START.match(text, max(0, start - _REACH), start)
    opening = before.end() if before is not None else max(0, start - _REACH)
    closing = _CLAUSE_END.search(text, end, end + _REACH)
    return (
        PAST_FORM.search(text, opening, start) is not None
        or PAST_FORM.search(text, end, closing.start() if closing is not None else end + _REACH) is not None
    )
