"""The kind of a duration: what was scheduled, what happened, or unspecified (see ``durations``).

The nearest cue before the duration in its clause decides ("scheduled", "could last", "to meet" →
scheduled, and so are talks under way: "are having two days of talks"; "lasted", "spent", "exchanged for",
"exchanged views" → actual); then an expectation in the sentence before, a future word before it, a future
predicate of the noun phrase it opens ("The three days of meetings are to") or of the main clause after the
phrase that opens its sentence ("During their four days of meetings here, the heads of state are expected
to"), days of talks just begun or about to begin ("kicked off two days of talks", "three-day meetings
starting tomorrow", "Arriving for a historic three-day summit"), and a meeting word in its sentence (what
happened).
"""

from __future__ import annotations

import bisect
import operator
import re

from summitlib.extraction._main_clause import LENGTH_OPENING, main_clause_plan
from summitlib.extraction._pattern_forms import guarded
from summitlib.extraction._text import Sentences
from summitlib.extraction._types import Cue, DurationKind

__all__ = ["MEETING_NOUN", "Cues", "duration_kind"]

_SCHEDULED = (
    r"scheduled|expected|expecting|planned|allotted|allocated|slated|slotted|timetabled|set\s+(?:to|for)"
    r"|supposed\s+to|due\s+to"
    r"|was\s+to|were\s+to|penciled|pencilled|billed|announced|originally(?!\s+\w+ed\b)"
    r"|initially(?!\s+\w+ed\b)|intended|budgeted|agreed\s+to"
    r"|will\s+(?:last|take|be)|would\s+(?:last|take|be)|is\s+to|are\s+to|anticipated|planning"
    r"|(?:could|may|might|should|can)\s+(?:last|take)|(?:begins?|starts?|opens?)\s+(?:\w+\s+){0,3}?and\s+last"
    r"|(?:is|are)\s+(?:now\s+)?(?:having|holding)"
    r"|(?<!scheduled\s)(?<!expected\s)(?<!planned\s)(?<!due\s)(?<!set\s)to\s+(?:meet|confer|hold\s+talks)"
)
_ACTUAL = (
    r"lasted|(?<!will\s)(?<!would\s)(?<!to\s)(?<!could\s)(?<!may\s)(?<!might\s)(?<!should\s)(?<!can\s)"
    r"last(?:ing)?\s+(?!(?:week|month|year|night|time|weekend|summer|winter|spring|autumn|fall)\b)(?:for\s+)?|spent|spending|ran|went\s+on|took|remained|stayed|talked|chatted|exchanged\s+views|met\s+for"
    r"|continued|stretched|overran|ended\s+up|closeted|clocked|went\s+over|marathon|after|had"
    r"|(?:meets|met|exchanged|conferred|chatted|huddled|sat\s+down)\s+(?:[\w'’-]+\s+){0,3}?for"
)
_CUE = guarded(re.compile(rf"\b(?:(?P<s>{_SCHEDULED})|(?P<a>{_ACTUAL}))\b", re.IGNORECASE))
_EXPECTATION = re.compile(r"\b(?:expected|scheduled|planned|allotted|supposed)\b", re.IGNORECASE)
MEETING_NOUN = re.compile(
    r"\b(?:meeting|meet|talks?|summit|call|session|conversation|discussions?|tête-à-tête|tete-a-tete|sit-down"
    r"|one-on-one|encounter|negotiations|consultations|lasted|met|talked|spoke|exchange|audience|get-together"
    r"|conferred)\b",
    re.IGNORECASE,
)
_AHEAD = re.compile(
    r"\b(?:ahead\s+of|for|before|to\s+attend|on\s+the\s+eve\s+of|at\s+the\s+(?:start|opening|beginning|outset)\s+of"
    r"|on\s+the\s+(?:first|opening)\s+day\s+of)\s+(?:a|an|the|his|her|their)\s+(?:[a-z]+\s+)?\Z",
    re.IGNORECASE,
)
"""Before days of talks not yet run ("ahead of the two-day summit", "At the start of a three-day summit
meeting", "on the first day of his three-day visit", "Arriving for a historic three-day summit"): their
length is what is planned."""
_KIND_REACH = 400
"""How far from a duration its cues are read, in characters."""
_ON_THE_WAY = re.compile(
    r"\b(?:depart\w*|left|leaves?|leaving|arriv\w*|travel\w*|fl(?:y|ies|ew)|heads?|headed|set\s+off|sets\s+off"
    r"|will|is\s+to|are\s+to|due)\b",
    re.IGNORECASE,
)
_DAYS = re.compile(r"\bdays?\b|-day\b", re.IGNORECASE)
_OPENING = re.compile(
    r"\b(?:kick(?:ed|s)?\s+off|beg[ia]n|begins|opened|opens|started|starts)\s+(?:\w+\s+){0,2}?\Z",
    re.IGNORECASE,
)
_STARTING = re.compile(
    r"(?:\s+[\w-]+){0,6}?\s+(?:starting|beginning|opening|from)\s+(?:on\s+)?(?:tomorrow|next|later|today)\b",
    re.IGNORECASE,
)
"""Days of talks just begun or about to begin: their length is what is planned."""
_FUTURE_AFTER = re.compile(r"\b(?:will|would|is\s+to|are\s+to|expected|scheduled|planned)\b", re.IGNORECASE)
_TOLD_IN_PAST = re.compile(
    r"\b(?!(?:scheduled|expected|planned|proposed|intended|allotted)\b)(?:[a-z]{3,}ed|was|were|had|met|spent|took)\b"
)
"""A past-tense verb after a duration its sentence gives no other cue for: the sentence tells what
happened."""
_PAST_VERB = re.compile(
    r"\b(?!(?:scheduled|expected|planned|proposed|intended|allotted|mentioned|suggested|estimated|predicted"
    r"|reported|indicated|stated|added|noted|claimed|forecast|guessed|speculated)\b)(?:[a-z]{3,}ed|met|spent|took)\b"
)
"""A past-tense verb before a duration: its sentence tells what happened, and takes no expectation from the
sentence before ("a ministerial meeting scheduled for Saturday. They proceeded to hold an hour-long
meeting"); a verb of saying reports the expectation ("One side mentioned 30 minutes")."""
_FUTURE_PREDICATE = re.compile(
    r"(?:[^\S\n]+(?!(?:and|but|or|then|so|after|before|when|while|as)\b)[\w’'-]+){0,3}?[^\S\n]+"
    r"(?P<plan>will|(?:is|are)\s+(?:to|due\s+to|set\s+to|expected\s+to|scheduled\s+to|planned\s+to))\b",
    re.IGNORECASE,
)
"""The future predicate of the noun phrase a duration opens ("The three days of meetings are to remove
obstacles", "the 90-minute meeting will be followed by lunch"): its length is what is planned; not past
a conjunction ("met for two hours and will meet again")."""
_COMMA = re.compile(r",\s*")
_CLAUSE_BREAK = re.compile(r";|,\s+but\b|\bbut\b|\bwhile\b|\bwhereas\b|—|--", re.IGNORECASE)


