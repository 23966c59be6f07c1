"""Dates: absolute ones at their true precision, relative ones resolved against an anchor — or not at all.

"July 16, 2018" is a day, "April 2014" a month, "2001" a year and "November 10-11" a span. Relative
expressions ("last Friday", "On Saturday", "four months ago", "next week", "today", "in September") are
resolved against the anchor (the publication date) with `dateutil.relativedelta`, and each mention keeps
the anchor and the rule it used. Without an anchor, or with one too coarse for the rule (a weekday needs
a day-precise anchor), the value stays None: a date is never guessed.

Rules for expressions that do not say which way to look ("on Friday", "in December", "November 8"):
the most recent such day or month not after the anchor, unless the sentence speaks of the future ("will",
"scheduled", "next", "upcoming" ...), in which case the next one not before it.

Examples:
    >>> from summitlib import PartialDate
    >>> from summitlib.extraction.dates import find_dates
    >>> found = find_dates("They met last Friday.", PartialDate.parse("2017-07-12"))
    >>> [(d.text, str(d.value), d.rule) for d in found]
    [('last Friday', '2017-07-07', 'weekday:last')]
    >>> [(d.text, d.value, d.rule) for d in find_dates("They met last Friday.", None)]
    [('last Friday', None, 'unresolved:no-anchor')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil import parser
from dateutil.relativedelta import MO, relativedelta, weekday

from summitlib.dates import DateSpan, PartialDate, Precision, When
from summitlib.errors import InvalidValueError
from summitlib.extraction._text import NUMBER_PATTERN, Sentences, number_value, windowed
from summitlib.extraction._types import DateMention

__all__ = ["find_dates"]

_INFO = parser.parserinfo()
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_ABSOLUTE = re.compile(
    rf"(?=[\dJFMASOND])(?:(?<![\w$£€,.\-/])(?P<iso>{_YEAR}-[01]\d(?:-[0-3]\d)?\b)"
    rf"|\b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\s*(?:-|–|—|to|and|through)\s*(?P<d2>{_DAY})\b"
    rf"(?:,?\s+(?P<y1>{_YEAR})\b)?"
    rf"|\b(?P<m2>{_MONTH})\s+(?P<d3>{_DAY})\b(?!:)(?:,?\s+(?P<y2>{_YEAR})\b)?"
    rf"|\b(?P<d4>{_DAY})\s+(?:of\s+)?(?P<m3>{_MONTH})(?:,?\s+(?P<y3>{_YEAR})\b)?"
    rf"|\b(?P<m4>{_MONTH})(?:\s+of)?,?\s+(?P<y4>{_YEAR})\b"
    rf"|\b(?P<m5>{_MONTH})(?!\w)(?!\s+\d)"
    rf"|(?<![\w$£€,.\-/])(?P<y5>{_YEAR})(?![\w%]|[.,]\d|-\d))"
)
_PREPOSITION = re.compile(
    r"(?:\b(?:in|since|until|by|from|early|late|during|through|of|before|after|till)\s+|\bmid-)\Z", re.I
)
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_RELATIVE = re.compile(
    r"\b(?:(?P<day>today|yesterday|tomorrow|tonight)\b"
    r"|(?P<dir>last|next|this|past|coming)\s+(?P<unit>week|month|year)\b"
    r"|(?:earlier|later|early|late)\s+(?P<this>this)\s+(?P<unit2>week|month|year)\b"
    rf"|(?:(?P<wdir>last|next|this|on|past)\s+)?(?P<wd>{_WEEKDAY})(?!s\b)\b"
    rf"|(?P<n>{NUMBER_PATTERN})\s+(?P<nunit>days?|weeks?|months?|years?)\s+(?P<ago>ago|away|from now)\b)",
    re.IGNORECASE,
)
_RELATIVE_ANCHOR = re.compile(
    r"\b(?=[tTyYwWmMaAfFsS])(?:(?i:today|yesterday|tomorrow|tonight|week|month|year|ago\b|away\b|from now)"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
_FUTURE = re.compile(
    r"\b(?:will|shall|going to|scheduled|set to|plans? to|planned|expected to|upcoming|next|due to|"
    r"to be held|would meet|to meet)\b|'ll\b",
    re.IGNORECASE,
)
_Compute = Callable[[dt.date], When]
_NEEDS = {"day": Precision.DAY, "month": Precision.MONTH, "year": Precision.YEAR}
_ORDER = [Precision.YEAR, Precision.MONTH, Precision.DAY]


def find_dates(
    text: str, anchor: PartialDate | None, sentences: Sentences | None = None
) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``anchor`` where it is relative."""
    sentences = sentences or Sentences(text)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for match in _ABSOLUTE.finditer(text):
        mention = _absolute(match, anchor, sentences)
        if mention is not None:
            found.append(mention)
            taken.append((mention.start, mention.end))
    for match in windowed(_RELATIVE, _RELATIVE_ANCHOR, text, 40, 12):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        mention = _relative(match, anchor, sentences)
        if mention is not None:
            found.append(mention)
    found.sort(key=lambda m: m.start)
    return found


