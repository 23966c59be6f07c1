"""Who meets in a clause: the participants of a meeting word, named there or carried in from the text.

`choose` reads the people named in the clause ("Putin-Trump meeting", "X met Y"), else "their summit", "the
three leaders" (`SEVERAL`), "the leaders of South Korea and Japan", "the two leaders" or "they met" (the pair
the text is about), or a pronoun ("he met Y"). `Reading` is what it reads once per text and `Chosen` what it
returns.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence

import attrs

from summitlib.extraction._hosts import HEADS, leaders_of, sides_before
from summitlib.extraction._lexicon import Lexicon
from summitlib.extraction._meeting_cues import LEADING, MeetingCues
from summitlib.extraction._participant_groups import (
    GroupCounts,
    bloc_members,
    dominant_pair,
    office_of_pair,
    recent_group,
)
from summitlib.extraction._participant_pronouns import pronoun_object, pronoun_subject
from summitlib.extraction._participants import named_subjects, select_participants, speaker_and_named
from summitlib.extraction._pattern_forms import guarded
from summitlib.extraction._people_runs import PAIR_HYPHENS
from summitlib.extraction._types import Attribution, MeetingCandidate, Person, PersonMention, is_call

__all__ = ["SEVERAL", "Chosen", "Reading", "choose", "heads_of_text", "may_count"]


@attrs.frozen(kw_only=True)
class Reading:
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
    groups: GroupCounts
    """How often each group of people is named together, counted once per size (`GroupCounts`)."""
    heads: frozenset[str]
    """The text's heads of state or government (`heads_of_text`)."""
    several_possible: bool
    """Whether ``SEVERAL`` may match in the text (`may_count`)."""
    carry_in: re.Pattern[str]
    """``CARRY`` ("the two leaders"), or its form for the lower-cased text."""
    carried_text: str
    """The text ``carry_in`` reads."""


@attrs.frozen(kw_only=True)
class Chosen:
    """The participants of a clause's meeting, whether they were carried in from the rest of the text ("the
    two leaders"), and the caller a pronoun before the meeting word stands for."""

    participants: tuple[str, ...]
    carried: bool
    caller: str | None


