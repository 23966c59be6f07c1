"""Attributions: who said what — quotations and reported speech, with the speaker kept.

The shapes of news copy are read in passes, each a function of its own:

1. [`_quote_then_speaker`][]: a quotation followed by its speaker and verb (`"...," Mr. Tillerson said`,
   `"...," he said`, `"...," the prime minister said`) or by the verb and then the speaker
   (`"...," said Putin`, `"...," replied Deng`);
2. [`_speaker_then_words`][]: a speaker, a reporting verb and what was said (`Lavrov said Mr. Trump
   accepted the denial`, `Trump told lawmakers: "..."`, `X tweeted ...`, `X told reporters ...`,
   `X added that "..."`), also when the verb ends the sentence (`..., White House press secretary X said.`)
   or is inverted inside it (`..., said Uribe, "..."`, `Suharto, said Reagan, has ...`);
3. [`_participles`][]: a participle after a main clause (`Lavrov echoed that, predicting that ...`) goes to
   the sentence's subject;
4. [`_according_to`][]: `according to X`;
5. [`_quoted_as_saying`][]: `The agency quoted Deng as saying ...`, `quoting him as saying`;
6. [`_run_ons`][]: a quotation nobody is named for right before one whose speaker follows it
   (`"A." "B," he said`, and a paragraph left open before the one that closes the quotation) is theirs;
7. [`_continuations`][]: a quotation nobody is named for, right after an attributed one in the same or the
   next paragraph with no one else named between, continues it (`'...,' Bush said. '...'`, and a block
   quote paragraph after `He said:`).
8. [`_named_later`][]: an unnamed member of staff ("the press chief", "his spokesman", "a Nixon aide") is the
   one person the text names in that role;
9. [`_coordinated_clauses`][]: reported speech made of quotations joined by "and" / "but that" is reported
   one quotation at a time.

A speaker is a person mention (a pronoun is resolved to the speaker before it or the nearest person
named before it; a description — "the prime minister", "the Russian leader" — to the person of the text
who holds that office or comes from that country), or a group: an institution ("the White House",
"the Kremlin", "Japan's foreign ministry", "officials", "a senior source"). A name is never turned into a
group: a capitalised word before a reporting verb that is not an institution is an unknown person.
Joint institutions ("the Kremlin and the White House said") each get the words; people who speak together
("Macri and Bachelet said", "both leaders said", "X and Colombia's President Y said") are no one of them:
the speaker stays open, named by the words that name the pair. A verb with no speaker is not an
attribution.

This module holds the passes; what they share lives beside it: the reporting verbs, the words a verb
reports and the reading context in `_speech`, who stands before or after a verb in `_speakers`, what a
pronoun refers to in `_antecedents`, and institution speakers in `_groups`.

Examples:
    >>> from summitlib import Leader, Records
    >>> from summitlib.extraction import extract
    >>> records = Records(leaders=[Leader(id="rex-tillerson", name="Rex Tillerson")])
    >>> [a] = extract("Mr. Trump pushed back, according to Mr. Tillerson.", corpus=records).attributions
    >>> a.speaker.leader, a.verb, a.text
    ('rex-tillerson', 'according to', 'Mr. Trump pushed back')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

import attrs

from summitlib.claims import SpeakerKind
from summitlib.extraction._groups import ACCORDING_GROUP, NOT_SPEAKERS, group_or_name
from summitlib.extraction._speakers import (
    coordinated,
    named_staff,
    quoted_one,
    speaker_after,
    speaker_before,
)
from summitlib.extraction._speech import (
    OBJECT,
    VERB,
    WEAK,
    Context,
    Said,
    Who,
    according_span,
    build,
    cut,
    said_before,
    what_was_said,
    who_of,
)
from summitlib.extraction._text import Sentences
from summitlib.extraction._types import Attribution, Cue, Person, PersonMention

__all__ = ["find_attributions"]

_ACCORDING = re.compile(r"[Aa](?<!\w.)ccording to\s+")
"""The words "according to" at a word start, checked after the first letter so re scans for that letter."""
_CLAUSE = re.compile(r"[;:—]")
_PARTICIPLE = re.compile(
    r",\s(?P<verb>saying|predicting|adding|warning|insisting|noting|arguing|claiming|declaring"
    r"|stressing|suggesting|announcing|pointing\s+out|decrying|describing|calling\s+it\b|calling(?=\s+(?:them|this|that|him|her|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:an?\s+)?[“\"‘])|stating|indicating"
    r"|telling)\b"
)
_NAME_GAP = re.compile(r"[^,;:!?]{0,45}")
_INVERTED = re.compile(
    r"\s*,?\s*(?P<verb>said|says|added|adds|replied|asked|continued|stressed|insisted|tweeted|posted|wrote"
    r"|declared|noted|remarked|responded|answered|countered|explained|announced|recalled|quipped|exclaimed)\s+"
)
"""The verb right after a quotation ("...," said Putin): the speaker follows it."""
_NEWS_VERBS = frozenset({"reported", "reports"})
"""What an agency or outlet does ("Tass reported that ...", "..., BBC News reported.")."""
_OUTLET = re.compile(
    r"\b(?:agency|newspaper|paper|daily|media|broadcaster|television|radio|tabloid)\b", re.IGNORECASE
)
"""A noun that makes a group an outlet, which relays what others say."""
_ACTS = WEAK - {"called"}
"""Weak verbs that tell what someone did ("welcomed a proposal"), where "called" ("called for", "called it")
always tells what they said."""
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|be|being|widely|previously|first)\s+\Z", re.IGNORECASE
)
_NOUN_STATES = re.compile(r"\s*(?:[.,;:)]|and\b|or\b|\Z)")
"""What follows "states" the noun ("the Gulf states, ...") and never "states" the verb ("X states that")."""
_RELATIVE = re.compile(r"\s*,\s*who\s+(?![^,]*,)")
"""A relative clause between a speaker and the verb ("Putin, who in turn described ...")."""
_ADJUNCT = (
    r"\s*(?:(?:on|late|early|last|this)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|today|yesterday|tonight|earlier|later)\b)?(?:\s*(?:this|last)\s+(?:week|month|year|weekend|morning"
    r"|evening)\b)?(?:\s*(?:via|on|in|at|during|through|from|after|before|following)\s+(?:an?\s+|the\s+|his\s+"
    r"|her\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*){0,2}"
)
"""Words that may stand between a reporting verb and its sentence's end: a day, a time, and up to two
phrases of one to four words after a preposition ("via Twitter", "on a visit to Hanoi"). Each phrase is
written so that a text has one way to match it (words split by spaces, not a word cut into pieces, which
made a failed match try every cut)."""
_ADJUNCT_ONLY = re.compile(rf"{_ADJUNCT}\s*[.!?\"”’]*\s*\Z")
_ADJUNCT_ONLY_BEFORE = re.compile(rf"(?:\s+(?:[A-Z][\w.’'-]*\s*)+)?{_ADJUNCT}\s*")
"""Between a reporting verb and the participle that goes on from it: an adjunct ("said on Friday"), or
an inverted speaker ("said Qin")."""
"""What may follow a reporting verb that ends its sentence ("announced Tuesday via Twitter")."""
_PARTICIPLES = (
    r"saying|predicting|adding|warning|insisting|noting|arguing|claiming|declaring|stressing|suggesting"
    r"|announcing|pointing\s+out|decrying|calling|describing|stating|indicating|explaining|recalling"
)
_ADJUNCT_PARTICIPLE = re.compile(
    rf"{_ADJUNCT}(?:,\s*(?:{_PARTICIPLES}|without|declining|refusing|while|after|and|but|where)\b"
    r"|\s+(?:without|while)\s+[a-z]+ing\b|,?\s+in\s+an?\s+(?:[a-z]+\s+)?(?:sign|bid|move|step)\b)"
)
"""A reporting verb whose sentence goes on with a participle or a clause of its own ("..., Hosoda told
reporters in the morning, calling it ...", "..., a spokeswoman said on Friday, without giving any further
details", "..., the Kremlin said without providing details", "..., the White House said, and Biden ..."):
the words before the speaker are what was said."""
_AFTER_INVERTED = re.compile(
    r",\s*(?P<quote>[“\"‘'`])"
    r"|(?P<end>(?:\s*\([^()]{1,30}\))?(?:,(?!\s*(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|did|does|do)\b)"
    rf"(?:(?!\s['‘])[^,;:“”\"]){{1,80}}?)?(?:,\s*(?:{_PARTICIPLES})\b.*|[\s.!?\"”’]*\Z))"
    r"|,(?P<clause>\s)"
)
"""What follows the speaker after an inverted verb: the sentence's end (perhaps after an apposition, "Park's
aide on foreign affairs", or before a participle), a quotation, or the rest of a sentence."""
_NEW_CLAUSE = re.compile(r"(?:,\s+(?:but|and|while|whereas|yet)|;|\s—)\s+")
_QUOTED_AS = re.compile(
    r"\b(?:quot(?:ed|ing)|cit(?:ed|ing))\s+(?P<np>[^\s.;:!?\"“”][^.;:!?\"“”]{0,59}?)\s+(?P<verb>as\s+(?:saying|telling))\b"
)
_THAT = re.compile(r"\s*that\b")
_AND_BEFORE = re.compile(r"\s(?:and|but)\s+(?:(?:then|later|also|again)\s+)?\Z")
"""A reporting verb that goes on a sentence's subject ("Vajpayee laid a stone and told reporters ...")."""
_VERB_AFTER = re.compile(
    r"\s*,|\s+(?:[a-z]+ly\s+)?(?!(?:and|or|of|in|on|at|to|for|with|from|by|the|a|an)\b)[a-z]+\b"
)
"""A lowercase word after a name, the verb its subject goes on with, or an aside ("PM Modi, during ...")."""
_SAID_IDIOM = re.compile(r"\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:prayers?|goodbye|farewell|grace)\b")
"""What "said" does when it reports nothing ("said a prayer", "said goodbye")."""
_SCARE_QUOTE = re.compile(r"[“\"‘'`]+[^\s“”\"‘’]+(?:\s[^\s“”\"‘’]+)?[”\"’'`]+")
"""A quotation of one or two words."""
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|as|in|on|for|to|with|at|by|of|from|that)\b)[a-z]")
"""A lowercase word right after a quotation that goes on the noun phrase ("“ice-breaking” summit")."""
_SENTENCE_GAP = re.compile(r"[.!?][^\S\n]+")
"""Between reported words ending a sentence and a quotation starting the next, in the same paragraph."""
_LEAD_BREAK = re.compile(r"[:;—]\s*\Z|\n")
"""What ends the words before a quotation when the quotation stands on its own ("He said: “...”")."""
_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+\Z", re.IGNORECASE)
"""A determiner before a reporting verb: the participle is an adjective ("The proposed budget")."""
_REQUEST = re.compile(
    r"(?:\s+(?!(?:whether|if|why|how|what|when|who|that)\b)[^\s.;:,“”\"]+){1,8}?\s+to\s+[a-z]"
)
"""What follows "asked" for a request ("asked the official to leave", "asked him to stay"), not a question."""
_COMMA_END = re.compile(r",\s*\Z")
_NEXT_PARAGRAPH = re.compile(r"\n(?=[^\S\n]*[“\"‘])")
"""A line break before a paragraph that opens its own quotation mark, inside a quotation."""
_ANSWER = re.compile(r"\b(?:and|but|to\s+which|whereupon)\s")
"""Between a quotation and the speaker of a verb that answers it ('"...?" and Reagan replied'): the
quotation is someone else's."""
_SPEECH_ACT = re.compile(
    r"expressed\s+(?:(?:his|her|their|its|[A-Z][\w.-]*['’]s)\s+)?(?:[a-z]+\s+)?(?:hope|confidence|belief|concern"
    r"|gratitude|appreciation|willingness|readiness|satisfaction|support|regret|desire|wish|thanks|pride"
    r"|disappointment|optimism)s?\b"
    r"|congratulated\s+[^.;“”\"]{1,60}?\s(?:on|for)\s"
)
"""A weak verb that reports words on its own: what someone expressed ("expressed his confidence that",
"expressed Brazil's willingness to ..."), what they congratulated someone on."""
_CLOSING_MARKS = frozenset("”\"’'`")
"""The last character of a quotation closed by its mark (a paragraph left open ends without one)."""
_ADDRESSING = re.compile(r"told|tells|asked|assured|urged|warned|reminded|replied\s+to")
"""Verbs whose object is the one spoken to ("told Chou")."""
_SPEECH_FOLLOWS = re.compile(r"\s*(?:that\b|:|,?\s*[“\"‘])")
"""What shows a verb reports words of its own: "that", a colon or a quotation."""
_WORDS_GO_ON = re.compile(r"[^\S\n]+[a-z]")
"""A lowercase word right after a quotation: the sentence goes on, the speaker does not follow it."""
_QUOTE_END_MARKS = frozenset(",.!?;…")
"""What ends quoted words that a speaker follows ('"...," he said')."""
_COORDINATE = re.compile(r"(?<=[”\"’])\s*,?\s+(?:and|but)\s+(?:that\s+)?(?=[“\"‘])")
"""Where reported speech goes on with a clause of its own: "... and that ...", "... but that ...", and a
quotation after a quotation ('"A" and "B"')."""
_PART_WORDS = 2
"""The fewest words of a part of coordinated reported speech."""
_COMMA_QUOTE = re.compile(r",[”\"’'`]+\Z")
"""A quotation closed after a comma: its sentence goes on."""
_LINE_GOES_ON = re.compile(r"[^\S\n]*\n\s*[a-z]")
"""A line break, perhaps a blank line, then a lowercase word: the sentence goes on in the next paragraph."""
_QUOTE_COMMA_END = re.compile(r",[\"”’][^\n.!?\"“”]{0,80}\n\s*\Z")
"""A quotation closed by a comma, then a line break: no sentence ends there, the line is only wrapped."""


