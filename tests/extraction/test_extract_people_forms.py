"""People named in forms the cues around a name miss: a full name joined to a person already named, and a
record filed family name first ("Fraser, Malcolm")."""

from __future__ import annotations

import pytest

from summitlib.extraction import extract


def names(text: str) -> list[str | None]:
    return [p.name for p in extract(text, published="2020-03-20").persons]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He spoke with President Shavkat Mirziyoyev.\n\n"
            "At the end, Nursultan Nazarbayev and Shavkat Mirziyoyev exchanged compliments.",
            ["Shavkat Mirziyoyev", "Nursultan Nazarbayev"],
        ),
        (
            "Prime Minister Jacinda Ardern arrived.\n\nLater Scott Morrison and Jacinda Ardern walked on.",
            ["Jacinda Ardern", "Scott Morrison"],
        ),
        (
            "Prime Minister Jacinda Ardern arrived.\n\nThen, Jacinda Ardern and Scott Morrison walked on.",
            ["Jacinda Ardern", "Scott Morrison"],
        ),
    ],
)
def test_a_full_name_joined_to_a_person_already_named(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the other one is not a person the text has named
        "Later Camp David and Blair House were booked.",
        # a place or an institution joined to a named person stays out, and so does a name after one
        "President Joe Biden spoke.\n\nGreat Britain and Joe Biden's team agreed.",
        "President Joe Biden spoke.\n\nLater Joe Biden and Great Britain agreed.",
    ],
)
def test_a_full_name_joined_to_no_person_or_a_place_is_none(text: str) -> None:
    assert "Camp David" not in names(text)
    assert "Blair House" not in names(text)
    assert "Great Britain" not in names(text)


PAGE = (
    "PM Transcripts\n\nPhoto of Fraser, Malcolm\n\nFraser, Malcolm\n\nPeriod of Service: 1975 to 1983\n\n"
    "More information about Fraser, Malcolm on The National Archive website.\n\n"
    "The Prime Minister will leave for London.\n"
)


def test_a_record_filed_family_name_first_names_its_person() -> None:
    persons = extract(PAGE, published="1978-05-23").persons
    assert [p.name for p in persons] == ["Malcolm Fraser"]


def test_the_fullest_given_names_name_every_record() -> None:
    page = "Hawke, Robert\n\nReleased by:\n  • Hawke, Robert James Lee\n\nIn my statement I said so.\n"
    assert names(page) == ["Robert James Lee Hawke"]


@pytest.mark.parametrize(
    "text",
    [
        # written once only: a heading of one line, not a record's
        "Fraser, Malcolm\n\nHe will leave for London.\n",
        # places filed with their country, and the tail of a list of places
        "Geneva, Switzerland\n\nLater in Geneva, Switzerland\n",
        "He visits Paris, Bonn\n\nand then Paris, Bonn\n",
        "They went to Springfield, Illinois\n\nSpringfield, Illinois\n",
    ],
)
def test_a_single_heading_or_places_are_no_record(text: str) -> None:
    assert names(text) == []


CABLE = (
    "THE FOREIGN MINISTER OF THE IVORY COAST, MR. ARSENE ASSOUAN USHER, ARRIVED IN LONDON BY AIR TODAY.\n"
    "HE WAS MET AT LONDON AIRPORT BY THE BRITISH AMBASSADOR, MR. DUDLEY CHEKE. M. USHER HAS ALREADY VISITED "
    "A NUMBER OF EUROPEAN CAPITALS.\nM. USHER IS EXPECTED TO HAVE A MEETING WITH THE BRITISH FOREIGN "
    "SECRETARY, MR. MICHAEL STEWART ON MONDAY. THEIR TALKS WILL BE CONCERNED WITH THE UNITED NATIONS.\n"
)


def test_a_text_in_capitals_names_people_after_their_honorifics() -> None:
    persons = extract(CABLE, published="1968-11-08").persons
    assert [p.name for p in persons] == ["ARSENE ASSOUAN USHER", "DUDLEY CHEKE", "MICHAEL STEWART"]


@pytest.mark.parametrize(
    "text",
    [
        # no honorific: capitals alone mark no name in a text written in capitals
        CABLE.replace("MR. ", "").replace("M. ", ""),
        # a headline in capitals over a story in lower case is no cable
        "MR. SMITH GOES TO WASHINGTON\n\n" + "The senator from the west arrived in the city on a train. " * 4,
    ],
)
def test_capitals_without_honorifics_or_a_headline_in_capitals_name_no_one(text: str) -> None:
    assert [p.name for p in extract(text, published="1968-11-08").persons] == []


