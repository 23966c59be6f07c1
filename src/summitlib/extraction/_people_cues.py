"""What the words around a capitalised word say of it: a title before it ("press secretary"), a
reporting or meeting verb, an apposition, "X of Zambia" ("and" joining it to a person: `_people_pairs`)."""

from __future__ import annotations

import functools
import re

from summitlib.extraction._lexicon import (
    CAPITALS,
    DEMONYMS,
    TITLE_WORDS,
    Lexicon,
    country_code,
    is_title_token,
)
from summitlib.extraction._outlets import MEDIA_BEFORE
from summitlib.extraction._people_lists import ASIDE, in_company, plural_title_alone
from summitlib.extraction._people_pairs import AND_NAME_AFTER, beside_a_person, in_a_pair, places_gone_to
from summitlib.extraction._people_roles import (
    APPOSITION,
    NAMED_AFTER_ROLE,
    OF_COUNTRY,
    OF_PLACE,
    OFFICE_OF_INSTITUTION,
    OWNER_ROLE,
    ROLE_AT_END,
    ROLE_OF,
    ROLE_RE,
    ROMANCE_DEMONYM_AT_END,
    kin_before,
)
from summitlib.extraction._people_tokens import (
    MONTH_ABBREVIATIONS,
    NOT_NAMES,
    Token,
    is_institution,
    keeps_dot,
)

SPEECH_AFTER = re.compile(
    r"(?!,\s+(?:said|says|added|told|noted|declared|wrote|replied|explained|insisted|warned|stressed)\s+"
    r"(?:[A-Z]|(?:the|a|an|his|her|their)\s))"  # "the scourge of HIV/Aids, said Kibaki": the speaker after
    r",?\s+(?:(?:had|has|have|also|then|later|earlier|again|himself|herself)\s+)?(?:[a-z]{3,}ly\s+)?"
    r"(?:said|says|told|tells|added|announced|declared|noted|wrote|tweeted|insisted|argued|warned|stressed"
    r"|expressed|posted|replied|urged|emphasi[sz]ed|praised|welcomed|congratulated|thanked|met|meets|hosted"
    r"|visited|arrived|spoke|greeted|invited|agreed|underlined|conveyed|briefed|pledged|sat|talked|travell?ed"
    r"|flew|called|phoned|telephoned|received|landed|returned|vowed|signed|hugged|embraced|shook|arrives"
    r"|phones|claimed|explained|responded|recalled|confirmed|denied|revealed"
    r"|(?:holds|held)\s+(?:talks|an?\s+(?:[\w-]+\s+){0,2}?(?:meeting|call|conversation|talks))"
    r"|had\s+an?\s+(?:[\w-]+\s+)?(?:(?:tele)?phone|video)\s+(?:call|conversation|talks))\b"
)


ADMINISTRATION_AFTER = re.compile(r"\s+administration\b")
"""A lower-case "administration" after one capitalised word: the leader it is named after ("the Obama
administration"); the agency's own name is capitalised ("the Food and Drug Administration")."""


_MEET_VERBS = """met meet meets meeting talks talked summit call spoke face-to-face sit-down one-on-one
    session conversation tête-à-tête hosted hosts received receives visited invited invites called phoned
    telephoned telephone phone greeted welcomed""".split()  # noqa: SIM905


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
    """A word or title ending in a role word ("minister", "spokesman", "Vice-President",
    "President-elect")."""
    return ROLE_AT_END.search(word) is not None


_BACK_STOP = frozenset(
    """the a an and or of by with to in on at as that which who whom is was were are be been has have had
    said told says from for but than into about after before during between against under over this
    these those its his her their our my your it he she they we when while where if then so also not no
    do does did can could would should will may might must""".split()  # noqa: SIM905
)


RELATION_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:(?:closest|close|top|trusted|longtime|long-time|late|eldest|youngest)\s+)?"
    r"(?:(?:left|right)-hand\s+man|wife|husband|widow|son|daughter|brother|sister|mother|father|confidant"
    r"|bodyguards?|predecessor|successor|personal\s+(?:physician|doctor|secretary|envoy))\b"
)
"""A tie only a person has, after one possessive word ("Castro's left-hand man", "Sadat's widow",
"Brezhnev's successor"): the word is a person's name (a country's "successor state" is plural-free
but the possessive of a country or capital is set aside before)."""


_BETWEEN = re.compile(r"\bbetween\s+\Z")
_BETWEEN_PAIR = re.compile(r"\bbetween\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\s+and\s+\Z")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|to|near|of)\s+\Z")


