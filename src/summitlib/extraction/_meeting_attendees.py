"""Who else sits in on a meeting: people a sentence says attended or joined it, beside those who meet.

A meeting's participants are everyone the text says took part, not only the leaders who meet: "The meeting
was attended by A and B", "A and B attended part of the meeting", "The two leaders met one-on-one, then
were joined by A", "The only other people present were A and B". Where the attendance is said decides
which meeting it is of:

* words that name the meeting told before ("the meeting was attended by", "attended the talks", "present
  at the meeting were", "X was accompanied by A during the meeting", "A, who was also present at talks with
  Y"): the last meeting before the sentence, however far (and one with X or Y in it when the words name
  them);
* a sentence opening on the people of that meeting ("They were later joined by A", "The two leaders met
  alone, then were joined by A", "Putin and Xi were later joined by A"): the last meeting of the few
  sentences before (one with Putin and Xi in it);
* a meeting of the same sentence before the words ("will meet on June 1, with the participation of A",
  "met X and was later joined by A");
* bare words ("The only other people present were A and B", "A was also present"): the meeting of the
  same sentence, else the last one of the sentences just before it in the same paragraph.

Bare words, and a sentence opening on the meeting's people, attach no one across a dinner, an arrival, a
ceremony or a press conference told between the meeting and them: those present there are not at the
meeting. A companion on the trip ("Assad arrived accompanied by Khaddam", "During the visit, Sisi is
accompanied by Shoukry") is no attendee: "accompanied by" counts only with the meeting named. A sentence
that only tells who attended is no meeting of its own: its candidates made of its attendees are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

import attrs

from summitlib.extraction._meeting_cues import CARRY
from summitlib.extraction._pattern_forms import folded, lowered
from summitlib.extraction._types import (
    Cue,
    DateMention,
    MeetingCandidate,
    PersonMention,
    is_call,
    status_class,
)
from summitlib.model import MeetingStatus

__all__ = ["with_attendees"]

_Reach = Literal["told", "back", "own", "bare"]
"""Where the meeting of an attendance is looked for (see the module and `_Attendance.reach`)."""


_MEETING_NOUN = r"(?:[a-z][\w-]*\s+){0,2}?(?:meeting|talks|session|discussions?|encounter)"
"""The meeting told before ("the bilateral meeting", "the talks"), not a gathering of its own ("the G20
summit")."""
_PART_OF = r"(?:(?:part|parts|some|most|much|all|the\s+(?:rest|start|end|beginning|first\s+part))\s+of\s+)?"
"""Part of the meeting sat in on ("attended part of the meeting")."""
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
    rf"\s(?:also\s+)?(?:attended|sat\s+in\s+on|took\s+part\s+in|participated\s+in)\s+{_PART_OF}the\s+"
    rf"{_MEETING_NOUN}(?P<plural>(?<=[gn])s)?\b"
)
"""Who else sits in on the meeting told before, named before the verb ("Foreign Ministers Balakrishnan and
Marsudi also attended the bilateral meeting", "Khasawneh and Madbouly attended part of the meeting"); not
"joined the talks midway", a part of it only."""
_OTHER_TOLD = re.compile(r"\b(?:that|said|says|told|after|before|when|while|where)\b", re.IGNORECASE)
"""Words before the attendance that make it part of another statement ("told journalists after the
session that the meeting was attended by Buhari"): its meeting may be that sentence's own."""

