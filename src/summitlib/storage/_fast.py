"""Structuring and unstructuring whole lists of records, generated from the record classes.

Nothing here names a field. `structure_list` builds a list of records column by column
(`summitlib.storage._columns`, planned from `attrs.fields`) and falls back to summitlib's converter for
anything unusual. `unstructure_list` gives the converter's plain form (fields equal to their default left
out, in field order) with a function generated per class from its fields and types, as cattrs' ``gen``
does, but writing the common value types inline (text as is, enums by value, tuples as lists, dates as
text) instead of calling a hook for each value; any other type goes through the converter's hook.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from summitlib.serialization import converter
from summitlib.storage._columns import build_records, optional_of

__all__ = ["structure_list", "unstructure_list"]


def structure_list(items: list[Any], cls: type[Any]) -> list[Any]:
    """``items`` structured as ``cls`` records, the same as ``converter.structure`` gives each.

    Raises:
        Exception: whatever the converter raises (the caller structures the list again for the report).
    """
    built = build_records(cls, items)
    if built is not None:
        return built
    return list(converter.structure(items, tuple[cls, ...]))  # type: ignore[valid-type]


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


def _expression(kind: Any, value: str, names: dict[str, Any]) -> str:
    """Python code for the plain form of ``value``, of the type ``kind`` (new names added to ``names``)."""
    inner, optional = optional_of(kind)
    if inner in (str, int, bool):
        return value
    code = None
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        code = f"{value}._value_"
    elif typing.get_origin(inner) is tuple and typing.get_args(inner)[1:] == (Ellipsis,):
        item = typing.get_args(inner)[0]
        if item in (str, int):
            code = f"list({value})"
        elif _generated(item):
            name = f"_unstructure_{item.__name__}"
            names[name] = _unstructurer(item)
            code = f"[{name}(item, _EMPTY) for item in {value}]"
    elif _generated(inner):
        name = f"_unstructure_{inner.__name__}"
        names[name] = _unstructurer(inner)
        code = f"{name}({value}, _EMPTY)"
    else:
        union = typing.get_origin(inner) in (typing.Union, types.UnionType)
        members = typing.get_args(inner) if union else ()
        if all(converter.get_unstructure_hook(m) is str for m in members or (inner,)):
            code = f"str({value})"
    if code is None:  # anything else: the converter's own hook for the whole type
        name = f"_hook_{len(names)}"
        names[name] = converter.get_unstructure_hook(kind)
        return f"{name}({value})"
    return f"(None if {value} is None else {code})" if optional else code


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