def lone_name(text: str, token: Token, lexicon: Lexicon, surnames: dict[str, str] | None = None) -> bool:
    """One capitalised word that a reporting verb follows ("Srettha said"), or a title before it
    ("prime minister Modi"), and that names no place, group or nationality."""
    if len(token.text) < 2 or is_institution(token) or lexicon.country(token.text) is not None:
        return False  # "M' Nixon": a letter is no name
    if token.text in DEMONYMS or token.text.casefold() in NOT_NAMES or token.text in CAPITALS:
        return False  # "Moscow hosted the talks": a capital
    if token.possessive:
        return (  # "Castro's left-hand man", not "the Pentagon's bodyguards"
            RELATION_AFTER.match(text, token.end) is not None
            and not text.endswith(("the ", "The "), 0, token.start)
        )
    if token.text.endswith("s") and (
        token.text[:-1] in DEMONYMS or lexicon.country(token.text[:-1]) is not None
    ):
        return False  # "the Soviets", "the two Koreas"
    if _PLACE_PREPOSITION.search(text[max(0, token.start - 6) : token.start]):
        return False  # "a press conference in Subang, said": a place
    if title_before(text, token.start)[0] is not None or kin_before(text, token.start):
        return True  # "prime minister Modi", "his wife Margaret"
    return (
        bool(SPEECH_AFTER.match(text, token.end))
        or bool(ADMINISTRATION_AFTER.match(text, token.end))
        or in_a_pair(text, token.start, token.end)
        or (surnames is not None and beside_a_person(text, token.start, token.end, surnames, lexicon))
        or after_meeting_verb(text, token.start, token.end)
    )


def after_meeting_verb(text: str, start: int, end: int) -> bool:
    """One word right after a meeting verb ("met Modi", "hosted Sharif"), and no place the text goes to."""
    word = text[start:end]
    verb = _meeting_verb_before(text, start)
    return (
        verb is not None
        and "\n\n" not in verb.group()  # "hold bilateral talks\n\nShare this article": a page's button
        and not _ON_AT_END.search(verb.group())
        and not word.isupper()
        and word not in CAPITALS
        and word not in DEMONYMS
        and word.rstrip(".").casefold() not in MONTH_ABBREVIATIONS
        and not _CAPITAL_NEXT.match(text, end)
        and not _ADJECTIVE_USE.match(text, end)
        and word not in places_gone_to(text)
    )


_ON_AT_END = re.compile(r"\bon\s+(?:the\s+)?\Z")
"""A meeting verb's "on" ("meet on Nov. 19"): a date follows, not a person; so does a place ("had met on the
Causeway")."""


_CAPITAL_NEXT = re.compile(r"[^\S\n][A-Z]")
"""A capitalised word next: the word is part of a longer name or phrase ("met the White House")."""


_ADJECTIVE_USE = re.compile(
    r"\s+(?!(?:on|in|at|and|or|for|to|with|last|this|next|the|a|who|during|after|before|since|as|when|while"
    r"|but|over|about|is|was|has|had|will|would|said|says|told|tells|meets|holds|hosts)\b)[a-z]+(?<!ed)\b"
)
"""A lowercase noun after the word ("meet Kashmiri separatist leaders"): an adjective, not a name."""


def role_word_before(text: str, start: int) -> bool:
    """A role word right before a capitalised word ("prime minister Modi", "spokesman Peskov")."""
    previous = _word_back(text, start)
    return previous is not None and "," not in previous[2] and _ends_in_role(previous[0])


_HONORIFICS = frozenset(
    """datuk dato dato' datin seri sri tun tan haji hj samdech techo akka moha sena thipadei padei h.e mr mrs
    ms dr eng prof madam mme monsieur shah""".split()  # noqa: SIM905
)
"""Honorifics written between an office and a name ("Prime Minister Datuk Seri Anwar Ibrahim", "Vice
President Mr. Abdel Halim Khaddam")."""


_PERSONAL = frozenset({"mr", "mrs", "ms", "madam", "mme", "monsieur", "messrs", "mahatma"})
"""Honorifics only people bear."""
_PERSONAL_BEFORE_FULL_NAMES = frozenset(
    {"dr", "miss", "prof", "sir", "dame", "hon", "excellenci", "datuk", "dato", "datin", "tun"}
)
"""Honorifics that mark a person only before a full name ("Dr. Yukio Hatoyama", not "Dr Pepper" or "Miss
World"): styles of address only people bear, folded ("Sir Winston Churchill", "Hon. Justin Tkatchenko", "His
Excellency Ratu Wiliame Katonivere", "Datuk Hussein Onn")."""


def _personal(honorific: str, words: int) -> bool:
    return honorific in _PERSONAL or (words >= 2 and honorific in _PERSONAL_BEFORE_FULL_NAMES)


