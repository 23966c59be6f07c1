"""Reading and writing JSON and JSON Lines corpora with msgspec, when it is installed (the ``fast`` extra).

**Writing** (`plain_structs`): for each record class a msgspec struct with a field per attrs attribute,
in order, with the attribute's default, left out when equal to it (``omit_defaults``), so that msgspec
writes a struct exactly as the record's plain form (`summitlib.storage._structure.unstructure_list`). The
structs are filled a field at a time for all records (`_Plain`), each column converted by the field's
`summitlib.storage._structure.plain_shape`: dates made text, nested records made structs (once per
distinct object), tuples of them grouped again. Generated at first use; anything unusual raises, and
the caller writes the plain form instead.

**Reading**:

msgspec decodes the document in C straight into mirror structs of the record classes (no intermediate
dicts; in JSON Lines each record's ``type`` chooses its struct). The structs are **generated from the
classes** (`_Mirror`: a field per attrs attribute, required where it has no default, enums, lists of
text and nested records typed, anything else plain data), so a field added to a record class is read
like the others. The records are then built column by column (`summitlib.storage._structure`). They are
the same as the standard reader's; anything unusual — a decoding or type error, an unknown field, a
problem in any record, a header that is not the current schema version — makes `read_json_fast`
(`read_jsonl_fast`) return None, and the standard reader (`json.loads` and the converter) reads the file
again and reports every problem as it always does.

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
import typing
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import chain, groupby, islice, repeat
from operator import attrgetter, is_
from pathlib import Path
from typing import Any, Union

import attrs

from summitlib.storage._decode import SURROGATE_ESCAPE, json_lines
from summitlib.storage._problems import (
    CORPUS_KIND,
    KINDS,
    SCHEMA_VERSION,
    SINGULAR,
    Origin,
    Part,
    read_header,
)
from summitlib.storage._structure import (
    REQUIRED,
    Rows,
    build_records,
    decoded_type,
    first_of_each,
    is_nested_record,
    optional_of,
    plain_shape,
)

__all__ = ["plain_structs", "read_json_fast", "read_jsonl_fast"]

_HEADER = ("schema_version", "kind", "name", "description")
_SPACED_KEY = re.compile(rb'"[ \t\r\n]+:')


@attrs.frozen
class _Msgspec:
    decoder: Any
    unset: Any
    astuple: Any
    structs: tuple[type, ...]  # every mirror struct of a nested record
    plain: Any  # decodes any JSON value (a JSON Lines header)
    lines: Any  # decodes the record lines of a JSON Lines corpus, made one array
    line_kinds: dict[type, str]  # the struct of each record kind in JSON Lines: its kind
    plain_fields: dict[type, frozenset[str]]  # the fields of each struct left as plain data
    typed_fields: dict[type, frozenset[str]]  # the fields of each struct checked by msgspec (`decoded_type`)


class _Mirror:
    """msgspec structs mirroring record classes, generated from their attrs fields: a field per
    attribute, required where the attribute has no default; enums, lists of text and nested records
    typed (msgspec checks them in C), any other value left as plain data for the converter."""

    def __init__(self, msgspec: Any) -> None:
        self.msgspec = msgspec
        self.nested: dict[type, type] = {}
        self.plain: dict[type, frozenset[str]] = {}  # the fields of each struct left as plain data
        self.typed: dict[type, frozenset[str]] = {}  # the fields of each struct of a `decoded_type`

    def struct(self, cls: type[Any], name: str, **options: Any) -> Any:
        hints = typing.get_type_hints(cls)
        types = {field.name: self.type(hints.get(field.name, field.type)) for field in attrs.fields(cls)}
        spec = [
            (field.name, types[field.name])
            if field.default is attrs.NOTHING
            else (field.name, types[field.name], self.msgspec.UNSET)
            for field in attrs.fields(cls)
        ]
        struct = self.msgspec.defstruct(name, spec, forbid_unknown_fields=True, kw_only=True, **options)
        self.plain[struct] = frozenset(name for name, kind in types.items() if kind is Any)
        self.typed[struct] = frozenset(
            field.name for field in attrs.fields(cls) if decoded_type(hints.get(field.name, field.type))
        )
        return struct

    def record(self, cls: type[Any]) -> type:
        if cls not in self.nested:
            self.nested[cls] = self.struct(cls, cls.__name__, frozen=True)  # hashable: built once
        return self.nested[cls]

    def type(self, kind: Any) -> Any:
        if decoded_type(kind) is not None:
            return kind  # checked in C, decoded as the records keep them (enum values made members)
        inner, optional = optional_of(kind)
        found: Any = Any
        if typing.get_origin(inner) is tuple and typing.get_args(inner)[1:] == (Ellipsis,):
            item = typing.get_args(inner)[0]
            if is_nested_record(item):
                found = list[self.record(item)]  # type: ignore[misc]
        elif is_nested_record(inner):
            found = self.record(inner)
        return found if found is Any or not optional else found | None


def _msgspec() -> _Msgspec | None:
    """msgspec's decoders for a corpus document and for JSON Lines, with the mirror structs of the record
    classes (generated from them, once for each set of classes); None without msgspec."""
    return _decoders(tuple(KINDS.items()))


@functools.cache
def _decoders(kinds: tuple[tuple[str, type[Any]], ...]) -> _Msgspec | None:
    try:
        msgspec = importlib.import_module("msgspec")
    except ImportError:
        return None
    mirror = _Mirror(msgspec)
    lists = {kind: list[mirror.record(cls)] for kind, cls in kinds}  # type: ignore[misc]
    document = msgspec.defstruct(
        "Document",
        [(name, Any, msgspec.UNSET) for name in _HEADER] + [(k, t, msgspec.UNSET) for k, t in lists.items()],
        forbid_unknown_fields=True,
        kw_only=True,
    )
    line_kinds = {  # JSON Lines: a struct per kind, chosen by the record's "type"
        mirror.struct(cls, f"{cls.__name__}Line", tag_field="type", tag=SINGULAR[kind]): kind
        for kind, cls in kinds
    }
    lines = msgspec.json.Decoder(list[Union[tuple(line_kinds)]])  # type: ignore[misc]  # noqa: UP007
    return _Msgspec(
        decoder=msgspec.json.Decoder(document),
        unset=msgspec.UNSET,
        astuple=msgspec.structs.astuple,
        structs=tuple(mirror.nested.values()),
        plain=msgspec.json.Decoder(),
        lines=lines,
        line_kinds=line_kinds,
        plain_fields=mirror.plain,
        typed_fields=mirror.typed,
    )


_PLAIN = frozenset((str, int, float, bool, type(None), tuple))
_NUMBERS = frozenset((bool, int, float, complex))
"""Values without mappings inside (tuples are decoded lists of text); anything else may hold keys."""


class _StructRows:
    """`Rows` over mirror structs, counting the keys present (for the repeated-key check)."""

    def __init__(self, spec: _Msgspec) -> None:
        self.spec = spec
        self.unset = spec.unset
        self.present = 0
        self.read: dict[type, set[str]] = {}

    def rows(self) -> Rows:
        return Rows(self.column, self.only, self.distinct, rows=self.spec.structs, typed=self.typed)

    def typed(self, rows: list[Any], field: str) -> bool:
        return not rows or field in self.spec.typed_fields[type(rows[0])]  # one struct type per list

    def column(self, rows: list[Any], field: str, default: Any) -> list[Any]:
        values = list(map(attrgetter(field), rows))
        absent = 0 if default is REQUIRED else values.count(self.unset)  # msgspec required those
        self.present += len(values) - absent
        if rows:
            self.read.setdefault(type(rows[0]), set()).add(field)
            plain = field in self.spec.plain_fields[type(rows[0])]
            if plain and not _PLAIN.issuperset(map(type, values)):  # mappings inside: count their keys
                self.present += sum(map(_keys, values))
        if absent:
            unset = self.unset
            return [default if value is unset else value for value in values]
        return values

    def read_all(self) -> bool:
        """True when every field of every struct read was read (so that every key is counted)."""
        return all(
            fields == set(getattr(kind, "__struct_fields__", ())) for kind, fields in self.read.items()
        )

    @staticmethod
    def only(rows: list[Any], fields: frozenset[str]) -> bool:
        return True  # msgspec has refused unknown fields; each list holds one struct type

    def distinct(self, values: list[Any]) -> tuple[list[int], list[int]]:
        """`first_of_each` of the structs (equal for structs of the same fields, values and value types),
        counting the keys of the repeated ones (the first of each is built, and counted, as a row)."""
        astuple, unset = self.spec.astuple, self.unset
        try:
            positions, firsts = first_of_each(values)  # frozen structs hash and compare by their fields, in C
            typed = not _NUMBERS.isdisjoint(type(item) for first in firsts for item in astuple(values[first]))
        except TypeError:  # a list inside: unhashable
            typed = True
        if typed:  # 1 and True are equal, not the same: key by the values' types too
            keys = [(items, tuple(map(type, items))) for items in map(astuple, values)]
            positions, firsts = first_of_each(keys)
        sizes = {
            first: len(items) - items.count(unset) for first in firsts for items in (astuple(values[first]),)
        }
        self.present += sum((count - 1) * sizes[first] for first, count in Counter(positions).items())
        return positions, firsts


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
    origin = Origin(file=file, format="json", path=path, find_lines=json_lines)
    rows = _StructRows(spec)
    parts = []
    for kind, cls in KINDS.items():
        if kind in present:
            built = build_records(cls, present[kind], rows.rows())
            if built is None:
                return None
            parts.append(Part(kind, built, origin))
    if not rows.read_all() or not _no_repeated_keys(data, len(present) + rows.present):
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
    parts = []
    for struct_type, kind in spec.line_kinds.items():
        if struct_type not in groups:
            continue
        record_lines = tuple(chain.from_iterable(numbers[struct_type]))
        origin = Origin(file=file, format="jsonl", record_lines=record_lines, path=path)
        built = build_records(KINDS[kind], groups[struct_type], rows.rows())
        if built is None:
            return None
        parts.append(Part(kind, built, origin))
    keys = _keys(header) + len(values)  # each record's "type"
    if not rows.read_all() or not _no_repeated_keys(data, keys + rows.present):
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


# Writing ---------------------------------------------------------------------------------------------------

Column = Callable[[list[Any]], list[Any]]
"""Turns the values of one field in every record into what msgspec writes as their plain form."""


def _per_object(convert_all: Callable[[list[Any]], list[Any]]) -> Column:
    """A column converted once per distinct object (a loaded corpus shares its equal dates and places),
    all of them in one ``convert_all`` call; None kept as None."""

    def convert(values: list[Any]) -> list[Any]:
        ids = list(map(id, values))
        unique = dict(zip(ids, values, strict=True))
        unique.pop(id(None), None)
        table = dict(zip(unique, convert_all(list(unique.values())), strict=True))
        table[id(None)] = None
        return list(map(table.__getitem__, ids))

    return convert


def _texts(values: list[Any]) -> list[str | None]:
    """Each value as text, None kept (one ``str`` call each is cheaper than finding shared dates)."""
    texts: list[str | None] = list(map(str, values))
    if any(map(is_, values, repeat(None))):
        return [None if value is None else text for value, text in zip(values, texts, strict=True)]
    return texts


def _each(function: Callable[[Any], Any]) -> Column:
    def convert(values: list[Any]) -> list[Any]:
        return list(map(function, values))

    return convert


def _nested_lists(convert_all: Callable[[list[Any]], list[Any]]) -> Column:
    """Tuples of nested records (None kept): all the records made structs at once, then grouped again."""

    def convert(values: list[Any]) -> list[Any]:
        if any(map(is_, values, repeat(None))):
            present = iter(convert([value for value in values if value is not None]))
            return [None if value is None else next(present) for value in values]
        sizes = list(map(len, values))
        if not any(sizes):
            return values  # written as they are (empty)
        built = convert_all(list(chain.from_iterable(values)))
        if sizes.count(1) == len(sizes):
            return list(zip(built))  # one each
        items = iter(built)
        return list(map(tuple, map(islice, repeat(items), sizes)))  # () stays ()

    return convert


def _same_default(default: Any) -> Column:
    """Values equal to the field's ``default`` replaced by the default itself, which msgspec leaves out
    (it compares with the default by identity; the plain form leaves out any value equal to it)."""
    table = {default: default}

    def convert(values: list[Any]) -> list[Any]:
        return list(map(table.get, values, values))  # TypeError for an unhashable value: the fallback

    return convert


class _Plain:
    """msgspec structs holding the plain form of record classes, generated from their attrs fields, and
    the column conversions that fill them (`plain_structs`).

    Each struct has a field per attribute, in the same order, with the attribute's default, and leaves
    out what equals it (``omit_defaults``), as the plain form does; with a tag (JSON Lines' ``type``),
    msgspec writes it first. Each field's values are taken from all records at once and converted by
    the field's `plain_shape`: text, numbers, enums (written by value) and tuples of them as they are,
    dates as text and nested records as their own structs once per distinct object, anything else
    through the converter's hook.
    """

    def __init__(self, msgspec: Any) -> None:
        self.msgspec = msgspec
        self.built: dict[tuple[type, str | None, str | None], Callable[[list[Any]], list[Any]]] = {}

    def structs(self, cls: type[Any], tag: tuple[str, str] | None = None) -> Callable[[list[Any]], list[Any]]:
        key = (cls, *(tag or (None, None)))
        if key not in self.built:
            self.built[key] = self._generate(cls, tag)
        return self.built[key]

    def _generate(self, cls: type[Any], tag: tuple[str, str] | None) -> Callable[[list[Any]], list[Any]]:
        hints = typing.get_type_hints(cls)
        spec: list[tuple[str, Any, Any]] = []
        getters: list[Callable[[Any], Any]] = []
        columns: list[list[Column]] = []
        for field in attrs.fields(cls):
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            convert = self._column(hints.get(field.name, field.type))
            steps = [] if convert is None else [convert]
            if default is attrs.NOTHING:
                default = self.msgspec.UNSET  # never left out: a record always has a value
            elif default is not None and not (type(default) is tuple and default == ()):
                if convert is not None:  # (None and (), singletons, stay what they are when converted)
                    raise TypeError(f"no struct for {cls.__name__}.{field.name}: a default written converted")
                steps.append(_same_default(default))
            spec.append((field.name, Any, default))
            getters.append(attrgetter(field.name))
            columns.append(steps)
        options = {"tag_field": tag[0], "tag": tag[1]} if tag else {}
        struct = self.msgspec.defstruct(f"{cls.__name__}Plain", spec, omit_defaults=True, **options)

        def structs(records: list[Any]) -> list[Any]:
            values: list[Any] = []
            for getter, steps in zip(getters, columns, strict=True):
                column: Any = map(getter, records)
                for step in steps:
                    column = step(list(column))
                values.append(column)
            return list(map(struct, *values))

        return structs

    def _column(self, kind: Any) -> Column | None:
        """How a column of values of the type ``kind`` is converted (None: msgspec writes them as they
        are)."""
        shape = plain_shape(kind)
        if shape.how in ("same", "enum", "list"):
            return None
        if shape.how == "text":
            return _texts
        if shape.how == "hook":
            return _each(shape.item)
        nested = self.structs(shape.item)
        if shape.how == "records":
            return _nested_lists(nested)
        return _per_object(nested)


@functools.cache
def _plain() -> _Plain | None:
    try:
        return _Plain(importlib.import_module("msgspec"))
    except ImportError:
        return None


def plain_structs(records: Sequence[Any], cls: type[Any], tag: dict[str, str] | None = None) -> list[Any]:
    """msgspec structs that msgspec writes as the plain form of ``records`` (`unstructure_list`'s, with
    ``tag`` first): the very same JSON.

    Raises:
        ImportError: msgspec is not installed.
        Exception: anything msgspec or a conversion refuses (the caller then writes the plain form).
    """
    plain = _plain()
    if plain is None:
        raise ImportError("msgspec is not installed")
    single = next(iter(tag.items())) if tag and len(tag) == 1 else None
    if tag and single is None:
        raise ValueError("one tag field at most")
    return plain.structs(cls, single)(list(records))
