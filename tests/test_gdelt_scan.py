"""GDELT at scale (summitlib.importers.gdelt_scan): the Arrow scan finds exactly the meetings of the
pure-Python reader, for many files, compressed or not, on one machine and under Dask distributed."""

from __future__ import annotations

import gzip
import shutil
import zipfile
from pathlib import Path

import pytest

from summitlib.errors import LoadError
from summitlib.importers import GroupingRule, find_gdelt_meetings, meeting_codes, read_gdelt

pa = pytest.importorskip("pyarrow")

from summitlib.importers.gdelt_batches import (  # noqa: E402 - after the importorskip
    gdelt_paths,
    meeting_lines,
    mention_lines,
    scan_events_file,
)
from summitlib.importers.gdelt_scan import scan_gdelt  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "gdelt"
EXPORT = DATA / "20250807220000.export.tsv"
MENTIONS = DATA / "20250807220000.mentions.tsv"
V1 = DATA / "gdelt1_daily_sample.tsv"


def _python_path(events: Path, mentions: Path | None = None, **rule: object) -> tuple[object, ...]:
    data = read_gdelt(events, mentions)
    return find_gdelt_meetings(data.events, data.mentions, **rule)  # type: ignore[arg-type]


@pytest.mark.parametrize(("events", "mentions"), [(EXPORT, MENTIONS), (EXPORT, None), (V1, None)])
@pytest.mark.parametrize("by", ["country", "actor"])
def test_scan_finds_exactly_the_meetings_of_the_python_reader(
    events: Path, mentions: Path | None, by: str
) -> None:
    found = scan_gdelt(events, mentions, by=by)  # type: ignore[arg-type]
    expected = _python_path(events, mentions, by=by)
    assert found.candidates == expected
    assert len(expected) > 10
    assert found.events_report.read == read_gdelt(events).events_report.read
    if mentions is not None:
        assert {m.event_id for m in found.mentions} <= {e.id for e in found.events}
        assert sum(len(c.mentions) for c in found.candidates) > 0


def test_small_blocks_give_the_same_meetings() -> None:
    assert scan_gdelt(EXPORT, MENTIONS, block_size=4096).candidates == scan_gdelt(EXPORT, MENTIONS).candidates