_ROLE_ABBREVIATIONS = frozenset(
    {"PM", "Gen", "Gen."}
    | {f"{rank}." for rank in ("Sen", "Rep", "Gov", "Col", "Lt", "Maj", "Brig", "Capt", "Adm")}
)
"""Offices and ranks written short before a name ("Lao PM Sonexay Siphandone", "Gen Samson Mwathethe", "Sen.
John Kerry", "Maj. Gen. Pranowo"), compared as written."""


def _abbreviated_role(text: str, token: Token) -> bool:
    """An office written short, not a time of day ("at 10 PM Eastern Time")."""
    return (
        token.text in _ROLE_ABBREVIATIONS
        and not text[max(0, token.start - 3) : token.start].strip()[-1:].isdigit()
    )


def _without_honorifics(title: str) -> str:
    words = title.split()
    while words and words[-1].casefold() in _HONORIFICS:
        words.pop()
    return " ".join(words)


_ACRONYM = re.compile(r"[A-Z]{2,5}")
_REPORTS_AFTER = re.compile(r"\s+report(?:s|ed)\b")
"""A correspondent's verb after their name ("VOA's Heda Bayron reports"), one a news outlet's own name
takes as well ("Kyodo reported"): a person's cue only after an outlet's possessive."""


def is_person(text: str, tokens: list[Token], i: int, j: int) -> bool:
    if _PLACE_NOUN_AFTER.match(text, tokens[j - 1].end):
        return False  # "the President's Gettysburg farm": a place's name before what is there
    if MEDIA_BEFORE.search(text, max(0, tokens[i].start - 16), tokens[i].start):
        return False  # "the Communist Youth newspaper Juventud Rebelde said": the newspaper's name
    if plural_title_alone(text, tokens, i, j):
        return False  # "Colombian Presidents Mend Fences": a headline
    if j - i >= 2 and in_company(text, tokens, i, j):
        return True  # "Henry A. Kissinger", "leaders, including Golda Meir, Moshe Dayan and Yitzhak Rabin"
    k = i - 1
    while k > 0 and tokens[k].fold in _HONORIFICS:
        k -= 1
    if (
        i > 0
        and tokens[k].title
        and (
            _ends_in_role(tokens[k].text)
            or _personal(tokens[i - 1].fold, j - i)
            or _abbreviated_role(text, tokens[k])
        )
    ):
        return True  # "Foreign Minister Wang Yi", "Mr Vorster", "Ms. Pany Yathotou", "Dr. Yukio Hatoyama"
    if title_before(text, tokens[i].start)[0] is not None or kin_before(text, tokens[i].start):
        return True
    if j - i >= 2 and i > 0 and tokens[i - 1].possessive and country_code(tokens[i - 1].text) is not None:
        return True  # "Liberia's Ellen Johnson Sirleaf"
    if (
        j - i >= 2
        and i > 0
        and tokens[i - 1].possessive
        and _ACRONYM.fullmatch(tokens[i - 1].text)
        and _REPORTS_AFTER.match(text, tokens[j - 1].end)
    ):
        return True  # "VOA's Heda Bayron reports from Cebu": a news outlet's correspondent
    if (
        j - i >= 2
        and i > 1
        and tokens[i - 1].possessive
        and text[tokens[i - 2].end : tokens[i - 1].start] == " "
        and country_code(f"{tokens[i - 2].text} {tokens[i - 1].text}") is not None
    ):
        return True  # "South Africa's Jacob Zuma": a country of two words
    window = max(0, tokens[i].start - 60)
    if (
        text.find("(", window, tokens[i].start) != -1 or text.find("[", window, tokens[i].start) != -1
    ) and NAMED_AFTER_ROLE.search(
        text, window, tokens[i].start
    ):  # the role's parenthesis is looked for first: the search tries the role words at every offset
        return True  # "the Chinese Prime Minister (Chou En-lai)", "the Prime Minister (Mr Kakuei Tanaka)"
    if OFFICE_OF_INSTITUTION.search(text, max(0, tokens[i].start - 120), tokens[i].start):
        return True  # "President of the Senate Say Chhum", "Ambassador to Russia John Sullivan"
    if j - i >= 2 and text.find(",", max(0, tokens[i].start - 3), tokens[i].start) != -1:
        one = _ONE_OF_COUNTRY.search(text, max(0, tokens[i].start - 70), tokens[i].start)
        if one is not None and country_code(one["country"]) is not None:
            return True  # "the president of Chile, Gabriel Boric; the one from Argentina, Alberto Fernández"
    after = text[tokens[j - 1].end : tokens[j - 1].end + 90]
    if tokens[j - 1].possessive:
        return j - i >= 2 and bool(_LIFE_NOUN_AFTER.match(after))  # "following John Key's retirement"
    aside = ASIDE.match(after) if j - i >= 2 else None
    if (
        APPOSITION.match(after)
        or SPEECH_AFTER.match(after)
        or (aside and SPEECH_AFTER.match(after, aside.end()))
    ):
        return True  # "Abba Eban, in a book just published in the United States, confirmed"
    role = ROLE_OF.match(after) if j - i >= 2 else None
    if role is not None:
        of = OF_COUNTRY.match(after, role.end())
        if of is not None and country_code(of["country"]) is not None:
            return True  # "Felix Tshisekedi, President of the DRC": a name with its office set off
        if role["role"].islower():
            return True  # "Murphy Morobe, spokesman for the movement", "Gerrit Viljoen, minister of defence"
    if j - i >= 2 and OWNER_ROLE.match(after):
        return True  # "Sartaj Aziz, Sharif's advisor"
    if j - i >= 2 and _FIGURE_AFTER.match(after):
        return True  # "Simon Bolivar, a South American independence hero": a historical figure set off
    if j - i >= 2 and _AGE_AFTER.match(after):
        return True  # "Fernando Collor de Mello, 40, is Brazil's youngest-ever president"
    if _meeting_verb_before(text, tokens[i].start):
        return True  # "met with Xi Jinping", "hosted Olaf Scholz"
    if j - i >= 2 and any(
        i >= size
        and " ".join(t.text for t in tokens[i - size : i]) in DEMONYMS
        and _meeting_verb_before(text, tokens[i - size].start)
        for size in (1, 2)
    ):
        return True  # "had talks with South African Matamela Cyril Ramaphosa": a demonym, then the name
    if _BETWEEN_PAIR.search(text, max(0, tokens[i].start - 60), tokens[i].start) or (
        _BETWEEN.search(text, max(0, tokens[i].start - 10), tokens[i].start)
        and AND_NAME_AFTER.match(text, tokens[j - 1].end)
    ):
        return True  # "the summit between Nikita Khrushchev and Mao Tse-tung": the two named
    of = OF_COUNTRY.match(after)
    if of is not None and country_code(of["country"]) is not None:
        return True  # "Kenneth Kaunda of Zambia, Samora Machel of Mozambique": a leader and his country
    if j - i >= 2 and _in_country_list(text, tokens[i].start, after):
        return True  # "Alberto Fernandez (Argentina), Luis Arce (Bolivia) and Gabriel Boric (Chile)"
    if j - i >= 2 and (
        _FULL_NAME_VERB_AFTER.match(after)
        or _FULL_NAME_CUE_BEFORE.search(text, max(0, tokens[i].start - 40), tokens[i].start)
    ):
        return True  # "David Cameron decided", "thanked Kassym-Jomart Tokayev", "the arrival of Jacob Zuma"
    return in_a_pair(text, tokens[i].start, tokens[j - 1].end)


