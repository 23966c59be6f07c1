"""The words of news copy that report a meeting, and the clauses of a sentence that each report one."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from summitlib.extraction._pattern_forms import folded, guarded, lowered
from summitlib.extraction._text import WEEKDAYS, first_chars, trie_pattern
from summitlib.extraction._types import PersonMention

__all__ = [
    "CARRY",
    "CARRY_FOLDED",
    "LEADING",
    "MEETING",
    "OTHER_CLAUSE",
    "SIDELINES",
    "SPEAK_WITH",
    "TELLING",
    "MeetingCues",
    "co_subjects_talking",
    "meeting_clauses",
]

_MEETING_WORDS = """meet meets meeting meetings met summit summits talks encounter encounters sit-down
face-to-face get-together get-togethers one-on-one tête-à-tête tete-a-tete bilateral visit visited visits
hosted hosts host hosting received receives receiving handshake call called calls callers phoned telephoned
videoconference dialled dialed sidelines conferred conferring welcomed welcomes welcoming visiting guest
greeted greets invited invites summitry reunion entertained teleconference""".split()  # noqa: SIM905
_MEETING_PHRASE_STARTS = [
    "sit",
    "sat",
    "shook",
    "shake",
    "bump",
    "held",
    "hold",
    "had",
    "has",
    "have",
    "having",
    "spoke",
    "joint",
    "phone",
    "spent",
    "discuss",
    "closeted",
    "to",
    "will",
    "would",
    "at",
    "their",
]
_MEETING_PHRASE_STARTS += [
    "dinner",
    "lunch",
    "luncheon",
    "banquet",
    "breakfast",
    "telephone",
    "telephonic",
    "video",
    "virtual",
    "speak",
    "speaks",
    "spoken",
    "talked",
    "talk",
    "by",
    "exchanged",
    "audience",
    "session",
    "chat",
    "chats",
    "chatted",
    "chatting",
    "confer",
    "confers",
    "accept",
    "accepts",
    "accepted",
    "accepting",
    "sessions",
    "over",
    "on",
]
SPEAK_WITH = (
    r"(?:spoke|speaks?|spoken|talked|talks?)\s+(?:(?:virtually|briefly|privately|separately|directly|again|also"
    r"|later|earlier|today|yesterday|tonight|late|(?:on|last|this)\s+(?:" + WEEKDAYS + r")"
    r"(?:\s+(?:morning|afternoon|evening|night))?)\s+){0,2}(?:with|to)"
)
"""Speaking with someone ("spoke with", "speaks virtually with"): a meeting cue, and a call where the text
speaks of one."""


def _first_pairs(words: list[str]) -> str:
    """A lookahead admitting only the first two letters of ``words`` (each of two or more), filed under the
    first: behind the one-letter guard, a word that starts no meeting word ("said", "the", "minister")
    fails on its second letter instead of being tried with every alternative (the text's scan: about half
    the instructions). ``_MEETING_PHRASE_STARTS`` names every alternative's first word: no match changes.

    Examples:
        >>> _first_pairs(["meet", "met", "talks", "Tête"])
        '(?=m[e]|t[aê])'
    """
    seconds: dict[str, set[str]] = {}
    for word in words:
        seconds.setdefault(word[0].lower(), set()).add(word[1].lower())
    return (
        "(?="
        + "|".join(
            f"{re.escape(a)}[{''.join(map(re.escape, sorted(b)))}]" for a, b in sorted(seconds.items())
        )
        + ")"
    )


MEETING = re.compile(
    rf"\b{first_chars([*_MEETING_WORDS, *_MEETING_PHRASE_STARTS], ignore_case=True)}"
    rf"{_first_pairs([*_MEETING_WORDS, *_MEETING_PHRASE_STARTS])}"
    rf"(?:{trie_pattern(_MEETING_WORDS)}|(?:sit|sat)\s+down|(?:shook|shake|shakes)\s+hands|bump\s+into"
    r"|(?:held|hold|holds|holding)\s+(?:[\w'\"“”‘’-]+\s+){0,2}?(?:talks|discussions|consultations|a\s+call)"
    r"|(?:had|has|have|having)\s+(?:[\w'\"“”‘’-]+\s+){0,2}?(?:discussions|consultations)"
    r"|their\s+(?:[\w-]+\s+){0,2}?discussions?"
    r"|(?:spoke|speaks?|spoken|speaking|talked|talks?|talking)\s+(?:by|over|on|via)\s+(?:the\s+)?(?:tele)?phone"
    r"|(?:chats?|chatted|chatting|confers?)\s+with|accept(?:s|ed|ing)?\s+(?:[\w.'’-]+\s+){0,5}?invitation"
    r"|talked\s+(?:(?:privately|alone|together|informally)(?:\s+for)?|for)(?=\s+(?:more|less|about|nearly|almost"
    r"|over|some|an?|one|two|three|four|five|six|\d))"
    r"|by\s+(?:tele)?phone|(?:over|on)\s+the\s+(?:tele)?phone"
    rf"|{SPEAK_WITH}|joint\s+(?:press\s+conference|news\s+conference|statement)"
    r"|(?:tele)?phon(?:e|ic)\s+(?:call|conversations?|talks?)|video\s*(?:call|conference|link|summit)"
    r"|virtual\s+(?:summits?|meetings?|talks)|(?:dinner|lunch|luncheon|banquet|breakfast)\s+with"
    r"|spent\s+(?:[\w/½-]+\s+){1,6}?with|discuss(?:ed|es|ing)?\s+(?:[\w'’-]+\s+){0,4}?with(?=\s+(?:[A-Z]|(?:his|her|their)\s|the\s+[A-Z]))"
    r"|(?:held|hold|holds|holding|had)\s+(?:a|an)\s+(?:[\d/.-]+[\s-])?(?:[\w/-]*(?:hour|minute|long|private|secret|brief|lengthy)"
    r"\w*\s+){0,2}(?:conference|conversation)\s+with|audience\s+with"
    r"|sessions?\s+with|closeted\s+with|exchanged\s+(?:(?:views|ideas|greetings|pleasantries)\s+)?with|(?:to|will|would)\s+see(?=\s+(?:President\s|Prime\s|Premier\s|King\s|[A-Z]\w+[\s,.;:]))"
    r"|at\s+the\s+invitation\s+of|at\s+[A-Z][\w'’-]+['’]s\s+invitation)\b",
    re.IGNORECASE,
)
_MEETING_FOLDED = folded(MEETING)
"""``MEETING`` for the lower-cased text: the scan of a whole text, some twice as fast."""


class MeetingCues:
    """The meeting words of one text, found by one scan of it: ``search(start, end)`` and ``finditer(start,
    end)`` return exactly what ``MEETING.search(text, start, end)`` and ``MEETING.finditer(text, start, end)``
    do, without scanning every sentence and clause again.

    Why it is the same: ``MEETING`` has no anchors and no negative lookaround, so the end of a window
    (``endpos``) can only make a path fail, except that its closing ``\\b`` holds there; when the character
    at ``end`` is no word character (or there is none), that ``\\b`` holds in the whole text too. Then a
    match in the window is a match in the whole text, so the positions of the window that no match of the
    whole text covers match nothing; the first match of the whole text at or after ``start`` (if none
    straddles ``start``) is where the window's search first can match, and ``MEETING.match`` there with
    ``endpos=end`` gives its very match. In every other case the window is searched as before.
    """

    __slots__ = ("_ends", "_starts", "lowered", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = lowered(text)
        """The lower-cased text, for patterns in their folded form; None where they cannot read it."""
        if self.lowered is None:
            matches = [m.span() for m in MEETING.finditer(text)]
        else:
            matches = [m.span() for m in _MEETING_FOLDED.finditer(self.lowered)]
        self._starts = [a for a, _ in matches]
        self._ends = [b for _, b in matches]

    def search(self, start: int, end: int) -> re.Match[str] | None:
        """``MEETING.search(self.text, start, end)``."""
        text = self.text
        if 0 <= end < len(text) and (text[end].isalnum() or text[end] == "_"):
            return MEETING.search(text, start, end)  # the closing \b may differ at end
        index = bisect.bisect_right(self._ends, start)  # the first match ending after start
        if index == len(self._starts) or self._starts[index] >= end:
            return None
        at = self._starts[index]
        if at < start:  # it straddles start: a window search may find a match inside it
            return MEETING.search(text, start, end)
        return MEETING.match(text, at, end) or MEETING.search(text, start, end)

    def finditer(self, start: int, end: int) -> Iterator[re.Match[str]]:
        """``MEETING.finditer(self.text, start, end)`` (its matches are never empty)."""
        match = self.search(start, end)
        while match is not None:
            yield match
            match = self.search(match.end(), end)


SIDELINES = guarded(
    re.compile(r"\bon\s+the\s+sidelines?\s+of\b|\bsideline\s+(?:meeting|talks)\b", re.IGNORECASE)
)
CARRY = guarded(
    re.compile(
        r"\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|heads\s+of\s+state|heads\s+of\s+government|men"
        r"|sides|prime\s+ministers|PMs|premiers|statesmen|chancellors)\b(?!\s+of\s+(?:\d+|three|four|five|six|seven"
        r"|eight|nine|ten|eleven|twelve|many|several|all|other|some|most|the\s+(?:region|world|continent|bloc|group)"
        r"|the\s+(?!two\s)(?:[\w-]+\s+){1,3}?(?:nations|countries|states|members|economies|partners))\b)"
        r"|\bthe\s+pair\b|\bthe\s+two\b(?![-‐–]\w)(?!\s+(?:countries"
        r"|nations|states|sides|governments|delegations|Koreas|capitals|days|hours|weeks|months|years)\b)",
        re.IGNORECASE,
    )
)
CARRY_FOLDED = folded(CARRY)
"""``CARRY`` for the lower-cased text (``MeetingCues.lowered``): its words come out in lower case."""


_LEAD_ADJUNCT = re.compile(
    r"[\s\"“‘']*(?:Before|After|Following|In\s+addition\s+to|Besides|Apart\s+from|Prior\s+to|Ahead\s+of)\s+"
    r"(?:[a-z]+ing|talks\s+with|(?:his|her|their)\s+(?:talks|meetings?|visit)\s+(?:with|to))"
    r"\s[^,;:.]{2,120}?,\s"
)
"""A meeting named in a leading adjunct ("Before meeting Xi, Lula spoke with Li"): a meeting of its own."""
_LEAD_CLAUSE = re.compile(
    r"[\s\"“‘']*(?:As|While|When|Although|Though|Since)\s+(?:the|a|an|their|his|her)\s[^,;:.\"“”]{2,150}?,\s"
)
"""A leading clause that names people of its own ("As the Hasina-Modi meeting set the tone for the relations,
Jaishankar called on Hasina"): a meeting of its own, apart from the main clause's."""
_THEN = re.compile(
    r"(?:,\s*|\s+)(?:before|after|following|then|and\s+then|and\s+later|later|and\s+(?:a|an)(?=\s+(?:[\w-]+\s+)?"
    r"(?:dinner|lunch|luncheon|banquet|breakfast|meeting|call)\s+with\b)"
    r"|and\s+(?:also\s+)?(?=(?:met|discussed|conferred|spoke|talked|held\s+talks)\s)"
    r"|and\s+(?:to\s+)?(?=hold\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:summit|talks|meeting)\b))"
    r"\s?(?!.*\b(?:before|after|following|then)\s)"
)
"""The connective of a second meeting in one sentence ("conferred with Gandhi ... before attending a banquet
with Gandhi and Venkataraman", "was due to meet with Emperor Naruhito and hold a summit with Abe")."""
_THEN_REACH = 40
_FURTHER = re.compile(
    r"(?:,\s*|\s+)(?:and\s+)?(?:agreeing|agreed|deciding|decided|promising|promised|pledging|pledged)\s+to\s+"
    r"(?=(?:hold\s+|have\s+)?(?:further|more|another|new|follow-up|regular)\s+(?:round\s+of\s+)?(?:[\w-]+\s+)?"
    r"(?:talks|meetings?|summits?|consultations)\b|meet\s+again\b)"
)
"""Those who met agreeing to meet again ("met for the first time Wednesday, agreeing to further talks in
the new year", "and agreed to meet again in May"): a meeting of their own ahead, with its own date."""
_JOINED_CLAUSE = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?=(?:they|the\s+two(?:\s+[a-z]+)?|both(?:\s+[a-z]+)?)\s"
    r"(?:(?:had|have|has|also|last|first|later|again|not|never)\s+){0,2}"
    r"(?:met|held|had|paid|talked|spoke|conferred|made)\b"
    r"(?!\s+(?:an?\s+|their\s+)?(?:joint\s+)?(?:press|news)\s+conference))"
)
"""A second clause joined to the first with a subject of its own that stands for the same people ("Sheikh
Mohammed also visited Jeddah last year, and the two leaders met on the sidelines of the G20 summit in
November", "The two men last met in December, but they have not held political talks since April 2012"):
another encounter, with its own date and status. Not the same encounter told on ("and the two then held a
joint press conference")."""
_ON_TO = re.compile(
    r"\s+before\s+(?=(?:heading|travell?ing|flying|going|leaving|moving\s+on)\s+to\s+[A-Z][\w-]*"
    r"(?:\s+(?:on|this|next)\s+[A-Z]?[a-z]+)?\s+for\s+(?:talks|a\s+meeting|meetings)\b)"
)
"""Travel on to a second meeting ("due to meet Diaz-Canel in Buenos Aires before heading to Montevideo on
Wednesday for talks with Lacalle Pou"): the connective of a meeting of its own, further from its word."""
_ON_TO_REACH = 80


