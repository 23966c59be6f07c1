"""Text helpers of extraction: sentences, quotations, name folding, numbers and anchored matching."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from summitlib.extraction._anchors import RELATIVE_ANCHOR, UNIT, relative_anchors, unit_anchors
from summitlib.extraction._text import Sentences, fold_name, number_value, quotation_spans, windowed


def test_sentences_skip_abbreviations_and_initials() -> None:
    text = "U.S. President George W. Bush met Mr. Putin on Nov. 9. They talked.\n\nA new paragraph"
    spans = Sentences(text).spans
    assert [text[a:b] for a, b in spans] == [
        "U.S. President George W. Bush met Mr. Putin on Nov. 9.",
        "They talked.",
        "A new paragraph",
    ]


def test_sentence_index_and_around() -> None:
    text = "One. Two three. Four"
    sentences = Sentences(text)
    assert sentences.index(text.index("three")) == 1
    assert sentences.around(text.index("Four")) == (16, 20)


def test_a_short_line_going_on_in_lower_case_is_one_sentence_with_the_next() -> None:
    text = (
        "Taking to his official X account, Ruto\nrevealed that the two had a candid talk.\n"
        "According to Ruto, the two\ndiscussed trade."
    )
    assert [text[a:b] for a, b in Sentences(text).spans] == [
        "Taking to his official X account, Ruto\nrevealed that the two had a candid talk.",
        "According to Ruto, the two\ndiscussed trade.",
    ]


def test_a_short_line_before_a_capital_or_a_label_line_stays_apart() -> None:
    text = (
        "Taking to his official X account, Ruto\nRevealed: a candid talk.\nBy Staff Reporter\n"
        "nairobi bureau news."
    )
    assert [text[a:b] for a, b in Sentences(text).spans] == [
        "Taking to his official X account, Ruto",
        "Revealed: a candid talk.",
        "By Staff Reporter",
        "nairobi bureau news.",
    ]


def test_quotation_spans_include_the_marks() -> None:
    text = 'He said "yes" and “no”.'
    assert [text[a:b] for a, b in quotation_spans(text)] == ['"yes"', "“no”"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Sergey Lavrov", "Sergei Lavrov"),
        ("Dmitry Peskov", "Dmitri Peskov"),
        ("Yury Ushakov", "Yuri Ushakov"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("Putin’s", "Putin"),
        ("George H.W. Bush", "George H. W. Bush"),
    ],
)
def test_variants_fold_to_one_key(first: str, second: str) -> None:
    assert fold_name(first) == fold_name(second)


@pytest.mark.parametrize(("first", "second"), [("Putin", "Puton"), ("George W. Bush", "George H.W. Bush")])
def test_different_names_stay_apart(first: str, second: str) -> None:
    assert fold_name(first) != fold_name(second)


@given(st.text(max_size=40))
def test_folding_is_idempotent(name: str) -> None:
    """Folding a folded name changes nothing."""
    assert fold_name(fold_name(name)) == fold_name(name)


@pytest.mark.parametrize(
    ("word", "value"), [("ninety", 90), ("twenty-five", 25), ("an", 1), ("2.5", 2.5), ("16", 16), ("Four", 4)]
)
def test_number_value(word: str, value: float) -> None:
    assert number_value(word) == value


WORDS = st.lists(
    st.sampled_from(["ago", "two", "days", "x", " ", "three days ago", "  ", "ago."]), max_size=30
)


@given(WORDS.map("".join))
def test_windowed_equals_filtering_the_full_scan(text: str) -> None:
    """Searching only around anchors finds exactly the full-scan matches that contain an anchor."""
    pattern = re.compile(r"\b(?:two|three)\s+days\s+ago\b")
    anchors = re.compile(r"ago")
    full = [m.span() for m in pattern.finditer(text) if anchors.search(text, m.start(), m.end())]
    assert [
        m.span() for m in windowed(pattern, (a.span() for a in anchors.finditer(text)), text, 20, 3)
    ] == full


_SCAN_PIECES = [
    "the",
    "The",
    "them",
    "bathe",
    "According",
    "according to",
    "saccording",
    "President",
    "'s",
    "Xi",
    "x",
    "-",
    ".",
    "’",
    " ",
    "  ",
    "\n",
    "prime minister",
    "Tthe",
    "O'Neil",
    "U.S.",
    "his",
    "Her",
    "its",
    "their",
    "Both",
    "both the",
    "Russian",
    "Chinese",
    "leader",
    "presidents",
    " and ",
    "the Russian leader",
    "his Chinese counterpart's",
    "their Russian and Chinese presidents",
    "Both the Russian and Chinese leaders",
    "his Tonga and Samoa counterparts",
    "the center-left Argentina president",
]


_HEADS = {
    "_BARE_OFFICE": (r"\b(?=[Tt])(?:[Tt]he)", "[Tt](?<!\\w.)he"),
    "_DESCRIPTION": (
        r"\b(?=[thiTHI])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)",
        r"[TtHhIi](?<!\w.)(?:(?<=[Tt])he|(?<=[Hh])is|(?<=[Hh])er|(?<=[Tt])heir|(?<=[Ii])ts)",
    ),
    "_PLURAL_DESCRIPTION": (
        r"\b(?=[TtBbHh])(?:[Tt]he|[Bb]oth\s+the|[Bb]oth|[Tt]heir|[Hh]is|[Hh]er)",
        r"[TtBbHh](?<!\w.)(?:(?<=[Tt])he|(?<=[Bb])oth\s+the|(?<=[Bb])oth|(?<=[Tt])heir|(?<=[Hh])is|(?<=[Hh])er)",
    ),
}
"""Letter-first heads of whole-text scans and the word-boundary heads they replace (old, new)."""


@pytest.mark.parametrize(
    ("fast", "plain"),
    [
        ("summitlib.extraction._people_tokens:_WORD", r"(?<![\w'’-])(?<!(?<![a-z]{2})\.)[A-Z][\w'’-]*"),
        ("summitlib.extraction._people_descriptions:_BARE_OFFICE", None),
        ("summitlib.extraction._people_descriptions:_DESCRIPTION", None),
        ("summitlib.extraction._people_descriptions:_PLURAL_DESCRIPTION", None),
        ("summitlib.extraction.attributions:_ACCORDING", r"\b[Aa]ccording to\s+"),
    ],
)
@given(text=st.lists(st.sampled_from(_SCAN_PIECES), max_size=20).map("".join))
def test_capital_first_scans_match_the_word_boundary_forms(fast: str, plain: str | None, text: str) -> None:
    """Patterns written letter first ("[Tt](?<!\\w.)he", fast to scan) find what "\\bthe" finds."""

    module, name = fast.split(":")
    pattern = getattr(importlib.import_module(module), name)
    if plain is None:  # the pattern's head as it was written before
        old, new = _HEADS[name]
        plain = pattern.pattern.replace(new, old, 1)
        assert plain != pattern.pattern
    reference = re.compile(plain, pattern.flags)
    assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == [
        (m.span(), m.groupdict()) for m in reference.finditer(text)
    ]


_DATE_WORDS = (
    "nightfall Nightly weekly weekends Weeks months years yearly agony awaY fall_ falls fallen 21st 22ND"
    " autumnal 2Rd 4th_ 5thx Sunday Saturday SUNDAY Thursday Wednesday Tuesday Friday new news"
    " christmas CHRISTMAS last this next past coming early later in the by end of over during for within"
    " on On Christmas Day"
    " New Year's Eve weekend week month year spring Monday MONDAY monday Fridays today Tonight yesterday"
    " to-day to-morrow To-Morrow to-night day-to-day TODAY"
    " three Ten twenty-five several few couple an a 5 12th 3rd ago away from now night morning between and"
    " one two four six eight nine eleven forty sixty ninety"
    " half hour-long hours minutes mins hrs days day ſix İn ıt Kelvin ٣ 1/2 ½ - –"
)
_DATE_PIECES = [
    *_DATE_WORDS.split(),
    " ",
    "  ",
    "\n",
    ".",
    ",",
]


@pytest.mark.parametrize(
    ("name", "guard"),
    [
        (
            "summitlib.extraction._date_patterns:RELATIVE",
            "summitlib.extraction._date_patterns:RELATIVE_FIRST",
        ),
        ("summitlib.extraction.durations:_DURATION", "summitlib.extraction.durations:_DURATION_FIRST"),
    ],
)
@given(text=st.lists(st.sampled_from(_DATE_PIECES), max_size=14).map("".join))
@example(text=" ".join(_DATE_PIECES))
@example(text=" ".join(_DATE_PIECES).upper())
@example(text=" ".join(f"{w} hours, {w}-day summit, {w} days ago, last {w}" for w in _DATE_PIECES))
def test_first_character_guards_keep_every_match(name: str, guard: str, text: str) -> None:
    """A lookahead of the characters a pattern's matches can start with changes none of its matches."""
    patterns = []
    for path in (name, guard):
        module, attribute = path.split(":")
        patterns.append(getattr(importlib.import_module(module), attribute))
    pattern, head = patterns
    plain = re.compile(pattern.pattern.removeprefix(head), pattern.flags)
    assert plain.pattern != pattern.pattern
    for start in range(len(text) + 1):  # at every position, as the windows read them
        found, expected = pattern.match(text, start), plain.match(text, start)
        assert (found and (found.span(), found.groupdict())) == (
            expected and (expected.span(), expected.groupdict())
        )


