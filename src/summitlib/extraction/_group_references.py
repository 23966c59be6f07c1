"""Groups named again: "the statement said" after "his office said in a statement", "the aide said" after
"Soeharto's aide added", "the agency said" after "United Press International said".

`earlier_groups` gives a speaker that only points back (a statement, "the" and a group's noun) the name of
the group it points to, so the words go to who said them.
"""

from __future__ import annotations

import bisect
import re

import attrs

from summitlib.claims import Speaker, SpeakerKind
from summitlib.extraction._groups import GROUP_NOUN, group_or_name
from summitlib.extraction._outlets import OUTLET_NOUN
from summitlib.extraction._speech import Context
from summitlib.extraction._types import Attribution

__all__ = ["earlier_groups"]


def earlier_groups(context: Context, found: list[Attribution]) -> None:
    """Statements to who issued them, then "the" and a group's noun to the group named before it."""
    _the_statement(context, found)
    _the_same_group(found)
    _outlets(context.text, found)


def _outlets(text: str, found: list[Attribution]) -> None:
    """ "Itar-Tass said ..." where the text names "Itar-Tass news agency" (or "news agency Xinhua"): a lone
    name the text calls an outlet is that outlet, a group, not an unknown person. One pass over the text,
    and only when such a name speaks."""
    lone = [
        index
        for index, a in enumerate(found)
        if a.speaker is None and a.speaker_name is not None and _LONE_NAME.fullmatch(a.speaker_name)
    ]
    if not lone:
        return
    outlets = {(m["before"] or m["after"]).rstrip(".") for m in _OUTLET.finditer(text)}
    for index in lone:
        attribution = found[index]
        name = attribution.speaker_name
        if name is not None and name in outlets:
            found[index] = attrs.evolve(attribution, speaker=Speaker.group(name), speaker_name=None)


_LONE_NAME = re.compile(r"[A-Z][\w.’'-]*")
_OUTLET = re.compile(
    rf"\b(?P<before>[A-Z][\w.’'-]*?)(?:['’]s)?\s+{OUTLET_NOUN}|{OUTLET_NOUN}\s+(?P<after>[A-Z][\w.’'-]*)"
)
"""A name next to an outlet's noun ("Itar-Tass news agency", "news agency Xinhua", "the daily Asahi")."""


def _the_statement(context: Context, found: list[Attribution]) -> None:
    """ "“...,” the statement said" after "his office said in a statement" or "according to a statement
    issued by the PM's Office": the statement is the words of who issued it, the last one before it."""
    issued = sorted(
        (a for a in found if a.speaker is not None and _issues_statement(context.text, a)),
        key=lambda a: a.speaker_cue.start,
    )
    starts = [a.speaker_cue.start for a in issued]
    dropped: list[int] = []
    named: list[tuple[int, Speaker | None, Speaker, str | None]] = []
    # the attributions by start, to find those overlapping one without reading them all each time
    order = sorted(range(len(found)), key=lambda i: found[i].start)
    order_starts = [found[i].start for i in order]
    longest = max((a.end - a.start for a in found), default=0)
    groups = _Spoken.of(
        [
            a
            for a in found
            if a.speaker is not None
            and a.speaker.kind is SpeakerKind.GROUP
            and _THE_STATEMENT.fullmatch(a.speaker_cue.text) is None
        ]
    )  # the loop below changes only statements, so the institutions that spoke stay as they are
    for index, attribution in enumerate(found):
        if attribution.speaker is None or _THE_STATEMENT.fullmatch(attribution.speaker_cue.text) is None:
            continue
        at = bisect.bisect_left(starts, attribution.speaker_cue.start) - 1
        if at < 0 or attribution.speaker_cue.start - starts[at] > _STATEMENT_REACH:
            issuer = _group_just_before(context, groups, attribution)
            if issuer is None:
                continue
        else:
            issuer = issued[at]
        speaker, name = issuer.speaker, issuer.speaker_name
        by = _ISSUED_BY.search(issuer.speaker_cue.text)
        if by is not None and speaker is not None and speaker.kind is SpeakerKind.GROUP:
            speaker, name = group_or_name(by["who"], 0).speaker, None
        near = order[
            bisect.bisect_left(order_starts, attribution.start - longest) : bisect.bisect_left(
                order_starts, attribution.end
            )
        ]  # every attribution starting before this one ends and long enough to reach it
        if any(
            found[i].speaker == speaker and attribution.start < found[i].end for i in near
        ):  # '“...,” he said, according to the statement.': his words once
            dropped.append(index)
        else:
            found[index] = attrs.evolve(attribution, speaker=speaker, speaker_name=name)
        if speaker is not None:
            named.append((attribution.speaker_cue.start, attribution.speaker, speaker, name))
    for index in reversed(dropped):
        del found[index]
    _it_after_the_statement(found, named)


