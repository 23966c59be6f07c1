"""GDELT straight to Parquet in memory that does not grow with the rows read: the reports spilled to disk.

[`scan_gdelt`][summitlib.importers.gdelt_scan.scan_gdelt] keeps every meeting report it finds (some
1.3 KB each) until its result is dropped, so its peak memory grows with the input. When the candidates
are wanted as Parquet tables, not as Python objects,
[`import_gdelt_parquet`][summitlib.importers.gdelt_spill.import_gdelt_parquet] writes the same tables,
row for row and in the same order, holding only a part of them at a time:

1. **spill** — each file is parsed and filtered a block at a time as by the scan; its kept lines, some
   4,096 at a time, are checked as the scan checks them (problems reported in file order, ``strict``
   raising at the first) and written to a Parquet part with their sides, day and position in the
   input and whether they are clean (``summitlib.importers._spill_block``: the columns of the check,
   no line typed but those not in plain form; one task per file:
   [`spill_events_file`][summitlib.importers.gdelt_spill.spill_events_file], a function of its
   arguments that writes only its own part, so it runs on any worker of an executor that sees the
   output directory);
2. **group** — the spilled lines are sorted by sides then day, out of core: runs of ``memory_limit`` bytes
   sorted with Arrow and written as Arrow IPC, then merged k-way, a record batch of each run at a time
   (``summitlib.importers._spill_sort``). Reports of different sides never link, nor across a gap of more
   than ``max_days_apart`` days, so the sorted lines are cut there into parts of about ``part_rows``
   reports; each part, back in input order, is grouped by the scan's array grouping on the fields cut out
   of its clean lines (the others typed; ``summitlib.importers._spill_group``), and its tables are
   computed column by column, each distinct code, actor and place typed once
   (``summitlib.importers._spill_tables``: no `GdeltEvent`, `MeetingReport` or `Meeting` per row), then
   written with the key of each candidate's place in the scan's order (its first report's date, id, code
   and URL, then the first position of its reports), each part's rows going to the range of days of their
   candidate's first report (``summitlib.importers._spill_ranges``: the spilled lines' days cut into
   ranges of about 65,536 lines; an Arrow IPC file per table);
3. **merge** — each range of days, read once, is put in the scan's order in memory (the candidates'
   keys sorted; the scan orders by the first report's date first, so the ranges follow each other),
   with the GDELT sides' names counted over all parts, and appended to ``directory/<table>.parquet``
   (written under a temporary name, then renamed).

The temporary parts live in a hidden directory inside ``directory``, removed when the import ends,
whether it succeeded or failed: the sorted runs of the spilled lines (and, with an executor, first the
spilled lines of each events file as Parquet), each table's rows and the candidates' order keys in
one file each (a record batch per part and range of days).

**Small imports stay in memory.** Run here (no executor), the spilled rows are held in memory as Arrow
tables while they fit ``memory_limit`` (64 MB by default: some 150,000 reports); past it, they are
written to disk as a sorted run, and so on, and the steps above run as told. While they fit, nothing
goes to disk: Arrow sorts the rows, the same parts are cut and grouped, and their tables
are put in the scan's order by sorting the candidates' keys once
(``summitlib.importers._spill_memory``). The memory held is at most the limit, however many rows are
read.

What grows is the output, not the rows read: a part holds at least one whole run of linked reports (a
pair of sides reported every few days for months is one run); with Mentions files, the event ids of the
kept reports (a Python int each) and the Mentions rows of those events (typed in memory, as by the scan);
the names of the sides (per distinct side); a range of days holds at least one day's candidates; and
the merge holds a record batch of each sorted run (one run per ``memory_limit`` bytes of lines).

Requires the ``arrow`` extra (pyarrow, numpy).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
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

    from summitlib.importers._spill_group import Typist
    from summitlib.importers._spill_ranges import Ranges
    from summitlib.importers._spill_sort import Runs
    from summitlib.importers._spill_tables import PartTables

__all__ = ["GdeltParquetImport", "SpilledFile", "import_gdelt_parquet", "spill_events_file"]

PART_ROWS = 1 << 12  # reports grouped at a time
MEMORY_LIMIT = 1 << 26  # bytes of spilled lines held in memory before they go to disk
_ROW_GROUP = 1 << 12  # spilled lines per Parquet row group
_BATCH = 1 << 13  # spilled lines read back at a time
_RANGE = 1 << 16  # spilled lines of a range of days whose candidates are put in order at once


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
    ``index << 40 | k``, its two sides and its day (the date's ordinal), the kept lines checked and
    written some 4,096 at a time (the clean lines of each run first: the position says where a line
    was).
    Writes nothing else.

    Raises:
        LoadError: in ``strict`` mode, the first malformed line.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from summitlib.importers._spill_block import spill_schema

    part = _part(Path(directory), index)
    partial = part.with_name(f".{part.name}.partial")  # renamed when whole: a retried task starts over
    buffered: list[pa.Table] = []

    def write(rows: pa.Table | None) -> None:  # whole row groups of about `_ROW_GROUP` lines
        if rows is not None:
            buffered.append(rows)
        if buffered and (rows is None or sum(t.num_rows for t in buffered) >= _ROW_GROUP):
            writer.write_table(pa.concat_tables(buffered))
            buffered.clear()

    with pq.ParquetWriter(partial, spill_schema(), use_dictionary=False) as writer:
        done = _spill_blocks(path, index, write, by=by, strict=strict, ids=ids, block_size=block_size)
        write(None)
    os.replace(partial, part)
    return done


def _spill_blocks(
    path: PathLike,
    index: int,
    sink: Callable[[pa.Table], None],
    *,
    by: Literal["country", "actor"],
    strict: bool,
    ids: bool,
    block_size: int,
) -> SpilledFile:
    """Step 1 for one events file, the spilled rows of each run of kept lines handed to ``sink``."""
    from summitlib.importers._gdelt_blocks import BlockFilter, raw_blocks
    from summitlib.importers._gdelt_parse import _Parser
    from summitlib.importers._spill_block import block_rows

    name = os.fspath(path)
    report = ImportReport()
    parser = _Parser()
    found = BlockFilter(by)
    kept = 0
    seen: list[int] = []

    def check(lines: list[bytes]) -> None:
        nonlocal kept
        rows, events = block_rows(lines, by, index << 40 | kept, parser, report, path=name, strict=strict)
        kept += rows.num_rows
        sink(rows)
        if ids:
            seen.extend(events.tolist())

    waiting: list[bytes] = []  # kept lines checked some 4,096 at a time (a block keeps a few hundred)
    for block in raw_blocks(Path(path), block_size):
        found.add(block)
        waiting.extend(found.kept)
        found.kept = []
        if len(waiting) >= _ROW_GROUP:
            check(waiting)
            waiting = []
    if waiting:
        check(waiting)
    found.finish()
    return SpilledFile(
        path=name, read=found.read, wrong_shape=found.wrong, report=report, kept=kept, ids=tuple(seen)
    )


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
    memory_limit: int = MEMORY_LIMIT,
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
        memory_limit: bytes of kept lines (with their sides, day and position) held in memory; while
            they fit (64 MB: some 150,000 reports), nothing goes to disk; past it they are spilled,
            in sorted runs of this many bytes. 0 spills them all. With an ``executor`` they are always
            spilled.

    Raises:
        LoadError: as `scan_gdelt`.
        ImportError: pyarrow or numpy is missing.

    Examples:
        >>> import tempfile
        >>> from pathlib import Path
        >>> out = Path(tempfile.mkdtemp())
        >>> done = import_gdelt_parquet("tests/data/gdelt/*.export.tsv", out)
        >>> [p.name for p in done.paths], done.meetings > 0, sorted(p.name for p in out.iterdir())[-1]
        (['meetings.parquet', 'participants.parquet', 'dyads.parquet', 'reports.parquet', \
'schema.json'], True, 'schema.json')
    """
    from summitlib.importers._spill_group import Typist
    from summitlib.importers._spill_memory import held_runs, merge_parts
    from summitlib.importers._spill_sort import Runs
    from summitlib.importers.gdelt_batches import scan_mentions_file
    from summitlib.importers.gdelt_scan import _count_scanned, _mention, _run, _type_lines

    files = gdelt_paths(events)
    if part_rows < 1:
        raise ValueError(f"part_rows must be at least 1, not {part_rows}")
    if memory_limit < 0:
        raise ValueError(f"memory_limit must be at least 0, not {memory_limit}")
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".summitlib-spill-", dir=target))
    try:
        held = Runs(work, memory_limit, _BATCH)
        tasks = [(path, index) for index, path in enumerate(files)]
        spilled = _spill(executor, held, tasks, work, by, strict, mentions is not None, block_size)
        events_report, mentions_report = ImportReport(), ImportReport()
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
        typist = Typist()
        if not held.spilled:  # all in memory: no disk
            kept: list[PartTables] = []
            for number, (lines, clean, positions) in enumerate(
                held_runs(held.take(), max_days_apart, part_rows, _BATCH)
            ):
                kept.append(_group_part(lines, clean, positions, number, rule, said, names, typist))
            meetings, reports = sum(p.meetings for p in kept), sum(p.reports for p in kept)
            paths = merge_parts(kept, target, names)
        else:
            from summitlib.importers._spill_ranges import Ranges, day_ranges
            from summitlib.importers._spill_sort import cut

            (work / "parts").mkdir()
            held.spill()  # the rest of the lines, the last run
            ranges = Ranges(work / "parts", day_ranges(held.days, held.counts, _RANGE))
            try:
                for number, (lines, clean, positions) in enumerate(
                    cut(held.merged(), max_days_apart, part_rows)
                ):
                    part = _group_part(lines, clean, positions, number, rule, said, names, typist)
                    ranges.write(part)
                    meetings, reports = meetings + part.meetings, reports + part.reports
            finally:
                ranges.close()
            paths = _merge(ranges, target, names)
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
    held: Runs,
    tasks: Sequence[tuple[Path, int]],
    work: Path,
    by: Literal["country", "actor"],
    strict: bool,
    ids: bool,
    block_size: int,
) -> list[SpilledFile]:
    """Step 1 for every file, into ``held``: here; or by ``executor``, to a part per file, then read
    back into ``held`` (and so always spilled)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    keywords: dict[str, Any] = {"by": by, "strict": strict, "ids": ids, "block_size": block_size}
    if executor is None:
        return [_spill_blocks(path, index, held.add, **keywords) for path, index in tasks]
    futures = [executor.submit(spill_events_file, path, work, index, **keywords) for path, index in tasks]
    done = [f.result() for f in futures]
    for _, index in tasks:
        for batch in pq.ParquetFile(_part(work, index)).iter_batches(batch_size=_ROW_GROUP):
            held.add(pa.Table.from_batches([batch]))
        _part(work, index).unlink()
    held.spill()
    return done


def _merge(ranges: Ranges, target: Path, names: dict[str, Counter[str]]) -> list[Path]:
    """Step 3: the tables in the scan's order, range of days after range, into ``target``."""
    return ranges.merge(target, names)


def _group_part(
    lines: Sequence[bytes],
    clean: Sequence[bool],
    positions: Sequence[int],
    number: int,
    rule: GroupingRule,
    mentions: dict[int, list[GdeltMention]],
    names: dict[str, Counter[str]],
    typist: Typist,
) -> PartTables:
    """Group one part of the reports (in input order, with whether each is clean and their positions):
    its candidates' tables, with their order keys; count the sides' names into ``names``."""
    import numpy as np

    from summitlib.importers._spill_group import grouped_fields
    from summitlib.importers._spill_tables import part_tables

    with gc_paused(keep=True):
        fields, sizes, where = grouped_fields(lines, clean, np.array(positions, np.int64), rule, typist)
        done = part_tables(fields, sizes, where, rule, mentions, number)
    for side, counted in done.names.items():
        names.setdefault(side, Counter()).update(counted)
    return done
