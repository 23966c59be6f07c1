"""Candidate meetings: co-mentioned leaders, a meeting cue, and the cues of date, place, status ..."""

from __future__ import annotations

import importlib
import re

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from summitlib import MeetingStatus, Records
from summitlib.extraction import MeetingCandidate, _meeting_cues, _pattern_forms, _status, extract
from summitlib.extraction.articles import read_articles
from summitlib.serialization import structure

from ..helpers import DATA

LEXICON = DATA / "extract_lexicon.yaml"


@pytest.fixture(scope="module")
def corpus() -> Records:
    return structure(yaml.safe_load(LEXICON.read_text(encoding="utf-8")), Records)


def meetings(text: str, corpus: Records, published: str | None = None) -> list[MeetingCandidate]:
    return list(extract(text, corpus=corpus, published=published).meetings)


def test_held_meeting_with_all_cues(corpus: Records) -> None:
    text = (
        "President Joe Biden and Russian President Vladimir Putin met in Geneva, Switzerland, on Wednesday "
        "on the sidelines of the Lakeside Summit, and talked for less than three hours."
    )
    [m] = meetings(text, corpus, "2021-06-17")
    assert m.participants == ("joe-biden", "vladimir-putin")
    assert m.status is MeetingStatus.HELD
    assert m.when is not None and str(m.when.value) == "2021-06-16"
    assert m.place is not None and (m.place.name, m.place.country) == ("Geneva, Switzerland", "CHE")
    assert m.occasion is not None and m.occasion.text == "Lakeside Summit"
    assert m.duration is not None and str(m.duration.value) == "<=180"
    assert text[m.meeting_cue.start : m.meeting_cue.end] == "met"


@pytest.mark.parametrize(
    ("text", "status", "cue"),
    [
        ("Narendra Modi will meet Shinzo Abe next week in Tokyo.", MeetingStatus.PLANNED, "will meet"),
        ("A meeting between Macron and Merkel was ruled out by Paris.", MeetingStatus.RULED_OUT, "ruled out"),
        ("The summit between Trump and Kim was cancelled on Thursday.", MeetingStatus.CANCELLED, "cancelled"),
        ("Erdogan said Putin and Zelensky might meet in Istanbul.", MeetingStatus.POSSIBLE, "might"),
        ("Will Xi sit down with Biden in San Francisco?", MeetingStatus.POSSIBLE, "?"),
        ("Moon Jae-in and Kim Jong Un shook hands at Panmunjom.", MeetingStatus.HELD, "shook hands"),
    ],
)
def test_status_cues(text: str, status: MeetingStatus, cue: str, corpus: Records) -> None:
    [m] = meetings(text, corpus, "2019-06-01")
    assert m.status is status
    assert m.status_cue is not None and m.status_cue.text == cue


def test_the_two_leaders_carries_the_pair(corpus: Records) -> None:
    text = (
        "Trump and Kim arrived in Singapore. Trump praised Kim. "
        "The two leaders met for about 40 minutes on Tuesday."
    )
    found = meetings(text, corpus, "2018-06-12")
    assert [(m.participants, m.carried) for m in found] == [(("donald-trump", "kim-jong-un"), True)]
    assert found[0].duration is not None and str(found[0].duration.value) == "~40"


@pytest.mark.parametrize(
    "text",
    [
        "Relations between the two nuclear powers have soured.",  # no meeting cue, no leaders
        "Putin held a meeting with his security council.",  # one leader
        '"Putin and Biden should meet," an analyst said.',  # leaders only inside a quotation
        "Trump praised Kim and Moon on Twitter.",  # no meeting cue
        "The two leaders met on Tuesday.",  # nobody to carry over
    ],
)
def test_no_meeting_proposed(text: str, corpus: Records) -> None:
    assert meetings(text, corpus) == []


def test_between_names_the_pair_whoever_else_is_named(corpus: Records) -> None:
    text = (
        "The warmth between the U.S. and Russian leaders at the G20 meeting contrasted with the stiff "
        "meetings between Putin and Barack Obama."
    )
    found = meetings(text, corpus, "2017-07-07")
    assert [m.participants for m in found] == [
        ("donald-trump", "vladimir-putin"),
        ("barack-obama", "vladimir-putin"),
    ]
    assert [m.meeting_cue.text for m in found] == ["meeting", "meetings"]


def test_speaker_and_title_owner_are_not_participants(corpus: Records) -> None:
    text = (
        "According to Secretary of State Antony Blinken, the meeting between Biden and Xi was productive. "
        "Putin's press secretary said Macron would visit."
    )
    found = meetings(text, corpus)
    assert [m.participants for m in found] == [("joe-biden", "xi-jinping")]


def test_candidate_span_is_the_sentence(corpus: Records) -> None:
    text = "Intro line.\nMacron hosted Zelensky and Putin in Paris on Monday. More text."
    [m] = meetings(text, corpus, "2019-12-10")
    assert m.text == "Macron hosted Zelensky and Putin in Paris on Monday."
    assert text[m.start : m.end] == m.text
    assert m.participants == ("emmanuel-macron", "vladimir-putin", "volodymyr-zelensky")


