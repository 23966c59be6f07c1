"""Status rules read around the meeting word: presence for talks, purposes fulfilled, relative clauses."""

from __future__ import annotations

import pytest
import yaml

from summitlib import MeetingFormat, MeetingStatus, Records
from summitlib.extraction import MeetingCandidate, extract
from summitlib.serialization import structure

from ..helpers import DATA

LEXICON = DATA / "extract_lexicon.yaml"


@pytest.fixture(scope="module")
def corpus() -> Records:
    return structure(yaml.safe_load(LEXICON.read_text(encoding="utf-8")), Records)


def meetings(text: str, corpus: Records, published: str = "2021-06-16") -> list[MeetingCandidate]:
    return list(extract(text, corpus=corpus, published=published).meetings)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "President Joe Biden is in Bali for a high-stakes meeting with Vladimir Putin.",
            MeetingStatus.PLANNED,
        ),
        (
            "Joe Biden is in Geneva this morning for bilateral talks with Vladimir Putin.",
            MeetingStatus.PLANNED,
        ),
        ("Joe Biden is in talks with Vladimir Putin on arms control.", None),  # no place: no presence
        ("Joe Biden is in Geneva for an official visit and met Vladimir Putin.", MeetingStatus.HELD),
    ],
)
def test_presence_for_talks_is_a_plan(text: str, status: MeetingStatus | None, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "After the ceremony, Joe Biden and Vladimir Putin walked past the guard and headed for "
            "the hall to hold private talks.",
            MeetingStatus.HELD,
        ),
        ("Joe Biden flew to Geneva to meet Vladimir Putin.", MeetingStatus.HELD),
        ("Joe Biden flew to Geneva, where he is expected to meet Vladimir Putin.", MeetingStatus.PLANNED),
    ],
)
def test_purpose_after_a_journey_told_in_the_past(text: str, status: MeetingStatus, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


def test_relative_clause_does_not_set_the_main_clause_status(corpus: Records) -> None:
    text = (
        "Joe Biden, who was received by Swiss officials at the airport, is scheduled to hold talks with "
        "Vladimir Putin."
    )
    [m] = meetings(text, corpus)
    assert m.status is MeetingStatus.PLANNED


def test_relative_clause_holding_the_meeting_word_is_read(corpus: Records) -> None:
    text = "Joe Biden, who had met Vladimir Putin in Geneva, is scheduled to fly home."
    [m] = meetings(text, corpus)
    assert m.status is MeetingStatus.HELD


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Officials expected the first meeting between Joe Biden and Vladimir Putin later today in "
            "talks that could last ten hours.",
            MeetingStatus.PLANNED,
        ),
        ("Joe Biden and Vladimir Putin met today in talks that lasted ten hours.", MeetingStatus.HELD),
        ("Joe Biden and Vladimir Putin could meet today.", MeetingStatus.POSSIBLE),
    ],
)
def test_later_today_and_how_long_talks_could_last(text: str, status: MeetingStatus, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Biden postpones his visit to Geneva\n\nJoe Biden has postponed his trip to Geneva. "
            "Joe Biden was set to meet Vladimir Putin there on June 30.",
            MeetingStatus.POSTPONED,
        ),
        (
            "Biden cancels meetings with Putin\n\nJoe Biden had planned to visit Moscow for a "
            "meeting with Vladimir Putin.",
            MeetingStatus.CANCELLED,
        ),
        (  # no lead that undoes it: a plan told in the past stays a plan
            "Biden in Geneva\n\nAides said Joe Biden was set to meet Vladimir Putin on June 30.",
            MeetingStatus.PLANNED,
        ),
        (  # a plan of something else that holds the meeting ("after meeting"), under a lead that undoes it
            "Biden cancels meeting with Putin\n\nJoe Biden had been scheduled to return home on Tuesday, "
            "after meeting with Vladimir Putin.",
            MeetingStatus.CANCELLED,
        ),
        (  # the same without such a lead: the plan stands
            "Biden in Geneva\n\nJoe Biden had been scheduled to return home on Tuesday, "
            "after meeting with Vladimir Putin.",
            MeetingStatus.PLANNED,
        ),
        (  # a plan of what is done there, not of the meeting
            "Biden postpones his speech\n\nJoe Biden was expected to speak after he met Vladimir Putin.",
            MeetingStatus.HELD,
        ),
    ],
)
def test_plan_told_in_the_past_under_a_lead_that_undoes_it(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    [m] = [c for c in meetings(text, corpus) if "\n" not in c.text and not c.text.startswith("Biden ")]
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Joe Biden did not rule out a meeting with Vladimir Putin.", MeetingStatus.POSSIBLE),
        ("A meeting between Joe Biden and Vladimir Putin hasn't been ruled out.", MeetingStatus.POSSIBLE),
        ("A meeting between Joe Biden and Vladimir Putin has been ruled out.", MeetingStatus.RULED_OUT),
        ('A meeting between Joe Biden and Vladimir Putin "could not be ruled out".', MeetingStatus.POSSIBLE),
        ("A meeting between Joe Biden and Vladimir Putin cannot be ruled out.", MeetingStatus.POSSIBLE),
        ("A meeting between Joe Biden and Vladimir Putin will be ruled out.", MeetingStatus.RULED_OUT),
        (
            "Aides said there are no concrete plans for a meeting between Joe Biden and Vladimir Putin.",
            MeetingStatus.RULED_OUT,
        ),
    ],
)
def test_not_ruling_out_is_possible(text: str, status: MeetingStatus, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a passive future ("will be discussed") is no talk held; "as and when" makes the meeting a condition
        ("Trade will be discussed as, and when, Joe Biden and Vladimir Putin meet.", MeetingStatus.POSSIBLE),
        ("Trade will be discussed as and when Joe Biden meets Vladimir Putin.", MeetingStatus.POSSIBLE),
        ("Trade was discussed at the meeting between Joe Biden and Vladimir Putin.", MeetingStatus.HELD),
        (
            "Trade will be discussed at the meeting between Joe Biden and Vladimir Putin.",
            MeetingStatus.PLANNED,
        ),
        ("Trade was discussed as and when Joe Biden met Vladimir Putin.", MeetingStatus.HELD),
    ],
)
def test_a_passive_future_and_as_and_when_are_no_talks_held(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the present beside a time of day is the day's timetable; the past or no time of day is held
        ("Today Joe Biden speaks by phone to Vladimir Putin at 3:45 pm.", MeetingStatus.PLANNED),
        ("Joe Biden meets Vladimir Putin at 10 a.m. in the Kremlin.", MeetingStatus.PLANNED),
        ("Joe Biden spoke by phone to Vladimir Putin at 3:45 pm.", MeetingStatus.HELD),
        ("Joe Biden meets Vladimir Putin in the Kremlin.", MeetingStatus.HELD),
    ],
)
def test_a_timetable_in_the_present_is_planned(text: str, status: MeetingStatus, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The evening news showed Joe Biden walking to meet Vladimir Putin as the two shook hands.",
            MeetingStatus.HELD,
        ),
        ("The evening news showed Joe Biden walking to meet Vladimir Putin.", MeetingStatus.PLANNED),
        ("Joe Biden escorted Vladimir Putin to the villa for talks.", MeetingStatus.HELD),
        (
            "Aides say today's meeting between Joe Biden and Vladimir Putin has been constructive.",
            MeetingStatus.HELD,
        ),
    ],
)
def test_meetings_told_without_a_meeting_verb(text: str, status: MeetingStatus, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Joe Biden said he would raise trade when he met Vladimir Putin later on Wednesday.",
            MeetingStatus.PLANNED,
        ),
        ("Joe Biden met Vladimir Putin later on Wednesday, aides said.", MeetingStatus.HELD),
    ],
)
def test_later_the_same_day_after_would_is_a_plan(text: str, status: MeetingStatus, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "video"),
    [
        ("Joe Biden and Vladimir Putin agreed to meet by video on Monday.", True),
        ("Joe Biden and Vladimir Putin agreed to meet in Geneva on Monday.", False),
        ("Joe Biden and Vladimir Putin held an online summit on Monday.", True),
        ("Joe Biden and Vladimir Putin held a video teleconference meeting on Monday.", True),
        ("Joe Biden and Vladimir Putin held a summit online of the news on Monday.", False),
    ],
)
def test_meeting_by_video_is_a_video_call(text: str, video: bool, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert (m.format is MeetingFormat.VIDEO_CALL) is video


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Joe Biden is scheduled to fly home on Tuesday, after meeting with Vladimir Putin.",
            MeetingStatus.PLANNED,
        ),
        ("Joe Biden was due to return on Friday, after talks with Vladimir Putin.", MeetingStatus.PLANNED),
        # no plan told before the "after": a meeting that took place
        ("Joe Biden flew home on Tuesday, after meeting with Vladimir Putin.", MeetingStatus.HELD),
        ("Joe Biden is scheduled to fly home. He left after talks with Vladimir Putin.", MeetingStatus.HELD),
    ],
)
def test_a_meeting_after_which_something_is_planned_is_planned(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("Vladimir Putin thanked Joe Biden for his condolence call.", True),
        ("Joe Biden thanked Vladimir Putin for a congratulatory call.", True),
        ("Vladimir Putin thanked Joe Biden for his courtesy call.", False),  # a visit in person
    ],
)
def test_a_call_of_condolence_or_congratulation_is_a_phone_call(
    text: str, call: bool, corpus: Records
) -> None:
    [m] = meetings(text, corpus)
    assert (m.format is MeetingFormat.PHONE_CALL) is call


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Vladimir Putin said Joe Biden is most welcome to visit him.", MeetingStatus.PROPOSED),
        ("Vladimir Putin welcomed Joe Biden in Moscow.", MeetingStatus.HELD),
        ("Vladimir Putin said he would attend talks with Joe Biden if invited.", MeetingStatus.HYPOTHETICAL),
        ("Vladimir Putin invited Joe Biden for talks.", MeetingStatus.PROPOSED),
        ("Joe Biden speaks to Vladimir Putin", MeetingStatus.HELD),
        (
            "Diplomats say a meeting between Joe Biden and Vladimir Putin would be carefully orchestrated.",
            MeetingStatus.PLANNED,
        ),
    ],
)
def test_invitations_conditions_and_plans_of_news_copy(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


def test_a_wish_for_a_meeting_held_is_no_plan(corpus: Records) -> None:
    [m] = meetings("Joe Biden met Vladimir Putin and said he hoped their summit would be fruitful.", corpus)
    assert m.status is MeetingStatus.HELD


def test_plans_for_a_dated_summit_are_a_plan_on_that_date(corpus: Records) -> None:
    [m] = meetings(
        "Aides on Monday announced plans for the June 30 summit between Joe Biden and Vladimir Putin.", corpus
    )
    assert m.status is MeetingStatus.PLANNED
    assert m.when is not None and str(m.when.value) == "2021-06-30"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Joe Biden and Vladimir Putin are meeting in Geneva this Wednesday evening.", MeetingStatus.PLANNED),
        ("Joe Biden and Vladimir Putin are meeting in Geneva on Wednesday.", MeetingStatus.HELD),
        ("Joe Biden met Vladimir Putin in Geneva this Wednesday evening.", MeetingStatus.HELD),
    ],
)
def test_meeting_this_evening_written_that_day(text: str, status: MeetingStatus, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Joe Biden had been expected to meet Vladimir Putin in Geneva, but that was not confirmed.",
            MeetingStatus.POSSIBLE,
        ),
        ("Joe Biden will meet Vladimir Putin in Geneva, the Kremlin confirmed.", MeetingStatus.PLANNED),
    ],
)
def test_a_plan_not_confirmed_is_possible(text: str, status: MeetingStatus, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Vladimir Putin has turned down an offer to meet Joe Biden next week.", MeetingStatus.RULED_OUT),
        ("Vladimir Putin has accepted an offer to meet Joe Biden next week.", MeetingStatus.PROPOSED),
        (
            "Joe Biden is undertaking an official visit to Russia on the invitation of Vladimir Putin.",
            MeetingStatus.HELD,
        ),
        ("Vladimir Putin invited Joe Biden to Russia.", MeetingStatus.PROPOSED),
        (
            "Vladimir Putin said Joe Biden would be very welcome whenever he chooses to visit him.",
            MeetingStatus.PROPOSED,
        ),
    ],
)
def test_offers_and_invitations(text: str, status: MeetingStatus, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Joe Biden and Vladimir Putin will confer in Washington this month in a face-to-face meeting.",
            MeetingStatus.PLANNED,
        ),
        (
            "The face-to-face meeting between Joe Biden and Vladimir Putin this month was the first.",
            MeetingStatus.HELD,
        ),
    ],
)
def test_a_month_of_writing_with_will_is_ahead(text: str, status: MeetingStatus, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


def test_a_meeting_ahead_of_a_later_event_is_read_at_its_own_word(corpus: Records) -> None:
    [m] = meetings(
        "Ahead of next week's G8 summit, Joe Biden held a video conference with Vladimir Putin.", corpus
    )
    assert (m.status, m.format, m.when) == (MeetingStatus.HELD, MeetingFormat.VIDEO_CALL, None)
    [m] = meetings("Joe Biden will see Vladimir Putin at next week's G8 summit.", corpus)
    assert m.status is MeetingStatus.PLANNED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Aides noted the lack of a meeting between Joe Biden and Vladimir Putin.", MeetingStatus.RULED_OUT),
        ("Aides noted the length of the meeting between Joe Biden and Vladimir Putin.", None),
    ],
)
def test_the_lack_of_a_meeting_rules_it_out(text: str, status: MeetingStatus | None, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Joe Biden does not plan to meet Vladimir Putin at the summit.", MeetingStatus.RULED_OUT),
        ("Joe Biden doesn't intend to meet Vladimir Putin at the summit.", MeetingStatus.RULED_OUT),
        ("Joe Biden has no intention of meeting Vladimir Putin at the summit.", MeetingStatus.RULED_OUT),
        ("Joe Biden does plan to meet Vladimir Putin at the summit.", MeetingStatus.PLANNED),
    ],
)
def test_not_planning_to_meet_rules_it_out(text: str, status: MeetingStatus, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Aides said Beijing had stopped a meeting between Joe Biden and Vladimir Putin.",
            MeetingStatus.CANCELLED,
        ),
        ("Moscow scuttled the planned summit between Joe Biden and Vladimir Putin.", MeetingStatus.CANCELLED),
        ("Aides said Joe Biden had stopped in Geneva for a meeting with Vladimir Putin.", MeetingStatus.HELD),
    ],
)
def test_stopping_a_meeting_cancels_it(text: str, status: MeetingStatus, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Joe Biden is preparing to fly to Geneva for talks with Vladimir Putin.", MeetingStatus.PLANNED),
        ("Joe Biden held talks with Vladimir Putin to prepare the ground.", MeetingStatus.HELD),
    ],
)
def test_preparing_to_go_for_talks_is_planned(text: str, status: MeetingStatus, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # American spelling; a participle before another event ("the postponed Arab summit") is that one's
        (
            "Joe Biden returned after canceling expected meetings with Vladimir Putin concerning the "
            "postponed Arab summit.",
            MeetingStatus.CANCELLED,
        ),
        (
            "The postponed summit between Joe Biden and Vladimir Putin is off the agenda.",
            MeetingStatus.POSTPONED,
        ),
    ],
)
def test_canceling_and_a_postponed_other_event(text: str, status: MeetingStatus, corpus: Records) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("lead", "status"),
    [
        ("Biden cancels meetings with Putin over the postponed summit", MeetingStatus.CANCELLED),
        ("Biden postpones meetings with Putin after Kremlin cancels parade", MeetingStatus.POSTPONED),
    ],
)
def test_the_first_undoing_word_of_the_lead_undoes_a_plan_told_in_the_past(
    lead: str, status: MeetingStatus, corpus: Records
) -> None:
    text = f"{lead}\n\nThe weather was fine. Joe Biden was expected to meet Vladimir Putin on Thursday."
    assert [m.status for m in meetings(text, corpus)][-1] is status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a departure delayed is not the meeting's postponement, and the final scheduled session of a
        # series told in the past is held
        (
            "A scheduled 10:30 a.m. departure was delayed, forcing Vice President George Bush to remain in "
            "the embassy until noon, when he finally accompanied Soviet leader Mikhail Gorbachev to the "
            "White House for his final scheduled session with President Ronald Reagan.",
            "held",
        ),
        # the meeting itself delayed
        ("Soviet leader Mikhail Gorbachev's meeting with President Ronald Reagan was delayed.", "postponed"),
        # a scheduled meeting with no other word: planned
        ("Soviet leader Mikhail Gorbachev has a scheduled session with President Ronald Reagan.", "planned"),
    ],
)
def test_a_delayed_departure_and_a_final_scheduled_session(text: str, expected: str) -> None:
    found = extract(text, published="1987-12-11").meetings
    assert [m.status and m.status.value for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "were to have a meeting" is a plan; "were to have met" is one that did not happen
        (
            "Prime Minister Fumio Kishida and President Yoon Suk-yeol were to have a meeting with President "
            "Joe Biden yesterday.",
            "planned",
        ),
        (
            "Prime Minister Fumio Kishida and President Yoon Suk-yeol were to have talks with President "
            "Joe Biden yesterday.",
            "planned",
        ),
        (
            "Prime Minister Fumio Kishida and President Yoon Suk-yeol were to have met President Joe Biden "
            "yesterday.",
            "cancelled",
        ),
    ],
)
def test_was_to_have_a_meeting_is_a_plan(text: str, expected: str) -> None:
    found = extract(text, published="2022-06-30").meetings
    assert [m.status and m.status.value for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting that "will not be held" is ruled out; one "not held in Cairo but ..." is elsewhere
        (
            "President Gamal Abdel Nasser's meeting with Prime Minister Indira Gandhi will not be held.",
            "ruled_out",
        ),
        (
            "President Gamal Abdel Nasser's meeting with Prime Minister Indira Gandhi won't be held.",
            "ruled_out",
        ),
        ("President Gamal Abdel Nasser's meeting with Prime Minister Indira Gandhi will be held.", "planned"),
        (
            "President Gamal Abdel Nasser's meeting with Prime Minister Indira Gandhi will not be held in "
            "Cairo but in Delhi.",
            None,
        ),
    ],
)
def test_a_meeting_that_will_not_be_held(text: str, expected: str | None) -> None:
    found = extract(text, published="1966-03-14").meetings
    assert [m.status and m.status.value for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "upcoming" of other meetings after the call's word is theirs, not the call's
        (
            "In the telephone talk, President Barack Obama and King Salman reviewed the agenda for the "
            "upcoming meetings.",
            "held",
        ),
        (
            "President Barack Obama and King Salman spoke by phone about the scheduled visit.",
            "held",
        ),
        # before the meeting word, or of the meeting word itself: the meeting's
        ("President Barack Obama will hold talks with King Salman at the upcoming summit.", "planned"),
        ("President Barack Obama and King Salman discussed the date of the upcoming talks.", "planned"),
    ],
)
def test_a_status_adjective_of_another_meeting_after_the_word(text: str, expected: str) -> None:
    found = extract(text, published="2015-05-12").meetings
    assert [m.status and m.status.value for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "video"),
    [
        ("Vladimir Putin and Joe Biden held talks via an encrypted video channel on Friday.", True),
        ("Vladimir Putin and Joe Biden held talks via secure video link on Friday.", True),
        (
            "Vladimir Putin and Joe Biden held talks in Geneva and watched an encrypted video on Friday.",
            False,
        ),
    ],
)
def test_talks_via_a_described_video_channel_are_a_video_call(
    text: str, video: bool, corpus: Records
) -> None:
    [m] = meetings(text, corpus)
    assert (m.format is MeetingFormat.VIDEO_CALL) is video


