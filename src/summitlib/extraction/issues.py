"""Issues: mentions of the corpus's issues by name, alias or keyword.

All names and aliases of all issues are compiled into one case-insensitive regex, factored as a trie so
that its cost does not grow with the number of keywords. Matches are whole words (a hyphen counts as part
of a word, so "Syria" does not match inside "Syria-based"), leftmost and longest first. Aliases written in
capitals ("IS", "JIM", "TPP") match only in capitals, so the verb "is" is not the Islamic State: "ceasefire in
southwest Syria" is one mention of the ceasefire, not also one of Syria.

Examples:
    >>> from summitlib import Issue, Records
    >>> from summitlib.extraction._lexicon import Lexicon
    >>> from summitlib.extraction.issues import find_issues
    >>> lex = Lexicon(Records(issues=[Issue(id="syria", name="Syria", aliases=("Syrian war",))]))
    >>> [(m.text, m.issues) for m in find_issues("The Syrian war and SYRIA again.", lex)]
    [('Syrian war', ('syria',)), ('SYRIA', ('syria',))]
"""

from __future__ import annotations

from summitlib.extraction._anchors import lowered
from summitlib.extraction._lexicon import Lexicon
from summitlib.extraction._types import IssueMention

__all__ = ["find_issues"]


def find_issues(text: str, lexicon: Lexicon) -> list[IssueMention]:
    """Every mention of a corpus issue in ``text``, in text order."""
    if not lexicon.issue_keywords and not lexicon.issue_acronyms:  # no issues known: nothing to match
        return []
    found = []
    # every match of the acronyms is one of them as written: a text without any needs no scan
    acronyms = any(acronym in text for acronym in lexicon.issue_acronyms)
    for match in lexicon.acronym_pattern.finditer(text) if acronyms else ():
        ids = lexicon.issue_acronyms[match.group()]
        found.append(IssueMention(start=match.start(), end=match.end(), text=match.group(), issues=ids))
    taken = [(m.start, m.end) for m in found]
    low = None if lexicon.issue_pattern_lowered is None else lowered(text)
    if low is None or lexicon.issue_pattern_lowered is None:
        matches = lexicon.issue_pattern.finditer(text)
    else:  # the same spans, found faster on the lower-cased text
        matches = lexicon.issue_pattern_lowered.finditer(low)
    for match in matches:
        start, end = match.span()
        if any(a < end and start < b for a, b in taken):
            continue
        word = text[start:end]
        keyword_ids = lexicon.issue_keywords.get(" ".join(word.casefold().split()))
        if keyword_ids:
            found.append(IssueMention(start=start, end=end, text=word, issues=keyword_ids))
    found.sort(key=lambda m: m.start)
    return found