meeting_rules = importlib.import_module("summitlib.extraction.meetings")
meeting_cues = importlib.import_module("summitlib.extraction._meeting_cues")
meeting_details = importlib.import_module("summitlib.extraction._meeting_details")
clause_participants = importlib.import_module("summitlib.extraction._clause_participants")
participant_rules = importlib.import_module("summitlib.extraction._participants")
participant_pronouns = importlib.import_module("summitlib.extraction._participant_pronouns")
people_lists = importlib.import_module("summitlib.extraction._people_lists")
people_roles = importlib.import_module("summitlib.extraction._people_roles")
speakers = importlib.import_module("summitlib.extraction._speakers")
_GUARDED = [
    *(pattern for _, pattern in _status._OVERRIDING_GUARDED),
    *(pattern for _, pattern in _status._ASIDE),
    _status.CALL,
    _status._CALLED,
    meeting_cues.OTHER_CLAUSE,
    meeting_details._SAID_WHEN,
    meeting_details._IN_PERSON,
    participant_pronouns._SUBJECT_PRONOUN,
    meeting_details._WENT_BEFORE,
    clause_participants._PRONOUN_BEFORE,
    meeting_rules._SEPARATE,
    participant_rules._COMPANION_BEFORE,
    meeting_cues.SIDELINES,
    meeting_cues.CARRY,
    meeting_details._PLACE,
    meeting_details._OCCASION,
    clause_participants.SEVERAL,
    _status._WEAK_FUTURE,
    participant_rules._AIDES_BY,
    people_lists._LISTED,
    people_lists._LISTED_AS_SUBJECT,
    people_roles.OFFICE_OF_INSTITUTION,
    speakers._OUTLET_BEFORE,
]
_GUARD = re.compile(r"(?:\\b)?\(\?=\[[^\]]*\]\)\(\?:(?P<source>.*)\)", re.DOTALL)
_DEV_TEXT = " ".join(a.text for a in read_articles(DATA / "articles" / "dev"))
_CUE_PIECES = [
    " ",
    ", ",
    ". ",
    "\n",
    "'",
    "’",
    "-",
    "x",
    "K",
    "ſ",
    "The ",
    "the ",
    "both ",
    "two ",
    "leaders ",
    "in ",
    "at ",
    "Oslo ",
    "G20 ",
    "summit",
    "Summit ",
    "on the sidelines of ",
    "postponed",
    "put off ",
    "called off ",
    "cancelled ",
    "ruled out ",
    "will not meet ",
    "no plans to ",
    "had been scheduled for Monday ",
    "invited ",
    "may meet ",
    "Might ",
    "if they met ",
    "asked for a meeting ",
    "is to be held ",
    "was pleased to meet ",
    "phone call ",
    "by telephone ",
    "video conference ",
    "virtually ",
    "courtesy call with ",
    "the call ",
    "the three leaders ",
    "He ",
    "she ",
    "his wife ",
    "First Lady ",
    "said on ",
    "told reporters ",
    "since ",
    "; ",
    "flew ",
    "in person ",
    "separately ",
    "called Xi ",
    "phoned him ",
    "Monday's ",
    "leaders' forum ",
    "unscheduled ",
    "tele",
]


@pytest.mark.parametrize("pattern", _GUARDED, ids=lambda p: p.pattern[:40])
@given(
    text=st.lists(st.sampled_from(_CUE_PIECES), max_size=25).map("".join),
    at=st.integers(0, len(_DEV_TEXT)),
    span=st.integers(0, 600),
    bounds=st.tuples(st.integers(0, 30), st.integers(0, 30)),
)
def test_guarded_patterns_match_what_the_unguarded_ones_match(
    pattern: re.Pattern[str], text: str, at: int, span: int, bounds: tuple[int, int]
) -> None:
    """A first-character lookahead before a pattern changes no match, in any window of any text."""
    guard = _GUARD.fullmatch(pattern.pattern)
    assert guard is not None
    plain = re.compile(guard["source"], pattern.flags)
    for haystack, start, end in (
        (text, min(bounds[0], len(text)), max(0, len(text) - bounds[1])),
        (_DEV_TEXT, at, at + span),
    ):
        assert [(m.span(), m.groupdict()) for m in pattern.finditer(haystack, start, end)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(haystack, start, end)
        ]


@pytest.mark.parametrize(
    ("source", "lead", "chars"),
    [
        (r"\bput\s+off\b|(?<!\bthan\s)\bscheduled\b", r"\b", "PSps"),
        (r"(?=\b)(?:\b(?:tele)?phone\b|\bvideo\b)", r"\b", "PTVptv"),
        (r"(?:\bthe\s+)?(?P<occ>[A-Z0-9]\w*\s+summit)", "", "A-Z0-9Tt"),
        (r"(?-i:\bmay\s+meet)|['’]ll\b", "", "'’Mm"),
        (r"(?-i:\bmay\s+meet)|\b['’]ll\b", r"\b", "'’Mm"),
        (r"(?:\bmet)+|(?P<w>\bwill)\s", r"\b", "MWmw"),
        (r"(?:\bmet)*x|\bwill", "", "MWXmwx"),
        (r"(?=\bm)met", "", "Mm"),
    ],
)
def test_guard_reads_the_first_characters_off_the_source(source: str, lead: str, chars: str) -> None:
    """The lookahead of first characters, behind a word boundary when every match must start at one."""
    assert _pattern_forms.guarded(re.compile(source)).pattern == f"{lead}(?=[{chars}])(?:{source})"


@pytest.mark.parametrize("source", [r"\w+ meets", r"a?b", r"[^a]b", r"\bx|.y"])
def test_a_pattern_with_no_readable_first_character_is_refused(source: str) -> None:
    with pytest.raises(ValueError, match="no first character"):
        _pattern_forms.guarded(re.compile(source))


@given(
    at=st.integers(0, len(_DEV_TEXT)), text=st.lists(st.sampled_from(_CUE_PIECES), max_size=25).map("".join)
)
def test_status_words_are_the_word_starts_the_vocabulary_knows(at: int, text: str) -> None:
    """Only the words whose first two letters start a status cue are looked up, and all of them."""
    plain = re.compile(r"\b[A-Za-z]{2}")
    for haystack, start, end in ((text, 0, len(text)), (_DEV_TEXT, at, at + 400)):
        assert [m.start() for m in _status._WORD_START.finditer(haystack, start, end)] == [
            m.start() for m in plain.finditer(haystack, start, end) if m.group().lower() in _status._BY_START
        ]