def find_attributions(
    text: str,
    people: Sequence[PersonMention],
    sentences: Sentences | None = None,
    persons: Iterable[Person] = (),
) -> list[Attribution]:
    """Every attribution in ``text``; ``people`` are its person mentions and ``persons`` its cast."""
    context = Context(text, people, sentences or Sentences(text), persons)
    found: list[Attribution] = []
    used_verbs: set[int] = set()
    _quote_then_speaker(context, found, used_verbs)
    _speaker_then_words(context, found, used_verbs)
    _participles(context, found)
    _according_to(context, found)
    _quoted_as_saying(context, found)
    _run_ons(context, found)
    _continuations(context, found)
    _named_later(context, found)
    found = _relayed(found)
    found.sort(key=lambda a: (a.start, a.verb_cue.start))
    starts = sorted(a.speaker_cue.start for a in found)
    parts = [part for a in found for part in _coordinated_clauses(context, cut(text, a, starts))]
    return _once(parts)


def _once(found: list[Attribution]) -> list[Attribution]:
    """``found`` with the same words given to the same speaker once ('President Moon wrote, "…," he
    wrote.': one report, read from both verbs); the first reading stays."""
    seen: set[tuple[int, int, object, str | None]] = set()
    kept = []
    for a in found:
        key = (a.start, a.end, a.speaker, a.speaker_name if a.speaker is None else None)
        if key not in seen:
            seen.add(key)
            kept.append(a)
    return kept


