"""The patterns of date expressions, and the cues around them that decide how one resolves.

``ABSOLUTE`` finds dates with a month or a year ("July 16, 2018", "November 10-11", "21-22 June",
"April 2014", "in September", "2001"); ``RELATIVE`` finds those that need an anchor ("last Friday", "four
months ago", "next week", "today", "this past weekend"). :func:`future_near` is the tense cue both kinds
look at.
"""

from __future__ import annotations

import re

from dateutil import parser

from summitlib.dates import PartialDate, When
from summitlib.errors import InvalidValueError
from summitlib.extraction._pattern_forms import guarded
from summitlib.extraction._text import NUMBER_PATTERN, WEEKDAYS, Sentences
from summitlib.extraction._types import DateMention

__all__ = [
    "ABSOLUTE",
    "DATED_AFTER",
    "DAY",
    "MONTH",
    "PARSER_INFO",
    "PAST_FORM",
    "PREPOSITION",
    "RELATIVE",
    "RELATIVE_FIRST",
    "SCHEDULED_BEFORE",
    "WEEKDAY_NAME",
    "YEAR",
    "YEAR_AFTER",
    "day_number",
    "future_clause",
    "future_near",
    "mention",
    "month_number",
    "purpose_after_past",
]

PARSER_INFO = parser.parserinfo()
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|May\.(?=\s+\d)|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+\d))"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_ABSOLUTE_PAIRS = r"(?=\d|J[aAuU]|F[eE]|M[aA]|A[pPuU]|S[eE]|O[cC]|N[oO]|D[eE])"
"""What a date of ``ABSOLUTE`` starts with: a digit or the first two letters of a month's name. Implied by
its alternatives, so it changes no match; at a capital that starts no month ("Minister", "Obama") it fails
at once, where every alternative was tried with its ``MONTH`` (the text's scan: 38 M -> 29 M instructions a
pass of the dev articles). It goes after the one-character guard, which fails faster at most positions."""
ABSOLUTE = re.compile(
    rf"(?=[\dJFMASOND]){_ABSOLUTE_PAIRS}(?:(?<![\w$£€,.\-/])(?P<iso>{YEAR}-[01]\d(?:-[0-3]\d)?\b)"
    rf"|\b(?P<m1>{MONTH})\s+(?P<d1>{DAY})\s*(?:-|–|—|to|and|through)\s*(?P<d2>{DAY})\b"
    rf"(?:(?:,\s*|\s+)(?P<y1>{YEAR})\b)?"
    rf"|\b(?P<d5>{DAY})\s*(?:-|–|—|to|and)\s*(?P<d6>{DAY})\s+(?:of\s+)?(?P<m6>{MONTH})"  # "21-22 June"
    rf"(?:(?:,\s*|\s+)(?P<y6>{YEAR})\b)?"
    rf"|\b(?P<m2>{MONTH})\s+(?P<d3>{DAY})\b(?!:)(?:(?:,\s*|\s+)(?P<y2>{YEAR})\b)?"
    rf"|\b(?P<d4>{DAY})\s+(?:of\s+)?(?P<m3>{MONTH})(?:(?:,\s*|\s+)(?P<y3>{YEAR})\b)?"
    rf"|\b(?P<m4>{MONTH})(?:\s+of)?,?\s+(?P<y4>{YEAR})\b"
    rf"|\b(?P<m5>{MONTH})(?!\w)(?!\s+\d)"
    rf"|(?<![\w$£€,.\-/])(?P<y5>{YEAR})(?![\w%]|[.,]\d|-\d))"
)
PREPOSITION = re.compile(
    r"(?:\b(?:in|since|until|by|from|early|late|during|through|of|before|after|till)\s+|\bmid-)\Z", re.I
)
SCHEDULED_BEFORE = re.compile(
    r"\b(?:scheduled|set|slated|planned|due|postponed|delayed|moved|pushed\s+back|brought\s+forward|put\s+off"
    r"|rescheduled|deferred|advanced)\s+(?:for|to|until|till)\s+(?:(?:some\s*time|early|late)\s+(?:in\s+)?)?\Z",
    re.IGNORECASE,
)
"""A date something is scheduled or moved to ("the poll, scheduled for March, be postponed to June",
"rescheduled for some time in January"): a bare month after it is a date, and the one nearest the anchor."""
_WEEKDAY = rf"(?-i:{WEEKDAYS}|{WEEKDAYS.upper()}|(?<=\bon\s)(?:{WEEKDAYS.lower()}))"
"""A day's name, capitalised or in capitals ("ON MONDAY" of all-capitals wire copy, a live page's
"THURSDAY, 4.00PM"), or in lower case right after "on" ("started his trip ... on saturday")."""
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
RELATIVE_FIRST = r"(?=[abcdefilmnopstwy\d])"
"""The characters a relative date can start with (case ignored): the search in each window skips the
other word starts instead of trying every alternative there."""
RELATIVE = re.compile(
    RELATIVE_FIRST
    + r"\b(?:(?P<part>last|this|tomorrow|yesterday)\s+(?P<partof>night|morning|afternoon|evening)\b"
    r"|(?:the\s+day\s+(?P<dayab>after|before)\s+)?(?P<day>(?<!-)(?:to-?day|yesterday|to-?morrow|to-?night))\b"
    r"|(?:(?P<sdir>last|next|this|past|coming)|(?:earlier|later|early|late)\s+(?P<sthis>this)"
    r"|in\s+the|(?P<sthrough>through|throughout|during|over|into|by|to)\s+the)"
    rf"\s+(?P<season>{_SEASON})\b(?(sthrough)(?=[^\S\n]*(?:[,.;:)]|\n|\Z)|\s+(?:or|and|with|when|as|before|after)\b))"
    r"|(?:by|at|before|until|towards?)\s+the\s+end\s+of\s+(?:the|this)\s+(?P<endunit>week|month|year)\b"
    r"|this\s+past\s+(?P<pastunit>week-?end|week)\b|in\s+the\s+(?P<newyear>new\s+year)\b(?!['’])"
    r"|(?:in|over|during)\s+recent\s+(?P<recent>weeks)\b"
    r"|(?P<wedir>this|next|last|coming)\s+week-?end\b"
    r"|(?:over|at|during)\s+the\s+(?P<theweekend>week-?end)\b"
    rf"|(?:over|in|during|for|within)\s+the\s+(?:past|last)\s+(?P<pn>{NUMBER_PATTERN}|few|several|couple\s+of)"
    r"\s+(?P<punit>days|weeks|months|years)\b"
    r"|(?:over|in|during|within)\s+the\s+(?:next|coming)\s+(?:(?:few|several|couple\s+of)\s+)?(?P<nextdays>days)\b"
    r"(?!\s+of\b)|in\s+(?:a\s+few|several|a\s+couple\s+of)\s+(?P<infew>days|weeks|months)\b(?!\s+of\b)"
    r"|\b[Oo]n\s+the\s+(?P<ord>[12]?\d(?:st|nd|rd|th)|3[01](?:st|th))\b(?!\s+(?:of|century|anniversary))"
    r"|(?P<hol>(?-i:Christmas)(?:\s+(?-i:Day|Eve))?|(?-i:New\s+Year['’]s)\s+(?-i:Day|Eve)|(?-i:May\s+Day))"
    rf"|in\s+(?P<in_n>{NUMBER_PATTERN})\s+(?P<in_unit>days?|weeks?|months?|years?)\b"
    r"|(?P<dir>last|next|this|past|coming)\s+(?P<unit>week|month|year)\b"
    r"|(?:earlier|later|early|late)\s+(?P<this>this)\s+(?P<unit2>week|month|year)\b"
    rf"|(?:(?P<wdir>last|next|this|on|past)\s+)?(?P<wd>{_WEEKDAY})(?!s\b)\b"
    rf"|(?P<n>{NUMBER_PATTERN})\s+(?P<nunit>days?|weeks?|fortnights?|months?|years?|decades?|minutes?|mins?|hours?|hrs?)"
    r"\s+(?P<ago>ago|away|from now)\b"
    r"|(?P<fewago>(?:(?:a\s+few|several|a\s+couple\s+of|some|many)\s+)?(?:days|weeks|months|years|decades)\s+ago)\b"
    r"|(?P<moments>a\s+(?:short\s+|little\s+)while|(?:a\s+few\s+)?moments|a\s+moment)\s+ago\b)",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|going to|scheduled|set to|set for|plans? to|planned|expected\s+(?:to|back|home)"
    r"|(?:is|are)\s+(?:now\s+|also\s+)?expected(?=\s+(?:to|in|on|at|by|next|later|this|soon|within)\b)"
    r"|upcoming"
    r"|next|due to|"
    r"to be held|(?:is|are) due (?:in|at|for)|to meet|to hold|to visit|to host|to attend"
    r"|would (?:(?:also|then|still|now) )?"
    r"(?:meet|take place|be held|visit|hold|fly|travel|arrive|return|leave)"
    r"|(?:postponed|put off|delayed|moved|pushed back|rescheduled) (?:to|until|till)"
    r"|could|(?-i:may)|might"
    r"|hopes? to|hopes? (?:of|for)|hoping"
    r"|slated|forthcoming|awaits?|await(?:ing)?\s+to|look(?:s|ing)?\s+forward"
    r"|gearing\s+up\s+for|gears\s+up\s+for|preparing\s+for|prepares\s+for|preparations?\s+for|to\s+prepare\s+for"
    r"|chairs)\b|['’]ll\b",
    re.IGNORECASE,
)
_FUTURE_GUARDED = guarded(_FUTURE)
"""``_FUTURE`` behind its first characters: the same matches, 1.6x faster on the windows around dates."""
YEAR_AFTER = re.compile(r"\s+(?P<dir>last|this|next)\s+year\b", re.I)
"""A month with its year named relatively ("November last year", "in April this year")."""
DATED_AFTER = re.compile(
    rf"[^\S\n]*[(,]?[^\S\n]*(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?P<month>{MONTH})\s+(?P<day>{DAY})|(?P<day2>{DAY})\s+(?P<month2>{MONTH}))\b"
    rf"(?:(?:,\s*|\s+)(?P<year>{YEAR})\b)?"
)
"""A date right after a weekday or a day word, that says which day it is: "Thursday (Dec 26)", "today,
Sunday May 3rd", "Friday 1 Aug 2014", "Saturday, 25 October, 2008", "Monday, May. 02, 1960"; on the same
line (a headline's "May End Monday" is not dated by the date line below it)."""


