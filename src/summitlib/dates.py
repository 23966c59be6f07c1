"""Dates that know how precisely they are known.

A news text says "in July", "in 2001" or "on November 10"; a [`PartialDate`][summitlib.PartialDate] keeps
exactly that much and no more. It denotes the closed interval of days it covers
(``PartialDate.parse("2017-07")`` covers 2017-07-01 .. 2017-07-31). A [`DateSpan`][summitlib.DateSpan]
runs from one partial date to another ("2017-11-10/2017-11-11"). Both are *When* values.

Examples:
    >>> from summitlib import PartialDate, DateSpan
    >>> july = PartialDate.parse("2017-07")
    >>> july.precision.value, str(july.earliest), str(july.latest)
    ('month', '2017-07-01', '2017-07-31')
    >>> july.overlaps(PartialDate.parse("2017-07-07"))
    True
    >>> str(DateSpan.parse("2017-11-10/2017-11-11"))
    '2017-11-10/2017-11-11'
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Any, Union

import attrs

from summitlib._validate import field_name
from summitlib.errors import InvalidValueError

__all__ = ["DateSpan", "PartialDate", "Precision", "When", "parse_when"]

_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """The number of days of ``month`` (1..12) in ``year`` (as `calendar.monthrange`, without its weekday;
    the Gregorian leap-year rule is written here so that ``import summitlib`` does not import `calendar`)."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS[month]


# ASCII digits only: a \d would take fullwidth "２０１７"
_ISO = re.compile(r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?\Z")


class Precision(enum.Enum):
    """How precisely a date is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class _Interval:
    """Shared behaviour of dates that denote a closed interval of days."""

    __slots__ = ()

    @property
    def earliest(self) -> dt.date:  # pragma: no cover - overridden
        raise NotImplementedError

    @property
    def latest(self) -> dt.date:  # pragma: no cover - overridden
        raise NotImplementedError

    def overlaps(self, other: When | dt.date) -> bool:
        """True when some day could belong to both this date and ``other``."""
        lo, hi = _bounds(other)
        return self.earliest <= hi and lo <= self.latest

    def contains(self, other: When | dt.date) -> bool:
        """True when every day of ``other`` lies inside this date's interval."""
        lo, hi = _bounds(other)
        return self.earliest <= lo and hi <= self.latest

    def _key(self) -> tuple[dt.date, dt.date]:
        return (self.earliest, self.latest)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, _Interval):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, _Interval):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, _Interval):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, _Interval):
            return NotImplemented
        return self._key() >= other._key()


_TWO_DIGITS = tuple(f"-{number:02d}" for number in range(32))
"""``-01`` .. ``-31``: a month or a day as written after the year."""


def _check_calendar(year: int, month: int | None, day: int | None) -> None:
    """Raise InvalidValueError unless year, month and day (whole numbers or None) form a date."""
    if not 1 <= year <= 9999:
        raise InvalidValueError("PartialDate.year", "a year from 1 to 9999", year)
    if month is None:
        if day is not None:
            raise InvalidValueError("PartialDate.day", "no day when the month is unknown", day)
        return
    if not 1 <= month <= 12:
        raise InvalidValueError("PartialDate.month", "a month from 1 to 12", month)
    if day is not None:
        last = _days_in(year, month)
        if not 1 <= day <= last:
            raise InvalidValueError(
                "PartialDate.day", f"a day from 1 to {last} in {year:04d}-{month:02d}", day
            )


