"""Participles after a main clause: "Lavrov echoed that, predicting that ...", "..., Peskov confirmed, adding
that ...".

`participles` is the pass: the words go to the speaker of the reporting verb the participle goes on from,
to the institution that is the sentence's subject, or to its first person.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from summitlib.claims import SpeakerKind
from summitlib.extraction._reporting import ADJUNCT_ONLY_BEFORE
from summitlib.extraction._reports import speaker_of
from summitlib.extraction._speech import Context, Said, Who, build, what_was_said, who_of
from summitlib.extraction._types import Attribution, PersonMention

__all__ = ["participles"]

_FINITE = r"(?:is|was|are|were|will|would|has|had|can|could|should|must|stands|remains)\b"
"""A finite verb after a clause's subject ("affirming Viet Nam stands ready")."""
_PARTICIPLE = re.compile(
    r",\s(?:[a-z]+ly\s)?(?P<verb>saying|predicting|adding|warning|insisting|noting|arguing|claiming|declaring"
    r"|stressing|suggesting|announcing|pointing\s+out|decrying|describing|calling\s+it\b|calling(?=\s+(?:them|this|that|him|her|the\s+[a-z]+(?:\s+[a-z]+){0,4})\s+(?:an?\s+)?[“\"‘])|stating|indicating"
    r"|alleging|asserting|conceding|admitting(?=\s+that\b)"
    r"|telling|writing(?=[^.;:“”\"]{0,40}:\s*[“\"])|hailing(?=[^.;:“”\"]{1,40}?\sas\s+[“\"])"
    r"|(?:re)?affirming(?=\s+(?:that\b|[A-Z][\w’'-]*\s+(?:[A-Z][\w’'-]*\s+)?" + _FINITE + r"))"
    r"|(?:emphasi[sz]ing|underlining|underscoring|reiterating|acknowledging)(?=\s+that\b)"
    r"|expressing\s+(?:(?:his|her|their|its)\s+)?(?:[a-z]+\s+)?(?:hope|wish|belief|confidence|conviction)(?=\s+that\b))\b"
)
"""A participle after a main clause (one that needs a clause after it when it can take a noun: "affirming
Viet Nam stands ready", "expressing his wish that", "emphasising that", not "reaffirming their commitment");
"writing" when a colon and a quotation follow ("writing on X on Monday:
"...""), "hailing" when what it hails as is quoted ("hailing China as "one of the great economies"")."""
_SPEAKS = re.compile(r"(?:adding|saying|stressing|noting|insisting|warning)\s+that\b")
"""A participle that says words of its subject's own ("adding that ...")."""
_NEW_CLAUSE = re.compile(r"(?:,\s+(?:but|and|while|whereas|yet)|;|\s—)\s+")
_SUBORDINATE = re.compile(
    r"(?<!\bwell)\s(?:after|when|because|since|as|although|though|until)\s+(?!well\b|[a-z]+ing\b)"
    r"(?=(?:[\w.’'-]+\s+){0,4}?[A-Z])"
)
"""A clause of its own inside the sentence ("Kenyatta won after opposition leader Odinga refused to take part,
claiming ..."): its subject is who the participle after it goes with; not a phrase ("after meeting Odinga",
"as well as Odinga")."""


def participles(context: Context, found: list[Attribution]) -> None:
    """ "X echoed that approach, predicting that ...": the participle's words go to the subject."""
    text = context.text
    by_verb = sorted(found, key=lambda a: a.verb_cue.start)
    verb_starts = [a.verb_cue.start for a in by_verb]
    for verb in _PARTICIPLE.finditer(text):
        if context.in_quote(verb.start()):
            continue
        s_start, s_end = context.sentences.around(verb.start())
        # the reports whose verbs stand in the sentence (found before this pass), read instead of all
        near = by_verb[bisect.bisect_left(verb_starts, s_start) : bisect.bisect_left(verb_starts, s_end)]
        before = [
            m
            for m in context.outside
            if s_start <= m.start < verb.start() and not m.possessive and m.person is not None
        ]
        reporter = None
        if not before and _SPEAKS.match(text, verb.start("verb")):
            # no one named: the one reporting right before it ('"...," the spokesperson said, adding that')
            reporter = _reporter_before(context, near, s_start, verb.start())
        if not before and reporter is None:
            continue
        said = what_was_said(context, verb, s_end)
        relays = _SPEAKS.match(text, verb.start("verb")) is not None
        if said is None or _reported_after(near, verb.start(), relayed=relays):
            continue
        relaying = _relaying_group(near, verb.start()) if relays else None
        if relaying is not None:  # the words end where the institution that relays them is named
            end = relaying.speaker_cue.start
            while end > said.start and text[end - 1] in " ,":
                end -= 1
            said = Said(said.start, min(said.end, end), said.quoted)
        # "..., spokesman Dmitry Peskov confirmed, adding that ...": the spokesman
        who = reporter or _reporter_before(context, near, s_start, verb.start())
        if who is None:
            subject = _subject(text, before, s_start, verb.start())
            who = _group_subject(context, found, s_start, subject.start, verb.start()) or who_of(subject)
        found.append(build(text, said, verb, who))


