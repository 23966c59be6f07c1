"""A corpus as JSON Lines: a header line, then one typed record per line, read as a stream.

::

    {"schema_version": 2, "kind": "summitlib-corpus", "name": "..."}
    {"type": "source", "id": "globe", "kind": "news", "text": "..."}
    {"type": "leader", "id": "vladimir-putin", "name": "Vladimir Putin"}
    {"type": "meeting", "id": "hamburg-2017", ...}

``type`` is ``leader``, ``issue``, ``meeting``, ``source`` or ``claim``; the rest of the line is the
record's plain form. Blank lines are ignored. Every problem names its line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import attrs

from summitlib._suggest import did_you_mean
from summitlib.errors import LoadError, Problem
from summitlib.records import Records
from summitlib.storage._atomic import atomic_file
from summitlib.storage._build import KINDS, SINGULAR, Origin, Part, build, build_part
from summitlib.storage._decode import (
    SURROGATE_ESCAPE,
    DecodeError,
    _pairs,
    decode_utf8,
    loads_json,
    open_regular,
    read_bytes,
)
from summitlib.storage._encode import jsonl_chunks
from summitlib.storage._fast import unstructure_list
from summitlib.storage._msgspec import read_jsonl_fast
from summitlib.storage._schema import CORPUS_KIND, SCHEMA_VERSION, migrate, read_header

_ALLOWED = ("schema_version", "kind", "name", "description")
_PLURAL = {singular: kind for kind, singular in SINGULAR.items()}


class _Line(NamedTuple):
    number: int
    kind: str | None = None
    data: dict[str, Any] | None = None
    problem: Problem | None = None


def _lines(path: Path, file: str) -> Iterator[_Line]:
    """The records of a JSON Lines corpus, line by line; the first item describes the header."""
    try:
        stream = open_regular(path, file)  # closed below; a generator keeps it open while streaming
    except DecodeError as error:
        yield _Line(0, problem=error.problem)
        return
    with stream:
        version: int | None = None
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            try:
                data = loads_json(decode_utf8(raw, file, number - 1), file, number)
            except DecodeError as error:
                yield _Line(number, problem=error.problem)
                if version is None:
                    return
                continue
            if version is None:
                version, meta, problems = read_header(data, file, allowed=_ALLOWED, kind=True, line=number)
                for problem in problems:
                    yield _Line(number, problem=problem)
                if version is None:
                    return
                yield _Line(number, kind="", data=meta)
                continue
            singular = data.get("type") if type(data) is dict else None
            kind = _PLURAL.get(singular) if type(singular) is str else None
            if kind is None:
                yield _Line(number, problem=_wrong_kind(data, file, number))
                continue
            del data["type"]
            if version < SCHEMA_VERSION:
                data = migrate(kind, data, version)
            yield _Line(number, kind, data)
        if version is None:
            yield _Line(
                1,
                problem=Problem(
                    file=file,
                    message="the file is empty; expected a header line "
                    f'{{"schema_version": {SCHEMA_VERSION}, "kind": "{CORPUS_KIND}"}}',
                ),
            )


def _wrong_kind(data: object, file: str, line: int) -> Problem:
    if not isinstance(data, dict):
        message = f"expected a record object with a 'type', got a {type(data).__name__}"
        return Problem(file=file, line=line, message=message)
    singular = data.get("type")
    choices = ", ".join(map(repr, _PLURAL))
    if singular is None:
        message = f"required field 'type' is missing; expected one of {choices}"
        return Problem(file=file, line=line, path="$.type", message=message)
    hint = did_you_mean(singular, _PLURAL)
    message = f"unknown record type {singular!r}; expected one of {choices}{hint}"
    return Problem(file=file, line=line, path="$.type", message=message)


def _read_fast(raw: bytes, file: str) -> Iterator[_Line] | None:
    """All lines of a well-formed current-version file, decoded in one ``json.loads`` call; None when
    anything is unusual (the line-by-line reader then finds and reports it)."""
    if SURROGATE_ESCAPE.search(raw):  # the line-by-line reader checks for lone surrogates
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    lines = [(number, line) for number, line in enumerate(text.split("\n"), 1) if line.strip()]
    if not lines:
        return None
    try:
        header = loads_json(lines[0][1], file, lines[0][0])
        version, meta, problems = read_header(header, file, allowed=_ALLOWED, kind=True, line=lines[0][0])
        if problems or version != SCHEMA_VERSION:
            return None
        values = json.loads("[" + ",".join(line for _, line in lines[1:]) + "]", object_pairs_hook=_pairs)
    except (DecodeError, ValueError, RecursionError):  # SchemaVersionError is raised again by the slow path
        return None
    if len(values) != len(lines) - 1:  # a line holding more than one value
        return None
    result = [_Line(lines[0][0], "", meta)]
    for (number, _), data in zip(lines[1:], values, strict=True):
        singular = data.get("type") if type(data) is dict else None
        kind = _PLURAL.get(singular) if type(singular) is str else None
        if kind is None:
            return None
        del data["type"]
        result.append(_Line(number, kind, data))
    return iter(result)


def read_jsonl(path: Path, file: str) -> tuple[list[Part], dict[str, str], list[Problem]]:
    """The parts of a JSON Lines corpus, its metadata, and every problem found."""
    items: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    lines: dict[str, list[int]] = {kind: [] for kind in KINDS}
    problems: list[Problem] = []
    meta: dict[str, str] = {}
    try:
        raw = read_bytes(path, file)
    except DecodeError as error:
        return [], {}, [error.problem]
    fast = read_jsonl_fast(raw, file, path)  # None without msgspec, or for anything unusual
    if fast is not None:
        return fast[0], fast[1], []
    for line in _read_fast(raw, file) or _lines(path, file):
        if line.problem is not None:
            problems.append(line.problem)
        elif line.kind == "":
            meta = dict(line.data or {})
        elif line.kind is not None and line.data is not None:
            items[line.kind].append(line.data)
            lines[line.kind].append(line.number)
    parts = []
    for kind in KINDS:
        if items[kind]:
            origin = Origin(file=file, format="jsonl", record_lines=tuple(lines[kind]), path=path)
            part, found = build_part(kind, items[kind], origin)
            problems.extend(found)
            parts.append(part)
    return parts, meta, problems


def stream_jsonl(path: Path, file: str) -> Iterator[Any]:
    """Typed records of a JSON Lines corpus one at a time, without reading the whole file.

    Raises:
        LoadError: at the first line that is not a valid record (records are checked one by one; ids are
            not cross-checked).
    """
    counts = dict.fromkeys(KINDS, 0)
    for line in _lines(path, file):
        if line.problem is not None:
            raise LoadError([line.problem])
        if line.kind and line.data is not None:
            origin = Origin(file=file, format="jsonl", record_lines=(line.number,))
            records, problems = build(line.kind, [line.data], origin)
            if problems:
                prefix = f"$.{line.kind}[0]"
                index = f"$.{line.kind}[{counts[line.kind]}]"
                raise LoadError(
                    attrs.evolve(p, path=index + p.path.removeprefix(prefix))
                    if p.path.startswith(prefix)
                    else p
                    for p in problems
                )
            counts[line.kind] += 1
            yield records[0]


def write_jsonl(records: Records, path: Path, meta: dict[str, str]) -> None:
    """Write ``records`` as JSON Lines (sources first), atomically."""
    head: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "kind": CORPUS_KIND}
    head.update((k, v) for k, v in meta.items() if k in ("name", "description"))
    lists = []
    for kind in ("sources", "leaders", "issues", "meetings", "claims"):
        tag = {"type": SINGULAR[kind]}
        lists.append((kind, unstructure_list(getattr(records, kind), KINDS[kind], tag)))
    with atomic_file(path) as file:
        file.writelines(jsonl_chunks(head, lists))