@pytest.mark.parametrize(
    ("text", "call"),
    [
        # "called X's successor Y": Y is called
        ("On Sunday, Joe Biden called Vladimir Putin's successor Dmitry Medvedev to congratulate him.", True),
        # a name given ("called X's successor Y a friend"), or no one called
        ("Joe Biden called Vladimir Putin's successor Dmitry Medvedev a friend during their meeting.", False),
        ("Joe Biden called Vladimir Putin's policy a failure after meeting Dmitry Medvedev.", False),
        ("Joe Biden called for Vladimir Putin's successor to meet Dmitry Medvedev.", False),
    ],
)
def test_calling_someones_successor_is_a_call(text: str, call: bool, corpus: Records) -> None:
    found = meetings(text, corpus)
    assert any(m.format is MeetingFormat.PHONE_CALL for m in found) is call


@pytest.mark.parametrize(
    ("text", "format"),
    [
        (  # a call only offered: the talks held after it are in person
            "Vladimir Putin said President Joe Biden had invited him to telephone the White House direct if "
            "difficulties recurred. One of Mr Putin's main aims in his talks with the President was trade.",
            None,
        ),
        (  # a call held: "the two leaders" after it are that call
            "Joe Biden held phone talks with Vladimir Putin on Monday. The two leaders discussed trade.",
            MeetingFormat.PHONE_CALL,
        ),
    ],
)
def test_a_held_meeting_does_not_take_the_format_of_a_call_only_offered(
    text: str, format: MeetingFormat | None, corpus: Records
) -> None:
    found = meetings(text, corpus)
    assert found[-1].format is format


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one subject, "meetings" with a list: one meeting each
            "At the summit on Friday, Joe Biden will also hold meetings with Vladimir Putin, and the new "
            "president of China, Xi Jinping.",
            [("joe-biden", "vladimir-putin"), ("joe-biden", "xi-jinping")],
        ),
        (  # the singular: one meeting of them all
            "At the summit on Friday, Joe Biden will also hold a meeting with Vladimir Putin and Xi Jinping.",
            [("joe-biden", "vladimir-putin", "xi-jinping")],
        ),
    ],
)
def test_meetings_with_a_list_are_one_meeting_each(
    text: str, expected: list[tuple[str, ...]], corpus: Records
) -> None:
    assert sorted(m.participants for m in meetings(text, corpus)) == expected


