"""The fast structuring path gives exactly what summitlib's converter gives: the same records, and for
anything wrong the same problems (the converter then structures the whole list)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitlib import Issue, Leader, Meeting, Problem, Records, Source
from summitlib.serialization import converter, problems_from, unstructure
from summitlib.storage._problems import KINDS, Origin, with_lines
from summitlib.storage._structure import build, structure_list, unstructure_list
from summitlib.strategies import issues, leaders, meetings, records, sources

from ..helpers import corpus_examples

ORIGIN = Origin(file="corpus.json", format="json")

MEETING: dict[str, Any] = {
    "id": "g20-2017",
    "name": "Trump–Putin meeting",
    "format": "bilateral",
    "status": "held",
    "participants": ["donald-trump", "vladimir-putin"],
    "when": "2017-07-07",
    "place": {"country": "DEU", "city": "Hamburg"},
    "issues": ["syria"],
    "evidence": [{"source": "wire", "quote": "met", "start": 3, "end": 6}],
}


def _converter_problems(kind: str, items: list[Any]) -> list[Problem]:
    """What the converter alone reports (with the fixes `problems_from` adds)."""
    try:
        converter.structure(items, tuple[KINDS[kind], ...])  # type: ignore[valid-type]
    except Exception as error:  # any converter failure: compare the report
        return with_lines(problems_from(error, file=ORIGIN.file, path=f"$.{kind}"), ORIGIN)
    return []


@given(st.lists(meetings(), max_size=5))
def test_meetings_same_as_converter(items: list[Meeting]) -> None:
    """For any meetings, the fast path rebuilds records equal to the converter's (and to the originals)."""
    data = unstructure(tuple(items), tuple[Meeting, ...])
    assert structure_list(data, Meeting) == list(converter.structure(data, tuple[Meeting, ...])) == items


@given(st.lists(leaders(), max_size=4), st.lists(issues(), max_size=4), st.lists(sources(), max_size=3))
def test_other_records_same_as_converter(
    leader_items: list[Leader], issue_items: list[Issue], source_items: list[Source]
) -> None:
    """Leaders, issues and sources (with roles, inferences … that take the converter) come back equal."""
    for cls, items in ((Leader, leader_items), (Issue, issue_items), (Source, source_items)):
        data = unstructure(tuple(items), tuple[cls, ...])  # type: ignore[valid-type]
        assert structure_list(data, cls) == items


@corpus_examples()
@given(records())
def test_build_round_trip(corpus: Records) -> None:
    """`build` of every kind of unstructured records gives the records back, with no problem."""
    for kind in KINDS:
        items = getattr(corpus, kind)
        built, problems = build(kind, unstructure(items, tuple[KINDS[kind], ...]), ORIGIN)
        assert (built, problems) == (list(items), [])


def _broken(change: dict[str, Any], drop: str | None = None) -> dict[str, Any]:
    item = copy.deepcopy(MEETING)
    item.update(change)
    if drop is not None:
        del item[drop]
    return item


@pytest.mark.parametrize(
    "bad",
    [
        _broken({"participants": {"donald-trump": 1}}),
        _broken({"participants": "donald-trump"}),
        _broken({"participants": ["donald-trump", "donald-trump"]}),
        _broken({"participants": ["donald trump"]}),
        _broken({"issues": [5]}),
        _broken({"format": "bilaterall"}),
        _broken({"status": 3}),
        _broken({"when": 2017}),
        _broken({"when": "2017-02-30"}),
        _broken({"place": {"country": "deu"}}),
        _broken({"place": {"country": "DEU", "city": ["Hamburg"]}}),
        _broken({"place": "Hamburg"}),
        _broken({"evidence": [{"source": "wire", "quote": "met", "start": True}]}),
        _broken({"evidence": [{"source": "wire", "quote": "met", "end": 6}]}),
        _broken({"evidence": {"source": "wire"}}),
        _broken({"name": 5}),
        _broken({"id": None}),
        _broken({"partcipants": []}),
        _broken({"outcomes": [{"description": " padded "}]}),
        _broken({}, drop="status"),
        ["not", "a", "mapping"],
    ],
)
def test_problems_same_as_converter(bad: Any) -> None:
    """A wrong meeting among good ones: `build` reports what the converter alone reports."""
    items = [copy.deepcopy(MEETING), bad, {**copy.deepcopy(MEETING), "id": "other"}]
    built, problems = build("meetings", items, ORIGIN)
    expected = _converter_problems("meetings", items)
    assert built == []
    assert problems == expected
    assert expected
    assert all(p.path.startswith("$.meetings[1]") for p in problems)


@corpus_examples()
@given(records())
def test_unstructure_list_same_as_converter(corpus: Records) -> None:
    """For any records, the fast plain form equals the converter's, key order included."""
    for kind, cls in KINDS.items():
        items = getattr(corpus, kind)
        fast = unstructure_list(items, cls)
        slow = converter.unstructure(items, tuple[cls, ...])  # type: ignore[valid-type]
        assert fast == slow
        assert [list(item) for item in fast] == [list(item) for item in slow]


@given(st.lists(meetings(), max_size=5))
def test_unstructure_meetings_same_as_converter(items: list[Meeting]) -> None:
    """Any meetings (with outcomes, inferences, spans …): the same plain form, key order included."""
    fast = unstructure_list(tuple(items), Meeting)
    slow = converter.unstructure(tuple(items), tuple[Meeting, ...])
    assert fast == slow
    assert [list(item) for item in fast] == [list(item) for item in slow]
    assert [list(item.get("place", {})) for item in fast] == [list(item.get("place", {})) for item in slow]
