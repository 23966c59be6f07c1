"""Tokens of capitalised runs: the run and token patterns, what a word is (a title, part of a name, a
place or institution), and each distinct run cut into tokens once per text."""

from __future__ import annotations

import collections
import functools
import re

import attrs

from summitlib.extraction._lexicon import ROMANCE_TITLES, TITLE_WORDS, Lexicon, country_code, is_title_token
from summitlib.extraction._text import fold_name

_PARTICLE = (
    r"(?:(?:al|el|bin|ben|ibn|von|van|der|de|da|di|du|le|la|arap|ul|ud)[- ]"
    rf"(?!(?:{'|'.join(ROMANCE_TITLES)}|President|Premier)\b))"
)
"""A particle of a name ("el-Sisi", "de Sousa"), not the article before a title ("el Presidente Piñera")."""


_CAPITAL = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
"""Capital letters, with the accented ones of Latin scripts ("Çavuşoğlu", "Ángel"), for character classes."""


_TOKEN = (
    rf"{_PARTICLE}*[{_CAPITAL}][\w'’]*(?:\.(?!(?<=[a-z]{{2}}\.)[A-Z][a-z])[\w'’]*)*"
    rf"(?:-[a-z]{{1,4}}\b(?![’'-]\w{{2,}})|-(?:[Ee]lect|[Dd]esignate)\b)?"
)
"""A capitalised word, its dots kept ("U.S.", "Mr.") save a full stop run into the next sentence ("Iraq.").
Its letters are one loop between dots (a dot goes unless it ends two small letters and a capitalised word
follows), not a choice at each character: the same matches, a third faster over a text."""


_NICKNAME = r"[ \u00a0](?:[“\"][A-Z][a-z]+[”\"]|[‘'][A-Z][a-z]+[’'])(?=[ \u00a0][A-Z])"
"""A quoted nickname inside a name ("Ferdinand “Bongbong” Marcos Jr.", "Ferdinand 'Bongbong' Marcos Jr."):
a word of its run."""
_GLUED_STOP = r"(?<![\w'’@#-])(?<!(?<![a-z]{2})\.)"
"""Not inside a word, nor after its dot, save a sentence's full stop with no space after it ("in Syria and
Iraq.Hollande said": a scraped text's paragraphs run together; "U.S.", "Reuters.com" stay whole)."""
RUN = re.compile(
    rf"(?=[{_CAPITAL}aelbivd]){_GLUED_STOP}{_TOKEN}(?:(?:[ \u00a0]|-[ ]?| -(?=[A-Z])){_TOKEN}|{_NICKNAME})*"
)
"""A run of capitalised words, joined by spaces or hyphens, a space on either side of a hyphen allowed
("Hussein- Peres", a typed "Akufo -Addo" before a capital)."""


_TOKENS = re.compile(_TOKEN)
_OFFICE_SUFFIXES = frozenset({"elect", "designate"})
"""What a title keeps after its hyphen ("President-elect"), where "Putin-led" is the name alone."""


MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()  # noqa: SIM905
)
"""The months' names, folded."""
NOT_NAMES = MONTH_NAMES | frozenset(
    """the a an in on at but and or then this that these those it its he she they we i you his her their our
    what when where why how who while after before since as if still so for with from by of to read
    follow comment join there here not no yes every each all both some many most more first last next
    one two monday tuesday wednesday thursday friday saturday sunday god although though despite because
    meanwhile however during until unless whether recently finally separately earlier later previously
    additionally similarly moreover initially eventually notably reportedly officially publicly
    privately ultimately subsequently currently instead today yesterday tomorrow tonight will would
    could should can did does do is are was were has have had shall must indo pak sino anglo franco
    russo turco italo greco afro euro austro hispano luso nippo between among amid against without
    within about over under into upon says say being having neither either nor three four five six seven
    eight nine ten eleven twelve several""".split()  # noqa: SIM905
)
"""Words that are no names, among them the combining forms of nationalities ("the Indo-Pak summit"), and
words that open a phrase before a name but never a name ("Neither Kabila nor ...", "Three Latin American
presidents")."""


@attrs.define
class Token:
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


_WORD = re.compile(rf"[{_CAPITAL}](?<![\w'’-].)(?<!(?<![a-z]{{2}})\..)[\w'’-]*")
"""A capitalised word not inside another (checked after the capital, so the scan skips to capitals)."""