@given(
    at=st.integers(0, len(_DEV_TEXT)),
    span=st.integers(0, 400),
    text=st.lists(st.sampled_from(_CUE_PIECES), max_size=25).map("".join),
)
@example(at=0, span=0, text="They spoke after the two rounds of talks, as they had planned to.")
def test_nearest_cues_match_each_alternative_apart(at: int, span: int, text: str) -> None:
    """One match of a word's joined alternatives keeps the cue that matching each alternative on its own
    and keeping the leftmost, then the lowest rank, keeps."""
    for haystack, start, end in ((text, 0, len(text)), (_DEV_TEXT, at, at + span)):
        found = []
        for word in _status._WORD_START.finditer(haystack, start, end):
            for rank, pattern in _status._BY_START[word.group().lower()]:
                match = pattern.match(haystack, word.start(), end)
                if match is not None:
                    found.append((rank, match.span()))
        for rank, pattern in _status._ASIDE:
            found.extend((rank, m.span()) for m in pattern.finditer(haystack, start, end))
        found.sort(key=lambda item: (item[1][0], item[0]))
        kept: list[tuple[int, tuple[int, int]]] = []
        for rank, span_ in found:
            if not kept or span_[0] >= kept[-1][1][1]:
                kept.append((rank, span_))
        for lowered in (None, _pattern_forms.lowered(haystack)):
            assert [(r, m.span()) for r, m in _status._nearest_cues(haystack, start, end, lowered)] == kept


_CUE_WORDS = st.sampled_from(
    [
        "met",
        "meeting",
        "meetings",
        "held",
        "talks",
        "sat",
        "down",
        "spoke",
        "with",
        "discussed",
        "trade",
        "The",
        "his",
        "Putin",
        "by",
        "phone",
        "visit",
        "visiting",
        "x",
        "_",
        "é",
        "2",
    ]
)
_GAPS = st.sampled_from([" ", "  ", "\n", ". ", ", ", "-", "", "'"])


@given(st.lists(st.tuples(_CUE_WORDS, _GAPS), max_size=10))
def test_meeting_cues_index_finds_what_a_window_search_finds(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in pieces)
    cues = _meeting_cues.MeetingCues(text)
    windows = [(start, end) for start in range(len(text) + 1) for end in range(start - 1, len(text) + 2)]
    for start, end in windows:
        expected = _meeting_cues.MEETING.search(text, start, end)
        found = cues.search(start, end)
        assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group()))
        assert [m.span() for m in cues.finditer(start, end)] == [
            m.span() for m in _meeting_cues.MEETING.finditer(text, start, end)
        ]


_STATUS_WORDS = st.sampled_from(
    [
        "was",
        "postponed",
        "put",
        "off",
        "on",
        "hold",
        "called",
        "they",
        "asked",
        "for",
        "a",
        "meeting",
        "ready",
        "to",
        "meet",
        "is",
        "due",
        "in",
        "now",
        "be",
        "held",
        "pleased",
        "the",
        "Were",
    ]
)


@given(st.lists(st.tuples(_STATUS_WORDS, _GAPS), max_size=8))
def test_any_of_finds_a_window_exactly_when_one_of_its_patterns_does(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in pieces)
    for patterns in ([p for _, p in _status._OVERRIDING_GUARDED], [p for _, p in _status._ASIDE]):
        either = _pattern_forms.guarded(_pattern_forms.any_of(patterns))
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                expected = any(p.search(text, start, end) for p in patterns)
                assert (either.search(text, start, end) is not None) == expected


def test_any_of_refuses_patterns_it_cannot_join() -> None:
    with pytest.raises(ValueError, match="same flags"):
        _pattern_forms.any_of([re.compile("a"), re.compile("b", re.IGNORECASE)])
    with pytest.raises(ValueError, match="named groups"):
        _pattern_forms.any_of([re.compile("(?P<x>a)"), re.compile("b")])


_COUNT_WORDS = st.sampled_from(
    [
        "the",
        "three",
        "THREE",
        "fıve",
        "fİve",
        "Five",
        "leaders",
        "trilateral",
        "summit",
        "all",
        "four-way",
        "of",
    ]
)


@given(st.lists(st.tuples(_COUNT_WORDS, _GAPS), max_size=8))
@example([("the", " "), ("fıve", " "), ("leaders", "")])  # "ı" is "i" to re, not to lower()
def test_a_text_without_a_number_word_has_no_group_of_several(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in pieces)
    if not clause_participants.may_count(_meeting_cues.MeetingCues(text)):
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                assert clause_participants.SEVERAL.search(text, start, end) is None


def test_the_meeting_vocabulary_has_no_negative_lookaround() -> None:
    """MeetingCues answers window searches from one scan of the text; that is exact only while MEETING has
    no anchors and no negative lookaround (see its docstring)."""
    from summitlib.extraction._meeting_cues import MEETING

    assert "(?!" not in MEETING.pattern
    assert "(?<!" not in MEETING.pattern
    assert "$" not in MEETING.pattern.replace(r"\$", "")


@pytest.mark.parametrize(
    ("text", "date", "status"),
    [
        (
            "Joe Biden and Xi Jinping met in Bali ahead of a forum of leaders to take place on Monday.",
            None,
            MeetingStatus.HELD,
        ),
        ("Joe Biden and Xi Jinping will meet in Bali on Monday, ahead of the summit.", "2022-11-14", None),
    ],
)
def test_a_date_after_ahead_of_is_the_later_events(
    corpus: Records, text: str, date: str | None, status: MeetingStatus | None
) -> None:
    [m] = meetings(text, corpus, "2022-11-12")
    assert (str(m.when.value) if m.when is not None else None) == date
    if status is not None:
        assert m.status is status


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the date right after another event's verb is that event's
        ("Joe Biden met Xi Jinping, whom he helped elect last September, in Bali.", None),
        ("Joe Biden met Xi Jinping to build on the agreement signed last year.", None),
        ("Joe Biden met Xi Jinping last September in Bali.", "2022-09"),
        # an invitation's date stays: a visit invited in the past took place (see the status rules)
        ("Joe Biden invited Xi Jinping to visit Washington last May.", "2022-05"),
    ],
)
def test_a_date_of_another_event_is_not_the_meetings(corpus: Records, text: str, date: str | None) -> None:
    [m] = meetings(text, corpus, "2022-11-12")
    assert (str(m.when.value) if m.when is not None else None) == date


