"""People: names, surnames, honorifics, possessives and role descriptions, resolved to corpus ids.

Capitalised runs of words are cut into tokens; title words ("U.S. Secretary of State", "Mr.") are set
aside and the rest looked up, longest first, among the corpus's folded names and aliases (so "Sergei" and
"Sergey" meet), then among surnames that only one leader has. A capitalised word right before a surname
that is not a title ("Melania Trump") makes it someone else's name. Names the corpus does not know are
proposed as unknown people only when the text marks them as people: a title before them ("press secretary
Dmitry Peskov"), an apposition after them ("Kurt Volker, the U.S. special representative") or a reporting
verb ("Joe Smith said"). Descriptions such as "the Russian leader" resolve when exactly one leader of that
country holds such an office (on the publication date, when given).

Examples:
    >>> from summitlib import Leader, Records
    >>> from summitlib.extraction.people import find_people
    >>> from summitlib.extraction._lexicon import Lexicon
    >>> lex = Lexicon(Records(leaders=[Leader(id="vladimir-putin", name="Vladimir Putin")]))
    >>> [(m.text, m.leader) for m in find_people("Mr. Putin's aide spoke.", lex)]
    [('Putin', 'vladimir-putin')]
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import operator
import re
from collections.abc import Iterator, Sequence

import attrs

from summitlib.dates import PartialDate
from summitlib.extraction._cast import family_name_first
from summitlib.extraction._lexicon import (
    CAPITALS,
    DEMONYMS,
    NICKNAMES,
    ROLE_NOUNS,
    TITLE_WORDS,
    Lexicon,
    country_code,
    is_title_token,
)
from summitlib.extraction._text import fold_name, quotation_spans, unwrapped
from summitlib.extraction._types import PersonMention, as_quoted

__all__ = ["find_people"]

_PARTICLE = r"(?:(?:al|el|bin|ibn|von|van|der|de|da|di|du|le|la)[- ])"
_TOKEN = rf"{_PARTICLE}*[A-Z][\w'’.]*(?:-[a-z]{{1,4}}\b(?![’'-]\w{{2,}}))?"
_RUN = re.compile(rf"(?=[A-Zaelbivd])(?<![\w'’.-]){_TOKEN}(?:(?:[ \u00a0]|-){_TOKEN})*")
_TOKENS = re.compile(_TOKEN)
_NOT_NAMES = frozenset(
    """the a an in on at but and or then this that these those it its he she they we i you his her their
    our what when where why how who while after before since as if still so for with from by of to read
    follow comment join there here not no yes every each all both some many most more first last next
    one two january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday god although though despite because meanwhile however
    during until unless whether recently finally separately earlier later previously additionally similarly
    moreover initially eventually notably reportedly officially publicly privately ultimately subsequently
    currently instead today yesterday tomorrow tonight will would could should can did does do is are was
    were has have had shall must indo pak sino anglo franco russo turco italo greco afro euro austro hispano
    luso nippo between among amid against without within about over under into upon says say""".split()  # noqa: SIM905
)
"""Words that are no names, among them the combining forms of nationalities ("the Indo-Pak summit")."""
_ROLE_WORD = (
    r"(?:president|minister|secretary|spokes(?:man|woman|person)|advis[eo]r|ambassador|envoy|representative"
    r"|chairman|chairwoman|chief|leader|diplomat|official|lady|senator|governor|general|king|queen|prince"
    r"|chancellor|premier|manager|aide|director|counsel+or|correspondent|commander|mayor|lawyer|partner"
    r"|founder|analyst|expert|professor|columnist|journalist|editor|dictator|negotiator|strongman|counterpart"
    r"|contractor|emir|sultan|sheikh|monarch|ruler|host|guest|successor|predecessor|rival|opponent|candidate)"
)
_ROLE_RE = re.compile(rf"\b{_ROLE_WORD}s?\b", re.IGNORECASE)
_ROLE_AT_END = re.compile(rf"\b{_ROLE_WORD}s?\Z", re.IGNORECASE)
_APPOSITION = re.compile(rf",\s+(?:the|a|an|his|her|its)\s+[^,;:]{{0,60}}?\b{_ROLE_WORD}\b", re.IGNORECASE)
_SPEECH_AFTER = re.compile(
    r",?\s+(?:said|says|told|tells|added|announced|declared|noted|wrote|tweeted|insisted|argued|warned|stressed"
    r"|expressed|posted|replied|urged|emphasi[sz]ed|praised|welcomed|congratulated|thanked|met|meets|hosted"
    r"|visited|arrived|spoke|greeted|invited|agreed|underlined|conveyed|briefed|pledged|sat|talked|travell?ed"
    r"|flew|called|phoned|telephoned|received|landed|returned|vowed|signed|hugged|embraced|shook)\b"
)
_MEET_VERBS = """met meet meets meeting talks talked summit call spoke face-to-face sit-down one-on-one
    tête-à-tête hosted hosts received receives visited invited invites called phoned telephoned greeted
    welcomed""".split()  # noqa: SIM905
_MEET_BEFORE = re.compile(
    r"\b(?:" + "|".join(_MEET_VERBS) + r")(?:\s+(?:with|to|on))?(?:\s+(?:both|the))?\s+\Z"
)
_MEET_TAILS = (*_MEET_VERBS, "with", "to", "on", "both", "the")
"""The words a match of ``_MEET_BEFORE`` can end with: without one, the pattern is not searched for."""


def _meeting_verb_before(text: str, start: int) -> re.Match[str] | None:
    """A meeting verb right before ``start`` ("met with ", "hosted the ")."""
    window = max(0, start - 30)
    if not text[window:start].rstrip().endswith(_MEET_TAILS):
        return None
    return _MEET_BEFORE.search(text, window, start)


@functools.lru_cache(maxsize=65536)
def _ends_in_role(word: str) -> bool:
    """A word or title ending in a role word ("minister", "spokesman", "Vice-President")."""
    return _ROLE_AT_END.search(word) is not None


_BACK_STOP = frozenset(
    """the a an and or of by with to in on at as that which who whom is was were are be been has have had
    said told says from for but than into about after before during between against under over this
    these those its his her their our my your it he she they we when while where if then so also not no
    do does did can could would should will may might must""".split()  # noqa: SIM905
)
_DEMONYM_ALTERNATION = "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True))
_DESCRIPTION = re.compile(  # letter first, as _BARE_OFFICE: "[TtHhIi](?<!\w.)" is "\b(?=[TtHhIi])"
    r"[TtHhIi](?<!\w.)(?:(?<=[Tt])he|(?<=[Hh])is|(?<=[Hh])er|(?<=[Tt])heir|(?<=[Ii])ts)\s+(?P<dem>"
    + _DEMONYM_ALTERNATION
    + r")\s+(?P<role>(?i:"
    + "|".join(r.replace(" ", r"\s+") for r in sorted(ROLE_NOUNS, key=len, reverse=True))
    + r"))\b(?P<poss>['’]s\b)?(?!\s+[A-Z])(?!,\s+[A-Z][\w'’-]+\s+[A-Z])"  # "his counterpart, Bruno Rodriguez"
)


_BARE_OFFICE = re.compile(  # "[Tt](?<!\w.)he" is "\bthe" with the capital first, which re scans for fast
    r"[Tt](?<!\w.)he\s+(?P<role>(?i:president|prime\s+minister|premier|chancellor|king|queen|emir"
    r"|crown\s+prince))\b(?![-’'](?!s\b))(?P<poss>['’]s\b)?(?!\s+(?:of\b|[A-Z]))"
)
"""An office without a nationality ("the president", "the Prime Minister"): the text's person holding it."""


