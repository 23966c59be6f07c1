"""Stream the rows of a tab-separated file, plain, zipped or gzipped, with line numbers, progress and checks.

GDELT publishes its exports as ``.CSV.zip`` archives holding one tab-separated file; mirrors keep them as
``.gz``; Archigos is a plain tab-separated file. `rows` opens any of them (a zip or gzip file is recognised
by its first bytes, not its name), yields batches of ``(line_number, line)`` for the non-blank lines and
reports the undecodable ones. A line longer than `MAX_LINE` bytes is skipped and reported as a row
problem; it is never held in memory whole (memory stays bounded, time linear in the file).
"""

from __future__ import annotations

import gzip
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, cast

from summitlib.errors import LoadError, Problem
from summitlib.importers._progress import Progress
from summitlib.importers._report import ImportReport

__all__ = ["PathLike", "display_name", "open_binary", "rows"]

PathLike = str | os.PathLike[str]

_ZIP_MAGIC = b"PK\x03\x04"
_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20  # bytes read at a time
MAX_LINE = 1 << 20
"""The longest line read, in bytes (a GDELT row is about 1 KB); a longer one is a row problem."""


def display_name(path: PathLike) -> str:
    """The name problems report for ``path``."""
    return os.fspath(path)


@contextmanager
def open_binary(path: PathLike) -> Iterator[tuple[IO[bytes], int, str]]:
    """Open ``path`` for binary reading; a zip archive yields its single data member, a gzip file its
    decompressed data.

    Yields:
        (stream, size in bytes — of the compressed file for gzip —, name for messages such as
        ``"x.zip!x.CSV"``).

    Raises:
        LoadError: when the path is not a regular file (a FIFO, a device ... is not opened), cannot be
            opened, or a zip archive is damaged or does not hold exactly one file.
    """
    name = display_name(path)
    try:
        regular = stat.S_ISREG(os.stat(path).st_mode)
        handle = open(path, "rb") if regular else None  # noqa: SIM115 - closed by the with below
    except (OSError, ValueError) as error:
        reason = "the path contains a NUL byte" if isinstance(error, ValueError) else error.strerror or error
        raise LoadError([Problem(message=f"cannot read the file ({reason})", file=name)]) from None
    if handle is None:  # a FIFO would block, a device never end: not opened
        message = "not a regular file (a FIFO, device, socket or directory; it was not read); expected a file"
        raise LoadError([Problem(message=message, file=name)])
    with handle:
        magic = handle.read(4)
        handle.seek(0)
        if magic.startswith(_GZIP_MAGIC):
            with gzip.GzipFile(fileobj=handle, mode="rb") as unpacked:
                yield cast(IO[bytes], unpacked), os.fstat(handle.fileno()).st_size, name
            return
        if magic != _ZIP_MAGIC:
            yield handle, os.fstat(handle.fileno()).st_size, name
            return
        try:
            archive = zipfile.ZipFile(handle)
        except zipfile.BadZipFile as error:
            raise LoadError([Problem(message=f"not a readable zip archive: {error}", file=name)]) from None
        with archive:
            members = [i for i in archive.infolist() if not i.is_dir()]
            if len(members) != 1:
                found = ", ".join(m.filename for m in members) or "nothing"
                problem = Problem(message=f"expected one data file in the archive, found {found}", file=name)
                raise LoadError([problem])
            with archive.open(members[0]) as member:
                yield member, members[0].file_size, f"{name}!{members[0].filename}"


def _chunks(stream: IO[bytes], name: str) -> Iterator[bytes]:
    """The bytes of ``stream`` a chunk at a time; a damaged compressed file is a LoadError."""
    while True:
        try:
            chunk = stream.read(_CHUNK)
        except (OSError, EOFError, zlib.error, zipfile.BadZipFile) as error:
            message = f"cannot read the file: {error or type(error).__name__}; expected intact data"
            raise LoadError([Problem(message=message, file=name)]) from None
        if not chunk:
            return
        yield chunk


