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

This module finds the clauses and their meeting words; `_clause_participants` chooses who meets in each,
and `_meeting_details` builds the candidate with its status, format, date, place, occasion and duration.

Examples:
    >>> from summitlib import Leader, Records
    >>> from summitlib.extraction import extract
    >>> records = Records(leaders=[Leader(id="a", name="Ann Smith"), Leader(id="b", name="Bo Jones")])
    >>> [m] = extract("Smith met Jones in Oslo on Friday.", corpus=records).meetings
    >>> m.participants, m.status.value, m.place.name
    (('a', 'b'), 'held', 'Oslo')
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

import attrs

from summitlib.dates import PartialDate
from summitlib.extraction._clause_participants import SEVERAL, Reading, choose, heads_of_text, may_count
from summitlib.extraction._duration_kinds import MEETING_NOUN
from summitlib.extraction._hosts import co_visitors, mourned, visit_host
from summitlib.extraction._lexicon import Lexicon
from summitlib.extraction._meeting_attendees import with_attendees
from summitlib.extraction._meeting_cues import (
    CARRY,
    CARRY_FOLDED,
    SPEAK_WITH,
    MeetingCues,
    co_subjects_talking,
    meeting_clauses,
)
from summitlib.extraction._meeting_details import build_candidate, main_clause_cue
from summitlib.extraction._meeting_lists import (
    guests_named_later,
    listed_guests,
    listed_guests_only,
    listed_meetings,
)
from summitlib.extraction._participant_groups import (
    VOICE,
    GroupCounts,
    between_groups,
    bloc_members,
    pair_counts,
)
from summitlib.extraction._participants import THING_WELCOMED, quoted_around, speaker_and_named
from summitlib.extraction._pattern_forms import guarded
from summitlib.extraction._text import Sentences
from summitlib.extraction._types import (
    Attribution,
    Cue,
    DateMention,
    DurationMention,
    MeetingCandidate,
    Person,
    PersonMention,
    is_call,
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
    people = sorted(people, key=lambda m: m.start)  # in text order, as the pronoun rules look them up
    if dateline is not None:  # the date of the writing, not of a meeting
        dates = [d for d in dates if not (d.start < dateline.end and dateline.start < d.end)]
    speakers = {a.speaker_cue.start: (a.verb_cue.start, a.verb_cue.end) for a in attributions}
    by_sentence: dict[int, list[PersonMention]] = {}
    quoted: dict[int, list[PersonMention]] = {}
    for mention in people:
        if mention.person is not None and mention.rule != "credit":  # a photo credit meets no one
            into = quoted if mention.quoted else by_sentence
            into.setdefault(sentences.index(mention.start), []).append(mention)
    pairs = pair_counts(text, by_sentence, {p.id for p in persons if p.office and VOICE.search(p.office)})
    spokesmen = {p.id for p in persons if p.office and _SPOKESMAN.search(p.office)}
    found: list[MeetingCandidate] = []
    cues = MeetingCues(text)
    several_possible = may_count(cues)
    # "the two leaders": office_of_pair reads its words ignoring case, so the lower-cased text serves
    carry_in, carried_text = (CARRY, text) if cues.lowered is None else (CARRY_FOLDED, cues.lowered)
    reading = Reading(
        text=text,
        people=people,
        persons=persons,
        attributions=attributions,
        lexicon=lexicon,
        speakers=speakers,
        by_sentence=by_sentence,
        pairs=pairs,
        groups=GroupCounts(by_sentence),
        heads=heads_of_text(persons),
        several_possible=several_possible,
        carry_in=carry_in,
        carried_text=carried_text,
    )
    honoured = mourned(text, people)
    for index, (sentence_start, sentence_end) in enumerate(sentences.spans):
        in_sentence = by_sentence.get(index, [])
        first = cues.search(sentence_start, sentence_end)
        if first is None:
            talk = co_subjects_talking(text, sentence_start, sentence_end, in_sentence)
            if talk is not None:  # "King Abdullah and President Sisi, in Cairo on Thursday, discussed"
                verb, talkers = talk
                found.append(
                    build_candidate(
                        cues,
                        sentence_start,
                        sentence_end,
                        verb,
                        talkers,
                        False,
                        dates,
                        durations,
                        in_sentence,
                        lexicon,
                        anchor,
                    )
                )
            continue
        clauses = meeting_clauses(cues, sentence_start, sentence_end, first, in_sentence)
        before = len(found)
        for start, end, mentions in clauses:
            cue = cues.search(start, end)
            while cue is not None and (
                _APPEAL.match(text, cue.start(), end)
                or _AUDIENCE.match(text, cue.start(), end)
                or _BILATERAL_OF.match(text, cue.start(), end)
                or THING_WELCOMED.match(text, cue.start(), end)
            ):
                cue = cues.search(cue.end(), end)  # "Trump called on Putin and Zelensky to attend": no call
            if cue is None or (
                _met_unnamed(text, cue, end, mentions)
                and bloc_members(text, cue.end(), end, persons, people, (), cue.span()) is None
            ):
                continue  # "after he met with Chilean opposition leaders": no one named is met (but "with G7
                # leaders": those the text names as the G7's)
            cue = main_clause_cue(cues, start, end, cue)
            for later in cues.finditer(cue.end(), end) if _visit_by_after(cues, cue.end(), end) else ():
                pair = _visit_pair(text, start, end, later, mentions, persons, lexicon, anchor)
                if pair is not None:
                    # "At the meeting, they considered agreements reached during the visit of Nazarbaev to
                    # Uzbekistan in June 2013": that visit is a meeting of its own
                    found.append(
                        build_candidate(
                            cues,
                            later.start(),
                            end,
                            later,
                            pair,
                            True,
                            dates,
                            durations,
                            mentions,
                            lexicon,
                            anchor,
                        )
                    )
                    break
            # "There are no plans for Trump to meet with Putin," (not "We had a call with Mr. Trump"):
            inside = quoted_around(text, cue, quoted.get(index, []))
            from_quote = len({m.person for m in inside}) >= 2 and not speaker_and_named(
                text, cue, quoted.get(index, []), attributions
            )
            if from_quote:
                mentions = inside
            chosen = choose(reading, start, end, cue, mentions, quoted.get(index, []), found)
            participants, carried, caller = chosen.participants, chosen.carried, chosen.caller
            # "Savir was responding to a statement by Hassan that he would be willing to meet Peres": who
            # speaks for a leader tells of meetings, he is not one of those who meet
            participants = tuple(p for p in participants if p not in spokesmen)
            # "Nazarbayev visited Uzbekistan to pay his respects to late President Islam Karimov": no
            # meeting with the dead
            dead = {person for at, person in honoured if start <= at < end}
            participants = tuple(p for p in participants if p not in dead)
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
            pair = _visit_pair(text, start, end, cue, mentions, persons, lexicon, anchor)
            if pair is not None:  # "Chávez recalled a visit by Castro to Venezuela": Castro visits
                participants, carried = pair, True
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
            named_later = (
                guests_named_later(text, cue, sentence_end, participants[0], people, sentences)
                if len(participants) == 1
                else None
            )
            if named_later is not None:
                # "Trump is to speak via telephone to two African leaders. Buhari ... and Zuma are the two
                # leaders in question": one meeting with each
                host, callees = participants[0], [m.person for m in named_later if m.person is not None]
                candidate = build_candidate(
                    cues, start, end, cue, (host, *callees), True, dates, durations, mentions, lexicon, anchor
                )
                found.extend(attrs.evolve(candidate, participants=tuple(sorted({host, g}))) for g in callees)
                continue
            if (
                len(participants) < 2
                or listed_guests_only(text, start, cue, participants, mentions)
                or _hosts_only(text, start, end, participants, mentions)
                or _alternatives_only(text, start, end, participants, mentions)
            ):
                continue
            if _SITE_VISITED.match(text, cue.end()) or _WITH_COUNTERPARTS.match(text, cue.end()):
                continue  # "visits to the Yasukuni Shrine"; "A, B and C will hold meetings with their
                # counterparts": no one named meets another
            candidate = build_candidate(
                cues, start, end, cue, participants, carried, dates, durations, mentions, lexicon, anchor
            )
            if from_quote and candidate.status is None:
                continue  # "Putin and Biden should meet," an analyst said: an opinion, not a proposal
            courtesy = _courtesy_calls(cues, start, end, cue, mentions, participants)
            if courtesy is not None:  # "Hasina is to call on President Murmu and Vice President Dhankhar"
                candidate = build_candidate(
                    cues,
                    start,
                    end,
                    courtesy.cue,
                    participants,
                    carried,
                    dates,
                    durations,
                    mentions,
                    lexicon,
                    anchor,
                )
                found.extend(_calls_one_by_one(candidate, mentions, courtesy.caller, text, dates))
                continue
            if len(participants) > 2 and (
                (
                    is_call(candidate)
                    and not _joint_callers(text, cue, mentions, participants)
                    and not _gathering_call(cue, candidate)  # "a video conference with A, B and C"
                    and bloc_members(text, start, end, persons, people, (), cue.span())
                    is None  # "a video call with G7 leaders"
                )
                or (_SPOKE_WITH.match(cue.group()) and not _joint_callers(text, cue, mentions, participants))
                or _SEPARATE.search(text, start, end)
                or _EACH_OF.search(
                    text, cue.end(), _first_named_after(cue.end(), end, mentions, participants)
                )
                or (
                    listed_guests(text, start, end, cue, participants, mentions, caller)
                    and not SEVERAL.search(text, start, end)  # a trilateral or four-way summit
                    and not cue.group().lower().startswith("summit")  # "the Quad summit with A, B and C"
                    and not _hosted_gathering(text, cue, end, mentions, participants)
                    and not (
                        is_call(candidate) and _gathering_call(cue, candidate)
                    )  # "in videoconference mode"
                )
            ):  # "Modi called Ghani and Hasina", "Yoon held separate meetings with Li and Kishida"
                found.extend(_calls_one_by_one(candidate, mentions, caller, text, dates))
                continue
            one = (
                _meetings_with_several(text, start, end, cue, mentions, participants)
                if len(participants) > 2
                else None
            )
            if one is not None:  # "Bachelet will also hold meetings with Lula, and ... Correa": one each
                found.extend(_calls_one_by_one(candidate, mentions, one, text, dates))
                continue
            found.extend(listed_meetings(candidate, text, end, dates, mentions, anchor))
        if len(found) > before:  # "their first meeting since the Geneva conference in 1955"
            found[before:] = _met_since(found[before:], text, sentence_start, sentence_end, dates)
        if len(clauses) > 1:  # "conferred with A before attending a banquet with A and B": both held
            known = next((c for c in found[before:] if c.status in _SHARED_STATUSES), None)
            if known is not None:
                found[before:] = [
                    c
                    if c.status is not None
                    else attrs.evolve(c, status=known.status, status_cue=known.status_cue)
                    for c in found[before:]
                ]
    found = _told_ahead(_calls_carried_on(found, text), text, anchor)
    return with_attendees(found, text, sentences.spans, by_sentence, dates)


def _told_ahead(
    found: list[MeetingCandidate], text: str, anchor: PartialDate | None
) -> list[MeetingCandidate]:
    """``found`` where a planned meeting with no date of its own, told after the same people's meeting held
    on the writing's day or just before it ("Hasina held talks with Modi ... on Thursday. ... one of the
    highlights will be the bilateral meeting", "Both leaders are scheduled to hold talks on ..."), is that
    meeting told as it stood before it took place: it keeps no status of its own, the held one is the
    encounter's. Not a meeting its own words make another ("meet again", "another summit", "next year")."""
    if anchor is None:
        return found
    held: dict[tuple[frozenset[str], bool], MeetingCandidate] = {}
    kept = []
    for candidate in found:
        key = (frozenset(candidate.participants), is_call(candidate))
        before = held.get(key)
        if (
            before is not None
            and candidate.status is MeetingStatus.PLANNED
            and candidate.when is None
            and not _ANOTHER.search(text, candidate.start, candidate.end)
        ):
            candidate = attrs.evolve(candidate, status=None, status_cue=None)
        elif candidate.status is MeetingStatus.HELD and _of_the_day(candidate, anchor):
            held.setdefault(key, candidate)
        kept.append(candidate)
    return kept


def _of_the_day(candidate: MeetingCandidate, anchor: PartialDate) -> bool:
    """Whether ``candidate`` is dated to a day of the writing's or up to two days before it."""
    value = candidate.when.value if candidate.when is not None else None
    if not isinstance(value, PartialDate) or value.day is None or anchor.day is None:
        return False
    return anchor.earliest - _TOLD_AHEAD_DAYS <= value.earliest <= anchor.latest


_TOLD_AHEAD_DAYS = datetime.timedelta(days=2)
_ANOTHER = guarded(
    re.compile(
        r"\b(?:again|another|next|new|second|third|further|return|follow-up|future|later|soon|upcoming"
        r"|coming|reciprocal|resumed?|resumption|continue[ds]?)\b",
        re.IGNORECASE,
    )
)
"""Words that make a planned meeting another than one held ("meet again", "another summit", "a return
visit", "talks will continue")."""


def _met_since(
    candidates: list[MeetingCandidate], text: str, start: int, end: int, dates: Sequence[DateMention]
) -> list[MeetingCandidate]:
    """``candidates`` of the sentence ``start:end`` and the earlier meeting a first meeting is counted from,
    told with its date ("their first meeting since the Geneva summit conference in 1955", "was their first
    meeting since 1997"): the people of the meeting word nearest met then, and that date is not the first
    meeting's."""
    for match in _FIRST_SINCE.finditer(text, start, end):
        when = next(
            (
                d
                for d in dates
                if 0 <= d.start - match.end() <= 60
                and d.value is not None
                and _SINCE_GAP.fullmatch(text, match.end(), d.start)
            ),
            None,
        )
        if when is None:
            continue
        status_cue = Cue(start=match.start("since"), end=match.end("since"), text=match["since"])
        first = min(candidates, key=lambda c: abs(c.meeting_cue.start - match.start()))
        return [
            *(attrs.evolve(c, when=None) if c.when == when else c for c in candidates),
            attrs.evolve(first, status=MeetingStatus.HELD, status_cue=status_cue, when=when),
        ]
    return candidates


_FIRST_SINCE = re.compile(
    r"\b[Ff]irst\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|encounter|visit|face-to-face)"
    r"(?:\s+(?:between|of|with)\s+[^.;:,!?]{1,60}?)?\s+(?P<since>since)\s+"
)
"""A first meeting counted from an earlier one ("first meeting since the Geneva “summit” conference in
1955", "first talks between the two since 2019"): up to "since"."""
_SINCE_GAP = re.compile(
    r"(?:(?:the|their|a|an)\s+(?:[^\s.;:,!?]+\s+){0,3}?(?i:summit|conference|meeting|talks|visit|encounter)s?"
    r"[”\"’]?\s+(?:(?:in|on|of)\s+)?)?"
)
"""What may stand between "since" and the earlier meeting's date: nothing ("since 1997"), or that meeting
("the Geneva “summit” conference in"); not another event ("since the US president assumed office in")."""


def _calls_carried_on(found: list[MeetingCandidate], text: str) -> list[MeetingCandidate]:
    """``found`` where a meeting of "the two leaders" with no date and no format of its own, told after a
    call of that pair ("Phuc held phone talks with Duterte. ... The two leaders agreed to ...", "The first
    half of the meeting lasted about 1 hour 56 minutes"), is that call: it takes the call's format. Not when
    its own words say the pair met in person ("The two leaders last met in Bali"), nor when it is still to
    come after a call that was held (``_TO_COME``), nor when it was held after a call only offered or planned
    ("Carter had invited him to telephone the White House ... his talks with the President": in person)."""
    last: dict[frozenset[str], MeetingCandidate] = {}
    kept = []
    for candidate in found:
        pair = frozenset(candidate.participants)
        before = last.get(pair)
        if (
            candidate.carried
            and candidate.format is None
            and before is not None
            and is_call(before)
            and (candidate.when is None or _same_day(before, candidate))
            and not _MET_IN_PERSON.match(text, candidate.meeting_cue.start, candidate.end)
            and not (before.status is MeetingStatus.HELD and candidate.status in _TO_COME)
            and not (before.status is not MeetingStatus.HELD and candidate.status is MeetingStatus.HELD)
        ):
            candidate = attrs.evolve(candidate, format=before.format, format_cue=before.format_cue)
        last[pair] = candidate
        kept.append(candidate)
    return kept


def _same_day(before: MeetingCandidate, candidate: MeetingCandidate) -> bool:
    """Whether ``candidate`` is dated to the very day ``before`` is ("The meeting ... on Tuesday lasted for
    over three hours" after a virtual meeting on Tuesday): the same encounter, told again."""
    if before.when is None or candidate.when is None:
        return False
    value = candidate.when.value
    return (
        value is not None
        and value == before.when.value
        and isinstance(value, PartialDate)
        and value.day is not None
    )


_TO_COME = (MeetingStatus.PLANNED, MeetingStatus.PROPOSED, MeetingStatus.POSSIBLE)
"""A meeting still to come, told after a call that was held ("the two leaders exchanged ideas on the
upcoming meeting of the APEC forum"): another meeting than the call, not carried on by it."""
_MET_IN_PERSON = re.compile(
    r"(?:met|meet|meets|visit(?:ed|s)?)\b|[^.;]*\b(?:in\s+person|face[\s-]to[\s-]face)\b", re.IGNORECASE
)
"""A meeting in person: "met", "visited", or "in person" or "face-to-face" after the meeting word."""


_AUDIENCE = re.compile(
    rf"{SPEAK_WITH}\s+(?:the\s+|a\s+)?(?:reporters|journalists|newsmen|press|media|students|crowds?|nation|audiences?"
    r"|lawmakers|supporters|troops|parliament|congress|business\s+leaders)\b",
    re.IGNORECASE,
)
"""Speaking to an audience ("did not pose for photographs or speak to reporters"), not to a person."""
_UNNAMED_GROUP = re.compile(
    r"\s+(?:with\s+)?(?!(?:the\s+|all\s+)?(?:two|both|three|four|five|six|seven|eight|nine|ten)\b)"
    r"(?:the\s+|some\s+|several\s+|a\s+group\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:leaders|officials"
    r"|lawmakers|legislators|executives|activists|students|businessmen|investors|representatives|members"
    r"|ministers|diplomats|envoys|politicians|clerics|elders|figures)\b(?!\s+(?:of|from|including|such)\b)"
)
"""A group the text does not name met ("after he met with Chilean opposition leaders"; not "the two
leaders", who are the pair the text is about)."""


_VISIT_BY = re.compile(r"visits?\s+(?:of|by)\s+(?P<who>[^.!?;:\"“”]{3,120}?)\s+to\s+(?:the\s+)?[A-Z]", re.I)


_VISIT_OF = re.compile(r"visits?\s+(?:of|by)\s", re.I)
"""What ``_VISIT_BY`` opens with."""


def _visit_by_after(cues: MeetingCues, start: int, end: int) -> bool:
    """Whether ``_VISIT_OF`` stands between ``start`` and ``end``: where it does not, no later meeting word
    there is a visit by someone, and they are not read. "visit" is looked for first, in the lower-cased
    text when the cues have it (a string search; the pattern only where it is found)."""
    if cues.lowered is not None and cues.lowered.find("visit", start, end) < 0:
        return False
    return _VISIT_OF.search(cues.text, start, end) is not None


def _visit_pair(
    text: str,
    start: int,
    end: int,
    cue: re.Match[str],
    mentions: list[PersonMention],
    persons: Sequence[Person],
    lexicon: Lexicon,
    anchor: PartialDate | None,
) -> tuple[str, ...] | None:
    """The guest of "a visit by Castro to Venezuela" at ``cue`` and the leader of the country visited, in
    order, or None when the visit names no one guest or no other host."""
    visitor = _lone_visitor(text, cue, end, mentions)
    if visitor is None:
        return None
    host = visit_host(text, start, end, persons, visitor, lexicon, anchor)
    return None if host is None or host == visitor else tuple(sorted({visitor, host}))


def _lone_visitor(text: str, cue: re.Match[str], end: int, mentions: list[PersonMention]) -> str | None:
    """The one person named as the guest of "a visit by Castro to Venezuela" or "the visit of Nazarbaev to
    Uzbekistan" (who visits, whoever the sentence's subject is), or None."""
    if cue.group()[:5].lower() != "visit":
        return None
    match = _VISIT_BY.match(text, cue.start(), end)
    if match is None:
        return None
    inside = {
        m.person for m in mentions if match.start("who") <= m.start < match.end("who") and not m.possessive
    }
    return inside.pop() if len(inside) == 1 else None


def _met_unnamed(text: str, cue: re.Match[str], end: int, mentions: list[PersonMention]) -> bool:
    """Whether the meeting word ``cue`` meets an unnamed group ("met with Chilean opposition leaders"), no
    one being named after it in its clause: no meeting of those named elsewhere in the sentence."""
    return _UNNAMED_GROUP.match(text, cue.end()) is not None and not any(
        cue.end() <= m.start < end for m in mentions
    )


_PASSIVE_WELCOME = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:welcomed|received|greeted|hosted|met|entertained)"
    r"\s+(?:[\w-]+\s+){0,3}?by\s"
)


