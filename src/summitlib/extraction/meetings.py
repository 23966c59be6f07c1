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
from typing import TypeVar

import attrs

from summitlib.dates import PartialDate
from summitlib.extraction._lexicon import CAPITALS, Lexicon
from summitlib.extraction._status import CALL, call_format, call_kind, guarded, meeting_status
from summitlib.extraction._text import Sentences, first_chars, trie_pattern
from summitlib.extraction._types import (
    Attribution,
    Cue,
    DateMention,
    DurationMention,
    MeetingCandidate,
    Person,
    PersonMention,
    PlaceCue,
)
from summitlib.model import MeetingFormat, MeetingStatus

__all__ = ["find_meetings"]

_MEETING_WORDS = """meet meets meeting meetings met summit summits talks encounter encounters sit-down
face-to-face get-together get-togethers one-on-one tête-à-tête tete-a-tete bilateral visit visited visits
hosted hosts host hosting received receives receiving handshake call called calls phoned telephoned
videoconference sidelines conferred conferring welcomed welcomes welcoming visiting guest greeted
greets""".split()  # noqa: SIM905
_MEETING_PHRASE_STARTS = [
    "sit",
    "sat",
    "shook",
    "shake",
    "bump",
    "held",
    "hold",
    "spoke",
    "joint",
    "phone",
    "spent",
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
]
_SPEAK_WITH = (
    r"(?:spoke|speaks?|spoken|talked|talks?)\s+(?:(?:virtually|briefly|privately|separately|directly)\s+)?"
    r"(?:with|to)"
)
"""Speaking with someone ("spoke with", "speaks virtually with"): a meeting cue, and a call where the text
speaks of one."""
_MEETING = re.compile(
    rf"\b{first_chars([*_MEETING_WORDS, *_MEETING_PHRASE_STARTS], ignore_case=True)}"
    rf"(?:{trie_pattern(_MEETING_WORDS)}|(?:sit|sat)\s+down|(?:shook|shake|shakes)\s+hands|bump\s+into"
    r"|(?:held|hold|holds|holding)\s+(?:[\w'\"“”‘’-]+\s+){0,2}?(?:talks|discussions|consultations|a\s+call)"
    r"|(?:spoke|speaks?|spoken|speaking|talked|talks?|talking)\s+(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone"
    rf"|{_SPEAK_WITH}|joint\s+(?:press\s+conference|news\s+conference|statement)"
    r"|(?:tele)?phon(?:e|ic)\s+(?:call|conversations?|talks?)|video\s*(?:call|conference|link|summit)"
    r"|virtual\s+(?:summit|meeting|talks)|(?:dinner|lunch|luncheon|banquet|breakfast)\s+with"
    r"|spent\s+(?:[\w-]+\s+){1,6}?with)\b",
    re.IGNORECASE,
)
_SIDELINES = guarded(
    re.compile(r"\bon\s+the\s+sidelines?\s+of\b|\bsideline\s+(?:meeting|talks)\b", re.IGNORECASE)
)
_CARRY = guarded(
    re.compile(
        r"\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|heads\s+of\s+state|heads\s+of\s+government|men"
        r"|sides|prime\s+ministers|PMs|premiers|statesmen|chancellors)\b(?!\s+of\s+(?:\d+|three|four|five|six|seven"
        r"|eight|nine|ten|eleven|twelve|many|several|all|other|some|most|the\s+(?:region|world|continent|bloc|group))\b)"
        r"|\bthe\s+pair\b|\bthe\s+two\b(?!\s+(?:countries"
        r"|nations|states|sides|governments|delegations|Koreas|capitals|days|hours|weeks|months|years)\b)",
        re.IGNORECASE,
    )
)
_TOPIC_BEFORE = re.compile(
    r"\b(?:over|about|regarding|concerning|against|asylum\s+to|of|by|for|like)\s+(?:[A-Z][\w.’'-]*\s+){0,4}\Z"
)
_CREDIT_BEFORE = re.compile(r"\s[-–—]\s*\Z")
_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")
_TO_MEET_AFTER = re.compile(r"\s+to\s+(?:meet|visit|hold|talk|sit|speak)\b")
"""The subject of a meeting after "for" ("no plans for President Trump to meet"): a participant."""
_AGENT_BY = re.compile(
    r"\b(?:welcomed|received|hosted|greeted|met|invited|visited|entertained|accompanied)\s+(?:\w+\s+){0,2}?by\s",
    re.IGNORECASE,
)
"""The agent of a meeting verb in the passive ("he was welcomed by Prime Minister Gandhi"): a participant."""
_COMPANION_BEFORE = guarded(
    re.compile(
        r"\b(?:(?:his|her|their)\s+(?:wife|husband|spouse|son|daughter|partner|children)|[Ff]irst\s+[Ll]ady)"
        r"[\s,]+\Z"
    )
)
_ROLE_BEFORE_OF = re.compile(
    r"\b(?:[Pp]resident|[Mm]inister|[Pp]remier|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Cc]hancellor|[Ll]eader"
    r"|[Pp]rince|[Ss]ecretary)\s+\Z"
)
"""A title before "of" ("the President of Russia Vladimir Putin"): a participant, not a topic."""
_SUBJECT_PRONOUN = guarded(re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b"))
_CALL_VERB = re.compile(r"\b(?:called|calls|call|phoned|phones|telephoned|rang)\b", re.IGNORECASE)
_PLACE = guarded(
    re.compile(
        r"\b(?:in|at)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
        r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|for|last|this|next|to|and|with"
        r"|where|when|after|before|during|since)\b))?)"
    )
)
_NOT_PLACES = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Moscow's|Washington's)\b"
)
_OCCASION = guarded(
    re.compile(
        r"(?:\bthe\s+)?(?P<occ>(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)['’]s)"
        r"(?:(?:[A-Z0-9][\w'’&.-]*|leaders['’])\s+){1,5}(?:summit|conference|forum|gathering"
        r"|meeting|assembly|Summit|Conference|Forum|Gathering|Meeting|Assembly))\b"
    )
)
_COUNTRY_ALIASES = {
    "russia": "RUS",
    "america": "USA",
    "the united states": "USA",
    "u.s.": "USA",
    "us": "USA",
    "britain": "GBR",
    "great britain": "GBR",
    "uk": "GBR",
    "turkey": "TUR",
    "korea": "KOR",
    "the philippines": "PHL",
    "the netherlands": "NLD",
    "vatican": "VAT",
    "czech republic": "CZE",
}


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
    pairs = _pair_counts(by_sentence, {p.id for p in persons if p.office and _VOICE.search(p.office)})
    found: list[MeetingCandidate] = []
    for index, (sentence_start, sentence_end) in enumerate(sentences.spans):
        in_sentence = by_sentence.get(index, [])
        first = _MEETING.search(text, sentence_start, sentence_end)
        if first is None:
            continue
        clauses = _clauses(text, sentence_start, sentence_end, first, in_sentence)
        before = len(found)
        for start, end, mentions in clauses:
            cue = _MEETING.search(text, start, end)
            if cue is None:
                continue
            # "There are no plans for Trump to meet with Putin," (not "We had a call with Mr. Trump"):
            inside = _quoted_around(text, cue, quoted.get(index, []))
            from_quote = len({m.person for m in inside}) >= 2 and not _speaker_and_named(
                text, cue, quoted.get(index, []), attributions
            )
            if from_quote:
                mentions = inside
            participants = _participants(text, mentions, speakers, cue, start)
            carried = False
            several = _SEVERAL.search(text, start, end)
            size = _COUNTS[(several["n"] or several["n2"]).lower()] if several is not None else 0
            if len(participants) < size:
                group = _dominant_group(by_sentence, size, participants) or _recent_group(
                    found, size, participants
                )
                if group is not None:  # "the three leaders first met in Asmara"
                    participants, carried = group, True
            if len(participants) > 2:
                # "Kerry and his counterpart Rodriguez held a meeting ... before Castro"
                participants = _subjects(text, start, end, cue, mentions, participants)
            if len(participants) < 2:  # "The leaders of South Korea and Japan on Monday agreed"
                of_countries = _leaders_of(text, start, end, persons, lexicon)
                if of_countries is not None:
                    participants, carried = of_countries, True
            carry = _CARRY.search(text, cue.end(), end) if len(participants) == 1 else None
            if carry is not None and _OBJECT_GAP.fullmatch(text, cue.end(), carry.start()):
                # "Museveni welcomed the two leaders": the host and the pair the text is about
                guests = _dominant_pair(pairs, (), without=participants[0])
                if guests is not None:
                    participants, carried = tuple(sorted({*guests, participants[0]})), True
            carry = _CARRY.search(text, start, end) if len(participants) < 2 else None
            if len(participants) < 2 and (
                carry is not None or (not participants and _THEY_MET.search(text, start, end))
            ):
                pair = _dominant_pair(pairs, participants, holding=_office_of_pair(carry, persons))
                if pair is None and found and set(participants) <= set(found[-1].participants):
                    pair = found[-1].participants  # the pair of the meeting just proposed
                if pair is not None:
                    participants, carried = pair, True
            if not participants:
                # "We had a call with Mr. Trump," Erdogan said: the speaker and the one named
                participants = _speaker_and_named(text, cue, quoted.get(index, []), attributions)
            caller: str | None = None
            if len(participants) >= 2:
                # "he will also hold separate bilateral meetings with President Rouhani and President Erdogan"
                pronoun_before = _PRONOUN_BEFORE.search(text, max(start, cue.start() - 40), cue.start())
                if pronoun_before is not None and all(
                    m.start > cue.start() for m in mentions if m.person in participants
                ):
                    pronoun = _pronoun_subject(text, start, cue.start(), people, "")
                    if pronoun is not None and pronoun not in participants:
                        participants, caller = tuple(sorted({*participants, pronoun})), pronoun
            if len(participants) == 1:
                subject = _pronoun_subject(text, start, cue.start(), people, participants[0])
                if subject is not None:
                    participants, carried = tuple(sorted({participants[0], subject})), True
            if len(participants) == 1:
                host = _host(text, start, end, persons, participants[0], lexicon)
                if host is not None:  # "Trump's state visit to the United Kingdom": Britain's leader hosts
                    participants, carried = tuple(sorted({participants[0], host})), True
            groups = _between_groups(text, start, end, mentions)
            if groups:
                # "meetings between Putin and Barack Obama": that pair, whoever else the sentence names
                cues = list(_MEETING.finditer(text, start, end))
                for at, group in groups:
                    near = min(cues, key=lambda m: abs(m.start() - at))
                    found.append(
                        _candidate(
                            text, start, end, near, group, False, dates, durations, mentions, lexicon, anchor
                        )
                    )
                continue
            if len(participants) < 2:
                continue
            candidate = _candidate(
                text, start, end, cue, participants, carried, dates, durations, mentions, lexicon, anchor
            )
            if from_quote and candidate.status is None:
                continue  # "Putin and Biden should meet," an analyst said: an opinion, not a proposal
            if len(participants) > 2 and (
                (candidate.format is not None and candidate.format.is_call)
                or _SEPARATE.search(text, start, end)
                or _EACH_OF.search(text, cue.end(), end)
            ):  # "Modi called Ghani and Hasina", "Yoon held separate meetings with Li and Kishida"
                found.extend(_calls_one_by_one(candidate, mentions, caller))
                continue
            found.append(candidate)
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


