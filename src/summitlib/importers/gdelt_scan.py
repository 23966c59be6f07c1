"""GDELT at scale: find candidate meetings in months or years of exports, on one machine or a cluster.

`read_gdelt` types every row in Python. For hundreds of millions of rows,
[`scan_gdelt`][summitlib.importers.gdelt_scan.scan_gdelt] instead

1. **parses** each file (plain, ``.gz`` or ``.zip``; many files and glob patterns) a block of lines at a
   time, so memory stays flat in the number of input rows;
2. **filters** each block: it keeps the meeting reports (a meeting CAMEO code and two different sides —
   the first step of the [grouping rule][summitlib.importers.GroupingRule]), exactly the lines
   [`meeting_lines`][summitlib.importers.gdelt_batches.meeting_lines] keeps — a pure function over Arrow
   record batches of lines —, found with numpy from the positions of the tabs and newlines of the block
   (``summitlib.importers._gdelt_blocks``);
3. **checks** the kept lines in one regular expression (RE2) pass and takes out the fields the grouping
   needs; lines in plain form are typed into events only on first use of ``events`` or ``groups``, the
   others at once, with the same parser as `read_gdelt`, so every problem is reported by the scan
   (``summitlib.importers._gdelt_lazy``); the Mentions rows of the kept events
   ([`mention_lines`][summitlib.importers.gdelt_batches.mention_lines]) are typed at once;
4. **groups** them by the same rule as [`group_reports`][summitlib.importers.group_reports], with the
   same groups, computed from those fields by sorting and running sums (see
   ``summitlib.importers._arrow_grouping``); the candidate records are built on first use of
   ``candidates``, exactly as
   [`find_gdelt_meetings`][summitlib.importers.find_gdelt_meetings] builds them from
   ``read_gdelt(...).events``.

Steps 1 and 2 are one task per file ([`scan_events_file`][summitlib.importers.gdelt_batches.scan_events_file])
that returns only the kept lines. Give ``scan_gdelt`` any ``concurrent.futures.Executor`` to run the tasks
in parallel: a ``ProcessPoolExecutor`` on one machine, or a Dask cluster's
``distributed.Client(...).get_executor()`` across machines (the files must be readable by the workers:
shared storage). Memory grows only with the meeting reports kept, not with the rows read; to write the
candidates as Parquet tables without holding the reports,
[`import_gdelt_parquet`][summitlib.importers.gdelt_spill.import_gdelt_parquet] spills them to disk.

Rows without a meeting code are counted but not looked at, so their problems are not reported; rows with
one are reported when their column count is wrong or a field does not parse. Problems carry the file but
no line number.

Requires the ``arrow`` extra (``pip install ".[arrow]"`` from a clone, or ``pip install pyarrow numpy``).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from summitlib._gc import gc_paused
from summitlib.errors import LoadError, Problem
from summitlib.importers._gdelt_parse import _Parser, _RowError
from summitlib.importers._report import ImportReport
from summitlib.importers.candidates import GdeltMeetingCandidate, build_candidate
from summitlib.importers.gdelt import GdeltEvent, GdeltMention
from summitlib.importers.gdelt_batches import (
    BLOCK_SIZE,
    FileScan,
    PathLike,
    gdelt_paths,
    scan_events_file,
    scan_mentions_file,
)
from summitlib.importers.grouping import GroupingRule, MeetingReport

if TYPE_CHECKING:
    import pyarrow as pa

    from summitlib.importers._gdelt_lazy import Grouping

__all__ = ["GdeltScan", "scan_gdelt"]


@attrs.frozen(kw_only=True, slots=False, eq=False)
class GdeltScan:
    """The result of [`scan_gdelt`][summitlib.importers.gdelt_scan.scan_gdelt].

    The reports are grouped when the scan runs, from the few fields the grouping needs, taken out of the
    kept lines with numpy. The kept lines are typed into events on first use of ``events`` or ``groups``,
    and the candidate meetings, with a synthetic source per report and mention, are built on first use
    of ``candidates`` (both are most of the time of a scan whose output is not needed as records: see
    the performance page). Lines whose fields are not all in plain form are typed when the scan runs, so
    every problem is reported then.

    Two scans are equal when their groups, events, mentions and files are (which types both).

    Attributes:
        groups: the meeting reports grouped by the rule, as `group_reports` gives them.
        events: the meeting reports typed (the rows that passed the filter and parsed), in file order.
        mentions: the Mentions rows of those events, in file order.
        files: the events files read, in order.
        events_report: rows read (all), and skipped: for their column count, or meeting reports that did
            not parse (by reason).
        mentions_report: the same for the Mentions files.
    """

    mentions: tuple[GdeltMention, ...] = ()
    files: tuple[str, ...] = ()
    events_report: ImportReport = attrs.field(factory=ImportReport)
    mentions_report: ImportReport = attrs.field(factory=ImportReport)
    _grouping: Grouping = attrs.field(alias="grouping", repr=False)

    @functools.cached_property
    def events(self) -> tuple[GdeltEvent, ...]:
        """The meeting reports typed (the rows that passed the filter and parsed), in file order."""
        return self._grouping.rows.events()

    @functools.cached_property
    def groups(self) -> tuple[tuple[MeetingReport, ...], ...]:
        """The meeting reports grouped by the rule, as `group_reports` gives them."""
        return self._grouping.groups()

    @property
    def _compared(self) -> tuple[object, ...]:
        return (self.groups, self.events, self.mentions, self.files)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._compared == other._compared

    def __hash__(self) -> int:
        return hash(self._compared)

    @functools.cached_property
    def candidates(self) -> tuple[GdeltMeetingCandidate, ...]:
        """The candidate meetings, exactly as `find_gdelt_meetings` builds them from the same rows."""
        by_event: dict[int, list[GdeltMention]] = {}
        for mention in self.mentions:
            by_event.setdefault(mention.event_id, []).append(mention)
        return tuple(build_candidate(group, by_event) for group in self.groups)

    def to_arrow(self) -> dict[str, pa.Table]:
        """The candidates as tables: ``meetings``, ``participants`` and ``dyads`` (the schemas of
        [`summitlib.tables`][summitlib.tables]; participants are GDELT sides), and ``reports`` (meeting,
        event id, date, CAMEO code, both actors' codes and countries, action country and URL)."""
        from summitlib.importers.candidates import gdelt_records
        from summitlib.tables import build_tables

        records = gdelt_records(self.candidates)
        leaders = {x.id: x for x in records.leaders}
        tables = build_tables(
            {"meetings": records.meetings}, leaders, names=["meetings", "participants", "dyads"]
        )
        tables["reports"] = _reports_table(self.candidates)
        return tables

    def write_parquet(self, directory: PathLike) -> list[Path]:
        """Write [`to_arrow`][summitlib.importers.gdelt_scan.GdeltScan.to_arrow]'s tables to ``directory``
        as Parquet files, with ``schema.json``."""
        from summitlib.tables._export import export_tables

        return export_tables(self.to_arrow(), directory, "parquet")


_REPORT_COLUMNS = (
    "meeting",
    "event",
    "date",
    "code",
    "side_a",
    "side_b",
    "actor1_code",
    "actor1_country",
    "actor2_code",
    "actor2_country",
    "action_country",
    "url",
)


def _reports_schema() -> pa.Schema:
    """The schema of the ``reports`` table of `GdeltScan.to_arrow`."""
    import pyarrow as pa

    types = {"event": pa.int64(), "date": pa.date32()}
    return pa.schema([pa.field(n, types.get(n, pa.string())) for n in _REPORT_COLUMNS])


def _reports_table(candidates: Sequence[GdeltMeetingCandidate]) -> pa.Table:
    import pyarrow as pa

    columns: dict[str, list[Any]] = {name: [] for name in _REPORT_COLUMNS}
    for candidate in candidates:
        for report in candidate.reports:
            a1, a2, geo = report.actor1, report.actor2, report.action_geo
            columns["meeting"].append(candidate.meeting.id)
            columns["event"].append(report.id)
            columns["date"].append(report.date)
            columns["code"].append(report.code)
            columns["side_a"].append(candidate.sides[0])
            columns["side_b"].append(candidate.sides[1])
            columns["actor1_code"].append(a1.code if a1 else None)
            columns["actor1_country"].append(a1.country if a1 else None)
            columns["actor2_code"].append(a2.code if a2 else None)
            columns["actor2_country"].append(a2.country if a2 else None)
            columns["action_country"].append(geo.iso_country if geo else None)
            columns["url"].append(report.url)
    return pa.Table.from_pydict(columns, schema=_reports_schema())


def _run(
    executor: Executor | None, task: Callable[..., FileScan], paths: Sequence[Path], **keywords: Any
) -> list[FileScan]:
    if executor is None:
        return [task(p, **keywords) for p in paths]
    futures = [executor.submit(task, p, **keywords) for p in paths]
    return [f.result() for f in futures]


def _mention(parser: _Parser, text: str) -> GdeltMention:
    return parser.mention(text.split("\t"))


def _count_scanned(scan: FileScan, report: ImportReport, strict: bool) -> None:
    """Count a file's rows read into ``report``, and its rows of the wrong shape as one problem.

    Raises:
        LoadError: in ``strict`` mode, when the file has rows of the wrong shape.
    """
    report.count_read(scan.read)
    if scan.wrong_shape:
        problem = Problem(message=f"wrong column count: {scan.wrong_shape} row(s) skipped", file=scan.path)
        if strict:
            raise LoadError([problem], summary=f"malformed rows in {scan.path} (strict import)")
        report.skipped_by_reason["wrong column count"] += scan.wrong_shape
        report.problems.append(problem)


def _type_lines(
    scans: Iterable[FileScan], build: Callable[[_Parser, str], Any], report: ImportReport, strict: bool
) -> list[Any]:
    built: list[Any] = []
    for scan in scans:
        _count_scanned(scan, report, strict)
        parser = _Parser()
        for raw in scan.lines:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                report.skip("not UTF-8", str(error), file=scan.path, line=None, strict=strict)
                continue
            try:
                built.append(build(parser, text))
            except _RowError as error:
                report.skip(error.reason, error.detail, file=scan.path, line=None, strict=strict)
    return built


def scan_gdelt(
    events: PathLike | Iterable[PathLike],
    mentions: PathLike | Iterable[PathLike] | None = None,
    *,
    max_days_apart: int = 1,
    by: Literal["country", "actor"] = "country",
    same_country: bool = True,
    strict: bool = False,
    executor: Executor | None = None,
    block_size: int = BLOCK_SIZE,
) -> GdeltScan:
    """Candidate meetings in many GDELT files, parsed and filtered in Arrow (see the module docstring).

    Args:
        events: event export files or glob patterns (plain, ``.gz`` or ``.zip``; GDELT 1.0 or 2.0).
        mentions: GDELT 2.0 Mentions files or patterns; only the rows of kept events are typed.
        max_days_apart: as for `find_gdelt_meetings`.
        by: as for `find_gdelt_meetings`.
        same_country: as for `find_gdelt_meetings`.
        strict: raise on the first malformed row (of those looked at) instead of skipping it.
        executor: runs one task per file (``ProcessPoolExecutor``, or ``Client.get_executor()`` of
            Dask distributed); None runs them here, one after the other.
        block_size: bytes parsed at a time.

    Raises:
        LoadError: a path or pattern that names no file; a damaged archive; in ``strict`` mode a
            malformed row.

    Examples:
        >>> from pathlib import Path
        >>> found = scan_gdelt(Path("tests/data/gdelt") / "*.export.tsv")
        >>> len(found.candidates) > 0, found.events_report.read
        (True, 909)
    """
    from summitlib.importers._gdelt_lazy import KeptRows  # imports pyarrow

    files = gdelt_paths(events)
    scans = _run(executor, scan_events_file, files, by=by, block_size=block_size)
    events_report, mentions_report = ImportReport(), ImportReport()
    with gc_paused(keep=True):
        kept = KeptRows.check(scans, by, events_report, strict)
        rule = GroupingRule(max_days_apart=max_days_apart, by=by, same_country=same_country)
        grouping = kept.group(rule)
        said: list[GdeltMention] = []
        if mentions is not None:
            ids = sorted(set(grouping.ids.tolist()))
            found = _run(
                executor, scan_mentions_file, gdelt_paths(mentions), event_ids=ids, block_size=block_size
            )
            said = _type_lines(found, _mention, mentions_report, strict)
    return GdeltScan(
        grouping=grouping,
        mentions=tuple(said),
        files=tuple(os.fspath(f) for f in files),
        events_report=events_report,
        mentions_report=mentions_report,
    )