def meeting_clauses(
    cues: MeetingCues, start: int, end: int, first: re.Match[str], mentions: list[PersonMention]
) -> list[tuple[int, int, list[PersonMention]]]:
    """The parts of a sentence that each report a meeting, with the people of each: the whole sentence,
    or a meeting in a leading adjunct and the main clause, or a main clause and a later meeting it leads
    to. The subject of the main clause (the people named before its meeting word) takes part in both."""
    text = cues.text
    added = _ADDING.search(text, first.end(), end)
    if added is not None and cues.search(added.end(), end) is not None:
        # "they agreed, the Elysee said, adding that Le Drian and Lavrov would meet": its own people
        return [
            (start, added.start(), [m for m in mentions if m.start < added.start()]),
            (added.end(), end, [m for m in mentions if m.start >= added.end()]),
        ]
    reported = None
    for found in _REPORTED_THAT.finditer(text, start, first.start()):
        reported = found  # the last one before the meeting word
    if reported is not None:
        told = [m for m in mentions if m.start >= reported.end()]
        if len({m.person for m in told if m.person is not None}) >= 2 and told[0].start < first.start():
            # "Powell distributed a notice announcing that President Carter met with Sadat": the clause
            # after "that" names who meets; who announces it does not (its words stay the clause's)
            mentions = told
        elif told and _HE.match(text, reported.end()) and mentions[0].start < reported.start():
            # "Bainimarama has told Penny Wong that he will invite Albanese": who tells, not who is told
            mentions = [mentions[0], *told]
    split, main_first, again, joined_split = None, True, False, False
    lead = _LEAD_ADJUNCT.match(text, start, end)
    if lead is None:
        lead = _LEAD_CLAUSE.match(text, start, end)
        if lead is not None and not any(m.start < lead.end() for m in mentions):
            lead = None  # "Since their meeting in Geneva, they have spoken twice": one clause
    if lead is not None and first.start() < lead.end():
        split, main_first = lead.end(), False
    else:
        previous = first
        for cue in cues.finditer(first.end(), end):
            # the pattern looks just past the meeting word ("meet again")
            further = _FURTHER.search(
                text, max(previous.end(), cue.start() - _THEN_REACH), min(end, cue.end() + 8)
            )
            if further is not None and further.end() <= cue.start():
                split, again = further.start(), True
                break
            joined = _JOINED_CLAUSE.search(text, max(previous.end(), cue.start() - _THEN_REACH), cue.end())
            if joined is not None and joined.end() <= cue.start():
                split, again, joined_split = joined.start(), True, True
                break
            connective = _THEN.search(text, max(previous.end(), cue.start() - _THEN_REACH), cue.end())
            if connective is None:
                connective = _ON_TO.search(text, max(previous.end(), cue.start() - _ON_TO_REACH), cue.end())
            if (
                connective is not None
                and connective.end() <= cue.start()
                and not _OTHER_CLAUSE_AFTER.match(text, connective.end())
            ):
                split = connective.start()
                break
            previous = cue
    if split is None:
        return [(start, end, mentions)]
    first_part = [m for m in mentions if m.start < split]
    second_part = [m for m in mentions if m.start >= split]
    main, other = (first_part, second_part) if main_first else (second_part, first_part)
    main_start = start if main_first else split
    main_cue = cues.search(main_start, split if main_first else end)
    if main_cue is None:
        return [(start, end, mentions)]
    subject = [m for m in main if m.end <= main_cue.start() and not m.possessive]
    if again and not other and (joined_split or len({m.person for m in main}) >= 2):
        # "A and B met for the first time Wednesday, agreeing to further talks in the new year": those who
        # met meet again, on a date of its own
        return [(start, split, main), (split, end, main)]
    if not other:  # "In addition to discussing Syria with his counterparts, he will meet X": the main clause
        return [(start, end, mentions)] if main_first else [(split, end, main)]
    if not subject and main_first:
        return [(start, end, mentions)]  # "A joint statement issued after envoys' talks ...": one clause
    other_cue = cues.search(split, end) if main_first else first
    if other_cue is not None and any(m.start < other_cue.start() for m in other):
        subject = []  # "... after Erdogan's talks with Zelensky": that clause names its own people
    if main_first:
        return [(start, split, main), (split, end, subject + other)]
    return [(start, split, other + subject), (split, end, main)]