def _subject(text: str, before: list[PersonMention], s_start: int, participle: int) -> PersonMention:
    """The person a participle at ``participle`` goes with, of those named before it in its sentence: the
    first, unless a clause of its own comes between ("Carter suggested a visit, but the Chinese leader laughed
    it off, saying ...": its subject)."""
    subject = before[0] if len(text[s_start : before[0].start].split()) <= 4 else before[-1]
    clauses = list(_NEW_CLAUSE.finditer(text, s_start, participle))
    clauses += list(_SUBORDINATE.finditer(text, s_start, participle))
    clauses.sort(key=lambda c: c.end())
    if clauses:
        after = [m for m in before if m.start >= clauses[-1].end()]
        if after and len(text[clauses[-1].end() : after[0].start].split()) <= 4:
            subject = after[0]
    return subject


def _relaying_group(found: Sequence[Attribution], participle: int) -> Attribution | None:
    """The institution named after the participle at ``participle`` whose report holds it."""
    return next(
        (
            a
            for a in found
            if a.start <= participle < a.end
            and a.verb_cue.start > participle
            and a.speaker is not None
            and a.speaker.kind is SpeakerKind.GROUP
        ),
        None,
    )


def _reported_after(found: Sequence[Attribution], participle: int, *, relayed: bool = False) -> bool:
    """Whether a speaker after the participle at ``participle`` reports the words it stands in ("...,
    indicating ..., an official handout said."): the sentence is theirs; but when the participle says words
    of the subject's own (``relayed``: "Yoon wished Kishida luck, adding that he is ready ..., the
    presidential office said"), an institution after it only relays them."""
    return any(
        a.start <= participle < a.end
        and a.verb_cue.start > participle
        and not (relayed and a.speaker is not None and a.speaker.kind is SpeakerKind.GROUP)
        for a in found
    )


def _reporter_before(context: Context, found: Sequence[Attribution], start: int, end: int) -> Who | None:
    """The speaker of the reporting verb a participle at ``end`` goes on from, in ``start:end`` with no new
    clause between ("..., Peskov confirmed, adding that ...", '"...," Qin said, adding that ...')."""
    text = context.text
    last = max(
        (a for a in found if start <= a.verb_cue.start and a.verb_cue.end <= end),
        key=lambda a: a.verb_cue.end,
        default=None,
    )
    if (
        last is None
        or _NEW_CLAUSE.search(text, last.verb_cue.end, end)
        or not ADJUNCT_ONLY_BEFORE.fullmatch(text, last.verb_cue.end, end)
    ):
        return None
    return speaker_of(last)


def _group_subject(
    context: Context, found: Sequence[Attribution], start: int, person: int, end: int
) -> Who | None:
    """The institution that is the subject of the sentence at ``start``, named before its first person
    (at ``person``) and speaking before the participle at ``end`` with no new clause between ("Chinese
    state media has lauded Xi as ..., claiming ...", "The Saudi Press Agency said that King Salman ...,
    indicating ..."): the participle is its."""
    text = context.text
    for attribution in found:
        cue = attribution.speaker_cue
        if (
            attribution.speaker is not None
            and attribution.speaker.kind is SpeakerKind.GROUP
            and start <= cue.start
            and cue.end <= person
            and attribution.verb_cue.end <= end
            and len(text[start : cue.start].split()) <= 4
            and not _NEW_CLAUSE.search(text, attribution.verb_cue.end, end)
        ):
            return speaker_of(attribution)
    return None
