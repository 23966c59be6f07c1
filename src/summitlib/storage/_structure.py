"""Records from plain data and back, generated from the record classes: the one way to build a record
and the one way to write it.

**Building.** `build` structures a file's list of records of one kind. It builds them column by column
(`build_records`) and, for anything unusual, with summitlib's converter, whose structured errors give
every problem with its path (`summitlib.serialization.problems_from`). How a column is built is
**generated from the class**: `attrs.fields` gives the fields, their types and validators, and for each
field a plan is made once (`_plan`) and cached:

* the field's values are taken from every row in one pass (its default where a row leaves it out);
* they are converted by their type: text, numbers and enum values checked or looked up in bulk, lists of
  text made tuples, a nested record class (``Place``, ``tuple[Evidence, ...]``) built column by column
  in turn, and any other type (dates …) through summitlib's converter once per distinct value;
* they are checked by the field's validator: with its whole-column form when it has one
  (`summitlib._validate.accepts_all`, which may only accept), otherwise — or when that form does not
  accept the column at once — value by value on the built record, as attrs would.

The rows are plain dicts (decoded JSON or YAML) or the typed mirror structs of
`summitlib.storage._msgspec` (`Rows` says how to read them). The records are created the way their
generated ``__init__`` stores its fields: ``object.__new__`` and the slot descriptors of the frozen attrs
classes, then ``__attrs_post_init__`` if the class has one. Whenever anything fails or is unusual,
`build_records` returns None and the converter builds the records (and reports every problem). Equal
values of immutable types (dates, places) are built once and shared. A class that is not slotted, or
whose fields have attrs converters other than ``to_tuple``, is always left to the converter.

**Writing.** `unstructure_list` gives the converter's plain form (fields equal to their default left out,
in field order) with a function generated per class from its fields and types, as cattrs' ``gen`` does,
but writing the common value types inline (text as is, enums by value, tuples as lists, dates as text)
instead of calling a hook for each value; any other type goes through the converter's hook.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections import deque
from collections.abc import Callable, Iterable
from itertools import chain, count, islice, repeat
from operator import is_
from typing import Any

import attrs
from cattrs.errors import ClassValidationError, IterableValidationError

from summitlib._validate import accepts_all, to_tuple
from summitlib.errors import Problem
from summitlib.serialization import converter, problems_from
from summitlib.storage._problems import KINDS, SCHEMA_VERSION, Origin, Part, migrate, record_index, with_lines

__all__ = [
    "DICT_ROWS",
    "REQUIRED",
    "PlainShape",
    "Rows",
    "build",
    "build_part",
    "build_records",
    "decoded_type",
    "first_of_each",
    "is_nested_record",
    "optional_of",
    "plain_shape",
    "structure_list",
    "take",
    "unstructure_list",
]

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
        distinct: ``distinct(values)``: equal rows of a nested value recognised (`first_of_each` of their
            keys: the rows themselves when hashable); counts what it reads.
        rows: the types a nested row may have.
        lists: the types a list may have (the converter accepts lists and tuples).
        typed: ``typed(rows, field)``: True when the decoder has already checked that field's values
            against its `decoded_type` (msgspec's typed structs), which then are the field's values.
    """

    column: Callable[[list[Any], str, Any], list[Any]]
    only: Callable[[list[Any], frozenset[str]], bool]
    distinct: Callable[[list[Any]], tuple[list[int], list[int]]]
    rows: tuple[type, ...] = (dict,)
    lists: tuple[type, ...] = (list, tuple)
    typed: Callable[[list[Any], str], bool] = lambda rows, field: False


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


def first_of_each(keys: list[Any]) -> tuple[list[int], list[int]]:
    """For each key the position of the first key equal to it, and those first positions in order (one
    pass hashing the keys)."""
    first: dict[Any, int] = {}
    positions = list(map(first.setdefault, keys, count()))
    return positions, list(first.values())


def _dict_distinct(values: list[Any]) -> tuple[list[int], list[int]]:
    return first_of_each(_dict_keys(values))


DICT_ROWS = Rows(column=_dict_column, only=_only_dicts, distinct=_dict_distinct)
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
        built = _build_columns(cls, rows, read)
        sizes = list(map(len, values))
        if sizes.count(1) == len(sizes):
            return list(zip(built))  # one each (the common case), grouped in one pass
        items = iter(built)
        return list(map(tuple, map(islice, repeat(items), sizes)))

    return convert


