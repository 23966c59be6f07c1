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
    Cue,
    DateMention,
    MeetingCandidate,
    PersonMention,
    is_call,
    status_class,
)
from summitlib.model import MeetingStatus

__all__ = ["guests_named_later", "listed_guests", "listed_guests_only", "listed_meetings", "with_attendees"]

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


_MEETING_NOUN = r"(?:[a-z][\w-]*\s+){0,2}?(?:meeting|talks|session|discussions?|encounter)"
"""The meeting told before ("the bilateral meeting", "the talks"), not a gathering of its own ("the G20
summit")."""
_DAY_OWNED = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Tt]oday|[Tt]omorrow)['’]s"
"""A day owning a meeting ("Tuesday's summit"): the one told before, on that day, even a summit."""
_ATTENDED_BY = re.compile(
    rf"\b(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+{_MEETING_NOUN}|{_DAY_OWNED}\s+(?:[a-z][\w-]*\s+){{0,2}}?"
    r"(?:summit|meeting|talks|session|discussions?|encounter))"
    r"\s+(?:also\s+)?(?:was|were|will\s+(?:also\s+)?be|is\s+to\s+be)\s+(?:also\s+)?attended\s+by\s"
    rf"|\b(?:was|were|will\s+be)\s+(?:also\s+)?joined\s+(?:at|in|for)\s+the\s+{_MEETING_NOUN}\s+by\s"
    rf"|\b(?:[Pp]resent|[Aa]ttending)\s+(?:at\s+)?(?:the|this|that)\s+{_MEETING_NOUN}\s+(?:was|were)\s"
)
"""Who else sits in on the meeting told before, named after "by" ("The meeting was attended by Cabinet
Secretaries Omamo and Kariuki", "Tuesday's summit also will be attended by Mubarak and King Abdullah",
"De Klerk was joined at the meeting by Coetsee and Viljoen"), or after "present at the meeting were"
("Present at the meeting were Royal Court Chief Lozi and Foreign Minister Judeh", "Attending the talks
were ...")."""
_ATTENDED = re.compile(
    rf"\s(?:also\s+)?(?:attended|sat\s+in\s+on|took\s+part\s+in|participated\s+in)\s+the\s+{_MEETING_NOUN}"
    r"(?P<plural>(?<=[gn])s)?\b"
)
"""Who else sits in on the meeting told before, named before the verb ("Foreign Ministers Balakrishnan and
Marsudi also attended the bilateral meeting"); not "joined the talks midway", a part of it only."""


_OTHER_TOLD = re.compile(r"\b(?:that|said|says|told|after|before|when|while|where)\b", re.IGNORECASE)
"""Words before the attendance that make it part of another statement ("told journalists after the
session that the meeting was attended by Buhari"): its meeting may be that sentence's own."""


def with_attendees(
    found: list[MeetingCandidate],
    text: str,
    spans: list[tuple[int, int]],
    by_sentence: dict[int, list[PersonMention]],
    dates: Sequence[DateMention] = (),
) -> list[MeetingCandidate]:
    """``found`` with the people a sentence says attended the meeting told before ("The meeting was attended
    by ...") among its participants: those of the last candidate before that sentence that was held (that
    is ahead, for "will be attended by"), and of every candidate of the same encounter (the same participants
    or some of them, both calls or not, no other date or status: "Carter Meets Gorbachev" before "Carter and
    his wife Rosalynn met with Gorbachev"). The candidates of the attendance sentence itself, made
    of its attendees, are dropped. "A and B will be joined by C", after a meeting of A and B ahead, is a
    meeting of the three ahead, on the date of that sentence."""
    for index, mentions in by_sentence.items():
        if not found:
            break
        start, end = spans[index]
        if start <= found[0].start:
            continue
        later = _joined_later(found, text, start, end, mentions, dates)
        if later is not None:  # "Tomorrow, Kirchner and Lula will be joined by Chávez": a meeting of three
            found = [c for c in found if not start <= c.start < end]
            found.insert(next((i for i, c in enumerate(found) if c.start > start), len(found)), later)
            continue
        told = _attendees(text, start, end, mentions)
        if told is None:
            continue
        attendees, status, plural = told
        antecedent = next(
            (c for c in reversed(found) if c.start < start and status_class(c) in {None, status}), None
        )
        if antecedent is None:
            continue
        # "Safadi and Batayneh attended the meetings": every meeting of the sentence told before, not its last
        antecedents = [
            c
            for c in found
            if (c.start == antecedent.start and plural and status_class(c) in {None, status})
            or c is antecedent
        ]
        for antecedent in antecedents:
            found = _joined(found, antecedent, attendees, status, start, end)
    return found


def _joined(
    found: list[MeetingCandidate],
    antecedent: MeetingCandidate,
    attendees: set[str],
    status: str,
    start: int,
    end: int,
) -> list[MeetingCandidate]:
    """``found`` with ``attendees`` among the participants of ``antecedent`` and of every candidate of its
    encounter, the candidates of the attendance sentence (``start`` to ``end``) dropped."""
    base = set(antecedent.participants)
    if attendees <= base:
        return found
    joined = tuple(sorted(base | attendees))
    kept = []
    for candidate in found:
        if start <= candidate.start < end:
            continue  # "The meeting was attended by A and B": not a meeting of A and B
        if (
            set(candidate.participants) <= base
            and is_call(candidate) == is_call(antecedent)
            and status_class(candidate) in {None, status}
            and _same_date(candidate, antecedent)
        ):
            candidate = attrs.evolve(candidate, participants=joined)
        kept.append(candidate)
    return kept


_JOINED_LATER = re.compile(
    r"\b(?:will|would|are\s+to|is\s+to)\s+(?:also\s+|then\s+)?be\s+(?P<cue>joined\s+by)\s"
)
"""Who will join those named before it ("Kirchner and Lula will be joined by Chávez")."""


def _joined_later(
    found: list[MeetingCandidate],
    text: str,
    start: int,
    end: int,
    mentions: list[PersonMention],
    dates: Sequence[DateMention],
) -> MeetingCandidate | None:
    """The meeting ahead of those a sentence names before "will be joined by" and those it names after,
    when a meeting of the first ones ahead was told before; None otherwise."""
    joined = _JOINED_LATER.search(text, start, end)
    if joined is None:
        return None
    subjects = {
        m.person for m in mentions if m.person is not None and m.end <= joined.start() and not m.possessive
    }
    guests = {
        m.person for m in mentions if m.person is not None and m.start >= joined.end() and not m.possessive
    }
    if not subjects or not guests - subjects:
        return None
    antecedent = next(
        (
            c
            for c in reversed(found)
            if c.start < start and subjects <= set(c.participants) and status_class(c) in {None, "ahead"}
        ),
        None,
    )
    if antecedent is None:
        return None
    cue = Cue(start=joined.start("cue"), end=joined.end("cue"), text=joined["cue"])
    said = Cue(start=joined.start(), end=joined.end("cue"), text=text[joined.start() : joined.end("cue")])
    return attrs.evolve(
        antecedent,
        start=start,
        end=end,
        text=text[start:end],
        participants=tuple(sorted(set(antecedent.participants) | guests)),
        meeting_cue=cue,
        status=MeetingStatus.PLANNED,
        status_cue=said,
        when=next((d for d in dates if start <= d.start < end), None),
        place=None,
        occasion=None,
        duration=None,
        carried=False,
    )


def _attendees(
    text: str, start: int, end: int, mentions: list[PersonMention]
) -> tuple[set[str], str, bool] | None:
    """The people a sentence says attended the meeting told before, whether that meeting is ahead ("will be
    attended by"), and whether they attended several ("attended the meetings"); None when it says no such
    thing or names no one."""
    by = _ATTENDED_BY.search(text, start, end)
    if by is not None and not _OTHER_TOLD.search(text, start, by.start()):
        found = {
            m.person for m in mentions if m.person is not None and m.start >= by.end() and not m.possessive
        }
        return (found, "ahead" if "will" in by.group() else "held", False) if found else None
    attended = _ATTENDED.search(text, start, end)
    if attended is not None and not _OTHER_TOLD.search(text, start, attended.start()):
        found = {
            m.person
            for m in mentions
            if m.person is not None and m.end <= attended.start() and not m.possessive
        }
        return (found, "held", attended["plural"] is not None) if found else None
    return None


def _same_date(a: MeetingCandidate, b: MeetingCandidate) -> bool:
    if a.when is None or b.when is None or a.when.value is None or b.when.value is None:
        return True
    return a.when.value == b.when.value


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
