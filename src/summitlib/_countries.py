"""ISO 3166 country codes and names, from pycountry, read at first use.

``COUNTRIES`` maps the ISO 3166-1 alpha-3 codes to English short names (the common name where ISO gives
one: "Vietnam", "South Korea"); ``FORMER_COUNTRIES`` adds the ISO 3166-3 codes of countries that no longer
exist (``SUN`` for the Soviet Union, ``YUG``, ``DDR``), so historical meetings can be placed;
``ALL_COUNTRIES`` is both. They are mappings that import pycountry the first time they are read, so
``import summitlib`` does not pay for it.

[`country_code`][summitlib._countries.country_code] turns what a reader types into a code: a code in any
case, an ISO name, official name or common name ("Viet Nam", "Socialist Republic of Viet Nam",
"Vietnam"), or a name ISO does not list but people use ("Russia", "Britain", "Soviet Union", from
``_data/country_aliases.json``); case, accents and punctuation are ignored.

Examples:
    >>> country_code("Viet Nam"), country_code("vietnam"), country_code("Russia"), country_code("deu")
    ('VNM', 'VNM', 'RUS', 'DEU')
    >>> country_code("Germny") is None
    True
    >>> suggest_countries("Germny")
    ['DEU']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache

from summitlib._names import fold

__all__ = ["ALL_COUNTRIES", "COUNTRIES", "FORMER_COUNTRIES", "country_code", "suggest_countries"]

_NOT_WORD = re.compile(r"[^\w]+")


class _Table(Mapping[str, str]):
    """A read-only code → name mapping built by ``build`` on first use."""

    __slots__ = ("_build",)

    def __init__(self, build: Callable[[], dict[str, str]]) -> None:
        self._build = build

    def __getitem__(self, code: str) -> str:
        return self._build()[code]

    def __contains__(self, code: object) -> bool:
        return code in self._build()

    def __iter__(self) -> Iterator[str]:
        return iter(self._build())

    def __len__(self) -> int:
        return len(self._build())

    def __repr__(self) -> str:
        return f"<{len(self)} ISO 3166 countries>"


@cache
def _current() -> dict[str, str]:
    import pycountry

    return {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}


@cache
def _former() -> dict[str, str]:
    import pycountry

    current = _current()
    return {c.alpha_3: c.name for c in pycountry.historic_countries if c.alpha_3 not in current}


@cache
def _all() -> dict[str, str]:
    return {**_current(), **_former()}


COUNTRIES: Mapping[str, str] = _Table(_current)
FORMER_COUNTRIES: Mapping[str, str] = _Table(_former)
ALL_COUNTRIES: Mapping[str, str] = _Table(_all)


def _key(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", fold(text).replace("'", "").replace("’", "")).split())


@cache
def _names() -> dict[str, str]:
    """Folded name → code: ISO names, official and common names, then our aliases."""
    import json
    from importlib import resources

    import pycountry

    names: dict[str, str] = {}
    for country in [*pycountry.countries, *pycountry.historic_countries]:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                names.setdefault(_key(value), country.alpha_3)
    data = resources.files("summitlib").joinpath("_data/country_aliases.json")
    aliases = json.loads(data.read_text(encoding="utf-8"))
    names.update({_key(name): code for name, code in aliases.items() if not name.startswith("_")})
    return names


def country_code(text: str) -> str | None:
    """The alpha-3 code ``text`` names (a code in any case or a country name), or None."""
    if len(text) == 3 and text.isalpha() and text.upper() in ALL_COUNTRIES:
        return text.upper()
    return _names().get(_key(text))


def suggest_countries(text: str, limit: int = 3) -> list[str]:
    """The codes of up to ``limit`` countries whose code or name is close to ``text``, best first."""
    code = country_code(text)
    if code is not None:
        return [code]
    names = _names()
    import difflib  # here, not above: only a suggestion needs it, and ``import summitlib`` stays light

    close = difflib.get_close_matches(_key(text), list(names), n=limit * 3, cutoff=0.75)
    return list(dict.fromkeys(names[n] for n in close))[:limit]