def rows(
    path: PathLike,
    report: ImportReport,
    *,
    strict: bool = False,
    progress: bool | None = None,
    skip_header: bool = False,
    fallback: str | None = None,
) -> Iterator[tuple[str, list[tuple[int, str]]]]:
    """Yield ``(file name, [(line number, line), ...])`` in batches, for each data line of a text file.

    The file is read in chunks of about a megabyte, decoded and split in bulk (a chunk that is not UTF-8
    is decoded line by line: a line that is not UTF-8 is decoded with the ``fallback`` encoding and
    reported as a warning, or, without a fallback, skipped as "not UTF-8" — or raises in ``strict`` mode).
    Empty lines are ignored; every other line counts as a row read. Only a line feed (after an optional
    carriage return) ends a line: trailing empty fields are kept, so column counts are exact.
    """
    with open_binary(path) as (stream, size, name):
        bar = Progress(Path(name).name, total=size, enabled=progress, unit="bytes")
        done = 0
        number = 0  # lines seen so far
        rest = b""
        overlong = False  # inside a line longer than MAX_LINE, being skipped
        chunks = _chunks(stream, name)
        try:
            while True:
                chunk = next(chunks, b"")
                done += len(chunk)
                if overlong:
                    end = chunk.find(b"\n")
                    if chunk and end < 0:
                        continue  # the long line goes on: skip it without keeping it
                    overlong, chunk = False, chunk[end + 1 :] if chunk else b""
                    number += 1
                    report.count_read()
                    detail = f"the line is longer than {MAX_LINE:,} bytes; expected one row per line"
                    report.skip("line too long", detail, file=name, line=number, strict=strict)
                    if not chunk:
                        continue
                if not chunk:
                    if not rest:
                        break
                    data, rest = rest, b""
                else:
                    data = rest + chunk
                    cut = data.rfind(b"\n") + 1
                    if not cut:
                        if len(data) > MAX_LINE:
                            overlong, rest = True, b""
                        else:
                            rest = data
                        continue
                    data, rest = data[:cut], data[cut:]
                    if len(rest) > MAX_LINE:
                        overlong, rest = True, b""
                yield from _batches(data, name, report, strict, fallback, skip_header, number)
                number += data.count(b"\n") + (not data.endswith(b"\n"))
                bar.update(done)
        finally:
            bar.update(done)
            bar.close()


def _batches(
    data: bytes,
    name: str,
    report: ImportReport,
    strict: bool,
    fallback: str | None,
    skip_header: bool,
    number: int,
) -> Iterator[tuple[str, list[tuple[int, str]]]]:
    """The data lines of ``data`` (whole lines, the first being line ``number + 1``), in batches."""
    batch: list[tuple[int, str]] = []
    for line in _decode(data):
        number += 1
        if isinstance(line, UnicodeDecodeError):
            if fallback is None:
                # report in file order: the rows before this one are handed out first
                if batch:
                    report.count_read(len(batch))
                    yield name, batch
                    batch = []
                report.count_read()
                report.skip("not UTF-8", str(line), file=name, line=number, strict=strict)
                continue
            report.warn("not UTF-8", f"{line}; decoded as {fallback}", file=name, line=number)
            line = line.object.decode(fallback, errors="replace").rstrip("\r")
        if not line or (skip_header and number == 1):
            continue
        batch.append((number, line))
    report.count_read(len(batch))
    yield name, batch


def _decode(data: bytes) -> list[str | UnicodeDecodeError]:
    """The lines of ``data`` (ending in a newline, or the last line of the file) as text; the error for a
    line that is not UTF-8 (its ``object`` is the line's bytes)."""
    if data.endswith(b"\n"):
        data = data[:-1]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        return list(text.split("\n"))
    found: list[str | UnicodeDecodeError] = []
    for raw in data.split(b"\n"):
        try:
            found.append(raw.decode("utf-8").rstrip("\r"))
        except UnicodeDecodeError as error:
            found.append(error)
    return found
