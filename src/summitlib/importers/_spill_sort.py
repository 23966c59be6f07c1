"""The sort of the spilled GDELT lines, out of core, and their cut into parts (private to
`summitlib.importers.gdelt_spill`, whose docstring tells the steps); and what the merges of the parts'
tables share (`schemas`, `named`, `RENAMED`).

The lines go to `Runs`: held until they pass the memory limit, then ordered by sides, day and position
(the sides ranked among their distinct values, then numpy's ``lexsort``) and written as a run (an Arrow
IPC stream of record batches of so many lines, each taken in that order: `sorted_batches`, no sorted
copy of the whole run), the days of its lines counted; an import that never passes the limit cuts its
parts from the same batches. `Runs.merged` merges the runs, k-way, a record batch of each at a
time: the rows of every run up to the least of the runs' last rows held are in order before any row not
yet read, so they are sorted together and given out, and the run whose rows are all given out reads its
next batch. `cut` cuts the sorted lines into parts. So the memory held is the limit (and one record
batch while a run is written), then a record batch per run while they are merged; no DuckDB. Requires
pyarrow and numpy (imported when called).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

    from summitlib.importers._gdelt_columns import Ints


__all__ = ["RENAMED", "TABLES", "Runs", "cut", "named", "schemas", "sorted_batches"]

TABLES = ("meetings", "participants", "dyads", "reports")
RENAMED = {"participants": {"name": "leader"}, "dyads": {"name_a": "leader_a", "name_b": "leader_b"}}
"""The name columns of each table given the name of the side (the leader column beside them)."""
_KEYS = ("lo", "hi", "day", "position")  # the sort of the spilled lines


class Runs:
    """Spilled rows held up to ``limit`` bytes, then written to ``directory`` as sorted runs of record
    batches of ``read`` rows; `merged` gives them back in order."""

    def __init__(self, directory: Path, limit: int, read: int) -> None:
        import numpy as np

        self.directory = directory
        self.limit = limit
        self.read = read
        self.tables: list[pa.Table] = []
        self.size = 0  # bytes held
        self.paths: list[Path] = []  # the runs written
        self.days: Ints = np.zeros(0, np.int64)  # the days of the lines written, distinct
        self.counts: Ints = np.zeros(0, np.int64)  # and the lines of each

    @property
    def spilled(self) -> bool:
        """Whether rows went to disk (they passed the limit)."""
        return bool(self.paths)

    def add(self, rows: pa.Table) -> None:
        """Hold ``rows`` (the spill's columns); past the limit, write all held as a sorted run."""
        self.tables.append(rows)
        self.size += rows.nbytes
        if self.size > self.limit:
            self.spill()

    def take(self) -> list[pa.Table]:
        """The rows held (no longer held here)."""
        tables, self.tables, self.size = self.tables, [], 0
        return tables

    def spill(self) -> None:
        """Write the rows held as a sorted run, counting their days."""
        import numpy as np
        import pyarrow as pa

        from summitlib.importers._gdelt_columns import _numbers

        tables = self.take()
        if not tables:
            return
        table = pa.concat_tables(tables)
        tables.clear()
        found, times = np.unique(_numbers(table.column("day").combine_chunks(), np.int64), return_counts=True)
        self.days, where = np.unique(np.concatenate([self.days, found]), return_inverse=True)
        counts = np.bincount(where, np.concatenate([self.counts, times]), len(self.days))
        self.counts = counts.astype(np.int64)
        path = self.directory / f"r{len(self.paths):06d}.arrow"
        batches = sorted_batches(table, self.read)
        del table  # the rows held: freed once the sort has its copy
        with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_stream(sink, _keyed_schema()) as writer:
            for batch in batches:
                writer.write_batch(batch)
        self.paths.append(path)

    def merged(self) -> Iterator[pa.RecordBatch]:
        """The rows of every run, by sides, day and position (as `sorted_batches`), a batch at a time."""
        import pyarrow as pa

        readers = [_batches(path) for path in self.paths]
        held: dict[int, pa.RecordBatch] = {}
        for number, reader in enumerate(readers):
            first = next(reader, None)
            if first is not None:
                held[number] = first
        while held:
            if len(held) == 1:  # the last run: in order as it is
                ((number, batch),) = held.items()
                yield batch
                yield from readers[number]
                return
            bound = min((_key(batch, batch.num_rows - 1), n) for n, batch in held.items())
            pieces = []
            for number, batch in list(held.items()):
                upto = bisect.bisect_right(range(batch.num_rows), bound[0], key=lambda i: _key(batch, i))
                if upto:
                    pieces.append(batch.slice(0, upto))
                if upto < batch.num_rows:
                    held[number] = batch.slice(upto)
                else:
                    following = next(readers[number], None)
                    if following is None:
                        del held[number]
                    else:
                        held[number] = following
            table = pa.Table.from_batches(pieces)
            if len(pieces) > 1:
                table = table.take(_sort_indices(table))
            yield from table.combine_chunks().to_batches()


def sorted_batches(table: pa.Table, read: int) -> Iterator[pa.RecordBatch]:
    """Spilled rows (the spill's columns) by sides (the lesser first), day, position, with the columns
    `cut` reads, ``read`` at a time.

    No sorted copy of the whole table: the rows are put in one chunk with their keys (``table``'s
    chunks are freed then, unless the caller still holds them), then each batch is taken in order.
    """
    keyed = _keyed(table)
    del table
    order = _sort_indices(keyed)
    for start in range(0, len(order), read):
        yield from keyed.take(order.slice(start, read)).combine_chunks().to_batches()


def _keyed_schema() -> pa.Schema:
    """The columns of `sorted_batches`: the spill's, its two sides as ``lo`` and ``hi``."""
    import pyarrow as pa

    from summitlib.importers._spill_block import spill_schema

    spilled = spill_schema()
    names = {"lo": "one", "hi": "two"}
    columns = ("position", "lo", "hi", "day", "line", "clean")
    return pa.schema([spilled.field(names.get(c, c)).with_name(c) for c in columns])


def _keyed(table: pa.Table) -> pa.Table:
    """Spilled rows (the spill's columns) with their sides as ``lo`` and ``hi``, the lesser first, in
    one chunk."""
    import pyarrow as pa
    import pyarrow.compute as pc

    one, two = table.column("one"), table.column("two")
    first = pc.less_equal(one, two)
    return pa.table(
        {
            "position": table.column("position"),
            "lo": pc.if_else(first, one, two),
            "hi": pc.if_else(first, two, one),
            "day": table.column("day"),
            "line": table.column("line"),
            "clean": table.column("clean"),
        }
    ).combine_chunks()


def _sort_indices(table: pa.Table) -> pa.Array:
    """The order of ``table``'s rows by sides, day and position: the sides ranked among their distinct
    values (Arrow's order of bytes, nulls last), then numpy's ``lexsort`` of four integer keys (Arrow's
    sort of the binary columns themselves took three times as long)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from summitlib.importers._gdelt_columns import _numbers

    lo, hi = table.column("lo"), table.column("hi")
    distinct = pc.unique(pa.chunked_array(lo.chunks + hi.chunks, lo.type))
    distinct = distinct.take(pc.sort_indices(distinct))

    def rank(column: pa.ChunkedArray) -> Ints:
        return _numbers(pc.index_in(column, value_set=distinct).combine_chunks(), np.int32)

    def plain(name: str) -> Ints:
        return _numbers(table.column(name).combine_chunks(), np.int64)

    order = np.lexsort((plain("position"), plain("day"), rank(hi), rank(lo))).astype(np.int64)
    return pa.Array.from_buffers(pa.int64(), len(order), [None, pa.py_buffer(order)])


def _key(batch: pa.RecordBatch, row: int) -> tuple[Any, ...]:
    """Row ``row``'s sort key, compared as `sorted_batches` sorts (nulls last)."""
    values = [batch.column(name)[row].as_py() for name in _KEYS]
    return tuple(x for v in values for x in (v is None, v))


def _batches(path: Path) -> Iterator[pa.RecordBatch]:
    """The record batches of a run, read one at a time."""
    import pyarrow as pa

    with pa.OSFile(str(path), "rb") as source, pa.ipc.open_stream(source) as reader:
        yield from reader


def cut(
    batches: Iterable[pa.RecordBatch], gap: int, rows: int
) -> Iterator[tuple[list[bytes], list[bool], list[int]]]:
    """The sorted lines of ``batches`` (columns ``position``, ``lo``, ``hi``, ``day``, ``line``,
    ``clean``; by sides, day, position) cut into the parts `runs` gives."""
    held: list[pa.RecordBatch] = []
    size = 0
    last: pa.RecordBatch | None = None
    for batch in batches:
        start = 0
        for end in _breaks(last, batch, gap).tolist():
            if size + end - start >= rows:  # a part ends before row ``end``
                held.append(batch.slice(start, end - start))
                yield _in_order(held)
                held, size, start = [], 0, end
        held.append(batch.slice(start))
        size += batch.num_rows - start
        last = batch.slice(batch.num_rows - 1) if batch.num_rows else last
    if size:
        yield _in_order(held)


def _breaks(last: pa.RecordBatch | None, batch: pa.RecordBatch, gap: int) -> Any:
    """The rows of ``batch`` (sorted lines; ``last``: the line before it) no report before links to:
    where the sides change or the day jumps by more than ``gap``."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from summitlib.importers._gdelt_columns import _numbers

    # only the keys joined: combining the lines too copied some 3 MB a batch for nothing
    both = [last, batch] if last is not None else [batch]
    joined = pa.Table.from_batches(both).select(["lo", "hi", "day"]).combine_chunks()
    if joined.num_rows < 2:
        return np.zeros(0, np.int64)
    before, after = joined.slice(0, joined.num_rows - 1), joined.slice(1)
    changed = pc.or_(
        pc.not_equal(before.column("lo"), after.column("lo")),
        pc.not_equal(before.column("hi"), after.column("hi")),
    ).combine_chunks()
    bits = np.frombuffer(changed.buffers()[1], np.uint8)
    cut = np.unpackbits(bits, bitorder="little")[changed.offset : changed.offset + len(changed)]
    day = _numbers(joined.column("day").combine_chunks(), np.int64)
    found = np.flatnonzero(cut.astype(np.bool_) | (np.diff(day) > gap)) + 1
    return found - 1 if last is not None else found


def _in_order(held: list[pa.RecordBatch]) -> tuple[list[bytes], list[bool], list[int]]:
    """The lines of ``held`` in input order, with whether each is clean and their positions."""
    import numpy as np
    import pyarrow as pa

    from summitlib.importers._gdelt_columns import _numbers, _take

    table = pa.Table.from_batches(held).combine_chunks()
    positions = _numbers(table.column("position").combine_chunks(), np.int64)
    order = np.argsort(positions, kind="stable")
    lines = _take(table.column("line").combine_chunks(), order).to_pylist()
    clean = _take(table.column("clean").combine_chunks(), order).to_pylist()
    return lines, clean, positions[order].tolist()


def named(names: dict[str, Counter[str]]) -> pa.Table:
    """Each side's leader id and name, from its names counted over all parts (as the scan names it)."""
    import pyarrow as pa

    from summitlib.importers._spill_columns import texts
    from summitlib.importers.candidates import _side_leader

    leaders = [_side_leader(side, names[side]) for side in sorted(names)]
    return pa.table(
        {"leader": texts([x.id for x in leaders]), "leader_name": texts([x.name for x in leaders])}
    )


def schemas() -> dict[str, pa.Schema]:
    """The schema of each table written."""
    from summitlib.importers.gdelt_scan import _reports_schema
    from summitlib.tables._schema import arrow_schema

    return {t: _reports_schema() if t == "reports" else arrow_schema(t) for t in TABLES}
