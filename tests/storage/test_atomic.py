"""Saving is atomic: a save that fails part-way leaves the previous file or directory exactly as it was
and no temporary file behind (summitlib.storage._atomic)."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from summitlib import Records, SaveError
from summitlib.storage import _atomic, _yaml, load_records, save_records

from .helpers import HAMBURG


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def hamburg() -> Records:
    return load_records(HAMBURG)


class _FailingFile:
    """A file that fails (like a full disk, or an interrupt) once ``limit`` bytes have been written."""

    def __init__(self, file: BinaryIO, limit: int, error: BaseException) -> None:
        self._file, self._limit, self._error = file, limit, error

    def write(self, data: bytes) -> int:
        room = self._limit - self._file.tell()
        if len(data) > room:
            self._file.write(data[: max(room, 0)])
            raise self._error
        return self._file.write(data)

    def writelines(self, chunks: Iterable[bytes]) -> None:
        for chunk in chunks:
            self.write(chunk)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._file, name)

    def __enter__(self) -> _FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()


def _fail_writes_after(monkeypatch: pytest.MonkeyPatch, limit: int, error: BaseException) -> None:
    real = os.fdopen

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        return _FailingFile(real(fd, mode, *args, **kwargs), limit, error)

    monkeypatch.setattr(_atomic.os, "fdopen", fdopen)


@pytest.mark.parametrize("name", ["corpus.json", "corpus.jsonl"])
@pytest.mark.parametrize("limit", [0, 1, 100, 2000])
def test_a_save_killed_part_way_leaves_the_previous_file(
    hamburg: Records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, limit: int
) -> None:
    target = tmp_path / name
    previous = Records(sources=hamburg.sources, leaders=hamburg.leaders[:1])
    save_records(previous, target)
    before = _snapshot(tmp_path)
    _fail_writes_after(monkeypatch, limit, OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(SaveError, match="No space left on device") as info:
        save_records(hamburg, target)
    assert isinstance(info.value, OSError)
    assert str(target) in str(info.value)
    monkeypatch.undo()
    assert _snapshot(tmp_path) == before  # same file, same bytes, no temporary file
    assert load_records(target) == previous


def test_an_interrupted_save_also_cleans_up(
    hamburg: Records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "corpus.json"
    _fail_writes_after(monkeypatch, 500, KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        save_records(hamburg, target)
    assert list(tmp_path.iterdir()) == []


def _fail_on_call(number: int, real: Callable[..., Any]) -> Callable[..., Any]:
    calls = []

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        if len(calls) == number:
            raise OSError(errno.EIO, "Input/output error")
        return real(*args, **kwargs)

    return wrapper


@pytest.mark.parametrize("failing_file", [1, 2, 4, 7])  # of 7: corpus.yaml, the text, 5 record files
def test_a_directory_save_killed_part_way_leaves_the_previous_directory(
    hamburg: Records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing_file: int
) -> None:
    target = tmp_path / "corpus"
    previous = Records(sources=hamburg.sources, issues=hamburg.issues)
    save_records(previous, target)
    before = _snapshot(tmp_path)
    monkeypatch.setattr(_yaml, "write_file", _fail_on_call(failing_file, _atomic.write_file))
    with pytest.raises(SaveError, match="Input/output error"):
        save_records(hamburg, target)
    monkeypatch.undo()
    assert _snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]
    assert load_records(target) == previous


def test_a_failed_swap_puts_the_previous_directory_back(
    hamburg: Records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "corpus"
    save_records(Records(sources=hamburg.sources), target)
    before = _snapshot(tmp_path)
    monkeypatch.setattr(_atomic, "RENAMEAT2", None)  # the fallback: two renames
    monkeypatch.setattr(_atomic.os, "rename", _fail_on_call(2, os.rename))  # old aside succeeds, new in fails
    with pytest.raises(SaveError):
        save_records(hamburg, target)
    monkeypatch.undo()
    assert _snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_never_replaces_a_directory_that_is_not_a_corpus(hamburg: Records, tmp_path: Path) -> None:
    precious = tmp_path / "thesis"
    precious.mkdir()
    (precious / "chapter1.md").write_text("years of work")
    with pytest.raises(SaveError, match="not a corpus directory"):
        save_records(hamburg, precious)
    assert (precious / "chapter1.md").read_text() == "years of work"
    with pytest.raises(SaveError):
        save_records(hamburg, precious, format="json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thesis"]


def test_unwritable_text_is_a_save_error(tmp_path: Path) -> None:
    from summitlib import Source, SourceKind

    records = Records(sources=[Source(id="s", text="half a surrogate \ud800", kind=SourceKind.NEWS)])
    for name in ("c.json", "c.jsonl", "corpus"):
        with pytest.raises(SaveError, match="could not save"):
            save_records(records, tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_file_permissions(hamburg: Records, tmp_path: Path) -> None:
    """A new file gets ordinary permissions (not a temporary file's 0600); an existing file keeps its own."""
    target = tmp_path / "corpus.json"
    save_records(hamburg, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    target.chmod(0o640)
    save_records(hamburg, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    save_records(hamburg, tmp_path / "corpus")
    assert stat.S_IMODE((tmp_path / "corpus").stat().st_mode) == 0o755
