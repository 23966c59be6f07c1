"""Dates told against another date of the text: "the following day", "the same year", "a day earlier".

News copy dates an event against the one it has just dated ("They met on Monday ... talks resumed the
following day", "came to power in March 2018 ... first met the same year"). Such an expression resolves
against the latest date before it that is precise enough for its unit (a day for "the next day" or "a
week earlier", a month for "the following month", a year for "the same year"), or the anchor when the
text has none. "<the news> came a week after <another event>" dates the other event: a week before the
date of its own sentence, or before the anchor. The mention's ``anchor`` is the date it was resolved
against.

Examples:
    >>> from summitlib import PartialDate
    >>> from summitlib.extraction.dates import find_dates
    >>> text = "They met on Monday. Talks resumed the following day."
    >>> [(d.text, str(d.value)) for d in find_dates(text, PartialDate.parse("2017-07-12"))]
    [('on Monday', '2017-07-10'), ('the following day', '2017-07-11')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator

import attrs

from summitlib.dates import DateSpan, PartialDate, Precision, When
from summitlib.extraction._date_patterns import WEEKDAY_NAME
from summitlib.extraction._date_rules import moved_by
from summitlib.extraction._pattern_forms import folded, lowered
from summitlib.extraction._text import NUMBER_PATTERN, Sentences, number_value, quotation_spans, windowed
from summitlib.extraction._types import DateMention

__all__ = ["coordinated_weekdays", "find_referenced_dates", "joined_days", "spoken_the_day_before"]

_UNIT = r"(?:day|week|month|year|morning|afternoon|evening|night)"
_PART_OF_DAY = r"(?:day|morning|afternoon|evening|night)"
_UNITS = r"(?:days?|weeks?|months?|years?)"
_HEDGE = r"(?:nearly|almost|just|only|about|some|barely|exactly|roughly)"
_REFERENCED = re.compile(
    rf"\b(?:(?:the|that)\s+(?:very\s+)?(?P<dir>same|following|previous|preceding)\s+(?P<unit>{_UNIT})\b"
    rf"|(?:the|that)\s+(?P<next>next)\s+(?P<nextunit>{_PART_OF_DAY})\b"
    rf"|(?:later|earlier)\s+that\s+(?P<thatunit>{_UNIT})\b|(?:later|earlier)\s+in\s+the\s+(?P<inday>day|morning|afternoon|evening)\b"
    r"|(?:later|earlier)\s+in\s+the\s+(?P<inunit>week|month|year)\b"
    r"|in\s+the\s+(?P<partday>morning|afternoon|evening)\s*,"
    rf"|(?P<n>{NUMBER_PATTERN})\s+(?P<nunit>{_UNITS})\s+(?P<side>earlier|later)\b"
    rf"|(?:came|comes|come)\s+(?P<since>(?:{_HEDGE}\s+)?(?P<an>{NUMBER_PATTERN})\s+(?P<aunit>{_UNITS})"
    r"\s+(?P<aside>after|before))\b)",
    re.IGNORECASE,
)
"""The expressions; "In the afternoon," opening a sentence, and "earlier in the day", are the day just
told of (mid-sentence, "told reporters in the morning" is often undated by the text); "the next week"
(ahead of the anchor as often as of another date) is not one, and "N days before/after" only after
"came"/"comes" (elsewhere it counts from an event the text does not date: "two days after the vote")."""
_REFERENCED_FOLDED = folded(_REFERENCED)
"""``_REFERENCED`` for the lower-cased text (its groups are read in lower case anyway)."""
_SENTENCE_START = re.compile(r"(?:\A|[.!?\n][\"'”’]?\s*)[\"'“‘]?\Z")
"""Nothing but a sentence's start just before a match (what "In the morning," must open), or the quotation
mark opening a quoted sentence ("‘In the afternoon, the President will hold ...’")."""
_WILL_AFTER = re.compile(
    r"[^.!?\n]*?\b(?:will|(?:is|are)\s+(?:to|scheduled\s+to|expected\s+to|due\s+to|set\s+to))\b",
    re.IGNORECASE,
)
"""A future verb in the clause after "In the afternoon,": the part of a day still ahead."""
_STEP = {"same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}
_ORDER = [Precision.YEAR, Precision.MONTH, Precision.DAY]


def find_referenced_dates(
    text: str,
    anchor: PartialDate | None,
    found: list[DateMention],
    sentences: Sentences,
    anchors: list[tuple[int, int]],
) -> list[DateMention]:
    """The expressions of ``text`` dated against another date: the latest one of ``found`` (the other
    dates of the text, in text order) before it, or ``anchor``. Expressions overlapping one of ``found``
    are skipped. ``anchors`` are the text's ``relative_anchors``, where the expressions are looked for."""
    dated = sorted(found, key=lambda m: m.start)
    new: list[DateMention] = []
    low = lowered(text)
    if low is None:
        matches = windowed(_REFERENCED, anchors, text, 40, 12)
    else:
        matches = windowed(_REFERENCED_FOLDED, anchors, low, 40, 12)
    for match in matches:
        start = match.start("since") if match["since"] else match.start()
        if _overlaps(dated, start, match.end()):
            continue
        if match["partday"] and not _SENTENCE_START.search(text, max(0, start - 4), start):
            continue
        unit, step, label = _reading(match)
        need = Precision.DAY if unit in {"day", "week"} else Precision(unit)
        if match["since"]:  # "came a week after": a date of its sentence, or the story's own (its lede's)
            latest = _latest(dated, need, sentences.around(start)[0], start) or _lede(
                dated, need, start, anchor
            )
        elif match["inday"]:  # "earlier in the day": a day of this sentence or the last, or the story's own
            latest = _latest(
                dated, need, _previous_sentence_start(sentences, start), start, _ahead_of(match, anchor)
            ) or _lede(dated, need, start, anchor)
        elif (
            match["partday"] and anchor is not None and _WILL_AFTER.match(text, match.end(), match.end() + 60)
        ):
            # "said on Wednesday. 'In the afternoon, the President will hold a meeting'": the afternoon of the
            # day ahead the text told ("on Thursday"), not of the day it was said
            latest = _latest(dated, need, 0, start, not_before=anchor) or _latest(dated, need, 0, start)
        elif match["side"] and match["side"].lower() == "earlier" and not _told_ahead(text, sentences, start):
            # "told reporters in Cairo ... scheduled to open Oct. 30. A day earlier, in Jordan, he said": a
            # past told "earlier" counts from a day the story has reached, not from one still ahead of it
            latest = _latest(dated, need, 0, start, anchor)
        else:
            latest = _latest(dated, need, 0, start)
        if match["n"] and _coarser_between(dated, need, latest, start):
            # "made his proposal in late September ... Gorbachev upped the ante nine days later": counted from
            # a date the text gives only to its month, not from a day told before it
            unresolved = DateMention(
                start=start,
                end=match.end(),
                text=text[start : match.end()],
                value=None,
                relative=True,
                anchor=anchor,
                rule="unresolved:reference-too-coarse",
            )
            new.append(unresolved)
            bisect.insort(dated, unresolved, key=lambda m: m.start)
            continue
        reference = _usable(latest.value, need) if latest is not None else _usable(anchor, need)
        rule = f"reference:{label}"
        if label == "in-the-morning" and latest is not None and latest.text.lower().endswith("night"):
            step, rule = (
                1,
                "reference:next-morning",
            )  # "arrived on Thursday night ... In the morning,": Friday's
        words = text[start : match.end()]
        value: When | None = None
        if latest is not None and step < 0 and latest.rule == rule and latest.text.lower() == words.lower():
            # "the previous year ... the previous year": the same year again (a story goes on forward, "the
            # following day ... the following day", but does not walk back year by year)
            value, reference = latest.value, latest.anchor
        elif reference is None and step == 0 and anchor is not None and anchor.precision is Precision.MONTH:
            value, rule = anchor, f"{rule}:anchor-month"  # "on the same day" in a piece dated to its month
        elif reference is None:
            rule = "unresolved:no-anchor" if anchor is None else "unresolved:anchor-too-coarse"
        else:
            try:
                value = moved_by(reference.earliest, unit, step)
            except (ValueError, OverflowError):
                value, rule = None, "unresolved:out-of-range"
        mention = DateMention(
            start=start,
            end=match.end(),
            text=words,
            value=value,
            relative=True,
            anchor=reference or anchor,
            rule=rule,
        )
        new.append(mention)
        bisect.insort(dated, mention, key=lambda m: m.start)
    return new


