"""The candidate tables of one part of the spilled GDELT import, computed column-wise.

[`build_candidate`][summitlib.importers.build_candidate] makes a `Meeting` record per group of reports,
and the tables are then read back off the records. For the ``meetings``, ``participants``, ``dyads``
and ``reports`` tables alone, the same values come from the reports' fields
(``summitlib.importers._spill_columns``) with array operations, as the candidate builder's rules say:

* the **id** is that of the group's smallest event id; the **status** that of its first report's code;
* the **name** names the two sides and the code most reports have (ties: the smaller code); the
  **format** is the one most reports' codes imply, ``other`` only when no code implies another (ties:
  the order of `MeetingFormat`) — each a count per (group, value) and a sort;
* the **place** is the action geography most reports with a known country share (ties: the more
  precise kind, then the name, then the first met), its country and city;
* the **dates** span the reports' days; the **note** counts the reports and the distinct mentions of
  their events.

Python looks at each distinct value once (a code's description, a side's label, a day's ISO form, a
place's country and city); each group's strings (its id, name, dates and note) are those values and
numbers joined with numpy byte copies (`_joined`), no Python string per group. The tests check the tables
equal those of the in-memory scan row for row.

Private to `summitlib.importers.gdelt_spill` (requires pyarrow and numpy).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence

import attrs
import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from summitlib.dates import Precision
from summitlib.importers._gdelt_columns import Ints, _take
from summitlib.importers._spill_columns import (
    ReportFields,
    Values,
    blobs,
    dates,
    flags,
    numbers,
    optional_texts,
    texts,
)
from summitlib.importers.cameo import MeetingKind, meeting_kind
from summitlib.importers.candidates import _side_label, _side_leader
from summitlib.importers.gdelt import GdeltMention
from summitlib.importers.grouping import GroupingRule
from summitlib.model import MeetingFormat

__all__ = ["PartTables", "part_tables"]

_FORMATS = list(MeetingFormat)
_PRECISE = (3, 4)  # the geography types of a city: preferred on a tie


@attrs.frozen(kw_only=True)
class PartTables:
    """The tables of a part's candidates (in their order), each candidate's order key, the sides' names."""

    tables: dict[str, pa.Table]
    keys: pa.Table
    names: dict[str, Counter[str]]
    meetings: int
    reports: int


def part_tables(
    fields: ReportFields,
    sizes: Ints,
    where: Ints,
    rule: GroupingRule,
    mentions: Mapping[int, Sequence[GdeltMention]],
    number: int,
) -> PartTables:
    """The tables of the grouped reports of part ``number``: ``fields`` group after group, ``sizes`` of
    the groups, ``where`` each report was in the input."""
    starts = np.zeros(len(sizes), np.int64)
    np.cumsum(sizes[:-1], out=starts[1:])
    group = np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)
    sides = _sides(fields, starts, rule)
    kinds = [meeting_kind(code) for code in fields.codes.values]
    told = _count_names(fields, group, sides)
    meetings, ids = _meetings(fields, group, starts, sides, kinds, _mention_counts(fields.ids, mentions))
    people, pairs = _participants(ids, sides, told)
    tables = {
        "meetings": meetings,
        "participants": people,
        "dyads": pairs,
        "reports": _reports(fields, _take(ids, group), sides, group),
    }
    per_candidate = {"meetings": 1, "participants": 2, "dyads": 1}
    for name, table in tables.items():
        counts = sizes if name == "reports" else np.full(len(sizes), per_candidate[name], np.int64)
        index = np.repeat(np.arange(len(sizes), dtype=np.int64), counts)
        table = table.append_column("_b", numbers(np.full(len(index), number, np.int64)))
        table = table.append_column("_n", numbers(index))
        tables[name] = table.append_column("_r", numbers(np.arange(len(index), dtype=np.int64)))
    keys = pa.table(
        {
            "_b": numbers(np.full(len(sizes), number, np.int64)),
            "_n": numbers(np.arange(len(sizes), dtype=np.int64)),
            "k_day": numbers(fields.days[starts]),
            "k_id": numbers(fields.ids[starts]),
            "k_code": _take(texts(fields.codes.values), fields.code[starts]),
            "k_url": blobs([fields.urls[s] for s in starts.tolist()]),
            "k_pos": numbers(np.minimum.reduceat(where, starts) if len(sizes) else where),
        }
    )
    return PartTables(tables=tables, keys=keys, names=told, meetings=len(sizes), reports=len(group))


