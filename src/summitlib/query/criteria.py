"""What every collection's ``filter`` shares: the keys it accepts, turned into ids, day ranges and tests.

Wherever a leader, meeting, issue or source is expected, an object, an id or a name is accepted
interchangeably; a criterion takes one value or several (any of them may match). Dates are compared as
day ranges (ordinals, both ends included): [`bounds`][summitlib.query.criteria.bounds] of a record's date
and [`overlap`][summitlib.query.criteria.overlap], the one overlap test every date criterion uses.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import logging
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, ParamSpec, TypeAlias, TypeVar

from summitlib._countries import ALL_COUNTRIES, country_code, suggest_countries
from summitlib._names import normalise
from summitlib._suggest import did_you_mean
from summitlib.dates import DateSpan, PartialDate, parse_when
from summitlib.errors import AmbiguousError, InvalidValueError, NotFoundError
from summitlib.model import Issue, Leader, Meeting, Source

if TYPE_CHECKING:
    from summitlib.query.store import Store

__all__ = [
    "NOTES",
    "Criterion",
    "DateKey",
    "IssueKey",
    "LeaderKey",
    "MeetingKey",
    "SourceKey",
    "bounds",
    "checked_keywords",
    "country",
    "country_key",
    "day_range",
    "either_of",
    "enum_value",
    "innermost",
    "many",
    "overlap",
    "resolve",
    "resolve_among",
]

NOTES = logging.getLogger("summitlib")
"""Where look-ups say which of several records a name was taken to mean (level INFO; the CLI prints
these notes on standard error)."""

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
P = ParamSpec("P")
R = TypeVar("R")

LeaderKey: TypeAlias = Leader | str
"""A leader, its id or one of its names."""
MeetingKey: TypeAlias = Meeting | str
"""A meeting, its id or its name."""
IssueKey: TypeAlias = Issue | str
"""An issue, its id or one of its names."""
SourceKey: TypeAlias = Source | str
"""A source, its id or its title."""
DateKey: TypeAlias = int | str | dt.date | PartialDate | DateSpan
"""A year (``2017``), a partial date or span as text (``"2017-11"``, ``"2017-01/2017-06"``), a day, or a
`PartialDate` / `DateSpan`."""

_TYPES: dict[str, type] = {
    "leaders": Leader,
    "meetings": Meeting,
    "issues": Issue,
    "sources": Source,
}


class Criterion(NamedTuple, Generic[T]):
    """One condition of a filter.

    Attributes:
        test: True for the records that satisfy it (given the record, or its position when
            ``on_position``).
        candidates: ascending positions that include every record satisfying it, when an index gives
            them cheaply (None: test every record).
        on_position: ``test`` takes the record's position in the collection instead of the record.
    """

    test: Callable[[Any], bool]
    candidates: Sequence[int] | None = None
    on_position: bool = False


def many(value: object) -> list[Any]:
    """One value or several, as a list (a string is one value)."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        return [value]
    return list(value)


def resolve(store: Store, kind: str, key: object) -> str:
    """The id of the record of ``kind`` (``"leaders"`` ...) that ``key`` denotes.

    Raises:
        NotFoundError: when nothing matches (with close matches as suggestions).
        AmbiguousError: when a name fits several records.
        InvalidValueError: when ``key`` is neither a record of that kind nor a string.
    """
    if isinstance(key, str):
        if key in store.position[kind]:
            return key
        names = store.names(kind)
        found = _resolve_name(store, kind, key)
        if found is None:
            raise names.not_found(key)
        return found
    expected = _TYPES.get(kind)
    if expected is not None and isinstance(key, expected):
        ident: str = key.id  # type: ignore[attr-defined]
        if ident not in store.position[kind]:
            raise NotFoundError(kind[:-1], ident)
        return ident
    what = f"a {expected.__name__}, " if expected else ""
    raise InvalidValueError("", f"{what}an id or a name of one of the {kind}", key)


def resolve_among(store: Store, key: object, kinds: Sequence[str]) -> tuple[str, str]:
    """``(kind, id)`` of the record ``key`` denotes, among several kinds (``("meetings", "issues")``).

    A record object is taken by its type; a string is tried as an id of each kind in turn, then as a
    name of each kind in turn.

    Raises:
        NotFoundError: nothing matches.
        AmbiguousError: the first kind whose names match, matches several records.
    """
    for kind in kinds:
        if isinstance(key, _TYPES[kind]):
            return kind, resolve(store, kind, key)
    what = " or ".join(k[:-1] for k in kinds)
    if not isinstance(key, str):
        raise InvalidValueError("", f"a {what}, or an id or name of one", key)
    for kind in kinds:
        if key in store.position[kind]:
            return kind, key
    for kind in kinds:
        found = _resolve_name(store, kind, key)
        if found is not None:
            return kind, found
    raise NotFoundError(what, key, lambda: [s for kind in kinds for s in store.names(kind).suggest(key, 2)])


def _resolve_name(store: Store, kind: str, name: str) -> str | None:
    """The id a name denotes among records of ``kind``, by the one rule for meeting names: a name that
    fits a meeting and the summit(s) it took place at means the meeting (a note is logged)."""
    try:
        return store.names(kind).resolve(name)
    except AmbiguousError as error:
        chosen = innermost(store, error.candidates) if kind == "meetings" else None
        if chosen is None:
            raise
        others = ", ".join(c for c in error.candidates if c != chosen)
        NOTES.info("note: %r also fits %s; using %s", name, others, chosen)
        return chosen


