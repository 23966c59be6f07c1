"""Tests for summitlib.durations.DurationRange."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitlib import DurationRange, InvalidValueError
from summitlib import strategies as sst


@pytest.mark.parametrize(
    ("value", "text", "words"),
    [
        (DurationRange.exactly(136), "136", "exactly 2 h 16 min"),
        (DurationRange.at_least(120), ">=120", "at least 2 h"),
        (DurationRange.at_most(180), "<=180", "at most 3 h"),
        (DurationRange.between(240, 300), "240..300", "between 4 h and 5 h"),
        (DurationRange.exactly(30, approximate=True), "~30", "about 30 min"),
    ],
)
def test_text_form_and_description(value: DurationRange, text: str, words: str) -> None:
    assert str(value) == text
    assert DurationRange.parse(text) == value
    assert value.describe() == words


def test_more_than_two_hours_is_not_rounded() -> None:
    more = DurationRange.at_least(120)
    assert more.maximum is None
    assert not more.is_exact
    assert more.contains(136) and more.contains(10_000) and not more.contains(119)


def test_hamburg_accounts() -> None:
    peskov, press_office = DurationRange.exactly(60), DurationRange.exactly(30)
    assert not peskov.compatible_with(press_office)
    assert peskov.intersection(press_office) is None
    assert DurationRange.at_least(120).intersection(DurationRange.exactly(136)) == DurationRange.exactly(136)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"minimum": -1}, "DurationRange.minimum"),
        ({"minimum": 10, "maximum": 5}, "DurationRange.maximum"),
        ({}, "DurationRange"),
        ({"minimum": 1.5}, "DurationRange.minimum"),
    ],
)
def test_invalid_ranges_name_the_field(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        DurationRange(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


@pytest.mark.parametrize("text", ["-5", "2h", ">=", "300..240", "", "~"])
def test_bad_text(text: str) -> None:
    with pytest.raises(InvalidValueError):
        DurationRange.parse(text)


@given(sst.duration_ranges())
def test_parse_print_round_trip(value: DurationRange) -> None:
    """parse(str(r)) == r."""
    assert DurationRange.parse(str(value)) == value


@given(sst.duration_ranges())
def test_compatibility_is_reflexive(value: DurationRange) -> None:
    """Every range is compatible with itself, and intersecting it with itself changes nothing."""
    assert value.compatible_with(value)
    assert value.intersection(value) == value


@given(sst.duration_ranges(), sst.duration_ranges())
def test_compatibility_is_symmetric_and_intersection_fits_both(a: DurationRange, b: DurationRange) -> None:
    """compatible(a, b) == compatible(b, a); the intersection exists iff they are compatible and is
    compatible with both sides and contained in each."""
    assert a.compatible_with(b) == b.compatible_with(a)
    both = a.intersection(b)
    assert (both is not None) == a.compatible_with(b)
    if both is not None:
        assert both.compatible_with(a) and both.compatible_with(b)
        for m in (both.minimum, both.maximum):
            if m is not None:
                assert a.contains(m) and b.contains(m)


@given(sst.duration_ranges(), sst.duration_ranges(), st.integers(0, 10_000))
def test_compatible_iff_some_minute_fits_both(a: DurationRange, b: DurationRange, m: int) -> None:
    """If a minute lies in both ranges they are compatible."""
    if a.contains(m) and b.contains(m):
        assert a.compatible_with(b)