_MEETING_SUBJECT = re.compile(rf"(?:{MEETING_NOUN.pattern})s?\s+(?:[a-z]+ly\s+)?\Z", re.IGNORECASE)
"""A meeting noun just before the passive ("The summit was hosted by ..."): the event, not a guest, is
welcomed, so those named after it may all take part."""
_AGENTS_END = re.compile(
    r"(?:,\s*|\s+)(?:with|while|as|alongside|along\s+with|joined|attended|and\s+(?:then\s+|later\s+)?[a-z]+ed)\b"
)
"""What ends the agents of a passive welcome and opens another part of the clause ("hosted by Macron in Paris,
with Biden and Putin taking part", "hosted by Widodo and attended by ..."); an aside about an agent ("by
Suharto, who was making his first appearance in months, and his daughter") does not."""


def _welcome_agents(text: str, after: int, end: int, mentions: list[PersonMention]) -> set[str | None]:
    """Those named as agents of a passive welcome ending at ``after``: the names up to ``_AGENTS_END``."""
    stop = _AGENTS_END.search(text, after, end)
    limit = end if stop is None else stop.start()
    return {m.person for m in mentions if after <= m.start < limit}


def _hosts_only(
    text: str, start: int, end: int, participants: tuple[str, ...], mentions: list[PersonMention]
) -> bool:
    """Whether all those a clause's passive welcome names are its agents ("the visiting president was welcomed
    by Suharto and his daughter Rukmana"): the hosts, on one side, meet the unnamed guest, not one another.
    A meeting welcomed ("The summit was hosted by ...") has no unnamed guest and does not count."""
    welcome = _PASSIVE_WELCOME.search(text, start, end)
    if welcome is None or _MEETING_SUBJECT.search(text, max(start, welcome.start() - 40), welcome.start()):
        return False
    agents = _welcome_agents(text, welcome.end(), end, mentions)
    return all(p in agents for p in participants)


