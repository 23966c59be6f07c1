"""The kept lines of a GDELT scan, checked in bulk and typed in Python only when asked for.

Typing a kept line into a [`GdeltEvent`][summitlib.importers.GdeltEvent] (one regular expression and a
20-field frozen record) was a third of the scan, and the grouping needs only seven of its fields. So a
scan sorts the kept lines in two:

* **clean** lines: GDELT 2.0 lines (61 columns) whose every field the parser checks has a plain form that
  it is sure to accept — digits for the ids and counts, ``[1-4]`` for the quad class, ``-?digits[.digits]``
  or nothing for the scores and coordinates, ``[0-5]`` or nothing for the geography types, eight and
  fourteen digits for the dates — with a known CAMEO code triple and real dates (checked in Python once
  per distinct value), and valid UTF-8. One regular expression (RE2, over all the lines at once) checks
  them; the grouping's fields are taken out with numpy from the positions of their tabs. They are typed
  on first use of the events or the groups, by the same parser as `read_gdelt`, which cannot fail on
  them.
* every other line is typed at once, by that parser, so its problems are reported (or raised, in
  ``strict`` mode) when the scan runs, exactly as before.

The grouping runs on the fields taken out (``summitlib.importers._arrow_grouping.group_positions``);
the groups, as positions, are turned into [`MeetingReport`][summitlib.importers.MeetingReport]s when
first asked for. Reports whose id repeats are typed at once, to count equal ones once as
`group_reports` does.

The checks and the columns are in ``summitlib.importers._gdelt_columns``. Requires pyarrow and numpy
(imported there: this module is only imported by the scan).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pyarrow as pa

from summitlib._gc import gc_paused
from summitlib.importers._gdelt_columns import (
    Ints,
    _clean,
    _concat,
    _dense_ranks,
    _event_columns,
    _indices,
    _lengths,
    _take,
)
from summitlib.importers._gdelt_parse import _Parser, _RowError
from summitlib.importers._report import ImportReport
from summitlib.importers.cameo import meeting_kind
from summitlib.importers.gdelt import GdeltEvent
from summitlib.importers.gdelt_batches import FileScan
from summitlib.importers.gdelt_scan import _count_scanned
from summitlib.importers.grouping import GroupingRule, MeetingReport, meeting_reports

__all__ = ["Grouping", "KeptRows", "event_of"]

_CHUNK = 1 << 15  # kept lines checked at a time (the work arrays are some 1 KB a line)


def event_of(parser: _Parser, text: str) -> GdeltEvent:
    """The event of a line, as `read_gdelt` builds it: the fast path once the file's version is known.

    Raises:
        _RowError: the line is malformed (only the checked path says why).
    """
    event = parser._fast_v2(text) if parser.family == 2 else None
    return event if event is not None else parser.event(text.split("\t"))


class KeptRows:
    """The kept lines of a scan, in file order: clean lines (bytes) and the events of the others."""

    def __init__(self, by: str) -> None:
        self.by = by
        self.rows: list[bytes | GdeltEvent] = []
        self._parts: list[dict[str, Any]] = []  # per file, the grouping's columns of its clean lines
        self._typed = 0  # rows typed by the check
        self._events: tuple[GdeltEvent, ...] | None = None

    @classmethod
    def check(cls, scans: Iterable[FileScan], by: str, report: ImportReport, strict: bool) -> KeptRows:
        """Sort the kept lines of ``scans`` into clean and typed ones, reporting what does not parse.

        Raises:
            LoadError: in ``strict`` mode, a malformed row (as `read_gdelt` would raise).
        """
        kept = cls(by)
        for scan in scans:
            _count_scanned(scan, report, strict)
            parser = _Parser()
            for start in range(0, len(scan.lines), _CHUNK):
                kept._sort(scan.lines[start : start + _CHUNK], scan.path, parser, report, strict)
        return kept

    def _sort(
        self, lines: Sequence[bytes], path: str, parser: _Parser, report: ImportReport, strict: bool
    ) -> None:
        """Keep the clean ``lines`` as they are and the others typed (see `check`)."""
        clean, columns = _clean(lines, self.by)
        self._parts.append(columns)
        if clean.all():
            self.rows.extend(lines)
            return
        for line, is_clean in zip(lines, clean.tolist(), strict=True):
            if is_clean:
                self.rows.append(line)
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as error:
                report.skip("not UTF-8", str(error), file=path, line=None, strict=strict)
                continue
            try:
                self.rows.append(event_of(parser, text))
                self._typed += 1
            except _RowError as error:
                report.skip(error.reason, error.detail, file=path, line=None, strict=strict)

    def events(self) -> tuple[GdeltEvent, ...]:
        """Every kept row typed, in file order (typed once, then kept)."""
        if self._events is None:
            parser = _Parser()
            with gc_paused(keep=True):
                self._events = tuple(
                    row if isinstance(row, GdeltEvent) else event_of(parser, row.decode("utf-8"))
                    for row in self.rows
                )
            self.rows = list(self._events)
        return self._events

    def _event(self, index: int, parser: _Parser) -> GdeltEvent:
        row = self.rows[index]
        return row if isinstance(row, GdeltEvent) else event_of(parser, row.decode("utf-8"))

    def group(self, rule: GroupingRule) -> Grouping:
        """The groups of the rows under ``rule`` (whose ``by`` must be the scan's), as positions."""
        from summitlib.importers._arrow_grouping import group_positions, ranks

        columns = self._columns()
        ids: Ints = columns["id"]
        if len(ids) == 0:
            return Grouping(rows=self, rule=rule, ids=ids, distinct=[], positions=[])
        distinct = self._distinct(ids)
        if len(distinct) < len(ids):
            columns = {name: _take(values, distinct) for name, values in columns.items()}
        sides = _dense_ranks(pa.concat_arrays([columns["side1"], columns["side2"]]))
        one, two = sides[: len(distinct)], sides[len(distinct) :]
        low, high = np.minimum(one, two), np.maximum(one, two)
        code, codes = _indices(columns["code"])
        statuses: dict[str, int] = {}
        kinds = [meeting_kind(c) for c in codes]  # the filter keeps meeting codes only
        numbers = [statuses.setdefault(k.status.value if k else "", len(statuses)) for k in kinds]
        status = np.array(numbers, np.int64)[code]
        count = int(sides.max(initial=0)) + 1
        place = _dense_ranks(columns["place"])
        place[~columns["known"] | (_lengths(columns["place"]) == 0)] = -1
        order = np.stack([columns["day"], columns["id"], _dense_ranks(columns["code"])])
        urls = np.zeros(len(distinct), np.int64)
        reused = len(distinct) < len(ids) or len(np.unique(order[1])) < len(distinct)
        if reused and np.unique(order, axis=1).shape[1] < len(distinct):  # an id reused: URLs break ties
            urls = ranks(_take(self._urls(), distinct))
        grouped = {
            "day": order[0],
            "id": order[1],
            "code": order[2],
            "url": urls,
            "key": (low * count + high) * (len(statuses) + 1) + status,
            "place": place,
        }
        positions = group_positions(grouped, rule)
        return Grouping(rows=self, rule=rule, ids=ids, distinct=distinct.tolist(), positions=positions)

    def _distinct(self, ids: Ints) -> Ints:
        """The positions of the rows `_distinct_reports` keeps: each event once, at its first place."""
        if len(np.unique(ids)) == len(ids):
            return np.arange(len(ids), dtype=np.int64)
        counts = Counter(ids.tolist())
        parser = _Parser()
        seen: set[GdeltEvent] = set()
        kept: list[int] = []
        for index, event_id in enumerate(ids.tolist()):
            if counts[event_id] > 1:
                event = self._event(index, parser)
                if event in seen:
                    continue
                seen.add(event)
            kept.append(index)
        return np.array(kept, np.int64)

    def _columns(self) -> dict[str, Any]:
        """The grouping's columns of every row, in row order: day (ordinal), id, code, the two sides,
        place (the action country) and whether the action geography is known (URLs: `_urls`)."""
        events = [row for row in self.rows if isinstance(row, GdeltEvent)] if self._typed else []
        parts = [*self._parts, _event_columns(events, self.by)]
        columns = {name: _concat([p[name] for p in parts]) for name in parts[0] if name != "url"}
        if events:  # the clean lines' values then the events', taken back into row order
            is_event = np.array([isinstance(row, GdeltEvent) for row in self.rows], np.bool_)
            where = np.empty(len(is_event), np.int64)
            where[~is_event] = np.arange(np.count_nonzero(~is_event))
            where[is_event] = np.count_nonzero(~is_event) + np.arange(len(events))
            columns = {name: _take(values, where) for name, values in columns.items()}
        return columns

    def _urls(self) -> list[bytes]:
        """The URL of every row (``b""`` for none), in row order."""
        urls = [url for part in self._parts for url in part["url"]()]
        found = iter(urls)
        return [
            (row.url or "").encode("utf-8") if isinstance(row, GdeltEvent) else next(found)
            for row in self.rows
        ]


class Grouping:
    """The groups of a scan as positions of its rows, turned into meeting reports on first use.

    Attributes:
        rows: the kept rows.
        rule: the grouping rule.
        ids: the event id of each row.
        distinct: the rows grouped (each event once, at its first place), as positions of the rows.
        positions: the groups, each a list of positions in ``distinct``, in `group_reports`' order.
    """

    def __init__(
        self,
        *,
        rows: KeptRows,
        rule: GroupingRule,
        ids: Ints,
        distinct: list[int],
        positions: list[list[int]],
    ) -> None:
        self.rows = rows
        self.rule = rule
        self.ids = ids
        self.distinct = distinct
        self.positions = positions

    def groups(self) -> tuple[tuple[MeetingReport, ...], ...]:
        """The groups of `group_reports` over the typed rows."""
        events = self.rows.events()
        reports = meeting_reports([events[i] for i in self.distinct], self.rule)
        if len(reports) != len(self.distinct):  # pragma: no cover - the filter keeps meeting reports only
            raise AssertionError("a kept row is not a meeting report")
        return tuple(tuple(reports[i] for i in group) for group in self.positions)
