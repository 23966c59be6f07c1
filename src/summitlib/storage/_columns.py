"""Building many records at once, a field at a time, for loading large corpora.

`build_records` takes the plain rows of a list of records of one class — dicts decoded from JSON or YAML,
or the typed mirror structs of `summitlib.storage._msgspec` — and builds them column by column. How is
**generated from the class**: `attrs.fields` gives the fields, their types and validators, and for each
field a plan is made once (`_plan`) and cached:

* the field's values are taken from every row in one pass (its default where a row leaves it out);
* they are converted by their type: text, numbers and enum values checked or looked up in bulk, lists of
  text made tuples, a nested record class (``Place``, ``tuple[Evidence, ...]``) built column by column
  in turn, and any other type (dates …) through summitlib's converter once per distinct value;
* they are checked by the field's validator: with its whole-column form when it has one
  (`summitlib._validate.accepts_all`, which may only accept), otherwise — or when that form does not
  accept the column at once — value by value on the built record, as attrs would.

The records are created the way their generated ``__init__`` stores its fields: ``object.__new__`` and the
slot descriptors of the frozen attrs classes, then ``__attrs_post_init__`` if the class has one. Whenever
anything fails or is unusual, `build_records` returns None and the caller builds the records with the
converter, which reports every problem as before. Equal values of immutable types (dates, places) are
built once and shared. A class that is not slotted, or whose fields have attrs converters other than
``to_tuple``, is always left to the converter.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections import deque
from collections.abc import Callable, Iterable
from itertools import chain, islice, repeat
from operator import is_
from typing import Any

import attrs

from summitlib._validate import accepts_all, to_tuple
from summitlib.serialization import converter

__all__ = ["DICT_ROWS", "REQUIRED", "Rows", "build_records", "is_nested_record", "optional_of"]

REQUIRED: Any = object()
"""The value a `Rows.column` gives for a required field a row lacks (never valid, so checks fail)."""

_NONE = type(None)
_NUMBERS = frozenset((bool, int, float, complex))


@attrs.frozen
class Rows:
    """How to read a list of rows of one kind (dicts, or structs).

    Attributes:
        column: ``column(rows, field, default)``: the field's value in every row, ``default`` where absent.
        only: ``only(rows, fields)``: True when every row is a row of this kind with no field but ``fields``.
        distinct: ``distinct(values)``: the keys by which equal rows of a nested value are recognised (the
            rows themselves when hashable), one per value; counts what it reads.
        rows: the types a nested row may have.
        lists: the types a list may have (the converter accepts lists and tuples).
    """

    column: Callable[[list[Any], str, Any], list[Any]]
    only: Callable[[list[Any], frozenset[str]], bool]
    distinct: Callable[[list[Any]], list[Any]]
    rows: tuple[type, ...] = (dict,)
    lists: tuple[type, ...] = (list, tuple)


def _dict_column(rows: list[Any], field: str, default: Any) -> list[Any]:
    return list(map(dict.get, rows, repeat(field), repeat(default)))


def _only_dicts(rows: list[Any], fields: frozenset[str]) -> bool:
    return _of_type(rows, dict) and all(map(fields.issuperset, rows))


def _dict_keys(values: list[Any]) -> list[Any]:
    keys = list(map(tuple, map(dict.items, values)))
    numbers = (item for key in dict.fromkeys(keys) for _, item in key)
    if _NUMBERS.isdisjoint(map(type, numbers)):
        return keys
    kinds = map(tuple, map(map, repeat(type), map(dict.values, values)))  # 1 and True: equal, not the same
    return list(zip(keys, kinds, strict=True))


DICT_ROWS = Rows(column=_dict_column, only=_only_dicts, distinct=_dict_keys)
"""Rows that are plain dicts (decoded JSON or YAML)."""


def _of_type(values: Iterable[Any], kind: type) -> bool:
    return all(map(is_, map(type, values), repeat(kind)))


def _of_types(values: Iterable[Any], kinds: tuple[type, ...]) -> bool:
    if len(kinds) == 1:
        return _of_type(values, kinds[0])
    return set(map(type, values)).issubset(kinds)


Convert = Callable[[list[Any], Rows], list[Any]]
"""Converts a column of plain values into field values; raises (`_RefusedError` …) when it cannot."""


class _RefusedError(Exception):
    """A column the bulk path does not take: the converter decides."""


def _exact(kinds: tuple[type, ...]) -> Convert:
    def convert(values: list[Any], read: Rows) -> list[Any]:
        if not _of_types(values, kinds):
            raise _RefusedError
        return values

    return convert


def _members(kind: type[enum.Enum], optional: bool) -> Convert:
    """Enum members from their values (as the converter reads them), or members already (as msgspec
    may give them)."""
    members: dict[Any, Any] = {member.value: member for member in kind}
    members.update({member: member for member in kind})
    if optional:
        members[None] = None

    def convert(values: list[Any], read: Rows) -> list[Any]:
        if _of_type(values, kind):  # members already
            return values
        if not _of_types(values, (str, kind, _NONE)):
            raise _RefusedError
        return list(map(members.__getitem__, values))  # KeyError for anything else

    return convert


def _tuples(item: type, optional: bool) -> Convert:
    """Lists of plain values (text, numbers) as tuples."""

    def convert(values: list[Any], read: Rows) -> list[Any]:
        kinds = (*read.lists, _NONE) if optional else read.lists
        if not _of_types(values, kinds):
            raise _RefusedError
        if not _of_type(chain.from_iterable(value for value in values if value is not None), item):
            raise _RefusedError
        return [value if value is None else tuple(value) for value in values]

    return convert


def _nested_list(cls: type[Any]) -> Convert:
    """Lists of nested records (``tuple[Evidence, ...]``), all built together column by column."""

    def convert(values: list[Any], read: Rows) -> list[Any]:
        if not _of_types(values, read.lists):
            raise _RefusedError
        rows = list(chain.from_iterable(values))
        if not rows:
            return list(repeat((), len(values)))
        items = iter(_build(cls, rows, read))
        return list(map(tuple, map(islice, repeat(items), map(len, values))))

    return convert


def _nested(cls: type[Any], optional: bool) -> Convert:
    """One nested record (or None) per row (``Place``): built once per distinct one, shared."""

    def convert(values: list[Any], read: Rows) -> list[Any]:
        kinds = (*read.rows, _NONE) if optional else read.rows
        if not _of_types(values, kinds):
            raise _RefusedError
        absent = optional and any(map(is_, values, repeat(None)))
        present = [value for value in values if value is not None] if absent else values
        keys = read.distinct(present)
        unique = dict(zip(keys, present, strict=True))
        built = dict(zip(unique, _build(cls, list(unique.values()), read), strict=True))
        if not absent:
            return list(map(built.__getitem__, keys))
        found = iter(map(built.__getitem__, keys))
        return [None if value is None else next(found) for value in values]

    return convert


def _hooked(kind: Any) -> Convert:
    """Any other type through summitlib's converter, once per distinct value (they are immutable values:
    dates, durations) or, for unhashable plain data, value by value."""
    hook = converter.get_structure_hook(kind)

    def convert(values: list[Any], read: Rows) -> list[Any]:
        try:
            distinct = dict.fromkeys(values)
        except TypeError:  # plain data such as mappings: value by value
            return [hook(value, kind) for value in values]
        if not _NUMBERS.isdisjoint(map(type, distinct)):  # 1 and True are equal, not the same
            keys = list(zip(map(type, values), values, strict=True))
            typed = {key: hook(key[1], kind) for key in dict.fromkeys(keys)}
            return list(map(typed.__getitem__, keys))
        built = {value: hook(value, kind) for value in distinct}
        return list(map(built.__getitem__, values))

    return convert


def is_nested_record(kind: Any) -> bool:
    """True for an attrs class that summitlib's converter structures from a mapping of its fields (with
    the hook cattrs generates, not one of summitlib's own, such as the `Speaker` forms)."""
    if not (isinstance(kind, type) and attrs.has(kind)):
        return False
    try:
        hook = converter.get_structure_hook(kind)
    except Exception:  # no hook at all (a field of a type the converter cannot take)
        return False
    return getattr(hook, "__name__", "") == f"structure_{kind.__name__}" and hook.__module__ is None


