"""Dates: absolute ones at their true precision, relative ones resolved against an anchor — or not at all.

"July 16, 2018" is a day, "April 2014" a month, "2001" a year and "November 10-11" a span. Relative
expressions ("last Friday", "On Saturday", "four months ago", "next week", "today", "in September", a
page's "2 minutes ago") are resolved against the anchor (the publication date) with
`dateutil.relativedelta`, and each mention keeps the anchor and the rule it used. Without an anchor, or
with one too coarse for the rule (a weekday needs a day-precise anchor), the value stays None: a date is
never guessed.

Rules for expressions that do not say which way to look: a weekday ("on Friday") is the most recent such
day not after the anchor, unless a future cue stands right around it ("will meet on Friday"), in which case
the next one not before it; a month or month-day without a year ("in December", "November 30") is the
most recent one not after the anchor, unless the sentence speaks of the future or the date names an event
("a June 12 summit", "the May 26 target date"): then it is the one nearest the anchor (so "a June 12
summit" in a piece of 27 May is the coming one).

The anchor is the publication date, or the date of the text's dateline when it has one
("WASHINGTON, July 28 (Reuters) -", "MOSCOW, MAY 10 --"): see
[`find_dateline`][summitlib.extraction.dates.find_dateline].

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

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable

from dateutil import parser
from dateutil.relativedelta import MO, SA, relativedelta, weekday

from summitlib.dates import DateSpan, PartialDate, Precision, When
from summitlib.errors import InvalidValueError
from summitlib.extraction._anchors import relative_anchors
from summitlib.extraction._text import NUMBER_PATTERN, Sentences, number_value, windowed
from summitlib.extraction._types import DateMention

__all__ = ["find_dateline", "find_dates"]

_INFO = parser.parserinfo()
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+\d))"
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
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_RELATIVE_FIRST = r"(?=[abcdefilmnopstwy\d])"
"""The characters a relative date can start with (case ignored): the search in each window skips the
other word starts instead of trying every alternative there."""
_RELATIVE = re.compile(
    _RELATIVE_FIRST
    + r"\b(?:(?P<part>last|this|tomorrow|yesterday)\s+(?P<partof>night|morning|afternoon|evening)\b"
    r"|(?P<day>today|yesterday|tomorrow|tonight)\b"
    rf"|(?:(?P<sdir>last|next|this|past|coming)|(?:earlier|later|early|late)\s+(?P<sthis>this)|in\s+the)"
    rf"\s+(?P<season>{_SEASON})\b"
    r"|by\s+the\s+end\s+of\s+(?:the|this)\s+(?P<endunit>week|month|year)\b"
    r"|this\s+past\s+(?P<pastunit>weekend|week)\b"
    r"|(?P<wedir>this|next|last|coming)\s+weekend\b"
    rf"|(?:over|in|during|for|within)\s+the\s+(?:past|last)\s+(?P<pn>{NUMBER_PATTERN}|few|several|couple\s+of)"
    r"\s+(?P<punit>days|weeks|months|years)\b"
    r"|\b[Oo]n\s+the\s+(?P<ord>[12]?\d(?:st|nd|rd|th)|3[01](?:st|th))\b(?!\s+(?:of|century|anniversary))"
    r"|(?P<hol>(?-i:Christmas)(?:\s+(?-i:Day|Eve))?|(?-i:New\s+Year['’]s)\s+(?-i:Day|Eve))"
    rf"|in\s+(?P<in_n>{NUMBER_PATTERN})\s+(?P<in_unit>days?|weeks?|months?|years?)\b"
    r"|(?P<dir>last|next|this|past|coming)\s+(?P<unit>week|month|year)\b"
    r"|(?:earlier|later|early|late)\s+(?P<this>this)\s+(?P<unit2>week|month|year)\b"
    rf"|(?:(?P<wdir>last|next|this|on|past)\s+)?(?P<wd>{_WEEKDAY})(?!s\b)\b"
    rf"|(?P<n>{NUMBER_PATTERN})\s+(?P<nunit>days?|weeks?|months?|years?|minutes?|mins?|hours?|hrs?)"
    r"\s+(?P<ago>ago|away|from now)\b)",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|going to|scheduled|set to|set for|plans? to|planned|expected to|upcoming|next|due to|"
    r"to be held|(?:is|are) due (?:in|at|for)|would meet|to meet|to hold|to visit|to host|to attend"
    r"|would (?:take place|be held|visit|hold)|could|(?-i:may)|might|hopes? to|hopes? (?:of|for)|hoping"
    r"|slated|forthcoming|awaits?|await(?:ing)?\s+to|look(?:s|ing)?\s+forward"
    r"|chairs)\b|['’]ll\b",
    re.IGNORECASE,
)
_PAST_VERB_BEFORE = re.compile(
    r"\b(?:\w+ed|said|told|met|held|spoke|made|took|gave|came|went|began|sent|wrote|left|was|were)"
    r"\s+(?:on\s+|late\s+|early\s+)?\Z",
    re.IGNORECASE,
)
_FIRST_IN = re.compile(
    r"\b(?:first|1st|last|longest|highest|lowest|biggest|largest|worst|best|only)\b[^.;]{0,40}\Z", re.I
)
"""A first or a record "in 30 years" ("the first summit in 30 years will take place"): a span, not a date."""
_SCHEDULE_VERB_BEFORE = re.compile(
    r"\b(?:leaves|arrives|departs|begins|starts|opens|returns|resumes|ends|flies|heads|by)\s+(?:on\s+)?\Z",
    re.I,
)
"""A timetable in the present tense ("the Soviet president leaves Sunday"): the coming day."""
_YEAR_AFTER = re.compile(r"\s+(?P<dir>last|this|next)\s+year\b", re.I)
"""A month with its year named relatively ("November last year", "in April this year")."""
_DATED_AFTER = re.compile(
    rf"\s*(?:\(|,)\s*(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?P<year>,?\s+{_YEAR})?\s*\)?"
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
    taken.sort()
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end so far
    for match in windowed(_RELATIVE, relative_anchors(text), text, 40, 12):
        before = bisect.bisect_left(starts, match.end())  # absolute dates that start before it ends
        if before and reach[before - 1] > match.start():
            continue  # inside an absolute date
        mention = _relative(match, anchor, sentences)
        if mention is not None:
            found.append(mention)
    found.sort(key=lambda m: m.start)
    return found


_DATELINE_MONTH = rf"(?i:{_MONTH[3:-1]}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_DATELINE = re.compile(
    rf"(?m)^[^\S\n]*(?:(?:date|Date|Published|Updated|Posted)[:\s][^\S\n]*(?P<iso>{_YEAR}-[01]\d(?:-[0-3]\d)?)\b"
    r"|(?:\([^()\n]{1,60}\)[^\S\n]*)?"  # "(N.Z. Press Association—Copyright) PEKING, September 26."
    r"(?P<place>[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?:,[^\S\n]*[A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)?,[^\S\n]*"
    rf"(?:(?P<month>{_DATELINE_MONTH})\.?[^\S\n]+(?P<day>{_DAY})|(?P<day2>{_DAY})[^\S\n]+(?P<month2>{_DATELINE_MONTH})\.?)"
    rf"(?:,?[^\S\n]+(?P<year>{_YEAR}))?[^\S\n]*(?:\([^()\n]{{1,40}}\)[^\S\n]*(?:--|[-—–:])?|--|[-—–:]"
    r"|(?P<stop>\.)(?=[^\S\n]+[A-Z]))"
    r")"
)


def find_dateline(text: str, published: PartialDate | None) -> DateMention | None:
    """The dateline or date line near the top of ``text``, as the date relative dates are anchored on.

    A dateline ("BEIJING, March 3 (Reuters) -", "WASHINGTON, Jan. 9 —", "NEW DELHI, Nov 24:", "New Delhi,
    Jan 9 (PTI)", "Nairobi, 12 May 2023 –") at the start of one of the first lines gives the day the piece
    was written; without a year it is the day nearest
    ``published``. A date line ("date 2022-11-14", "Published: 2022-11-14") gives the date itself.
    None when the text has neither, or a dateline without a year and no ``published`` to place it.
    """
    for match in _DATELINE.finditer(text, 0, min(len(text), 1500)):
        _start, _end = match.span()
        if match["iso"]:
            value = PartialDate.parse(match["iso"])
            return DateMention(
                start=match.start("iso"),
                end=match.end("iso"),
                text=match["iso"],
                value=value,
                rule="dateline:date-line",
            )
        if match["stop"] and not match["place"].isupper():
            continue  # "PEKING, September 26. With ...": a full stop ends only a wire service's capitals
        month_group, day_group = ("month", "day") if match["month"] else ("month2", "day2")
        month_name = match[month_group].rstrip(".")
        number = _INFO.month(month_name[:3] if month_name.lower().startswith("sept") else month_name)
        if number is None:
            continue
        day = _day(match[day_group])
        first = min(match.start(month_group), match.start(day_group))
        words = text[
            first : match.end("year") if match["year"] else max(match.end(month_group), match.end(day_group))
        ]
        try:
            if match["year"]:
                value = PartialDate(year=int(match["year"]), month=int(number), day=day)
            elif published is not None:
                options = [PartialDate(year=published.year + k, month=int(number), day=day) for k in (-1, 0)]
                value = min(options, key=lambda d: abs((d.earliest - published.earliest).days))
            else:
                continue
        except InvalidValueError:
            continue
        return DateMention(
            start=first,
            end=first + len(words),
            text=words,
            value=value,
            relative=not match["year"],
            anchor=published,
            rule="dateline",
        )
    return None


def _month(name: str) -> int:
    number = _INFO.month(name.rstrip("."))
    if number is None:  # pragma: no cover - the regex only admits month names
        raise InvalidValueError("month", "a month name", name)
    return int(number)


def _day(token: str) -> int:
    return int(_NOT_DIGIT.sub("", token))


_NOT_DIGIT = re.compile(r"\D")


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
            relative = _MONTH_DIRECTION.search(match.string, max(0, start - 20), start)
            if relative is not None:  # "last April", "earlier this March"
                return _named_month_mention(match, relative, anchor)
            if _PREPOSITION.search(match.string, max(0, start - 12), start) is None:
                return None  # a bare month name ("May" the modal, "March" the verb) needs a preposition
            return _with_year(match, start, end, None, _month(match["m5"]), (), anchor, sentences)
        return _mention(match, start, end, PartialDate(year=int(match["y5"])), "absolute", None)
    except InvalidValueError:
        return None  # "February 30": not a date


_MONTH_DIRECTION = re.compile(
    r"\b(?:(?P<dir>last|next|this|past|coming)|(?:earlier|later|early|late)\s+(?P<this>this))\s+\Z",
    re.IGNORECASE,
)


def _named_month_mention(
    match: re.Match[str], relative: re.Match[str], anchor: PartialDate | None
) -> DateMention:
    start, end = relative.start(), match.end()
    direction = (relative["dir"] or relative["this"]).lower()
    if anchor is None or anchor.month is None:
        rule = "unresolved:no-anchor" if anchor is None else "unresolved:anchor-too-coarse"
        return _mention(match, start, end, None, rule, anchor, relative=True)
    try:
        value = _named_month(_month(match["m5"]), direction)(anchor.earliest)
    except (ValueError, OverflowError):
        return _mention(match, start, end, None, "unresolved:out-of-range", anchor, relative=True)
    return _mention(match, start, end, value, f"month:{direction}", anchor, relative=True)


_SOON = 45
"""Days ahead within which a month or day without a year is this year's, whatever the tense ("December 1"
written on November 26); further ahead, a past-tense sentence means last year's."""