_PRESENT_WERE = re.compile(
    r"\b(?:(?:[Aa]lso|[Oo]thers?|[Tt]hose|(?:[Tt]he\s+)?(?:only\s+)?(?:other\s+)?(?:people|persons|officials"
    r"|participants|ministers|aides))\s+)(?:present|in\s+attendance)"
    rf"(?P<told>\s+(?:at|in|during|for)\s+(?:the|this|that)\s+{_PART_OF}{_MEETING_NOUN})?"
    r"\s+(?:were|was|included|(?P<ahead>will\s+be|are\s+to\s+be))\s"
)
"""Others present, named after the verb ("The only other people present were Zardari and Sonia", "Also in
attendance were ...", "among those present at the meeting will be ..."): at the meeting of the sentence or
the one before, or the meeting it names."""
_WAS_PRESENT = re.compile(
    r"\s(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)"
    rf"(?:(?P<told>\s+(?:at|in|during|for)\s+(?:(?:the|this|that|their)\s+)?{_PART_OF}{_MEETING_NOUN}"
    r"(?P<with>\s+with\s)?)|(?=\s+to\s+accompany\b|\s*[,.;:)—–-]|\s*$))"
)
"""Someone present, named before the verb ("Sharaa was also present", "Retno Marsudi, who was also present
to accompany the President", "Chernomyrdin, who was also present at talks with Niyazov"); not present at
something else ("was present at the dinner")."""
_JOINED_BY = re.compile(
    r"\b(?:were|was|been|being)\s+(?:later\s+|then\s+|also\s+|briefly\s+|subsequently\s+){0,2}"
    r"(?:(?:set|expected|due|scheduled)\s+to\s+be\s+)?joined\s+by\s"
)
"""Who joined those meeting, named after "by" ("then were joined by Egyptian Foreign Minister Amr
Moussa", "They were also set to be joined by Kirchner"); "will be joined by" is a meeting of all of them
ahead (`_JOINED_LATER`)."""
_ACCOMPANIED = re.compile(r"\b(?:was|were|is|are)\s+(?:also\s+)?accompanied\s+by\s")
"""Who came with someone ("Erdoğan was accompanied by Çavuşoğlu ... during the meeting"): an attendee only
when the sentence names the meeting (`_AT_MEETING`), not a companion on the trip."""
_AT_MEETING = re.compile(
    rf"\b(?:[Dd]uring|[Aa]t|[Ii]n|[Ff]or)\s+(?:the|this|that|these)\s+{_MEETING_NOUN}s?\b"
)
"""The meeting named in a sentence that says who came with someone ("during the meeting", "In the bilateral
meeting, Albanese was accompanied by")."""
_OWN_CLAUSE = re.compile(r"\bwith\s+the\s+participation\s+of\s")
"""Others in the meeting of the same clause, named after the words ("another meeting will take place on
June 1, with the participation of Macron and Scholz"); not those who look on ("started their meeting in the
presence of the foreign ministers")."""
_ANY_CUE = re.compile(r"attend|present|joined|accompan|participat|took\s+part|sat\s+in", re.IGNORECASE)
"""What every attendance has: a sentence without it needs no look with each pattern."""
_ANY_CUE_FOLDED = folded(_ANY_CUE)
"""``_ANY_CUE`` for the lower-cased text, where ``re`` skips ahead to its first letters (case-insensitive,
it tries every alternative at every position: a tenth of a pass went to this look)."""

_TOLD_MEETING = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+{_MEETING_NOUN}\b(?!\s+(?:between|with|of|among|on|in)\b)"
)
"""The meeting told before, named in a sentence ("After the meeting, Retno, who was also present, said")."""
_BACK = re.compile(r"[\s\"“]*(?:(?:Later|Then|Afterwards|Subsequently)\s*,?\s+)?(?P<they>[Tt]hey\b)?")
"""A sentence opening on the people of the meeting told before: "They" ("They were later joined by"), or
``CARRY`` where the match ends ("The two leaders met one-on-one, then were joined by")."""
_RELATIVE = re.compile(r",\s+who\s*$")
"""A relative clause: the attendee is the one named right before it ("Retno Marsudi, who was present")."""
_CLAUSE_START = re.compile(r",\s+(?:and|but|while|as|whereas)\s+|;\s*|:\s*")
"""Where the clause of a subject before the verb starts ("Putin met Xi, and Lavrov was also present")."""
_LIST_END = re.compile(
    r";|,\s+(?:according\s+to|who\s+said|officials?\s+said|(?:he|she|they)\s+said)\b|\s(?:said|says)\b"
)
"""Where a list of attendees after the verb ends ("..., according to a statement from Mubarak's office")."""
_ELSEWHERE = re.compile(
    r"\b(?:breakfast|lunch|luncheon|dinner|banquet|supper|reception|ceremony|funeral|airport|arriv(?:al|ed|ing|es)"
    r"|(?:press|news)\s+conference|photo\w*)\b",
    re.IGNORECASE,
)
"""An occasion other than the meeting told between it and bare attendance words: those present were there."""
_REACH = 3
"""How many sentences before the attendance a sentence opening on the meeting's people may look back."""
_BARE_REACH = 2
"""How many sentences before bare attendance words, in the same paragraph, their meeting may be told."""


