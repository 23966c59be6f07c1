"""Where a meeting took place.

Examples:
    >>> from summitlib import Place
    >>> hamburg = Place(city="Hamburg", country="DEU")
    >>> str(hamburg), hamburg.country_name
    ('Hamburg, Germany', 'Germany')
"""

from __future__ import annotations

from typing import Any

import attrs

from summitlib import _validate
from summitlib._countries import ALL_COUNTRIES, suggest_countries
from summitlib.errors import InvalidValueError

__all__ = ["Place", "country_name", "is_country_code"]


def is_country_code(code: object) -> bool:
    """True for an ISO 3166-1 alpha-3 code (or an ISO 3166-3 code of a former country, e.g. ``SUN``)."""
    return isinstance(code, str) and code in ALL_COUNTRIES


def country_name(code: str) -> str:
    """The English short name of an alpha-3 code.

    Raises:
        InvalidValueError: when the code is not ISO 3166-1/-3 alpha-3.
    """
    try:
        return ALL_COUNTRIES[code]
    except (KeyError, TypeError):
        raise InvalidValueError("country", "an ISO 3166-1 alpha-3 code such as 'USA'", code) from None


def country_code(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """attrs validator: an upper-case ISO 3166-1 alpha-3 code (or ISO 3166-3 for former countries)."""
    if not is_country_code(value):
        hint = ""
        if isinstance(value, str) and value.upper() in ALL_COUNTRIES:
            hint = f" (upper case: {value.upper()!r})"
        elif isinstance(value, str) and (close := suggest_countries(value)):
            hint = f" ({' or '.join(f'{c!r} for {ALL_COUNTRIES[c]}' for c in close)})"
        raise InvalidValueError(
            _validate.field_name(instance, attribute),
            f"an ISO 3166-1 alpha-3 country code such as 'USA' or 'RUS'{hint}",
            value,
        )


@attrs.frozen(kw_only=True)
class Place:
    """A city (or other locality) in a country, optionally a named venue.

    Attributes:
        country: ISO 3166-1 alpha-3 code (``"DEU"``); ISO 3166-3 codes of former states (``"SUN"``) too.
        city: the city or locality, when known.
        venue: the building or site, when known ("Hamburg Messe").
    """

    country: str = attrs.field(validator=country_code)
    city: str | None = attrs.field(default=None, validator=_validate.optional_text)
    venue: str | None = attrs.field(default=None, validator=_validate.optional_text)

    @property
    def country_name(self) -> str:
        """The country's English short name."""
        return ALL_COUNTRIES[self.country]

    def __str__(self) -> str:
        parts = [p for p in (self.venue, self.city, ALL_COUNTRIES[self.country]) if p]
        return ", ".join(parts)