_PLURAL_DESCRIPTION = re.compile(
    r"[TtBb](?<!\w.)(?:(?<=[Tt])he|(?<=[Bb])oth\s+the|(?<=[Bb])oth|(?<=[Tt])heir)\s+(?P<dem1>"
    + _DEMONYM_ALTERNATION
    + r")\s+and\s+(?P<dem2>"
    + _DEMONYM_ALTERNATION
    + r")\s+(?P<role>presidents|leaders|prime\s+ministers|foreign\s+ministers|heads\s+of\s+state)\b"
)
_PLURAL_ROLES = ("presidents", "leaders", "ministers", "heads")
"""Words one of which every plural description holds: without them the text is not scanned for one."""


@attrs.define
class _Token:
    start: int
    end: int
    text: str
    fold: str
    possessive: bool
    title: bool
    name_like: bool
    stop: bool
    """A sentence ended after this word ("... in Seoul. Kishida said"): a name never runs on."""
    thing: bool
    """The word names a place, an institution or a thing ("Lake", "Russia", "China-Australia")."""


def find_people(text: str, lexicon: Lexicon, published: PartialDate | None = None) -> list[PersonMention]:
    """Every person mention in ``text``, in text order."""
    flat = unwrapped(text)
    if flat is not text:  # hard-wrapped copy: names read across line breaks, spans and words kept
        return [
            attrs.evolve(m, text=text[m.start : m.end]) if "\n" in text[m.start : m.end] else m
            for m in find_people(flat, lexicon, published)
        ]
    quotes = quotation_spans(text)
    found: list[PersonMention] = []
    surnames: dict[str, str] = {}
    words = _word_counts(text)
    runs = list(_RUN.finditer(text))
    tokens_of: dict[int, list[_Token]] = {}
    shapes: dict[str, list[_Shape]] = {}
    first_reading: dict[int, tuple[int, list[PersonMention]]] = {}
    for run in runs:  # first the full names, so that a short name before them is known too
        whole = run.group()
        if " " in whole or "\u00a0" in whole:
            tokens = tokens_of[run.start()] = _tokens(run, lexicon, shapes)
            if any(a.name_like and b.name_like for a, b in itertools.pairwise(tokens)):
                read = _read_run(text, tokens, lexicon, surnames, words)
                first_reading[run.start()] = (len(surnames), read)  # what it learnt itself reads the same
                alias = _ALIAS.match(text, run.end())
                if alias is not None and read and read[-1].end == run.end():  # "Joko Widodo (Jokowi)"
                    surnames.setdefault(fold_name(alias["alias"]), read[-1].name or read[-1].text)
    order = {key: index for index, key in enumerate(surnames)}
    for run in runs:
        word = run.group()
        if " " not in word and "-" not in word and "\u00a0" not in word:
            if word.casefold() in _NOT_NAMES:
                continue
            key = fold_name(word)  # one capitalised word: a mention if it is a known name, or said to be one
            known = (
                key in lexicon.first_tokens or key in lexicon.surnames or key in surnames or word in NICKNAMES
            )
            if not known and not (
                _SPEECH_AFTER.match(text, run.end())
                or _role_word_before(text, run.start())
                or _in_a_pair(text, run.start(), run.end())
                or _beside_a_person(text, run.start(), run.end(), surnames, lexicon)
                or _met(text, run.start(), run.end())
            ):
                continue
        tokens = tokens_of.get(run.start()) or _tokens(run, lexicon, shapes)
        earlier = first_reading.get(run.start())
        if earlier is not None and _unchanged(tokens, earlier[0], order):
            found.extend(earlier[1])  # nothing learnt since could change how this run reads
            continue
        found.extend(_read_run(text, tokens, lexicon, surnames, words))
    found.extend(_credits(text, found, lexicon))
    for match in _DESCRIPTION.finditer(text):
        found.append(_description(match, lexicon, published))
    for match in _BARE_OFFICE.finditer(text):
        end = match.end("role")
        found.append(
            PersonMention(
                start=match.start(),
                end=end,
                text=text[match.start() : end],
                title=" ".join(match["role"].split()),
                rule="description",
                possessive=match["poss"] is not None,
            )
        )
    if any(role in text for role in _PLURAL_ROLES):
        for match in _PLURAL_DESCRIPTION.finditer(text):
            found.extend(_plural_description(match, lexicon, published))
    found.sort(key=operator.attrgetter("start"))
    found = [
        m
        for m in found
        if not (
            m.rule == "unknown-name" and _DATELINE_PLACE.match(text, m.end) and _at_line_start(text, m.start)
        )
    ]
    starts = [a for a, _ in quotes]
    return [as_quoted(m, True) if _inside(m.start, quotes, starts) else m for m in found]


