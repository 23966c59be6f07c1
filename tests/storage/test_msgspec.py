"""Reading JSON with msgspec (the ``fast`` extra) gives exactly what the standard reader gives: the same
records, and for anything wrong it steps aside so that the standard reader reports the same problems."""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlib import LoadError, Records
from summitlib.storage import _msgspec, load_records, save_records
from summitlib.storage._json import read_json, read_jsonl
from summitlib.strategies import records

pytest.importorskip("msgspec")

from ..helpers import corpus_examples
from .helpers import HAMBURG
from .test_fuzz import _duplicate_key, _mutate_data

MORE = settings(max_examples=settings.default.max_examples * 3)


@pytest.fixture(scope="module")
def workspace() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


def _simple(corpus: Records) -> Records:
    """``corpus`` with no outcomes or inferences on its meetings (those take the standard reader)."""
    meetings = tuple(attrs.evolve(m, outcomes=(), inferred=()) for m in corpus.meetings)
    return attrs.evolve(corpus, meetings=meetings)


def _standard(path: Path) -> Records | list[Any]:
    """What loading gives without msgspec: the records, or the problems."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_msgspec, "_msgspec", lambda: None)
        try:
            return load_records(path)
        except LoadError as error:
            return error.problems


def _fast(path: Path) -> Records | None:
    found = _msgspec.read_json_fast(path.read_bytes(), str(path), path)
    if found is None:
        return None
    parts, _ = found
    lists: dict[str, list[Any]] = {}
    for part in parts:
        lists.setdefault(part.kind, []).extend(part.records)
    return Records(**lists)


@corpus_examples()
@given(records(), st.sampled_from([None, 1]))
def test_same_records_as_the_standard_reader(workspace: Path, corpus: Records, indent: int | None) -> None:
    """Any saved corpus (also re-indented by hand) reads into the same records with or without msgspec."""
    path = workspace / "corpus.json"
    save_records(_simple(corpus), path)
    if indent is not None:
        path.write_text(json.dumps(json.loads(path.read_text("utf-8")), indent=indent), "utf-8")
    fast = _fast(path)
    assert fast is not None
    assert load_records(path) == _standard(path)
    assert fast == read_json_records(path)


def read_json_records(path: Path) -> Records:
    """The records of `read_json` without msgspec (not yet checked for consistency)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_msgspec, "_msgspec", lambda: None)
        parts, _, problems = read_json(path, str(path))
    assert problems == []
    lists: dict[str, list[Any]] = {}
    for part in parts:
        lists.setdefault(part.kind, []).extend(part.records)
    return Records(**lists)


@pytest.fixture(scope="module")
def base(workspace: Path) -> dict[str, Any]:
    """A small saved corpus whose meetings take the msgspec path, as plain data."""
    corpus = load_records(HAMBURG)
    path = workspace / "base.json"
    save_records(_simple(corpus), path)
    assert _fast(path) is not None
    return json.loads(path.read_text("utf-8"))  # type: ignore[no-any-return]


@MORE
@given(data=st.data())
def test_damaged_documents_read_the_same(workspace: Path, base: dict[str, Any], data: st.DataObject) -> None:
    """Retyped, deleted, renamed and repeated keys: msgspec either steps aside or gives exactly what the
    standard reader gives (which then found no problem)."""
    document = _mutate_data(copy.deepcopy(base), data.draw)
    text = json.dumps(document, ensure_ascii=False, separators=data.draw(st.sampled_from([None, (",", ":")])))
    if data.draw(st.booleans()):
        text = _duplicate_key(text, data.draw)
    path = workspace / "damaged.json"
    path.write_text(text, "utf-8")
    fast = _fast(path)
    if fast is not None:
        assert fast == read_json_records(path)
    assert _load(path) == _standard(path)


def _load(path: Path) -> Records | list[Any]:
    try:
        return load_records(path)
    except LoadError as error:
        return error.problems


