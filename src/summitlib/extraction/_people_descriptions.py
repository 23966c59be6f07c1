"""Mentions that are no capitalised names: descriptions ("the Russian leader", "the U.S. and Russian
presidents", "the president") and bylines and photo credits ("Reporting by Steve Holland")."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from summitlib.dates import PartialDate
from summitlib.extraction._lexicon import (
    CAPITALS,
    DEMONYMS,
    DEMONYMS_OF,
    ROLE_NOUNS,
    Lexicon,
    leading_countries,
)
from summitlib.extraction._people_tokens import NOT_NAMES, NOT_PERSON_WORDS
from summitlib.extraction._types import PersonMention

_DEMONYM_ALTERNATION = "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True))


_QUALIFIERS = (
    r"(?:(?!(?:former|late|then|next|new|first|last|only|future|previous|past|incoming|outgoing|same|other|acting"
    r"|interim|elected|ex|two|both|each|one|the|a|an|of|with|by|to|for|and|or|in|on|at|from|between|and|who|said"
    r"|says|told|met|meets|is|was|has|had)\b)[a-z]+(?:-[a-z]+)?\s+){0,2}"
)
"""Up to two lower-case words before the nationality ("the center-left Argentine president", "the visiting
Chinese premier"), none that points to another holder of the office than the one in office ("the former",
"the next", "the new")."""


_DESCRIPTION = re.compile(  # letter first, as _BARE_OFFICE: "[TtHhIi](?<!\w.)" is "\b(?=[TtHhIi])"
    r"[TtHhIi](?<!\w.)(?:(?<=[Tt])he|(?<=[Hh])is|(?<=[Hh])er|(?<=[Tt])heir|(?<=[Ii])ts)\s+"
    + _QUALIFIERS
    + r"(?:(?P<dem>"
    + _DEMONYM_ALTERNATION
    + r")|(?P<place>[A-Z][a-z]{3,}))\s+(?P<role>(?i:"
    + "|".join(r.replace(" ", r"\s+") for r in sorted(ROLE_NOUNS, key=len, reverse=True))
    + r"))\b(?P<poss>['’]s\b)?(?!\s+[A-Z])(?!,\s+[A-Z][\w'’-]+\s+[A-Z])"  # "his counterpart, Bruno Rodriguez"
    + r"(?!,\s+(?:Mr|Mrs|Ms|Dr|Eng|Prof)\.?\s+[A-Z])"  # "his Syrian counterpart, Mr. Al-Zoubi"
)


_BARE_OFFICE = re.compile(  # "[Tt](?<!\w.)he" is "\bthe" with the capital first, which re scans for fast
    r"[Tt](?<!\w.)he\s+(?P<visiting>visiting\s+)?(?P<role>(?i:president|prime\s+minister|premier|chancellor|king|queen|emir"
    r"|crown\s+prince|(?-i:PM)))\b(?![-’'](?!s\b))(?P<poss>['’]s\b)?(?!\s+(?:of\b|[A-Z]))"
    r"(?!,\s+(?:(?:Mr|Mrs|Ms|Dr|Madame)\.?\s+[A-Z]|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},))"
)
"""An office without a nationality ("the president", "the Prime Minister"): the text's person holding it;
"the visiting president" is one named before the sentence it is in. Not a title set off before a name ("the
Prime Minister, Mr. Kosygin,")."""


_PLURAL_DESCRIPTION = re.compile(
    r"[TtBbHh](?<!\w.)(?:(?<=[Tt])he|(?<=[Bb])oth\s+the|(?<=[Bb])oth|(?<=[Tt])heir|(?<=[Hh])is|(?<=[Hh])er)\s+"
    r"(?:(?P<dem1>" + _DEMONYM_ALTERNATION + r")|(?P<place1>[A-Z][a-z]{3,}))\s+and\s+"
    r"(?:(?P<dem2>" + _DEMONYM_ALTERNATION + r")|(?P<place2>[A-Z][a-z]{3,}))"
    r"\s+(?P<role>presidents|leaders|prime\s+ministers|foreign\s+ministers|heads\s+of\s+state|counterparts)\b"
)
"""Two countries' holders of one office ("the U.S. and Russian presidents", "his Tonga and Samoa
counterparts"): a country's name may stand for its nationality."""


_PLURAL_ROLES = ("presidents", "leaders", "ministers", "heads", "counterparts")
"""Words one of which every plural description holds: without them the text is not scanned for one."""


_NAME = (
    r"[A-ZÀ-Ý][^\W\d_A-Z]+(?:\s+[A-Z]\.)?"
    r"(?:[ \u00a0-](?:(?:de|da|do|dos|van|von|del|della|di|du|le|la|ter|bin|al)\s+)?[A-ZÀ-Ý][\w'’-]++){1,2}"
)
"""A credited name: two or three capitalised words, perhaps with a particle ("George de Lama", "Paula
Laboissière")."""


_CREDIT = re.compile(
    r"(?=[RrWwEeAaCcPBFX])"
    rf"(?:(?:Photo|PHOTO|Foto|FOTO)\s*:[^\S\n]*[^/\n]{{1,40}}?|REUTERS|Reuters|AFP|AP|EPA|Xinhua)[^\S\n]*/[^\S\n]*"
    rf"(?P<agency_photo>{_NAME})"
    rf"|\b(?:Editor|Reporter|Author)s?:[^\S\n]*(?P<editor>{_NAME})"
    rf"|(?:\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional\s+reporting|[Cc]ompiled|[Rr]eported|[Ww]ritten)"
    rf"\s+[Bb]y|\b(?:Photo(?:graph)?s?|Credit)(?:\s+[Bb]y)?\s*:?|\bBy)\s+(?P<names>{_NAME}(?:(?:,\s+|\s+and\s+|;\s+)"
    rf"(?:[Ee]diting\s+by\s+)?{_NAME})*)"
    rf"|(?:Photo|PHOTO)\s*/\s*(?P<photo>{_NAME})"
    r"|(?:Photo|PHOTO|Foto|FOTO)s?\s+courtesy\s+of\s+[^/\n()]{1,60}?/[^\S\n]*"
    r"(?P<courtesy>[A-Z][^\W\d_A-Z]+(?:[^\S\n]+[A-Z][^\W\d_A-Z]+){0,2})[^\S\n]*\)"
)
"""A byline or photo credit: "Reporting by A and B", "By A", "Photo: RNZ / A", "REUTERS/A", "Editor: A",
"(Photo courtesy of PPA/Ryan Baldemor)", "(Photo courtesy of the Presidential Office/Rusman)"."""


_CREDIT_WORD = re.compile(
    r"Report|report|Writ|writ|Editing|editing|Additional|additional|Compiled|compiled|Photo|PHOTO|Credit|By"
    r"|Foto|FOTO|REUTERS|Reuters|AFP|AP|EPA|Xinhua|Editor|Author"
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


_PUBLICATION_WORDS = frozenset(
    """tribune times post news press herald journal gazette daily telegraph guardian chronicle globe mail
    agency""".split()  # noqa: SIM905
)
"""Words of a newspaper named in a byline ("By A and B, Chicago Tribune", "By Los Angeles Times")."""


_STAFF_WORDS = frozenset({"staff", "correspondent", "writer", "reporter", "editor"})
"""Words of a staff line right after a credited name ("By Skyler Swisher Staff writer")."""


_CAPITALS_NAME = r"[A-Z][A-Z'’-]+(?:[^\S\n]+[A-Z]\.)?(?:[^\S\n]+[A-Z][A-Z'’-]+){0,2}"
"""A name in capitals ("JESSICA ROCHA", "FITZWATER")."""


_CAPITALS_FULL_NAME = _CAPITALS_NAME.replace("{0,2}", "{1,2}")
"""A name in capitals of two words or three ("JESSICA ROCHA", not a dateline's "BEIJING")."""


_ONE_CAPITALS_NAME = re.compile(_CAPITALS_NAME)


_WEEKDAY_OR_MONTH = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d{1,2}[ /.-])"
)


