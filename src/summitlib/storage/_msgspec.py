"""Reading JSON and JSON Lines corpora with msgspec, when it is installed (the ``fast`` extra).

msgspec decodes the document in C, meetings straight into small mirror structs (no intermediate dicts),
the other record kinds into plain data (in JSON Lines, into structs with a field per attribute, each
record's ``type`` choosing its struct). The meetings are then built column by column
(`summitlib.storage._columns`), the other kinds as usual. The records are the same as the standard
reader's; anything unusual — a decoding or type error, an unknown field, a problem in any record, a
header that is not the current schema version, a meeting with outcomes or inferences — makes
`read_json_fast` (`read_jsonl_fast`) return None, and the standard reader (`json.loads` and the
converter) reads the file again and reports every problem as it always does.

JSON Lines: the header line is decoded on its own; the record lines become one JSON array by turning
each newline into a newline and a comma. A value spread over two lines, two values on one line, or a
blank line then either fails to decode or gives a number of records other than the number of lines, so
each record is known to stand on its own line (the line numbers of later messages stay right); msgspec
refuses a raw newline inside text, so no text is changed.

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
from itertools import chain, groupby
from operator import attrgetter
from pathlib import Path
from typing import Any, Union

import attrs

from summitlib.model import MeetingFormat, MeetingStatus
from summitlib.places import Place
from summitlib.storage._build import KINDS, SINGULAR, Origin, Part, build, take
from summitlib.storage._columns import EVIDENCE_FIELDS, MEETING_FIELDS, REQUIRED, Rows, build_meetings
from summitlib.storage._decode import SURROGATE_ESCAPE
from summitlib.storage._schema import CORPUS_KIND, SCHEMA_VERSION, read_header

__all__ = ["read_json_fast", "read_jsonl_fast"]

_HEADER = ("schema_version", "kind", "name", "description")
_PLACE_FIELDS = tuple(field.name for field in attrs.fields(Place))
_SPACED_KEY = re.compile(rb'"[ \t\r\n]+:')


@attrs.frozen
class _Msgspec:
    decoder: Any
    unset: Any
    meeting: type
    evidence: type
    plain: Any  # decodes any JSON value (a JSON Lines header)
    lines: Any  # decodes the record lines of a JSON Lines corpus, made one array
    line_kinds: dict[str, tuple[type, tuple[str, ...]]]  # kind: (its struct in JSON Lines, its fields)


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
    required = ("id", "name", "format", "status")
    meeting = struct("Meeting", MEETING_FIELDS, types, *required)
    document = struct("Document", (*_HEADER, *KINDS), {"meetings": list[meeting]})  # type: ignore[valid-type]
    line_kinds: dict[str, tuple[type, tuple[str, ...]]] = {}
    for kind, cls in KINDS.items():  # JSON Lines: a struct per kind, chosen by the record's "type"
        tagged = {"tag_field": "type", "tag": SINGULAR[kind]}
        if kind == "meetings":
            fields, line = MEETING_FIELDS, struct("MeetingLine", MEETING_FIELDS, types, *required, **tagged)
        else:
            fields = tuple(field.name for field in attrs.fields(cls))
            line = struct(f"{cls.__name__}Line", fields, {}, **tagged)
        line_kinds[kind] = (line, fields)
    line_types = tuple(line for line, _ in line_kinds.values())
    lines = msgspec.json.Decoder(list[Union[line_types]])  # type: ignore[valid-type]  # noqa: UP007
    plain = msgspec.json.Decoder()
    return _Msgspec(msgspec.json.Decoder(document), unset, meeting, evidence, plain, lines, line_kinds)


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

    def read_all(self, meeting: type, evidence: type) -> bool:
        """True when every field of the meeting and evidence structs was read (so every key is counted)."""
        if self.read.get(meeting) != set(MEETING_FIELDS):
            return False
        return evidence not in self.read or self.read[evidence] == set(EVIDENCE_FIELDS)

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


def _current(version: object, kind: object) -> bool:
    """True for a header of the current schema version (older ones migrate, newer ones are an error: both
    are left to the standard reader)."""
    return type(version) is int and version == SCHEMA_VERSION and kind == CORPUS_KIND


def read_json_fast(data: bytes, file: str, path: Path) -> tuple[list[Part], dict[str, str]] | None:
    """The parts and metadata of a JSON corpus document, or None to read it the standard way."""
    spec = _msgspec()
    if spec is None or SURROGATE_ESCAPE.search(data):  # the standard reader checks for lone surrogates
        return None
    try:
        document = spec.decoder.decode(data)
    except Exception:  # msgspec's DecodeError/ValidationError, or anything else: the standard reader
        return None
    unset = spec.unset
    present = {name: value for name in (*_HEADER, *KINDS) if (value := getattr(document, name)) is not unset}
    if not _current(present.get("schema_version"), present.get("kind")):
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
        part, found = take(kind, present[kind], origin, SCHEMA_VERSION)
        if found or part is None:
            return None
        parts.append(part)
    if present.get("meetings") and not rows.read_all(spec.meeting, spec.evidence):
        return None
    if not _no_repeated_keys(data, keys + rows.present):
        return None
    return parts, meta


def read_jsonl_fast(data: bytes, file: str, path: Path) -> tuple[list[Part], dict[str, str]] | None:
    """The parts and metadata of a JSON Lines corpus, or None to read it the standard way."""
    spec = _msgspec()
    end = data.find(b"\n")
    if spec is None or end <= 0 or SURROGATE_ESCAPE.search(data):
        return None
    body = data[end + 1 :].removesuffix(b"\n")
    try:
        header = spec.plain.decode(data[:end])
        values = spec.lines.decode(b"[" + body.replace(b"\n", b"\n,") + b"]") if body else []
    except Exception:  # msgspec's DecodeError/ValidationError, or anything else: the standard reader
        return None
    if len(values) != (body.count(b"\n") + 1 if body else 0):  # a line with more (or less) than one value
        return None
    if type(header) is not dict or not _current(header.get("schema_version"), header.get("kind")):
        return None
    _, meta, problems = read_header(header, file, allowed=_HEADER, kind=True, line=1)
    if problems:
        return None
    groups: dict[type, list[Any]] = {}
    numbers: dict[type, list[range]] = {}
    line = 2  # the header is line 1; each value stands on its own line
    for struct_type, run in groupby(values, type):
        items = list(run)
        groups.setdefault(struct_type, []).extend(items)
        numbers.setdefault(struct_type, []).append(range(line, line + len(items)))
        line += len(items)
    rows = _StructRows(spec)
    keys = _keys(header) + len(values)  # each record's "type"
    parts = []
    unset = spec.unset
    for kind, (struct_type, fields) in spec.line_kinds.items():
        if struct_type not in groups:
            continue
        items = groups[struct_type]
        record_lines = tuple(chain.from_iterable(numbers[struct_type]))
        origin = Origin(file=file, format="jsonl", record_lines=record_lines, path=path)
        if kind == "meetings":
            built = build_meetings(items, Rows(rows.column, rows.only, rows.places))
            if built is None or not rows.read_all(struct_type, spec.evidence):
                return None
            parts.append(Part(kind, built, origin))
            continue
        plain = [{f: v for f in fields if (v := getattr(item, f)) is not unset} for item in items]
        keys += sum(map(_keys, plain))
        records, found = build(kind, plain, origin)
        if found:
            return None
        parts.append(Part(kind, records, origin))
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
