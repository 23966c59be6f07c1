"""Storing corpora: a directory of YAML and texts, one JSON document, or JSON Lines.

Most code uses [`summitlib.load`][summitlib.load] and [`summitlib.save`][summitlib.save], which work on a
[`Corpus`][summitlib.Corpus]. This package is the layer below: it reads and writes
[`Records`][summitlib.Records] and knows the formats (see *Loading and saving* in the docs).

* Every format carries a schema version; a file from a newer summitlib is a
  [`SchemaVersionError`][summitlib.SchemaVersionError], older ones are upgraded by registered migrations.
* Loading collects every problem of every file into one [`LoadError`][summitlib.LoadError], each with the
  file, the line where the format has lines, and the record path (``$.meetings[3].when``).
* Saving is atomic: an interrupted save leaves the previous file or directory as it was.

The modules below, in the order a load passes through them: the format readers and writers
(`_json`: JSON and JSON Lines; `_yaml`: the YAML directory, imported when first used), msgspec's decoder
and encoder when installed (`_msgspec`), records built from plain data and written back (`_structure`),
where records came from and how files merge, with schema versions (`_problems`), reading bytes and JSON
text with lines (`_decode`), and atomic writes (`_atomic`).

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
import stat
from collections.abc import Callable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from summitlib._gc import gc_paused
from summitlib.errors import CorpusError, LoadError, Problem, SaveError
from summitlib.records import Records, check_records
from summitlib.storage._atomic import recover
from summitlib.storage._decode import DecodeError, cannot_read
from summitlib.storage._json import read_json, read_jsonl, stream_jsonl, write_json, write_jsonl
from summitlib.storage._problems import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Located,
    Migration,
    Part,
    check_references,
    merge,
    register_migration,
)

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

StrPath = str | os.PathLike[str]

FORMATS = ("directory", "json", "jsonl")
"""The storage formats: a corpus directory, one JSON document, JSON Lines."""

_SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def detect_format(path: StrPath, *, for_writing: bool = False) -> str:
    """The format of ``path``: ``"directory"``, ``"json"`` or ``"jsonl"``.

    An existing directory is a corpus directory; otherwise the suffix decides (``.json``, ``.jsonl`` or
    ``.ndjson``). When writing, a path without one of those suffixes is a directory.

    Raises:
        LoadError: (reading) the path is neither a directory nor a ``.json``/``.jsonl`` file.

    Examples:
        >>> detect_format("corpus.jsonl"), detect_format("my-corpus", for_writing=True)
        ('jsonl', 'directory')
    """
    path = Path(path)
    try:
        mode = path_mode(path)
    except DecodeError as error:
        if for_writing:  # the writer reports it, as a SaveError
            mode = None
        else:
            raise LoadError([error.problem]) from None
    if mode is not None and stat.S_ISDIR(mode):
        return "directory"
    suffix = _SUFFIXES.get(path.suffix.lower())
    if suffix is not None:
        return suffix
    if for_writing:
        return "directory"
    if mode is None:
        message = "no such file or directory; expected a corpus directory, a .json or a .jsonl file"
    else:
        message = (
            f"unknown format {path.suffix or '(no suffix)'!r}; expected a corpus directory, .json or .jsonl"
        )
    raise LoadError([Problem(file=str(path), message=message)])


def path_mode(path: Path) -> int | None:
    """The ``st_mode`` of ``path`` (links followed), None when there is nothing there.

    Raises:
        DecodeError: the path cannot be looked at (no permission, a name too long, a NUL byte ...).
    """
    try:
        return os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, ValueError) as error:
        raise cannot_read(str(path), error, "the path") from None


_READERS: dict[str, Callable[[Path, str], tuple[list[Part], dict[str, str], list[Problem]]]] = {
    "json": read_json,
    "jsonl": read_jsonl,
}


def read_located(paths: Sequence[StrPath], *, texts: Path | None = None) -> tuple[Located, dict[str, str]]:
    """Read and merge the corpora at ``paths`` (not yet checked for consistency).

    Returns:
        The located records and the metadata of the first corpus.

    Raises:
        LoadError: with every problem of every file (nothing partial is returned).
        SchemaVersionError: a file was written by a newer summitlib.
    """
    parts: list[Part] = []
    problems: list[Problem] = []
    meta: dict[str, str] = {}
    with gc_paused():
        for index, path in enumerate(_distinct(paths)):
            if not os.path.lexists(path):
                recover(path)  # a directory save that crashed between its two renames (fallback only)
            try:
                kind = detect_format(path)
            except LoadError as error:
                problems.extend(error.problems)
                continue
            if kind == "directory":  # YAML (and its parser) imported when a directory is first read
                from summitlib.storage._yaml import read_directory

                found, found_meta, found_problems = read_directory(path, texts)
            else:
                found, found_meta, found_problems = _READERS[kind](path, str(path))
            parts.extend(found)
            problems.extend(found_problems)
            if index == 0:
                meta = found_meta
        if problems:  # with the consistency problems of what could be built, all at once
            raise LoadError(problems + check_references(parts, problems))
        located, problems = merge(parts)
    if problems:
        raise LoadError(problems)
    return located, meta


def _distinct(paths: Sequence[StrPath]) -> list[Path]:
    """``paths`` without repeats: a file or directory given twice (by any name) is read once."""
    seen: set[object] = set()
    result = []
    for given in paths:
        path = Path(given)
        try:
            info = os.stat(path)
            key: object = (info.st_dev, info.st_ino)
        except (OSError, ValueError):
            key = os.fspath(path)
        if key not in seen:
            seen.add(key)
            result.append(path)
    return result


def bundled_paths() -> tuple[Path, Path]:
    """The bundled corpus directory and the directory of its texts.

    The texts are ``summitlib/_data/seeds`` in an installed wheel, the repository's ``seeds/`` in a source
    checkout.
    """
    package = Path(str(resources.files("summitlib")))
    installed = package / "_data" / "seeds"
    texts = installed if installed.is_dir() else package.parent.parent / "seeds"
    return package / "_data" / "corpus", texts


def _write_directory(records: Records, target: Path, meta: dict[str, str]) -> None:
    """`write_directory`, with YAML imported when a directory is first written."""
    from summitlib.storage._yaml import write_directory

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
