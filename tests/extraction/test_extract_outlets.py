"""The nouns of the press (`_outlets`): one list, whose parts mark a name beside them as an outlet's."""

from __future__ import annotations

import re

import pytest

from summitlib.extraction import extract
from summitlib.extraction._outlets import (
    APPOSITION_NOUN,
    BROAD_OUTLET,
    MEDIA_BEFORE,
    OUTLET_NOUN,
    OUTLET_NOUNS,
)


@pytest.mark.parametrize(
    "phrase", ["state news agency ", "the daily ", "official weekly ", "the magazine ", "the agency "]
)
def test_a_press_noun_before_a_name_marks_an_outlet(phrase: str) -> None:
    assert re.search(r"\b" + OUTLET_NOUN + r"\s+\Z", phrase) is not None


@pytest.mark.parametrize("phrase", ["the station ", "state media ", "the dailies ", "the papers "])
def test_other_nouns_before_a_name_mark_no_outlet_in_speech(phrase: str) -> None:
    assert re.search(r"\b" + OUTLET_NOUN + r"\s+\Z", phrase) is None


def test_a_lone_agency_in_an_apposition_is_no_outlet() -> None:
    """ "Smith, head of the agency," is a person; "Smith, the state news agency," an outlet."""
    apposition = re.compile(r"\s*,\s*(?:[\w’'-]+\s+){0,4}?" + APPOSITION_NOUN + r"\s*,")
    assert apposition.match(", head of the agency,") is None
    assert apposition.match(", the state news agency,") is not None
    assert apposition.match(", the country's biggest magazine,") is not None


def test_the_people_rules_read_the_venues_too() -> None:
    assert MEDIA_BEFORE.search("the website ") is not None
    assert MEDIA_BEFORE.search("the state ") is None


def test_every_noun_marks_a_group_an_outlet() -> None:
    for noun in OUTLET_NOUNS:
        assert BROAD_OUTLET.search(f"the state {noun}") is not None
    assert BROAD_OUTLET.search("the foreign ministry") is None


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Veltrana, the country's biggest magazine, said the two ministers would meet in March.", "Veltrana"),
        ("Borvik, the state news agency, said the two ministers would meet in March.", "Borvik"),
        ("The agency Borvik said the two ministers would meet in March.", "The agency Borvik"),
    ],
)
def test_an_outlet_named_by_its_noun_speaks_as_a_group(text: str, group: str) -> None:
    found = extract(text).attributions
    assert [(a.speaker.name if a.speaker else None, a.speaker_name) for a in found] == [(group, None)]


def test_a_person_heading_an_agency_is_no_outlet() -> None:
    found = extract("Orvek Dalman, head of the agency, said the ministers would meet.").attributions
    assert all(a.speaker is None or a.speaker.name != "Orvek Dalman" for a in found)
