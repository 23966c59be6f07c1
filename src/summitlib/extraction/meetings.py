"""Candidate meetings: leaders mentioned together with a meeting cue, and the cues around them.

A sentence proposes a meeting when it has a meeting word ("met", "meeting", "sit down", "talks",
"face-to-face", "shook hands", "bump into" ...) and at least two leaders the corpus knows. Leaders count
when they are named outside quotations and are not only the speaker of an attribution or the owner of
someone else's title ("Putin's press secretary"); "the two leaders", "the presidents" or "both sides"
bring in the pair of leaders named together most often in the text, and "between A and B" (titles allowed)
picks that pair out of a sentence that names others too ("... in contrast to meetings between Putin and
Barack Obama"), one candidate per such pair. The nearest date, place ("in Hamburg, Germany"),
occasion ("the G20 summit") and duration in the sentence are attached, and the status cue nearest to
the meeting word sets the status — except that "ruled out" or "cancelled" anywhere in the sentence wins,
and a question proposes only a possible meeting. Numbers are not counted as meetings: "two nuclear
powers" is not "two meetings".

This module picks the participants of each clause; `_meeting_details` builds the candidate with its
status, format, date, place, occasion and duration.

Examples:
    >>> from summitlib import Leader, Records
    >>> from summitlib.extraction import extract
    >>> records = Records(leaders=[Leader(id="a", name="Ann Smith"), Leader(id="b", name="Bo Jones")])
    >>> [m] = extract("Smith met Jones in Oslo on Friday.", corpus=records).meetings
    >>> m.participants, m.status.value, m.place.name
    (('a', 'b'), 'held', 'Oslo')
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from summitlib.dates import PartialDate
from summitlib.extraction._hosts import co_visitors, leaders_of, visit_host
from summitlib.extraction._lexicon import Lexicon
from summitlib.extraction._meeting_cues import (
    CARRY,
    CARRY_FOLDED,
    SPEAK_WITH,
    MeetingCues,
    meeting_clauses,
)
from summitlib.extraction._meeting_details import build_candidate
from summitlib.extraction._meeting_lists import listed_guests, listed_meetings
from summitlib.extraction._participants import (
    VOICE,
    between_groups,
    dominant_group,
    dominant_pair,
    named_subjects,
    office_of_pair,
    pair_counts,
    pronoun_object,
    pronoun_subject,
    quoted_around,
    recent_group,
    select_participants,
    speaker_and_named,
)
from summitlib.extraction._pattern_forms import guarded
from summitlib.extraction._text import Sentences
from summitlib.extraction._types import (
    Attribution,
    DateMention,
    DurationMention,
    MeetingCandidate,
    Person,
    PersonMention,
)
from summitlib.model import MeetingStatus

__all__ = ["find_meetings"]


def find_meetings(
    text: str,
    people: list[PersonMention],
    dates: list[DateMention],
    durations: list[DurationMention],
    attributions: list[Attribution],
    lexicon: Lexicon,
    sentences: Sentences | None = None,
    anchor: PartialDate | None = None,
    persons: Sequence[Person] = (),
    dateline: DateMention | None = None,
) -> list[MeetingCandidate]:
    """Candidate meetings, one per sentence that proposes one, in text order."""
    sentences = sentences or Sentences(text)
    if dateline is not None:  # the date of the writing, not of a meeting
        dates = [d for d in dates if not (d.start < dateline.end and dateline.start < d.end)]
    speakers = {a.speaker_cue.start: (a.verb_cue.start, a.verb_cue.end) for a in attributions}
    by_sentence: dict[int, list[PersonMention]] = {}
    quoted: dict[int, list[PersonMention]] = {}
    for mention in people:
        if mention.person is not None and mention.rule != "credit":  # a photo credit meets no one
            into = quoted if mention.quoted else by_sentence
            into.setdefault(sentences.index(mention.start), []).append(mention)
    pairs = pair_counts(by_sentence, {p.id for p in persons if p.office and VOICE.search(p.office)})
    found: list[MeetingCandidate] = []
    cues = MeetingCues(text)
    several_possible = _may_count(cues)
    # "the two leaders": office_of_pair reads its words ignoring case, so the lower-cased text serves
    carry_in, carried_text = (CARRY, text) if cues.lowered is None else (CARRY_FOLDED, cues.lowered)
    reading = _Reading(
        text=text,
        people=people,
        persons=persons,
        attributions=attributions,
        lexicon=lexicon,
        speakers=speakers,
        by_sentence=by_sentence,
        pairs=pairs,
        several_possible=several_possible,
        carry_in=carry_in,
        carried_text=carried_text,
    )
    for index, (sentence_start, sentence_end) in enumerate(sentences.spans):
        in_sentence = by_sentence.get(index, [])
        first = cues.search(sentence_start, sentence_end)
        if first is None:
            continue
        clauses = meeting_clauses(cues, sentence_start, sentence_end, first, in_sentence)
        before = len(found)
        for start, end, mentions in clauses:
            cue = cues.search(start, end)
            while cue is not None and (
                _APPEAL.match(text, cue.start(), end) or _AUDIENCE.match(text, cue.start(), end)
            ):
                cue = cues.search(cue.end(), end)  # "Trump called on Putin and Zelensky to attend": no call
            if cue is None:
                continue
            # "There are no plans for Trump to meet with Putin," (not "We had a call with Mr. Trump"):
            inside = quoted_around(text, cue, quoted.get(index, []))
            from_quote = len({m.person for m in inside}) >= 2 and not speaker_and_named(
                text, cue, quoted.get(index, []), attributions
            )
            if from_quote:
                mentions = inside
            chosen = _choose(reading, start, end, cue, mentions, quoted.get(index, []), found)
            participants, carried, caller = chosen.participants, chosen.carried, chosen.caller
            guests = co_visitors(text, cue, end, participants, mentions)
            if guests:  # "the visit of Speaker Gbajabiamila and Vice President Osinbajo to Ghana"
                host = visit_host(text, start, end, persons, guests[0], lexicon, anchor)
                found.extend(
                    build_candidate(
                        cues,
                        start,
                        end,
                        cue,
                        tuple(sorted({guest, host})),
                        True,
                        dates,
                        durations,
                        mentions,
                        lexicon,
                        anchor,
                    )
                    for guest in guests
                    if host is not None and host not in guests
                )
                continue
            if len(participants) == 1:
                host = visit_host(text, start, end, persons, participants[0], lexicon, anchor)
                if host is not None:  # "Trump's state visit to the United Kingdom": Britain's leader hosts
                    participants, carried = tuple(sorted({participants[0], host})), True
            groups = between_groups(text, start, end, mentions)
            if groups:
                # "meetings between Putin and Barack Obama": that pair, whoever else the sentence names
                in_clause = list(cues.finditer(start, end))
                for at, group in groups:
                    near = min(in_clause, key=lambda m: abs(m.start() - at))
                    found.append(
                        build_candidate(
                            cues, start, end, near, group, False, dates, durations, mentions, lexicon, anchor
                        )
                    )
                continue
            if len(participants) < 2:
                continue
            candidate = build_candidate(
                cues, start, end, cue, participants, carried, dates, durations, mentions, lexicon, anchor
            )
            if from_quote and candidate.status is None:
                continue  # "Putin and Biden should meet," an analyst said: an opinion, not a proposal
            if len(participants) > 2 and (
                (candidate.format is not None and candidate.format.is_call)
                or _SEPARATE.search(text, start, end)
                or _EACH_OF.search(text, cue.end(), end)
                or (
                    listed_guests(text, start, end, cue, participants, mentions)
                    and not _SEVERAL.search(text, start, end)  # a trilateral or four-way summit
                )
            ):  # "Modi called Ghani and Hasina", "Yoon held separate meetings with Li and Kishida"
                found.extend(_calls_one_by_one(candidate, mentions, caller))
                continue
            found.extend(listed_meetings(candidate, text, end, dates, mentions, anchor))
        if len(clauses) > 1:  # "conferred with A before attending a banquet with A and B": both held
            known = next((c for c in found[before:] if c.status in _SHARED_STATUSES), None)
            if known is not None:
                found[before:] = [
                    c
                    if c.status is not None
                    else attrs.evolve(c, status=known.status, status_cue=known.status_cue)
                    for c in found[before:]
                ]
    return found


@attrs.frozen(kw_only=True)
class _Reading:
    """What `find_meetings` reads once per text, from which each clause's participants are chosen."""

    text: str
    people: list[PersonMention]
    """Every person mention of the text."""
    persons: Sequence[Person]
    attributions: list[Attribution]
    lexicon: Lexicon
    speakers: dict[int, tuple[int, int]]
    """The verb span of each attribution, by the start of its speaker's cue."""
    by_sentence: dict[int, list[PersonMention]]
    """The mentions outside quotations of each sentence, by its index."""
    pairs: dict[tuple[str, str], tuple[int, int]]
    """How often each pair of people is named together (`pair_counts`)."""
    several_possible: bool
    """Whether ``_SEVERAL`` may match in the text (`_may_count`)."""
    carry_in: re.Pattern[str]
    """``CARRY`` ("the two leaders"), or its form for the lower-cased text."""
    carried_text: str
    """The text ``carry_in`` reads."""