_WORD = re.compile(r"[A-Z](?<![\w'’.-].)[\w'’-]*")
"""A capitalised word not inside another (checked after the capital, so the scan skips to capitals)."""
_NOT_PERSON_WORDS = frozenset(
    w
    for w in """house street square summit nations union party council ministry office department agency news
    times post journal press palace hall center centre airport island islands sea ocean river
    university club forum group bank fund court congress parliament assembly committee commission
    organization organisation association kingdom republic states emirates africa america asia
    europe korea zealand arabia lanka kong city peninsula bay strait gulf war crisis day week year
    army navy force forces guard aides officials sources diplomats analysts critics observers
    experts residents ministers leaders reporters journalists lawmakers protesters troops rebels
    authorities ministry embassy affairs page home getty images photo monument memorial lake meets
    attached capella relations security cooperation foundation institute church mosque temple hotel
    resort villa castle tower bridge road avenue park stadium airlines airways television radio
    agency reuters network channel company corporation limited inc ltd treaty accord agreement
    initiative program programme pact plan east west north south central united democratic national
    federal federation people's peoples communist socialist liberal conservative labour labor media
    capital region province county district state beach coast valley mountain mountains desert police
    cabinet residence presidential government meeting meetings conference dialogue talks""".split()  # noqa: SIM905
)


def _institution(token: _Token) -> bool:
    """A word of places, institutions and groups ("Ministry", "Day"), compared as written: folding
    would make "Dai" of "Tran Dai Quang" the word "day"."""
    return token.text.casefold() in _NOT_PERSON_WORDS


_NAME = r"[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:[ \u00a0-][A-Z][A-Za-z'’-]+){1,2}"
_CREDIT = re.compile(
    rf"(?=[RrWwEeAaCcPB])(?:\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional\s+reporting|[Cc]ompiled|[Rr]eported|[Ww]ritten)"
    rf"\s+[Bb]y|\b(?:Photo(?:graph)?s?|Credit)(?:\s+[Bb]y)?\s*:?|\bBy)\s+(?P<names>{_NAME}(?:(?:,\s+|\s+and\s+|;\s+)"
    rf"(?:[Ee]diting\s+by\s+)?{_NAME})*)"
    rf"|(?:Photo|PHOTO)\s*/\s*(?P<photo>{_NAME})"
)
_CREDIT_WORD = re.compile(
    r"Report|report|Writ|writ|Editing|editing|Additional|additional|Compiled|compiled|Photo|PHOTO|Credit|By"
)
"""How every match of ``_CREDIT`` begins: a literal alternation, which re skips to quickly."""


def _credit_lines(text: str) -> Iterator[re.Match[str]]:
    """``_CREDIT.finditer(text)``, tried only where a credit's first word stands."""
    at = 0
    while (word := _CREDIT_WORD.search(text, at)) is not None:
        match = _CREDIT.match(text, word.start())
        if match is None:
            at = word.start() + 1
        else:
            yield match
            at = match.end()


_AGENCY = re.compile(r"/[^\S\n]*(?:AFP|Reuters|AP|Getty|Pool|POOL|EPA|Xinhua|File|Bloomberg|Sputnik)\b")
_NAME_BEFORE = re.compile(rf"(?:{_NAME})\Z")
_ONE_NAME = re.compile(_NAME)


def _credits(text: str, found: list[PersonMention], lexicon: Lexicon) -> list[PersonMention]:
    """Bylines and photo credits ("Reporting by Steve Holland; Editing by ...", "Saul Loeb/AFP")."""
    taken = [(m.start, m.end) for m in found]
    credited = []
    spans = []
    for match in _credit_lines(text):
        group = "names" if match["names"] else "photo"
        spans.append((match.start(group), match.end(group)))
    for agency in _AGENCY.finditer(text):  # "Saul Loeb/AFP"
        end = agency.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        before = _NAME_BEFORE.search(text, max(0, end - 60), end)
        if before is not None:
            spans.append(before.span())
    for start, end in spans:
        for name in _ONE_NAME.finditer(text, start, end):
            if any(a < name.end() and name.start() < b for a, b in taken):
                continue
            words = name.group().split()
            if any(w.casefold() in _NOT_PERSON_WORDS or w.casefold() in _NOT_NAMES for w in words):
                continue
            credited.append(
                PersonMention(
                    start=name.start(), end=name.end(), text=name.group(), name=name.group(), rule="credit"
                )
            )
    return credited


_INITIAL = re.compile(r"[A-Z]\.?")
_PAIR_NOUN_AFTER = re.compile(
    r"\s+(?:(?:telephonic|phone|video|bilateral|first|second|third|historic)\s+)?(?:summit|summits|meeting"
    r"|meetings|talks?|call|calls|conversation|encounter|handshake|tête-à-tête|one-on-one|phone)\b"
)
"""What follows two family names joined by a hyphen when they are two people ("the Modi-Putin talks")."""
_HEADLINE_VERBS = frozenset(
    """Says Tells Meets Hails Holds Visits Calls Urges Warns Hosts Welcomes Arrives Departs Leaves Agrees
    Head Heads Travel Travels Flies Lands Returns
    Signs Vows Seeks Plans Eyes Backs Rejects Slams Praises Thanks Invites Cancels Postpones Delays
    Discuss Discusses Talk Talks Meet Hold Host Take Takes Make Makes Says Confirms Denies Announces
    Accepts Declines Receives Greets Congratulates Condemns Asks Offers Proposes Rules Suggests Speaks Phones
    Expects Confers""".split()  # noqa: SIM905
)
"""Verbs of title-case headlines ("Deng Tells Carter He Is Too Old"): they end a name."""
_MONTH_NAMES = frozenset({"May", "June", "April", "August"})
"""Months that are also names ("Theresa May"): a name's later word when they follow a first name."""


