"""Reading an article for ``extract`` and ``draft``: one reader, so both commands take the same files.

A text file is UTF-8 (a leading byte-order mark dropped) or UTF-16 with its byte-order mark (as some
Windows editors save it); ``-`` is standard input; an ``.html``/``.htm``/``.xhtml`` file is a web page
whose main text is taken out with trafilatura (the optional ``html`` extra).
"""

from __future__ import annotations

import codecs
import importlib
import sys
from pathlib import Path
from typing import Any

from summitlib.cli._common import CommandError

__all__ = ["HTML_SUFFIXES", "read_article"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def read_article(name: str | Path) -> str:
    """The text of the article at ``name`` (``-``: standard input).

    Raises:
        CommandError: the path is a directory, is HTML and trafilatura is missing or finds no text, or
            the file is UTF-16 that does not decode.
            Also when the file cannot be read or is not UTF-8 (with the line and the bad bytes).
    """
    from summitlib.storage._decode import DecodeError, decode_utf8, read_bytes

    if str(name) == "-":
        return sys.stdin.read()
    path = Path(name)
    if path.is_dir():
        raise CommandError(f"{path} is a directory; expected an article file (text or HTML)")
    try:
        data = read_bytes(path, str(path))
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raw = data.decode("utf-16")
        else:
            raw = decode_utf8(data, str(path))
    except DecodeError as error:
        where = f"{path}, line {error.problem.line}" if error.problem.line else str(path)
        raise CommandError(f"{where}: {error.problem.message}") from None
    except UnicodeDecodeError as error:
        raise CommandError(
            f"{path} starts like UTF-16 text but does not decode ({error.reason} at byte {error.start})"
        ) from None
    if path.suffix.lower() not in HTML_SUFFIXES:
        return raw
    try:
        trafilatura: Any = importlib.import_module("trafilatura")
    except ImportError:
        raise CommandError(
            f'{path} is HTML; reading HTML needs trafilatura: pip install ".[html]" from a clone, '
            "or pip install trafilatura"
        ) from None
    text = trafilatura.extract(raw, include_comments=False, include_tables=False)
    if not text or not str(text).strip():
        raise CommandError(f"{path}: no main text found in the HTML page")
    return str(text)
