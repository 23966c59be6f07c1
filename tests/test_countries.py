"""Countries: ISO 3166 codes and names from pycountry, historic codes, suggestions, and the country
criteria of meetings (``countries=``, ``between_countries=``, ``at=`` with country names)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import summitlib
from summitlib._countries import ALL_COUNTRIES, COUNTRIES, FORMER_COUNTRIES, country_code, suggest_countries
from summitlib.cli import main


def test_codes_and_names_come_from_pycountry_with_historic_codes() -> None:
    import pycountry

    assert set(COUNTRIES) == {c.alpha_3 for c in pycountry.countries}
    assert ALL_COUNTRIES["VNM"] == "Vietnam" and ALL_COUNTRIES["RUS"] == "Russian Federation"
    assert {"SUN", "YUG", "DDR", "CSK"} <= set(FORMER_COUNTRIES)
    assert ALL_COUNTRIES["ATF"] == "French Southern Territories"  # current code, not its 3166-3 entry
    assert len(ALL_COUNTRIES) == len(COUNTRIES) + len(FORMER_COUNTRIES)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Viet Nam", "VNM"),
        ("Vietnam", "VNM"),
        ("Socialist Republic of Viet Nam", "VNM"),
        ("Germany", "DEU"),
        ("deu", "DEU"),
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("the United States", "USA"),
        ("United States of America", "USA"),
        ("South Korea", "KOR"),
        ("Korea, Republic of", "KOR"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Côte d'Ivoire", "CIV"),
        ("Soviet Union", "SUN"),
        ("USSR", "SUN"),
        ("SUN", "SUN"),
    ],
)
def test_country_names_official_and_common_names_resolve(text: str, code: str) -> None:
    assert country_code(text) == code


def test_close_names_are_suggested() -> None:
    assert suggest_countries("Germny") == ["DEU"]
    assert country_code("Germny") is None
    with pytest.raises(ValueError, match=r"\('DEU' for Germany\), got 'Germany'"):
        summitlib.Leader(id="x", name="X", country="Germany")
    with pytest.raises(ValueError, match=r"upper case: 'DEU'"):
        summitlib.Place(country="deu")


def test_pycountry_is_read_at_first_use_not_on_import() -> None:
    code = "import sys, summitlib; print('pycountry' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_at_takes_country_names() -> None:
    corpus = summitlib.load()
    danang = corpus.meetings.filter(at="Vietnam")
    assert danang and corpus.meetings.filter(at="Viet Nam") == danang == corpus.meetings.filter(at="VNM")


def test_countries_and_between_countries() -> None:
    corpus = summitlib.load()
    dyad = corpus.meetings.filter(between_countries=["USA", "Russia"])
    leaders = corpus.leaders
    for meeting in dyad:
        countries = {leaders.lookup(p).country for p in meeting.participants}
        assert {"USA", "RUS"} <= countries
        assert not meeting.format.is_gathering
    # the brute-force definition over the same objects
    expected = [
        m
        for m in corpus.meetings
        if not m.format.is_gathering and {"USA", "RUS"} <= {leaders.lookup(p).country for p in m.participants}
    ]
    assert list(dyad) == expected and len(dyad) >= 5
    assert corpus.meetings.filter(between=["Trump", "Putin"]).ids == tuple(
        m.id for m in dyad.filter(between=["Trump", "Putin"])
    )
    with_russians = corpus.meetings.filter(countries="RUS")
    assert set(dyad.ids) <= set(with_russians.ids)
    assert all(any(leaders.lookup(p).country == "RUS" for p in m.participants) for m in with_russians)
    summits = corpus.meetings.filter(between_countries=["USA", "RUS"], format="summit")
    assert summits and all(m.format.value == "summit" for m in summits)
    with pytest.raises(LookupError, match="did you mean 'Germany'"):
        corpus.meetings.filter(countries="Germny")


def test_cli_between_countries(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["meetings", "--between-countries", "USA", "RUS"]) == 0
    out = capsys.readouterr().out
    assert "2017-07-07-hamburg-trump-putin" in out and "2017-g20-hamburg" not in out
    assert main(["meetings", "--between-countries", "USA", "Germny"]) == 1
    assert "did you mean 'Germany'" in capsys.readouterr().err


def test_between_with_countries_points_to_between_countries() -> None:
    corpus = summitlib.load()
    with pytest.raises(ValueError, match="between_countries="):
        corpus.meetings.filter(between=["USA", "RUS"])
