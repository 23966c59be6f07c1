"""Where a relative date can be: the anchor words around which ``dates`` looks for one.

``RELATIVE_ANCHOR`` is their definition. Its words start with common letters (t, y, w, m, a, f, s, n, d,
e, c), so ``re`` tries its case-insensitive alternation at some 40 % of a text's positions: the largest
single cost of reading dates. :func:`relative_anchors` finds the same spans with ``str.find`` over the
lower-cased text (a property test compares the two): one search per word, then the leftmost,
non-overlapping choice ``finditer`` makes.
"""

from __future__ import annotations

import re

__all__ = ["RELATIVE_ANCHOR", "relative_anchors"]

RELATIVE_ANCHOR = re.compile(
    r"(?=[tTyYwWmMaAfFsSnNdDeEcC0-9])(?:(?i:today|yesterday|tomorrow|tonight|week|month|year|ago\b|away\b"
    r"|from now|night\b|morning|afternoon|evening|spring|summer|fall\b|autumn|winter|days?\b|weekend|weeks"
    r"|months|years|\d(?:st|nd|rd|th)\b|christmas|new\s+year)"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)

_PLAIN = ("today", "yesterday", "tomorrow", "tonight", "week", "month", "year")
"""The case-insensitive words of ``RELATIVE_ANCHOR`` up to "ago", in its order."""
_BOUNDED = ("ago", "away")
_PLAIN_AFTER = ("from now",)
_BOUNDED_AFTER = ("night",)
_SEASONS = ("morning", "afternoon", "evening", "spring", "summer")
_FALL = ("fall",)
_LATE_SEASONS = ("autumn", "winter")
""""weekend", "weeks", "months" and "years" never match: "week", "month" and "year" come first."""
_ORDINAL = re.compile(r"[0-9](?:st|nd|rd|th)")
_NEW_YEAR = re.compile(r"new\s+year")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNFOLDED = re.compile("[\u0130\u0131\u017f\u212a]")
"""Letters that ``re`` matches to i, s or k when case is ignored but ``str.lower`` does not lower to
them (İ, ı, ſ, the Kelvin sign); İ is also the one character that ``lower`` makes two."""
_WORD_CHAR = re.compile(r"\w")


def relative_anchors(text: str) -> list[tuple[int, int]]:
    """The spans of ``RELATIVE_ANCHOR.finditer(text)``.

    Examples:
        >>> text = "Yesterday, two days ago, on Monday: the weekend of the 3rd."
        >>> [text[a:b] for a, b in relative_anchors(text)]
        ['Yesterday', 'days', 'ago', 'Monday', 'week', '3rd']
    """
    if _UNFOLDED.search(text) is not None:
        return [match.span() for match in RELATIVE_ANCHOR.finditer(text)]
    low = text.lower()  # an ASCII letter of ``low`` is that letter in either case in ``text``
    size = len(text)

    def bounded(end: int) -> bool:  # "\b" after a letter
        return end == size or _WORD_CHAR.match(text, end) is None

    ends: dict[int, int] = {}  # where a word matches -> its end; the first alternative wins
    for words, check in (
        (_PLAIN, False),
        (_BOUNDED, True),
        (_PLAIN_AFTER, False),
        (_BOUNDED_AFTER, True),
        (_SEASONS, False),
        (_FALL, True),
        (_LATE_SEASONS, False),
    ):
        for word in words:
            at = low.find(word)
            while at >= 0:
                end = at + len(word)
                if not check or bounded(end):
                    ends.setdefault(at, end)
                at = low.find(word, at + 1)
    at = low.find("day")
    while at >= 0:  # "days?\b"
        if low.startswith("days", at) and bounded(at + 4):
            ends.setdefault(at, at + 4)
        elif bounded(at + 3):
            ends.setdefault(at, at + 3)
        at = low.find("day", at + 1)
    for match in _ORDINAL.finditer(low):
        if bounded(match.end()):
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
    spans: list[tuple[int, int]] = []
    reached = 0
    for start in sorted(ends):  # leftmost first, none inside the one before, as finditer
        if start >= reached:
            reached = ends[start]
            spans.append((start, reached))
    return spans
