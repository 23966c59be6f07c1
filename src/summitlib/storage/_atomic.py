"""Writing files and directories so that a crash at any instant leaves the old or the new one in place.

**Files.** A file is written to a temporary file in the same directory, flushed and ``fsync``-ed, then
renamed over the target with ``os.replace`` (atomic on POSIX and Windows). A symbolic link at the target
is written through: the file it points to is replaced, the link stays.

**Directories.** A corpus directory is written completely into a temporary sibling directory, fsync-ed,
then swapped with the target in one step by ``renameat2(RENAME_EXCHANGE)`` (Linux 3.15+, on the file
systems that support it — ext4, XFS, Btrfs, tmpfs ...): at every instant the target path holds either the
old or the new corpus. The old corpus, now under the temporary name, is removed last. Where the exchange
is not available (other systems, some network file systems) the fallback is two renames — target to a
fixed *journal* name ``.NAME~HASH.summitlib-old``, then the temporary directory to the target — and a crash
between them is repaired by the next load or save of that path, which moves the journal back.

**Concurrent saves** to one directory: each save holds an exclusive ``flock`` on the directory it replaces
for its whole duration; a second save of the same path while one is running gets a `SaveError` and
leaves nothing behind. Two saves creating the same new directory: the first rename wins
(``RENAME_NOREPLACE``), the other gets a `SaveError`.

**Leftovers.** Temporary names are ``.NAME~HASH.PID.RANDOM.summitlib-tmp``: the target's name (shortened,
with a hash of it), the id of the process that writes it. A save sweeps the leftovers of killed saves of
the same target — only entries with exactly that pattern, owned by the current user, whose process no
longer runs and which nobody holds a lock on.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from summitlib.errors import SaveError

_DEFAULT_FILE_MODE = 0o644
_DEFAULT_DIR_MODE = 0o755
TEMP_SUFFIX = ".summitlib-tmp"
JOURNAL_SUFFIX = ".summitlib-old"
_SHORT = 60  # characters of the target's name kept in temporary names (file names are at most 255 bytes)

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # (not on Windows)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_DIRECTORY_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _NOFOLLOW
_RENAME_NOREPLACE, _RENAME_EXCHANGE = 1, 2
_AT_FDCWD = -100
_UNSUPPORTED = {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP}


def _load_renameat2() -> Callable[..., int] | None:
    """libc's ``renameat2`` (Linux, glibc 2.28+), or None."""
    if not sys.platform.startswith("linux"):  # pragma: no cover - other systems use the fallback
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # pragma: no cover - old C libraries
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


RENAMEAT2: Callable[..., int] | None = _load_renameat2()
"""``renameat2`` when the platform has it; tests set it to None to exercise the fallback."""


def _renameat2(source: Path, target: Path, flags: int) -> bool:
    """Rename with ``flags``; False when the system or file system cannot (then use the fallback).

    Raises:
        OSError: the rename failed for another reason (``EEXIST`` for ``RENAME_NOREPLACE`` ...).
    """
    function = RENAMEAT2
    if function is None:
        return False
    if function(_AT_FDCWD, os.fsencode(source), _AT_FDCWD, os.fsencode(target), flags) == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(source), None, str(target))


