"""Tests of summitlib.disagreements: incompatible claims, and reconciling compatible ones."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitlib import strategies as sst
from summitlib.claims import Claim, ClaimValue, Label, Number, Speaker
from summitlib.dates import DateSpan, PartialDate
from summitlib.disagreements import compatible, find_disagreements, reconcile
from summitlib.durations import DurationRange
from summitlib.provenance import Evidence


def said(ident: str, value: ClaimValue, topic: str = "duration.actual", **fields: object) -> Claim:
    fields.setdefault("speaker", Speaker.author())
    return Claim(
        id=ident,
        topic=topic,
        value=value,
        meetings=("m",),
        evidence=Evidence(source="s", quote=f"quote {ident}"),
        **fields,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (DurationRange.at_least(120), DurationRange.exactly(136), True),
        (DurationRange.exactly(60), DurationRange.exactly(30), False),
        (DurationRange.at_most(30), DurationRange.between(30, 60), True),
        (Label(text="pushed back"), Label(text="accepted the denial"), False),
        (Label(text="Agreed"), Label(text="agreed"), True),
        (PartialDate.parse("2017-11"), PartialDate.parse("2017-11-10"), True),
        (PartialDate.parse("2017-10"), DateSpan.parse("2017-11-10/2017-11-11"), False),
        (Number(value=4, unit="issues"), Number(value=4, unit="issues"), True),
        (Number(value=4), Number(value=5), False),
        (True, True, True),
        (True, False, False),
        (True, Number(value=1), False),
        (Label(text="an hour"), DurationRange.exactly(60), False),
    ],
)
def test_compatible(first: ClaimValue, second: ClaimValue, expected: bool) -> None:
    assert compatible(first, second) is expected
    assert compatible(second, first) is expected


def test_precision_is_not_disagreement_and_reconciles_to_the_tightest() -> None:
    claims = [said("globe", DurationRange.at_least(120)), said("riddle", DurationRange.exactly(136))]
    assert find_disagreements(claims) == ()
    result = reconcile(claims)
    assert result.value == DurationRange.exactly(136)
    assert result.consistent
    assert [c.id for c in result.claims] == ["globe", "riddle"]
    assert str(result) == "duration.actual: exactly 2 h 16 min (from globe, riddle)"


def test_conflicting_durations_are_one_disagreement_with_both_sides() -> None:
    claims = [
        said("peskov", DurationRange.exactly(60), speaker=Speaker.person("dmitry-peskov")),
        said("white-house", DurationRange.exactly(30), speaker=Speaker.group("Trump's press office")),
        said("peskov-again", DurationRange.exactly(60), speaker=Speaker.person("dmitry-peskov")),
    ]
    (found,) = find_disagreements(claims, lambda s: {"dmitry-peskov": "Dmitry Peskov"}.get(str(s), str(s)))
    first, second = found.sides
    assert [c.id for c in first.claims] == ["peskov", "peskov-again"]
    assert first.speakers == (Speaker.person("dmitry-peskov"),)
    assert first.sources == ("s",)
    assert first.quotes == ("quote peskov", "quote peskov-again")
    assert [c.id for c in second.claims] == ["white-house"]
    assert {c.id for c in found.claims} == {"peskov", "white-house", "peskov-again"}
    text = str(found)
    assert "Dmitry Peskov" in text and "Trump's press office" in text and "≠" in text
    result = reconcile(claims)
    assert result.value is None and not result.consistent
    assert [d.claims for d in result.conflicts] == [found.claims]
    assert "no value fits" in str(result)


def test_different_subjects_or_meetings_never_disagree() -> None:
    pushed = said("t", Label(text="pushed back"), topic="position", subject="donald-trump")
    accepted = said("l", Label(text="accepted"), topic="position", subject="vladimir-putin")
    elsewhere = Claim(
        id="e",
        speaker=Speaker.author(),
        topic="position",
        value=Label(text="accepted"),
        meetings=("other",),
        subject="donald-trump",
        evidence=Evidence(source="s", quote="q"),
    )
    assert find_disagreements([pushed, accepted, elsewhere]) == ()
    assert (
        len(
            find_disagreements(
                [pushed, said("x", Label(text="accepted"), "position", subject="donald-trump")]
            )
        )
        == 1
    )


def test_dates_reconcile_to_the_days_all_allow() -> None:
    month = said("a", PartialDate.parse("2017-11"), topic="date")
    span = said("b", DateSpan.parse("2017-11-10/2017-12-20"), topic="date")
    assert reconcile([month, span]).value == DateSpan.parse("2017-11-10/2017-11-30")
    day = said("c", PartialDate.parse("2017-11-10"), topic="date")
    assert reconcile([month, span, day]).value == PartialDate.parse("2017-11-10")
    assert reconcile([month]).value == PartialDate.parse("2017-11")


def test_reconcile_needs_one_topic() -> None:
    with pytest.raises(ValueError, match="one topic"):
        reconcile([])
    with pytest.raises(ValueError, match="one topic"):
        reconcile([said("a", True, topic="x"), said("b", True, topic="y")])
    assert reconcile([said("a", True, topic="x"), said("b", True, topic="x")]).value is True


values = st.one_of(
    sst.duration_ranges(max_minutes=300),
    sst.whens(2016, 2018),
    st.sampled_from([Label(text="yes"), Label(text="no")]),
    st.booleans(),
)


@given(st.lists(values, min_size=1, max_size=6), st.sampled_from(["duration.actual", "date", "position"]))
def test_disagreements_are_exactly_the_incompatible_value_pairs(chosen: list[ClaimValue], topic: str) -> None:
    """Claims on one thing disagree exactly when two of their values are incompatible; when none are,
    the reconciled value is compatible with every claim's value (and no wider than any range)."""
    claims = [said(f"c{n}", value, topic=topic) for n, value in enumerate(chosen)]
    found = find_disagreements(claims)
    pairs = {
        frozenset((a.value, b.value))
        for a, b in itertools.combinations(claims, 2)
        if (type(a.value), a.value) != (type(b.value), b.value) and not compatible(a.value, b.value)
    }
    assert {frozenset((d.sides[0].value, d.sides[1].value)) for d in found} == pairs
    result = reconcile(claims)
    if found:
        assert result.value is None
    else:
        assert result.value is not None
        assert all(compatible(result.value, c.value) for c in claims)
        if isinstance(result.value, DurationRange | PartialDate | DateSpan):
            for c in claims:
                assert isinstance(c.value, DurationRange | PartialDate | DateSpan)
                tight, given_ = result.value, c.value
                if isinstance(tight, DurationRange) and isinstance(given_, DurationRange):
                    assert (given_.minimum or 0) <= (tight.minimum or 0)
                    assert given_.maximum is None or (tight.maximum or 0) <= given_.maximum
                elif not isinstance(tight, DurationRange) and not isinstance(given_, DurationRange):
                    assert given_.contains(tight)
