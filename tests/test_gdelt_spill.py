"""GDELT straight to Parquet (summitlib.importers.gdelt_spill): the import that spills the reports to disk
and groups them a part at a time writes exactly the tables of the in-memory scan, leaves no temporary
part behind, and its memory does not grow with the rows read."""

from __future__ import annotations

import datetime as dt
import gzip
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from summitlib.errors import LoadError

pq = pytest.importorskip("pyarrow.parquet")

from summitlib.importers import import_gdelt_parquet, scan_gdelt  # noqa: E402 - after the importorskip

if TYPE_CHECKING:
    import pyarrow as pa

    from summitlib.importers._spill_ranges import Ranges

DATA = Path(__file__).resolve().parent / "data" / "gdelt"
EXPORT = DATA / "20250807220000.export.tsv"
MENTIONS = DATA / "20250807220000.mentions.tsv"
V1 = DATA / "gdelt1_daily_sample.tsv"
TABLES = ("meetings", "participants", "dyads", "reports")


def _assert_same_tables(expected: Path, found: Path) -> None:
    for name in TABLES:
        want, got = pq.read_table(expected / f"{name}.parquet"), pq.read_table(found / f"{name}.parquet")
        assert got.schema == want.schema, name
        assert got.equals(want), name
    assert (found / "schema.json").read_text() == (expected / "schema.json").read_text()


def _fields() -> list[list[str]]:
    return [line.split("\t") for line in EXPORT.read_text(encoding="utf-8").splitlines()]


def _leftovers(directory: Path) -> list[str]:
    """Files and folders in ``directory`` other than the finished tables."""
    done = {f"{name}.parquet" for name in TABLES} | {"schema.json"}
    return sorted(p.name for p in directory.iterdir() if p.name not in done)


@pytest.mark.parametrize(
    ("events", "mentions", "rule"),
    [
        ([EXPORT], [MENTIONS], {}),
        ([EXPORT, V1], None, {"by": "actor"}),
        ([EXPORT, V1], [MENTIONS], {"max_days_apart": 0}),
        ([V1, EXPORT], None, {"max_days_apart": 3, "same_country": False}),
    ],
)
@pytest.mark.parametrize("part_rows", [1 << 20, 50, 1])
@pytest.mark.parametrize("memory_limit", [1 << 26, 20_000, 0])
def test_spilled_tables_equal_the_in_memory_scan(
    tmp_path: Path,
    events: list[Path],
    mentions: list[Path] | None,
    rule: dict[str, object],
    part_rows: int,
    memory_limit: int,
) -> None:
    """All reports grouped at once, or in parts (down to one run of linked reports a part), the lines
    held in memory, spilled to disk past some of them, or all spilled: the same rows in the same
    order."""
    scan = scan_gdelt(events, mentions, **rule)  # type: ignore[arg-type]
    scan.write_parquet(tmp_path / "memory")
    done = import_gdelt_parquet(
        events,
        tmp_path / "spilled",
        mentions,
        part_rows=part_rows,
        block_size=1 << 14,
        memory_limit=memory_limit,
        **rule,  # type: ignore[arg-type]
    )
    _assert_same_tables(tmp_path / "memory", tmp_path / "spilled")
    assert done.meetings == len(scan.candidates) > 10
    assert done.reports == sum(len(c.reports) for c in scan.candidates)
    assert done.events_report.summary() == scan.events_report.summary()
    assert done.mentions_report.summary() == scan.mentions_report.summary()
    assert [p.name for p in done.paths] == [*(f"{n}.parquet" for n in TABLES), "schema.json"]
    assert _leftovers(tmp_path / "spilled") == []


@pytest.mark.parametrize("lines", [1, 40, 1 << 16])
@pytest.mark.parametrize(
    ("events", "rule"), [([EXPORT, V1], {}), ([V1, EXPORT], {"max_days_apart": 3, "same_country": False})]
)
def test_spilled_candidates_put_in_order_by_ranges_of_days(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: int, events: list[Path], rule: dict[str, object]
) -> None:
    """Spilled, each part's rows go to the range of days of their candidate's first report, and each
    range is put in order alone: with a day a range (``lines=1``), a few days a range, or one range,
    the tables are the scan's."""
    import summitlib.importers.gdelt_spill as spill

    monkeypatch.setattr(spill, "_RANGE", lines)
    merge = spill._merge
    used: list[int] = []

    def watched(ranges: Ranges, target: Path, names: object) -> list[Path]:
        used.append(sum(1 for spans in ranges.where if spans))
        return merge(ranges, target, names)  # type: ignore[arg-type]

    monkeypatch.setattr(spill, "_merge", watched)
    scan_gdelt(events, **rule).write_parquet(tmp_path / "memory")  # type: ignore[arg-type]
    import_gdelt_parquet(events, tmp_path / "spilled", part_rows=30, memory_limit=0, **rule)  # type: ignore[arg-type]
    _assert_same_tables(tmp_path / "memory", tmp_path / "spilled")
    assert used == {1: [5], 40: [2], 1 << 16: [1]}[lines]  # the candidates start on five days