def _it_after_the_statement(
    found: list[Attribution], named: list[tuple[int, Speaker | None, Speaker, str | None]]
) -> None:
    """ "“...,” the statement said. “...,” it added": "it" took the statement as it stood before the statement
    was given to who issued it, so it follows the nearest such statement before it (within reach)."""
    if not named:
        return  # no statement given to its issuer: no "it" to follow one (most texts)
    named = sorted(named, key=lambda item: item[0])
    starts = [start for start, *_ in named]
    for index, attribution in enumerate(found):
        if attribution.speaker is None or _IT.fullmatch(attribution.speaker_cue.text) is None:
            continue
        at = bisect.bisect_left(starts, attribution.speaker_cue.start) - 1
        if at < 0 or attribution.speaker_cue.start - starts[at] > _IT_REACH:
            continue
        _, before, speaker, name = named[at]
        if attribution.speaker == before:
            found[index] = attrs.evolve(attribution, speaker=speaker, speaker_name=name)


@attrs.frozen
class _Spoken:
    """Institutions' attributions (none a statement), in text order of their cues, found by bisection."""

    spoken: list[Attribution]
    starts: list[int]

    @classmethod
    def of(cls, found: list[Attribution]) -> _Spoken:
        spoken = sorted(found, key=lambda a: a.speaker_cue.start)
        return cls(spoken, [a.speaker_cue.start for a in spoken])

    def last_before(self, start: int) -> Attribution | None:
        """The last to speak before ``start`` (of two with the same cue, the first found)."""
        at = bisect.bisect_left(self.starts, start) - 1
        if at < 0:
            return None
        return self.spoken[bisect.bisect_left(self.starts, self.starts[at])]


def _group_just_before(context: Context, groups: _Spoken, statement: Attribution) -> Attribution | None:
    """With no statement introduced, the institution that spoke last in the sentence before "the statement
    said" or its own ("Putin and Tokayev spoke, the Kremlin said. “...,” the statement read."); none when
    the text names a statement in the two sentences before (the statement then speaks as itself)."""
    here = context.sentences.index(statement.speaker_cue.start)
    last = groups.last_before(statement.speaker_cue.start)
    if last is None or here - context.sentences.index(last.speaker_cue.start) > 1:
        return None
    # "Their joint statement omitted X. U.S. officials said later ... “...,” the statement said.": the text
    # named the statement before the group spoke, so it is the statement's own words
    s_start = context.sentences.spans[max(0, here - 2)][0]
    named = _A_DOCUMENT.search(context.text, s_start, statement.speaker_cue.start)
    return None if named is not None else last


def _issues_statement(text: str, attribution: Attribution) -> bool:
    """Whether ``attribution``'s speaker issued a statement: "a statement issued by X", "X said in a
    statement"."""
    if (
        _ISSUED_BY.search(attribution.speaker_cue.text) is not None
        or _NAMED_STATEMENT.fullmatch(attribution.speaker_cue.text) is not None
    ):
        return True
    verb_end = attribution.verb_cue.end
    return _IN_A_STATEMENT.match(text, verb_end, verb_end + 60) is not None


