"""Forms of the extractor's patterns that match where the originals do, faster.

:func:`guarded` puts a lookahead of its first characters before a pattern; :func:`any_of` joins patterns
that a window is first searched for at once. :func:`folded` writes a case-insensitive pattern for the
lower-cased text:

``re`` matches a case-insensitive alternation slowly: it cannot skip a branch on its first character
(``MEETING``'s words are tried one after another at every word of a text). The same pattern written in
lower case, without ``re.IGNORECASE``, skips most branches on one comparison; on ``text.lower()`` it finds
the very spans the original finds on ``text`` — unless the text has one of the letters ``UNFOLDED`` names
(İ, ı, ſ, the Kelvin sign), which ``re`` matches to i, s or k but ``str.lower`` does not lower to them (and
İ, which ``lower`` makes two characters): :func:`lowered` gives the text to read, or None for such a text.
A match on the lower-cased text has the original's span; its words are the text's at that span.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator

from summitlib.extraction._anchors import lowered

__all__ = ["Scanned", "alternatives", "any_of", "any_of_guarded", "folded", "guarded", "lowered"]

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


class Scanned:
    """The matches of one pattern over one whole text, found by one scan: ``search(start, end)`` and
    ``finditer(start, end)`` return exactly what ``pattern.search(text, start, end)`` and
    ``pattern.finditer(text, start, end)`` do, without scanning each window again.

    For a pattern with no negative lookaround, no ``$``, ``\\Z`` or atomic group, and no empty match
    (ValueError otherwise, as far as its source shows). Why it is the same: a window ends its string at
    ``end``, which can only make a path fail, except where a ``\\b`` or ``\\B`` is read at ``end``; when
    the character at ``end`` is no word character (or there is none) they read the same in the whole text.
    (What lies before ``start`` is read in both: lookbehinds and ``\\b`` see it.) Then a match in the window
    is a match in the whole text, and the first match of the whole text that ends after ``start`` (if it
    does not straddle ``start``) is where the window's search first can match: ``pattern.match`` there
    with ``endpos=end`` gives its very match, else the window is searched. In every other case the window
    is searched as it was.
    """

    __slots__ = ("_ends", "_starts", "matches", "pattern", "text")

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        if not _scannable(pattern):
            raise ValueError(
                f"cannot scan {pattern.pattern!r} once: a window may match where its text does not"
            )
        self.pattern = pattern
        self.text = text
        self.matches = list(pattern.finditer(text))
        """``pattern.finditer(text)``."""
        self._starts = [m.start() for m in self.matches]
        self._ends = [m.end() for m in self.matches]
        if any(a == b for a, b in zip(self._starts, self._ends, strict=True)):
            raise ValueError(f"cannot scan {pattern.pattern!r} once: it matches the empty string")

    def search(self, start: int, end: int) -> re.Match[str] | None:
        """``pattern.search(text, start, end)``."""
        text, pattern = self.text, self.pattern
        if 0 <= end < len(text) and (text[end].isalnum() or text[end] == "_"):
            return pattern.search(text, start, end)  # a \b or \B at end may read otherwise
        index = bisect.bisect_right(self._ends, start)  # the first match ending after start
        if index == len(self._starts) or self._starts[index] >= end:
            return None
        at = self._starts[index]
        if at < start:  # it straddles start: the window may match inside it
            return pattern.search(text, start, end)
        return pattern.match(text, at, end) or pattern.search(text, start, end)

    def finditer(self, start: int, end: int) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, start, end)``."""
        match = self.search(start, end)
        while match is not None:
            yield match
            match = self.search(match.end(), end)


@functools.cache
def _scannable(pattern: re.Pattern[str]) -> bool:
    return _NOT_SCANNABLE.search(pattern.pattern) is None


_NOT_SCANNABLE = re.compile(r"(?<!\\)(?:\\\\)*(?:\(\?<?!|\(\?>|\\Z|\$|[*+?}]\+)")
"""What :class:`Scanned` cannot answer for from one scan: a negative lookaround, an atomic group or possessive
quantifier, an end anchor (an escaped character aside)."""


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression's source."""
    found, start, index = [], 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
        elif char == "(":
            index = _group_end(pattern, index)
        elif char == "[":
            index = _class_end(pattern, index)
        else:
            if char == "|":
                found.append(pattern[start:index])
                start = index + 1
            index += 1
    found.append(pattern[start:])
    return found


def _class_end(source: str, index: int) -> int:
    """The index just after the character class that opens at ``source[index]``."""
    index += 1
    while index < len(source) and source[index] != "]":
        index += 2 if source[index] == "\\" else 1
    return index + 1


