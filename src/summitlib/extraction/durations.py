"""Durations: "2 hours and 16 minutes", "more than two hours", "an hour-long session", "four to five hours".

Each becomes a [`DurationRange`][summitlib.DurationRange] of minutes that keeps what was said: a
qualifier right before the number bounds it ("more than", "over", "at least" give a minimum; "less than",
"under", "up to" a maximum; "nearly", "almost" a hedged maximum; "about", "around", "some" a hedged exact
value). Only hours and minutes count: "four months ago" is a date, not a duration. A span followed by
"ago", "later", "earlier", "before", "after", "away" or "late" is a point in time, and one after "every",
"each", "per", "extra" or "additional" is a rate or an increment; neither is proposed.

The kind comes from the nearest cue before the number in the same clause ("scheduled", "expected",
"allotted", "announced", "will last" → scheduled; "lasted", "spent", "remained", "ran" → actual); with no
cue in its own sentence, a duration inherits an expectation cue from the sentence before ("how long they
expected the meeting to last. Peskov announced ..."); failing that, a future word before it in its clause
makes it scheduled, and a meeting word in its sentence ("the 75-minute talks", "a three-hour meeting")
makes it what happened. Otherwise it is unspecified.

Days count only as the length of talks ("two days of talks", "a two-day summit"); the length of a flight,
a dinner, a speech or a visit ("a 12-hour flight") is not proposed.

Examples:
    >>> from summitlib.extraction.durations import find_durations
    >>> found = find_durations("The meeting lasted more than two hours.")
    >>> [(d.text, str(d.value), d.kind.value) for d in found]
    [('more than two hours', '>=120', 'actual')]
    >>> find_durations("They met four months ago.")
    []
"""

from __future__ import annotations

import bisect
import operator
import re