@given(text=st.lists(st.sampled_from(_DATE_PIECES), max_size=16).map("".join))
@example(text=" ".join(_DATE_PIECES))
@example(text=" ".join(_DATE_PIECES).upper() + " ".join(_DATE_PIECES).title())
@example(text="weekends weekly 1st2nd 3RD, 4th_ new\n year NEW YEAR fall_ nightfall todays MondayTuesday")
@example(text="Chriſtmas ſix daYs agO, aWay İn ıt weeK mınutes hourſ")
@example(text="hours hour- hour-long xhours hrs HRS hr_ minutes minute minutex mins min minus mins_ days")
def test_anchors_equal_the_pattern_scans(text: str) -> None:
    """The anchors found by string search are the spans of ``RELATIVE_ANCHOR`` and ``UNIT``'s finditer."""
    assert relative_anchors(text) == [m.span() for m in RELATIVE_ANCHOR.finditer(text)]
    assert unit_anchors(text) == [m.span() for m in UNIT.finditer(text)]


@given(
    text=st.lists(
        st.sampled_from([*_SCAN_PIECES, "!", "?", "...", "”", ")", "\n\n", " \n ", "A", "1", "(", "“"]),
        max_size=20,
    ).map("".join)
)
def test_sentence_boundaries_scan_from_their_first_character(text: str) -> None:
    """The boundary pattern, written with its first character first, matches as its plain form."""
    from summitlib.extraction._text import _BOUNDARY

    plain = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n\s*")
    assert [(m.span(), m.group()) for m in _BOUNDARY.finditer(text)] == [
        (m.span(), m.group()) for m in plain.finditer(text)
    ]


