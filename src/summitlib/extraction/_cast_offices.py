"""Titles and descriptions in a cast: the country and office a title gives (`title_parts`), a title set
off by commas (`appositive`) or a country after "of" (`country_after`), and who a description ("the Chinese
leader", "the president", "the visiting president") means (`described`, `described_before`)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType

import attrs

from summitlib._countries import ALL_COUNTRIES
from summitlib.extraction._cast_names import Entry
from summitlib.extraction._lexicon import (
    DEMONYMS,
    DEMONYMS_OF,
    Lexicon,
    country_code,
    is_title_token,
    leading_countries,
)
from summitlib.extraction._text import SUBJECT_LEAD, sentence_start
from summitlib.extraction._types import PersonMention

__all__ = [
    "HONORIFIC_OFFICES",
    "MONARCHS",
    "Namings",
    "appositive",
    "country_after",
    "country_before",
    "described",
    "described_before",
    "title_parts",
]

_OFFICE_WORDS = re.compile(
    r"\b(?:(?:vice|deputy)\s+)?(?:president|prime\s+minister|premier|chancellor|king|queen|crown\s+prince|prince|emir"
    r"|sultan|sheikh|amir|emperor|empress|supreme\s+leader|leader|foreign\s+minister|(?:secretary|minister)\s+of\s+\w+"
    r"|(?:defen[cs]e|finance|interior|trade)\s+minister|secretary\s+of\s+state|foreign\s+secretary"
    r"|press\s+secretary|secretary|minister|chairman|spokes(?:man|woman|person)|ambassador|envoy|adviser|advisor|general"
    r"|governor|senator|mayor|pope|taoiseach|dictator|first\s+lady)\b",
    re.IGNORECASE,
)
_DEMONYM = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True)) + r")(?![\w])"
)


@functools.lru_cache(maxsize=4096)
def title_parts(title: str | None) -> tuple[str | None, str | None]:
    """The country (alpha-3) and office a title gives: "South African President" -> ("ZAF", "President"),
    "President of Uzbekistan" -> ("UZB", "President")."""
    if not title:
        return None, None
    demonym = _DEMONYM.search(title)
    country = DEMONYMS[demonym.group()] if demonym is not None else None
    office_match = _OFFICE_WORDS.search(title)
    if country is None:  # a country's name for the nationality: "Tonga Prime Minister", "Tonga counterpart"
        head = title[: office_match.start()] if office_match is not None else title.rpartition(" ")[0]
        country = country_code(head.strip()) if head.strip() else None
    if country is None and " of " in title:  # "President of Uzbekistan"
        country = country_code(title.rpartition(" of ")[2].removeprefix("the "))
    office = None
    if re.search(r"\bPM\b", title):
        return country, "Prime Minister"
    if office_match is not None:
        office = " ".join(
            w if w.islower() and w == "of" else w[:1].upper() + w[1:] for w in office_match.group().split()
        )
    return country, office


_COUNTRY_TITLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
    r"(?:['’]s[^\S\n]+(?:(?:Vice|Deputy|Acting|Foreign|Finance|Defen[cs]e|Prime|Crown|Supreme|President|Minister"
    r"|Premier|Chancellor|King|Queen|Emir|Prince|Sheikh|Sultan|Emperor|General|Secretary|Leader)(?:-elect)?,?"
    r"[^\S\n]+){0,3}\Z"
    r"|\s+(?:(?:Vice|Deputy)\s+)?(?:President|Prime\s+Minister|PM|Premier|Chancellor|Foreign\s+Minister|King|Queen"
    r"|Emir)\s+\Z)"
)
"""A country's name of up to three words before the office before a name ("United Arab Emirates President
Mohamed bin Zayed"), or a country's possessive before up to three words of an office, maybe set off
by a comma, or right before the name ("Jordan's King Hussein", "Nigeria's President-elect, Umaru
Musa Yar'Adua", "China's President, Xi Jinping", "Nigeria's General Yakubu Gowon", "Brazil's Lula"); not
across lines (a heading "Pakistan's President" is not the next line's person's)."""


_PORTFOLIO_RUN = re.compile(r"(?:(?:[A-Z][\w'’.-]*|and|of|for|the)[^\S\n]+){2,8}\Z")
"""The capitalised words (and "and", "of", "for", "the") right before a name, on its line: a nationality,
a portfolio and an office ("Russian Natural Resources Minister", "South African Trade and Industry
Minister")."""
_PORTFOLIO_REACH = 90
"""How far before a name a nationality and its portfolio are read, in characters."""


def demonym_before_portfolio(text: str, start: int) -> str | None:
    """The country of a nationality that opens the office before a name, past the portfolio between them
    ("Russian Natural Resources Minister Alexander Kozlov" -> "RUS", "Indian External Affairs Minister S.
    Jaishankar" -> "IND"); None when the run of capitalised words before the name does not end in an office
    or holds no nationality."""
    run = _PORTFOLIO_RUN.search(text, max(0, start - _PORTFOLIO_REACH), start)
    if run is None:
        return None
    words = run.group().split()
    if _OFFICE_WORDS.search(words[-1]) is None:
        return None
    for index in range(len(words) - 1):
        for size in (2, 1):  # "South African" before "African"
            demonym = " ".join(words[index : index + size])
            portfolio = words[index + size : -1]
            if demonym in DEMONYMS and _a_portfolio(portfolio):
                return DEMONYMS[demonym]
    return None


_PORTFOLIO_WORDS = 4
"""The most words between a nationality and its office ("Trade and Industry", "Deputy Prime")."""


def _a_portfolio(words: list[str]) -> bool:
    """Whether ``words`` (between a nationality and an office word) can be a portfolio or the first part of
    the office: a few words, none an office of its own ("Israeli Prime Minister Benjamin Netanyahu and
    President Bill Clinton" gives Clinton no nationality)."""
    return len(words) <= _PORTFOLIO_WORDS and all(
        _PORTFOLIO_WORD.fullmatch(word) and not _OFFICE_WORDS.fullmatch(word) for word in words
    )


_PORTFOLIO_WORD = re.compile(r"[A-Z][a-z'’-]+|and|of|for|the")
"""A word of a portfolio: one capital and lower-case letters ("PresidentsJapanese", a headline glued to the
story, is none)."""


def country_before(text: str, start: int, lexicon: Lexicon) -> str | None:
    """The country a country's name gives before the office before a name ("Argentina President Alberto
    Fernandez", "Samoa PM Fiame Naomi Mata'afa" -> "WSM", "Jordan's King Hussein" -> "JOR"), or a
    nationality before a portfolio and the office (`demonym_before_portfolio`); None when that word is no
    country's name."""
    match = _COUNTRY_TITLE_BEFORE.search(text, max(0, start - 50), start)
    if match is None:
        return demonym_before_portfolio(text, start)
    words = match["place"].split()
    for size in range(len(words), 0, -1):  # "United Arab Emirates", "New Zealand"; "Chile: Argentina"
        country = lexicon.country(" ".join(words[-size:]))
        if country is not None:
            return country
    return None


_OF_COUNTRY = re.compile(
    r"\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3})"
)


def country_after(text: str, end: int, lexicon: Lexicon) -> str | None:
    """The country of "<name> of <country>", where a name ends at ``end``; None when what follows "of"
    is not a country's name ("Abdullah of Jordan" -> "JOR"; "Morrison of the Liberal Party" -> None)."""
    match = _OF_COUNTRY.match(text, end)
    if match is None:
        return None
    return next((country for country, _ in leading_countries(match[1].split(), lexicon)), None)


_TITLE_AFTER = re.compile(
    r",\s+(?:the\s+)?(?P<title>[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,6}?)\s*(?=[,;.]|\s+and\s|\Z)"
)
_COMMA_BEFORE = re.compile(
    r",\s+(?:(?:Mr|Mrs|Ms|Dr|Madame|Sheikh|Prince|His\s+Highness|His\s+Majesty)\.?\s+)?\Z"
)


_HEADLINE_REACH = 200
"""How far before a comma a line's start is looked for, to tell a headline's subjects ("King, Mubarak hold
talks"): the title words before it are at most four."""


def appositive(text: str, mention: PersonMention, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """The country and office of a title set off by commas: after the name ("Mr Jawaharlal Nehru, Prime
    Minister of India, arrived", "Putin, the Russian president, said") or before it ("The Indian Prime
    Minister, Mrs Gandhi, flew in")."""
    found = _TITLE_AFTER.match(text, mention.end)
    if found is not None:
        head, of, _ = found["title"].partition(" of ")
        words = head.split()
        while words and words[0].islower() and words[0] in _ADJECTIVES:
            words.pop(0)  # "Ruto, the new Kenyan president,"
        # only title words: "Putin, who met the president, said" has none
        country, office = title_parts(" ".join(words)) if all(map(is_title_token, words)) else (None, None)
        if office is not None:
            if of and country is None:
                country = country_after(text, found.start("title") + len(head), lexicon)
            return country, office
    comma = _COMMA_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    if comma is None:
        return None, None
    low = max(0, comma.start() - 60)
    before = text[low : comma.start()]
    of_country = _OF_COUNTRY_END.search(before)  # "from the Emir of Qatar, Sheikh Tamim"
    if of_country is not None:
        before = before[: of_country.start()]
    words = before.split()[-4:]
    while words and not (words[0][:1].isupper() and all(is_title_token(word) for word in words)):
        words.pop(0)  # "... will join the Prime Minister, Mr. Kosygin": the title words only
    if not words or _AFTER_COMMA.search(text, low, low + len(before) - len(" ".join(words))):
        return None, None  # "Ruto, the new Kenyan president, Felix Tshisekedi": the title of the one before
    reach = max(0, comma.start() - _HEADLINE_REACH)
    opening = text.rfind("\n", reach, comma.start()) + 1  # 0: the text's first line, or one longer than reach
    if (opening or not reach) and len(text[opening : comma.start()].split()) == len(words):
        return None, None  # "King, Mubarak hold talks in Amman": a headline's two subjects, no appositive
    country, office = title_parts(" ".join(words))
    if office is not None and country is None and of_country is not None:
        country = country_after(text, low + of_country.start(), lexicon)
    return (country, office) if office is not None else (None, None)


_OF_COUNTRY_END = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3}\Z"
)


_ADJECTIVES = frozenset({"new", "current", "incoming", "outgoing", "late", "newly-elected", "interim"})
_AFTER_COMMA = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+)?\Z")