def _check_date_parts(instance: PartialDate, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None or type(value) is int:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidValueError(field_name(instance, attribute), "an int or None", value)


@attrs.frozen(kw_only=True, eq=True, order=False, repr=False)
class PartialDate(_Interval):
    """A calendar date known to the year, the month or the day.

    Build one with ``PartialDate(year=2017, month=7)``, [`parse`][summitlib.PartialDate.parse] or
    [`from_date`][summitlib.PartialDate.from_date]. Ordering is by ``(earliest, latest)``, so
    ``2017-07-01 < 2017-07 < 2017``; equality is by value.

    Attributes:
        year: 1 .. 9999.
        month: 1 .. 12, or None when only the year is known.
        day: a valid day of that month, or None; requires a month.
    """

    year: int = attrs.field(validator=_check_date_parts)
    month: int | None = attrs.field(default=None, validator=_check_date_parts)
    day: int | None = attrs.field(default=None, validator=_check_date_parts)

    def __attrs_post_init__(self) -> None:
        _check_calendar(self.year, self.month, self.day)

    @classmethod
    def parse(cls, value: str | dt.date | PartialDate) -> PartialDate:
        """Read ``"2017"``, ``"2017-07"``, ``"2017-07-07"`` or a `datetime.date`.

        Raises:
            InvalidValueError: for any other text or an impossible date such as ``"2017-02-30"``.
        """
        if type(value) is not str:  # text first: loading a corpus parses every distinct date
            if isinstance(value, PartialDate):
                return value
            if isinstance(value, dt.date):
                return cls.from_date(value)
            if not isinstance(value, str):
                raise InvalidValueError("PartialDate", "an ISO date text or a date", value)
        match = _ISO.match(value.strip())
        if match is None:
            raise InvalidValueError("PartialDate", "an ISO date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'", value)
        text_year, text_month, text_day = match.groups()  # the groups in order: year, month, day
        year = int(text_year)
        month = int(text_month) if text_month else None
        day = int(text_day) if text_day else None
        _check_calendar(year, month, day)
        # what the generated __init__ does once the checks have passed (the digits make ints): faster
        date = object.__new__(cls)
        _SET_YEAR(date, year)
        _SET_MONTH(date, month)
        _SET_DAY(date, day)
        return date

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """A day-precision partial date (a `datetime.datetime` is truncated to its date)."""
        return cls(year=value.year, month=value.month, day=value.day)

    @property
    def precision(self) -> Precision:
        """`Precision.YEAR`, `MONTH` or `DAY`."""
        if self.month is None:
            return Precision.YEAR
        if self.day is None:
            return Precision.MONTH
        return Precision.DAY

    @property
    def earliest(self) -> dt.date:
        """The first day this date may be."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> dt.date:
        """The last day this date may be."""
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, _days_in(self.year, self.month))
        return dt.date(self.year, self.month, self.day)

    @property
    def start(self) -> PartialDate:
        """Itself: a partial date is a span from itself to itself."""
        return self

    @property
    def end(self) -> PartialDate:
        """Itself: a partial date is a span from itself to itself."""
        return self

    def __str__(self) -> str:  # written for speed: saving a corpus writes every date
        year = str(self.year) if self.year >= 1000 else f"{self.year:04d}"
        if self.month is None:
            return year
        if self.day is None:
            return year + _TWO_DIGITS[self.month]
        return year + _TWO_DIGITS[self.month] + _TWO_DIGITS[self.day]

    def __repr__(self) -> str:
        return f"PartialDate('{self}')"


_SET_YEAR, _SET_MONTH, _SET_DAY = (PartialDate.__dict__[name].__set__ for name in ("year", "month", "day"))
"""The slots' own setters (those of the generated ``__init__``; the frozen class refuses ``setattr``)."""


def _check_partial(instance: DateSpan, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, PartialDate):
        raise InvalidValueError(field_name(instance, attribute), "a PartialDate", value)


_SLASHED_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/\d{4}")
"""A date written with slashes, day or month first ("27/04/2018", "4/27/2018", "07/2017"): not a span of two
ISO dates."""


@attrs.frozen(kw_only=True, eq=True, order=False, repr=False)
class DateSpan(_Interval):
    """A run of days from one partial date to another, e.g. ``2017-11-10/2017-11-11``.

    The span covers ``start.earliest`` .. ``end.latest``. The end may not come before the start.

    Attributes:
        start: the first partial date.
        end: the last partial date.
    """

    start: PartialDate = attrs.field(validator=_check_partial)
    end: PartialDate = attrs.field(validator=_check_partial)

    def __attrs_post_init__(self) -> None:
        if self.end.earliest < self.start.earliest or self.end.latest < self.start.latest:
            raise InvalidValueError(
                "DateSpan.end", f"a date not before the start {self.start}", str(self.end)
            )

    @classmethod
    def parse(cls, value: str) -> DateSpan:
        """Read ``"START/END"``, each side an ISO partial date. A date written with slashes ("27/04/2018",
        "07/2017") is refused as such, with the ISO form to write instead."""
        if isinstance(value, str) and _SLASHED_DATE.fullmatch(value.strip()):
            raise InvalidValueError(
                "DateSpan",
                "ISO dates: a day 'YYYY-MM-DD', a month 'YYYY-MM' (not day/month/year with slashes), or a "
                "span of two joined by '/' such as '2017-11-10/2017-11-11'",
                value,
            )
        if not isinstance(value, str) or value.count("/") != 1:
            raise InvalidValueError("DateSpan", "'START/END' such as '2017-11-10/2017-11-11'", value)
        first, last = value.split("/")
        return cls(start=PartialDate.parse(first), end=PartialDate.parse(last))

    @property
    def earliest(self) -> dt.date:
        """The first day of the span."""
        return self.start.earliest

    @property
    def latest(self) -> dt.date:
        """The last day of the span."""
        return self.end.latest

    @property
    def precision(self) -> Precision:
        """The coarser precision of the two ends."""
        order = [Precision.YEAR, Precision.MONTH, Precision.DAY]
        return min(self.start.precision, self.end.precision, key=order.index)

    def __str__(self) -> str:
        return f"{self.start}/{self.end}"

    def __repr__(self) -> str:
        return f"DateSpan('{self}')"


When = Union[PartialDate, DateSpan]  # noqa: UP007 - a runtime alias usable with isinstance-free typing
"""A partial date or a span of them: when something happened, as precisely as it is known."""


def parse_when(value: str | dt.date | PartialDate | DateSpan) -> When:
    """Read a partial date (``"2017-07"``) or a span (``"2017-11-10/2017-11-11"``).

    Examples:
        >>> parse_when("2017")
        PartialDate('2017')
        >>> parse_when("2017-11-10/2017-11-11")
        DateSpan('2017-11-10/2017-11-11')
    """
    if isinstance(value, _WHEN):
        return value
    if isinstance(value, str) and "/" in value:
        return DateSpan.parse(value)
    return PartialDate.parse(value)


_WHEN = (PartialDate, DateSpan)


def _bounds(value: When | dt.date) -> tuple[dt.date, dt.date]:
    if isinstance(value, PartialDate | DateSpan):
        return value.earliest, value.latest
    if isinstance(value, dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        return day, day
    raise InvalidValueError("", "a PartialDate, DateSpan or date", value)