@pytest.mark.parametrize(
    "change",
    [
        lambda text: text.replace('"name":', '"name":"Twice","name":', 1),
        lambda text: text.replace('"city":', '"city":"Bonn","city":', 1),
        lambda text: text.replace('"quote":', '"quote":"x","quote":', 1),
        lambda text: text.replace('"kind":', '"kind":"x","kind":', 1),
        lambda text: text.replace('"name":', '"name" :"Twice","name":', 1),
    ],
)
def test_repeated_keys_are_left_to_the_standard_reader(workspace: Path, change: Any) -> None:
    """msgspec keeps the last of a repeated key; the count of keys catches it and the standard reader
    reports it, with its line."""
    corpus = load_records(HAMBURG)
    path = workspace / "repeated.json"
    save_records(_simple(corpus), path)
    text = change(path.read_text("utf-8"))
    path.write_text(text, "utf-8")
    assert _fast(path) is None
    with pytest.raises(LoadError, match="appears twice"):
        load_records(path)


@pytest.mark.parametrize(
    ("text", "keys", "expected"),
    [
        (b'{"a":1,"b":2}', 2, True),
        (b'{"a":1,"a":2}', 1, False),  # msgspec would give one key
        (b'{"a":"x:y","b":2}', 2, True),  # a colon in text: the pairs decide
        (b'{"a" :1,"b":"x:y"}', 2, False),  # a spaced key and a colon in text: cannot tell
        (b'{"a":"\\":","b":1}', 2, False),  # an escaped quote before a colon counts too: cannot tell
    ],
)
def test_repeated_key_count(text: bytes, keys: int, expected: bool) -> None:
    assert _msgspec._no_repeated_keys(text, keys) is expected


@pytest.mark.parametrize(
    "value",
    [
        "\\ud800",
        "\\udc00\\ud800",
        "\\u0000",
        "\\u2028",
        "é",
        "\\u00e9",
        "\\/",
        "\\\\",
        '\\"',
        "𝄞",
        "\\ud834\\udd1e",
    ],
)
def test_text_decodes_as_the_standard_library_does(workspace: Path, value: str) -> None:
    """Escapes, lone surrogates and characters outside the BMP: the same text either way (or the
    standard reader decides)."""
    corpus = load_records(HAMBURG)
    path = workspace / "escapes.json"
    save_records(_simple(corpus), path)
    text = path.read_text("utf-8")
    at = text.index('"name":"', text.index('"meetings"')) + len('"name":"')
    path.write_text(f"{text[:at]}{value} {text[at:]}", "utf-8")
    fast = _fast(path)
    if fast is not None:
        assert fast == read_json_records(path)
    assert _load(path) == _standard(path)


# JSON Lines ------------------------------------------------------------------------------------------------


def _fast_lines(path: Path) -> Records | None:
    found = _msgspec.read_jsonl_fast(path.read_bytes(), str(path), path)
    if found is None:
        return None
    return Records(**{part.kind: part.records for part in found[0]})