def test_paragraphs_run_together_are_two_sentences() -> None:
    from summitlib.extraction._text import Sentences

    s = Sentences("Ties were healthy again.The report quoted an official. Mr.Smith came. The U.S.Army left.")
    assert [s.text[a:b] for a, b in s.spans] == [
        "Ties were healthy again.",
        "The report quoted an official.",
        "Mr.Smith came.",
        "The U.S.Army left.",
    ]


def test_guillemets_are_double_quotes() -> None:
    """«...» as agencies translated from Russian or French print them; a lone » in running text opens
    nothing."""
    text = "«It is a new level,» said the President. Prices » rose."
    assert [text[a:b] for a, b in quotation_spans(text)] == ["«It is a new level,»"]


def test_two_right_single_marks_close_a_double_quote() -> None:
    """“...’’ as Nigerian papers close a quotation: the next quotation is one of its own, not the end of
    a quotation swallowing the paragraph; one mark (“the leaders’ talks”) closes nothing."""
    text = "He wants to “consider the issues.’’ The President said: “We will meet.’’ and “the leaders’ talks”"
    assert [text[a:b] for a, b in quotation_spans(text)] == [
        "“consider the issues.’’",
        "“We will meet.’’",
        "“the leaders’ talks”",
    ]


def test_right_double_marks_open_where_copy_prints_only_those() -> None:
    """”...” as copy printing only right marks has it: a right mark after a space and before a word opens a
    quotation; one after a word ("the “talks” went") still closes."""
    text = "”Success will take time,” Bush said. He called Kenya a ”vital ally” and the “talks” went well."
    assert [text[a:b] for a, b in quotation_spans(text)] == [
        "”Success will take time,”",
        "”vital ally”",
        "“talks”",
    ]
    text = "He said it was over” and left."  # a stray right mark after a word opens nothing
    assert quotation_spans(text) == ()


