"""The cast of a text: one [`Person`][summitlib.extraction.Person] per person, however often they are named.

Person mentions are read in text order. A mention the corpus resolves is that leader. Any other name is
the person named before whose name holds all its words ("Xi" after "Xi Jinping", "Kim Jong-un" after
"Kim Jong Un", the most recent one first), or a new person whose proposed id is made from the name.
A description ("the Chinese leader", "the South African president") is the most recent person of that
country; a bare office ("the president", "the prime minister") the most recent person holding it.
Country and office come from the titles the text gives ("South African President Cyril Ramaphosa").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from summitlib.extraction._cast_names import Entry, Named, family_name, named_before, nickname_of, person_id
from summitlib.extraction._cast_offices import (
    HONORIFIC_OFFICES,
    MONARCHS,
    Namings,
    appositive,
    country_after,
    country_before,
    described,
    described_before,
    title_parts,
)
from summitlib.extraction._lexicon import ROLE_NOUNS, Lexicon
from summitlib.extraction._text import fold_name
from summitlib.extraction._types import Cue, Person, PersonMention, with_person
from summitlib.model import Role

__all__ = ["build_cast"]


def build_cast(
    mentions: list[PersonMention], lexicon: Lexicon, text: str = ""
) -> tuple[list[Person], list[PersonMention]]:
    """The people of a text and its mentions, each mention pointing at its person (``person``).

    A name followed by "of" and a country ("Prime Minister Scott Morrison of Australia", "King Abdullah
    of Jordan") gives that person the country, as a demonym before it would; ``text`` is where the
    mentions were found."""
    named_so_far = Named()
    by_id: dict[str, Entry] = {}
    linked: list[PersonMention | None] = []
    named: list[tuple[int, Entry]] = []  # where each person is named, in text order
    undecided: dict[str, tuple[str, ...]] = {}  # a person first named by a family name leaders share
    for mention in mentions:
        if mention.rule == "description" and mention.leader is None:
            linked.append(None)  # read once every name, title and office of the text is known
            continue
        entry = _resolve(mention, named_so_far, by_id, lexicon, text)
        if entry is None:
            linked.append(mention)
            continue
        if mention.candidates and not entry.known and entry.first.start == mention.start:
            undecided[entry.id] = mention.candidates  # "Bush" in a headline, before "George W. Bush"
        entry.last_seen = mention.start
        named.append((mention.start, entry))
        country, office = title_parts(mention.title)
        if mention.title_of is None and mention.rule != "description":
            if (
                country is None
                and (office is None or office.casefold() in HONORIFIC_OFFICES)
                and not mention.quoted
            ):
                # "the Emir of Qatar, Sheikh Tamim": the office set off by commas, not the honorific
                set_off = appositive(text, mention, lexicon)
                country, office = set_off[0], set_off[1] or office
            entry.country = (
                entry.country
                or country
                or country_after(text, mention.end, lexicon)
                or country_before(text, mention.start, lexicon)
            )
            entry.office = entry.office or office
        linked.append(with_person(mention, entry.id))
    _part_other_bearers(linked, by_id, lexicon)
    merged = _named_in_full_later(undecided, by_id)
    if merged:
        named = [(at, by_id[merged.get(entry.id, entry.id)]) for at, entry in named]
        linked = [
            m if m is None or m.person not in merged else with_person(m, merged[m.person]) for m in linked
        ]
    namings = Namings.of(named)
    for index, mention in enumerate(mentions):
        if linked[index] is None:  # "the prime minister": the last person named before with that office
            entry = described_before(mention, namings, text)
            linked[index] = mention if entry is None else with_person(mention, entry.id)
    _respell_ids(named_so_far.entries, by_id, lexicon, linked)
    persons = [
        Person(
            id=e.id,
            name=e.name,
            known=e.known,
            family_name=e.family,
            country=e.country,
            office=e.office,
            first=e.first,
        )
        for e in named_so_far.entries
        if e.id not in merged
    ]
    return persons, [m for m in linked if m is not None]


_DISTINCT_OFFICES = ("president", "prime minister", "premier", "chancellor", "king", "queen", "emperor")
"""Offices a title gives that tell two bearers of one family name apart ("President Clinton" is not the
corpus's Secretary of State Hillary Clinton)."""


def _held(office: str, roles: Sequence[Role]) -> bool:
    """Whether a leader with ``roles`` held ``office`` (one of ``_DISTINCT_OFFICES``): a role of the kind the
    office names ("Premier" for a "Chairman of the Council of Ministers", a head of government), or a role
    whose title has the office's word."""
    kinds = ROLE_NOUNS.get(office, frozenset())
    return any(role.kind in kinds or office in role.title.casefold() for role in roles)


def _part_other_bearers(
    linked: list[PersonMention | None], by_id: dict[str, Entry], lexicon: Lexicon
) -> None:
    """A corpus leader named only by the family name, under a title of an office the leader never held
    ("President Clinton" for a corpus that knows only Secretary of State Hillary Clinton): someone else of
    that name, a person of the text's own, as with no corpus."""
    by_person: dict[str, list[int]] = {}
    for index, mention in enumerate(linked):
        if mention is not None and mention.person is not None and mention.rule != "description":
            by_person.setdefault(mention.person, []).append(index)
    for person, indices in by_person.items():
        entry, leader = by_id.get(person), lexicon.leaders.get(person)
        if entry is None or leader is None or not leader.roles or not entry.known:
            continue
        mentions = [m for i in indices if (m := linked[i]) is not None]
        words = {fold_name(m.name or m.text) for m in mentions}
        if any(" " in word for word in words) or len(words) != 1:
            continue  # a full name the corpus knows: that leader
        offices = {(title_parts(m.title)[1] or "").casefold() for m in mentions}
        if not any(o in _DISTINCT_OFFICES and not _held(o, leader.roles) for o in offices):
            continue
        name = _POSSESSIVE.sub("", mentions[0].text)
        proposed = person_id(name)
        if proposed in by_id or proposed in lexicon.leaders:
            continue
        del by_id[entry.id]
        entry.id, entry.known, entry.name = proposed, False, name
        by_id[proposed] = entry
        for index in indices:
            mention = linked[index]
            if mention is not None:
                linked[index] = with_person(attrs.evolve(mention, leader=None), proposed)


def _named_in_full_later(undecided: dict[str, tuple[str, ...]], by_id: dict[str, Entry]) -> dict[str, str]:
    """The leader each person first named by a shared family name turns out to be: the one leader of those
    sharing it whom the text later names in full ("Kohl Met Bush", then "George W. Bush"), if only one."""
    merged = {}
    for entry_id, candidates in undecided.items():
        known = [c for c in candidates if c in by_id and by_id[c].known]
        if len(known) == 1:
            merged[entry_id] = known[0]
    return merged


def _resolve(
    mention: PersonMention, named: Named, by_id: dict[str, Entry], lexicon: Lexicon, text: str = ""
) -> Entry | None:
    if mention.rule == "description":
        here = described(mention, named.entries)  # "the US president": the one this text named, if any
        if here is not None or mention.leader is None:
            return here
    name = mention.name or mention.text
    leader_id = mention.leader
    if leader_id is None and not mention.candidates:
        ids = lexicon.names.get(fold_name(name), ())
        if len(ids) == 1:  # a short name standing for a full name the corpus knows
            leader_id = ids[0]
    if leader_id is not None:
        entry = by_id.get(leader_id)
        if entry is None and len(short := fold_name(name).split()) == 1:
            previous = named_before(short, named)
            if previous is not None and not previous.known:
                return previous  # "Syrian President Hafez al-Assad", then "Assad": the one named, not Bashar
        if entry is None:
            leader = lexicon.leaders.get(leader_id)
            name = leader.name if leader is not None else (mention.name or mention.text)
            tokens = fold_name(name).split()
            entry = Entry(
                id=leader_id,
                name=name,
                known=True,
                tokens=tokens,
                family=family_name(name, tokens),
                country=leader.country if leader is not None else None,
                office=None,
                first=_cue(mention),
                last_seen=mention.start,
            )
            _add(entry, named, by_id)
        return entry
    alone = _before_full_name(mention, name, named)
    if alone:
        name = _POSSESSIVE.sub("", mention.text)  # "King Hussein", and only later "Iraqi President Saddam
        # Hussein"
    name, tokens = _without_nickname(name)
    if not tokens:
        return None
    previous = named_before(tokens, named)
    if mention.candidates and previous is not None:  # "Bush", whom two leaders share: the one named
        return previous
    if previous is not None and _of_another_country(mention, previous, tokens):
        previous = None  # "King Hussein of Jordan", then "Iraqi President Saddam Hussein": someone else
    if previous is not None:
        fuller = previous.words <= set(tokens) or nickname_of(previous.tokens, tokens)
        if len(tokens) > len(previous.tokens) and fuller and not previous.known:
            previous.rename(name, tokens)  # "Xi", then "Xi Jinping": the fuller name
            named.index(previous)
        elif (
            len(tokens) == len(previous.tokens) >= 2
            and set(tokens) != previous.words
            and all(len(word) > 1 for word in previous.words.symmetric_difference(tokens))  # no initials
            and not previous.known
            and _written_as_often(text, name, previous.name)
        ):  # "Viktor Chernomyridin", then "Viktor Chernomyrdin": a full name spelt anew in full keeps the
            # spelling written more, or the last ("Moediono" after "Moerdiono" is one word: no renaming)
            previous.rename(name, tokens)
            named.index(previous)
            previous.respelt = True
        return previous
    proposed = person_id(name)
    if proposed in lexicon.leaders or proposed in by_id:
        suffix = 2
        while f"{proposed}-{suffix}" in lexicon.leaders or f"{proposed}-{suffix}" in by_id:
            suffix += 1
        proposed = f"{proposed}-{suffix}"
    entry = Entry(
        id=proposed,
        name=name,
        known=False,
        tokens=tokens,
        family=family_name(name, tokens),
        country=None,
        office=None,
        first=_cue(mention),
        last_seen=mention.start,
    )
    entry.respelt = alone  # its id made from the full name once the text writes it
    _add(entry, named, by_id)
    return entry


def _before_full_name(mention: PersonMention, name: str, named: Named) -> bool:
    """One word named after a full name the text only writes later ("King Hussein" before "Saddam
    Hussein"): the one word stands for itself until then, so that the full name, when it comes,
    either names the same person more fully or, under another country's title, someone else."""
    if mention.rule != "unknown-name" or " " in mention.text or " " not in name:
        return False
    words = fold_name(name).split()
    pool = named.with_words(words[:1]) if words else named.entries  # who holds them all holds the first
    return not any(entry.words.issuperset(words) for entry in pool)


def _of_another_country(mention: PersonMention, previous: Entry, tokens: list[str]) -> bool:
    """A fuller name than the one a person was named by, whose title gives another country than theirs,
    or a monarch's office where theirs is not one, or the other way round ("King Hussein", then "Iraqi
    President Saddam Hussein")."""
    if len(tokens) <= len(previous.tokens):
        return False
    country, office = title_parts(mention.title)
    if country is not None and previous.country is not None and country != previous.country:
        return True
    return (
        office is not None
        and previous.office is not None
        and (office.casefold() in MONARCHS) != (previous.office.casefold() in MONARCHS)
    )


_POSSESSIVE = re.compile(r"['’]s\Z")


def _respell_ids(
    entries: list[Entry], by_id: dict[str, Entry], lexicon: Lexicon, linked: list[PersonMention | None]
) -> None:
    """The id of a person whose name was spelt anew made from the spelling kept, for every mention."""
    moved: dict[str, str] = {}
    for entry in entries:
        if entry.respelt:
            proposed = person_id(entry.name)
            if proposed not in by_id and proposed not in lexicon.leaders:
                moved[entry.id] = proposed
                del by_id[entry.id]
                entry.id = proposed
                by_id[proposed] = entry
    if moved:
        for index, mention in enumerate(linked):
            if mention is not None and mention.person in moved:
                linked[index] = with_person(mention, moved[mention.person])


def _written_as_often(text: str, name: str, before: str) -> bool:
    """Whether the words by which ``name`` differs from ``before`` stand in ``text`` at least as often as
    those of ``before`` ("Chernomyrdin" and "Chernomyridin")."""
    ours, theirs = name.split(), before.split()
    return sum(text.count(w) for w in ours if w not in theirs) >= sum(
        text.count(w) for w in theirs if w not in ours
    )


_NICKNAME = re.compile(r"[ \u00a0][“\"‘']([A-Z][a-z]+)[”\"’'](?=[ \u00a0])")


def _without_nickname(name: str) -> tuple[str, list[str]]:
    """A name without the nickname quoted inside it, and the folded words of the name with the nickname
    kept among them, so that the nickname alone names that person later: "Joko Widodo" and ["joko",
    "jokowi", "widodo"] for 'Joko "Jokowi" Widodo'."""
    nickname = _NICKNAME.search(name)
    if nickname is None:
        return name, fold_name(name).split()
    plain = name[: nickname.start()] + name[nickname.end() :]
    tokens = fold_name(plain).split()
    at = len(fold_name(name[: nickname.start()]).split())
    return plain, [*tokens[:at], fold_name(nickname.group(1)), *tokens[at:]]


def _cue(mention: PersonMention) -> Cue:
    """Where a person is first named: the mention's span, without the rest of the mention."""
    return Cue(start=mention.start, end=mention.end, text=mention.text)


def _add(entry: Entry, named: Named, by_id: dict[str, Entry]) -> None:
    named.add(entry)
    by_id[entry.id] = entry