_PAIR_VERB = (
    r"(?:met|meet|meets|held|hold|holds|hosted|spoke|signed|agreed|discussed|talked|shook|greeted|embraced)"
)
_PAIR_AFTER = re.compile(rf",?\s+and\s+(?:[A-Z][\w'’.-]+\s+){{1,3}}{_PAIR_VERB}\b")
_PAIR_BEFORE = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}\s+and\s+\Z")
_VERB_AFTER = re.compile(rf"\s+{_PAIR_VERB}\b")


_AND_NAME_AFTER = re.compile(r"\s+and\s+(?:[A-Z][\w'’.-]+\s+){0,3}?(?P<name>[A-Z][\w'’-]+)\b")
_NAME_AND_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]+)(?:['’]s)?\s+and\s+\Z")


def _beside_a_person(text: str, start: int, end: int, surnames: dict[str, str], lexicon: Lexicon) -> bool:
    """ "Bush and Hu", "between Hu and Bush": one word joined by "and" to a person the text names."""
    word = text[start:end]
    if word.isupper():
        return False  # "BJP", "NATO"
    window = max(0, start - 40)
    beside = _names_a_person(_AND_NAME_AFTER.match(text, end), surnames, lexicon) or (
        text[window:start].rstrip().endswith("and")  # else "and" cannot end the window
        and _names_a_person(_NAME_AND_BEFORE.search(text, window, start), surnames, lexicon)
    )
    return beside and word not in _places_gone_to(text)  # "arrived in Beijing ... Beijing and Xi": a place


def _names_a_person(match: re.Match[str] | None, surnames: dict[str, str], lexicon: Lexicon) -> bool:
    if match is None:
        return False
    key = fold_name(match["name"])
    return key in surnames or key in lexicon.surnames


_GONE_TO = re.compile(r"\b(?:in|at|to|from|near|visit(?:ed|ing|s)?)\s+([A-Z][\w'’-]*)")


@functools.lru_cache(maxsize=8)
def _places_gone_to(text: str) -> frozenset[str]:
    """The capitalised words a text goes to, is in or comes from ("in Beijing", "visited Hanoi")."""
    return frozenset(_GONE_TO.findall(text))


def _in_a_pair(text: str, start: int, end: int) -> bool:
    """ "Biden and Putin held talks", "Joe Biden and Vladimir Putin met": two names meeting."""
    if _PAIR_AFTER.match(text, end):
        return True
    return bool(_VERB_AFTER.match(text, end) and _PAIR_BEFORE.search(text, max(0, start - 60), start))


_ALIAS = re.compile(r"[ \t]*\((?P<alias>[A-Z][\w'’-]{2,})\)")
"""A short name in parentheses after a full name: "Joko Widodo (Jokowi)"."""
_DATELINE_PLACE = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:--|[-—–:])[ \t]")
"""What follows the city of a dateline: "Kuala Lumpur (ANTARA News) -", "GENEVA —"."""


def _at_line_start(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip()


_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|to|near|of)\s+\Z")


def _lone_name(text: str, token: _Token, lexicon: Lexicon, surnames: dict[str, str] | None = None) -> bool:
    """One capitalised word that a reporting verb follows ("Srettha said"), or a title before it
    ("prime minister Modi"), and that names no place, group or nationality."""
    if token.possessive or _institution(token) or lexicon.country(token.text) is not None:
        return False
    if token.text in DEMONYMS or token.text.casefold() in _NOT_NAMES or token.text in CAPITALS:
        return False  # "Moscow hosted the talks": a capital
    if token.text.endswith("s") and (
        token.text[:-1] in DEMONYMS or lexicon.country(token.text[:-1]) is not None
    ):
        return False  # "the Soviets", "the two Koreas"
    if _PLACE_PREPOSITION.search(text[max(0, token.start - 6) : token.start]):
        return False  # "a press conference in Subang, said": a place
    if _title_before(text, token.start)[0] is not None:
        return True
    return (
        bool(_SPEECH_AFTER.match(text, token.end))
        or _in_a_pair(text, token.start, token.end)
        or (surnames is not None and _beside_a_person(text, token.start, token.end, surnames, lexicon))
        or _met(text, token.start, token.end)
    )


def _met(text: str, start: int, end: int) -> bool:
    """One word right after a meeting verb ("met Modi", "hosted Sharif"), and no place the text goes to."""
    word = text[start:end]
    verb = _meeting_verb_before(text, start)
    return (
        verb is not None
        and not _ON_AT_END.search(verb.group())
        and not word.isupper()
        and word not in CAPITALS
        and word not in DEMONYMS
        and word.rstrip(".").casefold() not in _MONTH_ABBREVIATIONS
        and not _CAPITAL_NEXT.match(text, end)
        and not _ADJECTIVE_USE.match(text, end)
        and word not in _places_gone_to(text)
    )


_ON_AT_END = re.compile(r"\bon\s+\Z")
"""A meeting verb's "on" ("meet on Nov. 19"): a date follows, not a person."""
_CAPITAL_NEXT = re.compile(r"\s[A-Z]")
"""A capitalised word next: the word is part of a longer name or phrase ("met the White House")."""
_ADJECTIVE_USE = re.compile(
    r"\s+(?!(?:on|in|at|and|or|for|to|with|last|this|next|the|a|who|during|after|before|since|as|when|while"
    r"|but|over|about|is|was|has|had|will|would|said|says|told|tells|meets|holds|hosts)\b)[a-z]+(?<!ed)\b"
)
"""A lowercase noun after the word ("meet Kashmiri separatist leaders"): an adjective, not a name."""
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())  # noqa: SIM905


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
"""A Korean given name ("Geun-hye"): the word before it is a family name ("Park"), not a park."""


def _could_be_person(tokens: list[_Token], i: int, j: int) -> bool:
    """No word of the run names a place, an institution or a thing ("Lake Geneva", "China-Australia"),
    and the run is no capital ("Kuala Lumpur")."""
    if j - i >= 2 and " ".join(t.text for t in tokens[i:j]) in CAPITALS:
        return False
    if j - i >= 2 and tokens[j - 1].fold in _MONTH_ABBREVIATIONS:
        return False  # "Seoul Jan. 21": a place and a date
    if j - i == 2 and _KOREAN_GIVEN.fullmatch(tokens[i + 1].text) is not None:  # "Park Geun-hye"
        return not any(country_code(token.text) is not None for token in tokens[i:j])
    return not any(token.thing for token in tokens[i:j])


