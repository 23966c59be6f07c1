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

import re
from typing import TypeVar

from summitlib.extraction._lexicon import Lexicon
from summitlib.extraction._text import Sentences, first_chars, trie_pattern
from summitlib.extraction._types import (
    Attribution,
    Cue,
    DateMention,
    DurationMention,
    MeetingCandidate,
    PersonMention,
    PlaceCue,
)
from summitlib.model import MeetingStatus

__all__ = ["find_meetings"]

_MEETING_WORDS = """meet meets meeting meetings met summit summits talks encounter encounters sit-down
face-to-face get-together get-togethers session one-on-one tête-à-tête bilateral visit visited visits hosted
hosts host""".split()  # noqa: SIM905
_MEETING = re.compile(
    rf"\b{first_chars([*_MEETING_WORDS, 'sit', 'shook', 'bump'], ignore_case=True)}"
    rf"(?:{trie_pattern(_MEETING_WORDS)}|(?:sit|sat)\s+down|(?:shook|shake|shakes)\s+hands|bump\s+into)\b",
    re.IGNORECASE,
)
_STATUS: list[tuple[MeetingStatus, re.Pattern[str]]] = [
    (
        MeetingStatus.RULED_OUT,
        re.compile(
            r"\bruled\s+out\b|\brules?\s+out\b|\bwill\s+not\s+meet\b|\bwon['’]t\s+meet\b"
            r"|\bno\s+(?:plans?\s+(?:for|to)|formal)\b|\bnot\s+(?:going\s+to|planning\s+to)\s+meet\b",
            re.IGNORECASE,
        ),
    ),
    (
        MeetingStatus.CANCELLED,
        re.compile(r"\bcancel(?:l?ed|s|ling|lation)?\b|\bcalled\s+off\b|\bscrapped\b|\bpostponed\b", re.I),
    ),
    (
        MeetingStatus.POSSIBLE,
        re.compile(
            r"\bpossib(?:le|ly|ility)\b|\bmight\b|\bmay\b|\bcould\b|\bchance\b|\blikely\b|\bperhaps\b"
            r"|\btalk\s+of\b|\bif\b|\bwould\b|\bany\s+eventual\b|\bpotential\b",
            re.IGNORECASE,
        ),
    ),
    (
        MeetingStatus.PLANNED,
        re.compile(
            r"\bwill\s+(?:meet|hold|sit|host|visit|travel)\b|\bto\s+meet\b|\bscheduled\b|\bplan(?:s|ned)?\s+to\b"
            r"|\bset\s+to\b|\bdue\s+to\b|\bupcoming\b|\bexpected\s+to\s+(?:meet|hold|sit)\b|\bslated\b",
            re.IGNORECASE,
        ),
    ),
    (
        MeetingStatus.HELD,
        re.compile(
            r"\bmet\b|\bshook\s+hands\b|\bshakes\s+hands\b|\bheld\b|\blasted\b|\bspent\b|\bsat\s+down\b"
            r"|\btalked\b|\bdiscussed\b|\bremained\b|\bhad\b|\bvisited\b|\bhosted\b|\bwas\s+held\b"
            r"|\bended\b|\bagreed\b",
            re.IGNORECASE,
        ),
    ),
]
_OVERRIDING = (MeetingStatus.RULED_OUT, MeetingStatus.CANCELLED)
_CARRY = re.compile(
    r"\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|heads\s+of\s+state|heads\s+of\s+government|men"
    r"|sides)\b|\bthe\s+pair\b",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\b(?:in|at)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?)"
)
_NOT_PLACES = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Moscow's|Washington's)\b"
)
_OCCASION = re.compile(
    r"(?:\bthe\s+)?(?P<occ>(?:(?:[A-Z0-9][\w'’&.-]*|leaders['’])\s+){1,5}(?:summit|conference|forum|gathering"
    r"|meeting|assembly|Summit|Conference|Forum|Gathering|Meeting|Assembly))\b"
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
) -> list[MeetingCandidate]:
    """Candidate meetings, one per sentence that proposes one, in text order."""
    sentences = sentences or Sentences(text)
    speakers = {a.speaker_cue.start for a in attributions}
    by_sentence: dict[int, list[PersonMention]] = {}
    for mention in people:
        if mention.leader is not None and not mention.quoted:
            by_sentence.setdefault(sentences.index(mention.start), []).append(mention)
    pairs = _pair_counts(by_sentence)
    found: list[MeetingCandidate] = []
    for index, (start, end) in enumerate(sentences.spans):
        mentions = by_sentence.get(index, [])
        cue = _MEETING.search(text, start, end)
        participants = _participants(text, mentions, speakers, cue)
        carried = False
        if len(participants) < 2 and cue is not None and _CARRY.search(text, start, end):
            pair = _dominant_pair(pairs, participants)
            if pair is not None:
                participants, carried = pair, True
        if cue is None:
            continue
        groups = _between_groups(text, start, end, mentions)
        if groups:  # "meetings between Putin and Barack Obama": that pair, whoever else the sentence names
            cues = list(_MEETING.finditer(text, start, end))
            for at, group in groups:
                near = min(cues, key=lambda m: abs(m.start() - at))
                found.append(
                    _candidate(text, start, end, near, group, False, dates, durations, mentions, lexicon)
                )
            continue
        if len(participants) < 2:
            continue
        found.append(
            _candidate(text, start, end, cue, participants, carried, dates, durations, mentions, lexicon)
        )
    return found


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
        ids = {m.leader for m in head if m.leader is not None}
        if len(ids) < 2:
            second = [
                m
                for m in mentions
                if m.start > head[0].end and _AND_GAP.fullmatch(text, head[0].end, m.start)
            ]
            ids |= {m.leader for m in second[:1] if m.leader is not None}
        if len(ids) >= 2:
            groups.append((match.start(), tuple(sorted(ids))))
    return groups