def _quote_then_speaker(context: Context, found: list[Attribution], used_verbs: set[int]) -> None:
    """`"...," X said`, `"...," he said`, `"...," said X`: the quotation goes to who follows it."""
    text = context.text
    for q_start, q_end in context.quotes:
        _, s_end = context.sentences.around(q_end - 1)
        goes_on = _LINE_GOES_ON.match(text, q_end) if _COMMA_QUOTE.search(text, q_start, q_end) else None
        if goes_on is not None:  # '“...,”' / 'the Prime Minister said': one sentence over a paragraph break
            _, s_end = context.sentences.around(goes_on.end() - 1)
        tail_end = min(max(s_end, q_end + 1), q_end + 140, len(text))
        inverted = _INVERTED.match(text[q_end:tail_end])
        if inverted is not None:
            verb_start = q_end + inverted.start("verb")
            who = speaker_after(context, q_end + inverted.end(), tail_end)
            if who is not None:
                verb = VERB.match(text, verb_start)
                if verb is not None:
                    _add(context, found, Said(q_start, q_end, True), verb, who, q_end)
                    used_verbs.add(verb.start())
                    continue
        if (
            _WORDS_GO_ON.match(text, q_end)
            and text[q_start:q_end].rstrip("`'\"”’ ")[-1:] not in _QUOTE_END_MARKS
        ):
            continue  # 'X would apply but "common sense" would prevail, he said': the sentence is reported
        for verb in VERB.finditer(text, q_end, tail_end):
            if context.in_quote(verb.start()):
                break
            if verb["verb"] in _NEWS_VERBS and _reported_speech_before(context, q_start):
                used_verbs.add(
                    verb.start()
                )  # 'the Kremlin said it seeks “...,” Reuters reported': the Kremlin's
                break
            who = speaker_before(context, q_end, verb.start(), found)
            if who is None:
                break
            if _ANSWER.search(text, q_end, who.cue.start):
                break  # '"Are you giving away the store?" and Reagan replied, "...": his words follow
            _add(context, found, _quote_in_sentence(context, q_start, q_end), verb, who, q_end)
            used_verbs.add(verb.start())
            break


