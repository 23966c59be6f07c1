"""Participants given by a pronoun after the meeting word, and meeting words of reported discussions."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from summitlib.dates import PartialDate
from summitlib.extraction import PersonMention, extract


def pairs(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    result = extract(text, published="2007-04-05")
    return [(m.participants, m.format.value if m.format else None) for m in result.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Shaukat Aziz arrived. Indian Petroleum Minister Murli Deora called on him on "
            "Tuesday night.",
            ("murli-deora", "shaukat-aziz"),
        ),
        (
            "Queen Elizabeth arrived in Washington. President Joe Biden received her at the White House.",
            ("elizabeth", "joe-biden"),
        ),
        (
            "President Cyril Ramaphosa flew to Berlin, where Chancellor Olaf Scholz met with him.",
            ("cyril-ramaphosa", "olaf-scholz"),
        ),
    ],
)
def test_him_after_the_meeting_word_is_the_one_named_before(text: str, expected: tuple[str, ...]) -> None:
    assert [p for p, _ in pairs(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # "called him" names, it does not call
        "President Xi Jinping spoke on Monday. Donald Trump called him a great leader.",
        # no one else named before: no one to be "him"
        "Indian Petroleum Minister Murli Deora called on him on Tuesday night.",
    ],
)
def test_no_pronoun_meeting(text: str) -> None:
    assert pairs(text) == []


def test_had_discussions_with_is_a_meeting() -> None:
    text = (
        "Prime Minister Shaukat Aziz said that he had detailed discussions on the gas pipeline project "
        "with Indian Petroleum Minister Murli Deora on Tuesday."
    )
    assert pairs(text) == [(("murli-deora", "shaukat-aziz"), None)]


def test_a_host_the_corpus_knows_to_be_out_of_office_does_not_host() -> None:
    from summitlib import load

    text = (
        "Former President Jimmy Carter met Chinese leader Deng Xiaoping. Former President Richard M. Nixon "
        "visited China in 1972. Carter suggested that Deng visit the United States."
    )
    proposed = [
        m.participants
        for m in extract(text, published="1987-06-30", corpus=load()).meetings
        if m.meeting_cue.text == "visit"
    ]
    assert ("deng-xiaoping", "richard-nixon") not in proposed
    # one in office on the date hosts
    text = "President Vladimir Putin spoke on Saturday. President Donald Trump will visit Russia next year."
    hosted = [m.participants for m in extract(text, published="2017-11-12", corpus=load()).meetings]
    assert ("donald-trump", "vladimir-putin") in hosted


def test_a_head_named_before_a_visit_abroad_does_not_host_it() -> None:
    text = (
        "Prime Minister Sheikh Hasina made a courtesy call on President Mohammed Shahabuddin on Saturday. "
        "The Prime Minister visited Japan from April 25 to May 9."
    )
    found = extract(text, published="2023-05-21").meetings
    assert [m.meeting_cue.text for m in found] == ["call"]


def test_spoke_with_a_time_between_is_a_meeting_word() -> None:
    text = (
        "Prime Minister Narendra Modi spoke on Tuesday evening to Saudi Crown Prince Mohammed bin Salman "
        "about the pandemic."
    )
    [meeting] = extract(text, published="2020-03-18").meetings
    assert meeting.participants == ("mohammed-bin-salman", "narendra-modi")
    assert meeting.when is not None and str(meeting.when.value) == "2020-03-17"
    # "spoke" and a time, then no one spoken to: no meeting word
    assert (
        extract("Modi spoke on Tuesday evening about Mohammed bin Salman.", published="2020-03-18").meetings
        == ()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appeal is no call; a courtesy call is a meeting
        (
            "President Donald Trump spoke. Trump had publicly called on Vladimir Putin and President "
            "Volodymyr Zelensky to attend.",
            [],
        ),
        (
            "Prime Minister Shaukat Aziz arrived. Minister Murli Deora called on him to discuss the "
            "pipeline.",
            [("murli-deora", "shaukat-aziz")],
        ),
        # a reporter's "adding that" opens a statement with its own people
        (
            "French President Emmanuel Macron and Russian leader Vladimir Putin on Sunday agreed to work for "
            "a ceasefire. In a phone conversation lasting 105 minutes, they also agreed on the need for "
            "diplomacy, the Elysee said, adding that French Foreign Minister Jean-Yves Le Drian and his "
            "Russian counterpart Sergei Lavrov would meet.",
            [("emmanuel-macron", "vladimir-putin"), ("jean-yves-le-drian", "sergei-lavrov")],
        ),
        # "he" right after the one named is that one, not the speaker before
        (
            'Secretary of State Antony Blinken told CBS that President Joe Biden has made "very clear that '
            "he's prepared to meet at any time.\"",
            [],
        ),
        # an invitation to the inviter's event
        (
            "Colombian President-elect Juan Manuel Santos has invited Venezuelan leader Hugo Chávez to "
            "attend his inauguration in August.",
            [("hugo-chavez", "juan-manuel-santos")],
        ),
    ],
)
def test_who_meets_in_news_sentences(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="2022-02-20").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Shaukat Aziz held talks with Prime Minister Manmohan Singh. At the talks Aziz "
            "was assisted by Foreign Minister Khurshid Kasuri, foreign secretary Riaz Mohammad Khan and "
            "High Commissioner Shahid Malik.",
            {("manmohan-singh", "shaukat-aziz")},
        ),
        (
            "Foreign Minister Taro Aso met Hu Jintao. He did not visit Beijing for years when he was "
            "foreign minister under Junichiro Koizumi.",
            {("hu-jintao", "taro-aso")},
        ),
    ],
)
def test_aides_and_superiors_are_not_participants(text: str, expected: set[tuple[str, ...]]) -> None:
    assert {m.participants for m in extract(text, published="2007-04-05").meetings} == expected


def test_those_who_visit_together_meet_the_host_not_each_other() -> None:
    text = (
        "President Nana Akufo-Addo of Ghana spoke. The row prompted the visit of the Speaker of the Nigerian "
        "House of Representatives, Femi Gbajabiamila; Vice President Yemi Osinbajo to Ghana."
    )
    assert [m.participants for m in extract(text, published="2020-06-01").meetings] == [
        ("femi-gbajabiamila", "nana-akufo-addo"),
        ("nana-akufo-addo", "yemi-osinbajo"),
    ]
    no_host = (
        "The row prompted the visit of Speaker Femi Gbajabiamila and Vice President Yemi Osinbajo to Ghana."
    )
    assert extract(no_host, published="2020-06-01").meetings == ()


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Chinese President Xi Jinping is meeting Russian President Vladimir Putin in Beijing.", "held"),
        ("President Joe Biden is hosting Angolan President Joao Lourenco in the Oval Office.", "held"),
        ("French President Emmanuel Macron is meeting German Chancellor Olaf Scholz next week.", "planned"),
    ],
)
def test_a_meeting_under_way(text: str, status: str) -> None:
    [meeting] = extract(text, published="2023-11-30").meetings
    assert meeting.status is not None and meeting.status.value == status


def test_a_companion_set_off_by_commas_is_not_a_participant() -> None:
    text = (
        "His Majesty King Abdullah, accompanied by His Royal Highness Crown Prince Al Hussein bin Abdullah "
        "II, in Riyadh on Monday, met with Saudi Crown Prince Mohammed bin Salman."
    )
    result = extract(text, published="2021-03-08")
    assert [m.participants for m in result.meetings] == [("abdullah", "mohammed-bin-salman")]
    # the son is another person than the father whose name he bears after "bin"
    assert [p.id for p in result.persons] == ["abdullah", "al-hussein-bin-abdullah-ii", "mohammed-bin-salman"]


def test_wire_copy_of_a_summit() -> None:
    text = (
        "President Bush urged Soviet President Mikhail S. Gorbachev on the eve of their superpower summit "
        "today to help mold a new future. His preparations were interrupted by a coup, which he sought "
        "to snuff out by committing air support to forces loyal to President Corazon Aquino."
    )
    assert [m.participants for m in extract(text, published="1989-12-01").meetings] == [
        ("bush", "mikhail-s-gorbachev")
    ]
    text = (
        "President Bush and Soviet Leader Mikhail S. Gorbachev wrapped up two days of superpower summitry "
        'yesterday. Said Bush after his first summit as president, "I am optimistic."'
    )
    result = extract(text, published="1989-12-04")
    assert [p.id for p in result.persons] == ["bush", "mikhail-s-gorbachev"]  # "Said" is no first name
    assert [(m.participants, str(m.when.value) if m.when else None) for m in result.meetings] == [
        (("bush", "mikhail-s-gorbachev"), "1989-12-03")
    ]


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        # an invitation to a visit dated before the writing: the visit took place
        (
            "Chinese President Xi Jinping invited Nguyen Phu Trong, general secretary of the party, to "
            "visit China in January this year.",
            "2017-05-11",
            "held",
        ),
        # not yet dated, or dated after the writing: a proposal
        (
            "Chinese President Xi Jinping invited President Nguyen Phu Trong to visit China.",
            "2017-05-11",
            "proposed",
        ),
        (
            "Chinese President Xi Jinping invited President Nguyen Phu Trong to visit China in June.",
            "2017-05-11",
            "proposed",
        ),
        # past meetings happened, whatever else the sentence plans
        (
            "Recalling their past meetings, Chinese President Xi Jinping said he is glad to see US President "
            "Barack Obama.",
            "2014-11-12",
            "held",
        ),
    ],
)
def test_statuses_of_news_sentences(text: str, published: str, status: str) -> None:
    [meeting] = extract(text, published=published).meetings
    assert meeting.status is not None and meeting.status.value == status


@pytest.mark.parametrize(
    "text",
    [
        "President Donald Trump said he would not be able to meet Prime Minister Justin Trudeau.",
        "The White House said a meeting between President Barack Obama and President Reuven Rivlin was "
        "not possible.",
        "President Barack Obama was unable to meet President Reuven Rivlin.",
        "President Barack Obama could not meet President Reuven Rivlin during the visit.",
        "President Reuven Rivlin had no interest in a meeting with President Barack Obama.",
    ],
)
def test_a_meeting_that_cannot_be_is_ruled_out(text: str) -> None:
    [meeting] = extract(text, published="2016-01-28").meetings
    assert meeting.status is not None and meeting.status.value == "ruled_out"


def test_new_york_is_no_one() -> None:
    text = (
        "Israeli President Reuven Rivlin declined to meet US leader Barack Obama during a visit to New York."
    )
    assert [p.id for p in extract(text, published="2016-01-28").persons] == ["reuven-rivlin", "barack-obama"]


def test_speaking_to_reporters_is_no_meeting() -> None:
    text = (
        "US President Barack Obama and Prime Minister Binyamin Netanyahu met Tuesday. Obama and Netanyahu "
        "did not pose for news photographs or speak to reporters."
    )
    assert [m.meeting_cue.text for m in extract(text, published="2010-03-24").meetings] == ["met"]


def test_his_highness_the_amir_is_a_person() -> None:
    text = (
        "His Highness the Amir Sheikh Tamim bin Hamad Al Thani received a phone call today from his brother, "
        "His Majesty King Abdullah II Ibn Al Hussein, King of the Hashemite Kingdom of Jordan."
    )
    [meeting] = extract(text, published="2022-04-19").meetings
    assert meeting.participants == ("abdullah-ii-ibn-al-hussein", "tamim-bin-hamad-al-thani")
    assert meeting.format is not None and meeting.format.is_call


def test_a_name_before_had_called_is_a_person() -> None:
    text = (
        "President Felipe Calderon spoke. Obama had called Calderon from Air Force One Friday and said his "
        "thoughts and prayers were with the families."
    )
    [meeting] = extract(text, published="2011-11-13").meetings
    assert meeting.participants == ("felipe-calderon", "obama")


@pytest.mark.parametrize(
    ("text", "status", "call"),
    [
        (
            "Ahead of the Summit India had clarified no structured bilateral talks will take place between "
            "Prime Minister Narendra Modi and Prime Minister Imran Khan.",
            "ruled_out",
            False,
        ),
        (
            "Prime Minister Narendra Modi and Prime Minister Nawaz Sharif were in Kathmandu but they did not "
            "have a bilateral meeting.",
            "ruled_out",
            False,
        ),
        (
            "President Moon Jae-in conveyed to Prime Minister Shinzo Abe his wish to hold a summit, but "
            "Tokyo has decided not to engage in such a meeting.",
            "ruled_out",
            False,
        ),
        # a courtesy call is a visit, not a telephone call
        (
            "Fiji Prime Minister Voreqe Bainimarama received a courtesy call from Australian Foreign "
            "Minister Penny Wong.",
            "held",
            False,
        ),
        # "called" and the one called, a title between
        (
            "Turkish President Recep Tayyip Erdogan called his US counterpart, Donald Trump, on Sunday.",
            "held",
            True,
        ),
        # "called ... for": an appeal made at a meeting
        (
            "Chinese President Xi Jinping called during a meeting on Tuesday with President Bola Tinubu of "
            "Nigeria for great cooperation.",
            "held",
            False,
        ),
    ],
)
def test_statuses_and_calls(text: str, status: str, call: bool) -> None:
    [meeting] = extract(text, published="2019-06-14").meetings
    assert meeting.status is not None and meeting.status.value == status
    assert (meeting.format is not None and meeting.format.is_call) is call


def test_a_first_lady_and_a_hyphened_pair() -> None:
    text = (
        "As the meeting of presidents Vladimir Putin and Donald Trump ran far longer than expected Friday, "
        "US officials dispatched First Lady Melania Trump to bring the talks to an end. Not even Melania "
        "could break up the lengthy Putin-Trump meeting. The leaders of Russia and the US had their first "
        "official meeting."
    )
    found = {m.participants for m in extract(text, published="2017-07-08").meetings}
    assert found == {("donald-trump", "vladimir-putin")}


def test_the_one_called_who_goes_on_speaking_takes_part() -> None:
    text = (
        "King Salman bin Abdulaziz received a phone call, on Monday, from the Emir of Qatar, Sheikh Tamim "
        "bin Hamad Al Thani, indicating that they exchanged congratulations."
    )
    [meeting] = extract(text, published="2021-04-13").meetings
    assert meeting.participants == ("salman-bin-abdulaziz", "tamim-bin-hamad-al-thani")
    # a spokesman who confirms, adding more, is still no participant
    text = (
        "Russian President Vladimir Putin and his French counterpart, Emmanuel Macron, will hold a video "
        "conference on Friday, Kremlin spokesman Dmitry Peskov confirmed, adding that it was planned."
    )
    assert [m.participants for m in extract(text, published="2020-06-25").meetings] == [
        ("emmanuel-macron", "vladimir-putin")
    ]


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("to Bush's ranch", [("george-w-bush", "vicente-fox")]),
        ("to Bush’s private residence", [("george-w-bush", "vicente-fox")]),
        ("to discuss Bush's ranch", []),  # no place the visit goes to: the owner is what is talked of
        ("to Bush's plan", []),  # not a home
    ],
)
def test_a_visit_to_a_persons_home_has_them_host(place: str, expected: list[tuple[str, ...]]) -> None:
    text = (
        "Mexican President Vicente Fox is in Washington. President George W. Bush spoke in Ohio on Monday. "
        f"Fox backed out of a planned visit {place} in August 2002."
    )
    assert [m.participants for m in extract(text, published="2004-03-06").meetings] == expected


def test_an_invitation_by_possessive_and_an_office_set_off_before_a_sheikh() -> None:
    text = (
        "Premier Menachem Begin met President Anwar Sadat. Sadat will visit Israel in August at Begin’s "
        "invitation."
    )
    found = [
        (m.participants, m.status.value if m.status else None)
        for m in extract(text, published="1979-07-12").meetings
    ]
    assert found == [
        (("anwar-sadat", "menachem-begin"), "held"),
        (("anwar-sadat", "menachem-begin"), "planned"),
    ]
    text = "King Salman received a phone call from the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani."
    tamim = extract(text, published="2021-04-13").persons[-1]
    assert (tamim.id, tamim.country, tamim.office) == ("tamim-bin-hamad-al-thani", "QAT", "Emir")


@given(
    text=st.lists(
        st.sampled_from(["between", "Between", "xbetween", "_", "é", " ", "  ", "\n", ",", "and", "1"]),
        max_size=10,
    ).map("".join)
)
@example(text="between  A and B, xbetween C,between\nD _between E ébetween")
def test_between_matches_as_its_plain_form(text: str) -> None:
    """``_BETWEEN``, written with its word first, matches at every offset and up to every end exactly
    where ``\\bbetween\\s+`` does."""
    from summitlib.extraction._participant_groups import _BETWEEN

    plain = re.compile(r"\bbetween\s+")
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            found, expected = _BETWEEN.search(text, start, end), plain.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the host of a dinner where two leaders meet is the dinner's, not their meeting's
        (
            "Prime Minister Narendra Modi and Prime Minister Nawaz Sharif chatted briefly when they came "
            "face-to-face at a dinner hosted by Russian President Vladimir Putin.",
            [(("narendra-modi", "nawaz-sharif"), "held")],
        ),
        # a wish for a summit proposes one
        (
            "President Moon Jae-in stated his desire for a summit with Prime Minister Shinzo Abe.",
            [(("moon-jae-in", "shinzo-abe"), "proposed")],
        ),
        # a call made happened
        (
            "Emir Tamim bin Hamad Al Thani made the first phone call to Crown Prince Mohammed bin Salman.",
            [(("mohammed-bin-salman", "tamim-bin-hamad-al-thani"), "held")],
        ),
    ],
)
def test_dinners_wishes_and_calls_made(text: str, expected: list[tuple[tuple[str, ...], str]]) -> None:
    found = extract(text, published="2015-07-10").meetings
    assert [(m.participants, m.status.value if m.status else None) for m in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Former Malaysian Prime Minister Mahathir Mohamad and former Indonesian President Soeharto held a "
        "reunion here on Saturday.",
        "Egyptian President Gamal Abdel Nasser arrived. Soviet Premier Nikita Khrushchev entertained him at "
        "his dacha.",
    ],
)
def test_reunions_and_entertaining_are_meetings(text: str) -> None:
    assert len(extract(text, published="2004-02-08").meetings) == 1


def test_he_after_a_sentence_whose_subject_is_he_is_that_same_person() -> None:
    text = (
        "The Congolese president Felix Tshisekedi had planned meetings. Early in the morning, he had already "
        "met Teodoro Obiang Nguema Mbasogo, President of Equatorial Guinea. He also had a tête-à-tête with "
        "Alpha Condé, President of Guinea."
    )
    found = [m.participants for m in extract(text, published="2019-02-11").meetings]
    assert found == [
        ("felix-tshisekedi", "teodoro-obiang-nguema-mbasogo"),
        ("alpha-conde", "felix-tshisekedi"),
    ]
    # a name as the subject of the sentence before: "he" is still the one named last
    text = "Tshisekedi thanked Obiang. Obiang said he would visit. He also had a meeting with Alpha Condé."
    assert extract(text, published="2019-02-11").meetings[-1].participants == ("alpha-conde", "obiang")


def test_the_foreign_ministers_of_two_countries() -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Dmytro Kuleba arrived. The "
        "foreign ministers of Russia and Ukraine held their first face-to-face talks in Turkey on Thursday."
    )
    assert {m.participants for m in extract(text, published="2022-03-10").meetings} == {
        ("dmytro-kuleba", "sergei-lavrov")
    }


_THREE_MINISTERS = (
    "Japanese Prime Minister Shigeru Ishiba met Chinese Foreign Minister Wang Yi and South Korean Foreign "
    "Minister Cho Tae-yul on Friday. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list of three countries: the foreign minister of each, not the trilateral's most named three
            _THREE_MINISTERS
            + "The foreign ministers of Japan, China and South Korea will agree at a meeting "
            "on Saturday to hold a trilateral summit. Japanese Foreign Minister Takeshi Iwaya hosted them.",
            ("cho-tae-yul", "takeshi-iwaya", "wang-yi"),
        ),
        (  # no foreign minister named for one of them: no one by country
            _THREE_MINISTERS + "The foreign ministers of Japan, China and Vietnam will agree at a meeting "
            "on Saturday.",
            None,
        ),
    ],
)
def test_the_foreign_ministers_of_a_list_of_countries(text: str, expected: tuple[str, ...] | None) -> None:
    found = extract(text, published="2025-03-21").meetings
    saturday = [m.participants for m in found if m.meeting_cue.text == "meeting"]
    assert (saturday[0] if saturday else None) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # "he" in a clause of a sentence opened by "He": the same one, the subject of the sentence before
        (
            "He appeared in public Saturday when he held talks with physicist T. D. Lee.",
            ("deng-xiaoping", "t-d-lee"),
        ),
        # a "he" of its own, after someone named between
        (
            "He said that when Premier Li Peng was in Tokyo, he held talks with physicist T. D. Lee.",
            ("li-peng", "t-d-lee"),
        ),
    ],
)
def test_he_in_a_clause_after_an_opening_he_is_that_he(second: str, expected: tuple[str, ...]) -> None:
    text = (
        "Deng Xiaoping told lawmaker Masayoshi Ito that he respected Richard M. Nixon and Kakuei Tanaka. "
        + second
    )
    assert expected in [m.participants for m in extract(text, published="1989-09-18").meetings]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # the ministers of the two meet, not the two
        ("The talks came ahead of a meeting between the foreign ministers of the two leaders.", 1),
        ("The talks came ahead of a second meeting between the two leaders.", 2),
    ],
)
def test_the_ministers_of_the_two_leaders_are_not_the_two(second: str, expected: int) -> None:
    text = (
        "Pakistani Prime Minister Mir Zafarullah Khan Jamali and his Indian counterpart Atal Bihari Vajpayee "
        "went into a one-on-one meeting. " + second
    )
    assert len(extract(text, published="2004-01-05").meetings) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Felix Tshisekedi, President of the DRC, was in Addis. The Congolese president met with Uhuru "
            "Kenyatta, his Kenyan counterpart. He also met Michelle Bachelet, former President of Chile.",
            ("felix-tshisekedi", "michelle-bachelet"),
        ),
        (
            "On Monday, Prime Minister Fumio Kishida thanked President Joe Biden for the visit. He later met "
            "with Chancellor Olaf Scholz.",
            ("fumio-kishida", "olaf-scholz"),
        ),
    ],
)
def test_he_opening_a_sentence_is_the_subject_of_the_sentence_before(
    text: str, expected: tuple[str, ...]
) -> None:
    assert extract(text, published="2019-02-11").meetings[-1].participants == expected


def test_he_after_the_subject_in_the_same_sentence_is_not_the_earlier_subject() -> None:
    # "he" inside a sentence that names someone before it: that one, not the subject of the sentence before
    text = (
        "President Joe Biden arrived. Prime Minister Fumio Kishida said he would meet with Chancellor Olaf "
        "Scholz on Friday."
    )
    assert extract(text, published="2019-02-11").meetings[-1].participants == ("fumio-kishida", "olaf-scholz")


@pytest.mark.parametrize(
    "text",
    [
        "The Congolese president has once again exchanged with Uhuru Kenyatta, his Kenyan counterpart.",
        "President Felix Tshisekedi exchanged views with President Uhuru Kenyatta in Addis Ababa.",
    ],
)
def test_exchanged_with_is_a_meeting(text: str) -> None:
    text = "Felix Tshisekedi, President of the DRC, was in Addis. " + text
    assert [m.participants for m in extract(text, published="2019-02-11").meetings] == [
        ("felix-tshisekedi", "uhuru-kenyatta")
    ]


def test_exchanged_fire_is_no_meeting() -> None:
    text = "Troops loyal to President Felix Tshisekedi exchanged fire with rebels backed by Paul Kagame."
    assert extract(text, published="2019-02-11").meetings == ()


def test_the_president_opening_a_sentence_is_the_president_of_the_sentence_before() -> None:
    text = (
        "President Clinton today met with Ecuadoran President Sixto Duran-Ballen in the White House. The "
        "President met with Peruvian President Alberto Fujimori on May 21."
    )
    found = [m.participants for m in extract(text, published="1996-06-25").meetings]
    assert found == [("clinton", "sixto-duran-ballen"), ("alberto-fujimori", "clinton")]


def test_the_president_inside_a_sentence_is_the_president_named_last() -> None:
    text = (
        "President Clinton today met with Ecuadoran President Sixto Duran-Ballen in the White House. They "
        "discussed the border, and the president said an accord was near."
    )
    people = extract(text, published="1996-06-25").people
    assert [m.person for m in people if m.text == "the president"] == ["sixto-duran-ballen"]


@pytest.mark.parametrize(
    "text",
    [
        "President Ramaphosa is accompanied on this visit by the Minister of International Relations, "
        "Lindiwe Sisulu and the Minister of State Security, Dipuo Letsatsi-Duba.",
        "President Cyril Ramaphosa was escorted by Foreign Minister Lindiwe Sisulu during the visit.",
    ],
)
def test_who_accompanies_a_visitor_is_no_participant(text: str) -> None:
    text = "President Cyril Ramaphosa arrived in Malabo. " + text
    assert extract(text, published="2019-04-10").meetings == ()


def test_the_visitor_still_meets_the_host_after_his_party_is_named() -> None:
    text = (
        "President Cyril Ramaphosa met President Teodoro Obiang. President Ramaphosa was accompanied on this "
        "visit by Foreign Minister Lindiwe Sisulu."
    )
    assert [m.participants for m in extract(text, published="2019-04-10").meetings] == [
        ("cyril-ramaphosa", "teodoro-obiang")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Communications Directorate said Erdogan and Rouhani spoke on Sunday.",
        "Amnesty International said Erdogan and Rouhani spoke on Sunday.",
    ],
)
def test_institutions_are_no_people(text: str) -> None:
    names = [p.name for p in extract(text, published="2020-05-25").persons]
    assert names == ["Erdogan", "Rouhani"]


@pytest.mark.parametrize(
    "text",
    [
        "Press Secretary Jody Powell distributed a notice announcing that President Jimmy Carter met with "
        "President Anwar Sadat of Egypt for 45 minutes this morning.",
        "Press Secretary Jody Powell told reporters on Sunday that President Jimmy Carter met with President "
        "Anwar Sadat of Egypt.",
    ],
)
def test_who_announces_that_two_met_is_no_participant(text: str) -> None:
    assert [m.participants for m in extract(text, published="1978-09-17").meetings] == [
        ("anwar-sadat", "jimmy-carter")
    ]


def test_who_says_that_one_is_welcome_still_invites() -> None:
    # one person after "that": who speaks is the other side of the meeting
    text = (
        "Chinese Premier Chou En-lai has issued an invitation to his Japanese counterpart by saying that "
        "Prime Minister Kakuei Tanaka is most welcome to visit Peking."
    )
    assert [m.participants for m in extract(text, published="1972-07-20").meetings] == [
        ("chou-en-lai", "kakuei-tanaka")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Jimmy Carter held a 4-1/2 hour conference with Prime Minister Menachem Begin.",
            [("jimmy-carter", "menachem-begin")],
        ),
        ("President Joe Biden had an audience with Pope Francis.", [("francis", "joe-biden")]),
        ("President Jimmy Carter held a press conference with Prime Minister Menachem Begin.", []),
        ("President Jimmy Carter gave a news conference with Prime Minister Menachem Begin.", []),
        (
            "Later on Friday, Prime Minister Robert Muldoon had a 20-minute conversation with Prime Minister "
            "Indira Gandhi.",
            [("indira-gandhi", "robert-muldoon")],
        ),
        ("President Jimmy Carter had a long conversation with reporters about Prime Minister Begin.", []),
    ],
)
def test_a_conference_or_an_audience_with_someone(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="1978-09-17").meetings] == expected


def test_a_regnal_one_ends_a_name() -> None:
    found = extract("Pope John Paul I met President Jorge Videla.", published="1978-09-17")
    names = [p.name for p in found.persons]
    assert names == ["John Paul I", "Jorge Videla"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one met is a group no one names: no meeting of the leaders named elsewhere
        (
            "The leaders of Argentina and Chile have moved to defuse a spat after officials in Santiago "
            "accused President Alberto Fernandez of meddling after he met with Chilean opposition leaders. "
            "Argentine President Alberto Fernandez and Chilean President Sebastian Pinera held a call on "
            "Monday.",
            [("alberto-fernandez", "sebastian-pinera")],
        ),
        # a group with someone named after it: a meeting
        (
            "President Alberto Fernandez met with opposition leaders including President Sebastian Pinera.",
            [("alberto-fernandez", "sebastian-pinera")],
        ),
    ],
)
def test_meeting_an_unnamed_group_is_no_meeting(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="2020-04-28").meetings] == expected


def test_a_visit_to_a_leader_past_a_site_word_is_a_meeting() -> None:
    text = "Vice Premier Wu Yi will visit Prime Minister Junichiro Koizumi at his office near the museum."
    assert [m.participants for m in extract(text, published="2005-05-20").meetings] == [
        ("junichiro-koizumi", "wu-yi")
    ]


def test_he_after_telling_someone_that_is_who_tells() -> None:
    text = (
        "Prime Minister Voreqe Bainimarama has told Foreign Minister Penny Wong that he will invite Prime "
        "Minister Anthony Albanese to visit Fiji."
    )
    assert [m.participants for m in extract(text, published="2022-06-01").meetings] == [
        ("anthony-albanese", "voreqe-bainimarama")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Aso is on record as defending Prime Minister Junichiro Koizumi's visits to the controversial "
        "Yasukuni Shrine, where Japan's war dead are honoured.",
        "His comments discourage Prime Minister Sanae Takaichi from paying a visit to Yasukuni Shrine.",
        # the verb, with the site in lower case
        "Reporters asked whether Prime Minister Junichiro Koizumi's plans to again visit a Shinto shrine "
        "upset Vice Premier Wu Yi.",
        "Vice Premier Wu Yi arrived in Japan, primarily to visit the China pavilion at an exposition near "
        "Prime Minister Junichiro Koizumi's home town.",
        "Economics Minister Domingo Cavallo, Foreign Minister Guido Di Tella and Defense Minister Oscar "
        "Camilion will hold meetings with their American counterparts.",
    ],
)
def test_visits_to_sites_and_meetings_with_unnamed_counterparts_are_no_meetings(text: str) -> None:
    text = "Chinese Foreign Minister Wang Yi spoke. " + text
    assert extract(text, published="2008-10-24").meetings == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Batam is where President B. J. Habibie met the daughter of ousted Malaysian Deputy Premier "
            "Anwar Ibrahim.",
            [],
        ),
        ("President B. J. Habibie met the widow of the late President Abdurrahman Wahid.", []),
        # the one whose chagrin it is, named after five title words, is a topic too
        (
            "President B. J. Habibie met Nurul Izzah, much to the chagrin of Prime Minister Datuk Seri Dr "
            "Mahathir Mohamad.",
            [("b-j-habibie", "nurul-izzah")],
        ),
    ],
)
def test_a_relative_meets_not_the_one_named(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="1999-05-21").meetings] == expected


def test_a_report_in_a_relative_clause_ends_with_it_and_its_speaker_still_meets() -> None:
    text = (
        "Mexican President Andres Manuel Lopez Obrador, who had urged Prime Minister Justin Trudeau to join "
        "him, is due to meet President Donald Trump at the White House on Wednesday."
    )
    found = extract(text, published="2020-07-06")
    assert [m.participants for m in found.meetings] == [("andres-manuel-lopez-obrador", "donald-trump")]
    said = [text[a.start : a.end] for a in found.attributions]
    assert said == ["Prime Minister Justin Trudeau to join him"]


def test_the_speaker_after_a_leading_phrase_that_tells_a_meeting_takes_part() -> None:
    text = (
        "South African President Cyril Ramaphosa called. In a telephone conversation with the South African "
        "leader at his country home in Daura, President Muhammadu Buhari said the talks would go on."
    )
    found = extract(text, published="2019-09-20").meetings
    assert [(m.participants, m.format and m.format.value) for m in found] == [
        (("cyril-ramaphosa", "muhammadu-buhari"), "phone_call")
    ]
    # a speaker after a phrase that tells no meeting of theirs reports it only
    text = "After the summit, President Muhammadu Buhari said Ramaphosa and Kenyatta met in Pretoria."
    assert "muhammadu-buhari" not in {
        p for m in extract(text, published="2019-09-20").meetings for p in m.participants
    }


def test_in_his_meeting_is_the_meeting_of_the_subject_before() -> None:
    text = (
        "Accordingly, President Isaias met and held talks with President Salva Kiir of South Sudan, "
        "President Brice Oligui of Gabon and President Evariste Ndayishimiye of Burundi. In his meeting with "
        "President Salva Kiir, the two leaders talked about bilateral relations."
    )
    assert extract(text, published="2023-11-11").meetings[-1].participants == ("isaias", "salva-kiir")


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # "His" opening the sentence: the subject of the sentence before, not the one named last in it
        ("His only engagement", ("kofi-mensah", "ruth-odinga")),
        # "his" further in: the one named last, as before
        ("The day ends with his only engagement", ("lars-berg", "ruth-odinga")),
    ],
)
def test_his_opening_a_sentence_is_the_subject_before(opening: str, expected: tuple[str, ...]) -> None:
    text = (
        "President Kofi Mensah spent the morning preparing for his discussions with President Lars Berg. "
        f"{opening} on Friday is a lunch with Foreign Minister Ruth Odinga."
    )
    assert extract(text, published="2023-11-11").meetings[-1].participants == expected


def test_he_after_stating_to_someone_that_is_who_states() -> None:
    text = (
        "Prime Minister Jawaharlal Nehru met Premier Nikita Khrushchev. Nehru stated to Khrushchev that he "
        "had "
        "already written a letter to Premier Zhou Enlai inviting him to meet for talks."
    )
    found = [m.participants for m in extract(text, published="1960-02-24").meetings]
    assert found == [("jawaharlal-nehru", "nikita-khrushchev"), ("jawaharlal-nehru", "zhou-enlai")]


def test_he_after_a_sentence_told_by_its_subject_is_the_teller() -> None:
    text = (
        "Pakistani premier Nawaz Sharif met Prime Minister Narendra Modi. He wanted to revisit the Lahore "
        "Declaration, Sharif said. If there was any doubt about the sincerity of his assertion, he followed "
        "it up with an actual meeting on Tuesday with former Prime Minister Atal Bihari Vajpayee."
    )
    found = extract(text, published="2014-05-28").meetings
    assert found[-1].participants == ("atal-bihari-vajpayee", "nawaz-sharif")


def test_a_meeting_word_in_a_relative_clause_gives_way_to_the_main_clause() -> None:
    text = (
        "Ugandan President Yoweri Museveni, who was greeted by Prime Cabinet Secretary Musalia Mudavadi, is "
        "scheduled to engage in bilateral discussions with President William Ruto."
    )
    found = extract(text, published="2024-05-15").meetings
    assert [(m.participants, m.status and m.status.value) for m in found] == [
        (("william-ruto", "yoweri-museveni"), "planned")
    ]
    # the meeting is the relative clause's when the main clause has none
    text = "Egyptian Premier Atef Sedki, who met President Hafez Assad on Monday, told reporters it went."
    assert [m.participants for m in extract(text, published="1991-05-15").meetings] == [
        ("atef-sedki", "hafez-assad")
    ]


def test_talked_privately_for_hours_is_a_meeting_and_a_farm_is_no_one() -> None:
    text = (
        "Mr Eisenhower and Mr Nehru talked privately for more than 14 hours on Monday in the quiet of the "
        "President's Gettysburg farm."
    )
    found = extract(text, published="1956-12-18")
    assert [m.participants for m in found.meetings] == [("eisenhower", "nehru")]
    assert "Gettysburg" not in [p.name for p in found.persons]
    # talking about someone is no meeting with them
    text = "President Dwight Eisenhower said he talked for a while about Prime Minister Jawaharlal Nehru."
    assert extract(text, published="1956-12-18").meetings == ()


def test_subjects_after_a_leading_meeting_of_no_one_named_are_its_participants() -> None:
    text = (
        "Following a meeting in Canberra, Australian Prime Minister Anthony Albanese and New Zealand Prime "
        "Minister Christopher Luxon emphasised that the region was strong.\nThey backed the bid to host it."
    )
    found = extract(text, published="2024-08-02").meetings
    assert [m.participants for m in found] == [("anthony-albanese", "christopher-luxon")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President F.W. de Klerk and Nelson Mandela met for the first time Wednesday. De Klerk was "
            "joined at the meeting by Justice Minister Kobie Coetsee and Gerrit Viljoen, the minister of "
            "constitutional development.",
            [("f-w-de-klerk", "gerrit-viljoen", "kobie-coetsee", "nelson-mandela")],
        ),
        (
            "Prime Minister Lee Hsien Loong met Indonesian President Joko Widodo on Thursday. Foreign "
            "Minister Vivian Balakrishnan and Foreign Minister Retno Marsudi also attended the bilateral "
            "meeting.",
            [("joko-widodo", "lee-hsien-loong", "retno-marsudi", "vivian-balakrishnan")],
        ),
        (  # the meeting of the attendance sentence is that sentence's own
            "President Muhammadu Buhari held a meeting with President Roch Kabore on Friday. Foreign "
            "Minister Geoffrey Onyeama told journalists after the session that the meeting was attended "
            "by President Mahamadou Issoufou.",
            [("muhammadu-buhari", "roch-kabore"), ("geoffrey-onyeama", "mahamadou-issoufou")],
        ),
        (  # a gathering of its own, not the meeting told before
            "President Joe Biden met President Xi Jinping in Bali. Prime Minister Narendra Modi and Prime "
            "Minister Anthony Albanese also attended the G20 meeting.",
            [("joe-biden", "xi-jinping"), ("anthony-albanese", "narendra-modi")],
        ),
        (  # an earlier account of the encounter with fewer of its people takes them all
            "Former President Jimmy Carter met Soviet leader Mikhail Gorbachev in the Kremlin today. Carter "
            "and his wife Rosalynn met with Gorbachev for an hour. Communist Party Secretary Anatoly F. "
            "Dobrynin also participated in the talks.",
            [("anatoly-f-dobrynin", "jimmy-carter", "mikhail-gorbachev", "rosalynn")] * 2,
        ),
        (  # no meeting held before it to attend
            "President Muhammadu Buhari will meet President Roch Kabore on Friday. The meeting was attended "
            "by President Mahamadou Issoufou.",
            [("muhammadu-buhari", "roch-kabore")],
        ),
    ],
)
def test_who_attended_the_meeting_told_before_takes_part_in_it(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert [m.participants for m in extract(text, published="2020-01-10").meetings] == expected


_MET_TWO = (
    "King Abdullah on Monday held talks in Riyadh. The King met with Egypt President Abdel Fattah Al Sisi, "
    "and Lebanese caretaker Prime Minister Najib Mikati. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "the meetings": every meeting of the list told before
            _MET_TWO + "Foreign Minister Ayman Safadi and Director Alaa Batayneh attended the meetings.",
            [
                ("abdel-fattah-al-sisi", "abdullah", "alaa-batayneh", "ayman-safadi"),
                ("abdullah", "alaa-batayneh", "ayman-safadi", "najib-mikati"),
            ],
        ),
        (  # "the meeting": the last one only
            _MET_TWO + "Foreign Minister Ayman Safadi and Director Alaa Batayneh attended the meeting.",
            [
                ("abdel-fattah-al-sisi", "abdullah"),
                ("abdullah", "alaa-batayneh", "ayman-safadi", "najib-mikati"),
            ],
        ),
    ],
)
def test_who_attended_the_meetings_told_before_takes_part_in_each(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    found = extract(text, published="2024-11-11").meetings
    assert sorted({m.participants for m in found if "abdullah" in m.participants}) == expected


def test_his_majesty_meets_each_of_a_list_one_by_one() -> None:
    text = (
        "AMMAN — His Majesty King Abdullah on Monday held talks in Riyadh. His Majesty met with Egypt "
        "President Abdel Fattah Al Sisi, Palestinian President Mahmoud Abbas and Lebanese Prime Minister "
        "Najib Mikati."
    )
    found = extract(text, published="2024-11-11").meetings
    assert sorted(m.participants for m in found) == [
        ("abdel-fattah-al-sisi", "abdullah"),
        ("abdullah", "mahmoud-abbas"),
        ("abdullah", "najib-mikati"),
    ]


def test_her_majestys_government_is_no_one_who_meets() -> None:
    text = (
        "Queen Elizabeth arrived in Canberra. Her Majesty's Government met with Prime Minister John Howard "
        "and President Suharto."
    )
    found = extract(text, published="2000-03-01").meetings
    assert all("elizabeth" not in m.participants for m in found)


def test_he_after_a_dateline_sentence_is_its_subject() -> None:
    text = (
        "NAIROBI — President Uhuru Kenyatta held talks with President Yoweri Museveni. He also met with "
        "President Paul Kagame."
    )
    found = extract(text, published="2019-03-05").meetings
    assert [m.participants for m in found] == [
        ("uhuru-kenyatta", "yoweri-museveni"),
        ("paul-kagame", "uhuru-kenyatta"),
    ]


def test_a_wife_at_the_start_of_a_sentence_comes_along() -> None:
    text = (
        "President Nixon met Premier Chou En-lai on Tuesday. His wife Pat, meanwhile, visited the kitchens "
        "of a hotel to talk to the chefs."
    )
    assert [m.participants for m in extract(text, published="1972-02-22").meetings] == [
        ("chou-en-lai", "nixon")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wife is a subject of "met": she meets too
        (
            "Former President Jimmy Carter and his wife Rosalynn met today with Soviet leader Mikhail S. "
            "Gorbachev in the Kremlin.",
            [("jimmy-carter", "mikhail-s-gorbachev", "rosalynn")],
        ),
        # she comes along on the trip; he meets
        (
            "President Luiz Inacio Lula da Silva and his wife Rosangela arrived in Washington, where he met "
            "President Joe Biden.",
            [("joe-biden", "luiz-inacio-lula-da-silva")],
        ),
    ],
)
def test_a_wife_who_is_a_subject_of_met_meets(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="1987-07-01").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chancellor Olaf Scholz urged President Vladimir Putin in a phone call on Thursday to end the "
            "war.",
            [("olaf-scholz", "vladimir-putin")],
        ),
        (  # two subjects: one call of the three
            "Chancellor Olaf Scholz and President Emmanuel Macron urged President Vladimir Putin to continue "
            "with talks over the war in a phone call on Thursday.",
            [("emmanuel-macron", "olaf-scholz", "vladimir-putin")],
        ),
        (
            "Chancellor Olaf Scholz and President Emmanuel Macron held a phone call with President Vladimir "
            "Putin on Thursday.",
            [("emmanuel-macron", "olaf-scholz", "vladimir-putin")],
        ),
        (  # one caller, two called: one call each
            "Prime Minister Narendra Modi called President Ashraf Ghani and Prime Minister Sheikh Hasina on "
            "Thursday.",
            [("ashraf-ghani", "narendra-modi"), ("hasina", "narendra-modi")],
        ),
        (  # a video conference gathers those it names: one call
            "Prime Minister Narendra Modi held a video conference with President Ashraf Ghani and Prime "
            "Minister Sheikh Hasina on Thursday.",
            [("ashraf-ghani", "hasina", "narendra-modi")],
        ),
        (  # who tells of a meeting is not in it
            "Spokesman Dmitry Peskov told reporters that President Vladimir Putin raised it in a meeting "
            "with President Xi Jinping.",
            [("vladimir-putin", "xi-jinping")],
        ),
        ("Chancellor Olaf Scholz told President Emmanuel Macron that Putin should attend the talks.", []),
    ],
)
def test_who_tells_someone_in_a_call_takes_part_in_it(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="2022-03-11").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Nguyen Xuan Phuc held phone talks with President Rodrigo Duterte on Tuesday. "
            "In the talks, the two leaders agreed to enhance bilateral ties.",
            ["phone_call", "phone_call"],
        ),
        (  # they met in person before
            "Prime Minister Nguyen Xuan Phuc held phone talks with President Rodrigo Duterte on Tuesday. The "
            "two leaders last met in Manila.",
            ["phone_call", None],
        ),
    ],
)
def test_the_two_leaders_after_a_call_of_theirs_are_on_that_call(
    text: str, expected: list[str | None]
) -> None:
    result = extract(text, published="2020-05-27")
    assert [m.format.value if m.format else None for m in result.meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "the two-day meeting" is no pair
            "Tanzanian official Ami Mpungwe spoke. Instead, Mpungwe said, the team to be led by its chairman "
            "Alex Kanyarengwe would now fly in on Thursday, ready for the two-day meeting on Friday.",
            [],
        ),
        (
            "President Ali Hassan Mwinyi met Alex Kanyarengwe. The two met again on Friday.",
            [("alex-kanyarengwe", "ali-hassan-mwinyi"), ("alex-kanyarengwe", "ali-hassan-mwinyi")],
        ),
    ],
)
def test_the_two_is_a_pair_but_not_the_two_day(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="1993-02-24").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Xi Jinping met President Bola Tinubu on Tuesday. He also promised cooperation in "
            '"investment, trade, infrastructure, mineral resources" and other areas during talks on the same '
            "day with President Emmerson Mnangagwa.",
            [("bola-tinubu", "xi-jinping"), ("emmerson-mnangagwa", "xi-jinping")],
        ),
        (  # a "he" inside the sentence stays within the nearer reach
            "President Xi Jinping met President Bola Tinubu on Tuesday. Officials said he had promised "
            '"investment, trade, infrastructure, mineral resources" and other pledges during talks with '
            "President Emmerson Mnangagwa.",
            [("bola-tinubu", "xi-jinping")],
        ),
    ],
)
def test_he_opening_the_sentence_is_its_subject_further_off(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert [m.participants for m in extract(text, published="2024-09-04").meetings] == expected


def test_those_who_will_be_joined_by_another_meet_with_them_later() -> None:
    text = (
        "President Nestor Kirchner will meet President Luiz Inacio Lula da Silva on Tuesday evening. "
        "Tomorrow, Kirchner and Lula will be joined by Venezuela's President Hugo Chavez."
    )
    found = extract(text, published="2006-04-25").meetings
    assert [(m.participants, m.when.value if m.when else None) for m in found] == [
        (("luiz-inacio-lula-da-silva", "nestor-kirchner"), PartialDate.parse("2006-04-25")),
        (("hugo-chavez", "luiz-inacio-lula-da-silva", "nestor-kirchner"), PartialDate.parse("2006-04-26")),
    ]
    # no meeting of theirs told before: nothing to join
    alone = "Tomorrow, Kirchner and Lula will be joined by Venezuela's President Hugo Chavez."
    assert extract(alone, published="2006-04-25").meetings == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Sheikh Hasina met Prime Minister Narendra Modi. As the Hasina-Modi meeting set "
            "the tone for the relations, Minister Subrahmanyam Jaishankar called on Hasina at her hotel.",
            [("hasina", "narendra-modi"), ("hasina", "narendra-modi"), ("hasina", "subrahmanyam-jaishankar")],
        ),
        (  # a leading clause that names no one stays with the main clause
            "President Joe Biden met President Vladimir Putin in Geneva in June. Since their meeting in "
            "Geneva, Biden and Putin have spoken by phone twice.",
            [("joe-biden", "vladimir-putin"), ("joe-biden", "vladimir-putin")],
        ),
    ],
)
def test_a_leading_clause_that_names_its_own_people_is_its_own_meeting(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert [m.participants for m in extract(text, published="2024-06-11").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named together as often as the text's first pair: the pair of the talks just told
        (
            "President Bush and President Mikhail Gorbachev will hold a summit next year. The announcement "
            "came after talks between Secretary of State James Baker and Foreign Minister Eduard "
            "Shevardnadze. Both men said the talks had moved relations to a new stage.",
            ("eduard-shevardnadze", "james-baker"),
        ),
        # the text's first pair named together more often: that pair
        (
            "President Bush and President Mikhail Gorbachev will hold a summit next year. Bush and Gorbachev "
            "last met in Malta. The announcement came after talks between Secretary of State James Baker "
            "and Foreign Minister Eduard Shevardnadze. Both men said the talks had moved relations to a new "
            "stage.",
            ("bush", "mikhail-gorbachev"),
        ),
    ],
)
def test_both_men_after_a_meeting_named_as_often_are_its_pair(text: str, expected: tuple[str, ...]) -> None:
    assert extract(text, published="1989-09-24").meetings[-1].participants == expected


_TRUMP_PUTIN = (
    "US President Donald Trump spoke with Russian President Vladimir Putin on Saturday. The two leaders had "
    "a detailed discussion. Trump and Putin emphasized joining efforts against terrorism. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two heads met in the sentence right before, no other one of the text's pair named since: them
            _TRUMP_PUTIN
            + "A statement said Trump also spoke on the phone with Japan's Prime Minister Shinzo Abe."
            "\n\nThe two leaders agreed to meet in Washington on 10 February.",
            ("donald-trump", "shinzo-abe"),
        ),
        (  # the other one of the text's pair named in that sentence: the text's pair
            _TRUMP_PUTIN
            + "Trump also spoke on the phone with Japan's Prime Minister Shinzo Abe before Putin "
            "left.\n\nThe two leaders agreed to meet in Washington on 10 February.",
            ("donald-trump", "vladimir-putin"),
        ),
        (  # a minister is no one of "the two leaders": the text's pair
            _TRUMP_PUTIN + "Trump also spoke on the phone with Japan's Foreign Minister Taro Kono."
            "\n\nThe two leaders agreed to meet in Washington on 10 February.",
            ("donald-trump", "vladimir-putin"),
        ),
    ],
)
def test_the_two_leaders_right_after_a_meeting_of_two_other_heads_are_those(
    text: str, expected: tuple[str, ...]
) -> None:
    assert extract(text, published="2017-01-29").meetings[-1].participants == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who speaks for a leader tells of the meeting, he does not meet
        (
            "Israeli Prime Minister Shimon Peres has been in contact with King Hassan. Spokesman Uri Savir "
            "refused to say who initiated the exchange, but said Peres had also received a private "
            "communication from the monarch.",
            [],
        ),
        (
            "Press secretary Uri Savir said Prime Minister Shimon Peres would be glad to meet him.",
            [],
        ),
        # an aide may meet
        (
            "Kremlin aide Yuri Ushakov met U.S. envoy Steve Witkoff on Tuesday.",
            [("steve-witkoff", "yuri-ushakov")],
        ),
    ],
)
def test_a_spokesman_is_no_participant(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="1985-07-23").meetings] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # others than leaders before "their": the meeting is theirs, not the text's pair
        ("The foreign ministers of Russia and Ukraine held their first talks in Turkey on Thursday.", []),
        ("EU leaders would be discussing the war at their summit in Versailles on Thursday.", []),
        # no one else before it: the text's pair
        ("Macron described their talks as frank.", [("emmanuel-macron", "olaf-scholz")]),
    ],
)
def test_their_after_ministers_or_other_leaders_is_not_the_pairs(
    second: str, expected: list[tuple[str, ...]]
) -> None:
    text = (
        "German Chancellor Olaf Scholz and French President Emmanuel Macron issued a statement with Scholz "
        "and Macron urging an immediate ceasefire. " + second
    )
    found = extract(text, published="2022-03-11").meetings
    assert [m.participants for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone of a third country named: the Ukraine-Russia talks are not theirs
        (
            "Macron, Scholz tell Putin way out of crisis lies in Ukraine-Russia talks\nFrench President "
            "Emmanuel Macron and Chancellor Olaf Scholz of Germany spoke with Russian President Vladimir "
            "Putin on Thursday.",
            [("emmanuel-macron", "olaf-scholz", "vladimir-putin")],
        ),
        # the two sides' leaders: their summit
        (
            "U.S. President Barack Obama cancelled a U.S.-Russia summit with Russian President "
            "Vladimir Putin.",
            [("barack-obama", "vladimir-putin")],
        ),
    ],
)
def test_talks_of_two_countries_are_those_of_their_people(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="2022-03-11").meetings] == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # "the leaders of" a group of nations are others than the text's pair
        (
            "Chavez last week attended a meeting in Asuncion that gathered the leaders of the smaller "
            "Mercosur nations.",
            [],
        ),
        # "the leaders of the two countries" are the pair
        ("The leaders of the two countries met in Brasilia last week.", [("hugo-chavez", "lula")]),
    ],
)
def test_the_leaders_of_a_group_of_nations_are_not_the_pair(
    second: str, expected: list[tuple[str, ...]]
) -> None:
    text = "Venezuela's President Hugo Chavez and Brazil's President Lula will meet on Tuesday. " + second
    assert [m.participants for m in extract(text, published="2006-04-25").meetings][1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # no title: the reporting verb "held a telephone conversation" makes the subject a name
            "Joe Biden held a telephone conversation with Xi Jinping.",
            [("joe-biden", "xi-jinping")],
        ),
        ("Joe Biden had a lengthy phone call with Xi Jinping.", [("joe-biden", "xi-jinping")]),
        ("Joe Biden spoke by telephone with Xi Jinping.", [("joe-biden", "xi-jinping")]),
        # not a meeting of "had" and any meeting word: "Gazprom" is no name
        ("Gazprom had a long meeting with President Vladimir Putin.", []),
    ],
)
def test_untitled_subject_of_a_held_call_meets(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [p for p, _ in pairs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "of Uzbekistan" after "President of the Republic": the title, not a topic
            "On July 24, President of the Republic of Uzbekistan Shavkat Mirziyoyev held a telephone "
            "conversation with Kassym-Jomart Tokayev, President of the Republic of Kazakhstan.",
            [("kassym-jomart-tokayev", "shavkat-mirziyoyev")],
        ),
        (
            "Prime Minister Shinzo Abe met President of the Islamic Republic of Iran Hassan Rouhani "
            "on Monday.",
            [("hassan-rouhani", "shinzo-abe")],
        ),
        # "the son of Ali Reza": a topic still, no title before "of"
        (
            "Prime Minister Shinzo Abe met Hassan Rouhani on Monday to discuss the release of the son of "
            "Ali Reza.",
            [("hassan-rouhani", "shinzo-abe")],
        ),
    ],
)
def test_a_title_of_the_republic_of_a_country_is_no_topic(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [p for p, _ in pairs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the guest of a meal after "for" meets its host
            "President Joe Biden hosted a state dinner for President Emmanuel Macron on Thursday.",
            [("emmanuel-macron", "joe-biden")],
        ),
        (
            "Japanese Foreign Minister Takeshi Iwaya met Chinese Foreign Minister Wang Yi on Friday. Prime "
            "Minister Shigeru Ishiba later hosted a luncheon for Wang.",
            [("takeshi-iwaya", "wang-yi"), ("shigeru-ishiba", "wang-yi")],
        ),
        # "for" after no meal: what the meeting is for, not who meets
        (
            "President Joe Biden met President Emmanuel Macron on Thursday to raise funds for Hillary "
            "Clinton.",
            [("emmanuel-macron", "joe-biden")],
        ),
    ],
)
def test_the_guest_of_a_meal_for_someone_meets_the_host(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [p for p, _ in pairs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a thing welcomed: no one met
            "Prime Minister David Lange deflected questions about whether Prime Minister Bob Hawke had "
            "welcomed "
            "a claim last week by the Minister of Defence, Bob Tizard.",
            [],
        ),
        (
            "President Bill Clinton welcomed the opportunity to work with President Alberto Fujimori.",
            [],
        ),
        ("President Nelson Mandela received an honorary doctorate from President Soeharto.", []),
        # a person welcomed or received: met
        (
            "Prime Minister Bob Hawke welcomed Prime Minister David Lange at the airport.",
            [("bob-hawke", "david-lange")],
        ),
        (
            "President Soeharto received the visiting President Nelson Mandela at the palace.",
            [("nelson-mandela", "soeharto")],
        ),
    ],
)
def test_a_thing_welcomed_or_received_is_no_meeting(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="1989-07-05").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the owner of another's role, a name the text alone knows: not who meets
            "PEKING -- President Reagan and Chinese leader Deng Xiaoping exchanged friendly chit-chat "
            "Saturday.\n\nThe diminutive Deng, Mao Tse-tung's pragmatic successor and the undisputed leader "
            "of China's 1.1 billion people, warmly greeted President and Mrs. Reagan as they entered the "
            "Great Hall.\n\nDeng wore a gray Mao suit.",
            [("deng-xiaoping", "reagan")],
        ),
        (  # a possessive right before the meeting word is still its owner's meeting
            "Chairman Mao Tse-tung's long meeting with President Ronald Reagan ended.",
            [("mao-tse-tung", "ronald-reagan")],
        ),
    ],
)
def test_the_owner_of_anothers_role_is_no_participant(text: str, expected: list[tuple[str, ...]]) -> None:
    found = extract(text, published="1984-04-28").meetings
    assert [m.participants for m in found if m.meeting_cue.text != "talks"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # places after "on the" and on a link "between" two of them
            "Prime Minister Lee Hsien Loong spoke with Prime Minister Muhyiddin Yassin on Sunday. The "
            "leaders had met on the Causeway for a ceremony to mark the resumption of work on the rail "
            "link between Woodlands and Johor Baru.",
            [("lee-hsien-loong", "muhyiddin-yassin"), ("lee-hsien-loong", "muhyiddin-yassin")],
        ),
        (  # a body before one of its members' roles
            "President Barack Obama will hold a meeting with President Hosni Mubarak and Quartet "
            "representative Tony Blair on Thursday.",
            [("barack-obama", "hosni-mubarak", "tony-blair")],
        ),
        (  # a sentence's opening word and "I"
            "Thereafter I have agreed with Prime Minister David Lange's request to meet me when he visits "
            "Canberra on 17 April.",
            [],
        ),
        # names found by their shape that do meet
        (
            "Talks between Ali Koroma and Tamba Seli in Freetown ended on Monday.",
            [("ali-koroma", "tamba-seli")],
        ),
        ("Ali Koroma met Tamba Seli in Freetown on Monday.", [("ali-koroma", "tamba-seli")]),
        (
            "Ali Koroma and Tamba Seli met on Monday. Koroma told reporters in Freetown that Seli was a "
            "friend.",
            [("ali-koroma", "tamba-seli")],
        ),
        ("Ali Koroma met Tamba Seli at Seli's home on Monday.", [("ali-koroma", "tamba-seli")]),
    ],
)
def test_a_place_or_body_named_like_a_person_is_no_participant(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert [p for p, _ in pairs(text)] == expected


_FOUR = (
    "President Ali Koroma arrived in Kampala on Friday. President Tamba Seli flew in later. President Musa "
    "Kanu came. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "of four ... presidents": the text's four presidents, never named in one sentence
            _FOUR
            + "President Sam Bangura hosted them. The mini-summit of four East African presidents in Kampala "
            "was a success.",
            [("ali-koroma", "musa-kanu", "sam-bangura", "tamba-seli")],
        ),
        (  # "the four presidents": four presidents, not the former ruler named beside three of them
            "President Ali Koroma, President Tamba Seli, President Musa Kanu and former ruler Idi Amin dined "
            "on Friday. President Sam Bangura arrived later. The four presidents met in Kampala on Saturday.",
            [("ali-koroma", "musa-kanu", "sam-bangura", "tamba-seli")],
        ),
        # three presidents for "four presidents": no group
        (_FOUR + "The mini-summit of four East African presidents in Kampala was a success.", []),
    ],
)
def test_a_counted_group_of_an_office_is_those_holding_it(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [p for p, _ in pairs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the measure of a comparison
            "President Joe Biden met President Xi Jinping in Bali on Monday. Xi is heading into the meeting "
            "as the strongest Chinese leader since Mao Zedong.",
            [("joe-biden", "xi-jinping")],
        ),
        (
            "Prime Minister Narendra Modi met President Joe Biden, who has held more summits than President "
            "Barack Obama.",
            [("joe-biden", "narendra-modi")],
        ),
        (  # the measure of a time, after a nationality: who the event since was of, not who meets
            "Japanese Prime Minister Shigeru Ishiba and South Korean Prime Minister Han Duk-soo agreed to "
            "cooperate in their first talks since South Korean President Yoon Suk-yeol was impeached.",
            [("han-duk-soo", "shigeru-ishiba")],
        ),
        # named after a verb or noun of meeting, not as a measure: they meet
        ("President Richard Nixon met Chairman Mao Zedong in Beijing.", [("mao-zedong", "richard-nixon")]),
        (  # a day or month after "since", then who meets
            "In talks in Bali since Monday Chinese President Xi Jinping and President Joe Biden agreed on "
            "climate steps.",
            [("joe-biden", "xi-jinping")],
        ),
        (
            "It was the first meeting between President Joe Biden and President Xi Jinping since the summit.",
            [("joe-biden", "xi-jinping")],
        ),
    ],
)
def test_a_person_named_as_the_measure_of_a_comparison_is_no_participant(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert sorted(tuple(sorted(p)) for p, _ in pairs(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a message carried between two others: no meeting of the sender and the one it goes to
            "The envoy said he was carrying a letter to President Emmanuel Macron from Chancellor Olaf "
            "Scholz about the coming summit.",
            [],
        ),
        (  # briefed on one's own visit: the visit is the teller's, not the one told
            "Japanese Prime Minister Fumio Kishida said he had briefed South Korean President Yoon Suk-yeol "
            "about his visit to Washington for talks with U.S. President Joe Biden.",
            [("fumio-kishida", "joe-biden")],
        ),
        (  # a letter to someone about a meeting, not someone's own: maybe theirs
            "President Donald Trump sent a letter to North Korean leader Kim Jong Un about a meeting in "
            "Singapore.",
            [("donald-trump", "kim-jong-un")],
        ),
        (  # their summit: the meeting of the one told
            "President Donald Trump wrote to North Korean leader Kim Jong Un about their next summit.",
            [("donald-trump", "kim-jong-un")],
        ),
    ],
)
def test_the_people_of_a_message_about_a_meeting_are_not_its_participants(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert [p for p, _ in pairs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the source of the news, set off after "according to", tells of the meeting
            "South Sudanese President Salva Kiir may hold discussions with his counterpart on the sidelines "
            "of the summit, according to the information minister, Barnaba Marial.",
            [],
        ),
        (
            "Prime Minister Narendra Modi will meet President Joe Biden on Monday, according to Foreign "
            "Secretary Vikram Misri.",
            [("joe-biden", "narendra-modi")],
        ),
        # named as the one met, before the source: meets
        (
            "According to the ministry, Prime Minister Narendra Modi will meet President Joe Biden on "
            "Monday.",
            [("joe-biden", "narendra-modi")],
        ),
    ],
)
def test_who_a_meeting_is_told_according_to_takes_no_part(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [p for p, _ in pairs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the subject of a passive clause of its own after the meeting word
            "Japanese Prime Minister Shigeru Ishiba and his South Korean counterpart, Han Duk-soo, agreed "
            "Thursday to cooperate, in their first talks, held over the phone, since South Korean President "
            "Yoon Suk-yeol was impeached earlier this month.",
            [("han-duk-soo", "shigeru-ishiba")],
        ),
        (  # a passive verb after the one met, no clause of its own: who meets
            "President Joe Biden held talks on Monday with Chinese Premier Li Qiang, who was appointed in "
            "March.",
            [("joe-biden", "li-qiang")],
        ),
    ],
)
def test_the_subject_of_a_passive_clause_after_the_meeting_word_is_no_participant(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert sorted(tuple(sorted(p)) for p, _ in pairs(text)) == expected


def test_the_two_leaders_are_a_pair_told_before_them() -> None:
    text = (
        "US President Donald Trump on Friday called up Prime Minister Narendra Modi to congratulate him.\n\n"
        '"Trump congratulated the Prime Minister. The two leaders agreed to meet at the G-20 Summit in '
        'Osaka," the ministry said.\n\n'
        "Warmly greeting Modi, Sri Lankan President Maithripala Sirisena noted the ties. Modi thanked "
        "Sirisena."
    )
    assert [p for p, _ in pairs(text)] == [
        ("donald-trump", "narendra-modi"),
        ("donald-trump", "narendra-modi"),
    ]
    # no pair told before: the pair named together most often
    text = (
        "The two leaders agreed to meet in Osaka. Prime Minister Narendra Modi thanked Sri Lankan President "
        "Maithripala Sirisena."
    )
    assert [p for p, _ in pairs(text)] == [("maithripala-sirisena", "narendra-modi")]


def test_other_callers_called_the_one_the_last_call_was_made_to() -> None:
    text = (
        "US President Donald Trump on Friday called up Prime Minister Narendra Modi to congratulate him.\n\n"
        "Among other callers were Saudi Arabia's King Salman bin Abdulaziz Al Saud, the statement said."
    )
    assert pairs(text) == [
        (("donald-trump", "narendra-modi"), "phone_call"),
        (("narendra-modi", "salman-bin-abdulaziz-al-saud"), "phone_call"),
    ]
    # no call told before: the callers called no one the text names
    text = (
        "US President Donald Trump on Friday met Prime Minister Narendra Modi in Delhi.\n\n"
        "Among the callers to the radio show was Saudi Arabia's King Salman bin Abdulaziz Al Saud."
    )
    assert pairs(text) == [(("donald-trump", "narendra-modi"), None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Fidel Castro arrived in Quito. A Columbian journalist asked him about debt. "
            "The meeting between Fidel and the Columbian leader, Virgilio Barco, was held warmly.",
            [("fidel-castro", "virgilio-barco")],
        ),
        (
            "Prime Minister James Marape travelled to Suva today. Ahead of the Leaders’ Retreat, "
            "Marape will meet Fiji Prime Minister Sitiveni Rabuka on Tuesday. "
            "Minister Justin Tkatchenko will represent PNG at the Retreat.",
            [("james-marape", "sitiveni-rabuka")],
        ),
        (
            "Prime Minister James Marape travelled to Suva today. Ahead of the Leaders’ Retreat, "
            "there will be a meeting with Marape on Tuesday. "
            "Minister Justin Tkatchenko will represent PNG at the Retreat.",
            [],
        ),
    ],
)
def test_a_name_after_the_with_no_office_between_is_no_one(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert [m.participants for m in extract(text, published="2023-02-20").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joe Biden met the Dalai Lama.", ("dalai-lama", "joe-biden")),
        (
            "Joe Biden met the Dalai Lama, the Tibetan spiritual leader, in Geneva.",
            ("dalai-lama", "joe-biden"),
        ),
        ("Barack Obama met the Aga Khan in Paris.", ("aga-khan", "barack-obama")),
    ],
)
def test_a_name_that_is_a_title_keeps_its_article(text: str, expected: tuple[str, ...]) -> None:
    """ "The Dalai Lama": a name news copy writes with "the" because it is a title, still a person."""
    [meeting] = extract(text, published="2023-02-20").meetings
    assert meeting.participants == expected


def test_an_office_between_the_and_a_name_keeps_the_person() -> None:
    text = (
        "President Abdel Fattah el-Sisi met the Jordanian Foreign Minister Ayman Safadi in Cairo on Sunday. "
        "Safadi said the talks were good."
    )
    [meeting] = extract(text, published="2023-02-20").meetings
    assert meeting.participants == ("abdel-fattah-el-sisi", "ayman-safadi")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in Brussels on "
            "December 14, 2021 at the invitation of EU President Charles Michel.",
            ("charles-michel", "ilham-aliyev", "nikol-pashinyan"),
        ),
        (
            "Israeli Prime Minister Menachem Begin and Egyptian President Anwar Sadat met at Camp David, in "
            "talks mediated by President Jimmy Carter.",
            ("anwar-sadat", "jimmy-carter", "menachem-begin"),
        ),
        (
            "President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in Brussels on Sunday, "
            "ahead of a visit by EU President Charles Michel.",
            ("ilham-aliyev", "nikol-pashinyan"),
        ),
    ],
)
def test_a_host_named_past_the_clause_of_two_subjects(text: str, expected: tuple[str, ...]) -> None:
    [meeting] = extract(text, published="2022-05-01").meetings
    assert meeting.participants == expected


_G7 = (
    "U.S. President Donald Trump will hold a video teleconference with G7 leaders on Thursday, the White "
    "House said. French President Emmanuel Macron backed the plan. British Prime Minister Boris Johnson "
    "left hospital."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_G7, [(("boris-johnson", "donald-trump", "emmanuel-macron"), "video_call")]),
        (
            "Japanese Prime Minister Taro Aso will meet Chinese leaders next month in Beijing. Chinese "
            "President Hu Jintao and Chinese Premier Wen Jiabao invited him.",
            [(("hu-jintao", "taro-aso", "wen-jiabao"), None)],
        ),
        (
            "Trump to convene G7 leaders in video call. French President Emmanuel Macron and British Prime "
            "Minister Boris Johnson will join U.S. President Donald Trump.",
            [(("boris-johnson", "donald-trump", "emmanuel-macron"), "video_call")],
        ),
        (
            "A videoconference between EU and African Union leaders was postponed on Tuesday. South African "
            "President Cyril Ramaphosa, the AU's current chairperson, asked for it. It was still on the "
            "agendas of European Commission President Ursula von der Leyen and European Council chief "
            "Charles Michel.",
            [(("charles-michel", "cyril-ramaphosa", "ursula-von-der-leyen"), "video_call")],
        ),
        (  # APEC's member economies
            "Australian Prime Minister Tom Reeve will attend an APEC leaders meeting next month. Peruvian "
            "President Ana Soto is also due.",
            [(("ana-soto", "tom-reeve"), None)],
        ),
        (  # the Quad's four members
            "India's Prime Minister Ravi Menon will join a summit of Quad leaders next month. Japanese Prime "
            "Minister Ken Sato will host it.",
            [(("ken-sato", "ravi-menon"), None)],
        ),
    ],
)
def test_a_group_of_countries_leaders_are_the_heads_the_text_names_with_them(
    text: str, expected: list[tuple[tuple[str, ...], str | None]]
) -> None:
    assert pairs(text)[:1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a group of leaders the text names none of: no one is guessed
        "U.S. President Donald Trump will hold a video teleconference with G7 leaders on Thursday. "
        "Russian President Vladimir Putin was not invited.",
        # a group whose people are named but are not its leaders (no head's title)
        "Japanese Prime Minister Taro Aso will meet Chinese leaders next month. Chinese Foreign Minister "
        "Yang Jiechi welcomed it.",
        # a head named without a country: who of them is the group's is not told
        "After noon, Brazil's President Lula met presidents of eleven South American countries. Argentine "
        "President Alberto Fernandez and President Nicolas Maduro spoke.",
        # the group is named in a relative clause of another meeting word: not who meets
        "The meeting was set for the day before the Brussels summit, at which EU leaders will discuss the "
        "budget. European Commission President Ursula von der Leyen and European Council chief Charles "
        "Michel will attend.",
        # a head of a country outside the group (France is no APEC economy, China no Quad member)
        "Australian Prime Minister Tom Reeve will attend an APEC leaders meeting next month. French "
        "President Ana Soto is also due.",
        "India's Prime Minister Ravi Menon will join a summit of Quad leaders next month. Chinese Premier "
        "Li Wei criticised it.",
        # the group is no meeting's: "EU leaders agreed" meets no one
        "EU leaders agreed on Thursday to extend sanctions. German Chancellor Angela Merkel and French "
        "President Emmanuel Macron backed the move.",
    ],
)
def test_a_group_with_no_leaders_named_meets_no_one(text: str) -> None:
    assert pairs(text) == []


def _unknown(text: str, words: str, title: str | None = None) -> PersonMention:
    """An unknown name found by its shape: ``words`` where they first stand in ``text``."""
    start = text.index(words)
    return PersonMention(start=start, end=start + len(words), text=words, rule="unknown-name", title=title)


def test_not_a_person_is_answered_once_per_mention_as_read() -> None:
    """`not_a_person` keeps its answer per mention of a text: the same answer as reading it again, for a
    body after "the" and a place after "between" (no one), and a name opening a sentence (someone)."""
    from summitlib.extraction import _participants

    text = "Darko Velinov met the Grand Unity Front. Talks went on at the bridge between Woodlands and Tuas."
    cases = [(_unknown(text, "Grand Unity Front"), True), (_unknown(text, "Darko Velinov"), False)]
    cases.append((_unknown(text, "Woodlands"), True))
    for mention, expected in cases:
        assert _participants._reads_as_no_person(text, mention) is expected
        assert _participants.not_a_person(text, mention) is expected
        assert _participants.not_a_person(text, mention) is expected  # the kept answer


def test_not_a_person_keeps_apart_mentions_of_one_span() -> None:
    """A mention of the same words with a title is asked anew, not answered from the one without: an office
    among the words before a name makes it a person ("the Grand Unity Front President")."""
    from summitlib.extraction import _participants

    text = "Darko Velinov met the Grand Unity Front."
    bare = _unknown(text, "Grand Unity Front")
    assert _participants.not_a_person(text, bare) is True
    titled = _unknown(text, "Grand Unity Front", title="President")
    assert _participants.not_a_person(text, titled) is False
    assert _participants.not_a_person(text, bare) is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party on a trip, named by an inverted sentence or an opening participle: no participants
        (
            "President Ada Okonjo met King Farouk Halim in Amman. Accompanying the President on her visit "
            "are Foreign Minister Tomas Brandl, Intelligence Chief Mirza Kadyrov and Envoy Lena Sorel.",
            [("ada-okonjo", "farouk-halim")],
        ),
        (
            "President Ada Okonjo met King Farouk Halim in Amman. Also accompanying her were Foreign "
            "Minister Tomas Brandl and Envoy Lena Sorel.",
            [("ada-okonjo", "farouk-halim")],
        ),
        (
            "Accompanied by her husband Piet Okonjo and Foreign Minister Tomas Brandl, President Ada Okonjo "
            "met King Farouk Halim in Amman.",
            [("ada-okonjo", "farouk-halim")],
        ),
        # near misses: who is said to join the meeting itself, or who meets the companion, stays
        (
            "President Ada Okonjo met King Farouk Halim in Amman. The meeting was attended by Foreign "
            "Minister Tomas Brandl.",
            [("ada-okonjo", "farouk-halim", "tomas-brandl")],
        ),
        (
            "Accompanied by aides, President Ada Okonjo met King Farouk Halim and Foreign Minister Tomas "
            "Brandl in Amman.",
            [("ada-okonjo", "farouk-halim", "tomas-brandl")],
        ),
        # one companion, then the main clause with its own list: the list is the meeting's
        (
            "Accompanied by Foreign Minister Tomas Brandl, Okonjo met Halim and Kadyrov, who welcomed her in "
            "Amman.",
            [("halim", "kadyrov", "okonjo")],
        ),
        # "accompanying" inside a sentence is no inversion: the sentence's meeting stays
        (
            "Foreign Minister Tomas Brandl, accompanying President Ada Okonjo, was received by King Farouk "
            "Halim at the palace on Monday.",
            [("ada-okonjo", "farouk-halim", "tomas-brandl")],
        ),
    ],
)
def test_companions_on_a_trip_are_no_participants(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="2022-06-27").meetings] == expected


def test_who_accompanies_a_leader_at_the_talks_is_still_read() -> None:
    text = (
        "President Ada Okonjo met King Farouk Halim in Amman. Accompanying her at the talks was Foreign "
        "Minister Tomas Brandl."
    )
    found = extract(text, published="2022-06-27").meetings
    assert any("tomas-brandl" in m.participants for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed guest welcomed by two hosts: the hosts do not meet each other
        (
            "The visiting president was welcomed by King Farouk Halim and his daughter Princess Noor Halim "
            "at the palace.",
            [],
        ),
        # a named guest meets them; an active welcome keeps its subject
        (
            "President Ada Okonjo was welcomed by King Farouk Halim at the palace.",
            [("ada-okonjo", "farouk-halim")],
        ),
        (
            "King Farouk Halim welcomed President Ada Okonjo at the palace.",
            [("ada-okonjo", "farouk-halim")],
        ),
        # a meeting hosted, or guests named after the agents: those named take part
        (
            "The summit was hosted by King Farouk Halim in Amman, with President Ada Okonjo and Chancellor "
            "Tomas Brandl taking part.",
            [("ada-okonjo", "farouk-halim", "tomas-brandl")],
        ),
        (
            "The talks were hosted by King Farouk Halim and attended by President Ada Okonjo and Chancellor "
            "Tomas Brandl.",
            [("ada-okonjo", "farouk-halim", "tomas-brandl")],
        ),
        # an aside about an agent keeps the agents together
        (
            "The visiting president was welcomed by King Farouk Halim, who rarely appears in public, and his "
            "daughter Princess Noor Halim at the palace.",
            [],
        ),
    ],
)
def test_hosts_named_only_as_agents_of_a_passive_welcome_meet_no_one(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert [m.participants for m in extract(text, published="2022-06-27").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who someone stands in for is away from the meeting
        (
            "Vice President Lena Sorel, who is representing President Ada Okonjo at the summit, was also a "
            "no-show at the Pacific meeting.",
            [],
        ),
        (
            "Envoy Lena Sorel, representing President Ada Okonjo, met Prime Minister Farouk Halim on Friday.",
            [("farouk-halim", "lena-sorel")],
        ),
        # near miss: who is represented by another, or merely named with a representative's title, meets
        (
            "President Ada Okonjo, represented at the dinner by her envoy, met King Farouk Halim.",
            [("ada-okonjo", "farouk-halim")],
        ),
    ],
)
def test_who_someone_stands_in_for_takes_no_part(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="2018-11-17").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphened pair before a meeting noun is another meeting than the clause's own
        (
            "Foreign Minister Tomas Brandl met with Foreign Minister Mirza Kadyrov in Vienna, and reports "
            "from those talks showed no progress towards an Okonjo-Halim summit.",
            [("mirza-kadyrov", "tomas-brandl")],
        ),
        # near miss: the pair's own noun is the meeting word, and they meet
        (
            "Foreign Minister Tomas Brandl said the Okonjo-Halim summit was held in Vienna.",
            [("halim", "okonjo")],
        ),
    ],
)
def test_a_hyphened_pair_before_a_meeting_noun_joins_no_other_meeting(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert [m.participants for m in extract(text, published="1985-05-21").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one killed is no participant of a visit over the death
        (
            "During the visit, President Ada Okonjo condoled with the people over the crash that killed the "
            "country's Army Chief, Lt. Gen. Farouk Halim, and ten officers.",
            [],
        ),
        (
            "President Ada Okonjo paid a visit over the funeral of King Farouk Halim.",
            [],
        ),
        # near miss: a meeting after a killing named earlier keeps its participants
        (
            "After the attack killed 12 soldiers, President Ada Okonjo met King Farouk Halim.",
            [("ada-okonjo", "farouk-halim")],
        ),
        # the one killed named before a comma: the name after it is the next clause's subject
        (
            "Days after the killing of Kovac, Okonjo spoke by phone with Halim on Tuesday.",
            [("halim", "okonjo")],
        ),
        (
            "After the assassination of Kovac, Okonjo met Halim in Amman on Monday.",
            [("halim", "okonjo")],
        ),
    ],
)
def test_who_was_killed_meets_no_one(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="2021-05-21").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two names given as each other's alternative do not meet
        (
            "Usually, talks with foreign visitors are conducted by the Prime Minister, Mr Tomas Brandl, or "
            "President Mirza Kadyrov.",
            [],
        ),
        ("Talks will be led by either Tomas Brandl or Mirza Kadyrov.", []),
        # near miss: joined by "and", they do
        (
            "Talks were held by the Prime Minister, Mr Tomas Brandl, and President Mirza Kadyrov.",
            [("mirza-kadyrov", "tomas-brandl")],
        ),
    ],
)
def test_names_given_as_alternatives_do_not_meet(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="1966-06-21").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name used as a modifier of a body, away from the meeting's verb, is the body
        (
            "Adviser Lena Sorel has also spoken to Minister Tomas Brandl in the first outreach between "
            "members of the new Okonjo administration and the Austrian government.",
            [("lena-sorel", "tomas-brandl")],
        ),
        # near misses: the body as the meeting's direct object stands for its leader; the leader alone meets
        (
            "President Mirza Kadyrov declined to meet with Okonjo administration officials in New York.",
            [("mirza-kadyrov", "okonjo")],
        ),
        (
            "Adviser Lena Sorel has also spoken to President Ada Okonjo about the new administration.",
            [("ada-okonjo", "lena-sorel")],
        ),
    ],
)
def test_a_name_modifying_a_body_is_no_participant(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.participants for m in extract(text, published="2021-02-08").meetings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks held as a conference gather all their callers at once
        (
            "President Ada Okonjo's talks with President Tomas Brandl, Chancellor Lena Sorel and Prime "
            "Minister Mirza Kadyrov were held on Tuesday in a videoconference mode.",
            [("ada-okonjo", "lena-sorel", "mirza-kadyrov", "tomas-brandl")],
        ),
        # near miss: phone talks with several are one call each
        (
            "President Ada Okonjo held phone talks with President Tomas Brandl, Chancellor Lena Sorel and "
            "Prime Minister Mirza Kadyrov on Tuesday.",
            [("ada-okonjo", "tomas-brandl"), ("ada-okonjo", "lena-sorel"), ("ada-okonjo", "mirza-kadyrov")],
        ),
    ],
)
def test_talks_held_as_a_conference_are_one_meeting_of_all(
    text: str, expected: list[tuple[str, ...]]
) -> None:
    assert [m.participants for m in extract(text, published="2020-03-18").meetings] == expected


_THEY_OPENING = "President Ana Lopes spoke with Prime Minister Jonas Varga by phone on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "they will have a ... meeting": the text's pair
            "President Ana Lopes flew to Lisbon on Monday for talks with Prime Minister Jonas Varga. "
            "Tomorrow they will have a two-hour meeting.",
            [("ana-lopes", "jonas-varga"), ("ana-lopes", "jonas-varga")],
        ),
        (  # one of the pair named before "they": the pair
            _THEY_OPENING + "Varga praised the offer, weeks before they meet in Lisbon.",
            [("ana-lopes", "jonas-varga"), ("ana-lopes", "jonas-varga")],
        ),
        (  # the one named after "they met" is met by them: "they" are others
            _THEY_OPENING + "Ministers from the region arrived on Tuesday, and they met Varga.",
            [("ana-lopes", "jonas-varga")],
        ),
        (  # "they will have" no meeting
            "President Ana Lopes flew to Lisbon on Monday for talks with Prime Minister Jonas Varga. "
            "Tomorrow they will have a rest.",
            [("ana-lopes", "jonas-varga")],
        ),
    ],
)
def test_they_who_meet_are_the_texts_pair(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [p for p, _ in pairs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a Pacific capital: its country's leader hosts
            "Prime Minister Tom Aru of Papua New Guinea praised the deal. President Ana Lopes will travel to "
            "Port Moresby next week for talks.",
            [("ana-lopes", "tom-aru")],
        ),
        (
            "Prime Minister Tom Aru of Fiji praised the deal. President Ana Lopes will travel to Suva next "
            "week for talks.",
            [("ana-lopes", "tom-aru")],
        ),
        (  # another city of the country: no seat of its government, no host
            "Prime Minister Tom Aru of Papua New Guinea praised the deal. President Ana Lopes will travel to "
            "Lae next week for talks.",
            [],
        ),
    ],
)
def test_a_trip_to_a_capital_meets_its_countrys_leader(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [p for p, _ in pairs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an office with "-elect" before "of" and the country: the one named after it meets
            "The President-elect of Ghana Nana Akufo -Addo met with President Jonas Varga.",
            [("jonas-varga", "nana-akufo-addo")],
        ),
        (  # one named after "a critic of": what the meeting is about, no one who meets
            "President Ana Lopes met a critic of Ghana Nana Akufo-Addo.",
            [],
        ),
    ],
)
def test_an_elected_office_of_a_country_names_who_meets(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [p for p, _ in pairs(text)] == expected


def test_a_space_before_a_hyphen_inside_a_name_keeps_it_one_name() -> None:
    result = extract("President Nana Akufo -Addo met President Jonas Varga - the host - in Accra.")
    assert [p.id for p in result.persons] == ["nana-akufo-addo", "jonas-varga"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the speaker's appeal made during the call: the speaker is on it
            "Chancellor Jonas Varga and President Ana Lopes called for an immediate truce during a long "
            "phone call with President Tom Aru on Saturday.",
            [("ana-lopes", "jonas-varga", "tom-aru")],
        ),
        (
            "Chancellor Jonas Varga called for an immediate truce during a long phone call with President "
            "Tom Aru on Saturday.",
            [("jonas-varga", "tom-aru")],
        ),
        (  # a spokesman's report of what happened during the call: no one on it
            "Spokesman Jonas Varga confirmed an immediate truce during the phone call with President "
            "Tom Aru.",
            [],
        ),
    ],
)
def test_an_appeal_made_during_a_meeting_is_the_speakers(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [p for p, _ in pairs(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the guest of "a banquet in honour of X"
            "President Abdul Hamid will host a banquet in honour of President Ram Nath Kovind tonight.",
            [("abdul-hamid", "ram-nath-kovind")],
        ),
        (  # ... or "in X's honour"
            "President Abdul Hamid will host a banquet in President Ram Nath Kovind's honour tonight.",
            [("abdul-hamid", "ram-nath-kovind")],
        ),
        (  # honouring the dead: no meeting with them
            "President Abdul Hamid will host a banquet in honour of the late President Ram Nath Kovind.",
            [],
        ),
    ],
)
def test_the_one_a_meal_honours_is_its_guest(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [p for p, _ in pairs(text)] == expected


_FOUR_TALKED = (
    "Turkish President Aydin Kaya held talks with French President Luc Morel, German Chancellor Jens Vogt "
    "and British Prime Minister Tom Hale on Tuesday, Turkish Foreign Minister Cem Ozturk said. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the four leaders": the text's four heads, not three of them and the minister who tells of it
        (
            _FOUR_TALKED + "The four leaders will meet again in May.",
            ("aydin-kaya", "jens-vogt", "luc-morel", "tom-hale"),
        ),
        # fewer heads than the count: the people named together, ministers too
        (
            "Turkish President Aydin Kaya met French Foreign Minister Luc Morel, German Foreign Minister "
            "Jens Vogt and British Foreign Minister Tom Hale on Tuesday. The four men will meet again.",
            ("aydin-kaya", "jens-vogt", "luc-morel", "tom-hale"),
        ),
    ],
)
def test_a_counted_group_is_the_text_s_heads_when_it_has_that_many(
    text: str, expected: tuple[str, ...]
) -> None:
    assert pairs(text)[-1][0] == expected


def test_one_set_of_pair_hyphens_with_the_en_dash() -> None:
    """ "the Okonjo–Halim summit", "the Okonjo– Halim summit": one set of what joins a pair's names, read by
    the people rules and by both pair rules of meetings."""
    from summitlib.extraction._participants import _PAIR_BEFORE_NOUN
    from summitlib.extraction._people_runs import PAIR_HYPHENS

    assert {"-", "- ", "–", "– "} <= PAIR_HYPHENS
    for hyphen in PAIR_HYPHENS:
        assert _PAIR_BEFORE_NOUN.search(f"the Okonjo{hyphen}Halim summit") is not None
    assert _PAIR_BEFORE_NOUN.search("the Okonjo -- Halim summit") is None
