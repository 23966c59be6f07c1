"""Where claims cannot all be true, and the tightest value when they can.

Two claims *disagree* when they are about the same thing (same topic, meetings, issues and subject) and
their values cannot both be true: durations whose ranges do not overlap (an hour against thirty
minutes), dates that do not overlap, different labels ("pushed back" against "accepted"), different
numbers or yes/no answers. Claims that differ only in precision ("more than two hours" and "2 hours and 16
minutes") do not disagree; [`reconcile`][summitlib.disagreements.reconcile] gives the tightest value
consistent with all of them, and refuses to invent one when they conflict.

Examples:
    >>> from summitlib import Claim, DurationRange, Evidence, Speaker
    >>> def said(ident, value):
    ...     evidence = Evidence(source="s", quote="q")
    ...     return Claim(id=ident, speaker=Speaker.author(), topic="duration.actual", value=value,
    ...                  meetings=("m",), evidence=evidence)
    >>> claims = [said("a", DurationRange.at_least(120)), said("b", DurationRange.exactly(136))]
    >>> find_disagreements(claims)
    ()
    >>> str(reconcile(claims).value)
    '136'
    >>> len(find_disagreements([*claims, said("c", DurationRange.exactly(30))]))
    2
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable

import attrs

from summitlib.claims import Claim, ClaimValue, Label, Number, Speaker
from summitlib.dates import DateSpan, PartialDate
from summitlib.durations import DurationRange

__all__ = ["Disagreement", "Position", "Reconciliation", "compatible", "find_disagreements", "reconcile"]

Namer = Callable[[Speaker], str]


def _plain(speaker: Speaker) -> str:
    return str(speaker)


def describe(value: ClaimValue) -> str:
    """A value in plain words (durations as "at least 2 h")."""
    if isinstance(value, DurationRange):
        return value.describe()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def compatible(first: ClaimValue, second: ClaimValue) -> bool:
    """True when both values could be true of the same thing.

    Durations and dates are compatible when their ranges overlap; labels when they are the same text
    (ignoring case); numbers when equal with the same unit; yes/no when equal. Values of different kinds
    are not compatible.

    Examples:
        >>> compatible(DurationRange.at_least(120), DurationRange.exactly(136))
        True
        >>> compatible(Label(text="pushed back"), Label(text="accepted the denial"))
        False
    """
    if isinstance(first, bool) or isinstance(second, bool):
        return isinstance(first, bool) and isinstance(second, bool) and first == second
    if isinstance(first, DurationRange) and isinstance(second, DurationRange):
        return first.compatible_with(second)
    if isinstance(first, PartialDate | DateSpan) and isinstance(second, PartialDate | DateSpan):
        return first.overlaps(second)
    if isinstance(first, Label) and isinstance(second, Label):
        return first.text.casefold() == second.text.casefold()
    if isinstance(first, Number) and isinstance(second, Number):
        return first.value == second.value and first.unit == second.unit
    return False


@attrs.frozen(kw_only=True)
class Position:
    """One side of a disagreement: a value and the claims that assert it.

    Attributes:
        value: what this side asserts.
        claims: the claims asserting exactly this value.
        names: how each claim's speaker is named (leaders by name), in claim order.
    """

    value: ClaimValue
    claims: tuple[Claim, ...]
    names: tuple[str, ...]

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """The distinct speakers, in claim order."""
        return tuple(dict.fromkeys(c.speaker for c in self.claims))

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct source ids, in claim order."""
        return tuple(dict.fromkeys(c.source for c in self.claims))

    @property
    def quotes(self) -> tuple[str, ...]:
        """The quotes the claims rest on, in claim order."""
        return tuple(c.evidence.quote for c in self.claims)

    def __str__(self) -> str:
        said = "; ".join(
            f"{name} ({c.source}): “{c.evidence.quote}”"
            for name, c in zip(self.names, self.claims, strict=True)
        )
        return f"{describe(self.value)} — {said}"


