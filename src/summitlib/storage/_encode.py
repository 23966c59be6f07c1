"""Encoding plain records as JSON text, with orjson as an optional accelerator.

The standard library's encoder (``ensure_ascii=False``, compact separators) defines the bytes written.
When orjson is importable it encodes leaders, issues, meetings and sources instead: for their plain form
(text, whole numbers, booleans, None, lists and mappings with text keys) it writes exactly the same bytes,
several times faster. Claims may hold floats, which orjson writes differently (``1e16`` for ``1e+16``), so
they always go through the standard library. If orjson fails on anything (text that is not valid UTF-8,
an integer beyond 64 bits), the whole document is encoded again by the standard library, which raises
the same error as without orjson.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from typing import Any, cast

__all__ = ["json_document", "jsonl_chunks"]

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
"""Plain data just built holds no cycles: no need to check for them."""

_EXACT = frozenset(("leaders", "issues", "meetings", "sources"))
"""Record kinds whose plain form holds no floats, so orjson writes the very same bytes."""


def _find_orjson() -> Callable[[Any], bytes] | None:
    try:
        module = importlib.import_module("orjson")
    except ImportError:
        return None
    return cast(Callable[[Any], bytes], module.dumps)


fast_dumps: Callable[[Any], bytes] | None = _find_orjson()
"""orjson's encoder when it is installed (tests set this to None to check the standard path)."""


def _standard(value: Any) -> bytes:
    return _dumps(value).encode("utf-8")


def json_document(head: dict[str, Any], lists: dict[str, list[Any]]) -> bytes:
    """One JSON document: the ``head`` fields, then each list with one record per line.

    Raises:
        UnicodeEncodeError: text that is not valid Unicode (a lone surrogate).
    """
    if fast_dumps is not None:
        try:
            return _document(head, lists, fast_dumps)
        except Exception:  # anything orjson cannot take: the standard encoder, with its own errors
            pass
    return _document(head, lists, None)


def _document(
    head: dict[str, Any], lists: dict[str, list[Any]], fast: Callable[[Any], bytes] | None
) -> bytes:
    if fast is None:  # the reference form: one text, encoded at the end
        chunks = [_dumps(head)[:-1]]
        for kind, data in lists.items():
            body = ",\n  ".join(map(_dumps, data))
            chunks.append(f',\n "{kind}": [\n  {body}\n ]' if data else f',\n "{kind}": []')
        chunks.append("\n}\n")
        return "".join(chunks).encode("utf-8")
    parts = [_standard(head)[:-1]]
    for kind, data in lists.items():
        encode = fast if kind in _EXACT else _standard
        if data:
            parts.append(f',\n "{kind}": [\n  '.encode() + b",\n  ".join(map(encode, data)) + b"\n ]")
        else:
            parts.append(f',\n "{kind}": []'.encode())
    parts.append(b"\n}\n")
    return b"".join(parts)


def jsonl_chunks(head: dict[str, Any], lists: list[tuple[str, list[dict[str, Any]]]]) -> list[bytes]:
    """JSON Lines: the ``head`` line, then for each ``(kind, records)`` one line per record.

    Raises:
        UnicodeEncodeError: text that is not valid Unicode (a lone surrogate).
    """
    if fast_dumps is not None:
        try:
            return _lines(head, lists, fast_dumps)
        except Exception:  # anything orjson cannot take: the standard encoder, with its own errors
            pass
    return _lines(head, lists, None)


def _lines(
    head: dict[str, Any], lists: list[tuple[str, list[dict[str, Any]]]], fast: Callable[[Any], bytes] | None
) -> list[bytes]:
    chunks = [_dumps(head).encode("utf-8") + b"\n"]
    for kind, data in lists:
        if not data:
            continue
        if fast is None or kind not in _EXACT:
            chunks.append(("\n".join(map(_dumps, data)) + "\n").encode("utf-8"))
        else:
            chunks.append(b"\n".join(map(fast, data)) + b"\n")
    return chunks
