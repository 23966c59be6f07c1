"""The cast of a text: one [`Person`][summitlib.extraction.Person] per person, however often they are named.

Person mentions are read in text order. A mention the corpus resolves is that leader. Any other name is
the person named before whose name holds all its words ("Xi" after "Xi Jinping", "Kim Jong-un" after
"Kim Jong Un", the most recent one first), or a new person whose proposed id is made from the name.
A description ("the Chinese leader", "the South African president") is the most recent person of that
country; a bare office ("the president", "the prime minister") the most recent person holding it.
Country and office come from the titles the text gives ("South African President Cyril Ramaphosa").
"""

from __future__ import annotations

import functools
import re
import unicodedata

import attrs

from summitlib._countries import ALL_COUNTRIES
from summitlib.extraction._lexicon import (
    DEMONYMS,
    DEMONYMS_OF,
    NICKNAMES,
    Lexicon,
    is_title_token,
    leading_countries,
)
from summitlib.extraction._text import SUBJECT_LEAD, fold_name, sentence_start
from summitlib.extraction._types import Cue, Person, PersonMention, with_person

__all__ = ["build_cast", "family_name_first", "person_id", "short_names", "title_parts"]

_FAMILY_FIRST = frozenset(
    """xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie
    song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren
    shen yao jin fu zhong wen bo mao qin kong bai hua chiang tsai lai ko kim lee park moon yoon roh chun choi
    jung kang cho lim shin oh seo kwon hwang ahn ban hong rhee nguyen tran le pham hoang phan vu vo dang bui
    do ho ngo duong ly hun goh lee""".split()  # noqa: SIM905
)
"""Family names that come first in the names of their bearers (Chinese, Korean, Vietnamese, Khmer)."""

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


NAME_PARTICLES = frozenset("bin ibn von van der den del della de da di du dos das le la al el arap".split())  # noqa: SIM905
"""Particles of names ("al" of "Hafez al-Assad", "de" of "Marcelo Rebelo de Sousa")."""


@functools.lru_cache(maxsize=4096)
def title_parts(title: str | None) -> tuple[str | None, str | None]:
    """The country (alpha-3) and office a title gives: "South African President" -> ("ZAF", "President")."""
    if not title:
        return None, None
    demonym = _DEMONYM.search(title)
    country = DEMONYMS[demonym.group()] if demonym is not None else None
    office_match = _OFFICE_WORDS.search(title)
    office = None
    if re.search(r"\bPM\b", title):
        return country, "Prime Minister"
    if office_match is not None:
        office = " ".join(
            w if w.islower() and w == "of" else w[:1].upper() + w[1:] for w in office_match.group().split()
        )
    return country, office


def family_name_first(tokens: list[str]) -> bool:
    """Whether folded name ``tokens`` are in family-name-first order ("xi jinping", "kim jong un")."""
    return len(tokens) >= 2 and tokens[0] in _FAMILY_FIRST and tokens[-1] not in _FAMILY_FIRST - {"lee"}


