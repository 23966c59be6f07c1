"""Issues: names, aliases and keywords of the corpus's issues, as whole words, longest first."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from summitlib import Issue, Records
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
