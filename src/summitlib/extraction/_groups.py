"""Group speakers: institutions and unnamed officials ("the Kremlin", "Japan's foreign ministry", "officials",
"a senior source"), and the rule that keeps a name from becoming one.

`GROUP` is a noun phrase that ends right before a reporting verb and `GROUP_NOUN` the nouns that make one an
institution; `group_or_name` tells an institution from a lone capitalised word, which is a person's name.
"""

from __future__ import annotations

import functools
import re

from summitlib.claims import Speaker
from summitlib.extraction._lexicon import CAPITALS, DEMONYMS
from summitlib.extraction._outlets import SPEAKER_OUTLET_NOUNS
from summitlib.extraction._people_tokens import MONTH_NAMES
from summitlib.extraction._speech import Who
from summitlib.extraction._text import WEEKDAYS, trie_pattern
from summitlib.extraction._types import Cue

_GROUP_NOUNS = "|".join(
    (
        "administration|office|ministry|department|spokesman|spokeswoman|spokesperson|officials|official"
        "|government|aides|aide|commentators|critics|analysts|diplomats|diplomat|sources|source|statement"
        "|embassy|kremlin|white house|team|campaign|cabinet|presidency|military|pentagon|council"
        "|readout|observers|residents|experts|mission|delegation|palace|secretariat|party|committee"
        "|commission|army|police|court|parliament|congress|senate|presidium|bureau|ministers|leaders|reports"
        "|authorities|spokesmen|spokeswomen|spokespeople|communique|communiqué|announcement"
        "|members|service|directorate|diwan|ministries|governments|offices|handout"
        "|delegates|opposition|informants",
        *SPEAKER_OUTLET_NOUNS,
    )
)
"""Nouns of institutions and unnamed sources, with the outlets' from ``_outlets`` (the one list of them)."""
GROUP_NOUN = re.compile(rf"\b(?:{_GROUP_NOUNS})\b", re.IGNORECASE)
_NAMES = r"[A-Z][\w.'’-]*(?:(?:\s+(?:of|for|and))?\s+[A-Z][\w.'’-]*)*"
"""Capitalised words, perhaps joined by "of", "for" or "and" ("Ministry of Foreign Affairs"), all of them."""
ACCORDING_GROUP = re.compile(
    rf"(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'’-]*\s+){{1,4}}(?P<report>report)\b"  # "a Bloomberg report"
    rf"|(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?report\s+(?:(?:published|released|issued)\s+)?(?:by|in|from)\s+"
    rf"(?:the\s+)?{_NAMES}(?=[\s,.;:]|\Z)"  # "a news report published in Radio Pakistan"
    rf"|(?:(?:the|a|an|some)\s+)?(?:[A-Z][\w.'’-]*\s+){{0,4}}(?:(?:[a-z][a-z-]*|[A-Z][\w.'’-]*)\s+){{0,3}}"
    rf"(?P<noun>{_GROUP_NOUNS})\b(?!\s+(?:figures|data|statistics|estimates|numbers|results|records|tallies|information|documents"
    rf"|programs?|programmes?|schedules?|agenda|timetable|itinerary|count|toll)\b)"
    r"(?:\s+(?:of|from)\s+(?:both|the\s+two|the\s+three)\s+[a-z]+)?"  # "officials of both countries"
    rf"(?:\s+(?:(?:issued|released|published)\s+)?(?:by|in|from)\s+(?:the\s+)?{_NAMES}(?=[\s,.;:]|\Z))?"
    r"|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
)
"""An institution after "according to": "the foreign ministry", "a Royal Court statement", "a statement issued
by the PM Office", "a statement by the Emiri Diwan" (the one who issued it is in the name); not "official
figures", "official information" or "the official program", which are no one."""
_QUALIFIER = (
    r"\s+(?:in|of)\s+(?:his|her|the|their|both)\s+\w+"
    r"|\s+(?:in|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"|(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}){1,4}"
    r"|\s+(?:close\s+to|familiar\s+with)\s+(?:the\s+|his\s+|her\s+)?\w+"
    r"|\s+here\b"
)
"""What may follow a group's noun inside its name: "a senior source in his delegation", "officials in
Islamabad", "the Ministry of Foreign Affairs of the Russian Federation", "an official from the Ministry of
Foreign Affairs", "sources close to the talks", "official sources here"."""
_BEFORE_VERB = (
    r"(?:\s*\([A-Z][\w.]{1,8}\))?"
    r"(?:\s*,\s*(?:speaking|in|citing|who|while|when|asked|contacted|requesting|declining)\b[^,.;:“”\"]{0,80},)?"
    r"(?:\s+(?:has|have|had|also|again|further|later|then|earlier|previously|yesterday|today|[a-z]{2,}ly"
    r"|(?:last|this|on)\s+(?:week|month|year|weekend|" + WEEKDAYS + r")))*"
)
"""What may stand between a group and its verb: its acronym ("The Saudi Press Agency (SPA) said"), an aside
("Indian officials, speaking privately, said", "an official, when contacted by the paper, said",
"a diplomat, requesting anonymity, said"), an auxiliary or an adverb ("some reports had suggested", "the
Media Unit further stated", "Uganda last week said")."""
_NOUN_TRIE = trie_pattern(_GROUP_NOUNS.split("|"))
"""``_GROUP_NOUNS`` as a trie: the same words (none a match where a longer one it begins would be, as a word
boundary or a space follows each), which ``re`` tries letter by letter, not one whole word after another."""
GROUP = re.compile(
    rf"(?P<np>\b(?:(?:the|The|a|A|an|An|some|Some)\s+)?(?:(?:one|two|three|four|several|many|other)\s+)?"
    rf"(?:(?:[A-Z][\w.'’-]*|{_NOUN_TRIE}|press|foreign|senior|state|state-run|state-owned|official|diplomatic|news|presidential"
    rf"|joint|[a-z]+['’]s|well-placed|top|unnamed)\s+){{0,4}}(?:(?i:{_NOUN_TRIE})(?:{_QUALIFIER})?\b|[A-Z][\w.'’-]*))"
    rf"{_BEFORE_VERB}\s*\Z"
)
"""A group right before its verb ("the foreign ministry", "administration officials", "a senior source in
his delegation"); only an institution's noun takes a qualifier ("officials in Islamabad", not "Sadat of
Egypt")."""
INSIDE_NOUN_PHRASE = re.compile(r"\b(?:of|for|with|by|from)\s+(?:[A-Z][\w.'’-]*\s+){1,3}and\s+\Z|\bof\s+\Z")
"""Before a word that is part of a larger noun phrase ("the presidents of Chile and Argentina"), no group."""
NOT_SPEAKERS = frozenset(
    {
        "it",
        "this",
        "that",
        "he",
        "she",
        "they",
        "we",
        "i",
        "there",
        "when",
        "what",
        "as",
        "so",
        "if",
        "once",
        "since",
    }
)
"""Words that stand before a verb as no one ("As earlier reported, ...", "So said ...")."""
BOTH = re.compile(r"^(?:both|Both)\s+")
NOT_NAME_WORDS = frozenset(
    """recently finally separately earlier later previously additionally similarly moreover initially
    eventually notably reportedly officially publicly privately ultimately subsequently currently instead
    meanwhile however also but and then today yesterday""".split()  # noqa: SIM905
)
ACRONYM = re.compile(r"(?!(?:PM|FM|VP|MP|NSA)\Z)[A-Z]{2,6}")
"""An acronym ("the EU", "the PMO", "KCNA"): an institution; not a title ("PM reiterated"), and a leader's
short name ("AMLO") is a person mention before it gets here."""