def person_id(name: str) -> str:
    """A proposed id from a name: "Cyril Ramaphosa" -> "cyril-ramaphosa", "Recep Tayyip Erdoğan" ->
    "recep-tayyip-erdogan"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-")
    return slug or "person"


@attrs.define
class _Entry:
    id: str
    name: str
    known: bool
    tokens: list[str]
    """The folded words of ``name``."""
    family: str | None
    country: str | None
    office: str | None
    first: Cue
    last_seen: int
    words: frozenset[str] = attrs.field(init=False)
    """The set of ``tokens``, kept with them (``_named_before`` compares it with every mention's)."""

    def __attrs_post_init__(self) -> None:
        self.words = frozenset(self.tokens)

    def rename(self, name: str, tokens: list[str]) -> None:
        """A fuller name for this person ("Xi", then "Xi Jinping")."""
        self.name, self.tokens, self.words = name, tokens, frozenset(tokens)
        self.family = _family(name, tokens)


def build_cast(
    mentions: list[PersonMention], lexicon: Lexicon, text: str = ""
) -> tuple[list[Person], list[PersonMention]]:
    """The people of a text and its mentions, each mention pointing at its person (``person``).

    A name followed by "of" and a country ("Prime Minister Scott Morrison of Australia", "King Abdullah
    of Jordan") gives that person the country, as a demonym before it would; ``text`` is where the
    mentions were found."""
    entries: list[_Entry] = []
    by_id: dict[str, _Entry] = {}
    linked: list[PersonMention | None] = []
    named: list[tuple[int, _Entry]] = []  # where each person is named, in text order
    for mention in mentions:
        if mention.rule == "description" and mention.leader is None:
            linked.append(None)  # read once every name, title and office of the text is known
            continue
        entry = _resolve(mention, entries, by_id, lexicon)
        if entry is None:
            linked.append(mention)
            continue
        entry.last_seen = mention.start
        named.append((mention.start, entry))
        country, office = title_parts(mention.title)
        if mention.title_of is None and mention.rule != "description":
            if (
                country is None
                and (office is None or office.casefold() in _HONORIFIC_OFFICES)
                and not mention.quoted
            ):
                # "the Emir of Qatar, Sheikh Tamim": the office set off by commas, not the honorific
                set_off = _appositive(text, mention, lexicon)
                country, office = set_off[0], set_off[1] or office
            entry.country = entry.country or country or _country_after(text, mention.end, lexicon)
            entry.office = entry.office or office
        linked.append(with_person(mention, entry.id))
    for index, mention in enumerate(mentions):
        if linked[index] is None:  # "the prime minister": the last person named before with that office
            entry = _described_before(mention, named, text)
            linked[index] = mention if entry is None else with_person(mention, entry.id)
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
        for e in entries
    ]
    return persons, [m for m in linked if m is not None]


_OF_COUNTRY = re.compile(
    r"\s+of\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3})"
)


def _country_after(text: str, end: int, lexicon: Lexicon) -> str | None:
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


def _appositive(text: str, mention: PersonMention, lexicon: Lexicon) -> tuple[str | None, str | None]:
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
                country = _country_after(text, found.start("title") + len(head), lexicon)
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
    country, office = title_parts(" ".join(words))
    if office is not None and country is None and of_country is not None:
        country = _country_after(text, low + of_country.start(), lexicon)
    return (country, office) if office is not None else (None, None)


_OF_COUNTRY_END = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3}\Z"
)


_ADJECTIVES = frozenset({"new", "current", "incoming", "outgoing", "late", "newly-elected", "interim"})
_AFTER_COMMA = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+)?\Z")


def _described_before(mention: PersonMention, named: list[tuple[int, _Entry]], text: str) -> _Entry | None:
    country, office = title_parts(mention.title)
    if mention.title is not None and mention.title.startswith("visiting"):
        # "the visiting president": the guest the piece is about, the first named with that office, and
        # not one named in the same sentence ("Kovind will meet the visiting president")
        beside = {entry.id for start, entry in named if _in_sentence(text, start, mention.start)}
        for start, entry in named:
            if start < mention.start and entry.id not in beside and _fits(entry, country, office):
                return entry
        return None
    subject = _subject_before(mention, named, text)
    if subject is not None and _fits(subject, country, office):
        return subject  # "President Clinton met Duran-Ballen. The President met Fujimori": Clinton
    for start, entry in reversed(named):
        if start < mention.start and _fits(entry, country, office):
            return entry
    return None if country is None else _of_that_country(text, mention, named, country, office)


def _subject_before(mention: PersonMention, named: list[tuple[int, _Entry]], text: str) -> _Entry | None:
    """The subject of the sentence before the one a description opens (the person named first in it,
    before any verb), or None when the description is not the sentence's first word or none is named
    there ("Briefing reporters, the president said": the one named last)."""
    here = sentence_start(text, mention.start)
    if here < 2 or here != mention.start:
        return None
    before = sentence_start(text, here - 2)
    for start, entry in named:
        if start >= here:
            return None
        if start >= before:
            return entry if SUBJECT_LEAD.match(text, before, start) else None
    return None


