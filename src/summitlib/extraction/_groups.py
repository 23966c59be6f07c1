"""Group speakers: institutions and unnamed officials ("the Kremlin", "Japan's foreign ministry", "officials",
"a senior source"), and the rule that keeps a name from becoming one.

`GROUP` is a noun phrase that ends right before a reporting verb and `GROUP_NOUN` the nouns that make one an
institution; `group_or_name` tells an institution from a lone capitalised word, which is a person's name.
"""

from __future__ import annotations

import functools
import re

from summitlib.claims import Speaker
from summitlib.extraction._lexicon import DEMONYMS
from summitlib.extraction._speech import Who
from summitlib.extraction._types import Cue

_GROUP_NOUNS = (
    "administration|office|ministry|department|spokesman|spokeswoman|spokesperson|officials|official"
    "|government|aides|aide|commentators|critics|analysts|diplomats|diplomat|sources|source|statement"
    "|embassy|kremlin|white house|team|campaign|cabinet|presidency|military|pentagon|agency|council"
    "|readout|observers|residents|experts|media|mission|delegation|palace|secretariat|party|committee"
    "|commission|army|police|court|parliament|congress|senate|presidium|bureau|ministers|leaders|reports"
)
GROUP_NOUN = re.compile(rf"\b(?:{_GROUP_NOUNS})\b", re.IGNORECASE)
ACCORDING_GROUP = re.compile(
    rf"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,4}}(?:[a-z]+\s+){{0,2}}(?P<noun>{_GROUP_NOUNS})\b"
    r"|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
)
GROUP = re.compile(
    rf"(?P<np>(?:(?:the|The|a|A|an|An|some|Some)\s+)?(?:(?:[A-Z][\w.'’-]*|{_GROUP_NOUNS}|press|foreign|senior"
    rf"|[a-z]+['’]s|well-placed|top|unnamed)\s+){{0,4}}(?:[A-Z][\w.'’-]*|{_GROUP_NOUNS})"
    r"(?:\s+(?:in|of)\s+(?:his|her|the|their)\s+\w+)?)\s*\Z"
)
NOT_SPEAKERS = frozenset({"it", "this", "that", "he", "she", "they", "we", "i", "there", "when", "what"})
BOTH = re.compile(r"^(?:both|Both)\s+")
NOT_NAME_WORDS = frozenset(
    """recently finally separately earlier later previously additionally similarly moreover initially
    eventually notably reportedly officially publicly privately ultimately subsequently currently instead
    meanwhile however also but and then today yesterday""".split()  # noqa: SIM905
)
_ACRONYM = re.compile(r"(?!(?:PM|FM|VP|MP|NSA)\Z)[A-Z]{2,6}")
"""An acronym ("the EU", "the PMO", "KCNA"): an institution; not a title ("PM reiterated"), and a leader's
short name ("AMLO") is a person mention before it gets here."""


def group_or_name(np: str, start: int) -> Who:
    """An institution as a group; a lone capitalised word that is no institution (nor an acronym) is a
    person's name."""
    cue = Cue(start=start, end=start + len(np), text=np)
    words = np.split()
    bare = [w for w in words if w.casefold() not in {"the", "a", "an"}]
    if (
        len(bare) == 1
        and bare[0][:1].isupper()
        and not GROUP_NOUN.search(np)
        and bare[0].rstrip(".") not in DEMONYMS
        and not _is_place(bare[0])
        and not _ACRONYM.fullmatch(bare[0])
    ):
        return Who(None, cue, name=bare[0])
    return Who(Speaker.group(np), cue)


_PLACES = frozenset(
    """washington moscow beijing kremlin tokyo seoul london paris berlin delhi kyiv kiev tehran ankara
    brussels pyongyang uganda kenya russia china india pakistan japan iran israel turkey ukraine germany
    france britain america korea syria egypt nato asean""".split()  # noqa: SIM905
)


def _is_place(word: str) -> bool:
    key = word.casefold().rstrip(".")
    return key in _PLACES or key in _country_names()


@functools.cache
def _country_names() -> frozenset[str]:
    """The countries' names, case folded, read once (was a scan of every name per word)."""
    from summitlib._countries import ALL_COUNTRIES

    return frozenset(name.casefold() for name in ALL_COUNTRIES.values())
