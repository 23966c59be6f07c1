"""The per-batch and per-file steps of the GDELT scan: pure functions over Arrow record batches.

Each function here depends only on its arguments, so it runs the same wherever it runs: in this process,
in a process pool or on a Dask worker. [`line_batches`][summitlib.importers.gdelt_batches.line_batches]
parses a file (plain, gzip or zip) with Arrow's C++ CSV reader into batches of raw lines;
[`meeting_lines`][summitlib.importers.gdelt_batches.meeting_lines] keeps the meeting reports of a batch,
[`mention_lines`][summitlib.importers.gdelt_batches.mention_lines] the Mentions rows of given events;
[`scan_events_file`][summitlib.importers.gdelt_batches.scan_events_file] and
[`scan_mentions_file`][summitlib.importers.gdelt_batches.scan_mentions_file] are the one-file tasks
[`scan_gdelt`][summitlib.importers.gdelt_scan.scan_gdelt] hands out.
"""

from __future__ import annotations

import array
import functools
import glob
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

import attrs

from summitlib.errors import LoadError, Problem
from summitlib.importers.cameo import meeting_codes

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "BLOCK_SIZE",
    "FileScan",
    "PathLike",
    "file_family",
    "gdelt_paths",
    "line_batches",
    "meeting_lines",
    "mention_lines",
    "scan_events_file",
    "scan_mentions_file",
]

PathLike = str | os.PathLike[str]
BLOCK_SIZE = 1 << 22  # bytes per parsed block: 4 MiB, some 10,000 GDELT rows (16 MiB: twice the peak)
_FAMILY_COLUMNS = {1: (57, 58), 2: (61,)}
_MENTION_COLUMNS = 16
_SIDE_COLUMNS = {"country": (7, 17), "actor": (5, 15)}  # actor 1 and actor 2: CAMEO country or full code
_CODE_COLUMN = 26


def gdelt_paths(patterns: PathLike | Iterable[PathLike]) -> list[Path]:
    """The files named by ``patterns``: paths, or glob patterns (``*``, ``?``, ``[...]``, ``**``), each
    pattern's matches sorted, duplicates dropped.

    Raises:
        LoadError: a pattern that matches no file, or a path that does not exist.
    """
    items = [patterns] if isinstance(patterns, str | os.PathLike) else list(patterns)
    found: dict[Path, None] = {}
    missing: list[Problem] = []
    for item in items:
        text = os.fspath(item)
        if glob.has_magic(text):
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True) if os.path.isfile(p))
            if not matches:
                missing.append(Problem(message="no file matches this pattern", file=text))
            found.update(dict.fromkeys(matches))
        elif "\0" in text or os.path.lexists(text):  # FIFOs, devices, NUL bytes: refused by the reader
            found[Path(text)] = None
        else:
            missing.append(Problem(message="no such file", file=text))
    if missing:
        raise LoadError(missing, summary=f"{len(missing)} GDELT path(s) not found")
    return list(found)


def _open(path: Path) -> tuple[Any, Callable[[], None]]:
    """A stream of the data in ``path`` (zip archives and gzip files opened by their first bytes)."""
    import pyarrow as pa

    with open(path, "rb") as handle:
        magic = handle.read(4)
    if magic[:2] == b"\x1f\x8b":
        stream = pa.input_stream(str(path), compression="gzip")
        return stream, stream.close
    if magic != b"PK\x03\x04":
        stream = pa.input_stream(str(path))
        return stream, stream.close
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        raise LoadError([Problem(message=f"not a readable zip archive: {error}", file=str(path))]) from None
    members = [i for i in archive.infolist() if not i.is_dir()]
    if len(members) != 1:
        archive.close()
        found = ", ".join(m.filename for m in members) or "nothing"
        raise LoadError(
            [Problem(message=f"expected one data file in the archive, found {found}", file=str(path))]
        )
    member: IO[bytes] = archive.open(members[0])

    def close() -> None:
        member.close()
        archive.close()

    return member, close


