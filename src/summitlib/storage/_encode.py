"""Encoding plain records as JSON text, with msgspec as an optional accelerator.

The standard library's encoder (``ensure_ascii=False``, compact separators) defines the bytes written.
When msgspec is importable (the ``fast`` extra) it encodes leaders, issues, meetings and sources
instead: for their plain form (text, whole numbers, booleans, None, lists and mappings with text keys) it
writes exactly the same bytes, several times faster, and a whole list in one call. Claims may hold
floats, which msgspec writes differently (``1e16`` for ``1e+16``), so they always go through the standard
library. If msgspec fails on anything, the whole document is encoded again by the standard library,
which raises its own error (a lone surrogate: the same ``UnicodeEncodeError`` as without msgspec).

msgspec writes a list as JSON Lines (``encode_lines``): compact values, each followed by a newline.
Compact JSON holds no other newline byte (a newline inside text is written ``\\n``), so the document's
one-record-per-line layout is that text with each newline but the last replaced by ``,\\n  ``.
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
"""Record kinds whose plain form holds no floats, so msgspec writes the very same bytes."""

Lines = Callable[[list[Any]], bytes]
"""Encodes a list as JSON Lines: each value compact, followed by a newline."""


def _find_msgspec() -> Lines | None:
    try:
        module = importlib.import_module("msgspec")
    except ImportError:
        return None
    return cast(Lines, module.json.Encoder().encode_lines)


fast_lines: Lines | None = _find_msgspec()
"""msgspec's JSON Lines encoder when it is installed (tests set this to None to check the standard path)."""


def _standard_lines(values: list[Any]) -> bytes:
    return "".join(_dumps(value) + "\n" for value in values).encode("utf-8")


def _encoded(lists: list[tuple[str, list[Any]]], fast: Lines) -> list[tuple[str, bytes]]:
    """Each ``(kind, records)`` list as JSON Lines: with ``fast`` for the kinds it writes exactly."""
    return [(kind, (fast if kind in _EXACT else _standard_lines)(data)) for kind, data in lists]


def _encode_lists(lists: list[tuple[str, list[Any]]]) -> list[tuple[str, bytes]]:
    """`_encoded` with msgspec when installed; if it fails on anything, every list again with the
    standard encoder, which raises its own errors."""
    if fast_lines is not None:
        try:
            return _encoded(lists, fast_lines)
        except Exception:  # anything msgspec cannot take: the standard encoder, with its own errors
            pass
    return _encoded(lists, _standard_lines)


def json_document(head: dict[str, Any], lists: dict[str, list[Any]]) -> list[bytes]:
    """One JSON document, in pieces to write one after the other: the ``head`` fields, then each list
    with one record per line.

    Raises:
        UnicodeEncodeError: text that is not valid Unicode (a lone surrogate).
    """
    chunks = [_dumps(head)[:-1].encode("utf-8")]
    for kind, lines in _encode_lists(list(lists.items())):
        if lines:
            chunks += (f',\n "{kind}": [\n  '.encode(), lines[:-1].replace(b"\n", b",\n  "), b"\n ]")
        else:
            chunks.append(f',\n "{kind}": []'.encode())
    chunks.append(b"\n}\n")
    return chunks


def jsonl_chunks(head: dict[str, Any], lists: list[tuple[str, list[dict[str, Any]]]]) -> list[bytes]:
    """JSON Lines: the ``head`` line, then for each ``(kind, records)`` one line per record.

    Raises:
        UnicodeEncodeError: text that is not valid Unicode (a lone surrogate).
    """
    return [_dumps(head).encode("utf-8") + b"\n", *(lines for _, lines in _encode_lists(lists) if lines)]
