"""Case-insensitive patterns matched case-sensitively on the lower-cased text, where that is the same.

``re`` matches a case-insensitive alternation slowly: it cannot skip a branch on its first character
(``MEETING``'s words are tried one after another at every word of a text). The same pattern written in
lower case, without ``re.IGNORECASE``, skips most branches on one comparison; on ``text.lower()`` it finds
the very spans the original finds on ``text`` — unless the text has one of the letters ``UNFOLDED`` names
(İ, ı, ſ, the Kelvin sign), which ``re`` matches to i, s or k but ``str.lower`` does not lower to them (and
İ, which ``lower`` makes two characters). :func:`folded` writes the pattern; :func:`folded_spans` uses it
where it may and the original elsewhere.
"""

from __future__ import annotations

import re

from summitlib.extraction._anchors import UNFOLDED

__all__ = ["folded", "folded_spans"]

_VERBATIM = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|\(\?(?:[:=!]|<[=!])")
"""What is copied as it is: an escape (``\\S`` is not ``\\s``), a group's name, a group opening."""
_FLAGS = re.compile(r"\(\?[-a-zA-Z]")
_NAMED_ESCAPE = re.compile(r"\\N")


def folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-sensitive form of the case-insensitive ``pattern``: its letters lower-cased, outside
    escapes and group names. ValueError for a pattern it cannot be written for (not case-insensitive,
    or with inline flags, such as a part where case counts, or a named character).

    Examples:
        >>> folded(re.compile(r"\\bMet\\s+[A-Z]", re.IGNORECASE)).pattern
        '\\\\bmet\\\\s+[a-z]'
    """
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or _NAMED_ESCAPE.search(source):
        raise ValueError(f"cannot fold {source!r}: not case-insensitive, or with a named character")
    out: list[str] = []
    index = 0
    while index < len(source):
        verbatim = _VERBATIM.match(source, index)
        if verbatim is not None:
            out.append(verbatim.group())
            index = verbatim.end()
        elif _FLAGS.match(source, index):
            raise ValueError(f"cannot fold {source!r}: it sets flags inline at {index}")
        else:
            out.append(source[index].lower())
            index += 1
    return re.compile("".join(out), pattern.flags & ~re.IGNORECASE)


def folded_spans(pattern: re.Pattern[str], lowered: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans of ``pattern.finditer(text)``, found with ``lowered`` (its :func:`folded` form) on the
    lower-cased text when the text has no letter that lower-casing would not match the same way."""
    if UNFOLDED.search(text) is not None:
        return [match.span() for match in pattern.finditer(text)]
    return [match.span() for match in lowered.finditer(text.lower())]
