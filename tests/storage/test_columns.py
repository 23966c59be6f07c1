"""Building records column by column (planned from the classes' fields) gives exactly the records the
converter builds, and gives up (returns None) on anything the converter or a validator would reject."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitlib import Claim, Issue, Leader, Meeting, MeetingFormat, Source, _validate
from summitlib._validate import _all_ids
from summitlib.serialization import converter, unstructure
from summitlib.storage._structure import build_records
from summitlib.strategies import claims, issues, leaders, meetings, sources

MEETING: dict[str, Any] = {
    "id": "g20-2017",
    "name": "Trump–Putin meeting",
    "format": "bilateral",
    "status": "held",
    "participants": ["donald-trump", "vladimir-putin"],
    "when": "2017-07-07",
    "place": {"country": "DEU", "city": "Hamburg"},
    "occasion": "g20",
    "issues": ["syria"],
    "evidence": [{"source": "wire", "quote": "met", "start": 3, "end": 6}],
    "note": "A note.",
}


def build_meetings(rows: list[Any]) -> list[Meeting] | None:
    return build_records(Meeting, rows)


def _plain(items: list[Meeting]) -> list[Any]:
    return unstructure(tuple(items), tuple[Meeting, ...])  # type: ignore[no-any-return]


def _simple(meeting: Meeting, resolve: bool) -> Meeting:
    """``meeting`` without outcomes or inferences; with ``resolve``, evidence offsets filled in."""
    evidence = meeting.evidence
    if resolve:
        evidence = tuple(attrs.evolve(e, start=n, end=n + len(e.quote)) for n, e in enumerate(evidence))
    return attrs.evolve(meeting, outcomes=(), inferred=(), evidence=evidence)


def _converted(rows: list[Any]) -> list[Meeting] | None:
    try:
        return list(converter.structure(rows, tuple[Meeting, ...]))
    except Exception:  # the converter rejects them
        return None


@given(st.lists(meetings(), min_size=1, max_size=6), st.booleans())
def test_same_as_converter(items: list[Meeting], resolve: bool) -> None:
    """For any meetings without outcomes or inferences, the columns give the very records back."""
    simple = [_simple(m, resolve) for m in items]
    assert build_meetings(_plain(simple)) == simple


@given(st.lists(meetings(), min_size=1, max_size=6))
def test_records_behave_like_constructed_ones(items: list[Meeting]) -> None:
    """Records built column by column hash, compare, print and evolve like constructed ones."""
    simple = [_simple(m, resolve=True) for m in items]
    built = build_meetings(_plain(simple))
    assert built is not None
    for made, expected in zip(built, simple, strict=True):
        assert type(made) is Meeting
        assert hash(made) == hash(expected)
        assert repr(made) == repr(expected)
        assert attrs.evolve(made, name="Other") == attrs.evolve(expected, name="Other")


@given(st.lists(meetings(), min_size=1, max_size=4))
def test_meetings_with_outcomes_and_inferences(items: list[Meeting]) -> None:
    """Meetings with outcomes and inferences (records inside records) are built column by column too."""
    assert build_meetings(_plain(items)) == items


@pytest.mark.parametrize(
    ("cls", "strategy"),
    [(Leader, leaders), (Issue, issues), (Source, sources), (Claim, claims)],
    ids=lambda x: getattr(x, "__name__", ""),
)
def test_other_record_kinds(cls: type[Any], strategy: Any) -> None:
    """Every record class is built by the same generated plan, with what the converter gives."""

    @given(st.lists(strategy(), min_size=1, max_size=4))
    def check(items: list[Any]) -> None:
        rows = unstructure(tuple(items), tuple[cls, ...])  # type: ignore[valid-type]
        built = build_records(cls, rows)
        assert built is None or built == items
        if cls is not Claim:  # claims: a speaker or value of an unusual form may be left to the converter
            assert built == items

    check()


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 10**6) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
_KEYS = st.sampled_from(
    [*MEETING, "outcomes", "inferred", "start", "end", "source", "quote", "country", "city", "venue", "x"]
)
_VALUES = st.one_of(
    _JSON,
    st.sampled_from(
        [
            "",
            " padded ",
            "a b",
            "2017-02-30",
            "2017-07-07/2017-07-01",
            "2016-02-29",
            "deu",
            "SUN",
            "summit",
            "ruled_out",
            "g20-2017",
            "line\nbreak",
            [],
            ["a", "a"],
            ["a", "b"],
            [{"source": "wire", "quote": "met"}],
            [{"source": "wire", "quote": "met", "start": 0, "end": 2}],
            {"country": "VNM"},
            {"country": "DEU", "venue": "Messe"},
            True,
            0,
            -1,
        ]
    ),
)


@st.composite
def _mutated(draw: st.DrawFn) -> list[Any]:
    """A few good meeting rows, one of them (or its place or evidence) changed: a key set to some JSON
    value, removed, or added."""
    rows = [copy.deepcopy(MEETING), {**copy.deepcopy(MEETING), "id": "other", "occasion": None}]
    row = draw(st.sampled_from(rows))
    target = draw(st.sampled_from([row, row["place"], row["evidence"][0]]))
    key = draw(_KEYS)
    if draw(st.booleans()) and key in target:
        del target[key]
    else:
        target[key] = draw(_VALUES)
    return rows


@given(_mutated())
def test_never_accepts_what_the_converter_rejects(rows: list[Any]) -> None:
    """Mutated rows: either the columns give up, or they give exactly what the converter gives."""
    built = build_meetings(rows)
    if built is not None:
        assert built == _converted(rows)


@pytest.mark.parametrize(
    ("change", "accepted"),
    [
        ({}, True),
        ({"participants": ["donald-trump", "donald-trump"]}, False),
        ({"participants": ["donald trump"]}, False),
        ({"participants": ("donald-trump",)}, True),
        ({"occasion": "g20-2017"}, False),  # its own occasion
        ({"name": " padded"}, False),
        ({"note": ""}, False),
        ({"when": "2017-02-29"}, False),
        ({"when": "2016-02-29"}, True),
        ({"place": {"country": "deu"}}, False),
        ({"place": {"country": "DEU", "town": "Hamburg"}}, False),
        ({"evidence": [{"source": "wire", "quote": "met", "start": 3, "end": 7}]}, False),
        ({"evidence": [{"source": "wire", "quote": "met", "start": True, "end": 6}]}, False),
        ({"evidence": [{"source": "wire", "quote": "met", "end": 6}]}, False),
        ({"evidence": [{"source": "wire", "quote": "  "}]}, False),
        ({"format": "Bilateral"}, False),
        ({"outcomes": []}, True),
        ({"inferred": None}, False),
        ({"unknown": 1}, False),
    ],
)
def test_cases(change: dict[str, Any], accepted: bool) -> None:
    """Hand-picked cases: accepted ones equal the converter's records, the others are given up."""
    rows = [{**copy.deepcopy(MEETING), **change}, {**copy.deepcopy(MEETING), "id": "second"}]
    built = build_meetings(rows)
    assert (built is not None) is accepted
    assert built == (_converted(rows) if accepted else None)