def _nested(cls: type[Any], optional: bool) -> Convert:
    """One nested record (or None) per row (``Place``): built once per distinct one, shared."""

    def convert(values: list[Any], read: Rows) -> list[Any]:
        kinds = (*read.rows, _NONE) if optional else read.rows
        if not _of_types(values, kinds):
            raise _RefusedError
        absent = optional and any(map(is_, values, repeat(None)))
        present = [value for value in values if value is not None] if absent else values
        positions, firsts = read.distinct(present)
        rows = list(map(present.__getitem__, firsts))
        built = dict(zip(firsts, _build_columns(cls, rows, read), strict=True))
        if not absent:
            return list(map(built.__getitem__, positions))
        found = iter(map(built.__getitem__, positions))
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


def decoded_type(kind: Any) -> Any:
    """``kind`` if a typed decoder can check a field's values against it and give them as they are to be
    stored (text, whole numbers, booleans, enum members, tuples of text; or None), else None."""
    inner, _ = optional_of(kind)
    exact = inner in (str, int, bool) or (isinstance(inner, type) and issubclass(inner, enum.Enum))
    return kind if exact or inner == tuple[str, ...] else None


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
    decoded: bool  # of a `decoded_type`: a typed decoder may have checked and converted the values


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
        decoded = decoded_type(kind) is not None
        fields.append(
            _Field(field.name, default, convert, check, field.validator, field, setter, untyped, decoded)
        )
    post_init = getattr(cls, "__attrs_post_init__", None)
    return _Plan(tuple(fields), frozenset(f.name for f in fields), post_init)


def _build_columns(cls: type[Any], rows: list[Any], read: Rows) -> list[Any]:
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
        if not (field.decoded and read.typed(rows, field.name)):
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
        return _build_columns(cls, rows, read)
    except Exception:  # a value of a kind no check expected, a failing validator: the converter decides
        return None


def structure_list(items: list[Any], cls: type[Any]) -> list[Any]:
    """``items`` structured as ``cls`` records, the same as ``converter.structure`` gives each.

    Raises:
        Exception: whatever the converter raises (the caller structures the list again for the report).
    """
    built = build_records(cls, items)
    if built is not None:
        return built
    return list(converter.structure(items, tuple[cls, ...]))  # type: ignore[valid-type]


def build(kind: str, items: list[Any], origin: Origin) -> tuple[list[Any], list[Problem]]:
    """Structure the plain ``items`` of ``kind``; every problem carries the file and, if known, the line."""
    try:
        return structure_list(items, KINDS[kind]), []
    except (ClassValidationError, IterableValidationError, ValueError, TypeError, KeyError) as error:
        return [], with_lines(problems_from(error, file=origin.file, path=f"$.{kind}"), origin)


def build_part(kind: str, items: list[Any], origin: Origin) -> tuple[Part, list[Problem]]:
    """`build`, as a part; of a list with problems, the part holds the records that could be built and
    the ids of those that could not (for `check_references`)."""
    records, problems = build(kind, items, origin)
    if not problems:
        return Part(kind, records, origin), []
    failing = set()
    for problem in problems:
        index = record_index(problem.path)
        if index is None or index[0] != kind:  # a problem of the list, not of one record
            return Part(kind, [], origin, (), len(problems), None), problems
        failing.add(index[1])
    positions = tuple(i for i in range(len(items)) if i not in failing)
    ids = [items[i].get("id") if type(items[i]) is dict else None for i in failing]
    try:
        records = structure_list([items[i] for i in positions], KINDS[kind])
    except Exception:  # the rest does not build on its own either: references to the kind go unchecked
        return Part(kind, [], origin, (), len(problems), None), problems
    named = [key for key in ids if type(key) is str]
    broken = frozenset(named) if len(named) == len(ids) else None
    return Part(kind, records, origin, positions, len(problems), broken), problems


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


def unstructure_list(
    records: tuple[Any, ...], cls: type[Any], tag: dict[str, str] | None = None
) -> list[Any]:
    """The plain form of ``records``: ``converter.unstructure(records, tuple[cls, ...])``, faster; with
    ``tag``, each record's form starts with those fields (JSON Lines' ``{"type": "meeting"}``)."""
    function = _unstructurer(cls)  # type: ignore[arg-type]  # classes are hashable
    start = tag or {}
    return [function(record, start) for record in records]


