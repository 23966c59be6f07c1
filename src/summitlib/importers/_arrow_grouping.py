"""The grouping rule of `summitlib.importers.grouping`, computed with array operations (numpy).

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

The scan hands over its columns as numpy arrays (strings as their ranks in sorted order: the grouping
only compares them). numpy, not Arrow compute, because most Arrow calls from Python import pandas when
it is installed, which would cost a scan more than its grouping. Imported only by the scan.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from summitlib.importers.gdelt import GdeltEvent
from summitlib.importers.grouping import (
    GroupingRule,
    MeetingReport,
    _distinct_reports,
    _place,
    meeting_reports,
)

__all__ = ["group_positions", "group_reports_arrow", "ranks"]

Ints = npt.NDArray[np.int64]


def ranks(values: Sequence[Any]) -> Ints:
    """Each value's rank among the distinct values in sorted order (equal values, equal ranks)."""
    order = {value: rank for rank, value in enumerate(sorted(set(values)))}
    return np.array([order[v] for v in values], np.int64)


def _first_of_runs(*columns: Ints) -> npt.NDArray[np.bool_]:
    """True where a sorted row differs from the row before it in any of ``columns`` (and at row 0)."""
    changed = np.zeros(len(columns[0]), np.bool_)
    changed[:1] = True
    for column in columns:
        changed[1:] |= column[1:] != column[:-1]
    return changed


def _components(key: Ints, day: Ints, place: Ints, rule: GroupingRule) -> Ints:
    """The component number of each report (numbers unique per component, not otherwise meaningful),
    from its key (sides and status, as a number), day and action country (a number, -1 when unknown)."""
    order = np.lexsort((day, key))
    key, day = key[order], day[order]
    starts = _first_of_runs(key)
    starts[1:] |= day[1:] - day[:-1] > rule.max_days_apart
    sorted_run = np.cumsum(starts) - 1
    run = np.empty_like(sorted_run)
    run[order] = sorted_run
    if not rule.same_country:
        return run
    known = place >= 0
    countries = int(place.max(initial=0)) + 1
    pairs = np.unique(run[known] * countries + place[known])  # each (run, known country) once
    mixed = np.bincount(pairs // countries, minlength=int(sorted_run[-1]) + 1) > 1
    inside = mixed[sorted_run]
    if not inside.any():
        return run
    # runs that mix known countries can split: a sweep over their reports, in (run, date) order
    members = order[inside]
    places = [None if p < 0 else p for p in place[members].tolist()]
    split = _split_runs(sorted_run[inside].tolist(), day[inside].tolist(), places, rule.max_days_apart)
    run[members] = len(run) + np.array(split, np.int64)
    return run


def _split_runs(runs: list[int], days: list[int], places: list[int | None], most: int) -> list[int]:
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

    latest: dict[int | None, int] = {}
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
    done by array operations (see the module docstring)."""
    rule = rule or GroupingRule()
    reports = _distinct_reports(meeting_reports(events, rule))
    places = [_place(r.event) for r in reports]
    known = ranks([p for p in places if p is not None]).tolist()[::-1]
    columns = {
        "day": np.array([r.event.date.toordinal() for r in reports], np.int64),
        "id": np.array([r.event.id for r in reports], np.int64),
        "code": ranks([r.event.code for r in reports]),
        "url": ranks([r.event.url or "" for r in reports]),
        "key": ranks([r.key for r in reports]),
        "place": np.array([-1 if p is None else known.pop() for p in places], np.int64),
    }
    return tuple(tuple(reports[i] for i in group) for group in group_positions(columns, rule))


def group_positions(columns: dict[str, Ints], rule: GroupingRule) -> list[list[int]]:
    """The groups of `group_reports`, as positions of the reports, from their columns.

    Args:
        columns: one value per (distinct) meeting report, as int64 numpy arrays: ``day`` (the date's
            ordinal), ``id``, ``code`` and ``url`` (ranks of the strings; ``""`` for no URL) — the fields
            of ``_report_order`` —, ``key`` (a number per distinct pair of sides and meeting status) and
            ``place`` (a number per action geography country code, -1 when unknown: ``_place``).
        rule: the grouping rule (its ``by`` is already in ``key``).
    """
    size = len(columns["id"])
    if size == 0:
        return []
    component = _components(columns["key"], columns["day"], columns["place"], rule)
    # the rank of each report in the order of `_report_order` (equal orders, equal ranks)
    names = ("day", "id", "code", "url")
    order = np.lexsort([columns[n] for n in reversed(names)])
    rank = np.empty(size, np.int64)
    rank[order] = np.cumsum(_first_of_runs(*(columns[n][order] for n in names))) - 1
    # a group is ordered by its first report, ties by its first index (the Python sort is stable)
    present = np.zeros(int(component.max()) + 1, np.bool_)
    present[component] = True
    number = (np.cumsum(present) - 1)[component]  # the components numbered 0, 1, ... (in no given order)
    index = np.arange(size, dtype=np.int64)
    first_rank = np.full(number.max() + 1, size, np.int64)
    first_index = first_rank.copy()
    np.minimum.at(first_rank, number, rank)
    np.minimum.at(first_index, number, index)
    final = np.lexsort((index, rank, first_index[number], first_rank[number]))
    bounds = [*np.flatnonzero(_first_of_runs(number[final])).tolist(), size]
    ordered = final.tolist()
    return [ordered[start:end] for start, end in itertools.pairwise(bounds)]