_match_start = operator.methodcaller("start")


class Cues:
    """The cue words of each sentence, found once per sentence and looked up by position (a sentence
    full of durations costs one scan, not one per duration). ``durations`` is the pattern of a duration
    (a sentence that has one gives no expectation to the next)."""

    def __init__(self, text: str, sentences: Sentences, durations: re.Pattern[str]) -> None:
        self.text, self.sentences, self.durations = text, sentences, durations
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


def _taken_by_another(text: str, cue_end: int, start: int, index: int, cues: Cues) -> int | None:
    """Where the clause of a duration begins when the expectation cue before it is another duration's, told
    between them and closed by a comma ("Originally scheduled for 90 minutes, much of the two-hour
    tete-a-tete focused on": the two hours are what happened); None when the cue is its own."""
    other = cues.within(cues.durations, index, cue_end, start)
    if not other:
        return None
    comma = _COMMA.search(text, other[-1].end(), start)
    return comma.end() if comma is not None else None


def _future_main_clause(text: str, sentence_start: int, start: int, end: int) -> re.Match[str] | None:
    """The future verb of the main clause when the duration is in the phrase that opens its sentence
    ("During their four days of meetings here, the heads of state are expected to discuss")."""
    opening = text[sentence_start:start].lstrip()
    if LENGTH_OPENING.fullmatch(opening) is None:
        return None
    return main_clause_plan(text, end, len(text))


