"""Names in a text written in capitals (a wire-service cable: "M. USHER IS EXPECTED TO HAVE A MEETING WITH
THE BRITISH FOREIGN SECRETARY, MR. MICHAEL STEWART ON MONDAY"), where capitals no longer set a name apart
from the words around it: only a personal honorific marks one there."""

from __future__ import annotations

import re

from summitlib.extraction._people_tokens import NOT_NAMES
from summitlib.extraction._text import fold_name
from summitlib.extraction._types import PersonMention

__all__ = ["capitals_mentions", "in_capitals"]


_HONORIFIC_NAME = re.compile(
    r"\b(?:MRS?|MS|DR|MME|M)\.[ \t]*(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+(?:[A-Z][A-Z'’-]+|[A-Z]\.)){0,3})"
    r"|\b(?:MRS?|MS|DR|MME|MISS)[ \t]+(?P<bare>[A-Z][A-Z'’-]+(?:[ \t]+(?:[A-Z][A-Z'’-]+|[A-Z]\.)){0,3})"
)
"""A personal honorific and the capitalised words after it ("MR. ARSENE ASSOUAN USHER", "M. USHER");
"M" needs its stop, else it is any letter."""


_CUE_WORDS = frozenset(
    [
        "said",
        "says",
        "told",
        "added",
        "asked",
        "arrived",
        "left",
        "met",
        "meets",
        "meet",
        "held",
        "holds",
        "will",
        "would",
        "is",
        "was",
        "has",
        "had",
        "have",
        "are",
        "were",
        "who",
        "whose",
        "when",
        "where",
        "which",
        "that",
        "this",
        "with",
        "who's",
        "expected",
        "due",
        "later",
        "also",
    ]
)
"""Words that end a name in capitals: its verb, or a word of the sentence's grammar."""


_LOWER = bytes(range(ord("a"), ord("z") + 1))
_UPPER = bytes(range(ord("A"), ord("Z") + 1))


def in_capitals(text: str) -> bool:
    """Most English letters of the first 4,000 characters of ``text`` are capitals: seven in ten or more,
    and a hundred at least. Counted by deleting letters from bytes, so that no loop runs in Python."""
    sample = text[:4000].encode("ascii", "ignore")
    lower = len(sample) - len(sample.translate(None, _LOWER))
    upper = len(sample) - len(sample.translate(None, _UPPER))
    return upper >= 100 and upper * 10 >= (upper + lower) * 7


def capitals_mentions(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """The people a text in capitals names after "MR.", "MRS.", "M.", "DR."; a name ends at its first word
    of grammar or verb ("MR. MICHAEL STEWART ON MONDAY"), and one word that is the family name of a fuller
    name the text gave takes that name ("M. USHER" after "MR. ARSENE ASSOUAN USHER")."""
    if not in_capitals(text):
        return []
    taken = [(m.start, m.end) for m in found]
    spans: list[tuple[int, int, str]] = []
    for match in _HONORIFIC_NAME.finditer(text):
        group = "name" if match["name"] else "bare"
        start = match.start(group)
        words = []
        for word in re.finditer(r"\S+", match[group]):
            if word.group().casefold() in NOT_NAMES or word.group().casefold() in _CUE_WORDS:
                break
            words.append(word)
        if not words:
            continue
        end = start + words[-1].end()
        if not any(s < end and start < e for s, e in taken):
            spans.append((start, end, text[start:end]))
    fuller: dict[str, str] = {}
    for _, _, name in spans:
        parts = name.split()
        if len(parts) >= 2 and len(name) > len(fuller.get(fold_name(parts[-1]), "")):
            fuller[fold_name(parts[-1])] = " ".join(parts)
    return [
        PersonMention(
            start=start,
            end=end,
            text=name,
            name=fuller.get(fold_name(name), name) if " " not in name else " ".join(name.split()),
            rule="unknown-name",
        )
        for start, end, name in spans
    ]
