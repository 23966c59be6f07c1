"""Fault injection: saves killed with SIGKILL at every step, concurrent savers, symbolic links, leftovers.

A save is run in a forked child that kills itself (``SIGKILL``: no ``finally``, no cleanup) when it reaches
the N-th line executed in the storage writers; the parent then loads the target. The property, for every
N and every format: the target holds the old corpus or the new one, never neither and never a mixture,
and the next save leaves nothing but the target in its directory.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from summitlib import Records, SaveError
from summitlib.storage import _atomic, _yaml, load_records, save_records

from .helpers import HAMBURG, ROOT

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")

_WRITERS = {"_atomic.py", "_yaml.py", "_json.py"}
NAMES = {"directory": "corpus", "json": "corpus.json", "jsonl": "corpus.jsonl"}


def _corpora() -> tuple[Records, Records]:
    hamburg = load_records(HAMBURG)
    return Records(sources=hamburg.sources, issues=hamburg.issues), hamburg


@pytest.fixture(scope="module")
def old_and_new() -> tuple[Records, Records]:
    return _corpora()


def serve() -> None:  # pragma: no cover - runs in the killer process
    """Read ``target<TAB>line<TAB>fallback`` lines; for each, save the new corpus in a child killed at
    that line and answer its wait status."""
    _, new = _corpora()
    for request in sys.stdin:
        target, at, fallback = request.rstrip("\n").split("\t")
        print(_killed_save(new, Path(target), int(at), fallback=fallback == "1"), flush=True)


@pytest.fixture(scope="module")
def killer() -> Iterator[Callable[[Path, int, bool], int]]:
    """Saves killed at a given line, forked from a small helper process (forking the test process itself,
    which may hold gigabytes after other tests, costs far more)."""
    helper = subprocess.Popen(
        [sys.executable, "-c", "from tests.storage.test_faults import serve; serve()"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert helper.stdin is not None and helper.stdout is not None
    requests, answers = helper.stdin, helper.stdout

    def kill_at(target: Path, at: int, fallback: bool) -> int:
        requests.write(f"{target}\t{at}\t{int(fallback)}\n")
        requests.flush()
        return int(answers.readline())

    try:
        yield kill_at
    finally:
        requests.close()
        helper.wait(timeout=30)


def _counting(limit: int | None, counter: list[int]) -> Callable[..., Any]:
    """A trace function counting the lines run in the storage writers; SIGKILL at line ``limit``."""

    def local(frame: FrameType, event: str, arg: object) -> Any:
        if event == "line":
            counter[0] += 1
            if counter[0] == limit:
                os.kill(os.getpid(), signal.SIGKILL)
        return local

    def trace(frame: FrameType, event: str, arg: object) -> Any:
        if os.path.basename(frame.f_code.co_filename) in _WRITERS:
            return local
        return None

    return trace


def _lines_of_a_save(records: Records, target: Path) -> int:
    counter = [0]
    sys.settrace(_counting(None, counter))
    try:
        save_records(records, target)
    finally:
        sys.settrace(None)
    return counter[0]


def _killed_save(records: Records, target: Path, at: int, *, fallback: bool = False) -> int:
    """Save in a child killed at line ``at`` of the writers; the child's wait status."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            if fallback:
                _atomic.RENAMEAT2 = None
            sys.settrace(_counting(at, [0]))
            save_records(records, target)
        finally:
            os._exit(0)
    return os.waitpid(pid, 0)[1]