def line_batches(
    path: PathLike, *, block_size: int = BLOCK_SIZE, bad_lines: list[int] | None = None
) -> Iterator[pa.RecordBatch]:
    """The non-empty lines of a file (plain, gzip or zip) as record batches of one binary column ``line``.

    Args:
        path: the file.
        block_size: bytes parsed at a time (memory use is a small multiple of it).
        bad_lines: when given, gets one entry per line that could not be read as one value (holding a
            control character 0x1F) — those lines are skipped.
    """
    import pyarrow as pa
    import pyarrow.csv as csv

    def invalid(row: Any) -> str:
        if bad_lines is not None:
            bad_lines.append(1)
        return "skip"

    stream, close = _open(Path(path))
    try:
        reader = csv.open_csv(
            stream,
            read_options=csv.ReadOptions(column_names=["line"], block_size=block_size),
            parse_options=csv.ParseOptions(
                delimiter="\x1f", quote_char=False, escape_char=False, invalid_row_handler=invalid
            ),
            convert_options=csv.ConvertOptions(column_types={"line": pa.binary()}, strings_can_be_null=False),
        )
        yield from reader
    except StopIteration:  # pragma: no cover - an empty file
        return
    finally:
        close()


def _counts(batch: pa.RecordBatch) -> Any:
    """The number of tab-separated columns of each line."""
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.add(pc.count_substring(batch.column(0), pattern="\t"), 1).cast(pa.int32())


@functools.cache
def _code_pattern() -> str:
    """A regular expression matching the lines whose 27th column (EventCode) is a meeting code."""
    codes = "|".join(re.escape(k.code.code) for k in meeting_codes())
    return f"^(?:[^\t]*\t){{{_CODE_COLUMN}}}(?:{codes})\t"


def file_family(batch: pa.RecordBatch) -> int | None:
    """The GDELT version (1 or 2) of the first line of ``batch`` with a known column count, if any."""
    import pyarrow.compute as pc

    head = batch.slice(0, 1000)  # the first known row is almost always the first row
    counts = _counts(head)
    if not pc.any(pc.is_in(counts, value_set=_known_counts())).as_py():
        counts = _counts(batch)
    known = pc.is_in(counts, value_set=_known_counts())
    first = pc.index(known, True).as_py()
    if first < 0:
        return None
    return 2 if counts[first].as_py() == 61 else 1


def _known_counts() -> pa.Array:
    """The column counts of both GDELT versions as an Arrow array."""
    import pyarrow as pa

    return pa.array((*_FAMILY_COLUMNS[1], *_FAMILY_COLUMNS[2]), pa.int32())


def meeting_lines(
    batch: pa.RecordBatch, *, by: Literal["country", "actor"] = "country", family: int | None = None
) -> pa.RecordBatch:
    """The lines of ``batch`` that are GDELT meeting reports: a GDELT ``family`` row (1.0: 57 or 58
    columns, 2.0: 61; None: either) whose CAMEO code is a meeting code and whose two sides (``by``
    country or actor code) are both present and differ.

    A pure function of its arguments: the same batch gives the same lines on any machine.
    """
    return _meeting_batch(batch, by, family)[0]


def _meeting_batch(
    batch: pa.RecordBatch, by: Literal["country", "actor"], family: int | None
) -> tuple[pa.RecordBatch, int]:
    """`meeting_lines`, and how many lines with a meeting code had a column count not of ``family``.

    Three regular expressions (RE2, vectorised), each over fewer lines: the meeting code in column 27
    (most lines stop there), the column count, then the two sides taken out for the comparison.
    """
    import pyarrow.compute as pc

    batch = batch.filter(pc.match_substring_regex(batch.column(0), pattern=_code_pattern()))
    shaped = pc.match_substring_regex(batch.column(0), pattern=_shape_pattern(family))
    wrong = batch.num_rows - (pc.sum(shaped).as_py() or 0)
    batch = batch.filter(shaped)
    sides = pc.extract_regex(batch.column(0), pattern=_sides_pattern(by))
    first, second = sides.field("first"), sides.field("second")
    keep = pc.and_(
        pc.and_(pc.not_equal(pc.binary_length(first), 0), pc.not_equal(pc.binary_length(second), 0)),
        pc.not_equal(first, second),
    )
    return batch.filter(keep), wrong


@functools.cache
def _shape_pattern(family: int | None) -> str:
    """A regular expression matching the lines with a column count of GDELT ``family`` (None: either)."""
    sizes = (*_FAMILY_COLUMNS[1], *_FAMILY_COLUMNS[2]) if family is None else _FAMILY_COLUMNS[family]
    tabs = "|".join(f"(?:[^\t]*\t){{{size - 1}}}" for size in sizes)
    return f"^(?:{tabs})[^\t]*$"


