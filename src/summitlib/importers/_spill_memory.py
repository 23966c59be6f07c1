"""The spilled GDELT import without the disk, while the kept lines fit a memory budget.

`import_gdelt_parquet` run here (no executor) hands each block's spilled rows to a
``summitlib.importers._spill_sort.Runs``: it keeps them as Arrow tables until they pass
``memory_limit`` bytes, then writes them as a sorted run, and so on. When the rows never pass the
limit, the same steps run in memory: the rows are sorted by sides, day and
position with Arrow (`held_runs`) and cut into the same parts (`cut`); the parts' tables are kept and
put in the scan's order by sorting their candidates' keys once, the rows of each table taken in that
order (`in_order`) and the sides' names put in (`finished`: both also used for each range of days of
a spilled import) (`merge_parts`). So the memory held is at most the budget (and the
parts' tables, smaller than the lines they come from), however many rows are read; a small import
skips the round trip through disk.

Private to `summitlib.importers.gdelt_spill` (requires pyarrow and numpy).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from summitlib.importers._gdelt_columns import Ints, _numbers
from summitlib.importers._spill_sort import RENAMED, cut, named, schemas, sorted_batches
from summitlib.importers._spill_tables import PartTables

__all__ = ["finished", "held_runs", "in_order", "merge_parts"]

_KEYS = ("k_day", "k_id", "k_code", "k_url", "k_pos")  # a candidate's place in the scan's order


def held_runs(
    tables: list[pa.Table], gap: int, rows: int, read: int
) -> Iterator[tuple[list[bytes], list[bool], list[int]]]:
    """The held rows (``tables``: emptied) cut into the parts `summitlib.importers._spill_sort.runs`
    gives from disk."""
    if not tables:
        return
    batches = sorted_batches(pa.concat_tables(tables), read)
    tables.clear()  # the held rows: freed once the sort has its copy
    yield from cut(batches, gap, rows)


def merge_parts(parts: Sequence[PartTables], target: Path, names: dict[str, Counter[str]]) -> list[Path]:
    """The tables of ``parts`` in the scan's order, with the sides' names of all parts, into ``target``
    (as `summitlib.importers._spill_ranges.Ranges` puts the parts written to disk)."""
    from summitlib.importers._spill_sort import TABLES
    from summitlib.tables._export import write_schema

    sides = named(names)
    keys = pa.concat_tables([p.keys for p in parts]) if parts else None
    written: list[Path] = []
    for table, schema in schemas().items():
        if keys is not None:
            rows = in_order(pa.concat_tables([p.tables[table] for p in parts]), keys)
            out = finished(rows, table, schema, sides)
        else:
            out = schema.empty_table()
        path = target / f"{table}.parquet"
        partial = path.with_name(f".{path.name}.partial")
        pq.write_table(out, partial)
        os.replace(partial, path)
        written.append(path)
    written.append(write_schema(target, TABLES, "parquet"))
    return written


def finished(rows: pa.Table, table: str, schema: pa.Schema, sides: pa.Table) -> pa.Table:
    """The rows of ``table`` (in order) with the sides' names put in (``sides``: `named`), as written."""
    for column, leader in RENAMED.get(table, {}).items():
        found = pc.index_in(rows.column(leader), value_set=sides.column("leader"))
        name = pc.coalesce(pc.take(sides.column("leader_name"), found), rows.column(column))
        rows = rows.set_column(rows.schema.get_field_index(column), column, name)
    return rows.select(schema.names).cast(schema)


def in_order(table: pa.Table, keys: pa.Table) -> pa.Table:
    """The rows of ``table`` (each with its part ``_b``, candidate ``_n`` and row ``_r`` in the part)
    candidate after candidate in the scan's order (``keys``: each candidate's ``_b``, ``_n`` and order
    keys), each candidate's rows by ``_r``; without those three columns."""
    rank = np.empty(keys.num_rows, np.int64)
    order = _numbers(pc.sort_indices(keys, sort_keys=[(k, "ascending") for k in _KEYS]), np.uint64)
    rank[order] = np.arange(keys.num_rows, dtype=np.int64)
    known = _candidates(keys)
    sorter = np.argsort(known, kind="stable")
    found = sorter[np.searchsorted(known, _candidates(table), sorter=sorter)]
    row = _numbers(table.column("_r").combine_chunks(), np.int64)
    where = np.lexsort((row, rank[found]))
    taken = table.take(pa.Array.from_buffers(pa.int64(), len(where), [None, pa.py_buffer(where)]))
    return taken.drop_columns(["_b", "_n", "_r"])


def _candidates(table: pa.Table) -> Ints:
    """Each row's candidate as one number, from its part (``_b``) and number in the part (``_n``)."""
    part = _numbers(table.column("_b").combine_chunks(), np.int64)
    return part << 32 | _numbers(table.column("_n").combine_chunks(), np.int64)
