"""Stream the rows of a tab-separated file, plain or zipped, with line numbers, progress and decoding checks.

GDELT publishes its exports as ``.CSV.zip`` archives holding one tab-separated file; Archigos as a plain
tab-separated file. `rows` opens either (a zip archive is recognised by its first bytes, not its name),
yields batches of ``(line_number, line)`` for the non-blank lines and reports the undecodable ones.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from summitlib.errors import LoadError, Problem
from summitlib.importers._progress import Progress
from summitlib.importers._report import ImportReport

__all__ = ["PathLike", "display_name", "open_binary", "rows"]

PathLike = str | os.PathLike[str]

_ZIP_MAGIC = b"PK\x03\x04"
_CHUNK = 1 << 20  # bytes read at a time


def display_name(path: PathLike) -> str:
    """The name problems report for ``path``."""
    return os.fspath(path)


@contextmanager
def open_binary(path: PathLike) -> Iterator[tuple[IO[bytes], int, str]]:
    """Open ``path`` for binary reading; a zip archive yields its single data member.

    Yields:
        (stream, size in bytes, name for messages such as ``"x.zip!x.CSV"``).

    Raises:
        LoadError: when a zip archive is damaged or does not hold exactly one file.
    """
    name = display_name(path)
    with open(path, "rb") as handle:
        magic = handle.read(4)
        handle.seek(0)
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
        try:
            while True:
                chunk = stream.read(_CHUNK)
                done += len(chunk)
                if not chunk:
                    if not rest:
                        break
                    data, rest = rest, b""
                else:
                    data = rest + chunk
                    cut = data.rfind(b"\n") + 1
                    if not cut:
                        rest = data
                        continue
                    data, rest = data[:cut], data[cut:]
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
                bar.update(done)
                yield name, batch
        finally:
            bar.update(done)
            bar.close()


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