_AHEAD = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:to|due|scheduled|set|expected)|to\s+be)\b|['’]ll\b", re.I
)
"""A sentence told ahead of its day ("A day earlier, the ministers will meet")."""


def _told_ahead(text: str, sentences: Sentences, start: int) -> bool:
    """Whether the sentence at ``start`` tells of what is still to come (read 200 characters either
    side)."""
    low, high = sentences.around(start)
    return _AHEAD.search(text, max(low, start - 200), min(high, start + 200)) is not None


def _reading(match: re.Match[str]) -> tuple[str, int, str]:
    """The unit ("day", "week", "month", "year"), the step in units from the reference, and a label."""
    if match["dir"] or match["next"]:
        direction = (match["dir"] or match["next"]).lower()
        word = (match["unit"] or match["nextunit"]).lower()
        unit = word if word in {"week", "month", "year"} else "day"
        return unit, _STEP[direction], f"{direction}-{word}"
    if match["partday"] or match["inday"]:  # "In the afternoon,", "earlier in the day"
        return "day", 0, f"in-the-{(match['partday'] or match['inday']).lower()}"
    if match["thatunit"]:
        word = match["thatunit"].lower()
        return (word if word in {"week", "month", "year"} else "day"), 0, f"that-{word}"
    if match["inunit"]:  # "later in the year": the year of the date told before it, as "later that year"
        word = match["inunit"].lower()
        return word, 0, f"in-the-{word}"
    if match["n"]:
        amount, word, side = number_value(match["n"]), match["nunit"], match["side"].lower()
        sign = 1 if side == "later" else -1
    else:
        amount, word, side = number_value(match["an"]), match["aunit"], match["aside"].lower()
        sign = 1 if side == "before" else -1  # "came a day after X": X is a day before
    unit = word.lower().rstrip("s")
    if unit == "week":  # "a week earlier": a day, seven days back
        unit, amount = "day", amount * 7
    return unit, sign * int(amount), f"{unit}s-{side}"