_ADDING = re.compile(r",\s+(?:adding|saying|noting|stressing)\s+that\s")
"""A reporter's words that open another statement ("..., the Elysee said, adding that Le Drian and Lavrov
would meet"): a clause with its own people."""
LEADING = r"(?:In|During|At|After|Following)"
"""The prepositions that open a leading phrase about a meeting ("In a telephone conversation with ...",
"Following a meeting in Canberra,", "In his meeting with ...")."""
TELLING = (
    r"(?:told|tells|informed|informs|assured|assures|reminded|promised|promises"
    r"|(?:stated|said|explained|confided|declared|wrote|complained)\s+to)"
)
"""Verbs of telling someone something ("told Wong", "stated to Khrushchev"), before whom they tell."""
_REPORTED_THAT = re.compile(
    r"\b(?:announc(?:ing|ed|es)|sa(?:ying|id|ys)|not(?:ing|ed|es)|add(?:ing|ed|s)|stress(?:ing|ed|es)"
    r"|report(?:ing|ed|s)|confirm(?:ing|ed|s)|stat(?:ing|ed|es)"
    rf"|{TELLING}\s+[^.;:!?\"“”]{{1,80}}?)"
    r"\s+that\s"
)
"""A reporting verb and "that", which open the clause a meeting is told in ("a notice announcing that X met
Y", "Powell told reporters that X met Y")."""
_HE = re.compile(r"(?:he|she)\s", re.IGNORECASE)
_OTHER_CLAUSE_AFTER = re.compile(r"(?:he|she|they|the\s+two|both)\b", re.IGNORECASE)
"""A connective that opens a clause with its own subject ("before he flew to Delhi"): not split."""