def test_a_meeting_that_will_be_held_today_is_planned(corpus: Records) -> None:
    text = "Mr Khrushchev will today get down to the crucial part of his visit, his discussions with {}."
    [m] = meetings(text.format("President Eisenhower"), corpus, "1959-09-25")
    assert (str(m.when.value) if m.when is not None else None, m.status) == (
        "1959-09-25",
        MeetingStatus.PLANNED,
    )
    held = "Mr Khrushchev today got down to the crucial part of his visit, his discussions with {}."
    [m] = meetings(held.format("President Eisenhower"), corpus, "1959-09-25")
    assert m.status is MeetingStatus.HELD


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an upcoming summit called off on a day not after the writing: that day is the calling off's
        (
            "President Barack Obama cancelled an upcoming summit with President Vladimir Putin on Wednesday.",
            [("cancelled", None)],
        ),
        # a day after the writing is the summit's own
        (
            "President Barack Obama cancelled an upcoming summit with President Vladimir Putin on Friday.",
            [("cancelled", "2013-08-09")],
        ),
        # not told as still to come: the summit on that day
        (
            "President Barack Obama cancelled the summit with President Vladimir Putin on Wednesday.",
            [("cancelled", "2013-08-07")],
        ),
    ],
)
def test_the_day_an_upcoming_meeting_is_called_off_is_not_its_date(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = extract(text, published="2013-08-07").meetings
    assert [(m.status.value if m.status else None, m.when and str(m.when.value)) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date after the mishap the meeting is about is the mishap's
        (
            "Vladimir Putin thanked Joe Biden for his condolence call, voicing sadness over the attack in "
            "Moscow two days ago.",
            [None],
        ),
        ("Joe Biden met Vladimir Putin after the blast at the Kremlin on Monday.", [None]),
        # with no mishap named between them, the date is the meeting's
        ("Joe Biden called Vladimir Putin two days ago.", ["2013-08-05"]),
        ("Joe Biden met Vladimir Putin after the summit on Monday.", ["2013-08-05"]),
    ],
)
def test_a_date_after_a_mishap_is_not_the_meetings(text: str, expected: list[str | None]) -> None:
    found = extract(text, published="2013-08-07").meetings
    assert [m.when and str(m.when.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "bilateral" before what they discuss is no meeting of its own
        (
            "President Lula met Argentine counterpart Alberto Fernandez on Monday. The two leaders are due "
            "to discuss strategic bilateral gas integration.",
            [("held", "met")],
        ),
        (
            "President Lula met Argentine counterpart Alberto Fernandez on Monday. The two leaders are due "
            'to discuss strategic bilateral "gas integration".',
            [("held", "met")],
        ),
        # "bilateral talks" is one
        (
            "President Lula met Argentine counterpart Alberto Fernandez on Monday. The two leaders will hold "
            "bilateral talks on Tuesday.",
            [("held", "met"), ("planned", "hold bilateral talks")],
        ),
        # "their discussion" is the meeting of those named
        (
            "During their discussion on strengthening ties, President Isaias Afwerki and General Abdel "
            "Fattah Al-Burhan exchanged ideas for ending the conflict.",
            [("held", "their discussion")],
        ),
    ],
)
def test_bilateral_before_a_topic_is_no_meeting_and_their_discussion_is(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = extract(text, published="2023-01-23").meetings
    assert [(m.status.value if m.status else None, m.meeting_cue.text) for m in found] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a date after someone else's visit is that visit's
        (
            "An official said the Rabin-Hussein meeting is comparable to President Anwar Sadat's visit to "
            "Jerusalem in 1977.",
            None,
        ),
        # their own visit: its date
        ("Rabin and Hussein met during their visit to Jerusalem in 1977.", "1977"),
        # the sidelines of an institution's summit: the summit's date is the meeting's
        (
            "Rabin and Hussein met on the sidelines of the Arab League's summit in mid-September.",
            "1993-09",
        ),
        # not the sidelines: the other leader's own summit keeps its date
        ("Rabin and Hussein met to discuss President Hosni Mubarak's summit in mid-September.", None),
        # a visit they met during is their meeting's occasion: its date
        (
            "Rabin and Hussein had last met in Cairo during the Israeli Prime Minister's visit in May 1993.",
            "1993-05",
        ),
        # a date of what someone else did where they met: that event's
        ("Rabin and Hussein met in Amman in the palace where King Abdullah was killed in 1951.", None),
        # what they did there: their meeting's day
        ("Rabin and Hussein met in Aqaba, where they toured the port in May 1994.", "1994-05"),
        # not during it: someone's visit they talked about keeps its date
        ("Rabin and Hussein met to discuss the Israeli Prime Minister's visit in May 1993.", None),
    ],
)
def test_a_date_after_someone_elses_meeting_is_its_own(second: str, expected: str | None) -> None:
    text = "King Hussein and Prime Minister Yitzhak Rabin will meet in Washington. " + second
    found = extract(text, published="1994-07-20").meetings
    assert [str(m.when.value) if m.when else None for m in found][1:] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the earlier meeting with its date: held then; the first one since has no date of its own here
        (
            "Khrushchev arrived in Washington. This, his first meeting with Eisenhower since the Geneva "
            "summit conference in 1955, will be a business talk.",
            [("planned", None), ("held", "1955")],
        ),
        (
            "It was the first meeting between Kim Dae-jung and Mori since 1997.",
            [("held", None), ("held", "1997")],
        ),
        # a date of another event after "since": no earlier meeting
        (
            "It is the first meeting between Xi Jinping and Joe Biden since the US president assumed office "
            "in January 2021.",
            [(None, None)],
        ),
    ],
)
def test_a_first_meeting_since_an_earlier_one(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    found = extract(text, published="2004-02-08").meetings
    assert [
        (m.status.value if m.status else None, str(m.when.value) if m.when and m.when.value else None)
        for m in found
    ] == expected


_PAIR_ARRIVES = (
    "Prime Minister Nikol Pashinyan and President Ilham Aliyev arrived in Brussels on Sunday. European "
    "Council President Charles Michel met with the two leaders"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the pair carried in by "the two leaders", met one by one
            _PAIR_ARRIVES + " separately ahead of the summit.",
            [("charles-michel", "ilham-aliyev"), ("charles-michel", "nikol-pashinyan")],
        ),
        (_PAIR_ARRIVES + " ahead of the summit.", [("charles-michel", "ilham-aliyev", "nikol-pashinyan")]),
    ],
)
def test_a_carried_pair_met_separately_is_met_one_by_one(text: str, expected: list[tuple[str, ...]]) -> None:
    result = extract(text, published="2023-05-14")
    assert sorted(m.participants for m in result.meetings) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "on the phone" / "over the phone" after what the pair did: a call, held with a past verb
        (
            "President Donald Trump and German Chancellor Angela Merkel also covered a range of issues "
            "on the phone.",
            [(("angela-merkel", "donald-trump"), "held", "phone_call")],
        ),
        (
            "King Abdullah and US President Donald Trump on Tuesday discussed over the phone cooperation "
            "ties.",
            [(("abdullah", "donald-trump"), "held", "phone_call")],
        ),
    ],
)
def test_on_the_phone_is_a_call(text: str, expected: list[tuple[tuple[str, ...], str, str]]) -> None:
    found = extract(text, published="2017-05-17").meetings
    got = [(m.participants, m.status and m.status.value, m.format and m.format.value) for m in found]
    assert got == expected