_OR_BETWEEN = re.compile(r",?\s+(?:either\s+)?or\s+(?:(?:the\s+)?[A-Z][\w.’'-]*,?\s+){0,5}\Z")
"""What sets a name apart from the one before as its alternative ("by the Prime Minister, Mr Kosygin, or
President Podgorny"), titles allowed before it."""


def _alternatives_only(
    text: str, start: int, end: int, participants: tuple[str, ...], mentions: list[PersonMention]
) -> bool:
    """Whether a clause's two participants are named as each other's alternative ("talks with Western
    visitors are conducted by Kosygin or Podgorny"): either one meets the visitors, not each other."""
    if len(participants) != 2:
        return False
    named = [m for m in mentions if start <= m.start < end and m.person in participants]
    return (
        len(named) == 2
        and named[0].person != named[1].person
        and _OR_BETWEEN.match(text[named[0].end : named[1].start]) is not None
    )


_BILATERAL_OF = re.compile(
    r"bilateral\s+[\"“‘']?(?!(?:meetings?|talks?|summits?|visits?|discussions?|consultations?|sessions?|encounters?"
    r"|calls?|conversations?|exchanges?|dialogue|parleys?|get-togethers?|sit-downs?|contacts?|level)\b)[a-z]",
    re.IGNORECASE,
)
"""``bilateral`` before another noun ("to discuss strategic bilateral gas integration", "bilateral ties"):
what they talk about, not a meeting."""
_SPOKESMAN = re.compile(r"(?i:spokes(?:man|woman|person)|press\s+secretary|correspondent)")
"""Offices of those who speak for a leader or report (narrower than ``VOICE``: an aide, an adviser or the
first lady may come along to a meeting)."""
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
_SEPARATE = guarded(
    re.compile(r"\bseparate(?:ly)?\b|\bone\s+after\s+the\s+other\b|\bin\s+turn\b", re.IGNORECASE)
)
_SITE_VISITED = re.compile(
    r"\s+(?:to\s+)?(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?i:shrine|temple|memorial|museum|mausoleum|cemetery"
    r"|monument|cathedral|mosque|church|basilica|pagoda|plant|factory|shipyard|mine|dam|hospital|school"
    r"|university|exhibition|expo|pavilion)s?\b"
)
"""A visit to a place that is no one's office ("a visit to Yasukuni Shrine", "visits to the Toyota Plant",
"plans to again visit a Shinto shrine", "to visit the China pavilion"): no meeting with the place's
country's leader."""
_WITH_COUNTERPARTS = re.compile(r"\s+with\s+(?:their|his|her)\s+(?:[\w-]+\s+){0,2}?counterparts\b")
"""Meetings with counterparts the text does not name ("... will hold meetings with their American
counterparts"): those named before meet them, not one another."""
_AND_SUBJECT = re.compile(r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,4}")
"""What joins two subjects named with their titles ("Olaf Scholz and French President Emmanuel Macron")."""


