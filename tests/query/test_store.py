"""Tests of summitlib.query.store: the query indexes of a corpus are built on first use, once, also when
threads query at the same time."""

from __future__ import annotations

import threading
from typing import Any

import pytest

import summitlib
from summitlib import Corpus
from summitlib.query.store import Store


def _built(store: Store) -> set[str]:
    return set(Store._LAZY).intersection(vars(store))


def test_loading_builds_no_index() -> None:
    """A loaded corpus holds its records; no index is built until a query needs it."""
    corpus = summitlib.load()
    assert _built(corpus._store) == set()
    corpus.meetings.filter(during=2017)
    assert "meetings" in _built(corpus._store)
    assert "mentions" not in _built(corpus._store)


def test_every_lazy_attribute_has_a_builder() -> None:
    """Each lazy attribute is set by its builder, and a name that is not an index is an AttributeError."""
    store = Store(summitlib.load().records)
    for name in Store._LAZY:
        getattr(store, name)
    assert _built(store) == set(Store._LAZY)
    with pytest.raises(AttributeError):
        store.no_such_index  # noqa: B018


def test_indexes_are_built_once_under_concurrent_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """Threads that query a fresh corpus at the same time all get the same, complete index."""
    corpus = summitlib.load()
    calls: list[str] = []
    original = Store._index_meetings

    def counting(self: Any) -> None:
        calls.append("meetings")
        original(self)

    monkeypatch.setattr(Store, "_index_meetings", counting)
    fresh = Corpus(corpus.records)
    barrier = threading.Barrier(8)
    results: list[Any] = []

    def query() -> None:
        barrier.wait()
        results.append(fresh._store.pairs)

    threads = [threading.Thread(target=query) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == ["meetings"]
    assert len(results) == 8 and all(result is results[0] for result in results)
    assert results[0] == Store(corpus.records).pairs


def test_a_corpus_pickles_with_or_without_its_indexes() -> None:
    """A corpus crosses process boundaries (multiprocessing, Dask): the lock is recreated, not pickled."""
    import pickle

    import summitlib

    corpus = summitlib.load()
    fresh = pickle.loads(pickle.dumps(corpus))
    assert fresh.records == corpus.records
    assert [m.id for m in corpus.meetings.filter(at="Hamburg")] == [
        m.id for m in fresh.meetings.filter(at="Hamburg")
    ]
    again = pickle.loads(pickle.dumps(fresh))  # now with its indexes built
    assert len(again.meetings) == len(corpus.meetings)