def _quote_in_sentence(context: Context, q_start: int, q_end: int) -> Said:
    """The words of '"...," X said': the quotation, or the sentence it ends when it is only the end of one
    ('The emir welcomed a proposal to resolve the dispute "in a way that ...", the agency added')."""
    text = context.text
    s_start, _ = context.sentences.around(q_start)
    lead = text[s_start:q_start]
    verbs = (v for v in VERB.finditer(text, s_start, q_start) if not context.in_quote(v.start()))
    first = bisect.bisect_left(context.quote_starts, s_start)
    if (
        len(lead.split()) >= 5
        and not _LEAD_BREAK.search(lead)
        and all(v["verb"] in WEAK for v in verbs)
        and first == bisect.bisect_left(context.quote_starts, q_start)
    ):
        return Said(s_start, q_end, False)
    return Said(q_start, q_end, True)


def _reported_speech_before(context: Context, offset: int) -> bool:
    """Whether a reporting verb stands outside quotations in the sentence before ``offset``."""
    s_start, _ = context.sentences.around(offset)
    return any(not context.in_quote(v.start()) for v in VERB.finditer(context.text, s_start, offset))


def _speaker_then_words(context: Context, found: list[Attribution], used_verbs: set[int]) -> None:
    """`X said (that) ...`, `X told reporters: "..."`, `X tweeted ...`, `..., X said.`"""
    text = context.text
    for verb in VERB.finditer(text):
        if verb.start() in used_verbs or context.in_quote(verb.start()):
            continue
        if verb["verb"] in _NEWS_VERBS and _PASSIVE_BEFORE.search(
            text, max(0, verb.start() - 12), verb.start()
        ):
            continue  # "the meeting was reported": no one reports
        if _SAID_IDIOM.match(text, verb.end()):
            continue  # "The Iranians said a prayer for his health": no words reported
        if _ADJECTIVE_BEFORE.search(text, max(0, verb.start() - 8), verb.start()):
            continue  # "The proposed budget", "the stated aim": an adjective
        if verb["verb"] == "states" and _NOUN_STATES.match(text, verb.end()):
            continue  # "all East African states.": the noun
        s_start, s_end = context.sentences.around(verb.start())
        wrapped = _QUOTE_COMMA_END.search(text, max(0, s_start - 100), s_start)
        if wrapped is not None:  # '"...," National Security Council spokeswoman\nX said.': one sentence
            s_start = context.sentences.around(wrapped.start())[0]
        clause_start = s_start
        for brk in _CLAUSE.finditer(text, s_start, verb.start()):
            clause_start = brk.end()
        comma = _COMMA_END.search(text[max(s_start, verb.start() - 3) : verb.start()])
        inverted = _inverted(context, verb, s_start, s_end) if comma else []
        if inverted:  # "..., said Jaishankar.", "..., said Uribe, “...”", "Suharto, said Reagan, has ..."
            for said_, who_ in inverted:
                _add(context, found, said_, verb, who_, clause_start)
            continue
        obj = OBJECT.match(text, verb.end())
        rest_start = verb.end() if obj is None else obj.end()
        ends = _ADJUNCT_ONLY.match(text, rest_start, s_end) or _ADJUNCT_PARTICIPLE.match(
            text, rest_start, s_end
        )
        who = speaker_before(context, clause_start, verb.start(), found, words_before=ends is not None)
        joined = _AND_BEFORE.search(text, max(0, verb.start() - 20), verb.start())
        if who is None and joined is not None:
            who = _subject(context, clause_start, verb.start())  # "X laid a stone and told reporters that"
            if who is None:  # "He said Syria was the main topic and said: ...": the same speaker again
                who = _reporter_again(context, found, s_start, verb, joined.start())
        if who is None:
            continue
        if _RELATIVE.match(text, who.cue.end, verb.start()) and "," in text[verb.end() : s_end]:
            continue  # "Arafat, who had warned of X, told reporters ...": the main clause says it
        if ends:
            # "..., Sanders announced Tuesday via Twitter.", "..., Hosoda told reporters, calling it ...":
            # the words before are what was said
            said = said_before(text, s_start, who.cue.start) or what_was_said(context, verb, s_end)
        else:
            said = what_was_said(context, verb, s_end)
        if said is None:
            continue
        if verb["verb"] == "asked" and not said.quoted and _REQUEST.match(text, verb.end()):
            continue  # "Berlin asked the official to leave": a request, no words reported
        if (
            verb["verb"] in WEAK
            and not (said.quoted or _THAT.match(text, verb.end()))
            and not _SPEECH_ACT.match(text, verb.start("verb"))
        ):
            quote = context.first_quote(said.start, said.end)
            if quote is None or (_SCARE_QUOTE.fullmatch(text, *quote) and _NOUN_AFTER.match(text, quote[1])):
                continue  # 'concluded a two-day “ice-breaking” summit': a quoted word, no words said
            said = Said(quote[0], quote[1], True)
        _add(context, found, said, verb, who, clause_start)


