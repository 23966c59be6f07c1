"""Tests for summitlib.serialization: plain-data round trips and error paths."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import summitlib
from summitlib import (
    Claim,
    ClaimValue,
    DateSpan,
    DurationRange,
    Issue,
    Leader,
    LoadError,
    Meeting,
    PartialDate,
    Place,
    Records,
    Source,
    Speaker,
)
from summitlib import strategies as sst
from summitlib.serialization import make_converter, structure, unstructure

from ..helpers import corpus_examples

JSON_TYPES = (dict, list, str, int, float, bool, type(None))


def _only_json(data: Any) -> bool:
    if isinstance(data, dict):
        return all(isinstance(k, str) and _only_json(v) for k, v in data.items())
    if isinstance(data, list):
        return all(_only_json(v) for v in data)
    return isinstance(data, JSON_TYPES)


STRATEGIES: list[tuple[Any, st.SearchStrategy[Any]]] = [
    (PartialDate, sst.partial_dates()),
    (DateSpan, sst.date_spans()),
    (DurationRange, sst.duration_ranges()),
    (Place, sst.places()),
    (summitlib.Role, sst.roles()),
    (Leader, sst.leaders()),
    (Issue, sst.issues()),
    (Source, sst.sources()),
    (Meeting, sst.meetings()),
    (Speaker, sst.speakers()),
    (ClaimValue, sst.claim_values()),
    (Claim, sst.claims()),
]
"""Each value type with its strategy (whole corpora, costlier to draw, in their own test below)."""


def _check_round_trip(value: Any, cls: Any) -> None:
    """structure(unstructure(x)) == x, and the plain form is JSON data that survives json.dumps/loads."""
    plain = unstructure(value, cls)
    assert _only_json(plain)
    again = json.loads(json.dumps(plain))
    assert structure(again, cls) == value


@pytest.mark.parametrize(("cls", "strategy"), STRATEGIES, ids=[str(c) for c, _ in STRATEGIES])
@given(data=st.data())
def test_round_trip_through_json(cls: Any, strategy: st.SearchStrategy[Any], data: st.DataObject) -> None:
    """structure(unstructure(x)) == x, and the plain form is JSON data that survives json.dumps/loads."""
    _check_round_trip(data.draw(strategy), cls)


@corpus_examples()
@given(records=sst.records())
def test_records_round_trip_through_json(records: Records) -> None:
    """The same for whole generated corpora."""
    _check_round_trip(records, Records)


def test_value_type_forms() -> None:
    assert unstructure(PartialDate.parse("2017-07")) == "2017-07"
    assert unstructure(DateSpan.parse("2017-11-10/2017-11-11")) == "2017-11-10/2017-11-11"
    assert unstructure(DurationRange.at_least(120)) == ">=120"
    assert unstructure(Speaker.author()) == "author"
    assert unstructure(Speaker.person("x")) == {"person": "x"}
    assert unstructure(True, ClaimValue) == {"yes_no": True}
    assert structure(136, DurationRange) == DurationRange.exactly(136)


def test_every_problem_is_reported_with_its_path() -> None:
    data = {
        "meetings": [
            {
                "id": "m",
                "name": "M",
                "format": "bilat",
                "status": "held",
                "when": "2017-02-30",
                "foo": 1,
                "place": {"country": "XXX"},
                "participants": "donald-trump",
            },
        ],
        "claims": [
            {
                "id": "c",
                "speaker": "author",
                "value": {"duration": "-5"},
                "evidence": {"source": "s", "quote": "q"},
            }
        ],
    }
    with pytest.raises(LoadError) as info:
        structure(data, Records, file="corpus.json")
    problems = {p.path: p.message for p in info.value.problems}
    assert all(p.file == "corpus.json" for p in info.value.problems)
    assert "'bilateral'" in problems["$.meetings[0].format"]
    assert "1 to 28" in problems["$.meetings[0].when"]
    assert "alpha-3" in problems["$.meetings[0].place.country"]  # the field the check of a place names
    assert "foo" in problems["$.meetings[0]"]
    assert "list of strings" in problems["$.meetings[0].participants"]
    assert "missing" in problems["$.claims[0].topic"]
    assert "'>=120'" in problems["$.claims[0].value"]


@pytest.mark.parametrize(
    "value",
    [{}, {"label": 3}, {"label": "a", "date": "2017"}, {"number": True}, {"yes_no": "yes"}, "pushed back"],
)
def test_bad_claim_values(value: object) -> None:
    with pytest.raises(LoadError):
        structure(value, ClaimValue)


@pytest.mark.parametrize("value", ["someone", {"person": 3}, {"group": "a", "person": "b"}, None])
def test_bad_speakers(value: object) -> None:
    with pytest.raises(LoadError):
        structure(value, Speaker)


def test_make_converter_gives_an_independent_converter() -> None:
    mine = make_converter()
    mine.register_unstructure_hook(PartialDate, lambda d: {"iso": str(d)})
    assert unstructure(PartialDate.parse("2017")) == "2017"
    assert mine.unstructure(PartialDate.parse("2017")) == {"iso": "2017"}


def test_problems_come_from_the_structured_errors_not_their_messages() -> None:
    """`problems_from` reads cattrs' exception groups (notes, `extra_fields`, `InvalidValueError.field`):
    errors whose messages say nothing useful still give the path, the close match and the field."""
    from cattrs.errors import (
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
        IterableValidationNote,
    )

    from summitlib import InvalidValueError, Meeting
    from summitlib.serialization import problems_from

    unknown = ForbiddenExtraKeysError("(message text not read)", Meeting, {"partcipants", "zzz"})
    whole = InvalidValueError("Meeting.participants[1]", "a leader id", "x")
    missing = KeyError("status")
    record = ClassValidationError("(not read either)", [unknown, whole, missing], Meeting)
    record.__notes__ = [IterableValidationNote("item 1", 1, Meeting)]
    listed = IterableValidationError("(nor this)", [record], tuple[Meeting, ...])
    problems = problems_from(listed, file="f.json", path="$.meetings")
    assert [p.path for p in problems] == ["$.meetings[1]", "$.meetings[1].participants[1]", "$.meetings[1]"]
    assert problems[0].message.endswith("did you mean: 'partcipants' → 'participants', remove 'zzz'?")
    assert problems[1].message == "Meeting.participants[1]: expected a leader id, got 'x'"
    assert problems[2].message == "required field 'status' is missing; add it"
    assert {p.file for p in problems} == {"f.json"}
