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
            "Prime Minister Jacinda Ardern arrived.\n\nLater Jacinda Ardern and Scott Morrison walked on.",
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
        # a place or an institution joined to a named person stays out
        "President Joe Biden spoke.\n\nGreat Britain and Joe Biden's team agreed.",
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