def _points(total: int, count: int) -> list[int]:
    """About ``count`` kill points spread over ``1..total`` (every line when there are few)."""
    step = max(1, total // count)
    return sorted({*range(1, total + 1, step), total})


def _listing(directory: Path) -> list[str]:
    return sorted(os.listdir(directory))


@pytest.mark.parametrize(
    "points", [12, pytest.param(10_000, marks=pytest.mark.slow)], ids=["sampled", "every-line"]
)
@pytest.mark.parametrize("fallback", [False, True], ids=["exchange", "two-renames"])
@pytest.mark.parametrize("exists", [True, False], ids=["replace", "create"])
@pytest.mark.parametrize("kind", ["directory", "json", "jsonl"])
def test_a_save_killed_at_any_line_leaves_old_or_new(
    tmp_path: Path,
    old_and_new: tuple[Records, Records],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    exists: bool,
    fallback: bool,
    points: int,
    killer: Callable[[Path, int, bool], int],
) -> None:
    if fallback and kind != "directory":
        pytest.skip("files are always replaced by one rename")
    if fallback:
        monkeypatch.setattr(_atomic, "RENAMEAT2", None)
    old, new = old_and_new
    target = tmp_path / NAMES[kind]
    if exists:
        save_records(old, target)
    total = _lines_of_a_save(new, target)
    assert total > 20
    killed = 0
    for at in _points(total, points):
        if exists:
            save_records(old, target)
        elif os.path.lexists(target):
            _remove(target)
        status = killer(target, at, fallback)
        killed += os.WIFSIGNALED(status)
        if exists or os.path.lexists(target) or os.path.lexists(_atomic.journal_path(target)):
            loaded = load_records(target)  # repairs an interrupted fallback swap
            assert loaded in (old, new), f"killed at line {at} of {total}"
            if not exists:
                assert loaded == new, f"killed at line {at} of {total}"
        save_records(new, target)  # the next save sweeps what the killed one left
        assert _listing(tmp_path) == [target.name], f"killed at line {at} of {total}"
        assert load_records(target) == new
    assert killed >= len(_points(total, points)) - 1


def _remove(path: Path) -> None:
    import shutil

    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink()


def test_an_interrupted_fallback_swap_is_repaired_by_the_next_load(
    tmp_path: Path, old_and_new: tuple[Records, Records]
) -> None:
    """Between the two renames of the fallback, the target is missing: the next load moves it back."""
    old, _ = old_and_new
    target = tmp_path / "corpus"
    save_records(old, target)
    os.rename(target, _atomic.journal_path(target))
    assert load_records(target) == old
    assert _listing(tmp_path) == ["corpus"]


def test_a_save_during_a_save_of_the_same_directory_is_refused(
    tmp_path: Path, old_and_new: tuple[Records, Records], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Concurrent saves of one directory: the first wins, the second gets a SaveError and leaves nothing."""
    old, new = old_and_new
    target = tmp_path / "corpus"
    save_records(old, target)
    errors: list[BaseException] = []

    def save_meanwhile(temporary: Path) -> None:
        try:
            save_records(old, target)
        except SaveError as error:
            errors.append(error)
        real_fill(temporary)

    real_fill = _fill_of(new, target)
    monkeypatch.setattr(_yaml, "replace_directory", _wrapped(save_meanwhile))
    save_records(new, target)
    monkeypatch.undo()
    assert len(errors) == 1 and "another save of it is running" in str(errors[0])
    assert str(target) in str(errors[0])
    assert load_records(target) == new
    assert _listing(tmp_path) == ["corpus"]


def test_two_saves_creating_one_directory_the_loser_gets_a_save_error(
    tmp_path: Path, old_and_new: tuple[Records, Records], monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = old_and_new
    target = tmp_path / "corpus"
    done: list[str] = []

    def save_meanwhile(temporary: Path) -> None:
        if done:  # the inner save, which runs this too
            inner_fill(temporary)
            return
        done.append("inner")
        save_records(old, target)  # creates the directory while the outer save is filling its own
        real_fill(temporary)

    real_fill = _fill_of(new, target)
    inner_fill = _fill_of(old, target)
    monkeypatch.setattr(_yaml, "replace_directory", _wrapped(save_meanwhile))
    with pytest.raises(SaveError, match="another save created it meanwhile"):
        save_records(new, target)
    monkeypatch.undo()
    assert done == ["inner"]
    assert load_records(target) == old
    assert _listing(tmp_path) == ["corpus"]


def _fill_of(records: Records, target: Path) -> Callable[[Path], None]:
    """The ``fill`` function `write_directory` would pass for ``records``."""
    captured: list[Callable[[Path], None]] = []
    real = _yaml.replace_directory
    _yaml.replace_directory = lambda target, fill, marker: captured.append(fill)  # type: ignore[assignment]
    try:
        _yaml.write_directory(records, target, {})
    finally:
        _yaml.replace_directory = real
    return captured[0]


def _wrapped(fill: Callable[[Path], None]) -> Callable[..., None]:
    real = _atomic.replace_directory

    def replace(target: Path, _: Callable[[Path], None], *, marker: str) -> None:
        real(target, fill, marker=marker)

    return replace


@pytest.mark.slow
def test_concurrent_saving_processes_leave_one_complete_corpus(
    tmp_path: Path, old_and_new: tuple[Records, Records]
) -> None:
    """Four processes save different corpora to one directory, many times: every save either succeeds or
    raises SaveError; at the end one complete corpus is at the target and nothing else beside it."""
    old, new = old_and_new
    corpora = [old, new, Records(sources=new.sources), Records(sources=new.sources, leaders=new.leaders)]
    target = tmp_path / "corpus"
    children = []
    for corpus in corpora:
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            code = 0
            try:
                for _ in range(15):
                    try:
                        save_records(corpus, target)
                    except SaveError:
                        code = 3
            except BaseException:
                code = 1
            os._exit(code)
        children.append(pid)
    codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children]
    assert all(code in (0, 3) for code in codes), codes
    assert load_records(target) in corpora
    assert _listing(tmp_path) == ["corpus"]


def test_concurrent_threads_saving_one_directory(
    tmp_path: Path, old_and_new: tuple[Records, Records]
) -> None:
    old, new = old_and_new
    target = tmp_path / "corpus"
    outcomes: list[str] = []

    def work(records: Records) -> None:
        for _ in range(5):
            try:
                save_records(records, target)
                outcomes.append("saved")
            except SaveError:
                outcomes.append("refused")

    threads = [threading.Thread(target=work, args=(r,)) for r in (old, new, old)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert "saved" in outcomes and set(outcomes) <= {"saved", "refused"}
    assert load_records(target) in (old, new)
    assert _listing(tmp_path) == ["corpus"]


def test_saving_onto_a_symlinked_directory_writes_through_and_leaves_no_debris(
    tmp_path: Path, old_and_new: tuple[Records, Records]
) -> None:
    old, new = old_and_new
    (tmp_path / "real").mkdir()
    (tmp_path / "links").mkdir()
    save_records(old, tmp_path / "real" / "corpus")
    link = tmp_path / "links" / "corpus"
    link.symlink_to(tmp_path / "real" / "corpus")
    save_records(new, link)
    assert link.is_symlink()
    assert load_records(link) == new == load_records(tmp_path / "real" / "corpus")
    assert _listing(tmp_path / "links") == ["corpus"]
    assert _listing(tmp_path / "real") == ["corpus"]


def test_saving_onto_a_symlinked_file_writes_through(
    tmp_path: Path, old_and_new: tuple[Records, Records]
) -> None:
    old, new = old_and_new
    save_records(old, tmp_path / "real.json")
    (tmp_path / "link.json").symlink_to(tmp_path / "real.json")
    save_records(new, tmp_path / "link.json")
    assert (tmp_path / "link.json").is_symlink()
    assert load_records(tmp_path / "real.json") == new
    assert _listing(tmp_path) == ["link.json", "real.json"]


@pytest.fixture
def dead_pid() -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os._exit(0)
    os.waitpid(pid, 0)
    return pid


@pytest.mark.parametrize("kind", ["directory", "json"])
def test_a_save_sweeps_only_its_own_leftovers(
    tmp_path: Path, old_and_new: tuple[Records, Records], dead_pid: int, kind: str
) -> None:
    old, _ = old_and_new
    target = tmp_path / NAMES[kind]
    stem = _atomic._stem(target)
    dead = tmp_path / f"{stem}.{dead_pid}.abcd_123{_atomic.TEMP_SUFFIX}"
    running = tmp_path / f"{stem}.{os.getpid()}.abcd_123{_atomic.TEMP_SUFFIX}"
    other = tmp_path / f"{_atomic._stem(tmp_path / 'other')}.{dead_pid}.abcd_123{_atomic.TEMP_SUFFIX}"
    foreign = tmp_path / f".{target.name}.{dead_pid}.abcd_123.tmp"
    for path in (dead, running, other, foreign):
        path.mkdir()
        (path / "meetings.yaml").write_text("[]")
    not_mine = tmp_path / f"{stem}.{dead_pid}.zzzz_999{_atomic.TEMP_SUFFIX}"
    not_mine.write_text("owned by someone else")
    os.chown(not_mine, 65534, 65534) if os.geteuid() == 0 else None
    save_records(old, target)
    left = {p.name for p in tmp_path.iterdir()}
    assert dead.name not in left
    assert {running.name, other.name, foreign.name, target.name} <= left
    assert (not_mine.name in left) == (os.geteuid() == 0)


@pytest.mark.parametrize("kind", ["json", "jsonl"])
def test_concurrent_file_saves_each_succeed_and_the_last_wins(
    tmp_path: Path, old_and_new: tuple[Records, Records], kind: str
) -> None:
    """Files: every concurrent save succeeds (each writes its own temporary file, the last rename wins);
    one complete corpus is at the target and no temporary file remains."""
    old, new = old_and_new
    target = tmp_path / NAMES[kind]
    errors: list[BaseException] = []

    def work(records: Records) -> None:
        try:
            for _ in range(5):
                save_records(records, target)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(r,)) for r in (old, new, old, new)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert load_records(target) in (old, new)
    assert _listing(tmp_path) == [target.name]


def test_a_load_during_a_directory_save_reads_one_corpus(
    tmp_path: Path, old_and_new: tuple[Records, Records], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save swaps the new corpus in after the load read meetings.yaml of the old one (which has none):
    the load notices that the directory changed under it and reads again, so it returns one corpus,
    never a mixture (old meetings with new claims)."""
    old, new = old_and_new
    target = tmp_path / "corpus"
    save_records(old, target)
    real = _yaml.read_text
    calls: list[Path] = []

    def read_text(path: Path, file: str, **kwargs: Any) -> str:
        text = real(path, file, **kwargs)
        calls.append(path)
        if path.name == "meetings.yaml" and len(calls) < 7:
            save_records(new, target)
        return text

    monkeypatch.setattr(_yaml, "read_text", read_text)
    assert load_records(target) == new
    assert len(calls) > 7  # read twice


_SAVER = """
import sys
from pathlib import Path
from summitlib.storage import load_records, save_records
new = load_records(sys.argv[1])
print("ready", flush=True)
while True:
    save_records(new, Path(sys.argv[2]))
"""


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["directory", "json", "jsonl"])
def test_a_saving_process_killed_from_outside_at_random_moments(
    tmp_path: Path, old_and_new: tuple[Records, Records], kind: str
) -> None:
    """A separate Python process saves in a loop and is sent SIGKILL from outside at random moments (not
    at a line chosen in advance); after each kill the target loads as the old or the new corpus."""
    import random
    import time

    old, new = old_and_new
    target = tmp_path / NAMES[kind]
    rng = random.Random(16)
    for _ in range(8):
        save_records(old, target)
        saver = subprocess.Popen(
            [sys.executable, "-c", _SAVER, str(HAMBURG), str(target)], stdout=subprocess.PIPE, text=True
        )
        assert saver.stdout is not None and saver.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.0, 0.05))
        saver.kill()
        saver.wait()
        saver.stdout.close()
        assert load_records(target) in (old, new)
        save_records(old, target)
        assert _listing(tmp_path) == [target.name]
