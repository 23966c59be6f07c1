"""Who a pronoun by a meeting word stands for: "he" or "his" before it (`pronoun_subject`: the person
named before, or the subject an earlier "he" stands for) and "him" or "her" after it (`pronoun_object`)."""

from __future__ import annotations

import bisect
import re

from summitlib.extraction._meeting_cues import LEADING, TELLING
from summitlib.extraction._pattern_forms import guarded
from summitlib.extraction._text import SUBJECT_LEAD, sentence_start
from summitlib.extraction._types import PersonMention

__all__ = ["pronoun_object", "pronoun_subject"]

_SUBJECT_PRONOUN = guarded(
    re.compile(
        r"\b(?:(?P<style>(?:His|Her)\s+Majesty)\b(?!['’]|[\s,]+(?:the\s+)?[A-Z])|[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b"
    )
)
"""A pronoun, or a monarch's style alone ("His Majesty met with ..."; not "His Majesty King Abdullah", the
title of the name after, nor "Her Majesty's Government"), which stands for its person as "He" does."""


def _word(match: re.Match[str]) -> str:
    """The pronoun ``match`` is, "He" or "She" for a monarch's style."""
    style = match["style"]
    if style is None:
        return match.group()
    return "He" if style.startswith("His") else "She"


_OBJECT_PRONOUN = re.compile(r"(?P<on>\s+(?:on|upon|with))?\s+(?:him|her)\b")


def pronoun_object(text: str, cue: re.Match[str], people: list[PersonMention], named: str) -> str | None:
    """ "Deora called on him", "the president received her": the person the pronoun after the meeting
    word stands for, the last one named before it other than the one named; None when there is no such
    pronoun. A call needs "on" ("called him a liar" is no call)."""
    pronoun = _OBJECT_PRONOUN.match(text, cue.end())
    if pronoun is None or (pronoun["on"] is None and cue.group().lower().startswith("call")):
        return None
    for mention in reversed(people):
        if mention.start >= cue.start() or mention.quoted or mention.rule == "credit":
            continue
        if mention.person is not None and mention.person != named:
            return mention.person
    return None


def pronoun_subject(
    text: str, start: int, at: int, people: list[PersonMention], named: str, depth: int = 0
) -> str | None:
    """ "He is scheduled to meet with X": the person "he" is, named in an earlier sentence; None when there
    is no such pronoun, or when it is the one named ("Modi recalled his visit to Russia"). When the one
    named last is the object of an earlier "he" ("He had met Obiang. He also had talks with Condé"), "he"
    is who that earlier "he" is."""
    pronoun = opening = None
    for match in _SUBJECT_PRONOUN.finditer(text, start, at):
        pronoun = match
        if opening is None and _word(match) in {"He", "She"} and _OPENS.fullmatch(text, start, match.start()):
            opening = match
    if (
        opening is not None
        and pronoun is not None
        and _word(pronoun) in {"he", "she"}
        and not _named_between(people, opening.end(), pronoun.start())
    ):
        pronoun = opening  # "He appeared in public Saturday when he held talks with Lee": the opening "He"
    if pronoun is None or at - pronoun.end() > _REACH_OF_SUBJECT:
        return None
    if at - pronoun.end() > _REACH and not (
        _word(pronoun) in {"He", "She"} and _OPENS.fullmatch(text, start, pronoun.start())
    ):
        return None  # "He also promised cooperation in ... during talks with X": the subject, further off
    if _word(pronoun).lower() in {"he", "she"} and _TOLD_THAT.search(text, start, pronoun.start()):
        first = bisect.bisect_left(people, start, key=_start)
        teller = next((people[i] for i in range(first, len(people)) if not people[i].quoted), None)
        if (
            teller is not None
            and teller.person not in {None, named}
            and SUBJECT_LEAD.match(text, start, teller.start)
        ):
            return (
                teller.person
            )  # "Bainimarama has told Penny Wong that he will invite Albanese": Bainimarama
    nearest = True
    for index in range(bisect.bisect_left(people, pronoun.start(), key=_start) - 1, -1, -1):
        mention = people[index]
        if mention.start >= pronoun.start():
            continue  # "Anwar said he is scheduled to meet X": the sentence's own subject comes first
        if mention.start < pronoun.start() - _REACH_OF_ANTECEDENT:
            return None  # only the one named throughout: no one else "he" could be, however far back
        if nearest and not mention.quoted and mention.start >= start:
            nearest = False
            if mention.person == named and _word(pronoun).lower() in {"he", "she"}:
                return None  # "Blinken said Biden has made clear that he's prepared to meet": Biden
        if (
            mention.start >= start
            and mention.person == named
            and not mention.quoted
            and _word(pronoun).lower() in {"his", "her"}
            and not _named_between(people, start, mention.start, unquoted=True)
        ):
            return None  # "Modi recalled his visit to Russia": the subject's own visit
        if (
            mention.person is not None
            and mention.person != named
            and not mention.quoted
            and mention.rule != "credit"
        ):
            if depth < 3 and mention.start < start and _word(pronoun).lower() in {"he", "she"}:
                before = sentence_start(text, mention.start)
                earlier = _HE_FIRST.match(text, before, mention.start)
                if (
                    earlier is not None
                    and not _named_between(people, before, earlier.start("he"))
                    and not _SAID_AFTER.match(text, mention.end)  # "He wanted to, Sharif said": Sharif
                ):
                    chained = pronoun_subject(text, before, mention.start, people, named, depth + 1)
                    if chained is not None:
                        return chained
                elif SUBJECT_LEAD.match(text, start, pronoun.start()):
                    subject = _subject_of(text, before, mention, people, named)
                    if subject is not None:
                        return subject
            elif mention.start < start and (
                _IN_HIS.match(text, start, pronoun.end())
                or (_word(pronoun) in {"His", "Her"} and _OPENS.fullmatch(text, start, pronoun.start()))
            ):
                # "Isaias met A, B and C. In his meeting with Kiir, ...", "Khrushchev prepared for his
                # talks with Eisenhower. His only engagement is a lunch with Herter": the subject before
                subject = _subject_of(text, sentence_start(text, mention.start), mention, people, named)
                if subject is not None:
                    return subject
            return mention.person
    return None


