"""The fields of the grouped reports of one part of the spilled GDELT import, taken out column-wise.

`report_fields` gives, for each report in the order of the groups, its id, day, CAMEO code, URL,
actors and action geography — the values the candidate tables show. A clean line (see
``summitlib.importers._gdelt_lazy``) is not typed: its fields are cut out with numpy from the positions
of its tabs (the actor and geography blocks as one string each), and only each *distinct* code, date,
actor block and geography block is typed, by the same parser methods as `read_gdelt` uses, so the
values are those of the typed events. Rows the check typed already give their fields as they are.

Private to `summitlib.importers.gdelt_spill` (imported when it groups; requires pyarrow and numpy).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

import attrs
import numpy as np
import numpy.typing as npt
import pyarrow as pa

from summitlib.importers._gdelt_columns import Ints, _field, _indices, _int64, _slices
from summitlib.importers._gdelt_parse import _Parser
from summitlib.importers.gdelt import GdeltActor, GdeltEvent, GdeltGeo

__all__ = ["ReportFields", "Values", "report_fields"]

T = TypeVar("T", bound=Hashable)
_TAB = 9
_LAST = 60  # a clean line has 61 fields
# the fields cut out of a clean line: (first, last) field numbers, a block of several being one string
_SPANS = {
    "id": (0, 0),
    "day": (1, 1),
    "actor1": (5, 14),
    "actor2": (15, 24),
    "code": (26, 26),
    "geo": (51, 58),
}


class Values(Generic[T]):
    """Distinct values numbered in the order first met (equal values, one number)."""

    def __init__(self) -> None:
        self.numbers: dict[T, int] = {}
        self.values: list[T] = []

    def number(self, value: T) -> int:
        found = self.numbers.get(value)
        if found is None:
            found = self.numbers[value] = len(self.values)
            self.values.append(value)
        return found

    def numbered(self, values: Sequence[T]) -> Ints:
        return np.fromiter((self.number(v) for v in values), np.int64, len(values))


@attrs.define(kw_only=True)
class ReportFields:
    """One value per report: numbers (ids, ordinals) or positions in the distinct values."""

    ids: Ints
    days: Ints
    code: Ints
    actor1: Ints
    actor2: Ints
    geo: Ints
    urls: list[bytes]  # b"" for none
    codes: Values[str]
    actors: Values[GdeltActor | None]
    geos: Values[GdeltGeo | None]

    def take(self, where: Ints) -> ReportFields:
        """The fields of the reports at ``where``."""
        urls = self.urls
        return attrs.evolve(
            self,
            ids=self.ids[where],
            days=self.days[where],
            code=self.code[where],
            actor1=self.actor1[where],
            actor2=self.actor2[where],
            geo=self.geo[where],
            urls=[urls[i] for i in where.tolist()],
        )


def report_fields(rows: Sequence[bytes | GdeltEvent], parser: _Parser) -> ReportFields:
    """The fields of ``rows``: clean lines (bytes) or typed events (``parser`` types the distinct
    fields of the lines)."""
    size = len(rows)
    fields = ReportFields(
        ids=np.zeros(size, np.int64),
        days=np.zeros(size, np.int64),
        code=np.zeros(size, np.int64),
        actor1=np.zeros(size, np.int64),
        actor2=np.zeros(size, np.int64),
        geo=np.zeros(size, np.int64),
        urls=[b""] * size,
        codes=Values(),
        actors=Values(),
        geos=Values(),
    )
    lines = [i for i, row in enumerate(rows) if isinstance(row, bytes)]
    if lines:
        clean: list[bytes] = [rows[i] for i in lines]  # type: ignore[misc]
        _line_fields(fields, np.array(lines, np.int64), clean, parser)
    if len(lines) < size:
        _event_fields(fields, [(i, row) for i, row in enumerate(rows) if isinstance(row, GdeltEvent)])
    return fields


def _line_fields(fields: ReportFields, where: Ints, lines: list[bytes], parser: _Parser) -> None:
    """Put the fields of the clean ``lines`` at ``where``."""
    offsets = np.zeros(len(lines) + 1, np.int64)
    np.cumsum(np.fromiter(map(len, lines), np.int64, len(lines)), out=offsets[1:])
    data = b"".join(lines)
    buf = np.frombuffer(data, np.uint8)
    tabs = np.flatnonzero(buf == _TAB)
    first = np.searchsorted(tabs, offsets[:-1])

    def span(start: int, end: int) -> pa.Array:
        begin = offsets[:-1] if start == 0 else tabs[first + start - 1] + 1
        return _field(buf, begin, offsets[1:] if end == _LAST else tabs[first + end])

    cut = {name: span(*numbers) for name, numbers in _SPANS.items()}
    fields.ids[where] = _int64(cut["id"])
    day, days = _indices(cut["day"])
    fields.days[where] = np.array([parser.date(d, "SQLDATE").toordinal() for d in days], np.int64)[day]
    code, codes = _indices(cut["code"])
    fields.code[where] = fields.codes.numbered(codes)[code]
    for name, out in (("actor1", fields.actor1), ("actor2", fields.actor2)):
        actor, blocks = _indices(cut[name])
        out[where] = fields.actors.numbered([parser.actor(tuple(b.split("\t"))) for b in blocks])[actor]
    geo, blocks = _indices(cut["geo"])
    typed = [parser.geo(tuple(b.split("\t")), "ActionGeo") for b in blocks]  # checked: cannot fail
    fields.geo[where] = fields.geos.numbered(typed)[geo]
    urls = _slices(data, tabs[first + _LAST - 1] + 1, offsets[1:])
    for index, url in zip(where.tolist(), urls, strict=True):
        fields.urls[index] = url


def _event_fields(fields: ReportFields, events: list[tuple[int, GdeltEvent]]) -> None:
    """Put the fields of the typed ``events`` (with their places)."""
    for index, event in events:
        fields.ids[index] = event.id
        fields.days[index] = event.date.toordinal()
        fields.code[index] = fields.codes.number(event.code)
        fields.actor1[index] = fields.actors.number(event.actor1)
        fields.actor2[index] = fields.actors.number(event.actor2)
        fields.geo[index] = fields.geos.number(event.action_geo)
        fields.urls[index] = (event.url or "").encode("utf-8")


# Arrow arrays built from their buffers (`pa.array` imports pandas when it is installed).


def texts(values: Sequence[str | None]) -> pa.Array:
    """A large_string array of ``values`` (None: null)."""
    valid = None
    if None in values:
        valid = [v is not None for v in values]
        values = ["" if v is None else v for v in values]
    strings: Sequence[str] = values  # type: ignore[assignment]
    joined = "".join(strings)
    data = joined.encode("utf-8")
    if len(data) == len(joined):  # ASCII: as many bytes as characters
        sizes = np.fromiter(map(len, strings), np.int64, len(strings))
    else:
        sizes = np.fromiter((len(v.encode("utf-8")) for v in strings), np.int64, len(strings))
    return _array(data, sizes, valid, pa.large_string())


def optional_texts(values: Sequence[bytes]) -> pa.Array:
    """A large_string array of UTF-8 ``values`` (empty: null)."""
    sizes = np.fromiter(map(len, values), np.int64, len(values))
    return _array(b"".join(values), sizes, (sizes > 0).tolist(), pa.large_string())


def _array(data: bytes, sizes: Ints, valid: Sequence[bool] | None, kind: pa.DataType) -> pa.Array:
    offsets = np.zeros(len(sizes) + 1, np.int64)
    np.cumsum(sizes, out=offsets[1:])
    present = None if valid is None else np.fromiter(valid, np.bool_, len(sizes))
    bitmap = None
    if present is not None and not present.all():
        bitmap = pa.py_buffer(np.packbits(present, bitorder="little"))
    return pa.Array.from_buffers(kind, len(sizes), [bitmap, pa.py_buffer(offsets), pa.py_buffer(data)])


def flags(values: npt.NDArray[np.bool_]) -> pa.Array:
    """A bool array of ``values``."""
    bits = pa.py_buffer(np.packbits(values, bitorder="little"))
    return pa.Array.from_buffers(pa.bool_(), len(values), [None, bits])


def blobs(values: Sequence[bytes]) -> pa.Array:
    """A large_binary array of ``values``."""
    sizes = np.fromiter(map(len, values), np.int64, len(values))
    return _array(b"".join(values), sizes, None, pa.large_binary())


def numbers(values: Ints, kind: pa.DataType | None = None) -> pa.Array:
    """An int64 (or ``kind``: int32) array of ``values``."""
    kind = kind or pa.int64()
    data = np.ascontiguousarray(values, np.int32 if kind == pa.int32() else np.int64)
    return pa.Array.from_buffers(kind, len(data), [None, pa.py_buffer(data)])


_EPOCH = dt.date(1970, 1, 1).toordinal()


def dates(ordinals: Ints) -> pa.Array:
    """A date32 array of date ordinals."""
    days = np.ascontiguousarray(ordinals - _EPOCH, np.int32)
    return pa.Array.from_buffers(pa.date32(), len(days), [None, pa.py_buffer(days)])
