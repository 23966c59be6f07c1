"""The DuckDB step of the spilled GDELT import: the spilled lines sorted and cut into parts (private to
`summitlib.importers.gdelt_spill`, whose docstring tells the steps), and what the merges of the parts'
tables share (`schemas`, `named`, `RENAMED`). DuckDB works within `MEMORY_LIMIT` on one thread,
spilling to the import's temporary directory. Requires DuckDB, pyarrow and numpy (imported when
called).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa


__all__ = ["MEMORY_LIMIT", "RENAMED", "TABLES", "cut", "named", "runs", "schemas"]

TABLES = ("meetings", "participants", "dyads", "reports")
MEMORY_LIMIT = "128MB"
RENAMED = {"participants": {"name": "leader"}, "dyads": {"name_a": "leader_a", "name_b": "leader_b"}}
"""The name columns of each table given the name of the side (the leader column beside them)."""


def runs(work: Path, gap: int, rows: int, read: int) -> Iterator[tuple[list[bytes], list[bool], list[int]]]:
    """The spilled lines in parts of about ``rows`` lines (or more: a part ends only where no report
    links across), each in input order, with whether each is clean and their positions. DuckDB sorts
    the lines by sides then day (out of core); a part may end at a new pair of sides or a gap of more
    than ``gap`` days. Reads ``read`` sorted lines at a time."""
    import duckdb

    con = duckdb.connect()
    try:
        _limit(con, work)
        query = con.sql(
            "SELECT position, least(one, two) AS lo, greatest(one, two) AS hi, day, line, clean "
            f"FROM read_parquet('{_quoted(work / 'f*.parquet')}') ORDER BY lo, hi, day, position"
        )
        yield from cut(_reader(query, read), gap, rows)
    finally:
        con.close()


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

    joined = pa.Table.from_batches([last, batch] if last is not None else [batch]).combine_chunks()
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


def _limit(con: Any, work: Path) -> None:
    """Keep DuckDB within `MEMORY_LIMIT`, spilling to ``work``."""
    con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
    con.execute("SET threads = 1")  # a sort's memory is per thread; the limit holds with one
    con.execute("SET enable_progress_bar = false")  # a library prints nothing
    con.execute("SET preserve_insertion_order = false")  # the queries ORDER BY what they need
    con.execute("SET temp_directory = ?", [os.fspath(work / "duckdb")])


def _reader(query: Any, rows: int) -> Any:
    """The record batches of ``rows`` rows of a DuckDB relation (``to_arrow_reader`` since DuckDB 1.4)."""
    read = getattr(query, "to_arrow_reader", None) or query.fetch_arrow_reader
    return read(rows)


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


def _quoted(path: Path) -> str:
    return os.fspath(path).replace("'", "''")