def _relayed(found: list[Attribution]) -> list[Attribution]:
    """``found`` without an outlet's report of what a person is reported saying in it ("Xi called for ...,
    state news agency Xinhua said"): the person's words, relayed. What a person did with a weak verb ("The
    emir welcomed a proposal "...", the news agency added") is the outlet's report."""
    verbs = sorted(
        a.verb_cue.start
        for a in found
        if a.speaker is not None
        and a.speaker.kind is SpeakerKind.PERSON
        and a.speaker_cue.start < a.verb_cue.start
        and a.verb.split()[0] not in _ACTS
    )
    kept = []
    for a in found:
        if (
            a.speaker is not None
            and a.speaker.kind is SpeakerKind.GROUP
            and not a.quoted
            and _OUTLET.search(a.speaker.name or "")
        ):
            index = bisect.bisect_left(verbs, a.start)
            if index < len(verbs) and verbs[index] < a.end:
                continue
        kept.append(a)
    return kept


def _reporter_again(
    context: Context, found: list[Attribution], s_start: int, verb: re.Match[str], join: int
) -> Who | None:
    """The speaker of the sentence's report before a second reporting verb joined by "and" that introduces
    words of its own ("He said A and said: "B"", "Moon said A, and added that B"); the first report ends at
    the join."""
    text = context.text
    if not _SPEECH_FOLLOWS.match(text, verb.end()):
        return None
    index = max(
        (i for i, a in enumerate(found) if s_start <= a.verb_cue.start and a.verb_cue.end <= join),
        key=lambda i: found[i].verb_cue.end,
        default=None,
    )
    if index is None:
        return None
    last = found[index]
    if last.end > join and not last.quoted:
        end = join
        while end > last.start and text[end - 1] in " ,":
            end -= 1
        found[index] = attrs.evolve(last, end=end, text=text[last.start : end])
    return _speaker_of(last)