@attrs.frozen
class Namings:
    """Where each person of a text is named, in text order (``named``), indexed so that a description asks
    the people named before it, each once, rather than every naming before it (a text naming the same few
    people thousands of times asked them thousands of times per description)."""

    named: tuple[tuple[int, Entry], ...]
    firsts: tuple[tuple[int, Entry], ...]
    """Each person's first naming, in text order."""
    starts: Mapping[int, tuple[int, ...]]
    """Where each person (by the identity of their entry) is named, in text order."""

    @classmethod
    def of(cls, named: Iterable[tuple[int, Entry]]) -> Namings:
        """The index of ``named``: (where, who) for every naming of a person, in text order."""
        namings = tuple(named)
        starts: dict[int, list[int]] = {}
        firsts = []
        for start, entry in namings:
            if id(entry) not in starts:
                firsts.append((start, entry))
                starts[id(entry)] = []
            starts[id(entry)].append(start)
        return cls(namings, tuple(firsts), MappingProxyType({k: tuple(v) for k, v in starts.items()}))

    def people_before(self, at: int) -> Iterator[Entry]:
        """Each person first named before ``at``, in the order of their first naming."""
        for start, entry in self.firsts:
            if start >= at:
                return
            yield entry

    def last_named(self, entry: Entry, at: int) -> int:
        """Where ``entry``, first named before ``at``, was last named before it."""
        starts = self.starts[id(entry)]
        return starts[bisect.bisect_left(starts, at) - 1]

    def in_sentence(self, text: str, at: int) -> set[str]:
        """The ids of the people named in the sentence of ``at``, before or after it."""
        index = bisect.bisect_left(self.named, at, key=_first)
        found: set[str] = set()
        for step, limit in ((-1, -1), (1, len(self.named))):
            here = index - 1 if step < 0 else index
            while here != limit and _in_sentence(text, self.named[here][0], at):
                found.add(self.named[here][1].id)
                here += step
        return found


