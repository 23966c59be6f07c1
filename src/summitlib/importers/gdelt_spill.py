"""GDELT straight to Parquet in memory that does not grow with the rows read: the reports spilled to disk.

[`scan_gdelt`][summitlib.importers.gdelt_scan.scan_gdelt] keeps every meeting report it finds (some
1.3 KB each) until its result is dropped, so its peak memory grows with the input. When the candidates
are wanted as Parquet tables, not as Python objects,
[`import_gdelt_parquet`][summitlib.importers.gdelt_spill.import_gdelt_parquet] writes the same tables,
row for row and in the same order, holding only a part of them at a time:

1. **spill** — each file is parsed and filtered a block at a time as by the scan; each block's kept lines
   are checked as the scan checks them (problems reported in file order, ``strict`` raising at the
   first) and written to a Parquet part with their sides, day and position in the input (one task per
   file: [`spill_events_file`][summitlib.importers.gdelt_spill.spill_events_file], a function of its
   arguments that writes only its own part, so it runs on any worker of an executor that sees the
   output directory);
2. **group** — DuckDB sorts the spilled lines by sides then day, out of core within a memory limit.
   Reports of different sides never link, nor across a gap of more than ``max_days_apart`` days, so the
   sorted lines are cut there into parts of about ``part_rows`` reports; each part, back in input order,
   is checked, grouped and built into candidates by the scan's own code, and its tables are written as
   Parquet parts with the key of each candidate's place in the scan's order (its first report's date,
   id, code and URL, then the first position of its reports);
3. **merge** — DuckDB puts each table's parts in that order, with the GDELT sides' names counted over all
   parts, into ``directory/<table>.parquet`` (written under a temporary name, then renamed).

The temporary parts live in a hidden directory inside ``directory``, removed when the import ends,
whether it succeeded or failed.

What grows is the output, not the rows read: a part holds at least one whole run of linked reports (a
pair of sides reported every few days for months is one run); with Mentions files, the event ids of the
kept reports (a Python int each) and the Mentions rows of those events (typed in memory, as by the scan);
the names of the sides (per distinct side); and DuckDB, up to its limit.

Requires the ``arrow`` and ``sql`` extras (pyarrow, numpy, DuckDB).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Executor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from summitlib._gc import gc_paused
from summitlib.importers._report import ImportReport
from summitlib.importers.gdelt import GdeltMention
from summitlib.importers.gdelt_batches import BLOCK_SIZE, FileScan, PathLike, gdelt_paths
from summitlib.importers.grouping import GroupingRule

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["GdeltParquetImport", "SpilledFile", "import_gdelt_parquet", "spill_events_file"]

PART_ROWS = 1 << 12  # reports grouped at a time
_ROW_GROUP = 1 << 12  # spilled lines per Parquet row group
_BATCH = 1 << 13  # spilled lines read back at a time
_TABLES = ("meetings", "participants", "dyads", "reports")
_MEMORY_LIMIT = "128MB"


@attrs.frozen(kw_only=True)
class SpilledFile:
    """What [`spill_events_file`][summitlib.importers.gdelt_spill.spill_events_file] did with one file.

    Attributes:
        path: the file.
        read: the non-empty lines read.
        wrong_shape: meeting lines skipped for their column count (as `FileScan.wrong_shape`).
        report: the kept lines that did not parse (skipped, by reason, with the problems).
        kept: the lines spilled.
        ids: the event ids of the lines spilled, when asked for (for the Mentions), else empty.
    """

    path: str
    read: int
    wrong_shape: int
    report: ImportReport
    kept: int
    ids: tuple[int, ...] = ()


def _part(directory: Path, index: int) -> Path:
    return directory / f"f{index:06d}.parquet"


def spill_events_file(
    path: PathLike,
    directory: PathLike,
    index: int,
    *,
    by: Literal["country", "actor"] = "country",
    strict: bool = False,
    ids: bool = False,
    block_size: int = BLOCK_SIZE,
) -> SpilledFile:
    """Step 1 for one events file: its meeting report lines, checked, written to a Parquet part.

    The lines kept are those `scan_events_file` keeps; those that do not parse are reported (in file
    order) and not spilled. Line ``k`` kept from file number ``index`` is written to
    ``directory/f<index>.parquet`` (under a temporary name until the file is whole) with its position
    ``index << 40 | k``, its two sides and its day (the date's ordinal), a row group per 4,096 lines
    or so (whole blocks; the clean lines of a block first: the position says where a line was).
    Writes nothing else.

    Raises:
        LoadError: in ``strict`` mode, the first malformed line.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from summitlib.importers._gdelt_blocks import BlockFilter, raw_blocks
    from summitlib.importers._gdelt_parse import _Parser
    from summitlib.importers._spill_block import block_rows, spill_schema

    name = os.fspath(path)
    report = ImportReport()
    parser = _Parser()
    found = BlockFilter(by)
    buffered: list[pa.Table] = []
    kept = 0
    seen: list[int] = []
    part = _part(Path(directory), index)
    partial = part.with_name(f".{part.name}.partial")  # renamed when whole: a retried task starts over
    with pq.ParquetWriter(partial, spill_schema()) as writer:
        for block in raw_blocks(Path(path), block_size):
            found.add(block)
            lines, found.kept = found.kept, []
            if not lines:
                continue
            rows, events = block_rows(lines, by, index << 40 | kept, parser, report, path=name, strict=strict)
            kept += rows.num_rows
            buffered.append(rows)
            if ids:
                seen.extend(events.tolist())
            if sum(t.num_rows for t in buffered) >= _ROW_GROUP:
                writer.write_table(pa.concat_tables(buffered))
                buffered.clear()
        found.finish()
        if buffered:
            writer.write_table(pa.concat_tables(buffered))
    os.replace(partial, part)
    return SpilledFile(
        path=name, read=found.read, wrong_shape=found.wrong, report=report, kept=kept, ids=tuple(seen)
    )


def _runs(work: Path, gap: int, rows: int) -> Iterator[tuple[list[bytes], list[bool], list[int]]]:
    """The spilled lines in parts of about ``rows`` lines (or more: a part ends only where no report
    links across), each in input order, with whether each is clean and their positions. DuckDB sorts
    the lines by sides then day (out of core); a part may end at a new pair of sides or a gap of more
    than ``gap`` days."""
    import duckdb

    con = duckdb.connect()
    try:
        _limit(con, work)
        query = con.sql(
            "SELECT position, least(one, two) AS lo, greatest(one, two) AS hi, day, line, clean "
            f"FROM read_parquet('{_quoted(work / 'f*.parquet')}') ORDER BY lo, hi, day, position"
        )
        held: list[pa.RecordBatch] = []
        size = 0
        last: pa.RecordBatch | None = None
        for batch in _reader(query, _BATCH):
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
    finally:
        con.close()


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
    """Keep DuckDB within `_MEMORY_LIMIT`, spilling to ``work``."""
    con.execute(f"SET memory_limit = '{_MEMORY_LIMIT}'")
    con.execute("SET threads = 1")  # a sort's memory is per thread; the limit holds with one
    con.execute("SET enable_progress_bar = false")  # a library prints nothing
    con.execute("SET preserve_insertion_order = false")  # the queries ORDER BY what they need
    con.execute("SET temp_directory = ?", [os.fspath(work / "duckdb")])


def _reader(query: Any, rows: int) -> Any:
    """The record batches of ``rows`` rows of a DuckDB relation (``to_arrow_reader`` since DuckDB 1.4)."""
    read = getattr(query, "to_arrow_reader", None) or query.fetch_arrow_reader
    return read(rows)


@attrs.frozen(kw_only=True)
class GdeltParquetImport:
    """The result of [`import_gdelt_parquet`][summitlib.importers.gdelt_spill.import_gdelt_parquet].

    Attributes:
        paths: the files written (the tables, then ``schema.json``).
        meetings: the candidate meetings written.
        reports: the meeting reports in them.
        files: the events files read, in order.
        events_report: as `GdeltScan.events_report`.
        mentions_report: as `GdeltScan.mentions_report`.
    """

    paths: tuple[Path, ...]
    meetings: int
    reports: int
    files: tuple[str, ...] = ()
    events_report: ImportReport = attrs.field(factory=ImportReport, eq=False)
    mentions_report: ImportReport = attrs.field(factory=ImportReport, eq=False)


def import_gdelt_parquet(
    events: PathLike | Iterable[PathLike],
    directory: PathLike,
    mentions: PathLike | Iterable[PathLike] | None = None,
    *,
    max_days_apart: int = 1,
    by: Literal["country", "actor"] = "country",
    same_country: bool = True,
    strict: bool = False,
    executor: Executor | None = None,
    block_size: int = BLOCK_SIZE,
    part_rows: int = PART_ROWS,
) -> GdeltParquetImport:
    """Write the tables of ``scan_gdelt(...).write_parquet(directory)``, row for row, without holding
    the reports in memory (see the module docstring).

    Args:
        events: event export files or glob patterns, as for `scan_gdelt`.
        directory: where the tables go (made if missing); the temporary parts go in a hidden directory
            inside it.
        mentions: GDELT 2.0 Mentions files or patterns.
        max_days_apart: as for `scan_gdelt`.
        by: as for `scan_gdelt`.
        same_country: as for `scan_gdelt`.
        strict: as for `scan_gdelt`.
        executor: runs the per-file spill tasks (its workers must see ``directory``).
        block_size: bytes parsed at a time.
        part_rows: about how many reports are grouped at a time (more when the reports of one pair
            of sides link into a longer run).

    Raises:
        LoadError: as `scan_gdelt`.
        ImportError: pyarrow, numpy or duckdb is missing.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> out = Path(tempfile.mkdtemp())
        >>> done = import_gdelt_parquet("tests/data/gdelt/*.export.tsv", out)
        >>> [p.name for p in done.paths], done.meetings > 0, sorted(p.name for p in out.iterdir())[-1]
        (['meetings.parquet', 'participants.parquet', 'dyads.parquet', 'reports.parquet', \
'schema.json'], True, 'schema.json')
    """
    import duckdb  # noqa: F401 - fail before reading anything when it is missing

    from summitlib.importers.gdelt_batches import scan_mentions_file
    from summitlib.importers.gdelt_scan import _count_scanned, _mention, _run, _type_lines

    files = gdelt_paths(events)
    if part_rows < 1:
        raise ValueError(f"part_rows must be at least 1, not {part_rows}")
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".summitlib-spill-", dir=target))
    try:
        events_report, mentions_report = ImportReport(), ImportReport()
        tasks = [(path, index) for index, path in enumerate(files)]
        spilled = _spill(executor, tasks, work, by, strict, mentions is not None, block_size)
        for done in spilled:
            _count_scanned(
                FileScan(path=done.path, lines=(), read=done.read, wrong_shape=done.wrong_shape),
                events_report,
                strict,
            )
            events_report.merge(done.report)
        said: dict[int, list[GdeltMention]] = {}
        if mentions is not None:
            ids = sorted({i for done in spilled for i in done.ids})
            found = _run(
                executor, scan_mentions_file, gdelt_paths(mentions), event_ids=ids, block_size=block_size
            )
            with gc_paused(keep=True):
                for mention in _type_lines(found, _mention, mentions_report, strict):
                    said.setdefault(mention.event_id, []).append(mention)
        rule = GroupingRule(max_days_apart=max_days_apart, by=by, same_country=same_country)
        names: dict[str, Counter[str]] = {}
        meetings = reports = 0
        (work / "parts").mkdir()
        for number, (lines, clean, positions) in enumerate(_runs(work, max_days_apart, part_rows)):
            made, told = _group_part(lines, clean, positions, work / "parts", number, rule, said, names)
            meetings, reports = meetings + made, reports + told
        paths = _merge(work, target, names)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return GdeltParquetImport(
        paths=tuple(paths),
        meetings=meetings,
        reports=reports,
        files=tuple(os.fspath(f) for f in files),
        events_report=events_report,
        mentions_report=mentions_report,
    )