def _subject(context: Context, start: int, end: int) -> Who | None:
    """The person who is the subject of ``start:end``: the first one named there when a verb or an aside
    follows, with no reporting verb between ("X said the leaders had agreed but denied ...": they deny)."""
    text = context.text
    index = bisect.bisect_left(context.starts, start)
    if index == len(context.outside):
        return None
    mention = context.outside[index]
    if mention.start >= end or mention.possessive or not _VERB_AFTER.match(text, mention.end):
        return None
    return None if VERB.search(text, mention.end, end) else who_of(mention)


def _inverted(context: Context, verb: re.Match[str], s_start: int, s_end: int) -> list[tuple[Said, Who]]:
    """The speaker after a verb that follows a comma: `..., said Jaishankar.` (and `..., said Kim, Park's
    aide, indicating ...`) gives the words before; `..., said Uribe, “...”` those and the quotation;
    `Suharto, said Reagan, has '...'` the whole sentence."""
    text = context.text
    start = verb.end()
    while start < s_end and text[start].isspace():
        start += 1
    if start == verb.end() or start >= s_end:
        return []
    who = speaker_after(context, start, s_end)
    if who is None:
        return []
    tail = _AFTER_INVERTED.match(text, who.cue.end, s_end)
    if tail is None:
        return []
    before = said_before(text, s_start, verb.start())
    if tail["end"] is not None and before is not None:
        return [(before, who)]
    if tail["quote"] is not None:
        quote = tail.start("quote")
        found = context.first_quote(quote, quote + 1)
        if found is None:
            return []
        end = found[1]
        return [*([] if before is None else [(before, who)]), (Said(quote, end, True), who)]
    end = s_end  # a parenthetical "said X," inside the sentence: the sentence is what was said
    while end > s_start and text[end - 1] in " .!?":
        end -= 1
    return [(Said(s_start, end, False), who)]


def _participles(context: Context, found: list[Attribution]) -> None:
    """ "X echoed that approach, predicting that ...": the participle's words go to the subject."""
    text = context.text
    for verb in _PARTICIPLE.finditer(text):
        if context.in_quote(verb.start()):
            continue
        s_start, s_end = context.sentences.around(verb.start())
        before = [
            m
            for m in context.outside
            if s_start <= m.start < verb.start() and not m.possessive and m.person is not None
        ]
        if not before:
            continue
        subject = before[0] if len(text[s_start : before[0].start].split()) <= 4 else before[-1]
        clauses = list(_NEW_CLAUSE.finditer(text, s_start, verb.start()))
        if (
            clauses
        ):  # "Carter suggested a visit, but the Chinese leader laughed it off, saying ...": its subject
            after = [m for m in before if m.start >= clauses[-1].end()]
            if after and len(text[clauses[-1].end() : after[0].start].split()) <= 4:
                subject = after[0]
        said = what_was_said(context, verb, s_end)
        if said is None:
            continue
        # "..., spokesman Dmitry Peskov confirmed, adding that ...": the spokesman
        who = (
            _reporter_before(context, found, s_start, verb.start())
            or _group_subject(context, found, s_start, subject.start, verb.start())
            or who_of(subject)
        )
        found.append(build(text, said, verb, who))


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
        or not _ADJUNCT_ONLY_BEFORE.fullmatch(text, last.verb_cue.end, end)
    ):
        return None
    return _speaker_of(last)


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
            return _speaker_of(attribution)
    return None


def _speaker_of(attribution: Attribution) -> Who:
    """The speaker of an attribution found before, to give further words to."""
    return Who(attribution.speaker, attribution.speaker_cue, attribution.speaker_name, attribution.pronoun)


def _according_to(context: Context, found: list[Attribution]) -> None:
    """ "..., according to X" and "According to X, ..."."""
    text = context.text
    for match in _ACCORDING.finditer(text):
        s_start, s_end = context.sentences.around(match.start())
        group = ACCORDING_GROUP.match(text, match.end(), s_end)
        candidates = [
            p
            for p in context.outside
            if match.end() <= p.start < s_end and _NAME_GAP.fullmatch(text, match.end(), p.start)
        ]
        if candidates and not (group and group["noun"] and group.end() > candidates[0].end):
            who = who_of(candidates[0])
            np_end = candidates[0].end
        elif group is not None:
            np = group.group().strip().rstrip(".,")
            if not np or np.casefold() in NOT_SPEAKERS:
                continue
            who = group_or_name(np, match.end())
            np_end = who.cue.end
        else:
            continue
        span = according_span(text, s_start, s_end, match.start(), np_end)
        if span is None:
            continue
        verb_end = match.start() + len("according to")
        found.append(
            Attribution(
                start=span[0],
                end=span[1],
                text=text[span[0] : span[1]],
                speaker=who.speaker,
                speaker_cue=who.cue,
                speaker_name=who.name,
                verb="according to",
                verb_cue=Cue(start=match.start(), end=verb_end, text=text[match.start() : verb_end]),
            )
        )


