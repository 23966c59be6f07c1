"""Where records came from, and what is wrong with them: schema versions, origins, merging.

* **Schema versions.** Every stored corpus says which schema version wrote it (``schema_version`` in
  ``corpus.yaml``, in the top object of a JSON file and in the first line of a JSON Lines file). A file
  from an older version is brought up to date record by record through the registered migrations; a file
  from a *newer* version, which this summitlib cannot know how to read, is a
  [`SchemaVersionError`][summitlib.SchemaVersionError]. `read_header` checks a file's header.
* **Origins.** Every reader hands over, per file and record kind, a `Part`: the records and an `Origin`
  (the file, its format, the line of each record where known, and how to find the line of a record path
  in the file's text).
* **Merging.** `merge` joins the parts of several files (identical records merge, conflicting ones are an
  error naming both files) into `Located` records: the records plus, for each, the file and position it
  came from, so that a consistency problem found later (``$.meetings[41].participants[0]``) is reported
  as ``meetings.yaml:212: $.meetings[3].participants[0]``.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

import attrs

from summitlib._suggest import did_you_mean
from summitlib.claims import Claim
from summitlib.errors import CorpusError, LoadError, Problem, SchemaVersionError
from summitlib.model import Issue, Leader, Meeting, Source
from summitlib.provenance import Evidence
from summitlib.records import Records, consistency_problems
from summitlib.storage._decode import DecodeError, read_text

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


KINDS: dict[str, type[Any]] = {
    "leaders": Leader,
    "issues": Issue,
    "meetings": Meeting,
    "sources": Source,
    "claims": Claim,
}
"""Record kinds in the order they are stored, with their classes."""

SINGULAR = {kind: kind[:-1] for kind in KINDS}

FindLines = Callable[[str, list[str]], list[int | None]]
"""Finds the lines of record paths (``$.meetings[3].when``) in the text of a file."""


@attrs.frozen
class Origin:
    """Where a list of records came from.

    Attributes:
        file: the file, as shown in messages.
        format: ``"yaml"``, ``"json"`` or ``"jsonl"``.
        record_lines: the line of each record of the kind (JSON Lines), if known.
        path: the file on disk, for finding lines when a problem is reported.
        find_lines: how to find the lines of record paths in the file's text (given by its reader).
    """

    file: str
    format: str
    record_lines: tuple[int, ...] | None = None
    path: Path | None = None
    find_lines: FindLines | None = attrs.field(default=None, eq=False)

    def lines(self, paths: list[str]) -> list[int | None]:
        """The lines of record paths (``$.meetings[3].when``) in this file, where known."""
        if self.record_lines is not None:
            result: list[int | None] = []
            for path in paths:
                index = record_index(path)
                at = -1 if index is None else index[1]
                result.append(self.record_lines[at] if 0 <= at < len(self.record_lines) else None)
            return result
        if self.path is None or self.find_lines is None:
            return [None] * len(paths)
        try:
            text = read_text(self.path, self.file)
        except DecodeError:
            return [None] * len(paths)
        return self.find_lines(text, paths)

    def line(self, path: str) -> int | None:
        """The line of one record path."""
        return self.lines([path])[0]


_RECORD_PATH = re.compile(r"\$\.(leaders|issues|meetings|sources|claims)\[(\d+)\]")


def record_index(path: str) -> tuple[str, int] | None:
    """The kind and position of the record a path starts with (``$.meetings[3].when``: meetings, 3)."""
    match = _RECORD_PATH.match(path)
    return None if match is None else (match.group(1), int(match.group(2)))


def with_lines(problems: list[Problem], origin: Origin) -> list[Problem]:
    """``problems`` with the line of each path in ``origin`` filled in (one read of the file for all)."""
    lines = origin.lines([p.path for p in problems])
    return [
        attrs.evolve(p, line=line) if p.line is None and line is not None else p
        for p, line in zip(problems, lines, strict=True)
    ]


@attrs.frozen
class Part:
    """The records of one kind read from one file.

    Attributes:
        kind: ``"meetings"`` …
        records: the records (of a list with problems: those that could be built).
        origin: where they came from.
        positions: of a list with problems, the position of each record in the file's list.
        failed: how many problems building the file's list found.
        broken: of a list with problems, the ids of the records that could not be built, or None when
            they are not all known (a record without a readable id, a problem of the list itself).
    """

    kind: str
    records: list[Any]
    origin: Origin
    positions: tuple[int, ...] | None = None
    failed: int = 0
    broken: frozenset[str] | None = frozenset()


def check_references(parts: list[Part], problems: list[Problem]) -> list[Problem]:
    """The consistency problems (ids, references, quotes) of what could be built of files with
    ``problems``, so that one load reports them together with the problems of the records themselves.

    Only when each of ``problems`` is one record's (then the ids of every record are known): a file that
    could not be read at all might hold the ids that other records name.
    """
    if sum(part.failed for part in parts) != len(problems):
        return []
    assumed: dict[str, frozenset[str] | None] = {}
    for part in parts:
        if part.failed:
            known = assumed.get(part.kind, frozenset())
            assumed[part.kind] = None if known is None or part.broken is None else known | part.broken
    located, found = merge(parts)
    inconsistent = consistency_problems(located.records, assumed)
    if inconsistent:
        found.extend(located.load_error(CorpusError(inconsistent)).problems)
    return found


@attrs.frozen
class Located:
    """Records together with the origin of each (for messages that name files and lines)."""

    records: Records
    where: dict[str, Sequence[tuple[Origin, int]]]

    def relocate(self, problem: Problem) -> tuple[Origin | None, Problem]:
        """``problem`` (a path into the merged records) with the file and path inside that file."""
        match = _RECORD_PATH.match(problem.path)
        if match is None or problem.file is not None:
            return None, problem
        kind, index = match.group(1), int(match.group(2))
        origin, local = self.where[kind][index]

        def local_path(found: re.Match[str]) -> str:
            other, at = self.where[found.group(1)][int(found.group(2))]
            inside = "" if other.file == origin.file else f" in {other.file}"
            return f"$.{found.group(1)}[{at}]{inside}"

        moved = Problem(
            message=_RECORD_PATH.sub(local_path, problem.message),
            path=f"$.{kind}[{local}]{problem.path[match.end() :]}",
            file=origin.file,
        )
        return origin, moved

    def load_error(self, error: CorpusError) -> LoadError:
        """A LoadError with every problem of ``error`` relocated to its file and line."""
        moved = [self.relocate(p) for p in error.problems]
        by_origin: dict[int, list[int]] = {}
        origins: dict[int, Origin] = {}
        for position, (origin, _) in enumerate(moved):
            if origin is not None:
                by_origin.setdefault(id(origin), []).append(position)
                origins[id(origin)] = origin
        problems = [problem for _, problem in moved]
        for key, positions in by_origin.items():
            located = with_lines([problems[i] for i in positions], origins[key])
            for i, problem in zip(positions, located, strict=True):
                problems[i] = problem
        return LoadError(problems)


class _Run(Sequence[tuple[Origin, int]]):
    """The origins of all the records of one kind read from one file: ``(origin, i)`` for record i."""

    def __init__(self, origin: Origin, size: int) -> None:
        self.origin, self.size = origin, size

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [(self.origin, i) for i in range(self.size)[index]]
        return (self.origin, range(self.size)[index])  # IndexError when out of range


def merge(parts: list[Part]) -> tuple[Located, list[Problem]]:
    """Join the parts; identical records with the same id merge, different ones are a problem.

    Records are compared with their evidence offsets resolved, so a hand-written record that leaves them
    out merges with its saved copy.
    """
    lists: dict[str, list[Any]] = {kind: [] for kind in KINDS}
    where: dict[str, list[tuple[Origin, int]]] = {kind: [] for kind in KINDS}
    runs: dict[str, Sequence[tuple[Origin, int]]] = {}
    conflicts: list[_Conflict] = []
    files = {part.origin.file for part in parts}
    single = len(files) <= 1
    texts: dict[str, str] | None = None
    for part in parts:
        target, places = lists[part.kind], where[part.kind]
        positions = range(len(part.records)) if part.positions is None else part.positions
        if single:  # nothing to merge: keep duplicates inside a file for check_records to report
            if not target and part.positions is None:
                runs[part.kind] = _Run(part.origin, len(part.records))
            else:
                places.extend(runs.pop(part.kind, ()))
                places.extend((part.origin, i) for i in positions)
            target.extend(part.records)
            continue
        seen = {record.id: n for n, record in enumerate(target)}
        for local, record in zip(positions, part.records, strict=True):
            n = seen.get(record.id)
            if n is None or places[n][0].file == part.origin.file:
                seen.setdefault(record.id, len(target))
                target.append(record)
                places.append((part.origin, local))
            elif target[n] != record:
                if texts is None:
                    texts = {s.id: s.text for p in parts if p.kind == "sources" for s in p.records}
                if resolve_offsets(target[n], texts) != resolve_offsets(record, texts):
                    conflicts.append(_Conflict(part, local, places[n], target[n], record))
    located = Located(records=Records(**lists), where={**where, **runs})
    return located, _conflict_problems(conflicts)


@attrs.frozen
class _Conflict:
    """A record of ``part`` at ``local`` that differs from ``first`` with the same id read before."""

    part: Part
    local: int
    first_place: tuple[Origin, int]
    first: Any
    record: Any


def _conflict_problems(conflicts: list[_Conflict]) -> list[Problem]:
    """One problem per conflict, with the lines of both records (each file is read once for all)."""
    wanted: dict[int, tuple[Origin, list[str]]] = {}
    for conflict in conflicts:
        kind = conflict.part.kind
        for origin, at in ((conflict.part.origin, conflict.local), conflict.first_place):
            wanted.setdefault(id(origin), (origin, []))[1].append(f"$.{kind}[{at}]")
    lines: dict[tuple[int, str], int | None] = {}
    for key, (origin, paths) in wanted.items():
        lines.update(((key, path), line) for path, line in zip(paths, origin.lines(paths), strict=True))
    problems = []
    for conflict in conflicts:
        kind, record = conflict.part.kind, conflict.record
        first, at = conflict.first_place
        line = lines[id(first), f"$.{kind}[{at}]"]
        where_first = f"{first.file}{f':{line}' if line else ''} $.{kind}[{at}]"
        fields = ", ".join(_differing(conflict.first, record))
        path = f"$.{kind}[{conflict.local}]"
        problems.append(
            Problem(
                file=conflict.part.origin.file,
                line=lines[id(conflict.part.origin), path],
                path=path,
                message=f"{SINGULAR[kind]} {record.id!r} differs (in {fields}) from the one "
                f"with the same id in {where_first}; expected identical records or different ids — "
                "make them equal or rename one",
            )
        )
    return problems


def resolve_offsets(value: Any, texts: dict[str, str]) -> Any:
    """``value`` with the offsets of every `Evidence` in it filled in from ``texts`` where they are
    missing (a quote's first occurrence, as `check_records` resolves them); other values as they are.

    Walks the attrs fields of ``value`` (generated from the classes, so a new field is never missed).
    """
    if isinstance(value, Evidence):
        if value.end is not None:
            return value
        if value.start is not None:
            return attrs.evolve(value, end=value.start + len(value.quote))
        text = texts.get(value.source)
        start = -1 if text is None else text.find(value.quote)
        return value if start < 0 else attrs.evolve(value, start=start, end=start + len(value.quote))
    if isinstance(value, tuple):
        items = tuple(resolve_offsets(item, texts) for item in value)
        return value if all(map(operator.is_, items, value)) else items
    if attrs.has(type(value)):
        changes = {}
        for field in attrs.fields(type(value)):
            old = getattr(value, field.name)
            new = resolve_offsets(old, texts)
            if new is not old:
                changes[field.name] = new
        return attrs.evolve(value, **changes) if changes else value
    return value


def _differing(first: object, second: object) -> list[str]:
    return [
        field.name
        for field in attrs.fields(type(first))  # type: ignore[arg-type]
        if getattr(first, field.name) != getattr(second, field.name)
    ]
