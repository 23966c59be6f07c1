"""People: names, surnames, honorifics, possessives and role descriptions, resolved to corpus ids.

Capitalised runs of words are cut into tokens; title words ("U.S. Secretary of State", "Mr.") are set
aside and the rest looked up, longest first, among the corpus's folded names and aliases (so "Sergei" and
"Sergey" meet), then among surnames that only one leader has. A capitalised word right before a surname
that is not a title ("Melania Trump") makes it someone else's name. Names the corpus does not know are
proposed as unknown people only when the text marks them as people: a title before them ("press secretary
Dmitry Peskov"), an apposition after them ("Kurt Volker, the U.S. special representative") or a reporting
verb ("Joe Smith said"). Descriptions such as "the Russian leader" resolve when exactly one leader of that
country holds such an office (on the publication date, when given).

Examples:
    >>> from summitlib import Leader, Records
    >>> from summitlib.extraction.people import find_people
    >>> from summitlib.extraction._lexicon import Lexicon
    >>> lex = Lexicon(Records(leaders=[Leader(id="vladimir-putin", name="Vladimir Putin")]))
    >>> [(m.text, m.leader) for m in find_people("Mr. Putin's aide spoke.", lex)]
    [('Putin', 'vladimir-putin')]
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Sequence

import attrs

from summitlib.dates import PartialDate
from summitlib.extraction._lexicon import NICKNAMES, Lexicon
from summitlib.extraction._outlets import MEDIA_BEFORE
from summitlib.extraction._people_capitals import capitals_mentions
from summitlib.extraction._people_catalogue import catalogue_mentions
from summitlib.extraction._people_cues import (
    ADMINISTRATION_AFTER,
    RELATION_AFTER,
    SPEECH_AFTER,
    after_meeting_verb,
    role_word_before,
)
from summitlib.extraction._people_descriptions import credit_mentions, description_mentions
from summitlib.extraction._people_pairs import beside_a_person, in_a_pair
from summitlib.extraction._people_roles import kin_before
from summitlib.extraction._people_runs import may_name_alone, read_run, unchanged
from summitlib.extraction._people_tokens import NOT_NAMES, RUN, Shape, Token, run_tokens, uses, word_counts
from summitlib.extraction._text import fold_name, quotation_spans, unwrapped
from summitlib.extraction._types import PersonMention, as_quoted

__all__ = ["find_people"]


def find_people(text: str, lexicon: Lexicon, published: PartialDate | None = None) -> list[PersonMention]:
    """Every person mention in ``text``, in text order."""
    flat = unwrapped(text)
    if flat is not text:  # hard-wrapped copy: names read across line breaks, spans and words kept
        return [
            attrs.evolve(m, text=text[m.start : m.end]) if "\n" in text[m.start : m.end] else m
            for m in find_people(flat, lexicon, published)
        ]
    spliced = _BRACKETED.search(text) if "(" in text or "[" in text else None
    if spliced is not None:  # an editor's words before a family name: read as if unbracketed
        flat, shifted = _unbracketed(text)
        return [_shifted_back(m, text, flat, shifted) for m in find_people(flat, lexicon, published)]
    quotes = quotation_spans(text)
    found: list[PersonMention] = []
    surnames: dict[str, str] = {}
    words = word_counts(text)
    runs = list(RUN.finditer(text))
    tokens_of: dict[int, list[Token]] = {}
    shapes: dict[str, list[Shape]] = {}
    first_reading: dict[int, tuple[int, list[PersonMention]]] = {}
    for run in runs:  # first the full names, so that a short name before them is known too
        whole = run.group()
        if " " in whole or "\u00a0" in whole:
            tokens = tokens_of[run.start()] = run_tokens(run, lexicon, shapes)
            if any(a.name_like and b.name_like for a, b in itertools.pairwise(tokens)):
                read = read_run(text, tokens, lexicon, surnames, words)
                first_reading[run.start()] = (len(surnames), read)  # what it learnt itself reads the same
                alias = _ALIAS.match(text, run.end())
                if alias is not None and read and read[-1].end == run.end():  # "Joko Widodo (Jokowi)"
                    surnames.setdefault(fold_name(alias["alias"]), read[-1].name or read[-1].text)
    order = {key: index for index, key in enumerate(surnames)}
    for run in runs:
        word = run.group()
        if " " not in word and "-" not in word and "\u00a0" not in word:
            if word.casefold() in NOT_NAMES:
                continue
            if (
                word.endswith("s")
                and text.endswith("the ", 0, run.start())
                and fold_name(word[:-1]) in surnames
            ):
                continue  # "the Reagans": a couple or a family, whose members the text names apart
            key = fold_name(word)  # one capitalised word: a mention if it is a known name, or said to be one
            known = (
                key in lexicon.first_tokens or key in lexicon.surnames or key in surnames or word in NICKNAMES
            )
            if not known and not (
                may_name_alone(word, lexicon)  # else no cue around it can make it a person
                and (
                    SPEECH_AFTER.match(text, run.end())
                    or ADMINISTRATION_AFTER.match(text, run.end())
                    or (word.endswith(("'s", "’s")) and RELATION_AFTER.match(text, run.end()))
                    or role_word_before(text, run.start())
                    or in_a_pair(text, run.start(), run.end())
                    or beside_a_person(text, run.start(), run.end(), surnames, lexicon)
                    or after_meeting_verb(text, run.start(), run.end())
                    or kin_before(text, run.start())
                )
            ):
                continue
        tokens = tokens_of.get(run.start()) or run_tokens(run, lexicon, shapes)
        earlier = first_reading.get(run.start())
        if earlier is not None and unchanged(tokens, earlier[0], order):
            found.extend(earlier[1])  # nothing learnt since could change how this run reads
            continue
        found.extend(read_run(text, tokens, lexicon, surnames, words))
    found = _two_family_names(found)
    found.extend(credit_mentions(text, found, lexicon))
    found.extend(catalogue_mentions(text, found, lexicon))
    found.extend(capitals_mentions(text, found))
    found.extend(description_mentions(text, lexicon, published))
    found.sort(key=operator.attrgetter("start"))
    headline = _title_case_headline(text)
    found = [
        m
        for m in found
        if not (
            m.rule == "unknown-name"
            and (
                (
                    (_DATELINE_PLACE.match(text, m.end) or _LABEL_AFTER.match(text, m.end))
                    and _at_line_start(text, m.start)
                )
                or (m.end <= headline and all(uses(words, word) <= 1 for word in m.text.split()))
            )
        )
    ]
    publications = {
        m.name or m.text
        for m in found
        if m.rule == "unknown-name" and MEDIA_BEFORE.search(text, max(0, m.start - 16), m.start)
    }  # "the newspaper Juventud Rebelde" makes a later "Juventud Rebelde said" the newspaper too
    if publications:
        found = [m for m in found if not (m.rule == "unknown-name" and (m.name or m.text) in publications)]
    starts = [a for a, _ in quotes]
    return [as_quoted(m, True) if _inside(m.start, quotes, starts) else m for m in found]


def _two_family_names(found: list[PersonMention]) -> list[PersonMention]:
    """ "Begin Sadat Stress They Will Continue Talks": two words read as one name that are the family names
    of two people the text names in full ("Menachem Begin", "Anwar Sadat") are those two people."""
    full: dict[str, set[str]] = {}
    for mention in found:
        name = mention.name or mention.text
        words = fold_name(name).split()
        if mention.rule == "unknown-name" and len(words) >= 2:
            full.setdefault(words[-1], set()).add(name)
    split: dict[str, dict[str, str]] = {}  # "Begin Sadat" -> {"begin": "Menachem Begin", ...}
    for mention in found:
        words = mention.text.split(" ")
        own = mention.name or mention.text
        owners = [sorted(full.get(fold_name(word), set()) - {own}) for word in words]
        if mention.rule == "unknown-name" and not mention.title and len(words) == 2 and all(owners):
            split[own] = {fold_name(word): names[0] for word, names in zip(words, owners, strict=True)}
    if not split:
        return found
    result = []
    for mention in found:
        parts = split.get(mention.name or mention.text)
        if parts is None:
            result.append(mention)
        elif " " not in mention.text:  # a later "Sadat" read as the two-word name: the one it names
            result.append(attrs.evolve(mention, name=parts.get(fold_name(mention.text), mention.text)))
        else:
            start = mention.start
            for word in mention.text.split(" "):
                end = start + len(word)
                result.append(
                    attrs.evolve(mention, start=start, end=end, text=word, name=parts[fold_name(word)])
                )
                start = end + 1
    return result


_BRACKETED = re.compile(
    r"[(\[](?P<inner>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4} (?:[A-Z][a-z][\w'’-]*|[A-Z]\.))[)\]] "
    r"(?=[A-Z][a-z][\w'’-]*\b(?! [A-Z]))"
)
"""An editor's insertion of a title and given name before a family name, inside a quotation ("Presidents
Bush and (Soviet President Mikhail S.) Gorbachev will be rescheduling"): two words or more, the last a
given name or an initial, and one capitalised word after it."""


def _unbracketed(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each bracketed insertion before a family name moved one place right over its opening
    bracket, its closing bracket gone (same length), and the span each insertion now takes."""
    out = list(text)
    shifted = []
    for match in _BRACKETED.finditer(text):
        start, end = match.span("inner")
        out[start - 1 : end + 2] = [" ", " ", *text[start:end], " "]
        shifted.append((start + 1, end + 1))
    return "".join(out), shifted