def _joint_callers(
    text: str, cue: re.Match[str], mentions: list[PersonMention], participants: tuple[str, ...]
) -> bool:
    """Whether the first two participants the clause names are subjects joined by "and" before the call's
    word ("Scholz and Macron urged Putin ... in a phone call", "A and B held a phone call with C"): one
    call of them all, not one each."""
    named = [m for m in mentions if m.person in participants and not m.possessive]
    if len(named) < 3 or named[1].end > cue.start() or named[0].person == named[1].person:
        return False
    return _AND_SUBJECT.fullmatch(text, named[0].end, named[1].start) is not None


_MEETINGS_WITH = re.compile(r"\bmeetings\s+with\b", re.IGNORECASE)


def _meetings_with_several(
    text: str,
    start: int,
    end: int,
    cue: re.Match[str],
    mentions: list[PersonMention],
    participants: tuple[str, ...],
) -> str | None:
    """The one participant who holds "meetings with" several others the clause names after the words
    ("Bachelet will also hold meetings with Lula, and the new president of Ecuador, Correa"): the plural
    tells one meeting with each. None when several are named before the words ("A and B held meetings
    with C": who meets whom is not told) or fewer than two after them."""
    words = _MEETINGS_WITH.search(text, cue.start(), end)
    if words is None:
        return None
    named = [m for m in mentions if start <= m.start < end and m.person in participants]
    first = next((m for m in named if m.start >= words.end()), None)
    if first is None or not _TITLE_GAP.fullmatch(text, words.end(), first.start):
        return None  # "following meetings with Uzbek officials in the nation, said Mirziyoyev would ..."
    before = {m.person for m in named if m.end <= words.start()}
    after = {m.person for m in named if m.start >= words.end()} - before
    return next(iter(before)) if len(before) == 1 and len(after) >= 2 else None