def described_before(mention: PersonMention, namings: Namings, text: str) -> Entry | None:
    country, office = title_parts(mention.title)
    if mention.title is not None and mention.title.startswith("visiting"):
        # "the visiting president": the guest the piece is about, the first named with that office, and
        # not one named in the same sentence ("Kovind will meet the visiting president")
        beside = namings.in_sentence(text, mention.start)
        for entry in namings.people_before(mention.start):
            if entry.id not in beside and _fits(entry, country, office):
                return entry
        return None
    subject = _subject_before(mention, namings.named, text)
    if subject is not None and _fits(subject, country, office):
        return subject  # "President Clinton met Duran-Ballen. The President met Fujimori": Clinton
    # the last one named before it who fits
    fitting = [e for e in namings.people_before(mention.start) if _fits(e, country, office)]
    if fitting:
        return max(fitting, key=lambda entry: namings.last_named(entry, mention.start))
    return None if country is None else _of_that_country(text, mention, namings, country, office)


def _subject_before(mention: PersonMention, named: Sequence[tuple[int, Entry]], text: str) -> Entry | None:
    """The subject of the sentence before the one a description opens (the person named first in it,
    before any verb), or None when the description is not the sentence's first word or none is named
    there ("Briefing reporters, the president said": the one named last)."""
    here = sentence_start(text, mention.start)
    if here < 2 or here != mention.start:
        return None
    before = sentence_start(text, here - 2)
    index = bisect.bisect_left(named, before, key=_first)
    if index == len(named) or named[index][0] >= here:
        return None
    start, entry = named[index]
    return entry if SUBJECT_LEAD.match(text, before, start) else None


