"""A corpus as one JSON document, or as JSON Lines: readers and writers.

**JSON document**::

    {"schema_version": 2, "kind": "summitlib-corpus", "name": "...",
     "leaders": [...], "issues": [...], "meetings": [...], "sources": [...], "claims": [...]}

Each list holds records in their plain form (`summitlib.serialization.unstructure`), one record per line;
sources carry their ``text`` inline.

**JSON Lines**: a header line, then one typed record per line, read as a stream::

    {"schema_version": 2, "kind": "summitlib-corpus", "name": "..."}
    {"type": "source", "id": "globe", "kind": "news", "text": "..."}
    {"type": "leader", "id": "vladimir-putin", "name": "Vladimir Putin"}
    {"type": "meeting", "id": "hamburg-2017", ...}

``type`` is ``leader``, ``issue``, ``meeting``, ``source`` or ``claim``; the rest of the line is the
record's plain form. Blank lines are ignored. Every problem names its line.

**Reading**: with msgspec when it is installed (`summitlib.storage._msgspec`, which returns None for
anything unusual), otherwise — and then — the standard library's ``json`` and `build`.

**Writing**: the standard library's encoder (``ensure_ascii=False``, compact separators) defines the bytes
written. When msgspec is importable (the ``fast`` extra) it encodes leaders, issues, meetings and sources
instead: for their plain form (text, whole numbers, booleans, None, lists and mappings with text keys) it
writes exactly the same bytes, several times faster, and a whole list in one call. It encodes them from
structs generated from the record classes and filled column by column
(`summitlib.storage._msgspec.plain_structs`), which it writes as the plain form without the plain form
being built record by record; if that fails on anything, from the plain form. Claims may hold
floats, which msgspec writes differently (``1e16`` for ``1e+16``), so they always go through the standard
library. If msgspec fails on anything, the whole document is encoded again by the standard library,
which raises its own error (a lone surrogate: the same ``UnicodeEncodeError`` as without msgspec).
msgspec writes a list as JSON Lines (``encode_lines``): compact values, each followed by a newline.
Compact JSON holds no other newline byte (a newline inside text is written ``\\n``), so the document's
one-record-per-line layout is that text with each newline but the last replaced by ``,\\n  ``.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple, cast

import attrs

from summitlib._suggest import did_you_mean
from summitlib.errors import LoadError, Problem
from summitlib.records import Records
from summitlib.storage._atomic import atomic_file
from summitlib.storage._decode import (
    SURROGATE_ESCAPE,
    DecodeError,
    _pairs,
    decode_utf8,
    json_lines,
    loads_json,
    open_regular,
    read_bytes,
)
from summitlib.storage._msgspec import plain_structs, read_json_fast, read_jsonl_fast
from summitlib.storage._problems import (
    CORPUS_KIND,
    KINDS,
    SCHEMA_VERSION,
    SINGULAR,
    Origin,
    Part,
    migrate,
    read_header,
)
from summitlib.storage._structure import build, build_part, take, unstructure_list

__all__ = [
    "json_document",
    "jsonl_chunks",
    "read_json",
    "read_jsonl",
    "stream_jsonl",
    "write_json",
    "write_jsonl",
]

_HEADER = ("schema_version", "kind", "name", "description")
_DOCUMENT = (*_HEADER, *KINDS)
_PLURAL = {singular: kind for kind, singular in SINGULAR.items()}


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
"""Plain data just built holds no cycles: no need to check for them."""

_EXACT = frozenset(("leaders", "issues", "meetings", "sources"))
"""Record kinds whose plain form holds no floats, so msgspec writes the very same bytes."""

Lines = Callable[[list[Any]], bytes]
"""Encodes a list as JSON Lines: each value compact, followed by a newline."""


def _find_msgspec() -> Lines | None:
    try:
        module = importlib.import_module("msgspec")
    except ImportError:
        return None
    return cast(Lines, module.json.Encoder().encode_lines)


fast_lines: Lines | None = _find_msgspec()
"""msgspec's JSON Lines encoder when it is installed (tests set this to None to check the standard path)."""


def _standard_lines(values: list[Any]) -> bytes:
    return "".join(_dumps(value) + "\n" for value in values).encode("utf-8")


def _encoded(lists: list[tuple[str, list[Any]]], fast: Lines) -> list[tuple[str, bytes]]:
    """Each ``(kind, records)`` list as JSON Lines: with ``fast`` for the kinds it writes exactly."""
    return [(kind, (fast if kind in _EXACT else _standard_lines)(data)) for kind, data in lists]


def _encode_lists(lists: list[tuple[str, list[Any]]]) -> list[tuple[str, bytes]]:
    """`_encoded` with msgspec when installed; if it fails on anything, every list again with the
    standard encoder, which raises its own errors."""
    if fast_lines is not None:
        try:
            return _encoded(lists, fast_lines)
        except Exception:  # anything msgspec cannot take: the standard encoder, with its own errors
            pass
    return _encoded(lists, _standard_lines)