def persons(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.country, p.office) for p in extract(text, published="1990-08-17").persons]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a possessive country before the monarch; the full name under another country's title
            "Jordan’s King Hussein left on Thursday. Hussein said so. He had carried a message from "
            "Iraqi President Saddam Hussein to Washington.",
            [("Hussein", "JOR", "King"), ("Saddam Hussein", "IRQ", "President")],
        ),
        (  # no country for the king: a president's title is no king's
            "King Hussein and President Hosni Mubarak talked. The tilt toward Iraqi President Saddam Hussein "
            "left Jordan alone.",
            [
                ("Hussein", None, "King"),
                ("Hosni Mubarak", None, "President"),
                ("Saddam Hussein", "IRQ", "President"),
            ],
        ),
    ],
)
def test_a_fuller_name_under_another_countrys_or_a_monarchs_title_is_someone_else(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fuller name, later, of the same country or office: the same person, named more fully
        (
            "President Xi arrived. Xi said so. Later Chinese President Xi Jinping left.",
            [("Xi Jinping", "CHN", "President")],
        ),
        ("King Abdullah arrived. Later Jordan's King Abdullah II left.", [("Abdullah II", "JOR", "King")]),
    ],
)
def test_a_fuller_name_under_the_same_title_is_the_same_person(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honorific ends an institution: the one before holds the office, the next run is a portfolio
        (
            "The delegation included Minister for Pacific Peoples Dr Shane Reti, Climate Change Minister "
            "Simon Watts, and others.",
            ["Shane Reti", "Simon Watts"],
        ),
        ("He met the Minister for Foreign Affairs Dr Vivian Balakrishnan.", ["Vivian Balakrishnan"]),
        ("He met the President of the National Assembly Heng Samrin.", ["Heng Samrin"]),
        # "met on the": a place follows, not a person; "met" and a name still name one
        (
            "Prime Minister Lee Hsien Loong said they had met on the Causeway. He met Muhyiddin on Monday.",
            ["Lee Hsien Loong", "Muhyiddin"],
        ),
    ],
)
def test_an_honorific_ends_an_institution_and_met_on_the_names_a_place(
    text: str, expected: list[str]
) -> None:
    assert [p.name for p in extract(text, published="2024-05-12").persons] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pronoun "I" before a lower-case verb, and a month before its day, end no name
        (
            "Minister for Defence Kim Beazley will visit.\nThereafter I have agreed with Prime Minister "
            "David Lange's request.",
            ["Kim Beazley", "David Lange"],
        ),
        (
            "Leaders Agree on June 20 Summit\n\nPosted June. 15, 2005 04:22,\n\n"
            "President Roh Moo-hyun arrived.",
            ["Roh Moo-hyun"],
        ),
        # a regnal number after a title, and a month-like name with no day after it, stay names
        ("Queen Elizabeth I said so.", ["Elizabeth I"]),
        ("Mary June said so.", ["Mary June"]),
    ],
)
def test_a_pronoun_or_a_month_before_its_day_ends_no_name(text: str, expected: list[str]) -> None:
    assert [p.name for p in extract(text, published="2005-06-15").persons] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age set off by commas after a full name; a family tie beyond parents and children
        (
            "-BRAZIL: Fernando Collor de Mello, 40, is Brazil's youngest-ever president.",
            ["Fernando Collor de Mello"],
        ),
        ("His grandfather, Luis Alberto de Herrera, was the key figure.", ["Luis Alberto de Herrera"]),
        ("She met her cousin Amina Said in Cairo.", ["Amina Said"]),
        # a number after a place, or no lower-case word after the age, is no age of a person
        ("It is on Route 66, near the town.", []),
        ("The Sinai Peninsula, 60, 70 and 80 kilometres wide, lay ahead.", []),
    ],
)
def test_an_age_after_a_full_name_or_a_family_tie_before_it_marks_a_person(
    text: str, expected: list[str]
) -> None:
    assert [p.name for p in extract(text, published="1990-12-01").persons] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "-elect", and the office set off by a comma after a possessive country
        (
            "Nigeria's President-elect, Bello Adamu Kanu, arrived on Monday.",
            [("Bello Adamu Kanu", "NGA", "President")],
        ),
        ("China's President, Wei Lang, spoke on Tuesday.", [("Wei Lang", "CHN", "President")]),
        # a possessive country before a rank, or right before the name
        ("Ghana's General Kofi Mensah spoke on Monday.", [("Kofi Mensah", "GHA", "General")]),
        ("He said Brazil's Marcos Almeida spoke on Tuesday.", [("Marcos Almeida", "BRA", None)]),
    ],
)
def test_a_possessive_country_before_an_office_or_a_name_is_the_person_s(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading on a line of its own: the country is not the next line's person's
        (
            "Pakistan's President\n\nPresident Anil Perera spoke on Monday.",
            [("Anil Perera", None, "President")],
        ),
        # a possessive country before a word that is no office: not a country's person
        ("Spain's rival Marco Ruiz spoke on Monday.", [("Marco Ruiz", None, None)]),
    ],
)
def test_a_country_on_another_line_or_before_a_word_that_is_no_office_gives_no_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert persons(text) == expected
