"""Several encounters of one pair listed in one sentence: one meeting per date of the list."""

from __future__ import annotations

import pytest

from summitlib import MeetingStatus
from summitlib.extraction import extract

INTRO = (
    "Prime Minister Narendra Modi of India will host Prime Minister Scott Morrison of Australia on Thursday. "
)
PAIR = ("narendra-modi", "scott-morrison")


def held_dates(text: str) -> list[str]:
    result = extract(INTRO + text, published="2020-06-04")
    return [
        str(m.when.value)
        for m in result.meetings
        if m.participants == PAIR and m.status is MeetingStatus.HELD and m.when is not None and m.when.value
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Modi and Morrison have met four times -- on the sidelines of the East Asia Summit in "
            "Singapore in November 2018, on the sidelines of G20 in Osaka in June 2019, "
            "on the margins of G7 Summit in Biarritz in August 2019 "
            "and on the margins of East Asia Summit in Bangkok in November 2019.",
            ["2018-11", "2019-06", "2019-08", "2019-11"],
        ),
        ("Modi and Morrison met in 2018 and 2019.", ["2018", "2019"]),
    ],
)
def test_a_list_of_dates_is_one_meeting_each(text: str, expected: list[str]) -> None:
    assert held_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another statement, with its own verb, between the dates
        ("Modi and Morrison met in June 2019, and signed a trade pact in May 2020.", ["2019-06"]),
        # another person between the dates: not the same pair
        ("Modi and Morrison met in June 2019, and Modi and Abe in August 2019.", ["2019-06"]),
        # a date after publication is not a meeting that happened
        ("Modi and Morrison met in June 2019 and in August 2021.", ["2019-06"]),
        # a new sentence ends the list
        ("Modi and Morrison met in June 2019. In August 2019 the pact was ratified.", ["2019-06"]),
    ],
)
def test_dates_that_are_not_a_list_of_meetings(text: str, expected: list[str]) -> None:
    assert held_dates(text) == expected


LEADERS = (
    "Korean President Yoon Suk Yeol, Cambodian Prime Minister Hun Manet, Vietnamese Prime Minister Pham "
    "Minh Chinh and Timor-Leste Prime Minister Xanana Gusmao"
)


def pairs(text: str) -> list[tuple[str, ...]]:
    return [m.participants for m in extract(text, published="2023-09-01").meetings]


def test_one_host_and_a_list_of_three_or_more_guests_are_meetings_one_by_one() -> None:
    text = f"President Ferdinand Marcos Jr. may meet with {LEADERS} on the sidelines of the summit."
    assert pairs(text) == [
        ("ferdinand-marcos-jr", "yoon-suk-yeol"),
        ("ferdinand-marcos-jr", "hun-manet"),
        ("ferdinand-marcos-jr", "pham-minh-chinh"),
        ("ferdinand-marcos-jr", "xanana-gusmao"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the text says they meet together
        f"President Ferdinand Marcos Jr. will hold a quadrilateral summit with {LEADERS}.",
        # two guests: possibly a trilateral, left as one meeting
        "President Joe Biden will meet with Prime Minister Fumio Kishida and President Yoon Suk Yeol.",
        # no one named before the meeting word
        f"The summit will bring together {LEADERS}.",
    ],
)
def test_meetings_together_stay_one(text: str) -> None:
    assert len(pairs(text)) <= 1


def test_a_comma_list_of_two_is_meetings_one_by_one() -> None:
    text = (
        "Brazilian President Luiz Inacio Lula da Silva spoke with Prime Minister Li Qiang, parliamentary "
        "leader Zhao Leji, and the president of the state electricity corporation."
    )
    assert pairs(text) == [
        ("li-qiang", "luiz-inacio-lula-da-silva"),
        ("luiz-inacio-lula-da-silva", "zhao-leji"),
    ]


def test_either_of_two_is_one_by_one() -> None:
    text = (
        "President Jimmy Carter arrived. The President had not spoken by telephone to either Prime "
        "Minister Menachem Begin or President Anwar Sadat."
    )
    assert sorted(pairs(text)) == [("anwar-sadat", "jimmy-carter"), ("jimmy-carter", "menachem-begin")]