_PAST_NEAR = re.compile(
    r"\b(?:\w+ed|met|held|spoke|took|came|went|began|was|were|had)\s+(?:[\w,]+\s+){0,2}?(?:in|on|since|by|of)?\s*\Z"
)


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
    named = _YEAR_AFTER.match(match.string, end)
    if named is not None:
        end = named.end()
    if anchor is None or anchor.month is None:
        rule = "unresolved:no-anchor" if anchor is None else "unresolved:anchor-too-coarse"
        return _mention(match, start, end, None, rule, anchor, relative=True)
    if named is not None:  # "November last year"
        direction = named["dir"].lower()
        try:
            value = build(anchor.year + {"last": -1, "this": 0, "next": 1}[direction])
        except (InvalidValueError, ValueError):
            return _mention(match, start, end, None, "unresolved:out-of-range", anchor, relative=True)
        return _mention(match, start, end, value, f"{kind}:year-{direction}", anchor, relative=True)
    options: dict[str, When] = {}
    for direction, shift in (("last", -1), ("this", 0), ("next", 1)):
        try:
            options[direction] = build(anchor.year + shift)
        except (InvalidValueError, ValueError):  # years 0 and 10000 do not exist
            continue
    if "this" not in options:
        return _mention(match, start, end, None, "unresolved:out-of-range", anchor, relative=True)
    text = match.string
    attributive = _ATTRIBUTIVE_BEFORE.search(text, max(0, start - 12), start) and _ATTRIBUTIVE_AFTER.match(
        text, end
    )
    deadline = _BY_BEFORE.search(text, max(0, start - 4), start) is not None
    if deadline and options["this"].latest < anchor.earliest and "next" in options:
        candidate, direction = options["next"], "deadline:next"  # "by March" written in May: next March
    elif (
        attributive
        or deadline
        or _EVENT_BEFORE.search(text, max(0, start - 20), start)
        or _future_near(text, start, end, sentences, before=start)  # anywhere in the sentence
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
        )
    ):
        candidate, direction = options["last"], "last"
    else:
        candidate, direction = options["this"], "this"
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


