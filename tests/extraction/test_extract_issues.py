"""Issues: names, aliases and keywords of the corpus's issues, as whole words, longest first."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from summitlib import Issue, Records
from summitlib.extraction._anchors import UNFOLDED, lowered
from summitlib.extraction._lexicon import Lexicon
from summitlib.extraction._text import trie_pattern
from summitlib.extraction.issues import find_issues

RECORDS = Records(
    issues=[
        Issue(id="syria", name="Syria", aliases=("Syrian war",)),
        Issue(id="syria-ceasefire", name="ceasefire in southwest Syria", parent="syria"),
        Issue(id="isis", name="Islamic State", aliases=("IS", "ISIS")),
        Issue(id="sanctions", name="sanctions", aliases=("economic sanctions",)),
        Issue(id="sanctions-nk", name="North Korea sanctions", aliases=("sanctions",)),
    ]
)
LEXICON = Lexicon(RECORDS)


def found(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.text, m.issues) for m in find_issues(text, LEXICON)]


def test_names_and_aliases_any_case() -> None:
    assert found("The SYRIAN WAR and syria.") == [("SYRIAN WAR", ("syria",)), ("syria", ("syria",))]


def test_longest_match_wins() -> None:
    assert found("a ceasefire in southwest Syria") == [("ceasefire in southwest Syria", ("syria-ceasefire",))]


def test_capitalised_aliases_match_only_in_capitals() -> None:
    assert found("This is what IS fighters did, and ISIS too.") == [("IS", ("isis",)), ("ISIS", ("isis",))]


def test_whole_words_only() -> None:
    assert found("Syrians, Syria-based groups and desanctions") == []


def test_shared_keyword_names_every_issue() -> None:
    assert found("new sanctions") == [("sanctions", ("sanctions", "sanctions-nk"))]


def test_no_issues_no_mentions() -> None:
    assert find_issues("Syria", Lexicon(Records())) == []


@given(st.lists(st.text(alphabet="abc d", min_size=1, max_size=6), min_size=1, max_size=8), st.text("abc d"))
def test_trie_pattern_matches_like_a_plain_alternation(words: list[str], text: str) -> None:
    """The trie regex matches what a longest-first plain alternation matches, at the same places."""
    ordered = sorted(set(words), key=len, reverse=True)
    plain = re.compile("|".join(re.escape(w) for w in ordered))
    trie = re.compile(trie_pattern(ordered))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


_ISSUE_PIECES = [
    "Syria",
    "SYRIAN",
    "syrian war",
    "sanctions",
    "Sanctions",
    "ceasefire in southwest",
    "-",
    "_",
    "ſ",
    "İ",
    "K",
    "σ",
    "é",
    "1",
    " ",
    "\n",
    ",",
    "war",
    "Is",
    "IS",
    "ISIS",
    "economic",
    "North Korea",
]
"""Words of the issues in any case, and letters that ``str.lower`` and ``re`` fold apart."""


@given(
    st.lists(
        st.sampled_from(_ISSUE_PIECES),
        max_size=12,
    ).map("".join)
)
def test_issues_read_on_the_lower_cased_text_are_those_of_the_text(text: str) -> None:
    """The lower-cased form of the keyword pattern finds on the lower-cased text the spans the
    case-insensitive one finds on the text; a text with a letter that does not lower as ``re`` folds it
    is read as written."""
    assert LEXICON.issue_pattern_lowered is not None
    plain = [m.span() for m in LEXICON.issue_pattern.finditer(text)]
    low = lowered(text)
    if low is None:
        assert UNFOLDED.search(text) is not None
    else:
        assert [m.span() for m in LEXICON.issue_pattern_lowered.finditer(low)] == plain
    words = {m.start(): m.group() for m in LEXICON.issue_pattern.finditer(text)}
    assert all(words.get(m.start) == m.text for m in find_issues(text, LEXICON) if m.start in words)


def test_keywords_not_ascii_are_read_on_the_text_as_written() -> None:
    lexicon = Lexicon(Records(issues=[Issue(id="greece", name="Ελλάς")]))
    assert lexicon.issue_pattern_lowered is None
    assert [m.text for m in find_issues("ΕΛΛΆΣ and Ελλάς", lexicon)] == ["ΕΛΛΆΣ", "Ελλάς"]