def test_shared_values_are_built_once() -> None:
    """Equal dates and places are one object (immutable values, parsed once)."""
    built = build_meetings([copy.deepcopy(MEETING), {**copy.deepcopy(MEETING), "id": "second"}])
    assert built is not None
    first, second = built
    assert first.when is second.when and first.place is second.place
    assert built[0].format is MeetingFormat.BILATERAL


def test_ids_checked_as_the_validator_does() -> None:
    """The whole-column id check accepts exactly what the id validator accepts, line breaks included."""
    assert _all_ids([]) and _all_ids(["a", "b-1", "x:y.z_2"])
    assert not _all_ids(["a", "-b"])
    assert not _all_ids(["a\nb"])
    assert not _all_ids([""])
    assert not _all_ids(["a", ""])
    assert not _all_ids(["a", 1])
    assert not _all_ids(["caf\u00e9"])


def _id_accepted(item: Any) -> bool:
    try:
        _validate.identifier(None, attrs.fields(Meeting).id, item)
    except ValueError:
        return False
    return True


@given(
    st.lists(st.one_of(st.text(alphabet="aZ09_.:- \n\t\u00e9\x00/", max_size=4), st.integers(), st.none()))
)
def test_ids_checked_as_the_validator_does_for_any_column(items: list[Any]) -> None:
    """For any column (text with every kind of character the pattern allows, refuses or allows only
    after the first, line breaks, non-ASCII text; numbers, None), the whole-column id check accepts
    exactly when the validator accepts every item."""
    assert _all_ids(items) == all(map(_id_accepted, items))


@given(st.lists(st.one_of(st.text(max_size=4), st.none(), st.integers(), st.just(" a"))))
def test_text_checked_as_the_validator_does(items: list[Any]) -> None:
    """The whole-column text check accepts a column exactly when the text validator accepts each item."""

    def accepted(item: Any) -> bool:
        try:
            _validate.text(None, attrs.fields(Meeting).name, item)
        except ValueError:
            return False
        return True

    assert _validate._all_text(tuple(items)) == all(map(accepted, items))


def test_unknown_class_shapes_are_refused() -> None:
    """Classes without slots, or with converters of their own, are left to the converter."""

    @attrs.define(slots=False)
    class Loose:  # no slots: the records are left to their constructor
        source: str

    @attrs.frozen
    class Converted:
        source: str = attrs.field(converter=str.strip)

    assert build_records(Loose, [{"source": "a"}]) is None
    assert build_records(Converted, [{"source": " a"}]) is None


def _unique_accepts(items: tuple[Any, ...]) -> bool:
    try:
        _validate.unique(None, attrs.fields(Meeting).participants, items)
    except ValueError:
        return False
    return True


_NAN = float("nan")


@given(
    st.lists(st.tuples(st.sampled_from("ab"), st.sampled_from("ab"))),
    st.lists(st.lists(st.sampled_from(["a", "b", 1, 1.0, True, _NAN]), max_size=3).map(tuple)),
)
def test_repeated_items_found_as_the_validator_does(
    pairs: list[tuple[str, str]], tuples: list[tuple[Any, ...]]
) -> None:
    """The whole-column check of repeated items accepts a column exactly when `unique` accepts each
    tuple: pairs of text compared directly, any other tuples through sets (1, 1.0 and True are one item;
    the same NaN twice is repeated)."""
    assert _validate._no_repeats(pairs, texts=True) == all(map(_unique_accepts, pairs))
    assert _validate._no_repeats(tuples, texts=False) == all(map(_unique_accepts, tuples))
    texts = [t for t in tuples if all(type(item) is str for item in t)]
    assert _validate._no_repeats(texts, texts=True) == all(map(_unique_accepts, texts))
