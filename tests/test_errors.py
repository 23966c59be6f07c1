"""Tests for summitlib.errors: the hierarchy and its messages."""

from __future__ import annotations

import pytest

import summitlib
from summitlib import errors


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (errors.InvalidValueError, ValueError),
        (errors.NotFoundError, LookupError),
        (errors.AmbiguousError, LookupError),
        (errors.CorpusError, ValueError),
        (errors.LoadError, ValueError),
        (errors.SchemaVersionError, ValueError),
        (errors.SaveError, OSError),
    ],
)
def test_every_error_is_a_summitlib_error_and_its_builtin(error: type[Exception], builtin: type) -> None:
    assert issubclass(error, summitlib.SummitlibError)
    assert issubclass(error, builtin)


def test_not_found_suggests() -> None:
    error = errors.NotFoundError("leader", "Lavrv", ["sergey-lavrov"])
    assert str(error) == "no leader matches 'Lavrv'; did you mean 'sergey-lavrov'?"
    assert isinstance(error, LookupError)


def test_ambiguous_lists_candidates() -> None:
    error = errors.AmbiguousError("leader", "Trump", [f"id{i}" for i in range(12)])
    assert "'id0'" in str(error) and "and 2 more" in str(error)


def test_load_error_lists_every_problem() -> None:
    problems = [
        errors.Problem(message=f"m{i}", path=f"$.meetings[{i}]", file="c.json", line=i + 1) for i in range(3)
    ]
    error = errors.LoadError(problems)
    text = str(error)
    assert text.startswith("3 problems found")
    assert "c.json:2: $.meetings[1]: m1" in text
    assert error.problems == tuple(problems)


def test_the_tree_is_documented() -> None:
    doc = errors.__doc__ or ""
    for name in ("SummitlibError", "InvalidValueError", "NotFoundError", "LoadError", "SaveError"):
        assert name in doc


def test_not_found_suggestions_are_computed_only_when_needed() -> None:
    calls = []

    def suggest() -> list[str]:
        calls.append(1)
        return ["Vladimir Putin"]

    error = errors.NotFoundError("leader", "Putn", suggest)
    assert calls == []
    assert str(error) == "no leader matches 'Putn'; did you mean 'Vladimir Putin'?"
    assert error.suggestions == ("Vladimir Putin",) and calls == [1]
    assert isinstance(error, LookupError)


def test_get_misses_do_not_search_for_suggestions(monkeypatch: pytest.MonkeyPatch) -> None:
    from summitlib._names import NameIndex

    corpus = summitlib.load()

    def fail(*args: object, **kwargs: object) -> list[str]:
        raise AssertionError("suggestions computed for a get() miss")

    monkeypatch.setattr(NameIndex, "suggest", fail)
    assert corpus.leaders.get("Nobody In Particular") is None
    assert corpus.meetings.get("Nowhere") is None
