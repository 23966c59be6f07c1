"""The year of a month or a day written without one ("in December", "November 30", "July 2").

A month or month-day without a year is the most recent one not after the anchor, unless the sentence
speaks of the future or the date names an event ("a June 12 summit", "the May 26 target date"): then it
is the one nearest the anchor; "by March" written in May is next March. Within a few weeks ahead of the
anchor it is this year's whatever the tense. A year named after it ("November last year") settles it.
"""

from __future__ import annotations

import re

from summitlib.dates import DateSpan, PartialDate, When
from summitlib.errors import InvalidValueError
from summitlib.extraction._date_patterns import SCHEDULED_BEFORE, YEAR_AFTER, future_near, mention
from summitlib.extraction._text import Sentences
from summitlib.extraction._types import DateMention

__all__ = ["ATTRIBUTIVE_BEFORE", "with_year"]

_SOON = 45
"""Days ahead within which a month or day without a year is this year's, whatever the tense ("December 1"
written on November 26); further ahead, a past-tense sentence means last year's."""


_PAST_NEAR = re.compile(
    r"\b(?:\w+ed|met|held|spoke|took|came|went|began|was|were|had)\s+(?:[\w,]+\s+){0,2}?(?:in|on|since|by|of)?\s*\Z"
)


def with_year(
    match: re.Match[str],
    start: int,
    end: int,
    year: str | None,
    month: int,
    days: tuple[int, ...],
    anchor: PartialDate | None,
    sentences: Sentences,
) -> DateMention:
    def build(y: int) -> When:
        if not days:
            return PartialDate(year=y, month=month)
        first = PartialDate(year=y, month=month, day=days[0])
        if len(days) == 1:
            return first
        return DateSpan(start=first, end=PartialDate(year=y, month=month, day=days[1]))

    if year is not None:
        return mention(match, start, end, build(int(year)), "absolute", None)
    kind = "month" if not days else "month-day"
    named = YEAR_AFTER.match(match.string, end)
    if named is not None:
        end = named.end()
    if anchor is None or anchor.month is None:
        rule = "unresolved:no-anchor" if anchor is None else "unresolved:anchor-too-coarse"
        return mention(match, start, end, None, rule, anchor, relative=True)
    if named is not None:  # "November last year"
        direction = named["dir"].lower()
        try:
            value = build(anchor.year + {"last": -1, "this": 0, "next": 1}[direction])
        except (InvalidValueError, ValueError):
            return mention(match, start, end, None, "unresolved:out-of-range", anchor, relative=True)
        return mention(match, start, end, value, f"{kind}:year-{direction}", anchor, relative=True)
    options: dict[str, When] = {}
    for direction, shift in (("last", -1), ("this", 0), ("next", 1)):
        try:
            options[direction] = build(anchor.year + shift)
        except (InvalidValueError, ValueError):  # years 0 and 10000 do not exist
            continue
    if "this" not in options:
        return mention(match, start, end, None, "unresolved:out-of-range", anchor, relative=True)
    text = match.string
    attributive = (
        ATTRIBUTIVE_BEFORE.search(text, max(0, start - 12), start)
        or _PARTICIPLE_ATTRIBUTIVE_BEFORE.search(text, max(0, start - 30), start)
    ) and _ATTRIBUTIVE_AFTER.match(text, end)
    deadline = _BY_BEFORE.search(text, max(0, start - 4), start) is not None
    sentence_start, _sentence_end = sentences.around(start)
    held = _HELD_BEFORE.search(text, max(sentence_start, start - 100), start) is not None
    if _THIS_YEAR.search(text, max(sentence_start, start - 80), start) is not None:
        candidate, direction = options["this"], "this-year"  # "the World Cup this year, starting in July"
    elif deadline and options["this"].latest < anchor.earliest and "next" in options:
        candidate, direction = options["next"], "deadline:next"  # "by March" written in May: next March
    elif (
        attributive
        or deadline
        or (_EVENT_BEFORE.search(text, max(0, start - 20), start) and not held)
        or SCHEDULED_BEFORE.search(text, max(0, start - 40), start)
        or _UNTIL_BEFORE.search(text, max(0, start - 8), start)
        or future_near(text, start, end, sentences, before=start)  # anywhere in the sentence
    ):
        direction = min(options, key=lambda k: abs((options[k].earliest - anchor.earliest).days))
        candidate = options[direction]
        direction = f"nearest:{direction}"
    elif (
        options["this"].earliest > anchor.latest
        and "last" in options
        and (
            (options["this"].earliest - anchor.latest).days > _SOON
            or _PAST_NEAR.search(text, max(0, start - 40), start) is not None
            or held
        )
    ):
        candidate, direction = options["last"], "last"
    else:
        candidate, direction = options["this"], "this"
    return mention(
        match, start, end, candidate, f"{kind}:year-from-anchor:{direction}", anchor, relative=True
    )


_THIS_YEAR = re.compile(r"\b[Tt]his\s+year\b(?!['’])")
"""A sentence that has just said "this year" places a month after it in the anchor's year ("the World Cup
this year, starting in July", written in February: this July, not last); not "this year's" (a noun's)."""
_EVENT_BEFORE = re.compile(r"\b(?:summit|meeting|talks|visit)\s+(?:in|for)\s+\Z", re.IGNORECASE)
"""An event placed in a month ("their summit in June"): the month nearest the anchor, as "a June summit",
unless its sentence says it was held ("the two leaders met on the sidelines of the G20 summit in
November", written in October: last November)."""
_HELD_BEFORE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeing\s)\b(?:met|hosted|visited|attended|talked|spoke)\b(?![^.;]*\b(?:will|would)\b)"
)
"""A verb that tells the event was held ("the leaders met in March"); a passive after "be" or "being" is
none ("the summit to be hosted by Britain during June 11-13", "the talks being hosted in May"): it names
an event still ahead."""
_BY_BEFORE = re.compile(r"\b[Bb]y\s+\Z")
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+\Z", re.IGNORECASE)
"""The end of a stretch ("renewed for 90 days, until September 8"): the one nearest the anchor."""
"""A deadline ("by October"): the month nearest the anchor, not the last one past."""
ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|his|her|its|their|our|\w+['’]s)\s+\Z", re.IGNORECASE
)
"""A determiner before a date used as an adjective ("a June 12 summit", "her March 28-31 visit", "Putin's
May 9 trip")."""
_PARTICIPLE_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|his|her|its|their|our|\w+['’]s)\s+\w+ed\s+\Z",
    re.IGNORECASE,
)
"""A participle between the determiner and the date ("ahead of the rescheduled March 28 presidential
election", "the postponed June 12 summit"): an event's date as well, not a verb of the past before it."""
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!and\b|or\b|to\b|in\b|at\b|on\b)[a-z]")