_COUNTRY_IN_BRACKETS = re.compile(
    r"[ \t]*\((?P<country>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})\)"
    r"(?P<next>,?[ \t]+(?:and[ \t]+)?[A-Z]|;)?"
)
"""A country in brackets right after a name, and the next entry of a list after it."""


def _in_country_list(text: str, start: int, after: str) -> bool:
    """A full name with its country in brackets, in a list of such entries ("presidents Alberto Fernandez
    (Argentina), Luis Arce (Bolivia), ... and Nicolas Maduro (Venezuela)"): a country written so after a
    name names whom that person stands for; the list (an entry before or after it) tells a leader from a
    place with its country ("Santa Marta (Colombia), where ...")."""
    bracket = _COUNTRY_IN_BRACKETS.match(after)
    if bracket is None or country_code(bracket["country"]) is None:
        return False
    return bracket["next"] is not None or text.endswith(("), ", "), and ", "); ", ") and "), 0, start)


_FIGURE_AFTER = re.compile(
    r",\s+(?:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){0,5}?(?:hero|heroine|icon|idol|liberator|martyr)\b"
)
"""A noun only people are called, set off after a full name ("Simón Bolívar, the hero of both countries'
independence", "Simon Bolivar, a South American independence hero")."""


_AGE_AFTER = re.compile(r",[ \t]+\d{2,3},[ \t]+[a-z]")
"""An age set off by commas after a full name, then a lower-case word ("Fernando Collor de Mello, 40, is"):
news copy gives a person's age so; a place's number is no age ("Route 66, ...")."""