def choose(
    reading: Reading,
    start: int,
    end: int,
    cue: re.Match[str],
    mentions: list[PersonMention],
    quoted: list[PersonMention],
    found: list[MeetingCandidate],
) -> Chosen:
    """The participants of the meeting at ``cue`` in the clause ``start:end``: those named there
    (``mentions``, ``quoted`` being the sentence's quoted ones), else the pair or group the text is about
    (named together before the clause, when some pair is)."""
    text, people, persons, lexicon = reading.text, reading.people, reading.persons, reading.lexicon
    speakers, pairs = reading.speakers, reading.pairs
    carry_in, carried_text, attributions = reading.carry_in, reading.carried_text, reading.attributions
    told = _told(text, start, cue)
    if told is not None:  # "shared information with Yoon about his visit": neither Yoon nor Yoon's "his"
        mentions = [m for m in mentions if not told[0] <= m.start < told[1]]
        low, high = (bisect.bisect_left(people, at, key=lambda m: m.start) for at in told)
        people = people[:low] + people[high:]  # a slice's copy, not a test of every mention of the text
    participants = select_participants(text, mentions, speakers, cue, start)
    carried = False
    if len(participants) == 1 and _OWN_MEETING.match(text, start, cue.end()):
        # "In his meeting with President Salva Kiir, the two leaders talked": "his" before "the two leaders"
        subject = pronoun_subject(text, start, cue.start(), people, participants[0])
        if subject is not None:
            participants, carried = tuple(sorted({participants[0], subject})), True
    pair = _hyphened_pair(text, cue, mentions)
    if pair is not None:  # "Not even Melania could break up lengthy Putin-Trump meeting": those two
        participants = pair
    if len(participants) < 2 and _THEIR_BEFORE.search(text, max(start, cue.start() - 40), cue.start()):
        named = {m.person for m in mentions if m.person and not m.quoted and m.rule != "credit"}
        if len(named) == 2:  # "Bush urged Gorbachev on the eve of their summit": the two named
            participants, carried = tuple(sorted(named)), True
        elif len(named) < 2 and not _OTHERS_BEFORE.search(text, start, cue.start()):
            # "Sadat described their two days of meetings": the text's pair (not "The foreign ministers of
            # Russia and Ukraine held their first talks": theirs)
            their = dominant_pair(pairs, tuple(named), before=end)
            if their is not None:
                participants, carried = their, True
    if len(participants) < 2:  # "The leaders of South Korea and Japan on Monday agreed"
        of_countries = leaders_of(text, start, end, persons, lexicon)
        if of_countries is not None:
            subjects = {
                m.person
                for m in mentions
                if m.end <= cue.start() and m.person in participants and m.person not in of_countries
            }
            # "Trump spoke with the leaders of South Korea and Japan": who the sentence names before its
            # meeting word meets them, and stays
            participants, carried = tuple(sorted({*(p for p in subjects if p), *of_countries})), True
    several = SEVERAL.search(text, start, end) if reading.several_possible else None
    size = _COUNTS[(several["n"] or several["n2"]).lower()] if several is not None else 0
    if len(participants) < size:
        holding = office_of_pair(several, persons)  # "four East African presidents": presidents
        group = _group_of(reading, size, participants, holding) or recent_group(found, size, participants)
        if group is not None:  # "the three leaders first met in Asmara"
            participants, carried = group, True
    if len(participants) > 2:
        # "Kerry and his counterpart Rodriguez held a meeting ... before Castro"
        participants = named_subjects(text, start, end, cue, mentions, participants)
    carry = carry_in.search(carried_text, cue.end(), end) if len(participants) == 1 else None
    if carry is not None and _OBJECT_GAP.fullmatch(text, cue.end(), carry.start()):
        # "Museveni welcomed the two leaders": the host and the pair the text is about
        guests = dominant_pair(pairs, (), without=participants[0], before=end)
        if guests is not None:
            participants, carried = tuple(sorted({*guests, participants[0]})), True
    carry = carry_in.search(carried_text, start, end) if len(participants) < 2 else None
    if carry is not None and _OTHERS_OF.search(text, max(start, carry.start() - 30), carry.start()):
        carry = None  # "a meeting between the foreign ministers of the two major players": not theirs
    counted = _counted_in_lead(reading, carry, start, participants) if len(participants) < 2 else None
    if counted is not None:  # "Three Presidents Agree ..." ... "The presidents talked last week": all three
        participants, carried = counted, True
    if len(participants) < 2 and (carry is not None or _they_meet(text, start, end, mentions, participants)):
        holding = office_of_pair(carry, persons)
        pair = dominant_pair(pairs, participants, holding=holding, before=start)
        if (
            pair is not None
            and found
            and _told_just_before(text, found[-1], start, people, pair, participants)
            and _heads(found[-1].participants, persons)
        ):
            # "Trump also spoke on the phone with Abe ... The two leaders agreed to meet": the pair of the
            # meeting told right before, whose sentence names no other one of the text's pair
            pair = found[-1].participants
        elif pair is None and found and set(participants) <= set(found[-1].participants):
            pair = found[-1].participants  # the pair of the meeting just proposed
        elif pair is not None and found and _ties_last(found[-1], pair, pairs, participants, holding):
            # "talks between Baker and Shevardnadze. Both men said the talks ...": named together no less
            # often than the text's first pair, the pair of the meeting just told
            pair = found[-1].participants
        if pair is not None:
            participants, carried = pair, True
    if len(participants) == 1 and found and _CALLERS.match(cue.group()):
        callee = _callee_of_last_call(found, people)
        if callee is not None and callee != participants[0]:
            # "Trump called up Modi ... Among other callers were Saudi Arabia's King Salman": Modi's caller
            participants, carried = tuple(sorted({participants[0], callee})), True
    members = (
        bloc_members(text, start, end, persons, people, participants, cue.span())
        if len(participants) < 2
        else None
    )
    if members is not None:  # "Trump will hold a video teleconference with G7 leaders": the G7's leaders
        participants, carried = members, True
    if not participants:
        # "We had a call with Mr. Trump," Erdogan said: the speaker and the one named
        participants = speaker_and_named(text, cue, quoted, attributions)
    sides = sides_before(text, cue.start(), lexicon) if len(participants) >= 2 else None
    if sides is not None:
        # "Scholz, Macron tell Putin way out lies in Ukraine-Russia talks": when someone of another country
        # is named, the talks are those of the two sides' people only
        countries = {p.id: p.country for p in persons}
        if any(countries.get(p) not in (None, *sides) for p in participants):
            participants = tuple(p for p in participants if countries.get(p) in sides)
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
    return Chosen(participants=participants, carried=carried, caller=caller)


