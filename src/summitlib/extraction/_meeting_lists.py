"""Lists in a meeting's sentence: of dates (one meeting per date) and of guests (one meeting per guest).

Several encounters of one pair listed in one sentence are one meeting per date of the list:

"Modi and Morrison have met four times -- on the sidelines of the East Asia Summit in Singapore in
November 2018, on the sidelines of G20 in Osaka in June 2019 and on the margins of G7 Summit in Biarritz
in August 2019": a meeting that happened, followed in its clause by further past dates, each joined to
the one before by a comma or "and" with no person, sentence verb or other clause between them, is one
meeting per date.

One person named before the meeting word and a list after it, with commas ("Marcos may meet with Yoon, Hun
Manet, Pham and Gusmao", "Lula spoke with Prime Minister Li Qiang, parliamentary leader Zhao Leji, and
..."), are meetings one by one, unless the text says they meet together (the caller checks for a
trilateral or four-way summit); "with A and B" alone may be a trilateral and stays one meeting.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from summitlib.dates import PartialDate
from summitlib.extraction._meeting_cues import OTHER_CLAUSE
from summitlib.extraction._text import Sentences
from summitlib.extraction._types import (
    DateMention,
    MeetingCandidate,
    PersonMention,
)
from summitlib.model import MeetingStatus

__all__ = ["guests_named_later", "listed_guests", "listed_guests_only", "listed_meetings"]

_JOINED = re.compile(r"[^.;:!?\"“”()]*?(?:,|\band\b)[^.;:!?\"“”()]*")
"""What may stand between two dates of a list: a comma or "and", and no end of sentence or quotation."""
_GAP = 90
"""The most text between two dates of one list ("..., on the margins of G7 Summit in Biarritz in ")."""
_VERB = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|said|says|signed|agreed)\b")
"""A verb of another statement between two dates: "met in June 2019, and signed a pact in May 2020"."""


def listed_meetings(
    candidate: MeetingCandidate,
    text: str,
    end: int,
    dates: list[DateMention],
    mentions: list[PersonMention],
    anchor: PartialDate | None,
) -> list[MeetingCandidate]:
    """The candidate, and one copy of it per further date of a list that follows its date (in the clause
    ending at ``end``); the candidate alone when it is not followed by such a list."""
    when = candidate.when
    if candidate.status is not MeetingStatus.HELD or when is None or when.value is None or when.relative:
        return [candidate]
    found = [candidate]
    seen = {when.value}
    last = when
    for date in dates:
        if date.start < last.end or date.start >= end or date.value is None or date.relative:
            continue
        if date.start - last.end > _GAP or not _JOINED.fullmatch(text, last.end, date.start):
            break
        if (
            _VERB.search(text, last.end, date.start)
            or OTHER_CLAUSE.search(text, last.end, date.start)
            or any(last.end <= m.start < date.start for m in mentions)
            or (anchor is not None and date.value.earliest > anchor.latest)
        ):
            break
        if date.value not in seen:
            seen.add(date.value)
            found.append(attrs.evolve(candidate, when=date))
        last = date
    return found


def listed_guests(
    text: str,
    start: int,
    end: int,
    cue: re.Match[str],
    participants: tuple[str, ...],
    mentions: list[PersonMention],
    caller: str | None = None,
) -> bool:
    """Whether the participants are one person named before the meeting word ``cue`` (or ``caller``, whom
    a pronoun before it stands for: "He then had talks with A, ..., and B") and a comma list of two or more
    named after it, in the clause from ``start`` to ``end``. A name used as a modifier before the meeting
    word ("a senior Bush administration official said was a ... meeting") names no host of the guests."""
    if len(participants) < 3:
        return False
    before = {
        m.person
        for m in mentions
        if start <= m.start < cue.start() and m.person in participants and not _ATTRIBUTIVE.match(text, m.end)
    }
    if not before and caller is not None:
        before = {caller}
    after = [m for m in mentions if cue.end() <= m.start < end and m.person in participants]
    return (
        len(before) == 1
        and len({m.person for m in after} - before) >= 2
        and "," in text[after[0].end : after[-1].start]
    )


_ATTRIBUTIVE = re.compile(
    r"\s+(?:administration|government|cabinet|camp|team|aides?|officials?|advisers?|advisors?|spokes\w+)\b"
)
"""A name used as a modifier ("a senior Bush administration official"): no one named who meets."""


def listed_guests_only(
    text: str, start: int, cue: re.Match[str], participants: tuple[str, ...], mentions: list[PersonMention]
) -> bool:
    """Whether the participants are only a comma list of three or more guests after "with" ("the chief
    executive may meet with Yoon, Hun Manet, Pham and Gusmao"), or two in the "with" phrase ("a request
    to speak with Presidents Buhari and Zuma"), with no one of them named before the meeting word: one
    side of the meetings, whose other side the text does not name here."""
    with_after = _WITH.match(text, cue.end()) is not None or cue.group().lower().endswith("with")
    if len(participants) < 2 or not with_after:
        return False
    named = [m for m in mentions if m.person in participants and m.start >= start]
    return (
        {m.person for m in named} == set(participants)
        and all(m.start >= cue.end() for m in named)
        and (
            "," in text[named[0].end : named[-1].start]
            if len(participants) > 2
            else "," not in text[cue.end() : named[-1].start]  # "In talks with A, B said": B meets A
        )
    )


_WITH = re.compile(r"\s+with\s")


_COUNTED_GUESTS = re.compile(
    r"\s+(?:(?:this|next)\s+(?:week|month)\s+|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)\s+)?(?:with|to)\s+(?:the\s+)?(?P<n>two|three|four|five|six)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|premiers|kings)\b",
    re.IGNORECASE,
)
"""Guests counted, not named, right after the meeting word ("will meet this week with five South American
presidents", "is scheduled to speak via telephone to two African leaders"): those the next sentences name."""
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NAMED_LATER_REACH = 400
"""How far after the meeting's sentence the sentence that names the counted guests must start."""


def guests_named_later(
    text: str,
    cue: re.Match[str],
    sentence_end: int,
    host: str,
    people: Sequence[PersonMention],
    sentences: Sentences,
) -> list[PersonMention] | None:
    """The first mention of each of the guests a meeting word counts without naming them ("Trump is
    scheduled to speak via telephone to two African leaders Monday. Nigeria's Muhammadu Buhari ... and South
    Africa's Jacob Zuma are the two leaders in question"), when the next sentence that names others than
    ``host`` (outside quotations, within ``_NAMED_LATER_REACH``) names just that many; else None."""
    counted = _COUNTED_GUESTS.match(text, cue.end())
    if counted is None or counted.end() > sentence_end:
        return None
    size = _COUNTS[counted["n"].lower()]
    index = bisect.bisect_left(people, sentence_end, key=lambda m: m.start)
    others = [m for m in people[index:] if m.person not in (None, host) and not m.quoted]
    if not others or others[0].start >= sentence_end + _NAMED_LATER_REACH:
        return None
    _, end = sentences.spans[sentences.index(others[0].start)]
    first: dict[str | None, PersonMention] = {}
    for mention in others:
        if mention.start >= end:
            break
        first.setdefault(mention.person, mention)
    return list(first.values()) if len(first) == size else None