def _generated(kind: Any) -> bool:
    """True for an attrs class whose plain form is the mapping of its fields (cattrs' generated hook)."""
    if not (isinstance(kind, type) and attrs.has(kind)):
        return False
    hook = converter.get_unstructure_hook(kind)
    return getattr(hook, "__name__", "") == f"unstructure_{kind.__name__}" and hook.__module__ is None


@attrs.frozen
class PlainShape:
    """How a field's value is written in the plain form, from its type (`plain_shape`).

    Attributes:
        how: ``"same"`` (text, whole numbers, booleans: as they are), ``"enum"`` (the member's value),
            ``"list"`` (a tuple of text or numbers: a list), ``"records"`` (a tuple of nested records:
            a list of their plain forms), ``"record"`` (a nested record: its plain form), ``"text"``
            (``str(value)``: dates) or ``"hook"`` (the converter's unstructure hook of the whole type).
        optional: None is written as None (except for ``"hook"``, whose hook takes None itself).
        item: the nested record class (``"records"``, ``"record"``), the hook (``"hook"``).
    """

    how: str
    optional: bool = False
    item: Any = None


def plain_shape(kind: Any) -> PlainShape:
    """How a value of the type ``kind`` is written in the plain form (the converter's, for every type)."""
    inner, optional = optional_of(kind)
    if inner in (str, int, bool):
        return PlainShape("same")
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        return PlainShape("enum", optional)
    if typing.get_origin(inner) is tuple and typing.get_args(inner)[1:] == (Ellipsis,):
        item = typing.get_args(inner)[0]
        if item in (str, int):
            return PlainShape("list", optional)
        if _generated(item):
            return PlainShape("records", optional, item)
    elif _generated(inner):
        return PlainShape("record", optional, inner)
    else:
        union = typing.get_origin(inner) in (typing.Union, types.UnionType)
        members = typing.get_args(inner) if union else ()
        if all(converter.get_unstructure_hook(m) is str for m in members or (inner,)):
            return PlainShape("text", optional)
    return PlainShape("hook", item=converter.get_unstructure_hook(kind))


def _expression(kind: Any, value: str, names: dict[str, Any]) -> str:
    """Python code for the plain form of ``value``, of the type ``kind`` (new names added to ``names``)."""
    shape = plain_shape(kind)
    if shape.how == "same":
        return value
    if shape.how in ("records", "record"):
        name = f"_unstructure_{shape.item.__name__}"
        names[name] = _unstructurer(shape.item)
        call = (
            f"{name}(item, _EMPTY) for item in {value}"
            if shape.how == "records"
            else f"{name}({value}, _EMPTY)"
        )
        code = f"[{call}]" if shape.how == "records" else call
    elif shape.how == "hook":  # anything else: the converter's own hook for the whole type
        name = f"_hook_{len(names)}"
        names[name] = shape.item
        return f"{name}({value})"
    else:
        code = {"enum": f"{value}._value_", "list": f"list({value})", "text": f"str({value})"}[shape.how]
    return f"(None if {value} is None else {code})" if shape.optional else code


@functools.cache
def _unstructurer(cls: type[Any]) -> Callable[[Any, dict[str, Any]], dict[str, Any]]:
    """``unstructure(record, start)``: the plain form of a ``cls`` record after the fields of ``start``,
    generated from the class' fields."""
    hints = typing.get_type_hints(cls)
    names: dict[str, Any] = {"_EMPTY": {}}
    lines = ["def unstructure(record, start):", "    data = start.copy()"]
    for number, field in enumerate(attrs.fields(cls)):
        expression = _expression(hints.get(field.name, field.type), "value", names)
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        lines.append(f"    value = record.{field.name}")
        if default is attrs.NOTHING:
            lines.append(f"    data[{field.name!r}] = {expression}")
            continue
        if default is None:
            lines.append("    if value is not None:")
        else:
            names[f"_default_{number}"] = default
            lines.append(f"    if value != _default_{number}:")
        lines.append(f"        data[{field.name!r}] = {expression}")
    lines.append("    return data")
    code = compile("\n".join(lines), f"<summitlib unstructure {cls.__qualname__}>", "exec")
    exec(code, names)  # code generated from the class' own fields, as cattrs does
    return names["unstructure"]  # type: ignore[no-any-return]
