"""Durations: ranges of minutes that keep what was said, and whether they were scheduled or actual."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitlib import DurationRange
from summitlib.extraction import DurationKind
from summitlib.extraction._anchors import UNIT
from summitlib.extraction._text import windowed
from summitlib.extraction.durations import _DURATION, find_durations


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("they spent 2 hours and 16 minutes together", "2 hours and 16 minutes", "136"),
        ("The meeting lasted more than two hours.", "more than two hours", ">=120"),
        ("they talked for over two hours", "over two hours", ">=120"),
        ("Peskov announced an hour-long session", "an hour-long", "60"),
        ("the press office mentioned 30 minutes", "30 minutes", "30"),
        ("longer than the ninety minutes they had", "ninety minutes", "90"),
        ("expected to last four to five hours", "four to five hours", "240..300"),
        ("ended after less than three hours", "less than three hours", "<=180"),
        ("scheduled to meet for only about thirty minutes", "about thirty minutes", "~30"),
        ("a 90-minute meeting", "90-minute", "90"),
        ("nearly two hours of talks", "nearly two hours", "~<=120"),
        ("an hour and a half", "an hour and a half", "90"),
        ("half an hour", "half an hour", "30"),
        ("one and a half hours", "one and a half hours", "90"),
        ("between two and three hours", "between two and three hours", "120..180"),
        ("at least 45 minutes", "at least 45 minutes", ">=45"),
        ("twenty-five minutes", "twenty-five minutes", "25"),
        ("Carter met privately with Sadat for 2-1/2 hours", "2-1/2 hours", "150"),
        ("held a 4-1/2 hour conference with Begin", "4-1/2 hour", "270"),
    ],
)
def test_duration_forms(text: str, span: str, value: str) -> None:
    [mention] = find_durations(text)
    assert (mention.text, str(mention.value)) == (span, value)
    assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    "text",
    [
        "The last time they met, four months ago, relations soured.",
        "relations between the two nuclear powers",
        "Two hours later, the summit ended.",
        "He arrived an hour ago.",
        "Every extra fifteen minutes behind closed doors adds risk.",
        "Trains leave every 30 minutes.",
        "He arrived two hours late.",
        "a four-day visit to Japan",
    ],
)
def test_things_that_are_not_durations(text: str) -> None:
    assert find_durations(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "cue"),
    [
        ("They were scheduled to meet for about thirty minutes.", DurationKind.SCHEDULED, "scheduled"),
        ("The talks were expected to last four to five hours.", DurationKind.SCHEDULED, "expected"),
        ("Peskov announced an hour-long session.", DurationKind.SCHEDULED, "announced"),
        ("The meeting lasted more than two hours.", DurationKind.ACTUAL, "lasted"),
        ("They spent 2 hours and 16 minutes in each other's company.", DurationKind.ACTUAL, "spent"),
        ("Kim and Moon talked for 30 minutes without aides.", DurationKind.ACTUAL, "talked"),
        ("Ninety minutes is a long time.", DurationKind.UNSPECIFIED, None),
    ],
)
def test_scheduled_or_actual(text: str, kind: DurationKind, cue: str | None) -> None:
    [mention] = find_durations(text)
    assert mention.kind is kind
    assert (mention.cue.text if mention.cue else None) == cue


def test_clause_break_separates_the_plan_from_what_happened() -> None:
    text = "They were scheduled to meet for thirty minutes, but they remained together for over two hours."
    kinds = [(m.text, m.kind, m.cue.text if m.cue else None) for m in find_durations(text)]
    assert kinds == [
        ("thirty minutes", DurationKind.SCHEDULED, "scheduled"),
        ("over two hours", DurationKind.ACTUAL, "remained"),
    ]


def test_expectation_carries_over_from_the_sentence_before() -> None:
    text = "Officials differed on how long they expected the meeting to last. One side mentioned 30 minutes."
    [mention] = find_durations(text)
    assert (mention.kind, mention.cue.text if mention.cue else None) == (DurationKind.SCHEDULED, "expected")


def test_kind_maps_to_claim_topics() -> None:
    assert DurationKind.SCHEDULED.topic == "duration.scheduled"
    assert DurationKind.ACTUAL.topic == "duration.actual"
    assert DurationKind.UNSPECIFIED.topic is None


@given(st.integers(1, 23), st.integers(0, 59))
def test_hours_and_minutes_add_up(hours: int, minutes: int) -> None:
    """'<h> hours and <m> minutes' is exactly h*60+m minutes; a qualifier makes a bound, never a point."""
    text = f"It lasted {hours} hours and {minutes} minutes." if minutes else f"It lasted {hours} hours."
    [mention] = find_durations(text)
    assert mention.value == DurationRange.exactly(hours * 60 + minutes)
    [bounded] = find_durations(f"It lasted more than {hours} hours.")
    assert bounded.value == DurationRange.at_least(hours * 60)


_ANY_UNIT = re.compile(r"(?:hours?\b|hrs?\b|minutes?\b|mins?\b|hour-|days?\b)", re.IGNORECASE)
"""Unit words anywhere, inside other words too ("Monday", "admins"): what the anchors were before."""
_PIECES = [
    "two",
    "2",
    "an",
    "half",
    "hour",
    "hours",
    "-",
    "day",
    "days",
    "Monday",
    "today",
    "holiday",
    "min",
    "admins",
    "minutes",
    "and",
    "a",
    "of",
    "talks",
    "ago",
    "-long",
    "between",
    "to",
    "Thursday's",
    "x",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=24).map(" ".join) | st.text("ahdoy MTnu2-", max_size=40))
def test_unit_anchors_only_at_word_starts_find_the_same_durations(text: str) -> None:
    """A unit inside a word never lies in a duration, so anchoring only at word starts finds the same ones."""

    def spans(anchors: re.Pattern[str]) -> list[tuple[int, int]]:
        return [
            m.span() for m in windowed(_DURATION, (a.span() for a in anchors.finditer(text)), text, 45, 30)
        ]

    assert spans(UNIT) == spans(_ANY_UNIT)


@pytest.mark.parametrize(
    "text",
    [
        "His arrival was delayed for 26 minutes by a fire.",
        "Putin kept Merkel waiting for 40 minutes.",
        "The plane landed an hour behind schedule.",
        "The ceremony was held up by about two hours.",
    ],
)
def test_a_delay_or_a_wait_is_no_duration(text: str) -> None:
    assert find_durations(text) == []


def test_a_meeting_beside_a_delay_keeps_its_length() -> None:
    text = "His arrival was delayed for 26 minutes. The talks lasted 90 minutes."
    assert [d.text for d in find_durations(text)] == ["90 minutes"]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("the two-and-half-hour meeting in Jerusalem", "150", "actual"),
        ("a two-and-a-half-hour meeting", "150", "actual"),
        # "initially" before what was done tells what came first, not a plan
        ("Obama and Netanyahu initially conferred for about 90 minutes.", "~90", "actual"),
        ("The talks were initially planned for an hour.", "60", "scheduled"),
    ],
)
def test_hyphened_halves_and_what_came_first(text: str, value: str, kind: str) -> None:
    [found] = find_durations(text)
    assert (str(found.value), found.kind.value) == (value, kind)


def test_what_they_had_together_happened() -> None:
    [found] = find_durations("We had a good half an hour together, reviewing matters.")
    assert (str(found.value), found.kind.value) == ("30", "actual")
    [found] = find_durations("They had planned to meet for an hour.")
    assert found.kind.value == "scheduled"


@pytest.mark.parametrize(
    ("text", "span", "value", "kind"),
    [
        ("the talks, which begin on Monday and last three days.", "three days", "4320", "scheduled"),
        ("He accepted an invitation to meet for two days in Hawaii.", "two days", "2880", "scheduled"),
        ("The summit lasted two days.", "two days", "2880", "actual"),
        ("officials expected talks that could last 10 days.", "10 days", "14400", "scheduled"),
        ("his three-day meetings in Zurich starting tomorrow", "three-day", "4320", "scheduled"),
        ("concluded a two-day “ice-breaking” summit today", "two-day", "2880", "actual"),
        ("The president kicked off two days of talks Tuesday.", "two days", "2880", "scheduled"),
        (
            "Leaders arrived for the one-day Ibero-American summit, which starts today.",
            "one-day",
            "1440",
            "scheduled",
        ),
    ],
)
def test_days_of_talks(text: str, span: str, value: str, kind: str) -> None:
    [found] = find_durations(text)
    assert (found.text, str(found.value), found.kind.value) == (span, value, kind)


@pytest.mark.parametrize(
    "text",
    [
        "He will stay for two days in Hawaii.",  # a stay, not talks
        "The visit will last three days.",
        "The festival lasts five days.",
        "They went to the one-day Paris Air show.",  # a name, then no talks
    ],
)
def test_days_that_are_not_talks(text: str) -> None:
    assert find_durations(text) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("The meeting would last from 11:25\na.m. to 2 p.m.", "155", "scheduled"),
        ("They talked from 9 a.m. to 11 a.m. and then lunched.", "120", "actual"),
        ("The talks ran 12:00 pm-1:00 pm.", "60", "actual"),
    ],
)
def test_a_span_between_clock_times(text: str, value: str, kind: str) -> None:
    [found] = find_durations(text)
    assert (str(found.value), found.kind.value) == (value, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The score was 5-6 pm the next day.",  # no minutes, no "from": not a clock span
        "Polls open from 9 a.m. to 6 p.m. across the country.",  # no meeting in sight
        "The plane arrived seven minutes early.",
        "PM Modi's brief trip was of about 55 hours packed with activities.",
        "Usually, such meetings last no more than two or three hours.",
        "The delegation stayed in Cairo for only three hours, having been met at the airport.",
        "Bolivia limited Rockefeller's visit to three hours for fear of student demonstrations.",
        "The talks ran an extra 30 minutes.",  # an increment
        "Castro's speech at the summit's final ceremony, which according to the official program was to last"
        " seven minutes, stretched out for one hour 20 minutes.",  # a speech's length, and its schedule
        "The flight from Washington took 14 hours.",
        "The state dinner lasted three hours.",
    ],
)
def test_no_meeting_length(text: str) -> None:
    assert find_durations(text) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("The two leaders resumed meeting for another two hours.", "120", "actual"),
        ("After the welcoming ceremony, the talks lasted two hours.", "120", "actual"),  # no subject
        ("The dinner over, Xi and Biden met for two hours.", "120", "actual"),  # who met
        ("The dinner meeting lasted three hours.", "180", "actual"),
        ("Talks began today. The three days of meetings are to remove obstacles.", "4320", "scheduled"),
        ("The 90-minute meeting will be followed by lunch.", "90", "scheduled"),
        ("The 75-minute talks were cordial.", "75", "actual"),
        ("Xi and Biden met for two hours and will meet again.", "120", "actual"),  # past a conjunction
        ("They met for 25 minutes and in the Cabinet Room for an additional 45 minutes.", "45", "actual"),
        ("The leaders cut their talks to two hours, and his visit to three hours.", "120", "actual"),
        (
            "Officials expected more. Kagame and Tshisekedi exchanged for about an hour.",
            "~60",
            "actual",
        ),
        ("Sharif meets ailing Atal for half an hour", "30", "actual"),
        ("a visit last week will give a positive impetus to the three-day summit", "4320", "scheduled"),
    ],
)
def test_what_happened_and_what_was_planned(text: str, value: str, kind: str) -> None:
    found = find_durations(text)[-1]
    assert (str(found.value), found.kind.value) == (value, kind)


def test_another_round_after_each_is_a_rate() -> None:
    assert find_durations("They paid another two hours of overtime each day.") == []


def test_a_past_tense_sentence_with_no_other_cue_tells_what_happened() -> None:
    [found] = find_durations("For 48 hours, the superpowers transformed the castle-studded island.")
    assert (str(found.value), found.kind.value, found.cue.text if found.cue else None) == (
        "2880",
        "actual",
        "transformed",
    )
    [found] = find_durations("For 48 hours, the island is theirs.")
    assert found.kind.value == "unspecified"


def test_a_past_tense_sentence_after_one_of_talks_tells_what_happened() -> None:
    [found] = find_durations("Both men settled into private talks. They were undisturbed for 55 minutes.")
    assert (str(found.value), found.kind.value) == ("55", "actual")
    [found] = find_durations("Both men flew in. They were undisturbed for 55 minutes.")
    assert found.kind.value == "unspecified"


def test_a_length_then_after_which_is_a_length() -> None:
    [found] = find_durations(
        "The first half lasted about 1 hour 56 minutes after which the sides took a break."
    )
    assert (found.text, str(found.value), found.kind.value) == ("about 1 hour 56 minutes", "~116", "actual")
    assert find_durations("He arrived two hours after the summit.") == []


def test_a_length_told_before_a_meal_is_the_meetings() -> None:
    [mention] = find_durations("The meeting had lasted for 80 minutes before lunch, officials said.")
    assert (mention.text, str(mention.value), mention.kind) == ("80 minutes", "80", DurationKind.ACTUAL)
    assert find_durations("They then sat down to a 90-minute lunch.") == []


def test_a_stay_at_talks_is_their_length() -> None:
    [mention] = find_durations("Sadat stayed at the talks for three hours.")
    assert (mention.text, str(mention.value)) == ("three hours", "180")


def test_a_visit_of_minutes_is_a_call_on_someone() -> None:
    [mention] = find_durations(
        "The 30-minute visit by former Malaysian prime minister Mahathir to Soeharto was warm."
    )
    assert (mention.text, str(mention.value)) == ("30-minute", "30")
    assert find_durations("He made a 12-hour visit to Kabul, then a 30-minute speech.") == []


def test_a_past_verb_takes_no_expectation_from_the_sentence_before() -> None:
    text = (
        "They arrived for a ministerial meeting scheduled for Saturday. They proceeded to hold an hour-long"
        " meeting."
    )
    [mention] = find_durations(text)
    assert mention.kind is DurationKind.ACTUAL


def test_an_expectation_bound_to_another_duration_is_not_this_ones() -> None:
    text = "Originally scheduled for 90 minutes, much of the two-hour tete-a-tete focused on trade."
    assert [(m.text, m.kind) for m in find_durations(text)] == [
        ("90 minutes", DurationKind.SCHEDULED),
        ("two-hour", DurationKind.ACTUAL),
    ]
    text = "The talks were scheduled for 30 minutes and an hour."
    assert {m.kind for m in find_durations(text)} == {DurationKind.SCHEDULED}


def test_met_alone_for_is_what_happened_and_a_wait_is_no_length() -> None:
    text = (
        "Anticipating a session that would help him, Bush arrived at 9 a.m. He and Gorbachev met alone for"
        " 23 minutes."
    )
    [mention] = find_durations(text)
    assert (mention.text, mention.kind) == ("23 minutes", DurationKind.ACTUAL)
    assert find_durations("He was forced to wait more than 90 minutes at the embassy.") == []


def test_within_so_long_of_an_event_is_a_time_not_a_length() -> None:
    assert find_durations("She was to have started talks within two hours of her arrival.") == []
    [mention] = find_durations("The talks ended within two hours.")
    assert mention.text == "two hours"


def test_a_hyphenated_qualifier_and_a_length_still_running_are_bounds() -> None:
    [mention] = find_durations("They had a more-than-30-minute meeting on Sunday.")
    assert (mention.text, mention.value.minimum, mention.value.maximum) == ("more-than-30-minute", 30, None)
    [mention] = find_durations(
        '"Meeting of the two presidents in the first break. 30 minutes by now," she wrote.'
    )
    assert (mention.text, mention.value.minimum, mention.value.maximum) == ("30 minutes", 30, None)
    [mention] = find_durations("The talks lasted 30 minutes by the clock.")
    assert (mention.value.minimum, mention.value.maximum) == (30, 30)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "At the start of a three-day summit meeting of seven presidents, Alfonsin called for talks.",
            "scheduled",
        ),
        ("On the first day of their three-day talks, the president met Suharto.", "scheduled"),
        ("The leaders met on the eve of the two-day summit in Manila.", "scheduled"),
        # what fires only before the talks: at their end, the length is what happened
        ("At the end of a two-day summit, the leaders signed an accord.", "actual"),
        ("The leaders met for a two-day summit in Vienna.", "actual"),
    ],
)
def test_days_of_talks_at_their_start_are_planned(text: str, kind: str) -> None:
    [found] = find_durations(text)
    assert found.kind.value == kind


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        (
            "Trade topped the agenda of the summit. The annual two-day gathering ended in Lima.",
            "two-day",
            "actual",
        ),
        (
            "The summit opens today, and the three-day event will close with a communique.",
            "three-day",
            "scheduled",
        ),
        (
            "Arriving for a historic two-day round of border talks, the premier was cheered.",
            "two-day",
            "scheduled",
        ),
    ],
)
def test_a_summits_days_told_as_a_gathering_an_event_or_a_round(text: str, span: str, kind: str) -> None:
    [found] = find_durations(text)
    assert (found.text, found.kind.value) == (span, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The city hosts a three-day cultural event every spring.",  # no summit told nearby
        "The team released a minute-long video of the handshake.",  # a video's length
        "Tickets sold out; it took less than six hours to fill the hall.",  # a task's time
        "The two presidents posed for photos before a 40-minute ride to the palace.",  # no talk on the ride
    ],
)
def test_no_meeting_length_in_an_event_a_video_a_task_or_a_ride(text: str) -> None:
    assert find_durations(text) == []


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("The two leaders chatted in the car during a 30-minute ride to the palace.", "30", "actual"),
        ("The presidents held a five-minute video call.", "5", "actual"),
        ("It took them three hours to agree on the text of the talks.", "180", "actual"),
    ],
)
def test_a_ride_talked_through_a_video_call_and_talks_that_took_a_time(
    text: str, value: str, kind: str
) -> None:
    [found] = find_durations(text)
    assert (str(found.value), found.kind.value) == (value, kind)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "In the course of two hours or more with him, I formed a view of the talks.",
            "two hours or more",
            ">=120",
        ),
        ("We met for ninety minutes\n0or more.", "ninety minutes\n0or more", ">=90"),
        ("We met for two hours or so.", "two hours", "120"),  # "or so" is no minimum
    ],
)
def test_a_trailing_or_more_is_a_minimum(text: str, span: str, value: str) -> None:
    [found] = find_durations(text)
    assert (found.text, str(found.value)) == (span, value)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("During their three days of meetings here, the ministers are expected to sign a pact.", "scheduled"),
        ("During their three days of meetings here, the ministers signed a pact.", "actual"),
        ("The presidents, who are having two days of talks, agreed on trade.", "scheduled"),
        ("The presidents, who had two days of talks, agreed on trade.", "actual"),
    ],
)
def test_the_kind_from_the_main_clause_and_talks_under_way(text: str, kind: str) -> None:
    [found] = find_durations(text)
    assert found.kind.value == kind


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The envoy spent 20 minutes with the king and another hour with the premier.", ["20", "60"]),
        ("After lunch the two leaders talked for another hour.", ["60"]),
        ("The reporters waited another hour outside the palace.", []),  # a wait
        ("The two presidents spoke for ten minutes each at the opening.", []),  # each speaker's time
        ("The two presidents spoke for ten minutes by telephone.", ["10"]),  # a call
    ],
)
def test_another_hour_as_a_length_and_each_speakers_time(text: str, values: list[str]) -> None:
    assert [str(found.value) for found in find_durations(text)] == values


def test_the_time_line_of_a_record_of_talks_is_their_length() -> None:
    [found] = find_durations(
        "Record of the conversation\n\nTime: 3 May 1961, 10:00 am-11:30 am\n\nPlace: Delhi"
    )
    assert (str(found.value), found.kind.value) == ("90", "actual")


def test_a_clock_span_with_no_time_line_and_no_meeting_is_no_length() -> None:
    assert find_durations("Opening hours\n\nMuseum: daily, 10:00 am-11:30 am\n\nPlace: Delhi") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the number of a full length after another length is no elided one ("about three" too)
            "The talks lasted for over an hour, and in 2019 the talks lasted about three and a half hours.",
            [("over an hour", ">=60"), ("about three and a half hours", "~210")],
        ),
        ("Planned for an hour, they went on for three.", [("an hour", "60"), ("three", "180")]),
    ],
)
def test_an_elided_length_is_never_part_of_a_full_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, str(d.value)) for d in find_durations(text)] == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a reported future in the main clause is what was said: the length is of a call that took place
        ("In a 40-minute phone call on Monday, Lula told Scholz that Brazil would buy more wheat.", "actual"),
        ("During their two-hour meeting, Lula said he will visit Chile.", "actual"),
        ("During the 90-minute talks, Lula noted that the sides will meet again.", "actual"),
        # the main clause's own plan: the length is what is planned
        ("During their two-hour meeting, the leaders will discuss trade.", "scheduled"),
        ("In a 40-minute call, the two are expected to review the deal.", "scheduled"),
    ],
)
def test_a_reported_future_after_an_opening_duration(text: str, kind: str) -> None:
    [mention] = find_durations(text)
    assert mention.kind is DurationKind(kind)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a video call, conference or link, hyphenated or not, is the meeting: its length is kept
        ("Lula held a 40-minute video-conference with Scholz.", ["40-minute"]),
        ("Lula and Scholz held a 30-minute video-link call.", ["30-minute"]),
        ("Lula held a 40-minute video conference with Scholz.", ["40-minute"]),
        # a video or a clip is no meeting
        ("He watched a 10-minute video of the summit.", []),
        ("He posted a 10-minute video-clip of the summit.", []),
    ],
)
def test_a_video_call_keeps_its_length_and_a_video_does_not(text: str, found: list[str]) -> None:
    assert [d.text for d in find_durations(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The talks ran late, and another hour passed before the dinner.", []),  # time gone by
        ("The talks ran late, and another hour went by.", []),
        (
            "They spent 45 minutes with the president and another hour with his minister.",
            ["45 minutes", "another hour"],
        ),
    ],
)
def test_another_hour_that_passed_is_no_length(text: str, found: list[str]) -> None:
    assert [d.text for d in find_durations(text)] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The delegation talks were slotted for 30 minutes but were extended to two hours.",
            [("30 minutes", DurationKind.SCHEDULED), ("two hours", DurationKind.ACTUAL)],
        ),
        (
            "The talks, timetabled for an hour, ran for three.",
            [("an hour", DurationKind.SCHEDULED), ("three", DurationKind.ACTUAL)],
        ),
        ("Their talks ran for 30 minutes in a slot of the day.", [("30 minutes", DurationKind.ACTUAL)]),
    ],
)
def test_a_slotted_or_timetabled_length_is_scheduled(
    text: str, expected: list[tuple[str, DurationKind]]
) -> None:
    assert [(d.text, d.kind) for d in find_durations(text)] == expected


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Record of the telephone call, Friday 3 May, 10:05 – 10:40 Hours.", "10:05 – 10:40 Hours", "35"),
        ("The talks were held from 16.00-17.15 hrs at the palace.", "16.00-17.15 hrs", "75"),
    ],
)
def test_a_span_of_the_24_hour_clock_is_the_meetings_length(text: str, span: str, value: str) -> None:
    assert [(d.text, str(d.value)) for d in find_durations(text)] == [(span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "The talks began at 10:40 hours on Friday.",  # one clock time: no length, and no "40 hours"
        "The plane landed at 16.15 hours before the talks.",
        "Polling stations open 08:00 - 20:00 hours across the country.",  # a span, but of no meeting
    ],
)
def test_clock_times_with_hours_are_no_lengths(text: str) -> None:
    assert find_durations(text) == []