_LEAD_ADJUNCT = re.compile(
    r"[\s\"“‘']*(?:Before|After|Following|In\s+addition\s+to|Besides|Apart\s+from|Prior\s+to|Ahead\s+of)\s+"
    r"(?:[a-z]+ing|talks\s+with|(?:his|her|their)\s+(?:talks|meetings?|visit)\s+(?:with|to))"
    r"\s[^,;:.]{2,120}?,\s"
)
"""A meeting named in a leading adjunct ("Before meeting Xi, Lula spoke with Li"): a meeting of its own."""
_THEN = re.compile(
    r"(?:,\s*|\s+)(?:before|after|following|then|and\s+then|and\s+later|later|and\s+(?:a|an)(?=\s+(?:[\w-]+\s+)?"
    r"(?:dinner|lunch|luncheon|banquet|breakfast|meeting|call)\s+with\b))\s(?!.*\b(?:before|after|following|then)\s)"
)
"""The connective of a second meeting in one sentence ("conferred with Gandhi ... before attending a banquet
with Gandhi and Venkataraman")."""
_THEN_REACH = 40


def _clauses(
    text: str, start: int, end: int, first: re.Match[str], mentions: list[PersonMention]
) -> list[tuple[int, int, list[PersonMention]]]:
    """The parts of a sentence that each report a meeting, with the people of each: the whole sentence,
    or a meeting in a leading adjunct and the main clause, or a main clause and a later meeting it leads
    to. The subject of the main clause (the people named before its meeting word) takes part in both."""
    split, main_first = None, True
    lead = _LEAD_ADJUNCT.match(text, start, end)
    if lead is not None and first.start() < lead.end():
        split, main_first = lead.end(), False
    else:
        previous = first
        for cue in _MEETING.finditer(text, first.end(), end):
            connective = _THEN.search(text, max(previous.end(), cue.start() - _THEN_REACH), cue.end())
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
    main_cue = _MEETING.search(text, main_start, split if main_first else end)
    if main_cue is None:
        return [(start, end, mentions)]
    if not other:  # "In addition to discussing Syria with his counterparts, he will meet X": the main clause
        return [(start, end, mentions)] if main_first else [(split, end, main)]
    subject = [m for m in main if m.end <= main_cue.start() and not m.possessive]
    if not subject and main_first:
        return [(start, end, mentions)]  # "A joint statement issued after envoys' talks ...": one clause
    other_cue = _MEETING.search(text, split, end) if main_first else first
    if other_cue is not None and any(m.start < other_cue.start() for m in other):
        subject = []  # "... after Erdogan's talks with Zelensky": that clause names its own people
    if main_first:
        return [(start, split, main), (split, end, subject + other)]
    return [(start, split, other + subject), (split, end, main)]