def _quoted_as_saying(context: Context, found: list[Attribution]) -> None:
    """ "The agency quoted Deng as saying that ...", "quoting him as saying", '"...," media quoted Peskov as
    saying.': the words are the one quoted's, not the quoter's."""
    text = context.text
    if "quot" not in text and "cit" not in text:  # a plain substring test skips most texts
        return
    for match in _QUOTED_AS.finditer(text):
        if context.in_quote(match.start()):
            continue
        np_start, np_end = match.span("np")
        who = quoted_one(context, np_start, np_end, found)
        if who is None:
            continue
        s_start, s_end = context.sentences.around(match.start())
        if _ADJUNCT_ONLY.match(text, match.end(), s_end):  # '"...," media quoted Peskov as saying.'
            said = _quotation_just_before(context, s_start, match.start()) or said_before(
                text, s_start, match.start()
            )
        else:
            said = what_was_said(context, match, s_end)
        if said is not None:
            _add(context, found, said, match, who, np_start)


def _run_ons(context: Context, found: list[Attribution]) -> None:
    """A quotation nobody is named for, right before another whose speaker follows it (`"A." "B," he
    said`, or a paragraph left open before the one that closes: `“A...` / `“B,” he said`), is that
    speaker's too."""
    text = context.text
    by_start = {a.start: a for a in found if a.quoted and a.speaker_cue.start >= a.end}
    covered = [(a.start, a.end) for a in found]
    following: Attribution | None = None
    for q_start, q_end in reversed(context.quotes):
        own = by_start.get(q_start)
        if own is not None:
            following = own
            continue
        between = text[q_end : following.start] if following is not None else "x"
        if following is None or between.strip() or between.count("\n") > 2:
            following = None
            continue
        if "\n" in between and text[q_end - 1] in _CLOSING_MARKS:
            following = None  # '"B." / "C," Carter said': B closed its paragraph, C is another's turn
            continue
        if any(a <= q_start < b for a, b in covered) or _is_title(text, q_start, q_end):
            following = None
            continue
        attribution = attrs.evolve(following, start=q_start, end=q_end, text=text[q_start:q_end])
        found.append(attribution)
        covered.append((q_start, q_end))
        following = attribution


def _quotation_just_before(context: Context, start: int, end: int) -> Said | None:
    """The quotation in ``start:end`` that ends at most four words before ``end``."""
    index = bisect.bisect_left(context.quote_starts, end) - 1
    if index < 0:
        return None
    q_start, q_end = context.quotes[index]
    if q_start < start or q_end > end or len(context.text[q_end:end].split()) > 4:
        return None
    return Said(q_start, q_end, True)


def _continuations(context: Context, found: list[Attribution]) -> None:
    """A quotation nobody is named for continues the attributed quotation just before it."""
    text = context.text
    by_start = {a.start: a for a in found if a.quoted}
    covered = [(a.start, a.end) for a in found]
    previous: Attribution | None = None
    for q_start, q_end in context.quotes:
        own = by_start.get(q_start)
        if own is not None:
            previous = own
            continue
        if any(a <= q_start < b for a, b in covered):
            continue
        reported = next(
            (a for a in found if not a.quoted and _SENTENCE_GAP.fullmatch(text, a.end, q_start)), None
        )
        if reported is not None:  # 'He added that A. "B."': the quotation after his words is his
            previous = reported
        if previous is None or (previous.speaker is None and previous.speaker_name is None):
            continue
        if _is_heading(text, q_start, q_end):
            previous = None  # "'Suspension of dialogue'" on a line of its own: a subheading ends the quotes
            continue
        if _is_title(text, q_start, q_end):
            continue  # "a public lecture, ‘Malaysia-Indonesia Relations: Challenges and Hopes’": a name
        between = text[previous.end : q_start]
        if between.count("\n\n") + between.count("\n \n") > 1 or len(between) > 400:
            previous = None
            continue
        others = [
            m
            for m in context.outside
            if previous.verb_cue.end < m.start < q_start
            and not m.start < previous.speaker_cue.end
            and not _addressee(text, previous, m)
        ]  # a name in the speaker's own words ("said Yeltsin spokesman Sergei Yastrzhembsky") is no other
        if any(m.start != previous.speaker_cue.start for m in others) or (
            VERB.search(between) and len(between) > 160
        ):
            previous = None
            continue
        attribution = attrs.evolve(previous, start=q_start, end=q_end, text=text[q_start:q_end], quoted=True)
        found.append(attribution)
        covered.append((q_start, q_end))
        previous = attribution


