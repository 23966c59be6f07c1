"""Reading one or more stored corpora into located records, and the bundled corpus' whereabouts."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

from summitlib._gc import gc_paused
from summitlib.errors import LoadError, Problem
from summitlib.storage._atomic import recover
from summitlib.storage._build import Located, Part, check_references, merge
from summitlib.storage._decode import DecodeError, cannot_read
from summitlib.storage._json import read_json
from summitlib.storage._jsonl import read_jsonl

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
                from summitlib.storage._yamldir import read_directory

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