_CHAVEZ = "Venezuelan President Hugo Chávez met Fidel Castro in Havana on Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one person after "a visit by" / "the visit of" visits the leader of the country named after "to"
        (
            _CHAVEZ + "They laughed as Chávez recalled a visit by Castro to Venezuela years ago.",
            [("fidel-castro", "hugo-chavez")],
        ),
        (  # a later word of the clause: a visit of its own, on its own date
            "President of Uzbekistan Islam Karimov held talks with the President of Kazakhstan Nursultan "
            "Nazarbaev. At the face-to-face meeting, leaders of two states considered agreements reached "
            "during the visit of Nursultan Nazarbaev to Uzbekistan in June 2013.",
            [("islam-karimov", "nursultan-nazarbaev", "2013-06")],
        ),
        # someone else's visit ("Castro's brother"), or no one named: no visit of theirs
        (_CHAVEZ + "They laughed as Chávez recalled a visit by Castro's brother to Venezuela years ago.", []),
        (_CHAVEZ + "They laughed as Chávez recalled a visit by the Cuban delegation to Venezuela.", []),
    ],
)
def test_the_one_named_guest_of_a_visit_by(text: str, expected: list[tuple[str, ...]]) -> None:
    found = extract(text, published="2013-11-26").meetings[1:]
    assert [(*m.participants, *([str(m.when.value)] if m.when else [])) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a session with" someone named: a meeting
        (
            "Soviet leader Mikhail Gorbachev went to the White House for his final session with President "
            "Ronald Reagan on Thursday.",
            [("mikhail-gorbachev", "ronald-reagan")],
        ),
        # a session with a crowd no one names: none
        (
            "Soviet leader Mikhail Gorbachev spoke of President Ronald Reagan after a question-and-answer "
            "session with students on Thursday.",
            [],
        ),
    ],
)
def test_a_session_with_someone(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="1987-12-11").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks told in a leading phrase with no article before them: the speaker after it takes part
        (
            "Following previous talks with Foreign Minister Yevgeny Primakov, President Saparmurat Niyazov "
            "had said that fighting in Afghanistan is an internal matter.",
            [("saparmurat-niyazov", "yevgeny-primakov")],
        ),
        # a leading phrase with no meeting word in it: the speaker only tells of the meeting
        (
            "In keeping with President Vladimir Putin's wishes, Foreign Minister Sergei Lavrov said "
            "President Saparmurat Niyazov and President Islam Karimov met on Monday.",
            [("islam-karimov", "saparmurat-niyazov")],
        ),
    ],
)
def test_talks_in_a_leading_phrase_without_an_article(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="1997-06-11").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a leading participle that tells the subject's own meeting: the speaker after it hosts
        (
            "Hosting his first state visit by an African leader, US President George Bush urged Kenyan "
            "President Mwai Kibaki on Monday to stick to the hard road of reform.",
            [("george-bush", "mwai-kibaki")],
        ),
        # a leading phrase with no meeting of the subject's in it: the speaker only urges
        (
            "Welcoming the decision, US President George Bush urged Kenyan President Mwai Kibaki on Monday "
            "to stick to the hard road of reform.",
            [],
        ),
        (
            "After her speech, US President George Bush urged Kenyan President Mwai Kibaki on Monday to "
            "stick to the hard road of reform.",
            [],
        ),
        # "his" meeting told in a leading phrase, then a relative clause on it: the subject after both
        (
            "President Raul Alfonsin of Argentina arrived on Monday. After his meeting with Uruguayan "
            "President Julio Sanguinetti, which was held behind closed doors, Cuban President Fidel Castro "
            "said the dialogue had been good.",
            [("fidel-castro", "julio-sanguinetti")],
        ),
        # a relative clause that is no aside of the meeting: who it names takes no part
        (
            "President Raul Alfonsin of Argentina arrived on Monday. After his meeting with Uruguayan "
            "President Julio Sanguinetti, who was named by Bolivian President Victor Paz Estenssoro, Cuban "
            "President Fidel Castro said the dialogue had been good.",
            [("fidel-castro", "julio-sanguinetti")],
        ),
    ],
)
def test_the_subject_of_a_leading_participle_hosts(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="2003-10-07").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who is talked about after "told X that", past the meeting word, takes no part in the meeting
        (
            "President Ronald Reagan arrived in Quebec to see Prime Minister Brian Mulroney. During 90 "
            "minutes of talks, Reagan reportedly told Mulroney today that he believes a U.S.-Soviet summit "
            "would be useful now that Mikhail S. Gorbachev has become leader of the Soviet Union.",
            [("brian-mulroney", "ronald-reagan")],
        ),
        # told no one named ("told reporters that"): the clause after "that" names who meet
        (
            "At the summit, President Ronald Reagan told reporters that Prime Minister Brian Mulroney and "
            "Mikhail Gorbachev had met.",
            [("brian-mulroney", "mikhail-gorbachev")],
        ),
    ],
)
def test_who_is_talked_about_after_told_that(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="1985-03-18").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who is asked to carry the message that asks for the meeting: a go-between
        (
            "Japanese Prime Minister Yoshiro Mori asked South Korean President Kim Dae Jung to convey to "
            "North Korea his desire for a summit meeting with North Korean leader Kim Jong Il.",
            [("kim-jong-il", "yoshiro-mori")],
        ),
        # a message carried to the meeting itself: who carries it meets
        (
            "Japanese Prime Minister Yoshiro Mori asked South Korean President Kim Dae Jung to convey a "
            "message, at a summit meeting with North Korean leader Kim Jong Il.",
            [("kim-dae-jung", "kim-jong-il", "yoshiro-mori")],
        ),
    ],
)
def test_who_carries_a_message_asking_for_a_meeting(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="2000-09-24").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "confer with", "chats with", "speak via telephone to": meeting words
        (
            "President Richard Nixon will confer with President Georges Pompidou of France in the Azores.",
            [("georges-pompidou", "richard-nixon", "planned", None)],
        ),
        (
            "Prime Minister Christopher Luxon had brief, friendly chats with many of the leaders, including "
            "Australian Prime Minister Anthony Albanese.",
            [("anthony-albanese", "christopher-luxon", "held", None)],
        ),
        (
            "President Donald Trump is scheduled to speak via telephone to Nigerian President Muhammadu "
            "Buhari.",
            [("donald-trump", "muhammadu-buhari", "planned", "phone_call")],
        ),
        # conferring an honour on someone is no meeting
        (
            "Australian Prime Minister Anthony Albanese will confer the Order of Australia on Prime Minister "
            "Christopher Luxon.",
            [],
        ),
    ],
)
def test_confer_chat_and_via_telephone(text: str, expected: list[tuple[str | None, ...]]) -> None:
    found = extract(text, published="2017-02-12").meetings
    got = [(*m.participants, m.status and m.status.value, m.format and m.format.value) for m in found]
    assert got == expected


