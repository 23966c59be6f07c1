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

Arrow arrays are built from their buffers and read back through them: ``pa.array``, ``to_numpy`` and
kernels given Python values import pandas when it is installed, which costs more than the grouping.
Requires pyarrow and numpy (imported here: this module is only imported by the scan).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from summitlib._gc import gc_paused
from summitlib.errors import LoadError, Problem
from summitlib.importers._gdelt_parse import _Parser, _RowError
from summitlib.importers._report import ImportReport
from summitlib.importers.cameo import meeting_kind
from summitlib.importers.gdelt import GdeltEvent
from summitlib.importers.gdelt_batches import FileScan
from summitlib.importers.grouping import GroupingRule, MeetingReport, meeting_reports

__all__ = ["Grouping", "KeptRows", "event_of"]

Ints = npt.NDArray[np.int64]
_TAB = 9
_V2_TABS = 60
_F = "[^\t]*"
_INT = "[0-9]{1,18}"
_NUM = "(?:-?[0-9]{1,15}(?:[.][0-9]{1,15})?)?"
_GEO = f"[0-5]?\t{_F}\t{_F}\t{_F}\t{_F}\t{_NUM}\t{_NUM}\t{_F}"
# the fields the parser checks, in plain forms it is sure to accept (61 fields: a GDELT 2.0 row)
_CLEAN = "\t".join(
    [_INT, "[0-9]{8}", _F, _F, _F, *[_F] * 20, _F, _F, _F, _F, "[1-4]", _NUM, _INT, _INT, _INT, _NUM]
    + [_GEO] * 3
    + ["[0-9]{14}", _F]
)
_CLEAN = f"^{_CLEAN}$"
# the fields the grouping needs and the checks of distinct values read
_FIELDS = {"id": 0, "day": 1, "code1": 5, "country1": 7, "code2": 15, "country2": 17, "code": 26,
           "base": 27, "root": 28, "geo": 51, "country": 53, "added": 59}  # fmt: skip
_URL = 60
_CHUNK = 1 << 15  # kept lines checked at a time (the work arrays are some 1 KB a line)


def event_of(parser: _Parser, text: str) -> GdeltEvent:
    """The event of a line, as `read_gdelt` builds it: the fast path once the file's version is known.

    Raises:
        _RowError: the line is malformed (only the checked path says why).
    """
    event = parser._fast_v2(text) if parser.family == 2 else None
    return event if event is not None else parser.event(text.split("\t"))


@functools.cache
def _parser() -> _Parser:
    """A parser for the checks of distinct values (its caches only ever hold valid values)."""
    return _Parser()


# Arrow arrays in and out through their buffers: `pa.array` and `to_numpy` import pandas.


def _strings(data: bytes | npt.NDArray[np.uint8], offsets: Ints) -> pa.Array:
    """A large_string array of the values between consecutive ``offsets`` of ``data``."""
    return pa.Array.from_buffers(
        pa.large_string(), len(offsets) - 1, [None, pa.py_buffer(offsets), pa.py_buffer(data)]
    )


def _string_array(values: Sequence[str]) -> pa.Array:
    encoded = [v.encode("utf-8") for v in values]
    offsets = np.zeros(len(encoded) + 1, np.int64)
    np.cumsum(np.fromiter(map(len, encoded), np.int64, len(encoded)), out=offsets[1:])
    return _strings(b"".join(encoded), offsets)


def _numbers(values: pa.Array, kind: type[np.generic]) -> Ints:
    """The values of a numeric array without nulls, as int64."""
    if len(values) == 0:
        return np.zeros(0, np.int64)
    found = np.frombuffer(values.buffers()[1], kind)[values.offset : values.offset + len(values)]
    return found.astype(np.int64)


def _indices(values: pa.Array) -> tuple[Ints, list[Any]]:
    """Each value's position among the distinct values, and the distinct values (as Python objects)."""
    distinct = pc.unique(values)
    return _numbers(pc.index_in(values, value_set=distinct), np.int32), distinct.to_pylist()


