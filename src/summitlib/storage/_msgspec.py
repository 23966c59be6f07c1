"""Reading a JSON corpus document with msgspec, when it is installed (the ``fast`` extra).

msgspec decodes the document in C, meetings straight into small mirror structs (no intermediate dicts),
the other record kinds into plain data. The meetings are then built column by column
(`summitlib.storage._columns`), the other kinds as usual. The records are the same as the standard
reader's; anything unusual — a decoding or type error, an unknown field, a problem in any record, a
header that is not the current schema version, a meeting with outcomes or inferences — makes
`read_json_fast` return None, and the standard reader (`json.loads` and the converter) reads the file
again and reports every problem as it always does.

Repeated keys: msgspec silently keeps the last value of a repeated key. Every key in a JSON text is
followed by a colon, so the text holds at least as many colons as keys (colons inside text only add to
the count); when the decoded document holds exactly that many keys, no object repeated one (see
`_no_repeated_keys`). Otherwise the standard reader decides, and reports a repeated key with its line.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections import Counter
from operator import attrgetter
from pathlib import Path
from typing import Any

import attrs

from summitlib.model import MeetingFormat, MeetingStatus
from summitlib.places import Place
from summitlib.storage._build import KINDS, Origin, Part, take
from summitlib.storage._columns import EVIDENCE_FIELDS, MEETING_FIELDS, REQUIRED, Rows, build_meetings
from summitlib.storage._schema import CORPUS_KIND, SCHEMA_VERSION, read_header

__all__ = ["read_json_fast"]

_HEADER = ("schema_version", "kind", "name", "description")
_PLACE_FIELDS = tuple(field.name for field in attrs.fields(Place))
_SPACED_KEY = re.compile(rb'"[ \t\r\n]+:')


@attrs.frozen
class _Msgspec:
    decoder: Any
    unset: Any
    meeting: type
    evidence: type


@functools.cache
def _msgspec() -> _Msgspec | None:
    """msgspec's decoder for a corpus document, with its mirror structs; None without msgspec."""
    try:
        msgspec = importlib.import_module("msgspec")
    except ImportError:
        return None
    unset = msgspec.UNSET

    def struct(
        name: str, fields: tuple[str, ...], types: dict[str, Any], *required: str, **options: Any
    ) -> Any:
        spec = [
            (field, types.get(field, Any)) if field in required else (field, types.get(field, Any), unset)
            for field in fields
        ]
        return msgspec.defstruct(name, spec, forbid_unknown_fields=True, kw_only=True, **options)

    place = struct("Place", _PLACE_FIELDS, {}, frozen=True)  # hashable: equal places are built once
    evidence = struct("Evidence", EVIDENCE_FIELDS, {}, "source", "quote")
    types = {
        "place": place | None,
        "evidence": list[evidence],  # type: ignore[valid-type]
        "format": MeetingFormat,  # msgspec maps enum values to members in C
        "status": MeetingStatus,
        "participants": tuple[str, ...],  # the very tuples the meetings keep
        "issues": tuple[str, ...],
    }
    meeting = struct("Meeting", MEETING_FIELDS, types, "id", "name", "format", "status")
    document = struct("Document", (*_HEADER, *KINDS), {"meetings": list[meeting]})  # type: ignore[valid-type]
    return _Msgspec(msgspec.json.Decoder(document), unset, meeting, evidence)


class _StructRows:
    """`Rows` over mirror structs, counting the keys present (for the repeated-key check)."""

    def __init__(self, spec: _Msgspec) -> None:
        self.unset = spec.unset
        self.present = 0
        self.read: dict[type, set[str]] = {}

    def column(self, rows: list[Any], field: str, default: Any) -> list[Any]:
        values = list(map(attrgetter(field), rows))
        absent = 0 if default is REQUIRED else values.count(self.unset)  # msgspec required those
        self.present += len(values) - absent
        if rows:
            self.read.setdefault(type(rows[0]), set()).add(field)
        if absent:
            unset = self.unset
            return [default if value is unset else value for value in values]
        return values

    @staticmethod
    def only(rows: list[Any], fields: frozenset[str]) -> bool:
        return True  # msgspec has refused unknown fields; each list holds one struct type

    def places(self, values: list[Any]) -> list[Place | None]:
        """Each place struct (or None) as a `Place`, built once per distinct place (structs of equal
        fields are equal), counting the keys of every one."""
        unset = self.unset
        built: dict[Any, Place | None] = {None: None}
        for place, count in Counter(values).items():
            if place is not None:
                fields = {f: v for f in _PLACE_FIELDS if (v := getattr(place, f)) is not unset}
                built[place] = Place(**fields)
                self.present += count * len(fields)
        return list(map(built.__getitem__, values))


def _keys(value: Any) -> int:
    """The number of keys in all the mappings inside plain data."""
    if type(value) is dict:
        return len(value) + sum(map(_keys, value.values()))
    if type(value) is list:
        return sum(map(_keys, value))
    return 0


def read_json_fast(data: bytes, file: str, path: Path) -> tuple[list[Part], dict[str, str]] | None:
    """The parts and metadata of a JSON corpus document, or None to read it the standard way."""
    spec = _msgspec()
    if spec is None:
        return None
    try:
        document = spec.decoder.decode(data)
    except Exception:  # msgspec's DecodeError/ValidationError, or anything else: the standard reader
        return None
    unset = spec.unset
    present = {name: value for name in (*_HEADER, *KINDS) if (value := getattr(document, name)) is not unset}
    version = present.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION or present.get("kind") != CORPUS_KIND:
        return None
    _, meta, problems = read_header(present, file, allowed=(*_HEADER, *KINDS), kind=True)
    if problems:
        return None
    origin = Origin(file=file, format="json", path=path)
    rows = _StructRows(spec)
    parts = []
    keys = len(present)
    for kind in KINDS:
        if kind not in present:
            continue
        if kind == "meetings":
            meetings = present[kind]
            built = build_meetings(meetings, Rows(rows.column, rows.only, rows.places))
            if built is None:
                return None
            parts.append(Part(kind, built, origin))
            continue
        keys += _keys(present[kind])
        part, found = take(kind, present[kind], origin, version)
        if found or part is None:
            return None
        parts.append(part)
    read = rows.read
    if present.get("meetings"):
        if read.get(spec.meeting) != set(MEETING_FIELDS):
            return None
        if spec.evidence in read and read[spec.evidence] != set(EVIDENCE_FIELDS):
            return None
    if not _no_repeated_keys(data, keys + rows.present):
        return None
    return parts, meta


def _no_repeated_keys(data: bytes, keys: int) -> bool:
    """True when no object of the JSON text ``data``, whose decoded objects hold ``keys`` keys, repeats
    a key.

    A key is followed by its colon, so ``keys`` is at most the number of keys in the text, which is at
    most the number of colons (colons inside text add to it); and if no key is separated from its colon by
    whitespace, at most the number of ``":`` pairs. Equality with either bound leaves no room for a
    repeated key. (Counting one byte is fast; the pairs are counted only when text holds colons.)
    """
    if data.count(b":") == keys:
        return True
    return _SPACED_KEY.search(data) is None and data.count(b'":') == keys
