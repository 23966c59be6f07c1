"""Forms of the extractor's patterns that match where the originals do."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from summitlib.extraction import (
    _date_patterns,
    _date_references,
    _groups,
    _meeting_attendees,
    _meeting_cues,
    _meeting_details,
    _status,
    _text,
    attributions,
)
from summitlib.extraction._pattern_forms import Scanned, any_of, any_of_guarded, folded, lowered
from summitlib.extraction._speech import VERB

FOLDED = [
    (_meeting_cues.MEETING, _meeting_cues._MEETING_FOLDED),
    *zip((p for _, p in _status._AS_WRITTEN[0]), (p for _, p in _status._FOLDED[0]), strict=True),
    *zip(_status._AS_WRITTEN[1], _status._FOLDED[1], strict=True),
    *zip((p for _, p in _status._AS_WRITTEN[2]), (p for _, p in _status._FOLDED[2]), strict=True),
    (_date_references._REFERENCED, _date_references._REFERENCED_FOLDED),
    (_status.CALL, _status._CALL_FOLDED),
    (_status._CALLED, _status._CALLED_FOLDED),
    (_meeting_cues.CARRY, _meeting_cues.CARRY_FOLDED),
    (_meeting_attendees._ANY_CUE, _meeting_attendees._ANY_CUE_FOLDED),
]
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
    "was",
    "postponed",
    "Called",
    "off",
    "no",
    "plans",
    "for",
    "ruled",
    "out",
    "is",
    "due",
    "Willing",
    "pleased",
    "past",
    "TALKS",
    "following",
    "Day",
    "later",
    "that",
    "Two",
    "weeks",
    "earlier",
    "came",
    "a",
    "Week",
    "after",
    "Phoned",
    "courtesy",
    "the call",
    "Video",
    "conference",
    "rang",
    "on",
    "Both",
    "leaders",
    "of",
    "sides",
    "pair",
    "PMs",
    "countries",
    "three",
    "Region",
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
    "Attended",
    "PRESENT",
    "joined",
    "took",
    "part",
    "SAT",
    "in",
    "accompanied",
]


@given(text=st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
@example(text=" ".join(_PIECES))
@example(text=" ".join(_PIECES).upper() + " " + " ".join(_PIECES).title())
@example(text="the following Day, Two weeks earlier. It came a Week after; later that YEAR")
@example(text="a courtesy call with; The Call, phoned Putin, called on Abe, VIDEO chat, virtually")
@example(text="The two Leaders of the Region, both PMs, the pair; the two countries, the TWO sides of 3")
@example(text="Biden will see Abe; they sat  down, spoke by telephone and had a video call.")
def test_folded_patterns_match_where_the_originals_do(text: str) -> None:
    """Where ``lowered`` gives the lower-cased text, each folded pattern matches it at every position,
    up to several ends, exactly where the original matches the text; the meeting cues of the text are
    the original's ``finditer``."""
    spans = [m.span() for m in _meeting_cues.MEETING.finditer(text)]
    assert _meeting_cues.MeetingCues(text)._starts == [a for a, _ in spans]
    low = lowered(text)
    if low is None:
        return
    assert len(low) == len(text)
    for pattern, lower in FOLDED:
        for start in range(len(text) + 1):
            for end in (start, start + 3, start + 12, len(text)):
                found, expected = lower.match(low, start, end), pattern.match(text, start, end)
                assert (found and found.span()) == (expected and expected.span())