_SHARED_STATUSES = (MeetingStatus.HELD, MeetingStatus.PLANNED)
"""Statuses one meeting of a sentence lends another that has none (not a refusal or cancellation)."""
_OTHER_CLAUSE_AFTER = re.compile(r"(?:he|she|they|the\s+two|both)\b", re.IGNORECASE)
"""A connective that opens a clause with its own subject ("before he flew to Delhi"): not split."""


_OBJECT_GAP = re.compile(r"\s+(?:with\s+)?")
_PRONOUN_BEFORE = guarded(re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:[a-z-]+\s+){0,5}\Z"))
_SEPARATE = guarded(
    re.compile(r"\bseparate(?:ly)?\b|\bone\s+after\s+the\s+other\b|\bin\s+turn\b", re.IGNORECASE)
)
_EACH_OF = re.compile(r"\s+(?:with\s+)?(?:both|each\s+of)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b")
_WITH_AFTER = re.compile(r"\s+(?:(?:by\s+(?:tele)?phone\s+)?(?:with|to)\s+)?(?:[A-Z][\w.]*\s+){0,3}\Z")


def _quoted_around(text: str, cue: re.Match[str], inside: list[PersonMention]) -> list[PersonMention]:
    """The people named in the quotation that holds the meeting word ("There are no plans for President
    Trump to meet with President Putin," an official said): quoted mentions with no quotation mark between
    them and the word."""
    return [
        m
        for m in inside
        if m.person is not None
        and _QUOTE_MARK.search(text, min(m.end, cue.start()), max(m.start, cue.end())) is None
    ]


