"""Participants a sentence gives by country, not by name: the host of a visit to a country ("Trump's state
visit to the United Kingdom": Britain's leader) and "the leaders of South Korea and Japan"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summitlib.dates import PartialDate
from summitlib.extraction._date_patterns import MONTH
from summitlib.extraction._lexicon import CAPITALS, DEMONYMS, DEMONYMS_OF, Lexicon
from summitlib.extraction._types import Person, PersonMention

__all__ = ["HEADS", "co_visitors", "country_named", "leaders_of", "mourned", "sides_before", "visit_host"]

_COUNTRY_ALIASES = {
    "russia": "RUS",
    "america": "USA",
    "the united states": "USA",
    "u.s.": "USA",
    "us": "USA",
    "britain": "GBR",
    "great britain": "GBR",
    "uk": "GBR",
    "turkey": "TUR",
    "korea": "KOR",
    "the philippines": "PHL",
    "the netherlands": "NLD",
    "vatican": "VAT",
    "czech republic": "CZE",
}
_VISIT_TO = re.compile(
    r"\b(?:visit(?:s|ed|ing)?(?:\s+(?:by|of)\s+[^.!?]{3,160}?\s+to|\s+(?:to|in))?|(?:trip|travel(?:s|led|ed)?|arriv(?:e|es|ed|ing)|heads?|flew|flies)"
    r"\s+(?:to|in))\s+(?:the\s+)?(?P<place>[A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+){0,2})"
)
HEADS = ("President", "Prime Minister", "Premier", "Chancellor", "King", "Queen", "Emir", "Leader", "Sultan")


_PLACE = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_LEADERS_OF = re.compile(
    r"\b(?:[Tt]he|[Bb]oth)\s+(?:leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government)"
    r"|(?P<fm>foreign\s+ministers))\s+of\s+"
    rf"(?P<a>{_PLACE}(?:,\s+{_PLACE}){{0,3}}),?\s+and\s+(?P<b>{_PLACE})"
)
_LIST_SEPARATOR = re.compile(r",\s+")


def leaders_of(
    text: str, start: int, end: int, persons: Sequence[Person], lexicon: Lexicon
) -> tuple[str, ...] | None:
    """ "The leaders of South Korea and Japan", "the foreign ministers of Japan, China and South Korea": the
    one head (foreign minister) of each country the text names, if each has one."""
    match = _LEADERS_OF.search(text, start, end)
    if match is None:
        return None
    found = []
    places = [*_LIST_SEPARATOR.split(match["a"]), match["b"]]
    for place in (p.removeprefix("the ").strip() for p in places):
        country = country_named(place, lexicon) or CAPITALS.get(place)
        offices = (
            ("Foreign Minister",) if match["fm"] else HEADS
        )  # "the foreign ministers of Russia and Ukraine"
        heads = [
            p.id for p in persons if country is not None and p.country == country and p.office in offices
        ]
        if len(heads) != 1:
            return None
        found.append(heads[0])
    return tuple(sorted(set(found))) if len(set(found)) == len(places) else None


_SIDES = re.compile(
    r"(?<![\w.-])(?P<a>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)[-–](?P<b>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:[a-z-]+\s+)?\Z"
)
_SIDES_REACH = 50


def sides_before(text: str, at: int, lexicon: Lexicon) -> frozenset[str] | None:
    """The two countries joined by a hyphen right before the meeting word at ``at`` ("Ukraine-Russia
    talks", "a U.S.-Russia summit", "Israeli-Egyptian contacts"), or None."""
    match = _SIDES.search(text, max(0, at - _SIDES_REACH), at)
    if match is None:
        return None
    sides = [DEMONYMS.get(side) or country_named(side, lexicon) for side in (match["a"], match["b"])]
    if sides[0] is None or sides[1] is None or sides[0] == sides[1]:
        return None
    return frozenset((sides[0], sides[1]))


def visit_host(
    text: str,
    start: int,
    end: int,
    persons: Sequence[Person],
    guest: str,
    lexicon: Lexicon,
    on: PartialDate | None = None,
) -> str | None:
    """The leader, named in the text, of the country a guest visits ("visit to the United Kingdom"); not one
    the corpus knows to be out of office ``on`` that date ("former President Nixon" in 1987), nor one the
    text calls "the late"."""
    for match in _VISIT_TO.finditer(text, start, end):
        place = match["place"].rstrip(".")
        country = (
            country_named(place, lexicon)
            or CAPITALS.get(place)
            or CAPITALS.get(" ".join(place.split()[:2]))
            or country_named(place.split()[0], lexicon)
            or CAPITALS.get(place.split()[0])
        )
        if country is None:
            continue
        heads = [
            p
            for p in persons
            if p.id != guest
            and p.office is not None
            and p.office in HEADS
            and _in_office(p, lexicon, on)
            and not _called_late(text, p.first.start)
        ]  # "to pay his respects to the late President Islam Karimov": the dead host no one
        hosts = [p.id for p in heads if p.country == country]
        if not hosts and not any(p.country == country for p in persons):
            # "Xi's state visit to Pakistan" ... "Prime Minister Nawaz Sharif": the one head of government
            # or state the text names without a country, when it names no one of that country
            guest_country = next((p.country for p in persons if p.id == guest), None)
            hosts = (
                [p.id for p in heads if p.country is None and _country_near(text, p, place, country, match)]
                if guest_country != country
                else []
            )
        if len(hosts) == 1:
            return hosts[0]
    return None


def _in_office(person: Person, lexicon: Lexicon, on: PartialDate | None) -> bool:
    """False only when the corpus knows the person and none of their roles is held ``on`` that date."""
    if on is None or not person.known:
        return True
    leader = lexicon.leaders.get(person.id)
    return leader is None or not leader.roles or any(role.active_on(on) for role in leader.roles)


_NEAR = 300
"""How far from where a person is first named the text must name their country for a visit there to be
theirs to host."""
_CLOSE = 100
"""How close to that name another country's capital or people make the person that country's."""


def _country_near(text: str, person: Person, place: str, country: str, visit: re.Match[str]) -> bool:
    """Whether the text names the visited place or its people near where it first names ``person``
    ("... visited Pakistan ... political standoff between Prime Minister Nawaz Sharif"). Where the person
    was named before the ``visit``, the visit's own words do not count: "Hasina called on President
    Shahabuddin. The Prime Minister visited Japan" does not make him Japan's."""
    low = max(0, person.first.start - _NEAR)
    window = text[low : person.first.end + _NEAR]
    if person.first.start < visit.start():
        cut = slice(visit.start() - low, visit.end() - low)
        window = window[: cut.start] + " " + window[cut.stop :]
    if not (place in window or any(name in window for name in DEMONYMS_OF.get(country, ()))):
        return False
    close = text[max(0, person.first.start - _CLOSE) : person.first.end + _CLOSE]
    return not any(  # "President Alberto Fernández criticised it in Buenos Aires": another country's
        code != country and name in close for names in (CAPITALS, DEMONYMS) for name, code in names.items()
    )


def country_named(name: str, lexicon: Lexicon) -> str | None:
    key = " ".join(name.casefold().split())
    return lexicon.countries.get(key) or _COUNTRY_ALIASES.get(key) or lexicon.country(name)


_VISIT_OF = re.compile(r"visits?\s+(?:of|by)\s+(?P<who>[^.!?]{3,200}?)\s+to\s+(?:the\s+)?[A-Z]")


def co_visitors(
    text: str, cue: re.Match[str], end: int, participants: tuple[str, ...], mentions: list[PersonMention]
) -> tuple[str, ...]:
    """The guests of "the visit of A and B to Ghana" (two or more), who travel together and do not meet
    each other; empty when the meeting word is no such visit."""
    if not cue.group().lower().startswith("visit"):
        return ()
    match = _VISIT_OF.match(text, cue.start(), end)
    if match is None:
        return ()
    inside = (m.person for m in mentions if match.start("who") <= m.start < match.end("who"))
    guests = tuple(dict.fromkeys(person for person in inside if person in participants))
    return guests if len(guests) >= 2 else ()


_TITLES = r"(?:[A-Z][\w.'’-]*\s+){0,3}"
_LATE = re.compile(rf"\b[Ll]ate\s+(?!{MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b){_TITLES}\Z")
"""Where the text calls a person dead ("the late President Islam Karimov"), not "in late September"."""
_MOURNING = re.compile(
    r"\b(?:(?:pay|pays|paid|paying)\s+(?:his\s+|her\s+|their\s+|its\s+)?(?:last\s+)?(?:respects|tribute|homage)"
    rf"\s+to|to\s+(?:honou?r|mourn)|in\s+honou?r\s+of)\s+(?:the\s+)?(?:late\s+)?{_TITLES}\Z"
)
_MOURNING_REACH = 80
_KILLED = re.compile(
    r"\b(?:killed|slain|assassinated|murdered|(?:death|funeral|killing|assassination|burial)\s+of)\s+"
    r"(?:(?:[A-Z][\w.’'-]*|[a-z]+['’]s|of|the|and)[\s,]+){0,8}\Z"
)
"""A person named as killed or dead ("the crash killed Nigeria's Chief of Army Staff, Lt. Gen. Ibrahim", "the
funeral of King Hussein"), titles and commas allowed between: a visit over it is no meeting with them."""

_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?!(?:and|or|in|at|on|of|who|whose|with|from|for|to|as|during|after|before|near|while)\b)[a-z]"
)
"""A lowercase word after a name that is no preposition or conjunction: most often its verb ("Trump
spoke")."""