def test_day_ranges_cut_the_spilled_days_into_ranges_of_about_so_many_lines() -> None:
    """A day starts a new range when the lines of the days before it pass a multiple of ``reports``;
    a day is never cut."""
    import numpy as np

    from summitlib.importers._spill_ranges import day_ranges

    days, counts = np.array([1, 3, 5, 7, 9]), np.array([3, 1, 2, 3, 1])
    assert day_ranges(days, counts, 1).tolist() == [3, 5, 7, 9]
    assert day_ranges(days, counts, 3).tolist() == [3, 7, 9]  # 1 (3 lines) | 3, 5 (3) | 7 (3) | 9
    assert day_ranges(days, counts, 4).tolist() == [5, 9]  # 1, 3 (4) | 5, 7 (5) | 9
    assert day_ranges(days, counts, 100).tolist() == []
    empty = np.zeros(0, np.int64)
    assert day_ranges(empty, empty, 3).dtype == np.int64


def test_sorted_runs_merge_into_one_sort(tmp_path: Path) -> None:
    """`Runs`: rows added a few at a time, written as sorted runs past the limit, merged k-way (a
    record batch of each run at a time) are the rows of one sort of them all (sides with ties across
    runs, days, positions), and the days of every run are counted."""
    import random

    import numpy as np
    import pyarrow as pa

    from summitlib.importers._spill_block import spill_schema
    from summitlib.importers._spill_sort import Runs

    pick = random.Random(7)
    sides = [b"", b"A", b"AB", b"B", b"USA", b"US"]
    tables = []
    for start in range(0, 600, 40):
        rows = [
            (
                start + k,
                pick.choice(sides),
                pick.choice(sides),
                pick.randrange(5),
                bytes([k % 256]),
                k % 3 == 0,
            )
            for k in range(40)
        ]
        tables.append(
            pa.Table.from_pylist(
                [dict(zip(spill_schema().names, r, strict=True)) for r in rows], spill_schema()
            )
        )
    for limit, read in ((0, 7), (3_000, 16), (10_000, 1_000)):
        runs = Runs(tmp_path, limit, read)
        for table in tables:
            runs.add(table)
        runs.spill()
        assert runs.spilled and len(runs.paths) > 1
        merged = pa.Table.from_batches(list(runs.merged()))
        expected = _one_sort(pa.concat_tables(tables))
        assert merged.equals(expected)
        days = pa.concat_tables(tables).column("day").to_numpy()
        assert runs.days.tolist() == sorted(set(days.tolist()))
        assert runs.counts.tolist() == [int(np.sum(days == d)) for d in runs.days]
        for path in runs.paths:
            path.unlink()


def test_reused_ids_repeated_reports_and_bad_rows(tmp_path: Path) -> None:
    """Rows the scan types at once (not in plain form), rows that do not parse, an event repeated and
    an id reused with another URL: same tables, same problems in the same order."""
    lines = EXPORT.read_text(encoding="utf-8").splitlines()
    meeting = [x for x in lines if x.split("\t")[26].startswith("04") and x.split("\t")[7]][:40]
    edited = []
    for number, line in enumerate(meeting):
        fields = line.split("\t")
        if number % 5 == 0:
            fields[30] = "1e1"  # a Goldstein score not in plain form: typed by the check
        if number % 7 == 0:
            fields[1] = "20251399"  # not a date: reported
        if number % 11 == 0:
            fields[60] = "https://example.org/other"  # the same id, another URL
        edited.append("\t".join(fields))
    path = tmp_path / "odd.export.CSV"
    path.write_text("\n".join([*lines, *meeting[:10], *edited, "not\ta\trow"]) + "\n", encoding="utf-8")
    scan = scan_gdelt(path)
    scan.write_parquet(tmp_path / "memory")
    done = import_gdelt_parquet(path, tmp_path / "spilled", part_rows=7, memory_limit=0)
    _assert_same_tables(tmp_path / "memory", tmp_path / "spilled")
    assert done.events_report.summary() == scan.events_report.summary()
    assert [str(p) for p in done.events_report.problems] == [str(p) for p in scan.events_report.problems]
    assert done.events_report.skipped > 0