def test_meetings_with_others_than_those_named_after_are_not_one_each(corpus: Records) -> None:
    """Those named after "meetings with officials ..., said" are in another clause: not met one by one."""
    text = (
        "Joe Biden, following meetings with officials in the capital, said Vladimir Putin would meet "
        "Xi Jinping next week."
    )
    assert ("joe-biden", "xi-jinping") not in [m.participants for m in meetings(text, corpus)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (  # "have not held talks since": the time since they last met, not a meeting ruled out (the clause
            # is an encounter of its own, the talks of April 2012: held too)
            "Joe Biden last met Vladimir Putin in December, but they have not held political talks since "
            "April 2012, an aide said.",
            MeetingStatus.HELD,
        ),
        ("Joe Biden and Vladimir Putin have not held talks, officials said.", MeetingStatus.RULED_OUT),
        (  # "long-delayed talks": delayed before, held now
            "Long-delayed peace talks on Sunday between Joe Biden and Vladimir Putin failed to produce "
            "results.",
            MeetingStatus.HELD,
        ),
        (
            "The talks between Joe Biden and Vladimir Putin were delayed until Sunday.",
            MeetingStatus.POSTPONED,
        ),
        ("Vladimir Putin withdrew his invitation for Joe Biden to visit Moscow.", MeetingStatus.CANCELLED),
        ("Vladimir Putin extended his invitation for Joe Biden to visit Moscow.", MeetingStatus.PROPOSED),
        (  # what a summit "was to have taken up" is its agenda, not a summit undone
            "Joe Biden met Vladimir Putin at the summit on Monday, which was to have taken up the issues of "
            "disarmament.",
            MeetingStatus.HELD,
        ),
        ("Joe Biden was to have met Vladimir Putin on Monday.", MeetingStatus.CANCELLED),
        (  # "would have been" across a turn of the clause: what happened was the meeting
            "What would have been unthinkable a year ago happened when Joe Biden met Vladimir Putin in "
            "Geneva.",
            MeetingStatus.HELD,
        ),
    ],
)
def test_negations_and_undoing_words_read_in_their_scope(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    found = meetings(text, corpus)
    assert found and {m.status for m in found} == {status}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (  # a counterfactual: the meeting did not happen
            "Earlier this week we were waiting in Paris for Joe Biden, on what was going to be his first "
            "visit to Vladimir Putin, when we had the sad news.",
            MeetingStatus.CANCELLED,
        ),
        (
            "Earlier this week we were waiting in Paris for Joe Biden, on his first visit to Vladimir Putin, "
            "when we had the sad news.",
            MeetingStatus.HELD,
        ),
    ],
)
def test_a_meeting_that_would_have_been_did_not_happen(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    assert [m.status for m in meetings(text, corpus)] == [status]


def test_a_counterfactual_takes_the_undoing_word_of_the_lead(corpus: Records) -> None:
    text = (
        "Xi Jinping has postponed his visit to Washington.\n\nXi Jinping would have been the first Chinese "
        "president received by Joe Biden as a state guest in a decade."
    )
    assert [m.status for m in meetings(text, corpus)][-1] is MeetingStatus.POSTPONED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Biden, Putin meet Xi Jinping\n\nThe three leaders spoke of trade.", MeetingStatus.HELD),
        ("Biden, Putin to meet Xi Jinping\n\nThe three leaders will speak of trade.", MeetingStatus.PLANNED),
        # a verb before "meet" that is no name's: not the headline's present
        ("Why Biden and Putin never meet Xi Jinping\n\nThe three leaders are rivals.", None),
        ("Biden, Putin shall meet Xi Jinping\n\nThe three leaders are rivals.", None),
    ],
)
def test_a_headline_tells_a_meeting_in_the_present(
    text: str, status: MeetingStatus | None, corpus: Records
) -> None:
    assert meetings(text, corpus)[0].status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (  # a judgement of the meeting: it took place
            "Both sides declared themselves well pleased with the meeting of Joe Biden and Vladimir Putin.",
            MeetingStatus.HELD,
        ),
        (  # arriving for talks: the talks are to come
            "Joe Biden arrived in Geneva today for talks with Vladimir Putin.",
            MeetingStatus.PLANNED,
        ),
        ("Joe Biden arrived in Geneva today and held talks with Vladimir Putin.", MeetingStatus.HELD),
    ],
)
def test_judged_meetings_are_held_and_arrivals_for_talks_are_planned(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    assert [m.status for m in meetings(text, corpus)] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a condition on a report reports the meeting
        (
            "If reports are true that Sven Hedman met Ada Okonjo last week, the talks went well.",
            MeetingStatus.HELD,
        ),
        ("If the reports prove correct that Sven Hedman met Ada Okonjo, it was a first.", MeetingStatus.HELD),
        # a condition on the meeting itself imagines it
        ("If Sven Hedman met Ada Okonjo, the talks would go well.", MeetingStatus.HYPOTHETICAL),
        (
            "If the report is wrong and Sven Hedman met Ada Okonjo, it was a secret.",
            MeetingStatus.HYPOTHETICAL,
        ),
    ],
)
def test_a_condition_on_a_report_is_no_hypothetical_meeting(text: str, status: MeetingStatus) -> None:
    found = extract(text, published="2019-03-02")
    assert [m.status for m in found.meetings] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what is put off is no meeting (deferred questions: see the corpus test of undoing verbs)
        ("Sven Hedman met Ada Okonjo on Monday but delayed a decision on the loan.", MeetingStatus.HELD),
        # near misses: the meeting put off
        ("The talks between Sven Hedman and Ada Okonjo were deferred until later.", MeetingStatus.POSTPONED),
        ("The meeting between Sven Hedman and Ada Okonjo was delayed.", MeetingStatus.POSTPONED),
    ],
)
def test_what_is_put_off_when_it_is_no_meeting_postpones_none(
    text: str, status: MeetingStatus | None
) -> None:
    found = extract(text, published="2019-03-02")
    assert [m.status for m in found.meetings] == ([] if status is None else [status])


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Prospects for a summit between Sven Hedman and Ada Okonjo dimmed today.", MeetingStatus.POSSIBLE),
        ("The prospect of a summit between Sven Hedman and Ada Okonjo grew.", MeetingStatus.POSSIBLE),
        # near miss: a held meeting that discusses the prospects of something else
        ("Sven Hedman met Ada Okonjo on Monday to discuss the prospects for trade.", MeetingStatus.HELD),
        ("Sven Hedman held talks with Ada Okonjo on the prospects for peace.", MeetingStatus.HELD),
    ],
)
def test_prospects_for_a_meeting_are_a_possible_one(text: str, status: MeetingStatus) -> None:
    found = extract(text, published="1985-05-21")
    assert [m.status for m in found.meetings] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (  # a bare "was to" plan in an article whose lead calls it off
            "Talks called off\n\nThe meeting between Joe Biden and Vladimir Putin was to take "
            "place in Geneva on the sidelines of the forum.",
            MeetingStatus.CANCELLED,
        ),
        (
            "Geneva trip put off\n\nJoe Biden and his aides were to travel to Geneva for talks with "
            "Vladimir Putin on Monday.",
            MeetingStatus.POSTPONED,
        ),
        (  # no such lead: a plan
            "Geneva talks prepared\n\nThe meeting between Joe Biden and Vladimir Putin was to take place in "
            "Geneva on the sidelines of the forum.",
            MeetingStatus.PLANNED,
        ),
    ],
)
def test_a_bare_plan_told_in_the_past_is_undone_by_the_lead(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    assert meetings(text, corpus)[-1].status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (  # a refusal told in the future, after a lead that calls the meeting off
            "Geneva summit called off\n\nVladimir Putin would not meet with Joe Biden in Geneva this "
            "week, his office said.",
            MeetingStatus.CANCELLED,
        ),
        (  # no such lead: ruled out
            "Putin in Geneva\n\nVladimir Putin would not meet with Joe Biden in Geneva this week, his office "
            "said.",
            MeetingStatus.RULED_OUT,
        ),
        (  # a refusal not told in the future stays ruled out
            "Geneva summit called off\n\nVladimir Putin ruled out a meeting with Joe Biden in Geneva this "
            "week, his office said.",
            MeetingStatus.RULED_OUT,
        ),
    ],
)
def test_a_refusal_after_a_lead_that_calls_the_meeting_off(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    assert meetings(text, corpus)[-1].status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (  # a passive still to come
            "Vladimir Putin's visit postponed\n\nVladimir Putin was set to be welcomed at the airport by "
            "Joe Biden on Monday.",
            MeetingStatus.POSTPONED,
        ),
        ("Vladimir Putin will be received by Joe Biden at the White House.", MeetingStatus.PLANNED),
        ("Vladimir Putin was received by Joe Biden at the White House.", MeetingStatus.HELD),
        ("Vladimir Putin has been received by Joe Biden at the White House.", MeetingStatus.HELD),
    ],
)
def test_a_passive_to_come_is_not_held(text: str, status: MeetingStatus, corpus: Records) -> None:
    assert meetings(text, corpus, published="2021-06-20")[-1].status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Vladimir Putin assured Joe Biden that he would soon be making a visit to Washington.",
            MeetingStatus.PLANNED,
        ),
        (
            "Vladimir Putin told Joe Biden that he will also be paying a visit to Washington.",
            MeetingStatus.PLANNED,
        ),
    ],
)
def test_a_future_progressive_is_a_plan(text: str, status: MeetingStatus, corpus: Records) -> None:
    assert meetings(text, corpus)[-1].status is status


