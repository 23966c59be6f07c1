"""The pairs and groups of leaders a text is about: "between A and B", the people named together most
often (`pair_counts`, `dominant_pair`, `GroupCounts`), those of the meetings proposed last, and who
"the two prime ministers" can be; `VOICE` the offices that are never one of "the two leaders"."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from summitlib.extraction._hosts import HEADS
from summitlib.extraction._lexicon import BLOCS, DEMONYMS
from summitlib.extraction._participants import not_a_person
from summitlib.extraction._types import MeetingCandidate, Person, PersonMention

__all__ = [
    "VOICE",
    "GroupCounts",
    "between_groups",
    "bloc_members",
    "dominant_pair",
    "office_of_pair",
    "pair_counts",
    "recent_group",
]

_BETWEEN = re.compile(r"between(?<!\wbetween)\s+")
"""``\\bbetween\\s+`` with the word first, so ``re`` skips ahead to it (the boundary is checked behind it)."""
_TITLE_GAP = re.compile(r"[^,;:.!?]{0,45}\Z")
_AND_GAP = re.compile(r"\s+and\s+[^,;:!?]{0,45}\Z")


def between_groups(
    text: str, start: int, end: int, mentions: list[PersonMention]
) -> list[tuple[int, tuple[str, ...]]]:
    """Leaders named as "between A and B" (titles allowed before each name), with where it is said (not
    places: "the link between Woodlands and Johor Baru", `not_a_person`)."""
    mentions = [m for m in mentions if not not_a_person(text, m)]
    groups = []
    for match in _BETWEEN.finditer(text, start, end):
        after = match.end()
        first = [m for m in mentions if m.start >= after and _TITLE_GAP.fullmatch(text, after, m.start)]
        if not first:
            continue
        head = [m for m in first if (m.start, m.end) == (first[0].start, first[0].end)]
        ids = {m.person for m in head if m.person is not None}
        if len(ids) < 2:
            second = [
                m
                for m in mentions
                if m.start > head[0].end and _AND_GAP.fullmatch(text, head[0].end, m.start)
            ]
            ids |= {m.person for m in second[:1] if m.person is not None}
        if len(ids) >= 2:
            groups.append((match.start(), tuple(sorted(ids))))
    return groups


@attrs.define
class GroupCounts:
    """How often each group of people is named together in a sentence, counted once per text and size, and
    indexed by member, so that every "the four leaders" of a long text does not count the groups again."""

    by_sentence: dict[int, list[PersonMention]]
    _counts: dict[int, dict[tuple[str, ...], tuple[int, int]]] = attrs.field(factory=dict, init=False)
    _by_member: dict[int, dict[str, list[tuple[str, ...]]]] = attrs.field(factory=dict, init=False)
    _chosen: dict[tuple[object, ...], tuple[str, ...] | None] = attrs.field(factory=dict, init=False)

    def counts(self, size: int) -> dict[tuple[str, ...], tuple[int, int]]:
        """Each group of ``size`` people named together: (how often, first sentence index)."""
        if size not in self._counts:
            counts: dict[tuple[str, ...], tuple[int, int]] = {}
            for index in sorted(self.by_sentence):
                people = sorted({m.person for m in self.by_sentence[index] if m.person is not None})
                if len(people) < size or len(people) > 8:
                    continue
                for group in itertools.combinations(people, size):
                    count, seen = counts.get(group, (0, index))
                    counts[group] = (count + 1, seen)
            by_member: dict[str, list[tuple[str, ...]]] = {}
            for group in counts:
                for member in group:
                    by_member.setdefault(member, []).append(group)
            self._counts[size], self._by_member[size] = counts, by_member
        return self._counts[size]

    def dominant(
        self, size: int, named: tuple[str, ...], holding: frozenset[str] | None = None
    ) -> tuple[str, ...] | None:
        """The ``size`` people named together most often (earliest first on ties), including ``named``, all of
        ``holding`` when it has ``size`` or more ("four East African presidents": four presidents, not a
        dictator named beside them); with none named together, ``holding`` itself when it has just
        ``size``. Each question answered once per text."""
        key = (size, named, holding)
        if key not in self._chosen:
            self._chosen[key] = self._dominant(size, named, holding)
        return self._chosen[key]

    def _dominant(
        self, size: int, named: tuple[str, ...], holding: frozenset[str] | None
    ) -> tuple[str, ...] | None:
        counts = self.counts(size)
        groups = self._by_member[size].get(named[0], []) if named else list(counts)
        holders = holding if holding is not None and len(holding) >= size else None
        options = [
            (group, counts[group])
            for group in groups
            if set(named) <= set(group) and (holders is None or set(group) <= holders)
        ]
        if not options and holders is not None and len(holders) == size and set(named) <= holders:
            return tuple(sorted(holders))  # the text's four presidents, never named in one sentence
        if not options:
            return None
        return min(options, key=lambda item: (-item[1][0], item[1][1]))[0]


def recent_group(found: list[MeetingCandidate], size: int, named: tuple[str, ...]) -> tuple[str, ...] | None:
    """The ``size`` people of the meetings proposed last, including ``named`` ("separate meetings with
    Rouhani and Erdogan ... The first tripartite summit"), or None if they are not exactly that many."""
    people = set(named)
    for candidate in reversed(found):
        people |= set(candidate.participants)
        if len(people) >= size:
            break
    return tuple(sorted(people)) if len(people) == size else None


VOICE = re.compile(
    r"(?i:spokes(?:man|woman|person)|aide|advis[eo]r|press\s+secretary|correspondent|official|first\s+lady)"
)
"""Offices of those who speak for a leader or come along: never one of "the two sides" or "the two
leaders"."""


def pair_counts(
    text: str, by_sentence: dict[int, list[PersonMention]], voices: set[str]
) -> dict[tuple[str, str], tuple[int, int]]:
    """How often each pair of leaders is named in one sentence of ``text``, and where the first sentence
    that names them both names its first person (not those who speak for them: ``voices``, nor names that
    stand for no one: `not_a_person`)."""
    counts: dict[tuple[str, str], tuple[int, int]] = {}
    for index in sorted(by_sentence):
        named = sorted(
            {
                m.person
                for m in by_sentence[index]
                if m.person is not None and m.person not in voices and not not_a_person(text, m)
            }
        )
        at = min((m.start for m in by_sentence[index]), default=0)
        for i, first in enumerate(named):
            for second in named[i + 1 :]:
                count, seen = counts.get((first, second), (0, at))
                counts[(first, second)] = (count + 1, seen)
    return counts


_PAIR_OFFICES = (
    (re.compile(r"prime\s+ministers|PMs|premiers", re.IGNORECASE), ("Prime Minister", "Premier")),
    (re.compile(r"presidents", re.IGNORECASE), ("President",)),
    (re.compile(r"chancellors", re.IGNORECASE), ("Chancellor",)),
)


def office_of_pair(carry: re.Match[str] | None, persons: Sequence[Person]) -> frozenset[str] | None:
    """Who "the two prime ministers" (or presidents, chancellors) can be: the people the text gives that
    office; None when the words name no office or the text gives it to fewer than two."""
    if carry is None:
        return None
    for words, offices in _PAIR_OFFICES:
        if words.search(carry.group()):
            holding = frozenset(p.id for p in persons if p.office in offices)
            return holding if len(holding) >= 2 else None
    return None


def dominant_pair(
    counts: dict[tuple[str, str], tuple[int, int]],
    named: tuple[str, ...],
    without: str | None = None,
    holding: frozenset[str] | None = None,
    before: int | None = None,
) -> tuple[str, ...] | None:
    """The pair named together most often in the text (earliest first on ties) that includes ``named``
    (and not ``without``), both of ``holding`` when given ("the two PMs": two prime ministers); of those
    named together before ``before`` when there are any ("The two leaders agreed to meet" stands for a pair
    told before it, not one the text names only later)."""
    options = [
        (pair, value)
        for pair, value in counts.items()
        if set(named) <= set(pair) and without not in pair and (holding is None or set(pair) <= holding)
    ]
    if before is not None and any(value[1] < before for _, value in options):
        options = [(pair, value) for pair, value in options if value[1] < before]
    if not options:
        return None
    pair, _ = min(options, key=lambda item: (-item[1][0], item[1][1]))
    return pair


_BODIES: dict[str, str] = {
    name: body
    for names, body in (
        ("eu european-union", r"EU|European\s+(?:Union|Commission|Council)"),
        ("au african-union", r"AU|African\s+Union(?:\s+Commission)?"),
    )
    for name in names.split()
}
"""Bodies whose leaders are those the text names with the body's name ("European Commission President
Ursula von der Leyen", "Cyril Ramaphosa, the AU's current chairperson"), not with a country."""
_GROUP_WORD = r"(?:G-?[78]|Group\s+of\s+(?:Seven|Eight)|[A-Z][\w-]*(?:\s+(?:Arab|American|Asian|Union))?)"
_GROUP_LEADERS = re.compile(
    rf"\b(?P<who>{_GROUP_WORD}(?:\s+and\s+{_GROUP_WORD})?)\s+(?:leaders|presidents|heads\s+of\s+state)\b"
    r"|\b(?:leaders|presidents|heads\s+of\s+state)\s+of\s+(?:the\s+)?(?:(?:[a-z]+|\d+)\s+)?"
    rf"(?P<of>{_GROUP_WORD})\s+(?:nations|countries|states|member\s+states)\b"
)
"""The leaders of a group of countries or of countries named by their people ("G7 leaders", "Chinese
leaders", "the Qatari and Saudi leaders", "the presidents of eleven South American countries")."""
_GROUP_SPLIT = re.compile(r"\s+and\s+")
_NEAR_GAP = re.compile(r"(?![\s\S]*\b(?:which|who|whom|where|whose)\b)[^;:.!?()\"“”]{0,50}")
"""What may stand between a meeting word and the group that meets ("a video teleconference with G7
leaders", "a video conference, the first time G7 leaders had met"): a few words, none opening a relative
clause ("the summit, at which EU leaders are due to discuss": not theirs)."""


def _countries_of(words: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The countries and bodies of a group's name ("G7", "Central Asian", "Qatari and Saudi", "EU and
    African Union"), None if any part of it is neither a group of countries, a nationality nor a body."""
    codes: set[str] = set()
    bodies: list[str] = []
    for part in _GROUP_SPLIT.split(words):
        key = "-".join(part.split()).casefold()
        country = DEMONYMS.get(part)
        if key in BLOCS:
            codes |= BLOCS[key]
        elif key in _BODIES:
            bodies.append(_BODIES[key])
        elif country is not None:
            codes.add(country)
        else:
            return None
    return frozenset(codes), tuple(bodies)


_BODY_REACH = 60
"""How far from a name its body's name may be ("European Council chief Charles Michel")."""


def _body_members(text: str, body: str, people: Sequence[PersonMention]) -> set[str]:
    """Who the text names with ``body``'s name: in their title ("European Commission President Ursula von
    der Leyen", "European Council chief Charles Michel") or set off after their name ("Cyril Ramaphosa,
    the AU's current chairperson")."""
    before = re.compile(rf"\b(?:{body})(?:['’]s)?\s+(?:[\w-]+\s+){{0,3}}\Z")
    after = re.compile(
        rf",\s+(?:the\s+)?(?:{body})['’]s\s+(?:[\w-]+\s+){{0,2}}?"
        r"(?:chair(?:person|man|woman)?|president|head|chief|leader)\b"
    )
    return {
        m.person
        for m in people
        if m.person is not None
        and (
            before.search(text, max(0, m.start - _BODY_REACH), m.start) is not None
            or after.match(text, m.end) is not None
        )
    }


def bloc_members(
    text: str,
    start: int,
    end: int,
    persons: Sequence[Person],
    people: Sequence[PersonMention],
    named: tuple[str, ...],
    cue: tuple[int, int],
) -> tuple[str, ...] | None:
    """ "Trump will hold a video teleconference with G7 leaders": ``named`` (who the clause ``start:end``
    names) meeting at ``cue`` with a group named a few words from it, and the heads of state or government
    the text names with the group's countries (by their titles: "French President Emmanuel Macron"), or
    with a body's name (in ``people``: "European Council chief Charles Michel" for "EU leaders"); None when
    the clause names no such group or the text names none of its leaders beside ``named`` or some head of
    state or government without a country (no guess: people merely named elsewhere are not members)."""
    for match in _GROUP_LEADERS.finditer(text, start, end):
        gap = (cue[1], match.start()) if match.start() >= cue[1] else (match.end(), cue[0])
        if not _NEAR_GAP.fullmatch(text, *gap):
            continue  # "The meeting was scheduled for the day before the summit, at which EU leaders ..."
        group = _countries_of(match["who"] or match["of"])
        if group is None:
            continue
        countries, bodies = group
        members = {p for body in bodies for p in _body_members(text, body, people) if p not in named}
        if countries:
            heads = [p for p in persons if p.office in HEADS and p.id not in {*named, *members}]
            if any(p.country is None for p in heads):
                # "presidents Lula and Alberto Fernandez (Argentina)": who is a member is not told
                return None
            members |= {p.id for p in heads if p.country in countries}
        if members and len(members) + len(named) >= 2:
            return tuple(sorted({*named, *members}))
    return None
