"""Reading bytes into text and JSON, with the file and line of anything wrong.

* text must be UTF-8 (a byte-order mark is allowed and dropped, except in source texts);
* JSON objects with a repeated key are an error (``object_pairs_hook``);
* the line of a record path (``$.meetings[3].when``) in a JSON document is found by one scan of its text.

YAML is in `summitlib.storage._yaml`.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from pathlib import Path
from typing import Any, BinaryIO

from summitlib.errors import Problem


class DecodeError(Exception):
    """A file that cannot be turned into plain data; carries the problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a directory",
}


def cannot_read(file: str, error: OSError | ValueError, what: str = "the file") -> DecodeError:
    """The problem of a path that the system refused (``ValueError``: a NUL byte in it)."""
    if isinstance(error, ValueError):  # os functions refuse a NUL byte with ValueError
        reason = "the path contains a NUL byte"
    elif error.errno == errno.ENAMETOOLONG:
        reason = "the name is too long for the file system"
    else:
        reason = error.strerror or str(error)
    return DecodeError(Problem(file=file, message=f"cannot read {what} ({reason})"))


def _not_regular(file: str, mode: int) -> DecodeError:
    kind = _KINDS.get(stat.S_IFMT(mode), "not a regular file")
    return DecodeError(
        Problem(
            file=file, message=f"the path is {kind}, not a file; expected a regular file (it was not read)"
        )
    )


def open_regular(path: Path, file: str) -> BinaryIO:
    """Open ``path`` for reading if it is a regular file.

    A FIFO, device, socket or directory is refused after a ``stat``, without being opened (a FIFO would
    block, a device never end); the file is opened non-blocking and checked again, in case it was swapped
    in between.

    Raises:
        DecodeError: the path is not a regular file or cannot be opened.
    """
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise _not_regular(file, mode)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except (OSError, ValueError) as error:
        raise cannot_read(file, error) from None
    stream = os.fdopen(fd, "rb")
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):  # pragma: no cover - replaced between the stat and the open
        stream.close()
        raise _not_regular(file, mode)
    return stream


def read_bytes(path: Path, file: str) -> bytes:
    """The bytes of ``path`` (a regular file: see `open_regular`).

    Raises:
        DecodeError: the file cannot be read, or is not a regular file.
    """
    with open_regular(path, file) as stream:
        try:
            return stream.read()
        except OSError as error:
            raise cannot_read(file, error) from None


def read_text(path: Path, file: str, *, exact: bool = False) -> str:
    """The UTF-8 text of ``path`` (a leading byte-order mark dropped, unless ``exact``).

    Raises:
        DecodeError: the file cannot be read or is not UTF-8 (with the line of the first bad byte).
    """
    return decode_utf8(read_bytes(path, file), file, exact=exact)


def decode_utf8(data: bytes, file: str, line_offset: int = 0, *, exact: bool = False) -> str:
    """``data`` decoded as UTF-8, or a DecodeError naming the line and the bad bytes."""
    try:
        text = data.decode("utf-8")
        return text if exact else text.removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = line_offset + data.count(b"\n", 0, error.start) + 1
        bad = data[error.start : error.end]
        raise DecodeError(
            Problem(
                file=file,
                line=line,
                message=f"the file is not UTF-8 text: byte(s) {bad!r} at byte {error.start}; "
                "expected UTF-8 — re-save the file as UTF-8",
            )
        ) from None


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def _duplicate_path(text: str, key: str) -> str:
    """The record path of the first object in ``text`` that repeats ``key`` (for the error message)."""

    class Pairs(list[tuple[str, Any]]):
        pass

    def walk(value: Any, path: str) -> str | None:
        if isinstance(value, Pairs):
            keys = [k for k, _ in value]
            if keys.count(key) > 1:
                return path
            for k, v in value:
                found = walk(v, f"{path}.{k}")
                if found:
                    return found
        elif isinstance(value, list):
            for index, item in enumerate(value):
                found = walk(item, f"{path}[{index}]")
                if found:
                    return found
        return None

    return walk(json.loads(text, object_pairs_hook=Pairs), "$") or "$"


SURROGATE_ESCAPE = re.compile(rb"\\[uU](?:0000)?[dD][89a-fA-F]")
_SURROGATE_ESCAPE_TEXT = re.compile(SURROGATE_ESCAPE.pattern.decode())
"""A JSON or YAML escape of a UTF-16 surrogate (``\\ud800``): the text may then hold a lone surrogate."""

_LONE = re.compile("[\ud800-\udfff]")