def test_typed_lines_of_both_versions_in_one_part(tmp_path: Path) -> None:
    """GDELT 2.0 lines not in plain form (typed when grouped) and GDELT 1.0 lines (never plain) in
    the same part: each typed by a parser of its version, the same tables as the scan's."""
    lines = EXPORT.read_text(encoding="utf-8").splitlines()
    edited = []
    for line in lines:
        fields = line.split("\t")
        if fields[26].startswith("04"):
            fields[30] = "1e1"  # a Goldstein score not in plain form
        edited.append("\t".join(fields))
    path = tmp_path / "typed.export.CSV"
    path.write_text("\n".join(edited) + "\n", encoding="utf-8")
    scan = scan_gdelt([path, V1])
    scan.write_parquet(tmp_path / "memory")
    done = import_gdelt_parquet([path, V1], tmp_path / "spilled", part_rows=1 << 20)
    _assert_same_tables(tmp_path / "memory", tmp_path / "spilled")
    assert done.reports == sum(len(c.reports) for c in scan.candidates) > 100


def test_many_files_compressed_with_mentions(tmp_path: Path) -> None:
    shutil.copy(EXPORT, tmp_path / "a.export.CSV")
    with EXPORT.open("rb") as source, gzip.open(tmp_path / "b.export.CSV.gz", "wb") as target:
        shutil.copyfileobj(source, target)
    pattern = str(tmp_path / "*.export.CSV*")
    scan_gdelt(pattern, MENTIONS).write_parquet(tmp_path / "memory")
    import_gdelt_parquet(pattern, tmp_path / "spilled", MENTIONS, part_rows=30, memory_limit=50_000)
    _assert_same_tables(tmp_path / "memory", tmp_path / "spilled")


def test_no_part_is_left_after_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A malformed row in strict mode (while spilling) and a failure while merging (after every part
    is written): the temporary directory is removed and no table is left half written."""
    import summitlib.importers.gdelt_spill as spill

    bad = tmp_path / "bad.export.CSV"
    broken = next(f for f in _fields() if f[26] == "042" and f[7] and f[17] and f[7] != f[17])
    broken[1] = "2025xx07"
    bad.write_text(EXPORT.read_text(encoding="utf-8") + "\t".join(broken) + "\n", encoding="utf-8")
    with pytest.raises(LoadError):
        scan_gdelt(bad, strict=True)
    out = tmp_path / "out"
    with pytest.raises(LoadError):
        import_gdelt_parquet(bad, out, strict=True, part_rows=20, memory_limit=0)
    assert _leftovers(out) == [] and list(out.iterdir()) == []

    seen: list[Path] = []
    merge = spill._merge

    def failing(ranges: Ranges, target: Path, names: object) -> list[Path]:
        seen.extend(p for p in ranges.directory.parent.rglob("*") if p.is_file())
        merge(ranges, target, names)  # type: ignore[arg-type]
        raise OSError("disk full")

    monkeypatch.setattr(spill, "_merge", failing)
    with pytest.raises(OSError, match="disk full"):
        import_gdelt_parquet(EXPORT, out, part_rows=20, memory_limit=0)
    # the sorted runs of the spilled lines and the rows of each table and of the order keys by range
    # of days (a file each, a record batch per part and range) were written, then removed
    parts = [p.name for p in seen if p.parent.name == "parts"]
    runs = [p.name for p in seen if p.parent.name != "parts"]
    assert len(parts) == 5 and all(p.endswith(".arrow") for p in parts)
    assert runs and all(p.startswith("r") and p.endswith(".arrow") for p in runs)
    assert _leftovers(out) == []


def test_parts_are_removed_after_success(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import summitlib.importers.gdelt_spill as spill

    spilled: list[Path] = []
    merge = spill._merge

    def watched(ranges: Ranges, target: Path, names: object) -> list[Path]:
        spilled.extend(p for p in ranges.directory.parent.rglob("*") if p.is_file())
        return merge(ranges, target, names)  # type: ignore[arg-type]

    monkeypatch.setattr(spill, "_merge", watched)
    import_gdelt_parquet([EXPORT, V1], tmp_path, part_rows=20, memory_limit=0)
    assert len([p for p in spilled if p.parent.name == "parts"]) == 5  # as above, for two files
    assert not any(p.exists() for p in spilled)
    assert all(p.parent.parent.parent == tmp_path for p in spilled if p.parent.name == "parts")
    assert _leftovers(tmp_path) == []


def test_lines_that_fit_the_memory_limit_never_go_to_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under ``memory_limit`` the import writes no temporary file and never runs the spilled steps;
    the tables are the scan's."""
    import summitlib.importers._spill_memory as memory
    import summitlib.importers._spill_sort as sort
    import summitlib.importers.gdelt_spill as spill

    def unused(*args: object) -> None:
        raise AssertionError("the spilled steps ran")

    written: list[Path] = []
    merge_parts = memory.merge_parts

    def watched(parts: object, target: Path, names: object) -> list[Path]:
        written.extend(p for p in target.rglob("*") if p.is_file())
        return merge_parts(parts, target, names)  # type: ignore[arg-type]

    monkeypatch.setattr(spill, "_merge", unused)
    monkeypatch.setattr(sort, "cut", unused)
    monkeypatch.setattr(sort.Runs, "spill", unused)
    monkeypatch.setattr(memory, "merge_parts", watched)
    scan_gdelt([EXPORT, V1], MENTIONS).write_parquet(tmp_path / "memory")
    import_gdelt_parquet([EXPORT, V1], tmp_path / "held", MENTIONS, part_rows=30)
    _assert_same_tables(tmp_path / "memory", tmp_path / "held")
    assert written == []  # nothing in the temporary directory when the tables are written
    assert _leftovers(tmp_path / "held") == []