@pytest.mark.parametrize(
    ("text", "status", "format"),
    [
        (  # the possibility is of another meeting than the call
            "Joe Biden and Vladimir Putin have discussed, in a phone call, the possibility to organize a "
            "meeting of the five powers.",
            MeetingStatus.HELD,
            MeetingFormat.PHONE_CALL,
        ),
        (  # the possibility is of the meeting named
            "Joe Biden and Vladimir Putin have discussed the possibility of a summit in Vienna.",
            MeetingStatus.POSSIBLE,
            None,
        ),
        (  # the wish is of a journey of its own; the call told with its content in the past
            "Joe Biden released a video of his phone call with Vladimir Putin in which he praised the "
            "Russian and expressed his desire to travel to Moscow.",
            MeetingStatus.HELD,
            MeetingFormat.PHONE_CALL,
        ),
        (  # "as soon as possible" is a time, not a possibility
            "The phone call between Joe Biden and Vladimir Putin, arranged as soon as possible.",
            None,
            MeetingFormat.PHONE_CALL,
        ),
        (
            "The phone call between Joe Biden and Vladimir Putin, if possible, is to be arranged.",
            MeetingStatus.POSSIBLE,
            MeetingFormat.PHONE_CALL,
        ),
    ],
)
def test_a_cue_of_another_meeting_is_not_the_meetings(
    text: str, status: MeetingStatus | None, format: MeetingFormat | None, corpus: Records
) -> None:
    first = meetings(text, corpus)[0]
    assert (first.status, first.format) == (status, format)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Joe Biden has begun summit talks with Vladimir Putin after arriving in Geneva.",
            MeetingStatus.HELD,
        ),
        ("Joe Biden and Vladimir Putin have begun preparing for a summit.", MeetingStatus.PLANNED),
        ("Joe Biden and Vladimir Putin have begun preparations for a summit in Geneva.", None),
        (
            "Joe Biden has used a meeting with Vladimir Putin to remind him of the treaty.",
            MeetingStatus.HELD,
        ),
        (
            "Joe Biden will use a meeting with Vladimir Putin to remind him of the treaty.",
            MeetingStatus.PLANNED,
        ),
    ],
)
def test_talks_begun_and_meetings_used_took_place(
    text: str, status: MeetingStatus | None, corpus: Records
) -> None:
    assert meetings(text, corpus)[0].status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Joe Biden was in Geneva on Wednesday, June 16, to meet Vladimir Putin.", MeetingStatus.HELD),
        ("Joe Biden is in Geneva this week to meet Vladimir Putin.", MeetingStatus.PLANNED),
        (
            "Joe Biden took a day trip to Geneva on Wednesday to meet Vladimir Putin.",
            MeetingStatus.HELD,
        ),
        ("Joe Biden will take a day trip to Geneva on Friday to meet Vladimir Putin.", MeetingStatus.PLANNED),
    ],
)
def test_a_stay_or_a_trip_told_in_the_past_fulfils_its_purpose(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    assert [m.status for m in meetings(text, corpus, published="2021-06-18")] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "During their meetings in Geneva, Joe Biden and Vladimir Putin are expected to discuss trade.",
            MeetingStatus.PLANNED,
        ),
        (
            "During their meetings in Geneva, Joe Biden and Vladimir Putin discussed arms control.",
            MeetingStatus.HELD,
        ),
        (  # a time past in the opening phrase
            "After last week's talks in Geneva, Joe Biden and Vladimir Putin will sign a treaty.",
            MeetingStatus.HELD,
        ),
        (  # reported speech in the main clause
            "After the talks in Geneva with Vladimir Putin, Joe Biden said the treaty will be signed soon.",
            MeetingStatus.HELD,
        ),
    ],
)
def test_an_opening_phrase_of_a_meeting_takes_the_main_clauses_plan(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    assert [m.status for m in meetings(text, corpus)] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (  # the questions are deferred, not the meeting
            "Joe Biden and Vladimir Putin made brief statements before their meeting but deferred questions "
            "until later.",
            None,
        ),
        ("Joe Biden and Vladimir Putin deferred their meeting until later.", MeetingStatus.POSTPONED),
        ("Joe Biden and Vladimir Putin deferred the planned summit until later.", MeetingStatus.POSTPONED),
        ("The meeting between Joe Biden and Vladimir Putin was deferred again.", MeetingStatus.POSTPONED),
        ("Joe Biden and Vladimir Putin cancelled plans to meet in Geneva.", MeetingStatus.CANCELLED),
    ],
)
def test_an_undoing_verb_with_an_object_of_its_own(
    text: str, status: MeetingStatus | None, corpus: Records
) -> None:
    assert [m.status for m in meetings(text, corpus)] == [status]