_MERKEL_TOLD = '"We will see," German Chancellor Angela Merkel told '


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who tells a news conference on a day following talks with someone took part in them
        (
            _MERKEL_TOLD + "a news conference on Tuesday following talks with Russian President Dmitry "
            "Medvedev.",
            [("angela-merkel", "dmitry-medvedev")],
        ),
        # not talks between others, nor a crowd told on a day after talks
        (
            _MERKEL_TOLD + "a news conference on Tuesday after talks between Russian President Dmitry "
            "Medvedev and French President Nicolas Sarkozy.",
            [("dmitry-medvedev", "nicolas-sarkozy")],
        ),
        (_MERKEL_TOLD + "a rally on Tuesday following talks with Russian President Dmitry Medvedev.", []),
    ],
)
def test_told_a_news_conference_on_a_day_after_talks(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="2011-07-20").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an invitation accepted: a planned meeting, not dated by the acceptance
        (
            "Red China's Chou En-lai last week accepted Prime Minister Jawaharlal Nehru's invitation to come "
            "to New Delhi to talk about it.",
            [("chou-en-lai", "jawaharlal-nehru", "planned", None)],
        ),
        (
            "Premier Chou En-lai on Monday accepted Prime Minister Jawaharlal Nehru's invitation to come "
            "to New Delhi in April.",
            [("chou-en-lai", "jawaharlal-nehru", "planned", "1960-04")],
        ),
        # an acceptance of something else: no meeting
        (
            "Premier Chou En-lai last week accepted Prime Minister Jawaharlal Nehru's terms for the border.",
            [],
        ),
    ],
)
def test_an_accepted_invitation(text: str, expected: list[tuple[str | None, ...]]) -> None:
    found = extract(text, published="1960-03-14").meetings
    got = [
        (*m.participants, m.status and m.status.value, str(m.when.value) if m.when else None) for m in found
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a meeting still to come, told after a call that was held: another meeting, in person
            "Prime Minister Paul Keating held phone talks with President Soeharto on Tuesday. The two "
            "leaders exchanged ideas on the upcoming meeting of the APEC forum in Bogor.",
            [("held", "phone_call"), ("planned", None)],
        ),
        (  # what the two leaders did in that call is the call
            "Prime Minister Paul Keating held phone talks with President Soeharto on Tuesday. In the talks, "
            "the two leaders agreed to enhance bilateral ties.",
            [("held", "phone_call"), ("held", "phone_call")],
        ),
    ],
)
def test_a_meeting_to_come_after_a_held_call_is_not_that_call(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    found = extract(text, published="1994-10-20").meetings
    assert [(m.status and m.status.value, m.format and m.format.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the call told again on its own day is the call
            "Joe Biden held a virtual meeting with Xi Jinping on Tuesday. The meeting between the two "
            "leaders on Tuesday lasted for over three hours.",
            [("2021-11-16", "video_call"), ("2021-11-16", "video_call")],
        ),
        (  # another day: another meeting, in person
            "Joe Biden held a virtual meeting with Xi Jinping on Tuesday. The meeting between the two "
            "leaders on Monday lasted for over three hours.",
            [("2021-11-16", "video_call"), ("2021-11-15", None)],
        ),
    ],
)
def test_a_call_told_again_on_its_own_day_is_that_call(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = extract(text, published="2021-11-17").meetings
    assert [(str(m.when.value) if m.when else None, m.format and m.format.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit to honour the dead is no meeting with them, nor do the dead host it
        (
            "President Nursultan Nazarbayev visited Uzbekistan on Monday to pay his respects to the late "
            "President Islam Karimov.",
            [],
        ),
        (
            "Russian President Vladimir Putin visited Samarkand on Tuesday to honor the late Islam Karimov.",
            [],
        ),
        # the living honoured: a meeting
        (
            "Chinese President Xi Jinping hosted a banquet on Monday to honor President Barack Obama.",
            [("barack-obama", "xi-jinping")],
        ),
        # "in late September" calls no one dead
        (
            "In late September President Barack Obama visited Beijing to honor President Xi Jinping.",
            [("barack-obama", "xi-jinping")],
        ),
    ],
)
def test_a_visit_to_honour_the_dead_meets_no_one(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="2016-09-13").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two co-subjects talking somewhere: an encounter, dated by the clause
        (
            "His Majesty King Abdullah and Egyptian President Abdel Fattah El Sisi, in Cairo on Thursday, "
            "discussed the deep-rooted ties between Jordan and Egypt.",
            [(("abdel-fattah-el-sisi", "abdullah"), "2021-09-02")],
        ),
        (
            "President Eisenhower and the British Prime Minister, Mr Macmillan, today had “a general "
            "conversation on the world situation” at Chequers.",
            [(("eisenhower", "macmillan"), "2021-09-03")],
        ),
        # no place: a call or two speeches as well as an encounter
        ("President Vladimir Putin and President Xi Jinping discussed the ties on Thursday.", []),
        # not both the subjects: one of them is talked about
        ("President Emmanuel Macron praised President Xi Jinping in Paris and discussed trade.", []),
        (
            "Critics of President Vladimir Putin and Xi Jinping, in Paris on Thursday, discussed their ties.",
            [],
        ),
    ],
)
def test_co_subjects_who_talk_somewhere_meet(text: str, expected: list[tuple[tuple[str, ...], str]]) -> None:
    found = extract(text, published="2021-09-03").meetings
    assert [(m.participants, m.when and str(m.when.value)) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those who met agree to meet again: a meeting of their own ahead, on its own date
        (
            "President F.W. de Klerk and jailed black nationalist Nelson R. Mandela met for the first time "
            "Wednesday, discussing obstacles to negotiations and agreeing to further talks in the new year.",
            [
                (("f-w-de-klerk", "nelson-r-mandela"), "held", "1989-12-13"),
                (("f-w-de-klerk", "nelson-r-mandela"), "planned", "1990"),
            ],
        ),
        (
            "Russian President Vladimir Putin and Chinese President Xi Jinping met in Moscow on Monday and "
            "agreed to meet again in May.",
            [
                (("vladimir-putin", "xi-jinping"), "held", "1989-12-11"),
                (("vladimir-putin", "xi-jinping"), "planned", "1990-05"),
            ],
        ),
        (
            "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday and "
            "agreed to meet again in May.",
            [
                (("vladimir-putin", "xi-jinping"), "held", "1989-12-11"),
                (("vladimir-putin", "xi-jinping"), "planned", "1990-05"),
            ],
        ),
        # no one named met: no one meets again
        (
            "Russian President Vladimir Putin met business leaders on Monday and agreed to meet again "
            "in May.",
            [],
        ),
        # agreeing on another meeting's business: no meeting of theirs ahead
        (
            "Russian President Vladimir Putin and Chinese President Xi Jinping met in Moscow on Monday and "
            "agreed to the agenda of the G20 summit.",
            [(("vladimir-putin", "xi-jinping"), "held", "1989-12-11")],
        ),
    ],
)
def test_those_who_met_agreeing_to_meet_again(
    text: str, expected: list[tuple[tuple[str, ...], str, str]]
) -> None:
    found = extract(text, published="1989-12-14").meetings
    assert [
        (m.participants, m.status and m.status.value, m.when and str(m.when.value)) for m in found
    ] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a date fronting its clause dates the meeting word however far it stands
        (
            "Furthermore, on November 16, Tokayev is scheduled to participate in the 7th "
            "Consultative Meeting with President Shavkat Mirziyoyev in Tashkent.",
            "2025-11-16",
        ),
        (
            "On November 16, Tokayev and his large delegation of ministers and businessmen are scheduled "
            "to hold talks with President Shavkat Mirziyoyev.",
            "2025-11-16",
        ),
        # a fronted date of a saying: the saying's day
        (
            "On November 16, the press service of Tokayev said in a long statement to reporters that he "
            "would hold talks with President Shavkat Mirziyoyev.",
            None,
        ),
        # a fronted date of a request: the asking's day
        (
            "On November 16, the regional community of Central Asian states asked Tokayev to oversee talks "
            "with President Shavkat Mirziyoyev.",
            None,
        ),
        # not set off by a comma: no fronted date, too far to be the meeting's
        (
            "On November 16 Tokayev and his large delegation of ministers and businessmen from Astana are "
            "scheduled to hold talks with President Shavkat Mirziyoyev.",
            None,
        ),
    ],
)
def test_a_fronted_date_dates_its_clause(second: str, expected: str | None) -> None:
    text = "President Kassym-Jomart Tokayev arrived in Tashkent. " + second
    found = extract(text, published="2025-11-14").meetings
    assert [str(m.when.value) if m.when else None for m in found] == [expected]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a second clause with a subject of its own for the same two: another encounter, its own date
        (
            "Sheikh Mohammed also visited Jeddah last year, and the two leaders met on the sidelines of "
            "the G20 summit in November.",
            [("held", "2022-11")],
        ),
        # its own status: the first meeting is held whatever the second clause says ("have not held talks
        # since April 2012" says when they last held them: held, the since-date not taken yet)
        (
            "The two men last met in December, when Bin Zayed offered his condolences to Bin Salman, but "
            "they have not held political talks since April 2012.",
            [("held", "2022-12"), ("held", None)],
        ),
        # the same encounter told on: one clause
        (
            "Bin Salman and Bin Zayed met in Jeddah in December, and they discussed oil prices.",
            [("held", "2022-12")],
        ),
        (
            "Bin Salman and Bin Zayed met in Jeddah in December, and the two then held a joint press "
            "conference.",
            [("held", "2022-12")],
        ),
    ],
)
def test_a_joined_clause_of_the_same_two_is_its_own_encounter(
    second: str, expected: list[tuple[str, str | None]]
) -> None:
    text = "Prince Mohammed bin Salman met Sheikh Mohammed bin Zayed on Friday. " + second
    found = extract(text, published="2023-10-20").meetings
    assert [(m.status.value if m.status else None, str(m.when.value) if m.when else None) for m in found][
        1:
    ] == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a plan told after the same meeting held that day: that meeting as it stood before, no status
        (
            "Sheikh Hasina held talks with Narendra Modi in London on Thursday.",
            "Both Hasina and Modi are scheduled to hold talks on trade, an official said.",
            [("held", "2018-04-19"), (None, None)],
        ),
        # another meeting by its own words: planned
        (
            "Sheikh Hasina held talks with Narendra Modi in London on Thursday.",
            "Both Hasina and Modi are scheduled to hold talks again, an official said.",
            [("held", "2018-04-19"), ("planned", None)],
        ),
        # held long before the writing: a plan after it is a meeting of its own
        (
            "Sheikh Hasina held talks with Narendra Modi in London in 2015.",
            "Both Hasina and Modi are scheduled to hold talks on trade, an official said.",
            [("held", "2015"), ("planned", None)],
        ),
    ],
)
def test_a_plan_told_after_the_days_meeting_is_that_meeting(
    first: str, second: str, expected: list[tuple[str | None, str | None]]
) -> None:
    found = extract(first + " " + second, published="2018-04-20").meetings
    assert [
        (m.status.value if m.status else None, str(m.when.value) if m.when else None) for m in found
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent of a reception told with its place between: a participant
        (
            "President Yoweri Museveni arrived in Nairobi. President Museveni was warmly welcomed at the"
            " airport by Musalia Mudavadi, the Prime Cabinet Secretary.",
            [("musalia-mudavadi", "yoweri-museveni")],
        ),
        (
            "President Yoweri Museveni arrived in Nairobi. He was received at the state house by President"
            " William Ruto.",
            [("william-ruto", "yoweri-museveni")],
        ),
        # a place then "by" after a meeting verb that is no reception: who built the place, no one met
        (
            "President Yoweri Museveni arrived in Nairobi. He visited at the weekend the hall built by"
            " Musalia Mudavadi.",
            [],
        ),
        # time spent with someone, counted in fractions of an hour: a meeting
        (
            "King Hussein of Jordan arrived in Amman. He spent 2 1/2 hours with PLO Chairman Yasser Arafat on"
            " Monday.",
            [("hussein", "yasser-arafat")],
        ),
        # time spent on something, not with someone: none
        (
            "King Hussein of Jordan arrived in Amman. He spent 2 1/2 hours with reporters on Monday.",
            [],
        ),
    ],
)
def test_a_reception_by_its_host_and_time_spent_with_someone(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert [m.participants for m in extract(text, published="2025-07-30").meetings] == expected


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        # who the sentence names before the meeting word meets the leaders it names by their countries
        (
            "President Donald Trump will meet on Friday with the leaders of South Korea and Japan.",
            [("donald-trump", "moon-jae-in", "shinzo-abe")],
        ),
        # the leaders alone: their meeting
        ("The leaders of South Korea and Japan met on Friday.", [("moon-jae-in", "shinzo-abe")]),
        # who tells of it is no participant
        (
            "The leaders of South Korea and Japan met on Friday, Donald Trump said.",
            [("moon-jae-in", "shinzo-abe")],
        ),
    ],
)
def test_a_subject_meeting_the_leaders_of_countries_stays(last: str, expected: list[tuple[str, ...]]) -> None:
    text = (
        "South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe arrived in Osaka, as did"
        " President Donald Trump. " + last
    )
    found = extract(text, published="2019-06-30").meetings
    assert [m.participants for m in found if m.start > text.index(last) - 1] == expected


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        # who makes a visit, after "by": the visitor, with the host whose place it is
        ("A visit by Fox to Bush's ranch was a success.", [("george-w-bush", "vicente-fox")]),
        # "by" further on: who reports it, no visitor
        ("Bush held talks with aides on the visit, as reported by Fox.", []),
    ],
)
def test_the_visitor_after_a_visit_by(last: str, expected: list[tuple[str, ...]]) -> None:
    text = "President George W. Bush gave Mexican President Vicente Fox a gift. " + last
    found = extract(text, published="2004-03-07").meetings
    assert [m.participants for m in found if m.start >= text.index(last)] == expected


