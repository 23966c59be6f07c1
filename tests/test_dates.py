"""Tests for summitlib.dates: partial dates, spans, and their laws."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitlib import DateSpan, InvalidValueError, PartialDate, Precision, parse_when
from summitlib import strategies as sst


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("2017", Precision.YEAR, dt.date(2017, 1, 1), dt.date(2017, 12, 31)),
        ("2017-07", Precision.MONTH, dt.date(2017, 7, 1), dt.date(2017, 7, 31)),
        ("2016-02", Precision.MONTH, dt.date(2016, 2, 1), dt.date(2016, 2, 29)),
        ("2017-07-07", Precision.DAY, dt.date(2017, 7, 7), dt.date(2017, 7, 7)),
    ],
)
def test_parse_precision_and_interval(
    text: str, precision: Precision, earliest: dt.date, latest: dt.date
) -> None:
    value = PartialDate.parse(text)
    assert value.precision is precision
    assert (value.earliest, value.latest) == (earliest, latest)
    assert str(value) == text


def test_parse_date_object() -> None:
    assert PartialDate.parse(dt.date(2017, 11, 10)) == PartialDate(year=2017, month=11, day=10)
    assert PartialDate.parse(dt.datetime(2017, 11, 10, 9, 30)) == PartialDate.parse("2017-11-10")


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("2017-02-30", "PartialDate.day"),
        ("2017-13", "PartialDate.month"),
        ("17-07", "PartialDate"),
        ("July 2017", "PartialDate"),
        ("0000", "PartialDate.year"),
    ],
)
def test_bad_dates_name_the_field(text: str, field: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        PartialDate.parse(text)
    assert info.value.field == field
    assert text in str(info.value) or text.split("-")[-1].lstrip("0") in str(info.value)


def test_day_without_month_is_rejected() -> None:
    with pytest.raises(InvalidValueError, match=r"PartialDate.day"):
        PartialDate(year=2017, day=3)


def test_bool_is_not_a_year() -> None:
    with pytest.raises(InvalidValueError, match=r"PartialDate.year"):
        PartialDate(year=True)


def test_month_known_date_overlaps_day_in_it() -> None:
    november = PartialDate.parse("2017-11")
    assert november.overlaps(PartialDate.parse("2017-11-10"))
    assert november.overlaps(dt.date(2017, 11, 10))
    assert not november.overlaps(PartialDate.parse("2017-12-01"))
    assert november.contains(PartialDate.parse("2017-11-10"))
    assert not PartialDate.parse("2017-11-10").contains(november)


def test_span_parse_print_and_bounds() -> None:
    span = DateSpan.parse("2017-11-10/2017-11-11")
    assert str(span) == "2017-11-10/2017-11-11"
    assert (span.earliest, span.latest) == (dt.date(2017, 11, 10), dt.date(2017, 11, 11))
    assert span.precision is Precision.DAY
    assert DateSpan.parse("2017-07/2017-08-02").precision is Precision.MONTH


def test_span_end_before_start_is_rejected() -> None:
    with pytest.raises(InvalidValueError, match=r"DateSpan.end.*not before the start 2017-11-11"):
        DateSpan.parse("2017-11-11/2017-11-10")


@pytest.mark.parametrize("text", ["2017", "2017/2018", "a/b", "2017-01/2017-02/2017-03"])
def test_parse_when(text: str) -> None:
    if text in ("a/b", "2017-01/2017-02/2017-03"):
        with pytest.raises(InvalidValueError):
            parse_when(text)
    else:
        assert str(parse_when(text)) == text


@given(sst.partial_dates())
def test_partial_date_print_parse_round_trip(value: PartialDate) -> None:
    """parse(str(d)) == d for every partial date."""
    assert PartialDate.parse(str(value)) == value


@given(sst.date_spans())
def test_span_print_parse_round_trip(value: DateSpan) -> None:
    """DateSpan.parse(str(s)) == s, and parse_when gives the same span."""
    assert DateSpan.parse(str(value)) == value
    assert parse_when(str(value)) == value


@given(sst.whens(), sst.whens())
def test_ordering_consistent_with_interval(a: PartialDate | DateSpan, b: PartialDate | DateSpan) -> None:
    """a < b iff (earliest, latest) of a sorts before b's; a <= b and b <= a iff the intervals match."""
    assert (a < b) == ((a.earliest, a.latest) < (b.earliest, b.latest))
    assert (a <= b) == ((a.earliest, a.latest) <= (b.earliest, b.latest))
    assert (a > b) == (b < a)
    assert (a >= b) == (b <= a)
    if a < b:
        assert a.earliest <= b.earliest


@given(sst.partial_dates(), sst.partial_dates())
def test_equal_partial_dates_have_equal_intervals(a: PartialDate, b: PartialDate) -> None:
    """Distinct partial dates denote distinct intervals, so order and equality agree."""
    assert (a == b) == ((a.earliest, a.latest) == (b.earliest, b.latest))
    assert (a == b) == (hash(a) == hash(b)) or a != b


@given(sst.whens(), sst.days(), sst.days())
def test_overlap_iff_intervals_intersect(value: PartialDate | DateSpan, x: dt.date, y: dt.date) -> None:
    """A date overlaps a range iff its interval of days intersects the range."""
    lo, hi = min(x, y), max(x, y)
    span = DateSpan(start=PartialDate.from_date(lo), end=PartialDate.from_date(hi))
    brute = any(
        value.earliest <= lo + dt.timedelta(days=n) <= value.latest for n in range((hi - lo).days + 1)
    )
    assert value.overlaps(span) == brute
    assert span.overlaps(value) == brute


@given(sst.partial_dates(), st.sampled_from(["earliest", "latest"]))
def test_a_date_contains_its_own_ends(value: PartialDate, end: str) -> None:
    """Every partial date contains and overlaps the days at both ends of its interval."""
    day = getattr(value, end)
    assert value.contains(day)
    assert value.overlaps(day)


def test_days_in_month_follows_the_gregorian_calendar() -> None:
    """``_days_in`` writes the leap-year rule itself (no ``calendar`` import): it agrees with the stdlib."""
    import calendar

    from summitlib.dates import _days_in

    for year in (*range(1, 2101), 2400, 9999):
        for month in range(1, 13):
            assert _days_in(year, month) == calendar.monthrange(year, month)[1], (year, month)


@pytest.mark.parametrize("value", ["27/04/2018", "4/27/2018", "07/2017", " 27/04/18 "])
def test_a_date_written_with_slashes_is_refused_with_the_iso_form(value: str) -> None:
    """ "27/04/2018" was read as a span of two dates and refused as "expected 'START/END'"."""
    with pytest.raises(InvalidValueError, match=r"ISO dates: a day 'YYYY-MM-DD'.*not day/month/year"):
        DateSpan.parse(value)
    assert str(DateSpan.parse("2017/2018")) == "2017/2018"  # a span of two years stays one
