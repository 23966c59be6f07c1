"""Durations: "2 hours and 16 minutes", "more than two hours", "an hour-long session", "four to five hours".

Each becomes a [`DurationRange`][summitlib.DurationRange] of minutes that keeps what was said: a
qualifier right before the number bounds it ("more than", "over", "at least" give a minimum; "less than",
"under", "up to" a maximum; "nearly", "almost" a hedged maximum; "about", "around", "some" a hedged exact
value). Only hours and minutes count: "four months ago" is a date, not a duration. A span followed by
"ago", "later", "earlier", "before", "after", "away", "late" or "early" is a point in time (so is one
between "within" and "of": "within two hours of her arrival"), and one after
"every", "each", "per", "extra" or "additional" is a rate or an increment ("for an additional 45 minutes"
is a length); neither is proposed.

The kind comes from the nearest cue before the number in the same clause ("scheduled", "expected",
"allotted", "announced", "will last" → scheduled; "lasted", "spent", "remained", "ran" → actual); with no
cue in its own sentence, a duration inherits an expectation cue from the sentence before ("how long they
expected the meeting to last. Peskov announced ..."); failing that, a future word before it in its clause
makes it scheduled, and a meeting word in its sentence ("the 75-minute talks", "a three-hour meeting")
makes it what happened. Otherwise it is unspecified (``_duration_kinds``).

Days count only as the length of talks ("two days of talks", "a two-day summit", "a three-day round of
talks", "the talks ... last three days", "to meet for two days", and "the one-day gathering", "the three-day
event" where a summit is told of nearby); the length of a flight, a dinner, a speech, a trip, a visit or a
video ("a 12-hour flight", "the trip was of about 55 hours", "Castro's speech ... stretched out for one hour
20 minutes", "a minute-long video of their conversation"), the time a task took ("took less than 24 hours to
fill") and a speaker's turn ("spoken for five minutes each") are not proposed, nor a habit ("such meetings
usually last an hour"); a ride the leaders talked through is their talk's length. "two hours or more" is at
least two hours. A span between clock times where a meeting is told of ("would last from 11:25 a.m. to 2
p.m.") or on a record's "Time:" line is its length.

Examples:
    >>> from summitlib.extraction.durations import find_durations
    >>> found = find_durations("The meeting lasted more than two hours.")
    >>> [(d.text, str(d.value), d.kind.value) for d in found]
    [('more than two hours', '>=120', 'actual')]
    >>> find_durations("They met four months ago.")
    []
"""

from __future__ import annotations

import re

from summitlib.durations import DurationRange
from summitlib.extraction._anchors import unit_anchors
from summitlib.extraction._duration_kinds import MEETING_NOUN, Cues, duration_kind
from summitlib.extraction._text import NUMBER_PATTERN, Sentences, number_value, windowed
from summitlib.extraction._types import Cue, DurationKind, DurationMention

__all__ = ["find_durations"]

