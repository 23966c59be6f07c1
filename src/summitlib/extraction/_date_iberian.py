"""Day words of Portuguese and Spanish copy, and a day of the month in brackets after a day word.

Latin American papers date a story with a weekday and a determiner ("nesta terça-feira", "desta
segunda-feira (23)", "na próxima terça-feira", "el martes pasado") and with "hoje"/"hoy", "ontem"/"ayer",
"no mês passado". "Nesta", "desta", "esta" name that day of the anchor's week (Monday to Sunday); "próxima"
the first one after the anchor; "última", "passada", "pasado" the last one before it; a bare weekday the
most recent one not after the anchor. A day of the month in brackets after a day word ("quarta-feira
(25)", "tomorrow (15th)") settles which day it is. Short weekday names that are also ordinals or nouns
("segunda", "quinta", "sexta") count only after "nesta", "próxima", "última" … or with "-feira".

Examples:
    >>> from summitlib import PartialDate
    >>> from summitlib.extraction.dates import find_dates
    >>> text = "O presidente viaja nesta quarta-feira e volta na próxima terça-feira."
    >>> [(d.text, str(d.value)) for d in find_dates(text, PartialDate.parse("1999-02-02"))]
    [('nesta quarta-feira', '1999-02-03'), ('na próxima terça-feira', '1999-02-09')]
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from summitlib.dates import PartialDate, Precision, When
from summitlib.errors import InvalidValueError
from summitlib.extraction._anchors import lowered
from summitlib.extraction._types import DateMention

__all__ = ["DAY_OF_MONTH_AFTER", "day_of_month_nearest", "find_iberian_dates"]

DAY_OF_MONTH_AFTER = re.compile(r"[^\S\n]*\((?P<dom>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\)")
"""A day of the month in brackets after a day word ("which starts tomorrow (15th)", "segunda-feira (23)")."""

_WEEKDAYS = {
    "segunda": 0,
    "lunes": 0,
    "terça": 1,
    "terca": 1,
    "martes": 1,
    "quarta": 2,
    "miércoles": 2,
    "miercoles": 2,
    "quinta": 3,
    "jueves": 3,
    "sexta": 4,
    "viernes": 4,
    "sábado": 5,
    "sabado": 5,
    "domingo": 6,
}
_THIS = r"(?:n|d)?est[ae]|(?:n|d)?este"
_NEXT = r"(?:(?:n[ao]|el|la)\s+)?pr[oó]xim[ao]"
_LAST = r"(?:(?:n[ao]|el|la)\s+)?[uú]ltim[ao]"
_IBERIAN = re.compile(
    rf"(?<![\w-])(?:(?P<det>{_THIS}|{_NEXT}|{_LAST}|n[ao]|el)\s+)?"
    r"(?P<wd>(?:segunda|ter[çc]a|quarta|quinta|sexta)(?P<feira>-feira)?|s[áa]bado|domingo|lunes|martes"
    r"|mi[ée]rcoles|jueves|viernes)(?![\w-])(?P<after>\s+(?:passad[ao]|pasad[ao]|que\s+vem))?"
    r"|(?<![\w-])(?P<day>hoje|hoy|ontem|ayer|amanh[ãa])(?![\w-])"
    r"|(?<![\w-])(?:n?o\s+|el\s+)?(?P<month>m[eê]s)\s+(?P<mdir>passado|pasado|que\s+vem)(?![\w-])",
    re.IGNORECASE,
)
_ALSO_ORDINALS = {"segunda", "terça", "terca", "quarta", "quinta", "sexta"}
_WEAK = {"", "na", "no", "el"}
"""Determiners that do not make "segunda", "quinta" a weekday (they do with "-feira" or after "nesta")."""
_SENTENCE_START = re.compile(r"(?:\A|[.!?\n]\s*)\Z")
_HINTS = (
    "feira",
    "terça",
    "terca",
    "segunda",
    "quarta",
    "quinta",
    "sexta",
    "bado",
    "domingo",
    "lunes",
    "martes",
    "rcoles",
    "jueves",
    "viernes",
    "hoje",
    " hoy",
    "ontem",
    " ayer",
    "amanh",
    "mês",
    "mes pasado",
    "mes que",
)
"""Words one of which Portuguese or Spanish day words contain: a text with none is not searched."""
_SHIFT = {"hoje": 0, "hoy": 0, "ontem": -1, "ayer": -1, "amanhã": 1, "amanha": 1}


def find_iberian_dates(text: str, anchor: PartialDate | None, found: list[DateMention]) -> list[DateMention]:
    """The Portuguese and Spanish day words of ``text`` not inside one of ``found``, resolved against
    ``anchor`` (a weekday or day word needs a day-precise anchor, or a bracketed day of the month)."""
    new: list[DateMention] = []
    low = lowered(text) or text.lower()  # lowered once for every stage, but for a few letters
    if not any(hint in low for hint in _HINTS):
        return new  # a few substring looks spare English copy the full pattern
    for match in _IBERIAN.finditer(text):
        start, end = match.span()
        det = (match["det"] or "").lower()
        if match["wd"] and match["wd"].lower() in _ALSO_ORDINALS and not match["feira"] and det in _WEAK:
            continue  # "a segunda vez", "na quinta do avô": an ordinal or a noun
        word = match["wd"] or match["day"]
        if (
            word
            and not det
            and word[0].isupper()
            and not _SENTENCE_START.search(text, max(0, start - 3), start)
        ):
            continue  # "Domingo Cavallo", "El Diario de Hoy": the days are written in lower case
        if any(m.start < end and start < m.end for m in found):
            continue
        value, rule = _resolve(match, anchor)
        new.append(
            DateMention(
                start=start,
                end=end,
                text=text[start:end],
                value=value,
                relative=True,
                anchor=anchor,
                rule=rule,
            )
        )
    return new


def _resolve(match: re.Match[str], anchor: PartialDate | None) -> tuple[When | None, str]:
    if anchor is None:
        return None, "unresolved:no-anchor"
    if match["month"]:
        if anchor.month is None:
            return None, "unresolved:anchor-too-coarse"
        step = -1 if match["mdir"].lower().startswith("pas") else 1
        first = dt.date(anchor.year, anchor.month, 1) + relativedelta(months=step)
        return PartialDate(year=first.year, month=first.month), "iberian:month"
    numbered = DAY_OF_MONTH_AFTER.match(match.string, match.end())
    if match["wd"] and numbered is not None:
        value = day_of_month_nearest(int(numbered["dom"].rstrip("stndrh")), anchor)
        if value is not None:
            return value, "iberian:weekday:day-of-month"
    if anchor.precision is not Precision.DAY:
        return None, "unresolved:anchor-too-coarse"
    day = anchor.earliest
    if match["day"]:
        return PartialDate.from_date(day + dt.timedelta(_SHIFT[match["day"].lower()])), "iberian:day"
    weekday = _WEEKDAYS[match["wd"].lower().removesuffix("-feira")]
    det = " ".join((match["det"] or "").lower().split())
    after = (match["after"] or "").strip().lower()
    if det.endswith(("próxima", "próximo", "proxima", "proximo")) or after == "que vem":
        ahead = (weekday - day.weekday()) % 7 or 7
        return PartialDate.from_date(day + dt.timedelta(ahead)), "iberian:weekday:next"
    if det.endswith(("última", "último", "ultima", "ultimo")) or after:
        back = (day.weekday() - weekday) % 7 or 7
        return PartialDate.from_date(day - dt.timedelta(back)), "iberian:weekday:last"
    if det.lstrip("nd") in {"esta", "este"}:
        return PartialDate.from_date(day + dt.timedelta(weekday - day.weekday())), "iberian:weekday:this-week"
    back = (day.weekday() - weekday) % 7
    return PartialDate.from_date(day - dt.timedelta(back)), "iberian:weekday:most-recent"


def day_of_month_nearest(day: int, anchor: PartialDate) -> PartialDate | None:
    """The day ``day`` of the month in the month before, of or after the anchor's, nearest the anchor
    (within a fortnight: a bracketed number further off is no day of this story); of the anchor's month
    itself when the anchor is a month."""
    if anchor.month is None:
        return None
    if anchor.day is None:
        try:
            return PartialDate(year=anchor.year, month=anchor.month, day=day)
        except (InvalidValueError, ValueError):
            return None
    options = []
    for shift in (-1, 0, 1):
        first = anchor.earliest.replace(day=1) + relativedelta(months=shift)
        try:
            options.append(PartialDate(year=first.year, month=first.month, day=day))
        except (InvalidValueError, ValueError):
            continue
    if not options:
        return None
    best = min(options, key=lambda d: abs((d.earliest - anchor.earliest).days))
    return best if abs((best.earliest - anchor.earliest).days) <= 14 else None