def _future_near(text: str, start: int, end: int, sentences: Sentences, before: int = 50) -> bool:
    """A future cue in the words just around a date ("will meet on Friday", "on Friday, when he will")."""
    a, b = sentences.around(start)
    return _FUTURE.search(text, max(a, start - before), min(b, end + 20)) is not None


_EVENT_BEFORE = re.compile(r"\b(?:summit|meeting|talks|visit)\s+(?:in|for)\s+\Z", re.IGNORECASE)
"""An event placed in a month ("their summit in June"): the month nearest the anchor, as "a June summit"."""
_BY_BEFORE = re.compile(r"\b[Bb]y\s+\Z")
"""A deadline ("by October"): the month nearest the anchor, not the last one past."""
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:a|an|the|this|that)\s+\Z", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!and\b|or\b|to\b|in\b|at\b|on\b)[a-z]")


def _weekday_dated(match: re.Match[str], dated: re.Match[str], anchor: PartialDate) -> PartialDate | None:
    """ "Thursday (Dec 26)": the day the parenthesis gives, in the year that puts it nearest the anchor."""
    try:
        month, day = _month(dated["month"]), _day(dated["day"])
        options = [PartialDate(year=anchor.year + k, month=month, day=day) for k in (-1, 0, 1)]
    except (InvalidValueError, ValueError):
        return None
    return min(options, key=lambda d: abs((d.earliest - anchor.earliest).days))