@attrs.frozen(kw_only=True)
class _Sides:
    """The two sides of each group (``one < two``), as positions in ``values`` (the distinct sides)."""

    one: Ints
    two: Ints
    values: list[str]


def _sides(fields: ReportFields, starts: Ints, rule: GroupingRule) -> _Sides:
    """The two sides of each group, from its first report: those of all its reports."""
    actors = fields.actors.values
    per_actor: Values[str] = Values()
    side = per_actor.numbered([rule.side(a) or "" for a in actors])
    first, second = side[fields.actor1[starts]], side[fields.actor2[starts]]
    rank = _ranks(per_actor.values)
    swap = rank[first] > rank[second]
    return _Sides(
        one=np.where(swap, second, first), two=np.where(swap, first, second), values=per_actor.values
    )


def _count_names(fields: ReportFields, group: Ints, sides: _Sides) -> dict[str, Counter[str]]:
    """Each side's names as coded in the reports, as `_count_side_names` counts them."""
    told: dict[str, Counter[str]] = {}
    for side in np.unique(np.concatenate([sides.one, sides.two])).tolist():
        told[sides.values[side]] = Counter()
    if not len(group):
        return told
    count, span = len(sides.values), len(fields.actors.values)
    pair = (sides.one * count + sides.two)[group] * span
    found, counts = np.unique(
        np.concatenate([pair + fields.actor1, pair + fields.actor2]), return_counts=True
    )
    for key, times in zip(found.tolist(), counts.tolist(), strict=True):
        actor, number = fields.actors.values[key % span], key // span
        two = (sides.values[number // count], sides.values[number % count])
        if actor is None:
            continue
        side = actor.country if actor.country in two else actor.code
        if side in two and actor.name:
            told[side][actor.name.strip()] += times
    return told


def _mention_counts(ids: Ints, mentions: Mapping[int, Sequence[GdeltMention]]) -> Ints:
    """The distinct mentions of each report's event."""
    if not mentions or not len(ids):
        return np.zeros(len(ids), np.int64)
    distinct, which = np.unique(ids, return_inverse=True)
    said = [len(set(mentions.get(i, ()))) for i in distinct.tolist()]
    return np.array(said, np.int64)[which.reshape(-1)]


def _winners(group: Ints, *keys: Ints) -> Ints:
    """The index of the first entry of each group when sorted by ``keys`` (the first key first)."""
    order = np.lexsort((*keys[::-1], group))
    ordered = group[order]
    head = np.ones(len(order), np.bool_)
    head[1:] = ordered[1:] != ordered[:-1]
    return order[head]


def _counted(group: Ints, value: Ints) -> tuple[Ints, Ints, Ints, Ints]:
    """Each distinct (group, value): its group, value, count and first index."""
    span = int(value.max(initial=0)) + 1
    pairs, first, counts = np.unique(group * span + value, return_index=True, return_counts=True)
    return pairs // span, pairs % span, counts.astype(np.int64), first.astype(np.int64)


def _ranks(values: Sequence[str]) -> Ints:
    order = {v: rank for rank, v in enumerate(sorted(set(values)))}
    return np.array([order[v] for v in values], np.int64)


def _main_codes(fields: ReportFields, group: Ints, size: int) -> Ints:
    """The code most of each group's reports have (ties: the smaller code)."""
    g, v, counts, _ = _counted(group, fields.code)
    won = _winners(g, -counts, _ranks(fields.codes.values)[v])
    main = np.zeros(size, np.int64)
    main[g[won]] = v[won]
    return main


def _formats(fields: ReportFields, group: Ints, size: int, kinds: list[MeetingKind | None]) -> pa.Array:
    """The format most reports' codes imply, `other` only when no code implies another (`_format`)."""
    implied = np.array([_FORMATS.index(_kind(k).format) for k in kinds], np.int64)[fields.code]
    g, v, counts, _ = _counted(group, implied)
    other = (v == _FORMATS.index(MeetingFormat.OTHER)).astype(np.int64)
    won = _winners(g, other, -counts, v)
    chosen = np.zeros(size, np.int64)
    chosen[g[won]] = v[won]
    return _take(texts([f.value for f in _FORMATS]), chosen)


def _places(fields: ReportFields, group: Ints, size: int) -> tuple[pa.Array, pa.Array]:
    """The country and city of the geography most reports with a known country share (`_place`)."""
    geos = fields.geos.values
    known = np.array([g is not None and bool(g.iso_country) for g in geos], np.bool_)[fields.geo]
    chosen = np.full(size, len(geos), np.int64)  # a null place past the distinct ones
    if known.any():
        g, v, counts, first = _counted(group[known], fields.geo[known])
        precise = np.array([x is not None and x.type in _PRECISE for x in geos], np.int64)
        names = _ranks([str(x.name) if x is not None else "" for x in geos])
        won = _winners(g, -counts, -precise[v], names[v], first)
        chosen[g[won]] = v[won]
    countries = texts([x.iso_country if x is not None else None for x in geos] + [None])
    cities = texts([x.city if x is not None else None for x in geos] + [None])
    return _take(countries, chosen), _take(cities, chosen)


def _kind(kind: MeetingKind | None) -> MeetingKind:
    if kind is None:  # pragma: no cover - the filter keeps meeting codes only
        raise AssertionError("a kept report's code is not a meeting code")
    return kind


def _meetings(
    fields: ReportFields,
    group: Ints,
    starts: Ints,
    sides: _Sides,
    kinds: list[MeetingKind | None],
    said: Ints,
) -> tuple[pa.Table, pa.Array]:
    """The ``meetings`` table of the groups, and their ids."""
    size = len(starts)
    reduced = len(starts) > 0
    smallest = np.minimum.reduceat(fields.ids, starts) if reduced else starts
    earliest = np.minimum.reduceat(fields.days, starts) if reduced else starts
    latest = np.maximum.reduceat(fields.days, starts) if reduced else starts
    mentioned = np.add.reduceat(said, starts) if reduced else starts
    counts = np.diff(np.append(starts, len(group)))
    described = texts([_kind(k).code.description for k in kinds])
    statuses = texts([_kind(k).status.value for k in kinds])
    labels = texts([_side_label(side) for side in sides.values])
    spans = np.concatenate([earliest, latest])
    distinct, which = np.unique(spans, return_inverse=True)
    # str(PartialDate.from_date(day)) is the day's ISO format, each distinct day formatted once
    days = texts([dt.date.fromordinal(day).isoformat() for day in distinct.tolist()])
    first = _take(days, which.reshape(-1)[:size].astype(np.int64))
    last = _take(days, which.reshape(-1)[size:].astype(np.int64))
    whens = pc.if_else(flags(earliest == latest), first, _joined(first, "/", last))  # str(DateSpan)
    ids = _joined("gdelt-meeting-", _decimal(smallest))
    names = _joined(
        _take(labels, sides.one),
        " – ",
        _take(labels, sides.two),
        ": ",
        _take(described, _main_codes(fields, group, size)),
    )
    notes = _joined(
        "candidate from ",
        _decimal(counts),
        " GDELT report(s) and ",
        _decimal(mentioned),
        " mention(s); first report ",
        _decimal(fields.ids[starts]),
        " on ",
        first,
    )
    countries, cities = _places(fields, group, size)
    nothing = pa.nulls(size, pa.large_string())
    table = pa.table(
        {
            "id": ids,
            "name": names,
            "status": _take(statuses, fields.code[starts]),
            "format": _formats(fields, group, size, kinds),
            "when": whens,
            "earliest": dates(earliest),
            "latest": dates(latest),
            "precision": _take(texts([Precision.DAY.value]), np.zeros(size, np.int64)),  # a day or days
            "country": countries,
            "city": cities,
            "venue": nothing,
            "occasion": nothing,
            "participants": numbers(np.full(size, 2, np.int64), pa.int32()),
            "note": notes,
        }
    )
    return table, ids


def _decimal(values: Ints) -> pa.Array:
    """The decimal forms of ``values``, as ``str`` writes them."""
    return numbers(values).cast(pa.large_string())


def _joined(*parts: pa.Array | str) -> pa.Array:
    """The strings of ``parts`` (large_string arrays of the same length without nulls, or one string
    for every row) joined row by row, the bytes of each part copied into place with numpy (no Python
    string per row; Arrow's ``binary_join_element_wise`` took some 2 µs a row)."""
    size = next(len(p) for p in parts if not isinstance(p, str))
    pieces: list[tuple[npt.NDArray[np.uint8], Ints]] = []  # each part's bytes and per-row sizes
    for part in parts:
        if isinstance(part, str):
            data = np.frombuffer(part.encode("utf-8"), np.uint8)
            pieces.append((np.tile(data, size), np.full(size, len(data), np.int64)))
            continue
        if part.null_count:  # pragma: no cover - the parts joined are never null
            raise ValueError("a null string cannot be joined")
        offsets = np.frombuffer(part.buffers()[1], np.int64)[part.offset : part.offset + size + 1]
        data = np.frombuffer(part.buffers()[2], np.uint8)[offsets[0] : offsets[-1]]
        pieces.append((data, np.diff(offsets)))
    ends = np.zeros(size + 1, np.int64)
    np.cumsum(sum((sizes for _, sizes in pieces), np.zeros(size, np.int64)), out=ends[1:])
    out = np.empty(int(ends[-1]), np.uint8)
    at = ends[:-1].copy()  # where each row's next part goes
    for data, sizes in pieces:
        before = np.zeros(size, np.int64)  # the bytes of the part's earlier rows
        np.cumsum(sizes[:-1], out=before[1:])
        out[np.repeat(at - before, sizes) + np.arange(len(data), dtype=np.int64)] = data
        at += sizes
    return pa.Array.from_buffers(pa.large_string(), size, [None, pa.py_buffer(ends), pa.py_buffer(out)])


def _participants(
    ids: pa.Array, sides: _Sides, told: Mapping[str, Counter[str]]
) -> tuple[pa.Table, pa.Table]:
    """The ``participants`` and ``dyads`` tables: a leader per side, as `build_tables` writes them."""
    leaders = [_side_leader(side, told[side]) if side in told else None for side in sides.values]
    # the dyad order of `build_tables`: by country (null last), then id
    order = [
        (x is None or x.country is None, x.country or "", x.id) if x else (True, "", "") for x in leaders
    ]
    rank = np.argsort(np.array(sorted(range(len(order)), key=order.__getitem__), np.int64))
    first = rank[sides.one] <= rank[sides.two]
    a, b = np.where(first, sides.one, sides.two), np.where(first, sides.two, sides.one)
    columns = {
        "leader": texts([x.id if x else None for x in leaders]),
        "name": texts([x.name if x else None for x in leaders]),
        "country": texts([x.country if x else None for x in leaders]),
    }
    both = np.stack([sides.one, sides.two], axis=1).reshape(-1)
    twice = np.repeat(np.arange(len(sides.one), dtype=np.int64), 2)
    participants = pa.table({"meeting": _take(ids, twice), **{n: _take(c, both) for n, c in columns.items()}})
    dyads = {"meeting": ids}
    for name, values in columns.items():
        dyads[f"{name}_a"] = _take(values, a)
        dyads[f"{name}_b"] = _take(values, b)
    named = ("meeting", "leader_a", "leader_b", "name_a", "name_b", "country_a", "country_b")
    return participants, pa.table({n: dyads[n] for n in named})


def _reports(fields: ReportFields, meeting: pa.Array, sides: _Sides, group: Ints) -> pa.Table:
    """The ``reports`` table: each report of each group, in order."""
    actors, geos = fields.actors.values, fields.geos.values
    codes = texts([a.code if a is not None else None for a in actors])
    countries = texts([a.country if a is not None else None for a in actors])
    places = texts([g.iso_country if g is not None else None for g in geos])
    named = texts(sides.values)
    return pa.table(
        {
            "meeting": meeting,
            "event": numbers(fields.ids),
            "date": dates(fields.days),
            "code": _take(texts(fields.codes.values), fields.code),
            "side_a": _take(named, sides.one[group]),
            "side_b": _take(named, sides.two[group]),
            "actor1_code": _take(codes, fields.actor1),
            "actor1_country": _take(countries, fields.actor1),
            "actor2_code": _take(codes, fields.actor2),
            "actor2_country": _take(countries, fields.actor2),
            "action_country": _take(places, fields.geo),
            "url": optional_texts(fields.urls),
        }
    )