_LONGEST = 400
"""More characters than any one date mention takes ("from Thursday, November 19, to Saturday,
November 21")."""


def _before(dated: list[DateMention], high: int) -> Iterator[DateMention]:
    """The mentions of ``dated`` (in text order) that start before ``high``, the last first."""
    for i in range(bisect.bisect_left(dated, high, key=lambda m: m.start) - 1, -1, -1):
        yield dated[i]


def _overlaps(dated: list[DateMention], start: int, end: int) -> bool:
    """Whether a mention of ``dated`` (in text order) overlaps ``start``-``end``: only those starting
    within the longest mention's reach before it are looked at, so a text of many dates is read once."""
    for mention in _before(dated, end):
        if mention.start < start - _LONGEST:
            return False
        if start < mention.end:
            return True
    return False


def _latest(
    dated: list[DateMention],
    need: Precision,
    low: int,
    high: int,
    not_after: PartialDate | None = None,
    *,
    not_before: PartialDate | None = None,
) -> DateMention | None:
    """The last mention of ``dated`` between ``low`` and ``high`` dated to a day, month or year at ``need``
    or finer (and not after ``not_after``, nor on or before ``not_before``, when given)."""
    for mention in _before(dated, high):
        if mention.end > high:
            continue
        if mention.start < low:
            return None
        value = _usable(mention.value, need)
        if (
            value is not None
            and (not_after is None or value.earliest <= not_after.latest)
            and (not_before is None or value.earliest > not_before.latest)
        ):
            return mention
    return None


