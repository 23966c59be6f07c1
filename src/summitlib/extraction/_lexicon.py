"""What extraction knows before it reads: the corpus's names, issues, countries and roles, indexed once."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources

from summitlib._countries import ALL_COUNTRIES
from summitlib.dates import PartialDate
from summitlib.extraction._text import first_chars, fold_name, trie_pattern
from summitlib.model import Issue, Leader, RoleKind
from summitlib.records import Records

__all__ = [
    "BLOCS",
    "CAPITALS",
    "DEMONYMS",
    "DEMONYMS_OF",
    "NICKNAMES",
    "TITLE_WORDS",
    "Lexicon",
    "country_code",
    "leading_countries",
]


def _read_table(name: str) -> dict[str, str]:
    """A two-column tab-separated table of ``_data`` (``#`` starts a comment line)."""
    data = resources.files("summitlib").joinpath("_data", name).read_text(encoding="utf-8")
    rows = (line.split("\t") for line in data.splitlines() if line.strip() and not line.startswith("#"))
    return dict(rows)


DEMONYMS: dict[str, str] = _read_table("demonyms.tsv")
"""Nationality adjectives (as written) to alpha-3 codes, for role descriptions like "the Russian leader"."""
DEMONYMS_OF: dict[str, tuple[str, ...]] = {
    code: tuple(name for name, of in DEMONYMS.items() if of == code)
    for code in dict.fromkeys(DEMONYMS.values())
}
"""Each country's nationality adjectives, in the table's order ("QAT" -> ("Qatari",))."""


CAPITALS: dict[str, str] = _read_table("capitals.tsv")
"""Capitals as news copy names them ("New Delhi", "Phnom Penh") to alpha-3 codes: a visit to a capital is a
visit to its country."""
NICKNAMES: dict[str, str] = _read_table("nicknames.tsv")
"""Short names news copy uses for leaders ("Jokowi", "AMLO") and the full names they stand for."""
BLOCS: dict[str, frozenset[str]] = {
    name: frozenset(codes.split())
    for names, codes in _read_table("blocs.tsv").items()
    for name in names.split()
}
"""Groups of countries news copy names its leaders by ("G7 leaders", "the GCC leaders", "Kremlin leaders"),
keyed by each of their lower-cased names (spaces as hyphens), to their members' alpha-3 codes."""

ROLE_NOUNS: dict[str, frozenset[RoleKind]] = {
    "president": frozenset({RoleKind.HEAD_OF_STATE}),
    "leader": frozenset({RoleKind.HEAD_OF_STATE, RoleKind.HEAD_OF_GOVERNMENT}),
    "head of state": frozenset({RoleKind.HEAD_OF_STATE}),
    "counterpart": frozenset({RoleKind.HEAD_OF_STATE, RoleKind.HEAD_OF_GOVERNMENT}),
    "prime minister": frozenset({RoleKind.HEAD_OF_GOVERNMENT}),
    "premier": frozenset({RoleKind.HEAD_OF_GOVERNMENT}),
    "pm": frozenset({RoleKind.HEAD_OF_GOVERNMENT}),
    "king": frozenset({RoleKind.HEAD_OF_STATE}),
    "queen": frozenset({RoleKind.HEAD_OF_STATE}),
    "monarch": frozenset({RoleKind.HEAD_OF_STATE}),
    "emir": frozenset({RoleKind.HEAD_OF_STATE}),
    "crown prince": frozenset({RoleKind.OTHER}),
    "chancellor": frozenset({RoleKind.HEAD_OF_GOVERNMENT}),
    "foreign minister": frozenset({RoleKind.FOREIGN_MINISTER}),
    "top diplomat": frozenset({RoleKind.FOREIGN_MINISTER}),
}
"""Role nouns of descriptions and the kinds of office they denote."""

ROMANCE_TITLES = (
    "Presidente",
    "Presidenta",
    "Président",
    "Présidente",
    "Primer",
    "Primera",
    "Ministro",
    "Ministra",
    "Ministre",
    "Canciller",
    "Rey",
    "Reina",
    "Roi",
    "Secretario",
    "Secretaria",
    "Jefe",
    "Senador",
    "Senadora",
    "Diputado",
    "Diputada",
)
"""Titles of Spanish, Portuguese and French copy ("el Presidente Sebastián Piñera"): words of a title, and
never a name particle's word ("el", "la" before them are articles)."""

TITLE_WORDS = frozenset(
    """mr mrs ms miss dr sir dame madam president presidents vice minister ministers prime premier
    chancellor secretary secretaries state foreign defense defence interior finance affairs press
    spokesman spokeswoman spokesperson adviser advisor advisers ambassador envoy special representative
    chairman chairwoman chair chief leader leaders king queen prince princess sheikh emir crown general
    gen sen senator rep gov governor lady first former then deputy lead top senior acting director
    counselor counsellor aide official officials diplomat correspondent commander premier pope supreme
    national security council house congressman congresswoman speaker majority minority campaign manager
    partner lawyer attorney justice judge mayor chancellor-elect president-elect premier-elect
    minister-designate
    president-designate premier-designate chancellor-designate sultan shah ayatollah
    taoiseach amir marshal admiral cardinal archbishop imam excellency majesty highness samdech techo akka
    moha sena padei thipadei messrs h.e comrade datuk dato seri sri tun tan haji hj amb ambassador pres
    vice-president vice-premier secretary-general pm lower upper rt hon honourable honorable coordinator
    communications economy commerce agriculture energy health education labour industry nsa eam fm ceo mp
    eng emperor empress commissioner commissioners staff writer mahatma col lt maj brig capt adm cmdr sgt
    chairperson colonel lieutenant brigadier captain viceroy monsieur resident
    of to for the and at""".split()  # noqa: SIM905
) | frozenset(title.casefold() for title in ROMANCE_TITLES)
"""Folded words that may make up a title ("U.S. Secretary of State") but never a name."""

DEMONYM_WORDS = frozenset(w for k in DEMONYMS for w in k.split())

_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,}\Z")
"""All-capital abbreviations ("U.S.", "ISIS", "JIM"): matched case-sensitively, never as titles' words."""