@functools.cache
def _sides_pattern(by: Literal["country", "actor"]) -> str:
    """A regular expression taking out the two side columns (``by`` country or actor code) of a line."""
    first, second = _SIDE_COLUMNS[by]
    skip = second - first - 1
    return f"^(?:[^\t]*\t){{{first}}}(?P<first>[^\t]*)\t(?:[^\t]*\t){{{skip}}}(?P<second>[^\t]*)(?:\t|$)"


def mention_lines(batch: pa.RecordBatch, event_ids: pa.Array) -> pa.RecordBatch:
    """The lines of ``batch`` that are GDELT 2.0 Mentions rows (16 columns) of one of ``event_ids``
    (GLOBALEVENTIDs as binary text). A pure function, like `meeting_lines`."""
    return _mention_batch(batch, event_ids)[0]


def _mention_batch(batch: pa.RecordBatch, event_ids: pa.Array) -> tuple[pa.RecordBatch, int]:
    """`mention_lines`, and how many lines of those events did not have 16 columns.

    Regular expressions, not a comparison with a number: passing a Python value to an Arrow kernel
    imports pandas when it is installed, which costs more than a scan's Mentions.
    """
    import pyarrow.compute as pc

    first = pc.extract_regex(batch.column(0), pattern="^(?P<id>[^\t]*)").field("id")
    batch = batch.filter(pc.is_in(first, value_set=event_ids))
    shaped = pc.match_substring_regex(
        batch.column(0), pattern=f"^(?:[^\t]*\t){{{_MENTION_COLUMNS - 1}}}[^\t]*$"
    )
    return batch.filter(shaped), batch.num_rows - (pc.sum(shaped).as_py() or 0)


def _binary_array(values: Sequence[bytes]) -> pa.Array:
    """A binary array of ``values``, built from its buffers (``pa.array`` imports pandas)."""
    import pyarrow as pa

    offsets = array.array("q", [0])
    for value in values:
        offsets.append(offsets[-1] + len(value))
    return pa.Array.from_buffers(
        pa.large_binary(), len(values), [None, pa.py_buffer(offsets), pa.py_buffer(b"".join(values))]
    ).cast(pa.binary())


@attrs.frozen(kw_only=True)
class FileScan:
    """What one task found in one file: the kept lines and the counts.

    Attributes:
        path: the file.
        lines: the kept lines (raw bytes, in file order).
        read: the non-empty lines read.
        wrong_shape: lines skipped for their column count — of the lines with a meeting code (events)
            or of a kept event (mentions): other lines are not looked at — or for a 0x1F character.
    """

    path: str
    lines: tuple[bytes, ...]
    read: int
    wrong_shape: int


def scan_events_file(
    path: PathLike, *, by: Literal["country", "actor"] = "country", block_size: int = BLOCK_SIZE
) -> FileScan:
    """Steps 1 and 2 for one events file: its meeting report lines (one task; runs on any worker).

    The lines kept are those `meeting_lines` keeps from `line_batches` of the file; the filter runs over
    raw blocks of the file with numpy instead (see ``summitlib.importers._gdelt_blocks``: about twice as
    fast). Lines with a meeting code before the first line of a known column count are counted as of the
    wrong shape.
    """
    from summitlib.importers._gdelt_blocks import BlockFilter, raw_blocks

    found = BlockFilter(by)
    for block in raw_blocks(Path(path), block_size):
        found.add(block)
    found.finish()
    return FileScan(path=os.fspath(path), lines=tuple(found.kept), read=found.read, wrong_shape=found.wrong)


def scan_mentions_file(path: PathLike, event_ids: Sequence[int], *, block_size: int = BLOCK_SIZE) -> FileScan:
    """The Mentions lines of ``event_ids`` in one file (one task; runs on any worker)."""

    ids = _binary_array([str(i).encode() for i in event_ids])
    bad: list[int] = []
    kept: list[bytes] = []
    read = wrong = 0
    for batch in line_batches(path, block_size=block_size, bad_lines=bad):
        read += batch.num_rows
        lines, skipped = _mention_batch(batch, ids)
        kept.extend(lines.column(0).to_pylist())
        wrong += skipped
    return FileScan(
        path=os.fspath(path), lines=tuple(kept), read=read + len(bad), wrong_shape=wrong + len(bad)
    )