_VAGUE = re.compile(r"few|several|couple\s+of")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.]*\s+\Z")


def _relative(match: re.Match[str], anchor: PartialDate | None, sentences: Sentences) -> DateMention | None:
    start, end = match.span()
    if (
        match["day"]
        and match["day"][0].isupper()
        and _CAPITALISED_BEFORE.search(match.string[max(0, start - 30) : start])
    ):
        return None  # "USA Today", "The Price We Pay Today": part of a name, not a date
    if match["wd"]:
        dated = _DATED_AFTER.match(match.string, end)
        if dated is not None and dated["year"]:
            return None  # "Thursday, May 11, 1995": part of an absolute date
        if dated is not None and anchor is not None and anchor.month is not None:
            value = _weekday_dated(match, dated, anchor)
            if value is not None:
                return _mention(match, start, end, value, "weekday:dated", anchor, relative=True)
    if match["in_n"] and (
        not _future_near(match.string, start, end, sentences, before=80)
        or _FIRST_IN.search(match.string, max(0, start - 50), start)
    ):
        return None  # "his first visit in seven years": how long since, not a date ahead
    if match["pn"] and _VAGUE.fullmatch(match["pn"].lower()):  # "in the past few years": no span to give
        return _mention(match, start, end, None, "unresolved:vague", anchor, relative=True)
    rule, need, compute = _rule(match, sentences)
    if anchor is None:
        return _mention(match, start, end, None, "unresolved:no-anchor", None, relative=True)
    if _ORDER.index(anchor.precision) < _ORDER.index(_NEEDS[need]):
        return _mention(match, start, end, None, "unresolved:anchor-too-coarse", anchor, relative=True)
    try:
        resolved = compute(anchor.earliest)
    except (ValueError, OverflowError):  # "next year" of 9999, "last week" of 0001-01-01
        return _mention(match, start, end, None, "unresolved:out-of-range", anchor, relative=True)
    return _mention(match, start, end, resolved, rule, anchor, relative=True)


_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 14)}


def _season(name: str, step: int, future: bool, this: bool = False) -> _Compute:
    first, last = _SEASON_MONTHS[name]

    def compute(d: dt.date) -> When:
        year = d.year + step
        if step == 0 and not this and future is False and (first > d.month and name != "winter"):
            year -= 1  # "in the fall", said in spring, of a past fall ("this fall" is this year's)
        end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
        return DateSpan(
            start=PartialDate(year=year, month=first), end=PartialDate(year=end_year, month=end_month)
        )

    return compute


def _named_month(month: int, direction: str) -> _Compute:
    def compute(d: dt.date) -> When:
        if direction in {"last", "past"}:
            year = d.year if month < d.month else d.year - 1
        elif direction in {"next", "coming"}:
            year = d.year if month > d.month else d.year + 1
        else:
            year = d.year
        return PartialDate(year=year, month=month)

    return compute