def _word_counts(text: str) -> dict[str, int]:
    """How often each capitalised word stands in the text, as written (possessives apart)."""
    return collections.Counter(_WORD.findall(text))


def _uses(words: dict[str, int], word: str) -> int:
    """How often ``word`` stands alone in the text, possessives included."""
    return words.get(word, 0) + words.get(f"{word}'s", 0) + words.get(f"{word}’s", 0)


def _unchanged(tokens: list[_Token], known_before: int, order: dict[str, int]) -> bool:
    """No name this run's reading depends on was learnt after it was first read."""
    if known_before >= len(order):
        return True  # nothing was learnt after it
    if len(tokens) > _LONGEST_RUN:
        return False  # read it again rather than list every part of a very long run
    folds = [t.fold for t in tokens]
    keys = [*folds, " ".join(folds)] + [
        " ".join(folds[i:j]) for i in range(len(folds)) for j in range(i + 2, len(folds))
    ]
    return all(order.get(key, -1) < known_before for key in keys)


def _role_word_before(text: str, start: int) -> bool:
    """A role word right before a capitalised word ("prime minister Modi", "spokesman Peskov")."""
    previous = _word_back(text, start)
    return previous is not None and "," not in previous[2] and _ends_in_role(previous[0])


def _repeated(text: str, tokens: list[_Token], i: int, j: int, words: dict[str, int]) -> bool:
    """A run of name-like words whose family name the text also uses alone ("Joe Biden" ... "Biden")."""
    folds = [t.fold for t in tokens[i:j]]
    if any(_institution(t) or t.fold in TITLE_WORDS for t in tokens[i:j]):
        return False
    phrase = text[tokens[i].start : tokens[j - 1].end]
    whole = words.get("\0" + phrase)
    if whole is None:  # how often the whole name stands in the text, counted once per name
        whole = words["\0" + phrase] = text.count(phrase)
    keys = [tokens[j - 1].text, tokens[i].text] if family_name_first(folds) else [tokens[j - 1].text]
    return any(_uses(words, key) > whole for key in keys)


def _known_word(word: str, lexicon: Lexicon) -> bool:
    key = fold_name(word)
    return key in lexicon.first_tokens or key in lexicon.surnames


_GLUED_TITLE = re.compile(r"(?<=[a-z])(?:Prime|President|Minister|Chancellor|King|Premier|Secretary)\b")


_Shape = tuple[int, int, str, str, bool, bool, bool, bool, bool]
"""A token of a run as ``_Token``'s fields, its offsets counted from the run's start."""


def _tokens(run: re.Match[str], lexicon: Lexicon, shapes: dict[str, list[_Shape]]) -> list[_Token]:
    """The tokens of ``run``; each distinct run of the text is cut into tokens once (``shapes``)."""
    whole = run.group()
    shape = shapes.get(whole)
    if shape is None:
        shape = shapes[whole] = _shape(whole, lexicon)
    base = run.start()
    return [
        _Token(base + a, base + b, raw, fold, own, title, name, stop, thing)
        for a, b, raw, fold, own, title, name, stop, thing in shape
    ]


def _shape(whole: str, lexicon: Lexicon) -> list[_Shape]:
    shape: list[_Shape] = []
    glued_anywhere = _GLUED_TITLE.search(whole) is not None  # a token holds one only if the run does
    if not glued_anywhere and whole.isalpha():  # one word of letters only: one token, as it stands
        fold, title, name_like, thing = _analyse(whole)
        return [(0, len(whole), whole, fold, False, title, name_like, False, thing)]
    previous: _Shape | None = None
    for match in _TOKENS.finditer(whole):
        raw = match.group()
        start, end = match.span()
        if not glued_anywhere and raw.isalpha():  # no hyphen, apostrophe or dot to look at
            fold, title, name_like, thing = _analyse(raw)
            previous = (start, end, raw, fold, False, title, name_like, False, thing)
            shape.append(previous)
            continue
        glued = _GLUED_TITLE.search(raw) if glued_anywhere else None
        if glued is not None:  # "Xi JinpingPrime Minister": a headline run into the text
            head = raw[: glued.start()]
            fold, title, name_like, thing = _analyse(head)
            previous = (start, start + len(head), head, fold, False, title, name_like, True, thing)
            shape.append(previous)
            start, raw = start + glued.start(), raw[glued.start() :]
        head, dash, tail = raw.rpartition("-")
        if dash and tail.islower() and head[-1:].isalpha() and _known_word(head, lexicon):
            raw, end = head, end - len(tail) - 1  # "Putin-led": the name, not "Putin-led"
        possessive = False
        if raw.endswith(("'s", "’s")):
            raw, end, possessive = raw[:-2], end - 2, True
        elif raw.endswith(("'", "’")):
            raw, end = raw[:-1], end - 1
        stop = False
        if raw.endswith("..."):
            raw, end, stop = raw.rstrip("."), end - (len(raw) - len(raw.rstrip("."))), True
        if raw.endswith(".") and (
            not _keeps_dot(raw)
            or (
                _TITLE_ABBREVIATION.fullmatch(raw)
                and previous is not None
                and previous[6]
                and previous[3] not in {"republican", "democratic", "democrat", "independent"}
            )
        ):  # a sentence's end; "Hun Sen." ends a name, where "Sen." would come before one
            raw, end, stop = raw.rstrip("."), end - (len(raw) - len(raw.rstrip("."))), True
        if not raw:
            continue
        fold, title, name_like, thing = _analyse(raw)
        previous = (start, end, raw, fold, possessive, title, name_like, stop, thing)
        shape.append(previous)
    return _names_across(shape)