def month_number(name: str) -> int:
    number = PARSER_INFO.month(name.rstrip("."))
    if number is None:  # pragma: no cover - the regex only admits month names
        raise InvalidValueError("month", "a month name", name)
    return int(number)


def day_number(token: str) -> int:
    return int(_NOT_DIGIT.sub("", token))


_NOT_DIGIT = re.compile(r"\D")


def future_near(text: str, start: int, end: int, sentences: Sentences, before: int = 50) -> bool:
    """A future cue in the words just around a date ("will meet on Friday", "on Friday, when he will")."""
    a, b = sentences.around(start)
    return _FUTURE_GUARDED.search(text, max(a, start - before), min(b, end + 20)) is not None


def purpose_after_past(text: str, start: int, end: int, sentences: Sentences, before: int = 200) -> bool:
    """The only future cue near a date is an infinitive of purpose after it, in a sentence told in the past
    ("took a day trip to Kuala Lumpur on Thursday to meet with Anwar"): the date is of what happened. A
    future cue before the date ("will fly to Moscow on Monday to meet Putin") keeps it ahead."""
    a, b = sentences.around(start)
    if _FUTURE_GUARDED.search(text, max(a, start - before), start) is not None:
        return False
    after = _FUTURE_GUARDED.search(text, end, min(b, end + 20))
    return (
        after is not None
        and _PURPOSE.fullmatch(after.group()) is not None
        and PAST_FORM.search(text, max(a, start - before), start) is not None
    )


