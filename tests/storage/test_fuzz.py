"""Fuzzing the readers: damaged corpus files only ever raise summitlib's own errors, and leave nothing behind.

Starting from valid small corpora in every format, Hypothesis flips bytes, deletes, duplicates and retypes
keys and values. Whatever the damage, loading either succeeds (and the result is consistent) or raises a
[`LoadError`][summitlib.LoadError] whose every problem names its file and path; no other exception
escapes, and loading never creates, changes or leaves a file.
"""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from summitlib import LoadError, Records, check_records
from summitlib.storage import load_records, save_records

from .helpers import HAMBURG

TEXT = "The meeting lasted more than two hours. Mr. Trump pushed back, according to Mr. Tillerson."
FUZZ = settings(max_examples=settings.default.max_examples * 5)
"""Five times the profile's examples: 300 per file format with ``dev``, 1500 with ``ci`` (a few ms each)."""
FUZZ_DIRECTORY = settings(max_examples=settings.default.max_examples * 2)
"""A directory is six YAML files: twice the profile's examples (600 with ``ci``)."""


def _small_corpus() -> Records:
    """The hamburg corpus, with a short source text so that documents stay small."""
    records = load_records(HAMBURG)
    source = records.sources[0]
    keep = [c for c in records.claims if c.evidence.quote in TEXT]
    import attrs

    def unresolved(claim: Any) -> Any:
        return attrs.evolve(claim, evidence=attrs.evolve(claim.evidence, start=None, end=None))

    return Records(
        leaders=[attrs.evolve(x, evidence=()) for x in records.leaders],
        issues=[attrs.evolve(x, evidence=()) for x in records.issues],
        meetings=[
            attrs.evolve(m, evidence=(), outcomes=[attrs.evolve(o, evidence=()) for o in m.outcomes])
            for m in records.meetings
        ],
        sources=[attrs.evolve(source, text=TEXT)],
        claims=[unresolved(c) for c in keep],
    )


@pytest.fixture(scope="module")
def workspace() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        records = _small_corpus()
        for name in ("base.json", "base.jsonl", "base"):
            save_records(records, root / name)
        yield root


def _listing(root: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(root)), p.stat().st_size) for p in root.rglob("*") if p.is_file())


def _check_load(path: Path, root: Path) -> None:
    """Load ``path``: success gives checked records, failure a LoadError naming files and paths; no file
    is created or changed either way."""
    before = _listing(root)
    failure: LoadError | None = None
    try:
        records = load_records(path)
    except LoadError as error:
        failure = error
    if failure is None:
        assert check_records(records) == records
    else:
        assert failure.problems and str(failure)
        for problem in failure.problems:
            assert problem.file, problem
            assert problem.path.startswith("$"), problem
            assert problem.message, problem
    assert _listing(root) == before


# plain-data mutations ------------------------------------------------------------------------------------

WRONG_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(),
    st.text(max_size=8),
    st.just([]),
    st.just({}),
    st.just(["x", 1]),
    st.just({"a": [1, {"b": None}]}),
    st.sampled_from(["2017-02-30", "2017-07-08/2017-07-07", "-5", "180..120", "XXX", "summit", "author"]),
).map(copy.deepcopy)  # never share a mutable value between examples


def _slots(data: Any) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in ``data``."""
    found: list[tuple[Any, Any]] = []
    stack = [data]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            found.append((node, key))
            stack.append(value)
    return found


def _mutate_data(data: Any, draw: st.DrawFn) -> Any:
    for _ in range(draw(st.integers(1, 3))):
        slots = _slots(data)
        if not slots:
            break
        container, key = slots[draw(st.integers(0, len(slots) - 1))]
        action = draw(st.sampled_from(["delete", "retype", "rename"]))
        if action == "delete":
            del container[key]
        elif action == "retype":
            container[key] = draw(WRONG_VALUES)
        elif isinstance(container, dict):
            container[draw(st.sampled_from(["id", "name", "when", "type", "x", "text", "kind"]))] = (
                container.pop(key)
            )
    return data


def _mutate_bytes(data: bytes, draw: st.DrawFn) -> bytes:
    buffer = bytearray(data)
    for _ in range(draw(st.integers(0, 3))):
        if not buffer:
            break
        position = draw(st.integers(0, len(buffer) - 1))
        action = draw(st.sampled_from(["flip", "delete", "insert"]))
        if action == "flip":
            buffer[position] ^= 1 << draw(st.integers(0, 7))
        elif action == "delete":
            del buffer[position : position + draw(st.integers(1, 20))]
        else:
            buffer[position:position] = draw(
                st.sampled_from([b'"', b"{", b"]", b",", b"\xff", b"\n", b": ", b"- "])
            )
    return bytes(buffer)


def _duplicate_key(text: str, draw: st.DrawFn) -> str:
    """Repeat a JSON key in the object it belongs to."""
    keys = [i for i in range(len(text)) if text.startswith('{"', i)]
    if not keys:
        return text
    at = keys[draw(st.integers(0, len(keys) - 1))] + 1
    end = text.find(",", at)
    return text if end < 0 else text[:at] + text[at : end + 1] + text[at:]


@FUZZ
@given(data=st.data())
def test_damaged_json(workspace: Path, data: st.DataObject) -> None:
    document = json.loads((workspace / "base.json").read_text(encoding="utf-8"))
    text = json.dumps(
        _mutate_data(document, data.draw), ensure_ascii=False, indent=data.draw(st.sampled_from([None, 1]))
    )
    if data.draw(st.booleans()):
        text = _duplicate_key(text, data.draw)
    target = workspace / "fuzz.json"
    target.write_bytes(_mutate_bytes(text.encode("utf-8"), data.draw))
    try:
        _check_load(target, workspace)
    finally:
        target.unlink()


@FUZZ
@given(data=st.data())
def test_damaged_json_lines(workspace: Path, data: st.DataObject) -> None:
    lines = (workspace / "base.jsonl").read_text(encoding="utf-8").splitlines()
    for number in data.draw(st.sets(st.integers(0, len(lines) - 1), max_size=3)):
        line = json.dumps(_mutate_data(json.loads(lines[number]), data.draw), ensure_ascii=False)
        lines[number] = _duplicate_key(line, data.draw) if data.draw(st.booleans()) else line
    target = workspace / "fuzz.jsonl"
    target.write_bytes(_mutate_bytes("\n".join(lines).encode("utf-8"), data.draw))
    try:
        _check_load(target, workspace)
    finally:
        target.unlink()


@FUZZ_DIRECTORY
@given(data=st.data(), name=st.sampled_from(["corpus", "leaders", "issues", "meetings", "sources", "claims"]))
def test_damaged_directory(workspace: Path, data: st.DataObject, name: str) -> None:
    file = workspace / "base" / f"{name}.yaml"
    original = file.read_bytes()
    document = yaml.safe_load(original)
    if data.draw(st.booleans()):
        text = yaml.safe_dump(_mutate_data(document, data.draw), allow_unicode=True, sort_keys=False)
        lines = text.splitlines(keepends=True)
        if lines and data.draw(st.booleans()):  # a repeated key (or list item) on the next line
            at = data.draw(st.integers(0, len(lines) - 1))
            lines.insert(at, lines[at])
        raw = "".join(lines).encode("utf-8")
    else:
        raw = original
    file.write_bytes(_mutate_bytes(raw, data.draw))
    try:
        _check_load(workspace / "base", workspace)
    finally:
        file.write_bytes(original)