def _names_across(shape: list[_Shape]) -> list[_Shape]:
    """Words that a name on their sides makes part of it: an initial without its dot ("foreign
    secretary S Jaishankar") and a title inside a name ("Hassan Sheikh Mohamud")."""
    for index in range(len(shape) - 1):
        word, after = shape[index], shape[index + 1]
        if len(word[2]) == 1 and word[2].isupper() and after[6] and not word[7]:
            shape[index] = (*word[:6], True, *word[7:])
    for index in range(1, len(shape)):  # "King Mohamed VI", "Abdullah II": a regnal number ends the name
        before, word = shape[index - 1], shape[index]
        if _REGNAL.fullmatch(word[2]) and before[6] and not before[7]:
            shape[index] = (*word[:6], True, *word[7:])
    for index in range(1, len(shape) - 1):
        before, word, after = shape[index - 1], shape[index], shape[index + 1]
        if word[3] in _NAME_TITLES and before[6] and not (before[4] or before[7] or before[8]) and after[6]:
            shape[index] = (*word[:5], False, True, *word[7:])
    return shape


_REGNAL = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII)")
_NAME_TITLES = frozenset({"sheikh", "sultan", "shah"})
"""Titles that are also parts of names when a name stands on both sides ("Hassan Sheikh Mohamud")."""


@functools.lru_cache(maxsize=65536)
def _analyse(raw: str) -> tuple[str, bool, bool, bool]:
    """A token's folded form, whether it is a title word, whether it could be part of a name, and
    whether it names a place, an institution or a thing ("Lake", "China-Australia")."""
    fold, title = fold_name(raw), is_title_token(raw)
    name_like = (
        not title
        and raw.casefold() not in _NOT_NAMES
        and _LEADING_PARTICLES.sub("", raw)[:1].isupper()
        and not raw.isupper()
        and not any(c.isdigit() for c in raw)
    )
    thing = raw.casefold() in _NOT_PERSON_WORDS or any(
        country_code(part) is not None for part in (raw, *raw.split("-"))
    )
    return fold, title, name_like, thing


_DOTTED = re.compile(
    r"(?:[A-Z]\.)+[A-Z]?\.?|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Messrs|Md|Mohd|Eng)\."
)


_TITLE_ABBREVIATION = re.compile(r"(?:Sen|Rep|Gov|Gen|Col|Lt)\.")


def _keeps_dot(raw: str) -> bool:
    return _DOTTED.fullmatch(raw) is not None


_LEADING_PARTICLES = re.compile(rf"^{_PARTICLE}+")


_LONGEST_RUN = 24
"""The most capitalised words read as one run: no name is longer, and a title-case headline is shorter;
a longer run (a list of names, a hostile input) is read in pieces so that reading stays linear."""


def _read_run(
    text: str, tokens: list[_Token], lexicon: Lexicon, surnames: dict[str, str], words: dict[str, int]
) -> list[PersonMention]:
    """Mentions in one run of capitalised words: known names longest first, then unknown names. A word
    that ends a sentence ("in Seoul. Kishida said") splits the run in two."""
    found: list[PersonMention] = []
    start = 0
    for at, token in enumerate(tokens):
        if token.stop or at + 1 == len(tokens) or at + 1 - start == _LONGEST_RUN:
            found.extend(_read_piece(text, tokens[start : at + 1], lexicon, surnames, words))
            start = at + 1
    return found


