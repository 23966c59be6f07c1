"""People named beside another: "Biden and Putin held talks", "between Hu and Bush", "Bush and Hu" — one
capitalised word made a person by the person or meeting verb it is paired with (split out of
`_people_cues`)."""

from __future__ import annotations

import functools
import re

from summitlib.extraction._lexicon import Lexicon
from summitlib.extraction._text import fold_name

__all__ = ["AND_NAME_AFTER", "beside_a_person", "coordinated_with_a_person", "in_a_pair", "places_gone_to"]


_PAIR_VERB = (
    r"(?:(?:to|will|would|could|may|might)\s+(?:meet|hold|talk|speak|sign)"
    r"|met|meet|meets|held|hold|holds|hosted|spoke|signed|agreed|discussed|talked|shook|greeted|embraced)"
)


_PAIR_AFTER = re.compile(
    rf",?\s+and\s+(?:(?:[A-Z][\w'’-]{{0,2}}\.|[A-Z][\w'’.-]*[\w'’-])\s+){{1,3}}{_PAIR_VERB}\b"
)
"""A second name and the verb the two share ("and Mr. Putin met"); no word but an initial or a short title
ends in a full stop, so the pair does not run on into the next sentence ("Canberra, Melbourne and Sydney.
Mr. Sato met ...")."""


_PAIR_BEFORE = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}\s+and\s+\Z")


_VERB_AFTER = re.compile(rf"\s+{_PAIR_VERB}\b")


AND_NAME_AFTER = re.compile(r"\s+and\s+(?:[A-Z][\w'’.-]+\s+){0,3}?(?P<name>[A-Z][\w'’-]+)\b")


_NAME_AND_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]+)(?:['’]s)?\s+and\s+\Z")


def beside_a_person(text: str, start: int, end: int, surnames: dict[str, str], lexicon: Lexicon) -> bool:
    """ "Bush and Hu", "between Hu and Bush": one word joined by "and" to a person the text names."""
    word = text[start:end]
    if word.isupper():
        return False  # "BJP", "NATO"
    window = max(0, start - 40)
    beside = _names_a_person(AND_NAME_AFTER.match(text, end), surnames, lexicon) or (
        text[window:start].rstrip().endswith("and")  # else "and" cannot end the window
        and _names_a_person(_NAME_AND_BEFORE.search(text, window, start), surnames, lexicon)
    )
    return beside and word not in places_gone_to(text)  # "arrived in Beijing ... Beijing and Xi": a place


def _names_a_person(match: re.Match[str] | None, surnames: dict[str, str], lexicon: Lexicon) -> bool:
    if match is None:
        return False
    key = fold_name(match["name"])
    return key in surnames or key in lexicon.surnames


_GONE_TO = re.compile(r"\b(?:in|at|to|from|near|visit(?:ed|ing|s)?)\s+([A-Z][\w'’-]*)")


@functools.lru_cache(maxsize=8)
def places_gone_to(text: str) -> frozenset[str]:
    """The capitalised words a text goes to, is in or comes from ("in Beijing", "visited Hanoi")."""
    return frozenset(_GONE_TO.findall(text))


def in_a_pair(text: str, start: int, end: int) -> bool:
    """ "Biden and Putin held talks", "Joe Biden and Vladimir Putin met": two names meeting."""
    if _PAIR_AFTER.match(text, end):
        return True
    return bool(_VERB_AFTER.match(text, end) and _PAIR_BEFORE.search(text, max(0, start - 60), start))


_FULL_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}"
_FULL_NAME_AND_AFTER = re.compile(rf",?\s+and\s+(?P<name>{_FULL_NAME})\b(?!['’]s|[ \t]+[A-Z])")
_FULL_NAME_AND_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_FULL_NAME}),?\s+and\s+\Z")


def coordinated_with_a_person(text: str, start: int, end: int, surnames: dict[str, str]) -> bool:
    """ "Nursultan Nazarbayev and Shavkat Mirziyoyev exchanged compliments": a full name joined by "and" to
    the full name of a person the text has already named, as a person is joined to another person. The
    other name is a whole run of two to four capitalised words known in full (after "and", not the start
    of a longer run nor a possessive), so an institution or a place joined to a person stays out; a run
    before "and" that only ends in a known name ("Later Joe Biden and Great Britain") does not count."""
    after = _FULL_NAME_AND_AFTER.match(text, end)
    if after is not None and fold_name(after["name"]) in surnames:
        return True
    window = max(0, start - 60)
    if not text[window:start].rstrip().endswith("and"):
        return False  # else "and" cannot end the window
    before = _FULL_NAME_AND_BEFORE.search(text, window, start)
    return before is not None and fold_name(before["name"]) in surnames