_PUBLICATIONS = "|".join(sorted(word.title() for word in _PUBLICATION_WORDS))


_CAPITALS_BYLINE = re.compile(
    rf"(?:By|BY|From|FROM)[^\S\n]+(?P<name>{_CAPITALS_FULL_NAME})(?=[^\S\n]*(?:,|\n|\Z)|[^\S\n]+[A-Z][a-z])"
)
"""A name in capitals after "By" or "From" ("By JESSICA ROCHA, Special to", "(From DAVID BARBER,
N.Z.P.A.", "By BRENDON BURNS The Australian leader ...": the story run on after it)."""


_SPEAKER_LABEL = re.compile(r"(?:MR|MRS|MS|DR)\.[^\S\n]+(?P<name>[A-Z][A-Z'’-]+):")
"""A transcript's speaker label ("MR. FITZWATER: Okay."), taken at a line's start only."""


def _literal_starts(text: str, literals: tuple[str, ...]) -> Iterator[int]:
    """Where each literal stands in ``text`` at a word's start (``str.find``, far faster than a pattern's
    scan for these rare words)."""
    for literal in literals:
        at = text.find(literal)
        while at != -1:
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in ".-"):
                yield at
            at = text.find(literal, at + 1)


_NAME_LINE = re.compile(
    rf"(?P<name>{_NAME})(?:[^\S\n]+\(@\w+\)|,[^\S\n]+(?:The[^\S\n]+)?(?:[A-Z][\w.]*[^\S\n]+){{0,3}}"
    rf"(?:{_PUBLICATIONS})\b)"
    rf"|(?P<dated>[A-Z][a-z]+[^\S\n]+[A-Z][a-z]+)[^\S\n]*\n{_WEEKDAY_OR_MONTH}"
)
"""A line that opens with a name before its handle or its newspaper ("Zeeshan Aziz (@imziishan) 2 minutes
ago", "Fabiola Desy Unidjaja, The Jakarta Post"), or that holds only a name over a dated one ("Dan
Perry\nWednesday 10 August 1994"): matched at lines' starts only."""


