"""The source of a draft: its id, and a publication date found in the text's dateline or date line.

A page saved from the web often opens with the date it was published ("This story is from November 14,
2022", " date 2022-11-14", "Updated 5:36 a.m. ET, November 14, 2022"). When no publication date is given,
[`date_line`][summitlib.drafting._source.date_line] looks for full dates (day, month and year) in the
first lines of the text and returns one only when every date found there is the same day: a line with
two different dates is ambiguous, and nothing is guessed.

Examples:
    >>> str(date_line("This story is from November 14, 2022\\n\\nBiden, Xi hold talks").value)
    '2022-11-14'
    >>> date_line("Talks on 2022-11-14 and 2022-11-15 ...") is None
    True
    >>> slug("Biden, Xi hold 3-hour meet!")
    'biden-xi-hold-3-hour-meet'
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re

import attrs

from summitlib._names import fold
from summitlib.dates import PartialDate

__all__ = [
    "DateLine",
    "date_line",
    "gathering_acronyms",
    "gathering_key",
    "gathering_name",
    "slug",
    "text_digest",
]

_HEAD_CHARACTERS = 400
"""How far into the text a date line may be: the first lines of a saved page, not its body."""

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_PATTERNS = (
    re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(?![\d-])"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.IGNORECASE),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b", re.IGNORECASE),
)


@attrs.frozen(kw_only=True)
class DateLine:
    """A publication date found in the opening lines of a text.

    Attributes:
        value: the day.
        start: offset of the date's first character.
        end: offset just past it.
        text: the words, exactly as in the text.
    """

    value: PartialDate
    start: int
    end: int
    text: str


def date_line(text: str) -> DateLine | None:
    """The one full date the opening lines of ``text`` give, or None (no date, or several different ones)."""
    head = text[:_HEAD_CHARACTERS]
    found: list[DateLine] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(head):
            value = _day(match)
            if value is not None:
                found.append(DateLine(value=value, start=match.start(), end=match.end(), text=match.group()))
    days = {item.value for item in found}
    if len(days) != 1:
        return None
    return min(found, key=lambda item: item.start)


_YEARS = range(1500, 2501)
"""Years a date line may give for a publication (not "0001-01-01" in a page's boilerplate)."""


def _day(match: re.Match[str]) -> PartialDate | None:
    groups = match.groupdict()
    month = int(groups["mon"]) if groups.get("mon") else _MONTHS[groups["month"].lower()]
    if int(groups["year"]) not in _YEARS:
        return None
    try:
        return PartialDate.from_date(dt.date(int(groups["year"]), month, int(groups["day"])))
    except ValueError:
        return None


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, limit: int = 60) -> str:
    """A lower-case id made of the words of ``text`` ("Xi Jinping" gives ``"xi-jinping"``); may be empty."""
    words = _NOT_SLUG.sub("-", fold(text)).strip("-")
    if len(words) > limit:
        words = words[:limit].rsplit("-", 1)[0] or words[:limit]
    return words


def text_digest(text: str) -> str:
    """A short stable digest of a text: sources with the same digest hold the same text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


_GENERIC = frozenset(
    "the a an of summit summits conference forum meeting meetings talks leaders annual".split()  # noqa: SIM905
)


_ACRONYM = re.compile(r"(?<![\w.])(?:G-?\d{1,2}|[A-Z][A-Z0-9]{2,}|EU|UN)(?![\w.])")
_COUNTRY_ACRONYMS = frozenset({"USA", "UAE", "PRC", "DPRK", "ROK", "USSR"})


def gathering_name(text: str) -> str | None:
    """The name of a gathering from the words naming it ("the G20 summit" gives "G20 summit"), or None
    when the words do not name one gathering: no acronym such as G20, APEC, ASEAN, NATO, EU ("the summit",
    "Monday's meeting", "the U.S.-Russia summit", which is the meeting itself)."""
    name = " ".join(text.split())
    if name[:4].casefold() == "the ":
        name = name[4:]
    acronyms = {m.group() for m in _ACRONYM.finditer(name)} - _COUNTRY_ACRONYMS
    if not acronyms or not set(gathering_key(name).split()) - _GENERIC:
        return None
    return name


def gathering_acronyms(name: str) -> set[str]:
    """The acronyms of a gathering's name, folded ("G-20 summit" gives ``{"g20"}``)."""
    return {gathering_key(m.group()) for m in _ACRONYM.finditer(name)} - {
        gathering_key(a) for a in _COUNTRY_ACRONYMS
    }


@functools.lru_cache(maxsize=4096)
def gathering_key(name: str) -> str:
    """How gathering names are compared: folded, punctuation dropped ("G-20" and "G20" agree)."""
    return " ".join(re.sub(r"[^\w\s]", "", fold(name).replace("-", "")).split())