def read_jsonl_records(path: Path) -> Records:
    """The records of `read_jsonl` without msgspec (not yet checked for consistency)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_msgspec, "_msgspec", lambda: None)
        parts, _, problems = read_jsonl(path, str(path))
    assert problems == []
    return Records(**{part.kind: part.records for part in parts})


@corpus_examples()
@given(records())
def test_json_lines_same_records_as_the_standard_reader(workspace: Path, corpus: Records) -> None:
    """Any saved corpus reads from JSON Lines into the same records with or without msgspec, and msgspec
    reads every one whose meetings have no outcomes or inferences."""
    path = workspace / "corpus.jsonl"
    save_records(_simple(corpus), path)
    fast = _fast_lines(path)
    assert fast is not None
    assert fast == read_jsonl_records(path)
    assert load_records(path) == _standard(path)
    save_records(corpus, path)
    assert load_records(path) == _standard(path)


def _damage_lines(lines: list[str], draw: st.DrawFn) -> str:
    """JSON Lines damaged the ways a hand edit or a bad merge does; every change keeps valid JSON text
    somewhere, so that only the line structure is wrong (or a record's data)."""
    at = draw(st.integers(1, len(lines) - 1))
    change = draw(
        st.sampled_from(
            ["join", "comma", "split", "blank", "spaces", "crlf", "no-end", "swap", "data", "key", "type"]
        )
    )
    if change in ("join", "comma") and at + 1 < len(lines):
        lines[at : at + 2] = [lines[at] + (" " if change == "join" else ",") + lines[at + 1]]
    elif change == "split" and "," in lines[at]:
        cut = lines[at].index(",") + 1
        lines[at : at + 1] = [lines[at][:cut], lines[at][cut:]]
    elif change == "blank":
        lines.insert(at, "")
    elif change == "spaces":
        lines.insert(at, "  \t")
    elif change == "swap" and at + 1 < len(lines):
        lines[at], lines[at + 1] = lines[at + 1], lines[at]
    elif change == "data":
        lines[at] = json.dumps(_mutate_data(json.loads(lines[at]), draw), ensure_ascii=False)
    elif change == "key":
        lines[at] = _duplicate_key(lines[at], draw)
    elif change == "type":
        record = json.loads(lines[at])
        record["type"] = draw(st.sampled_from(["meeting", "source", "leader", "meetings", 1, None]))
        lines[at] = json.dumps(record, ensure_ascii=False)
    text = ("\r\n" if change == "crlf" else "\n").join(lines)
    return text if change == "no-end" else text + "\n"


@MORE
@given(data=st.data())
def test_damaged_json_lines_read_the_same(workspace: Path, data: st.DataObject) -> None:
    """Lines joined, split, blank, swapped, with damaged data, a repeated key or another type: msgspec
    either steps aside or gives exactly what the standard reader gives, and loading reports the same
    problems on the same lines."""
    corpus = load_records(HAMBURG)
    path = workspace / "damaged.jsonl"
    save_records(_simple(corpus), path)
    path.write_text(_damage_lines(path.read_text("utf-8").splitlines(), data.draw), "utf-8")
    fast = _fast_lines(path)
    if fast is not None:
        assert fast == read_jsonl_records(path)
    assert _load(path) == _standard(path)


@pytest.mark.parametrize(
    ("change", "taken"),
    [
        (lambda text: text, True),
        (lambda text: text.replace("\n", "\r\n"), True),  # a carriage return is whitespace
        (lambda text: text.removesuffix("\n"), True),
        (lambda text: text.replace("\n", "\n\n", 2), False),  # a blank line: the line numbers would shift
        (lambda text: text.replace('"type":"meeting",', '"type":"meeting","type":"meeting",', 1), False),
        (lambda text: text.replace('"type":"meeting",', '"type":"meeting",\n', 1), False),
        (lambda text: text.replace('"schema_version":2', '"schema_version":99', 1), False),  # from the future
        (lambda text: text.replace('"schema_version":2', '"schema_version":true', 1), False),
    ],
)
def test_json_lines_fast_path_taken(workspace: Path, change: Any, taken: bool) -> None:
    """msgspec reads well-formed files (also with CRLF or no final newline), and steps aside for
    anything that would move a line or needs the standard reader."""
    corpus = load_records(HAMBURG)
    path = workspace / "lines.jsonl"
    save_records(_simple(corpus), path)
    path.write_bytes(change(path.read_text("utf-8")).encode("utf-8"))
    assert (_fast_lines(path) is not None) is taken
    assert _load(path) == _standard(path)


def test_json_lines_problem_lines_with_msgspec(workspace: Path) -> None:
    """A dangling reference found after msgspec read the file is reported on the record's own line."""
    corpus = load_records(HAMBURG)
    path = workspace / "dangling.jsonl"
    save_records(_simple(corpus), path)
    lines = path.read_text("utf-8").splitlines()
    number = next(n for n, line in enumerate(lines, 1) if '"participants":["' in line)
    lines[number - 1] = lines[number - 1].replace('"participants":["', '"participants":["nobody-', 1)
    path.write_text("\n".join(lines) + "\n", "utf-8")
    assert _fast_lines(path) is not None
    problems = _load(path)
    assert problems == _standard(path)
    assert not isinstance(problems, Records)
    assert [problem.line for problem in problems] == [number]