@attrs.frozen(kw_only=True)
class _Chosen:
    """The participants of a clause's meeting, whether they were carried in from the rest of the text ("the
    two leaders"), and the caller a pronoun before the meeting word stands for."""

    participants: tuple[str, ...]
    carried: bool
    caller: str | None


def _choose(
    reading: _Reading,
    start: int,
    end: int,
    cue: re.Match[str],
    mentions: list[PersonMention],
    quoted: list[PersonMention],
    found: list[MeetingCandidate],
) -> _Chosen:
    """The participants of the meeting at ``cue`` in the clause ``start:end``: those named there
    (``mentions``, ``quoted`` being the sentence's quoted ones), else the pair or group the text is about."""
    text, people, persons, lexicon = reading.text, reading.people, reading.persons, reading.lexicon
    speakers, by_sentence, pairs = reading.speakers, reading.by_sentence, reading.pairs
    carry_in, carried_text, attributions = reading.carry_in, reading.carried_text, reading.attributions
    participants = select_participants(text, mentions, speakers, cue, start)
    carried = False
    pair = _hyphened_pair(text, cue, mentions)
    if pair is not None:  # "Not even Melania could break up lengthy Putin-Trump meeting": those two
        participants = pair
    if len(participants) < 2 and _THEIR_BEFORE.search(text, max(start, cue.start() - 40), cue.start()):
        named = {m.person for m in mentions if m.person and not m.quoted and m.rule != "credit"}
        if len(named) == 2:  # "Bush urged Gorbachev on the eve of their summit": the two named
            participants, carried = tuple(sorted(named)), True
        elif len(named) < 2:  # "Sadat described their two days of meetings": the text's pair
            their = dominant_pair(pairs, tuple(named))
            if their is not None:
                participants, carried = their, True
    several = _SEVERAL.search(text, start, end) if reading.several_possible else None
    size = _COUNTS[(several["n"] or several["n2"]).lower()] if several is not None else 0
    if len(participants) < size:
        group = dominant_group(by_sentence, size, participants) or recent_group(found, size, participants)
        if group is not None:  # "the three leaders first met in Asmara"
            participants, carried = group, True
    if len(participants) > 2:
        # "Kerry and his counterpart Rodriguez held a meeting ... before Castro"
        participants = named_subjects(text, start, end, cue, mentions, participants)
    if len(participants) < 2:  # "The leaders of South Korea and Japan on Monday agreed"
        of_countries = leaders_of(text, start, end, persons, lexicon)
        if of_countries is not None:
            participants, carried = of_countries, True
    carry = carry_in.search(carried_text, cue.end(), end) if len(participants) == 1 else None
    if carry is not None and _OBJECT_GAP.fullmatch(text, cue.end(), carry.start()):
        # "Museveni welcomed the two leaders": the host and the pair the text is about
        guests = dominant_pair(pairs, (), without=participants[0])
        if guests is not None:
            participants, carried = tuple(sorted({*guests, participants[0]})), True
    carry = carry_in.search(carried_text, start, end) if len(participants) < 2 else None
    if len(participants) < 2 and (
        carry is not None or (not participants and _THEY_MET.search(text, start, end))
    ):
        pair = dominant_pair(pairs, participants, holding=office_of_pair(carry, persons))
        if pair is None and found and set(participants) <= set(found[-1].participants):
            pair = found[-1].participants  # the pair of the meeting just proposed
        if pair is not None:
            participants, carried = pair, True
    if not participants:
        # "We had a call with Mr. Trump," Erdogan said: the speaker and the one named
        participants = speaker_and_named(text, cue, quoted, attributions)
    caller: str | None = None
    if len(participants) >= 2:
        # "he will also hold separate bilateral meetings with President Rouhani and President Erdogan"
        pronoun_before = _PRONOUN_BEFORE.search(text, max(start, cue.start() - 40), cue.start())
        if pronoun_before is not None and all(
            m.start > cue.start() for m in mentions if m.person in participants
        ):
            pronoun = pronoun_subject(text, start, cue.start(), people, "")
            if pronoun is not None and pronoun not in participants:
                participants, caller = tuple(sorted({*participants, pronoun})), pronoun
    if len(participants) == 1:
        subject = pronoun_subject(text, start, cue.start(), people, participants[0]) or pronoun_object(
            text, cue, people, participants[0]
        )
        if subject is not None:
            participants, carried = tuple(sorted({participants[0], subject})), True
    return _Chosen(participants=participants, carried=carried, caller=caller)