from summitlib.durations import DurationRange
from summitlib.extraction._anchors import unit_anchors
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
    rf"|(?P<hh>{_N})(?:[\s-]+and[\s-]+(?:a[\s-]+)?half|\s+1/2|\s*½)[\s-]+{_HOURS}"
    rf"|(?<![\w-])(?P<hourlong>hour-long)"
    rf"|(?P<half>half\s+an\s+hour|(?:a\s+)?half[\s-]hour)"
    rf"|(?P<h>{_N})[\s-]+{_HOURS}(?P<andhalf>[\s-]+and[\s-]+a[\s-]+half)?(?:-long)?"
    rf"(?:,?\s*(?:and\s+)?(?P<m>{_N})[\s-]+{_MINUTES})?"
    rf"|(?P<mm>{_N})[\s-]+{_MINUTES}(?:-long)?"
    rf"|(?P<dd>{_N})[\s-]+days?(?=\s+of\s+(?:[\w-]+\s+)?(?:talks|meetings|negotiations|discussions|consultations)\b)"
    rf"|(?P<dd2>{_N})-day(?=\s+(?:summit|talks|meeting|negotiations|conference)\b))\b"
    r"(?!\s+(?:ago|later|earlier|away|late|behind|from\s+now|longer\s+than|shorter\s+than)\b)"
    r"(?!\s+to\s+(?:cross|fly|drive|get|reach|travel|arrive|walk|read|prepare|write|load|count)\b)",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(
    r"\b(?P<q>(?:well|just|a\s+little|slightly|a\s+bit)\s+(?:over|under|more\s+than|less\s+than)|more\s+than"
    r"|longer\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|less\s+than|fewer\s+than|shorter\s+than"
    r"|under|at\s+most|up\s+to|no\s+more\s+than|not\s+more\s+than|nearly|almost|close\s+to|about|around"
    r"|roughly|approximately|some|an\s+estimated|barely|only|just)\s+\Z",
    re.IGNORECASE,
)
_SOFTENER = re.compile(r"^(?:well|just|a\s+little|slightly|a\s+bit)\s+(?=\S)")
_HANDSHAKE = re.compile(r"\bhands?\s+(?:\w+\s+){0,2}?for\s+(?:\w+\s+){0,2}?\Z", re.IGNORECASE)
"""A handshake's length ("shook his hand for more than a minute") is not the meeting's."""
_DELAY = re.compile(
    r"\b(?:delayed|held\s+up|late|behind\s+schedule|postponed|kept\s+\w+\s+waiting|waited)\s+(?:\w+\s+){0,2}?"
    r"(?:by\s+|for\s+)?(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?\Z",
    re.IGNORECASE,
)
"""A delay or a wait ("His arrival was delayed for 26 minutes", "kept him waiting for an hour") is no
meeting's length."""
_BEFORE_AFTER = re.compile(r"\s+(?:before|after)\b", re.IGNORECASE)
_FOR_BEFORE = re.compile(
    r"\bfor\s+(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+|around\s+)?\Z",
    re.IGNORECASE,
)
_RATE = re.compile(r"\b(?:every|each|per|extra|additional|another)\s+\Z", re.IGNORECASE)
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
_SCHEDULED = (
    r"scheduled|expected|expecting|planned|allotted|allocated|slated|set\s+(?:to|for)|supposed\s+to|due\s+to"
    r"|was\s+to|were\s+to|penciled|pencilled|billed|announced|originally(?!\s+\w+ed\b)"
    r"|initially(?!\s+\w+ed\b)|intended|budgeted|agreed\s+to"
    r"|will\s+(?:last|take|be)|would\s+(?:last|take|be)|is\s+to|are\s+to|anticipated|planning"
)
_ACTUAL = (
    r"lasted|(?<!will\s)(?<!would\s)(?<!to\s)last(?:ing)?\s+(?:for\s+)?|spent|spending|ran|went\s+on|took|remained|stayed|talked|met\s+for"
    r"|continued|stretched|overran|ended\s+up|closeted|clocked|went\s+over|marathon|after|had"
)
_CUE = re.compile(rf"\b(?:(?P<s>{_SCHEDULED})|(?P<a>{_ACTUAL}))\b", re.IGNORECASE)
_EXPECTATION = re.compile(r"\b(?:expected|scheduled|planned|allotted|supposed)\b", re.IGNORECASE)
_NOT_THE_MEETING = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:flights?|dinners?|lunch|banquet|ceremony|drive|ride|speech|address|presentation"
    r"|read|trip|journey|delay|wait|break|recess|show|concert|tour|walk|lecture|visit|stopover|layover|flight)\b",
    re.IGNORECASE,
)
_MEETING_NOUN = re.compile(
    r"\b(?:meeting|meet|talks?|summit|call|session|conversation|discussions?|tête-à-tête|tete-a-tete|sit-down"
    r"|one-on-one|encounter|negotiations|consultations|lasted|met|talked|spoke|exchange|audience|get-together"
    r"|conferred)\b",
    re.IGNORECASE,
)
_AHEAD = re.compile(r"\b(?:ahead\s+of|for|before|to\s+attend)\s+(?:a|an|the)\s+\Z", re.IGNORECASE)
_KIND_REACH = 400
"""How far from a duration its cues are read, in characters."""
_ON_THE_WAY = re.compile(
    r"\b(?:depart\w*|left|leaves?|leaving|arriv\w*|travel\w*|fl(?:y|ies|ew)|heads?|headed|set\s+off|sets\s+off"
    r"|will|is\s+to|are\s+to|due)\b",
    re.IGNORECASE,
)
_DAYS = re.compile(r"\bdays?\b|-day\b", re.IGNORECASE)
_FUTURE_AFTER = re.compile(r"\b(?:will|would|is\s+to|are\s+to|expected|scheduled|planned)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s+but\b|\bbut\b|\bwhile\b|\bwhereas\b|—|--", re.IGNORECASE)


def find_durations(text: str, sentences: Sentences | None = None) -> list[DurationMention]:
    """Every duration of hours and minutes in ``text``, with its kind."""
    sentences = sentences or Sentences(text)
    found: list[DurationMention] = []
    cues = _Cues(text, sentences)
    for match in _candidates(text):
        before = text[max(0, match.start() - 30) : match.start()]
        if _RATE.search(before) or _HANDSHAKE.search(before) or _DELAY.search(before):
            continue
        minutes = _minutes(match)
        if minutes is None:
            continue
        if _BEFORE_AFTER.match(text, match.end()) and not _FOR_BEFORE.search(
            text, max(0, match.start() - 40), match.start()
        ):
            continue  # "two hours before the summit" is a time ("for two hours before ..." a length)
        start = match.start()
        qualifier = _QUALIFIER.search(before)
        word = " ".join(qualifier["q"].lower().split()) if qualifier else ""
        word = _SOFTENER.sub("", word)  # "slightly over two hours" is over two hours
        if word in {"only", "just"}:
            word = ""
        elif qualifier:
            start = match.start() - len(before) + qualifier.start("q")
        if _NOT_THE_MEETING.match(text, match.end()) and not _MEETING_NOUN.match(
            text, match.end() + len(text[match.end() :]) - len(text[match.end() :].lstrip())
        ):
            continue  # the length of a flight, a dinner or a speech is not the meeting's
        value = _range(word, minutes)
        kind, cue = _kind(text, start, match.end(), sentences, cues)
        found.append(
            DurationMention(
                start=start, end=match.end(), text=text[start : match.end()], value=value, kind=kind, cue=cue
            )
        )
    found.extend(_elided(text, found, sentences))
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
        if not earlier:
            continue
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