def _read_piece(
    text: str, tokens: list[_Token], lexicon: Lexicon, surnames: dict[str, str], words: dict[str, int]
) -> list[PersonMention]:
    found: list[PersonMention] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if (
            token.text in NICKNAMES
            and (i + 1 == len(tokens) or not tokens[i + 1].name_like)
            and _known(tokens, i, lexicon) is None
        ):  # "Jokowi", "AMLO" (not the "Nawaz" of "Nawaz Sharif")
            found.append(_mention(text, tokens, i, i + 1, (), "unknown-name", lexicon))
            i += 1
            continue
        if token.title:
            i += 1
            continue
        matched = _known(tokens, i, lexicon)
        if matched is not None:
            j, ids, rule = matched
            if (
                j - i == 1
                and i > 0
                and tokens[i - 1].name_like
                and tokens[i - 1].text.casefold() not in _NOT_NAMES
                and tokens[i - 1].text not in _HEADLINE_VERBS  # "Confirms Putin": a headline's verb
                and text[tokens[i - 1].end : token.start].isspace()
                and _known(tokens, i - 1, lexicon) is None
                and _could_be_person(tokens, i - 1, i)
            ):  # "Melania Trump", "Bill Clinton": a first name that is not the leader's, another person
                first, replaced = i - 1, None
                if found and found[-1].end == tokens[i - 1].end and found[-1].rule == "unknown-name":
                    earlier = found.pop()  # "Sarah Huckabee Sanders": the whole name, not two people
                    first = next(k for k in range(i) if tokens[k].start >= earlier.start)
                    replaced = earlier.name or earlier.text
                mention = _mention(text, tokens, first, i + 1, (), "unknown-name", lexicon)
                name = mention.name or mention.text
                folds = [t.fold for t in tokens[first : i + 1]]
                for key in (token.fold, folds[0], " ".join(folds)):
                    if surnames.get(key, replaced) == replaced:
                        surnames[key] = name
                found.append(mention)
                i += 1
                continue
            learnt = surnames.get(token.fold) if j - i == 1 else None
            if learnt is not None and not _names_leader(learnt, ids, lexicon):
                found.append(  # "Clinton" after "Bill Clinton": the text's Clinton, not the corpus's
                    _mention(text, tokens, i, j, (), "unknown-name", lexicon, name=learnt)
                )
                i = j
                continue
            found.append(_mention(text, tokens, i, j, ids, rule, lexicon))
            if rule == "name" and j - i >= 2:  # "Kim Jong Un", known: a later "Kim" is the same person
                full = text[tokens[i].start : tokens[j - 1].end]
                surnames.setdefault(tokens[i].fold, full)
                had = surnames.get(tokens[j - 1].fold)
                if had is None or not lexicon.names.get(fold_name(had)):
                    surnames[tokens[j - 1].fold] = full  # the leader's before unknown bearers of the name
            i = j
            continue
        j = i
        while (
            j < len(tokens)
            and (
                tokens[j].name_like
                or (j > i and tokens[j].text in _MONTH_NAMES)
                or (j > i and j + 1 < len(tokens) and _INITIAL.fullmatch(tokens[j].text) is not None)
            )
            and tokens[j].text not in _HEADLINE_VERBS
            and _unknown_part(tokens, i, j, lexicon)
        ):
            j += 1
            if tokens[j - 1].possessive:
                break
        if j == i:
            i += 1
            continue
        hyphened = j - i >= 2 and all(
            text[t.end : u.start] == "-" for t, u in zip(tokens[i : j - 1], tokens[i + 1 : j], strict=False)
        )
        if (
            hyphened
            and all(_could_be_person(tokens, k, k + 1) for k in range(i, j))
            and not any(t.text in DEMONYMS for t in tokens[i:j])
        ) and (
            all(t.fold in surnames for t in tokens[i:j])
            or (j - i == 2 and _PAIR_NOUN_AFTER.match(text, tokens[j - 1].end))
            or all(_uses(words, t.text) >= 2 for t in tokens[i:j])
        ):  # "the Trump-Kim summit", "the Modi-Putin telephonic talk": two people
            found.extend(
                _mention(
                    text,
                    tokens,
                    k,
                    k + 1,
                    (),
                    "unknown-name",
                    lexicon,
                    name=surnames.get(tokens[k].fold, tokens[k].text),
                )
                for k in range(i, j)
            )
            i = j
            continue
        if not _could_be_person(tokens, i, j):
            if j - i >= 3 and _could_be_person(tokens, i + 1, j):
                i += 1  # "the President of Russia Vladimir Putin": the country, then the name
                continue
            i = j
            continue
        folds = [t.fold for t in tokens[i:j]]
        if (
            j - i >= 2
            and (j - i <= 4 or (j - i <= 6 and i > 0 and tokens[i - 1].title))  # "Crown Prince Mohammed
            # bin Salman bin Abdulaziz Al Saud": a long name after a title
            and (
                " ".join(folds) in surnames
                or _is_person(text, tokens, i, j)
                or _repeated(text, tokens, i, j, words)
            )
        ):
            mention = _mention(text, tokens, i, j, (), "unknown-name", lexicon)
            name = mention.name or mention.text
            for key in (folds[-1], folds[0]):  # "Xi" of "Xi Jinping", "Anwar" of "Anwar Ibrahim"
                surnames.setdefault(key, name)
            surnames.setdefault(" ".join(folds), name)  # the full name, to find it again without cues
            found.append(mention)
        elif j - i == 1 and token.fold in surnames:
            found.append(_mention(text, tokens, i, j, (), "unknown-name", lexicon, name=surnames[token.fold]))
        elif j - i == 1 and (
            (i > 0 and tokens[i - 1].title and _is_person(text, tokens, i, j))
            or (i == 0 and _lone_name(text, token, lexicon, surnames))
        ):
            mention = _mention(text, tokens, i, j, (), "unknown-name", lexicon)
            surnames.setdefault(token.fold, mention.name or mention.text)
            found.append(mention)
        i = j
    return found


def _known(tokens: list[_Token], i: int, lexicon: Lexicon) -> tuple[int, tuple[str, ...], str] | None:
    if tokens[i].fold not in lexicon.first_tokens:
        ids = lexicon.surnames.get(tokens[i].fold)
        return (i + 1, ids, "surname") if ids else None
    for j in range(min(len(tokens), i + lexicon.max_tokens), i, -1):
        if any(t.possessive for t in tokens[i : j - 1]):
            continue
        ids = lexicon.names.get(" ".join(t.fold for t in tokens[i:j]))
        if not ids and j - i >= 3:  # "Richard M. Nixon": the known name with a middle initial
            ids = lexicon.names.get(_without_initials([t.fold for t in tokens[i:j]]))
        if ids:
            return j, ids, "name"
    ids = lexicon.surnames.get(tokens[i].fold)
    if ids:
        return i + 1, ids, "surname"
    return None