def _coarser_between(
    dated: list[DateMention], need: Precision, latest: DateMention | None, high: int
) -> bool:
    """Whether a relative date told to its week or month lies between ``latest`` (the last day told) and
    ``high``, for an expression that needs a day: it counts from that one, whose day the text does not give
    ("in late September ... nine days later", "dropped in to New Delhi last week ... a day later"). A year
    between ("assumed office last year", "since 2019") is background, not the event counted from."""
    if need is not Precision.DAY:
        return False
    for mention in _before(dated, high):
        if mention.end > high:
            continue
        if mention is latest or (latest is not None and mention.start <= latest.start):
            return False
        value = mention.value
        if mention.relative and (
            isinstance(value, DateSpan)
            or (isinstance(value, PartialDate) and value.precision is Precision.MONTH)
        ):
            return True
    return False


def _previous_sentence_start(sentences: Sentences, at: int) -> int:
    """Where the sentence before the one at ``at`` starts (that one's start when it is the first); a piece
    that ends with no stop is a sentence cut at a line break ("The banquet, at which both" over "sides made
    appeals"), and the one before it is read too."""
    if not sentences.spans:
        return 0
    index = sentences.index(at)
    for _ in range(2):
        if index == 0 or not sentences.text[slice(*sentences.spans[index - 1])].rstrip().endswith(_STOPS):
            index = max(0, index - 1)
        else:
            break
    return sentences.spans[max(0, index - 1)][0]


_STOPS = (".", "!", "?", '"', "”", "'", "’", ":")


def _ahead_of(match: re.Match[str], anchor: PartialDate | None) -> PartialDate | None:
    """For "earlier in the day", the anchor: a day it is earlier in has come (not "scheduled to return home
    on Tuesday. In a speech earlier in the day", written on Monday: Monday's); None for "later"."""
    return anchor if match.group().lower().startswith("earlier") else None


def _lede(
    dated: list[DateMention], need: Precision, high: int, anchor: PartialDate | None
) -> DateMention | None:
    """The first relative mention of ``dated`` before ``high`` dated at ``need`` or finer and not after
    ``anchor``: the day of the story's own event ("met for the first time Wednesday ... The meeting came four
    days after a conference")."""
    for mention in dated:
        if mention.end > high:
            return None
        value = _usable(mention.value, need)
        if mention.relative and value is not None and (anchor is None or value.earliest <= anchor.latest):
            return mention
    return None


def _usable(value: When | None, need: Precision) -> PartialDate | None:
    if isinstance(value, PartialDate) and _ORDER.index(value.precision) >= _ORDER.index(need):
        return value
    return None


_SPOKEN_DAY_RULES = ("day:today", "day:tonight", "day:last-", "day:this-")
"""The day words a speaker says of the day of speaking ("today", "tonight", "last night", "this morning")."""