def _month(name: str) -> int:
    number = _INFO.month(name.rstrip("."))
    if number is None:  # pragma: no cover - the regex only admits month names
        raise InvalidValueError("month", "a month name", name)
    return int(number)


def _day(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def _absolute(match: re.Match[str], anchor: PartialDate | None, sentences: Sentences) -> DateMention | None:
    start, end = match.span()
    try:
        if match["iso"]:
            return _mention(match, start, end, PartialDate.parse(match["iso"]), "absolute", None)
        if match["m1"]:
            month, first, last = _month(match["m1"]), _day(match["d1"]), _day(match["d2"])
            if last <= first:
                return None
            return _with_year(match, start, end, match["y1"], month, (first, last), anchor, sentences)
        if match["m2"]:
            return _with_year(
                match, start, end, match["y2"], _month(match["m2"]), (_day(match["d3"]),), anchor, sentences
            )
        if match["m3"]:
            return _with_year(
                match, start, end, match["y3"], _month(match["m3"]), (_day(match["d4"]),), anchor, sentences
            )
        if match["m4"]:
            value = PartialDate(year=int(match["y4"]), month=_month(match["m4"]))
            return _mention(match, start, end, value, "absolute", None)
        if match["m5"]:
            if _PREPOSITION.search(match.string, max(0, start - 12), start) is None:
                return None  # a bare month name ("May" the modal, "March" the verb) needs a preposition
            return _with_year(match, start, end, None, _month(match["m5"]), (), anchor, sentences)
        return _mention(match, start, end, PartialDate(year=int(match["y5"])), "absolute", None)
    except InvalidValueError:
        return None  # "February 30": not a date


def _with_year(
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
        return _mention(match, start, end, build(int(year)), "absolute", None)
    kind = "month" if not days else "month-day"
    if anchor is None or anchor.month is None:
        rule = "unresolved:no-anchor" if anchor is None else "unresolved:anchor-too-coarse"
        return _mention(match, start, end, None, rule, anchor, relative=True)
    candidate = build(anchor.year)
    if _is_future(match.string, start, sentences):
        options = {"last": build(anchor.year - 1), "this": candidate, "next": build(anchor.year + 1)}
        direction = min(options, key=lambda k: abs((options[k].earliest - anchor.earliest).days))
        candidate = options[direction]
        direction = f"nearest:{direction}"
    elif candidate.earliest > anchor.latest:
        candidate, direction = build(anchor.year - 1), "last"
    else:
        direction = "this"
    return _mention(
        match, start, end, candidate, f"{kind}:year-from-anchor:{direction}", anchor, relative=True
    )


def _mention(
    match: re.Match[str],
    start: int,
    end: int,
    value: When | None,
    rule: str,
    anchor: PartialDate | None,
    *,
    relative: bool = False,
) -> DateMention:
    return DateMention(
        start=start,
        end=end,
        text=match.string[start:end],
        value=value,
        relative=relative,
        anchor=anchor,
        rule=rule,
    )


def _is_future(text: str, offset: int, sentences: Sentences) -> bool:
    a, b = sentences.around(offset)
    return _FUTURE.search(text, a, b) is not None


def _relative(match: re.Match[str], anchor: PartialDate | None, sentences: Sentences) -> DateMention | None:
    start, end = match.span()
    if match["day"] and match["day"][0].isupper() and sentences.around(start)[0] != start:
        return None  # "USA Today", "The Price We Pay Today": part of a name, not a date
    rule, need, compute = _rule(match, sentences)
    if anchor is None:
        return _mention(match, start, end, None, "unresolved:no-anchor", None, relative=True)
    if _ORDER.index(anchor.precision) < _ORDER.index(_NEEDS[need]):
        return _mention(match, start, end, None, "unresolved:anchor-too-coarse", anchor, relative=True)
    return _mention(match, start, end, compute(anchor.earliest), rule, anchor, relative=True)


def _rule(match: re.Match[str], sentences: Sentences) -> tuple[str, str, _Compute]:
    if match["day"]:
        word = match["day"].lower()
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        return f"day:{word}", "day", lambda d: PartialDate.from_date(d + relativedelta(days=shift))
    if match["unit"] or match["unit2"]:
        direction = (match["dir"] or match["this"]).lower()
        unit = (match["unit"] or match["unit2"]).lower()
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(direction, 0)
        return f"{unit}:{direction}", "day" if unit == "week" else unit, _period(unit, step)
    if match["wd"]:
        day = int(_INFO.weekday(match["wd"]) or 0)
        direction = (match["wdir"] or "").lower()
        if direction in {"last", "past"}:
            return "weekday:last", "day", _weekday(weekday(day)(-1), -1)
        if direction == "next":
            return "weekday:next", "day", _weekday(weekday(day)(+1), 1)
        possessive = match.string[match.end() : match.end() + 2] in {"'s", "’s"}
        if direction == "this" or (not possessive and _is_future(match.string, match.start(), sentences)):
            return "weekday:coming", "day", _weekday(weekday(day)(+1), 0)
        return "weekday:most-recent", "day", _weekday(weekday(day)(-1), 0)
    amount = int(number_value(match["n"]))
    unit = match["nunit"].lower().rstrip("s")
    sign = -1 if match["ago"].lower() == "ago" else 1
    label = "ago" if sign < 0 else "ahead"
    need = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]

    def shifted(d: dt.date) -> When:
        moved = d + relativedelta(**{unit + "s": sign * amount})  # type: ignore[arg-type]
        if unit == "day":
            return PartialDate.from_date(moved)
        if unit == "week":
            return _week(moved)
        if unit == "month":
            return PartialDate(year=moved.year, month=moved.month)
        return PartialDate(year=moved.year)

    return f"{label}:{unit}s", need, shifted


def _weekday(which: weekday, shift: int) -> _Compute:
    def compute(d: dt.date) -> When:
        return PartialDate.from_date(d + relativedelta(days=shift, weekday=which))

    return compute


def _week(d: dt.date) -> DateSpan:
    monday = d + relativedelta(weekday=MO(-1))
    sunday = monday + relativedelta(days=6)
    return DateSpan(start=PartialDate.from_date(monday), end=PartialDate.from_date(sunday))


def _period(unit: str, step: int) -> _Compute:
    def compute(d: dt.date) -> When:
        if unit == "week":
            return _week(d + relativedelta(weeks=step))
        if unit == "month":
            moved = d + relativedelta(months=step)
            return PartialDate(year=moved.year, month=moved.month)
        return PartialDate(year=(d + relativedelta(years=step)).year)

    return compute