_CALLERS = re.compile(r"callers\Z", re.IGNORECASE)
"""Those who called someone ("Among other callers were King Salman"): the one called is the last call's."""


def _from(people: list[PersonMention], index: int) -> Iterator[PersonMention]:
    """The mentions of ``people`` from ``index`` on, without copying the list's tail."""
    for i in range(index, len(people)):
        yield people[i]


def _callee_of_last_call(found: list[MeetingCandidate], people: list[PersonMention]) -> str | None:
    """Who the last call proposed was made to: its participant named first after its call word ("Trump on
    Friday called up Prime Minister Narendra Modi": Modi), or None."""
    last = next((c for c in reversed(found) if is_call(c)), None)
    if last is None:
        return None
    at = last.meeting_cue.end
    index = bisect.bisect_left(people, at, key=lambda m: m.start)
    return next(
        (
            m.person
            for m in itertools.takewhile(lambda m: m.start < last.end, _from(people, index))
            if m.person in last.participants
        ),
        None,
    )


def _told_just_before(
    text: str,
    last: MeetingCandidate,
    start: int,
    people: list[PersonMention],
    pair: tuple[str, ...],
    named: tuple[str, ...],
) -> bool:
    """Whether the meeting proposed ``last`` is of two people (including ``named``), not ``pair``, told in
    the sentence right before the clause at ``start``, and no one of ``pair`` but its own people is named
    from its start to ``start``."""
    met = last.participants
    if len(met) != 2 or met == pair or not set(named) <= set(met) or last.end > start:
        return False
    if text[last.end : start].strip():
        return False
    first = bisect.bisect_left(people, last.start, key=lambda m: m.start)
    others = set(pair) - set(met)
    return not any(
        m.person in others for m in itertools.takewhile(lambda m: m.start < start, _from(people, first))
    )


def _heads(ids: tuple[str, ...], persons: Sequence[Person]) -> bool:
    """Whether everyone of ``ids`` holds the office of a head of state or government (not "Foreign
    Minister Mondino": no one of "the two leaders")."""
    offices = {p.id: p.office for p in persons}
    return all(offices.get(i) in HEADS for i in ids)


def _ties_last(
    last: MeetingCandidate,
    pair: tuple[str, ...],
    pairs: dict[tuple[str, str], tuple[int, int]],
    named: tuple[str, ...],
    holding: frozenset[str] | None,
) -> bool:
    """Whether the pair of the meeting proposed ``last`` (two people, including ``named``, both of
    ``holding`` when given) is named together as often as ``pair``, the text's pair for "the two leaders"."""
    met = last.participants
    if len(met) != 2 or met == pair or not set(named) <= set(met):
        return False
    if holding is not None and not set(met) <= holding:
        return False
    count = pairs.get((met[0], met[1]), (0, 0))[0]
    return count > 0 and count >= pairs.get((pair[0], pair[1]), (0, 0))[0]


def _hyphened_pair(text: str, cue: re.Match[str], mentions: list[PersonMention]) -> tuple[str, ...] | None:
    """The two people whose names, joined by a hyphen, stand before the meeting word ("the Putin-Trump
    meeting", "a Modi-Xi summit"), with at most a word or two between."""
    for first, second in itertools.pairwise(mentions):
        if (
            first.person is not None
            and second.person is not None
            and first.person != second.person
            and text[first.end : second.start] in PAIR_HYPHENS
            and 0 <= cue.start() - second.end <= 25
            and _ADJECTIVES_GAP.fullmatch(text, second.end, cue.start())
        ):
            return tuple(sorted({first.person, second.person}))
    return None