_CONTRIBUTED = re.compile(
    rf"(?:{_NAME})(?:(?:,\s+|,?\s+and\s+)(?:{_NAME}))*\s+contributed\s+(?:(?:additional\s+)?reporting"
    r"|to\s+(?:this|the)\s+(?:report|story|article))\b"
)
"""A closing credit before its verb ("Lili Bayer contributed reporting.", "A and B contributed to this
report."), matched back from "contributed"."""


def _reporter_spans(text: str) -> Iterator[tuple[int, int]]:
    """The names of closing credits ("Lili Bayer contributed reporting.")."""
    for at in _literal_starts(text, ("contributed",)):
        line = text.rfind("\n", 0, at) + 1
        match = _CONTRIBUTED.search(text, max(line, at - 160), at + 60)
        if match is not None and match.end() > at:
            yield match.start(), text.rfind(" contributed", match.start(), match.end())


def _byline_spans(text: str) -> Iterator[tuple[int, int]]:
    """The names of bylines and speakers' labels the credits' pattern does not read."""
    for at in _literal_starts(text, ("By", "BY", "From", "FROM")):
        match = _CAPITALS_BYLINE.match(text, at)
        if match is not None:
            yield match.span("name")
    for at in _literal_starts(text, ("MR.", "MRS.", "MS.", "DR.")):
        match = _SPEAKER_LABEL.match(text, at)
        if match is not None and not text[text.rfind("\n", 0, at) + 1 : at].strip():
            yield match.span("name")
    at = 0
    while at < len(text):
        if text[at].isupper():
            line = _NAME_LINE.match(text, at)
            if line is not None:
                yield line.span("name" if line["name"] else "dated")
        at = text.find("\n", at) + 1
        if at == 0:
            break