def test_sentence_start_looks_back_no_further_than_the_longest_sentence() -> None:
    from summitlib.extraction._text import sentence_start

    text = "One sentence. " + "word " * 1000
    assert sentence_start(text, 30) == len("One sentence. ")
    assert sentence_start(text, 0) == 0
    # no sentence end within reach: the start is where reading stops, so that long texts stay linear
    assert sentence_start(text, len(text) - 1) == len(text) - 1 - 2000
    assert sentence_start("a\nb", 2) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deng praised Richard M. Nixon and Henry A. Kissinger", "Deng praised"),
        ("It rained. Mr. Koizumi met Wu", "Mr. Koizumi"),
        ("It rained. Koizumi met Wu", "Koizumi met"),
    ],
)
def test_sentence_start_skips_initials_and_titles(text: str, expected: str) -> None:
    from summitlib.extraction._text import sentence_start

    assert text.startswith(expected, sentence_start(text, len(text) - 1))


def test_sentence_end_looks_ahead_no_further_than_the_longest_sentence() -> None:
    from summitlib.extraction._text import sentence_end

    text = "One sentence. " + "word " * 1000
    assert sentence_end(text, 0) == len("One sentence")
    assert sentence_end("a\nb. c", 0) == 1
    assert sentence_end(text, len("One sentence. ")) == len("One sentence. ") + 2000
    assert sentence_end("short", 1) == len("short")


def _least_cpu_seconds(text: str, runs: int) -> float:
    """The least CPU time of this process that ``extract`` takes on ``text`` over ``runs`` runs (not the
    wall clock, which other processes on a shared machine stretch unevenly)."""
    import time

    from summitlib.extraction import extract

    times = []
    for _ in range(runs):
        began = time.process_time()
        extract(text, published="2020-01-01")
        times.append(time.process_time() - began)
    return min(times)


def _lines_run(text: str) -> int:
    """How many lines of Python ``extract`` runs on ``text``: a count of the work, not of the clock."""
    import sys

    from summitlib.extraction import extract

    count = 0

    def tracer(frame: object, event: str, arg: object) -> object:
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)  # type: ignore[arg-type]
    try:
        extract(text, published="2020-01-01")
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize(
    "unit",
    [
        "President Joe Biden spoke. In his meeting with Chancellor Olaf Scholz, the two leaders talked. ",
        "President Joe Biden spoke. The President met Chancellor Olaf Scholz. ",
        "President Vladimir Putin arrived. He met Chancellor Olaf Scholz. ",
        "Prime Minister Voreqe Bainimarama has told Penny Wong that he will invite Anthony Albanese. ",
        "He called Mr Muhyiddin's successor, Ismail Sabri. ",  # who is named between, once read over all
    ],
)
def test_pronouns_and_descriptions_are_read_in_linear_time(unit: str) -> None:
    _lines_run(unit * 20)  # caches warmed
    small, large = _lines_run(unit * 60), _lines_run(unit * 120)
    assert large <= 2.2 * small, (small, large)


@pytest.mark.parametrize(
    "unit",
    [
        "A White House statement said the statement said it added. ",  # each statement against every speaker
        'Putin and Tokayev spoke, the Kremlin said. "We agree," the statement read. ',  # the group before
        '"We agree," the statement said. ',
        # each description speaker once looked through every attribution, or every person, of the text:
        '"We agree," the spokesman said. Spokesman Dmitry Peskov met Xi. ',  # the one named in the role
        'spokeswoman Khusela Diko said she agreed. "Yes," she said. ',  # a quotation going on from one before
    ],
    ids=[
        "issued-statements",
        "group-before-statement",
        "statements-alone",
        "the-spokesman",
        "continued-quotations",
    ],
)
def test_statements_are_given_to_their_issuers_in_linear_time(unit: str) -> None:
    """A statement given to who issued it once looked through every attribution of the text for one over the
    same words and for the institution that spoke last (160 kB of such lines: 9 s). Twice the text: about
    2.1 times the lines when linear (the reaches of a few rules fill up), 2.7-2.9 with the old search."""
    _lines_run(unit * 20)  # caches warmed
    small, large = _lines_run(unit * 120), _lines_run(unit * 240)
    assert large <= 2.4 * small, (small, large)


