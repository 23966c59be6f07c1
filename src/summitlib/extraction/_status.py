"""The words of news copy that say whether a meeting happened, and whether it was a call.

Statuses are read in the clause around the meeting word, negations first: "postponed" and "cancelled"
anywhere in the sentence win (they undo whatever else it says), then "ruled out" and "no plans to meet",
then the cue nearest to the meeting word among hypothetical ("if they met"), proposed ("invited"),
possible ("may meet"), planned ("will meet", "scheduled") and held ("met", "held talks", "hosted").
A call is a phone or video call when the sentence says so ("spoke by phone", "video conference").
Readings that revise the nearest cue (a condition, a doubt, a plan the article's lead undoes) live in
``_status_revisions``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from summitlib.extraction._main_clause import OPENING_PREPOSITION, main_clause_plan
from summitlib.extraction._pattern_forms import alternatives, any_of_guarded, folded, guarded
from summitlib.extraction._status_revisions import refusal_undone_by_lead, revised_status, undone_by_lead
from summitlib.extraction._types import Cue, PersonMention
from summitlib.model import MeetingFormat, MeetingStatus

__all__ = ["CALL", "HAS_SPOKEN", "call_format", "call_kind", "guarded", "meeting_status", "relative_clause"]
# ``guarded`` lives in ``_pattern_forms``; it is named here too for the modules that import it from here.

_I = re.IGNORECASE

_NOT_A_MEETING_PUT_OFF = (
    r"(?!\s+(?:all\s+|any\s+|further\s+|a\s+|the\s+|their\s+|his\s+|her\s+)?(?:questions?|comments?|decisions?"
    r"|action|judge?ments?|votes?|payments?|repl(?:y|ies)|answers?|responses?|ratification|implementation"
    r"|elections?|withdrawal|debate|details)\b)"
)
"""What is put off when it is no meeting ("made brief statements before their meeting but deferred
questions until later", "delayed a decision"): no postponed meeting."""
_OVERRIDING: list[tuple[MeetingStatus, re.Pattern[str]]] = [
    (
        MeetingStatus.POSTPONED,
        re.compile(
            r"(?:(?<!-)\bpostpon(?:e|es|ed|ing|ement)\b|\bput\s+off\b|\bputs\s+off\b|(?<!-)\bdelay(?:s|ed|ing)?\b"
            rf"|\bdefer(?:s|red|ring)?\b){_NOT_A_MEETING_PUT_OFF}"
            r"|\breschedul(?:e|ed|es|ing)\b|\bpushed\s+back\b|\bpush\s+back\s+the\b"
            r"|\b(?:put|puts|putting|placed|was|were|is|are|remains?)\s+on\s+hold\b|\bshelved\b",
            _I,
        ),
    ),
    (
        MeetingStatus.CANCELLED,
        re.compile(
            r"\bcancel(?:l?ed|s|l?ing|lation)?\b|\bcalled\s+off\b|\bcalls?\s+off\b|\bcalling\s+off\b"
            r"|\bscrap(?:s|ped|ping)?\b|\baxed\b|\bscrubbed\b|\bpulled\s+out\s+of\b|\bmeeting\s+off\b"
            r"|\bsummit\s+off\b|\btalks\s+off\b"
            r"|\b(?:withdr[ae]w[ns]?|withdrawing|rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing))\s+(?:(?:his|her|their|its|the|an|a)\s+)?invitation\b"
            r"|\b(?:stopped|blocked|scuttled|torpedoed|nixed|vetoed)\s+(?:a|the|an)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:meeting|summit|talks|visit|encounter)\b"
            r"|\bhad\s+been\s+(?:scheduled|planned|set|slated|due)\s+(?:to\s+take\s+place\s+)?(?:for|on)\s+"
            r"(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
            r"|\b(?:was|were)\s+(?:supposed|meant)"
            r"\s+to\b|\b(?:was|were)\s+to\s+have\b(?!\s+(?:a|an|talks)\b)"
            r"(?!\s+(?:taken\s+up|discussed|dealt\s+with|addressed|tackled|focused\s+on|examined)\b)",
            # a plan that did not happen ("was to have met"; not "was to have a meeting", nor the issues a
            # meeting "was to have taken up": its agenda, which a meeting that breaks down leaves undone too)
            _I,
        ),
    ),
    (
        MeetingStatus.RULED_OUT,
        re.compile(
            r"(?<!\bnot\s)(?<!n['’]t\s)(?<!\bnot\sbeen\s)(?<!n['’]t\sbeen\s)(?<!not\sbe\s)(?<!n['’]t\sbe\s)\b(?:ruled?|rules|ruling)\s+out\b|\b(?:will|would|did|does|do)\s+not\s+meet\b"
            r"|\b(?:won['’]t|didn['’]t|doesn['’]t|don['’]t|wouldn['’]t)\s+meet\b|\bno\s+(?:(?:concrete|firm|immediate|specific|fixed|current)\s+)?plans?['’\"”]?\s+(?:for|to)\b"
            r"|\bnot\s+(?:going\s+to|planning\s+to|expected\s+to|scheduled\s+to)\s+(?:meet|hold|visit)\b"
            r"|\b(?:do|does|did)\s*(?:not|n['’]t)\s+(?:plan|intend|expect|want)\s+to\s+(?:meet|hold|visit|see|talk)\b"
            r"|\bno\s+intention\s+(?:of|to)\s+(?:meet|meeting|hold|holding|visit|visiting|see|seeing|talk|talking)\b"
            r"|\bthere\s+(?:was|will\s+be|is)\s+no\s+(?:meeting|summit|talks)\b|\bno\s+(?:meeting|summit)\s+"
            r"(?:is|was|has\s+been)\s+(?:planned|scheduled)\b|\b(?:declined|refused)\s+to\s+meet\b"
            r"|\bclose\s+the\s+door\s+on\b|\bno\s+formal\b|\bnot\s+on\s+the\s+(?:agenda|schedule)\b"
            r"|\bnot\s+(?:to\s+)?(?:have|hold)\s+(?:a|the|any)\s+(?:[\w-]+\s+)?(?:meeting|summit|talks)\b"
            r"|\b(?:did|have|has|had)\s+not\s+(?:yet\s+)?(?:hold|held|have|had|spoken|talked|met)\b(?![^.;:]{0,50}\bsince\b)"
            r"|\bno\s+(?:[\w-]+\s+){0,2}(?:talks|meetings?|summit)\s+(?:will|would|is\s+to)\s+(?:take\s+place|be\s+held)\b"
            r"|\bdecided\s+not\s+to\s+(?:engage|meet|hold|have|accept)\b"
            r"|\b(?:have|has|had)\s+(?:yet\s+)?to\s+meet\b|\bnot\s+yet\s+(?:met|spoken|talked)\b"
            r"|\b(?:lack|absence)\s+of\s+(?:a|any)\s+(?:[\w-]+\s+)?(?:meeting|talks|summit|encounter)\b"
            r"|\bno-show\b|\b(?:will|would|did|does)\s+not\s+attend\b|\b(?:won['’]t|didn['’]t)\s+attend\b"
            r"|\bskip(?:s|ped|ping)?\s+(?:the|a|this|next)\b"
            r"|\b(?:declined|declines|rejected|rejects|turned\s+down|turns\s+down)\s+(?:an|the|a)\s+(?:invitation|offer|request|proposal)\b"
            r"|\bden(?:y|ies|ied|ying)\s+(?:the\s+)?(?:reports?|claims?|rumou?rs?)\b"
            r"|\b(?:not|n['’]t)\s+(?:be\s+)?(?:able|possible)\b|\bunable\s+to\s+(?:meet|see|hold|visit)\b"
            r"|\b(?:could|can)\s*(?:not|n['’]t)\s+(?:meet|see|hold|visit)\b|\bno\s+interest\s+in\b"
            r"|\bnot\s+(?:suggesting|proposing|seeking|contemplating)\b"
            r"|\b(?:will|would|did|does|shall)\s+not\s+take\s+place\b|\b(?:won['’]t|wouldn['’]t|didn['’]t)\s+take\s+place\b"
            r"|\b(?:(?:will|would|shall)\s+not|won['’]t|wouldn['’]t)\s+be\s?held\b"
            r"(?!\s+(?:in|at|until|before|till)\b)",  # "beheld": OCR; "not be held in Cairo but": elsewhere
            _I,
        ),
    ),
]

HAS_SPOKEN = r"\b(?:has|have)\s+(?:(?:already|also|now|just)\s+)?spoken\b"
"""Who "has spoken with" another (a held meeting; with no place, occasion or word of meeting in person, a
call: `_meeting_details`)."""
_IF_REPORTS_TRUE = (
    r"(?!\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:reports?|accounts?|claims?|rumou?rs?)\s+"
    r"(?:are|is|were|was|prove|proves|proved)\s+(?:true|correct|accurate|right)\b)"
)
"""After "if": a condition on a report ("If reports are true that Peres met Hussein"), which reports the
meeting rather than imagining it."""
_NEAREST: list[tuple[MeetingStatus, re.Pattern[str]]] = [
    (
        MeetingStatus.HYPOTHETICAL,
        re.compile(
            rf"\bif\b{_IF_REPORTS_TRUE}[^.;]{{0,60}}\b(?:met|meet|were\s+to)\b|\bwere\s+(?:he|they)\s+to\s+meet\b",
            _I,
        ),
    ),
    (
        MeetingStatus.PROPOSED,
        re.compile(
            r"(?<!at\sthe\s)(?<!on\sthe\s)\binvit(?:e|es|ed|ing|ation)\b|\bpropos(?:e|es|ed|al)\b|\boffer(?:s|ed)?\s+(?:to\s+(?:meet|hold|host)"
            r"|talks)\b|\bsuggest(?:s|ed)?\s+(?:a\s+)?(?:meeting|summit|talks)\b|\bcall(?:s|ed)?\s+for\s+"
            r"(?:a\s+)?(?:meeting|summit|talks)\b|\b(?:asked|requested|sought)\s+(?:for\s+)?(?:a\s+)?"
            r"(?:meeting|summit|talks)\b|\b(?:desire|wish|eagerness|readiness)\s+(?:for|to)\b"
            r"|\b(?:is|are|was|were|be)\s+(?:(?:most|very|always|more\s+than)\s+)?welcome\s+(?:to\s+(?:visit|come)|whenever|any\s*time)\b",
            _I,
        ),
    ),
    (
        MeetingStatus.POSSIBLE,
        re.compile(
            r"\b(?<!\bas\s)possib(?:le|ly|ility|ilities)\b|\bmight\b(?!\s+last\b)|(?-i:\bmay\s+(?:meet|hold|visit|be|have|also))\b|\bcould\b(?!\s+last\b)"
            r"|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:scheduled|set|fixed|determined|decided)\b|\bno\s+date\b"
            r"|(?<!\bearliest\s)(?<!\bfirst\s)(?<!\btook\sthe\s)(?<!\bseized\sthe\s)\bchance\b|\blikely\b|(?:not|n['’]t)\s+(?:been\s+|be\s+)?(?:ruled?|rules|ruling)\s+out\b|\bperhaps\b|\btalk\s+of\s+an?\s+(?:meeting|summit)\b"
            r"|\bpotential\s+(?:(?:[\w-]+\s+)?(?:meeting|summit|talks|visit|call|encounter))\b|\bhop(?:e|es|ed|ing)\s+to\s+"
            r"(?:meet|hold|visit|host)\b|\bhopes?\s+(?:of|for)\s+an?\b|\bconsider(?:s|ed)?\b|(?-i:\bconsidering)\b|\bspeculat(?:e|es|ed|ing)\b|\brumou?red\b"
            r"|\b(?:speculations?|rumou?rs?)\s+(?:of|about|over|on)\s+(?:(?:an?|the|their|his|her|possible)\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:meeting|summit|talks|visit|trip|encounter)\b"
            r"|\bexplor(?:e|es|ed|ing)\b|\bany\s+eventual\b"
            r"|\bopen\s+to\b|\bas,?\s+and\s+when\b|\b(?:willing|ready|prepared)\s+to\s+(?:meet|hold|talk|sit)\b|\bprospects?\b",
            _I,
        ),
    ),
    (
        MeetingStatus.PLANNED,
        re.compile(
            r"\bwill\s+(?:meet|hold|sit|host|visit|travel|talk|attend|go|be|have|receive)\b"
            r"|\bwould\s+(?:meet|hold|host|visit|travel|attend|receive|take\s+place)\b"
            r"|\bwould\s+be\s+(?:[a-z]+ly\s+)?(?!(?:pleased|delighted|interested|prepared|honou?red|surprised)\b)[a-z]+ed\b"
            r"|\bwould\s+be\s+held\b"
            r"|\bwould\s+(?:soon\s+|also\s+|then\s+|now\s+)?be\s+(?:making|paying|visiting|meeting|holding"
            r"|hosting|travell?ing|attending|going|coming|receiving|flying)\b"
            r"|\bwill\s+(?:soon|also|then|now)\s+be\s+(?:making|paying|visiting|meeting|holding"
            r"|hosting|travell?ing|attending|going|coming|receiving|flying)\b"
            r"|\b(?:is|are|was|were)\s+(?:due\s+)?to\s+(?:meet|hold|visit|host|travel|attend|receive|have\s+(?:a|an|talks)\b"
            r"|take\s+place|be\s+held)\b"
            r"|(?<!\bthan\s)(?<!\bfinal\s)(?<!\blast\s)\bscheduled\b|\bplan(?:s|ned)?\s+to\b|\bplans\s+for\s+(?:the|a|an|their|his|her)\b|(?<!\bthan\s)\bplanned\b|\bset\s+to\b|\bdue\s+to\b|\bupcoming\b"
            r"|(?<!\bthan\s)\bexpected\s+to\b|\bslated\b|\bahead\s+of\b|\bprepar(?:e|es|ing)\s+(?:for|to)\b|\bforthcoming\b"
            r"|\bto\s+meet\b|\bto\s+hold\b|\bto\s+visit\b|\bto\s+see\b|\b(?:to|will)\s+be\s+held\b|\bheads?\s+(?:to|for)\b|\bnext\s+(?:week|month|year)\b"
            r"|\baccept(?:s|ed|ing)?\s+(?:(?:an|the|a|his|her|their|(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w-]*['’]s)\s+)?(?:[\w-]+\s+)?invitation\b"
            r"|\b(?:is|are)\s+due\s+(?:in|at|for)\b|\bagreed\s+to\s+(?:meet|hold)\b|\bset\s+(?:a\s+)?date\b|\bsetting\s+a\s+date\b|\barriv(?:e|es)\b"
            r"|\b(?:is|are)\s+in\s+(?!(?:a|an|the|talks|his|her|their|office|power|charge)\b)(?:[\w'’-]+\s+){1,3}?(?:(?:this|on)\s+\w+\s+)?for\s+(?:an?\s+|the\s+)?"
            # "is in Bali for a meeting" (not "for a visit": a visit there is under way)
            r"(?:[\w-]+\s+){0,2}(?:talks|meetings?|summit)\b"
            # "arrived in Washington today for talks with": the talks are still to come
            r"|\barrived\s+(?:here\s+|there\s+)?in\s+(?:[\w'’.-]+\s+){1,3}?(?:(?:today|tonight|yesterday|on\s+\w+|this\s+\w+)\s+)?"
            r"for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:talks|meetings?|summit)\b",
            _I,
        ),
    ),
    (
        MeetingStatus.HELD,
        re.compile(
            r"\bmet\b|\bmeets\b|\bshook\s+hands\b|\bshakes?\s+hands?\b|(?<!\bbe\s)(?<!\bbeing\s)\bheld\b|\bholds\b|\blasted\b|\bspent\b"
            r"|\bsat\s+(?:down|face)\b|\btalked\b|(?<!\bbe\s)\bdiscussed\b|\bhad\b|\bvisited\b|\bhosted\b|\bhosts\b|\bkicked\s+off\b"
            r"|\bwas\s+held\b|\bended\b|\bagreed\b|\breceived\b|\breceives\b|\bspoke\b|\bspeaks\b|\bsigned\b|\bgreeted\b|\bgreets\b"
            r"|\bhugs?\b|\bhugged\b|\bwelcomed\b|\bwelcomes\b|\bconcluded\b|\bwrapped\s+up\b|\bhails?\b"
            r"|\bhailed\b|\bafter\s+(?:their|the|a|his|her|meeting|talks|talking|speaking|holding|hosting)\b"
            r"|(?-i:\bafter\s+[A-Z][\w-]*['’]s\s+(?:talks|meeting|visit|call|summit))\b"
            r"|\bfollowing\s+(?:a|an|the|their|his|her|talks|meeting)\b|\bduring\s+(?:their|the|a|his|her)\b"
            r"|\bunderway\b|\bunder\s+way\b|(?-i:\bAt\s+the\s+end\s+of)\b|\b(?:is|are)\s+now\s+in\s+(?:a|the)\b|\bbegan\b|\bbegun\b(?!\s+(?:preparations?|preparing|planning|to\s+(?:plan|prepare))\b)|\bopened\b|\bcalled\b|\bphoned\b|\btelephoned\b"
            r"|\breaffirmed\b|\bexchanged\b|\bstressed\b|\bsaid\s+after\b|\bthank(?:ed|s)\s+(?:[\w'’-]+\s+){0,5}?for\s+(?:the|a|his|her|their)\s+(?:(?:warm|cordial|generous|kind)\s+)?(?:welcome|hospitality|reception)\b|\bsaid\s+(?:at|during)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?:news|press)\s+conference\b|\bvisits\b|\btook\s+place\b"
            r"|\bconferred\b|\bentertained\b|\bhad\s+(?:lunch|dinner|breakfast)\b"
            # "has used a meeting with Morrison to publicly remind him": the meeting served, so it took place
            r"|\bused\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|summit|visit|call|trip"
            r"|encounter)\b"
            rf"|{HAS_SPOKEN}"
            r"|\bin\s+(?:his|her|their)\s+(?:meeting|meetings|talks|conversation|call)\s+with\b"
            r"|\bafter\s+(?:[\w/.-]+\s+){1,4}?of\s+(?:talks|meetings|discussions|negotiations)\b"
            r"|\b(?:was|were|am|is)\s+(?:happy|pleased|glad|delighted|honou?red)\s+to\s+(?:meet|receive|host|welcome)\b"
            r"|\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:hosting|meeting|receiving|welcoming|holding|undertaking|paying)\b"
            r"|\b(?:past|previous|earlier|prior)\s+(?:meetings?|talks|summits?|encounters?|visits?|calls?)\b"
            r"|\bmade\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:call|visit|trip)\b"
            # a judgement of the meeting ("declared themselves well pleased with the meeting"): it took place
            r"|(?<!\bbe\s)\b(?:pleased|satisfied|disappointed|encouraged|dissatisfied)\s+(?:with|by)\s+(?:the|their|this|his|her)\s+"
            r"(?:[\w-]+\s+){0,2}(?:meeting|talks|summit|visit|discussions?|conversation|call)\b",
            _I,
        ),
    ),
]

CALL = re.compile(
    r"(?=\b)(?:\b(?:tele)?phon(?:e|ic)(?:d|\s+call|\s+calls|\s+conversations?|\s+talks?)?\b|\bby\s+(?:tele)?phone\b"
    r"|\bdiall?ed\b|\b(?:by|via|over)\s+(?:an?\s+)?(?:(?:encrypted|secure|closed|live|private)\s+)?video(?:link)?\b|\b(?:video\s+)?teleconferenc\w*"
    r"|\bonline\s+(?:[\w+-]+\s+){0,3}?(?:summits?|meetings?|talks|conferences?)\b"
    r"|\bvideo\s*(?:calls?|conferences?|links?|chats?|summits?|talks?)\b|\bvideoconferenc\w*\b|\bvirtual"
    r"\s+(?:summits?|meetings?|talks|calls?|conferences?)\b|\bvirtually\b|(?<!courtesy\s)\bcalls?\s+with\b"
    r"|\b(?:held|had|on)\s+a\s+call\b|(?<!courtesy\s)\bthe\s+call\b|\bcallers\b"
    r"|\b(?:condolence|congratulatory|congratulation)\s+(?:phone\s+)?calls?\b)",
    _I,
)
"""Words that make a meeting a call."""

_VIDEO = re.compile(r"video|virtual|online", _I)


_LEADING = re.compile(r"\\b|\(\?<!(?:[^()\\]|\\.)*\)|\(\?-i:")


def _literal_start(alternative: str) -> str:
    """The letters an alternative must start with ("possib" of "possib(?:le|ly)"), lower-cased."""
    rest = alternative
    while (lead := _LEADING.match(rest)) is not None and lead.group():
        rest = rest[lead.end() :]
    letters = re.match(r"[A-Za-z]+", rest)
    if letters is None:
        return ""
    word = letters.group()
    if rest[letters.end() : letters.end() + 1] in {"?", "*", "{"}:
        word = word[:-1]
    return word.lower()


def _index(
    groups: list[tuple[MeetingStatus, re.Pattern[str]]],
) -> tuple[dict[str, list[tuple[int, re.Pattern[str]]]], list[tuple[int, re.Pattern[str]]]]:
    """Each alternative of each status pattern, filed under its first two letters (or kept aside)."""
    by_start: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    aside: list[tuple[int, re.Pattern[str]]] = []
    for rank, (_, pattern) in enumerate(groups):
        for alternative in alternatives(pattern.pattern):
            compiled = re.compile(alternative, _I)
            start = _literal_start(alternative)
            if len(start) >= 2:
                by_start.setdefault(start[:2], []).append((rank, compiled))
            else:
                aside.append((rank, compiled))
    return by_start, aside


_BY_START, _ASIDE = _index(_NEAREST)
_ANY_ASIDE = any_of_guarded(pattern for _, pattern in _ASIDE)  # a guard or two, not one per alternative
_ASIDE = [(rank, guarded(pattern)) for rank, pattern in _ASIDE]
_OVERRIDING_GUARDED = [(status, guarded(pattern)) for status, pattern in _OVERRIDING]
CALL = guarded(CALL)
"""The nearest-cue vocabulary, indexed so that a window is read word by word, not pattern by pattern;
the patterns read across a window are first looked for all at once (most windows have none)."""
_FOLDED = (
    [(status, folded(pattern)) for status, pattern in _OVERRIDING_GUARDED],
    tuple(folded(pattern) for pattern in _ANY_ASIDE),
    [(rank, folded(pattern)) for rank, pattern in _ASIDE],
)
_AS_WRITTEN = (_OVERRIDING_GUARDED, _ANY_ASIDE, _ASIDE)
"""The patterns read across a window, for the lower-cased text (folded) and for the text itself."""


def _word_starts(keys: Iterable[str]) -> re.Pattern[str]:
    """The start of a word whose first two ASCII letters, lower-cased, are one of ``keys``."""
    seconds: dict[str, set[str]] = {}
    for key in keys:
        seconds.setdefault(key[0], set()).update((key[1], key[1].upper()))
    heads = [f"[{first}{first.upper()}][{''.join(sorted(rest))}]" for first, rest in sorted(seconds.items())]
    firsts = "".join(sorted({*seconds, *(first.upper() for first in seconds)}))
    return re.compile(rf"(?=[{firsts}])\b(?:{'|'.join(heads)})")


_WORD_START = _word_starts(_BY_START)
"""Where a word can start a nearest cue: only those words are looked up (a window has ~70 words)."""


def _joined(key: str) -> tuple[re.Pattern[str], tuple[int, ...]]:
    """The alternatives filed under the first two letters ``key`` as one pattern, ``(a)|(b)|...`` by rank
    (in their order within one), and the rank of each group: its match at a word is the first
    alternative's that matches there, which is the cue ``_nearest_cues`` keeps of those starting at that
    word (the leftmost, then the lowest rank, then the first listed), found by one match instead of one per
    alternative. Compiled at first use (``_JOINED``): a text reads some of the 59 keys."""
    patterns = sorted(_BY_START[key], key=lambda item: item[0])
    if any(pattern.groups for _, pattern in patterns):
        raise ValueError(f"a nearest cue starting with {key!r} has a group of its own")
    source = "|".join(f"({pattern.pattern})" for _, pattern in patterns)
    return re.compile(source, _I), tuple(rank for rank, _ in patterns)


_JOINED: dict[str, tuple[re.Pattern[str], tuple[int, ...]]] = {}
"""``_joined`` of each key read so far (a dictionary looked up before the call: ~3,000 words a pass)."""


def _nearest_cues(text: str, start: int, end: int, lowered: str | None) -> list[tuple[int, re.Match[str]]]:
    """Every nearest-cue match in ``text[start:end]``, with the rank of its status (those read across
    the window on ``lowered``, the lower-cased text, if given: the words of a cue are the text's)."""
    _, any_aside, aside = _AS_WRITTEN if lowered is None else _FOLDED
    source = text if lowered is None else lowered
    found = []
    for word in _WORD_START.finditer(text, start, end):
        key = word.group().lower()
        joined = _JOINED.get(key)
        if joined is None:
            joined = _JOINED[key] = _joined(key)
        pattern, ranks = joined
        match = pattern.match(text, word.start(), end)
        if match is not None and match.lastindex is not None:  # (a match is always in one group)
            found.append((ranks[match.lastindex - 1], match))
    if any(pattern.search(source, start, end) is not None for pattern in any_aside):
        for rank, pattern in aside:
            found.extend((rank, match) for match in pattern.finditer(source, start, end))
    found.sort(key=lambda item: (item[1].start(), item[0]))
    kept: list[tuple[int, re.Match[str]]] = []
    for rank, match in found:  # leftmost first, never inside another cue ("if they met": one cue)
        if not kept or match.start() >= kept[-1][1].end():
            kept.append((rank, match))
    return kept


_OWN_OBJECT = re.compile(
    r"\s+of\s+(?:(?:his|her|their|the|a|its|[A-Z][\w-]*['’]s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<object>visit|trip|summit|meeting|talks|tour)\b",
    _I,
)
"""A postponement or cancellation of something named ("the postponement of his official visit")."""
_ATTRIBUTE_OF = re.compile(
    r"(?<=ed)\s+(?:[A-Z][\w-]*\s+){0,2}(?P<object>summit|visit|trip|meeting|talks|conference|tour)\b"
)
"""A participle before another event it undoes, after the meeting word ("canceling expected meetings ...
concerning the postponed Arab summit")."""
_OTHER_NOUN = re.compile(
    r"(?<=[a-z])\s+(?:[A-Z][\w-]*\s+){0,2}(?P<object>summits?|visits?|trips?|meetings?|talks|conferences?|tours?)\b"
)
_ADJECTIVE = re.compile(r"(?:upcoming|forthcoming|scheduled|planned|possible|proposed)\Z", _I)
"""A status adjective of another meeting noun after the meeting word ("In the telephone talk, Obama and
King Salman reviewed the agenda for the upcoming meetings"): that meeting's status, not the call's."""
_EVENT_VERB = r"(?:organi[sz]e|hold|arrange|convene|host|have|set\s+up)"
"""What one does to a meeting of one's own ("to organize a working meeting", "to have half-hour talks")."""
_EVENT_OBJECT = (
    r"(?:(?:a|an|the|another|their|his|her|such\s+a)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<object>meetings?|summits?|talks|visits?|trips?|conferences?|calls?)\b"
)
"""The meeting itself, a few words after its verb or "of"/"for"."""
_OWN_EVENT = re.compile(
    rf"(?:\s+to)?\s+(?:{_EVENT_VERB}\s+|of\s+|for\s+){_EVENT_OBJECT}"
    r"|(?:\s+to)?\s+(?P<verb>travel|visit|come|go|meet)\b",
    _I,
)
"""What a proposal or a possibility is of, after its word ("the possibility to organize a working
meeting", "his desire to travel to Washington"): a meeting of its own, which the cue is about, not the
meeting named before it ("a phone call ... in which he expressed his desire to travel")."""
_PLANNED_EVENT = re.compile(rf"(?:\s+to)?\s+{_EVENT_VERB}\s+{_EVENT_OBJECT}", _I)
"""What a plan is of, when its words name a meeting of its own ("were scheduled to have half-hour talks
but the summit ... lasted 55 minutes"); not the occasion of a plan ("planned for the summit") nor its verb
("are expected to meet"), which tell the plan of the meeting before them."""
_OWN_EVENT_OF = {
    rank: _PLANNED_EVENT if status is MeetingStatus.PLANNED else _OWN_EVENT
    for rank, (status, _) in enumerate(_NEAREST)
    if status in (MeetingStatus.PROPOSED, MeetingStatus.POSSIBLE, MeetingStatus.PLANNED)
}
"""The reading of what a cue is of, by the rank of its status."""
_OTHER_SUBJECT = re.compile(
    r"\b(?:departure|arrival|flight|plane|return|vote|voting|election|launch|ceremony|parade|debate|hearing"
    r"|trial|match|game|concert|broadcast|release|deadline)s?\s+(?:was|were|has\s+been|have\s+been|had\s+been"
    r"|is|are|will\s+be)\s+(?:[a-z]+ly\s+)?\Z",
    _I,
)
"""The subject of a passive postponement or cancellation that is no meeting ("A scheduled 10:30 a.m. departure
was delayed, forcing the vice president ... for his final session with Reagan"): not the meeting's."""
_OTHER_SUBJECT_REACH = 40
_WH_QUESTION = re.compile(r"[\"“‘']?\s*(?:Why|What|How|Who|Where|When|Which)\b")
"""A question about a meeting ("Why is the Modi-Putin call significant?"), not whether it will be."""
_OVERRIDE_REACH = 200
"""How far from the meeting word a cancellation, postponement or refusal is read, in characters."""
_REACH = 160
"""How far from the meeting word a nearest cue is looked for, in characters."""
_ACCEPTED = re.compile(r"\baccept(?:s|ed|ing)?\s+(?:\S+\s+){0,3}\Z", _I)
"""An invitation accepted ("had accepted the President's invitation to meet"): a plan, not a proposal."""
_INVITED_TO = re.compile(
    r"\b(?P<word>invit(?:e|es|ed|ing|ation))\b[^.;:!?]{0,60}?\bto\s+(?:attend|visit|come|join|travel|take\s+part)\b"
    r"[^.;:!?]{0,50}\Z",
    _I,
)
"""An invitation to come to the meeting named after it ("an invitation to Prime Minister Modi to attend the
next G-7 Summit"): what is proposed, whatever the plan of the summit itself."""
_INVITED_REACH = 130
_WEAK_FUTURE = guarded(re.compile(r"\bwill\b|['’]ll\b", _I))
_RELATIVE = re.compile(r",\s+(?:who|which)\s+(?:was|were|had|has|have)\s+[^,;.]{1,120},")
"""A relative clause between commas ("Museveni, who was greeted by Mudavadi, is scheduled to ..."): its
verb tells what the person did, not what became of the meeting of the main clause."""
_TO_MEET = re.compile(r"\bto\s+(?:meet|visit|hold)\b", _I)
_PLAN_WORDS = r"\b(?:scheduled|due|expected|set|slated|planned|going)\s+to\b"
_PLAN_BEFORE = re.compile(rf"{_PLAN_WORDS}\s+(?:[\w'’-]+\s+){{1,8}}?[^;:.()]{{0,40}}\Z", _I)
_PLAN = re.compile(_PLAN_WORDS, _I)
"""A plan told before an "after" of the held vocabulary ("is scheduled to speak to Zuma at 5:10 pm, after
speaking to Buhari", "had been scheduled to return home on Tuesday, after meeting with Koizumi"): the
meeting after which something is planned is part of the plan."""
_PLAN_REACH = 90
_HEADLINE_MEET = re.compile(
    r"(?<=[A-Za-z,]\s)(?<!\b[Tt]o\s)(?<!\b[Ww]ill\s)(?<!\b[Mm]ay\s)(?<!\b[Cc]an\s)(?<!\b[Cc]ould\s)"
    r"(?<!\b[Nn]ot\s)(?<!\b[Ww]ould\s)(?<!\b[Ss]hould\s)(?<!\b[Mm]ight\s)(?<!\b[Mm]ust\s)[Mm]eet\b"
)
"""A line without a full stop (a headline) and its verb "meet" after a name, not after "to", "will" or
"may" ("Mbeki, Abdulsalami meet Buhari", "Mubarak, Assad meet on regional issues"): headlines tell what
happened in the present tense. The word before must be capitalised, a name's ("never meet", "shall meet":
no)."""
_TO_BE = re.compile(r"\bbe\s+\Z", _I)
"""What makes a participle of the held vocabulary a passive still to come ("to be welcomed", "will be
received"), not a meeting that took place."""
_PLAN_VERB = re.compile(r"\w+(?:\s+\w+\s+to\b|\s+to\b)?", _I)
_NEGATED = re.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?:(?:yet|even|ever|once)\s+)?\Z", _I)
"""A negation right before a cue of the held vocabulary ("have not received", "never visited"): what it
denies did not take place."""
_WORD_BEFORE = re.compile(r"(\S+),?\s+\Z")


