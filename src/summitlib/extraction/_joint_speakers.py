"""Leaders who speak together: "the two leaders told reporters", "The PMs said" (the leaders as one, a group,
before a plain verb of saying) and "both leaders said" (each of the two people the text has been about).
"""

from __future__ import annotations

import re

import attrs

from summitlib.claims import Speaker
from summitlib.extraction._antecedents import last_two
from summitlib.extraction._speech import Context, Who
from summitlib.extraction._types import Cue

_BOTH_LEADERS = re.compile(
    r"(?P<np>\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:leaders|presidents|prime\s+ministers|heads\s+of\s+state))"
    r"(?:\s+(?:also|later|then|again|have|had|has))*\s*\Z"
)
_JOINT = re.compile(
    r"(?P<np>\b[Tt]he\s+(?:(?:two|three|four)\s+)?(?:leaders|presidents|prime\s+ministers|PMs|premiers"
    r"|heads\s+of\s+state|sides))(?:\s+(?:also|later|then|again|have|had|has|[a-z]{2,}ly))*\s*\Z"
)
"""Leaders named as one before a plain verb of saying (`_SAY`): "the two leaders told reporters", "the leaders
said", "The PMs said", "the two sides said" — a group, as what they stress, express or agree each does ("both
leaders said")."""
_SAY = re.compile(r"(?:said|say|says|told|tell|stated)\b")
_BOTH_NOUNS = ("leaders", "presidents", "ministers", "heads", "PMs", "premiers", "sides")
"""One of these stands in every match of _BOTH_LEADERS and _JOINT: a cheap check before the search."""


def leaders_before(context: Context, segment: str, limit_start: int, verb_start: int) -> Who | None:
    """Leaders at the end of ``segment`` (the words from ``limit_start`` to the verb at ``verb_start``):
    "the leaders said" is a group by that name; "both leaders said" the two people named last (the
    first, the other in its ``others``); else no one."""
    if not any(w in segment for w in _BOTH_NOUNS):
        return None
    joint = _JOINT.search(segment) if _SAY.match(context.text, verb_start) else None
    if joint is not None:  # "the two leaders told reporters": the leaders as one, a group
        start = limit_start + joint.start()
        return Who(
            Speaker.group(joint["np"]), Cue(start=start, end=limit_start + joint.end("np"), text=joint["np"])
        )
    both = _BOTH_LEADERS.search(segment)
    if both is None:
        return None
    start = limit_start + both.start()  # "both leaders said": the two people the text has been about
    pair = last_two(context, start)
    if pair is None:
        return None
    cue = Cue(start=start, end=limit_start + both.end("np"), text=both["np"])
    first, second = (attrs.evolve(w, cue=cue) for w in pair)
    return attrs.evolve(first, others=(second,))