_QUOTE_MARK = re.compile(r"[\"“”]")


def _speaker_and_named(
    text: str, cue: re.Match[str], inside: list[PersonMention], attributions: list[Attribution]
) -> tuple[str, ...]:
    """A first-person quotation that meets someone ("We had a call with Mr. Trump"): its speaker and them."""
    quote = next((a for a in attributions if a.quoted and a.start <= cue.start() < a.end), None)
    if quote is None or quote.speaker is None or quote.speaker.leader is None:
        return ()
    if not _FIRST_PERSON.search(text, max(quote.start, cue.start() - 40), cue.start()):
        return ()
    named = next(
        (m for m in inside if m.start >= cue.end() and _WITH_AFTER.fullmatch(text, cue.end(), m.start)), None
    )
    if named is None or named.person is None or named.person == quote.speaker.leader:
        return ()
    return tuple(sorted({named.person, quote.speaker.leader}))


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


_VISIT_TO = re.compile(
    r"\b(?:visit(?:s|ed|ing)?(?:\s+(?:to|in))?|(?:trip|travel(?:s|led|ed)?|arriv(?:e|es|ed|ing)|heads?|flew|flies)"
    r"\s+(?:to|in))\s+(?:the\s+)?(?P<place>[A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+){0,2})"
)
_HEADS = ("President", "Prime Minister", "Premier", "Chancellor", "King", "Queen", "Emir", "Leader", "Sultan")


_LEADERS_OF = re.compile(
    r"\b(?:[Tt]he|[Bb]oth)\s+(?:leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government))\s+of\s+"
    r"(?:the\s+)?(?P<a>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+and\s+(?:the\s+)?"
    r"(?P<b>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
)


def _leaders_of(
    text: str, start: int, end: int, persons: Sequence[Person], lexicon: Lexicon
) -> tuple[str, ...] | None:
    """ "The leaders of South Korea and Japan": the one head of each country the text names, if each has
    one."""
    match = _LEADERS_OF.search(text, start, end)
    if match is None:
        return None
    found = []
    for place in (match["a"], match["b"]):
        country = _country(place, lexicon) or CAPITALS.get(place)
        heads = [p.id for p in persons if country is not None and p.country == country and p.office in _HEADS]
        if len(heads) != 1:
            return None
        found.append(heads[0])
    return tuple(sorted(set(found))) if len(set(found)) == 2 else None


def _host(
    text: str, start: int, end: int, persons: Sequence[Person], guest: str, lexicon: Lexicon
) -> str | None:
    """The leader, named in the text, of the country a guest visits ("visit to the United Kingdom")."""
    for match in _VISIT_TO.finditer(text, start, end):
        place = match["place"].rstrip(".")
        country = (
            _country(place, lexicon)
            or CAPITALS.get(place)
            or CAPITALS.get(" ".join(place.split()[:2]))
            or _country(place.split()[0], lexicon)
            or CAPITALS.get(place.split()[0])
        )
        if country is None:
            continue
        heads = [p for p in persons if p.id != guest and p.office is not None and p.office in _HEADS]
        hosts = [p.id for p in heads if p.country == country]
        if not hosts and not any(p.country == country for p in persons):
            # "Xi's state visit to Pakistan" ... "Prime Minister Nawaz Sharif": the one head of government
            # or state the text names without a country, when it names no one of that country
            guest_country = next((p.country for p in persons if p.id == guest), None)
            hosts = [p.id for p in heads if p.country is None] if guest_country != country else []
        if len(hosts) == 1:
            return hosts[0]
    return None


def _pronoun_subject(text: str, start: int, at: int, people: list[PersonMention], named: str) -> str | None:
    """ "He is scheduled to meet with X": the person "he" is, named in an earlier sentence; None when there
    is no such pronoun, or when it is the one named ("Modi recalled his visit to Russia")."""
    pronoun = None
    for match in _SUBJECT_PRONOUN.finditer(text, start, at):
        pronoun = match
    if pronoun is None or at - pronoun.end() > 80:
        return None
    for mention in reversed(people):
        if mention.start >= pronoun.start():
            continue  # "Anwar said he is scheduled to meet X": the sentence's own subject comes first
        if (
            mention.start >= start
            and mention.person == named
            and not mention.quoted
            and pronoun.group().lower() in {"his", "her"}
            and not any(start <= m.start < mention.start and not m.quoted for m in people)
        ):
            return None  # "Modi recalled his visit to Russia": the subject's own visit
        if (
            mention.person is not None
            and mention.person != named
            and not mention.quoted
            and mention.rule != "credit"
        ):
            return mention.person
    return None