def _called_late(text: str, end: int) -> bool:
    """Whether the text calls the one named at ``end`` "the late" (``_LATE`` in the reach before it, looked
    for only where "late" or "Late" stands there: most names have neither)."""
    start = max(0, end - _MOURNING_REACH)
    if text.find("late", start, end) < 0 and text.find("Late", start, end) < 0:
        return False
    return _LATE.search(text, start, end) is not None


def mourned(text: str, people: Sequence[PersonMention]) -> tuple[tuple[int, str], ...]:
    """Where the text honours the dead ("visited Uzbekistan to pay his respects to late President Islam
    Karimov", "visited the city to honor Karimov"): the start and person of each mention, of someone the
    text calls "the late", named after words of mourning, or named as killed; a visit to honour them is no
    meeting with them."""
    dead = {m.person for m in people if m.person is not None and _called_late(text, m.start)}
    return tuple(
        (m.start, m.person)
        for m in people
        if m.person is not None
        and (
            (m.person in dead and _MOURNING.search(text, max(0, m.start - _MOURNING_REACH), m.start))
            or _named_killed(text, m)
        )
    )


def _named_killed(text: str, mention: PersonMention) -> bool:
    """Whether ``mention`` is named as killed (``_KILLED`` before it). Across a comma, only if no verb follows
    the name: "the killing of Soleimani, Trump spoke" names Trump as the subject of the next clause, while a
    comma after a title ("killed the Army Chief, Lt. Gen. Ibrahim, and ten officers") opens the name of the
    one killed."""
    killed = _KILLED.search(text, max(0, mention.start - _MOURNING_REACH), mention.start)
    return killed is not None and (
        "," not in killed.group() or _CLAUSE_VERB_AFTER.match(text, mention.end) is None
    )