_ONE_OF_COUNTRY = re.compile(
    r"\b(?:[Tt]he\s+one|[Tt]hat)\s+(?:from|of)\s+(?P<country>(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:(?:and|of)\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4}),\s+\Z"
)
"""An office left out and taken up again by "the one" or "that" with a country, then the holder's full name
set off by a comma: a list of leaders ("the president of Chile, Gabriel Boric; the one from Argentina,
Alberto Fernández; that of Bolivia, Luis Arce")."""


_LIFE_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:retirement|death|resignation|funeral|assassination|inauguration|presidency|premiership|wife|husband"
    r"|widow|son|daughter)\b"
)
"""A noun of a person's life after a possessive full name ("following John Key's retirement")."""
_FULL_NAME_VERB_AFTER = re.compile(
    r",?\s+(?:decided|disclosed|remarked|stated|acknowledged|admitted|observed|referred|described|asked|hoped"
    r"|suggested|proposed|promised|accused|critici[sz]ed|resigned"
    r"|(?:does|did)\s+not\s+(?:like|trust|know|believe|think|wish))\b"
)
"""A verb of a person's deeds or words right after a name of two words or more: its subject (a single
word such as "Congress decided" is left to the cues of lone names); a mind's verb denied ("John Foster
Dulles does not like me")."""
_FULL_NAME_CUE_BEFORE = re.compile(
    r"(?:\b(?:thanked|congratulated|praised|briefed|accompanied|succeeded|replaced|defeated|critici[sz]ed)"
    r"|\bthe\s+(?:[a-z]+\s+)?(?:arrival|death|election|resignation|funeral|assassination|ouster|inauguration|administration"
    r"|presidency|premiership|wife|son|daughter|husband|widow)\s+of"
    r"|\b(?:his|her|their)\s+(?:[a-z]+\s+){0,3}(?:predecessor|successor|mentor|rival|counterpart|ally|opponent),)"
    r"\s+\Z"
)
"""A verb whose object is a person, or a noun of a person's life and "of", right before a name of two words
or more ("thanked Kassym-Jomart Tokayev", "the arrival of David Cameron"); a
person's relation to someone named set off before the name ("his predecessor and mentor, Alvaro Uribe")."""


_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:farm|ranch|estate|residence|retreat|villa|compound|mansion|dacha|home|hometown|airport|hotel)\b"
)
"""A noun of a place right after a name: the name is the place's ("Gettysburg farm", "Camp David retreat")."""


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


def _office_of(text: str, start: int) -> bool:
    """A capitalised word after "<office> of" ("President of Russia")."""
    of = _word_back(text, start)
    if of is None or of[0] != "of" or "," in of[2]:
        return False
    office = _word_back(text, of[1])
    return office is not None and "," not in office[2] and _ends_in_role(office[0])


_APPOSITIVE_OPEN = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+)?\Z")
"""A comma before a title that a comma closes: the title is set off after another name."""
_PLACE_BEFORE_APPOSITIVE = re.compile(
    r"\b(?:in|at|from|to|near)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s+(?:(?:the|a|an|our|its|their)\s+)?"
    r"(?:[a-z-]+\s+)?\Z"
)
"""The same comma after a place ("Reporting from Bonn, our correspondent, Diana Goodman"): the title is the
name's that follows it."""


@functools.lru_cache(maxsize=65536)
def _names_a_role(title: str, suffixed: bool) -> bool:
    """Whether the words before a name are a title: they hold a role word and, unless title words of the
    name's own run follow them (``suffixed``), end in one once a trailing "of <Place>" and honorifics are
    set aside ("President of Russia", "Prime Minister Datuk Seri"). Titles recur: each is read once."""
    return ROLE_RE.search(title) is not None and (
        suffixed
        or ROLE_AT_END.search(ROMANCE_DEMONYM_AT_END.sub("", OF_PLACE.sub("", _without_honorifics(title))))
        is not None
    )


def title_before(text: str, start: int, suffix: tuple[str, ...] = ()) -> tuple[str | None, str | None, int]:
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
        if word.endswith(".") and not keeps_dot(word):
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
    if (
        words
        and comma_seen
        and _APPOSITIVE_OPEN.search(text, max(0, title_start - 20), title_start)
        and not _PLACE_BEFORE_APPOSITIVE.search(text, max(0, title_start - 60), title_start)
    ):
        words = []  # "Ruto, the new Kenyan president, Felix Tshisekedi": the title of the one before
    if words:
        title = " ".join(words)
        if _names_a_role(title, bool(suffix)):
            return title, owner, title_start
    if suffix:
        return " ".join(suffix), None, start
    return None, None, start