def lone_surrogate(data: Any) -> str | None:
    """The record path of the first text in ``data`` holding a lone surrogate (which no UTF-8 file can
    hold: it could never be saved), or None."""
    stack: list[tuple[str, Any]] = [("$", data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            if _LONE.search(value):
                return path
        elif isinstance(value, dict):
            for key, item in reversed(value.items()):
                if _LONE.search(key):
                    return f"{path}.{key.encode('utf-8', 'backslashreplace').decode()}"
                stack.append((f"{path}.{key}", item))
        elif isinstance(value, list):
            stack.extend((f"{path}[{index}]", item) for index, item in reversed(list(enumerate(value))))
    return None


def check_surrogates(raw: str | bytes, data: Any, file: str, line: int | None = None) -> None:
    """Raise DecodeError if ``data`` (parsed from ``raw``) holds text with a lone surrogate.

    Only texts whose source has a surrogate escape are walked, so the check costs one regular-expression
    scan of the file.
    """
    found = (SURROGATE_ESCAPE if isinstance(raw, bytes) else _SURROGATE_ESCAPE_TEXT).search(raw)  # type: ignore[arg-type]
    path = lone_surrogate(data) if found else None
    if path is not None:
        raise DecodeError(
            Problem(
                file=file,
                line=line,
                path=path,
                message="the text holds a lone UTF-16 surrogate (an escape such as \\ud800 without its "
                "pair), which cannot be stored as UTF-8; expected valid Unicode text",
            )
        )


def loads_json(text: str, file: str, line: int | None = None) -> Any:
    """Parse JSON text; repeated keys, syntax errors and lone surrogates raise DecodeError with the line."""
    try:
        try:
            data = json.loads(text, object_pairs_hook=_pairs)
            check_surrogates(text, data, file, line)
            return data
        except _DuplicateKeyError as error:
            path = _duplicate_path(text, error.key)  # raises JSONDecodeError if there is worse
            raise DecodeError(
                Problem(
                    file=file,
                    line=line or duplicate_key_line(text, error.key),
                    path=path,
                    message=f"the key {error.key!r} appears twice in one object; expected each key once — "
                    "remove or rename one",
                )
            ) from None
    except json.JSONDecodeError as error:
        at = error.lineno if line is None else line
        raise DecodeError(
            Problem(
                file=file,
                line=at,
                message=f"malformed JSON: {error.msg} at column {error.colno}; expected valid JSON",
            )
        ) from None
    except (ValueError, RecursionError) as error:  # e.g. an integer of more than 4300 digits
        message = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise DecodeError(
            Problem(
                file=file, line=line, message=f"cannot read the JSON: {message}; expected plain JSON data"
            )
        ) from None


_STEP = re.compile(r"\.([^.\[\]]+)|\[(\d+)\]")


def steps(path: str) -> tuple[str | int, ...]:
    """``$.meetings[3].when`` as ``("meetings", 3, "when")``."""
    return tuple(
        m.group(1) if m.group(1) is not None else int(m.group(2))
        for m in _STEP.finditer(path.removeprefix("$"))
    )


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:\n]|[^\s{}\[\],:"]+')


def json_lines(text: str, paths: list[str]) -> list[int | None]:
    """The 1-based line where the deepest value of each record path (``$.meetings[3].when``) starts.

    A single scan of the JSON ``text`` (only used when reporting problems).
    """
    targets = [steps(path) for path in paths]
    prefixes = {target[:depth] for target in targets for depth in range(len(target) + 1)}
    found: dict[tuple[str | int, ...], int] = {}
    stack: list[list[Any]] = []  # [is_object, key or index]
    expecting_key = False
    line = 1

    def value_starts() -> None:
        here = tuple(entry[1] for entry in stack)
        if here in prefixes and here not in found:
            found[here] = line

    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
        elif token in "{[":
            value_starts()
            stack.append([token == "{", 0 if token == "[" else None])
            expecting_key = token == "{"
        elif token in "}]":
            if stack:
                stack.pop()
        elif token == ",":
            if stack and stack[-1][0]:
                expecting_key = True
            elif stack:
                stack[-1][1] += 1
        elif token == ":":
            pass
        elif expecting_key and stack and token.startswith('"'):
            try:
                stack[-1][1] = json.loads(token)
            except ValueError:
                stack[-1][1] = token
            expecting_key = False
        else:
            value_starts()
    result: list[int | None] = []
    for target in targets:
        depth = len(target)
        while depth > 0 and target[:depth] not in found:
            depth -= 1
        result.append(found.get(target[:depth]))
    return result


def duplicate_key_line(text: str, key: str) -> int | None:
    """The line where ``key`` first repeats inside one JSON object (only used when reporting problems)."""
    keys: list[set[str] | None] = []
    expecting_key = False
    line = 1
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
        elif token in "{[":
            keys.append(set() if token == "{" else None)
            expecting_key = token == "{"
        elif token in "}]":
            if keys:
                keys.pop()
        elif token == ",":
            expecting_key = bool(keys) and keys[-1] is not None
        elif expecting_key and token.startswith('"'):
            expecting_key = False
            current = keys[-1]
            try:
                name = json.loads(token)
            except ValueError:
                continue
            if current is not None:
                if name == key and name in current:
                    return line
                current.add(name)
    return None
