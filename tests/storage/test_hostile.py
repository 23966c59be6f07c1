"""Hostile paths: special files, links out of the corpus, unreadable places, impossible names.

Each is refused with a LoadError or SaveError naming the path — never a raw OSError or ValueError, never a
hang (a FIFO is not opened at all), and nothing that existed before changes.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from summitlib import LoadError, Records, SaveError
from summitlib.storage import load_records, save_records

from .helpers import HAMBURG


class Hung(BaseException):
    """Raised by the alarm (not an OSError, which the code under test could take for a read error)."""


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """Fail instead of hanging: SIGALRM after 10 s interrupts a blocking open or read."""

    def timeout(signum: int, frame: object) -> None:
        raise Hung("hung")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(10)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(HAMBURG, target)
    return target


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))  # left bound: the test process ends soon


def _device(path: Path) -> None:
    try:
        os.mknod(path, 0o644 | stat.S_IFCHR, os.makedev(1, 3))  # /dev/null (a /dev/zero would never end)
    except PermissionError:
        pytest.skip("creating a device needs privileges")


def _link_out(path: Path) -> None:
    outside = path.parent.parent / f"outside-{path.name}"
    outside.write_text("[]\n")
    path.symlink_to(outside)


SPECIAL: dict[str, Callable[[Path], None]] = {
    "fifo": _fifo,
    "socket": _socket,
    "device": _device,
    "link-out": _link_out,
}


def _load_error(*paths: Path) -> LoadError:
    with pytest.raises(LoadError) as info:
        load_records(*paths)
    return info.value


def _replace(path: Path, make: Callable[[Path], None]) -> None:
    if path.exists() or path.is_symlink():
        path.unlink()
    make(path)


@pytest.mark.parametrize("special", SPECIAL)
@pytest.mark.parametrize("name", ["meetings.yaml", "corpus.yaml"])
def test_a_special_record_file_is_refused(corpus: Path, special: str, name: str) -> None:
    _replace(corpus / name, SPECIAL[special])
    error = _load_error(corpus)
    assert str(corpus / name) in str(error)
    assert "not read" in str(error) or "not a file" in str(error)


@pytest.mark.parametrize("special", SPECIAL)
def test_a_special_text_file_is_refused(corpus: Path, special: str) -> None:
    text = next((corpus / "texts").iterdir())
    _replace(text, SPECIAL[special])
    error = _load_error(corpus)
    assert text.name in str(error)


@pytest.mark.parametrize("special", ["fifo", "socket", "device"])
@pytest.mark.parametrize("name", ["corpus.json", "corpus.jsonl"])
def test_a_special_file_given_as_the_corpus_is_refused(tmp_path: Path, special: str, name: str) -> None:
    path = tmp_path / name
    SPECIAL[special](path)
    error = _load_error(path)
    assert str(path) in str(error) and "not a file" in str(error)


def test_a_fifo_is_never_opened(corpus: Path) -> None:
    """A writer that opens the FIFO without waiting finds no reader (ENXIO): the load did not open it."""
    fifo = corpus / "claims.yaml"
    _replace(fifo, _fifo)
    _load_error(corpus)
    with pytest.raises(OSError, match="No such device or address"):
        os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)


@pytest.mark.parametrize("special", ["fifo", "socket"])
@pytest.mark.parametrize("name", ["corpus.json", "corpus.jsonl"])
def test_saving_over_a_special_file_is_refused(tmp_path: Path, special: str, name: str) -> None:
    path = tmp_path / name
    SPECIAL[special](path)
    records = load_records(HAMBURG)
    with pytest.raises(SaveError, match="not a regular file"):
        save_records(records, path)
    assert not stat.S_ISREG(os.lstat(path).st_mode)
    assert sorted(os.listdir(tmp_path)) == [name]


@pytest.mark.parametrize("name", ["corpus.json", "corpus.jsonl", "corpus"])
def test_nul_bytes_in_paths(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"bad\0{name}"
    error = _load_error(path)
    assert "NUL byte" in str(error)
    with pytest.raises(SaveError, match="NUL byte"):
        save_records(Records(), path)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ""])
def test_names_too_long_for_the_file_system(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / ("n" * 300 + suffix)
    error = _load_error(path)
    assert "too long" in str(error) and str(path) in str(error)
    with pytest.raises(SaveError) as info:
        save_records(load_records(HAMBURG), path)
    assert str(path) in str(info.value)
    assert os.listdir(tmp_path) == []


def test_a_long_but_valid_name_saves_and_loads(tmp_path: Path) -> None:
    """Temporary names are shortened: a 250-character target name still works (and leaves nothing)."""
    records = load_records(HAMBURG)
    for suffix in (".json", ""):
        path = tmp_path / ("n" * 245 + suffix)
        save_records(records, path)
        save_records(records, path)
        assert load_records(path) == records
    assert len(os.listdir(tmp_path)) == 2


def test_a_path_through_a_file_is_a_load_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    error = _load_error(tmp_path / "file" / "corpus.json")
    assert "file/corpus.json" in str(error)


def _as_nobody(check: Callable[[], None]) -> None:
    """Run ``check`` in a forked child with the privileges of ``nobody``; fail with what it raised."""
    if os.geteuid() != 0:
        check()
        return
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read)
        message = b""
        try:
            os.setgid(65534)
            os.setuid(65534)
            check()
        except BaseException as error:
            message = f"{type(error).__name__}: {error}".encode()
        os.write(write, message)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        message = pipe.read()
    os.waitpid(pid, 0)
    assert not message, message.decode()


def _open_to_nobody(path: Path) -> None:
    for directory in (path, *path.parents):
        if directory == Path("/"):
            break
        directory.chmod(directory.stat().st_mode | 0o005)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_permission_errors_are_load_and_save_errors(tmp_path: Path, corpus: Path) -> None:
    """Unreadable directories and files are LoadErrors, an unwritable place a SaveError (run as ``nobody``
    when the tests run as root, since root may read anything)."""
    _open_to_nobody(tmp_path)
    for path in corpus.rglob("*"):
        path.chmod(path.stat().st_mode | 0o005)
    locked = tmp_path / "locked"
    locked.mkdir()
    save_records(load_records(HAMBURG), locked / "corpus.json")
    locked.chmod(0o700)
    (corpus / "meetings.yaml").chmod(0o600)
    closed = tmp_path / "closed"
    shutil.copytree(HAMBURG, closed)
    closed.chmod(0o311)  # may be entered, not listed or read
    (closed / "corpus.yaml").chmod(0o600)
    readonly = tmp_path / "readonly"
    readonly.mkdir(mode=0o755)

    def check() -> None:
        for path, shown in (
            (locked / "corpus.json", "locked/corpus.json"),
            (corpus, "meetings.yaml"),
            (closed, "closed/corpus.yaml"),
        ):
            with pytest.raises(LoadError) as info:
                load_records(path)
            assert shown in str(info.value) and "Permission denied" in str(info.value), str(info.value)
        for name in ("corpus.json", "corpus"):
            with pytest.raises(SaveError) as failed:
                save_records(Records(), readonly / name)
            assert str(readonly / name) in str(failed.value), str(failed.value)

    _as_nobody(check)
    assert os.listdir(readonly) == []


# --- pathological sizes -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["deep.json", "deep.jsonl", "deep"])
def test_nesting_a_hundred_thousand_deep_is_a_load_error(tmp_path: Path, name: str) -> None:
    nested = "[" * 100_000 + "]" * 100_000
    path = tmp_path / name
    if name == "deep":
        path.mkdir()
        (path / "corpus.yaml").write_text("schema_version: 1\nname: deep\n")
        (path / "meetings.yaml").write_text(nested)
    elif name.endswith(".jsonl"):
        path.write_text('{"schema_version": 1, "kind": "summitlib-corpus"}\n' + nested + "\n")
    else:
        path.write_text(nested)
    error = _load_error(path)
    assert name in str(error) and ("deep" in str(error) or "nesting" in str(error))


def test_a_text_of_twenty_megabytes_round_trips(tmp_path: Path) -> None:
    from summitlib import Source, SourceKind

    text = "Putin and Trump met. " * 1_000_000
    records = Records(sources=[Source(id="huge", text=text, kind=SourceKind.NEWS)])
    for name in ("huge.json", "huge.jsonl", "huge"):
        save_records(records, tmp_path / name)
        assert load_records(tmp_path / name) == records
