"""Day words of Portuguese and Spanish copy, and a day of the month in brackets after a day word.

Latin American papers date a story with a weekday and a determiner ("nesta terça-feira", "desta
segunda-feira (23)", "na próxima terça-feira", "el martes pasado") and with "hoje"/"hoy", "ontem"/"ayer",
"no mês passado". "Nesta", "desta", "esta" name that day of the anchor's week (Monday to Sunday); "próxima"
the first one after the anchor; "última", "passada", "pasado" the last one before it; a bare weekday the
most recent one not after the anchor. A day of the month in brackets after a day word ("quarta-feira
(25)", "tomorrow (15th)") settles which day it is. Short weekday names that are also ordinals or nouns
("segunda", "quinta", "sexta") count only after "nesta", "próxima", "última" … or with "-feira".
A day of the month is told with "dia" ("no próximo dia 17", "os dias 17 e 18 deste mês", "el día 4") and a
month by its lower-case name after a preposition ("em janeiro", "en marzo"); none of them counts when the
date is written out ("dia 9 de fevereiro", "em janeiro de 1997", "domingo, 9 de fevereiro de 1997").

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

from summitlib.dates import DateSpan, PartialDate, Precision, When
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
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "janeiro enero",
            "fevereiro febrero",
            "março marzo",
            "abril",
            "maio mayo",
            "junho junio",
            "julho julio",
            "agosto",
            "setembro septiembre setiembre",
            "outubro octubre",
            "novembro noviembre",
            "dezembro diciembre",
        ),
        start=1,
    )
    for name in names.split()
}
"""Month names of Portuguese and Spanish copy, written in lower case ("Rio de Janeiro" is a place)."""
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_THIS = r"(?:n|d)?est[ae]|(?:n|d)?este"
_NEXT = r"(?:(?:n[ao]|el|la)\s+)?pr[oó]xim[ao]"
_LAST = r"(?:(?:n[ao]|el|la)\s+)?[uú]ltim[ao]"
_IBERIAN = re.compile(
    rf"(?<![\w-])(?:(?P<det>{_THIS}|{_NEXT}|{_LAST}|n[ao]|el)\s+)?"
    r"(?P<wd>(?:segunda|ter[çc]a|quarta|quinta|sexta)(?P<feira>-feira)?|s[áa]bado|domingo|lunes|martes"
    r"|mi[ée]rcoles|jueves|viernes)(?![\w-])(?P<after>\s+(?:passad[ao]|pasad[ao]|que\s+vem))?"
    r"|(?<![\w-])(?P<day>hoje|hoy|ontem|ayer|amanh[ãa])(?![\w-])"
    r"|(?<![\w-])(?:n?o\s+|el\s+)?(?P<month>m[eê]s)\s+(?P<mdir>passado|pasado|que\s+vem)(?![\w-])"
    r"|(?<![\w-])(?:(?:n?os?|el|los)\s+)?(?:(?P<dnext>pr[oó]ximo)\s+)?d[ií]as?\s+(?P<dom1>[12]\d|3[01]|0?[1-9])[º°]?"
    r"(?:\s+(?:e|y|a)\s+(?P<dom2>[12]\d|3[01]|0?[1-9])[º°]?)?(?![\w-])"
    r"(?:(?P<ofthis>\s+(?:deste|de\s+este|del\s+presente)\s+m[eê]s)|(?P<ofmonth>\s+de[l]?\s+\w))?"
    rf"|(?<![\w-])(?:em|en|desde|at[ée]|hasta|para)\s+(?P<mname>(?-i:{_MONTH_NAMES}))(?![\w-])"
    r"(?P<myear>\s+(?:de[l]?\s+)?\d)?",
    re.IGNORECASE,
)
_ALSO_ORDINALS = {"segunda", "terça", "terca", "quarta", "quinta", "sexta"}
_WEAK = {"", "na", "no", "el"}
"""Determiners that do not make "segunda", "quinta" a weekday (they do with "-feira" or after "nesta")."""
_SENTENCE_START = re.compile(r"(?:\A|[.!?\n]\s*)\Z")
_DATED_AFTER = re.compile(r",?[^\S\n]+\d{1,2}[º°]?[^\S\n]+de[^\S\n]+\w+[^\S\n]+de[l]?[^\S\n]+\d{4}")
"""A full date after a day word ("domingo, 9 de fevereiro de 1997" heading a paper's page): the day the
page gives, not one to count from the anchor."""
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
    " dia ",
    " dias ",
    " día ",
    " días ",
    *(name for name in _MONTHS if len(name) > 4),
    " maio",
    " mayo",
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
        if match["ofmonth"] or match["myear"] or _DATED_AFTER.match(text, end):
            continue  # "dia 9 de fevereiro", "em janeiro de 1997", "domingo, 9 de fevereiro de 1997": dated
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
    if match["dom1"]:
        return _day_of_month(match, anchor)
    if match["mname"]:
        return _named_month(_MONTHS[match["mname"]], anchor)
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


def _day_of_month(match: re.Match[str], anchor: PartialDate) -> tuple[When | None, str]:
    """ "dia 17", "no próximo dia 17", "os dias 17 e 18 deste mês": a day of the month (a span for two).
    "Deste mês" puts it in the anchor's month, "próximo" on the first such day after the anchor; a bare
    one is the nearest such day (within a fortnight, else left unresolved)."""
    first, last = int(match["dom1"]), int(match["dom2"] or 0)
    if match["ofthis"]:
        if anchor.month is None:
            return None, "unresolved:anchor-too-coarse"
        start: PartialDate | None = _in_month(anchor.year, anchor.month, first)
        rule = "iberian:day-of-month:this-month"
    elif match["dnext"]:
        if anchor.precision is not Precision.DAY:
            return None, "unresolved:anchor-too-coarse"
        day = anchor.earliest
        month_start = day.replace(day=1) + relativedelta(months=0 if first > day.day else 1)
        start = _in_month(month_start.year, month_start.month, first)
        rule = "iberian:day-of-month:next"
    else:
        start = day_of_month_nearest(first, anchor)
        rule = "iberian:day-of-month:nearest"
    if start is None:
        return None, "unresolved:out-of-range"
    if last <= first:
        return start, rule
    end = _in_month(start.year, start.earliest.month, last)
    return (start if end is None else DateSpan(start=start, end=end)), rule


def _in_month(year: int, month: int, day: int) -> PartialDate | None:
    try:
        return PartialDate(year=year, month=month, day=day)
    except (InvalidValueError, ValueError):
        return None


def _named_month(month: int, anchor: PartialDate) -> tuple[When | None, str]:
    """ "em janeiro", "en marzo": the month of that name nearest the anchor's (a story's months are those
    around it; "em janeiro" in February is the January just past, "em março" the coming March)."""
    if anchor.month is None:
        return None, "unresolved:anchor-too-coarse"
    options = [PartialDate(year=anchor.year + shift, month=month) for shift in (-1, 0, 1)]
    here = anchor.year * 12 + anchor.month
    return min(options, key=lambda d: abs(d.year * 12 + month - here)), "iberian:month-name:nearest"


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