def duration_kind(
    text: str, start: int, end: int, sentences: Sentences, cues: Cues
) -> tuple[DurationKind, Cue | None]:
    """The kind of the duration at ``[start, end)`` of ``text``, and the cue that tells it."""
    ahead = _AHEAD.search(text, max(0, start - 40), start)
    if (
        ahead is not None
        and ahead.group().lower().startswith("for")
        and not _ON_THE_WAY.search(text, max(0, ahead.start() - 80), ahead.start())
    ):
        ahead = None  # "met in Vienna for a two-day summit": what happened ("departed ... for a" is ahead)
    if ahead is not None and _DAYS.search(text, start, end):  # "ahead of the two-day summit"
        return DurationKind.SCHEDULED, Cue(start=ahead.start(), end=ahead.end(), text=ahead.group())
    if _DAYS.search(text, start, end):
        opening = _OPENING.search(text, max(0, start - 40), start) or _STARTING.match(text, end)
        if opening is not None:  # "kicked off two days of talks", "three-day meetings starting tomorrow"
            return DurationKind.SCHEDULED, Cue(start=opening.start(), end=opening.end(), text=opening.group())
    index = sentences.index(start)
    a, _ = sentences.spans[index] if sentences.spans else (0, len(text))
    a = max(a, start - _KIND_REACH)  # a long sentence costs no more than the words near the duration
    clause_start = a
    for brk in cues.within(_CLAUSE_BREAK, index, a, start):
        clause_start = brk.end()
    before = cues.within(_CUE, index, clause_start, start)
    if before and before[-1]["s"]:
        taken = _taken_by_another(text, before[-1].end(), start, index, cues)
        if taken is not None:  # "Originally scheduled for 90 minutes, much of the two-hour tete-a-tete"
            clause_start = taken
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
        if (  # not after a past verb of its own: "They proceeded to hold an hour-long meeting"
            expectations
            and not cues.within(cues.durations, index - 1, prev_start, prev_end)
            and not _PAST_VERB.search(text, clause_start, start)
        ):
            last = expectations[-1]
            return DurationKind.SCHEDULED, Cue(start=last.start(), end=last.end(), text=last.group())
    future = cues.within(_FUTURE_AFTER, index, clause_start, start)
    if future:
        return DurationKind.SCHEDULED, Cue(
            start=future[0].start(), end=future[0].end(), text=future[0].group()
        )
    planned = _FUTURE_PREDICATE.match(text, end) or _future_main_clause(text, a, start, end)
    if planned is not None:  # "The three days of meetings are to remove obstacles": what is planned
        return DurationKind.SCHEDULED, Cue(
            start=planned.start("plan"), end=planned.end("plan"), text=planned["plan"]
        )
    noun = cues.within(MEETING_NOUN, index, own_start, own_end)
    if noun:  # "the 75-minute talks": what happened, unless the text says otherwise
        return DurationKind.ACTUAL, Cue(start=noun[0].start(), end=noun[0].end(), text=noun[0].group())
    told = _TOLD_IN_PAST.search(text, end, min(own_end, end + 120))
    if told is not None:  # "For 48 hours, the superpowers transformed the island": what happened
        return DurationKind.ACTUAL, Cue(start=told.start(), end=told.end(), text=told.group())
    told = _TOLD_IN_PAST.search(text, clause_start, start) if index > 0 else None
    if told is not None:
        prev_start, prev_end = sentences.spans[index - 1]
        talks = cues.within(MEETING_NOUN, index - 1, max(prev_start, prev_end - _KIND_REACH), prev_end)
        if talks:  # "settled into private talks. They were undisturbed for 55 minutes": what happened
            return DurationKind.ACTUAL, Cue(start=told.start(), end=told.end(), text=told.group())
    return DurationKind.UNSPECIFIED, None