_AGENCY = re.compile(r"/[^\S\n]*(?:AFP|Reuters|AP|Getty|Pool|POOL|EPA|Xinhua|File|Bloomberg|Sputnik)\b")


_NAME_BEFORE = re.compile(rf"(?:{_NAME})\Z")


_ONE_NAME = re.compile(_NAME)
_ONE_WORD = re.compile(r"[A-Z][^\W\d_A-Z]+")


class _Overlaps:
    """Spans, asked whether one of them overlaps ``start:end`` in logarithmic time (by start, with the
    furthest end so far), as ``any(a < end and start < b for a, b in spans)`` would say."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._furthest = list(itertools.accumulate((b for _, b in ordered), max))

    def any(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self._starts, end)  # the spans that start before end
        return before > 0 and self._furthest[before - 1] > start


def credit_mentions(text: str, found: list[PersonMention], lexicon: Lexicon) -> list[PersonMention]:
    """Bylines and photo credits ("Reporting by Steve Holland; Editing by ...", "Saul Loeb/AFP")."""
    taken = [(m.start, m.end) for m in found]
    credited = []
    spans = []
    single: set[int] = set()  # where a credit of one word stands
    for match in _credit_lines(text):
        group = next(g for g in ("names", "photo", "agency_photo", "editor", "courtesy") if match[g])
        spans.append((match.start(group), match.end(group)))
        if group == "courtesy" and " " not in match[group]:
            single.add(match.start(group))  # "courtesy of the Presidential Office/Rusman": one name
    for agency in _AGENCY.finditer(text):  # "Saul Loeb/AFP"
        end = agency.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        before = _NAME_BEFORE.search(text, max(0, end - 60), end)
        if before is not None:
            spans.append(before.span())
    spans.extend(_byline_spans(text))  # "By JESSICA ROCHA,", "MR. FITZWATER:", "Dan Perry\nWednesday"
    spans.extend(_reporter_spans(text))  # "Lili Bayer contributed reporting."
    overlaps = _Overlaps(taken) if spans else None
    for start, end in spans:
        names = (
            _ONE_CAPITALS_NAME if text[start:end].isupper() else _ONE_WORD if start in single else _ONE_NAME
        )
        for name in names.finditer(text, start, end):
            if overlaps is not None and overlaps.any(name.start(), name.end()):
                continue
            words = name.group().split()
            while len(words) > 2 and words[-1].casefold() in _STAFF_WORDS:
                words.pop()  # "By Skyler Swisher Staff writer"
            place = " ".join(words).title()  # "From NEW DELHI,": a dateline's place in capitals
            if (
                place in CAPITALS
                or lexicon.country(place) is not None
                or any(
                    w.casefold() in NOT_PERSON_WORDS
                    or w.casefold() in NOT_NAMES
                    or w.casefold() in _PUBLICATION_WORDS
                    for w in words
                )
            ):
                continue
            whole = name.group()
            credit = whole[: whole.rfind(words[-1]) + len(words[-1])]
            credited.append(
                PersonMention(
                    start=name.start(),
                    end=name.start() + len(credit),
                    text=credit,
                    name=credit,
                    rule="credit",
                )
            )
    return credited


def description_mentions(text: str, lexicon: Lexicon, published: PartialDate | None) -> list[PersonMention]:
    """Descriptions ("the Russian leader"), bare offices ("the president") and plural descriptions ("the
    U.S. and Russian presidents"), in that order."""
    found = [
        mention
        for match in _DESCRIPTION.finditer(text)
        if (mention := _description(match, lexicon, published)) is not None
    ]
    for match in _BARE_OFFICE.finditer(text):
        end = match.end("role")
        found.append(
            PersonMention(
                start=match.start(),
                end=end,
                text=text[match.start() : end],
                title=" ".join(text[match.start("visiting" if match["visiting"] else "role") : end].split()),
                rule="description",
                possessive=match["poss"] is not None,
            )
        )
    if any(role in text for role in _PLURAL_ROLES):
        for match in _PLURAL_DESCRIPTION.finditer(text):
            found.extend(_plural_description(match, lexicon, published))
    if " of " in text:
        for match in _OFFICE_OF.finditer(text):
            mention = _office_of_country(match, lexicon)
            if mention is not None:
                found.append(mention)
    return found


_OFFICE_OF = re.compile(
    r"[Tt](?<!\w.)he\s+(?P<role>President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Amir|Sultan"
    r"|Crown\s+Prince)\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3})"
    r"(?!\s*,?\s*(?:(?:Mr|Mrs|Ms|Dr|Sheikh|Prince|King|His|Her)\b|[A-Z][\w'’-]+\s+[A-Z]))"
)
"""An office of a country with no name after it ("The Emir of Qatar contacts the King of Saudi Arabia"):
the person of that country holding it, as "the Qatari emir" would be."""


def _office_of_country(match: re.Match[str], lexicon: Lexicon) -> PersonMention | None:
    if _OF_BEFORE.search(match.string, max(0, match.start() - 25), match.start()):
        return None  # "the head of the office of the President of Turkey": whose office, not who speaks
    words = match["place"].split()
    for code, size in leading_countries(words, lexicon):  # the longest: "the United Arab Emirates"
        if size < len(words) and words[size] != "of" and words[size].casefold().rstrip(".,") not in NOT_NAMES:
            return None  # "the President of Kazakhstan Nursultan Nazarbaev": the title of the name after
        demonyms = DEMONYMS_OF.get(code)
        if demonyms:
            demonym = demonyms[0]
            end = match.end("place") - len(" ".join(words[size:])) - (1 if size < len(words) else 0)
            return PersonMention(
                start=match.start(),
                end=end,
                text=match.string[match.start() : end],
                title=f"{demonym} {' '.join(match['role'].split())}",
                rule="description",
            )
    return None


_OF_BEFORE = re.compile(r"\b(?:of|for|to)\s+\Z")


def _description(
    match: re.Match[str], lexicon: Lexicon, published: PartialDate | None
) -> PersonMention | None:
    """The person a description names; a country's name may stand for its nationality ("the Argentina
    president"), any other capitalised word is no description."""
    if match["dem"] is not None:
        country, demonym = DEMONYMS[match["dem"]], match["dem"]
    else:
        code = lexicon.country(match["place"])
        if code is None:
            return None
        country, demonym = code, DEMONYMS_OF.get(code, (match["place"],))[0]
    ids = lexicon.describe(country, ROLE_NOUNS[" ".join(match["role"].lower().split())], published)
    end = match.end("role")
    return PersonMention(
        start=match.start(),
        end=end,
        text=match.string[match.start() : end],
        leader=ids[0] if len(ids) == 1 else None,
        candidates=ids if len(ids) > 1 else (),
        title=f"{demonym} {match['role']}",
        rule="description",
        possessive=match["poss"] is not None,
    )


def _plural_description(
    match: re.Match[str], lexicon: Lexicon, published: PartialDate | None
) -> list[PersonMention]:
    """ "the U.S. and Russian presidents": one mention per country, each spanning the whole phrase."""
    role = " ".join(match["role"].split())[:-1]  # "presidents" -> "president"
    countries = []
    for group in ("1", "2"):
        if match["dem" + group] is not None:
            countries.append((DEMONYMS[match["dem" + group]], match["dem" + group]))
            continue
        code = lexicon.country(match["place" + group])
        if code is None:
            return []  # "the Kremlin and White House leaders": no country's
        countries.append((code, DEMONYMS_OF.get(code, (match["place" + group],))[0]))
    mentions = []
    for country, demonym in countries:
        ids = lexicon.describe(country, ROLE_NOUNS[role], published)
        mentions.append(
            PersonMention(
                start=match.start(),
                end=match.end(),
                text=match.group(),
                leader=ids[0] if len(ids) == 1 else None,
                candidates=ids if len(ids) > 1 else (),
                title=f"{demonym} {role}",
                rule="description",
            )
        )
    return mentions
