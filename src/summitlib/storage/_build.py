"""From plain record data to typed records, remembering where each record came from.

Every reader hands over, per file and record kind, a list of plain dicts plus an `Origin` (the file, its
format, and the line of each record where known). `build` structures them with summitlib's converter;
`merge` joins the parts of several files (identical records merge, conflicting ones are an error naming
both files) into a `Located`: the records plus, for each record, the file and position it came from, so
that a consistency problem found later (``$.meetings[41].participants[0]``) can be reported as
``meetings.yaml:212: $.meetings[3].participants[0]``.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
from cattrs.errors import ClassValidationError, IterableValidationError

from summitlib._suggest import suggest
from summitlib.claims import Claim
from summitlib.errors import CorpusError, LoadError, Problem
from summitlib.model import Issue, Leader, Meeting, Source
from summitlib.provenance import Evidence
from summitlib.records import Records, consistency_problems
from summitlib.serialization import converter, problems_from
from summitlib.storage._decode import DecodeError, json_lines, read_text
from summitlib.storage._fast import structure_list
from summitlib.storage._schema import SCHEMA_VERSION, migrate

KINDS: dict[str, type[Any]] = {
    "leaders": Leader,
    "issues": Issue,
    "meetings": Meeting,
    "sources": Source,
    "claims": Claim,
}
"""Record kinds in the order they are stored, with their classes."""

SINGULAR = {kind: kind[:-1] for kind in KINDS}


@attrs.frozen
class Origin:
    """Where a list of records came from.

    Attributes:
        file: the file, as shown in messages.
        format: ``"yaml"``, ``"json"`` or ``"jsonl"``.
        record_lines: the line of each record of the kind (JSON Lines), if known.
        path: the file on disk, for finding YAML lines when a problem is reported.
    """

    file: str
    format: str
    record_lines: tuple[int, ...] | None = None
    path: Path | None = None

    def lines(self, paths: list[str]) -> list[int | None]:
        """The lines of record paths (``$.meetings[3].when``) in this file, where known."""
        if self.record_lines is not None:
            result: list[int | None] = []
            for path in paths:
                match = _RECORD_PATH.match(path)
                index = int(match.group(2)) if match else -1
                result.append(self.record_lines[index] if 0 <= index < len(self.record_lines) else None)
            return result
        if self.path is None or self.format not in ("yaml", "json"):
            return [None] * len(paths)
        try:
            text = read_text(self.path, self.file)
        except DecodeError:
            return [None] * len(paths)
        if self.format == "yaml":  # a record file holds the list itself: $.meetings[3] is [3]
            from summitlib.storage._yaml import yaml_lines  # YAML imported on use

            return yaml_lines(text, [_RECORD_PATH.sub(r"[\2]", path, count=1) for path in paths])
        return json_lines(text, paths)

    def line(self, path: str) -> int | None:
        """The line of one record path."""
        return self.lines([path])[0]


_RECORD_PATH = re.compile(r"\$\.(leaders|issues|meetings|sources|claims)\[(\d+)\]")


def build(kind: str, items: list[Any], origin: Origin) -> tuple[list[Any], list[Problem]]:
    """Structure the plain ``items`` of ``kind``; every problem carries the file and, if known, the line."""
    try:
        return structure_list(items, KINDS[kind]), []
    except Exception:  # structure the whole list again, for the report of every problem
        pass
    try:
        return list(converter.structure(items, tuple[KINDS[kind], ...])), []  # type: ignore[valid-type]
    except (ClassValidationError, IterableValidationError, ValueError, TypeError, KeyError) as error:
        problems = problems_from(error, file=origin.file, path=f"$.{kind}")
    return [], with_lines([_with_fix(p) for p in problems], origin)


_UNKNOWN = re.compile(r"unknown field\(s\) (?P<found>.+); expected only (?P<known>.+)\Z")
_FIELD = re.compile(r"(?P<cls>[A-Z][A-Za-z]*)\.(?P<field>[a-z_]+)(?P<index>\[\d+\])?: ")
_LAST = re.compile(r"(?:\.(?P<name>[a-z_]+)|\[\d+\])\Z")


def _with_fix(problem: Problem) -> Problem:
    """Sharpen the converter's messages: the field a whole-record check names goes into the path,
    unknown fields get close matches, missing ones "add it"."""
    message, path = problem.message, problem.path
    unknown = _UNKNOWN.match(message)
    if unknown is not None:
        known = unknown.group("known").split(", ")
        hints = []
        for name in unknown.group("found").split(", "):
            close = suggest(name, known)
            hints.append(f"{name!r} → {close[0]!r}" if close else f"remove {name!r}")
        message += f"; did you mean: {', '.join(hints)}?"
    elif message.startswith("required field") and message.endswith("is missing"):
        message += "; add it"
    field, last = _FIELD.match(message), _LAST.search(path)
    if field is not None and last is not None and last.group("name") in (None, field.group("cls").lower()):
        path += f".{field.group('field')}{field.group('index') or ''}"
    if (message, path) == (problem.message, problem.path):
        return problem
    return attrs.evolve(problem, message=message, path=path)


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


def build_part(kind: str, items: list[Any], origin: Origin) -> tuple[Part, list[Problem]]:
    """`build`, as a part; of a list with problems, the part holds the records that could be built and
    the ids of those that could not (for `check_references`)."""
    records, problems = build(kind, items, origin)
    if not problems:
        return Part(kind, records, origin), []
    failing = set()
    for problem in problems:
        match = _RECORD_PATH.match(problem.path)
        if match is None or match.group(1) != kind:  # a problem of the list, not of one record
            return Part(kind, [], origin, (), len(problems), None), problems
        failing.add(int(match.group(2)))
    positions = tuple(i for i in range(len(items)) if i not in failing)
    ids = [items[i].get("id") if type(items[i]) is dict else None for i in failing]
    try:
        records = structure_list([items[i] for i in positions], KINDS[kind])
    except Exception:  # the rest does not build on its own either: references to the kind go unchecked
        return Part(kind, [], origin, (), len(problems), None), problems
    named = [key for key in ids if type(key) is str]
    broken = frozenset(named) if len(named) == len(ids) else None
    return Part(kind, records, origin, positions, len(problems), broken), problems


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


def take(kind: str, items: object, origin: Origin, version: int) -> tuple[Part | None, list[Problem]]:
    """Migrate and structure one file's list of ``kind`` records."""
    if not isinstance(items, list):
        found = "nothing (the file is empty)" if items is None else f"a {type(items).__name__}"
        return None, [
            Problem(
                file=origin.file,
                line=1 if origin.format == "yaml" else origin.line(f"$.{kind}"),
                path=f"$.{kind}",
                message=f"expected a list of {kind}, got {found}; write [] for none",
            )
        ]
    if version < SCHEMA_VERSION:
        items = [migrate(kind, item, version) if isinstance(item, dict) else item for item in items]
    return build_part(kind, items, origin)


def _differing(first: object, second: object) -> list[str]:
    return [
        field.name
        for field in attrs.fields(type(first))  # type: ignore[arg-type]
        if getattr(first, field.name) != getattr(second, field.name)
    ]