def test_both_after_the_guests_splits_nothing() -> None:
    """ "both" tells guests met one by one only between the meeting word and the first of them."""
    text = (
        "President George W. Bush and Mexican President Vicente Fox, along with Vice President Dick Cheney, "
        "met for 30 minutes at the White House before attending a dinner where both men spoke."
    )
    assert pairs(text) == [("dick-cheney", "george-w-bush", "vicente-fox")]


def test_a_name_as_a_modifier_hosts_no_list_of_guests() -> None:
    """ "a senior Bush administration official" names no host: the list after the meeting word meets
    together with the subjects."""
    text = (
        "In what a senior Bush administration official said was a warm meeting, President Bush, Mexican "
        "President Vicente Fox, Vice President Dick Cheney and Robert Zoellick met for 30 minutes."
    )
    assert [len(p) for p in pairs(text)] == [4]
    hosted = (
        "President Bush held a warm meeting with Mexican President Vicente Fox, Prime Minister Jean "
        "Chretien and President Ricardo Lagos."
    )
    assert [len(p) for p in pairs(hosted)] == [2, 2, 2]


@pytest.mark.parametrize(
    "text",
    [
        f"Assistant Secretary Daniel Espiritu said the chief executive may meet with {LEADERS}.",
        f"A meeting with {LEADERS} is being arranged.",
    ],
)
def test_a_list_of_guests_with_no_host_named_meets_no_one(text: str) -> None:
    # the guests are one side of the meetings: they do not meet one another
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two guests with no host named: one side of the meeting, not a pair that meets
        (
            "The presidencies confirmed a request from the White House to speak with Presidents Muhammadu "
            "Buhari and Jacob Zuma.",
            [],
        ),
        (
            "Officials said the issue came up in the meeting with President Joe Biden and in talks with "
            "Premier Li Qiang.",
            [],
        ),
        # the subject after a leading "with" phrase meets the guest
        (
            "In a meeting with Japanese envoy Masaaki Kanai, Premier Li Qiang will raise the issue.",
            [("li-qiang", "masaaki-kanai")],
        ),
        # a host named before the meeting word meets the guest
        (
            "President Muhammadu Buhari will speak with President Jacob Zuma.",
            [("jacob-zuma", "muhammadu-buhari")],
        ),
        # no "with": the two meet each other
        (
            "A meeting between Muhammadu Buhari and Jacob Zuma is planned.",
            [("jacob-zuma", "muhammadu-buhari")],
        ),
    ],
)
def test_two_guests_with_no_host_named_meet_no_one(text: str, expected: list[tuple[str, ...]]) -> None:
    assert pairs(text) == expected


def test_a_list_of_guests_after_a_named_host_still_meets_the_host() -> None:
    assert len(pairs(f"President Ferdinand Marcos may meet with {LEADERS}.")) == 4


def test_a_list_of_guests_after_a_pronoun_meets_who_the_pronoun_is() -> None:
    text = (
        "Felix Tshisekedi, President of the DRC, is in Addis. He then had talks with South African Matamela "
        "Cyril Ramaphosa, first vice-president of the AU, and Rwandan President Paul Kagame, a former chair."
    )
    assert pairs(text) == [
        ("felix-tshisekedi", "matamela-cyril-ramaphosa"),
        ("felix-tshisekedi", "paul-kagame"),
    ]


def test_a_demonym_before_a_name_after_a_meeting_verb() -> None:
    text = "President Felix Tshisekedi then had talks with South African Matamela Cyril Ramaphosa."
    assert pairs(text) == [("felix-tshisekedi", "matamela-cyril-ramaphosa")]
    # the demonym alone before one word is not enough
    assert pairs("President Felix Tshisekedi then had talks with South African Airways.") == []


def test_a_summit_with_a_list_is_one_gathering() -> None:
    text = (
        "Prime Minister Narendra Modi was busy on Saturday with the Quad summit with President Joe Biden, "
        "and "
        "Prime Ministers Anthony Albanese of Australia and Fumio Kishida of Japan."
    )
    assert pairs(text) == [("anthony-albanese", "fumio-kishida", "joe-biden", "narendra-modi")]


