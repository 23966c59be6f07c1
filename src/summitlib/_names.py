"""Name normalisation and the name indexes behind look-ups.

A reader types "Putin's", "President Putin", "Mr. Putin" or "vladimir putin" and means the same person.
[`normalise`][summitlib._names.normalise] maps all of these to one key: accents dropped, case folded,
possessives and punctuation removed, leading honorifics and titles stripped. A
[`NameIndex`][summitlib._names.NameIndex] maps keys to record ids, once, when a corpus is built.

Examples:
    >>> normalise("Mr. Putin's")
    'putin'
    >>> normalise("Secretary of State Rex W. Tillerson")
    'rex w tillerson'
    >>> normalise("Sergeï  LAVROV")
    'sergei lavrov'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from summitlib.errors import AmbiguousError, NotFoundError

__all__ = ["FAMILY_NAME_FIRST", "HONORIFICS", "NameIndex", "fold", "normalise"]

HONORIFICS: tuple[str, ...] = (
    "the",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "madam",
    "madame",
    "monsieur",
    "herr",
    "frau",
    "gen",
    "general",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "us",
    "american",
    "russian",
    "german",
    "french",
    "chinese",
    "british",
    "japanese",
    "president",
    "vice president",
    "president elect",
    "former president",
    "prime minister",
    "premier",
    "chancellor",
    "secretary of state",
    "secretary general",
    "secretary",
    "foreign minister",
    "foreign secretary",
    "defense secretary",
    "defence secretary",
    "minister",
    "press secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "chairman",
    "first lady",
    "supreme leader",
    "king",
    "queen",
    "prince",
    "crown prince",
    "sheikh",
    "emir",
)
"""Titles and honorifics stripped from the start of a name (after normalisation), longest first."""

_TITLES = re.compile(
    "(?:(?:" + "|".join(re.escape(h) for h in sorted(HONORIFICS, key=lambda h: (-len(h), h))) + ") )+"
)
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?\b")
_NOT_WORD = re.compile(r"[^\w]+")
_SPACES = re.compile(r"\s+")
_DJ = re.compile(r"dj+")
"""English spells đ "dj" (Đukanović, Djukanovic) and folding makes it "d": keys drop the j."""


_TRANSLITERATE = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "TH",
        "ħ": "h",
        "Ħ": "H",
        "ŧ": "t",
        "Ŧ": "T",
        "ŀ": "l",
        "Ŀ": "L",
        "ŋ": "ng",
        "Ŋ": "NG",
        "ĸ": "k",
        "ſ": "s",
    }
)
"""Latin letters that are not an ASCII letter plus accents, so NFKD leaves them alone: their usual
ASCII spelling in English-language news ("Wałęsa" → "Walesa", "Đukanović" → "Djukanovic" is covered by
an alias or the close-match search, "Yıldırım" → "Yildirim", "Støre" → "Store"). ``ß`` needs no entry:
case folding makes it ``ss``."""

FAMILY_NAME_FIRST: frozenset[str] = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP", "KHM"})
"""Countries whose leaders' names are written family name first ("Xi Jinping", "Moon Jae-in", "Lee
Hsien Loong"), so the first word alone ("President Xi", "Moon") names them."""


