"""Building many meetings at once, a field at a time, for loading large corpora.

`build_meetings` takes the plain rows of a list of meetings — dicts decoded from JSON or YAML, or the
typed mirror structs of `summitlib.storage._msgspec` — and builds them column by column: each field's
values are taken from every row in one pass, checked in bulk (``all(map(...))`` runs its loop in C), and
the records are then filled in field by field. The checks accept exactly what the classes' validators and
the converter's hooks accept. Whenever one fails, or a value is of an unexpected kind, `build_meetings`
returns None and the caller builds the records one by one, which reports every problem as before. Dates
and places are parsed once per distinct value (they are immutable, so equal ones are shared).

The records are created the way their generated ``__init__`` stores its fields: ``object.__new__`` and the
slot descriptors of the frozen attrs classes, once the whole column has passed the checks the validators
(and ``__attrs_post_init__``) would make. If a class is ever not slotted, or gains a field this module does
not know, `build_meetings` always returns None. Tests compare the records with those the constructors build.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable
from itertools import chain, islice, repeat
from operator import eq, is_, sub, truth
from types import MemberDescriptorType
from typing import Any

import attrs

from summitlib._validate import ID_PATTERN
from summitlib.dates import parse_when
from summitlib.model import Meeting, MeetingFormat, MeetingStatus
from summitlib.places import Place
from summitlib.provenance import Evidence

__all__ = ["DICT_ROWS", "EVIDENCE_FIELDS", "MEETING_FIELDS", "REQUIRED", "Rows", "build_meetings"]

REQUIRED: Any = object()
"""The value a `Rows.column` gives for a required field a row lacks (never valid, so checks fail)."""

_NONE = type(None)


@attrs.frozen
class Rows:
    """How to read a list of rows of one kind (dicts, or structs).

    Attributes:
        column: ``column(rows, field, default)``: the field's value in every row, ``default`` where absent.
        only: ``only(rows, fields)``: True when every row is a row of this kind with no field but ``fields``.
        places: ``places(values)``: the `Place` (or None) of each place row or None, built with the
            constructor (every check) once per distinct place.
        lists: the types a list of ids may have (the converter accepts lists and tuples).
    """

    column: Callable[[list[Any], str, Any], list[Any]]
    only: Callable[[list[Any], frozenset[str]], bool]
    places: Callable[[list[Any]], list[Place | None]]
    lists: tuple[type, ...] = (list, tuple)


def _dict_column(rows: list[Any], field: str, default: Any) -> list[Any]:
    return list(map(dict.get, rows, repeat(field), repeat(default)))


def _only_dicts(rows: list[Any], fields: frozenset[str]) -> bool:
    return all(map(is_, map(type, rows), repeat(dict))) and all(map(fields.issuperset, rows))


def _dict_places(values: list[Any]) -> list[Place | None]:
    if not _of_types(values, (dict, _NONE)):
        raise TypeError("a place is a mapping")
    keys = [None if value is None else tuple(value.items()) for value in values]
    built = {key: None if key is None else Place(**dict(key)) for key in dict.fromkeys(keys)}
    return list(map(built.__getitem__, keys))


DICT_ROWS = Rows(column=_dict_column, only=_only_dicts, places=_dict_places)
"""Rows that are plain dicts (decoded JSON or YAML)."""


def _of_type(values: Iterable[Any], kind: type) -> bool:
    return all(map(is_, map(type, values), repeat(kind)))


def _of_types(values: Iterable[Any], kinds: tuple[type, ...]) -> bool:
    return set(map(type, values)).issubset(kinds)


_ID_LINES = re.compile(f"(?:{ID_PATTERN.pattern.removesuffix(chr(92) + 'Z')}\n)*")
"""Ids one per line: `ID_PATTERN` (an id never holds a line break), for a whole column in one match."""


def _each_id(values: list[Any]) -> bool:
    """Every value is an id (the `identifier` validator)."""
    if not values:
        return True
    if not _of_type(values, str):
        return False
    lines = "\n".join(values) + "\n"
    return lines.count("\n") == len(values) and _ID_LINES.fullmatch(lines) is not None


def _ids(values: Iterable[Any]) -> bool:
    """Every value is an id (checked once per distinct value)."""
    return _each_id(list(set(values)))


def _texts(values: list[Any]) -> bool:
    """Every value is text without surrounding spaces (the `text` validator)."""
    return _of_type(values, str) and all(values) and all(map(eq, values, map(str.strip, values)))


def _optional(values: list[Any]) -> list[Any]:
    return [value for value in values if value is not None]


def _id_lists(values: list[Any], kinds: tuple[type, ...]) -> list[tuple[Any, ...]] | None:
    """Each value as a tuple of unique ids, or None if any is not a list of unique ids."""
    if not _of_types(values, kinds) or not _ids(chain.from_iterable(values)):
        return None
    tuples = list(map(tuple, values))
    if not all(map(eq, map(len, map(set, tuples)), map(len, tuples))):
        return None
    return tuples


def _slots(cls: type[Any], known: tuple[str, ...]) -> dict[str, Callable[[Any, Any], None]] | None:
    """The slot setters of ``cls``'s fields, if they are exactly ``known`` and all slots."""
    names = tuple(field.name for field in attrs.fields(cls))
    if names != known:
        return None
    setters = {}
    for name in names:
        descriptor = cls.__dict__.get(name)
        if not isinstance(descriptor, MemberDescriptorType):
            return None
        setters[name] = descriptor.__set__
    return setters


