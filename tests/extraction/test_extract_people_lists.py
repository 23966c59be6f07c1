"""People marked by the company they keep (lists, plural titles, passive agents, middle initials), and
capitalised words that are no people (a family's plural, a plural abbreviation, a newspaper)."""

from __future__ import annotations

import pytest

from summitlib.extraction import extract


def names(text: str) -> list[str]:
    return [p.name for p in extract(text, published="2020-05-06").persons]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list after a plural noun of people and "including"
            "He was met by other Israeli leaders, including Golda Meir, Moshe Dayan, Yigal Allon and "
            "Yitzhak Rabin.",
            ["Golda Meir", "Moshe Dayan", "Yigal Allon", "Yitzhak Rabin"],
        ),
        (  # a list after "were", its first name with a title
            "Among the politicians he most respected were former President Richard M. Nixon, Ernest Bevin "
            "and Kakuei Tanaka.",
            ["Richard M. Nixon", "Ernest Bevin", "Kakuei Tanaka"],
        ),
        ("The scandal was later confirmed by Yosef Ben-Aharon at a symposium.", ["Yosef Ben-Aharon"]),
        ("The visit of Henry A. Kissinger changed everything.", ["Henry A. Kissinger"]),
        (
            "The meeting was attended by Cabinet Secretaries Raychelle Omamo and Sicily Kariuki.",
            ["Raychelle Omamo", "Sicily Kariuki"],
        ),
        ("Breakfast was served to Lao PM Sonexay Siphandone.", ["Sonexay Siphandone"]),
        ("Troops were led by the Chief of Defence Forces Gen Samson Mwathethe.", ["Samson Mwathethe"]),
        ("Ahead of the summit, David Cameron holds talks with allies.", ["David Cameron"]),
        ("In Georgetown, Jagdeo repeatedly claimed that the letters were forged.", ["Jagdeo"]),
        ("The award went to Chinese-American physicist T. D. Lee.", ["T. D. Lee"]),
        ("He spoke in an interview with reporter Victor Malka in Morocco.", ["Victor Malka"]),
        ("Statement by Nelson Mandela on his meeting with the State President", ["Nelson Mandela"]),
        (  # an aside between the name and its verb
            "Abba Eban, in a book just published in the United States, confirmed it.",
            ["Abba Eban"],
        ),
        ("Foreign Minister Mevlüt Çavuşoğlu left. Later Çavuşoğlu returned.", ["Mevlüt Çavuşoğlu"]),
        (
            "Among the delegates was a left-hand man. Che Guevara, who could be expected to use every weapon "
            "in his arsenal.",
            ["Che Guevara"],
        ),
        ("He laid a wreath where Mahatma Ghandi was cremated.", ["Ghandi"]),
        (
            "Old friends Soeharto and Mahathir Mohamad, who shared the limelight in their heyday, met.",
            ["Soeharto", "Mahathir Mohamad"],
        ),
        ('"The agenda is open," said A. K. Sen Gupta, a spokesman.', ["A. K. Sen Gupta"]),
        ("The statement came from the information officer Ravi Kumar.", ["Ravi Kumar"]),
        ("He was elected to replace Yasuo Fukuda as prime minister.", ["Yasuo Fukuda"]),
        ("Edited by Beatriz Montes de Oca", ["Beatriz Montes de Oca"]),
        (  # a name hyphenated across a line, the space kept
            "Two Israeli leaders who never met him were David Ben- Gurion and Menachem Begin.",
            ["David Ben- Gurion", "Menachem Begin"],
        ),
        (  # a plural office before two names, each with a country
            "The hosts are Presidents Julius Nyerere of Tanzania and Godfrey Binaisa of Uganda.",
            ["Julius Nyerere", "Godfrey Binaisa"],
        ),
        (
            "One of the two experts with him, Yevgeny Velikhov, has already warned of it.",
            ["Yevgeny Velikhov"],
        ),
    ],
)
def test_the_company_a_name_keeps_makes_it_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no plural noun of people before the list: its items are no people
        ("The talks covered several issues, including Climate Finance, Border Trade and Water Rights.", []),
        ("The meeting was confirmed by Foreign Ministry sources.", []),  # an institution as the agent
        ("Flights left from John F. Kennedy Airport.", []),  # a place named after a person
        ("The two PMs held talks after that.", []),  # the plural of an abbreviation
        ("The call began at 10 PM Eastern Time.", []),  # a time of day, no office
        ("By Ray Moseley, Chicago Tribune.", ["Ray Moseley"]),  # a newspaper
        (  # an office
            "Mrs Vijayalakshmi Pandit, India's High Commissioner in London, had lunch.",
            ["Vijayalakshmi Pandit"],
        ),
        ("Moscow repeatedly claimed that the letters were forged.", []),  # a capital
        ("The Foreign Ministry, in a statement issued on Monday, confirmed it.", []),  # an institution
        ("The summit was caused by Climate Change.", []),  # a thing as the agent
        ("Among the sights was Punta Ballena, which could be expected to impress.", []),  # "which"
        ("Traffic on Mahatma Gandhi Road was slow.", []),  # a road named after a person
        ('"The agenda is open," said Foreign Ministry sources.', []),  # an institution speaks
        ("He described Climate Change as a threat to the region.", []),  # no office after "as"
        ("Of all the issues, Water Rights, was the hardest.", []),  # no verb of speech after the commas
        ("Venezuelan and Colombian Presidents Mend Fences", []),  # a plural office before a headline's verb
        ("Being received at airport: different strokes", []),
        ("The cities visited by the leaders were San Francisco and Los Angeles.", []),  # no subject
        ("The report came from Human Rights Watch, who criticized the talks.", []),  # no "he" or "his"
        ("Trade in the Asia- Pacific region grew, analysts said.", []),
    ],
)
def test_capitalised_words_beside_these_cues_that_are_no_people(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_familys_plural_is_no_person() -> None:
    text = "Ronald Reagan and Nancy Reagan flew in. As the Reagans and Deng posed for pictures, Deng spoke."
    assert "Reagans" not in names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list of leaders, each with the country in brackets
            "The summit gathers presidents Alberto Fernandez (Argentina), Luis Arce (Bolivia), Gabriel Boric "
            "(Chile), and Nicolas Maduro (Venezuela). Peru sent a minister.",
            ["Alberto Fernandez", "Luis Arce", "Gabriel Boric", "Nicolas Maduro"],
        ),
        ("Invited were Irfaan Ali (Guyana); Chan Santokhi (Suriname).", ["Irfaan Ali", "Chan Santokhi"]),
    ],
)
def test_names_listed_with_their_countries_in_brackets_are_people(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They met in Santa Marta (Colombia), where the hero died.",  # a place with its country, no list
        "The talks moved to Puerto Ordaz (Venezuela) last week.",
    ],
)
def test_a_place_with_its_country_in_brackets_is_no_person(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guests included Sir Winston Churchill, as well as bankers.", ["Winston Churchill"]),
        ("Foreign Affairs Minister Hon. Justin Tkatchenko will represent PNG.", ["Justin Tkatchenko"]),
        (
            "He will meet Fiji President His Excellency Ratu Wiliame Katonivere today.",
            ["Ratu Wiliame Katonivere"],
        ),
        (  # a Malay style of address, then the family name alone later is the same person
            "Our Prime Minister – Datuk Hussein Onn – is meeting General Suharto. The Suharto-Hussein talks "
            "went well.",
            ["Hussein Onn", "Suharto"],
        ),
    ],
)
def test_a_style_of_address_only_people_bear_marks_a_full_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He walked down Sir Lowry Road.",  # a style of address before a road's name, with its noun
        "The Hon. Members voted.",  # no full name after it
    ],
)
def test_a_style_of_address_before_no_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a number word before a headline's word the story writes again
            "3 Latin Presidents Call for New Era in U.S. Ties\n\nThree Latin American presidents appealed "
            "Thursday for a new dialogue.",
            [],
        ),
        (  # "Neither ... nor" before a family name the text gave in full
            "Mandela meets rebel leader\n\nPresident Nelson Mandela held talks with rebel leader "
            "Laurent Kabila in Cape Town.\n\nNeither Kabila nor South African sources would comment on what "
            "was said.",
            ["Nelson Mandela", "Laurent Kabila"],
        ),
        ("Leaders met at the ASEAN Summits and Related Summits in Vientiane.", []),
        (
            "PM Marape will meet Chair Henry Puna ahead of the PIF Special Leaders’ Retreat, which has been "
            "called by Fiji PM Rabuka.",
            ["Marape", "Henry Puna", "Rabuka"],
        ),
    ],
)
def test_words_that_never_start_or_end_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_headlines_office_and_name_listed_are_two_people_not_an_appositive() -> None:
    text = (
        "King, Mubarak hold talks in Amman\n\nHis Majesty King Abdullah and Egyptian President Hosni Mubarak "
        "on Wednesday renewed their position."
    )
    people = extract(text, published="2007-09-26").persons
    assert [p.id for p in people] == ["hosni-mubarak", "abdullah"]
    # an office set off by commas before a name inside a sentence is still that name's
    text = "Saudi King Salman took a call from the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani."
    tamim = extract(text, published="2021-04-13").persons[-1]
    assert (tamim.id, tamim.office) == ("tamim-bin-hamad-al-thani", "Emir")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaders agreed on more ambitious climate targets.\nLili Bayer contributed reporting.",
            ["Lili Bayer"],
        ),
        ("Mark Landler and Jim Yardley contributed to this report.", ["Mark Landler", "Jim Yardley"]),
    ],
)
def test_a_closing_credit_is_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Royal Society contributed funding to the summit.",  # no reporting
        "Ministers Contributed To Growth, Says Report",  # a headline's capitals
    ],
)
def test_contributed_without_a_credit(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marape will meet Pacific Islands Forum Chair Henry Puna ahead of the retreat.", ["Henry Puna"]),
        ("He stood beside Marshal Rodion Malinovsky atop the mausoleum.", ["Rodion Malinovsky"]),
    ],
)
def test_a_chair_or_a_marshal_before_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_chair_taken_is_no_title() -> None:
    assert names("She took the Chair after the vote, and the Marshall Islands agreed.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China resumed dialogue after Shinzo Abe took over as prime minister.", ["Shinzo Abe"]),
        ("Ten days later Anwar Sadat was sworn in as president.", ["Anwar Sadat"]),
        (
            "Santos is distancing himself from the stance taken by his predecessor and mentor, Alvaro Uribe.",
            ["Alvaro Uribe"],
        ),
    ],
)
def test_an_office_taken_or_a_relation_set_off_marks_a_full_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The club took over as Premier League leader.",  # no full name: a team
        "His rival, Manchester United, won the cup.",  # a club set off, no person
        "Their ally, Saudi Arabia, agreed to the plan.",  # a country set off
    ],
)
def test_an_office_taken_or_a_relation_set_off_before_no_person(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They met in the house where Simon Bolivar, a South American independence hero, died.",
            ["Simon Bolivar"],
        ),
        ("They met where Simón Bolívar, the hero of both countries’ independence, died.", ["Simón Bolívar"]),
        ("They met in Santa Marta, a city of heroes and legends.", []),  # a place, no noun of a person
    ],
)
def test_a_historical_figure_set_off_after_a_full_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected
