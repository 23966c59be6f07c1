"""Anchor words of the windowed scans: where a relative date or a duration can be.

``RELATIVE_ANCHOR`` and ``UNIT`` are their definitions. Their words start with common letters (t, y, w,
m, a, f, s, n, d, e, c, h), so ``re`` tries a case-insensitive alternation at a large share of a text's
positions (some 40 % for the relative dates: the largest single cost of reading dates).
:func:`relative_anchors` and :func:`unit_anchors` find the same spans with ``str.find`` over the
lower-cased text (property tests compare them with the patterns): one search per word, then the leftmost,
non-overlapping choice ``finditer`` makes.
"""

from __future__ import annotations

import functools
import re

from summitlib.extraction._text import WEEKDAYS

__all__ = ["RELATIVE_ANCHOR", "UNFOLDED", "UNIT", "lowered", "relative_anchors", "unit_anchors"]

RELATIVE_ANCHOR = re.compile(
    r"(?=[tTyYwWmMaAfFsSnNdDeEcC0-9])(?:(?i:today|yesterday|tomorrow|to-morrow|tonight|week|month|year|ago\b|away\b"
    r"|from now|night\b|morning|afternoon|evening|spring|summer|fall\b|autumn|winter|days?\b|weekend|weeks"
    r"|months|years|\d(?:st|nd|rd|th)\b|christmas|new\s+year)"
    r"|" + WEEKDAYS + r")"
)

UNIT = re.compile(r"\b(?=[hHmMdD])(?:hours?\b|hrs?\b|minutes?\b|mins?\b|hour-|days?\b)", re.IGNORECASE)
"""Where a duration can be: a unit word. Only at the start of a word ("day" of "Monday" is none): every unit
a duration holds follows a space or a hyphen, so a unit inside a word never lies within one."""
_UNIT_STEMS = ("hour", "hr", "minute", "min", "day")
"""The stems of ``UNIT``'s words, each with an optional "s", in its order; "hour-" never matches: "hour"
comes first and a hyphen ends a word."""

_WORDS = (
    *[
        (word, False)
        for word in ("today", "yesterday", "tomorrow", "to-morrow", "tonight", "week", "month", "year")
    ],
    ("ago", True),
    ("away", True),
    ("from now", False),
    ("night", True),
    *[(word, False) for word in ("morning", "afternoon", "evening", "spring", "summer")],
    ("fall", True),
    ("autumn", False),
    ("winter", False),
)
"""``RELATIVE_ANCHOR``'s case-insensitive words before "days?", in its order, and whether a word boundary
ends them; its "weekend", "weeks", "months" and "years" never match ("week", "month", "year" come first)."""
_ORDINAL = re.compile(r"[0-9](?:st|nd|rd|th)")
_NEW_YEAR = re.compile(r"new\s+year")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
UNFOLDED = re.compile("[\u0130\u0131\u017f\u212a]")
"""Letters that ``re`` matches to i, s or k when case is ignored but ``str.lower`` does not lower to
them (İ, ı, ſ, the Kelvin sign); İ is also the one character that ``lower`` makes two."""
_WORD_CHAR = re.compile(r"\w")


@functools.lru_cache(maxsize=4)
def lowered(text: str) -> str | None:
    """``text.lower()``, where :func:`~summitlib.extraction._pattern_forms.folded` patterns find on it what
    their originals find on ``text`` (position for position: it is as long); None for a text with a letter
    of ``UNFOLDED``. Kept for the last few texts: every stage reads the same one."""
    return text.lower() if UNFOLDED.search(text) is None else None


def relative_anchors(text: str) -> list[tuple[int, int]]:
    """The spans of ``RELATIVE_ANCHOR.finditer(text)``.

    Examples:
        >>> text = "Yesterday, two days ago, on Monday: the weekend of the 3rd."
        >>> [text[a:b] for a, b in relative_anchors(text)]
        ['Yesterday', 'days', 'ago', 'Monday', 'week', '3rd']
    """
    low = lowered(text)
    if low is None:
        return [match.span() for match in RELATIVE_ANCHOR.finditer(text)]
    # an ASCII letter of ``low`` is that letter in either case in ``text``
    ends: dict[int, int] = {}  # where a word matches -> its end; the first alternative wins
    for word, check in _WORDS:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if not check or _bounded(text, end):
                ends.setdefault(at, end)
            at = low.find(word, at + 1)
    at = low.find("day")
    while at >= 0:  # "days?\b"
        if low.startswith("days", at) and _bounded(text, at + 4):
            ends.setdefault(at, at + 4)
        elif _bounded(text, at + 3):
            ends.setdefault(at, at + 3)
        at = low.find("day", at + 1)
    for match in _ORDINAL.finditer(low):
        if _bounded(text, match.end()):
            ends.setdefault(match.start(), match.end())
    at = low.find("christmas")
    while at >= 0:
        ends.setdefault(at, at + 9)
        at = low.find("christmas", at + 1)
    for match in _NEW_YEAR.finditer(low):
        ends.setdefault(match.start(), match.end())
    for word in _WEEKDAYS:  # as written
        at = text.find(word)
        while at >= 0:
            ends.setdefault(at, at + len(word))
            at = text.find(word, at + 1)
    return _leftmost(ends)


def unit_anchors(text: str) -> list[tuple[int, int]]:
    """The spans of ``UNIT.finditer(text)``.

    Examples:
        >>> text = "Two hours, 30 mins and a day, on Monday; hour-long talks, 2hrs."
        >>> [text[a:b] for a, b in unit_anchors(text)]
        ['hours', 'mins', 'day', 'hour']
    """
    low = lowered(text)
    if low is None:
        return [match.span() for match in UNIT.finditer(text)]
    ends: dict[int, int] = {}
    for stem in _UNIT_STEMS:
        at = low.find(stem)
        while at >= 0:
            if at == 0 or _WORD_CHAR.match(text, at - 1) is None:  # "\b" before a letter
                end = at + len(stem)
                if low.startswith("s", end) and _bounded(text, end + 1):
                    ends.setdefault(at, end + 1)
                elif _bounded(text, end):
                    ends.setdefault(at, end)
            at = low.find(stem, at + 1)
    return _leftmost(ends)


def _bounded(text: str, end: int) -> bool:
    """A word boundary ("\b") at ``end``, right after a letter."""
    return end == len(text) or _WORD_CHAR.match(text, end) is None


def _leftmost(ends: dict[int, int]) -> list[tuple[int, int]]:
    """The spans ``finditer`` keeps of the matches that start at each key and end at its value: the
    leftmost first, none starting inside the one before."""
    spans: list[tuple[int, int]] = []
    reached = 0
    for start in sorted(ends):
        if start >= reached:
            reached = ends[start]
            spans.append((start, reached))
    return spans