_BETWEEN = re.compile(r"\bbetween\s+")
_TITLE_GAP = re.compile(r"[^,;:.!?]{0,45}\Z")
_AND_GAP = re.compile(r"\s+and\s+[^,;:!?]{0,45}\Z")


def _between_groups(
    text: str, start: int, end: int, mentions: list[PersonMention]
) -> list[tuple[int, tuple[str, ...]]]:
    """Leaders named as "between A and B" (titles allowed before each name), with where it is said."""
    groups = []
    for match in _BETWEEN.finditer(text, start, end):
        after = match.end()
        first = [m for m in mentions if m.start >= after and _TITLE_GAP.fullmatch(text, after, m.start)]
        if not first:
            continue
        head = [m for m in first if (m.start, m.end) == (first[0].start, first[0].end)]
        ids = {m.person for m in head if m.person is not None}
        if len(ids) < 2:
            second = [
                m
                for m in mentions
                if m.start > head[0].end and _AND_GAP.fullmatch(text, head[0].end, m.start)
            ]
            ids |= {m.person for m in second[:1] if m.person is not None}
        if len(ids) >= 2:
            groups.append((match.start(), tuple(sorted(ids))))
    return groups


_THEY_MET = re.compile(
    r"\b[Tt]hey\s+(?:(?:had|have|last|first|also|then|will|would|could|may|might|to)\s+){0,2}"
    r"(?:met|meet|talked|spoke|held\s+(?:talks|a\s+meeting|a\s+summit)|sat\s+down)\b"
)
"""A plural subject that meets ("They last met when China hosted the G20"): the text's pair."""
_MEETING_VERB = re.compile(
    r"(?:met|meet|meets|held|hold|holds|holding|talked|spoke|speak|sat|sit|shook|conferred|hosted)\b", re.I
)


def _subjects(
    text: str,
    start: int,
    end: int,
    cue: re.Match[str],
    mentions: list[PersonMention],
    participants: tuple[str, ...],
) -> tuple[str, ...]:
    """Two or more people named as the subject of a meeting verb, and no one named after it in the clause
    who is not already one of them: those people ("A and B held a meeting ..., ahead of C's visit")."""
    if not _MEETING_VERB.match(cue.group()):
        return participants
    clause = max(start, text.rfind(";", start, cue.start()) + 1)
    before = {m.person for m in mentions if clause <= m.start < cue.start() and m.person in participants}
    if len(before) < 2 or _OTHER_CLAUSE.search(text, clause, cue.start()):
        return participants
    # "Ruto and Odinga met with Ugandan President Museveni": all three
    stop = _CLAUSE_END.search(text, cue.end(), end)
    limit = stop.start() if stop is not None else end
    before |= {
        m.person
        for m in mentions
        if cue.end() <= m.start < limit and m.person in participants and not m.possessive
    }
    return tuple(sorted(p for p in before if p is not None))


_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:before|after|while|when|where|who|which|ahead\s+of)\s")


_SEVERAL = guarded(
    re.compile(
        r"\b(?:the|all|both)\s+(?P<n>three|four|five)\s+(?:leaders|presidents|heads\s+of\s+(?:state|government)"
        r"|prime\s+ministers|men)\b|\b(?P<n2>trilateral|tripartite|three-way|quadrilateral|four-way)\s+"
        r"(?:[A-Z][\w-]*\s+)?(?:summit|meeting|talks)",
        re.IGNORECASE,
    )
)
_COUNTS = {"three": 3, "four": 4, "five": 5, "trilateral": 3, "tripartite": 3, "three-way": 3}
_COUNTS |= {"quadrilateral": 4, "four-way": 4}


def _dominant_group(
    by_sentence: dict[int, list[PersonMention]], size: int, named: tuple[str, ...]
) -> tuple[str, ...] | None:
    """The ``size`` people named together most often (earliest first on ties), including ``named``."""
    counts: dict[tuple[str, ...], tuple[int, int]] = {}
    for index in sorted(by_sentence):
        people = sorted({m.person for m in by_sentence[index] if m.person is not None})
        if len(people) < size or len(people) > 8:
            continue
        for group in itertools.combinations(people, size):
            count, seen = counts.get(group, (0, index))
            counts[group] = (count + 1, seen)
    options = [(group, value) for group, value in counts.items() if set(named) <= set(group)]
    if not options:
        return None
    return min(options, key=lambda item: (-item[1][0], item[1][1]))[0]


def _recent_group(found: list[MeetingCandidate], size: int, named: tuple[str, ...]) -> tuple[str, ...] | None:
    """The ``size`` people of the meetings proposed last, including ``named`` ("separate meetings with
    Rouhani and Erdogan ... The first tripartite summit"), or None if they are not exactly that many."""
    people = set(named)
    for candidate in reversed(found):
        people |= set(candidate.participants)
        if len(people) >= size:
            break
    return tuple(sorted(people)) if len(people) == size else None