_TITLE_GAP = re.compile(r"[\w\s.'’-]{0,60}")
"""What may stand between "meetings with" and the first one met: a title ("her Brazilian counterpart"), no
clause."""


_SPOKE_WITH = re.compile(rf"{SPEAK_WITH}\Z", re.IGNORECASE)
"""Speaking with someone ("spoke with", "has spoken with"): with several named after, one encounter each
("Obama has spoken with Prime Minister Rudd and President Yudhoyono to inform them")."""
_GATHERING_CALL = re.compile(r"conferenc|summit|meeting", re.IGNORECASE)
"""A call that gathers those it names ("held a video conference with Obama, Merkel and Hollande", "a
virtual summit with ..."): one call of them all, not one call each."""


def _gathering_call(cue: re.Match[str], candidate: MeetingCandidate) -> bool:
    """Whether the call's meeting word or its format's word is a gathering (``_GATHERING_CALL``): "a video
    conference with A, B and C", "X's talks with A, B and C were held in a videoconference mode"."""
    return _GATHERING_CALL.search(cue.group()) is not None or (
        candidate.format_cue is not None and _GATHERING_CALL.search(candidate.format_cue.text) is not None
    )


_HOST_VERB = re.compile(r"host(?:s|ed|ing)?\b", re.IGNORECASE)
_AT_GATHERING = re.compile(
    r"[,\s]+(?:at|for|to)\s+(?:the|a|an|this|their)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:summit|meeting|conference|retreat|gathering|forum)\b",
    re.IGNORECASE,
)
"""A gathering named right after a list of guests ("... and C at the March 15 meeting in Astana")."""


