"""How each relative expression resolves: a rule name, the anchor precision it needs, and the shift.

:func:`relative_rule` reads a match of ``RELATIVE`` ("last Friday", "four months ago", "this past weekend")
and returns what it is called in a mention's ``rule``, the precision of anchor it needs ("day", "month",
"year"), and the function from the anchor's day to the date meant.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.relativedelta import MO, SA, relativedelta, weekday

from summitlib.dates import DateSpan, PartialDate, When
from summitlib.extraction._date_patterns import (
    PARSER_INFO,
    PAST_FORM,
    day_number,
    future_clause,
    future_near,
    purpose_after_past,
    said_after_quote,
)
from summitlib.extraction._text import Sentences, number_value

__all__ = ["A_YEAR_AGO", "WITHIN_THE_MONTH", "Compute", "moved_by", "named_month", "relative_rule", "week_of"]

Compute = Callable[[dt.date], When]
"""From the anchor's day to the date an expression means."""
WITHIN_THE_MONTH = ("weekday:", "day:", "week:", "weekend:")
"""Rules of a day within a week or so of the anchor: with an anchor known only to its month, that month."""
_PAST_VERB_BEFORE = re.compile(
    r"\b(?<!\bbe )(?:\w+ed|said|told|met|held|spoke|made|took|gave|came|went|began|sent|wrote|left|was|were)"
    r"\s+(?:on\s+|late\s+|early\s+)?\Z",
    re.IGNORECASE,
)
_SCHEDULE_VERB_BEFORE = re.compile(
    r"\b(?:leaves|arrives|departs|begins|starts|opens|returns|resumes|ends|flies|heads|(?P<by>by))\s+(?:on\s+)?\Z",
    re.I,
)
"""A timetable in the present tense ("the Soviet president leaves Sunday"): the coming day; a deadline ("a
reply by Monday") too, unless its sentence tells what had happened by then."""
_PAST_AFTER_REACH = 80


def _told_in_past_after(match: re.Match[str], by: int, sentences: Sentences) -> bool:
    """Whether "By" at ``by`` opens the sentence of a weekday and the words after the weekday tell the past
    with no future cue ("By Tuesday most of Israel's major newspapers said they had it nailed down"): a
    narrative's day, not a deadline ("a decision is expected by Friday, officials said" is one)."""
    text, end = match.string, match.end()
    a, b = sentences.around(match.start())
    if text[a:by].strip(" \t\n\"“'‘"):
        return False
    stop = min(b, end + _PAST_AFTER_REACH)
    return PAST_FORM.search(text, end, stop) is not None and not future_near(
        text, end, stop, sentences, before=0
    )


_THIS_WEEK = re.compile(r"\b[Tt]his\s+week\b")
"""A weekday told in a sentence about this week is that week's ("Trump is touring Asia this week,
including a meeting on Thursday")."""

_POSSESSIVE_AHEAD = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){1,3}?(?:will\s+(?:be|take\s+place|start|begin|open)|(?:is|are)\s+(?:expected|scheduled|due|set|to)\b)",
    re.IGNORECASE,
)
"""A day's event told as ahead ("Friday's meeting will be chaired by", "Monday's talks are expected"), not
as what it will bring ("Friday's meeting will help"): the coming day."""

_PREPARING_BEFORE = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|preparations?\s+for|to\s+prepare\s+for)\s+\Z", re.IGNORECASE
)
"""What is done before a day's event ("Ahead of Saturday's meeting, Ishiba met"): the event is the coming
day's."""

_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 14)}


def _season(name: str, step: int, future: bool, this: bool = False) -> Compute:
    first, last = _SEASON_MONTHS[name]

    def compute(d: dt.date) -> When:
        year = d.year + step
        if step == 0 and not this and future is False and (first > d.month and name != "winter"):
            year -= 1  # "in the fall", said in spring, of a past fall ("this fall" is this year's)
        if step == 0 and name == "winter" and (d.month <= 2 or (not this and future is False)):
            year -= 1  # the winter under way in February, or past in a past-tense sentence of the spring
        end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
        return DateSpan(
            start=PartialDate(year=year, month=first), end=PartialDate(year=end_year, month=end_month)
        )

    return compute


def named_month(month: int, direction: str) -> Compute:
    def compute(d: dt.date) -> When:
        if direction in {"last", "past"}:
            year = d.year if month < d.month else d.year - 1
        elif direction in {"next", "coming"}:
            year = d.year if month > d.month else d.year + 1
        else:
            year = d.year
        return PartialDate(year=year, month=month)

    return compute