_TALKS_OF_FOUR = (
    "President Ana Lopes's talks with Chancellor Jonas Varga, President Tom Aru and Prime Minister Kim Sol "
    "were held on Tuesday by "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a videoconference gathers those listed: one call of them all
            _TALKS_OF_FOUR + "videoconference.",
            [("ana-lopes", "jonas-varga", "kim-sol", "tom-aru")],
        ),
        (  # by telephone: one call each
            _TALKS_OF_FOUR + "telephone.",
            [("ana-lopes", "jonas-varga"), ("ana-lopes", "tom-aru"), ("ana-lopes", "kim-sol")],
        ),
    ],
)
def test_talks_with_several_held_by_videoconference_are_one_call(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert [m.participants for m in extract(text, published="2020-03-17").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # courtesy calls on two: one each, planned as "is scheduled to call" says
            "During the visit, Prime Minister Ana Lopes is scheduled to call on President Jonas Varga and "
            "Vice President Tom Aru.",
            [(("ana-lopes", "jonas-varga"), "planned"), (("ana-lopes", "tom-aru"), "planned")],
        ),
        (  # an appeal to two ("called on ... to end"): no call on anyone
            "Prime Minister Ana Lopes called on Jonas Varga and Tom Aru to end the war.",
            [],
        ),
        (  # an appeal after another meeting word: no courtesy call on each
            "During her visit to Lisbon on Monday, Prime Minister Ana Lopes called on Jonas Varga and Tom "
            "Aru to ease visa rules.",
            [(("ana-lopes", "jonas-varga", "tom-aru"), "held")],
        ),
    ],
)
def test_a_call_on_two_is_a_courtesy_call_on_each(
    text: str, expected: list[tuple[tuple[str, ...], str | None]]
) -> None:
    found = extract(text, published="2024-06-21").meetings
    assert [(m.participants, m.status.value if m.status else None) for m in found] == expected