def _spill(
    executor: Executor | None,
    tasks: Sequence[tuple[Path, int]],
    work: Path,
    by: Literal["country", "actor"],
    strict: bool,
    ids: bool,
    block_size: int,
) -> list[SpilledFile]:
    keywords: dict[str, Any] = {"by": by, "strict": strict, "ids": ids, "block_size": block_size}
    if executor is None:
        return [spill_events_file(path, work, index, **keywords) for path, index in tasks]
    futures = [executor.submit(spill_events_file, path, work, index, **keywords) for path, index in tasks]
    return [f.result() for f in futures]


def _group_part(
    lines: Sequence[bytes],
    clean: Sequence[bool],
    positions: Sequence[int],
    parts: Path,
    number: int,
    rule: GroupingRule,
    mentions: dict[int, list[GdeltMention]],
    names: dict[str, Counter[str]],
) -> tuple[int, int]:
    """Group one part of the reports (in input order, with whether each is clean and their positions)
    and write its candidates' tables as Parquet parts, with their order keys; count the sides' names
    into ``names``. Returns the candidates and reports written."""
    import numpy as np
    import pyarrow.parquet as pq

    from summitlib.importers._spill_group import grouped_fields
    from summitlib.importers._spill_tables import part_tables

    with gc_paused(keep=True):
        fields, sizes, where = grouped_fields(lines, clean, np.array(positions, np.int64), rule)
        done = part_tables(fields, sizes, where, rule, mentions, number)
    for side, counted in done.names.items():
        names.setdefault(side, Counter()).update(counted)
    pq.write_table(done.keys, parts / f"order-{number:06d}.parquet")
    for name, table in done.tables.items():
        pq.write_table(table, parts / f"{name}-{number:06d}.parquet")
    return done.meetings, done.reports


