"""The columns the GDELT scan groups by, taken out of its kept lines with numpy (private to the scan).

`_clean` checks a run of kept lines — one regular expression (RE2) over all of them for the plain
form of every field the parser checks, then the CAMEO code triples and the dates once per distinct
value — and takes the grouping's fields out of the clean ones from the positions of their tabs;
`_event_columns` gives the same columns for events already typed. See
``summitlib.importers._gdelt_lazy`` for how the scan uses them.

Arrow arrays are built from their buffers and read back through them: ``pa.array``, ``to_numpy`` and
kernels given Python values import pandas when it is installed, which costs more than the grouping.
Requires pyarrow and numpy (imported here: this module is only imported by the scan).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc

from summitlib.importers._gdelt_parse import _Parser, _RowError
from summitlib.importers.gdelt import GdeltEvent

__all__ = ["Ints"]

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
    """The strings ``buf[begin[i]:end[i]]`` (the ranges in order: ``end[i] <= begin[i + 1]``), gathered
    into one array.

    The ranges and the gaps between them are the values of one array over ``buf`` (its offsets ``begin[0],
    end[0], begin[1], ...``): Arrow's ``take`` of every other value copies the ranges, a ``memcpy`` each,
    where an index per byte (``buf[gather]``) took 5-50 times as long for the wide fields.
    """
    size = len(begin)
    if size == 0:
        return _strings(b"", np.zeros(1, np.int64))
    bounds = np.empty(2 * size, np.int64)
    bounds[0::2] = begin
    bounds[1::2] = end
    ranges = _strings(buf, bounds)
    every_other = np.arange(0, 2 * size, 2, dtype=np.int64)
    return pc.take(ranges, pa.Array.from_buffers(pa.int64(), size, [None, pa.py_buffer(every_other)]))


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
