"""The names of a cast: which earlier person a name stands for, and the ids and family names of new ones.

`named_before` finds the person named before whose name holds all the words of a name ("Xi" after "Xi
Jinping"), extends it ("Lula" of "Luiz Inácio Lula da Silva"), is the same name spelt otherwise ("Mahathir
Mohamad", "Mahathir Mohammad") or a short name for it ("Jokowi", "Joko Widodo"). `Entry` is a person of the
cast while it is built.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

import attrs

from summitlib.extraction._lexicon import NICKNAMES
from summitlib.extraction._text import fold_name
from summitlib.extraction._types import Cue

__all__ = [
    "NAME_PARTICLES",
    "Entry",
    "Named",
    "family_name",
    "family_name_first",
    "named_before",
    "nickname_of",
    "person_id",
    "short_names",
]

_FAMILY_FIRST = frozenset(
    """xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie
    song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren
    shen yao jin fu zhong wen bo mao qin kong bai hua chiang tsai lai ko kim lee park moon yoon roh chun choi
    jung kang cho lim shin oh seo kwon hwang ahn ban hong rhee nguyen tran le pham hoang phan vu vo dang bui
    do ho ngo duong ly hun goh lee""".split()  # noqa: SIM905
)
"""Family names that come first in the names of their bearers (Chinese, Korean, Vietnamese, Khmer)."""

NAME_PARTICLES = frozenset("bin ibn von van der den del della de da di du dos das le la al el arap".split())  # noqa: SIM905
"""Particles of names ("al" of "Hafez al-Assad", "de" of "Marcelo Rebelo de Sousa")."""


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
class Entry:
    """A person of the cast while it is built: the name they go by so far and what the text says of them."""

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
    """The set of ``tokens``, kept with them (``named_before`` compares it with every mention's)."""
    respelt: bool = attrs.field(init=False, default=False)
    """The name was written anew in another spelling ("Viktor Chernomyridin", then "Viktor Chernomyrdin"):
    the id is made again from the spelling kept once the cast is built."""

    def __attrs_post_init__(self) -> None:
        self.words = frozenset(self.tokens)

    def rename(self, name: str, tokens: list[str]) -> None:
        """A fuller name for this person ("Xi", then "Xi Jinping")."""
        self.name, self.tokens, self.words = name, tokens, frozenset(tokens)
        self.family = family_name(name, tokens)


def family_name(name: str, tokens: list[str]) -> str | None:
    words = [w for w in re.split(r"[\s]+", name.strip()) if w]
    if not tokens or not words:
        return None
    if family_name_first(tokens):
        return words[0]
    return words[-1] if len(words) == len(tokens) else tokens[-1].capitalize()


class Named:
    """The people of a cast in the order they were first named, found by the words of their names: a name
    is compared with the people who share a word with it, not with everyone named before (a text naming
    thousands of people would take time growing with their square)."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self._at: dict[int, int] = {}
        self._by_word: dict[str, list[int]] = {}
        self._by_variant: dict[str, list[int]] = {}
        self._always: list[int] = []  # no words, or a short name alone: every lookup tries them

    def add(self, entry: Entry) -> None:
        self._at[id(entry)] = len(self.entries)
        self.entries.append(entry)
        self.index(entry)

    def index(self, entry: Entry) -> None:
        """File ``entry`` under the words of its name, again after it is renamed (the keys of its older
        name stay: every lookup tests the names it finds)."""
        at = self._at[id(entry)]
        if not entry.words or (len(entry.tokens) == 1 and entry.tokens[0] in short_names()):
            self._always.append(at)
        for word in entry.words:
            self._by_word.setdefault(word, []).append(at)
        if entry.tokens:
            for variant in _variants(entry.tokens[-1]):
                self._by_variant.setdefault(variant, []).append(at)

    def with_words(self, words: Iterable[str]) -> list[Entry]:
        """The people, in the order they were first named, whose names share a word with ``words`` (and
        those every lookup tries)."""
        found = set(self._always)
        for word in words:
            found.update(self._by_word.get(word, ()))
        return [self.entries[at] for at in sorted(found)]

    def spelt_near(self, word: str) -> list[Entry]:
        """The people whose last word may be ``word`` with one letter changed, added, dropped, or two
        neighbours swapped (they share a form with one letter dropped)."""
        found: set[int] = set()
        for variant in _variants(word):
            found.update(self._by_variant.get(variant, ()))
        return [self.entries[at] for at in sorted(found)]


def _variants(word: str) -> set[str]:
    """``word`` and its forms with one letter dropped."""
    return {word} | {word[:k] + word[k + 1 :] for k in range(len(word))}


def named_before(tokens: list[str], named: Named) -> Entry | None:
    """The most recently named person whose name holds all of ``tokens`` (or the other way round), or
    whose name a short name stands for ("Jokowi", "Joko Widodo")."""
    wanted = set(tokens)
    short = short_names()
    stands_for = short.get(tokens[0]) if len(tokens) == 1 else None
    reach = wanted.union(stands_for or ())
    best: Entry | None = None
    for entry in named.with_words(reach) if wanted else named.entries:
        have = entry.words
        if (
            wanted
            and have
            and have.isdisjoint(reach)
            and (len(entry.tokens) != 1 or entry.tokens[0] not in short)
        ):  # no word of the name or of the one it is short for, no short name itself: no test below holds
            continue
        same = (
            wanted <= have
            or (have <= wanted and _compatible(entry.tokens, tokens))
            or nickname_of(tokens, entry.tokens)
            or nickname_of(entry.tokens, tokens)
            or _spelt_otherwise(entry.tokens, tokens)
            or _but_particles(entry.tokens, tokens)
        )
        if same and (best is None or entry.last_seen > best.last_seen):
            best = entry
    if best is None:
        # "E. G. Whitlam" after "Mr Whitlam", "M. Houphouet-Boigny": initials add no name to a family name
        alike = [
            e
            for e in named.with_words(tokens)  # one initialled name ends with the other's family name
            if _initials_of(tokens, e.tokens) or _initials_of(e.tokens, tokens)
        ]
        if len({id(e) for e in alike}) == 1:
            best = alike[0]
    if best is None and len(tokens) == 1 and len(tokens[0]) >= _MISSPELT_LENGTH:
        # "Sarkosy" after "Nicolas Sarkozy", "Moediono" after "Moerdiono": a family name misspelt once
        alike = [e for e in named.spelt_near(tokens[0]) if e.tokens and _misspelt(tokens[0], e.tokens[-1])]
        if len({id(e) for e in alike}) == 1:
            best = alike[0]
    return best


def _initials_of(short: list[str], full: list[str]) -> bool:
    """Whether folded ``short`` is initials before the last words of ``full`` ("e g whitlam" of "smr
    whitlam", "m houphouet boigni" of "felix houphouet boigni"), where ``full`` has no other initials ("h w
    bush" is not "george w bush")."""
    if not short or len(short[0]) > 1:
        return False  # no initial first: most names, spared the scan below
    initials = next((k for k, word in enumerate(short) if len(word) > 1), 0)
    if not initials:
        return False
    family = short[initials:]
    theirs = [word for word in full if len(word) == 1]
    return (
        len(full) > len(family)
        and full[-len(family) :] == family
        and (not theirs or theirs == short[:initials])
    )


_MISSPELT_LENGTH = 6
"""The shortest family name a word one letter apart from is taken for (shorter ones are other names)."""


def _misspelt(a: str, b: str) -> bool:
    """Two long words one letter apart or with two neighbouring letters swapped ("houphouet-biogny",
    "houphouet-boigny")."""
    if a == b or min(len(a), len(b)) < _MISSPELT_LENGTH:
        return False
    if _one_letter_apart(a, b):
        return True
    if len(a) != len(b):
        return False
    differ = [k for k in range(len(a)) if a[k] != b[k]]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and a[differ[0]] == b[differ[1]]
        and a[differ[1]] == b[differ[0]]
    )


def _spelt_otherwise(first: list[str], second: list[str]) -> bool:
    """The same full name spelt two ways ("Mahathir Mohamad", "Mahathir Mohammad"): as many words, the first
    the same, each other the same or one letter doubled, dropped or changed in a word of five or more; a
    first word written short two ways ("M Abdul Hamid", "Md. Abdul Hamid") before the same family name."""
    return (
        len(first) == len(second) >= 2
        and (first[0] == second[0] or (_short_forms(first[0], second[0]) and first[-1] == second[-1]))
        and all(
            a == b or (min(len(a), len(b)) >= 5 and _one_letter_apart(a, b)) or _misspelt(a, b)
            for a, b in zip(first[1:], second[1:], strict=True)
        )
    )


def _but_particles(first: list[str], second: list[str]) -> bool:
    """The same name of two words or more, one with a particle the other leaves out ("Abdel Fattah Sisi",
    "Abdel Fattah Al Sisi")."""
    if len(first) == len(second):
        return False
    bare = [word for word in first if word not in NAME_PARTICLES]
    return len(bare) >= 2 and bare == [word for word in second if word not in NAME_PARTICLES]


def _short_forms(a: str, b: str) -> bool:
    """Two short forms of one first name: an initial and an abbreviation of it ("m", "md")."""
    return a[:1] == b[:1] and min(len(a), len(b)) == 1 and max(len(a), len(b)) <= 3


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


def nickname_of(short: list[str], full: list[str]) -> bool:
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
    "Nicolás Maduro Moros"), or its first and last with a middle name between ("Rodrigo Duterte" of
    "Rodrigo Roa Duterte"); never the name after "bin", which is the father's."""
    if len(shorter) != 1:  # "Nicolás Maduro" of "Nicolás Maduro Moros": a second family name added
        return len(longer) > len(shorter) and (
            shorter in (longer[-len(shorter) :], longer[: len(shorter)])
            or (len(shorter) == 2 and shorter == [longer[0], longer[-1]])
        )
    word = shorter[0]
    if word == longer[0]:
        return True
    at = len(longer) - 1 - longer[::-1].index(word) if word in longer else -1
    if at <= 0 or longer[at - 1] in _PATRONYMIC:
        return False  # "Abdullah" is not "Al Hussein bin Abdullah II": the father's name
    return at == len(longer) - 1 or (len(word) >= 3 and word not in NAME_PARTICLES)