def fold(text: str) -> str:
    """Accents dropped (NFKD, combining marks removed), letters such as ł, đ, ı, ø transliterated, and
    case folded: ``"Erdoğan"`` → ``"erdogan"``, ``"Wałęsa"`` → ``"walesa"``, ``"Straße"`` → ``"strasse"``.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalise(name: str) -> str:
    """The look-up key of a name: accents, case, possessives, punctuation and leading titles removed,
    letters such as ł and đ transliterated ("dj" counts as "d", so "Djukanovic" is "Đukanović").

    Idempotent: ``normalise(normalise(x)) == normalise(x)``. A name made only of titles ("President")
    keeps them rather than becoming empty.
    """
    text = _POSSESSIVE.sub("", fold(fold(name))).replace(".", "")
    text = _DJ.sub("d", text)  # after the dots go: "D.J" is "dj", which counts as "d"
    text = _SPACES.sub(" ", _NOT_WORD.sub(" ", text).replace("_", " ")).strip()
    titles = _TITLES.match(text)
    stripped = text[titles.end() :] if titles else text
    return stripped or text


def similarity(query: str, candidate: str) -> float:
    """A score in [0, 1] of how well the normalised ``query`` matches the normalised ``candidate``.

    1.0 for equal keys; 0.9 when the query is a word prefix of the candidate ("put" for "vladimir
    putin"); otherwise 0.8 times the best difflib ratio against the whole candidate or one of its words,
    so a misspelt surname ("Putn") still scores high.

    Examples:
        >>> similarity("putin", "putin"), similarity("put", "vladimir putin")
        (1.0, 0.9)
        >>> round(similarity("putn", "vladimir putin"), 2)
        0.71
    """
    if query == candidate:
        return 1.0
    if not query:
        return 0.0
    if (" " + candidate).find(" " + query) >= 0:
        return 0.9
    import difflib  # here, not above: only a fuzzy search needs it, and ``import summitlib`` stays light

    best = max(
        difflib.SequenceMatcher(None, query, text, autojunk=False).ratio()
        for text in (candidate, *candidate.split(" "))
    )
    return 0.8 * best


class NameIndex:
    """Maps normalised names to record ids, built once.

    A key resolves, in this order, to: a record id given exactly; the records with a name or alias
    whose normalised form equals the key's; the records whose primary name ends in the key's words
    (a surname such as "Trump"); the records in ``family_first`` whose primary name starts with the key's
    words (a family name written first: "Xi" for "Xi Jinping"). Exact name and alias matches always win
    over surname inference, so listing "Trump" as an alias of one person settles which Trump is meant.

    Args:
        kind: what the records are (``"leader"``), for messages.
        entries: ``(id, primary name, other names)`` per record, in a fixed order.
        family_first: ids of records whose primary name puts the family name first.
    """

    __slots__ = ("_exact", "_family", "_ids", "_kind", "_names", "_primary", "_surnames")

    def __init__(
        self,
        kind: str,
        entries: Iterable[tuple[str, str, Iterable[str]]],
        family_first: Iterable[str] = (),
    ) -> None:
        self._kind = kind
        family = set(family_first)
        self._ids: dict[str, None] = {}
        self._exact: dict[str, list[str]] = {}
        self._surnames: dict[str, list[str]] = {}
        self._family: dict[str, list[str]] = {}
        self._names: list[tuple[str, str, tuple[str, ...]]] = []
        self._primary: dict[str, str] = {}
        for key, primary, others in entries:
            self._ids[key] = None
            keys = tuple(dict.fromkeys(normalise(n) for n in (primary, *others)))
            self._names.append((key, primary, keys))
            self._primary[key] = primary
            for name in keys:
                _add(self._exact, name, key)
            words = keys[0].split(" ")
            for start in range(1, len(words)):
                _add(self._surnames, " ".join(words[start:]), key)
                if key in family:
                    _add(self._family, " ".join(words[:start]), key)

    def resolve(self, name: str) -> str | None:
        """The id ``name`` denotes, or None when nothing matches.

        Raises:
            AmbiguousError: when the name fits several records equally well.
        """
        if name in self._ids:
            return name
        key = normalise(name)
        for table in (self._exact, self._surnames, self._family):
            found = table.get(key)
            if found:
                if len(found) > 1:
                    raise AmbiguousError(self._kind, name, found)
                return found[0]
        return None

    def search(self, query: str, limit: int | None = 10, cutoff: float = 0.5) -> list[str]:
        """Ids ranked by how well one of their names matches ``query``, best first.

        Only ids scoring above ``cutoff`` (see `similarity`) are returned. Ties are broken by primary
        name, then id, so the order is repeatable.
        """
        key = normalise(query)
        scored = []
        for ident, primary, keys in self._names:
            score = max(similarity(key, k) for k in (*keys, normalise(ident)))
            if ident == query:
                score = 1.0
            if score > cutoff:
                scored.append((-score, primary, ident))
        scored.sort()
        return [ident for _, _, ident in scored[:limit]]

    def primary(self, ident: str) -> str:
        """The primary name of the record ``ident``."""
        return self._primary[ident]

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """The primary names of up to ``limit`` close matches of ``name``."""
        return list(dict.fromkeys(self._primary[i] for i in self.search(name, limit=limit, cutoff=0.55)))

    def not_found(self, name: object, limit: int = 3) -> NotFoundError:
        """A `NotFoundError` for ``name`` with up to ``limit`` close matches (by name) as suggestions."""
        if not isinstance(name, str):
            return NotFoundError(self._kind, name)
        return NotFoundError(self._kind, name, lambda: self.suggest(name, limit))


def _add(table: dict[str, list[str]], key: str, ident: str) -> None:
    bucket = table.setdefault(key, [])
    if ident not in bucket:
        bucket.append(ident)
