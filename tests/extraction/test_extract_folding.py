"""Case-insensitive patterns matched in lower case on the lower-cased text."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from summitlib.extraction import _meeting_cues
from summitlib.extraction._anchors import UNFOLDED
from summitlib.extraction._folding import folded, folded_spans

FOLDED = [(_meeting_cues.MEETING, _meeting_cues._MEETING_FOLDED)]
"""Every pattern the extractor matches in its folded form, with that form."""

_PIECES = [
    "met",
    "MEETING",
    "Talks",
    "sat",
    "down",
    "held",
    "bilateral",
    "spoke",
    "by",
    "phone",
    "with",
    "to",
    "see",
    "President",
    "PRIME",
    "his",
    "the",
    "Putin",
    "Abe",
    "x",
    "tête-à-tête",
    "TÊTE-À-TÊTE",
    "dinner",
    "ΣΑΣ",
    "ſat",
    "İnvited",
    "ınvites",
    "\u212aing",
    "_",
    "2",
    " ",
    "  ",
    "\n",
    ". ",
    ", ",
    "-",
    "'",
    "“",
]


@given(text=st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
@example(text=" ".join(_PIECES))
@example(text=" ".join(_PIECES).upper() + " " + " ".join(_PIECES).title())
@example(text="Biden will see Abe; they sat  down, spoke by telephone and had a video call.")
def test_folded_patterns_match_where_the_originals_do(text: str) -> None:
    """On a text without an ``UNFOLDED`` letter, the folded pattern matches the lower-cased text at every
    position, up to every end, exactly where the original matches the text; ``folded_spans`` is the
    original's ``finditer`` on every text."""
    low = text.lower()
    for pattern, lowered in FOLDED:
        assert folded_spans(pattern, lowered, text) == [m.span() for m in pattern.finditer(text)]
        if UNFOLDED.search(text) is not None:
            continue
        assert len(low) == len(text)
        for start in range(len(text) + 1):
            for end in (start, start + 3, start + 12, len(text)):
                found, expected = lowered.match(low, start, end), pattern.match(text, start, end)
                assert (found and found.span()) == (expected and expected.span())


def test_folded_lowers_letters_but_not_escapes_or_names() -> None:
    pattern = folded(re.compile(r"\bMet\S(?P<Who>[A-Z]\w+)(?P=Who)(?=X)(?<!Y)", re.IGNORECASE))
    assert pattern.pattern == r"\bmet\S(?P<Who>[a-z]\w+)(?P=Who)(?=x)(?<!y)"
    assert not pattern.flags & re.IGNORECASE


@pytest.mark.parametrize(
    "pattern",
    [re.compile("met"), re.compile(r"(?-i:May)|met", re.I), re.compile(r"\N{LATIN SMALL LETTER A}", re.I)],
)
def test_folded_refuses_what_it_cannot_write(pattern: re.Pattern[str]) -> None:
    with pytest.raises(ValueError, match="cannot fold"):
        folded(pattern)