def _hosted_gathering(
    text: str, cue: re.Match[str], end: int, mentions: list[PersonMention], participants: tuple[str, ...]
) -> bool:
    """Whether the one named before a host verb hosts the guests listed after it at one gathering named right
    after the list ("X is hosting A, B and C at the March 15 meeting", "X hosted A, B and C for a summit"):
    one meeting of them all, not one with each guest ("X met A, B and C" on their own stays one each)."""
    if not _HOST_VERB.match(cue.group()):
        return False
    last = max(
        (m for m in mentions if cue.end() <= m.start < end and m.person in participants),
        key=lambda m: m.end,
        default=None,
    )
    return last is not None and _AT_GATHERING.match(text, last.end, end) is not None


_CALL_ON = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:up)?on\s", re.IGNORECASE)
"""A courtesy call on someone ("to call on President Murmu"), the meeting word and "on"."""


@attrs.frozen(kw_only=True)
class _Courtesy:
    """Courtesy calls of one person on several: who calls, and the meeting word "call" of "call on"."""

    caller: str
    cue: re.Match[str]


def _courtesy_calls(
    cues: MeetingCues,
    start: int,
    end: int,
    cue: re.Match[str],
    mentions: list[PersonMention],
    participants: tuple[str, ...],
) -> _Courtesy | None:
    """The one person named before "call on" (at or after the meeting word ``cue``: "During the visit,
    Hasina is to call on ...") who calls on two or more named after it ("Hasina is to call on President
    Murmu and Vice President Dhankhar"): a courtesy call on each, one by one, told by "call" (its status
    that of "is scheduled to call", not of "the visit"). None otherwise, and for an appeal (``_APPEAL``)."""
    if len(participants) < 3:
        return None
    call = _CALL_ON.search(cues.text, cue.start(), end)
    word = cues.search(call.start(), end) if call is not None else None
    if call is None or word is None or word.start() != call.start():
        return None
    if _APPEAL.match(cues.text, call.start(), end):
        return None  # "called on Modi and Murmu to ease visa rules": an appeal, no call
    before = {m.person for m in mentions if start <= m.start < call.start() and m.person in participants}
    after = {m.person for m in mentions if call.end() <= m.start < end and m.person in participants}
    if len(before) != 1 or len(after - before) < 2:
        return None
    return _Courtesy(caller=before.pop(), cue=word)