def _shifted_back(
    mention: PersonMention, text: str, flat: str, shifted: list[tuple[int, int]]
) -> PersonMention:
    start, end = mention.start, mention.end
    for low, high in shifted:
        if low <= start < high:
            start -= 1
        if low < end <= high:
            end -= 1
    if (start, end) == (mention.start, mention.end):
        return mention
    name = mention.name or " ".join(flat[mention.start : mention.end].split())
    return attrs.evolve(mention, start=start, end=end, text=text[start:end], name=name)


_ALIAS = re.compile(r"[ \t]*\((?P<alias>[A-Z][\w'’-]{2,})\)")
"""A short name in parentheses after a full name: "Joko Widodo (Jokowi)"."""


_DATELINE_PLACE = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:--|[-—–:])[ \t]")
"""What follows the city of a dateline: "Kuala Lumpur (ANTARA News) -", "GENEVA —"."""


_LABEL_AFTER = re.compile(r"[^\S\n]*(?:\([^()\n]{0,40}\)[^\S\n]*)?(?:/[^\n:]{0,40})?:[^\S\n]*(?:\n|\Z)")
"""What follows a field's label on a line of its own ("Document Type:", "Document Number (FOIA) /ESDN
(CREST):"): the label is no person."""


_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
"""A word of four letters or more, whose capital tells a title-case headline from a sentence."""


def _title_case_headline(text: str) -> int:
    """The end of the text's first line when it is a headline in title case ("Vice President Cools Heels
    While Arms Talks Drag"), else 0. An unknown name there whose words the text never writes again is the
    headline's verbs and nouns: a person named in a headline is named again in the story."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    line = text[start:end].rstrip()
    if end - start > 200 or line.endswith(".") or not text[end:].strip():
        return 0  # a sentence, or a text of one line: no headline over a story
    long = _HEADLINE_WORD.findall(line)
    capitalised = sum(word[0].isupper() for word in long)
    return end if len(long) >= 3 and capitalised == len(long) and not line.isupper() else 0


def _at_line_start(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip()


def _inside(offset: int, spans: Sequence[tuple[int, int]], starts: list[int]) -> bool:
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]