OTHER_CLAUSE = guarded(
    re.compile(r"\b(?:since|after|before|when|while|because|until|who|which|whose)\b|[;:]", re.I)
)


_SUBJECT_LEAD = re.compile(r"[\s\"“‘']*(?:(?:[A-Z][\w.'’-]*|the)\s+)*")
"""What may stand before the first of two co-subjects: their titles ("His Majesty King", "President")."""
_AND_BETWEEN = re.compile(r"\s+and\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|of)(?:,\s+|\s+))*")
"""What joins two co-subjects: "and" and the second one's titles ("and the British Prime Minister, Mr")."""
_TALK_VERB = re.compile(
    r"(?:discussed|reviewed|exchanged\s+views|had\s+[“\"]?(?:an?\s+)?(?:[\w-]+\s+){0,2}?conversation)\b"
)
_TALKED = re.compile(
    r"(?:,\s+(?:(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|on\s+(?:" + WEEKDAYS + r")|today|yesterday"
    r"|\s)+,)?,?\s+(?:(?:today|yesterday|on\s+(?:" + WEEKDAYS + r"))\s+)?(?=" + _TALK_VERB.pattern + ")"
)
"""The words after two co-subjects that tell they talked together: an adjunct of place or time, then a verb
of talk that is no meeting word ("..., in Cairo on Thursday, discussed", "today had a general
conversation")."""
_PLACE = re.compile(r"\b(?:in|at)\s+[A-Z][\w'’-]")
"""A place named in the clause ("in Cairo", "at Chequers"): what makes a talk of two an encounter."""