_EACH_OF = re.compile(r"\s+(?:(?:with|to)\s+)?(?:both|each\s+of|either)\b", re.IGNORECASE)
"""Who are met one by one ("spoke by phone with both Kiriyenko and Chernomyrdin"), read between the
meeting word and the first of them (not "... met before attending a dinner where both men spoke")."""


def _first_named_after(
    at: int, end: int, mentions: list[PersonMention], participants: tuple[str, ...]
) -> int:
    """Where the first participant named after ``at`` in the clause is (or a few words on: "with both of
    them")."""
    return next(
        (m.start for m in mentions if at <= m.start < end and m.person in participants), min(end, at + 20)
    )


def _calls_one_by_one(
    candidate: MeetingCandidate,
    mentions: list[PersonMention],
    caller: str | None = None,
    text: str = "",
    dates: Sequence[DateMention] = (),
) -> list[MeetingCandidate]:
    """A caller and several callees: one call each, the caller being the one named before the call word
    (the first of several: "Aso raised it with Hu and Wen in separate meetings"), or ``caller``, the
    person a pronoun before it stands for. A callee with a date of its own right after its name ("with
    Trudeau in February and López Obrador in March") is met on that date."""
    at = candidate.format_cue.start if candidate.format_cue is not None else candidate.meeting_cue.start
    before = [m.person for m in mentions if m.end <= at and m.person in candidate.participants]
    if before:
        caller = before[-1] if len(set(before)) == 1 else before[0]
    if caller is None:
        return [candidate]
    callees = {m.person: m for m in reversed(mentions) if m.person in candidate.participants and m.end > at}
    found = []
    named_first = [m.person for m in mentions if m.person in candidate.participants]
    # "Michel met with the two leaders separately": the pair carried in, one meeting each
    for other in dict.fromkeys([*named_first, *candidate.participants]):
        if other is None or other == caller:
            continue
        named = callees.get(other)
        own = (
            None
            if named is None
            else next(
                (
                    d
                    for d in dates
                    if 0 < d.start - named.end <= _OWN_DATE_REACH
                    and _DATE_AFTER_NAME.fullmatch(text, named.end, d.start)
                ),
                None,
            )
        )
        found.append(
            attrs.evolve(candidate, participants=tuple(sorted({caller, other})), when=own or candidate.when)
        )
    return found or [candidate]


_DATE_AFTER_NAME = re.compile(
    r"[\s,)]{1,4}(?:of\s+(?:the\s+)?[A-Z][\w'’-]+\s+)?(?:in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?"
    r"(?:(?:in|on|last|this)\s+)?"
)
"""What may stand between a callee's name and a date of its own ("Trudeau in February", "Callaghan in
London on 9 June", "the British Prime Minister (Mr Edward Heath) in Bermuda on December 20")."""
_OWN_DATE_REACH = 40
"""How far after a callee's name its own date may start (a country and a place between)."""