_VOICE = re.compile(
    r"(?i:spokes(?:man|woman|person)|aide|advis[eo]r|press\s+secretary|correspondent|official)"
)
"""Offices of those who speak for a leader: never one of "the two sides" or "the two leaders"."""


def _pair_counts(
    by_sentence: dict[int, list[PersonMention]], voices: set[str]
) -> dict[tuple[str, str], tuple[int, int]]:
    """How often each pair of leaders is named in one sentence, and the first sentence it is (not those
    who speak for them: ``voices``)."""
    counts: dict[tuple[str, str], tuple[int, int]] = {}
    for index in sorted(by_sentence):
        named = sorted(
            {m.person for m in by_sentence[index] if m.person is not None and m.person not in voices}
        )
        for i, first in enumerate(named):
            for second in named[i + 1 :]:
                count, seen = counts.get((first, second), (0, index))
                counts[(first, second)] = (count + 1, seen)
    return counts


_PAIR_OFFICES = (
    (re.compile(r"prime\s+ministers|PMs|premiers", re.IGNORECASE), ("Prime Minister", "Premier")),
    (re.compile(r"presidents", re.IGNORECASE), ("President",)),
    (re.compile(r"chancellors", re.IGNORECASE), ("Chancellor",)),
)


def _office_of_pair(carry: re.Match[str] | None, persons: Sequence[Person]) -> frozenset[str] | None:
    """Who "the two prime ministers" (or presidents, chancellors) can be: the people the text gives that
    office; None when the words name no office or the text gives it to fewer than two."""
    if carry is None:
        return None
    for words, offices in _PAIR_OFFICES:
        if words.search(carry.group()):
            holding = frozenset(p.id for p in persons if p.office in offices)
            return holding if len(holding) >= 2 else None
    return None


def _dominant_pair(
    counts: dict[tuple[str, str], tuple[int, int]],
    named: tuple[str, ...],
    without: str | None = None,
    holding: frozenset[str] | None = None,
) -> tuple[str, ...] | None:
    """The pair named together most often in the text (earliest first on ties) that includes ``named``
    (and not ``without``), both of ``holding`` when given ("the two PMs": two prime ministers)."""
    options = [
        (pair, value)
        for pair, value in counts.items()
        if set(named) <= set(pair) and without not in pair and (holding is None or set(pair) <= holding)
    ]
    if not options:
        return None
    pair, _ = min(options, key=lambda item: (-item[1][0], item[1][1]))
    return pair


_SPEAKER_MEETS = re.compile(
    r"\s+(?:(?:reporters|journalists|him|her|them|the)\s+)?(?:after|before|following|during|at|visiting|on\s+a\s+visit)\b"
    r"|\s+(?:that\s+)?(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|talks|meeting|trip|call|conversation)\b",
    re.IGNORECASE,
)
"""The speaker takes part in a meeting named right after the reporting verb ("Putin said after talks with
Erdogan", "Xi told visiting President Lula")."""


_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\s[^,;:.!?()“”\"]*")
"""A non-restrictive relative clause (", who had sent a letter to President Mubarak"): who it names takes
part in a meeting only when the clause itself reports it."""


def _aside(text: str, mentions: list[PersonMention], cue: re.Match[str] | None) -> tuple[int, int] | None:
    """The part of a sentence whose people a relative clause sets apart from its meeting: the clause, when
    it names someone but not the meeting; what follows it, when the clause is where the meeting is
    ("Sedki, who met Assad on Monday, told Mubarak")."""
    if cue is None or len(mentions) < 3:
        return None
    first, last = min(m.start for m in mentions), max(m.end for m in mentions)
    for clause in _RELATIVE.finditer(text, first, last):
        if clause.start() <= cue.start() < clause.end():
            return clause.end(), last
        if any(clause.start() < m.start < clause.end() for m in mentions):
            return clause.start(), clause.end()
    return None