def optional_of(kind: Any) -> tuple[Any, bool]:
    """``(X, True)`` for ``X | None``, else ``(kind, False)``."""
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        arguments = tuple(a for a in typing.get_args(kind) if a is not _NONE)
        if len(arguments) < len(typing.get_args(kind)):
            return (arguments[0] if len(arguments) == 1 else typing.Union[arguments]), True  # noqa: UP007
    return kind, False


def converter_for(kind: Any) -> Convert:
    """How a column of plain values of the type ``kind`` becomes field values."""
    inner, optional = optional_of(kind)
    if inner in (str, int, bool):
        return _exact((inner, _NONE) if optional else (inner,))
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        return _members(inner, optional)
    if typing.get_origin(inner) is tuple:
        arguments = typing.get_args(inner)
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            if arguments[0] in (str, int) and not (optional and arguments[0] is int):
                return _tuples(arguments[0], optional)
            if is_nested_record(arguments[0]) and not optional:
                return _nested_list(arguments[0])
    if is_nested_record(inner):
        return _nested(inner, optional)
    return _hooked(kind)


@attrs.frozen
class _Field:
    name: str
    default: Any
    convert: Convert
    check: Callable[[list[Any]], bool] | None
    validator: Any  # checked value by value on the built records when there is no whole-column check
    attribute: Any
    setter: Callable[[Any, Any], None]
    untyped: bool  # converted by the converter's hook (which might accept anything)


