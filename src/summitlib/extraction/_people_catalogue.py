"""Catalogue names: a person filed family name first ("Fraser, Malcolm", "Hawke, Robert James Lee"), as an
archive's or a library's page heads the record of the person it holds."""

from __future__ import annotations

import re

from summitlib.extraction._lexicon import CAPITALS, DEMONYMS, Lexicon, country_code
from summitlib.extraction._people_pairs import places_gone_to
from summitlib.extraction._people_tokens import NOT_NAMES
from summitlib.extraction._text import fold_name
from summitlib.extraction._types import PersonMention

__all__ = ["catalogue_mentions"]


_CATALOGUE = re.compile(
    r"(?<![\w'’.-])(?<!, )(?P<family>[A-Z][a-z][\w'’-]+), (?P<given>[A-Z][a-z][\w'’-]+"
    r"(?: [A-Z][a-z][\w'’-]*| [A-Z]\.){0,3})(?=[ \t]*\n| on [A-Z])"
)
"""A family name, a comma and given names, ending a line or the link of a record ("More information about
Fraser, Malcolm on The National Archive website"); not the tail of a list ("Paris, Bonn, London")."""


_GIVEN_AFTER_COMMA = re.compile(
    r", [A-Z][a-z][\w'’-]+(?: [A-Z][a-z][\w'’-]*| [A-Z]\.){0,3}(?=[ \t]*\n| on [A-Z])"
)
"""The part of ``_CATALOGUE`` from its comma on: a text with none has no catalogue name."""


_ALONE = re.compile(r"[^\S\n]*(?:[•*·-][^\S\n]*)?\Z")
"""What may stand before a catalogue name that has its line to itself: a list's bullet."""


def catalogue_mentions(text: str, found: list[PersonMention], lexicon: Lexicon) -> list[PersonMention]:
    """The people a text files family name first: a family name the text writes so at least twice, once on
    a line of its own (a record's heading), neither part a place or a people ("Paris, France"), each
    mention named with the fullest given names the text gives ("Robert James Lee Hawke")."""
    if _GIVEN_AFTER_COMMA.search(text) is None:
        return []  # the comma first: a search that no lookbehind slows at every offset
    matches = [
        m
        for m in _CATALOGUE.finditer(text)
        if not _a_place(m["family"], text, lexicon) and not _a_place(m["given"].split()[0], text, lexicon)
    ]
    fullest: dict[str, str] = {}
    alone: set[str] = set()
    count: dict[str, int] = {}
    for match in matches:
        family = match["family"]
        count[family] = count.get(family, 0) + 1
        if len(match["given"]) > len(fullest.get(family, "")):
            fullest[family] = match["given"]
        line = text.rfind("\n", 0, match.start()) + 1
        if _ALONE.match(text[line : match.start()]) and text.startswith("\n", match.end()):
            alone.add(family)
    taken = [(m.start, m.end) for m in found]
    mentions = []
    for match in matches:
        family = match["family"]
        if family not in alone or count[family] < 2:
            continue
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        name = f"{fullest[family]} {family}"
        ids = lexicon.lookup_name(fold_name(name)) or lexicon.lookup_name(
            fold_name(f"{match['given'].split()[0]} {family}")
        )
        mentions.append(
            PersonMention(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                leader=ids[0] if len(ids) == 1 else None,
                name=name,
                rule="name" if len(ids) == 1 else "unknown-name",
            )
        )
    return mentions


def _a_place(word: str, text: str, lexicon: Lexicon) -> bool:
    return (
        word.casefold() in NOT_NAMES
        or word in CAPITALS
        or word in DEMONYMS
        or country_code(word) is not None
        or lexicon.country(word) is not None
        or word in places_gone_to(text)
    )