def _ahead_in_main_clause(text: str, at: int, end: int) -> re.Match[str] | None:
    """The plan of the main clause after an opening phrase that starts at ``at`` with a preposition of the
    held vocabulary ("During their four days of meetings here, the heads of state are expected to discuss",
    "After the talks, the two will sign"): what the meeting comes before is still to come, so the meeting
    is too. None when the phrase tells a time past ("After last week's talks") or the main clause is
    reported speech ("After the talks, Putin said he will ...")."""
    clause = main_clause_plan(text, at, end)
    if clause is None:
        return None
    return _PLAN_VERB.match(text, clause.start("plan"))


def _undone_held(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether the held cue ``match`` (of a sentence starting at ``start``) is a passive still to come ("to
    be welcomed") or is negated ("have not received"): no sign that the meeting took place."""
    return (
        _TO_BE.search(text, max(start, match.start() - 5), match.start()) is not None
        or _NEGATED.search(text, max(start, match.start() - 16), match.start()) is not None
    )


def _holds(event: re.Match[str], at: int) -> bool:
    """Whether the meeting word at ``at`` is the object or verb of ``event`` (an ``_OWN_EVENT``)."""
    low, high = event.span("object") if event.group("object") is not None else event.span("verb")
    return low <= at < high


def relative_clause(text: str, start: int, end: int, at: int) -> tuple[int, int] | None:
    """The span of the relative clause between commas of ``text[start:end]`` that holds ``at``, if any
    ("Museveni, who was greeted by Mudavadi, is scheduled to ...")."""
    for clause in _RELATIVE.finditer(text, start, end):
        if clause.start() <= at < clause.end():
            return clause.span()
    return None


def meeting_status(
    text: str, start: int, end: int, at: int, lowered: str | None = None
) -> tuple[MeetingStatus | None, Cue | None]:
    """The status the sentence ``text[start:end]`` gives a meeting whose word is at ``at``; ``lowered``,
    the lower-cased text (from ``_pattern_forms.lowered``), if given, is read with folded patterns."""
    low, high = max(start, at - _OVERRIDE_REACH), min(end, at + _OVERRIDE_REACH)
    overriding = (_AS_WRITTEN if lowered is None else _FOLDED)[0]
    for status, pattern in overriding:  # near the meeting word: "postponed" elsewhere undoes another
        for match in pattern.finditer(text if lowered is None else lowered, low, high):
            other = _OWN_OBJECT.match(text, match.end()) or (
                _ATTRIBUTE_OF.match(text, match.end()) if at < match.start() else None
            )
            if other is not None and not other.start("object") <= at < other.end("object"):
                continue  # "telephoned Kono to explain the postponement of his visit": not the call's
                # ("after canceling expected meetings ... concerning the postponed Arab summit": not theirs)
            if _OTHER_SUBJECT.search(text, max(start, match.start() - _OTHER_SUBJECT_REACH), match.start()):
                continue  # "A scheduled departure was delayed": not the meeting
            cue = _cue(match, text)
            if status is MeetingStatus.RULED_OUT:  # "would not meet" after a lead that calls it off
                return refusal_undone_by_lead(text, start, cue) or (status, cue)
            return status, cue
    best: tuple[int, int, MeetingStatus, re.Match[str]] | None = None
    asides = [
        clause.span()
        for clause in _RELATIVE.finditer(text, start, end)
        if not clause.start() <= at < clause.end()
    ]
    for rank, match in _nearest_cues(text, max(start, at - _REACH), min(end, at + _REACH), lowered):
        if any(low <= match.start() < high for low, high in asides):
            continue
        if _NEAREST[rank][0] is MeetingStatus.HELD and _undone_held(text, start, match):
            continue  # "was set to be welcomed by Sharif", "will be received": a passive still to come;
            # "We have not received any letter about a separate summit": nothing took place
        if at < match.start() and _ADJECTIVE.match(match.group()):
            other = _OTHER_NOUN.match(text, match.end())
            if other is not None and not other.start("object") <= at < other.end("object"):
                continue  # "In the telephone talk, they reviewed the agenda for the upcoming meetings"
        if at < match.start() and rank in _OWN_EVENT_OF:
            other = _OWN_EVENT_OF[rank].match(text, match.end())
            if other is not None and not _holds(other, at):
                continue  # "discussed, in a phone call, the possibility to organize a working meeting"
        distance = abs(match.start() - at)
        if best is None or (distance, rank) < (best[0], best[1]):
            best = (distance, rank, _NEAREST[rank][0], match)
    if best is not None and best[2] is MeetingStatus.HELD and best[3].group().lower().startswith("after"):
        told = _PLAN_BEFORE.search(text, max(start, best[3].start() - _PLAN_REACH), best[3].start())
        plan = None if told is None else _PLAN.match(text, told.start())
        if plan is not None:  # "is scheduled to speak to Zuma, after speaking to Buhari": the plan's
            best = (best[0], best[1], MeetingStatus.PLANNED, plan)
            undone = undone_by_lead(text, start, _cue(plan, text), of_any=True)
            if (
                undone is not None
            ):  # "Wu cancels meeting ... She had been scheduled to return home after meeting"
                return undone
    if best is not None and best[2] is MeetingStatus.HELD and OPENING_PREPOSITION.match(best[3].group()):
        plan = _ahead_in_main_clause(text, best[3].end(), end)
        if plan is not None:  # "During their four days of meetings here, the heads of state are expected to"
            best = (best[0], best[1], MeetingStatus.PLANNED, plan)
    for match in _WEAK_FUTURE.finditer(text, max(start, at - 40), min(end, at + 20)):  # "will" near the word
        distance = abs(match.start() - at)
        if best is None or distance < best[0]:
            best = (distance, 3, MeetingStatus.PLANNED, match)
    if best is not None and best[2] is MeetingStatus.PLANNED and _TO_MEET.match(text, best[3].start()):
        for rank in (1, 2):  # "invites Trump to visit", "hopes to meet": the invitation, the hope
            status, pattern = _NEAREST[rank]
            earlier = list(pattern.finditer(text, max(start, best[3].start() - 40), best[3].start()))
            if earlier and not _ACCEPTED.search(
                text, max(start, earlier[-1].start() - 40), earlier[-1].start()
            ):
                return status, _cue(earlier[-1], text)
    if best is not None and best[2] is MeetingStatus.PLANNED:
        invited = _INVITED_TO.search(text, max(start, at - _INVITED_REACH), at)
        if invited is not None and not _ACCEPTED.search(
            text, max(start, invited.start() - 40), invited.start()
        ):
            # "extended an invitation to Modi to attend the next G-7 Summit to be held in USA": the summit's
            # plan, the invitation's proposal
            return MeetingStatus.PROPOSED, Cue(
                start=invited.start(), end=invited.end("word"), text=invited["word"]
            )
    revised = None if best is None else revised_status(text, start, end, at, best[2], _cue(best[3], text))
    if revised is not None:  # "would attend if invited", "but that was not confirmed", a plan the lead undoes
        return revised
    if text[start:end].rstrip().endswith("?") and not _WH_QUESTION.match(text, start, end):
        return MeetingStatus.POSSIBLE, Cue(start=end - 1, end=end, text="?")
    if best is None:
        return _headline_meet(text, start, end)
    return best[2], _cue(best[3], text)


def _headline_meet(text: str, start: int, end: int) -> tuple[MeetingStatus | None, Cue | None]:
    """Held, with its verb, when ``text[start:end]`` is a headline whose verb is a plural "meet"."""
    line = text[start:end].rstrip()
    if not line or line[-1] in '.!?;:"”' or "\n" in line.strip():
        return None, None
    for match in _HEADLINE_MEET.finditer(text, start, start + len(line)):
        before = _WORD_BEFORE.search(text, max(start, match.start() - 40), match.start())
        if before is not None and before[1][:1].isupper():  # a name ("Assad meet"), not "never meet"
            return MeetingStatus.HELD, _cue(match, text)
    return None, None


_CALLED = guarded(
    re.compile(
        r"\b(?<!courtesy\s)(?:called|calls|call|phoned|phones|telephoned|rang)\s+(?:up\s+)?"
        r"(?!(?:on|upon|for|off|it|out|in|up|back|into)\b)(?=\S)",
        _I,
    )
)
_BY = re.compile(r"by\b", _I)
_GATHERING_BEFORE = re.compile(
    r"\b(?:summit|meeting|retreat|conference|session|gathering|assembly|forum|talks|election|referendum|strike)s?"
    r"['’]?[^.;:!?]{0,40}?\b(?:(?:has|have|had)\s+been|was|were|is|are|being|be)?\s*\Z",
    _I,
)
"""A gathering named just before a passive "called" ("Retreat, which has been called by"): convened."""
_GATHERING_REACH = 70
_CALLEE_GAP = re.compile(r"[\w.,\s'’-]*")
"""What may stand between "called" and the one called ("called his US counterpart, Donald Trump")."""
_NOT_CALLEE = re.compile(r"\b(?:during|at|in|for|with)\b", re.IGNORECASE)
_CALL_FOLDED, _CALLED_FOLDED = folded(CALL), folded(_CALLED)
_NAMING = re.compile(r"\s*[,]?\s*(?:[\"“‘']|an?\s|the\s|(?:his|her|their|my|our)\s|him\s+an?\b)", _I)


def call_format(
    text: str,
    start: int,
    end: int,
    at: int | None = None,
    mentions: Sequence[PersonMention] = (),
    lowered: str | None = None,
) -> tuple[MeetingFormat | None, Cue | None]:
    """``PHONE_CALL`` or ``VIDEO_CALL`` when the sentence speaks of a call, with its words (looked for in
    ``lowered``, the lower-cased text, with folded patterns, if given).

    "X called Y" is a call when a person follows the verb and what follows is not a name for them
    ("Putin called Biden "an experienced statesman"", "called him a liar", "called for talks").
    """
    if at is not None:
        start, end = max(start, at - _REACH), min(end, at + _REACH)
    call, called, source = (
        (CALL, _CALLED, text) if lowered is None else (_CALL_FOLDED, _CALLED_FOLDED, lowered)
    )
    match = call.search(source, start, end)
    if match is None:
        for verb in called.finditer(source, start, end):
            person = next((m for m in mentions if m.start >= verb.end() and m.start - verb.end() <= 45), None)
            if person is None or _convened(text, start, verb):
                continue
            between = text[verb.end() : person.start]
            if not _CALLEE_GAP.fullmatch(between) or _NOT_CALLEE.search(between):
                continue  # "Xi called during a meeting with Tinubu for ...": no call
            if text[person.end : person.end + 2] in {
                "'s",
                "’s",
            }:  # "called Muhyiddin's successor Ismail Sabri"
                person = next(
                    (m for m in mentions if m.start >= person.end + 2 and m.start - person.end <= 45), None
                )
                if person is None or not _CALLEE_GAP.fullmatch(text[verb.end() : person.start]):
                    continue
            if _NAMING.match(text, person.end) or text[person.end : person.end + 2] in {"'s", "’s"}:
                continue
            match = verb
            break
    if match is None:
        return None, None
    cue = _cue(match, text)
    return call_kind(cue.text), cue


def _convened(text: str, start: int, verb: re.Match[str]) -> bool:
    """Whether "called by" at ``verb`` tells who convened a gathering ("the Leaders' Retreat, which has been
    called by Fiji PM Rabuka", "a summit called by Egypt's president"), not who phoned."""
    return _BY.match(text, verb.end()) is not None and (
        _GATHERING_BEFORE.search(text, max(start, verb.start() - _GATHERING_REACH), verb.start()) is not None
    )


def call_kind(words: str) -> MeetingFormat:
    """A video call when the words that make it a call say so ("video", "virtual"), else a phone call."""
    return MeetingFormat.VIDEO_CALL if _VIDEO.search(words) else MeetingFormat.PHONE_CALL


def _cue(match: re.Match[str], text: str) -> Cue:
    """The cue of ``match`` (of ``text`` or of the lower-cased text): the words of ``text`` at its span."""
    start, end = match.span()
    return Cue(start=start, end=end, text=text[start:end])