@attrs.frozen(kw_only=True)
class _Attendance:
    """What one sentence says about who else sat in on a meeting."""

    attendees: frozenset[str]
    at: int
    """Where the attendance words start: a meeting of the same sentence before them may be theirs."""
    span: tuple[int, int]
    """The attendance words: a candidate whose meeting word is in them is that meeting, no new one."""
    reach: _Reach
    """``"told"`` (the words name the meeting told before), ``"back"`` (the sentence opens on its people),
    ``"own"`` (the meeting of the same clause) or ``"bare"``."""
    status: str | None = None
    """``"held"`` or ``"ahead"`` when the words say ("was attended by", "will be attended by")."""
    plural: bool = False
    """Whether they attended several meetings ("attended the meetings")."""
    with_people: frozenset[str] = frozenset()
    """Those the meeting must have ("Erdoğan was accompanied by", "present at talks with Niyazov", "Putin
    and Xi were later joined by")."""


def with_attendees(
    found: list[MeetingCandidate],
    text: str,
    spans: list[tuple[int, int]],
    by_sentence: dict[int, list[PersonMention]],
    dates: Sequence[DateMention] = (),
) -> list[MeetingCandidate]:
    """``found`` with the people a sentence says attended a meeting among its participants: those of the
    meeting the words are of (see the module), and of every candidate of the same encounter (the same
    participants or some of them, both calls or not, no other date or status: "Carter Meets Gorbachev"
    before "Carter and his wife Rosalynn met with Gorbachev"). The candidates of the attendance sentence
    made of its attendees are dropped. "A and B will be joined by C", after a meeting of A and B ahead, is
    a meeting of the three ahead, on the date of that sentence."""
    named: set[str] = set()  # everyone named in the sentences before
    low = lowered(text)
    any_cue, source = (_ANY_CUE, text) if low is None else (_ANY_CUE_FOLDED, low)
    for index, mentions in sorted(by_sentence.items()):
        if not found:
            break
        start, end = spans[index]
        earlier = set(named)
        named.update(m.person for m in mentions if m.person is not None)
        if start <= found[0].start and not any(start <= c.start < end for c in found):
            continue
        if not any_cue.search(source, start, end):
            continue
        later = _joined_later(found, text, start, end, mentions, dates)
        if later is not None:  # "Tomorrow, Kirchner and Lula will be joined by Chávez": a meeting of three
            found = [c for c in found if not start <= c.start < end]
            found.insert(next((i for i, c in enumerate(found) if c.start > start), len(found)), later)
            continue
        told = _attendance(text, start, end, mentions)
        if told is None:
            continue
        antecedents = _antecedents(found, told, text, spans, index)
        for antecedent in antecedents:
            found = _joined(found, antecedent, told, start, end)
        if not antecedents and earlier - told.attendees:
            # "A and B attended part of the meeting", after others were named: not theirs, if not found
            found = [c for c in found if not (start <= c.start < end and _made_of(c, told))]
    return found


def _made_of(candidate: MeetingCandidate, told: _Attendance) -> bool:
    """Whether ``candidate`` is the attendance itself: its participants all attendees, or its meeting word
    the one the attendance words name ("The meeting was attended by A")."""
    return set(candidate.participants) <= told.attendees or (
        told.span[0] <= candidate.meeting_cue.start < told.span[1]
    )


def _antecedents(
    found: list[MeetingCandidate], told: _Attendance, text: str, spans: list[tuple[int, int]], index: int
) -> list[MeetingCandidate]:
    """The candidates the attendance of sentence ``index`` is of (see the module); none when its meeting
    is not found."""
    start, end = spans[index]

    def fits(candidate: MeetingCandidate) -> bool:
        return (
            (told.status is None or status_class(candidate) in {None, told.status})
            and told.with_people <= set(candidate.participants)
            and not set(candidate.participants) <= told.attendees
        )

    own = [
        c
        for c in found
        if start <= c.start < end and c.meeting_cue.end <= told.at and not _made_of(c, told) and fits(c)
    ]
    if own and told.reach != "told" and not _ELSEWHERE.search(text, own[-1].meeting_cue.end, end):
        return [own[-1]]
    if told.reach == "own":
        return []
    before = [c for c in found if c.start < start]
    if not before:
        return []
    antecedent = before[-1] if told.reach != "told" else next((c for c in reversed(before) if fits(c)), None)
    if antecedent is None or not fits(antecedent):
        return []
    if told.reach != "told" and not _close_by(antecedent, told, text, spans, index):
        return []
    # "Safadi and Batayneh attended the meetings": every meeting of the sentence told before, not its last
    return [c for c in found if c is antecedent or (told.plural and c.start == antecedent.start and fits(c))]