@pytest.mark.parametrize(
    ("unit", "count"),
    [
        ("Putin-Trump-", 2500),  # a credited name's last word may hold hyphens: 78 s for 120 kB
        ("Putin Trump-Xi ", 2500),
        ("His meeting with Putin. ", 1500),  # the walk back to "his" over every mention of the one named
        (
            "condolence call over the incident two days ago ",
            1500,
        ),  # a page's stamp sought from the line's start
        ("They met on Monday, and a day earlier, ", 1000),  # each "a day earlier" against every date before
        # each meeting word's message once tested every mention of the text; each "according to" too
        ("He was carrying a letter to President Macron from Chancellor Scholz about the summit. ", 900),
        ("Kiir may hold talks with Bashir, according to the information minister, Barnaba Marial. ", 1800),
    ],
    ids=[
        "hyphenated-word",
        "hyphenated-names",
        "his-one-person",
        "days-ago-one-line",
        "days-earlier",
        "message-people",
        "according-to",
    ],
)
def test_long_repetitive_texts_are_read_in_linear_time(unit: str, count: int) -> None:
    """Texts that once took time quadratic in their length (a 120 kB hyphenated word 78 s, 280 kB of
    "two days ago" on one line 15 s, 156 kB of "a day earlier" 3.1 s against 0.36 s for a quarter).
    Same-run ratio of four times the text: about 4 when linear, 16 when quadratic. CPU time of this
    process (not the wall clock, which other processes on a shared machine stretch unevenly), the least
    of three runs."""
    from summitlib.extraction import extract

    extract(unit * 100, published="2020-01-01")  # caches warmed
    small, large = _least_cpu_seconds(unit * count, 3), _least_cpu_seconds(unit * 4 * count, 3)
    assert large < 8 * small, (small, large)


def test_the_last_speaker_before_a_description_is_found_in_linear_time() -> None:
    """ "The minister said" once looked through every attribution of the text for the speaker named last
    before it: 2.25 times the lines for twice the text (2.0 when linear: each found by bisection)."""
    unit = 'Foreign Minister Wang Yi met Blinken. "We agree," the minister said. '
    _lines_run(unit * 20)  # caches warmed
    small, large = _lines_run(unit * 240), _lines_run(unit * 480)
    assert large <= 2.1 * small, (small, large)


def test_a_text_naming_thousands_of_people_is_read_in_linear_time() -> None:
    """Each new name was compared with every person named before it (and the fallbacks, initials and a
    misspelt family name, with everyone too): 2,000 sentences of three new people each took 13 s, 14.6
    times the time of 500. Now a name meets only the people who share a word with it, or a form one letter
    apart: about 4.6 times. CPU time of this process, the least of two runs."""
    import itertools

    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "be", "do"]
    words = ["".join(parts).capitalize() for parts in itertools.product(syllables, repeat=4)]

    def seconds(count: int) -> float:
        text = " ".join(
            f"President {words[2 * i]} {words[2 * i + 1]} met King {words[9999 - i]} of Jordan."
            for i in range(count)
        )
        return _least_cpu_seconds(text, 2)

    seconds(50)  # caches warmed
    small, large = seconds(500), seconds(2000)
    assert large < 8 * small, (small, large)


def test_verb_first_quotations_are_read_in_linear_time() -> None:
    """'Remarked a senior official: "..."' once tested every attribution of the text for one over its
    quotation: 2.5 times the lines for twice the text (2.0 when linear: by bisection, as the continued
    quotations are)."""
    unit = 'Remarked a senior official: "Yes." '
    _lines_run(unit * 20)  # caches warmed
    small, large = _lines_run(unit * 300), _lines_run(unit * 600)
    assert large <= 2.2 * small, (small, large)


def test_weekdays_dated_in_brackets_are_read_in_linear_time() -> None:
    """A relative date inside a weekday's dated mention ("on Wednesday (February 22, 2023)") was looked for in
    every such mention of the text, for each relative date (160 kB of them: 2 s, 320 kB: 6.7 s); one bisection
    of the mentions' starts now. Twice the text: about 2 times the lines when linear, 2.7 with the old."""
    unit = "on Wednesday (February 22, 2023) and Wednesday "
    _lines_run(unit * 20)  # caches warmed
    small, large = _lines_run(unit * 150), _lines_run(unit * 300)
    assert large <= 2.2 * small, (small, large)


