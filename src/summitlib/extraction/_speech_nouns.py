"""Reported speech named by a noun: `X's claim that ...`, `his remark that ...`, `a statement by X that ...`.

`speech_nouns` is the pass: a noun of speech ("claim", "remark", "pronouncement", "statement") owned by a
person (a possessive name, or "his"/"her") or made "by" one, then "that" and the words, gives the words to
that person, as a verb would ("Peron's pronouncement just before leaving that "we must have total union"",
"the hope was met by his claim that he had come to defuse tension").
"""

from __future__ import annotations

import bisect
import re

import attrs

from summitlib.extraction._antecedents import antecedent
from summitlib.extraction._reports import add
from summitlib.extraction._speech import Context, Who, what_was_said, who_of
from summitlib.extraction._types import Attribution, Cue

__all__ = ["speech_nouns"]

_NOUNS = (
    r"claims?|remarks?|pronouncements?|statements?|assertions?|assurances?|insistence|comments?|promises?"
    r"|pledges?|warnings?"
)
_THEN_THAT = (
    r"(?P<verb>" + _NOUNS + r")(?=(?:\s+[\w’'-]+){0,6}?\s+that\s)(?P<gap>(?:\s+[\w’'-]+){0,6}?)(?=\s+that\s)"
)
"""A noun of speech and up to six words before "that" ("pronouncement just before leaving Buenos Aires")."""
_OWNED = re.compile(r"['’]s\s+(?:[a-z]+\s+)?" + _THEN_THAT)
"""After a possessive name: "'s (earlier) claim ... that"."""
_PRONOUN_OWNED = re.compile(r"\b(?P<p>[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?" + _THEN_THAT)
"""A pronoun's noun of speech: "his claim that", "her repeated warnings that"."""
_BY = re.compile(r"\b(?P<verb>" + _NOUNS + r")\s+by\s+")
"""A noun of speech made by someone named after it: "a statement by President X that"."""
_THAT_AFTER = re.compile(r"\s+that\s")
_BY_REACH = 40
"""How far after "by" the person may be named (a title may come first)."""


def speech_nouns(context: Context, found: list[Attribution]) -> None:
    """`X's claim that ...`, `his remark that ...`, `a statement by X that ...`: the words after "that" are
    X's."""
    text = context.text
    for mention in context.outside:
        if not mention.possessive or mention.person is None:
            continue
        noun = _OWNED.match(text, mention.end)
        if noun is not None:
            _report(context, found, noun, who_of(mention), mention.start)
    for noun in _PRONOUN_OWNED.finditer(text):
        if context.in_quote(noun.start()):
            continue
        resolved = antecedent(context, noun.start("p"), found)
        if resolved is None or resolved.speaker is None:
            continue
        cue = Cue(start=noun.start("p"), end=noun.end("p"), text=noun["p"])
        _report(context, found, noun, attrs.evolve(resolved, cue=cue, pronoun=True), noun.start())
    for noun in _BY.finditer(text):
        if context.in_quote(noun.start()):
            continue
        index = bisect.bisect_left(context.starts, noun.end())
        if index == len(context.outside):
            continue
        mention = context.outside[index]
        if (
            mention.start - noun.end() > _BY_REACH
            or mention.possessive
            or mention.person is None
            or not _THAT_AFTER.match(text, mention.end)
            or any(ch in text[noun.end() : mention.start] for ch in ',;:“”"')
        ):
            continue
        that = _THAT_AFTER.match(text, mention.end)
        assert that is not None
        said = what_was_said(context, that, context.sentences.around(noun.start())[1])
        if said is not None:
            add(context, found, said, noun, who_of(mention), noun.start())


def _report(context: Context, found: list[Attribution], noun: re.Match[str], who: Who, limit: int) -> None:
    s_end = context.sentences.around(noun.start("verb"))[1]
    said = what_was_said(context, noun, s_end)
    if said is not None:
        add(context, found, said, noun, who, limit)
