"""Tests of summitlib.importers.gdelt / gdelt_read (and the row streaming, report and progress they use)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summitlib.errors import LoadError
from summitlib.importers import (
    GdeltActor,
    GdeltEvent,
    GdeltGeo,
    GdeltImport,
    GeoType,
    ImportReport,
    MentionType,
    Progress,
    iter_events,
    iter_mentions,
    read_gdelt,
)

DATA = Path(__file__).resolve().parent / "data" / "gdelt"
EXPORT = DATA / "20250807220000.export.tsv"
MENTIONS = DATA / "20250807220000.mentions.tsv"
V1 = DATA / "gdelt1_daily_sample.tsv"


def raw_rows(path: Path) -> list[list[str]]:
    """The rows as the csv module splits them: an independent reading to compare with."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def v2() -> GdeltImport:
    return read_gdelt(EXPORT, MENTIONS)


def test_gdelt2_export_is_read_completely(v2: GdeltImport) -> None:
    rows = raw_rows(EXPORT)
    assert len(rows) == 909
    report = v2.events_report
    assert (report.read, report.imported, report.skipped) == (909, 909, 0)
    assert report.problems == []
    assert [e.id for e in v2.events] == [int(r[0]) for r in rows]
    for event, row in zip(v2.events, rows, strict=True):
        assert event.version == 2
        assert event.date == dt.date(int(row[1][:4]), int(row[1][4:6]), int(row[1][6:8]))
        assert (event.code, event.base_code, event.root_code) == (row[26], row[27], row[28])
        assert event.quad_class == int(row[29])
        assert event.num_mentions == int(row[31])
        assert event.avg_tone == float(row[34])
        assert event.url == row[60]
        assert event.added == dt.datetime(2025, 8, 7, 22, 0, 0)
        assert (event.actor1.code if event.actor1 else "") == row[5]
        assert (event.actor2.name if event.actor2 else None) == (row[16] or None)
        geo = event.action_geo
        assert (geo.type if geo else 0) == int(row[51] or 0)
        if geo is not None:
            assert geo.adm2 == (row[55] or None)
            assert geo.lat == (float(row[56]) if row[56] else None)


def test_gdelt2_mentions_are_read_and_joined(v2: GdeltImport) -> None:
    rows = raw_rows(MENTIONS)
    assert len(rows) == 3366
    assert (v2.mentions_report.read, v2.mentions_report.skipped) == (3366, 0)
    assert len(v2.mentions) == 3366
    assert all(m.type is MentionType.WEB for m in v2.mentions)
    event_ids = {int(r[0]) for r in raw_rows(EXPORT)}
    joined = [r for r in rows if int(r[0]) in event_ids]
    assert sum(len(v2.mentions_of(e)) for e in v2.events) == len(joined)
    assert len(v2.unmatched_mentions) == len(rows) - len(joined)
    # offsets: -1 in the file is "not located", None in the record
    for mention, row in zip(v2.mentions, rows, strict=True):
        assert mention.actor1_offset == (int(row[7]) if int(row[7]) >= 0 else None)
        assert mention.action_offset == (int(row[9]) if int(row[9]) >= 0 else None)
        assert mention.confidence == int(row[11])


def test_a_trump_putin_row_is_typed_with_its_mentions(v2: GdeltImport) -> None:
    about = [
        e
        for e in v2.events
        if e.url and "trump" in e.url and "putin" in e.url and {a.country for a in e.actors} == {"USA", "RUS"}
    ]
    assert {e.id for e in about} == {1256323440, 1256323622}
    event = next(e for e in about if e.id == 1256323622)
    assert isinstance(event, GdeltEvent)
    assert event.actor1 == GdeltActor(code="USA", name="UNITED STATES", country="USA")
    assert event.actor2 == GdeltActor(code="RUS", name="RUSSIAN", country="RUS")
    assert (event.code, event.root_code, event.quad_class) == ("110", "11", 3)
    assert event.action_geo is not None
    assert event.action_geo.type is GeoType.WORLD_CITY
    assert event.action_geo.iso_country == "RUS"
    assert event.action_geo.city == "Moscow"
    (mention,) = v2.mentions_of(event)
    assert mention.source == "en.apa.az"
    assert mention.url == event.url
    assert (mention.sentence, mention.actor1_offset, mention.actor2_offset, mention.action_offset) == (
        4,
        617,
        676,
        654,
    )
    assert mention.confidence == 20
    assert mention.in_raw_text is False