def test_who_looks_on_is_no_participant() -> None:
    text = (
        "President Robert Kocharyan and President Ilham Aliyev started their meeting in the presence of the "
        "Russian and French foreign ministers, Sergey Lavrov and Michel Barnier."
    )
    assert pairs(text) == [("ilham-aliyev", "robert-kocharyan")]


def test_separate_virtual_meetings_each_on_its_own_date() -> None:
    text = (
        "Canadian Prime Minister Justin Trudeau and Mexican President Andrés Manuel López Obrador will come. "
        "President Joe Biden held separate virtual meetings with Trudeau in February and López Obrador in "
        "March."
    )
    found = extract(text, published="2021-11-10").meetings
    assert [(m.participants, m.format and m.format.value, m.when and str(m.when.value)) for m in found] == [
        (("joe-biden", "justin-trudeau"), "video_call", "2021-02"),
        (("andres-manuel-lopez-obrador", "joe-biden"), "video_call", "2021-03"),
    ]
    # a place between a name and its own date ("Callaghan in London on 9 June")
    text = (
        "Prime Minister Malcolm Fraser will leave in early June. He will meet Prime Minister James "
        "Callaghan in London on 9 June, Prime Minister Raymond Barre in Paris on 13 June, and Chancellor "
        "Helmut Schmidt in Bonn on 16 June."
    )
    found = extract(text, published="1978-05-23").meetings
    assert [(m.participants, m.when and str(m.when.value)) for m in found] == [
        (("james-callaghan", "malcolm-fraser"), "1978-06-09"),
        (("malcolm-fraser", "raymond-barre"), "1978-06-13"),
        (("helmut-schmidt", "malcolm-fraser"), "1978-06-16"),
    ]
    text = (
        "President Nixon would confer with President Georges Pompidou of France in the Azores on December "
        "13, and with the British Prime Minister (Mr Edward Heath) in Bermuda on December 20."
    )
    found = extract(text, published="1971-11-27").meetings
    assert [(m.participants, m.when and str(m.when.value)) for m in found] == [
        (("georges-pompidou", "nixon"), "1971-12-13"),
        (("edward-heath", "nixon"), "1971-12-20"),
    ]
    # no date of its own: the sentence's date for each
    text = (
        "President Joe Biden held separate meetings with Prime Minister Justin Trudeau and President Andrés "
        "López Obrador in March."
    )
    found = extract(text, published="2021-11-10").meetings
    assert {str(m.when.value) for m in found if m.when} == {"2021-03"}