def innermost(store: Store, candidates: Sequence[str]) -> str | None:
    """Of several meetings a name fits, the one held during all the others (the Trump–Putin meeting
    rather than the G20 summit it took place at, for "Hamburg"), or None when there is no such one."""
    position = store.position["meetings"]
    known = [c for c in candidates if c in position]
    for ident in known:
        ancestors: set[str] = set()
        current = store.meetings[position[ident]].occasion
        while current is not None and current not in ancestors and current in position:
            ancestors.add(current)
            current = store.meetings[position[current]].occasion
        if all(other in ancestors for other in known if other != ident):
            return ident
    return None


def bounds(when: PartialDate | DateSpan) -> tuple[int, int]:
    """The first and last day (ordinals) a date or span may be.

    Examples:
        >>> lo, hi = bounds(PartialDate(year=2017, month=11))
        >>> dt.date.fromordinal(lo), dt.date.fromordinal(hi)
        (datetime.date(2017, 11, 1), datetime.date(2017, 11, 30))
    """
    return when.earliest.toordinal(), when.latest.toordinal()


def day_range(value: object) -> tuple[int, int]:
    """First and last day (ordinals) of a ``during`` value: a year, a date text, a day, a date or span.

    Examples:
        >>> lo, hi = day_range("2017-11")
        >>> dt.date.fromordinal(lo), dt.date.fromordinal(hi)
        (datetime.date(2017, 11, 1), datetime.date(2017, 11, 30))
    """
    if isinstance(value, int | str) and not isinstance(value, bool):
        return _cached_day_range(value)
    return _day_range(value)


@lru_cache(maxsize=1024)
def _cached_day_range(value: int | str) -> tuple[int, int]:
    return _day_range(value)


def _day_range(value: object) -> tuple[int, int]:
    if isinstance(value, int) and not isinstance(value, bool):
        when: PartialDate | DateSpan = PartialDate(year=value)
    elif isinstance(value, str | dt.date | PartialDate | DateSpan):
        when = parse_when(value)
    else:
        raise InvalidValueError("during", "a year, a date text such as '2017-07', a date or a span", value)
    return bounds(when)


def overlap(ranges: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """The test of whether the days ``lo`` .. ``hi`` overlap any of ``ranges`` (each as
    [`day_range`][summitlib.query.criteria.day_range] gives it): a date known only to "2017-11" overlaps
    "2017-11-10", since it may be that day.

    Examples:
        >>> test = overlap([day_range("2017-11-10")])
        >>> test(*day_range("2017-11")), test(*day_range("2017-12"))
        (True, False)
    """
    if len(ranges) == 1:  # the usual case, without a generator per record
        ((first, last),) = ranges
        return lambda lo, hi: lo <= last and first <= hi
    return lambda lo, hi: any(lo <= last and first <= hi for first, last in ranges)


def either_of(name: str, value: Any, alias: str, other: Any) -> Any:
    """The value of a keyword that has an alias (``with_`` / ``including``): whichever was given.

    Raises:
        InvalidValueError: both were given.
    """
    if value is not None and other is not None:
        raise InvalidValueError(alias, f"either {name}= or {alias}=, not both", other)
    return value if value is not None else other


def enum_value(kind: type[E], value: object) -> E:
    """An enum member from itself, its value or its name (any case)."""
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        text = value.strip().lower().replace(" ", "_").replace("-", "_")
        for member in kind:
            if text in (member.value, member.name.lower()):
                return member
    choices = ", ".join(repr(m.value) for m in kind)
    raise InvalidValueError(kind.__name__, f"one of {choices}", value)


def country_key(value: str) -> str:
    """The ``at=`` key of a place name or a country: the alpha-3 code for codes and country names (ISO
    names, official and common names, and names such as "Russia"), otherwise the normalised name."""
    return country_code(value) or normalise(value)


def country(value: object) -> str:
    """The alpha-3 code of a country given by code or name.

    Raises:
        NotFoundError: no country has that code or name (with close matches as suggestions).
    """
    code = country_code(value) if isinstance(value, str) else None
    if code is None:
        names = lambda: [ALL_COUNTRIES[c] for c in suggest_countries(str(value))]  # noqa: E731
        raise NotFoundError("country", value, names)
    return code


def checked_keywords(method: Callable[P, R]) -> Callable[P, R]:
    """``method`` (a ``filter`` or a query taking keywords only), with a mistyped keyword answered by
    a ``TypeError`` that suggests the keyword meant (``durng=`` → ``during``, ``date=`` → ``during``)."""
    parameters = inspect.signature(method).parameters.values()
    names = [p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY]
    known = frozenset(names)

    @functools.wraps(method)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        if not known.issuperset(kwargs):
            key = next(k for k in kwargs if k not in known)
            hint = did_you_mean(key, names)
            raise TypeError(f"{method.__qualname__}() got an unexpected keyword argument {key!r}{hint}")
        return method(*args, **kwargs)

    return checked
