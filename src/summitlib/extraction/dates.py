"""Dates: absolute ones at their true precision, relative ones resolved against an anchor — or not at all.

"July 16, 2018" is a day, "April 2014" a month, "2001" a year and "November 10-11" a span. Relative
expressions ("last Friday", "On Saturday", "four months ago", "next week", "today", "in September", a
page's "2 minutes ago") are resolved against the anchor (the publication date) with
`dateutil.relativedelta`, and each mention keeps the anchor and the rule it used. Without an anchor, or
with one too coarse for the rule ("three days ago" needs a day-precise anchor), the value stays None: a
date is never guessed; but "on Monday", "last week" in a piece dated 2019-03 are that month.

Rules for expressions that do not say which way to look: a weekday ("on Friday") is the most recent such
day not after the anchor, unless a future cue stands right around it ("will meet on Friday"), in which case
the next one not before it; a month or month-day without a year ("in December", "November 30") is the
most recent one not after the anchor, unless the sentence speaks of the future or the date names an event
("a June 12 summit", "the May 26 target date"): then it is the one nearest the anchor (so "a June 12
summit" in a piece of 27 May is the coming one).

Expressions told against another date of the text ("the following day", "the same year", "a day
earlier") resolve against the latest date before them (``_date_references``). The patterns live in
``_date_patterns``, the rule of each relative expression in ``_date_rules``, the year of a month or day
written without one in ``_date_years``, the day words of Portuguese and Spanish copy in
``_date_iberian``, a weekday with no tense of its own read as the day the text tells as ahead in
``_date_weekdays``.

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
import itertools
import re

import attrs

from summitlib.dates import PartialDate, Precision
from summitlib.errors import InvalidValueError
from summitlib.extraction._anchors import relative_anchors
from summitlib.extraction._date_iberian import DAY_OF_MONTH_AFTER, day_of_month_nearest, find_iberian_dates
from summitlib.extraction._date_patterns import (
    ABSOLUTE,
    DATED_AFTER,
    DAY,
    MONTH,
    PARSER_INFO,
    PREPOSITION,
    RELATIVE,
    SCHEDULED_BEFORE,
    YEAR,
    day_number,
    future_near,
    mention,
    month_number,
)
from summitlib.extraction._date_references import (
    coordinated_weekdays,
    day_words_with_weekday,
    find_referenced_dates,
    joined_days,
    restated_weekdays,
    spoken_the_day_before,
)
from summitlib.extraction._date_rules import A_YEAR_AGO, WITHIN_THE_MONTH, named_month, relative_rule
from summitlib.extraction._date_weekdays import moved_ahead, weekdays_told_ahead
from summitlib.extraction._date_years import ATTRIBUTIVE_BEFORE, with_year
from summitlib.extraction._text import Sentences, windowed
from summitlib.extraction._types import DateMention

__all__ = ["find_dateline", "find_dates"]

_FIRST_IN = re.compile(
    r"\b(?:first|1st|last|longest|highest|lowest|biggest|largest|worst|best|only)\b"
    r"(?:[^.;]|\.(?!\s+(?-i:[A-Z]))){0,40}\Z",
    re.I,
)
"""A first or a record "in 30 years" ("the first summit in 30 years will take place", "the first U.S.-Soviet
summit in six years"): a span, not a date."""
_NEEDS = {"day": Precision.DAY, "month": Precision.MONTH, "year": Precision.YEAR}
_ORDER = [Precision.YEAR, Precision.MONTH, Precision.DAY]


def find_dates(
    text: str,
    anchor: PartialDate | None,
    sentences: Sentences | None = None,
    dateline: DateMention | None = None,
) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``anchor`` where it is relative.

    The words of ``dateline`` (from [`find_dateline`][summitlib.extraction.dates.find_dateline]) are the
    date of the writing, not a date the text reports: they are left out.
    """
    sentences = sentences or Sentences(text)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for match in ABSOLUTE.finditer(text):
        if dateline is not None and (
            (match.start() < dateline.end and dateline.start < match.end())
            or _repeats_dateline(text, match, dateline)
        ):
            continue
        mention = _absolute(match, anchor, sentences)
        if mention is not None:
            if mention.relative and (
                into := _IN_ON_BEFORE.search(text, max(0, mention.start - 4), mention.start)
            ):
                mention = attrs.evolve(mention, start=into.start(), text=text[into.start() : mention.end])
            found.append(mention)
            taken.append((mention.start, mention.end))
    taken.sort()
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end so far
    anchors = relative_anchors(text)
    for match in windowed(RELATIVE, anchors, text, 40, 12):
        before = bisect.bisect_left(starts, match.end())  # absolute dates that start before it ends
        if before and reach[before - 1] > match.start():
            continue  # inside an absolute date
        mention = _relative(match, anchor, sentences)
        if mention is not None:
            found.append(_with_part_of_day(match, mention))
    found = _headline_days(text, _without_dating_words(text, found))
    found.extend(find_referenced_dates(text, anchor, found, sentences, anchors))
    found.extend(find_iberian_dates(text, anchor, found))
    found.sort(key=lambda m: m.start)
    found = day_words_with_weekday(text, joined_days(text, found))
    found = restated_weekdays(spoken_the_day_before(text, anchor, coordinated_weekdays(text, found)))
    return weekdays_told_ahead(text, found)


_DATELINE_MONTH = rf"(?i:{MONTH[3:-1]}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_DATELINE = re.compile(
    rf"(?m)^[^\S\n]*(?:(?:date|Date|Published|Updated|Posted)[:\s][^\S\n]*(?P<iso>{YEAR}-[01]\d(?:-[0-3]\d)?)\b"
    r"|(?:(?:[^()\n]{0,80}\([^()\n]{1,60}\)[^\S\n]*){1,3}|[^()\n]{1,60}\)[^\S\n]*"  # "(N.Z. PA) PEKING,
    # September 26.", "Friendly Talks (N.Z.P.A.) (Rec. 10 p.m.) WASHINGTON, September 25."
    r"|\([^()\n]{1,30}?[^\S\n]+(?=[A-Z][A-Z.'’-]+,))?"  # a credit that lost its ")": "(N.Z. Press TOKYO,"
    r"(?P<place>[A-Z][A-Z.'’-]+(?:[ /-][A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?:[^\S\n]*\([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?\))?"  # "PALM DESERT (California), November 27."
    r"(?:(?:,[^\S\n]*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?,"  # "VIENTIANE, Lao PDR, Sept. 7"
    r"|[^\S\n]*\([A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*){0,2},)[^\S\n]*"  # "WASHINGTON (AllPolitics, Feb. 13)"
    rf"(?:(?P<month>{_DATELINE_MONTH})\.?[^\S\n]+(?P<day>{DAY})|(?P<day2>{DAY})[^\S\n]+(?P<month2>{_DATELINE_MONTH})\.?)"
    rf"(?:,?[^\S\n]+(?P<year>{YEAR}))?[^\S\n]*(?:\([^()\n]{{1,40}}\)[^\S\n]*(?:--|[-—–:])?|\.?(?:--|[-—–:])"
    r"|\)[^\S\n]*(?:--|[-—–:])"  # the credit's bracket closed after the day: "(AllPolitics, Feb. 13) --"
    r"|,[^\S\n]*[A-Z]{2,6}[^\S\n]*(?:--|[-—–:])"  # the agency after the day: "Accra, May 22, GNA -"
    r"|(?P<stop>\.)(?=[^\S\n]+[A-Z/]|[^\S\n]*$)"  # "MOSCOW, December 30. /TASS/."
    r"|(?P<eol>)(?=[^\S\n]*\n)"  # "LONDON, December 24" alone on its line
    r"|(?P<bare>)(?=[^\S\n]+[A-Z]))"  # "Seoul, Oct 5 US Secretary of State": a dash lost
    r")"
)


def _repeats_dateline(text: str, match: re.Match[str], dateline: DateMention) -> bool:
    """The dateline's words again after the same place opening a line ("Islamabad, Sep 12 Pakistan will
    …" heading both a page's teaser and its story): the day of the writing a second time, no date the
    story reports. The same day elsewhere ("talks on Sep 12") still counts."""
    if match[0] != dateline.text:
        return False
    place = text[text.rfind("\n", 0, dateline.start) + 1 : dateline.start]
    at = match.start() - len(place)
    return bool(place.strip()) and at > 0 and text[at - 1] == "\n" and text.startswith(place, at)


def find_dateline(text: str, published: PartialDate | None) -> DateMention | None:
    """The dateline or date line near the top of ``text``, as the date relative dates are anchored on.

    A dateline ("BEIJING, March 3 (Reuters) -", "WASHINGTON, Jan. 9 —", "NEW DELHI, Nov 24:", "New Delhi,
    Jan 9 (PTI)", "Nairobi, 12 May 2023 –", "WASHINGTON (AllPolitics, Feb. 13) --", "Accra, May 22, GNA -",
    "ANKARA, March 17. /TASS/.") at the start of one of the first lines gives the day the piece
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
        if match["bare"] is not None and match[0][: match.start("place") - match.start()].strip():
            continue  # a dateline with nothing after its day opens its line
        if (match["stop"] or match["eol"] is not None) and not match["place"].isupper():
            continue  # "PEKING, September 26. With ...": a stop or a line's end ends only a wire's capitals
        month_group, day_group = ("month", "day") if match["month"] else ("month2", "day2")
        month_name = match[month_group].rstrip(".")
        number = PARSER_INFO.month(month_name[:3] if month_name.lower().startswith("sept") else month_name)
        if number is None:
            continue
        day = day_number(match[day_group])
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


def _absolute(match: re.Match[str], anchor: PartialDate | None, sentences: Sentences) -> DateMention | None:
    start, end = match.span()
    try:
        if match["iso"]:
            return mention(match, start, end, PartialDate.parse(match["iso"]), "absolute", None)
        if match["m1"]:
            month, first, last = month_number(match["m1"]), day_number(match["d1"]), day_number(match["d2"])
            if last <= first:
                return None
            return with_year(match, start, end, match["y1"], month, (first, last), anchor, sentences)
        if match["m6"]:  # "on 21-22 June"
            month, first, last = month_number(match["m6"]), day_number(match["d5"]), day_number(match["d6"])
            if last <= first:
                return None
            return with_year(match, start, end, match["y6"], month, (first, last), anchor, sentences)
        if match["m2"]:
            return with_year(
                match,
                start,
                end,
                match["y2"],
                month_number(match["m2"]),
                (day_number(match["d3"]),),
                anchor,
                sentences,
            )
        if match["m3"]:
            year = match["y3"]
            short = (
                _SHORT_YEAR_AFTER.match(match.string, end) if year is None and anchor is not None else None
            )
            if short is not None and anchor is not None:  # "16 May 05" closing a source line: 2005
                century = anchor.year // 100 * 100 + int(short["yy"])
                year, end = str(century if century <= anchor.year + 1 else century - 100), short.end("yy")
            return with_year(
                match,
                start,
                end,
                year,
                month_number(match["m3"]),
                (day_number(match["d4"]),),
                anchor,
                sentences,
            )
        if match["m4"]:
            value = PartialDate(year=int(match["y4"]), month=month_number(match["m4"]))
            return mention(match, start, end, value, "absolute", None)
        if match["m5"]:
            relative = _MONTH_DIRECTION.search(match.string, max(0, start - 20), start)
            if relative is not None:  # "last April", "earlier this March"
                return _named_month_mention(match, relative, anchor)
            if (
                PREPOSITION.search(match.string, max(0, start - 12), start) is None
                and SCHEDULED_BEFORE.search(match.string, max(0, start - 40), start) is None
                and not (
                    ATTRIBUTIVE_BEFORE.search(match.string, max(0, start - 6), start)
                    and _EVENT_AFTER.match(match.string, end)
                )
            ):
                return None  # a bare month name ("May" the modal, "March" the verb) needs a preposition
            return with_year(match, start, end, None, month_number(match["m5"]), (), anchor, sentences)
        return mention(match, start, end, PartialDate(year=int(match["y5"])), "absolute", None)
    except InvalidValueError:
        return None  # "February 30": not a date


_SHORT_YEAR_AFTER = re.compile(r"[^\S\n]+['’]?(?P<yy>\d\d)[^\S\n]*(?=\n|\Z)")
"""A two-digit year ending the line after a day and a month ("Mediamax news agency 16 May 05", the source
line of monitored copy): the year in the anchor's century, not after the anchor's next year."""
_EVENT_AFTER = re.compile(
    r"(?:\s+(?!(?:of|and|or|to|in|on|at|for|by|with|from|as|is|was|be|been|will|would|could|should|might"
    r"|must|can|may|not)\b)[\w-]+){0,2}?"
    r"\s+(?:summit|meeting|talks|visit|trip|election|elections|vote|referendum|conference|deadline|accord"
    r"|agreement|deal|session|ceremony)\b"
)
"""A month named as an event's ("the June summit", "a March visit"), with no preposition before it, and up
to two words between ("the June video conference", "the October Kenya election"), none a preposition or a
verb's ("that May be the last summit" is no date)."""
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
        return mention(match, start, end, None, rule, anchor, relative=True)
    try:
        value = named_month(month_number(match["m5"]), direction)(anchor.earliest)
    except (ValueError, OverflowError):
        return mention(match, start, end, None, "unresolved:out-of-range", anchor, relative=True)
    return mention(match, start, end, value, f"month:{direction}", anchor, relative=True)


def _dated(dated: re.Match[str], anchor: PartialDate | None) -> PartialDate | None:
    """ "Thursday (Dec 26)", "today, Sunday May 3rd": the day the date after the word gives, in its year
    or, without one, in the year that puts it nearest the anchor."""
    month_group, day_group = ("month", "day") if dated["month"] else ("month2", "day2")
    try:
        month, day = month_number(dated[month_group]), day_number(dated[day_group])
        if dated["year"]:
            return PartialDate(year=int(dated["year"]), month=month, day=day)
        if anchor is None or anchor.month is None:
            return None
        options = [PartialDate(year=anchor.year + k, month=month, day=day) for k in (-1, 0, 1)]
    except (InvalidValueError, ValueError):
        return None
    return min(options, key=lambda d: abs((d.earliest - anchor.earliest).days))


_VAGUE = re.compile(r"few|several|couple\s+of")
_STAMP_BEFORE = re.compile(
    r"\d{1,2}:\d\d[^\S\n]*(?:[AaPp]\.?[Mm]\.?)?(?:[^\S\n]+[A-Z]{2,4})?[^\S\n]*[/|•·–-][^\S\n]*\Z"
)
_DAY_UNITS = re.compile(r"days?|weeks?|fortnights?|months?|years?", re.IGNORECASE)
_SOMETHING = re.compile(r"\S")
_STAMP_LONGEST = 80
"""How far before "a month ago" its page's stamp is looked for ("6:05 PM EST / ": well under 80)."""


def _page_age(match: re.Match[str]) -> bool:
    """A page's "3 years ago" on a line of its own among others, or after the clock time of its stamp
    ("6:05 PM / a month ago"): how old the page was when it was read, not a date counted from its
    publication. A day or more only; "2 minutes ago" still falls on the day the page was published."""
    if match["nunit"] is None or not _DAY_UNITS.fullmatch(match["nunit"]):
        return False
    text, start, end = match.string, match.start(), match.end()
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    alone = not text[line_start:start].strip() and not text[end:line_end].strip()
    others = any(_SOMETHING.search(text, a, b) for a, b in ((0, line_start), (line_end, len(text))))
    stamp_from = max(line_start, start - _STAMP_LONGEST)  # not the whole line: a text of one line is long
    return (alone and others) or _STAMP_BEFORE.search(text, stamp_from, start) is not None


def _headline_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """A bare weekday of a headline ("NZ and Australian PMs meet on Friday", a line with no full stop) that
    the copy tells again as a day ahead ("will hold their annual talks on Friday morning") is that day."""
    return moved_ahead(
        found,
        "weekday:headline-ahead",
        lambda mention, later: later.start > mention.start and _in_headline(text, mention),
    )


def _in_headline(text: str, mention: DateMention) -> bool:
    """Whether ``mention`` is on a short line of its own words with no sentence end (a headline)."""
    return _headline_line(text, mention.start, mention.end)


def _headline_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is on a short line with no sentence end (a headline)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return len(line) <= 100 and not line.endswith((".", "!", "?", ":", ",", ";", '"', "”"))


def _without_dating_words(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` without the dates inside a weekday's or day word's mention that says which day it is ("on
    Thursday (Dec 26)", "yesterday Wednesday, July 18th", "on Friday, November 17"): they are no date of
    their own."""
    spans = sorted((m.start, m.end) for m in found if m.rule.endswith(":dated"))
    if not spans:
        return found
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))  # the furthest end of the spans so far

    def inside(at: int) -> bool:  # within a span that starts before it: one bisection, not every span
        before = bisect.bisect_left(starts, at)
        return before > 0 and reach[before - 1] > at

    return [m for m in found if not (m.relative and inside(m.start))]


_ORDINAL_AFTER = re.compile(
    r",?[^\S\n]+(?:the[^\S\n]+)?(?P<dom>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
    r"(?![^\S\n]+(?!(?:of|in|at|on|and|or|to|for|with|when|as|after|before|from|until)\b)[a-z])"
)
"""An ordinal day of the month right after a weekday ("yesterday Friday 15th"): the weekday of that day;
not an ordinal of a noun ("On Friday, the 5th round of talks")."""


def _same_weekday(value: PartialDate, weekday: str) -> bool:
    """Whether the day ``value`` falls on ``weekday`` (a weekday word, perhaps shortened): an ordinal after a
    weekday that names another day is no day of the month of that weekday ("on Tuesday, the 2nd meeting")."""
    return value.earliest.strftime("%a").lower() == weekday[:3].lower()


_ANY_SUCH_DAY_BEFORE = re.compile(r"\b(?P<a>[Aa]n?|[Aa]ny|[Ee]very|[Ee]ach)[^\S\n]+\Z")
_WHEN_AFTER = re.compile(r",?[^\S\n]+(?:where|when|that|which)\b")
"""A weekday that names no one day: "every Friday", "any Monday", "a Saturday where many are off" (a
Saturday then a clause saying what kind; "a Monday meeting" is one day's)."""


def _any_such_day(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``text[start:end]`` is any such day rather than one day."""
    before = _ANY_SUCH_DAY_BEFORE.search(text, max(0, start - 8), start)
    if before is None:
        return False
    return before["a"].lower() not in {"a", "an"} or _WHEN_AFTER.match(text, end) is not None


_IN_ON_BEFORE = re.compile(r"\b[IiOo]n[^\S\n]+\Z")
_PAGE_OFFER_BEFORE = re.compile(
    r"\b(?:subscribe|sign\s+up|register|(?:free\s+)?(?:stories|articles))[^\S\n]+\Z", re.IGNORECASE
)
"""The page's offers around the copy ("Subscribe today", "of stories this month > Get unlimited stories")."""
_OF_BEFORE = re.compile(r"\bof[^\S\n]+\Z", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b[Tt]he[^\S\n]+\Z")
_OF_AFTER = re.compile(r"[^\S\n]+of\b")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.]*(?<![a-z]\.)[^\S\n]+\Z")
"""A capitalised word right before a capitalised day word on its line ("USA Today"); not one that ends a
sentence ("... says Prime Minister John Key.\nYesterday, in their first meeting"): an initial's or
abbreviation's stop ("U.S. Today") still joins."""
_LOWER_CASE = re.compile(r"[a-z]")
_EARLY_LATE_BEFORE = re.compile(r"\b(?:on\s+)?(?:early|earlier|late|later)\s+\Z", re.IGNORECASE)
_PART_OF_DAY_AFTER = re.compile(r"[^\S\n]+(?:morning|afternoon|evening|night)\b", re.IGNORECASE)


def _with_part_of_day(match: re.Match[str], found: DateMention) -> DateMention:
    """A weekday or a day word with the part of the day told with it ("on Thursday evening", "early
    today", "late on Tuesday", "Monday morning"): the same day, in the words the text gives it."""
    if not (
        match["wd"]
        or (match["day"] and match["day"].lower().replace("-", "") in {"today", "yesterday", "tomorrow"})
    ):
        return found
    text, start, end = match.string, found.start, found.end
    if match["wd"] and end == match.end() and (after := _PART_OF_DAY_AFTER.match(text, end)) is not None:
        end = after.end()
    if start == match.start() and (before := _EARLY_LATE_BEFORE.search(text, max(0, start - 16), start)):
        start = before.start()
    if (start, end) == (found.start, found.end):
        return found
    return attrs.evolve(found, start=start, end=end, text=text[start:end])


_SHOUTED_REACH = 40


def _shouted(match: re.Match[str]) -> bool:
    """Whether the day word is in capitals among words in capitals (no lower-case letter within
    ``_SHOUTED_REACH`` characters either side on its line: the all-capitals copy of wire and newsreel
    archives, "ARRIVED IN LONDON BY AIR TODAY (FRIDAY)"), where a capitalised word before it says nothing of
    a name. Not in a headline ("CRUCIAL EAST-WEST TALKS TODAY"), whose day word the copy below tells again."""
    if not match.group().isupper():
        return False
    text, start, end = match.string, match.start(), match.end()
    if _headline_line(text, start, end):
        return False
    a = max(text.rfind("\n", 0, start) + 1, start - _SHOUTED_REACH)
    b = text.find("\n", end, end + _SHOUTED_REACH)
    return _LOWER_CASE.search(text, a, min(len(text), end + _SHOUTED_REACH) if b < 0 else b) is None


def _relative(match: re.Match[str], anchor: PartialDate | None, sentences: Sentences) -> DateMention | None:
    start, end = match.span()
    if (
        match["day"]
        and match["day"][0].isupper()
        and _CAPITALISED_BEFORE.search(match.string[max(0, start - 30) : start])
        and not _shouted(match)
    ):
        return None  # "USA Today", "The Price We Pay Today": part of a name, not a date
    if (
        match["day"]
        and match["day"].lower().replace("-", "") == "today"
        and _OF_BEFORE.search(match.string, max(0, start - 4), start)
        and not match.string.startswith(("'s", "’s"), end)
    ):
        return (
            None  # "the major international issues of today": the present, not a day ("of today's summit" is)
        )
    if match["unit"] and match["unit"][0].isupper() and match["dir"][0].isupper():
        return None  # ABC's "This Week", "Next Year in Jerusalem": a title, not a date
    if (
        match["unit"]
        and _THE_BEFORE.search(match.string, max(0, start - 5), start)
        and _OF_AFTER.match(match.string, end)
    ):
        return None  # "in the last year of Soeharto's rule", "the first week of": a stretch of it, not a date
    if match["wd"] and not match["wdir"] and _any_such_day(match.string, start, end):
        return None  # "every Friday", "for a Saturday where many are off": any such day, not one day
    if _PAGE_OFFER_BEFORE.search(match.string, max(0, start - 24), start):
        return (
            None  # "Subscribe today", "You've read 3 of 5 free stories this month": the page's, not the news
        )
    dated = DATED_AFTER.match(match.string, end) if match["wd"] or match["day"] else None
    if dated is not None:
        if match["wd"] and dated["year"] and "(" not in dated.group():
            # "Thursday, May 11, 1995": part of an absolute date; "on Wednesday (February 22, 2023)" is dated
            return None
        value = _dated(dated, anchor)
        if value is not None:
            kind = "weekday" if match["wd"] else "day"
            end = dated.end() + (match.string.startswith(")", dated.end()) and "(" in dated.group())
            return mention(match, start, end, value, f"{kind}:dated", anchor, relative=True)
    numbered = DAY_OF_MONTH_AFTER.match(match.string, end) if match["wd"] or match["day"] else None
    ordinal = numbered is None and match["wd"]
    if ordinal:
        numbered = _ORDINAL_AFTER.match(match.string, end)  # "Friday 15th", "Friday, the 15th"
    if numbered is not None and anchor is not None:
        kind = "weekday" if match["wd"] else "day"
        value = day_of_month_nearest(day_number(numbered["dom"]), anchor)
        if value is not None and not (ordinal and not _same_weekday(value, match["wd"])):
            if not numbered.group().lstrip().startswith("("):
                end = numbered.end()  # "Friday 15th": one span
            return mention(match, start, end, value, f"{kind}:day-of-month", anchor, relative=True)
    if match["in_n"] and (
        not future_near(match.string, start, end, sentences, before=80)
        or _FIRST_IN.search(match.string, max(0, start - 50), start)
    ):
        return None  # "his first visit in seven years": how long since, not a date ahead
    if match["fewago"] or match["nextdays"] or match["infew"]:  # "a few years ago", "in a few weeks": no day
        return mention(match, start, end, None, "unresolved:vague", anchor, relative=True)
    if match["punit"] and match["punit"].lower() == "years" and not _VAGUE.fullmatch(match["pn"].lower()):
        return None  # "in the last four years", "in the past six years": how long, not a date of the news
    if match["pn"] and _VAGUE.fullmatch(match["pn"].lower()):  # "in the past few years": no span to give
        return mention(match, start, end, None, "unresolved:vague", anchor, relative=True)
    if match["ago"] and _page_age(match):  # "July 11, 2017 / 6:05 PM / a month ago": when it was read
        return mention(match, start, end, None, "unresolved:page-age", anchor, relative=True)
    rule, need, compute = relative_rule(match, sentences)
    if anchor is None:
        return mention(match, start, end, None, "unresolved:no-anchor", None, relative=True)
    if _ORDER.index(anchor.precision) < _ORDER.index(_NEEDS[need]):
        if anchor.precision is Precision.MONTH and rule.startswith(WITHIN_THE_MONTH):
            # "on Monday", "last week" in a piece dated only to its month: that month
            return mention(match, start, end, anchor, f"{rule}:anchor-month", anchor, relative=True)
        if rule == A_YEAR_AGO:  # "a year ago" in a piece dated only to its year: the year before
            value = PartialDate(year=anchor.earliest.year - 1)
            return mention(match, start, end, value, f"{rule}:anchor-year", anchor, relative=True)
        return mention(match, start, end, None, "unresolved:anchor-too-coarse", anchor, relative=True)
    try:
        resolved = compute(anchor.earliest)
    except (ValueError, OverflowError):  # "next year" of 9999, "last week" of 0001-01-01
        return mention(match, start, end, None, "unresolved:out-of-range", anchor, relative=True)
    return mention(match, start, end, resolved, rule, anchor, relative=True)
