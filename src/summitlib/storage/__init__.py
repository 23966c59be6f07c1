"""Storing corpora: a directory of YAML and texts, one JSON document, or JSON Lines.

Most code uses [`summitlib.load`][summitlib.load] and [`summitlib.save`][summitlib.save], which work on a
[`Corpus`][summitlib.Corpus]. This package is the layer below: it reads and writes
[`Records`][summitlib.Records] and knows the formats (see *Loading and saving* in the docs).

* Every format carries a schema version; a file from a newer summitlib is a
  [`SchemaVersionError`][summitlib.SchemaVersionError], older ones are upgraded by registered migrations.
* Loading collects every problem of every file into one [`LoadError`][summitlib.LoadError], each with the
  file, the line where the format has lines, and the record path (``$.meetings[3].when``).
* Saving is atomic: an interrupted save leaves the previous file or directory as it was.

Examples:
    >>> import tempfile, pathlib
    >>> from summitlib import Records, Source, SourceKind
    >>> from summitlib.storage import load_records, save_records
    >>> records = Records(sources=[Source(id="s", text="Hello.", kind=SourceKind.NEWS)])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = pathlib.Path(tmp, "corpus.jsonl")
    ...     save_records(records, path)
    ...     load_records(path) == records
    True
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from summitlib._gc import gc_paused
from summitlib.errors import CorpusError, SaveError
from summitlib.records import Records, check_records
from summitlib.storage._json import write_json
from summitlib.storage._jsonl import stream_jsonl, write_jsonl
from summitlib.storage._read import FORMATS, StrPath, detect_format, read_located
from summitlib.storage._schema import MIGRATIONS, SCHEMA_VERSION, Migration, register_migration

__all__ = [
    "FORMATS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Migration",
    "detect_format",
    "load_records",
    "register_migration",
    "save_records",
    "stream_records",
]


def _write_directory(records: Records, target: Path, meta: dict[str, str]) -> None:
    """`write_directory`, with YAML imported when a directory is first written."""
    from summitlib.storage._yamldir import write_directory

    write_directory(records, target, meta)


_WRITERS = {"directory": _write_directory, "json": write_json, "jsonl": write_jsonl}


def load_records(*paths: StrPath) -> Records:
    """Load, merge and check the records stored at ``paths``.

    Records with the same id in several files must be identical (they are then kept once).

    Raises:
        LoadError: listing every problem with its file, line and path; nothing is returned in part.
        SchemaVersionError: a file was written by a newer summitlib.
    """
    if not paths:
        raise TypeError("load_records() needs at least one path")
    with gc_paused(keep=True):  # one pause for reading and checking: the records are kept
        located, _ = read_located(paths)
        try:
            return check_records(located.records)
        except CorpusError as error:
            raise located.load_error(error) from None


def save_records(
    records: Records,
    path: StrPath,
    *,
    format: str | None = None,
    name: str | None = None,
    description: str | None = None,
) -> None:
    """Write ``records`` to ``path`` atomically.

    Args:
        records: what to write (evidence offsets are written as they are).
        path: the target file or directory.
        format: ``"directory"``, ``"json"`` or ``"jsonl"``; by default from the suffix of ``path``
            (``.json``, ``.jsonl``; anything else is a directory).
        name: the corpus name written in the header (a directory's name by default).
        description: a description written in the header.

    Raises:
        SaveError: the corpus could not be written; the previous file or directory is unchanged.
        ValueError: ``format`` is not one of `FORMATS`.
    """
    target = Path(path)
    if "\0" in str(target):  # os functions would raise ValueError
        raise SaveError(f"could not save the corpus to {str(target)!r}: the path contains a NUL byte")
    kind = format or detect_format(target, for_writing=True)
    if kind not in _WRITERS:
        raise ValueError(f"unknown format {kind!r}; expected one of {', '.join(FORMATS)}")
    meta = {k: v for k, v in (("name", name), ("description", description)) if v is not None}
    try:
        with gc_paused():  # bulk creation of small objects triggers the collector needlessly
            _WRITERS[kind](records, target, meta)
    except SaveError:
        raise
    except (OSError, UnicodeError) as error:
        raise SaveError(f"could not save the corpus to {target}: {error}") from error


def stream_records(path: StrPath) -> Iterator[Any]:
    """The records of a JSON Lines corpus one at a time, read line by line (constant memory).

    Each record is validated on its own; ids are not cross-checked (use `load_records` for that).

    Raises:
        LoadError: at the first line that is not a valid record, naming the file and line.
    """
    path = Path(path)
    kind = detect_format(path)
    if kind != "jsonl":
        raise ValueError(f"stream_records reads JSON Lines (.jsonl) only, not a {kind} corpus: {path}")
    return stream_jsonl(path, os.fspath(path))