def _dense_ranks(values: pa.Array) -> Ints:
    """Each string's rank among the distinct strings in sorted order (byte order: code point order)."""
    return _numbers(pc.rank(values, sort_keys="ascending", tiebreaker="dense"), np.uint64) - 1


def _lengths(values: pa.Array) -> Ints:
    offsets = np.frombuffer(values.buffers()[1], np.int64)[values.offset : values.offset + len(values) + 1]
    return np.diff(offsets)


def _field(buf: npt.NDArray[np.uint8], begin: Ints, end: Ints) -> pa.Array:
    """The strings ``buf[begin[i]:end[i]]``, gathered into one array."""
    sizes = end - begin
    offsets = np.zeros(len(sizes) + 1, np.int64)
    np.cumsum(sizes, out=offsets[1:])
    gather = np.repeat(begin - offsets[:-1], sizes) + np.arange(offsets[-1], dtype=np.int64)
    return _strings(buf[gather], offsets)


def _check(check: Any, values: list[str]) -> npt.NDArray[np.bool_]:
    ok = []
    for value in values:
        try:
            check(value)
        except _RowError:
            ok.append(False)
        else:
            ok.append(True)
    return np.array(ok, np.bool_)


def _unpack(triples: Ints, bases: list[str], roots: list[str]) -> list[tuple[int, int, int]]:
    """The (code, base, root) positions packed into ``triples`` by `_clean`."""
    return [
        (t // (len(bases) * len(roots)), t // len(roots) % len(bases), t % len(roots))
        for t in triples.tolist()
    ]


def _code_ok(code: str, base: str, root: str) -> bool:
    return code in _parser().valid and code[:2] == root and code[: len(base)] == base


def _clean(lines: Sequence[bytes], by: str) -> tuple[npt.NDArray[np.bool_], dict[str, Any]]:
    """Which of ``lines`` are clean (see the module docstring), and the grouping's columns of those."""
    size = len(lines)
    offsets = np.zeros(size + 1, np.int64)
    np.cumsum(np.fromiter(map(len, lines), np.int64, size), out=offsets[1:])
    data = b"".join(lines)
    binary = pa.Array.from_buffers(pa.large_binary(), size, [None, pa.py_buffer(offsets), pa.py_buffer(data)])
    matched = pc.match_substring_regex(binary, pattern=_CLEAN)
    bits = np.frombuffer(matched.buffers()[1], np.uint8)
    clean = np.unpackbits(bits, bitorder="little")[matched.offset : matched.offset + size].astype(np.bool_)
    try:
        binary.cast(pa.large_string())
    except pa.ArrowInvalid:  # some line is not UTF-8: those are typed (and reported) at once
        clean &= np.array([_is_utf8(line) for line in lines], np.bool_)
    rows = np.flatnonzero(clean)
    buf = np.frombuffer(data, np.uint8)
    tabs = np.flatnonzero(buf == _TAB)
    first = np.searchsorted(tabs, offsets[rows])  # clean lines have 60 tabs

    def field(number: int) -> pa.Array:
        begin = offsets[rows] if number == 0 else tabs[first + number - 1] + 1
        end = offsets[rows + 1] if number == _V2_TABS else tabs[first + number]
        return _field(buf, begin, end)

    one, two = ("country1", "country2") if by == "country" else ("code1", "code2")
    unused = {"code1", "code2", "country1", "country2"} - {one, two}
    fields = {name: field(number) for name, number in _FIELDS.items() if name not in unused}
    # the checks of distinct values: a known code triple, real dates
    code, codes = _indices(fields["code"])
    base, bases = _indices(fields["base"])
    root, roots = _indices(fields["root"])
    triple = (code * len(bases) + base) * len(roots) + root
    triples, which = np.unique(triple, return_inverse=True)
    unpacked = _unpack(triples, bases, roots)
    triple_ok = np.array([_code_ok(codes[c], bases[b], roots[r]) for c, b, r in unpacked], np.bool_)
    day, days = _indices(fields["day"])
    added, addeds = _indices(fields["added"])
    day_ok = _check(lambda d: _parser().date(d, "SQLDATE"), days)
    ok = triple_ok[which.reshape(-1)] if len(triples) else np.zeros(len(rows), np.bool_)
    ok &= day_ok[day]
    ok &= _check(lambda t: _parser().time(t, "DATEADDED"), addeds)[added]
    clean[rows[~ok]] = False
    keep = pa.Array.from_buffers(
        pa.bool_(), len(ok), [None, pa.py_buffer(np.packbits(ok, bitorder="little"))]
    )
    url_begin = tabs[first[ok] + _URL - 1] + 1
    dates = zip(days, day_ok.tolist(), strict=True)
    ordinals = np.array(
        [_parser().date(d, "SQLDATE").toordinal() if good else 0 for d, good in dates], np.int64
    )
    geo, geos = _indices(fields["geo"])
    known = np.array([g not in ("", "0") for g in geos], np.bool_)[geo]  # GeoType 0: no geography
    columns = {
        "day": ordinals[day][ok],
        "id": _int64(pc.filter(fields["id"], keep)),
        "code": pc.filter(fields["code"], keep),
        # the URL only breaks ties (rows that reuse an id): taken out only when needed
        "url": functools.partial(_slices, data, url_begin, offsets[rows[ok] + 1]),
        "side1": pc.filter(fields[one], keep),
        "side2": pc.filter(fields[two], keep),
        "place": pc.filter(fields["country"], keep),
        "known": known[ok],
    }
    return clean, columns


def _int64(values: pa.Array) -> Ints:
    return _numbers(values.cast(pa.int64()), np.int64)


def _slices(data: bytes, begin: Ints, end: Ints) -> list[bytes]:
    return [data[b:e] for b, e in zip(begin.tolist(), end.tolist(), strict=True)]


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _event_columns(events: Sequence[GdeltEvent], by: str) -> dict[str, Any]:
    """The grouping's columns of typed events (as `_clean` gives them for clean lines)."""
    actors = [(e.actor1, e.actor2) for e in events]
    if by == "country":
        sides = [(a.country if a else None, b.country if b else None) for a, b in actors]
    else:
        sides = [(a.code if a else None, b.code if b else None) for a, b in actors]
    geos = [e.action_geo for e in events]
    return {
        "day": np.array([e.date.toordinal() for e in events], np.int64),
        "id": np.array([e.id for e in events], np.int64),
        "code": _string_array([e.code for e in events]),
        "side1": _string_array([a or "" for a, _ in sides]),
        "side2": _string_array([b or "" for _, b in sides]),
        "place": _string_array([(g.country or "") if g is not None else "" for g in geos]),
        "known": np.array([g is not None for g in geos], np.bool_),
    }


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
            report.count_read(scan.read)
            if scan.wrong_shape:
                problem = Problem(
                    message=f"wrong column count: {scan.wrong_shape} row(s) skipped", file=scan.path
                )
                if strict:
                    raise LoadError([problem], summary=f"malformed rows in {scan.path} (strict import)")
                report.skipped_by_reason["wrong column count"] += scan.wrong_shape
                report.problems.append(problem)
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


def _concat(parts: Sequence[Any]) -> Any:
    """Columns of several parts, one after the other (numpy arrays or Arrow arrays)."""
    if isinstance(parts[0], np.ndarray):
        return np.concatenate(parts)
    return pa.concat_arrays(parts)


def _take(values: Any, where: Ints) -> Any:
    """The values of a column at the positions ``where``."""
    if isinstance(values, np.ndarray):
        return values[where]
    if isinstance(values, list):
        return [values[i] for i in where.tolist()]
    return pc.take(values, pa.Array.from_buffers(pa.int64(), len(where), [None, pa.py_buffer(where)]))


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