def _scaled(path: Path, copies: int) -> Path:
    """The GDELT 2.0 fixture repeated ``copies`` times, each copy with new ids, a week later."""
    rows = [line.split("\t") for line in EXPORT.read_text(encoding="utf-8").splitlines()]
    out = []
    for copy in range(copies):
        for f in rows:
            day = dt.date(int(f[1][:4]), int(f[1][4:6]), int(f[1][6:])) + dt.timedelta(weeks=copy)
            text = day.strftime("%Y%m%d")
            out.append("\t".join([str(int(f[0]) + copy * 10**7), text, text[:6], text[:4], *f[4:]]))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("memory_limit", [0, 16_384])
def test_memory_does_not_grow_with_the_rows_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_limit: int
) -> None:
    """The largest Python allocation of the spilled import (tracemalloc, after a warm-up run of each
    path) grows from N to 4N rows by less than a tenth of the in-memory scan's growth: at most
    ``memory_limit`` bytes of lines are held (both sizes pass it), a part holds about ``part_rows``
    reports however many there are (the copies a week apart never link)."""
    import tracemalloc

    import summitlib.importers.gdelt_spill as spill

    monkeypatch.setattr(spill, "_ROW_GROUP", 64)  # lines buffered before a write (4,096)
    monkeypatch.setattr(spill, "_BATCH", 64)  # lines read back at a time (8,192)
    monkeypatch.setattr(spill, "_RANGE", 200)  # lines of a range of days put in order at once (65,536)

    def peak(run: object) -> int:
        tracemalloc.start()
        try:
            run()  # type: ignore[operator]
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = _scaled(tmp_path / "n.export.CSV", 8), _scaled(tmp_path / "4n.export.CSV", 32)
    options = {"part_rows": 200, "block_size": 1 << 16, "memory_limit": memory_limit}
    import_gdelt_parquet(small, tmp_path / "warm", **options)  # type: ignore[arg-type]
    scan_gdelt(small, block_size=1 << 16).write_parquet(tmp_path / "warm-scan")  # its first run: +26 MB
    spilled = [
        peak(lambda p=p: import_gdelt_parquet(p, tmp_path / p.stem, **options)) for p in (small, large)
    ]
    memory = [
        peak(lambda p=p: scan_gdelt(p, block_size=1 << 16).write_parquet(tmp_path / "m"))
        for p in (small, large)
    ]
    # the in-memory path: about 4 times the reports, held at once
    assert memory[1] > 3 * memory[0], (spilled, memory)
    # what the spilled import's peak gains is the merge's keys of the sorted runs (each passing of
    # memory_limit makes a run: more with more rows, a few hundred bytes each), the ranges' bookkeeping
    # and parts that differ a little in what they hold: not the reports
    assert spilled[1] - spilled[0] < (memory[1] - memory[0]) / 10, (spilled, memory)
    assert spilled[1] < memory[1] / 2, (spilled, memory)
    small_tables = pq.read_table(tmp_path / "n.export" / "reports.parquet")
    assert pq.read_table(tmp_path / "4n.export" / "reports.parquet").num_rows == 4 * small_tables.num_rows


