"""Plain-data form of every summitlib type, through summitlib's own cattrs converter.

``unstructure(x)`` gives JSON-ready data (dicts, lists, strings, numbers, booleans, None); ``structure(data,
T)`` builds a ``T`` back and raises a [`LoadError`][summitlib.LoadError] listing *every* problem with its
path (``$.meetings[3].when``). ``structure(unstructure(x), type(x)) == x`` for every public type.

Forms of the value types: dates are ISO text (``"2017-07"``, ``"2017-11-10/2017-11-11"``), durations their
text form (``">=120"``), enums their values, a claim value a one-key mapping (``{"duration": ">=120"}``,
``{"label": "pushed back"}``, ``{"date": "2017-07-07"}``, ``{"number": 4, "unit": "issues"}``,
``{"yes_no": true}``), a speaker ``{"person": "rex-tillerson"}``, ``{"group": "the Kremlin"}`` or
``"author"``. Fields equal to their default are left out; unknown fields are an error.

Examples:
    >>> from summitlib import DurationRange, Place
    >>> from summitlib.serialization import structure, unstructure
    >>> unstructure(Place(city="Hamburg", country="DEU"))
    {'country': 'DEU', 'city': 'Hamburg'}
    >>> structure(">=120", DurationRange)
    DurationRange('>=120')
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from summitlib._suggest import suggest
from summitlib.claims import ClaimValue, Label, Number, Speaker, SpeakerKind
from summitlib.dates import DateSpan, PartialDate, When, parse_when
from summitlib.durations import DurationRange
from summitlib.errors import InvalidValueError, LoadError, Problem

__all__ = ["converter", "make_converter", "problems_from", "structure", "unstructure"]

T = TypeVar("T")


def _expect_str(kind: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidValueError("", f"{kind} as text", value)
    return value


def _structure_claim_value(data: object, _: object) -> ClaimValue:
    if not isinstance(data, dict) or not data:
        raise InvalidValueError(
            "",
            "a one-key mapping: label, duration, date, number (with optional unit) or yes_no",
            data,
        )
    keys = set(data)
    if keys == {"label"}:
        return Label(text=_expect_str("a label", data["label"]))
    if keys == {"duration"}:
        return DurationRange.parse(data["duration"])
    if keys == {"date"}:
        return parse_when(_expect_str("a date", data["date"]))
    if keys <= {"number", "unit"} and "number" in keys:
        number = data["number"]
        if isinstance(number, bool) or not isinstance(number, int | float):
            raise InvalidValueError("", "a number", number)
        unit = data.get("unit")
        return Number(value=number, unit=unit)
    if keys == {"yes_no"}:
        if not isinstance(data["yes_no"], bool):
            raise InvalidValueError("", "true or false", data["yes_no"])
        return bool(data["yes_no"])
    raise InvalidValueError(
        "", "exactly one of the keys label, duration, date, number (+unit), yes_no", sorted(keys)
    )


def _unstructure_claim_value(value: ClaimValue) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"yes_no": value}
    if isinstance(value, Label):
        return {"label": value.text}
    if isinstance(value, DurationRange):
        return {"duration": str(value)}
    if isinstance(value, PartialDate | DateSpan):
        return {"date": str(value)}
    if value.unit is None:
        return {"number": value.value}
    return {"number": value.value, "unit": value.unit}


def _structure_speaker(data: object, _: object) -> Speaker:
    if data == "author":
        return Speaker.author()
    if isinstance(data, dict) and set(data) in ({"person"}, {"person", "name"}):
        return Speaker(kind=SpeakerKind.PERSON, leader=data["person"], name=data.get("name"))
    if isinstance(data, dict) and set(data) == {"group"}:
        return Speaker.group(data["group"])
    raise InvalidValueError("", "'author', {person: LEADER_ID} or {group: NAME}", data)


def _unstructure_speaker(speaker: Speaker) -> object:
    if speaker.kind is SpeakerKind.AUTHOR:
        return "author"
    if speaker.kind is SpeakerKind.GROUP:
        return {"group": speaker.name}
    if speaker.name is None:
        return {"person": speaker.leader}
    return {"person": speaker.leader, "name": speaker.name}


def _structure_str(data: object, _: object) -> str:
    if not isinstance(data, str):  # cattrs would turn 5 into "5"; a number where text belongs is a mistake
        raise InvalidValueError("", "text (in YAML, quote a value that looks like a number)", data)
    return data


def _structure_int(data: object, _: object) -> int:
    if isinstance(data, bool) or not isinstance(data, int):  # cattrs would turn 1.7 or "2" into an int
        raise InvalidValueError("", "a whole number", data)
    return data


def _structure_when(data: object, _: object) -> When:
    if type(data) is str and "/" not in data:  # a partial date, the common case: what parse_when does
        return PartialDate.parse(data)
    return parse_when(_expect_str("a date", data))


def _structure_optional_when(data: object, _: object) -> When | None:
    if type(data) is str and "/" not in data:
        return PartialDate.parse(data)
    return None if data is None else parse_when(_expect_str("a date", data))


def _structure_partial(data: object, _: object) -> PartialDate:
    return PartialDate.parse(_expect_str("a date", data))


def _structure_duration(data: object, _: object) -> DurationRange:
    if isinstance(data, int) and not isinstance(data, bool):
        return DurationRange.exactly(data)
    return DurationRange.parse(_expect_str("a duration", data))


def _structure_names(data: object, _: object) -> tuple[str, ...]:
    if not isinstance(data, list | tuple):
        raise InvalidValueError("", "a list of strings", data)
    for item in data:
        if not isinstance(item, str):
            raise InvalidValueError("", "a list of strings", data)
    return tuple(data)


def _is_type(target: object) -> Callable[[object], bool]:
    return lambda t: t == target


def make_converter() -> cattrs.Converter:
    """A new converter configured for summitlib's types.

    It forbids unknown keys, leaves out fields equal to their default, unstructures tuples as lists, and
    collects every error with its path (``detailed_validation``). Use it to add hooks for your own types
    without touching summitlib's shared [`converter`][summitlib.serialization.converter].
    """
    conv = cattrs.Converter(
        omit_if_default=True,
        forbid_extra_keys=True,
        detailed_validation=True,
        unstruct_collection_overrides={tuple: list},
    )
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    for cls in (PartialDate, DateSpan):
        conv.register_unstructure_hook(cls, str)
    conv.register_structure_hook(PartialDate, _structure_partial)
    conv.register_structure_hook(DateSpan, lambda d, _: DateSpan.parse(_expect_str("a date span", d)))
    conv.register_structure_hook_func(_is_type(When), _structure_when)
    conv.register_structure_hook_func(_is_type(When | None), _structure_optional_when)
    conv.register_unstructure_hook(DurationRange, str)
    conv.register_structure_hook(DurationRange, _structure_duration)
    conv.register_structure_hook_func(_is_type(ClaimValue), _structure_claim_value)
    conv.register_unstructure_hook_func(_is_type(ClaimValue), _unstructure_claim_value)
    conv.register_unstructure_hook_func(
        _is_type(ClaimValue | None), lambda v: None if v is None else _unstructure_claim_value(v)
    )
    conv.register_structure_hook(Speaker, _structure_speaker)
    conv.register_structure_hook_func(_is_type(tuple[str, ...]), _structure_names)
    conv.register_unstructure_hook(Speaker, _unstructure_speaker)
    return conv


converter: cattrs.Converter = make_converter()
"""The converter summitlib uses. Do not register hooks on it; make your own with `make_converter`."""


def unstructure(obj: object, unstructure_as: Any = None) -> Any:
    """Plain JSON-ready data for any summitlib object (or tuple/list of them)."""
    return converter.unstructure(obj, unstructure_as=unstructure_as)


def structure(data: Any, cls: type[T], *, file: str | None = None, path: str = "$") -> T:
    """Build a ``cls`` from plain data.

    Raises:
        LoadError: with one [`Problem`][summitlib.Problem] per thing wrong, each with its path.
    """
    try:
        return converter.structure(data, cls)
    except (ClassValidationError, IterableValidationError, ValueError, TypeError, KeyError) as error:
        raise LoadError(problems_from(error, file=file, path=path)) from None


def problems_from(error: BaseException, *, file: str | None = None, path: str = "$") -> list[Problem]:
    """Turn a cattrs (or summitlib) structuring error into problems with record paths.

    Built from cattrs' structured errors, walked as `cattrs.transform_error` walks them: each
    `ClassValidationError` adds the attribute its note names to the path, each `IterableValidationError`
    the index. Each problem says what was expected and how to fix it: an unknown field gets the closest
    field name (`ForbiddenExtraKeysError.extra_fields`, checked against the class' fields), a missing one
    "add it", and a check of a whole record that names one of its fields (``Meeting.participants[1]``)
    puts that field into the path.
    """
    return [
        _problem(leaf, expected, where, step, file)
        for leaf, expected, where, step in _leaves(error, path, None)
    ]


def _leaves(
    error: BaseException, path: str, step: str | int | None
) -> Iterator[tuple[BaseException, Any, str, Any]]:
    """Each error of the tree under ``error`` with the type expected (when a note gives it), its path and
    the last step of the path (a field name, an index, or None at the root)."""
    if isinstance(error, IterableValidationError | ClassValidationError):
        with_notes, without = error.group_exceptions()
        for inner, note in with_notes:
            if isinstance(note, IterableValidationNote):
                where, last = f"{path}[{note.index!r}]", note.index
            else:
                where, last = f"{path}.{note.name}", note.name
            if isinstance(inner, IterableValidationError | ClassValidationError):
                yield from _leaves(inner, where, last)
            else:
                yield inner, note.type, where, last
        for inner in without:
            yield inner, None, path, step
    else:
        yield error, None, path, step


def _problem(error: BaseException, expected: Any, path: str, step: Any, file: str | None) -> Problem:
    """One problem from one structuring error, with a fix where one is known."""
    message = _describe(error, expected)
    if isinstance(error, ForbiddenExtraKeysError) and error.cl is not None and attrs.has(error.cl):
        known = [field.name for field in attrs.fields(error.cl)]
        hints = []
        for name in sorted(error.extra_fields):
            close = suggest(name, known)
            hints.append(f"{name!r} → {close[0]!r}" if close else f"remove {name!r}")
        message += f"; did you mean: {', '.join(hints)}?"
    elif isinstance(error, KeyError):
        message += "; add it"
    elif isinstance(error, InvalidValueError):
        field = _QUALIFIED.fullmatch(error.field)
        # a check of a whole record (a list item, or a nested record such as place) naming one of its fields
        if field is not None and (type(step) is int or step == field.group("cls").lower()):
            path += f".{field.group('field')}{field.group('index') or ''}"
    return Problem(message=message, path=path, file=file)


_QUALIFIED = re.compile(r"(?P<cls>[A-Z][A-Za-z]*)\.(?P<field>[a-z_]+)(?P<index>\[\d+\])?")
"""`InvalidValueError.field`: the class, the field and the index of an item (``Meeting.participants[1]``)."""


@functools.singledispatch
def _describe(error: BaseException, type_: Any) -> str:
    expected = getattr(type_, "__name__", None) or (repr(type_) if type_ is not None else "")
    if isinstance(error, InvalidValueError):
        return str(error).removeprefix(": ")
    if isinstance(error, ForbiddenExtraKeysError):
        known = ""
        if error.cl is not None and hasattr(error.cl, "__attrs_attrs__"):
            known = "; expected only " + ", ".join(a.name for a in error.cl.__attrs_attrs__)
        return f"unknown field(s) {', '.join(sorted(error.extra_fields))}{known}"
    if isinstance(error, KeyError):
        return f"required field {error.args[0]!r} is missing"
    if isinstance(error, TypeError | AttributeError):
        return f"expected {expected or 'another type'}, got a value of the wrong type ({error})"
    if isinstance(error, ValueError) and isinstance(type_, type) and issubclass(type_, enum.Enum):
        choices = ", ".join(repr(m.value) for m in type_)
        return f"expected one of {choices}, got {error.args[0].split(' is not')[0]}"
    if isinstance(error, ValueError):
        return f"invalid value for {expected or 'this field'}: {error}"
    return f"{type(error).__name__}: {error}"