def test_many_files_globs_gzip_and_zip(tmp_path: Path) -> None:
    shutil.copy(EXPORT, tmp_path / "a.export.CSV")
    with EXPORT.open("rb") as source, gzip.open(tmp_path / "b.export.CSV.gz", "wb") as target:
        shutil.copyfileobj(source, target)
    with zipfile.ZipFile(tmp_path / "c.export.CSV.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(EXPORT, "c.export.CSV")
    shutil.copy(V1, tmp_path / "d.export.CSV")
    assert [p.name for p in gdelt_paths(tmp_path / "*.export.CSV*")] == [
        "a.export.CSV", "b.export.CSV.gz", "c.export.CSV.zip", "d.export.CSV"
    ]  # fmt: skip
    found = scan_gdelt([tmp_path / "*.export.CSV*"], [MENTIONS])
    # the same rows three times count once (group_reports); each file keeps its own GDELT version
    data, old = read_gdelt(EXPORT, MENTIONS), read_gdelt(V1)
    expected = find_gdelt_meetings([*data.events, *old.events], data.mentions)
    assert found.candidates == expected
    assert found.events_report.read == 3 * 909 + 710
    assert found.files[1].endswith("b.export.CSV.gz")


def test_missing_files_and_patterns_are_load_errors(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as caught:
        gdelt_paths([tmp_path / "nothing-*.CSV", tmp_path / "absent.CSV"])
    assert len(caught.value.problems) == 2


def test_meeting_rows_of_the_wrong_shape_are_counted(tmp_path: Path) -> None:
    lines = EXPORT.read_text(encoding="utf-8").splitlines()
    meeting = next(x for x in lines if x.split("\t")[26] == "042")
    short = "\t".join(meeting.split("\t")[:40])  # a meeting code, but 40 columns
    path = tmp_path / "bad.tsv"
    path.write_text("\n".join([lines[0], "not\ta\trow", short, *lines[1:], ""]), encoding="utf-8")
    found = scan_gdelt(path)
    assert found.events_report.read == 911  # other rows are counted, not looked at
    assert dict(found.events_report.skipped_by_reason) == {"wrong column count": 1}
    assert found.candidates == scan_gdelt(EXPORT).candidates
    with pytest.raises(LoadError, match="strict"):
        scan_gdelt(path, strict=True)


def test_meeting_lines_is_a_pure_filter_over_record_batches() -> None:
    batch = _batch(EXPORT)
    kept = meeting_lines(batch)
    assert meeting_lines(batch).equals(kept)  # same input, same output
    assert 0 < kept.num_rows < batch.num_rows
    codes = {line.split(b"\t")[26] for line in kept.column(0).to_pylist()}
    assert codes <= {k.code.code.encode() for k in meeting_codes()}
    sides = [(f[7], f[17]) for f in (line.split(b"\t") for line in kept.column(0).to_pylist())]
    assert all(a and b and a != b for a, b in sides)
    # a batch of the other GDELT version keeps nothing
    assert meeting_lines(batch, family=1).num_rows == 0


def test_mention_lines_keeps_the_mentions_of_the_given_events() -> None:
    batch = _batch(MENTIONS)
    first = batch.column(0)[0].as_py().split(b"\t")[0]
    kept = mention_lines(batch, pa.array([first], pa.binary()))
    assert kept.num_rows >= 1
    assert all(line.split(b"\t")[0] == first for line in kept.column(0).to_pylist())


def test_file_task_returns_only_the_kept_lines() -> None:
    scan = scan_events_file(EXPORT)
    assert scan.read == 909 and scan.wrong_shape == 0
    assert len(scan.lines) == meeting_lines(_batch(EXPORT)).num_rows


def test_parquet_output_round_trips(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    found = scan_gdelt(EXPORT, MENTIONS)
    tables = found.to_arrow()
    assert tables["meetings"].num_rows == len(found.candidates)
    assert tables["reports"].num_rows == sum(len(c.reports) for c in found.candidates)
    written = found.write_parquet(tmp_path)
    assert (tmp_path / "schema.json") in written
    for name, table in tables.items():
        assert pq.read_table(tmp_path / f"{name}.parquet").equals(table), name


def test_dask_distributed_run_equals_the_single_process_run() -> None:
    distributed = pytest.importorskip("distributed")
    files = [EXPORT, V1]
    single = scan_gdelt(files, [MENTIONS])
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        spread = scan_gdelt(files, [MENTIONS], executor=client.get_executor())
    assert spread.candidates == single.candidates
    assert spread.events == single.events and spread.mentions == single.mentions
    assert spread.events_report.summary() == single.events_report.summary()
    expected = find_gdelt_meetings(
        [*read_gdelt(EXPORT).events, *read_gdelt(V1).events], read_gdelt(EXPORT, MENTIONS).mentions
    )
    assert spread.candidates == expected


def _batch(path: Path) -> pa.RecordBatch:
    from summitlib.importers.gdelt_batches import line_batches

    return pa.Table.from_batches(list(line_batches(path))).combine_chunks().to_batches()[0]


def _scaled(path: Path, copies: int, days_apart: int) -> Path:
    """The GDELT 2.0 fixture repeated ``copies`` times with new ids and dates moved by ``days_apart``
    days per copy (as bench/bench_gdelt_scale.py does, closer together so that copies link)."""
    import datetime as dt

    rows = [line.split("\t") for line in EXPORT.read_text(encoding="utf-8").splitlines()]
    out = []
    for copy in range(copies):
        for f in rows:
            day = dt.date(int(f[1][:4]), int(f[1][4:6]), int(f[1][6:])) + dt.timedelta(days=copy * days_apart)
            text = day.strftime("%Y%m%d")
            out.append("\t".join([str(int(f[0]) + copy * 10**7), text, text[:6], text[:4], *f[4:]]))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("copies", "days_apart"), [(12, 1), (6, 3)])
def test_scaled_files_give_exactly_the_meetings_of_the_python_reader(
    tmp_path: Path, copies: int, days_apart: int
) -> None:
    """Copies a day apart link across copies (runs of reports in several countries: the sweep); copies
    three days apart do not. Either way the Arrow filter and grouping find the candidates, the reports
    and the counts of the pure-Python path."""
    from summitlib.importers import group_reports

    path = _scaled(tmp_path / "scaled.export.CSV", copies, days_apart)
    found = scan_gdelt(path, block_size=1 << 16)
    data = read_gdelt(path)
    assert found.groups == group_reports(data.events)
    assert found.candidates == find_gdelt_meetings(data.events)
    assert found.events_report.read == data.events_report.read == copies * 909
    spans = {len({r.event.id // 10**7 for r in group}) for group in found.groups}
    assert (max(spans) > 1) == (days_apart == 1)  # copies a day apart link into shared groups


def test_importing_the_importers_does_not_import_pyarrow() -> None:
    """pyarrow is an optional extra: only a scan imports it."""
    import subprocess
    import sys

    code = "import sys, summitlib, summitlib.importers; print('pyarrow' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_scan_does_not_import_pandas() -> None:
    """Most Arrow calls from Python import pandas when it is installed (0.4 s, more than the grouping of
    a million rows); the scan keeps to calls that do not, up to its groups."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from summitlib.importers import scan_gdelt\n"
        f"found = scan_gdelt({str(EXPORT)!r}, {str(MENTIONS)!r})\n"
        "assert found.groups and found.mentions\n"
        "print('pandas' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_memory_of_the_file_task_does_not_grow_with_the_rows_read(tmp_path: Path) -> None:
    """Flat memory, measured at two sizes: the largest allocations of a file task (in a fresh process:
    Python and numpy, seen by tracemalloc, and Arrow's pool) are the same for 16 MB and 48 MB of rows
    without a meeting report, and far below the file's size (it is read into one reused buffer)."""
    import subprocess
    import sys

    codes = {k.code.code for k in meeting_codes()}
    other = [x for x in EXPORT.read_text(encoding="utf-8").splitlines() if x.split("\t")[26] not in codes]
    text = "\n".join(other) + "\n"
    code = (
        "import sys, tracemalloc, pyarrow as pa\n"
        "from summitlib.importers.gdelt_batches import scan_events_file\n"
        "tracemalloc.start()\n"
        "found = scan_events_file(sys.argv[1], block_size=1 << 18)\n"
        "peak = tracemalloc.get_traced_memory()[1]\n"
        "print(found.read, len(found.lines), pa.default_memory_pool().max_memory(), peak)\n"
    )
    peaks, python = [], []
    for megabytes in (16, 48):
        path = tmp_path / f"{megabytes}.export.CSV"
        path.write_text(text * (megabytes * 2**20 // len(text) + 1), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
        )
        read, kept, peak, traced = map(int, done.stdout.split())
        assert read > megabytes * 2000 and kept == 0
        peaks.append(peak)
        python.append(traced)
        path.unlink()
    assert peaks[1] < 1.1 * peaks[0] + (1 << 20)
    assert peaks[1] < 16 << 20  # a third of the 48 MB file
    assert python[1] < 1.1 * python[0] + (1 << 20)
    assert python[1] < 16 << 20


def _meeting_rows() -> list[list[str]]:
    """The fixture's meeting reports (by country), split into fields."""
    codes = {k.code.code for k in meeting_codes()}
    rows = [line.split("\t") for line in EXPORT.read_text(encoding="utf-8").splitlines()]
    return [f for f in rows if f[26] in codes and f[7] and f[17] and f[7] != f[17]]


def _edited(rows: list[list[str]], index: int, changes: dict[int, str]) -> str:
    fields = list(rows[index])
    for column, value in changes.items():
        fields[column] = value
    return "\t".join(fields)


@pytest.mark.parametrize("chunk", [None, 5])
def test_events_typed_on_demand_equal_the_python_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int | None
) -> None:
    """The scan types in plain-form rows only when its events or groups are asked for, and the rows that
    are not in plain form at once: the events, the groups and the candidates equal those of the
    pure-Python path either way, and the problems are the same (also when the kept lines are checked a
    few at a time)."""
    from summitlib.importers import group_reports, meeting_reports

    if chunk is not None:
        monkeypatch.setattr("summitlib.importers._gdelt_lazy._CHUNK", chunk)

    rows = _meeting_rows()
    odd = [
        _edited(rows, 0, {30: "1e1"}),  # a Goldstein score Python reads, not in plain form: typed at once
        _edited(rows, 1, {29: "01"}),  # the same for the quad class
        _edited(rows, 2, {1: "20250231"}),  # bad date
        _edited(rows, 3, {27: "043"}),  # base code of another code: unknown code
        _edited(rows, 4, {56: "north"}),  # action latitude: bad number
        "\t".join(rows[5]),  # the same event twice: counted once in the groups
        _edited(rows, 6, {60: "https://example.org/a"}),  # an id reused with another URL: ties by URL
    ]
    text = "\n".join(EXPORT.read_text(encoding="utf-8").splitlines() + odd) + "\n"
    path = tmp_path / "odd.export.CSV"
    path.write_text(text, encoding="utf-8")
    for by in ("country", "actor"):
        found = scan_gdelt(path, by=by)  # type: ignore[arg-type]
        assert dict(found.events_report.skipped_by_reason) == {
            "bad date": 1,
            "unknown code": 1,
            "bad number": 1,
        }
        data = read_gdelt(path)
        assert found.events == tuple(r.event for r in meeting_reports(data.events, GroupingRule(by=by)))  # type: ignore[arg-type]
        assert found.groups == group_reports(data.events, GroupingRule(by=by))  # type: ignore[arg-type]
        assert found.candidates == find_gdelt_meetings(data.events, by=by)  # type: ignore[arg-type]
    assert scan_gdelt(path) == scan_gdelt(path)
    with pytest.raises(LoadError, match="bad date"):
        scan_gdelt(path, strict=True)


def test_lines_that_are_not_utf8_are_reported(tmp_path: Path) -> None:
    rows = _meeting_rows()
    path = tmp_path / "latin.export.CSV"
    bad = _edited(rows, 0, {60: "https://example.org/caf\udce9"}).encode("utf-8", "surrogateescape")
    path.write_bytes(EXPORT.read_bytes() + bad + b"\n")
    found = scan_gdelt(path)
    assert dict(found.events_report.skipped_by_reason) == {"not UTF-8": 1}
    assert found.candidates == scan_gdelt(EXPORT).candidates


def _lines_of_batches(path: Path, by: str) -> tuple[list[bytes], int]:
    """The lines `meeting_lines` keeps from `line_batches` of a file, and the lines read."""
    from summitlib.importers.gdelt_batches import file_family, line_batches

    bad: list[int] = []
    batches = list(line_batches(path, bad_lines=bad))
    family = next((f for f in map(file_family, batches) if f is not None), None)
    kept = [
        line
        for batch in batches
        for line in meeting_lines(batch, by=by, family=family).column(0).to_pylist()  # type: ignore[arg-type]
    ]
    return kept, sum(b.num_rows for b in batches) + len(bad)


def _odd_lines() -> list[bytes]:
    """Lines of the fixture edited where a filter over tab and newline positions could slip: control
    bytes below the tab (0x00, 0x08) in the sides, the code and between fields; a meeting code (alone and
    as the run of code, base and root codes) in other columns, in the first and the last field; a line
    of 27 fields ending in a meeting code; lines of one field and of none but control bytes."""
    raw = EXPORT.read_bytes().splitlines()
    rows = [line.split(b"\t") for line in raw]
    meeting = [r for r in rows if r[26] in (b"043", b"042", b"040", b"036")]
    other = [r for r in rows if r[26] == b"010"]

    def edited(row: list[bytes], changes: dict[int, bytes]) -> bytes:
        fields = list(row)
        for column, value in changes.items():
            fields[column] = value
        return b"\t".join(fields)

    run = b"043\t043\t04"
    return [
        edited(meeting[0], {7: b"\x08" + meeting[0][7]}),  # sides differ by a control byte
        edited(meeting[1], {17: meeting[1][7] + b"\x00"}),
        edited(meeting[2], {7: b"\x00", 17: b"\x00"}),  # equal sides of one control byte
        edited(meeting[3], {26: b"04\x083"}),  # a control byte in the code
        edited(meeting[4], {25: meeting[4][25] + b"\x00"}),  # ... before the code's tab
        edited(meeting[5], {0: b"\x08" + meeting[5][0], 60: meeting[5][60] + b"\x00"}),
        edited(other[0], {0: b"043", 25: run}),  # the run one field early
        edited(other[1], {27: run, 60: b"043"}),  # ... one field late, a code in the last field
        edited(other[2], {5: b"043", 12: b"043", 40: run}),
        b"043\t" + b"\t".join(other[3][1:]),
        b"\t".join(meeting[6][:26]) + b"\t043",  # 27 fields, the code last
        b"\t".join(meeting[7][:27]) + b"\t",  # 28 fields
        b"043",
        b"\x00\x08",
        *raw[:40],
    ]


@pytest.mark.parametrize("block_size", [64, 1 << 12, 1 << 22])
def test_block_filter_keeps_the_lines_meeting_lines_keeps(tmp_path: Path, block_size: int) -> None:
    """The file task filters raw blocks with numpy; it keeps what `meeting_lines` keeps of Arrow's
    batches of lines, with carriage returns, 0x1F bytes, blank lines, a byte order mark and no final
    newline, plain and gzip, for GDELT 2.0 and 1.0; and with control bytes below the tab (not
    separators) and the meeting code runs in other columns and at the edges of lines (`_odd_lines`)."""
    raw = EXPORT.read_bytes().splitlines()
    edits = b"\r\n".join(raw[:300]) + b"\n\n" + b"\n".join(raw[300:600]) + b"\n\x1f\n" + raw[600] + b"\x1f\n"
    cases = {
        "plain.tsv": EXPORT.read_bytes(),
        "edited.tsv": b"\xef\xbb\xbf" + edits + b"\n".join(raw[601:]),
        "v1.tsv": V1.read_bytes(),
        "cr.tsv": b"\r".join(raw[:50]),
        "fields.tsv": b"\n".join(_odd_lines()) + b"\n",
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with gzip.open(tmp_path / f"{name}.gz", "wb") as packed:
            packed.write(data)
        for by in ("country", "actor"):
            expected, read = _lines_of_batches(path, by)
            for source in (path, tmp_path / f"{name}.gz"):
                scan = scan_events_file(source, by=by, block_size=block_size)  # type: ignore[arg-type]
                assert list(scan.lines) == expected, (name, by)
                assert scan.read == read, (name, by)
                assert len(expected) > 0 or (name == "v1.tsv" and by == "country")


def test_holds_finds_a_byte_in_bytes_and_in_views() -> None:
    """The block filter's search for carriage returns and 0x1F: in bytes, in a view of the start of a
    buffer, in a view further in (only its own bytes count) and in a view of another kind of buffer."""
    import numpy as np

    from summitlib.importers._gdelt_blocks import _holds

    data = bytearray(b"a\tb\rc\n\x1fd\n")
    view = memoryview(data)
    for byte in (13, 0x1F):
        assert _holds(bytes(data), byte) and _holds(view, byte) and _holds(view[:-1], byte)
    assert not _holds(view[:3], 13) and not _holds(view[4:], 13) and _holds(view[4:], 0x1F)
    assert not _holds(view[:6], 0x1F) and not _holds(view[:0], 13) and not _holds(b"", 13)
    numbers = np.frombuffer(b"ab\rc", np.uint8).copy()
    assert _holds(memoryview(numbers), 13) and not _holds(memoryview(numbers)[:2], 13)