@attrs.frozen(kw_only=True)
class Disagreement:
    """Two positions on the same topic of the same thing that cannot both be true.

    Attributes:
        topic: the topic (``"duration.actual"``).
        meetings: the meetings the claims are about.
        issues: the issues the claims are about.
        subject: the leader the claims are about, if any.
        sides: the two positions.
    """

    topic: str
    meetings: tuple[str, ...]
    issues: tuple[str, ...]
    subject: str | None
    sides: tuple[Position, Position]

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim on either side."""
        return self.sides[0].claims + self.sides[1].claims

    def __str__(self) -> str:
        return f"{self._head()}: {self.sides[0]}  ≠  {self.sides[1]}"

    def __repr__(self) -> str:
        """One line: what, the two values, who holds each (quotes are in ``str`` and ``sides``)."""
        a, b = (f"{describe(s.value)} ({', '.join(dict.fromkeys(s.names))})" for s in self.sides)
        return f"<Disagreement {self._head()}: {a} ≠ {b}>"

    def _head(self) -> str:
        about = ", ".join((*self.meetings, *self.issues)) or "(nothing named)"
        of = f" of {self.subject}" if self.subject else ""
        return f"{self.topic}{of} on {about}"


@attrs.frozen(kw_only=True)
class Reconciliation:
    """What a set of claims on one topic allows together.

    Attributes:
        topic: the topic.
        value: the tightest value consistent with every claim, or None when they conflict.
        claims: the claims it rests on.
        conflicts: the disagreements among them (empty when ``value`` is set).
    """

    topic: str
    value: ClaimValue | None
    claims: tuple[Claim, ...]
    conflicts: tuple[Disagreement, ...] = ()

    @property
    def consistent(self) -> bool:
        """True when the claims can all be true at once."""
        return not self.conflicts

    def __str__(self) -> str:
        cited = ", ".join(c.id for c in self.claims)
        if not self.claims:
            return f"{self.topic}: no claims"
        if self.value is None:
            return f"{self.topic}: no value fits all of {cited} ({len(self.conflicts)} disagreements)"
        return f"{self.topic}: {describe(self.value)} (from {cited})"

    def __repr__(self) -> str:
        """One line: the topic, the value (or how many disagreements) and how many claims."""
        count = f"{len(self.claims)} claim{'s' if len(self.claims) != 1 else ''}"
        if self.value is not None:
            return f"<Reconciliation {self.topic}: {describe(self.value)}, from {count}>"
        if not self.claims:
            return f"<Reconciliation {self.topic}: no claims>"
        return (
            f"<Reconciliation {self.topic}: no value fits all {count}; {len(self.conflicts)} disagreements>"
        )


def _key(claim: Claim) -> tuple[str, tuple[str, ...], tuple[str, ...], str | None]:
    return (claim.topic, tuple(sorted(claim.meetings)), tuple(sorted(claim.issues)), claim.subject)


def _positions(claims: Iterable[Claim], namer: Namer) -> list[Position]:
    by_value: dict[tuple[type, ClaimValue], list[Claim]] = {}
    for claim in claims:
        by_value.setdefault((type(claim.value), claim.value), []).append(claim)
    return [
        Position(value=value, claims=tuple(group), names=tuple(namer(c.speaker) for c in group))
        for (_, value), group in by_value.items()
    ]


def _conflicts(
    key: tuple[str, tuple[str, ...], tuple[str, ...], str | None], positions: list[Position]
) -> list[Disagreement]:
    topic, meetings, issues, subject = key
    return [
        Disagreement(topic=topic, meetings=meetings, issues=issues, subject=subject, sides=(a, b))
        for a, b in itertools.combinations(positions, 2)
        if not compatible(a.value, b.value)
    ]


def find_disagreements(claims: Iterable[Claim], namer: Namer = _plain) -> tuple[Disagreement, ...]:
    """Every pair of positions that cannot both be true, among claims about the same thing.

    Claims are grouped by topic, meetings, issues and subject; within a group, claims asserting the same
    value form one position, and each incompatible pair of positions is one disagreement. The order
    follows the claims'.

    Args:
        claims: the claims to compare.
        namer: how to name a speaker in messages (the corpus names leaders by their name).
    """
    groups: dict[tuple[str, tuple[str, ...], tuple[str, ...], str | None], list[Claim]] = {}
    for claim in claims:
        groups.setdefault(_key(claim), []).append(claim)
    return tuple(
        itertools.chain.from_iterable(_conflicts(key, _positions(g, namer)) for key, g in groups.items())
    )


def reconcile(claims: Iterable[Claim], namer: Namer = _plain) -> Reconciliation:
    """The tightest value consistent with all ``claims`` (all on one topic), or their conflicts.

    Durations give the intersection of their ranges, dates the days all allow, labels, numbers and
    yes/no the common value. When some claims cannot both be true, ``value`` is None and ``conflicts``
    lists why: no value is invented.

    Raises:
        ValueError: when ``claims`` is empty or mixes topics.
    """
    chosen = tuple(claims)
    topics = {c.topic for c in chosen}
    if len(topics) != 1:
        raise ValueError(f"expected claims on exactly one topic, got {sorted(topics) or 'none'}")
    topic = topics.pop()
    first = chosen[0]
    key = (topic, tuple(sorted(first.meetings)), tuple(sorted(first.issues)), first.subject)
    conflicts = tuple(_conflicts(key, _positions(chosen, namer)))
    if conflicts:
        return Reconciliation(topic=topic, value=None, claims=chosen, conflicts=conflicts)
    return Reconciliation(topic=topic, value=_tightest([c.value for c in chosen]), claims=chosen)


def _tightest(values: list[ClaimValue]) -> ClaimValue:
    """The value all (pairwise compatible) ``values`` allow together."""
    first = values[0]
    if isinstance(first, DurationRange):
        result = first
        for value in values[1:]:
            assert isinstance(value, DurationRange)
            narrowed = result.intersection(value)
            assert narrowed is not None  # pairwise overlapping ranges share a common part
            result = narrowed
        return result
    if isinstance(first, PartialDate | DateSpan):
        dated = [v for v in values if isinstance(v, PartialDate | DateSpan)]
        lo = max(v.earliest for v in dated)
        hi = min(v.latest for v in dated)
        for value in sorted(dated, key=lambda v: (v.latest - v.earliest, str(v))):
            if value.earliest == lo and value.latest == hi:
                return value
        return _span(lo, hi)
    return first


def _span(lo: dt.date, hi: dt.date) -> PartialDate | DateSpan:
    start, end = PartialDate.from_date(lo), PartialDate.from_date(hi)
    return start if lo == hi else DateSpan(start=start, end=end)
