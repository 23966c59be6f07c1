"""Read GDELT event exports (1.0: 57/58 columns, 2.0: 61 columns) and 2.0 Mentions, plain or zipped.

The format is recognised by the shape of each row, not the file name: 57 or 58 columns are GDELT 1.0
(58 with SOURCEURL), 61 columns GDELT 2.0 (which adds ADM2 codes to each geography and a full timestamp to
DATEADDED). A file mixing the two families is malformed from the first row of the other family on.

Rows stream one at a time into [`GdeltEvent`][summitlib.importers.GdeltEvent] and
[`GdeltMention`][summitlib.importers.GdeltMention] records. Malformed rows — a wrong column count, a
bad date or number, a CAMEO code the code table does not know — are counted in the
[`ImportReport`][summitlib.importers.ImportReport] with file and line and skipped, or raise a
[`LoadError`][summitlib.LoadError] with ``strict=True``. Never a crash, never silent.

Actors and geographies repeat a great deal within a file; equal ones are built once and shared (they are
immutable). With that, one regular expression per GDELT 2.0 row and the garbage collector paused,
`read_gdelt` takes less than twice the time ``pandas.read_csv`` takes for the same file (see
``bench/bench_gdelt.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from summitlib._gc import gc_paused
from summitlib.importers._gdelt_parse import _Parser, _RowError
from summitlib.importers._report import ImportReport
from summitlib.importers._tabular import PathLike, rows
from summitlib.importers.gdelt import GdeltEvent, GdeltMention
from summitlib.importers.gdelt_batches import gdelt_paths

__all__ = ["GdeltImport", "iter_events", "iter_mentions", "read_gdelt"]


def iter_events(
    path: PathLike,
    *,
    report: ImportReport | None = None,
    strict: bool = False,
    progress: bool | None = None,
) -> Iterator[GdeltEvent]:
    """Stream the events of a GDELT 1.0 or 2.0 export (plain or zipped), one record per row.

    Args:
        path: the export file (``20250807220000.export.CSV`` or its ``.zip``).
        report: filled in with counts and problems as rows are read (pass one to see them).
        strict: raise on the first malformed row instead of skipping it.
        progress: show a progress bar on stderr (None: only when stderr is a terminal).

    Raises:
        LoadError: in ``strict`` mode, for the first malformed row (with file and line).
    """
    for batch in _event_batches(path, report if report is not None else ImportReport(), strict, progress):
        yield from batch


def _event_batches(
    path: PathLike, report: ImportReport, strict: bool, progress: bool | None
) -> Iterator[list[GdeltEvent]]:
    """The events of each chunk of the file, in a list (a loop without a generator step per row)."""
    parser = _Parser()
    for name, batch in rows(path, report, strict=strict, progress=progress):
        events: list[GdeltEvent] = []
        append, fast, checked = events.append, parser._fast_v2, parser.event
        for line, text in batch:
            event = fast(text) if parser.family == 2 else None
            if event is None:
                try:
                    event = checked(text.split("\t"))
                except _RowError as error:
                    if strict:
                        yield events  # the rows before the malformed one are handed out first
                    report.skip(error.reason, error.detail, file=name, line=line, strict=strict)
                    continue
            append(event)
        yield events


def iter_mentions(
    path: PathLike,
    *,
    report: ImportReport | None = None,
    strict: bool = False,
    progress: bool | None = None,
) -> Iterator[GdeltMention]:
    """Stream the rows of a GDELT 2.0 Mentions file (16 columns, plain or zipped). See `iter_events`."""
    report = report if report is not None else ImportReport()
    parser = _Parser()
    build = parser.mention
    for name, batch in rows(path, report, strict=strict, progress=progress):
        for line, text in batch:
            try:
                yield build(text.split("\t"))
            except _RowError as error:
                report.skip(error.reason, error.detail, file=name, line=line, strict=strict)


@attrs.frozen(kw_only=True)
class GdeltImport:
    """The result of [`read_gdelt`][summitlib.importers.read_gdelt]: events, their mentions, the reports.

    Attributes:
        events: the events read, in file order.
        mentions: the mentions read, in file order (including mentions of events not in ``events``).
        events_report: what was read and skipped from the events file.
        mentions_report: the same for the mentions file (empty when none was given).
    """

    events: tuple[GdeltEvent, ...]
    mentions: tuple[GdeltMention, ...] = ()
    events_report: ImportReport = attrs.field(factory=ImportReport, eq=False)
    mentions_report: ImportReport = attrs.field(factory=ImportReport, eq=False)
    _by_event: dict[int, tuple[GdeltMention, ...]] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        grouped: dict[int, list[GdeltMention]] = {}
        for mention in self.mentions:
            grouped.setdefault(mention.event_id, []).append(mention)
        object.__setattr__(self, "_by_event", {k: tuple(v) for k, v in grouped.items()})

    def mentions_of(self, event: GdeltEvent | int) -> tuple[GdeltMention, ...]:
        """The mentions of an event (or event id), in file order."""
        key = event.id if isinstance(event, GdeltEvent) else event
        return self._by_event.get(key, ())

    @property
    def unmatched_mentions(self) -> tuple[GdeltMention, ...]:
        """Mentions of events that are not in ``events`` (seen again, first reported in an earlier file)."""
        ids = {e.id for e in self.events}
        return tuple(m for m in self.mentions if m.event_id not in ids)


def read_gdelt(
    events: PathLike | Iterable[PathLike],
    mentions: PathLike | Iterable[PathLike] | None = None,
    *,
    strict: bool = False,
    progress: bool | None = None,
) -> GdeltImport:
    """Read whole GDELT exports, and optionally their Mentions files, into memory.

    ``events`` and ``mentions`` are a file or several, or glob patterns (``"2025-08/*.export.CSV.zip"``),
    read in order; each file may be a different GDELT version. For months of files, where only the
    meetings are wanted, [`scan_gdelt`][summitlib.importers.gdelt_scan.scan_gdelt] types only those.

    The cyclic garbage collector is paused while the records are built (it would otherwise spend most
    of the time scanning them), and restored afterwards.

    Examples:
        >>> from pathlib import Path
        >>> import tempfile
        >>> row = "\\t".join(["1", "20250807", "202508", "2025", "2025.6"] + [""] * 20 + ["1", "042", "042",
        ...     "04", "1", "1.9", "1", "1", "1", "0.0"] + ["0"] + [""] * 7 + ["0"] + [""] * 7 + ["0"]
        ...     + [""] * 7 + ["20250807220000", "https://example.org/a"])
        >>> path = Path(tempfile.mkdtemp()) / "x.export.CSV"
        >>> _ = path.write_text(row + "\\n" + "not\\ta\\trow\\n")
        >>> result = read_gdelt(path)
        >>> [e.code for e in result.events], result.events_report.summary()
        (['042'], '2 rows read, 1 imported, 1 skipped (1 wrong column count)')
    """
    with gc_paused(keep=True):
        events_report = ImportReport()
        built: list[GdeltEvent] = []
        for path in gdelt_paths(events):
            for batch in _event_batches(path, events_report, strict, progress):
                built.extend(batch)
        found = tuple(built)
        mentions_report = ImportReport()
        said: tuple[GdeltMention, ...] = ()
        if mentions is not None:
            said = tuple(
                mention
                for path in gdelt_paths(mentions)
                for mention in iter_mentions(path, report=mentions_report, strict=strict, progress=progress)
            )
    return GdeltImport(
        events=found, mentions=said, events_report=events_report, mentions_report=mentions_report
    )