_HONORIFIC_OFFICES = frozenset({"sheikh", "prince", "princess"})
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
    text: str, mention: PersonMention, named: list[tuple[int, _Entry]], country: str, office: str | None
) -> _Entry | None:
    """ "the Vietnamese leader" when no one named is known to be Vietnamese: the first one named before it
    with no country, holding that office (any head's for "leader"), where the text names the country or
    its people near their first naming ("Prime Minister Pham Minh Chinh and a high-ranking delegation of
    Vietnam arrived"). That person is then of the country."""
    if office is None:
        return None  # "his Japanese counterpart": the other side, whoever holds what
    names = [ALL_COUNTRIES.get(country, country), *DEMONYMS_OF.get(country, ())]
    wanted = office.casefold()
    for start, entry in named:
        if start >= mention.start:
            break
        held = (entry.office or "").casefold()
        if entry.country is not None or not (
            held == wanted or (wanted == "leader" and held in _HEAD_OFFICES)
        ):
            continue
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
    return None


def _in_sentence(text: str, start: int, at: int) -> bool:
    """Whether ``start`` lies in the sentence of ``at``, before or after it."""
    low, high = (start, at) if start < at else (at, start)
    return _SENTENCE_END.search(text, low, high) is None


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s|\n")


def _fits(entry: _Entry, country: str | None, office: str | None) -> bool:
    """A person a description can mean: of its country, or (with no country) holding its office."""
    if country is not None:
        return entry.country == country
    return office is not None and entry.office is not None and entry.office.casefold() == office.casefold()


def _resolve(
    mention: PersonMention, entries: list[_Entry], by_id: dict[str, _Entry], lexicon: Lexicon
) -> _Entry | None:
    if mention.rule == "description":
        here = _described(mention, entries)  # "the US president": the one this text named, if any
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
        if entry is None:
            leader = lexicon.leaders.get(leader_id)
            name = leader.name if leader is not None else (mention.name or mention.text)
            tokens = fold_name(name).split()
            entry = _Entry(
                id=leader_id,
                name=name,
                known=True,
                tokens=tokens,
                family=_family(name, tokens),
                country=leader.country if leader is not None else None,
                office=None,
                first=_cue(mention),
                last_seen=mention.start,
            )
            _add(entry, entries, by_id)
        return entry
    tokens = fold_name(name).split()
    if not tokens:
        return None
    previous = _named_before(tokens, entries)
    if mention.candidates and previous is not None:  # "Bush", whom two leaders share: the one named
        return previous
    if previous is not None:
        fuller = previous.words <= set(tokens) or _nickname_of(previous.tokens, tokens)
        if len(tokens) > len(previous.tokens) and fuller and not previous.known:
            previous.rename(name, tokens)  # "Xi", then "Xi Jinping": the fuller name
        return previous
    proposed = person_id(name)
    if proposed in lexicon.leaders or proposed in by_id:
        suffix = 2
        while f"{proposed}-{suffix}" in lexicon.leaders or f"{proposed}-{suffix}" in by_id:
            suffix += 1
        proposed = f"{proposed}-{suffix}"
    entry = _Entry(
        id=proposed,
        name=name,
        known=False,
        tokens=tokens,
        family=_family(name, tokens),
        country=None,
        office=None,
        first=_cue(mention),
        last_seen=mention.start,
    )
    _add(entry, entries, by_id)
    return entry


def _cue(mention: PersonMention) -> Cue:
    """Where a person is first named: the mention's span, without the rest of the mention."""
    return Cue(start=mention.start, end=mention.end, text=mention.text)


def _add(entry: _Entry, entries: list[_Entry], by_id: dict[str, _Entry]) -> None:
    entries.append(entry)
    by_id[entry.id] = entry


