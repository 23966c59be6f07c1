"""The meeting filter of `summitlib.importers.gdelt_batches`, over raw blocks of bytes with numpy.

[`meeting_lines`][summitlib.importers.gdelt_batches.meeting_lines] takes a record batch of lines cut by
Arrow's CSV reader and runs three regular expressions over it. Over a whole file, cutting the lines and
running the first expression (the EventCode, on every line) were most of the scan. Here a block of the
file (whole lines) is cut with one comparison and ``flatnonzero`` — the positions of every newline and
every tab, in one array — and each line's fields are found from those positions: its number of tabs
(its column count), its 27th field (compared with the meeting codes as three bytes) and its two side
fields (compared byte by byte). The kept lines are exactly those of `meeting_lines` (a test checks it
line for line).

A block holding a carriage return or a 0x1F byte is cut by Arrow's reader first (it ends lines at
``\\r`` and refuses lines holding 0x1F, which it counts as bad), then filtered here; a leading UTF-8 byte
order mark is dropped, as Arrow's reader drops it.

Requires numpy and pyarrow (imported here: this module is only imported by the scan).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from summitlib.importers.cameo import meeting_codes

__all__ = ["BlockFilter", "raw_blocks"]

_TAB, _NEWLINE, _CR, _UNIT = 9, 10, 13, 0x1F
_CODE_FIELD = 26
_SIDE_FIELDS = {"country": (7, 17), "actor": (5, 15)}
_FAMILY_TABS = {1: (56, 57), 2: (60,)}
_BOM = b"\xef\xbb\xbf"

Ints = npt.NDArray[np.int64]


def raw_blocks(path: Path, block_size: int) -> Iterator[bytes | memoryview]:
    """The data of ``path`` (plain, gzip or zip) in blocks of whole lines of about ``block_size`` bytes
    (the last one may lack its newline). A plain file is read into one reused buffer: each block is a
    view of it, valid until the next block is asked for."""
    from summitlib.importers.gdelt_batches import _open

    with open(path, "rb") as handle:
        magic = handle.read(4)
        if magic[:2] != b"\x1f\x8b" and magic != b"PK\x03\x04":
            handle.seek(0)
            yield from _plain_blocks(handle, block_size)
            return
    stream, close = _open(path)
    try:
        carry = b""
        while True:
            chunk = stream.read(block_size)
            if not chunk:
                break
            data = carry + chunk
            cut = data.rfind(b"\n") + 1
            if cut:
                yield data[:cut]
                carry = data[cut:]
            else:
                carry = data
        if carry:
            yield carry
    finally:
        close()


def _plain_blocks(handle: io.BufferedReader, block_size: int) -> Iterator[memoryview]:
    buffer = bytearray(max(block_size, 1))
    view = memoryview(buffer)
    held = 0  # bytes of an unfinished line at the start of the buffer
    while True:
        if held == len(buffer):  # a line longer than the buffer: a larger one
            buffer = buffer + bytearray(len(buffer))
            view = memoryview(buffer)
        read = handle.readinto(view[held:])
        if not read:
            if held:
                yield view[:held]
            return
        filled = held + read
        cut = buffer.rfind(b"\n", 0, filled) + 1
        if cut:
            yield view[:cut]
            buffer[: filled - cut] = bytes(view[cut:filled])  # a copy: the ranges may overlap
            held = filled - cut
        else:
            held = filled


def _holds(block: bytes | memoryview, byte: int) -> bool:
    """Whether ``block`` holds ``byte``: searched with ``bytes.find`` (memchr) when the block is bytes
    or a view of the start of a bytes-like buffer (`raw_blocks` gives those), a third of numpy's time
    for a comparison and ``any``; compared with numpy otherwise."""
    if isinstance(block, bytes):
        return block.find(byte) >= 0
    owner = block.obj
    buf = np.frombuffer(block, np.uint8)
    if isinstance(owner, bytes | bytearray) and block.contiguous and len(buf):
        start = buf.ctypes.data - np.frombuffer(owner, np.uint8).ctypes.data
        return owner.find(byte, start, start + len(buf)) >= 0
    return bool(np.any(buf == byte))


def _code_keys() -> Ints:
    """The meeting codes, each as the little-endian integer of its three bytes."""
    codes = {k.code.code.encode() for k in meeting_codes()}
    if any(len(c) != 3 for c in codes):  # pragma: no cover - the CAMEO meeting codes are three digits
        raise ValueError("the block filter compares three-digit meeting codes")
    return np.array(sorted(int.from_bytes(c, "little") for c in codes), np.int64)


def _separators(buf: npt.NDArray[np.uint8]) -> tuple[Ints, Ints]:
    """The positions of every tab and newline of ``buf`` in order, and which of them are newlines.

    One pass for both (the bytes up to 10, then those below 9 dropped when there are any): a line's
    first tab is the separator after the newline before it and its ``k``-th tab ``k - 1`` places
    further, so no search of each line's first tab among the tabs is needed (it was a fifth of the
    filter).
    """
    found = np.flatnonzero(buf <= _NEWLINE)
    values = buf[found]
    if len(values) and values.min() < _TAB:  # other control bytes (not in GDELT data): not separators
        kept = values >= _TAB
        found, values = found[kept], values[kept]
    return found, np.flatnonzero(values == _NEWLINE)


class BlockFilter:
    """The meeting lines of the blocks of one file, block after block (it remembers the file's GDELT
    version, found at the first line with a known column count)."""

    def __init__(self, by: Literal["country", "actor"]) -> None:
        self.sides = _SIDE_FIELDS[by]
        self.codes = _code_keys()
        self.family: int | None = None
        self.first = True
        self.read = 0  # non-empty lines read (lines refused by Arrow's reader included)
        self.wrong = 0  # lines with a meeting code and the wrong column count, or refused by Arrow
        self.kept: list[bytes] = []
        self.pending = 0  # lines with a meeting code before the version is known (of no known shape)

    def add(self, block: bytes | memoryview) -> None:
        """Filter one block of whole lines."""
        awkward = _holds(block, _CR) or _holds(block, _UNIT)  # a byte order mark holds neither
        if self.first:
            self.first = False
            if bytes(block[: len(_BOM)]) == _BOM:
                block = block[len(_BOM) :]
        buf = np.frombuffer(block, np.uint8)
        if len(buf) and (buf[-1] != _NEWLINE or awkward):
            block = self._through_arrow(block)
            buf = np.frombuffer(block, np.uint8)
        if len(buf):
            self._filter(block, buf)

    def finish(self) -> None:
        """Count the meeting lines of a file whose version was never found (all of the wrong shape)."""
        self.wrong += self.pending
        self.pending = 0

    def _through_arrow(self, block: bytes | memoryview) -> bytes:
        """The lines of ``block`` as Arrow's CSV reader cuts them, each ended by a newline (the last line
        of a file without its newline goes this way too)."""
        import pyarrow as pa
        import pyarrow.csv as csv

        bad: list[int] = []

        def invalid(row: Any) -> str:
            bad.append(1)
            return "skip"

        table = csv.read_csv(
            pa.py_buffer(block),
            read_options=csv.ReadOptions(column_names=["line"], block_size=max(len(block), 1)),
            parse_options=csv.ParseOptions(
                delimiter="\x1f", quote_char=False, escape_char=False, invalid_row_handler=invalid
            ),
            convert_options=csv.ConvertOptions(column_types={"line": pa.binary()}, strings_can_be_null=False),
        )
        self.read += len(bad)
        self.wrong += len(bad)
        lines: list[bytes] = table.column(0).to_pylist()
        return b"".join(line + b"\n" for line in lines)

    def _filter(self, block: bytes | memoryview, buf: npt.NDArray[np.uint8]) -> None:
        seps, newlines = _separators(buf)
        ends = seps[newlines]
        starts = np.empty_like(ends)
        starts[:1] = 0
        starts[1:] = ends[:-1] + 1
        bounds = np.empty_like(newlines)  # each line's first tab in ``seps``, if it has one
        bounds[:1] = 0
        bounds[1:] = newlines[:-1] + 1
        counts = newlines - bounds  # tabs per line
        nonempty = np.flatnonzero(ends > starts)
        starts, ends, first, counts = starts[nonempty], ends[nonempty], bounds[nonempty], counts[nonempty]
        self.read += len(starts)
        if self.family is None:
            known = np.flatnonzero(np.isin(counts, (*_FAMILY_TABS[1], *_FAMILY_TABS[2])))
            if len(known):
                self.family = 2 if counts[known[0]] == _FAMILY_TABS[2][0] else 1
        # the 27th field is a meeting code (so the line has at least 27 tabs)
        lines = np.flatnonzero(counts > _CODE_FIELD)
        begin = seps[first[lines] + _CODE_FIELD - 1] + 1
        three = seps[first[lines] + _CODE_FIELD] - begin == 3
        lines, begin = lines[three], begin[three]
        key = buf[begin].astype(np.int64) | buf[begin + 1].astype(np.int64) << 8
        key |= buf[begin + 2].astype(np.int64) << 16
        lines = lines[np.isin(key, self.codes)]
        if self.family is None:
            self.pending += len(lines)
            return
        self.wrong += self.pending
        self.pending = 0
        shaped = np.isin(counts[lines], _FAMILY_TABS[self.family])
        self.wrong += len(lines) - int(np.count_nonzero(shaped))
        lines = lines[shaped]
        keep = self._sides_differ(buf, seps, first[lines])
        lines = lines[keep]
        kept = zip(starts[lines].tolist(), ends[lines].tolist(), strict=True)
        self.kept.extend(bytes(block[s:e]) for s, e in kept)

    def _sides_differ(self, buf: npt.NDArray[np.uint8], seps: Ints, first: Ints) -> npt.NDArray[np.bool_]:
        """True for the lines whose two side fields are both non-empty and differ."""
        one, two = self.sides
        a_begin, a_end = seps[first + one - 1] + 1, seps[first + one]
        b_begin, b_end = seps[first + two - 1] + 1, seps[first + two]
        a_len, b_len = a_end - a_begin, b_end - b_begin
        keep = (a_len > 0) & (b_len > 0)
        same = np.flatnonzero(keep & (a_len == b_len))  # the pairs that may be equal
        equal = np.ones(len(same), np.bool_)
        size = a_len[same]
        for k in range(int(size.max(initial=0))):
            inside = k < size
            a = buf[np.where(inside, a_begin[same] + k, 0)]
            b = buf[np.where(inside, b_begin[same] + k, 0)]
            equal &= ~inside | (a == b)
        keep[same[equal]] = False
        return keep
