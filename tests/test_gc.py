"""Pausing the garbage collector around bulk loads, and moving what a load keeps to its oldest
generation."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from summitlib._gc import gc_paused


class _Node:
    """An object the collector tracks."""


@pytest.fixture
def collector() -> Iterator[None]:
    """The collector on, with nothing frozen, restored afterwards."""
    enabled = gc.isenabled()
    gc.enable()
    gc.collect()
    try:
        yield
    finally:
        if not enabled:
            gc.disable()


def test_paused_inside_and_restored(collector: None) -> None:
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused(keep=True):  # nested: stays paused, the outer block decides
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    with gc_paused(keep=True):
        pass
    assert not gc.isenabled()  # left off, as it was


def _oldest(objects: list[_Node]) -> bool:
    """True when all ``objects`` are in the collector's oldest generation."""
    oldest = {id(item) for item in gc.get_objects(generation=2)}
    return all(id(item) in oldest for item in objects)


def test_kept_objects_go_to_the_oldest_generation(collector: None) -> None:
    with gc_paused(keep=True):
        kept = [_Node() for _ in range(5000)]
    assert _oldest(kept)
    assert gc.get_freeze_count() == 0  # nothing left frozen
    with gc_paused():
        built = [_Node() for _ in range(5000)]
    assert not _oldest(built)  # without keep: young objects, as usual


def test_failed_block_keeps_nothing(collector: None) -> None:
    built: list[_Node] = []

    def fail() -> None:
        with gc_paused(keep=True):
            built.extend(_Node() for _ in range(5000))
            raise ValueError

    with pytest.raises(ValueError):
        fail()
    assert gc.isenabled()
    assert not _oldest(built)


def test_frozen_objects_of_the_program_stay_frozen(collector: None) -> None:
    frozen = _Node()
    gc.freeze()
    try:
        count = gc.get_freeze_count()
        with gc_paused(keep=True):
            _ = [_Node() for _ in range(100)]
        assert gc.get_freeze_count() == count  # not unfrozen by summitlib
        assert frozen is not None
    finally:
        gc.unfreeze()
