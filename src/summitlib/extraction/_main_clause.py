"""The plan of a main clause after the phrase that opens its sentence ("During their two-hour meeting, the
leaders will sign", "After the talks, the two are expected to"): one pattern that the status rules (the
meeting is still to come) and the duration rules (its length is what is planned) both read.

The plan belongs to the main clause only when that clause is not reported speech ("Following their talks,
Modi noted that India will host the next summit": the future is what he said, not the meeting's) and the
opening phrase tells no time past ("After last week's talks, ...")."""

from __future__ import annotations

import re

from summitlib.extraction._speech import REPORTING_WORD

_HELD_OPENERS = ("during", "after", "following")
"""The prepositions of the held vocabulary that open a phrase before the main clause ("During their talks,
...", "After the meeting, ...", "Following their talks on Monday, ...")."""
OPENING_PREPOSITION = re.compile(rf"(?:{'|'.join(_HELD_OPENERS)})\b", re.IGNORECASE)
"""One of `_HELD_OPENERS`, matched at a cue of the held vocabulary."""
OPENING_PHRASE = re.compile(
    rf"\s*[\"“‘']?(?:{'|'.join(word.capitalize() for word in _HELD_OPENERS)})\b[^,;:.]*\Z"
)
"""A meeting word in the phrase that opens its sentence with one of `_HELD_OPENERS` ("Following their talks
on Monday, ..."), whose main clause may plan what comes after the meeting."""
LENGTH_OPENING = re.compile(
    r"(?:[Dd]uring|[Ii]n|[Aa]t|[Oo]ver|[Tt]hroughout|[Ff]or)\s+(?:[\w’'-]+\s+){0,3}?\Z"
)
"""A sentence that opens with the phrase holding a duration ("During their four days of meetings here,")."""
_MAIN_CLAUSE_PLAN = re.compile(
    r"[^,.;:!?\n]{0,80}?(?P<comma>,)\s+"
    rf"(?:(?!(?:that|{REPORTING_WORD})\b)[\w'’.-]+\s+){{0,6}}?"
    r"(?P<plan>will|would|shall|(?:is|are)\s+(?:to|(?:expected|scheduled|set|due|slated|going|planned)\s+to)"
    r"|(?:plans?|hopes?|intends?)\s+to)\b",
    re.IGNORECASE,
)
"""An opening phrase up to its comma, then the subject of the main clause and its plan; no reporting verb
or "that" between the comma and the plan."""
_PAST_TIME = re.compile(r"\b(?:last|yesterday|earlier|previous|recent|past|ago)\b", re.IGNORECASE)


def main_clause_plan(text: str, at: int, end: int) -> re.Match[str] | None:
    """The plan (group ``plan``) of the main clause after an opening phrase whose words start at ``at``
    (right after its preposition), looked for before ``end``; None when the phrase tells a time past or the
    main clause reports what someone said."""
    clause = _MAIN_CLAUSE_PLAN.match(text, at, end)
    if clause is None or _PAST_TIME.search(text, at, clause.start("comma")):
        return None
    return clause