EVIDENCE_FIELDS = ("source", "quote", "start", "end")
MEETING_FIELDS = (
    "id",
    "name",
    "format",
    "status",
    "participants",
    "when",
    "place",
    "occasion",
    "issues",
    "outcomes",
    "evidence",
    "inferred",
    "note",
)
_EVIDENCE_SLOTS = _slots(Evidence, EVIDENCE_FIELDS)
_MEETING_SLOTS = _slots(Meeting, MEETING_FIELDS)
_EVIDENCE_KEYS = frozenset(EVIDENCE_FIELDS)
_MEETING_KEYS = frozenset(MEETING_FIELDS)
_FORMATS = {member.value: member for member in MeetingFormat}
_STATUSES = {member.value: member for member in MeetingStatus}


def _members(values: list[Any], kind: type[Any], members: dict[str, Any]) -> list[Any]:
    """The enum members of ``values`` (their values, as the converter reads them; or members already,
    as a decoder may give them). KeyError for anything else."""
    if _of_type(values, kind):
        return values
    return list(map(members.__getitem__, values))


def _assemble(
    cls: type[Any], setters: dict[str, Callable[[Any, Any], None]], count: int, columns: dict[str, Any]
) -> list[Any]:
    """``count`` new ``cls`` records with each field set from its column (already checked)."""
    records = list(map(object.__new__, repeat(cls, count)))
    for name, setter in setters.items():
        deque(map(setter, records, columns[name]), maxlen=0)
    return records


def _offsets(starts: list[Any], ends: list[Any], quotes: list[str]) -> bool:
    """The offsets pass `Evidence`'s checks: all absent, or all whole numbers >= 0 with end - start equal
    to the quote's length. (A mix is left to the constructor.)"""
    kinds = set(map(type, starts)) | set(map(type, ends))
    if kinds <= {_NONE}:  # none given (or no evidence at all)
        return True
    if kinds != {int}:
        return False
    return min(starts, default=0) >= 0 and all(map(eq, map(sub, ends, starts), map(len, quotes)))


def _evidence(rows: list[Any], read: Rows) -> list[Evidence] | None:
    if _EVIDENCE_SLOTS is None or not read.only(rows, _EVIDENCE_KEYS):
        return None
    sources = read.column(rows, "source", REQUIRED)
    quotes = read.column(rows, "quote", REQUIRED)
    starts = read.column(rows, "start", None)
    ends = read.column(rows, "end", None)
    if not (
        _ids(sources)
        and _of_type(quotes, str)
        and all(map(str.strip, quotes))
        and _offsets(starts, ends, quotes)
    ):
        return None
    columns = {"source": sources, "quote": quotes, "start": starts, "end": ends}
    return _assemble(Evidence, _EVIDENCE_SLOTS, len(rows), columns)


def _evidence_lists(values: list[Any], read: Rows) -> list[tuple[Evidence, ...]] | None:
    if not _of_types(values, read.lists):
        return None
    built = _evidence(list(chain.from_iterable(values)), read)
    if built is None:
        return None
    items = iter(built)
    return list(map(tuple, map(islice, repeat(items), map(len, values))))


def _whens(values: list[Any]) -> list[Any] | None:
    distinct = dict.fromkeys(values)
    if not _of_types(distinct, (str, _NONE)):
        return None
    parsed = {value: None if value is None else parse_when(value) for value in distinct}
    return list(map(parsed.__getitem__, values))


def _empty(values: list[Any], kinds: tuple[type, ...]) -> bool:
    return _of_types(values, kinds) and not any(map(truth, values))


def build_meetings(rows: list[Any], read: Rows = DICT_ROWS) -> list[Meeting] | None:
    """The meetings of ``rows``, equal to those the converter builds, or None to build them one by one.

    None is returned when anything is unusual: a value the converter or a validator would reject, or a
    meeting with outcomes or inferences (those have records of their own inside).
    """
    if not rows:
        return []
    if _MEETING_SLOTS is None:
        return None
    try:
        return _meetings(rows, read, _MEETING_SLOTS)
    except Exception:  # a value of a kind no check expected (unhashable, a place that fails): one by one
        return None


def _meetings(
    rows: list[Any], read: Rows, setters: dict[str, Callable[[Any, Any], None]]
) -> list[Meeting] | None:
    if not read.only(rows, _MEETING_KEYS):
        return None
    column = read.column
    ids = column(rows, "id", REQUIRED)
    names = column(rows, "name", REQUIRED)
    occasions = column(rows, "occasion", None)
    notes = column(rows, "note", None)
    present = _optional(occasions)
    if not (
        _each_id(ids)
        and _texts(names)
        and _ids(present)
        and _texts(_optional(notes))
        and (not present or not any(map(eq, occasions, ids)))
        and _empty(column(rows, "outcomes", ()), read.lists)
        and _empty(column(rows, "inferred", ()), read.lists)
    ):
        return None
    participants = _id_lists(column(rows, "participants", ()), read.lists)
    issues = _id_lists(column(rows, "issues", ()), read.lists)
    whens = _whens(column(rows, "when", None))
    evidence = _evidence_lists(column(rows, "evidence", ()), read)
    if participants is None or issues is None or whens is None or evidence is None:
        return None
    columns = {
        "id": ids,
        "name": names,
        "format": _members(column(rows, "format", REQUIRED), MeetingFormat, _FORMATS),
        "status": _members(column(rows, "status", REQUIRED), MeetingStatus, _STATUSES),
        "participants": participants,
        "when": whens,
        "place": read.places(column(rows, "place", None)),
        "occasion": occasions,
        "issues": issues,
        "outcomes": repeat(()),
        "evidence": evidence,
        "inferred": repeat(()),
        "note": notes,
    }
    return _assemble(Meeting, setters, len(rows), columns)