def test_gdelt1_rows_of_57_and_58_columns() -> None:
    rows = raw_rows(V1)
    counts = {57: 0, 58: 0}
    for row in rows:
        counts[len(row)] += 1
    assert counts == {57: 201, 58: 509}
    result = read_gdelt(V1)
    assert (result.events_report.read, result.events_report.skipped) == (710, 0)
    assert [e.id for e in result.events] == [int(r[0]) for r in rows]
    assert sum(e.url is None for e in result.events) == 201
    assert all(e.version == 1 for e in result.events)
    assert all(g.adm2 is None for e in result.events for g in (e.actor1_geo, e.actor2_geo, e.action_geo) if g)
    first_58 = next(e for e, r in zip(result.events, rows, strict=True) if len(r) == 58)
    assert first_58.added is not None
    assert first_58.added.time() == dt.time(0, 0)
    assert result.mentions == ()


def test_zipped_export_reads_the_same(tmp_path: Path, v2: GdeltImport) -> None:
    archive = tmp_path / "20250807220000.export.CSV.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as out:
        out.write(EXPORT, "20250807220000.export.CSV")
    assert tuple(iter_events(archive)) == v2.events


def test_zip_with_two_files_is_a_load_error(tmp_path: Path) -> None:
    archive = tmp_path / "two.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("a.CSV", "x")
        out.writestr("b.CSV", "y")
    with pytest.raises(LoadError, match="expected one data file"):
        list(iter_events(archive))


def _malformed(tmp_path: Path) -> Path:
    rows = EXPORT.read_bytes().splitlines(keepends=True)[:3]
    good = rows[0].decode()
    fields = good.rstrip("\n").split("\t")
    bad_date = "\t".join([fields[0], "20251340", *fields[2:]]) + "\n"
    unknown_code = "\t".join([*fields[:26], "999", "99", "99", *fields[29:]]) + "\n"
    bad_quad = "\t".join([*fields[:29], "7", *fields[30:]]) + "\n"
    bad_number = "\t".join([*fields[:31], "many", *fields[32:]]) + "\n"
    v1_row = "\t".join(fields[:58]) + "\n"
    path = tmp_path / "bad.export.CSV"
    path.write_bytes(
        rows[0]  # 1 good
        + b"too\tfew\tcolumns\n"  # 2
        + bad_date.encode()  # 3
        + b"\n"  # 4 blank: not a row
        + unknown_code.encode()  # 5
        + "caf\xe9\tlatin-1\n".encode("latin-1")  # 6 not UTF-8
        + v1_row.encode()  # 7 a GDELT 1.0 row in a 2.0 file
        + bad_quad.encode()  # 8
        + bad_number.encode()  # 9
        + rows[1]  # 10 good
        + rows[2].rstrip(b"\n")  # 11 good, no final newline
    )
    return path


def test_malformed_rows_are_reported_with_file_and_line(tmp_path: Path) -> None:
    path = _malformed(tmp_path)
    report = ImportReport()
    events = list(iter_events(path, report=report))
    assert len(events) == 3
    assert (report.read, report.imported, report.skipped) == (10, 3, 7)
    assert dict(report.skipped_by_reason) == {
        "wrong column count": 2,
        "bad date": 1,
        "unknown code": 1,
        "not UTF-8": 1,
        "bad number": 2,
    }
    assert [p.line for p in report.problems] == [2, 3, 5, 6, 7, 8, 9]
    assert all(p.file == str(path) for p in report.problems)
    messages = [p.message for p in report.problems]
    assert "found 3" in messages[0]
    assert "'20251340'" in messages[1]
    assert "'999'" in messages[2]
    assert "GDELT 1.0 row" in messages[4]
    assert "QuadClass" in messages[5]
    assert "NumMentions" in messages[6]
    assert "3 imported, 7 skipped" in report.summary()


def test_strict_raises_on_the_first_malformed_row(tmp_path: Path) -> None:
    path = _malformed(tmp_path)
    with pytest.raises(LoadError) as caught:
        read_gdelt(path, strict=True)
    (problem,) = caught.value.problems
    assert (problem.file, problem.line) == (str(path), 2)
    assert problem.message.startswith("wrong column count")