@pytest.mark.parametrize(
    "unit",
    [
        # no one named is Vietnamese: every naming before each description was asked, then each first naming's
        # surroundings searched for the country (160 kB: 6.4 s)
        "Hun Sen met the Vietnamese leader and President Say Chhum. ",
        "President Joe Biden spoke. Kovind will meet the visiting president. ",  # everyone in the sentence
    ],
    ids=["description-of-a-country", "the-visiting-president"],
)
def test_descriptions_ask_each_person_named_before_once(unit: str) -> None:
    """A description ("the Vietnamese leader", "the visiting president") asked every naming of the text before
    it; it asks each person once now. Twice the text: about 2 times the lines, 2.6 and more with the old."""
    _lines_run(unit * 20)  # caches warmed
    small, large = _lines_run(unit * 100), _lines_run(unit * 200)
    assert large <= 2.2 * small, (small, large)


def test_a_title_set_off_by_commas_reads_a_bounded_stretch_of_a_long_line() -> None:
    """Whether the words before a comma open a headline ("King, Mubarak hold talks") copied the whole line up
    to the comma, the whole text when it has no line break: every title before a name copied the text so
    far (320 kB on one line: 4.1 s). It reads a bounded stretch now, so the largest block it allocates is
    small whatever the line's length."""
    import tracemalloc

    from summitlib.extraction._cast_offices import appositive
    from summitlib.extraction._lexicon import Lexicon
    from summitlib.extraction._types import PersonMention
    from summitlib.records import Records

    text = "She will meet the press. " * 8000 + "She met the Prime Minister, Mr Kosygin."
    start = text.index("Mr Kosygin")
    mention = PersonMention(start=start, end=len(text) - 1, text="Mr Kosygin", name="Kosygin")
    lexicon = Lexicon(Records())
    assert appositive(text, mention, lexicon)[1] == "Prime Minister"
    tracemalloc.start()
    try:
        appositive(text, mention, lexicon)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000, peak


_LONG = "The minister said the talks would go on for as long as it took to reach a settlement of the dispute"


def test_a_quotation_left_open_ends_with_its_long_line_when_another_opens_after() -> None:
    """Copy with one newline between paragraphs: a quotation left open ("... it seems that "India has
    priorities ...") ends with its paragraph's line when the next quote mark opens another, so the words
    between are no quotation; the mark after opens its own."""
    text = f'Venn said that "{_LONG}, {_LONG}.\nHe went on to say it. "The offer stands," he added.'
    spans = [text[a:b] for a, b in quotation_spans(text)]
    assert spans == ['"The offer stands,"']


def test_a_quotation_closed_on_the_next_line_runs_across_it() -> None:
    """ "... relations.\\nThis is the way ...,"": a closing mark on the next line closes the quotation."""
    text = f'Venn said, "{_LONG}.\nThis is the way things should be." Then she left.'
    assert [text[a:b] for a, b in quotation_spans(text)] == [text[text.index('"') : text.index("be.") + 4]]


def test_wrapped_short_lines_keep_a_quotation_open() -> None:
    """Text wrapped at a fixed width: a newline after a short line is no paragraph break."""
    text = 'Venn said, "The talks would go on\nfor as long as it took. "Yes," he said.'
    assert quotation_spans(text)[0] == (11, text.index('"Yes') + 1)


def test_double_primes_quote_as_archived_wire_copy_prints_them() -> None:
    """ "he said: ″We talked.″", "``We talked,″ he said": a double prime opens and closes a quotation as a
    straight mark does; after a digit (a size in inches, 12″) it opens none."""
    text = "He said: ″We talked quietly.″ Then ``We left,″ he added. The 12″ screen was new."
    assert [text[a:b] for a, b in quotation_spans(text)] == ["″We talked quietly.″", "``We left,″"]


def test_the_n_leaders_are_chosen_in_linear_time() -> None:
    """ "X met the four leaders" counted every group of four people named together in every sentence of the
    text, again for each such clause (160 kB: 4.5 s, 320 kB: 20 s); the groups are now counted once per text
    and size and indexed by member (`GroupCounts`). Twice the text: about 2 times the lines when linear."""
    unit = "Umaru Yar'Adua met the four leaders on Monday. "
    _lines_run(unit * 20)  # caches warmed
    small, large = _lines_run(unit * 300), _lines_run(unit * 600)
    assert large <= 2.2 * small, (small, large)
