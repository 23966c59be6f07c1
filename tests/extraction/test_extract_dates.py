"""Dates: absolute ones at their precision, relative ones resolved against the anchor or left unresolved."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta, weekdays
from hypothesis import example, given
from hypothesis import strategies as st

from summitlib import DateSpan, PartialDate
from summitlib.extraction import DateMention, _date_patterns
from summitlib.extraction.dates import find_dates

ANCHOR = PartialDate.parse("2017-11-10")  # a Friday


def dates(text: str, anchor: PartialDate | None = ANCHOR) -> list[tuple[str, str | None, str]]:
    return [(d.text, None if d.value is None else str(d.value), d.rule) for d in find_dates(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was July 16, 2018.", ("July 16, 2018", "2018-07-16", "absolute")),
        ("It was 16 July 2018.", ("16 July 2018", "2018-07-16", "absolute")),
        ("It was Nov. 9, 2017.", ("Nov. 9, 2017", "2017-11-09", "absolute")),
        ("in April 2014, when", ("April 2014", "2014-04", "absolute")),
        ("Bush in 2001 said", ("2001", "2001", "absolute")),
        ("filed on 2019-02-27 late", ("2019-02-27", "2019-02-27", "absolute")),
        (
            "a November 10-11 summit",
            ("November 10-11", "2017-11-10/2017-11-11", "month-day:year-from-anchor:nearest:this"),
        ),
        ("In September, Putin floated", ("In September", "2017-09", "month:year-from-anchor:this")),
        ("ordered seized in December", ("in December", "2016-12", "month:year-from-anchor:last")),
    ],
)
def test_absolute_dates_keep_their_precision(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]


def test_span_is_a_date_span() -> None:
    [mention] = find_dates("the June 3-4, 1961 summit", None)
    assert mention.value == DateSpan.parse("1961-06-03/1961-06-04")
    assert not mention.relative


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        ("they met last Friday", "2017-11-03", "weekday:last"),
        ("On Saturday, he said", "2017-11-04", "weekday:most-recent"),
        ("on Friday they met", "2017-11-10", "weekday:most-recent"),
        ("they will meet on Sunday", "2017-11-12", "weekday:coming"),
        ("Friday's meeting will help", "2017-11-10", "weekday:most-recent"),
        ("next Monday", "2017-11-13", "weekday:next"),
        ("met four months ago", "2017-07", "ago:months"),
        ("two days ago", "2017-11-08", "ago:days"),
        ("a year ago", "2016-11", "ago:a-year"),
        ("an election four months away", "2018-03", "ahead:months"),
        ("set to take effect next week", "2017-11-13/2017-11-19", "week:next"),
        ("This week, Trump has met", "2017-11-06/2017-11-12", "week:this"),
        ("talks today", "2017-11-10", "day:today"),
        ("talks yesterday", "2017-11-09", "day:yesterday"),
        ("last month", "2017-10", "month:last"),
        ("last year's election", "2016", "year:last"),
        ("Early this year, there was talk", "2017", "year:this"),
    ],
)
def test_relative_dates_resolve_against_the_anchor(text: str, value: str, rule: str) -> None:
    [mention] = find_dates(text, ANCHOR)
    assert (str(mention.value), mention.rule, mention.anchor, mention.relative) == (value, rule, ANCHOR, True)


@pytest.mark.parametrize(
    "text",
    ["last Friday", "On Saturday", "four months ago", "next week", "today", "in September", "November 8"],
)
def test_relative_dates_without_anchor_are_never_guessed(text: str) -> None:
    [mention] = find_dates(text, None)
    assert (mention.value, mention.rule, mention.anchor) == (None, "unresolved:no-anchor", None)


def test_coarse_anchor_resolves_only_what_it_can() -> None:
    july = PartialDate.parse("2017-07")
    assert dates("three days ago", july) == [("three days ago", None, "unresolved:anchor-too-coarse")]
    assert dates("last year", july) == [("last year", "2016", "year:last")]
    assert dates("two months ago", july) == [("two months ago", "2017-05", "ago:months")]
    assert dates("in May", PartialDate.parse("2017")) == [("in May", None, "unresolved:anchor-too-coarse")]


@pytest.mark.parametrize(
    "text",
    [
        "At least 10,000 people have been killed.",
        "It cost $2017 in fees.",
        "a columnist for USA Today wrote",
        "The Price We Pay Today",
        "Theresa May may visit",
        "He works Fridays.",
        "It will march on.",
    ],
)
def test_things_that_are_not_dates(text: str) -> None:
    assert find_dates(text, ANCHOR) == []


@pytest.mark.parametrize("determiner", ["her", "their", "Putin's"])
def test_a_month_day_after_a_possessive_before_a_noun_is_the_nearest(determiner: str) -> None:
    anchor = PartialDate.parse("2015-03-27")
    assert dates(f"Swaraj has postponed {determiner} March 28-31 visit.", anchor) == [
        ("March 28-31", "2015-03-28/2015-03-31", "month-day:year-from-anchor:nearest:this")
    ]
    assert dates("Swaraj has postponed visits since March 28.", anchor)[0][1] == "2014-03-28"


def test_future_sentence_picks_the_nearest_year() -> None:
    assert dates("He will press Putin, as he said on November 8.") == [
        ("on November 8", "2017-11-08", "month-day:year-from-anchor:nearest:this")
    ]
    assert dates("The summit will be held in March.") == [
        ("in March", "2018-03", "month:year-from-anchor:nearest:next")
    ]


def test_mentions_are_spans_of_the_text() -> None:
    text = "On Saturday, four months ago, in July 2017 and on November 10-11."
    for mention in find_dates(text, ANCHOR):
        assert isinstance(mention, DateMention)
        assert text[mention.start : mention.end] == mention.text


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(st.dates(dt.date(1950, 1, 1), dt.date(2040, 12, 31)), st.sampled_from(WEEKDAYS))
def test_last_weekday_is_that_weekday_in_the_week_before(anchor: dt.date, weekday: str) -> None:
    """'last <weekday>' is a day with that name, 1 to 7 days before the anchor."""
    [mention] = find_dates(f"They met last {weekday}.", PartialDate.from_date(anchor))
    assert isinstance(mention.value, PartialDate)
    day = mention.value.earliest
    assert day.strftime("%A") == weekday
    assert 1 <= (anchor - day).days <= 7


@given(st.dates(dt.date(1950, 1, 1), dt.date(2040, 12, 31)), st.integers(1, 9))
def test_days_ago_subtracts_days(anchor: dt.date, n: int) -> None:
    """'<n> days ago' is exactly n days before the anchor."""
    [mention] = find_dates(f"It happened {n} days ago.", PartialDate.from_date(anchor))
    assert mention.value == PartialDate.from_date(anchor - dt.timedelta(days=n))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Faizan Hashmi 2 minutes ago Thu", ("2 minutes ago", "2017-11-10", "ago:minutes")),
        ("Updated 5 hours ago", ("5 hours ago", "2017-11-10", "ago:hours")),
        ("Putin, Macron To Hold Video Conference On Friday", ("On Friday", "2017-11-10", "weekday:coming")),
        ("Xi and Putin to visit Hanoi on Sunday", ("on Sunday", "2017-11-12", "weekday:coming")),
        (
            "a meeting would take place in January.",
            ("in January", "2018-01", "month:year-from-anchor:nearest:next"),
        ),
        ("a deal to be signed by December.", ("December", "2017-12", "month:year-from-anchor:nearest:this")),
    ],
)
def test_page_times_headline_plans_and_deadlines(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]


def test_a_first_in_so_many_years_is_no_date_ahead() -> None:
    assert dates("China, Soviets to Hold 1st Summit in 30 Years in ’89") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("New Delhi, Jan 9 (PTI) Prime Minister Narendra Modi spoke", ("Jan 9", "2017-01-09")),
        ("Nairobi, 12 May 2023 – President William Ruto met", ("12 May 2023", "2023-05-12")),
        ("PARIS, 3 March: the president said", ("3 March", "2017-03-03")),
        ("TOKYO/WASHINGTON, Oct 28 (Reuters) - U.S. President", ("Oct 28", "2017-10-28")),
    ],
)
def test_datelines_with_an_agency_and_no_dash_or_day_first(text: str, expected: tuple[str, str]) -> None:
    from summitlib.extraction.dates import find_dateline

    found = find_dateline(text, ANCHOR)
    assert found is not None
    assert (found.text, str(found.value)) == expected
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA (NewsWire, Feb. 13) -- The two presidents met", ("Feb. 13", "2017-02-13")),
        ("Lusaka, May 22, ZNA - The president arrived", ("May 22", "2017-05-22")),
        ("OSLO, March 17. /NTB/. The prime minister said", ("March 17", "2017-03-17")),
    ],
)
def test_datelines_with_the_credit_around_or_after_the_day(text: str, expected: tuple[str, str]) -> None:
    from summitlib.extraction.dates import find_dateline

    found = find_dateline(text, ANCHOR)
    assert found is not None
    assert (found.text, str(found.value)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The summit (NewsWire, Feb. 13) -- opened",  # no place opens the line
        "Lusaka, May 22, said the agency - in a statement",  # no agency's capitals after the day
        "Talks began in Oslo, March 17. /NTB/. The prime minister said",  # the place does not open the line
    ],
)
def test_no_dateline_in_near_misses_of_credited_datelines(text: str) -> None:
    from summitlib.extraction.dates import find_dateline

    assert find_dateline(text, ANCHOR) is None


def test_a_name_and_an_age_are_no_dateline() -> None:
    from summitlib.extraction.dates import find_dateline

    assert find_dateline("Putin, 70, said on Monday - in Moscow.", ANCHOR) is None
    assert find_dateline("(Reuters) Talks in Tokyo, July 24. Nixon met Sato.", ANCHOR) is None
    assert find_dateline("(Talks in Tokyo, July 24. Nixon met Sato.", ANCHOR) is None  # no capitals' place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(N.Z. PA—Reuter) TOKYO, July 24.\nAmerican concern grew.", ("July 24", "1972-07-24")),
        ("TOKYO, July 24.\nAmerican concern grew.", ("July 24", "1972-07-24")),
        (
            "OT Z. Press Association—Copyright) PEKING, September 26. With agreement",
            ("September 26", "1972-09-26"),
        ),
        (  # a subheading, then a credit and a receipt time before the place
            "Friendly Atmosphere For Talks (N.Z. Press Association—Copyright) (Rec. 10 p.m.) WASHINGTON,"
            " July 24. Mr Khrushchev will today meet",
            ("July 24", "1972-07-24"),
        ),
        (  # a wire's dash lost: the day runs into the first sentence
            "Pompeo asks S.Korea to understand\n\nSeoul, July 24 US Secretary of State Mike Pompeo called",
            ("July 24", "1972-07-24"),
        ),
        (  # nothing after the day on its line
            "Nehru Tells Eden About Talks\n\n(Rec. 8 p.m.) LONDON, July 24\n\nSir Anthony Eden today spent",
            ("July 24", "1972-07-24"),
        ),
        (  # the credit's closing bracket lost
            "U.S. assurance for Japan\n\n(N.Z. Press TOKYO, July 24. President Nixon's adviser assured",
            ("July 24", "1972-07-24"),
        ),
    ],
)
def test_a_wire_dateline_at_a_line_end_or_after_a_credit_that_lost_its_parenthesis(
    text: str, expected: tuple[str, str]
) -> None:
    from summitlib.extraction.dates import find_dateline

    found = find_dateline(text, PartialDate.parse("1972-07-25"))
    assert found is not None
    assert (found.text, str(found.value)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Smith, September 26.\nWith thanks.",  # a name, not a wire service's capitals
        "He said (twice) PARIS, he said, was calm.",  # no date after the place
        "TOKYO, July 24 was hot.\nAmerican concern grew.",  # no stop, dash or credit after the day
        "Friendly talks on trade, July 24. Nothing more.",  # words before the place, but no credit
        "Smith, July 24\nWith thanks.",  # a line's end ends only a wire service's capitals
        "Talks on trade (in Rome) Paris, July 24 He said",  # a day run into words ends no credited line
    ],
)
def test_lines_like_a_dateline_are_none(text: str) -> None:
    from summitlib.extraction.dates import find_dateline

    assert find_dateline(text, PartialDate.parse("1972-07-25")) is None


def test_the_dateline_is_recorded_not_listed_among_the_dates() -> None:
    from summitlib.extraction import extract

    text = "TOKYO, July 24.\nThe prime minister said today that he would meet Nixon."
    result = extract(text, published="1972-07-25")
    assert result.dateline is not None and result.dateline.text == "July 24"
    assert [(d.text, str(d.value)) for d in result.dates] == [("today", "1972-07-24")]
    # without the dateline, its words are a date like any other
    assert [d.text for d in find_dates(text, PartialDate.parse("1972-07-25"))] == ["July 24", "today"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AFP, Friday 1 Aug 2014", [("1 Aug 2014", "2014-08-01", "absolute")]),
        ("PUBLISHED : Saturday, 25 October, 2008, 12:00am", [("25 October, 2008", "2008-10-25", "absolute")]),
        ("Monday, May. 02, 1960", [("May. 02, 1960", "1960-05-02", "absolute")]),
        ("By JT - Apr 20,2023 - Last updated", [("Apr 20,2023", "2023-04-20", "absolute")]),
    ],
)
def test_a_weekday_before_a_full_date_is_part_of_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_a_weekday_with_its_full_date_in_brackets_dates_the_weekday_said_again() -> None:
    text = (
        "He will return on Wednesday (February 22, 2023), for another commitment."
        ' "I will return to the country on Wednesday," he said.'
    )
    assert dates(text, PartialDate.parse("2023-02")) == [
        ("on Wednesday (February 22, 2023)", "2023-02-22", "weekday:dated"),
        ("February 22, 2023", "2023-02-22", "absolute"),
        ("on Wednesday", "2023-02-22", "weekday:restated"),
    ]
    # without brackets, a weekday before a full date is part of that absolute date (a page's stamp)
    assert dates("Wednesday, February 22, 2023", PartialDate.parse("2023-02")) == [
        ("February 22, 2023", "2023-02-22", "absolute")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He left in the early morning hours today, Sunday May 3rd, for",
            [("today, Sunday May 3rd", "2020-05-03", "day:dated")],
        ),
        ("They met yesterday (2 May) in Asmara.", [("yesterday (2 May)", "2020-05-02", "day:dated")]),
        ("The talks end on Sunday 3 May.", [("on Sunday 3 May", "2020-05-03", "weekday:dated")]),
        (
            "They had talks on Thursday (2 May) with him.",
            [("on Thursday (2 May)", "2020-05-02", "weekday:dated")],
        ),
        (
            "He came on Thursday, April 30, and left.",
            [("on Thursday, April 30", "2020-04-30", "weekday:dated")],
        ),
    ],
)
def test_a_day_word_with_its_date_after_it_is_that_date_in_one_mention(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert dates(text, PartialDate.parse("2020-05-04")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met today, May officials said.", [("today", "2020-05-04", "day:today")]),
        ("They met on Friday 12 hours after the vote.", [("on Friday", "2020-05-01", "weekday:most-recent")]),
        ("It was Sunday.\n3 May saw talks.", [("Sunday", "2020-05-03", "weekday:most-recent")]),
    ],
)
def test_a_day_word_without_a_date_after_it_keeps_its_rule(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = dates(text, PartialDate.parse("2020-05-04"))
    assert [d for d in found if d[2] != "month-day:year-from-anchor:this"] == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "They met on Monday. Talks resumed the following day.",
            "2017-07-12",
            ("2017-07-11", "following-day"),
        ),
        ("They met on Monday and again the next morning.", "2017-07-12", ("2017-07-11", "next-morning")),
        (
            "Abiy came to power in March 2018. The leaders first met the same year.",
            "2020-01-26",
            ("2018", "same-year"),
        ),
        (
            "Moscow recalled him in March. He came back the following month.",
            "2021-06-16",
            ("2021-04", "following-month"),
        ),
        (
            "At 10 a.m. Tuesday, Deng met Gorbachev, who had arrived a day earlier.",
            "1989-05-16",
            ("1989-05-15", "days-earlier"),
        ),
        (
            "The talks on June 13 recalled the Expo 2010 on the previous day.",
            "2010-06-20",
            ("2010-06-12", "previous-day"),
        ),
        (
            "They met in Geneva on Aug. 7. The same week, Xi spoke.",
            "2024-08-12",
            ("2024-08-05/2024-08-11", "same-week"),
        ),
        (
            "The deal was signed in 1972. Two years later the talks broke down.",
            "2001-07-13",
            ("1974", "years-later"),
        ),
        ("They met on Monday. Later that day, the talks ended.", "2017-07-12", ("2017-07-10", "that-day")),
        (
            "His visit comes a week after Kenyatta made a courtesy visit.",
            "2023-08-13",
            ("2023-08-06", "days-after"),
        ),
        ("Gorbachev, who had arrived a day earlier, met Deng.", "1989-05-16", ("1989-05-15", "days-earlier")),
    ],
)
def test_a_date_told_against_the_last_date_before_it(
    text: str, anchor: str, expected: tuple[str, str]
) -> None:
    found = find_dates(text, PartialDate.parse(anchor))
    value, label = expected
    assert [(str(d.value), d.rule) for d in found if d.rule.startswith("reference:")] == [
        (value, f"reference:{label}")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the story's own day (its lede's), not the latest one told before
            "Putin had a phone call on Tuesday with Modi. Modi met Biden on Monday. The call came nearly "
            "four days after Modi visited Kyiv.",
            "2024-08-23",
        ),
        (
            "De Klerk and Mandela met for the first time Monday. The meeting came four days after a "
            "conference.",
            "2024-08-22",
        ),
        (  # a day ahead is no day of what came
            "The summit set for August 30 was cancelled. The decision came a day after the protests.",
            "2024-08-26",
        ),
        ("The talks, held on Saturday, came a day after the protests.", "2024-08-23"),  # its own sentence's
    ],
)
def test_a_came_after_date_counts_from_its_sentence_or_the_storys_own_day(text: str, expected: str) -> None:
    found = find_dates(text, PartialDate.parse("2024-08-27"))
    [mention] = [d for d in found if d.rule.startswith("reference:")]
    assert str(mention.value) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two days after the vote, he resigned.",  # from an event the text does not date
        "Talks will go on over the next week.",  # ahead of the anchor: "next week"
        "A few days later, he resigned.",  # no number of days
        "He said the same thing the day before.",
        "They met a week after the vote.",  # "after" without "came"
    ],
)
def test_no_date_told_against_another(text: str) -> None:
    assert [d for d in find_dates(text, ANCHOR) if d.rule.startswith("reference:")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenyatta on Monday met Kagame.", ("on Monday", "weekday:most-recent:anchor-month")),
        ("They met last Friday.", ("last Friday", "weekday:last:anchor-month")),
        ("He will fly in on Thursday.", ("on Thursday", "weekday:coming:anchor-month")),
        ("Sezibera last week said so.", ("last week", "week:last:anchor-month")),
        ("The talks ended today.", ("today", "day:today:anchor-month")),
    ],
)
def test_a_day_near_an_anchor_known_to_its_month_is_that_month(text: str, expected: tuple[str, str]) -> None:
    march = PartialDate.parse("2019-03")
    assert dates(text, march) == [(expected[0], "2019-03", expected[1])]


def test_a_day_told_against_a_month_anchor_is_that_month_only_on_the_same_day() -> None:
    march = PartialDate.parse("2019-03")
    assert dates("They met on the same day.", march) == [
        ("the same day", "2019-03", "reference:same-day:anchor-month")
    ]
    assert dates("They met again two years later.", march) == [
        ("two years later", "2021", "reference:years-later")
    ]
    assert dates("They met three days ago.", march) == [
        ("three days ago", None, "unresolved:anchor-too-coarse")
    ]


def test_a_date_told_against_another_with_no_date_to_count_from_stays_unresolved() -> None:
    assert dates("Talks resumed the following day.", None) == [
        ("the following day", None, "unresolved:no-anchor")
    ]
    assert dates("Talks resumed the following day.", PartialDate.parse("2017-07")) == [
        ("the following day", None, "unresolved:anchor-too-coarse")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trump's visit delayed\nJuly 11, 2017 / 6:05 PM / a month ago\n\nTrump's planned visit",
        "Merkel, Obama haven't spoken\nJuly 11, 2014 | 10:15 AM EDT | 3 years ago\n",
        "a month ago\nTrump's planned state visit to UK delayed",
    ],
)
def test_the_age_of_a_page_on_its_stamp_is_no_date(text: str) -> None:
    [mention] = [d for d in find_dates(text, ANCHOR) if d.relative]
    assert (mention.value, mention.rule) == (None, "unresolved:page-age")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sumaira FH 2 minutes ago Thu 24th October", ("2 minutes ago", "2017-11-10", "ago:minutes")),
        ("Updated 5:36 a.m. ET\n2 min ago\n", ("2 min ago", "2017-11-10", "ago:mins")),
        ("They met a month ago in Hungary.", ("a month ago", "2017-10", "ago:months")),
        ("At 6:05 PM they said they met a month ago.", ("a month ago", "2017-10", "ago:months")),
    ],
)
def test_an_ago_in_a_sentence_or_under_a_day_counts_from_the_anchor(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [d for d in dates(text) if d[2].startswith("ago")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a dynasty which goes back to five decades ago.", [("five decades ago", "1967", "ago:decades")]),
        ("They last met a decade ago.", [("a decade ago", "2007", "ago:decades")]),
        ("They have feuded for decades.", []),
        ("Decades ago, they met.", [("Decades ago", None, "unresolved:vague")]),  # no number: no year to give
    ],
)
def test_decades_ago(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert dates(text, PartialDate.parse("2017-09-12")) == expected


@pytest.mark.parametrize(
    ("anchor", "text", "value"),
    [
        ("2013-09-16", "He speaks there next Tuesday.", "2013-09-24"),  # a Monday: next week's Tuesday
        ("2013-09-16", "He will speak there on Tuesday.", "2013-09-17"),  # a bare weekday: the coming one
        ("2013-09-20", "He speaks there next Tuesday.", "2013-09-24"),  # a Friday: the coming Tuesday
        ("2013-09-15", "He speaks there next Monday.", "2013-09-16"),  # a Sunday: tomorrow begins next week
        ("2013-09-17", "He speaks there next Tuesday.", "2013-09-24"),  # a Tuesday: a week on
    ],
)
def test_next_weekday_is_that_day_of_the_week_after_the_anchors(anchor: str, text: str, value: str) -> None:
    [mention] = find_dates(text, PartialDate.parse(anchor))
    assert str(mention.value) == value


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        (
            "Pacific island leaders will meet with Indian Prime Minister Narendra Modi and a high-level U.S. "
            "delegation in Papua New Guinea on Monday, Fijian officials said.",
            "2023-05-22",
            "weekday:coming",
        ),
        ("They would also meet later on Monday with a U.S. delegation.", "2023-05-22", "weekday:coming"),
        (
            "In a rare move that could aggravate already strained relations, Vice Premier Wu Yi abruptly "
            "canceled a meeting Monday with Prime Minister Junichiro Koizumi.",
            "2023-05-15",
            "weekday:most-recent",
        ),
        (
            "The summit that leaders will attend next month in the Pacific island nation was the subject of "
            "talks between the two officials, who met in Tokyo on Monday.",
            "2023-05-15",
            "weekday:most-recent",
        ),
        (
            "The meeting has now been postponed to Monday following failure by the rebels to arrive.",
            "2023-05-22",
            "weekday:coming",
        ),
        (
            "Instead, the rebel team would now fly in on Monday, ready for talks.",
            "2023-05-22",
            "weekday:coming",
        ),
        (  # a participle before "by" is no past-tense verb between the cue and the day
            "The key meeting will be a session with Ministers, chaired by Mr Callaghan, at Downing Street on "
            "Monday.",
            "2023-05-22",
            "weekday:coming",
        ),
        (
            "The key meeting was a session with Ministers, who gathered at Downing Street on Monday.",
            "2023-05-15",
            "weekday:most-recent",
        ),
        ("Monday's meeting will be chaired by the Prime Minister.", "2023-05-22", "weekday:coming"),
        ("Monday's meeting was chaired by the Prime Minister.", "2023-05-15", "weekday:most-recent"),
        ("Monday's two-day talks are expected to focus on trade.", "2023-05-22", "weekday:coming"),
        ("Monday's meeting will help ease tensions.", "2023-05-15", "weekday:most-recent"),
    ],
)
def test_a_future_cue_earlier_in_the_clause_of_a_weekday(text: str, value: str, rule: str) -> None:
    found = [d for d in find_dates(text, PartialDate.parse("2023-05-18")) if d.rule.startswith("weekday")]
    assert [(str(d.value), d.rule) for d in found] == [(value, rule)]


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        (
            "2013-09-16",
            "Media reported over the weekend that",
            ("over the weekend", "2013-09-14/2013-09-15", "most-recent"),
        ),
        (
            "2013-09-15",
            "Media reported over the weekend that",
            ("over the weekend", "2013-09-14/2013-09-15", "most-recent"),
        ),
        (
            "2013-09-14",
            "The ministers met at the weekend.",
            ("at the weekend", "2013-09-14/2013-09-15", "most-recent"),
        ),
        (
            "2013-09-16",
            "The leaders will meet over the weekend.",
            ("over the weekend", "2013-09-21/2013-09-22", "coming"),
        ),
    ],
)
def test_over_the_weekend(anchor: str, text: str, expected: tuple[str, str, str]) -> None:
    words, value, rule = expected
    assert dates(text, PartialDate.parse(anchor)) == [(words, value, f"weekend:{rule}")]


@pytest.mark.parametrize("text", ["The weekend edition ran the story.", "They stayed for the weekend."])
def test_the_weekend_without_over_or_at_is_no_date(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It will be the first U.S.-Soviet summit in six years.",
        "It will be the first U.S. summit with Iran in six years.",
    ],
)
def test_a_first_in_so_many_years_after_an_abbreviation_is_no_date_ahead(text: str) -> None:
    assert dates(text) == []


def test_a_sentence_end_between_a_first_and_an_in_years_leaves_the_date() -> None:
    text = "It was the first. The leaders will meet in six years."
    assert dates(text) == [("in six years", "2023", "in:years")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Netanyahu was a special guest at the June summit.",
            [("June", "2017-06", "month:year-from-anchor:nearest:this")],
        ),
        ("They prepared a December visit.", [("December", "2017-12", "month:year-from-anchor:nearest:this")]),
        ("They met under the May government.", []),  # no event after the month
        ("the March rally", []),  # not an event of leaders
        ("Will the talks go on? May they never end.", []),
        (
            "They laid the groundwork for the June video conference.",
            [("June", "2017-06", "month:year-from-anchor:nearest:this")],
        ),
        (
            "He spoke ahead of the October presidential election.",
            [("October", "2017-10", "month:year-from-anchor:nearest:this")],
        ),
        ("That May be the last summit of the year.", []),  # a verb between: the modal
        ("They met under the May government and its summit plans.", []),  # a preposition between
    ],
)
def test_a_month_named_as_an_events_needs_no_preposition(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert dates(text, PartialDate.parse("2017-09-12")) == expected


def test_the_day_itself_and_capitalised_months() -> None:
    from summitlib.extraction import extract

    text = (
        "WASHINGTON, JUNE 29 -- Earlier in the day, President Carlos Menem met President Bill Clinton. "
        "He will return later in the day."
    )
    dates = extract(text, published="1993-06-30").dates
    assert [(d.text, str(d.value)) for d in dates if d.relative] == [
        ("Earlier in the day", "1993-06-29"),
        ("later in the day", "1993-06-29"),
    ]


@given(
    day=st.dates(),
    which=st.sampled_from(weekdays),
    nth=st.sampled_from([None, -2, -1, 1, 2]),
)
@example(day=dt.date.min, which=weekdays[0], nth=-1)
@example(day=dt.date.max, which=weekdays[6], nth=1)
def test_on_weekday_is_the_relativedelta_it_replaces(day: dt.date, which: object, nth: int | None) -> None:
    """``on_weekday`` lands on the day ``relativedelta(weekday=...)`` does, or fails as it does."""
    from summitlib.extraction._date_rules import on_weekday, week_of

    weekday = which(nth) if nth is not None else which  # type: ignore[operator]
    try:
        expected: object = day + relativedelta(weekday=weekday)
    except (ValueError, OverflowError) as error:
        expected = type(error)
    try:
        found: object = on_weekday(day, weekday)
    except (ValueError, OverflowError) as error:
        found = type(error)
    assert found == expected
    try:
        monday = day + relativedelta(weekday=weekdays[0](-1))
        expected = DateSpan(
            start=PartialDate.from_date(monday), end=PartialDate.from_date(monday + relativedelta(days=6))
        )
    except (ValueError, OverflowError) as error:
        expected = type(error)
    try:
        found = week_of(day)
    except (ValueError, OverflowError) as error:
        found = type(error)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met on Tuesday. In the afternoon, they toured the port.", "2017-11-07"),
        ("He arrived on Monday.\nIn the evening, he dined with the king.", "2017-11-06"),
    ],
)
def test_a_part_of_the_day_opening_a_sentence_is_the_day_just_told_of(text: str, expected: str) -> None:
    [found] = [d for d in find_dates(text, ANCHOR) if d.rule.startswith("reference:in-the-")]
    assert str(found.value) == expected


def test_a_part_of_the_day_inside_a_sentence_is_not_dated() -> None:
    text = "They met on Tuesday. Hosoda told reporters in the morning, that Wu had left."
    assert [d.text for d in find_dates(text, ANCHOR)] == ["on Tuesday"]


def test_an_event_month_of_a_held_meeting_is_the_last_one() -> None:
    anchor = PartialDate.parse("2023-10-20")
    held = "Last year the two leaders met on the sidelines of the G20 summit in November."
    assert [str(d.value) for d in find_dates(held, anchor)] == ["2022", "2022-11"]
    ahead = "The two leaders will hold talks at the G20 summit in November."
    assert [str(d.value) for d in find_dates(ahead, anchor)] == ["2023-11"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the training, which starts tomorrow (15th).", ("tomorrow", "2021-06-15")),
        ("They met on Monday (14).", ("on Monday", "2021-06-14")),
    ],
)
def test_a_day_of_the_month_in_brackets_dates_the_day_word(text: str, expected: tuple[str, str]) -> None:
    [found] = find_dates(text, PartialDate.parse("2021-06-16"))
    assert (found.text, str(found.value), found.rule.endswith("day-of-month")) == (*expected, True)


def test_a_bracketed_number_far_from_the_anchor_is_no_day() -> None:
    [found] = find_dates("He left on Monday (1) for Paris.", PartialDate.parse("2021-06-16"))
    assert (str(found.value), found.rule) == ("2021-06-14", "weekday:most-recent")


def test_expected_back_on_a_weekday_is_the_coming_one() -> None:
    [found] = find_dates("He had been expected back on Sunday.", PartialDate.parse("2008-01-18"))
    assert str(found.value) == "2008-01-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the story is of Saturday, the day before Sunday's paper: "today" in the quote is Saturday
        (
            'The leaders came away Saturday with a plan. "Today we can say the goal is met," he said.',
            "2017-11-04",
        ),
        ('They held a reunion on Saturday. "Last night, he was too tired," the aide said.', "2017-11-03"),
    ],
)
def test_a_day_word_quoted_from_the_day_before_is_that_day(text: str, expected: str) -> None:
    found = find_dates(text, PartialDate.parse("2017-11-05"))
    assert str(found[-1].value) == expected
    assert found[-1].rule.endswith(":spoken")


@pytest.mark.parametrize(
    "text",
    [
        # the story is of its own day: a quoted "today" is the anchor's
        'They spoke today, after it was arranged Saturday. Tass said they "had a call today".',
        # the latest day before the quotation is not the eve
        'The leaders met on Thursday. "Today we can say the goal is met," he said.',
        # outside a quotation
        "The leaders came away Saturday with a plan. Today they rest.",
    ],
)
def test_a_day_word_stays_the_anchors_day(text: str) -> None:
    found = find_dates(text, PartialDate.parse("2017-11-05"))
    assert found[-1].text.lower() == "today"
    assert str(found[-1].value) == "2017-11-05"


def test_a_weekday_in_a_sentence_about_this_week_is_that_weeks() -> None:
    anchor = PartialDate.parse("2025-10-28")  # a Tuesday
    found = find_dates("Trump is touring Asia this week, including a meeting on Thursday with Xi.", anchor)
    assert [(d.text, str(d.value)) for d in found][-1] == ("on Thursday", "2025-10-30")
    # the name of a show is no week; a weekday elsewhere keeps its rule
    found = find_dates('Obama said in an interview Sunday with ABC\'s "This Week" that', anchor)
    assert [(d.text, str(d.value)) for d in found] == [("Sunday", "2025-10-26")]
    assert [str(d.value) for d in find_dates("They met on Thursday.", anchor)] == ["2025-10-23"]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # a bare month scheduled or moved to is a date, and the one nearest the anchor
        ("The poll, scheduled for March, may be postponed to June.", "2008-01-18", ["2008-03", "2008-06"]),
        # the end of a stretch: the one nearest the anchor, not last year's
        ("The U.S. renewed for 90 days, until September 8, its support.", "1996-06-25", ["1996-09-08"]),
        ("They stayed until March 3.", "1996-06-25", ["1996-03-03"]),
        ("On May Day the crowds paraded.", "1958-05-12", ["1958-05-01"]),
    ],
)
def test_a_month_scheduled_or_moved_to_until_and_may_day(text: str, anchor: str, expected: list[str]) -> None:
    assert [str(d.value) for d in find_dates(text, PartialDate.parse(anchor))] == expected


def test_a_bare_month_with_no_schedule_before_is_no_date() -> None:
    assert find_dates("He decided to March on the capital.", PartialDate.parse("2008-01-18")) == []


def test_a_lower_case_weekday_counts_only_after_on() -> None:
    anchor = PartialDate.parse("2018-07-24")
    found = find_dates("He started his trip with Senegal on saturday, meeting Sall.", anchor)
    assert [(d.text, str(d.value)) for d in found] == [("on saturday", "2018-07-21")]
    assert find_dates("They shared a sunday roast and a friday prayer.", anchor) == []


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("agreeing to further talks in the new year, the government said.", "1989-12-14", "1990"),
        ("They hope to meet in the New Year.", "2020-01-05", "2020"),
    ],
)
def test_in_the_new_year_is_the_coming_year(text: str, anchor: str, expected: str) -> None:
    [found] = find_dates(text, PartialDate.parse(anchor))
    assert (str(found.value), found.rule) == (expected, "year:new-year")


def test_new_years_day_stays_a_holiday() -> None:
    [found] = find_dates("On New Year's Day they met.", PartialDate.parse("2020-01-05"))
    assert (str(found.value), found.rule) == ("2020-01-01", "holiday:nearest")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EU leaders met in Versailles on Thursday evening.", ("on Thursday evening", "2017-11-09")),
        ("In a Monday morning phone call, he said so.", ("Monday morning", "2017-11-06")),
        ("Carter met with Sadat early today.", ("early today", "2017-11-10")),
        ("Landau wrote on X earlier on Tuesday.", ("earlier on Tuesday", "2017-11-07")),
        ("They spoke by phone on late Wednesday.", ("on late Wednesday", "2017-11-08")),
        ("He arrived early Saturday morning.", ("early Saturday morning", "2017-11-04")),
    ],
)
def test_a_day_keeps_the_part_of_the_day_told_with_it(text: str, expected: tuple[str, str]) -> None:
    assert [(d.text, str(d.value)) for d in find_dates(text, ANCHOR)] == [expected]


def test_a_day_without_a_part_of_the_day_keeps_its_words() -> None:
    found = find_dates("They met on Thursday, and the late leader's son spoke today.\nMorning came.", ANCHOR)
    assert [d.text for d in found] == ["on Thursday", "today"]
    split = find_dates("The meeting on Thursday\nnight was quiet.", ANCHOR)
    assert [d.text for d in split] == ["on Thursday"]


def test_the_week_end_hyphened_is_the_weekend() -> None:
    [found] = find_dates("He declared on arrival in London at the week-end that he wanted talks.", ANCHOR)
    assert (found.text, str(found.value), found.rule) == (
        "at the week-end",
        "2017-11-04/2017-11-05",
        "weekend:most-recent",
    )
    assert find_dates("a week ending in talks", ANCHOR) == []


def test_a_two_digit_year_closing_a_source_line_is_the_year() -> None:
    found = find_dates(
        "Mediamax news agency 16 May 05\nYerevan, 16 May: The leaders met.", PartialDate.parse("2005-05-16")
    )
    assert [(d.text, str(d.value), d.relative) for d in found] == [
        ("16 May 05", "2005-05-16", False),
        ("16 May", "2005-05-16", True),
    ]
    [kept] = find_dates("They met on 16 May 05 delegates.", PartialDate.parse("2005-05-16"))
    assert (kept.text, kept.relative) == ("on 16 May", True)


def test_a_date_on_the_next_line_does_not_date_a_headline_weekday() -> None:
    anchor = PartialDate.parse("1978-09-18")
    found = find_dates("Conference May End Monday\n\nSeptember 18, 1978\nThe talks went on.", anchor)
    assert [(d.text, str(d.value), d.relative) for d in found] == [
        ("Monday", "1978-09-18", True),
        ("September 18, 1978", "1978-09-18", False),
    ]
    [dated] = find_dates("They met on Thursday (Dec 26).", anchor)
    assert (dated.text, str(dated.value), dated.rule) == (
        "on Thursday (Dec 26)",
        "1978-12-26",
        "weekday:dated",
    )


def test_the_previous_year_told_again_is_the_same_year() -> None:
    anchor = PartialDate.parse("1999-07-09")
    text = "They met on July 9. Jiang visited Japan the previous year. His visit the previous year went well."
    assert [(d.text, str(d.value)) for d in find_dates(text, anchor)][1:] == [
        ("the previous year", "1998"),
        ("the previous year", "1998"),
    ]
    forward = "They met on Monday. The following day they talked. The following day they left."
    assert [str(d.value) for d in find_dates(forward, ANCHOR)] == ["2017-11-06", "2017-11-07", "2017-11-08"]


def test_a_month_or_day_without_its_year_keeps_its_preposition() -> None:
    found = find_dates("They will meet on June 12, not in July; a June 12 summit by March.", ANCHOR)
    assert [d.text for d in found] == ["on June 12", "in July", "June 12", "March"]
    assert [d.text for d in find_dates("It was signed on June 12, 2018.", ANCHOR)] == ["June 12, 2018"]


@pytest.mark.parametrize(
    "text",
    [
        "Mid-day is now on WhatsApp Channels Subscribe today by clicking the link!",
        "You've read 3 of 5 free stories this month > Get unlimited stories",
    ],
)
def test_a_pages_offer_is_no_date(text: str) -> None:
    assert find_dates(text, ANCHOR) == []


def test_news_about_subscribers_keeps_its_date() -> None:
    assert [d.text for d in find_dates("Subscribers said today that stories told this week", ANCHOR)] == [
        "today",
        "this week",
    ]


def test_the_world_of_today_is_no_day() -> None:
    assert (
        find_dates("He said the major international issues [of today] are headed toward resolution.", ANCHOR)
        == []
    )
    assert [d.text for d in find_dates("The issues they took up today", ANCHOR)] == ["today"]


def test_a_few_years_ago_is_a_date_with_no_value() -> None:
    found = find_dates(
        "They threatened to leave a few years ago, and several months ago; four months ago.", ANCHOR
    )
    assert [(d.text, d.value, d.rule) for d in found][:2] == [
        ("a few years ago", None, "unresolved:vague"),
        ("several months ago", None, "unresolved:vague"),
    ]
    assert [d.text for d in find_dates("A few years of talks followed.", ANCHOR)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Castro visited Venezuela years ago.",
        "They met in Wellington some years ago.",
        "It began many decades ago.",
    ],
)
def test_years_ago_with_no_number_is_a_date_with_no_value(text: str) -> None:
    [mention] = find_dates(text, ANCHOR)
    assert (mention.value, mention.rule) == (None, "unresolved:vague")
    assert mention.text.endswith("ago")
    assert dates(text.replace(" ago", " of talks")) == []  # no "ago": a stretch, not a date


def test_later_in_the_year_is_the_year_of_the_date_told_before_it() -> None:
    assert dates("They will set a new date later in the year.") == [
        ("later in the year", "2017", "reference:in-the-year")
    ]
    assert dates("They met in March 2009. Talks resumed later in the year.")[-1] == (
        "later in the year",
        "2009",
        "reference:in-the-year",
    )
    assert dates("They spoke later in the day.")[-1][2] == "reference:in-the-day"
    assert dates("He was the later winner in the year's poll.") == []


def test_a_headline_weekday_the_copy_tells_as_ahead_is_that_day() -> None:
    anchor = PartialDate.parse("2002-02-11")
    text = (
        "NZ and Australian PMs meet on Friday\n\nClark and Howard will hold annual talks on Friday morning."
    )
    found = find_dates(text, anchor)
    assert [(d.text, str(d.value), d.rule) for d in found] == [
        ("on Friday", "2002-02-15", "weekday:headline-ahead"),
        ("on Friday morning", "2002-02-15", "weekday:coming"),
    ]
    told = "They met on Friday in Sydney.\n\nThey will meet again on Friday."
    assert [str(d.value) for d in find_dates(told, anchor)] == ["2002-02-08", "2002-02-15"]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "With its hands full through the summer, the visit may be pushed back to the fall or later.",
            "2020-03",
            [("through the summer", "2020-06/2020-08"), ("to the fall", "2020-09/2020-11")],
        ),
        ("Talks dragged on through the winter.", "2020-03-10", [("through the winter", "2019-12/2020-02")]),
        ("They will meet during the winter.", "2020-03-10", [("during the winter", "2020-12/2021-02")]),
        ("They will meet in the winter.", "2020-01-15", [("in the winter", "2019-12/2020-02")]),
        ("He went to the spring fair and over the summer holidays.", "2020-03-10", []),
    ],
)
def test_a_season_after_a_preposition_of_a_stretch(
    text: str, anchor: str, expected: list[tuple[str, str]]
) -> None:
    found = find_dates(text, PartialDate.parse(anchor))
    assert [(d.text, str(d.value)) for d in found if d.rule.startswith("season")] == expected


def test_earlier_in_the_day_is_the_day_just_told_of() -> None:
    text = "Nixon arrived last night. The welcome at the airport earlier in the day was correct."
    assert dates(text)[-1] == ("earlier in the day", "2017-11-09", "reference:in-the-day")
    assert dates("The welcome earlier in the day was correct.") == [
        ("earlier in the day", "2017-11-10", "reference:in-the-day")
    ]
    text = "Zuma arrived last night. Earlier in the morning, he laid a wreath."
    assert dates(text)[-1] == ("Earlier in the morning", "2017-11-10", "reference:next-morning")
    text = "Zuma arrived on Tuesday. Later in the evening, he laid a wreath."
    assert dates(text)[-1] == ("Later in the evening", "2017-11-07", "reference:in-the-evening")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He would initiate a video conference in the next few days.", [("in the next few days", None)]),
        ("They agreed to remain in close contact over the coming days,", [("over the coming days", None)]),
        ("Businessmen will visit Malaysia in a few weeks to explore", [("in a few weeks", None)]),
        ("We wait for our guests in the next few days of dialogue.", []),  # a stretch of something, no date
        ("He did it in a few days of hard work.", []),
    ],
)
def test_the_coming_days_are_a_date_with_no_day_to_give(text: str, expected: list[tuple[str, None]]) -> None:
    found = [(d.text, d.value) for d in find_dates(text, ANCHOR)]
    assert found == expected
    assert all(d.rule == "unresolved:vague" for d in find_dates(text, ANCHOR))


def test_a_fortnight_ago_is_two_weeks_back() -> None:
    assert dates("at the conference in Trinidad a fortnight ago.", PartialDate.parse("1983-10-03")) == [
        ("a fortnight ago", "1983-09-19/1983-09-25", "ago:weeks")
    ]
    assert dates("a fortnight of talks", PartialDate.parse("1983-10-03")) == []


def test_in_the_morning_after_a_night_is_the_next_morning() -> None:
    anchor = PartialDate.parse("2020-02-14")
    text = "Sousa arrived on Thursday night. In the morning, he was accorded a welcome."
    assert dates(text, anchor)[-1] == ("In the morning,", "2020-02-14", "reference:next-morning")
    text = "Sousa arrived on Thursday. In the morning, he was accorded a welcome."
    assert dates(text, anchor)[-1] == ("In the morning,", "2020-02-13", "reference:in-the-morning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They will meet next Tuesday and Wednesday.",
            [("next Tuesday", "2020-03-17"), ("Wednesday", "2020-03-18")],
        ),
        ("talks from Tuesday to Thursday", [("Tuesday", "2020-03-10"), ("Thursday", "2020-03-12")]),
        (
            "He met X on Monday, and on Tuesday he left.",
            [("on Monday", "2020-03-09"), ("on Tuesday", "2020-03-10")],
        ),
        ("They met on Monday. Tuesday was calm.", [("on Monday", "2020-03-09"), ("Tuesday", "2020-03-10")]),
    ],
)
def test_a_weekday_joined_to_another_follows_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, str(d.value)) for d in find_dates(text, PartialDate.parse("2020-03-11"))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They will meet the day after tomorrow.", ("the day after tomorrow", "2020-03-13")),
        ("They met the day before yesterday.", ("the day before yesterday", "2020-03-09")),
        ("They met the day after the vote, yesterday.", ("yesterday", "2020-03-10")),
    ],
)
def test_the_day_after_tomorrow(text: str, expected: tuple[str, str]) -> None:
    assert [(d.text, str(d.value)) for d in find_dates(text, PartialDate.parse("2020-03-11"))] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The summit will be held at the end of the month.",
            ("at the end of the month", "2020-03", "month:end"),
        ),
        ("He leaves before the end of this year.", ("before the end of this year", "2020", "year:end")),
        (
            "The pact ends by the end of the week.",
            ("by the end of the week", "2020-03-09/2020-03-15", "week:end"),
        ),
    ],
)
def test_the_end_of_the_month(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text, PartialDate.parse("2020-03-11")) == [expected]
    assert dates("He told of the end of the story.", PartialDate.parse("2020-03-11")) == []


_FUTURE_PIECES = [
    " ",
    ", ",
    ". ",
    "\n",
    "'",
    "’",
    "x",
    "K",
    "ſ",
    "İ",
    "will ",
    "Will",
    "would meet ",
    "may ",
    "May ",
]
_FUTURE_PIECES += [
    "MAY ",
    "shall",
    "going to ",
    "next ",
    "we'll ",
    "they’ll",
    "ll ",
    "postponed to ",
    "hopes of ",
]
_FUTURE_PIECES += [
    "look forward",
    "Looking  forward ",
    "awaiting to ",
    "chairs",
    "chairs-",
    "is due in ",
    "due to ",
]


@given(
    st.lists(st.sampled_from(_FUTURE_PIECES), max_size=20).map("".join),
    st.tuples(st.integers(0, 30), st.integers(0, 30)),
)
def test_future_cues_behind_their_first_characters_match_as_the_plain_pattern(
    text: str, bounds: tuple[int, int]
) -> None:
    start, end = min(bounds[0], len(text)), max(0, len(text) - bounds[1])
    assert [m.span() for m in _date_patterns._FUTURE_GUARDED.finditer(text, start, end)] == [
        m.span() for m in _date_patterns._FUTURE.finditer(text, start, end)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PALM DESERT (California), November 27. President Nixon will meet", ("November 27", "2017-11-27")),
        ("VIENTIANE, Lao PDR, Sept. 7 (PNA) — Wednesday is an exciting day", ("Sept. 7", "2017-09-07")),
    ],
)
def test_datelines_with_a_region_in_brackets_or_in_capitals(text: str, expected: tuple[str, str]) -> None:
    from summitlib.extraction.dates import find_dateline

    found = find_dateline(text, ANCHOR)
    assert found is not None
    assert (found.text, str(found.value)) == expected


def test_a_day_range_before_its_month() -> None:
    assert dates("a state visit to India on 21-22 June.") == [
        ("on 21-22 June", "2017-06-21/2017-06-22", "month-day:year-from-anchor:this")
    ]
    assert dates("The score was 3-2 June") == []  # no range runs backwards


def test_a_purpose_after_a_past_verb_is_no_future() -> None:
    assert dates("Prabowo took a day trip to Kuala Lumpur on Thursday to meet with Anwar.") == [
        ("on Thursday", "2017-11-09", "weekday:most-recent")
    ]
    assert dates("Xi will fly to Moscow on Monday to meet Putin.") == [
        ("on Monday", "2017-11-13", "weekday:coming")
    ]


def test_a_possessive_weekday_after_a_future_cue_is_ahead() -> None:
    assert dates("The pact will hover over Saturday's bilateral meeting.") == [
        ("Saturday", "2017-11-11", "weekday:coming")
    ]
    assert dates("Wednesday's meeting helped.") == [("Wednesday", "2017-11-08", "weekday:most-recent")]


def test_a_month_in_a_sentence_about_this_year_is_this_years() -> None:
    anchor = PartialDate.parse("2023-02-07")
    assert dates("They co-host the World Cup this year, starting in July.", anchor)[-1] == (
        "in July",
        "2023-07",
        "month:year-from-anchor:this-year",
    )
    assert dates("They co-hosted the World Cup, starting in July.", anchor) == [
        ("in July", "2022-07", "month:year-from-anchor:last")
    ]


def test_the_last_year_of_something_is_no_date() -> None:
    assert dates("In the last year of Soeharto's rule, doctors came.") == []
    assert dates("He met him last year.") == [("last year", "2016", "year:last")]


def test_earlier_in_the_day_is_a_day_just_told_or_the_storys_own() -> None:
    text = (
        "The cancellation of Monday's meeting came as a surprise. They celebrated Maitri Diwas on November 1,"
        " he said. The minister called on him separately, he said. Earlier in the day, the president spoke."
    )
    found = dates(text, PartialDate.parse("2017-11-06"))
    assert found[-1] == ("Earlier in the day", "2017-11-06", "reference:in-the-day")
    text = "She had been scheduled to return home on Tuesday. In a speech earlier in the day, she said."
    assert dates(text, PartialDate.parse("2017-11-06"))[-1][:2] == ("earlier in the day", "2017-11-06")
    text = "They met on Saturday. Earlier in the day, the president spoke."
    assert dates(text)[-1][:2] == ("Earlier in the day", "2017-11-04")
    text = (
        "At the banquet last night Chou spoke. The banquet, at which both\n\nsides spoke, ended the chill"
        " earlier in the day."
    )
    assert dates(text)[-1][:2] == ("earlier in the day", "2017-11-09")


def test_days_later_than_a_date_told_to_its_month_are_unresolved() -> None:
    text = "They met on Friday. Bush spoke in late September and Gorbachev upped the ante nine days later."
    assert dates(text)[-1] == ("nine days later", None, "unresolved:reference-too-coarse")
    text = "They met on Wednesday. Both assumed office last year. A day earlier, Khan met the premier."
    assert dates(text)[-1] == ("A day earlier", "2017-11-07", "reference:days-earlier")


def test_preparing_for_a_day_is_ahead_and_a_rescheduled_month_is_the_nearest() -> None:
    assert dates("Thimphu has been gearing up for the summit Wednesday.") == [
        ("Wednesday", "2017-11-15", "weekday:coming")
    ]
    assert dates("The summit, now rescheduled for some time in January, was called off.")[0][:2] == (
        "in January",
        "2018-01",
    )


def test_so_many_past_years_are_no_date() -> None:
    assert dates("the distances they have traveled together in the last four years.") == []
    assert dates("talks held during the past three days")[0][2] == "past:days"


def test_two_days_of_one_month_named_twice_are_one_span() -> None:
    assert dates("Nixon will meet Sato on November 16 and November 17 for talks.")[0][:2] == (
        "on November 16 and November 17",
        "2017-11-16/2017-11-17",
    )
    assert [d[0] for d in dates("They met on November 6 and on December 7.")] == [
        "on November 6",
        "on December 7",
    ]


def test_preparation_for_a_day_and_ahead_of_its_event_are_ahead() -> None:
    assert dates("Merkel and Sarkozy have organized talks in preparation for a summit on Thursday.") == [
        ("on Thursday", "2017-11-16", "weekday:coming")
    ]
    assert dates("Ahead of Saturday's meeting, Ishiba met with Wang Yi.") == [
        ("Saturday", "2017-11-11", "weekday:coming")
    ]
    # no preparation and no cue: a possessive day of the past, and the purpose told in the past
    assert dates("After Saturday's meeting, Ishiba met with Wang Yi.") == [
        ("Saturday", "2017-11-04", "weekday:most-recent")
    ]
    assert dates("The aides met on Tuesday to prepare for the summit.") == [
        ("on Tuesday", "2017-11-07", "weekday:most-recent")
    ]


def test_a_future_cue_in_a_closed_quotation_does_not_move_the_saying_ahead() -> None:
    assert dates('"Such a step will not happen," Merkel told a news conference on Tuesday.') == [
        ("on Tuesday", "2017-11-07", "weekday:most-recent")
    ]
    assert dates("\u201cIt will not happen,\u201d she said in Berlin on Tuesday.") == [
        ("on Tuesday", "2017-11-07", "weekday:most-recent")
    ]
    # the cue after the quotation, or no past verb after it: still ahead
    assert dates('"It is vital," Merkel will tell a news conference on Tuesday.') == [
        ("on Tuesday", "2017-11-14", "weekday:coming")
    ]
    assert dates('"We will meet," he said, "in Berlin on Tuesday."') == [
        ("on Tuesday", "2017-11-14", "weekday:coming")
    ]


def test_a_bare_weekday_restates_the_one_the_text_dated() -> None:
    month = PartialDate.parse("2023-08")
    assert dates("Odinga met Ruto on Sunday, August 13. On Sunday, Odinga also met Coons.", month) == [
        ("on Sunday, August 13", "2023-08-13", "weekday:dated"),
        ("On Sunday", "2023-08-13", "weekday:restated"),
    ]
    # another weekday, "last Sunday", and a weekday dated twice differently keep their own rules
    assert [d[2] for d in dates("on Sunday, August 13. On Monday, he left.", month)] == [
        "weekday:dated",
        "weekday:most-recent:anchor-month",
    ]
    assert dates("on Sunday (Nov. 5). He left last Sunday.")[1][1:] == ("2017-11-05", "weekday:last")
    assert [d[2] for d in dates("on Sunday, Nov. 5 and on Sunday, Oct. 29. On Sunday, he left.")][-1] == (
        "weekday:most-recent"
    )


def test_a_day_word_and_its_weekday_in_brackets_are_one_span() -> None:
    assert dates("Modi yesterday (Thursday) spoke to Biden.") == [
        ("yesterday (Thursday)", "2017-11-09", "day:yesterday")
    ]
    # a weekday that is not the day word's day stays apart
    assert [d[0] for d in dates("Modi yesterday (Monday) spoke to Biden.")] == ["yesterday", "Monday"]


def test_a_day_joined_to_a_later_one_with_its_year_is_one_absolute_span() -> None:
    assert dates("Sato is visiting Australia from October 11 to October 14, 1957.") == [
        ("October 11 to October 14, 1957", "1957-10-11/1957-10-14", "absolute")
    ]
    assert dates("the talks from September 28 to October 2, 2019") == [
        ("September 28 to October 2, 2019", "2019-09-28/2019-10-02", "absolute")
    ]
    # a day after its yeared neighbour, or one told apart from it, keeps its own reading
    assert [d[2] for d in dates("on October 14 and October 11, 1957")] == [
        "month-day:year-from-anchor:this",
        "absolute",
    ]
    assert [d[2] for d in dates("He came on October 11. On October 14, 1957 he left.")][1] == "absolute"
    assert len(dates("He came on October 11. On October 14, 1957 he left.")) == 2


def test_a_dateline_closed_by_a_stop_and_a_dash() -> None:
    from summitlib.extraction.dates import find_dateline

    found = find_dateline("MOSCOW, Sept. 27.—The Indian Prime Minister flew in today.", ANCHOR)
    assert found is not None
    assert (found.text, str(found.value)) == ("Sept. 27", "2017-09-27")
    assert (
        find_dateline("He met Putin on Sept. 27.—A day to remember.", ANCHOR) is None
    )  # no place opens the line


def test_a_past_day_earlier_counts_from_a_day_reached_not_one_ahead() -> None:
    text = (
        "Arafat conferred with Mubarak here Monday, before the conference scheduled to open Nov. 30."
        " A day earlier, in Jordan, he said he wanted a summit."
    )
    assert dates(text)[-1] == ("A day earlier", "2017-11-05", "reference:days-earlier")
    ahead = "The conference opens on Nov. 30. A day earlier, the ministers will meet in Madrid."
    assert dates(ahead)[-1] == ("A day earlier", "2017-11-29", "reference:days-earlier")


def test_a_passive_after_a_modal_is_no_past_verb_before_a_weekday() -> None:
    assert dates("The talks may be prolonged on Wednesday too, if required.") == [
        ("on Wednesday", "2017-11-15", "weekday:coming")
    ]
    assert dates("The talks were prolonged on Wednesday.") == [
        ("on Wednesday", "2017-11-08", "weekday:most-recent")
    ]


def test_a_participle_after_a_determiner_makes_a_date_an_events() -> None:
    ahead = "The envoys met Buhari on Monday, ahead of the rescheduled November 28 presidential election."
    assert dates(ahead)[-1] == ("November 28", "2017-11-28", "month-day:year-from-anchor:nearest:this")
    assert dates("It came before the postponed November 28 summit.") == [
        ("November 28", "2017-11-28", "month-day:year-from-anchor:nearest:this")
    ]
    # a verb of the past right before the date, with no determiner before it, tells a past one
    assert dates("The talks ended November 28 in Geneva.") == [
        ("November 28", "2016-11-28", "month-day:year-from-anchor:last")
    ]


def test_a_weekday_with_no_tense_is_the_one_the_text_tells_as_ahead() -> None:
    text = (
        "Tuesday's formal catch-up is their first official engagement."
        " The row will hover over Tuesday's bilateral meeting."
    )
    assert dates(text) == [
        ("Tuesday", "2017-11-14", "weekday:as-told-ahead"),
        ("Tuesday", "2017-11-14", "weekday:coming"),
    ]
    said = (
        "The two leaders will meet on Tuesday. The French government reiterated on Wednesday that"
        " Tuesday's summit must yield a lasting solution."
    )
    assert dates(said, PartialDate.parse("2011-07-20"))[-1] == (
        "Tuesday",
        "2011-07-26",
        "weekday:as-told-ahead",
    )


def test_a_weekday_told_in_the_past_keeps_its_own_day() -> None:
    text = "Putin met Xi on Tuesday in Moscow. They will meet again on Tuesday in Beijing."
    assert dates(text) == [
        ("on Tuesday", "2017-11-07", "weekday:most-recent"),
        ("on Tuesday", "2017-11-14", "weekday:coming"),
    ]
    after = "Tuesday's talks ended without a deal, and the ministers will meet on Tuesday."
    assert dates(after)[0] == ("Tuesday", "2017-11-07", "weekday:most-recent")
    # no day of that name told as ahead: the last one
    assert dates("Tuesday's catch-up is their first engagement.") == [
        ("Tuesday", "2017-11-07", "weekday:most-recent")
    ]


def test_a_day_word_opening_a_sentence_after_a_name_is_a_date() -> None:
    text = (
        "Gillard will visit, says Prime Minister John Key.\nYesterday, in their first meeting, they talked."
    )
    assert dates(text, PartialDate.parse("2010-10-30")) == [("Yesterday", "2010-10-29", "day:yesterday")]
    assert dates("They met. Key. Today he flies home.") == [("Today", "2017-11-10", "day:today")]
    # a capitalised word before it on the same line is still part of a name, an initial's stop too
    assert dates("a columnist for USA Today wrote") == []
    assert dates("as the U.S. Today reported") == []


def test_of_todays_event_is_the_day() -> None:
    text = "They met in Hanoi ahead of today's East Asia Summit."
    assert dates(text, PartialDate.parse("2010-10-30")) == [("today", "2010-10-30", "day:today")]
    assert dates("the major international issues of today are headed toward resolution") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MR. USHER ARRIVED IN LONDON BY AIR TODAY (FRIDAY) AT THE START OF A VISIT.",
            [("TODAY (FRIDAY)", "2017-11-10", "day:today")],
        ),
        (
            "HE IS EXPECTED TO HAVE A MEETING WITH MR. STEWART ON MONDAY.",
            [("ON MONDAY", "2017-11-13", "weekday:coming")],
        ),
        (
            "THURSDAY, 4.00PM\n\nKabila flew into Cape Town.",
            [("THURSDAY", "2017-11-09", "weekday:most-recent")],
        ),
    ],
)
def test_day_words_and_weekdays_in_capitals(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_a_capitalised_day_word_after_a_capitalised_word_in_mixed_case_is_a_name() -> None:
    assert dates("He wrote in USA TODAY that the talks had failed.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Nehru spent an hour with Mr. Truman to-day.", ("to-day", "2017-11-10", "day:today")),
        ("The President will leave to-morrow for Ottawa.", ("to-morrow", "2017-11-11", "day:tomorrow")),
        ("They dine at the White House to-night.", ("to-night", "2017-11-10", "day:tonight")),
    ],
)
def test_day_words_in_their_old_spelling(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]


def test_day_to_day_is_no_date() -> None:
    assert dates("He left the day-to-day running of the party to his deputy.") == []


def test_a_day_word_in_a_headline_in_capitals_after_a_capitalised_word_is_left_out() -> None:
    text = "CRUCIAL EAST-WEST TALKS TODAY\n\nMr Khrushchev will today get down to talks."
    assert dates(text) == [("today", "2017-11-10", "day:today")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opened by "By" and told in the past: the day of a narrative
        (
            "By Tuesday most newspapers said they had it nailed down.",
            ("Tuesday", "2017-11-07", "weekday:most-recent"),
        ),
        ("By Friday, the two sides had agreed on a text.", ("Friday", "2017-11-10", "weekday:most-recent")),
        # a deadline: the coming day
        ("He must reply by Monday.", ("Monday", "2017-11-13", "weekday:coming")),
        ("A decision is expected by Friday, officials said.", ("Friday", "2017-11-10", "weekday:coming")),
        ("By Monday the leaders will have met.", ("Monday", "2017-11-13", "weekday:coming")),
    ],
)
def test_by_a_weekday_is_a_deadline_unless_a_narrative_opens_with_it(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert dates(text) == [expected]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "They first met just a year ago.",
            "2009-08-14",
            ("a year ago", "2008-08"),
        ),  # the same time last year
        ("They first met a year ago.", "2009", ("a year ago", "2008")),  # an anchor of a year only
        ("They first met two years ago.", "2009-08-14", ("two years ago", "2007")),  # years back: the year
    ],
)
def test_a_year_ago_is_the_same_month_last_year(text: str, anchor: str, expected: tuple[str, str]) -> None:
    [found] = find_dates(text, PartialDate.parse(anchor))
    assert (found.text, str(found.value)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers meet every Friday.",
        "Any Monday would suit the prime minister.",
        "It fell on a Saturday when most offices were shut.",
    ],
)
def test_a_weekday_that_names_no_one_day_is_no_date(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leaders will hold a Monday meeting.", ("Monday", "2017-11-13", "weekday:coming")),
        ("The leaders met Friday.", ("Friday", "2017-11-10", "weekday:most-recent")),
    ],
)
def test_a_weekday_of_one_day_after_an_article_or_alone_is_a_date(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert dates(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a quoted schedule: the afternoon of the day ahead
            "They will meet on Monday, aides said on Friday.\n‘In the afternoon, he will hold talks.’",
            ("In the afternoon,", "2017-11-13"),
        ),
        (  # told in the past: the afternoon of the day just told
            "They will meet on Monday, aides said on Friday.\n‘In the afternoon, he held talks.’",
            ("In the afternoon,", "2017-11-10"),
        ),
    ],
)
def test_in_the_afternoon_opening_a_quoted_sentence(text: str, expected: tuple[str, str]) -> None:
    found = [(m.text, str(m.value)) for m in find_dates(text, ANCHOR) if m.text.startswith("In the")]
    assert found == [expected]


def test_in_the_afternoon_mid_sentence_is_no_date() -> None:
    found = find_dates("They met on Friday and he told reporters in the afternoon, smiling.", ANCHOR)
    assert [m.text for m in found] == ["on Friday"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In recent weeks, the two capitals traded barbs.", [("In recent weeks", "2017-11")]),
        ("Over recent weeks they spoke twice.", [("Over recent weeks", "2017-11")]),
        ("Several attacks in recent days tested the truce.", []),  # as vague as "the past few days"
        ("In recent years the two capitals traded barbs.", []),
    ],
)
def test_in_recent_weeks_is_the_anchors_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.value)) for m in find_dates(text, ANCHOR)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Another session is expected in May.", "2018-05"),  # expected now: the coming May
        ("Another session was held in May.", "2017-05"),  # told in the past: the last May
    ],
)
def test_a_month_expected_is_the_coming_one(text: str, value: str) -> None:
    [found] = find_dates(text, ANCHOR)
    assert str(found.value) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister called her a short while ago.", [("a short while ago", "2017-11-10")]),
        ("Moments ago, the talks ended.", [("Moments ago", "2017-11-10")]),
        ("They met a while ago.", []),  # no telling how long
    ],
)
def test_a_short_while_ago_is_the_anchors_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, str(m.value)) for m in find_dates(text, ANCHOR)] == expected


def test_a_weekday_with_an_ordinal_day_dates_that_weekday_for_the_rest_of_the_text() -> None:
    text = "Leaders met yesterday Thursday 9th in Lima. Aides planned talks opening Thursday night."
    found = [(m.text, str(m.value)) for m in find_dates(text, ANCHOR)]
    assert found == [("yesterday Thursday 9th", "2017-11-09"), ("Thursday night", "2017-11-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met on Thursday, the 9th, in Lima.", ("on Thursday, the 9th", "2017-11-09")),
        ("They met on Thursday 15 times in all.", ("on Thursday", "2017-11-09")),  # a count, no ordinal
    ],
)
def test_an_ordinal_after_a_weekday(text: str, expected: tuple[str, str]) -> None:
    found = [(m.text, str(m.value)) for m in find_dates(text, ANCHOR)]
    assert found[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "is expected" looks ahead only with the time it is expected at; a past weekday after it stays past
        ("A deal is expected after Lula met Boric in Santiago on Monday.", ("on Monday", "2017-11-06")),
        ("Another session is expected in May.", ("in May", "2018-05")),
        ("A ruling is expected next Monday.", ("next Monday", "2017-11-13")),
    ],
)
def test_is_expected_is_a_future_cue_only_with_its_time(text: str, expected: tuple[str, str]) -> None:
    [(found, value, _)] = dates(text)
    assert (found, value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal after a weekday is its day of the month only if that day falls on the weekday
        ("Lula met Boric on Tuesday, the 7th, in Santiago.", ("on Tuesday, the 7th", "2017-11-07")),
        ("They met on Tuesday 7th in Santiago.", ("on Tuesday 7th", "2017-11-07")),
        # an ordinal of a noun, or a day of another weekday: the weekday alone
        ("Lula met Boric on Tuesday, the 2nd meeting of the month.", ("on Tuesday", "2017-11-07")),
        ("On Friday, the 5th round of talks opened.", ("On Friday", "2017-11-10")),
        ("They met on Tuesday, the 7th round.", ("on Tuesday", "2017-11-07")),
    ],
)
def test_an_ordinal_after_a_weekday_is_its_day_only_when_it_fits(
    text: str, expected: tuple[str, str]
) -> None:
    assert dates(text)[0][:2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive after "be" or "being" names an event still ahead: this year's days, weeks away
        (
            "She was invited to the summit to be hosted by Norway in Bergen during December 5-6.",
            "2017-12-05/2017-12-06",
        ),
        ("The forum, being hosted by Chile during December 5-6, is open.", "2017-12-05/2017-12-06"),
        # near miss: the active past tense still says the days were held, last year
        ("He hosted the forum in Bergen during December 5-6.", "2016-12-05/2016-12-06"),
    ],
)
def test_a_passive_after_be_is_no_verb_of_a_held_event(text: str, expected: str) -> None:
    assert [value for _words, value, _rule in dates(text)] == [expected]


def test_a_dateline_repeated_after_its_place_is_no_date_of_the_story() -> None:
    from summitlib.extraction.dates import find_dateline

    teaser = "Lima, Nov 8 Peru will host the talks ...\n\nRead more\n\n"
    text = teaser + "Lima, Nov 8 Peru will host the talks on Nov 8."
    dateline = find_dateline(text, ANCHOR)
    assert dateline is not None
    found = [(d.start, d.text) for d in find_dates(text, ANCHOR, dateline=dateline)]
    # the teaser's dateline again after "Lima, " is left out; the same day in the story still counts
    assert found == [(text.rindex("on Nov 8"), "on Nov 8")]