def _names_leader(name: str, ids: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether a full name the text gives is one of these corpus leaders'."""
    words = fold_name(name).split()
    plain = _without_initials(words)  # "mikhail s gorbachev"
    return bool(set(lexicon.names.get(" ".join(words), ()) + lexicon.names.get(plain, ())) & set(ids))


def _without_initials(folds: list[str]) -> str:
    """A folded name without its middle initials ("richard m nixon" -> "richard nixon")."""
    return " ".join(word for k, word in enumerate(folds) if k == 0 or len(word) > 1)


def _unknown_part(tokens: list[_Token], i: int, j: int, lexicon: Lexicon) -> bool:
    known = _known(tokens, j, lexicon)
    return known is None or (known[2] == "surname" and j > i)


_HONORIFICS = frozenset(
    """datuk dato dato' datin seri sri tun tan haji hj samdech techo akka moha sena h.e""".split()  # noqa: SIM905
)
"""Honorifics written between an office and a name ("Prime Minister Datuk Seri Anwar Ibrahim")."""


def _without_honorifics(title: str) -> str:
    words = title.split()
    while words and words[-1].casefold() in _HONORIFICS:
        words.pop()
    return " ".join(words)


def _is_person(text: str, tokens: list[_Token], i: int, j: int) -> bool:
    k = i - 1
    while k > 0 and tokens[k].fold in _HONORIFICS:
        k -= 1
    if i > 0 and tokens[k].title and _ends_in_role(tokens[k].text):
        return True
    if _title_before(text, tokens[i].start)[0] is not None:
        return True
    after = text[tokens[j - 1].end : tokens[j - 1].end + 90]
    if tokens[j - 1].possessive:
        return False
    if _APPOSITION.match(after) or _SPEECH_AFTER.match(after):
        return True
    if _meeting_verb_before(text, tokens[i].start):
        return True  # "met with Xi Jinping", "hosted Olaf Scholz"
    of = _OF_COUNTRY.match(after)
    if of is not None and country_code(of["country"]) is not None:
        return True  # "Kenneth Kaunda of Zambia, Samora Machel of Mozambique": a leader and his country
    return _in_a_pair(text, tokens[i].start, tokens[j - 1].end)


_OF_COUNTRY = re.compile(
    r"\s+of\s+(?P<country>(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}?)(?=[,;.]|\s+(?:and|meet|met|who|said|to|in|on|at)\b)"
)


def _word_back(text: str, position: int) -> tuple[str, int, str] | None:
    """The word before ``position`` (separated by spaces and at most one comma), its start, the gap."""
    end = position
    while end > 0 and text[end - 1] in " \t\u00a0":
        end -= 1
    if end == position:
        return None
    if end > 0 and text[end - 1] == ",":
        end -= 1
        while end > 0 and text[end - 1] in " \t\u00a0":
            end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.'’-"):
        start -= 1
    if start == end:
        return None
    return text[start:end], start, text[end:position]


_OF_PLACE = re.compile(r"\s+of\s+[A-Z][\w'’.-]*\Z")


def _office_of(text: str, start: int) -> bool:
    """A capitalised word after "<office> of" ("President of Russia")."""
    of = _word_back(text, start)
    if of is None or of[0] != "of" or "," in of[2]:
        return False
    office = _word_back(text, of[1])
    return office is not None and "," not in office[2] and _ends_in_role(office[0])


def _title_before(text: str, start: int, suffix: tuple[str, ...] = ()) -> tuple[str | None, str | None, int]:
    """The title written before a name ("press secretary"), its possessive owner ("Putin"), its start.

    ``suffix`` holds capitalised title words already found right before the name ("State" in "Secretary
    of State Rex Tillerson"); the title is looked for before them and includes them.
    """
    words: list[str] = list(suffix)
    owner: str | None = None
    position = start
    title_start = start
    comma_seen = False
    while len(words) < 6 + len(suffix):
        found = _word_back(text, position)
        if found is None:
            break
        word, word_start, gap = found
        if "," in gap:
            if comma_seen or words:
                break
            comma_seen = True
        if word.endswith(("'s", "’s")) and word[:1].isupper():
            owner = word[:-2]
            break
        if word == "of" and words and words[0] != "of":
            words.insert(0, word)
            position = word_start
            continue
        if words and words[0] == "of" and not (_ends_in_role(word) or is_title_token(word)):
            break
        if word.endswith(".") and not _keeps_dot(word):
            break
        lowered = word.lower()
        if not words and word[:1].isupper() and not is_title_token(word) and _office_of(text, word_start):
            words.insert(0, word)  # "the President of Russia Vladimir Putin": the office's country
            position = title_start = word_start
            continue
        if lowered in _BACK_STOP or not (word.islower() or is_title_token(word)):
            break
        if suffix and word.islower() and lowered not in TITLE_WORDS:
            break  # "meet Japanese Prime Minister": a verb, not part of the title
        if lowered.endswith(("ed", "ing")) and lowered not in {"retired", "designated", "acting", "ruling"}:
            break
        words.insert(0, word)
        position = title_start = word_start
    while words and words[0] == "of":
        words.pop(0)
    if words:
        title = " ".join(words)
        if _ROLE_RE.search(title) and (
            suffix or _ROLE_AT_END.search(_OF_PLACE.sub("", _without_honorifics(title)))
        ):
            return title, owner, title_start
    if suffix:
        return " ".join(suffix), None, start
    return None, None, start


def _mention(
    text: str,
    tokens: list[_Token],
    i: int,
    j: int,
    ids: tuple[str, ...],
    rule: str,
    lexicon: Lexicon,
    name: str | None = None,
) -> PersonMention:
    start, end = tokens[i].start, tokens[j - 1].end
    run_title: list[str] = []
    for k in range(i - 1, -1, -1):  # the title words of the run right before the name
        word = tokens[k].text
        if not is_title_token(word):
            break
        run_title.insert(0, word)
    while run_title and run_title[0].casefold() in _NOT_NAMES:
        run_title.pop(0)
    title_from = tokens[i - len(run_title)].start if run_title else start
    title, owner, _ = _title_before(text, title_from, tuple(run_title))
    title_of = None
    if owner is not None:
        owner_ids = lexicon.names.get(fold_name(owner)) or lexicon.surnames.get(fold_name(owner), ())
        title_of = owner_ids[0] if len(owner_ids) == 1 else None
    return PersonMention(
        start=start,
        end=end,
        text=text[start:end],
        leader=ids[0] if len(ids) == 1 else None,
        candidates=ids if len(ids) > 1 else (),
        name=name or (text[start:end] if j - i >= 1 else None),
        title=title,
        title_of=title_of,
        rule=rule,
        possessive=tokens[j - 1].possessive,
    )


def _description(match: re.Match[str], lexicon: Lexicon, published: PartialDate | None) -> PersonMention:
    country = DEMONYMS[match["dem"]]
    ids = lexicon.describe(country, ROLE_NOUNS[" ".join(match["role"].lower().split())], published)
    end = match.end("role")
    return PersonMention(
        start=match.start(),
        end=end,
        text=match.string[match.start() : end],
        leader=ids[0] if len(ids) == 1 else None,
        candidates=ids if len(ids) > 1 else (),
        title=f"{match['dem']} {match['role']}",
        rule="description",
        possessive=match["poss"] is not None,
    )


def _plural_description(
    match: re.Match[str], lexicon: Lexicon, published: PartialDate | None
) -> list[PersonMention]:
    """ "the U.S. and Russian presidents": one mention per country, each spanning the whole phrase."""
    role = " ".join(match["role"].split())[:-1]  # "presidents" -> "president"
    mentions = []
    for group in ("dem1", "dem2"):
        ids = lexicon.describe(DEMONYMS[match[group]], ROLE_NOUNS[role], published)
        mentions.append(
            PersonMention(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                leader=ids[0] if len(ids) == 1 else None,
                candidates=ids if len(ids) > 1 else (),
                title=f"{match[group]} {role}",
                rule="description",
            )
        )
    return mentions


def _inside(offset: int, spans: Sequence[tuple[int, int]], starts: list[int]) -> bool:
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]
