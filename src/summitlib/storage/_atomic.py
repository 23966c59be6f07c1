"""Writing files and directories so that an interrupted save never leaves a broken one behind.

A file is written to a temporary file in the same directory, flushed and ``fsync``-ed, then renamed over
the target with ``os.replace`` (atomic on POSIX and Windows). A directory is written completely into a
temporary sibling directory, then swapped in with two renames; the old directory is removed last. If
anything fails, the temporary file or directory is removed and the target is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from summitlib.errors import SaveError

_DEFAULT_FILE_MODE = 0o644
_DEFAULT_DIR_MODE = 0o755


def _fsync_directory(directory: Path) -> None:
    """Make a rename inside ``directory`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - file systems without directory fsync
        pass
    finally:
        os.close(fd)


def _mode_of(path: Path, default: int) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return default


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """Open a temporary file next to ``path`` for writing; on success it replaces ``path`` atomically.

    On any exception the temporary file is removed, ``path`` is untouched, and the exception propagates.
    """
    directory = path.parent
    mode = _mode_of(path, _DEFAULT_FILE_MODE)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _fsync_directory(directory)


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file, flushed and fsync-ed (for files inside a temporary directory)."""
    with open(path, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())


def replace_directory(target: Path, fill: Callable[[Path], None], *, marker: str) -> None:
    """Build a directory with ``fill(temporary_dir)`` and swap it in for ``target``.

    ``target`` must not exist, or be a directory that contains ``marker`` (so that saving never deletes a
    directory that is not a summitlib corpus).

    Raises:
        SaveError: ``target`` exists and is not a directory holding ``marker``.
    """
    if target.exists() and not (target.is_dir() and (target / marker).is_file()):
        raise SaveError(
            f"refusing to replace {target}: it exists and is not a corpus directory (no {marker}); "
            "save to a new path or remove it first"
        )
    parent = target.parent
    mode = _mode_of(target, _DEFAULT_DIR_MODE)
    temporary = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent))
    old: Path | None = None
    try:
        fill(temporary)
        _fsync_directory(temporary)
        os.chmod(temporary, mode)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=parent))
            os.rmdir(old)
            os.rename(target, old)
            try:
                os.rename(temporary, target)
            except BaseException:
                os.rename(old, target)
                old = None
                raise
        else:
            os.rename(temporary, target)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    _fsync_directory(parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
