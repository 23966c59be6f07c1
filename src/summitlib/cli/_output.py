"""Terminal output for the command line: aligned tables, wrapped paragraphs, headings and JSON.

Everything here writes plain text (no colour, no control codes), sized to the terminal width so that
tables stay readable on a narrow window and when piped into a file.

Examples:
    >>> print(table(["id", "name"], [["trump", "Donald Trump"], ["putin", "Vladimir Putin"]], width=40))
    id     name
    -----  --------------
    trump  Donald Trump
    putin  Vladimir Putin
    >>> print(table(["id", "quote"], [["c1", "The meeting lasted more than two hours"]], width=24))
    id  quote
    --  --------------------
    c1  The meeting lasted…
"""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

__all__ = [
    "Printer",
    "clip",
    "table",
    "terminal_width",
]

_MIN_WIDTH = 40
_MAX_WIDTH = 140
_GAP = "  "


def terminal_width() -> int:
    """The width to lay out text for: the terminal's (or ``$COLUMNS``), between 40 and 140 columns."""
    columns = shutil.get_terminal_size(fallback=(100, 24)).columns
    return max(_MIN_WIDTH, min(_MAX_WIDTH, columns))


def clip(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with a trailing ellipsis when too long.

    Examples:
        >>> clip("more than two hours", 10)
        'more than…'
        >>> clip("an  hour\\nlong", 20)
        'an hour long'
    """
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    if width <= 1:
        return "…"[:width]
    return flat[: width - 1].rstrip() + "…"


def _fit(natural: list[int], headers: Sequence[str], width: int, keep: Sequence[int]) -> list[int]:
    """Column widths that fit ``width``.

    The last column (quotes, titles, participants: the longest and least scanned) gives way first, down
    to 20 characters; then the widest columns, never below their header (or 9 characters, enough for
    "ruled out"), and never the columns in ``keep``.
    """
    widths = list(natural)
    budget = width - len(_GAP) * (len(widths) - 1)
    floor = [
        n if i in keep else min(n, max(len(h), 9))
        for i, (n, h) in enumerate(zip(natural, headers, strict=True))
    ]
    last = len(widths) - 1
    if last > 0 and last not in keep and sum(widths) > budget:
        widths[last] = max(
            min(widths[last], max(len(headers[last]), 20)), widths[last] - (sum(widths) - budget)
        )
    while sum(widths) > budget:
        candidates = [i for i, w in enumerate(widths) if w > floor[i]]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: (widths[i], i))
        others = sorted((w for i, w in enumerate(widths) if i != widest), reverse=True)
        target = max(floor[widest], others[0] if others else 0, widths[widest] - (sum(widths) - budget))
        widths[widest] = target if target < widths[widest] else widths[widest] - 1
    return widths


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    width: int | None = None,
    keep: Sequence[int] | None = None,
    optional: Sequence[int] = (),
) -> str:
    """An aligned plain-text table that fits ``width`` columns (default: the terminal's).

    Cells are flattened to one line; when the table is too wide, the widest columns are cut with an
    ellipsis (the last column first), never narrower than their header. The columns in ``keep`` (by
    default those headed ``id`` and ``when``: ids are what a reader copies into the next command) are
    never cut. When the table is far too wide (by more than 30%), the ``optional`` columns are left
    out, in that order, before any cutting.
    """
    body = [[" ".join(str(cell).split()) for cell in row] for row in rows]
    shown = list(range(len(headers)))
    limit = terminal_width() if width is None else width
    while True:
        names = [headers[i] for i in shown]
        kept = [
            n
            for n, i in enumerate(shown)
            if (i in keep if keep is not None else headers[i] in ("id", "when"))
        ]
        natural = [max([len(headers[i]), *(len(row[i]) for row in body)]) for i in shown]
        widths = _fit(natural, names, limit, kept)
        droppable = [i for i in optional if i in shown]
        if sum(natural) + len(_GAP) * (len(natural) - 1) <= limit * 1.3 or not droppable:
            break
        shown.remove(droppable[0])
    lines = [
        _GAP.join(clip(h, w).ljust(w) for h, w in zip(names, widths, strict=True)).rstrip(),
        _GAP.join("-" * w for w in widths),
    ]
    lines.extend(
        _GAP.join(clip(row[i], w).ljust(w) for i, w in zip(shown, widths, strict=True)).rstrip()
        for row in body
    )
    return "\n".join(lines)


class Printer:
    """Writes a command's output: text for people, or JSON for scripts.

    Args:
        stream: where to write (default: ``sys.stdout`` at the time of each write).
        width: the layout width (default: the terminal's).
    """

    def __init__(self, stream: TextIO | None = None, *, width: int | None = None) -> None:
        self._stream = stream
        self.width = terminal_width() if width is None else width

    @property
    def stream(self) -> TextIO:
        """The stream written to."""
        return self._stream if self._stream is not None else sys.stdout

    def line(self, text: str = "") -> None:
        """One line (or several, if ``text`` contains newlines)."""
        self.stream.write(text + "\n")

    def heading(self, text: str, *, underline: str = "=") -> None:
        """A title underlined to its length."""
        self.line(text)
        self.line(underline * min(len(text), self.width))

    def section(self, text: str) -> None:
        """A blank line, then a section title."""
        self.line()
        self.heading(text, underline="-")

    def paragraph(self, text: str, *, indent: int = 0, hanging: int | None = None) -> None:
        """``text`` wrapped to the width, indented by ``indent`` (continuation lines by ``hanging``)."""
        rest = indent if hanging is None else hanging
        wrapped = textwrap.fill(
            " ".join(text.split()),
            width=max(self.width, indent + 20, rest + 20),
            initial_indent=" " * indent,
            subsequent_indent=" " * rest,
            break_on_hyphens=False,
        )
        self.line(wrapped)

    def fields(self, pairs: Sequence[tuple[str, str]], *, indent: int = 0) -> None:
        """``label  value`` lines with the values aligned and wrapped under each other."""
        shown = [(k, v) for k, v in pairs if v]
        if not shown:
            return
        label_width = max(len(k) for k, _ in shown)
        for key, value in shown:
            start = " " * indent + key.ljust(label_width) + _GAP
            wrapped = textwrap.wrap(
                " ".join(value.split()), width=max(self.width - len(start), 20), break_on_hyphens=False
            )
            self.line(start + ("\n" + " " * len(start)).join(wrapped))

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[str]],
        *,
        indent: int = 0,
        keep: Sequence[int] | None = None,
        optional: Sequence[int] = (),
    ) -> None:
        """An aligned table (see [`table`][summitlib.cli._output.table])."""
        text = table(headers, rows, width=self.width - indent, keep=keep, optional=optional)
        self.line(textwrap.indent(text, " " * indent) if indent else text)

    def json(self, data: Any) -> None:
        """``data`` as indented JSON (keys in the order given, non-ASCII kept)."""
        json.dump(data, self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")