@pytest.mark.parametrize(
    ("text", "format"),
    [
        (  # the call is where the invitation was made: the visit is in person
            "Joe Biden invited Vladimir Putin to visit Washington this year after the two spoke by phone.",
            None,
        ),
        ("Joe Biden invited Vladimir Putin to a video call on trade.", MeetingFormat.VIDEO_CALL),
    ],
)
def test_an_invitation_to_visit_is_in_person(
    text: str, format: MeetingFormat | None, corpus: Records
) -> None:
    first = meetings(text, corpus)[0]
    assert (first.status, first.format) == (MeetingStatus.PROPOSED, format)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "There were media speculations about a meeting between Joe Biden and Vladimir Putin.",
            MeetingStatus.POSSIBLE,
        ),
        (
            "Rumours of a meeting between Joe Biden and Vladimir Putin in Geneva spread.",
            MeetingStatus.POSSIBLE,
        ),
        ("Joe Biden and Vladimir Putin are considering a meeting in Geneva.", MeetingStatus.POSSIBLE),
        (  # "Considering" opening a sentence is a preposition, not a deliberation
            "Considering the stakes of the meeting between Joe Biden and Vladimir Putin, aides stay calm.",
            None,
        ),
    ],
)
def test_speculation_is_possible_and_considering_opens_a_phrase(
    text: str, status: MeetingStatus | None, corpus: Records
) -> None:
    assert [m.status for m in meetings(text, corpus)] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (  # a negated held verb: nothing took place
            "Aides have not received any letter about a summit between Joe Biden and Vladimir Putin.",
            None,
        ),
        ("Aides said Joe Biden received a letter about a summit with Vladimir Putin.", MeetingStatus.HELD),
        (
            "There are possibilities of a meeting between Joe Biden and Vladimir Putin on the sidelines.",
            MeetingStatus.POSSIBLE,
        ),
    ],
)
def test_a_negated_held_cue_and_possibilities(
    text: str, status: MeetingStatus | None, corpus: Records
) -> None:
    assert [m.status for m in meetings(text, corpus)] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("So far it is not clear if Joe Biden will visit Vladimir Putin in Moscow.", MeetingStatus.POSSIBLE),
        (
            "It remains to be seen whether Joe Biden will meet Vladimir Putin in Geneva.",
            MeetingStatus.POSSIBLE,
        ),
        ("It is clear that Joe Biden will visit Vladimir Putin in Moscow.", MeetingStatus.PLANNED),
    ],
)
def test_a_doubt_whether_a_plan_holds_makes_it_possible(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    assert [m.status for m in meetings(text, corpus)] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Joe Biden extended an invitation to Vladimir Putin to attend the summit to be held in Rome.",
            MeetingStatus.PROPOSED,
        ),
        (  # an invitation accepted: the plan
            "Vladimir Putin accepted the invitation of Joe Biden to attend the summit to be held in Rome.",
            MeetingStatus.PLANNED,
        ),
        (
            "Joe Biden and Vladimir Putin will attend the next G-20 summit to be held in Rome.",
            MeetingStatus.PLANNED,
        ),
    ],
)
def test_an_invitation_to_attend_a_planned_summit_is_a_proposal(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    assert [m.status for m in meetings(text, corpus)] == [status]


@pytest.mark.parametrize(
    ("text", "format"),
    [
        (  # who convened a gathering, not who phoned
            "Joe Biden will meet Xi Jinping ahead of the summit, which has been called by Vladimir Putin.",
            None,
        ),
        # a person before "called by": still the words of a call
        ("Joe Biden met Xi Jinping after he was called by Vladimir Putin.", MeetingFormat.PHONE_CALL),
    ],
)
def test_a_gathering_called_by_someone_is_no_call(
    text: str, format: MeetingFormat | None, corpus: Records
) -> None:
    assert meetings(text, corpus)[0].format is format


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (  # the plan is of talks of their own; the summit's verb tells it took place
            "Joe Biden and Vladimir Putin were scheduled to have short talks but the summit lasted an hour.",
            MeetingStatus.HELD,
        ),
        (  # a plan's occasion and a plan's verb are the plan of the meeting before them
            "A meeting between Joe Biden and Vladimir Putin is planned for the summit in Rome.",
            MeetingStatus.PLANNED,
        ),
        (
            "The summit in Geneva, where Joe Biden and Vladimir Putin are expected to meet, opens soon.",
            MeetingStatus.PLANNED,
        ),
    ],
)
def test_a_plan_of_a_meeting_of_its_own(text: str, status: MeetingStatus, corpus: Records) -> None:
    assert meetings(text, corpus)[0].status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (  # written on Wednesday: Monday's talks took place, what follows them is planned
            "Following their talks in Geneva on Monday, Joe Biden and Vladimir Putin will sign a treaty.",
            MeetingStatus.HELD,
        ),
        (
            "Following their talks in Geneva on June 18, Joe Biden and Vladimir Putin will sign a treaty.",
            MeetingStatus.PLANNED,
        ),
    ],
)
def test_an_opening_phrase_dated_before_the_writing_is_held(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    assert [m.status for m in meetings(text, corpus, published="2021-06-16")] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a future the main clause reports (a verb of saying, or "that") is what was said, not the meeting's
        (
            "Following his talks with Vladimir Putin, Joe Biden noted that the US will host the next summit.",
            MeetingStatus.HELD,
        ),
        (
            "After his talks with Joe Biden, Vladimir Putin stressed Russia will stay in the deal.",
            MeetingStatus.HELD,
        ),
        (
            "During his meeting with Vladimir Putin, Joe Biden agreed the two sides will meet again.",
            MeetingStatus.HELD,
        ),
        # the main clause's own plan: still to come
        ("After his talks with Joe Biden, Vladimir Putin will sign a treaty.", MeetingStatus.PLANNED),
        (
            "During his meeting with Vladimir Putin, Joe Biden is expected to discuss arms.",
            MeetingStatus.PLANNED,
        ),
    ],
)
def test_a_reported_future_after_an_opening_meeting_phrase(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # rumours and speculation of something else than the meeting leave it held
        (
            "The meeting between Joe Biden and Vladimir Putin on Monday put to rest rumours of a rift.",
            MeetingStatus.HELD,
        ),
        (
            "Joe Biden met Vladimir Putin in Geneva on Monday, ending speculation over a split.",
            MeetingStatus.HELD,
        ),
        # rumours and speculation of the meeting itself: possible
        (
            "There is speculation about a meeting between Joe Biden and Vladimir Putin in Geneva.",
            MeetingStatus.POSSIBLE,
        ),
        ("There are rumours of a Biden-Putin summit in Geneva.", MeetingStatus.POSSIBLE),
    ],
)
def test_rumours_make_a_meeting_possible_only_when_of_the_meeting(
    text: str, status: MeetingStatus, corpus: Records
) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "in which" then a state or a plan: nothing told as done in the meeting
        (
            "A meeting between Joe Biden and Vladimir Putin, in which both are interested, is an idea.",
            None,
        ),
        ("Talks between Joe Biden and Vladimir Putin, in which many are engaged, are an idea.", None),
        # "in which" then what was done in it: the meeting took place
        (
            "A meeting between Joe Biden and Vladimir Putin, in which Biden raised Ukraine, was tense.",
            MeetingStatus.HELD,
        ),
    ],
)
def test_what_was_done_in_which_marks_held_but_a_state_does_not(
    text: str, status: MeetingStatus | None, corpus: Records
) -> None:
    [m] = meetings(text, corpus)
    assert m.status is status