def relative_rule(match: re.Match[str], sentences: Sentences) -> tuple[str, str, Compute]:
    if match["recent"]:  # "in recent weeks": the weeks just before the anchor, told to its month ("in recent
        # days" is left out: as vague as "in the past few days")
        return f"recent:{match['recent'].lower()}", "month", lambda d: PartialDate(year=d.year, month=d.month)
    if match["moments"]:  # "a short while ago", "moments ago": earlier the same day
        return "ago:moments", "day", PartialDate.from_date
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
        future = future_near(match.string, match.start(), match.end(), sentences)
        return (
            f"season:{direction}",
            "month",
            _season(match["season"].lower(), step, future, this=direction == "this"),
        )
    if match["theweekend"]:  # "reported over the weekend": the last one, or the coming one ahead
        future = future_near(match.string, match.start(), match.end(), sentences)
        return (
            ("weekend:coming" if future else "weekend:most-recent"),
            "day",
            _weekend(0 if future else None),
        )
    if match["wedir"]:
        direction = match["wedir"].lower()
        step = {"last": -1, "next": 1}.get(direction, 0)
        return f"weekend:{direction}", "day", _weekend(step)
    if match["punit"]:
        unit = match["punit"].lower()
        return f"past:{unit}", "day", _past(int(number_value(match["pn"].lower())), unit)
    if match["ord"]:
        day = day_number(match["ord"])
        return (
            "day-of-month:anchor-month",
            "month",
            lambda d: PartialDate(year=d.year, month=d.month, day=day),
        )
    if match["newyear"]:  # "further talks in the new year": the coming year, from the second half on
        return "year:new-year", "month", lambda d: PartialDate(year=d.year + (1 if d.month >= 7 else 0))
    if match["hol"]:
        month, day = (12, 24) if match["hol"].endswith("Eve") and match["hol"].startswith("C") else (12, 25)
        if match["hol"].startswith("New"):
            month, day = (12, 31) if match["hol"].endswith("Eve") else (1, 1)
        if match["hol"].startswith("May"):
            month, day = 5, 1
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
        word = match["day"].lower().replace("-", "")  # the old "to-day", "to-morrow"
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        if match["dayab"]:  # "the day after tomorrow", "the day before yesterday"
            shift += 1 if match["dayab"].lower() == "after" else -1
            word = f"day-{match['dayab'].lower()}-{word}"
        return f"day:{word}", "day", lambda d: PartialDate.from_date(d + relativedelta(days=shift))
    if match["unit"] or match["unit2"]:
        direction = (match["dir"] or match["this"]).lower()
        unit = (match["unit"] or match["unit2"]).lower()
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(direction, 0)
        return f"{unit}:{direction}", "day" if unit == "week" else unit, _period(unit, step)
    if match["wd"]:
        day = int(PARSER_INFO.weekday(match["wd"]) or 0)
        direction = (match["wdir"] or "").lower()
        if direction in {"last", "past"}:
            return "weekday:last", "day", _weekday(weekday(day)(-1), -1)
        if direction == "next":
            return "weekday:next", "day", _next_week_day(weekday(day))
        possessive = match.string[match.end() : match.end() + 2] in {"'s", "’s"}
        a, b = sentences.around(match.start())
        if direction in {"", "on"} and _THIS_WEEK.search(
            match.string, a, b
        ):  # "touring Asia this week, ... on Thursday"
            return (
                "weekday:this-week",
                "day",
                lambda d: PartialDate.from_date(d + dt.timedelta(day - d.weekday())),
            )
        past = _PAST_VERB_BEFORE.search(match.string, max(0, match.start() - 25), match.start()) is not None
        if (
            direction == "this"
            or (
                possessive
                and (
                    _POSSESSIVE_AHEAD.match(match.string, match.end())
                    or _PREPARING_BEFORE.search(match.string, max(0, match.start() - 25), match.start())
                    or future_clause(match.string, match.start(), sentences, before=120)
                )  # "Friday's meeting will be chaired by", "will hover over Friday's meeting"
            )
        ) or (
            not possessive
            and not past
            and not said_after_quote(match.string, match.start(), match.end(), sentences)
            and (
                (
                    future_near(match.string, match.start(), match.end(), sentences, before=90)
                    and not purpose_after_past(match.string, match.start(), match.end(), sentences)
                )
                or future_clause(match.string, match.start(), sentences, before=200)
                or (
                    (
                        schedule := _SCHEDULE_VERB_BEFORE.search(
                            match.string, max(0, match.start() - 25), match.start()
                        )
                    )
                    and not (schedule["by"] and _told_in_past_after(match, schedule.start(), sentences))
                )
            )
        ):
            return "weekday:coming", "day", _weekday(weekday(day)(+1), 0)
        return "weekday:most-recent", "day", _weekday(weekday(day)(-1), 0)
    amount = int(number_value(match["n"]))
    unit = match["nunit"].lower().rstrip("s")
    if unit == "fortnight":  # "a fortnight ago": two weeks
        amount, unit = amount * 2, "week"
    sign = -1 if match["ago"].lower() == "ago" else 1
    label = "ago" if sign < 0 else "ahead"
    rule = f"{label}:{unit}s"
    per_unit = _CLOCK_MINUTES.get(unit)
    if per_unit is not None:  # "2 minutes ago", "48 hours ago": whole days back from the anchor's day
        days = sign * (amount * per_unit // 1440)
        return rule, "day", lambda d: PartialDate.from_date(d + dt.timedelta(days=days))
    if unit == "year" and amount == 1 and sign < 0:
        return _a_year_ago(match)
    need = {"day": "day", "week": "day", "month": "month", "year": "year", "decade": "year"}[unit]

    def shifted(d: dt.date) -> When:
        if unit == "decade":  # "five decades ago": the year, as "fifty years ago"
            return PartialDate(year=(d + relativedelta(years=sign * amount * 10)).year)
        return moved_by(d, unit, sign * amount)

    return rule, need, shifted


A_YEAR_AGO = "ago:a-year"
"""The rule of "a year ago": the anchor's month a year back (the same time last year, not a whole year);
with an anchor known only to its month or year, that month or year a year back."""


def _a_year_ago(match: re.Match[str]) -> tuple[str, str, Compute]:
    """ "a year ago", "just a year ago": the same month last year."""
    return A_YEAR_AGO, "month", lambda d: moved_by(d, "month", -12)


_CLOCK_MINUTES = {"minute": 1, "min": 1, "hour": 60, "hr": 60}
"""Units shorter than a day, in minutes."""


def _weekend(step: int | None) -> Compute:
    """The weekend ``step`` weeks from this one, or with ``step`` None the last one begun by the anchor's
    day (on a Saturday or Sunday, the one under way)."""

    def compute(d: dt.date) -> When:
        if step is None:
            saturday = (
                d - dt.timedelta(d.weekday() - 5) if d.weekday() >= 5 else d + relativedelta(weekday=SA(-1))
            )
        else:
            # this weekend's Saturday (on a Sunday, the day before), then whole weeks on or back
            this = d - dt.timedelta(1) if d.weekday() == 6 else d + relativedelta(weekday=SA(+1))
            saturday = this + dt.timedelta(weeks=step)
        return DateSpan(
            start=PartialDate.from_date(saturday), end=PartialDate.from_date(saturday + dt.timedelta(1))
        )

    return compute


def _past(amount: int, unit: str) -> Compute:
    def compute(d: dt.date) -> When:
        since = d - relativedelta(**{unit: amount})  # type: ignore[arg-type]
        return DateSpan(start=PartialDate.from_date(since), end=PartialDate.from_date(d))

    return compute


def _nearest_date(month: int, day: int) -> Compute:
    def compute(d: dt.date) -> When:
        options = [dt.date(d.year + k, month, day) for k in (-1, 0, 1)]
        return PartialDate.from_date(min(options, key=lambda o: abs((o - d).days)))

    return compute


def _next_week_day(which: weekday) -> Compute:
    """ "next Tuesday": the Tuesday of the week after the anchor's (Monday to Sunday), so "next Tuesday"
    written on a Monday is eight days on, not tomorrow ("Tuesday", "this Tuesday")."""

    def compute(d: dt.date) -> When:
        monday = d + relativedelta(days=1, weekday=MO(+1))
        return PartialDate.from_date(monday + relativedelta(weekday=which(+1)))

    return compute


def _weekday(which: weekday, shift: int) -> Compute:
    def compute(d: dt.date) -> When:
        return PartialDate.from_date(on_weekday(d + dt.timedelta(days=shift), which))

    return compute


def on_weekday(d: dt.date, which: weekday) -> dt.date:
    """``d + relativedelta(weekday=which)`` ("the Friday on or before ``d``" for ``FR(-1)``), by the same
    arithmetic, without building a ``relativedelta`` (which costs more than the rest of a weekday's rule)."""
    nth = which.n or 1
    if nth > 0:
        jump = (nth - 1) * 7 + (7 - d.weekday() + which.weekday) % 7
    else:
        jump = -((-nth - 1) * 7 + (d.weekday() - which.weekday) % 7)
    return d + dt.timedelta(days=jump)


def week_of(d: dt.date) -> DateSpan:
    """The week (Monday to Sunday) of ``d``."""
    monday = on_weekday(d, MO(-1))
    sunday = monday + dt.timedelta(days=6)
    return DateSpan(start=PartialDate.from_date(monday), end=PartialDate.from_date(sunday))


def _period(unit: str, step: int) -> Compute:
    def compute(d: dt.date) -> When:
        if unit == "week":
            return week_of(d + relativedelta(weeks=step))
        if unit == "month":
            moved = d + relativedelta(months=step)
            return PartialDate(year=moved.year, month=moved.month)
        return PartialDate(year=(d + relativedelta(years=step)).year)

    return compute


def moved_by(day: dt.date, unit: str, steps: int) -> When:
    """``day`` moved by ``steps`` units ("day", "week", "month" or "year"), at that unit's precision: a
    day, the week around it, its month or its year."""
    moved = day + relativedelta(**{unit + "s": steps})  # type: ignore[arg-type]
    if unit == "day":
        return PartialDate.from_date(moved)
    if unit == "week":
        return week_of(moved)
    if unit == "month":
        return PartialDate(year=moved.year, month=moved.month)
    return PartialDate(year=moved.year)