def test_malformed_mentions(tmp_path: Path) -> None:
    lines = MENTIONS.read_text(encoding="utf-8").splitlines(keepends=True)[:2]
    fields = lines[0].rstrip("\n").split("\t")
    path = tmp_path / "m.CSV"
    bad_time = "\t".join([fields[0], "2025080722", *fields[2:]]) + "\n"
    bad_type = "\t".join([*fields[:3], "9", *fields[4:]]) + "\n"
    path.write_text(lines[0] + "a\tb\n" + bad_time + bad_type + lines[1], encoding="utf-8")
    report = ImportReport()
    found = list(iter_mentions(path, report=report))
    assert len(found) == 2
    assert dict(report.skipped_by_reason) == {"wrong column count": 1, "bad date": 1, "bad number": 1}
    assert [p.line for p in report.problems] == [2, 3, 4]


def test_crlf_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "crlf.CSV"
    path.write_bytes(EXPORT.read_bytes().replace(b"\n", b"\r\n"))
    report = ImportReport()
    events = list(iter_events(path, report=report))
    assert (len(events), report.skipped) == (909, 0)
    assert events[0].url is not None
    assert not events[0].url.endswith("\r")


def test_records_are_frozen_and_compare_by_value() -> None:
    a = GdeltActor(code="USAGOV", name="UNITED STATES", country="USA", type1="GOV")
    assert a == GdeltActor(code="USAGOV", name="UNITED STATES", country="USA", type1="GOV")
    assert a.types == ("GOV",)
    assert GdeltActor(code="EUR", country="EUR").iso_country is None
    with pytest.raises(AttributeError):
        a.code = "RUS"  # type: ignore[misc]
    geo = GdeltGeo(type=GeoType.COUNTRY, name="Russia", country="RS")
    assert (geo.iso_country, geo.city, str(geo)) == ("RUS", None, "Russia")
    assert GdeltGeo(type=GeoType.COUNTRY, country="KV").iso_country is None


def test_progress_bar_is_off_unless_asked_or_on_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    list(iter_events(EXPORT))
    assert capsys.readouterr().err == ""  # stderr is not a terminal under pytest
    list(iter_events(EXPORT, progress=True))
    err = capsys.readouterr().err
    assert err.endswith(f"{EXPORT.name}: {EXPORT.stat().st_size}/{EXPORT.stat().st_size} bytes (100%)\n")


def test_progress_without_total() -> None:
    out = io.StringIO()
    bar = Progress("x", enabled=True, stream=out, interval=0.0)
    bar.update(5)
    bar.close()
    assert out.getvalue() == "\rx: 5 rows\rx: 5 rows\n"
    quiet = io.StringIO()
    off = Progress("x", stream=quiet)  # a StringIO is not a terminal
    off.update(3)
    off.close()
    assert quiet.getvalue() == ""


def test_report_merge() -> None:
    a, b = ImportReport(), ImportReport()
    a.count_read(3)
    b.count_read(2)
    b.skip("bad date", "x", file="f", line=1, strict=False)
    b.warn("odd", "y", file="f", line=2)
    a.merge(b)
    assert (a.read, a.skipped, len(a.problems), len(a.warnings)) == (5, 1, 1, 1)
    assert a.summary() == "5 rows read, 4 imported, 1 skipped (1 bad date), 1 warning"


def test_fast_and_checked_paths_build_the_same_events() -> None:
    """Both ways of building an event (one regular expression with caches; split and check every field)
    give equal records for every row of the fixture, and agree on rejecting malformed ones."""
    from summitlib.importers._gdelt_parse import _Parser, _RowError

    lines = EXPORT.read_text(encoding="utf-8").splitlines()
    fast, checked = _Parser(), _Parser()
    fast.family = 2
    for line in lines:
        built = fast._fast_v2(line)
        assert built is not None
        assert built == checked.event(line.split("\t"))
    fields = lines[0].split("\t")
    for bad in (
        [*fields[:29], "9", *fields[30:]],  # quad class out of range
        [*fields[:26], "0429", "042", "04", *fields[29:]],  # unknown code
        [*fields[:31], "x", *fields[32:]],  # not a number
        [*fields[:35], "7", *fields[36:]],  # not a geography type
        fields[:60],  # a column short
    ):
        assert fast._fast_v2("\t".join(bad)) is None
        with pytest.raises(_RowError):
            checked.event(bad)