def _subject_of(
    text: str, before: int, nearest: PersonMention, people: list[PersonMention], named: str
) -> str | None:
    """ "The Congolese president met Uhuru Kenyatta. He also met X": a "he" that opens its sentence is the
    subject of the sentence before (the person named first in it, before any verb), not the person named
    last in it."""
    dateline = _DATELINE.match(text, before)
    if dateline is not None:  # "AMMAN — His Majesty King Abdullah held meetings": the subject after it
        before = dateline.end()
    for index in range(bisect.bisect_left(people, before, key=_start), len(people)):
        mention = people[index]
        if mention.quoted:
            continue
        if mention.start >= nearest.start or mention.person is None:
            return None
        if mention.person == named or not SUBJECT_LEAD.match(text, before, mention.start):
            return None
        return mention.person
    return None


_DATELINE = re.compile(r"[A-Z][A-Z.' ]{2,30}(?:,\s*[A-Z][\w.' ]{1,30})?\s*[—–-]{1,2}\s+")
"""A dateline opening a sentence ("AMMAN — ", "NAIROBI, Kenya – ")."""
_REACH = 80
"""How far before the meeting word a pronoun may stand."""
_REACH_OF_SUBJECT = 160
"""How far before it "He" or "She" opening the sentence, its subject, may stand."""
_REACH_OF_ANTECEDENT = 3000
"""How far before a pronoun the person it stands for may be named (a walk back over every mention of the
one named, in a long text of that one person, took time quadratic in the text's length)."""
_OPENS = re.compile(r"[\s\"“]*")


_TOLD_THAT = re.compile(rf"\b{TELLING}\s+[^.;:!?\"“”]{{1,120}}?\bthat\s+\Z")
"""Telling someone "that" right before a pronoun: the pronoun is who tells, not who is told."""


def _named_between(people: list[PersonMention], lo: int, hi: int, *, unquoted: bool = False) -> bool:
    """Someone (outside quotations, with ``unquoted``) named from ``lo`` up to ``hi``: the mentions are in
    text order, so by bisection, not a walk over every mention of the text."""
    first, last = bisect.bisect_left(people, lo, key=_start), bisect.bisect_left(people, hi, key=_start)
    if not unquoted:
        return first < last
    return any(not people[i].quoted for i in range(first, last))


def _start(mention: PersonMention) -> int:
    return mention.start


_SAID_AFTER = re.compile(r",?\s+(?:said|says|added|adds|told|tells|recalled|explained)\b")
_IN_HIS = re.compile(rf"\s*{LEADING}\s+(?:his|her)\Z")
"""A sentence that opens on the subject's own meeting ("In his meeting with Kiir, ...")."""


_HE_FIRST = re.compile(r"[^.!?\n]{0,50}?\b(?P<he>[Hh]e|[Ss]he)\b")
"""A sentence whose subject is "he" or "she", after at most a short adjunct ("Early in the morning, he")."""