_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s\Z")
"""The plural of an abbreviation ("the two PMs", "MPs"): a title's word, never a name."""


class Lexicon:
    """Indexes built once from a corpus: names, surnames, role descriptions and issue keywords.

    Args:
        records: the corpus content (leaders and issues are used).
    """

    def __init__(self, records: Records) -> None:
        self.leaders: dict[str, Leader] = {x.id: x for x in records.leaders}
        names: dict[str, set[str]] = defaultdict(set)
        surnames: dict[str, set[str]] = defaultdict(set)
        for leader in records.leaders:
            for name in leader.names:
                key = _strip_titles(fold_name(name))
                if key:
                    names[key].add(leader.id)
            tokens = _strip_titles(fold_name(leader.name)).split()
            if len(tokens) >= 2 and len(tokens[-1]) >= 3:
                surnames[tokens[-1]].add(leader.id)
        self.names = {k: tuple(sorted(v)) for k, v in names.items()}
        self.surnames = {k: tuple(sorted(v)) for k, v in surnames.items() if k not in self.names}
        self.first_tokens = frozenset(k.split()[0] for k in self.names)
        self.max_tokens = max((len(k.split()) for k in self.names), default=1)
        self.issues: dict[str, Issue] = {x.id: x for x in records.issues}
        keywords: dict[str, set[str]] = defaultdict(set)
        for issue in records.issues:
            for word in (issue.name, *issue.aliases):
                keywords[_fold_keyword(word)].add(issue.id)
        self.issue_keywords = {k: tuple(sorted(v)) for k, v in keywords.items() if k}
        acronyms: dict[str, set[str]] = defaultdict(set)
        for issue in records.issues:
            for word in (issue.name, *issue.aliases):
                if _ACRONYM.fullmatch(word):
                    acronyms[word].add(issue.id)
        self.issue_acronyms = {k: tuple(sorted(v)) for k, v in acronyms.items()}
        words = [
            k for k in self.issue_keywords if not _ACRONYM.fullmatch(k.upper()) or k.upper() not in acronyms
        ]
        self._issue_words = words
        self.issue_pattern_lowered = _lowered_word_pattern(words)
        """``issue_pattern`` for the lower-cased text (``_anchors.lowered``), or None."""
        self.acronym_pattern = _word_pattern(list(self.issue_acronyms), 0)
        self.countries = {name.casefold(): code for code, name in ALL_COUNTRIES.items()}

    @functools.cached_property
    def issue_pattern(self) -> re.Pattern[str]:
        """The issues' names and aliases, case ignored, as whole words; compiled when first needed (a text
        with a letter that does not lower as ``re`` folds it, or ``issue_pattern_lowered`` None)."""
        return _word_pattern(self._issue_words, re.IGNORECASE)

    def country(self, name: str) -> str | None:
        """The alpha-3 code of a country name, official or common ("Russia", "Viet Nam", "Britain")."""
        return country_code(name)

    def lookup_name(self, key: str) -> tuple[str, ...]:
        """Ids whose full name or alias folds to ``key``."""
        return self.names.get(key, ())

    def describe(self, country: str, kinds: Iterable[RoleKind], on: PartialDate | None) -> tuple[str, ...]:
        """Ids of leaders of ``country`` holding an office of ``kinds`` (on ``on``, when given)."""
        wanted = frozenset(kinds)
        found = []
        for leader in self.leaders.values():
            for role in leader.roles:
                role_country = role.country or leader.country
                if role.kind in wanted and role_country == country and (on is None or role.active_on(on)):
                    found.append(leader.id)
                    break
        return tuple(sorted(found))