@attrs.frozen
class _Plan:
    fields: tuple[_Field, ...]
    names: frozenset[str]
    post_init: Callable[[Any], None] | None


def _slot(cls: type[Any], name: str) -> Callable[[Any, Any], None] | None:
    for klass in cls.__mro__:
        if name in klass.__dict__:
            descriptor = klass.__dict__[name]
            return descriptor.__set__ if isinstance(descriptor, types.MemberDescriptorType) else None
    return None


@functools.cache
def _plan(cls: type[Any]) -> _Plan | None:
    """How to build ``cls`` records column by column, from its attrs fields; None if it cannot be."""
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # a type that cannot be resolved: the converter decides
        return None
    fields = []
    for field in attrs.fields(cls):
        setter = _slot(cls, field.name)
        kind = hints.get(field.name, field.type)
        if setter is None or kind is None or isinstance(kind, str):
            return None
        if field.converter is not None and field.converter is not to_tuple:
            return None
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:
                return None
            default = default.factory()
        if default is attrs.NOTHING:
            default = REQUIRED
        check = None if field.validator is None else accepts_all(field.validator)
        convert = converter_for(kind)
        untyped = getattr(convert, "__qualname__", "").startswith("_hooked.")
        fields.append(_Field(field.name, default, convert, check, field.validator, field, setter, untyped))
    post_init = getattr(cls, "__attrs_post_init__", None)
    return _Plan(tuple(fields), frozenset(f.name for f in fields), post_init)


def _build(cls: type[Any], rows: list[Any], read: Rows) -> list[Any]:
    """``cls`` records from ``rows``; raises when anything fails (see `build_records`)."""
    plan = _plan(cls)  # type: ignore[arg-type]  # classes are hashable
    if plan is None or not read.only(rows, plan.names):
        raise _RefusedError
    count = len(rows)
    columns = []
    for field in plan.fields:
        values = read.column(rows, field.name, field.default)
        if field.untyped and field.default is REQUIRED and any(map(is_, values, repeat(REQUIRED))):
            raise _RefusedError  # (the conversions of known types refuse REQUIRED themselves)
        values = field.convert(values, read)
        columns.append(values)
    records = list(map(object.__new__, repeat(cls, count)))
    for field, values in zip(plan.fields, columns, strict=True):
        deque(map(field.setter, records, values), maxlen=0)
    for field, values in zip(plan.fields, columns, strict=True):
        if field.validator is not None and (field.check is None or not field.check(values)):
            deque(map(field.validator, records, repeat(field.attribute), values), maxlen=0)  # raises
    if plan.post_init is not None:
        deque(map(plan.post_init, records), maxlen=0)
    return records


def build_records(cls: type[Any], rows: list[Any], read: Rows = DICT_ROWS) -> list[Any] | None:
    """The ``cls`` records of ``rows``, equal to those the converter builds, or None to build them with
    the converter (anything unusual: a value the converter or a validator would reject, a type or class
    shape this module does not take)."""
    if not rows:
        return []
    try:
        return _build(cls, rows, read)
    except Exception:  # a value of a kind no check expected, a failing validator: the converter decides
        return None