def test_spill_tasks_on_dask_give_the_single_process_tables(tmp_path: Path) -> None:
    """The per-file spill tasks run on Dask workers (they write only their own part, in the output
    directory the workers see): the same tables and reports as in one process."""
    distributed = pytest.importorskip("distributed")
    files, mentions = [EXPORT, V1], [MENTIONS]
    single = import_gdelt_parquet(files, tmp_path / "single", mentions, part_rows=30)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        spread = import_gdelt_parquet(
            files, tmp_path / "spread", mentions, part_rows=30, executor=client.get_executor()
        )
    _assert_same_tables(tmp_path / "single", tmp_path / "spread")
    assert (spread.meetings, spread.reports) == (single.meetings, single.reports)
    assert spread.events_report.summary() == single.events_report.summary()
    assert spread.mentions_report.summary() == single.mentions_report.summary()
    assert _leftovers(tmp_path / "spread") == []


def test_no_meeting_report_gives_the_empty_tables(tmp_path: Path) -> None:
    from summitlib.importers import meeting_codes

    codes = {k.code.code for k in meeting_codes()}
    path = tmp_path / "none.export.CSV"
    path.write_text("".join("\t".join(f) + "\n" for f in _fields() if f[26] not in codes), encoding="utf-8")
    scan_gdelt(path).write_parquet(tmp_path / "memory")
    done = import_gdelt_parquet(path, tmp_path / "spilled")
    _assert_same_tables(tmp_path / "memory", tmp_path / "spilled")
    assert (done.meetings, done.reports, done.events_report.read) == (0, 0, 668)


def test_no_import_uses_duckdb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The spilled lines are sorted in runs and merged with Arrow: an import held in memory and one
    spilled whole both run without DuckDB, and write the same tables."""
    import sys

    monkeypatch.setitem(sys.modules, "duckdb", None)  # as if not installed
    import_gdelt_parquet(EXPORT, tmp_path / "a")
    import_gdelt_parquet(EXPORT, tmp_path / "b", memory_limit=0)
    _assert_same_tables(tmp_path / "a", tmp_path / "b")


def test_the_strings_of_a_part_are_joined_row_by_row() -> None:
    """`_joined` (the meetings' ids, names, dates and notes): each row's parts in order, whatever their
    sizes (empty, multi-byte UTF-8) and wherever an array starts in its buffers (a slice)."""
    import pyarrow as pa

    from summitlib.importers._spill_tables import _joined

    names = pa.array(["x", "", "Côte d’Ivoire", "yy"], pa.large_string()).slice(1)
    numbers = pa.array(["1", "22", ""], pa.large_string())
    joined = _joined("<", names, " – ", numbers, ">")
    assert joined.type == pa.large_string()
    assert joined.to_pylist() == ["< – 1>", "<Côte d’Ivoire – 22>", "<yy – >"]
    assert _joined("a", pa.array([], pa.large_string())).to_pylist() == []


def _one_sort(table: pa.Table) -> pa.Table:
    """Spilled rows in the order of the spill's sort, by one Arrow sort of them all: sides (the lesser
    first), day, position."""
    import pyarrow.compute as pc

    from summitlib.importers._spill_sort import _keyed  # the sides as lo and hi: what is sorted is the test's

    keyed = _keyed(table)
    keys = [(k, "ascending") for k in ("lo", "hi", "day", "position")]
    return keyed.take(pc.sort_indices(keyed, sort_keys=keys)).combine_chunks()


def test_sorted_batches_are_one_sort_of_all_rows() -> None:
    """`sorted_batches` gives the rows of many chunks in the order of one sort of them all, in batches
    of at most so many rows (every batch full but the last)."""
    import random

    import pyarrow as pa

    from summitlib.importers._spill_block import spill_schema
    from summitlib.importers._spill_sort import sorted_batches

    pick = random.Random(11)
    sides = [b"", b"A", b"AB", b"B", b"USA", b"US"]
    chunks = [
        pa.Table.from_pylist(
            [
                {
                    "position": start + k,
                    "one": pick.choice(sides),
                    "two": pick.choice(sides),
                    "day": pick.randrange(4),
                    "line": f"line {start + k}".encode(),
                    "clean": k % 2 == 0,
                }
                for k in range(size)
            ],
            spill_schema(),
        )
        for start, size in ((0, 30), (30, 1), (31, 0), (31, 45))
    ]
    table = pa.concat_tables(chunks)
    expected = _one_sort(table)
    for read in (1, 7, 76, 1_000):
        batches = list(sorted_batches(table, read))
        assert [b.num_rows for b in batches[:-1]] == [read] * (len(batches) - 1)
        assert 0 < batches[-1].num_rows <= read
        assert pa.Table.from_batches(batches).equals(expected)
    assert list(sorted_batches(chunks[2], 8)) == []
