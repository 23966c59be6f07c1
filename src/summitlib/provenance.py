"""Where a fact comes from: the exact words of a source, and what was filled in from elsewhere.

An [`Evidence`][summitlib.Evidence] is a source id plus an exact quote from that source's text. Its character
offsets are computed (or checked) against the text when a corpus is built, so a quote that is not in its
source can never slip in. An [`Inference`][summitlib.Inference] marks a field that the sources do not state
(a publication date worked out from "last Friday", a venue from general knowledge) and says how it was
filled in.
"""

from __future__ import annotations

import functools
import operator
from typing import Any

import attrs

from summitlib import _validate
from summitlib.errors import InvalidValueError

__all__ = ["Evidence", "Inference"]


def _offset(instance: Evidence, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidValueError(_validate.field_name(instance, attribute), "a character offset >= 0", value)


def _quote(instance: Evidence, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(_validate.field_name(instance, attribute), "a non-empty quote", value)


def _offsets(values: list[Any]) -> bool:
    present = values if None not in values else list(filter(_PRESENT, values))  # (all set, once loaded)
    return set(map(type, present)) <= {int} and min(present, default=0) >= 0


_PRESENT = functools.partial(operator.is_not, None)


def _quotes(values: list[Any]) -> bool:
    return set(map(type, values)) <= {str} and all(map(str.strip, values))


_validate.register_column(_offset, _offsets)
_validate.register_column(_quote, _quotes)


@attrs.frozen(kw_only=True)
class Evidence:
    """An exact quote from a source that supports a fact.

    ``start`` and ``end`` are character offsets into the source text (``text[start:end] == quote``).
    Leave them out when writing records by hand: the corpus fills them in from the first occurrence of
    the quote (give ``start`` to pick a later occurrence) and rejects quotes that are not in the text.

    Attributes:
        source: the id of the [`Source`][summitlib.Source].
        quote: the words, exactly as in the source text.
        start: offset of the first character, or None until resolved.
        end: offset just past the last character, or None until resolved.
    """

    source: str = attrs.field(validator=_validate.identifier)
    quote: str = attrs.field(validator=_quote)
    start: int | None = attrs.field(default=None, validator=_offset)
    end: int | None = attrs.field(default=None, validator=_offset)

    def __attrs_post_init__(self) -> None:
        if self.end is not None:
            if self.start is None:
                raise InvalidValueError("Evidence.start", "an offset when end is given", None)
            if self.end - self.start != len(self.quote):
                raise InvalidValueError(
                    "Evidence.end",
                    f"start + len(quote) = {self.start + len(self.quote)}",
                    self.end,
                )

    @property
    def resolved(self) -> bool:
        """True when the offsets are known."""
        return self.start is not None and self.end is not None

    def __str__(self) -> str:
        where = f"@{self.start}" if self.start is not None else ""
        return f"{self.source}{where}: “{self.quote}”"


@attrs.frozen(kw_only=True)
class Inference:
    """A field filled in from outside the sources, and how.

    Attributes:
        field: the name of the field on the record that carries this inference (``"published"``).
        note: how the value was worked out ("'last Friday' is 2017-07-07, so published 2017-07-08..14").
    """

    field: str = attrs.field(validator=_validate.identifier)
    note: str = attrs.field(validator=_validate.text)


def check_inferred(instance: object, attribute: attrs.Attribute[Any], value: tuple[Inference, ...]) -> None:
    """attrs validator: each `Inference` names a field of the record it is on, once."""
    if value == () and type(value) is tuple:  # the common case: nothing inferred
        return
    name = _validate.field_name(instance, attribute)
    if not isinstance(value, tuple):
        raise InvalidValueError(name, "a tuple of Inference", value)
    fields = attrs.fields_dict(type(instance))  # type: ignore[arg-type]
    seen: set[str] = set()
    for index, item in enumerate(value):
        if not isinstance(item, Inference):
            raise InvalidValueError(f"{name}[{index}]", "an Inference", item)
        if item.field not in fields or item.field in {"id", "inferred"}:
            choices = ", ".join(sorted(set(fields) - {"id", "inferred"}))
            raise InvalidValueError(f"{name}[{index}].field", f"one of {choices}", item.field)
        if item.field in seen:
            raise InvalidValueError(f"{name}[{index}].field", "each field inferred once", item.field)
        seen.add(item.field)


_validate.register_column(check_inferred, lambda values: not any(values))  # none inferred: all valid