def _rule(match: re.Match[str], sentences: Sentences) -> tuple[str, str, _Compute]:
    if match["part"]:
        word = " ".join(match["part"].lower().split())
        shift = (
            -1
            if word == "yesterday" or (word == "last" and match["partof"].lower() in {"night", "evening"})
            else 0
        )
        shift = 1 if word == "tomorrow" else shift
        return (
            f"day:{word}-{match['partof'].lower()}",
            "day",
            lambda d: PartialDate.from_date(d + relativedelta(days=shift)),
        )
    if match["season"]:
        direction = (match["sdir"] or match["sthis"] or "in").lower()
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(direction, 0)
        future = _future_near(match.string, match.start(), match.end(), sentences)
        return (
            f"season:{direction}",
            "month",
            _season(match["season"].lower(), step, future, this=direction == "this"),
        )
    if match["wedir"]:
        direction = match["wedir"].lower()
        step = {"last": -1, "next": 1}.get(direction, 0)
        return f"weekend:{direction}", "day", _weekend(step)
    if match["punit"]:
        unit = match["punit"].lower()
        return f"past:{unit}", "day", _past(int(number_value(match["pn"].lower())), unit)
    if match["ord"]:
        day = _day(match["ord"])
        return (
            "day-of-month:anchor-month",
            "month",
            lambda d: PartialDate(year=d.year, month=d.month, day=day),
        )
    if match["hol"]:
        month, day = (12, 24) if match["hol"].endswith("Eve") and match["hol"].startswith("C") else (12, 25)
        if match["hol"].startswith("New"):
            month, day = (12, 31) if match["hol"].endswith("Eve") else (1, 1)
        return "holiday:nearest", "day", _nearest_date(month, day)
    if match["endunit"]:
        unit = match["endunit"].lower()
        return f"{unit}:end", "day" if unit == "week" else unit, _period(unit, 0)
    if match["pastunit"]:
        return "week:this-past", "day", _period("week", -1)
    if match["in_n"]:
        amount = int(number_value(match["in_n"]))
        unit = match["in_unit"].lower().rstrip("s")

        def ahead(d: dt.date) -> When:
            moved = d + relativedelta(**{unit + "s": amount})  # type: ignore[arg-type]
            if unit in {"day", "week"}:
                return PartialDate.from_date(moved)
            return (
                PartialDate(year=moved.year, month=moved.month)
                if unit == "month"
                else PartialDate(year=moved.year)
            )

        return f"in:{unit}s", "day" if unit in {"day", "week"} else unit, ahead
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
        past = _PAST_VERB_BEFORE.search(match.string, max(0, match.start() - 25), match.start()) is not None
        if direction == "this" or (
            not possessive
            and not past
            and (
                _future_near(match.string, match.start(), match.end(), sentences, before=90)
                or _SCHEDULE_VERB_BEFORE.search(match.string, max(0, match.start() - 25), match.start())
            )
        ):
            return "weekday:coming", "day", _weekday(weekday(day)(+1), 0)
        return "weekday:most-recent", "day", _weekday(weekday(day)(-1), 0)
    amount = int(number_value(match["n"]))
    unit = match["nunit"].lower().rstrip("s")
    sign = -1 if match["ago"].lower() == "ago" else 1
    label = "ago" if sign < 0 else "ahead"
    rule = f"{label}:{unit}s"
    per_unit = _CLOCK_MINUTES.get(unit)
    if per_unit is not None:  # "2 minutes ago", "48 hours ago": whole days back from the anchor's day
        days = sign * (amount * per_unit // 1440)
        return rule, "day", lambda d: PartialDate.from_date(d + dt.timedelta(days=days))
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

    return rule, need, shifted


_CLOCK_MINUTES = {"minute": 1, "min": 1, "hour": 60, "hr": 60}
"""Units shorter than a day, in minutes."""


def _weekend(step: int) -> _Compute:
    def compute(d: dt.date) -> When:
        # this weekend's Saturday (on a Sunday, the day before), then whole weeks on or back
        this = d - dt.timedelta(1) if d.weekday() == 6 else d + relativedelta(weekday=SA(+1))
        saturday = this + dt.timedelta(weeks=step)
        return DateSpan(
            start=PartialDate.from_date(saturday), end=PartialDate.from_date(saturday + dt.timedelta(1))
        )

    return compute


def _past(amount: int, unit: str) -> _Compute:
    def compute(d: dt.date) -> When:
        since = d - relativedelta(**{unit: amount})  # type: ignore[arg-type]
        return DateSpan(start=PartialDate.from_date(since), end=PartialDate.from_date(d))

    return compute


def _nearest_date(month: int, day: int) -> _Compute:
    def compute(d: dt.date) -> When:
        options = [dt.date(d.year + k, month, day) for k in (-1, 0, 1)]
        return PartialDate.from_date(min(options, key=lambda o: abs((o - d).days)))

    return compute


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