def _addressee(text: str, attribution: Attribution, mention: PersonMention) -> bool:
    """Whether ``mention`` is whom the verb of ``attribution`` addresses ('"...," he told Chou at the
    airport'): the one spoken to, who does not take the next quotation from the speaker."""
    return (
        _ADDRESSING.fullmatch(attribution.verb) is not None
        and not text[attribution.verb_cue.end : mention.start].strip()
    )


def _named_later(context: Context, found: list[Attribution]) -> None:
    """ "..., a German government spokesman said" in the lead, "Merkel's spokesman Steffen Seibert" further
    on; "the press chief said" after "Bertalan Havasi, the Prime Minister's press chief": an unnamed member
    of staff is the one person the text names in that role (`named_staff`), a person and no institution."""
    for index, attribution in enumerate(found):
        if attribution.speaker is None or attribution.speaker.kind is not SpeakerKind.GROUP:
            continue
        named = named_staff(context, attribution.speaker_cue.text, attribution.speaker_cue)
        if named is not None:
            found[index] = attrs.evolve(attribution, speaker=named.speaker, speaker_name=named.name)


def _coordinated_clauses(context: Context, attribution: Attribution) -> list[Attribution]:
    """Reported speech of coordinated clauses, each its own report: 'Lula said the two had not spoken and
    that he believed Milei should apologise', 'Sanders said they "had good meetings" and "discussed ways
    ...," but that "no agreement was reached"'. A part that is a whole quotation is a direct one."""
    text = context.text
    if attribution.quoted:
        return _paragraphs(text, attribution)
    parts: list[tuple[int, int]] = []
    start = attribution.start
    for match in _COORDINATE.finditer(text, attribution.start, attribution.end):
        if context.in_quote(match.start()) or len(text[start : match.start()].split()) < _PART_WORDS:
            continue
        before = bisect.bisect_right(context.quote_starts, match.start()) - 1
        after = context.first_quote(match.end(), match.end() + 1)
        if (
            before < 0
            or after is None
            or (
                any(_SCARE_QUOTE.fullmatch(text, *quote) for quote in (context.quotes[before], after))
                and _NOUN_AFTER.match(text, after[1])
            )
        ):
            continue  # 'took "forward-looking" and "constructive" approach': words of a noun phrase
        parts.append((start, match.start()))
        start = match.end()
    if not parts or len(text[start : attribution.end].split()) < _PART_WORDS:
        return [attribution]
    parts.append((start, attribution.end))
    return [
        attrs.evolve(
            attribution, start=a, end=b, text=text[a:b], quoted=context.first_quote(a, a + 1) == (a, b)
        )
        for a, b in parts
    ]


def _paragraphs(text: str, attribution: Attribution) -> list[Attribution]:
    """A quotation over several paragraphs, each opened by its own mark ('“A.\n“B.”'), one paragraph at a
    time: news copy quotes that way, leaving every paragraph but the last open."""
    starts = [
        m.start() + 1
        for m in _NEXT_PARAGRAPH.finditer(text, attribution.start, attribution.end)
        if re.search(r"\w", text[m.start() : attribution.end])  # a closing straight mark opens nothing
    ]
    if not starts:
        return [attribution]
    ends = [*starts, attribution.end]
    bounds = [attribution.start, *starts]
    parts = []
    for start, end in zip(bounds, ends, strict=True):
        while end > start and text[end - 1].isspace():
            end -= 1
        parts.append(attrs.evolve(attribution, start=start, end=end, text=text[start:end]))
    return parts


def _is_title(text: str, q_start: int, q_end: int) -> bool:
    """Whether the quotation at ``q_start:q_end`` is the title of a work (a lecture, a book, a report):
    three words or more, every long one capitalised, and no sentence's end ("‘Strategic Relations:
    Challenges and Hopes’")."""
    inner = text[q_start:q_end].strip("“”\"‘’'` ")
    words = inner.split()
    return (
        len(words) >= _TITLE_WORDS
        and inner[-1] not in ".!?,;…"
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words if len(w) > 3)
    )


_TITLE_WORDS = 3
"""The fewest words of a quoted title: one or two capitalised words are a name or a scare quote."""


def _is_heading(text: str, q_start: int, q_end: int) -> bool:
    """Whether the quotation at ``q_start:q_end`` is a line of its own, short and without a sentence's end: a
    subheading ("‘The King Was Happy’"), not a quoted paragraph ("“We were sent by the community.”")."""
    line_start = text.rfind("\n", 0, q_start) + 1
    line_end = text.find("\n", q_end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:q_start].strip() or text[q_end:line_end].strip():
        return False
    inner = text[q_start:q_end].strip("“”\"‘’'` ")
    return 0 < len(inner.split()) <= 8 and inner[-1] not in ".!?,;:…—-"


def _add(
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