def _told(text: str, start: int, cue: re.Match[str]) -> tuple[int, int] | None:
    """Where the people a message or briefing whose topic is the meeting at ``cue`` goes to or comes from
    are named, in the clause from ``start``: "shared information with Yoon about his visit to Washington" is
    no meeting of Yoon's, "carrying a message to King Hussein from President Assad concerning the Arab
    summit" none of theirs. None when the meeting word is no such topic."""
    topic = _TOPIC_BEFORE.search(text, max(start, cue.start() - 60), cue.start())
    if topic is None:
        return None
    tellings = list(_TOLD.finditer(text, max(start, topic.start() - 200), topic.start()))
    if not tellings:
        return None
    told = tellings[-1]  # the last before the topic: "told reporters he had shared information with Yoon"
    if topic["own"] is None and not _CARRIED.search(text, told.end(), topic.start()):
        return None  # "sent a letter to Kim about a meeting in Singapore": theirs, maybe
    return told.end(), topic.start()


_OWN_MEETING = re.compile(
    rf"\s*{LEADING}\s+(?:his|her)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:meeting|talks|call|conversation|visit|discussions?)\Z"
)
"""A clause that opens on its subject's own meeting, named by a pronoun ("In his meeting with ...")."""
_TOLD = re.compile(
    r"\b(?:messages?|letters?|information|note|brief(?:ed|ing|s)?|inform(?:ed|s|ing)?|told|tell(?:s|ing)?"
    r"|updated|shared|apprised|notified|assured)\b"
)
"""A message or briefing, whose people (the one told, the sender) are named after it."""
_TOPIC_BEFORE = re.compile(
    r"\b(?:about|concerning|regarding|on|of)\s+[\"“]?"
    r"(?:(?P<own>his|her|[A-Z][\w-]*['’]s)\s+|(?:the|a|an|its|this|that|these|those|next|last|upcoming"
    r"|forthcoming|planned|proposed|recent|latest|coming|[A-Z][\w-]*)\s+){0,3}\Z"
)
"""The topic of a message, right before its meeting word ("about his", "concerning the Arab"; not "about
their": the meeting of the one told); ``own`` when the meeting is someone's own ("about his visit")."""
_CARRIED = re.compile(r"\bto\b.*\bfrom\b|\bfrom\b.*\bto\b", re.DOTALL)
"""A message carried between two others ("a message to King Hussein from President Assad")."""
_ADJECTIVES_GAP = re.compile(r"(?:\s+[a-z-]+){0,2}\s+")
_OTHERS = (
    r"(?i:ministers|officials|envoys|negotiators|diplomats|delegations|delegates|aides|advisers|advisors"
    r"|deputies|secretaries|ambassadors|lawmakers|generals|spokesmen|experts|mediators)"
)
"""People who are not leaders, named in the plural."""
_OTHERS_BEFORE = re.compile(
    rf"\b{_OTHERS}\b"
    r"|\b(?:EU|European|[Ww]orld|G-?\d+|NATO|Arab|African|Asian|Western|[Rr]egional|[Oo]ther)\s+leaders\b",
)
"""Others than leaders named before "their" ("the foreign ministers of Russia and Ukraine held their
talks"): whose the meeting is."""
_OTHERS_OF = re.compile(rf"\b{_OTHERS}\s+of\s+\Z")
"""Others than leaders whose masters "the two leaders" are ("a meeting between the foreign ministers of the
two major players"): theirs is the meeting, not the two leaders'."""
_THEIR_BEFORE = re.compile(r"\btheir\s+(?:[\w-]+\s+){0,3}\Z")
_OBJECT_GAP = re.compile(r"\s+(?:with\s+)?")
_PRONOUN_BEFORE = guarded(re.compile(r"\b(?:[Hh]e|[Ss]he|(?:His|Her)\s+Majesty)\s+(?:[a-z-]+\s+){0,5}\Z"))
_THEY_MET = re.compile(
    r"\b[Tt]hey\s+(?:(?:had|have|last|first|also|then|will|would|could|may|might|to)\s+){0,2}"
    r"(?:met|meet|talked|spoke|sat\s+down"
    r"|(?:held|hold|have|had)\s+(?:talks|an?\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|talks)))\b"
    r"|\b(?:In|During)\s+(?:a|an|the|their)\s+[^,.;:\"“]{0,80}?,\s+they\b"
)
"""A plural subject that meets ("They last met when China hosted the G20", "they will have a half hour
meeting", "In a phone conversation lasting 105 minutes, they agreed"): the text's pair."""