_N = NUMBER_PATTERN
_HOURS = r"(?:hours?|hrs?)"
_MINUTES = r"(?:minutes?|mins?)"
_DURATION_FIRST = r"(?=[abefhnost\d])"
"""The characters a duration can start with (case ignored: "between", "half", "hour-long", a number):
the search in each window skips the other word starts instead of trying every alternative there."""
_DURATION = re.compile(
    _DURATION_FIRST + rf"\b(?:between\s+(?P<ba>{_N})\s+and\s+(?P<bb>{_N})[\s-]+(?P<bu>{_HOURS}|{_MINUTES})"
    rf"|(?P<ra>{_N})\s*(?:-|–|to|or)\s*(?P<rb>{_N})[\s-]+(?P<ru>{_HOURS}|{_MINUTES})"
    rf"|(?P<hh>{_N})(?:[\s-]+and[\s-]+(?:a[\s-]+)?half|(?:\s+|-)1/2|\s*½)[\s-]+{_HOURS}"
    rf"|(?<![\w-])(?P<hourlong>hour-long)"
    rf"|(?P<half>half\s+an\s+hour|(?:a\s+)?half[\s-]hour)"
    rf"|(?P<h>{_N})[\s-]+{_HOURS}(?P<andhalf>[\s-]+and[\s-]+a[\s-]+half)?(?:-long)?"
    rf"(?:,?\s*(?:and\s+)?(?P<m>{_N})[\s-]+{_MINUTES})?"
    rf"|(?P<mm>{_N})[\s-]+{_MINUTES}(?:-long)?"
    rf"|(?<![\w-])another\s+(?P<another>hour|minute)"
    rf"|(?P<dd>{_N})[\s-]+days?(?=\s+of\s+(?:[\w-]+\s+)?(?:talks|meetings|negotiations|discussions|consultations)\b)"
    rf"|(?P<dd2>{_N})-day(?=\s+(?:[“\"‘'][\w-]+[”\"’']\s+|(?-i:[A-Z][\w-]+)\s+){{0,2}}"
    r"(?:summits?|talks|meetings?|negotiations|conferences?|rounds?\s+of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations)"
    r"|(?P<event>gatherings?|events?))\b)"
    rf"|(?:(?<=last\s)|(?<=lasts\s)|(?<=lasted\s)|(?<=lasting\s)|(?<=for\s))(?P<dd3>{_N})\s+days)\b"
    r"(?!\s+(?:ago|later|earlier|away|late|early|ahead|behind|from\s+now|longer\s+than|shorter\s+than)\b)"
    r"(?!\s+to\s+(?:cross|fly|drive|get|reach|travel|arrive|walk|read|prepare|write|load|count)\b)",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(
    r"\b(?P<q>(?:well|just|a\s+little|slightly|a\s+bit)\s+(?:over|under|more\s+than|less\s+than)|more[\s-]+than"
    r"|longer\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|less[\s-]+than|fewer\s+than|shorter\s+than"
    r"|under|at\s+most|up\s+to|no\s+more\s+than|not\s+more\s+than|nearly|almost|close\s+to|about|around"
    r"|roughly|approximately|some|an\s+estimated|barely|only|just)(?:\s+|(?<=than)-)\Z",
    re.IGNORECASE,
)
_SO_FAR = re.compile(r"\s+(?:by\s+now|so\s+far|thus\s+far)\b", re.IGNORECASE)
"""A length still running ("30 minutes by now", "two hours so far"): at least that long."""
_SOFTENER = re.compile(r"^(?:well|just|a\s+little|slightly|a\s+bit)\s+(?=\S)")
_HANDSHAKE = re.compile(r"\bhands?\s+(?:\w+\s+){0,2}?for\s+(?:\w+\s+){0,2}?\Z", re.IGNORECASE)
"""A handshake's length ("shook his hand for more than a minute") is not the meeting's."""
_DELAY = re.compile(
    r"\b(?:delayed|held\s+up|late|behind\s+schedule|postponed|kept\s+\w+\s+waiting|wait(?:ed|ing)?)\s+(?:\w+\s+){0,2}?"
    r"(?:by\s+|for\s+)?(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?\Z",
    re.IGNORECASE,
)
"""A delay or a wait ("His arrival was delayed for 26 minutes", "kept him waiting for an hour", "forced to
wait more than 90 minutes at the embassy") is no meeting's length."""
_BEFORE_AFTER = re.compile(r"\s+(?:before|after)\b(?!\s+which\b)", re.IGNORECASE)
"""A time before or after something ("two hours before the summit"); "after which" opens a clause."""
_WITHIN = re.compile(r"\bwithin\s+\Z", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
"""A time counted from an event ("within two hours of her arrival"), not a length."""
_FOR_BEFORE = re.compile(
    r"\bfor\s+(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+|around\s+)?\Z",
    re.IGNORECASE,
)
_RATE = re.compile(
    r"\b(?:every|each|per|(?<!for\san\s)(?:extra|additional)|(?<!for\s)another)\s+\Z", re.IGNORECASE
)
"""A rate or an increment ("every two hours", "an extra 30 minutes"); a length after "for" is the time
spent ("for another two hours", "in the Cabinet Room for an additional 45 minutes")."""
_FURTHER_LENGTH = re.compile(r"\b(?:for|and)\s+\Z", re.IGNORECASE)
"""Where "another hour" is a length: spent ("talked for another hour") or coordinated with one ("spent 45
minutes with the president and another hour with his minister"); elsewhere ("waited another hour", "in
another hour") it is a wait or a time."""
_TIME_PASSED = re.compile(r"\s+(?:(?:had|has)\s+)?(?:passed|elapsed|went\s+by|later)\b", re.IGNORECASE)
"""What makes "another hour" the time that went by, not a length of talks ("and another hour passed before
they met", "and another hour later")."""
_EACH_SPEAKER = re.compile(
    r"\b(?:spoke|spoken|speak|speaks|speaking|speakers?|speeches|addressed)\b[^.;:!?]{0,40}\Z", re.IGNORECASE
)
_EACH_AFTER = re.compile(r"\s+each\b", re.IGNORECASE)
"""The time each speaker had ("had spoken for five minutes each"): a speech's length, no meeting's."""
_AT_LEAST = {"more than", "longer than", "over", "at least", "upwards of", "in excess of"}
_AT_MOST = {
    "less than",
    "fewer than",
    "shorter than",
    "under",
    "at most",
    "up to",
    "no more than",
    "not more than",
}
_HEDGED_MAX = {"nearly", "almost", "close to", "barely"}
_HEDGED = {"about", "around", "roughly", "approximately", "some", "an estimated"}
_NOT_THE_MEETING = re.compile(
    r"\s*(?:(?!(?:before|after|until|till|ahead|prior)\b)[\w-]+\s+){0,2}?(?:flights?|dinners?|lunch|banquet|ceremony"
    r"|(?P<ride>drive|ride|walk|stroll)|speech|address|presentation"
    r"|read|trip|journey|delay|wait|break|recess|show|concert|tour|lecture|visit|stopover|layover|flight"
    r"|video(?![\s-]*(?:call|conference|link|chat|summit|meeting|talks?)\b)|clip|footage|film|documentary|recording)\b",
    re.IGNORECASE,
)
"""What a length right before is the length of, when not the meeting's: a flight, a dinner, a speech, a
visit, a video ("a minute-long video of their conversation"; a "video call" is a meeting)."""
_TALKED_DURING = re.compile(
    r"\b(?:talked|chatted|conferred|exchanged\s+views|held\s+talks|spoke|conversed)\b[^.;:!?]{0,60}?"
    r"\b(?:during|on|throughout)\s+(?:a|an|the|their)\s+\Z",
    re.IGNORECASE,
)
"""Leaders who talk during a ride, a drive or a walk together ("exchanged views in the limousine during a
40-minute ride"): its length is their conversation's."""
_SUMMIT_TOLD = re.compile(r"\b(?:summits?|conferences?|talks)\b", re.IGNORECASE)
"""A "three-day event" or a "one-day gathering" is a summit's length only where its sentence or the one
before tells of the summit ("The summit ... opens tonight ... the three-day event was already signed")."""
_OR_MORE = re.compile(r"[^\S\n]*\n?[^\S\n]*(?:0(?=or))?or\s+(?:more|longer)\b", re.IGNORECASE)
"""A length with a trailing minimum ("two hours or more", "90 minutes or longer"); an OCR'd page may glue a
stray "0" to the line's first word ("two hours\n0or more")."""
_TAKES_TO = re.compile(r"\b(?:took|takes?|taking|needed|needs?)\s+(?:[\w-]+\s+){0,3}?\Z", re.IGNORECASE)
_TO_DO = re.compile(
    r"\s+to\s+(?!(?:meet|talk|discuss|negotiate|confer|agree|hammer|work|settle|conclude|finish|complete)\b)[a-z]",
    re.IGNORECASE,
)
"""The time a task took ("it took less than 24 hours to fill it up"): no meeting's length, unless the task
is the talks' own ("took three hours to agree")."""
_VISIT_AFTER = re.compile(r"\s+(?:courtesy\s+)?(?:visit|call)\b", re.IGNORECASE)
"""A visit of minutes ("the 30-minute visit by Mahathir to Soeharto") is a call on someone: the meeting."""
_TALKS_LAST = re.compile(
    r"\b(?:(?:talks|summit|meeting|conference|negotiations|sessions?),?\s+(?:\w+\s+){0,5}?(?:last|lasts|lasted|lasting)\s+(?:for\s+)?"
    r"|(?:meet|met|confer|talk)\s+(?:\w+\s+){0,2}?for\s+)\Z",
    re.IGNORECASE,
)
"""What makes "N days" the length of talks: the talks lasting them ("the talks, which begin on Monday and
last three days") or the leaders meeting for them ("to meet for two days in Hawaii")."""
_TRIP_LENGTH = re.compile(
    r"\b(?:trip|visit|flight|journey|stay|tour|stopover|drive)\s+(?:\w+\s+){0,2}?"
    r"(?:of|was|is|will\s+be|lasted|lasting|took)\s+(?:of\s+)?\Z"
    r"|\b(?:trip|visit|stay|tour|stopover)\s+to\s+(?:only\s+|just\s+)?\Z"
    r"|\bstay(?:ed|s|ing)?\s+(?:in|at)\s+(?-i:[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})\s+for\s+"
    r"(?:only\s+|just\s+)?\Z",
    re.IGNORECASE,
)
"""A trip's length ("the trip was of about 55 hours"), one cut or stretched to a length ("limited
Rockefeller's visit to three hours"), or a stay in a place ("stayed in Cairo for only three hours"): a
visit's, not a meeting's."""
_HABITUAL = re.compile(r"\b(?:usually|typically|normally|generally|ordinarily|tend\s+to)\b", re.IGNORECASE)
"""A habit ("Usually, this kind of working meetings last no more than two or three hours") is no
meeting's length."""


def find_durations(text: str, sentences: Sentences | None = None) -> list[DurationMention]:
    """Every duration of hours and minutes in ``text``, with its kind."""
    sentences = sentences or Sentences(text)
    found: list[DurationMention] = []
    cues = Cues(text, sentences, _DURATION)
    units = unit_anchors(text)
    for match in windowed(_DURATION, units, text, 45, 30):
        before = text[max(0, match.start() - 30) : match.start()]
        if _RATE.search(before) or _HANDSHAKE.search(before) or _DELAY.search(before):
            continue
        if (before.endswith((":", ".")) and before[-2:-1].isdigit()) or _CLOCK_SPAN_24.match(
            text, match.start()
        ):
            continue  # "9:27 - 9:50 hours", "at 14.30 hours", "14.00-15.30 hrs": clock times, not hours
        minutes = _minutes(match)
        if minutes is None:
            continue
        if _WITHIN.search(before) and _OF_AFTER.match(text, match.end()):
            continue  # "started talks within two hours of her arrival": a time, counted from the arrival
        if _BEFORE_AFTER.match(text, match.end()) and not _FOR_BEFORE.search(
            text, max(0, match.start() - 40), match.start()
        ):
            continue  # "two hours before the summit" is a time ("for two hours before ..." a length)
        start = match.start()
        qualifier = _QUALIFIER.search(before)
        word = " ".join(qualifier["q"].lower().replace("-", " ").split()) if qualifier else ""
        word = _SOFTENER.sub("", word)  # "slightly over two hours" is over two hours
        if word in {"only", "just"}:
            word = ""
        elif qualifier:
            start = match.start() - len(before) + qualifier.start("q")
        if match["dd3"] and not _TALKS_LAST.search(text, max(0, start - 60), start):
            continue  # "the talks will last three days", "to meet for two days"; not a visit's "for two days"
        if _not_the_meeting(text, match, start):
            continue  # the length of a flight, a dinner or a speech is not the meeting's
        if match["event"] and not _summit_told(text, start, sentences, cues):
            continue  # "a three-day cultural event": no summit's length
        if match["another"] and (not _FURTHER_LENGTH.search(before) or _TIME_PASSED.match(text, match.end())):
            continue  # "waited another hour": a wait; "talked for another hour" is a length
        if _EACH_AFTER.match(text, match.end()) and _EACH_SPEAKER.search(text, max(0, start - 60), start):
            continue  # "the other speakers had spoken for five minutes each"
        if _TAKES_TO.search(before) and _TO_DO.match(text, match.end()):
            continue  # "it took less than 24 hours to fill it up": the time a task took
        if (
            _TRIP_LENGTH.search(text, max(0, start - 40), start)
            or _habitual(text, start, sentences)
            or _other_subject(text, start, sentences)
        ):
            continue  # "the trip was of about 55 hours"; "such meetings usually last an hour"
        end = match.end()
        if not word and _SO_FAR.match(text, end):
            word = "at least"  # "30 minutes by now": still going on, so at least that long
        elif not word and (more := _OR_MORE.match(text, end)) is not None:
            word, end = "at least", more.end()  # "two hours or more"
        value = _range(word, minutes)
        kind, cue = duration_kind(text, start, end, sentences, cues)
        found.append(
            DurationMention(start=start, end=end, text=text[start:end], value=value, kind=kind, cue=cue)
        )
    found.extend(_elided(text, found, sentences))
    found.extend(_clock_spans(text, sentences, cues, units))
    found.sort(key=lambda m: m.start)
    return found


_ELIDED = re.compile(
    rf"\b(?P<cue>went\s+on|lasted|ran|stretched|continued|talked|met|ended\s+up\s+lasting)\s+(?:for\s+)?"
    rf"(?P<q>(?:more\s+than|over|nearly|almost|about|some)\s+)?(?P<n>{_N})\b(?!\s*(?:[-\s]?(?:hours?|hrs?|minutes?"
    r"|mins?|days?|weeks?|months?|years?|times|people|of|percent|%)\b))",
    re.IGNORECASE,
)


def _elided(text: str, found: list[DurationMention], sentences: Sentences) -> list[DurationMention]:
    """ "Planned for an hour, they went on for three": a number whose unit is the previous duration's."""
    extra: list[DurationMention] = []
    spans = sorted({sentences.around(m.start) for m in found})
    for s_start, s_end in spans:
        extra.extend(_elided_in(text, s_start, s_end, found))
    return extra


def _elided_in(text: str, s_start: int, s_end: int, found: list[DurationMention]) -> list[DurationMention]:
    extra = []
    for match in _ELIDED.finditer(text, s_start, s_end):
        earlier = [m for m in found if s_start <= m.start < match.start()]
        if not earlier or any(
            m.start < match.end("n") and match.start("n") < m.end for m in found if s_start <= m.start < s_end
        ):
            continue  # no length before it, or the number is part of one ("about three and a half hours")
        unit = 60 if earlier[-1].value.minimum is not None and earlier[-1].value.minimum % 60 == 0 else 1
        amount = round(number_value(match["n"]) * unit)
        qualifier = " ".join(match["q"].lower().split()) if match["q"] else ""
        start = match.start("q") if match["q"] else match.start("n")
        cue = Cue(start=match.start("cue"), end=match.end("cue"), text=match["cue"])
        extra.append(
            DurationMention(
                start=start,
                end=match.end("n"),
                text=text[start : match.end("n")],
                value=_range(qualifier, (amount, amount)),
                kind=DurationKind.ACTUAL,
                cue=cue,
            )
        )
    return extra


_MERIDIEM = r"[ap]\.?[^\S\n]?m\b\.?"
_CLOCK_SPAN = re.compile(
    rf"(?=[fF\d])(?:\bfrom\s+)?(?<![\d:.])(?P<h1>1[0-2]|0?\d)(?::(?P<m1>[0-5]\d))?\s*(?P<p1>{_MERIDIEM})?\s*(?:-|–|to|until|till)\s*"
    rf"(?P<h2>1[0-2]|0?\d)(?::(?P<m2>[0-5]\d))?\s*(?P<p2>{_MERIDIEM})",
    re.IGNORECASE,
)
"""A span between two clock times, the second with its a.m. or p.m. ("from 11:25 a.m. to 2 p.m.",
"12:00 pm-1:00 pm"); the first needs minutes or "from" ("5-6 pm" may be a score or a count)."""
_CLOCK_SPAN_24 = re.compile(
    r"(?<![\d:.])(?P<h1>[01]?\d|2[0-3])[:.](?P<m1>[0-5]\d)[^\S\n]*(?:-|–|—|to|until)[^\S\n]*"
    r"(?P<h2>[01]?\d|2[0-3])[:.](?P<m2>[0-5]\d)[^\S\n]*(?:hours|hrs)\b",
    re.IGNORECASE,
)
"""A span of the 24-hour clock with both minutes and "hours" after it ("9:27 - 9:50 Hours", "14.00-15.30
hrs"), as records of talks and official programmes write it."""
_MERIDIEM_ANCHOR = re.compile(r"\d[^\S\n]?[aApP]\.?[^\S\n]?[mM]\b")
"""Where a clock span can end: a digit and its "a.m." or "p.m." (a digit first, so a fast scan)."""


_TIME_LABEL = re.compile(r"(?m)^[^\S\n]*Time[^\S\n]*:[^\n]*\Z")
"""The "Time:" line of a record of talks ("Time: 16 April 1955, 12:00 pm-1:00 pm" above "Place:" and
"Persons present:"): its span is the talks' own."""


def _clock_spans(
    text: str, sentences: Sentences, cues: Cues, units: list[tuple[int, int]]
) -> list[DurationMention]:
    """The lengths of the clock-time spans of ``text`` (up to twelve hours) told where a meeting is (its
    sentence or the one before names talks, a meeting, a call): with "a.m." or "p.m." ("from 11:25 a.m. to
    2 p.m.") or in the 24-hour clock of records and official copy ("9:27 - 9:50 hours", "14.00-15.30 hrs")."""
    spans = []
    anchors = [m.span() for m in _MERIDIEM_ANCHOR.finditer(text)]
    timed = [(match, _meridiem_span(match)) for match in windowed(_CLOCK_SPAN, anchors, text, 40, 6)]
    hours = [span for span in units if text[span[0]] in "hH"]
    timed += [(match, _daytime_span(match)) for match in windowed(_CLOCK_SPAN_24, hours, text, 30, 0)]
    timed.sort(key=lambda pair: pair[0].start())
    for match, (first, second) in timed:
        if not 0 < second - first <= 12 * 60:
            continue
        start = match.start("h1")
        index = sentences.index(start)
        label = _TIME_LABEL.search(text, max(0, start - 40), start)
        if label is None and not any(
            cues.within(MEETING_NOUN, i, 0, len(text)) for i in range(max(0, index - 1), index + 1)
        ):
            continue  # "polls open from 9 a.m. to 6 p.m.": a span of no meeting
        kind, cue = duration_kind(text, start, match.end(), sentences, cues)
        if label is not None and kind is DurationKind.UNSPECIFIED:  # a record's "Time:": what took place
            kind, cue = DurationKind.ACTUAL, Cue(start=label.start(), end=label.end(), text=label.group())
        value = DurationRange.exactly(second - first)
        spans.append(
            DurationMention(
                start=start, end=match.end(), text=text[start : match.end()], value=value, kind=kind, cue=cue
            )
        )
    return spans


def _not_the_meeting(text: str, match: re.Match[str], start: int) -> bool:
    """Whether the length at ``match`` is that of something else right after it (a flight, a dinner, a
    video), not a meeting's: a meeting word next ("a 30-minute dinner meeting"), a visit of minutes ("the
    30-minute visit by Mahathir", a call on someone) or a ride the leaders talked through keep it."""
    other = _NOT_THE_MEETING.match(text, match.end())
    if other is None:
        return False
    after = match.end() + len(text[match.end() :]) - len(text[match.end() :].lstrip())
    if MEETING_NOUN.match(text, after) or (match["mm"] and _VISIT_AFTER.match(text, match.end())):
        return False
    return not (other["ride"] and _TALKED_DURING.search(text, max(0, start - 100), start))


def _summit_told(text: str, start: int, sentences: Sentences, cues: Cues) -> bool:
    """Whether the sentence of ``start`` or the one before names a summit, a conference or talks."""
    index = sentences.index(start)
    return any(cues.within(_SUMMIT_TOLD, i, 0, len(text)) for i in range(max(0, index - 1), index + 1))


def _meridiem_span(match: re.Match[str]) -> tuple[int, int]:
    """Minutes after midnight of both ends of a span told with "a.m." or "p.m."; (0, 0), no span, when
    the first time has neither minutes nor "from" ("5-6 pm" may be a score or a count)."""
    if not (match["m1"] or match.group().lower().startswith("from")):
        return 0, 0
    second = _clock(match["h2"], match["m2"], match["p2"])
    first = _clock(match["h1"], match["m1"], match["p1"] or match["p2"])
    if first >= second and not match["p1"]:
        first -= 12 * 60  # "11:25 to 2 p.m.": the morning before
    return first, second


def _daytime_span(match: re.Match[str]) -> tuple[int, int]:
    """Minutes after midnight of both ends of a span of the 24-hour clock ("9:27 - 9:50 hours")."""
    return int(match["h1"]) * 60 + int(match["m1"]), int(match["h2"]) * 60 + int(match["m2"])


def _clock(hour: str, minute: str | None, meridiem: str) -> int:
    """Minutes after midnight of "11:25" with its "a.m." or "p.m."."""
    hours = int(hour) % 12 + (12 if meridiem.lower().startswith("p") else 0)
    return hours * 60 + (int(minute) if minute else 0)


def _habitual(text: str, start: int, sentences: Sentences) -> bool:
    """A habit word between the start of the duration's sentence and the duration."""
    a, _b = sentences.around(start)
    return _HABITUAL.search(text, max(a, start - 120), start) is not None


_OTHER_SUBJECT = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?-i:[A-Z])[\w.-]*['’]s?)\s+)?"
    r"(?:(?!(?i:after|before|following|during|at|on|in|over|since|until|with|by|from|for|of|to|as)\b)[\w-]+\s+){0,2}?"
    r"(?P<noun>(?i:speech|address|lecture|sermon|toast|ceremony|flight|dinner|lunch|luncheon|banquet|concert"
    r"|performance|drive|ride|journey|parade|motorcade))\b(?!\s+(?i:meeting|talks|session|summit)\b)"
)
"""A sentence that opens with a speech, a ceremony, a flight or a meal as its subject ("Castro's speech at
the summit's final ceremony, which was to last seven minutes, stretched out for one hour 20 minutes", "The
flight from Washington took 14 hours"): the lengths it tells are that thing's (a "dinner meeting" is one)."""
_MEETING_VERB = re.compile(r"\b(?:met|meet|meets|talked|spoke|conferred|held)\b", re.IGNORECASE)
"""Who met, between such a subject and a duration, makes the duration the meeting's again."""


def _other_subject(text: str, start: int, sentences: Sentences) -> bool:
    """The duration's sentence opens with a speech, a ceremony, a flight or a meal (its subject), and no verb
    of meeting comes between it and the duration."""
    a, _b = sentences.around(start)
    if start - a > 300:
        return False
    subject = _OTHER_SUBJECT.match(text, a + len(text[a:start]) - len(text[a:start].lstrip()), start)
    return subject is not None and _MEETING_VERB.search(text, subject.end(), start) is None


def _minutes(match: re.Match[str]) -> tuple[int, int] | None:
    def n(group: str) -> float:
        return number_value(match[group])

    def scale(unit: str) -> int:
        return 60 if unit.lower().startswith("h") else 1

    if match["ba"]:
        return round(n("ba") * scale(match["bu"])), round(n("bb") * scale(match["bu"]))
    if match["ra"]:
        low, high = round(n("ra") * scale(match["ru"])), round(n("rb") * scale(match["ru"]))
        if low < high:
            return low, high
        if match.string[match.end("ra") : match.start("rb")] == "-" and not match["ra"][0].isdigit():
            value = round((n("ra") + n("rb")) * scale(match["ru"]))  # "twenty-five minutes"
            return value, value
        return None
    if match["hh"]:
        value = round(n("hh") * 60 + 30)
        return value, value
    if match["half"]:
        return 30, 30
    if match["hourlong"]:
        return 60, 60
    if match["h"]:
        value = round(n("h") * 60 + (30 if match["andhalf"] else 0) + (n("m") if match["m"] else 0))
        return value, value
    if match["another"]:
        value = 60 if match["another"].lower() == "hour" else 1
        return value, value
    days = next((group for group in ("dd", "dd2", "dd3") if match[group]), None)
    if days is not None:
        value = round(n(days) * 24 * 60)
        return value, value
    value = round(n("mm"))
    return value, value


def _range(qualifier: str, minutes: tuple[int, int]) -> DurationRange:
    low, high = minutes
    if low != high:
        return DurationRange.between(low, high, approximate=qualifier in _HEDGED)
    if qualifier in _AT_LEAST:
        return DurationRange.at_least(low)
    if qualifier in _AT_MOST:
        return DurationRange.at_most(low)
    if qualifier in _HEDGED_MAX:
        return DurationRange.at_most(low, approximate=True)
    return DurationRange.exactly(low, approximate=qualifier in _HEDGED)