def _participants(
    text: str,
    mentions: list[PersonMention],
    speakers: dict[int, tuple[int, int]],
    cue: re.Match[str] | None,
    start: int,
) -> tuple[str, ...]:
    ids = set()
    aside = _aside(text, mentions, cue)
    for mention in mentions:
        if mention.rule == "credit":
            continue
        if aside is not None and aside[0] <= mention.start < aside[1]:
            continue  # "held talks with Assad, who had sent a letter to President Mubarak": not Mubarak
        verb = speakers.get(mention.start)
        if (
            verb is not None
            and not (cue is not None and mention.end <= cue.start() < verb[0])
            and not (
                cue is not None
                and 0 <= cue.start() - verb[1] <= 30
                and _SPEAKER_MEETS.match(text, verb[1], cue.end())
            )
        ):
            continue  # the speaker, unless the subject of the meeting verb ("Gore spoke with X, stressing")
        if mention.possessive and not (cue is not None and 0 <= cue.start() - mention.end <= 25):
            continue
        if _COMPANION_BEFORE.search(text, max(0, mention.start - 30), mention.start):
            continue  # "Lula and his wife Rosângela": who comes along, not who meets
        if _CREDIT_BEFORE.search(text, max(0, mention.start - 4), mention.start) and _LINE_END.match(
            text, mention.end
        ):
            continue  # "Talks Between Putin, Erdogan Lasted Over 2 Hours - Ushakov": who says so
        topic = _TOPIC_BEFORE.search(text, max(start, mention.start - 60), mention.start)
        if (
            topic is not None
            and not (
                topic.group().startswith("of")
                and _ROLE_BEFORE_OF.search(text, max(0, topic.start() - 30), topic.start())
            )
            and not (
                topic.group().startswith("by")
                and _AGENT_BY.search(text, max(0, topic.start() - 40), topic.end())
            )
            and not (topic.group().startswith("for") and _TO_MEET_AFTER.match(text, mention.end))
        ):
            continue  # "over Snowden", "asylum to Edward Snowden": what the meeting is about, not who meets
        if mention.person is not None:
            ids.add(mention.person)
    return tuple(sorted(ids))


def _candidate(
    text: str,
    start: int,
    end: int,
    cue: re.Match[str],
    participants: tuple[str, ...],
    carried: bool,
    dates: list[DateMention],
    durations: list[DurationMention],
    mentions: list[PersonMention],
    lexicon: Lexicon,
    anchor: PartialDate | None,
) -> MeetingCandidate:
    at = cue.start()
    told = _PAST_VERB_BEFORE.search(text, max(start, at - 25), at) if _VISITING.match(text, at) else None
    dated_until = end
    status: MeetingStatus | None
    status_cue: Cue | None
    if told is not None:  # "Deng told visiting President Koivisto that ...": the visit is under way as told
        status, status_cue = (
            MeetingStatus.HELD,
            Cue(start=told.start("verb"), end=told.end("verb"), text=told["verb"]),
        )
        that = _THAT.search(text, cue.end(), end)
        dated_until = that.start() if that is not None else end  # what follows "that" is what was told
    else:
        status, status_cue = meeting_status(text, start, end, at)
    when = _meeting_date(text, start, dated_until, at, dates)
    for other in _MEETING.finditer(text, cue.end(), dated_until) if when is None else ():
        when = _meeting_date(
            text, start, dated_until, other.start(), dates
        )  # "talks ... held a meeting on Sunday"
        if when is not None:
            break
    format, format_cue = call_format(text, start, end, at, mentions)
    if format is None and _SPOKE_WITH.match(cue.group()):
        around = CALL.search(text, max(0, start - _CALL_CONTEXT), min(len(text), end + _CALL_CONTEXT)) or (
            CALL.search(text, 0, min(start, _LEAD))  # the article's lead is about a call
        )
        if around is not None and not _IN_PERSON.search(text, start, end):
            format = call_kind(around.group())
            format_cue = Cue(start=cue.start(), end=cue.end(), text=cue.group())
    if format is None:
        sideline = _SIDELINES.search(text, start, end)
        if sideline is not None:
            format = MeetingFormat.SIDELINE
            format_cue = Cue(start=sideline.start(), end=sideline.end(), text=sideline.group())
    if status is None and when is None and not _FUTURE.search(text, start, end):
        past = _PAST.search(text, start, end)
        if past is not None:  # "The call followed a video conversation between Xi and Putin"
            status, status_cue = (
                MeetingStatus.HELD,
                Cue(start=past.start(), end=past.end(), text=past.group()),
            )
    if status is None and when is not None and when.value is not None and anchor is not None:
        status = MeetingStatus.PLANNED if when.value.earliest > anchor.latest else MeetingStatus.HELD
        status_cue = Cue(start=when.start, end=when.end, text=when.text)
    elif (
        status is MeetingStatus.HELD
        and when is not None
        and when.value is not None
        and anchor is not None
        and when.value.earliest > anchor.latest
    ):  # "had agreed to resume talks this fall": what is dated after the writing has not happened
        status, status_cue = MeetingStatus.PLANNED, Cue(start=when.start, end=when.end, text=when.text)
    elif (
        status is MeetingStatus.PLANNED
        and status_cue is not None
        and _PURPOSE.match(status_cue.text)
        and _WENT_BEFORE.search(text, max(start, status_cue.start - 40), status_cue.start)
        and when is not None
        and when.value is not None
        and anchor is not None
        and when.value.latest < anchor.earliest
    ):  # "Last week, Xi traveled to Moscow to meet with Putin": a purpose fulfilled, not a plan
        status, status_cue = MeetingStatus.HELD, Cue(start=when.start, end=when.end, text=when.text)
    duration = _nearest([d for d in durations if start <= d.start < end], at)
    return MeetingCandidate(
        start=start,
        end=end,
        text=text[start:end],
        participants=participants,
        meeting_cue=Cue(start=cue.start(), end=cue.end(), text=cue.group()),
        status=status,
        status_cue=status_cue,
        format=format,
        format_cue=format_cue,
        when=when,
        place=_place(text, start, end, at, mentions, lexicon),
        occasion=_occasion(text, start, end, at, mentions),
        duration=duration,
        carried=carried,
    )


