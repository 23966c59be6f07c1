"""How long something lasted, as a range of minutes.

Sources rarely agree on a number: "more than two hours", "2 hours and 16 minutes", "about thirty minutes".
A [`DurationRange`][summitlib.DurationRange] keeps what was said — a lower bound, an upper bound, or
both — and never rounds it to a point. Two ranges are *compatible* when they overlap: both could be true.

The text form, used in files, is compact and unambiguous (minutes): ``"136"`` exactly, ``">=120"`` at
least, ``"<=180"`` at most, ``"240..300"`` between, with a leading ``"~"`` when the source says "about".

Examples:
    >>> from summitlib import DurationRange
    >>> more_than_two_hours = DurationRange.at_least(120)
    >>> exact = DurationRange.exactly(136)
    >>> more_than_two_hours.compatible_with(exact)
    True
    >>> str(more_than_two_hours.intersection(exact))
    '136'
    >>> DurationRange.exactly(60).compatible_with(DurationRange.exactly(30))
    False
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from summitlib._validate import field_name
from summitlib.errors import InvalidValueError

__all__ = ["DurationRange"]

_TEXT = re.compile(  # ASCII digits only (a \d would take "２０")
    r"(?P<approx>~)?(?:(?P<exact>[0-9]+)|>=(?P<lo>[0-9]+)|<=(?P<hi>[0-9]+)|(?P<a>[0-9]+)\.\.(?P<b>[0-9]+))\Z"
)


def _minutes(instance: DurationRange, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidValueError(field_name(instance, attribute), "a whole number of minutes >= 0", value)


@attrs.frozen(kw_only=True, repr=False)
class DurationRange:
    """A duration known to lie between ``minimum`` and ``maximum`` minutes (inclusive).

    Use the constructors [`exactly`][summitlib.DurationRange.exactly],
    [`at_least`][summitlib.DurationRange.at_least], [`at_most`][summitlib.DurationRange.at_most] and
    [`between`][summitlib.DurationRange.between], or [`parse`][summitlib.DurationRange.parse].

    Attributes:
        minimum: lower bound in minutes, or None for "at most ...".
        maximum: upper bound in minutes, or None for "at least ...".
        approximate: the source hedged ("about thirty minutes"); the bounds are what it said.
    """

    minimum: int | None = attrs.field(default=None, validator=_minutes)
    maximum: int | None = attrs.field(default=None, validator=_minutes)
    approximate: bool = attrs.field(default=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.approximate, bool):
            raise InvalidValueError("DurationRange.approximate", "True or False", self.approximate)
        if self.minimum is None and self.maximum is None:
            raise InvalidValueError("DurationRange", "a minimum, a maximum or both", None)
        if self.minimum is not None and self.maximum is not None and self.maximum < self.minimum:
            raise InvalidValueError(
                "DurationRange.maximum", f"a value >= the minimum {self.minimum}", self.maximum
            )

    @classmethod
    def exactly(cls, minutes: int, *, approximate: bool = False) -> DurationRange:
        """``minutes`` exactly ("2 hours and 16 minutes" is ``exactly(136)``)."""
        return cls(minimum=minutes, maximum=minutes, approximate=approximate)

    @classmethod
    def at_least(cls, minutes: int, *, approximate: bool = False) -> DurationRange:
        """``minutes`` or more ("more than two hours" is ``at_least(120)``)."""
        return cls(minimum=minutes, approximate=approximate)

    @classmethod
    def at_most(cls, minutes: int, *, approximate: bool = False) -> DurationRange:
        """``minutes`` or fewer ("less than three hours" is ``at_most(180)``)."""
        return cls(minimum=None, maximum=minutes, approximate=approximate)

    @classmethod
    def between(cls, minimum: int, maximum: int, *, approximate: bool = False) -> DurationRange:
        """From ``minimum`` to ``maximum`` minutes ("four to five hours" is ``between(240, 300)``)."""
        return cls(minimum=minimum, maximum=maximum, approximate=approximate)

    @classmethod
    def parse(cls, value: str | int) -> DurationRange:
        """Read the text form: ``"136"``, ``">=120"``, ``"<=180"``, ``"240..300"``, ``"~30"``."""
        if isinstance(value, int) and not isinstance(value, bool):
            return cls.exactly(value)
        match = _TEXT.match(value.replace(" ", "")) if isinstance(value, str) else None
        if match is None:
            raise InvalidValueError(
                "DurationRange",
                "minutes as '136', '>=120', '<=180' or '240..300', optionally with a leading '~'",
                value,
            )
        approx = match["approx"] is not None
        if match["exact"] is not None:
            return cls.exactly(int(match["exact"]), approximate=approx)
        if match["lo"] is not None:
            return cls.at_least(int(match["lo"]), approximate=approx)
        if match["hi"] is not None:
            return cls.at_most(int(match["hi"]), approximate=approx)
        return cls.between(int(match["a"]), int(match["b"]), approximate=approx)

    @property
    def is_exact(self) -> bool:
        """True when minimum and maximum are the same number."""
        return self.minimum is not None and self.minimum == self.maximum

    def _lo(self) -> int:
        return 0 if self.minimum is None else self.minimum

    def _hi(self) -> float:
        return float("inf") if self.maximum is None else self.maximum

    def compatible_with(self, other: DurationRange) -> bool:
        """True when both ranges could be true at once (they overlap). Symmetric and reflexive."""
        return max(self._lo(), other._lo()) <= min(self._hi(), other._hi())

    def contains(self, minutes: int) -> bool:
        """True when ``minutes`` lies in the range."""
        return self._lo() <= minutes <= self._hi()

    def intersection(self, other: DurationRange) -> DurationRange | None:
        """The range both allow, or None when they are incompatible."""
        if not self.compatible_with(other):
            return None
        bounds = [b for b in (self.minimum, other.minimum) if b is not None]
        tops = [b for b in (self.maximum, other.maximum) if b is not None]
        return DurationRange(
            minimum=max(bounds) if bounds else None,
            maximum=min(tops) if tops else None,
            approximate=self.approximate and other.approximate,
        )

    def __str__(self) -> str:
        prefix = "~" if self.approximate else ""
        if self.minimum is not None and self.minimum == self.maximum:
            return f"{prefix}{self.minimum}"
        if self.maximum is None:
            return f"{prefix}>={self.minimum}"
        if self.minimum is None:
            return f"{prefix}<={self.maximum}"
        return f"{prefix}{self.minimum}..{self.maximum}"

    def describe(self) -> str:
        """Plain English, e.g. ``"at least 2 h"`` or ``"exactly 2 h 16 min"``."""
        about = "about " if self.approximate else ""
        if self.is_exact:
            return f"{about or 'exactly '}{_hm(self._lo())}"
        if self.maximum is None:
            return f"{about}at least {_hm(self._lo())}"
        if self.minimum is None:
            return f"{about}at most {_hm(self.maximum)}"
        return f"{about}between {_hm(self._lo())} and {_hm(self.maximum)}"

    def __repr__(self) -> str:
        return f"DurationRange('{self}')"


def _hm(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    if hours:
        return f"{hours} h"
    return f"{rest} min"