def spoken_the_day_before(
    text: str, anchor: PartialDate | None, found: list[DateMention]
) -> list[DateMention]:
    """``found``, with the day words said inside a quotation moved to the day of the speaking when the
    story is of the day before its anchor: the latest day the text names before the quotation is that
    day, and no day outside quotations is the anchor's ("came away Saturday with ... 'Today we can say
    ...'" in Sunday's paper is Saturday's today)."""
    if anchor is None or anchor.day is None:
        return found
    spans = quotation_spans(text)
    if not spans:
        return found
    eve = anchor.earliest - dt.timedelta(days=1)

    def inside(mention: DateMention) -> int | None:
        return next((a for a, b in spans if a <= mention.start and mention.end <= b), None)

    if any(m.relative and m.value == anchor and inside(m) is None for m in found):
        return found  # the story tells of its anchor's day ("a telephone conversation today")
    moved = []
    for mention in found:
        quoted = inside(mention)
        if quoted is None or not mention.rule.startswith(_SPOKEN_DAY_RULES) or mention.value is None:
            moved.append(mention)
            continue
        before = [m for m in found if m.end <= quoted and _usable(m.value, Precision.DAY) is not None]
        latest = _usable(before[-1].value, Precision.DAY) if before else None
        if latest is None or latest.earliest != eve or not isinstance(mention.value, PartialDate):
            moved.append(mention)
            continue
        day = mention.value.earliest - dt.timedelta(days=1)
        moved.append(
            attrs.evolve(
                mention, value=PartialDate.from_date(day), anchor=latest, rule=mention.rule + ":spoken"
            )
        )
    return moved


_JOINED = re.compile(r"[^\S\n]*,?[^\S\n]*(?:and|or|to|through|till|until|-|–)[^\S\n]*", re.IGNORECASE)
"""What joins two days' names into one span or choice ("Friday and Saturday", "Tuesday to Thursday")."""