_PURPOSE = re.compile(r"to\s+(?:meet|visit|hold|attend)\b", re.IGNORECASE)
_WENT_BEFORE = guarded(
    re.compile(
        r"\b(?:travell?ed|went|flew|came|arrived|headed|returned|journeyed|sailed|drove)\b[^.;]*\Z",
        re.IGNORECASE,
    )
)
_VISITING = re.compile(r"visiting\s+(?:[A-Z]|the\s+[A-Z])")
_PAST_VERB_BEFORE = re.compile(r"\b(?P<verb>told|met|received|greeted|said\s+to|[a-z]+ed)\s+(?:the\s+)?\Z")
_THAT = re.compile(r"\bthat\b")
_PAST = re.compile(r"\b(?:followed|came|was|were|took|began|ended|involved|included|marked)\b")
_FUTURE = re.compile(r"\b(?:will|would|shall|to\s+(?:meet|attend|hold)|going\s+to|plans?|next)\b|\?", re.I)
_SPOKE_WITH = re.compile(rf"{_SPEAK_WITH}\Z", re.IGNORECASE)
_CALL_CONTEXT = 600
_LEAD = 400
"""How far around a "spoke with" the text is looked at for a call ("... spoke with Castro. The call ...")."""
_IN_PERSON = guarded(
    re.compile(
        r"\b(?:met|meeting|sidelines?|in\s+person|face-to-face|visit(?:ed|ing)?|shook|dinner|lunch|banquet)\b",
        re.I,
    )
)


_OTHER_CLAUSE = guarded(
    re.compile(r"\b(?:since|after|before|when|while|because|until|who|which|whose)\b|[;:]", re.I)
)
_SAID_WHEN = guarded(
    re.compile(
        r"\b(?:said|says|announced|told\s+\w+|confirmed|reported|added|stated|tweeted|wrote)\s+(?:on\s+|late\s+|early\s+)?\Z",
        re.I,
    )
)


def _meeting_date(text: str, start: int, end: int, at: int, dates: list[DateMention]) -> DateMention | None:
    """The date of the meeting word at ``at``: the nearest date after it in its clause ("met on Monday",
    "scheduled for early September"), else the nearest before it ("on Monday, they met"). Dates of
    another clause ("since he was sworn in last month") or of the reporting ("said Tuesday") are not."""
    options = []
    for date in dates:
        if not (start <= date.start < end) or date.value is None or date.rule.startswith("dateline"):
            continue
        after = date.start > at
        distance = date.start - at if after else at - date.end
        if distance > (120 if after else 60):
            continue  # first, so that a long sentence costs no more than its near dates
        if _SAID_WHEN.search(text, max(start, date.start - 30), date.start):
            continue
        if text.startswith(("'s", "’s"), date.end) and not date.end < at <= date.end + 30:
            continue  # "last month's Party Congress": the date of something else ("Monday's meeting" is ours)
        low, high = (at, date.start) if after else (date.end, at)
        if _OTHER_CLAUSE.search(text, low, high):
            continue
        options.append((0 if after else 1, distance, date))
    return min(options, key=lambda o: (o[0], o[1]))[2] if options else None


_C = TypeVar("_C", bound=Cue)


def _nearest(items: list[_C], at: int) -> _C | None:
    return min(items, key=lambda item: abs(item.start - at), default=None)


def _place(
    text: str, start: int, end: int, at: int, mentions: list[PersonMention], lexicon: Lexicon
) -> PlaceCue | None:
    people = [(m.start, m.end) for m in mentions]
    options = []
    for match in _PLACE.finditer(text, start, end):
        name = match["place"]
        if _NOT_PLACES.match(name) or any(a < match.end() and match.start("place") < b for a, b in people):
            continue
        if re.search(r"\b(?:summit|conference|forum|meeting|Summit|Conference|Forum)\b", name):
            continue
        options.append(match)
    if not options:
        return None
    match = min(options, key=lambda m: abs(m.start() - at))
    name = match["place"]
    last = name.rsplit(",", 1)[-1].strip()
    country = _country(last, lexicon) or _country(name, lexicon)
    return PlaceCue(start=match.start("place"), end=match.end("place"), text=name, name=name, country=country)


def _country(name: str, lexicon: Lexicon) -> str | None:
    key = " ".join(name.casefold().split())
    return lexicon.countries.get(key) or _COUNTRY_ALIASES.get(key) or lexicon.country(name)


def _occasion(text: str, start: int, end: int, at: int, mentions: list[PersonMention]) -> Cue | None:
    options = []
    for match in _OCCASION.finditer(text, start, end):
        if any(match.start("occ") <= m.start < match.end("occ") for m in mentions):
            continue
        options.append(match)
    if not options:
        return None
    match = min(options, key=lambda m: abs(m.start() - at))
    return Cue(start=match.start("occ"), end=match.end("occ"), text=match["occ"])