_PURPOSE = re.compile(r"to (?:meet|hold|visit|host|attend|prepare\s+for)", re.IGNORECASE)


def said_after_quote(text: str, start: int, end: int, sentences: Sentences, before: int = 200) -> bool:
    """The future cues before a date are inside a quotation closed before it, and a past-tense verb of the
    attribution comes between ("'... will not happen,' Merkel told a news conference on Tuesday"): the
    date is of the saying, not of what is said."""
    a, b = sentences.around(start)
    low = max(a, start - before)
    close = max(text.rfind("\u201d", low, start), text.rfind('"', low, start))
    return (
        close >= 0
        and _FUTURE_GUARDED.search(text, close, min(b, end + 20)) is None
        and PAST_FORM.search(text, close, start) is not None
    )


def future_clause(text: str, start: int, sentences: Sentences, before: int) -> bool:
    """A future cue further before a date in its sentence with no past-tense verb after it ("leaders will
    meet with Modi and a U.S. delegation in Papua New Guinea on Monday"; not "that could aggravate
    relations, Wu abruptly canceled a meeting Monday")."""
    a, _b = sentences.around(start)
    cues = list(_FUTURE_GUARDED.finditer(text, max(a, start - before), start))
    return bool(cues) and PAST_FORM.search(text, cues[-1].end(), start) is None


WEEKDAY_NAME = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
"""The name of a weekday in a mention's words ("on Friday", "Friday's"), in any case."""
PAST_FORM = re.compile(
    r"\b(?:\w+ed(?!\s+by\b)|said|told|met|held|spoke|made|took|gave|came|went|began|sent|wrote|left|was|were|had)\b",
    re.IGNORECASE,
)
"""A past-tense verb (a participle before "by" is none: "will be a session, chaired by Callaghan, on
Wednesday")."""


def mention(
    match: re.Match[str],
    start: int,
    end: int,
    value: When | None,
    rule: str,
    anchor: PartialDate | None,
    *,
    relative: bool = False,
) -> DateMention:
    """The mention of ``match``'s text from ``start`` to ``end``."""
    return DateMention(
        start=start,
        end=end,
        text=match.string[start:end],
        value=value,
        relative=relative,
        anchor=anchor,
        rule=rule,
    )
