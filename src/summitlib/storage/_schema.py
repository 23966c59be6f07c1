"""Schema versions of the storage formats, and the migrations between them.

Every stored corpus says which schema version wrote it (``schema_version`` in ``corpus.yaml``, in the top
object of a JSON file and in the first line of a JSON Lines file). A file from an older version is brought
up to date record by record through the registered migrations; a file from a *newer* version, which this
summitlib cannot know how to read, is a [`SchemaVersionError`][summitlib.SchemaVersionError].
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from summitlib._suggest import did_you_mean
from summitlib.errors import Problem, SchemaVersionError

SCHEMA_VERSION = 2
"""The schema version this summitlib writes, and the newest it reads.

Version 2 added the meeting status ``postponed`` and the format ``video_call``; a version 1 file is read
unchanged (every version 1 record is a valid version 2 record).
"""

CORPUS_KIND = "summitlib-corpus"
"""The ``kind`` marker of JSON and JSON Lines corpus files."""

Migration = Callable[[str, dict[str, Any]], dict[str, Any]]
"""A function taking a record kind (``"meetings"``) and one record's plain data in version N, returning
the data in version N + 1."""

MIGRATIONS: dict[int, Migration] = {}
"""Registered migrations, keyed by the version they migrate *from*."""


def register_migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register a function that upgrades one record from ``from_version`` to ``from_version + 1``.

    Examples:
        >>> from summitlib.storage import MIGRATIONS, register_migration
        >>> @register_migration(from_version=0)
        ... def rename_date(kind, record):
        ...     if kind != "meetings":
        ...         return record
        ...     return {("when" if key == "date" else key): value for key, value in record.items()}
        >>> migrate("meetings", {"id": "m", "date": "2017"}, 0)
        {'id': 'm', 'when': '2017'}
        >>> del MIGRATIONS[0]
    """

    def register(function: Migration) -> Migration:
        if from_version in MIGRATIONS:
            raise ValueError(f"a migration from version {from_version} is already registered")
        MIGRATIONS[from_version] = function
        return function

    return register


@register_migration(from_version=1)
def _from_version_1(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    """Version 1 to 2: new enum values only, so every version 1 record is already a version 2 record."""
    return record


def migrate(kind: str, record: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring one record's data from ``version`` up to [`SCHEMA_VERSION`][summitlib.storage.SCHEMA_VERSION].

    Callers have checked the version with `check_version`, so every step has a migration.
    """
    while version < SCHEMA_VERSION:
        record = MIGRATIONS[version](kind, record)
        version += 1
    return record


def check_version(value: object, file: str, line: int | None = None) -> tuple[int | None, Problem | None]:
    """The schema version of a file, or the problem with it.

    A version newer than [`SCHEMA_VERSION`][summitlib.storage.SCHEMA_VERSION], or older than the oldest
    one a migration chain reaches, gives a problem whose message starts with ``"schema version"``.
    """
    path = "$.schema_version"
    if value is None:
        return None, Problem(
            file=file,
            line=line,
            path=path,
            message=f"required field 'schema_version' is missing; add schema_version: {SCHEMA_VERSION}",
        )
    if isinstance(value, bool) or not isinstance(value, int):
        return None, Problem(
            file=file, line=line, path=path, message=f"expected an integer schema version, got {value!r}"
        )
    if value > SCHEMA_VERSION:
        return None, Problem(
            file=file,
            line=line,
            path=path,
            message=f"schema version {value} is newer than this summitlib reads (up to {SCHEMA_VERSION}); "
            "upgrade summitlib to load this file",
        )
    oldest = SCHEMA_VERSION
    while oldest - 1 in MIGRATIONS:
        oldest -= 1
    if value < oldest:
        return None, Problem(
            file=file,
            line=line,
            path=path,
            message=f"schema version {value} is unknown; "
            f"expected a version from {oldest} to {SCHEMA_VERSION}",
        )
    return value, None


def read_header(
    data: object, file: str, *, allowed: Collection[str], kind: bool, line: int | None = None
) -> tuple[int | None, dict[str, str], list[Problem]]:
    """Check the header mapping of a stored corpus: its schema version, ``kind`` marker and metadata.

    Returns:
        The schema version (None if unusable), the text metadata (``name``, ``description``, ``texts``) and
        the problems found.

    Raises:
        SchemaVersionError: the file declares a version newer than this summitlib (or unknown).
    """
    if not isinstance(data, dict):
        return (
            None,
            {},
            [
                Problem(
                    file=file,
                    line=line,
                    message=f"expected a mapping with schema_version: {SCHEMA_VERSION}, got {_kind_of(data)}",
                )
            ],
        )
    problems: list[Problem] = []
    version, problem = check_version(data.get("schema_version"), file, line)
    if problem is not None:
        if problem.message.startswith("schema version"):
            raise SchemaVersionError([problem])
        problems.append(problem)
    if kind and data.get("kind") != CORPUS_KIND:
        problems.append(
            Problem(
                file=file,
                line=line,
                path="$.kind",
                message=f"expected kind {CORPUS_KIND!r}, got {data.get('kind')!r}; "
                "is this a summitlib corpus file?",
            )
        )
    for key in data:
        if key not in allowed:
            hint = did_you_mean(key, allowed)
            problems.append(
                Problem(
                    file=file,
                    line=line,
                    path=f"$.{key}",
                    message=f"unknown field {key!r}; expected only {', '.join(sorted(allowed))}{hint}",
                )
            )
    meta: dict[str, str] = {}
    for key in ("name", "description", "texts"):
        value = data.get(key)
        if value is None or key not in allowed:
            continue
        if isinstance(value, str) and value.strip():
            meta[key] = value
        else:
            problems.append(
                Problem(
                    file=file, line=line, path=f"$.{key}", message=f"expected non-empty text, got {value!r}"
                )
            )
    return version, meta, problems


def _kind_of(data: object) -> str:
    if data is None:
        return "nothing (the file is empty)"
    return f"a {type(data).__name__} ({data!r:.40})"