_DOCUMENT = r"(?:statement|communiqu[eé]|readout|press\s+release|release)"
_A_DOCUMENT = re.compile(rf"\b{_DOCUMENT}\b", re.IGNORECASE)
_THE_STATEMENT = re.compile(rf"(?i:the|this|that)\s+{_DOCUMENT}")
"""A statement as a speaker ("the statement said"), whose words are those of who issued it."""
_ISSUED_BY = re.compile(rf"{_DOCUMENT}\s+(?:(?:issued|released|published)\s+)?(?:by|from)\s+(?P<who>.+)\Z")
"""The issuer in a statement's name ("a statement issued by the Prime Minister's Office")."""
_NAMED_STATEMENT = re.compile(rf"(?i:an?)\s+(?:[A-Z][\w’'.-]*\s+){{1,4}}{_DOCUMENT}")
"""A statement named after who issued it ("a White House statement", "a Royal Court statement")."""
_IT = re.compile(r"(?i:it)")
"""The statement spoken of again."""
_IT_REACH = 600
"""How far after "the statement said" an "it" may still be that statement."""
_IN_A_STATEMENT = re.compile(
    rf"(?:\s+[\w’']+){{0,4}}?\s+in\s+(?:an?|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_DOCUMENT}\b"
)
"""After a reporting verb, the statement it was made in ("said in a statement", "said on Monday in a
written statement", "says in his statement")."""
_STATEMENT_REACH = 2000
"""How far before "the statement" the statement it names is introduced."""


def _the_same_group(found: list[Attribution]) -> None:
    """ "the unnamed aide claimed" after "Soeharto's aide added", "the agency said" after "United Press
    International said": a group named by "the" and its noun alone is the last group before it (within
    reach) with the same noun and a name of its own, or for an agency the last outlet named."""
    groups = sorted(
        (a for a in found if a.speaker is not None and a.speaker.kind is SpeakerKind.GROUP),
        key=lambda a: a.speaker_cue.start,
    )
    starts = [a.speaker_cue.start for a in groups]
    for index, attribution in enumerate(found):
        speaker = attribution.speaker
        if speaker is None or speaker.kind is not SpeakerKind.GROUP:
            continue
        definite = _DEFINITE.fullmatch(attribution.speaker_cue.text)
        if definite is None:
            continue
        noun = definite["noun"].casefold()
        at = bisect.bisect_left(starts, attribution.speaker_cue.start) - 1
        while at >= 0 and attribution.speaker_cue.start - starts[at] <= _REACH:
            earlier = groups[at].speaker
            at -= 1
            name = (earlier.name if earlier is not None else None) or ""
            own = [w for w in name.split() if w.casefold() not in {"the", "a", "an"}]
            if len(own) < _OWN_WORDS or _DEFINITE.fullmatch(name) is not None:
                continue  # "an official", "spokesman": no name of its own
            nouns = [m.group().casefold() for m in GROUP_NOUN.finditer(name)]
            if (nouns and nouns[-1] == noun) or (noun == "agency" and not nouns and name[:1].isupper()):
                found[index] = attrs.evolve(attribution, speaker=earlier)
                break


_DEFINITE = re.compile(
    r"(?i:the|this|that)\s+(?:(?:unnamed|same|senior|anonymous|news|press)\s+)?"
    r"(?P<noun>aide|agency|source|official|spokesman|spokeswoman|spokesperson|diplomat|staffer|ministry)"
)
"""A group named by "the" and its noun alone ("the aide", "the unnamed aide", "the news agency"): one the
text has named before."""
_OWN_WORDS = 2
"""The fewest words, articles aside, of a group's name of its own ("Soeharto's aide", not "an aide")."""
_REACH = 2000
"""How far before a group named again by its noun the text named it."""
