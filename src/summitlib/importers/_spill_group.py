"""One part of the spilled GDELT import grouped: its reports' fields and groups, without the scan's check.

The spill checked every line already and marked the clean ones (see ``summitlib.importers._gdelt_lazy``),
so a part's lines are not checked again: the fields of the clean lines are cut out column-wise
(``summitlib.importers._spill_columns``), the others typed by the parser (they parsed when spilled),
each event counted once at its first place as `group_reports` does (only the lines whose id repeats
are typed to compare them), and the groups found by the scan's array grouping
(``summitlib.importers._arrow_grouping.group_positions``) from the same columns the scan gives it.

Private to `summitlib.importers.gdelt_spill` (requires pyarrow and numpy).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

import numpy as np

from summitlib.importers._arrow_grouping import group_positions, ranks
from summitlib.importers._gdelt_columns import Ints
from summitlib.importers._gdelt_lazy import event_of
from summitlib.importers._gdelt_parse import _Parser
from summitlib.importers._spill_columns import ReportFields, Values, report_fields
from summitlib.importers.cameo import meeting_kind
from summitlib.importers.gdelt import GdeltEvent
from summitlib.importers.grouping import GroupingRule

__all__ = ["Typist", "grouped_fields"]

_V2_TABS = 60


class Typist:
    """Types lines, a parser per GDELT version (a parser holds to the version of its first line), and
    the distinct fields cut out of clean lines (``values``); one for all the parts of an import, so
    each keeps its caches (bounded) of the actors, places and dates already typed."""

    def __init__(self) -> None:
        self.parsers: dict[bool, _Parser] = {}
        self.values = _Parser()

    def event(self, line: bytes) -> GdeltEvent:
        parser = self.parsers.setdefault(line.count(b"\t") == _V2_TABS, _Parser())
        return event_of(parser, line.decode("utf-8"))


def grouped_fields(
    lines: Sequence[bytes], clean: Sequence[bool], positions: Ints, rule: GroupingRule, typist: Typist
) -> tuple[ReportFields, Ints, Ints]:
    """The fields of the grouped reports of a part, group after group (each by date then id, the groups
    in `group_reports`' order), the size of each group, and each report's position in the input.

    Args:
        lines: the part's spilled lines, in input order.
        clean: whether each line is clean (its fields can be cut out).
        positions: each line's position in the input.
        rule: the grouping rule.
        typist: types what is not cut out.
    """
    rows = [line if ok else typist.event(line) for line, ok in zip(lines, clean, strict=True)]
    fields = report_fields(rows, typist.values)
    distinct = _distinct(rows, fields.ids, typist)
    groups = group_positions(_columns(fields, distinct, rule), rule)
    sizes = np.fromiter(map(len, groups), np.int64, len(groups))
    order = distinct[np.fromiter(itertools.chain.from_iterable(groups), np.int64, int(sizes.sum()))]
    return fields.take(order), sizes, positions[order]


def _distinct(rows: Sequence[bytes | GdeltEvent], ids: Ints, typist: Typist) -> Ints:
    """The rows `_distinct_reports` keeps: each event once, at its first place."""
    if len(np.unique(ids)) == len(ids):
        return np.arange(len(ids), dtype=np.int64)
    counts = Counter(ids.tolist())
    seen: set[GdeltEvent] = set()
    kept: list[int] = []
    for index, (row, event_id) in enumerate(zip(rows, ids.tolist(), strict=True)):
        if counts[event_id] > 1:
            event = row if isinstance(row, GdeltEvent) else typist.event(row)
            if event in seen:
                continue
            seen.add(event)
        kept.append(index)
    return np.array(kept, np.int64)


def _columns(fields: ReportFields, distinct: Ints, rule: GroupingRule) -> dict[str, Ints]:
    """The columns `group_positions` groups by, of the ``distinct`` reports (as `KeptRows.group`)."""
    sides: Values[str] = Values()
    side = sides.numbered([rule.side(a) or "" for a in fields.actors.values])
    one, two = side[fields.actor1[distinct]], side[fields.actor2[distinct]]
    statuses: Values[str] = Values()
    kinds = [meeting_kind(c) for c in fields.codes.values]  # the filter keeps meeting codes only
    status = statuses.numbered([k.status.value if k else "" for k in kinds])[fields.code[distinct]]
    places: Values[str] = Values()
    countries = [places.number(g.country) if g is not None and g.country else -1 for g in fields.geos.values]
    ids = fields.ids[distinct]
    urls = np.zeros(len(distinct), np.int64)
    if len(np.unique(ids)) < len(ids):  # an id reused: URLs break ties
        urls = ranks([fields.urls[i] for i in distinct.tolist()])
    pair = np.minimum(one, two) * len(sides.values) + np.maximum(one, two)
    return {
        "day": fields.days[distinct],
        "id": ids,
        "code": ranks(fields.codes.values)[fields.code[distinct]],
        "url": urls,
        "key": pair * (len(statuses.values) + 1) + status,
        "place": np.array(countries, np.int64)[fields.geo[distinct]],
    }