_AUDIENCE = re.compile(
    rf"{SPEAK_WITH}\s+(?:the\s+|a\s+)?(?:reporters|journalists|newsmen|press|media|students|crowds?|nation|audiences?"
    r"|lawmakers|supporters|troops|parliament|congress|business\s+leaders)\b",
    re.IGNORECASE,
)
"""Speaking to an audience ("did not pose for photographs or speak to reporters"), not to a person."""


def _hyphened_pair(text: str, cue: re.Match[str], mentions: list[PersonMention]) -> tuple[str, ...] | None:
    """The two people whose names, joined by a hyphen, stand before the meeting word ("the Putin-Trump
    meeting", "a Modi-Xi summit"), with at most a word or two between."""
    for first, second in itertools.pairwise(mentions):
        if (
            first.person is not None
            and second.person is not None
            and first.person != second.person
            and text[first.end : second.start] in {"-", "–"}
            and 0 <= cue.start() - second.end <= 25
            and _ADJECTIVES_GAP.fullmatch(text, second.end, cue.start())
        ):
            return tuple(sorted({first.person, second.person}))
    return None


_ADJECTIVES_GAP = re.compile(r"(?:\s+[a-z-]+){0,2}\s+")
_THEIR_BEFORE = re.compile(r"\btheir\s+(?:[\w-]+\s+){0,3}\Z")
_APPEAL = re.compile(
    r"call(?:s|ed|ing)?\s+(?:on|upon)\s+[^.;:!?\"“”]{1,80}?\bto\s+(?!(?:discuss|hold|talk|review|exchange|brief"
    r"|convey|greet|congratulate|meet|pay|present|deliver|hand|seek|sign|bid|express|thank)\b)[a-z]+\b"
    r"|call(?:s|ed|ing)?\s+(?:(?:during|at|in|on)\s+[^.;:!?\"“”]{1,100}?\s)?for\b",
    re.IGNORECASE,
)
"""An appeal ("called on Putin and Zelensky to attend the talks", "calls upon both sides to refrain", "called
during a meeting with Tinubu for great cooperation", "called for calm"), not a courtesy call ("called on the
president to discuss trade", "called on him on Tuesday")."""
_SHARED_STATUSES = (MeetingStatus.HELD, MeetingStatus.PLANNED)
"""Statuses one meeting of a sentence lends another that has none (not a refusal or cancellation)."""
_OBJECT_GAP = re.compile(r"\s+(?:with\s+)?")
_PRONOUN_BEFORE = guarded(re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:[a-z-]+\s+){0,5}\Z"))
_SEPARATE = guarded(
    re.compile(r"\bseparate(?:ly)?\b|\bone\s+after\s+the\s+other\b|\bin\s+turn\b", re.IGNORECASE)
)
_EACH_OF = re.compile(r"\s+(?:(?:with|to)\s+)?(?:both|each\s+of|either)\b", re.IGNORECASE)