def leading_countries(words: list[str], lexicon: Lexicon) -> Iterator[tuple[str, int]]:
    """The countries the first words of ``words`` name, longest first, with how many words name each
    ("United Arab Emirates and" -> ("ARE", 3)); a trailing full stop or comma is no part of a name."""
    for size in range(len(words), 0, -1):
        country = lexicon.country(" ".join(words[:size]).rstrip(".,"))
        if country is not None:
            yield country, size


@functools.lru_cache(maxsize=65536)
def country_code(name: str) -> str | None:
    """The alpha-3 code of a country name (``Lexicon.country``), remembered per word: people ask it of
    every capitalised word, often the same."""
    from summitlib._countries import _key, _names

    return _names().get(_key(name))


def _word_pattern(words: list[str], flags: int) -> re.Pattern[str]:
    return re.compile(_word_source(words, ignore_case=bool(flags & re.IGNORECASE)), flags)


def _word_source(words: list[str], *, ignore_case: bool) -> str:
    pattern = trie_pattern(sorted(words, key=len, reverse=True))
    guard = first_chars(words, ignore_case=ignore_case) if words else ""
    return rf"{guard}(?<![\w-])(?:{pattern})(?![\w-])"


def _lowered_word_pattern(words: list[str]) -> re.Pattern[str] | None:
    """What ``_word_pattern(words, re.IGNORECASE)`` finds, found on the lower-cased text twice as fast: its
    :func:`~summitlib.extraction._pattern_forms.folded` form (the words are lower-cased already, so that is
    the case-sensitive pattern of the words) with a ``\\b`` first, which fails at once inside a word (every
    match starts at a word boundary, as every word starts with a word character and none follows a word
    character). None when a word is not ASCII (``re`` ignores case between some letters, such as σ and ς,
    that ``str.lower`` keeps apart), not lower-cased or starts otherwise."""
    if not words or not all(w.isascii() and w == w.lower() and _WORD_START.match(w) for w in words):
        return None
    return re.compile(rf"\b{_word_source(words, ignore_case=False)}")


_WORD_START = re.compile(r"\w")


def _strip_titles(key: str) -> str:
    tokens = key.split()
    while tokens and tokens[0] in {"mr", "mrs", "ms", "dr", "sir", "president", "the"}:
        tokens.pop(0)
    return " ".join(tokens)


def _fold_keyword(word: str) -> str:
    return " ".join(word.casefold().split())


@functools.lru_cache(maxsize=65536)
def is_title_token(token: str) -> bool:
    """True for a capitalised word that belongs to a title or nationality, not to a name."""
    key = token.casefold().rstrip(".")
    if key in _DOTTED_TITLES and not token.endswith("."):
        return False  # "Sen." is a senator, "Hun Sen" a name
    return (
        key in TITLE_WORDS
        or token in DEMONYM_WORDS
        or _ACRONYM.match(token) is not None
        or _PLURAL_ACRONYM.match(token) is not None
    )


_DOTTED_TITLES = frozenset({"sen"})
"""Titles that are also names ("Sen." is a senator, "Hun Sen" a name): titles only with their dot."""

EMPTY = Records()
