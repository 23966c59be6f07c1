"""Reports: the words found for a speaker, made into attributions.

`add` gives words to a speaker and to each institution named with them; people who speak together ("Macri
and Bachelet said", "both leaders said") are no one of them, the speaker is left open. `speaker_of` is the
speaker of an attribution found before, for a pass that gives further words to them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summitlib.claims import SpeakerKind
from summitlib.extraction._speakers import coordinated
from summitlib.extraction._speech import Context, Said, Who, build
from summitlib.extraction._types import Attribution, Cue

__all__ = ["add", "speaker_of"]


def speaker_of(attribution: Attribution) -> Who:
    """The speaker of an attribution found before, to give further words to."""
    return Who(attribution.speaker, attribution.speaker_cue, attribution.speaker_name, attribution.pronoun)


def add(
    context: Context, found: list[Attribution], said: Said, verb: re.Match[str], who: Who, limit_start: int
) -> None:
    """The words go to ``who`` and to each institution named with them; people who speak together ("Macri
    and Bachelet said", "both leaders said") are no one of them (`_joint`)."""
    others = [*who.others, *coordinated(context, who, limit_start)]
    people = _people(who, others)
    if len(people) > 1:
        who = _joint(context.text, people)
        others = [w for w in others if w.speaker is not None and w.speaker.kind is not SpeakerKind.PERSON]
    found.append(build(context.text, said, verb, who))
    for other in others:
        found.append(build(context.text, said, verb, other))


def _people(who: Who, others: Sequence[Who]) -> list[Who]:
    """The distinct people among the speakers of the same words; a name left unresolved counts only when no
    resolved person stands on the same words (a mention read two ways is one person)."""
    known = [w for w in (who, *others) if w.speaker is not None and w.speaker.kind is SpeakerKind.PERSON]
    cues = {(w.cue.start, w.cue.end) for w in known}
    unknown = [
        w
        for w in (who, *others)
        if w.speaker is None and w.name is not None and (w.cue.start, w.cue.end) not in cues
    ]
    distinct = {w.speaker.leader: w for w in known if w.speaker is not None}
    return [*distinct.values(), *unknown]


def _joint(text: str, people: Sequence[Who]) -> Who:
    """People who say the same words together ("Macri and Bachelet said", "both leaders said"): no one of
    them said the words alone, so the speaker is left open, named by the words from the first one's cue to
    the last one's."""
    start = min(w.cue.start for w in people)
    end = max(w.cue.end for w in people)
    return Who(None, Cue(start=start, end=end, text=text[start:end]), name=" ".join(text[start:end].split()))
