"""From GDELT reports to meetings: pick the meeting-type rows and group the reports of one encounter.

GDELT has one row per news *report*: a visit covered by twenty outlets is twenty rows, with the actors in
either order, on neighbouring dates, placed more or less precisely.
[`group_reports`][summitlib.importers.group_reports] undoes that with an explicit rule
([`GroupingRule`][summitlib.importers.GroupingRule]):

1. **Meeting reports only.** A row is a meeting report when its CAMEO code is a meeting code
   ([`meeting_kind`][summitlib.importers.meeting_kind]: consult, visit, meet, negotiate — held or only
   talked about) and both actors belong to a *side*: by default the actor's CAMEO country code
   (``by="country"``: USAGOV, USA and USAMED are all the United States), or the full actor code
   (``by="actor"``). Rows with a missing side, or the same side twice (domestic events), are left out.
2. **Same encounter.** Two reports are linked when they have the same unordered pair of sides and the same
   meeting status (a held meeting and an announced one are different encounters), their dates are at most
   ``max_days_apart`` days apart, and their places are compatible: the action geographies are in the same
   country, or at least one of them is unknown (with ``same_country=False`` places are ignored).
3. **Candidates are the connected groups** of linked reports (the transitive closure). The result
   does not depend on the order of the input: every report lands in exactly one candidate, and two
   reports in different candidates are never linked.

[`find_gdelt_meetings`][summitlib.importers.find_gdelt_meetings] turns each group into a
candidate [`Meeting`][summitlib.Meeting] that keeps every report and mention it rests on.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

import attrs

from summitlib.importers.cameo import MeetingKind, meeting_kind
from summitlib.importers.gdelt import GdeltActor, GdeltEvent

__all__ = ["GroupingRule", "MeetingReport", "group_reports", "linked", "meeting_reports"]


@attrs.frozen(kw_only=True)
class GroupingRule:
    """When two GDELT reports are taken to describe the same encounter.

    Attributes:
        max_days_apart: the most days between the dates (SQLDATE) of two linked reports.
        by: what a side is: ``"country"`` (the actor's CAMEO country code) or ``"actor"`` (the full code).
        same_country: require the action geographies to be in the same country when both are known.
    """

    max_days_apart: int = attrs.field(default=1, validator=attrs.validators.ge(0))
    by: Literal["country", "actor"] = attrs.field(
        default="country", validator=attrs.validators.in_(("country", "actor"))
    )
    same_country: bool = True

    def side(self, actor: GdeltActor | None) -> str | None:
        """The side an actor belongs to, or None when it has none."""
        if actor is None:
            return None
        if self.by == "country":
            return actor.country or None
        return actor.code or None


@attrs.frozen(kw_only=True)
class MeetingReport:
    """A GDELT row that reports a meeting, with its sides and what its code says.

    Attributes:
        event: the GDELT row.
        sides: the two sides, sorted (so the pair is unordered).
        kind: the meeting status and format the CAMEO code implies.
    """

    event: GdeltEvent
    sides: tuple[str, str]
    kind: MeetingKind

    @property
    def key(self) -> tuple[tuple[str, str], str]:
        """Reports can only be linked when these agree: the sides and the meeting status."""
        return (self.sides, self.kind.status.value)


def meeting_reports(events: Iterable[GdeltEvent], rule: GroupingRule | None = None) -> list[MeetingReport]:
    """The meeting reports among ``events`` (step 1 of the rule), in input order."""
    rule = rule or GroupingRule()
    by_country = rule.by == "country"
    found: list[MeetingReport] = []
    for event in events:
        kind = meeting_kind(event.code)
        if kind is None or event.actor1 is None or event.actor2 is None:
            continue
        if by_country:  # rule.side, inlined: this loop sees every meeting report
            first, second = event.actor1.country, event.actor2.country
        else:
            first, second = event.actor1.code, event.actor2.code
        if not first or not second or first == second:
            continue
        sides = (first, second) if first < second else (second, first)
        found.append(MeetingReport(event=event, sides=sides, kind=kind))
    return found


def _place(event: GdeltEvent) -> str | None:
    geo = event.action_geo
    return geo.country if geo is not None and geo.country else None


def linked(first: MeetingReport, second: MeetingReport, rule: GroupingRule) -> bool:
    """True when two meeting reports describe the same encounter under ``rule`` (step 2)."""
    if first.key != second.key:
        return False
    if abs((first.event.date - second.event.date).days) > rule.max_days_apart:
        return False
    if rule.same_country:
        a, b = _place(first.event), _place(second.event)
        if a is not None and b is not None and a != b:
            return False
    return True


class _Components:
    """Union-find over report indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _groups(reports: Sequence[MeetingReport], rule: GroupingRule) -> list[list[MeetingReport]]:
    by_key: dict[tuple[tuple[str, str], str], list[int]] = {}
    for index, report in enumerate(reports):
        by_key.setdefault(report.key, []).append(index)
    components = _Components(len(reports))
    for indices in by_key.values():
        # Sorted by date, a report can only link to those that follow within max_days_apart.
        indices.sort(key=lambda i: reports[i].event.date)
        for position, i in enumerate(indices):
            day = reports[i].event.date
            for j in indices[position + 1 :]:
                if (reports[j].event.date - day).days > rule.max_days_apart:
                    break
                if linked(reports[i], reports[j], rule):
                    components.union(i, j)
    grouped: dict[int, list[MeetingReport]] = {}
    for index, report in enumerate(reports):
        grouped.setdefault(components.find(index), []).append(report)
    return list(grouped.values())


def _distinct_reports(reports: Sequence[MeetingReport]) -> list[MeetingReport]:
    """Each report once, at its first place: events equal by value count once (a file read twice).

    GDELT ids are unique, so only the events whose id repeats are compared.
    """
    ids = Counter(r.event.id for r in reports)
    if len(ids) == len(reports):
        return list(reports)
    seen: set[GdeltEvent] = set()
    kept: list[MeetingReport] = []
    for report in reports:
        if ids[report.event.id] > 1:
            if report.event in seen:
                continue
            seen.add(report.event)
        kept.append(report)
    return kept


def _report_order(report: MeetingReport) -> tuple[dt.date, int, str, str]:
    # GDELT ids are unique; code and URL only break ties between rows that reuse an id
    return (report.event.date, report.event.id, report.event.code, report.event.url or "")


def group_reports(
    events: Iterable[GdeltEvent], rule: GroupingRule | None = None
) -> tuple[tuple[MeetingReport, ...], ...]:
    """Group the meeting reports among ``events`` into encounters (steps 1 to 3 of the module docstring).

    Args:
        events: GDELT rows, any, in any order (rows that are not meeting reports are left out; a row
            given twice counts once).
        rule: the grouping rule (`GroupingRule()` by default: sides by country, at most one day apart,
            same country).

    Returns:
        The groups, each ordered by date then event id; the groups ordered by their first report.

    Examples:
        >>> import datetime as dt
        >>> from summitlib.importers.gdelt import GdeltActor, GdeltEvent
        >>> usa, rus = GdeltActor(code="USAGOV", country="USA"), GdeltActor(code="RUS", country="RUS")
        >>> def visit(id, day, a, b):
        ...     return GdeltEvent(id=id, date=dt.date(2025, 8, day), code="042", base_code="042",
        ...                       root_code="04", quad_class=1, actor1=a, actor2=b)
        >>> groups = group_reports([visit(1, 7, usa, rus), visit(2, 8, rus, usa), visit(3, 20, usa, rus)])
        >>> [[r.event.id for r in group] for group in groups]
        [[1, 2], [3]]
    """
    rule = rule or GroupingRule()
    unique = _distinct_reports(meeting_reports(events, rule))
    groups = [tuple(sorted(group, key=_report_order)) for group in _groups(unique, rule)]
    groups.sort(key=lambda g: _report_order(g[0]))
    return tuple(groups)