def _calls_one_by_one(
    candidate: MeetingCandidate, mentions: list[PersonMention], caller: str | None = None
) -> list[MeetingCandidate]:
    """A caller and several callees: one call each, the caller being the one named before the call word
    (the first of several: "Aso raised it with Hu and Wen in separate meetings"), or ``caller``, the
    person a pronoun before it stands for."""
    at = candidate.format_cue.start if candidate.format_cue is not None else candidate.meeting_cue.start
    before = [m.person for m in mentions if m.end <= at and m.person in candidate.participants]
    if before:
        caller = before[-1] if len(set(before)) == 1 else before[0]
    if caller is None:
        return [candidate]
    return [
        attrs.evolve(candidate, participants=tuple(sorted({caller, other})))
        for other in dict.fromkeys(m.person for m in mentions if m.person in candidate.participants)
        if other is not None and other != caller
    ] or [candidate]


_THEY_MET = re.compile(
    r"\b[Tt]hey\s+(?:(?:had|have|last|first|also|then|will|would|could|may|might|to)\s+){0,2}"
    r"(?:met|meet|talked|spoke|held\s+(?:talks|a\s+meeting|a\s+summit)|sat\s+down)\b"
    r"|\b(?:In|During)\s+(?:a|an|the|their)\s+[^,.;:\"“]{0,80}?,\s+they\b"
)
"""A plural subject that meets ("They last met when China hosted the G20", "In a phone conversation lasting
105 minutes, they agreed"): the text's pair."""
_SEVERAL = guarded(
    re.compile(
        r"\b(?:the|all|both)\s+(?P<n>three|four|five)\s+(?:leaders|presidents|heads\s+of\s+(?:state|government)"
        r"|prime\s+ministers|men)\b|\b(?P<n2>trilateral|tripartite|three-way|quadrilateral|four-way)\s+"
        r"(?:[A-Z][\w-]*\s+)?(?:summit|meeting|talks)(?!\s+(?:of|between|among)\s+(?:the\s+)?(?:[\w-]+\s+)?"
        r"(?:ministers|officials|diplomats|envoys|experts|negotiators|deputies|advisers|secretaries))",
        re.IGNORECASE,
    )
)
_COUNTS = {
    "three": 3,
    "four": 4,
    "five": 5,
    "trilateral": 3,
    "tripartite": 3,
    "three-way": 3,
    "quadrilateral": 4,
    "four-way": 4,
}


def _may_count(cues: MeetingCues) -> bool:
    """Whether ``_SEVERAL`` may match in the text of ``cues``: only if it holds one of the number words of
    ``_COUNTS``, as ``re`` ignores case — the same word in the lower-cased text, unless the text has a
    letter that ``re`` but not ``lower`` folds to an ASCII one (``UNFOLDED``: then no lower-cased text)."""
    return cues.lowered is None or any(word in cues.lowered for word in _COUNTS)