def coordinated_weekdays(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` (in text order) with a weekday joined to the one before it ("next Tuesday and Wednesday",
    "on Friday or Saturday") put on the first such day after that one (`weekday:following`)."""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if not (first.rule.startswith("weekday:") and second.rule.startswith("weekday:")):
            continue
        if second.rule in {"weekday:dated", "weekday:day-of-month"}:
            continue  # "Friday and Saturday (May 6)": its own date
        if not (isinstance(first.value, PartialDate) and isinstance(second.value, PartialDate)):
            continue
        if first.value.precision is not Precision.DAY or second.value.precision is not Precision.DAY:
            continue
        if second.start - first.end > 12 or not _JOINED.fullmatch(text, first.end, second.start):
            continue
        day, after = first.value.earliest, second.value.earliest
        value = PartialDate.from_date(day + dt.timedelta((after.weekday() - day.weekday()) % 7 or 7))
        if value != second.value:
            out[i] = attrs.evolve(second, value=value, rule="weekday:following", anchor=first.value)
    return out


_DAYS_JOINED = re.compile(r"[^\S\n]*(?:and|to|through|till|until|-|–)[^\S\n]*", re.IGNORECASE)


def joined_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` (in text order) with two days of one month joined, its name told twice, made one span ("on
    January 6 and January 7", "from May 3 to May 5"), as "January 6 and 7" is; and a day joined to a later
    one that has its year ("from October 11 to October 14, 1957") made one absolute span of that year."""

    def join(last: DateMention, mention: DateMention) -> DateMention | None:
        if not (
            last.rule.startswith("month-day:")
            and isinstance(last.value, PartialDate)
            and isinstance(mention.value, PartialDate)
            and last.value.precision is Precision.DAY
            and mention.value.precision is Precision.DAY
            and mention.start - last.end <= 12
            and _DAYS_JOINED.fullmatch(text, last.end, mention.start)
        ):
            return None
        if (
            mention.rule.startswith("month-day:")
            and (last.value.year, last.value.month) == (mention.value.year, mention.value.month)
            and last.value.earliest < mention.value.earliest
        ):
            return attrs.evolve(
                last,
                end=mention.end,
                text=text[last.start : mention.end],
                value=DateSpan(start=last.value, end=mention.value),
            )
        if (
            mention.rule == "absolute"
            and (first := _on_year(last.value, mention.value.year)) is not None
            and first.earliest < mention.value.earliest
        ):  # "from October 11 to October 14, 1957": the year of the range's end is its start's too
            return attrs.evolve(
                last,
                end=mention.end,
                text=text[last.start : mention.end],
                value=DateSpan(start=first, end=mention.value),
                relative=False,
                anchor=None,
                rule="absolute",
            )
        return None

    return _merged_neighbours(found, "month-day:", join)


def _merged_neighbours(
    found: list[DateMention], opens: str, join: Callable[[DateMention, DateMention], DateMention | None]
) -> list[DateMention]:
    """``found`` (in text order) with each mention merged into the one kept before it when ``join`` of the
    two gives the merged mention (None: kept apart). ``join`` merges only into a mention whose rule starts
    with ``opens``; ``join`` is not called for the others (most mentions)."""
    out: list[DateMention] = []
    for mention in found:
        merged = join(out[-1], mention) if out and out[-1].rule.startswith(opens) else None
        if merged is None:
            out.append(mention)
        else:
            out[-1] = merged
    return out


def _on_year(day: PartialDate, year: int) -> PartialDate | None:
    """``day``'s month and day in ``year`` (None for a 29 February that year lacks)."""
    try:
        return PartialDate.from_date(day.earliest.replace(year=year))
    except ValueError:
        return None


_BARE_WEEKDAY_RULES = ("weekday:most-recent", "weekday:coming", "weekday:this-week")


def restated_weekdays(found: list[DateMention]) -> list[DateMention]:
    """``found`` (in text order) with a bare weekday ("On Sunday") that names again the one weekday of that
    name the text dated before it ("on Sunday, August 13", "yesterday Friday 15th", "yesterday (Monday)")
    put on that date (`weekday:restated`): a piece
    dated only to its month, or written days later, still means the day it has given. "last Sunday",
    "next Sunday" and a weekday dated twice differently are left as they are."""
    dated: dict[str, DateMention | None] = {}
    out: list[DateMention] = []
    for mention in found:
        name = WEEKDAY_NAME.search(mention.text)
        if name is None or not mention.rule.startswith(("weekday:", "day:")):
            out.append(mention)
            continue
        key = name.group().lower()
        if mention.rule in {"weekday:dated", "weekday:day-of-month"} or mention.rule.startswith("day:"):
            # "on Sunday, August 13", "Friday 15th", a day word with its weekday ("yesterday Friday 15th")
            if isinstance(mention.value, PartialDate) and mention.value.precision is Precision.DAY:
                known = dated.get(key, mention)
                dated[key] = mention if known is not None and known.value == mention.value else None
        elif (
            mention.rule.startswith(_BARE_WEEKDAY_RULES)
            and (first := dated.get(key)) is not None
            and isinstance(first.value, PartialDate)
            and first.value != mention.value
        ):
            mention = attrs.evolve(mention, value=first.value, rule="weekday:restated", anchor=first.value)
        out.append(mention)
    return out


_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_IN_BRACKETS = re.compile(r"[^\S\n]*\(\Z")


def day_words_with_weekday(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` (in text order) with a day word and the weekday in brackets after it that names the same
    day ("yesterday (Monday)", "today (Tuesday)") made one span, of the day word's value."""

    def join(last: DateMention, mention: DateMention) -> DateMention | None:
        if (  # "yesterday Friday 15th": a day word and the weekday dated to the same day, side by side
            last.rule.startswith("day:")
            and mention.rule == "weekday:day-of-month"
            and mention.value == last.value
            and 0 < mention.start - last.end <= 2
            and not text[last.end : mention.start].strip(" ,")
        ):
            return attrs.evolve(last, end=mention.end, text=text[last.start : mention.end])
        if (
            last.rule.startswith("day:")
            and mention.rule.startswith("weekday:")
            and isinstance(last.value, PartialDate)
            and last.value.precision is Precision.DAY
            and 0 < mention.start - last.end <= 3
            and _WEEKDAY_IN_BRACKETS.search(text, last.end, mention.start)
            and text.startswith(")", mention.end)
            and WEEKDAY_NAME.fullmatch(mention.text)
            and mention.text.lower() == _DAY_NAMES[last.value.earliest.weekday()]
        ):
            return attrs.evolve(last, end=mention.end + 1, text=text[last.start : mention.end + 1])
        return None

    return _merged_neighbours(found, "day:", join)
