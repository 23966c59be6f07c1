"""A small progress bar for long imports, written to stderr only when it is a terminal.

No dependency: the bar rewrites one line with ``\\r`` at most every ``interval`` seconds. Pass
``progress=True`` to force it on, ``False`` to turn it off, ``None`` (the default) to show it only when
stderr is attached to a terminal.

Examples:
    >>> import io
    >>> out = io.StringIO()
    >>> bar = Progress("reading", total=200, enabled=True, stream=out, interval=0.0)
    >>> bar.update(100)
    >>> bar.close()
    >>> out.getvalue().splitlines()[-1].strip()
    'reading: 100/200 rows (50%)'
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Counts rows and, when enabled, shows ``label: done/total rows (pct)`` on one stderr line.

    Args:
        label: what is being read (the file name).
        total: rows or bytes expected, if known.
        enabled: True/False to force, None to show only on a terminal.
        stream: where to write (stderr by default).
        interval: the least time between redraws, in seconds.
        unit: what is counted ("rows" or "bytes").
    """

    def __init__(
        self,
        label: str,
        *,
        total: int | None = None,
        enabled: bool | None = None,
        stream: TextIO | None = None,
        interval: float = 0.2,
        unit: str = "rows",
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        self.label = label
        self.total = total
        self.done = 0
        self.unit = unit
        self.interval = interval
        self._last = 0.0

    def update(self, done: int) -> None:
        """Set the count to ``done`` and redraw if enough time has passed."""
        self.done = done
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._draw()

    def _draw(self, end: str = "") -> None:
        text = f"{self.label}: {self.done}"
        if self.total:
            text += f"/{self.total} {self.unit} ({min(100, 100 * self.done // self.total)}%)"
        else:
            text += f" {self.unit}"
        self.stream.write(f"\r{text}{end}")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final count and end the line."""
        if self.enabled:
            self._draw(end="\n")