def co_subjects_talking(
    text: str, start: int, end: int, mentions: list[PersonMention]
) -> tuple[re.Match[str], tuple[str, str]] | None:
    """Two people who open a sentence with no meeting word and talk together somewhere: the verb of their
    talk and the pair ("King Abdullah and President Sisi, in Cairo on Thursday, discussed the ties").

    Both must be the subjects (named first, joined by "and", with only titles around them), the verb must
    follow them, and the sentence must name a place: "Putin and Xi discussed the ties" alone may be a call
    or two speeches; "in Cairo" or "at Chequers" makes it an encounter.

    Examples:
        >>> from summitlib.extraction._types import PersonMention
        >>> text = "King Abdullah and President Sisi, in Cairo on Thursday, discussed the ties."
        >>> people = [PersonMention(start=5, end=13, text="Abdullah", person="abdullah"),
        ...           PersonMention(start=28, end=32, text="Sisi", person="sisi")]
        >>> found = co_subjects_talking(text, 0, len(text), people)
        >>> found[0].group(), found[1]
        ('discussed', ('abdullah', 'sisi'))
        >>> text = "King Abdullah and President Sisi discussed the ties."
        >>> co_subjects_talking(text, 0, len(text), people) is None
        True
    """
    if len(mentions) < 2:
        return None
    first, second = mentions[0], mentions[1]
    if (
        first.person is None
        or second.person is None
        or first.person == second.person
        or first.possessive
        or second.possessive
        or _SUBJECT_LEAD.fullmatch(text, start, first.start) is None
        or _AND_BETWEEN.fullmatch(text, first.end, second.start) is None
    ):
        return None
    talked = _TALKED.match(text, second.end, end)
    if talked is None or _PLACE.search(text, first.start, end) is None:
        return None
    verb = _TALK_VERB.match(text, talked.end(), end)
    if verb is None:
        return None
    return verb, (min(first.person, second.person), max(first.person, second.person))