NOT_PERSON_WORDS = frozenset(
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
    cabinet residence presidential government meeting meetings conference dialogue talks leadership senate
    peace revolution york jersey hampshire orleans credit credits content newsletter subscribe advertisement
    sponsored camp lounge xinhua tass yonhap kyodo bernama interfax sputnik irna wion república republica
    economía economia presidência presidencia ministério ministerio directorate secretariat bureau archive
    archives library museum international administration tribune herald gazette chronicle telegraph desk
    days puerto port community mission industries presidency call visit trip readout league trust statement
    communique communiqué declaration typhoon hurricane cyclone storm twitter facebook instagram youtube
    tiktok source authority corridor delegation delegations organ transcript transcripts summits retreat
    front quartet building airforce""".split()  # noqa: SIM905
)


def is_institution(token: Token) -> bool:
    """A word of places, institutions and groups ("Ministry", "Day"), compared as written: folding
    would make "Dai" of "Tran Dai Quang" the word "day"."""
    return token.text.casefold() in NOT_PERSON_WORDS


MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())  # noqa: SIM905


def word_counts(text: str) -> dict[str, int]:
    """How often each capitalised word stands in the text, as written (possessives apart)."""
    return collections.Counter(_WORD.findall(text))


def uses(words: dict[str, int], word: str) -> int:
    """How often ``word`` stands alone in the text, possessives included."""
    return words.get(word, 0) + words.get(f"{word}'s", 0) + words.get(f"{word}’s", 0)


def _known_word(word: str, lexicon: Lexicon) -> bool:
    key = fold_name(word)
    return key in lexicon.first_tokens or key in lexicon.surnames


_GLUED_TITLE = re.compile(r"(?<=[a-z])(?:Prime|President|Minister|Chancellor|King|Premier|Secretary)\b")


Shape = tuple[int, int, str, str, bool, bool, bool, bool, bool]
"""A token of a run as ``Token``'s fields, its offsets counted from the run's start."""


def run_tokens(run: re.Match[str], lexicon: Lexicon, shapes: dict[str, list[Shape]]) -> list[Token]:
    """The tokens of ``run``; each distinct run of the text is cut into tokens once (``shapes``)."""
    whole = run.group()
    shape = shapes.get(whole)
    if shape is None:
        shape = shapes[whole] = _shape(whole, lexicon)
    base = run.start()
    return [
        Token(base + a, base + b, raw, fold, own, title, name, stop, thing)
        for a, b, raw, fold, own, title, name, stop, thing in shape
    ]


def _shape(whole: str, lexicon: Lexicon) -> list[Shape]:
    shape: list[Shape] = []
    glued_anywhere = _GLUED_TITLE.search(whole) is not None  # a token holds one only if the run does
    if not glued_anywhere and whole.isalpha():  # one word of letters only: one token, as it stands
        fold, title, name_like, thing = _analyse(whole)
        return [(0, len(whole), whole, fold, False, title, name_like, False, thing)]
    previous: Shape | None = None
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
        if (
            dash
            and tail.islower()
            and tail not in _OFFICE_SUFFIXES
            and head[-1:].isalpha()
            and _known_word(head, lexicon)
        ):
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
            not keeps_dot(raw)
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


def _names_across(shape: list[Shape]) -> list[Shape]:
    """Words that a name on their sides makes part of it: an initial without its dot ("foreign
    secretary S Jaishankar") and a title inside a name ("Hassan Sheikh Mohamud")."""
    if len(shape) < 2:
        return shape  # a word alone has no sides
    for index in range(len(shape) - 1):
        word, after = shape[index], shape[index + 1]
        if len(word[2]) == 1 and word[2].isupper() and after[6] and not word[7]:
            shape[index] = (*word[:6], True, *word[7:])
    for index in range(len(shape) - 2, -1, -1):  # from the end: "B. J. Habibie", "J." first
        word, after = shape[index], shape[index + 1]
        if (
            not word[6]
            and not word[7]
            and after[6]
            and not after[5]
            and (index == 0 or not shape[index - 1][6])
            and (
                _DOTTED_INITIALS.fullmatch(word[2])
                or (
                    _INITIALS.fullmatch(word[2])
                    and word[3] not in TITLE_WORDS  # "Lao PM Sonexay Siphandone": an office, no initials
                    and word[2] != "HE"  # "President HE Md. Abdul Hamid": His Excellency
                    and index + 2 < len(shape)
                    and shape[index + 2][6]
                )
            )
            and country_code(word[2]) is None
        ):  # "K.P. Sharma Oli", "F.W. de Klerk", "PV Narasimha Rao": initials before a name; not "U.S."
            shape[index] = (*word[:5], False, True, *word[7:])
    for index in range(1, len(shape)):  # "King Mohamed VI", "Abdullah II": a regnal number ends the name
        before, word = shape[index - 1], shape[index]
        if word[2] in _REGNAL and before[6] and not before[7]:
            shape[index] = (*word[:6], True, *word[7:])
    for index in range(1, len(shape) - 1):
        before, word, after = shape[index - 1], shape[index], shape[index + 1]
        if word[3] in _NAME_TITLES and before[6] and not (before[4] or before[7] or before[8]) and after[6]:
            shape[index] = (*word[:5], False, True, *word[7:])
    for index in range(1, len(shape)):  # "Geoffrey York": a family name, where "New York" is a place
        before, word = shape[index - 1], shape[index]
        if word[2] in _AFTER_NEW and before[2] != "New" and before[6] and not (before[4] or before[7]):
            shape[index] = (*word[:8], False)
    return shape


_AFTER_NEW = frozenset({"York", "Jersey", "Hampshire", "Orleans"})
"""Place words only after "New" ("New York"): after a first name they are a family name ("Geoffrey York")."""


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")
_INITIALS = re.compile(r"[A-Z]{2}")
"""Two initials without dots, which a name of two words must follow ("KP Sharma Oli"; not "US Biden")."""


_REGNAL = frozenset({"I", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"})
"""Regnal numbers, compared as written."""


_NAME_TITLES = frozenset({"sheikh", "sultan", "shah", "tan", "tun"})
"""Titles that are also parts of names when a name stands on both sides ("Hassan Sheikh Mohamud", "Nguyen
Tan Dung", "Najib Tun Razak"; "Tan Sri" and "Tun Dr" after an office stay honorifics)."""


def one_word(word: str) -> tuple[str, bool, bool, bool] | None:
    """The one token that a run of one word of letters is cut into, as ``_analyse`` reads it (fold,
    title, name-like, thing), or None when the run is not that (no letters only, a glued title)."""
    if not word.isalpha() or _GLUED_TITLE.search(word) is not None:
        return None
    return _analyse(word)


@functools.lru_cache(maxsize=65536)
def _analyse(raw: str) -> tuple[str, bool, bool, bool]:
    """A token's folded form, whether it is a title word, whether it could be part of a name, and
    whether it names a place, an institution or a thing ("Lake", "China-Australia")."""
    fold, title = fold_name(raw), is_title_token(raw)
    name_like = (
        not title
        and raw.casefold() not in NOT_NAMES
        and _LEADING_PARTICLES.sub("", raw)[:1].isupper()
        and not raw.isupper()
        and not any(c.isdigit() for c in raw)
        and _LEANING.fullmatch(raw) is None
    )
    thing = raw.casefold() in NOT_PERSON_WORDS or any(
        country_code(part) is not None for part in (raw, *raw.split("-"), _LEADING_PARTICLES.sub("", raw))
    )  # "da Argentina" is the country, as in "os presidentes da Argentina e do Brasil"
    return fold, title, name_like, thing


_LEANING = re.compile(r"[A-Z][a-z]+-(?:left|right|wing|leaning|backed|born|based)|[A-Z][a-z]{3,}ists?")
"""A word of politics, not of a name: "Center-left", "Kremlin-backed", "Peronist", "Islamists"."""


_DOTTED = re.compile(
    r"(?:[A-Z]\.)+[A-Z]?\.?|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Brig|Capt|Adm|Cmdr|Sgt|Messrs|Md|Mohd|Eng|Hon)\."
)


_TITLE_ABBREVIATION = re.compile(r"(?:Sen|Rep|Gov|Gen|Col|Lt|Maj|Brig|Capt|Adm|Cmdr|Sgt|Hon)\.")


def keeps_dot(raw: str) -> bool:
    return _DOTTED.fullmatch(raw) is not None


_LEADING_PARTICLES = re.compile(rf"^{_PARTICLE}+")
