"""The nouns of the press, written once: what makes a name beside them an outlet's, not a person's.

An outlet (a paper, an agency, a broadcaster) is a group speaker that also relays what others say, and its
name looks like a person's ("Die Welt said", "Davar reported"). The text tells them apart by a noun beside the
name: before it ("the daily Asahi", "state news agency Xinhua"), in an apposition after it ("Ha'aretz,
Israel's most authoritative paper,") or as the head of the group itself ("the state broadcaster").

`OUTLET_NOUNS` is the one list, in four named parts (publications, services, venues, heads); each place
takes the parts it can trust and says why:

- `OUTLET_NOUN` (pattern text, publications and services): a noun that makes the name *right beside it* an
  outlet's in speech ("the daily Asahi said", "according to the newspaper Al Ahram"), with who runs it
  ("state", "official"). "agency" alone counts there ("the agency Xinhua") but not in an apposition, where
  "Smith, head of the agency," is a person: `APPOSITION_NOUN` needs "news" or "press" before it.
- `MEDIA_BEFORE` (compiled, adds the venues): a lower-case noun right before a name, for the people rules
  ("the website X" is no person).
- `BROAD_OUTLET` (compiled, every noun): a group speaker whose own name holds one is an outlet ("state
  media", "the radio").
"""

from __future__ import annotations

import re

__all__ = [
    "APPOSITION_NOUN",
    "BROAD_OUTLET",
    "MEDIA_BEFORE",
    "OUTLET_NOUN",
    "OUTLET_NOUNS",
    "SPEAKER_OUTLET_NOUNS",
]

_PUBLICATIONS = ("newspaper", "news paper", "paper", "daily", "weekly", "magazine", "tabloid", "broadsheet")
_SERVICES = ("broadcaster", "wire service", "news agency", "press agency", "agency")
_VENUES = ("channel", "network", "station", "website", "portal", "outlet")
"""Where news is put out: a name right after one of these in lower case is the outlet's ("the website X"),
but as a speaker's noun or in an apposition they name places and bodies of every kind ("Smith, at the
station,"), so only the people rules read them."""
_HEADS = ("media", "television", "radio")
"""Nouns that tell a group is an outlet ("state media", "state television") but do not make the name beside
them one ("radio Smith", "media mogul")."""

OUTLET_NOUNS = _PUBLICATIONS + _SERVICES + _VENUES + _HEADS
"""Every noun that names a news outlet (the one list; the patterns below take named parts of it)."""
_NOT_ONLY_OUTLETS = ("paper", "daily", "weekly")
"""Publications' nouns that are other words as well: an adverb ("met weekly"), a document ("a position paper
says"). Beside a name they make an outlet ("the daily Asahi"); alone before a verb, no speaker."""
SPEAKER_OUTLET_NOUNS = tuple(
    w for w in _PUBLICATIONS + _SERVICES + _HEADS if w not in _NOT_ONLY_OUTLETS and " " not in w
)
"""The outlet nouns that make a group speaker ("The magazine said", "state television reported"): not the
venues, which name places and bodies of every kind ("the station said" may be a police station); one word
each, so that "the news agency SPA" has the noun "agency" that a later "the agency added" refers back by."""

_LONE_AGENCY = "agency"
"""An agency of any kind: a news one only before its name ("the agency Xinhua"), never in an apposition."""


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in words)


_QUALIFIER = r"(?:(?:state|official|state-run)\s+)?"
"""Who runs the outlet ("state news agency", "official daily")."""

OUTLET_NOUN = _QUALIFIER + "(?:" + _alternation(_PUBLICATIONS + _SERVICES) + r")\b"
"""Pattern text: a noun that makes the name right beside it an outlet's ("state news agency", "the daily")."""

APPOSITION_NOUN = (
    _QUALIFIER
    + "(?:"
    + _alternation(tuple(w for w in _PUBLICATIONS + _SERVICES if w != _LONE_AGENCY))
    + r")\b"
)
"""Pattern text: `OUTLET_NOUN` without a lone "agency", for appositions ("Davar, another leading daily,")."""

MEDIA_BEFORE = re.compile(r"\b(?:" + _alternation(_PUBLICATIONS + _SERVICES + _VENUES) + r")\s+\Z")
"""A lower-case noun of the press right before a name: the name is the publication's ("the newspaper
Juventud Rebelde", "the news agency Tass", "the website X"), no person's."""

BROAD_OUTLET = re.compile(r"\b(?:" + _alternation(OUTLET_NOUNS) + r")\b", re.IGNORECASE)
"""Any noun of the list inside a group's name: the group is an outlet, which relays what others say."""