@given(text=st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
@example(text="They were willing to meet; it has not been ruled out, he is due in May, was happy to meet")
@example(text="it hasn't been ruled out")
def test_the_nearest_cues_guarded_apart_are_found_where_any_of_them_is(text: str) -> None:
    """The one or two patterns of ``any_of_guarded`` find a match in every window where one of the
    patterns they join does, and in no other: the nearest cues read across a window (in both forms)."""
    patterns = [pattern for _, pattern in _status._AS_WRITTEN[2]]
    assert len(_status._AS_WRITTEN[1]) == 2  # those at a word start behind one \b, "n't ruled out" apart
    for start in range(len(text) + 1):
        for end in (start + 3, start + 12, len(text)):
            expected = any_of(patterns).search(text, start, end) is not None
            assert any(p.search(text, start, end) is not None for p in _status._AS_WRITTEN[1]) == expected
            assert any(p.search(text, start, end) is not None for p in any_of_guarded(patterns)) == expected


@pytest.mark.parametrize("letter", ["İ", "ı", "ſ", "\u212a"])
def test_a_text_with_a_letter_lower_does_not_fold_is_not_lowered(letter: str) -> None:
    assert lowered(f"They met{letter}.") is None
    assert lowered("They MET, Σ.") == "they met, σ."


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


_VERB_WORDS = st.sampled_from(
    [
        "said",
        "says",
        "told",
        "to",
        "warn",
        "warned",
        "was",
        "quoted",
        "as",
        "saying",
        "described",
        "accused",
        "of",
        "called",
        "for",
        "on",
        "the",
        "talks",
        "referred",
        "“it”",
        "Putin",
        "him",
        "put",
        "it",
        "pointed",
        "out",
        "made",
        "clear",
        "x",
        "_",
        "é",
    ]
)


@given(st.lists(st.tuples(_VERB_WORDS, st.sampled_from([" ", "  ", "\n", ". ", ", ", "", "-"])), max_size=9))
@example([("called", " "), ("on", " "), ("the", " "), ("talks", " "), ("to", " "), ("warn", "")])
def test_a_scanned_text_finds_what_a_window_search_finds(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in pieces)
    scanned = Scanned(VERB, text)
    assert [m.span() for m in scanned.matches] == [m.span() for m in VERB.finditer(text)]
    for start in range(len(text) + 1):
        for end in range(start - 1, len(text) + 2):
            expected = VERB.search(text, start, end)
            found = scanned.search(start, end)
            assert (found and (found.span(), found.groupdict())) == (
                expected and (expected.span(), expected.groupdict())
            )
            assert [m.span() for m in scanned.finditer(start, end)] == [
                m.span() for m in VERB.finditer(text, start, end)
            ]


@pytest.mark.parametrize("source", [r"a(?!b)", r"(?<!x)a", r"a\Z", r"a$", r"(?>ab)", r"a++", r"b?"])
def test_a_pattern_a_window_may_match_otherwise_is_not_scanned(source: str) -> None:
    with pytest.raises(ValueError, match="cannot scan"):
        Scanned(re.compile(source), "ab")


@given(
    st.lists(
        st.sampled_from(
            [
                "the",
                "A",
                "foreign",
                "ministry",
                "Ministry",
                "official",
                "OFFICIALS",
                "officials",
                "White",
                "white",
                "house",
                "spokesman",
                "spokesmen",
                "source",
                "sources",
                "in",
                "Islamabad",
                "of",
                "state-run",
                "Xinhua",
                "today",
                "later",
                ",",
                "(SPA)",
                "Agency",
                "agency's",
                "x",
            ]
        ),
        max_size=9,
    ).map(" ".join)
)
@example("the White House officials in Islamabad later")
def test_group_with_its_nouns_as_a_trie_matches_as_the_plain_alternation(text: str) -> None:
    plain = re.compile(_groups.GROUP.pattern.replace(_groups._NOUN_TRIE, _groups._GROUP_NOUNS))
    assert plain.pattern != _groups.GROUP.pattern
    for start in range(len(text) + 1):
        found, expected = _groups.GROUP.search(text, start), plain.search(text, start)
        assert (found and (found.span(), found.groupdict())) == (
            expected and (expected.span(), expected.groupdict())
        )


@given(
    st.lists(
        st.sampled_from(["`", "'", "’", "‘", "“", "”", '"', "«", "»", "a", "b", "Ab", "Cd", ".", " ", "\n"]),
        max_size=16,
    )
)
def test_quote_marks_and_glued_stops_first_character_first_match_as_the_plain_forms(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    marks = re.compile(r"``|''|’’|[“”\"‘’'«»]")
    glued = re.compile(r"(?<=[a-z][a-z])\.(?=[A-Z][a-z])")
    for start in range(len(text) + 1):
        assert [m.span() for m in _text._MARKS.finditer(text, start)] == [
            m.span() for m in marks.finditer(text, start)
        ]
        assert [m.span() for m in _text._GLUED.finditer(text, start)] == [
            m.span() for m in glued.finditer(text, start)
        ]


@given(
    st.lists(
        st.sampled_from(
            ["the", "G20", "Summit", "summit", "leaders'", "Monday's", "Asia-Pacific", "forum", "x", "UN"]
        ),
        max_size=8,
    ).map(" ".join)
)
def test_a_window_without_an_occasions_last_word_and_noun_has_no_occasion(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            if _meeting_details._OCCASION_END.search(text, start, end) is None:
                assert _meeting_details._OCCASION.search(text, start, end) is None


@given(
    st.lists(
        st.sampled_from(
            ["quoted", "citing", "cited", "city", "quo", "x", "Reuters", "as", "saying", "telling", "."]
        ),
        max_size=8,
    ).map(" ".join)
)
@example("officials cited Reuters as saying; quoting him as telling")
def test_quoted_as_first_character_first_matches_as_the_plain_form(text: str) -> None:
    source = attributions._QUOTED_AS.pattern
    plain = re.compile(
        source.replace("[qc](?<!\\w.)(?:(?<=q)uot(?:ed|ing)|(?<=c)it", "\\b(?:quot(?:ed|ing)|cit")
    )
    assert plain.pattern != source
    for start in range(len(text) + 1):
        assert [(m.span(), m.groupdict()) for m in attributions._QUOTED_AS.finditer(text, start)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text, start)
        ]


_GUARDED_PIECES = st.sampled_from(
    [
        "his",
        "Her",
        "wife",
        "eldest",
        "daughter",
        "Mandela's",
        "Margaret",
        "person",
        "late",
        "Late",
        "plate",
        "President",
        "Karimov",
        "September",
        "in",
        "at",
        "the",
        "on",
        "link",
        "between",
        "Woodlands",
        "and",
        "to",
        "meeting",
        "talks",
        "was",
        "Answered",
        "Said",
        "Remarked",
        "Noted",
        "Nehru",
    ]
)
_GUARDED_GAPS = st.sampled_from([" ", "  ", ", ", ",", "\n", ". ", ": “", ':"', "\t"])


@given(st.lists(st.tuples(_GUARDED_PIECES, _GUARDED_GAPS), max_size=12))
@example([("his", " "), ("eldest", " "), ("daughter", ", "), ("Margaret", " ")])
@example([("the", " "), ("late", " "), ("President", " "), ("Karimov", " ")])
@example([("the", " "), ("link", " "), ("between", " "), ("Woodlands", " "), ("and", " "), ("Karimov", " ")])
@example([("Karimov", ".\n"), ("Noted", " "), ("Nehru", ": “"), ("Margaret", " ")])
@example([("Karimov", ". "), ("Answered", " "), ("Nehru", ": “"), ("Margaret", " ")])
def test_checks_before_window_patterns_skip_no_match(pieces: list[tuple[str, str]]) -> None:
    """The cheap checks before four window patterns (a family word, "late", the place before a name, the
    verb-first quotation's first letters) answer as the patterns do at every offset."""
    from summitlib.extraction import _hosts, _participants, _people_roles, _quotations
    from summitlib.extraction._text import first_chars

    text = "".join(word + gap for word, gap in pieces)
    for at in range(len(text) + 1):
        kin = _people_roles.KIN_BEFORE.search(text, max(0, at - 60), at)
        assert _people_roles.kin_before(text, at) == (kin is not None)
        late = _hosts._LATE.search(text, max(0, at - _hosts._MOURNING_REACH), at)
        assert _hosts._called_late(text, at) == (late is not None)
        place = _participants._PLACE_BEFORE.search(text, max(0, at - 80), at)
        assert _participants._place_before(text, at) == (place is not None)
    guard = first_chars(_quotations._OPENING_VERBS)
    plain = re.compile(_quotations._VERB_FIRST.pattern.replace(guard, "", 1))
    assert plain.pattern != _quotations._VERB_FIRST.pattern
    assert [m.span() for m in _quotations._VERB_FIRST.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@given(
    st.lists(
        st.sampled_from(
            [
                "January",
                "JUNE",
                "Jan.",
                "Sept",
                "May",
                "Mar",
                "Minister",
                "Obama",
                "5",
                "21",
                "2024",
                "2024-05-01",
                "of",
                "to",
                "-",
                ",",
                "AUGUST",
                "Dec",
                "Ap",
                "x",
                "DE",
                "\n",
            ]
        ),
        max_size=8,
    ).map(" ".join)
)
@example("Minister Obama met on May 5, 2024 and 21-22 JUNE")
def test_absolute_dates_behind_their_first_two_letters_match_as_without(text: str) -> None:
    plain = re.compile(_date_patterns.ABSOLUTE.pattern.replace(_date_patterns._ABSOLUTE_PAIRS, "", 1))
    assert plain.pattern != _date_patterns.ABSOLUTE.pattern
    for start in range(len(text) + 1):
        found, expected = _date_patterns.ABSOLUTE.search(text, start), plain.search(text, start)
        assert (found and (found.span(), found.groupdict())) == (
            expected and (expected.span(), expected.groupdict())
        )


@given(
    st.lists(
        st.sampled_from(
            [
                "Met",
                "meeting",
                "sat",
                "down",
                "Held",
                "talks",
                "phone",
                "call",
                "at",
                "Xi's",
                "invitation",
                "with",
                "spoke",
                "by",
                "telephone",
                "to",
                "see",
                "Putin",
                "joint",
                "statement",
                "Tête-à-tête",
                "said",
                "x",
            ]
        ),
        max_size=8,
    ).map(" ".join)
)
@example("They held brief talks and spoke by phone; he will see Putin at Xi's invitation")
def test_meeting_words_behind_their_first_two_letters_match_as_without(text: str) -> None:
    pairs = _meeting_cues._first_pairs([*_meeting_cues._MEETING_WORDS, *_meeting_cues._MEETING_PHRASE_STARTS])
    plain = re.compile(_meeting_cues.MEETING.pattern.replace(pairs, "", 1), re.IGNORECASE)
    assert plain.pattern != _meeting_cues.MEETING.pattern
    assert [m.span() for m in _meeting_cues.MEETING.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]