def _encode_records(records: Records, kinds: tuple[str, ...], tagged: bool) -> list[tuple[str, bytes]]:
    """Each kind's ``records`` as JSON Lines (with a ``type`` first when ``tagged``): with msgspec, from
    structs filled column by column (`summitlib.storage._msgspec.plain_structs`) for the kinds it
    writes exactly; if that fails on anything, from the plain form (`_encode_lists`)."""
    if fast_lines is not None:
        try:
            return [
                (kind, fast_lines(plain_structs(getattr(records, kind), KINDS[kind], _tag(kind, tagged))))
                if kind in _EXACT
                else (
                    kind,
                    _standard_lines(
                        unstructure_list(getattr(records, kind), KINDS[kind], _tag(kind, tagged))
                    ),
                )
                for kind in kinds
            ]
        except Exception:  # anything msgspec or a conversion refuses: the plain form, with its own errors
            pass
    return _encode_lists(
        [(kind, unstructure_list(getattr(records, kind), KINDS[kind], _tag(kind, tagged))) for kind in kinds]
    )


def _tag(kind: str, tagged: bool) -> dict[str, str] | None:
    return {"type": SINGULAR[kind]} if tagged else None


def json_document(head: dict[str, Any], lists: dict[str, list[Any]]) -> list[bytes]:
    """One JSON document, in pieces to write one after the other: the ``head`` fields, then each list
    (of plain forms) with one record per line.

    Raises:
        UnicodeEncodeError: text that is not valid Unicode (a lone surrogate).
    """
    return _document(head, _encode_lists(list(lists.items())))


def _document(head: dict[str, Any], encoded: list[tuple[str, bytes]]) -> list[bytes]:
    """The document's pieces: the ``head`` fields, then each kind's JSON Lines as a list, one record per
    line."""
    chunks = [_dumps(head)[:-1].encode("utf-8")]
    for kind, lines in encoded:
        if lines:
            chunks += (f',\n "{kind}": [\n  '.encode(), lines[:-1].replace(b"\n", b",\n  "), b"\n ]")
        else:
            chunks.append(f',\n "{kind}": []'.encode())
    chunks.append(b"\n}\n")
    return chunks


def jsonl_chunks(head: dict[str, Any], lists: list[tuple[str, list[dict[str, Any]]]]) -> list[bytes]:
    """JSON Lines: the ``head`` line, then for each ``(kind, records)`` one line per record.

    Raises:
        UnicodeEncodeError: text that is not valid Unicode (a lone surrogate).
    """
    return _lines_file(head, _encode_lists(lists))


def _lines_file(head: dict[str, Any], encoded: list[tuple[str, bytes]]) -> list[bytes]:
    return [_dumps(head).encode("utf-8") + b"\n", *(lines for _, lines in encoded if lines)]


def read_json(path: Path, file: str) -> tuple[list[Part], dict[str, str], list[Problem]]:
    """The parts of a JSON corpus file, its metadata, and every problem found."""
    try:
        raw = read_bytes(path, file)
        fast = read_json_fast(raw, file, path)  # None without msgspec, or for anything unusual
        if fast is not None:
            return fast[0], fast[1], []
        text = decode_utf8(raw, file)
        if not text or text.isspace():
            raise DecodeError(
                Problem(file=file, message="the file is empty; expected a JSON corpus document")
            )
        data = loads_json(text, file)
    except DecodeError as error:
        return [], {}, [error.problem]
    version, meta, problems = read_header(data, file, allowed=_DOCUMENT, kind=True)
    if version is None:
        return [], meta, problems
    origin = Origin(file=file, format="json", path=path, find_lines=json_lines)
    parts = []
    for kind in KINDS:
        if kind in data:
            part, found = take(kind, data[kind], origin, version)
            problems.extend(found)
            if part is not None:
                parts.append(part)
    return parts, meta, problems


def write_json(records: Records, path: Path, meta: dict[str, str]) -> None:
    """Write ``records`` as one JSON document (one record per line, for readable diffs), atomically."""
    head: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "kind": CORPUS_KIND}
    head.update((k, v) for k, v in meta.items() if k in ("name", "description"))
    encoded = _encode_records(records, tuple(KINDS), tagged=False)
    with atomic_file(path) as file:
        file.writelines(_document(head, encoded))


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
                version, meta, problems = read_header(data, file, allowed=_HEADER, kind=True, line=number)
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
        version, meta, problems = read_header(header, file, allowed=_HEADER, kind=True, line=lines[0][0])
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
    encoded = _encode_records(records, ("sources", "leaders", "issues", "meetings", "claims"), tagged=True)
    with atomic_file(path) as file:
        file.writelines(_lines_file(head, encoded))
