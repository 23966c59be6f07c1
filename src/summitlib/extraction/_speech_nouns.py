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

_NOUN = re.compile(
    r"(?P<verb>(?:claim|remark|pronouncement|statement|assertion|assurance|insistence|comment|promise|pledge"
    r"|warning)s?)\b"
)
"""A noun of speech (the text is scanned for these first: they are rare, and start with few letters)."""
_THEN_THAT = re.compile(r"(?P<verb>\w+)(?:\s+[\w’'-]+){0,6}?(?=\s+that\s)")
"""A noun of speech and up to six words before "that" ("pronouncement just before leaving Buenos Aires")."""
_OWNER = re.compile(r"(?:\b(?P<p>[Hh]is|[Hh]er)|['’]s)\s+(?:[a-z]+\s+)?\Z")
"""Before a noun of speech, its owner: "his (earlier) claim", "Peron's pronouncement"."""
_BY = re.compile(r"\s+by\s+")
"""After a noun of speech, the one who made it: "a statement by President X that"."""
_THAT_AFTER = re.compile(r"\s+that\s")
_BY_REACH = 40
"""How far after "by" the person may be named (a title may come first)."""
_OWNER_REACH = 20


def speech_nouns(context: Context, found: list[Attribution]) -> None:
    """`X's claim that ...`, `his remark that ...`, `a statement by X that ...`: the words after "that" are
    X's."""
    text = context.text
    for word in _NOUN.finditer(text):
        if (word.start() > 0 and text[word.start() - 1].isalnum()) or context.in_quote(word.start()):
            continue
        owner = _OWNER.search(text, max(0, word.start() - _OWNER_REACH), word.start())
        noun = _THEN_THAT.match(text, word.start()) if owner is not None else None
        if noun is not None and context.verbs.search(word.end(), noun.end()) is not None:
            continue  # "Albanese's statement came after the White House announced that …": the verb's
        if owner is not None and noun is not None:
            who = _owner(context, found, owner)
            if who is not None:
                _report(context, found, noun, who, owner.start())
            continue
        by = _BY.match(text, word.end())
        if by is not None:
            _made_by(context, found, word, by.end())


def _owner(context: Context, found: list[Attribution], owner: re.Match[str]) -> Who | None:
    """Who owns the noun: the person "his"/"her" is, or the person of the possessive name."""
    if owner["p"] is not None:
        resolved = antecedent(context, owner.start("p"), found)
        if resolved is None or resolved.speaker is None:
            return None
        cue = Cue(start=owner.start("p"), end=owner.end("p"), text=owner["p"])
        return attrs.evolve(resolved, cue=cue, pronoun=True)
    index = bisect.bisect_right(context.ends, owner.start()) - 1
    if index < 0:
        return None
    mention = context.outside[index]
    if mention.end != owner.start() or not mention.possessive or mention.person is None:
        return None
    return who_of(mention)


def _made_by(context: Context, found: list[Attribution], noun: re.Match[str], after: int) -> None:
    """ "a statement by President X that ...": the words after "that" are X's."""
    text = context.text
    index = bisect.bisect_left(context.starts, after)
    if index == len(context.outside):
        return
    mention = context.outside[index]
    that = _THAT_AFTER.match(text, mention.end)
    if (
        that is None
        or mention.start - after > _BY_REACH
        or mention.possessive
        or mention.person is None
        or any(ch in text[after : mention.start] for ch in ',;:“”"')
    ):
        return
    said = what_was_said(context, that, context.sentences.around(noun.start())[1])
    if said is not None:
        add(context, found, said, noun, who_of(mention), noun.start())


def _report(context: Context, found: list[Attribution], noun: re.Match[str], who: Who, limit: int) -> None:
    s_end = context.sentences.around(noun.start("verb"))[1]
    said = what_was_said(context, noun, s_end)
    if said is not None:
        add(context, found, said, noun, who, limit)
