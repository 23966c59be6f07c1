"""Portuguese and Spanish day words, and a bracketed day of the month after a day word."""

from __future__ import annotations

import pytest

from summitlib import PartialDate
from summitlib.extraction.dates import find_dates

TUESDAY = PartialDate.parse("1999-02-02")


def dates(text: str, anchor: PartialDate = TUESDAY) -> list[tuple[str, str]]:
    return [(d.text, str(d.value)) for d in find_dates(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("informou nesta terça-feira a presidência", ("nesta terça-feira", "1999-02-02")),
        ("irá esta quarta-feira a Brasília", ("esta quarta-feira", "1999-02-03")),
        ("Nesta segunda-feira, o chanceler reclamou", ("Nesta segunda-feira", "1999-02-01")),
        ("se reunirão na próxima terça-feira em Foz", ("na próxima terça-feira", "1999-02-09")),
        ("se reunieron el martes pasado", ("el martes pasado", "1999-01-26")),
        ("desde a crise no mês passado", ("no mês passado", "1999-01")),
        ("Una alegría recibir al amigo hoy en el Palacio", ("hoy", "1999-02-02")),
        ("Uma alegria receber o amigo hoje no Palácio", ("hoje", "1999-02-02")),
        ("chegaram ontem à noite", ("ontem", "1999-02-01")),
        ("chegaram no domingo ao hotel", ("no domingo", "1999-01-31")),
        ("Llegaron. Hoy se reúnen los presidentes", ("Hoy", "1999-02-02")),  # capitalised opening a sentence
    ],
)
def test_day_words(text: str, expected: tuple[str, str]) -> None:
    assert dates(text) == [expected]


def test_a_bracketed_day_of_the_month_settles_the_day_even_against_a_month() -> None:
    text = "chegou às 11h desta segunda-feira (23) e a partir de quarta-feira (25) será anfitrião"
    assert dates(text, PartialDate.parse("2023-01")) == [
        ("desta segunda-feira", "2023-01-23"),
        ("quarta-feira", "2023-01-25"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "pela segunda vez, na quinta do avô",  # ordinals and a noun, no "-feira" and no determiner
        "o ministro Domingo Cavallo disse",  # a name: the days are written in lower case
        "the influential El Diario de Hoy editorialized",  # a newspaper's name
        "por la mañana",  # "mañana" is also the morning: not read
    ],
)
def test_words_that_are_no_day(text: str) -> None:
    assert dates(text) == []


def test_without_a_day_precise_anchor_a_weekday_stays_unresolved() -> None:
    [found] = find_dates("na noite desta terça", PartialDate.parse("2023-01"))
    assert (found.value, found.rule) == (None, "unresolved:anchor-too-coarse")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A cúpula, marcada para o próximo dia 11 em Quito, foi", [("o próximo dia 11", "1999-02-11")]),
        ("o próximo dia 1º", [("o próximo dia 1º", "1999-03-01")]),  # the 1st is past: next month's
        (
            "a visita, prevista para os dias 20 e 21 deste mês,",
            [("os dias 20 e 21 deste mês", "1999-02-20/1999-02-21")],
        ),
        ("la reunión del día 4 fue aplazada", [("día 4", "1999-02-04")]),
        ("os chanceleres se reuniram em Quito em janeiro", [("em janeiro", "1999-01")]),
        ("la cumbre se celebrará en marzo en Lima", [("en marzo", "1999-03")]),
    ],
)
def test_days_of_the_month_and_month_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lisboa, domingo, 7 de fevereiro de 1999",  # a page's full date after its weekday
        "marcada para o dia 9 de março na cidade",  # a day with its month named: no relative date
        "em janeiro de 1998 os dois se viram",  # a month with its year
        "no Rio de Janeiro os dois se viram",  # a place, not a month
        "esperaram 17 dias por uma resposta",  # days counted, not a day of the month
    ],
)
def test_dated_day_words_and_near_misses_are_no_relative_dates(text: str) -> None:
    assert [d for d in find_dates(text, TUESDAY) if d.relative] == []