def _family(name: str, tokens: list[str]) -> str | None:
    words = [w for w in re.split(r"[\s]+", name.strip()) if w]
    if not tokens or not words:
        return None
    if family_name_first(tokens):
        return words[0]
    return words[-1] if len(words) == len(tokens) else tokens[-1].capitalize()


def _named_before(tokens: list[str], entries: list[_Entry]) -> _Entry | None:
    """The most recently named person whose name holds all of ``tokens`` (or the other way round), or
    whose name a short name stands for ("Jokowi", "Joko Widodo")."""
    wanted = set(tokens)
    short = short_names()
    stands_for = short.get(tokens[0]) if len(tokens) == 1 else None
    reach = wanted.union(stands_for or ())
    best: _Entry | None = None
    for entry in entries:
        have = entry.words
        if (
            wanted
            and have
            and have.isdisjoint(reach)
            and (len(entry.tokens) != 1 or entry.tokens[0] not in short)
        ):  # no word of the name or of the one it is short for, no short name itself: no test below holds
            continue
        named = (
            wanted <= have
            or (have <= wanted and _compatible(entry.tokens, tokens))
            or _nickname_of(tokens, entry.tokens)
            or _nickname_of(entry.tokens, tokens)
            or _spelt_otherwise(entry.tokens, tokens)
        )
        if named and (best is None or entry.last_seen > best.last_seen):
            best = entry
    return best


def _spelt_otherwise(first: list[str], second: list[str]) -> bool:
    """The same full name spelt two ways ("Mahathir Mohamad", "Mahathir Mohammad"): as many words, the first
    the same, each other the same or one letter doubled, dropped or changed in a word of five or more."""
    return (
        len(first) == len(second) >= 2
        and first[0] == second[0]
        and all(
            a == b or (min(len(a), len(b)) >= 5 and _one_letter_apart(a, b))
            for a, b in zip(first, second, strict=True)
        )
    )


def _one_letter_apart(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@functools.cache
def short_names() -> dict[str, tuple[str, ...]]:
    """The short names of ``_data/nicknames.tsv``, folded, and the folded words of the full names."""
    return {fold_name(short): tuple(fold_name(full).split()) for short, full in NICKNAMES.items()}


def _nickname_of(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` is a short name news copy uses for ``full`` ("jokowi" for "joko widodo")."""
    if len(short) != 1:
        return False
    stands_for = short_names().get(short[0])
    return stands_for is not None and (tuple(full) == stands_for or set(full) <= set(stands_for))


_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben"})


def _compatible(shorter: list[str], longer: list[str]) -> bool:
    """An earlier short name ("Xi", "Biden") that a later full name extends: its last or first word, or
    a middle one that is no particle ("Lula" of "Luiz Inácio Lula da Silva"); or its last or first words
    ("El-Sisi" of "Abdel Fattah El-Sisi", "Johnson Sirleaf" of "Ellen Johnson Sirleaf", "Nicolás Maduro" of
    "Nicolás Maduro Moros"); never the name after "bin", which is the father's."""
    if len(shorter) != 1:  # "Nicolás Maduro" of "Nicolás Maduro Moros": a second family name added
        return len(longer) > len(shorter) and shorter in (longer[-len(shorter) :], longer[: len(shorter)])
    word = shorter[0]
    if word == longer[0]:
        return True
    at = len(longer) - 1 - longer[::-1].index(word) if word in longer else -1
    if at <= 0 or longer[at - 1] in _PATRONYMIC:
        return False  # "Abdullah" is not "Al Hussein bin Abdullah II": the father's name
    return at == len(longer) - 1 or (len(word) >= 3 and word not in NAME_PARTICLES)


def _described(mention: PersonMention, entries: list[_Entry]) -> _Entry | None:
    country, office = title_parts(mention.title)
    fitting = [entry for entry in entries if _fits(entry, country, office)]
    return max(fitting, key=lambda entry: entry.last_seen, default=None)