def _merge(work: Path, target: Path, names: dict[str, Counter[str]]) -> list[Path]:
    """Each table's parts in the scan's order, with the sides' names of all buckets, into ``target``."""
    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    from summitlib.importers._spill_columns import texts
    from summitlib.importers.candidates import _side_leader
    from summitlib.importers.gdelt_scan import _reports_schema
    from summitlib.tables._export import write_schema
    from summitlib.tables._schema import arrow_schema

    leaders = [_side_leader(side, names[side]) for side in sorted(names)]
    named = pa.table(
        {"leader": texts([x.id for x in leaders]), "leader_name": texts([x.name for x in leaders])}
    )
    parts = work / "parts"
    con = duckdb.connect()
    written: list[Path] = []
    try:
        _limit(con, work)
        con.register("named", named)
        for table in _TABLES:
            schema = _reports_schema() if table == "reports" else arrow_schema(table)
            path = target / f"{table}.parquet"
            partial = path.with_name(f".{path.name}.partial")
            with pq.ParquetWriter(partial, schema) as writer:
                if any(parts.glob("order-*.parquet")):
                    for batch in _reader(con.sql(_merge_sql(parts, table, schema.names)), 1 << 16):
                        writer.write_table(pa.Table.from_batches([batch]).cast(schema))
            os.replace(partial, path)
            written.append(path)
    finally:
        con.close()
    written.append(write_schema(target, _TABLES, "parquet"))
    return written


def _merge_sql(parts: Path, table: str, columns: Sequence[str]) -> str:
    """The query of one table's rows in the scan's order, the sides' names put in."""
    source = f"read_parquet('{_quoted(parts / f'{table}-*.parquet')}')"
    order = f"read_parquet('{_quoted(parts / 'order-*.parquet')}')"
    renamed = {
        "participants": {"name": ("leader",)},
        "dyads": {"name_a": ("leader_a",), "name_b": ("leader_b",)},
    }.get(table, {})
    joins: list[str] = []
    selected: list[str] = []
    for column in columns:
        if column in renamed:
            alias = f"names_{column}"
            joins.append(f"LEFT JOIN named {alias} ON {alias}.leader = t.{renamed[column][0]}")
            selected.append(f"coalesce({alias}.leader_name, t.{column}) AS {column}")
        else:
            selected.append(f"t.{column}")
    return (
        f"SELECT {', '.join(selected)} FROM {source} t "
        f"JOIN {order} o "
        f"ON o._b = t._b AND o._n = t._n {' '.join(joins)} "
        "ORDER BY o.k_day, o.k_id, o.k_code, o.k_url, o.k_pos, t._r"
    )


def _quoted(path: Path) -> str:
    return os.fspath(path).replace("'", "''")