def _close_by(
    antecedent: MeetingCandidate, told: _Attendance, text: str, spans: list[tuple[int, int]], index: int
) -> bool:
    """Whether attendance words that do not name the meeting (in sentence ``index``) may be of
    ``antecedent``, told before: in the few sentences before (bare words: in the same paragraph too), with
    no other occasion told between ("then had breakfast. Also in attendance were ...")."""
    start, end = spans[index]
    first = spans[max(index - (_REACH if told.reach == "back" else _BARE_REACH), 0)][0]
    if antecedent.start < first or _ELSEWHERE.search(text, antecedent.meeting_cue.end, end):
        return False
    return told.reach != "bare" or "\n" not in text[antecedent.end : start]


def _joined(
    found: list[MeetingCandidate], antecedent: MeetingCandidate, told: _Attendance, start: int, end: int
) -> list[MeetingCandidate]:
    """``found`` with the attendees among the participants of ``antecedent`` and of every candidate of its
    encounter, the candidates of the attendance sentence (``start`` to ``end``) made of its attendees
    dropped."""
    base = set(antecedent.participants)
    joined = tuple(sorted(base | told.attendees))
    status = told.status or status_class(antecedent)
    kept = []
    for candidate in found:
        if candidate is not antecedent and start <= candidate.start < end and _made_of(candidate, told):
            continue  # "The meeting was attended by A and B": not a meeting of A and B
        if candidate is antecedent or (
            set(candidate.participants) <= base
            and is_call(candidate) == is_call(antecedent)
            and (status is None or status_class(candidate) in {None, status})
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


def _attendance(text: str, start: int, end: int, mentions: list[PersonMention]) -> _Attendance | None:
    """What the sentence ``start:end`` says about who else sat in on a meeting; None when it says no such
    thing or names no one."""
    by = _ATTENDED_BY.search(text, start, end)
    if by is not None and not _OTHER_TOLD.search(text, start, by.start()):
        status = "ahead" if "will" in by.group() else "held"
        return _after(text, by, end, mentions, reach="told", status=status)
    attended = _ATTENDED.search(text, start, end)
    if attended is not None and not _OTHER_TOLD.search(text, start, attended.start()):
        found = _subjects(text, start, attended.start(), mentions)
        plural = attended["plural"] is not None
        return _made(found, attended, reach="told", status="held", plural=plural)
    present = _PRESENT_WERE.search(text, start, end)
    if present is not None:
        reach = "told" if present["told"] else _unnamed_reach(text, start, end)
        return _after(text, present, end, mentions, reach=reach, status="ahead" if present["ahead"] else None)
    return _present(text, start, end, mentions) or _joined_by(text, start, end, mentions)


def _present(text: str, start: int, end: int, mentions: list[PersonMention]) -> _Attendance | None:
    """Someone "was also present" (at the meeting, or with nothing else named) or was "accompanied by"
    others during the meeting; None when the sentence says neither."""
    present = _WAS_PRESENT.search(text, start, end)
    if present is not None:
        found = _subjects(text, start, present.start(), mentions)
        with_person = _first_after(present.end(), end, mentions) if present["with"] else None
        with_people = frozenset() if with_person is None else frozenset({with_person})
        reach = "told" if present["told"] else _unnamed_reach(text, start, end)
        return _made(found, present, reach=reach, with_people=with_people)
    accompanied = _ACCOMPANIED.search(text, start, end)
    tie = _AT_MEETING.search(text, start, end) if accompanied is not None else None
    if accompanied is None or tie is None:
        return None
    host = _subjects(text, start, accompanied.start(), mentions)
    stop = tie.start() if tie.start() > accompanied.end() else end
    if len(host) != 1:
        return None
    return _after(text, accompanied, stop, mentions, reach="told", with_people=frozenset(host))


def _joined_by(text: str, start: int, end: int, mentions: list[PersonMention]) -> _Attendance | None:
    """Those who "were joined by" others, or a meeting "with the participation of" others; None when the
    sentence says neither. Unless the sentence opens on the meeting's people ("They were later joined by"),
    those joined are someone of the meeting ("Biden was later joined by Blinken"), or the meeting is of
    the same sentence ("met Scholz and was later joined by"); not others ("protesters were joined by")."""
    joined = _JOINED_BY.search(text, start, end)
    if joined is not None:
        reach = _unnamed_reach(text, start, end, back=True)
        subjects = (
            frozenset(_subjects(text, start, joined.start(), mentions)) if reach != "back" else frozenset()
        )
        if reach != "back":  # "Putin and Xi were later joined by": a back-reference by name
            reach = "back" if subjects else "own"
        return _after(text, joined, end, mentions, reach=reach, with_people=subjects)
    own = _OWN_CLAUSE.search(text, start, end)
    if own is not None:
        return _after(text, own, end, mentions, reach="own")
    return None


def _unnamed_reach(text: str, start: int, end: int, back: bool = False) -> _Reach:
    """The reach of attendance words that name no meeting: ``"told"`` when the sentence names the meeting
    told before elsewhere ("After the meeting, ..."), ``"back"`` when it opens on the meeting's people
    (with ``back``), else ``"bare"``."""
    if _TOLD_MEETING.search(text, start, end):
        return "told"
    lead = _BACK.match(text, start, end)
    if back and lead is not None and (lead["they"] or CARRY.match(text, lead.end(), end)):
        return "back"
    return "bare"


def _after(
    text: str,
    cue: re.Match[str],
    end: int,
    mentions: list[PersonMention],
    *,
    reach: _Reach,
    status: str | None = None,
    with_people: frozenset[str] = frozenset(),
) -> _Attendance | None:
    """The attendance of those named after ``cue`` up to the end of their list (or ``end``)."""
    stop = _LIST_END.search(text, cue.end(), end)
    last = stop.start() if stop is not None else end
    found = {
        m.person
        for m in mentions
        if m.person is not None and cue.end() <= m.start and m.end <= last and not m.possessive
    }
    return _made(found, cue, reach=reach, status=status, with_people=with_people)


def _subjects(text: str, start: int, verb: int, mentions: list[PersonMention]) -> set[str]:
    """Those named before the verb at ``verb`` in its clause: the one named right before ", who" of a
    relative clause, else everyone named from the clause's start."""
    relative = _RELATIVE.search(text, max(start, verb - 12), verb)
    if relative is not None:
        before = [m for m in mentions if start <= m.start and m.end <= relative.start()]
        last = before[-1] if before else None
        return set() if last is None or last.person is None or last.possessive else {last.person}
    clause = start
    for boundary in _CLAUSE_START.finditer(text, start, verb):
        clause = boundary.end()
    return {
        m.person
        for m in mentions
        if m.person is not None and clause <= m.start and m.end <= verb and not m.possessive
    }


def _first_after(start: int, end: int, mentions: list[PersonMention]) -> str | None:
    """The first person named in ``start:end`` ("present at talks with Niyazov")."""
    return next((m.person for m in mentions if start <= m.start < end and m.person is not None), None)


def _made(
    found: set[str],
    cue: re.Match[str],
    *,
    reach: _Reach,
    status: str | None = None,
    plural: bool = False,
    with_people: frozenset[str] = frozenset(),
) -> _Attendance | None:
    """The attendance of ``found`` said by ``cue``; None when no one is named."""
    if not found:
        return None
    return _Attendance(
        attendees=frozenset(found),
        at=cue.start(),
        span=(cue.start(), cue.end()),
        reach=reach,
        status=status,
        plural=plural,
        with_people=with_people,
    )


def _same_date(a: MeetingCandidate, b: MeetingCandidate) -> bool:
    if a.when is None or b.when is None or a.when.value is None or b.when.value is None:
        return True
    return a.when.value == b.when.value