def _they_meet(
    text: str, start: int, end: int, mentions: list[PersonMention], participants: tuple[str, ...]
) -> bool:
    """Whether "they" meet in the clause ``start:end`` (``_THEY_MET``) and stand for the text's pair: when
    the clause names no one, or names its one participant before "they" ("his challenge to Gorbachev ...
    before they meet at Geneva": Gorbachev and the one he meets), not after ("They met Putin": others)."""
    if len(participants) > 1:
        return False
    they = _THEY_MET.search(text, start, end)
    if they is None:
        return False
    return all(m.end <= they.start() for m in mentions if m.person in participants)


def heads_of_text(persons: Sequence[Person]) -> frozenset[str]:
    """The heads of state or government of the text: "the four leaders" are these, when they are at least
    four, before a group with a minister named beside them (who told of the talks)."""
    return frozenset(p.id for p in persons if p.office in HEADS)


def _group_of(
    reading: Reading, size: int, participants: tuple[str, ...], holding: frozenset[str] | None = None
) -> tuple[str, ...] | None:
    """The ``size`` people "the four leaders" stand for (`GroupCounts.dominant`): of ``holding``, else of
    the text's heads of state or government when they are at least ``size``, before any group the text
    names together."""
    heads = reading.heads if len(reading.heads) >= size else None
    return reading.groups.dominant(size, participants, holding or heads) or reading.groups.dominant(
        size, participants, holding
    )


SEVERAL = guarded(
    re.compile(
        r"\b(?:the|all|both|of|with)\s+(?P<n>three|four|five)\s+(?:(?-i:[A-Z][\w-]*)\s+){0,2}"
        r"(?:leaders|presidents|heads\s+of\s+(?:state|government)"
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


_BARE_PLURAL = re.compile(
    r"the\s+(?:leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|premiers|chancellors)",
    re.IGNORECASE,
)
"""Leaders carried without a number ("The presidents talked"): not "the two leaders", "both men"."""
_COUNTED_LEADERS = re.compile(
    r"\b(?P<n>three|four|five)\s+(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|premiers)\b",
    re.IGNORECASE,
)
"""A count of leaders in a headline or lead ("Three Presidents Agree", "Four Central Asian presidents")."""
_COUNTED_LEAD = 400
_OF_AFTER = re.compile(r"\s+of\b")
"""How far into the text a count of leaders is looked for: the headline and the lead."""


def _counted_in_lead(
    reading: Reading, carry: re.Match[str] | None, start: int, participants: tuple[str, ...]
) -> tuple[str, ...] | None:
    """The leaders a bare plural ("The presidents talked last week") stands for when the headline or lead
    counts them ("Three Presidents Agree ..."): the group of that many the text names together most often
    (of its heads of state or government, when it has that many), including any named in the clause.
    Without a count, or with "the two leaders", the pair rules decide as before."""
    if (
        carry is None
        or not _BARE_PLURAL.fullmatch(carry.group())
        or _OF_AFTER.match(reading.text, carry.end())
    ):
        return None  # "the leaders of the U.S., Egypt and Israel" name their countries: `leaders_of`
    counted = _COUNTED_LEADERS.search(reading.text, 0, min(start, _COUNTED_LEAD))
    if counted is None:
        return None
    size = _COUNTS[counted["n"].lower()]
    return _group_of(reading, size, participants)


def may_count(cues: MeetingCues) -> bool:
    """Whether ``SEVERAL`` may match in the text of ``cues``: only if it holds one of the number words of
    ``_COUNTS``, as ``re`` ignores case — the same word in the lower-cased text, unless the text has a
    letter that ``re`` but not ``lower`` folds to an ASCII one (``UNFOLDED``: then no lower-cased text)."""
    return cues.lowered is None or any(word in cues.lowered for word in _COUNTS)
