"""Tests for summitlib.places."""

from __future__ import annotations

import pytest

from summitlib import InvalidValueError, Place
from summitlib.places import country_name, is_country_code


def test_place_prints_and_names_country() -> None:
    place = Place(city="Danang", country="VNM", venue="Ariyana Convention Centre")
    assert str(place) == "Ariyana Convention Centre, Danang, Vietnam"
    assert place.country_name == "Vietnam"


def test_former_countries_are_accepted() -> None:
    assert is_country_code("SUN")
    assert str(Place(city="Reykjavik", country="ISL")) == "Reykjavik, Iceland"
    assert "Soviet" in country_name("SUN")


@pytest.mark.parametrize(("code", "hint"), [("XXX", ""), ("deu", "upper case: 'DEU'"), ("DE", ""), (49, "")])
def test_invalid_country_codes(code: object, hint: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        Place(city="Hamburg", country=code)  # type: ignore[arg-type]
    assert info.value.field == "Place.country"
    assert "alpha-3" in str(info.value)
    assert hint in str(info.value)


def test_country_name_rejects_unknown_code() -> None:
    with pytest.raises(InvalidValueError, match="alpha-3"):
        country_name("ZZZ")


def test_empty_city_is_rejected() -> None:
    with pytest.raises(InvalidValueError, match=r"Place.city"):
        Place(city=" ", country="DEU")