_GOOD = EXPORT.read_text(encoding="utf-8").splitlines()[:5]


@given(
    st.lists(
        st.one_of(
            st.sampled_from([*_GOOD, "PK\x03\x04"]),
            st.binary(max_size=60).map(lambda b: b.replace(b"\n", b" ").decode("latin-1")),
            st.lists(st.text(alphabet="0123456789-.abc ", max_size=6), min_size=55, max_size=62).map(
                "\t".join
            ),
        ),
        max_size=12,
    )
)
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_input_is_read_or_reported(tmp_path: Path, lines: list[str]) -> None:
    """Whatever the lines, the reader never crashes: every row is imported or skipped with a problem."""
    path = tmp_path / "fuzz.CSV"
    path.write_bytes("\n".join(lines).encode("latin-1", errors="replace"))
    report = ImportReport()
    if path.read_bytes().startswith((b"PK\x03\x04", b"\x1f\x8b")):  # looks like a zip or gzip file, is not
        with pytest.raises(LoadError, match="not a readable zip archive|cannot read the file"):
            list(iter_events(path, report=report))
        return
    events = list(iter_events(path, report=report))
    assert report.read == len(events) + report.skipped
    assert len(report.problems) == report.skipped
    assert all(p.line is not None and p.file == str(path) for p in report.problems)


# --- hostile and unusual files: gzip, gigantic lines, special files, damaged archives -------------------


def test_gzipped_exports_read_like_plain_ones(tmp_path: Path) -> None:
    import gzip

    packed = tmp_path / "20250807220000.export.CSV.gz"
    packed.write_bytes(gzip.compress(EXPORT.read_bytes()))
    plain, unpacked = read_gdelt(EXPORT), read_gdelt(packed)
    assert unpacked.events == plain.events
    assert unpacked.events_report.summary() == plain.events_report.summary()


def test_a_damaged_gzip_file_is_a_load_error(tmp_path: Path) -> None:
    import gzip

    packed = tmp_path / "x.export.CSV.gz"
    packed.write_bytes(gzip.compress(EXPORT.read_bytes())[:-200])
    with pytest.raises(LoadError, match="x.export.CSV.gz"):
        read_gdelt(packed)


@pytest.mark.parametrize("terminated", [True, False])
def test_a_gigantic_line_is_a_row_problem_in_bounded_memory(tmp_path: Path, terminated: bool) -> None:
    """A 24 MB line (with or without its newline) is skipped and reported; the rows around it are read,
    and memory stays far below the line's size."""
    import tracemalloc

    from summitlib.importers._tabular import MAX_LINE

    path = tmp_path / "x.export.CSV"
    with path.open("wb") as file:
        file.write((_GOOD[0] + "\n").encode())
        file.write(b"\t" * (24 << 20))
        if terminated:
            file.write(b"\n" + (_GOOD[1] + "\n").encode())
    tracemalloc.start()
    try:
        result = read_gdelt(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    report = result.events_report
    assert len(result.events) == 1 + terminated
    assert report.skipped_by_reason == {"line too long": 1}
    assert report.problems[0].line == 2 and str(path) in str(report.problems[0])
    assert peak < 6 * MAX_LINE  # chunks of a megabyte, never the whole line
    with pytest.raises(LoadError, match="line too long"):
        read_gdelt(path, strict=True)


def test_lines_just_under_the_limit_are_rows(tmp_path: Path) -> None:
    from summitlib.importers._tabular import MAX_LINE

    path = tmp_path / "x.export.CSV"
    long_row = "x" * (MAX_LINE - 10)
    path.write_text("\n".join([_GOOD[0], long_row, _GOOD[1], ""]), encoding="utf-8")
    report = read_gdelt(path).events_report
    assert report.read == 3 and report.skipped_by_reason == {"wrong column count": 1}
    assert report.problems[0].line == 2


def test_a_fifo_is_refused_without_being_opened(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "x.export.CSV"
    os.mkfifo(fifo)
    with pytest.raises(LoadError, match="not a regular file"):
        read_gdelt(fifo)
    with pytest.raises(LoadError, match="NUL byte"):
        read_gdelt(tmp_path / "x\0y")