def _first(item: tuple[int, Entry]) -> int:
    return item[0]


MONARCHS = frozenset({"king", "queen", "emir", "amir", "sultan", "shah", "emperor", "empress"})
"""The offices a monarch holds (folded): no president or minister is the king too."""
HONORIFIC_OFFICES = frozenset({"sheikh", "prince", "princess"})
"""Offices of titles that are honorifics as much as offices: a title set off by commas says more."""
_HEAD_OFFICES = frozenset(
    {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan"}
)
_OFFICE_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+)?(?:[Pp]resident|[Pp]rime|[Pp]remier|PM|[Ll]eader|[Kk]ing|[Cc]hancellor)\b"
)
_NEAR = 300
"""How near to where a person is first named the text must name a country for a description of that
country to mean them."""


def _of_that_country(
    text: str, mention: PersonMention, namings: Namings, country: str, office: str | None
) -> Entry | None:
    """ "the Vietnamese leader" when no one named is known to be Vietnamese: the first one named before it
    with no country, holding that office (any head's for "leader"), where the text names the country or
    its people near their first naming ("Prime Minister Pham Minh Chinh and a high-ranking delegation of
    Vietnam arrived"). That person is then of the country."""
    if office is None:
        return None  # "his Japanese counterpart": the other side, whoever holds what
    names = [ALL_COUNTRIES.get(country, country), *DEMONYMS_OF.get(country, ())]
    wanted = office.casefold()
    holders: dict[str, Entry] = {}
    for entry in namings.people_before(mention.start):
        held = (entry.office or "").casefold()
        if entry.country is not None or not (
            held == wanted or (wanted == "leader" and held in _HEAD_OFFICES)
        ):
            continue
        holders[entry.id] = entry
        low = max(0, entry.first.start - _NEAR)
        window = text[low : entry.first.end + _NEAR]
        if any(
            not _OFFICE_AFTER.match(text, low + found.end())  # "the Japanese Prime Minister": someone else
            and not mention.start <= low + found.start() < mention.end  # "met the President of France"
            for name in names
            for found in re.finditer(rf"\b{re.escape(name)}\b", window)
        ):
            entry.country = country
            return entry
    if (
        len(holders) == 1
        and wanted != "leader"
        and sentence_start(text, mention.start) == mention.start
        and not any(e.country == country for _, e in namings.firsts)
    ):
        # "President Donald Trump ... The U.S. president's first call": the one holder of that office
        # named with no country, when no one of that country is named and the description opens its
        # sentence (not "He met the President of France": the other party)
        (entry,) = holders.values()
        entry.country = country
        return entry
    return None


def _in_sentence(text: str, start: int, at: int) -> bool:
    """Whether ``start`` lies in the sentence of ``at``, before or after it."""
    low, high = (start, at) if start < at else (at, start)
    return _SENTENCE_END.search(text, low, high) is None


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s|\n")


def _fits(entry: Entry, country: str | None, office: str | None) -> bool:
    """A person a description can mean: of its country, or (with no country) holding its office."""
    if country is not None:
        return entry.country == country
    return office is not None and entry.office is not None and entry.office.casefold() == office.casefold()


def described(mention: PersonMention, entries: list[Entry]) -> Entry | None:
    country, office = title_parts(mention.title)
    fitting = [entry for entry in entries if _fits(entry, country, office)]
    return max(fitting, key=lambda entry: entry.last_seen, default=None)
