"""The parts' tables of the spilled GDELT import put in the scan's order by ranges of days, not by one
sort of every row.

The scan orders the candidates by their order keys: their first report's day, then its id, code and
URL, then the first position of their reports. So a candidate whose first day falls in an earlier range
of days comes first, whatever its other keys. After the spill, the days of the spilled lines
(counted as their sorted runs are written) are cut into ranges of about ``reports`` lines each
(`day_ranges`); as each part is grouped,
its rows go to the range of their candidate's first day (`Ranges.write`: an Arrow IPC file per table,
a record batch per part and range, each part's candidates numbered anew within the range). At the end
each range is read once and put in order in memory, as the in-memory import puts all of its parts
(`summitlib.importers._spill_memory.in_order`), and appended to the table's Parquet file
(`Ranges.merge`). So every row is written and read back once, with no sort out of core, and the memory
held is the rows of one range — about ``reports`` reports' rows, more when one day alone has more — not
the whole table.

Private to `summitlib.importers.gdelt_spill` (requires pyarrow and numpy).
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from summitlib.importers._gdelt_columns import Ints, _numbers
from summitlib.importers._spill_columns import numbers
from summitlib.importers._spill_memory import finished, in_order
from summitlib.importers._spill_sort import TABLES, named, schemas
from summitlib.importers._spill_tables import PartTables

__all__ = ["Ranges", "day_ranges"]


def day_ranges(days: Ints, counts: Ints, reports: int) -> Ints:
    """The first day of every range but the first: the distinct days of the spilled lines (``days``,
    ascending, with the lines of each in ``counts``) cut into ranges of about ``reports`` lines. A day
    starts a new range when the lines of the days before it pass a multiple of ``reports``, so a range
    holds fewer than ``reports`` lines and its last day's; a day is never cut."""
    before = np.cumsum(counts) - counts  # the lines of the days before each day
    index = before // max(reports, 1)
    firsts: Ints = days[1:][index[1:] != index[:-1]]
    return firsts


class Ranges:
    """The parts' rows by range of days, an Arrow IPC file per table (and one for the order keys)."""

    def __init__(self, directory: Path, bounds: Ints) -> None:
        self.directory = directory
        self.bounds = bounds
        self.writers: dict[str, pa.ipc.RecordBatchFileWriter] = {}
        self.written: dict[str, int] = {}  # record batches written to each file
        self.where: list[list[dict[str, range]]] = [[] for _ in range(len(bounds) + 1)]
        """Of each range, part after part: the numbers of the part's record batches in each file."""

    def write(self, part: PartTables) -> None:
        """Append the rows of ``part`` to the ranges of its candidates' first days: each table's rows
        taken once, range after range (each candidate's rows and the candidates of a range in their
        order), and cut there."""
        into = np.searchsorted(
            self.bounds, _numbers(part.keys.column("k_day").combine_chunks(), np.int64), side="right"
        )
        ranges, sizes = np.unique(into, return_counts=True)
        firsts = np.zeros(len(sizes), np.int64)  # the candidates before each range of the part
        np.cumsum(sizes[:-1], out=firsts[1:])
        order = np.argsort(into, kind="stable")  # the candidates range after range
        renumbered = np.empty(len(into), np.int64)  # each candidate's number in its range
        renumbered[order] = np.arange(len(into), dtype=np.int64) - np.repeat(firsts, sizes)
        spans: list[dict[str, range]] = [{} for _ in ranges]
        for name, table in {"order": part.keys, **part.tables}.items():
            candidate = _numbers(table.column("_n").combine_chunks(), np.int64)
            rows = np.argsort(into[candidate], kind="stable")
            bounds = np.searchsorted(into[candidate][rows], ranges, side="left").tolist()
            taken = table.take(numbers(rows))
            taken = taken.set_column(
                taken.schema.get_field_index("_n"), "_n", numbers(renumbered[candidate[rows]])
            )
            for place, (start, end) in enumerate(zip(bounds, [*bounds[1:], len(rows)], strict=True)):
                spans[place][name] = self._append(name, taken.slice(start, end - start))
        for number, span in zip(ranges.tolist(), spans, strict=True):
            self.where[number].append(span)

    def _append(self, name: str, table: pa.Table) -> range:
        """Append ``table`` to the file of ``name``: the numbers of its record batches there."""
        writer = self.writers.get(name)
        if writer is None:
            path = self.directory / f"{name}.arrow"
            writer = self.writers[name] = pa.ipc.new_file(os.fspath(path), table.schema)
        first = self.written.get(name, 0)
        batches = table.to_batches()
        for batch in batches:
            writer.write_batch(batch)
        self.written[name] = first + len(batches)
        return range(first, first + len(batches))

    def close(self) -> None:
        """Close the files."""
        for writer in self.writers.values():
            writer.close()
        self.writers = {}

    def merge(self, target: Path, names: dict[str, Counter[str]]) -> list[Path]:
        """Each table's rows in the scan's order, range after range, with the sides' names of all parts,
        into ``target``; then ``schema.json``."""
        from summitlib.tables._export import write_schema

        self.close()
        sides = named(names)
        written: list[Path] = []
        for table, schema in schemas().items():
            path = target / f"{table}.parquet"
            partial = path.with_name(f".{path.name}.partial")
            with pq.ParquetWriter(partial, schema) as out:
                if "order" in self.written:
                    with (
                        pa.ipc.open_file(pa.OSFile(os.fspath(self.directory / "order.arrow"))) as keys,
                        pa.ipc.open_file(pa.OSFile(os.fspath(self.directory / f"{table}.arrow"))) as rows,
                    ):
                        for spans in self.where:
                            if spans:
                                got = in_order(_read(rows, spans, table), _read(keys, spans, "order"))
                                out.write_table(finished(got, table, schema, sides))
                else:
                    out.write_table(schema.empty_table())
            os.replace(partial, path)
            written.append(path)
        written.append(write_schema(target, TABLES, "parquet"))
        return written


def _read(reader: pa.ipc.RecordBatchFileReader, spans: list[dict[str, range]], name: str) -> pa.Table:
    """The record batches of ``name`` in ``spans`` (one range's), as one table."""
    return pa.Table.from_batches(
        [reader.get_batch(b) for span in spans for b in span[name]], schema=reader.schema
    )