def _pair_counts(by_sentence: dict[int, list[PersonMention]]) -> dict[tuple[str, str], tuple[int, int]]:
    """How often each pair of leaders is named in one sentence, and the first sentence it is."""
    counts: dict[tuple[str, str], tuple[int, int]] = {}
    for index in sorted(by_sentence):
        named = sorted({m.leader for m in by_sentence[index] if m.leader is not None})
        for i, first in enumerate(named):
            for second in named[i + 1 :]:
                count, seen = counts.get((first, second), (0, index))
                counts[(first, second)] = (count + 1, seen)
    return counts


def _dominant_pair(
    counts: dict[tuple[str, str], tuple[int, int]], named: tuple[str, ...]
) -> tuple[str, ...] | None:
    """The pair named together most often in the text (earliest first on ties) that includes ``named``."""
    options = [(pair, value) for pair, value in counts.items() if set(named) <= set(pair)]
    if not options:
        return None
    pair, _ = min(options, key=lambda item: (-item[1][0], item[1][1]))
    return pair


def _participants(
    text: str, mentions: list[PersonMention], speakers: set[int], cue: re.Match[str] | None
) -> tuple[str, ...]:
    ids = set()
    for mention in mentions:
        if mention.start in speakers:
            continue
        if mention.possessive and not (cue is not None and 0 <= cue.start() - mention.end <= 25):
            continue
        if mention.leader is not None:
            ids.add(mention.leader)
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
) -> MeetingCandidate:
    at = cue.start()
    status, status_cue = _status(text, start, end, at)
    when = _nearest([d for d in dates if start <= d.start < end and d.value is not None], at)
    duration = _nearest([d for d in durations if start <= d.start < end], at)
    return MeetingCandidate(
        start=start,
        end=end,
        text=text[start:end],
        participants=participants,
        meeting_cue=Cue(start=cue.start(), end=cue.end(), text=cue.group()),
        status=status,
        status_cue=status_cue,
        when=when,
        place=_place(text, start, end, at, mentions, lexicon),
        occasion=_occasion(text, start, end, at, mentions),
        duration=duration,
        carried=carried,
    )


def _status(text: str, start: int, end: int, at: int) -> tuple[MeetingStatus | None, Cue | None]:
    best: tuple[int, MeetingStatus, re.Match[str]] | None = None
    for status, pattern in _STATUS:
        for match in pattern.finditer(text, start, end):
            if status in _OVERRIDING:
                return status, Cue(start=match.start(), end=match.end(), text=match.group())
            distance = abs(match.start() - at)
            if best is None or distance < best[0]:
                best = (distance, status, match)
    if text[start:end].rstrip().endswith("?"):
        question = Cue(start=end - 1, end=end, text="?")
        return MeetingStatus.POSSIBLE, question
    if best is None:
        return None, None
    match = best[2]
    return best[1], Cue(start=match.start(), end=match.end(), text=match.group())


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
    return lexicon.countries.get(key) or _COUNTRY_ALIASES.get(key)


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
