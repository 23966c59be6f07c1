"""The grouping rule of `summitlib.importers.grouping`, computed with Arrow compute kernels.

[`group_reports`][summitlib.importers.group_reports] links reports pair by pair in Python. Here the same
connected components come from sorting and a running sum: sorted by key (sides and status) then date,
the reports fall into *runs* — a new run starts at a new key or a gap of more than ``max_days_apart``
days. No link crosses a run (reports of different keys never link, and across a gap every pair is too
far apart), and within a run whose known action countries are all the same (or with
``same_country=False``) each report links to the next, so the run is one component. Only runs that mix
known countries can split; a sweep over their reports in date order, linking each to the latest
report of its country and the latest without one (`_split_runs`), finds their components. The order of
the result (each group by date then id, the groups by their first report, ties by input order) is a sort
too. So the groups are exactly those of `group_reports`; the tests check it on random reports.

Requires pyarrow (imported here: this module is only imported by the Arrow scan).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from summitlib.importers.gdelt import GdeltEvent
from summitlib.importers.grouping import (
    GroupingRule,
    MeetingReport,
    _distinct_reports,
    _place,
    meeting_reports,
)

__all__ = ["group_reports_arrow"]


def _starts(*columns: Any) -> Any:
    """True where a sorted row differs from the row before it in any of ``columns`` (and at row 0)."""
    changed = pc.not_equal(columns[0][1:], columns[0][:-1])
    for column in columns[1:]:
        changed = pc.or_(changed, pc.not_equal(column[1:], column[:-1]))
    return pa.concat_arrays([pa.array([True]), changed])


def _ids(starts: Any) -> Any:
    """0, 0, 1, 1, 1, 2, ...: the number of starts before each row."""
    return pc.subtract(pc.cumulative_sum(pc.cast(starts, pa.int64())), 1)


def _scatter(values: Any, order: Any) -> Any:
    """Undo a ``take(order)``: the value of each row in its original position."""
    return pc.take(values, pc.sort_indices(order))


def _components(reports: Sequence[MeetingReport], day: Any, rule: GroupingRule) -> Any:
    """The component number of each report (numbers unique per component, not otherwise meaningful)."""
    keys: dict[Any, int] = {}
    key = pa.array([keys.setdefault((r.sides, r.kind.status), len(keys)) for r in reports], pa.int64())
    order = pc.sort_indices(
        pa.table({"key": key, "day": day}), sort_keys=[("key", "ascending"), ("day", "ascending")]
    )
    key, day = pc.take(key, order), pc.take(day, order)
    gap = pc.greater(pc.subtract(day[1:], day[:-1]), rule.max_days_apart)
    starts = pc.or_(_starts(key), pa.concat_arrays([pa.array([False]), gap]))
    run = _scatter(_ids(starts), order)
    if not rule.same_country:
        return run
    place = pa.array([_place(r.event) for r in reports], pa.string())
    counted = pa.table({"run": run, "place": place}).group_by("run").aggregate([("place", "count_distinct")])
    mixed = counted.filter(pc.greater(counted["place_count_distinct"], 1))["run"]
    if len(mixed) == 0:
        return run
    # runs that mix known countries can split: a sweep over their reports, in (run, date) order
    inside = pc.is_in(pc.take(run, order), value_set=mixed)
    members = pc.filter(order, inside).to_pylist()
    split = _split_runs(
        pc.take(run, members).to_pylist(),
        pc.filter(day, inside).to_pylist(),
        pc.take(place, members).to_pylist(),
        rule.max_days_apart,
    )
    numbers = run.to_pylist()
    first = len(numbers)
    for member, component in zip(members, split, strict=True):
        numbers[member] = first + component
    return pa.array(numbers, pa.int64())


def _split_runs(runs: list[int], days: list[int], places: list[str | None], most: int) -> list[int]:
    """The components of reports sorted by run then date, by the pairwise rule, in one sweep.

    A report links to the latest earlier report of the same run within ``most`` days that is of its
    country or has no country and, when it has no country itself, to the latest of each country: every
    other link of the rule joins reports these already connect (same country, or no country, within
    ``most`` days of each other).
    """
    parent = list(range(len(runs)))

    def find(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    latest: dict[str | None, int] = {}
    current = None
    for i, (run, day, place) in enumerate(zip(runs, days, places, strict=True)):
        if run != current:
            latest, current = {}, run
        near = [latest.get(place), latest.get(None)] if place is not None else list(latest.values())
        for j in near:
            if j is not None and day - days[j] <= most:
                union(i, j)
        latest[place] = i
    return [find(i) for i in range(len(runs))]


def group_reports_arrow(
    events: Iterable[GdeltEvent], rule: GroupingRule | None = None
) -> tuple[tuple[MeetingReport, ...], ...]:
    """Exactly [`group_reports`][summitlib.importers.group_reports], with the linking and the ordering
    done by Arrow kernels (see the module docstring)."""
    rule = rule or GroupingRule()
    reports = _distinct_reports(meeting_reports(events, rule))
    if not reports:
        return ()
    names = ("day", "id", "code", "url")  # the fields of `_report_order`
    columns: dict[str, list[Any]] = {n: [] for n in names}
    day, id_, code, url = (columns[n].append for n in names)
    for report in reports:
        event = report.event
        day(event.date.toordinal())
        id_(event.id)
        code(event.code)
        url(event.url or "")
    types = {"day": pa.int64(), "id": pa.int64(), "code": pa.string(), "url": pa.string()}
    table = pa.table({n: pa.array(v, types[n]) for n, v in columns.items()})
    table = table.append_column("component", _components(reports, table["day"].combine_chunks(), rule))
    table = table.append_column("index", pa.array(range(len(reports)), pa.int64()))
    # the rank of each report in the order of `_report_order` (equal orders, equal ranks)
    order = pc.sort_indices(table, sort_keys=[(n, "ascending") for n in names])
    ordered = table.take(order)
    rank = _scatter(_ids(_starts(*(ordered[n].combine_chunks() for n in names))), order)
    table = table.append_column("rank", rank)
    # a group is ordered by its first report, ties by its first index (the Python sort is stable)
    firsts = table.group_by("component").aggregate([("rank", "min"), ("index", "min")])
    table = table.join(firsts, "component")
    final = pc.sort_indices(
        table, sort_keys=[(n, "ascending") for n in ("rank_min", "index_min", "rank", "index")]
    )
    table = table.take(final)
    components = table["component"].to_pylist()
    positions = table["index"].to_pylist()
    groups: list[tuple[MeetingReport, ...]] = []
    current: list[MeetingReport] = []
    previous = components[0]
    for component, position in zip(components, positions, strict=True):
        if component != previous:
            groups.append(tuple(current))
            current, previous = [], component
        current.append(reports[position])
    groups.append(tuple(current))
    return tuple(groups)