_DOCUMENT = r"(?:statement|communiqu[eé]|press\s+release|readout|read-out)"
_ISSUED_BY = re.compile(
    rf"(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+)?{_DOCUMENT}\s+(?:from|by|of|issued\s+by)\s+(?P<issuer>(?:the\s+)?[A-Z][^,;:]*)\Z"
)
"""A document and who issued it ("a statement from the Prime Minister's Office", "the joint communique issued
by the Foreign Ministry")."""
_ISSUER_FIRST = re.compile(
    rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?P<issuer>(?!(?:The|An?|This|That|Its|His|Her|Their)\b)[A-Z][\w’'.()-]*(?:\s+[A-Z(][\w’'.()-]*){{0,4}})(?<!['’]s)\s+{_DOCUMENT}\Z"
)
"""A document named by its issuer ("the PMO statement", "a White House readout"); not a person's ("President
Xi's statement"), whose words are the person's."""


def issuer(np: str) -> tuple[int, int] | None:
    """Where in ``np`` the one who issued a document stands, when a statement speaks ("according to a
    statement from the Prime Minister's Office", "the PMO statement said"): the words are the issuer's, and
    a name of its own tells who that is; a document with no name ("the joint statement") stays one."""
    match = _ISSUED_BY.fullmatch(np) or _ISSUER_FIRST.fullmatch(np)
    if match is None or _no_issuer(match["issuer"]):
        return None
    return match.span("issuer")


_TIME_WORD = re.compile(rf"\b(?:{WEEKDAYS})\b|\b(?i:{'|'.join(sorted(MONTH_NAMES))})\b")


def _no_issuer(words: str) -> bool:
    """Whether the words before a document name no one who issued it: a time ("a Monday statement") or a
    lone name that is no institution ("the Biden statement", the person's, where the document speaks)."""
    return _TIME_WORD.search(words) is not None or (
        " " not in words and _lone_name(words.removeprefix("the ").removeprefix("The "))
    )


def _lone_name(word: str) -> bool:
    """Whether one capitalised word is a person's name: no institution, people, place or acronym."""
    return (
        word[:1].isupper()
        and not GROUP_NOUN.search(word)
        and word.rstrip(".") not in DEMONYMS
        and not (word.endswith("s") and word[:-1] in DEMONYMS)
        and not _is_place(word)
        and not ACRONYM.fullmatch(word)
    )


def group_or_name(np: str, start: int, *, outlet: bool = False) -> Who:
    """An institution as a group; a lone capitalised word that is no institution (nor an acronym, nor a
    people: "the Soviets") is a person's name, unless it ``outlet`` reports ("Tass reported"). A document
    with its issuer's name speaks as the issuer ("the PMO statement": the PMO)."""
    issued = issuer(np) if "tatement" in np or "ommuniq" in np or "ead" in np or "elease" in np else None
    cue = Cue(start=start, end=start + len(np), text=np)
    if issued is not None:  # the cue stays the document, which later "the statement said" goes back to
        return Who(Speaker.group(np[issued[0] : issued[1]]), cue)
    words = np.split()
    bare = [w for w in words if w.casefold() not in {"the", "a", "an"}]
    if not outlet and len(bare) == 1 and not GROUP_NOUN.search(np) and _lone_name(bare[0]):
        return Who(None, cue, name=bare[0])
    return Who(Speaker.group(np), cue)


_SHARED_NOUN = re.compile(r"(?<![\w.'’-])(?P<first>[A-Z][\w.'’-]*)\s+and\s+\Z")
"""A people or an acronym joined by "and" to a group that shares its noun ("French and German sources")."""


def shared_noun_start(text: str, reach: int, start: int, np: str) -> int:
    """Where the group ``np`` at ``start`` begins when a people or an acronym shares its noun ("Saudi and
    UAE state media": at "Saudi"), reading back to ``reach``; else ``start``. An institution ("the Kremlin
    and Chinese officials") or a place before "and" is a group of its own."""
    shared = _SHARED_NOUN.search(text, reach, start)
    if shared is None or not np[:1].isupper() or not GROUP_NOUN.search(np):
        return start
    first = shared["first"]
    if first not in DEMONYMS and ACRONYM.fullmatch(first) is None:
        return start
    if GROUP_NOUN.fullmatch(first) is not None or _is_place(first):
        return start
    return shared.start()


_PLACES = frozenset(
    """washington moscow beijing kremlin tokyo seoul london paris berlin delhi kyiv kiev tehran ankara
    brussels pyongyang uganda kenya russia china india pakistan japan iran israel turkey ukraine germany
    france britain america korea syria egypt nato asean elysee élysée elysée""".split()  # noqa: SIM905
)


def _is_place(word: str) -> bool:
    key = word.casefold().rstrip(".")
    return key in _PLACES or key in _country_names() or key in _capital_names()


@functools.cache
def _country_names() -> frozenset[str]:
    """The countries' names, case folded, read once (was a scan of every name per word)."""
    from summitlib._countries import ALL_COUNTRIES

    return frozenset(name.casefold() for name in ALL_COUNTRIES.values())


@functools.cache
def _capital_names() -> frozenset[str]:
    """The capitals' names, case folded: a capital before a verb is its government ("Jakarta called ...")."""
    return frozenset(name.casefold() for name in CAPITALS)