_SUMMIT_AHEAD = (
    "Prime Minister Ariel Sharon and Palestinian President Mahmoud Abbas will meet next week at Sharm "
    "el-Sheikh. It will be their first meeting. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a day owning the meeting told before: its attendees join it, even for a "summit"
            _SUMMIT_AHEAD + "Tuesday's summit also will be attended by Egyptian President Hosni Mubarak and "
            "Jordan's King Abdullah, officials said.",
            [("abdullah", "ariel-sharon", "hosni-mubarak", "mahmoud-abbas")],
        ),
        (
            _SUMMIT_AHEAD + "Tuesday's meeting will also be attended by Egyptian President Hosni Mubarak.",
            [("ariel-sharon", "hosni-mubarak", "mahmoud-abbas")],
        ),
        (  # "the G20 summit" is a gathering of its own, not the meeting told before
            _SUMMIT_AHEAD + "The G20 summit will be attended by Egyptian President Hosni Mubarak and "
            "Jordan's King Abdullah.",
            [("ariel-sharon", "mahmoud-abbas")],
        ),
    ],
)
def test_a_days_meeting_attended_by_joins_the_one_told_before(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    result = extract(text, published="2005-02-02")
    assert sorted({m.participants for m in result.meetings if "ariel-sharon" in m.participants}) == expected


_HELD = (
    "Prime Minister Ariel Sharon on Tuesday held talks with Palestinian President Mahmoud Abbas in "
    "Jerusalem. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "present at the meeting were ...": they join the meeting told before, no meeting of their own
            _HELD
            + "Present at the meeting were Egyptian President Hosni Mubarak and Jordan's King Abdullah.",
            [("abdullah", "ariel-sharon", "hosni-mubarak", "mahmoud-abbas")],
        ),
        (
            _HELD
            + "Also attending the talks were Egyptian President Hosni Mubarak and Jordan's King Abdullah.",
            [("abdullah", "ariel-sharon", "hosni-mubarak", "mahmoud-abbas")],
        ),
        (  # present elsewhere: not the meeting's
            _HELD
            + "Present at the G20 summit were Egyptian President Hosni Mubarak and Jordan's King Abdullah.",
            [("ariel-sharon", "mahmoud-abbas")],
        ),
    ],
)
def test_those_present_at_the_meeting_join_the_one_told_before(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    result = extract(text, published="2005-02-02")
    assert sorted({m.participants for m in result.meetings if "ariel-sharon" in m.participants}) == expected
    if len(expected[0]) > 2:  # the attendees hold no meeting of their own
        assert all("ariel-sharon" in m.participants for m in result.meetings)


def test_guests_counted_then_named_in_the_next_sentence_are_met_one_by_one() -> None:
    text = (
        "President Donald Trump is scheduled to speak via telephone to two African leaders Monday, "
        "Feb. 13.\n\nNigeria's Muhammadu Buhari, who is on vacation, and South Africa's Jacob Zuma are the "
        "two leaders in question."
    )
    found = extract(text, published="2017-02-12").meetings
    assert [(m.participants, m.format and m.format.value, str(m.when and m.when.value)) for m in found] == [
        (("donald-trump", "muhammadu-buhari"), "phone_call", "2017-02-13"),
        (("donald-trump", "jacob-zuma"), "phone_call", "2017-02-13"),
    ]
    # the next sentence names another number of people: no one is taken for the guests
    text = text.replace("and South Africa's Jacob Zuma are", "is one of")
    assert extract(text, published="2017-02-12").meetings == ()
    # a count of something else
    text = (
        "President Donald Trump is scheduled to speak to two African newspapers Monday.\n\n"
        "Nigeria's Muhammadu Buhari and South Africa's Jacob Zuma were not asked."
    )
    assert extract(text, published="2017-02-12").meetings == ()


def test_the_owner_of_an_engagement_that_is_a_meeting_takes_part() -> None:
    text = (
        "President Donald Trump took office. The U.S. president's first African engagement was a call with "
        "Egyptian President Abdel Fattah al-Sisi."
    )
    assert pairs(text) == [("abdel-fattah-al-sisi", "donald-trump")]
    # the owner of something else is no participant
    text = (
        "President Donald Trump took office. The U.S. president's first African visitor was a guest of "
        "Egyptian President Abdel Fattah al-Sisi."
    )
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a host, the guests listed, and the gathering they are hosted at: one meeting of them all
            "President Ana Ruiz is hosting President Ben Okoro, Prime Minister Carla Diaz, and "
            "President Dan Mwale at the June 3 summit in Lusaka.",
            [("ana-ruiz", "ben-okoro", "carla-diaz", "dan-mwale")],
        ),
        (
            "President Ana Ruiz hosted President Ben Okoro, Prime Minister Carla Diaz and "
            "President Dan Mwale for a regional meeting.",
            [("ana-ruiz", "ben-okoro", "carla-diaz", "dan-mwale")],
        ),
        (  # near miss: hosted with no gathering named after the list: one each, as before
            "President Ana Ruiz hosted President Ben Okoro, Prime Minister Carla Diaz and "
            "President Dan Mwale in Lusaka on Monday.",
            [("ana-ruiz", "ben-okoro"), ("ana-ruiz", "carla-diaz"), ("ana-ruiz", "dan-mwale")],
        ),
        (  # near miss: met the guests at a summit: bilateral meetings there, one each
            "President Ana Ruiz met President Ben Okoro, Prime Minister Carla Diaz and President Dan Mwale "
            "at the June 3 summit in Lusaka.",
            [("ana-ruiz", "ben-okoro"), ("ana-ruiz", "carla-diaz"), ("ana-ruiz", "dan-mwale")],
        ),
    ],
)
def test_guests_hosted_at_a_gathering_meet_as_one(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="2024-06-01").meetings] == expected
