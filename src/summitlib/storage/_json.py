"""A corpus as one JSON document.

::

    {"schema_version": 2, "kind": "summitlib-corpus", "name": "...",
     "leaders": [...], "issues": [...], "meetings": [...], "sources": [...], "claims": [...]}

Each list holds records in their plain form (`summitlib.serialization.unstructure`); sources carry their
``text`` inline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from summitlib.errors import Problem
from summitlib.records import Records
from summitlib.storage._atomic import atomic_file
from summitlib.storage._build import KINDS, Origin, Part, take
from summitlib.storage._decode import DecodeError, decode_utf8, loads_json, read_bytes
from summitlib.storage._encode import json_document
from summitlib.storage._fast import unstructure_list
from summitlib.storage._msgspec import read_json_fast
from summitlib.storage._schema import CORPUS_KIND, SCHEMA_VERSION, read_header

_ALLOWED = ("schema_version", "kind", "name", "description", *KINDS)


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
    version, meta, problems = read_header(data, file, allowed=_ALLOWED, kind=True)
    if version is None:
        return [], meta, problems
    origin = Origin(file=file, format="json", path=path)
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
    lists = {kind: unstructure_list(getattr(records, kind), cls) for kind, cls in KINDS.items()}
    with atomic_file(path) as file:
        file.writelines(json_document(head, lists))