_SKIPPED = re.compile(r"\\b|\(\?<?[!=](?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)")
"""What matches no character at the start of an alternative: ``\\b``, a lookaround."""


def _group_end(source: str, index: int) -> int:
    """The index just after the group that opens at ``source[index]``."""
    depth, in_class = 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    raise ValueError(f"unbalanced group in {source!r}")


def _first_chars(source: str) -> set[str]:
    """Character-class items (letters, or ranges like ``A-Z``) that admit every first character a match
    of the regular expression ``source`` can have; ValueError when that cannot be read off the source."""
    found: set[str] = set()
    for alternative in alternatives(source):
        rest = alternative
        while (lead := _SKIPPED.match(rest)) is not None and lead.group():
            rest = rest[lead.end() :]
        group = re.match(r"\((?:\?:|\?P<\w+>|\?-i:)?", rest)
        if group is not None:
            end = _group_end(rest, 0)
            found |= _first_chars(rest[group.end() : end - 1])
            if rest[end : end + 1] in {"?", "*"} or rest[end:].startswith("{0"):
                found |= _first_chars(rest[end + 1 :].lstrip("}0123456789,"))  # an optional group
            continue
        char_class = re.match(r"\[([^\]^\\]+)\]", rest)
        if char_class is not None and rest[char_class.end() : char_class.end() + 1] not in {"?", "*", "{"}:
            found.add(char_class.group(1))
        elif rest[:1].isalpha() and rest[1:2] not in {"?", "*", "{"}:
            found |= {rest[0].lower(), rest[0].upper()}
        else:
            raise ValueError(f"no first character to guard in {alternative!r}")
    return found


def _starts_at_boundary(source: str) -> bool:
    """Whether every match of the regular expression ``source`` starts at a word boundary: each of its
    alternatives opens with ``\\b`` (after other lookarounds) or with a group, not optional, of which
    that holds; False when that cannot be read off the source."""
    for alternative in alternatives(source):
        rest, boundary = alternative, False
        while (lead := _SKIPPED.match(rest)) is not None and lead.group():
            boundary = boundary or lead.group() == r"\b"
            rest = rest[lead.end() :]
        if boundary:
            continue
        group = re.match(r"\((?:\?:|\?P<\w+>|\?-i:)?", rest)
        if group is None:
            return False
        end = _group_end(rest, 0)
        if rest[end : end + 1] in {"?", "*"} or rest[end:].startswith("{0"):
            return False  # an optional group: the match may start after it
        if not _starts_at_boundary(rest[group.end() : end - 1]):
            return False
    return True


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead of the characters its matches can start with: the same matches,
    found faster, as at most positions ``re`` then fails on one character class instead of trying every
    alternative (with its leading ``\\b``). (It is still tried at every position: ``re`` skips ahead by
    itself only to a first character that is consumed, not looked ahead at, and never to a letter when
    case is ignored.) When every alternative starts with ``\\b``, a ``\\b`` goes first too: inside a
    word, where the lookahead's letters mostly pass, the position then fails on the boundary alone."""
    chars = "".join(sorted(_first_chars(pattern.pattern)))
    lead = r"\b" if _starts_at_boundary(pattern.pattern) else ""
    return re.compile(f"{lead}(?=[{chars}])(?:{pattern.pattern})", pattern.flags)


def any_of(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches in a window exactly when one of ``patterns`` (all of the same flags) does:
    a window that it finds nothing in needs no look with each of them."""
    patterns = list(patterns)
    if len({p.flags for p in patterns}) != 1 or any(p.groupindex for p in patterns):
        raise ValueError("any_of needs patterns of the same flags, without named groups")
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)


def any_of_guarded(patterns: Iterable[re.Pattern[str]]) -> tuple[re.Pattern[str], ...]:
    """Patterns (one or two) that together find a match in a window exactly when one of ``patterns`` does:
    :func:`any_of` those whose every match starts at a word boundary, :func:`guarded` behind a ``\\b``, and
    of the others apart. One guard for all would lose the ``\\b``: ``re`` would then try every alternative,
    each failing on its own ``\\b``, at every position inside a word whose letter the guard lets through.

    Examples:
        >>> [p.pattern for p in any_of_guarded([re.compile(r"\\bwas\\b"), re.compile(r"n't")])]
        ['\\\\b(?=[Ww])(?:(?:\\\\bwas\\\\b))', "(?=[Nn])(?:(?:n't))"]
    """
    patterns = list(patterns)
    bounded = [p for p in patterns if _starts_at_boundary(p.pattern)]
    others = [p for p in patterns if not _starts_at_boundary(p.pattern)]
    return tuple(guarded(any_of(group)) for group in (bounded, others) if group)