if sys.platform == "win32":  # pragma: no cover - no flock: saves are not protected against each other

    def _try_lock(fd: int) -> bool:
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        """Take an exclusive lock on ``fd`` without waiting; False when someone else holds one."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:  # pragma: no cover - a file system without locks: nothing to respect
            return True
        return True


def _stem(target: Path) -> str:
    """The start of every temporary name of ``target``: ``.NAME~HASH`` (short, and unique to the name)."""
    name = target.name
    digest = hashlib.sha256(os.fsencode(name)).hexdigest()[:8]
    return f".{name[:_SHORT]}~{digest}"


def journal_path(target: Path) -> Path:
    """Where the fallback swap keeps the old directory between its two renames."""
    return target.parent / f"{_stem(target)}{JOURNAL_SUFFIX}"


def _fsync_directory(directory: Path) -> None:
    """Make the entries of ``directory`` durable (a no-op where directories cannot be opened)."""
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


def _through_link(path: Path) -> Path:
    """``path``, or where it leads when it is a symbolic link (saving writes through links)."""
    return Path(os.path.realpath(path)) if os.path.islink(path) else path


def _euid() -> int:
    return os.geteuid() if hasattr(os, "geteuid") else 0  # pragma: no cover - Windows: st_uid is 0


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # another thread's save
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists (owned by someone else), or we cannot tell
        return True
    return True


def _remove(path: Path, is_directory: bool) -> None:
    if is_directory:
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def sweep(target: Path) -> None:
    """Remove what killed saves of ``target`` left next to it, and only that.

    An entry is removed when its name is a temporary name of ``target`` (``.NAME~HASH.PID.RANDOM`` +
    ``.summitlib-tmp``), it is a plain file or directory owned by the current user, the process ``PID``
    does not run, and no one holds a lock on it.
    """
    pattern = re.compile(re.escape(_stem(target)) + r"\.([0-9]+)\.[a-z0-9_]+" + re.escape(TEMP_SUFFIX))
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    for name in names:
        match = pattern.fullmatch(name)
        if match is None or _alive(int(match.group(1))):
            continue
        path = target.parent / name
        try:
            fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
        except OSError:  # a link (never ours), gone already, or not readable
            continue
        try:
            info = os.fstat(fd)
            kind = stat.S_IFMT(info.st_mode)
            ours = kind in (stat.S_IFDIR, stat.S_IFREG) and info.st_uid == _euid()
            if ours and _try_lock(fd):
                _remove(path, kind == stat.S_IFDIR)
        finally:
            os.close(fd)


def recover(target: Path, *, finish: bool = False) -> None:
    """Repair a fallback swap that a crash interrupted between its two renames.

    When ``target`` is missing and its journal directory exists, the journal (the old corpus) is moved
    back. With ``finish`` (before a save), a journal left beside an existing target — the swap completed,
    the removal did not — is removed. A journal locked by a running save is left alone.
    """
    try:
        journal = journal_path(target)
        fd = os.open(journal, _DIRECTORY_FLAGS)
    except (OSError, ValueError):
        return
    try:
        if not _try_lock(fd):
            return  # a save is between its two renames right now
        if not os.path.lexists(target):
            os.rename(journal, target)
            _fsync_directory(target.parent)
        elif finish:
            shutil.rmtree(journal, ignore_errors=True)
    except OSError:
        pass  # the load or save that follows reports what is wrong with the target
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """Open a temporary file next to ``path`` for writing; on success it replaces ``path`` atomically.

    On any exception the temporary file is removed, ``path`` is untouched, and the exception propagates.

    Raises:
        SaveError: ``path`` exists and is not a regular file (a directory, a FIFO, a device ...).
    """
    path = _through_link(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise SaveError(
            f"refusing to replace {path}: it exists and is not a regular file; save to a new path"
        )
    directory = path.parent
    sweep(path)
    mode = stat.S_IMODE(info.st_mode) if info is not None else _DEFAULT_FILE_MODE
    fd, name = tempfile.mkstemp(prefix=f"{_stem(path)}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=directory)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as file:
            _try_lock(file.fileno())
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


@contextlib.contextmanager
def _locked_target(target: Path, marker: str) -> Iterator[bool]:
    """Hold an exclusive lock on the corpus directory at ``target`` for a save; yields whether it exists.

    Raises:
        SaveError: ``target`` is not a corpus directory, or another save of it is running.
    """
    for _ in range(5):
        try:
            info = os.lstat(target)
        except FileNotFoundError:
            yield False
            return
        if not stat.S_ISDIR(info.st_mode) or not _is_regular(target / marker):
            raise SaveError(
                f"refusing to replace {target}: it exists and is not a corpus directory (no {marker}); "
                "save to a new path or remove it first"
            )
        fd = os.open(target, _DIRECTORY_FLAGS)
        try:
            if not _try_lock(fd):
                raise SaveError(
                    f"could not save the corpus to {target}: another save of it is running; "
                    "nothing was written — try again when it has finished"
                )
            try:
                same = os.path.samestat(os.fstat(fd), os.lstat(target))
            except OSError:
                same = False
            if same:
                yield True
                return
        finally:
            os.close(fd)
    raise SaveError(f"could not save the corpus to {target}: other saves keep replacing it; try again")


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _fsync_tree(root: Path) -> None:
    for directory, _, _ in os.walk(root):
        _fsync_directory(Path(directory))


def _swap_fallback(temporary: Path, target: Path) -> None:
    """Two renames through the journal name (for systems without an atomic exchange)."""
    journal = journal_path(target)
    os.rename(target, journal)
    try:
        os.rename(temporary, target)
    except BaseException:
        os.rename(journal, target)
        raise
    _fsync_directory(target.parent)
    shutil.rmtree(journal, ignore_errors=True)


def _create(temporary: Path, target: Path) -> None:
    """Rename ``temporary`` to the new ``target``, never over something another save created meanwhile."""
    try:
        if _renameat2(temporary, target, _RENAME_NOREPLACE):
            return
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
        os.rename(temporary, target)
    except FileExistsError:
        raise SaveError(
            f"could not save the corpus to {target}: another save created it meanwhile; "
            "nothing was written — try again"
        ) from None


def replace_directory(target: Path, fill: Callable[[Path], None], *, marker: str) -> None:
    """Build a directory with ``fill(temporary_dir)`` and swap it in for ``target``.

    ``target`` must not exist, or be a directory that contains ``marker`` (so that saving never deletes a
    directory that is not a summitlib corpus). A symbolic link to a directory is written through.

    Raises:
        SaveError: ``target`` exists and is not a directory holding ``marker``, or another save of it
            is running.
    """
    target = _through_link(target)
    parent = target.parent
    recover(target, finish=True)
    sweep(target)
    mode = _mode_of(target, _DEFAULT_DIR_MODE)
    with _locked_target(target, marker) as exists:
        prefix = f"{_stem(target)}.{os.getpid()}."
        temporary = Path(tempfile.mkdtemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=parent))
        try:
            fill(temporary)
            _fsync_tree(temporary)
            os.chmod(temporary, mode)
            if not exists:
                _create(temporary, target)
            elif not _renameat2(temporary, target, _RENAME_EXCHANGE):
                _swap_fallback(temporary, target)
        except BaseException:
            shutil.rmtree(temporary, ignore_errors=True)
            raise
        _fsync_directory(parent)
        shutil.rmtree(temporary, ignore_errors=True)  # the old corpus after an exchange
