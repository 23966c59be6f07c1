"""attrs validators that raise `InvalidValueError` naming the field, what was expected and what arrived."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from itertools import chain, compress, repeat
from operator import eq, gt, is_, itemgetter
from typing import Any

import attrs

from summitlib.errors import InvalidValueError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]*\Z")
TOPIC_PATTERN = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*\Z")


def field_name(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """``ClassName.field`` for messages."""
    return f"{type(instance).__name__}.{attribute.name}"


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Converter: any iterable (but not a lone string) to a tuple."""
    if isinstance(value, tuple):
        return value
    if isinstance(value, str | bytes):
        raise InvalidValueError("", "a list or tuple, not a single string", value)
    return tuple(value)


def text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-empty string without surrounding whitespace."""
    if type(value) is str and value and value == value.strip():  # the common case, checked first
        return
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise InvalidValueError(
            field_name(instance, attribute), "a non-empty string without surrounding spaces", value
        )


def optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """`text` or None."""
    if value is not None:
        text(instance, attribute, value)


def identifier(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An id: letters, digits and ``_ . : -``, starting with a letter or digit."""
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise InvalidValueError(
            field_name(instance, attribute),
            "an id of letters, digits and '_.:-' starting with a letter or digit",
            value,
        )


def optional_identifier(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """`identifier` or None."""
    if value is not None:
        identifier(instance, attribute, value)


def _all_identifiers(items: tuple[Any, ...]) -> bool:
    try:
        return all(map(ID_PATTERN.match, items))
    except TypeError:  # an item that is not text: the item-by-item check reports it
        return False


def _all_text(items: tuple[Any, ...]) -> bool:
    """Every item is non-empty text without surrounding whitespace (three passes in C)."""
    return _of_type(items, str) and all(items) and tuple(map(str.strip, items)) == items


_ACCEPTS: dict[Validator, Callable[[tuple[Any, ...]], bool]] = {
    identifier: _all_identifiers,
    text: _all_text,
}
"""Whole-tuple checks that `each` tries first: True only when the validator accepts every item."""

_TYPES: dict[Validator, tuple[type, ...]] = {}
"""The types of `instance_of` validators for which a plain ``isinstance`` decides."""

_COLUMNS: dict[Validator, Callable[[list[Any]], bool]] = {}
"""Whole-column checks (see `accepts_all`), registered with the validators they stand for."""


def accepts_all(validator: Validator) -> Callable[[list[Any]], bool] | None:
    """A check of many values at once that is True only when ``validator`` accepts each of them, or None
    when there is none (then each value is checked on its own). Used to build many records at once."""
    return _COLUMNS.get(validator)


def _column(accepts: Callable[[tuple[Any, ...]], bool]) -> Callable[[list[Any]], bool]:
    return lambda values: accepts(tuple(values))


def _optional_column(accepts: Callable[[list[Any]], bool]) -> Callable[[list[Any]], bool]:
    return lambda values: accepts([value for value in values if value is not None])


def _each_column(validator: Validator) -> Callable[[list[Any]], bool] | None:
    items = _COLUMNS.get(validator)
    if items is None:
        return None

    def check(values: list[Any]) -> bool:
        return all(map(is_, map(type, values), repeat(tuple))) and items(list(chain.from_iterable(values)))

    return check


def _unique_column(accepts: Callable[[list[Any]], bool], texts: bool) -> Callable[[list[Any]], bool]:
    """``accepts``, then no tuple holds an item twice; ``texts``: ``accepts`` lets only ``str`` items
    through."""

    def check(values: list[Any]) -> bool:
        try:
            return accepts(values) and _no_repeats(values, texts)
        except TypeError:  # unhashable items
            return False

    return check


_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def _no_repeats(values: list[tuple[Any, ...]], texts: bool) -> bool:
    """True when no tuple of ``values`` holds an item twice (as `unique` sees it: by hash and ``==``)."""
    sizes = list(map(len, values))
    if texts and sizes.count(2) == len(sizes):  # pairs of text (two leaders meeting): no sets to build
        return not any(map(eq, map(_FIRST, values), map(_SECOND, values)))
    several = list(compress(values, map(gt, sizes, repeat(1))))  # one item or none: nothing repeated
    return all(map(eq, map(len, map(set, several)), map(len, several)))


def _of_type(items: Iterable[Any], kind: type) -> bool:
    return all(map(is_, map(type, items), repeat(kind)))


_ID_CHARS = bytes(c for c in range(128) if ID_PATTERN.match("a" + chr(c)))
"""The ASCII characters `ID_PATTERN` allows after the first (probed from the pattern itself)."""
_ID_NOT_FIRST = tuple(b"\n" + bytes((c,)) for c in _ID_CHARS if not ID_PATTERN.match(chr(c)))
"""Those it does not allow first, each after a line break."""


def _all_ids(values: list[Any]) -> bool:
    """Every value is an id: all of them one per line, checked together in a few passes in C (characters
    outside `_ID_CHARS`, a line break inside an id, and non-ASCII text all leave more than the line
    breaks; an empty id or a wrong first character shows as two line breaks or `_ID_NOT_FIRST`)."""
    if not values:
        return True
    try:
        text = "\n" + "\n".join(values) + "\n"
    except TypeError:  # a value that is not text
        return False
    if not text.isascii():
        return False
    data = text.encode("ascii")
    if data.translate(None, _ID_CHARS) != b"\n" * (len(values) + 1):
        return False
    return b"\n\n" not in data and not any(map(data.__contains__, _ID_NOT_FIRST))


def register_column(validator: Validator, check: Callable[[list[Any]], bool]) -> None:
    """Register ``check`` as the whole-column form of ``validator`` (see `accepts_all`)."""
    _COLUMNS[validator] = check


_COLUMNS[identifier] = _all_ids
_COLUMNS[optional_identifier] = _optional_column(_COLUMNS[identifier])
_COLUMNS[text] = _column(_all_text)
_COLUMNS[optional_text] = _optional_column(_COLUMNS[text])


def instance_of(*types: type) -> Validator:
    """Like `attrs.validators.instance_of`, raising `InvalidValueError`."""
    names = " or ".join(t.__name__ for t in types)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        # bool is an int subclass: never accept it where a number is asked for
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise InvalidValueError(field_name(instance, attribute), f"a {names}", value)

    if not issubclass(bool, types):  # then isinstance alone decides (for `each`: item by item in C)
        _ACCEPTS[check] = lambda items: all(map(isinstance, items, repeat(types)))
        _TYPES[check] = types
        _COLUMNS[check] = lambda values: all(map(isinstance, values, repeat(types)))
    return check


def finite_number(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An int or a finite float: JSON has no NaN or Infinity, so they could not be saved and read back."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValueError(field_name(instance, attribute), "a finite number", value)
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidValueError(
            field_name(instance, attribute), "a finite number (not NaN or infinity)", value
        )


def optional(validator: Validator) -> Validator:
    """Accept None, else apply ``validator``."""

    types = _TYPES.get(validator)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None or (types is not None and isinstance(value, types)):
            return
        validator(instance, attribute, value)

    column = _COLUMNS.get(validator)
    if column is not None:
        _COLUMNS[check] = _optional_column(column)
    return check


def each(validator: Validator) -> Validator:
    """Apply ``validator`` to each item of a tuple; the message gives the index."""

    accepts = _ACCEPTS.get(validator)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is tuple and (not value or (accepts is not None and accepts(value))):
            return
        if not isinstance(value, tuple):
            raise InvalidValueError(field_name(instance, attribute), "a tuple", value)
        for index, item in enumerate(value):
            try:
                validator(instance, attribute, item)
            except InvalidValueError as error:
                raise InvalidValueError(
                    f"{field_name(instance, attribute)}[{index}]", error.expected, item
                ) from None

    column = _each_column(validator)
    if column is not None:
        _COLUMNS[check] = column
    return check


def each_unique(validator: Validator) -> Validator:
    """`each` ``validator``, then `unique` (one validator, so attrs makes one call)."""
    items = each(validator)

    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        items(instance, attribute, value)
        unique(instance, attribute, value)

    column = _COLUMNS.get(items)
    if column is not None:
        _COLUMNS[check] = _unique_column(column, texts=validator in (identifier, text))
    return check


def unique(instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    """No item twice."""
    try:
        if len(set(value)) == len(value):
            return
    except TypeError:  # unhashable items: the loop below raises the usual error
        pass
    seen: set[object] = set()
    for item in value:
        if item in seen:
            raise InvalidValueError(
                field_name(instance, attribute), "no repeated items", f"{item!r} repeated"
            )
        seen.add(item)