def _candidates(text: str) -> list[re.Match[str]]:
    return windowed(_DURATION, unit_anchors(text), text, 45, 30)


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
    if match["dd"] or match["dd2"]:
        value = round(n("dd" if match["dd"] else "dd2") * 24 * 60)
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


_match_start = operator.methodcaller("start")


class _Cues:
    """The cue words of each sentence, found once per sentence and looked up by position (a sentence
    full of durations costs one scan, not one per duration)."""

    def __init__(self, text: str, sentences: Sentences) -> None:
        self.text, self.sentences = text, sentences
        self._found: dict[tuple[int, int], list[re.Match[str]]] = {}

    def within(self, pattern: re.Pattern[str], index: int, start: int, end: int) -> list[re.Match[str]]:
        """The matches of ``pattern`` in sentence ``index`` that lie in ``[start, end)``, in order."""
        key = (id(pattern), index)
        found = self._found.get(key)
        if found is None:
            a, b = self.sentences.spans[index] if self.sentences.spans else (0, len(self.text))
            found = self._found[key] = list(pattern.finditer(self.text, a, b))
        low = bisect.bisect_left(found, start, key=_match_start)
        high = bisect.bisect_right(found, end, lo=low, key=_match_start)
        return [m for m in found[low:high] if m.end() <= end]


def _kind(
    text: str, start: int, end: int, sentences: Sentences, cues: _Cues | None = None
) -> tuple[DurationKind, Cue | None]:
    cues = cues or _Cues(text, sentences)
    ahead = _AHEAD.search(text, max(0, start - 30), start)
    if (
        ahead is not None
        and ahead.group().lower().startswith("for")
        and not _ON_THE_WAY.search(text, max(0, ahead.start() - 80), ahead.start())
    ):
        ahead = None  # "met in Vienna for a two-day summit": what happened ("departed ... for a" is ahead)
    if ahead is not None and _DAYS.search(text, start, end):  # "ahead of the two-day summit"
        return DurationKind.SCHEDULED, Cue(start=ahead.start(), end=ahead.end(), text=ahead.group())
    index = sentences.index(start)
    a, _ = sentences.spans[index] if sentences.spans else (0, len(text))
    a = max(a, start - _KIND_REACH)  # a long sentence costs no more than the words near the duration
    clause_start = a
    for brk in cues.within(_CLAUSE_BREAK, index, a, start):
        clause_start = brk.end()
    before = cues.within(_CUE, index, clause_start, start)
    if before:
        cue = before[-1]
        kind = DurationKind.SCHEDULED if cue["s"] else DurationKind.ACTUAL
        return kind, Cue(start=cue.start(), end=cue.end(), text=cue.group())
    own_start, own_end = sentences.spans[index] if sentences.spans else (0, len(text))
    own_start, own_end = max(own_start, start - _KIND_REACH), min(own_end, end + _KIND_REACH)
    if index > 0 and not cues.within(_CUE, index, own_start, own_end):
        prev_start, prev_end = sentences.spans[index - 1]
        prev_start = max(prev_start, prev_end - _KIND_REACH)
        expectations = cues.within(_EXPECTATION, index - 1, prev_start, prev_end)
        if expectations and not cues.within(_DURATION, index - 1, prev_start, prev_end):
            last = expectations[-1]
            return DurationKind.SCHEDULED, Cue(start=last.start(), end=last.end(), text=last.group())
    future = cues.within(_FUTURE_AFTER, index, clause_start, start)
    if future:
        return DurationKind.SCHEDULED, Cue(
            start=future[0].start(), end=future[0].end(), text=future[0].group()
        )
    noun = cues.within(_MEETING_NOUN, index, own_start, own_end)
    if noun:  # "the 75-minute talks": what happened, unless the text says otherwise
        return DurationKind.ACTUAL, Cue(start=noun[0].start(), end=noun[0].end(), text=noun[0].group())
    return DurationKind.UNSPECIFIED, None
