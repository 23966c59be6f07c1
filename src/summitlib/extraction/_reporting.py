"""Reported speech read from a reporting verb outside quotations: `X said (that) ...`, `X told
reporters: "..."`, `..., X said.`, `..., said Uribe, "..."`.

`speaker_then_words` is the pass; `ADJUNCT` and the patterns built on it are what may stand between a
reporting verb and its sentence's end ("announced Tuesday via Twitter"), which other passes read too.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterator

import attrs

from summitlib.extraction._reports import add, speaker_of
from summitlib.extraction._speakers import speaker_after, speaker_before
from summitlib.extraction._speech import (
    OBJECT,
    VERB,
    WEAK,
    Context,
    Said,
    Who,
    said_before,
    what_was_said,
    who_of,
)
from summitlib.extraction._text import WEEKDAYS
from summitlib.extraction._types import Attribution

__all__ = [
    "ADJUNCT",
    "ADJUNCT_ONLY",
    "ADJUNCT_ONLY_BEFORE",
    "ADJUNCT_PARTICIPLE",
    "NEWS_VERBS",
    "NOUN_AFTER",
    "SCARE_QUOTE",
    "SPEECH_ACT",
    "speaker_then_words",
]

_CLAUSE = re.compile(r"[;:—]")
NEWS_VERBS = frozenset({"reported", "reports"})
"""What an agency or outlet does ("Tass reported that ...", "..., BBC News reported.")."""
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|be|being|widely|previously|first)\s+\Z", re.IGNORECASE
)
_NOUN_STATES = re.compile(
    r"\s*(?:[.,;:)]|and\b|or\b|\Z)|\s+(?:[a-z]+ed|have|are|were|will|would|had|did|do|can|could|must|should)\b"
)
"""What follows "states" the noun ("the Gulf states, ...", "the two Gulf states worked to ...", "member states
have agreed") and never "states" the verb ("X states that")."""
_RELATIVE = re.compile(r"\s*,\s*who\s+(?![^,]*,)")
"""A relative clause between a speaker and the verb ("Putin, who in turn described ...")."""
ADJUNCT = (
    r"(?:\s*(?:travell?ing|accompanying|waiting|gathered|assembled)\b)?"
    r"\s*(?:(?:on|late|early|last|this)\s+)?(?:(?:" + WEEKDAYS + r""
    r"|today|yesterday|tonight|earlier|later)\b)?(?:\s*(?:this|last)\s+(?:week|month|year|weekend|morning"
    r"|evening)\b)?(?:\s*\([^()]{1,30}\))?(?:\s*\b(?:via|on|in|at|during|through|from|after|before|following|of|with"
    r"|ahead\s+of)\s+"
    r"(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*){0,3}"
)
"""Words that may stand between a reporting verb and its sentence's end: who was told, gone with ("told
reporters travelling with her", "reporters gathered at the palace"), a day, a time (its date in
parentheses: "said today (21 June)"), and up to three
phrases of one to four words after a preposition ("via Twitter", "on a visit to Hanoi", "at the start / of
the virtual meeting / with Xi Jinping"). Each phrase is written so that a text has one way to match it
(words split by spaces, not a word cut into pieces, which made a failed match try every cut)."""
ADJUNCT_ONLY = re.compile(rf"{ADJUNCT}\s*[.!?\"”’]*\s*\Z")
ADJUNCT_ONLY_BEFORE = re.compile(rf"(?:\s+(?:[A-Z][\w.’'-]*\s*)+)?{ADJUNCT}\s*")
"""Between a reporting verb and the participle that goes on from it: an adjunct ("said on Friday"), or
an inverted speaker ("said Qin")."""
"""What may follow a reporting verb that ends its sentence ("announced Tuesday via Twitter")."""
_PARTICIPLES = (
    r"saying|predicting|adding|warning|insisting|noting|arguing|claiming|declaring|stressing|suggesting"
    r"|announcing|pointing\s+out|decrying|calling|describing|stating|indicating|explaining|recalling"
    r"|signall?ing|underscoring|highlighting"
)
ADJUNCT_PARTICIPLE = re.compile(
    rf"{ADJUNCT}(?:,\s*(?:{_PARTICIPLES}|without|declining|refusing|while|after|and|but|where|ending"
    r"|(?P<other>amid|despite|following|(?!(?:citing|during|morning|evening|nothing|something|anything"
    r"|everything|meeting|building|spring|string)\b)[a-z]{3,}ing))\b"
    r"|\s+(?:without|while)\s+[a-z]+ing\b|,?\s+in\s+an?\s+(?:[a-z]+\s+)?(?:sign|bid|move|step)\b|,?\s+citing\s+(?:the\s+)?[A-Z])"
)
"""A reporting verb whose sentence goes on with a participle or a clause of its own ("..., Hosoda told
reporters in the morning, calling it ...", "..., a spokeswoman said on Friday, without giving any further
details", "..., the Kremlin said without providing details", "..., the White House said, and Biden ...", "...,
TASS reports citing China Central Television", a source, not a reason: "citing misunderstandings"; "...,
officials said, amid tension", "..., Merkel's office said, blaming ..."):
the words before the speaker are what was said."""
_AFTER_INVERTED = re.compile(
    r",\s*(?P<quote>[“\"‘'`])"
    r"|(?P<end>(?:\s*\([^()]{1,30}\))?(?:,(?!\s*(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|did|does|do)\b)"
    rf"(?:(?!\s['‘])[^,;:“”\"]){{1,80}}?)?(?:,\s*(?:{_PARTICIPLES})\b.*|[\s.!?\"”’]*\Z))"
    r"|,(?P<clause>\s)"
)
"""What follows the speaker after an inverted verb: the sentence's end (perhaps after an apposition, "Park's
aide on foreign affairs", or before a participle), a quotation, or the rest of a sentence."""
_TOLD = frozenset({"told", "tells"})
_THAT = re.compile(r"\s*that\b")
_AND_BEFORE = re.compile(r"\s(?:and|but)\s+(?:(?:then|later|also|again)\s+)?\Z")
"""A reporting verb that goes on a sentence's subject ("Vajpayee laid a stone and told reporters ...")."""
_VERB_AFTER = re.compile(
    r"\s*,|\s+(?:(?:on\s+)?(?:" + WEEKDAYS + r"|today|yesterday)\s+)?(?:[a-z]+ly\s+)?"
    r"(?!(?:and|or|of|in|on|at|to|for|with|from|by|the|a|an)\b)[a-z]+\b"
)
"""A lowercase word after a name, the verb its subject goes on with (after a bare weekday of wire copy: "X
Monday celebrated ..."), or an aside ("PM Modi, during ...")."""
_SAID_IDIOM = re.compile(r"\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:prayers?|goodbye|farewell|grace)\b")
"""What "said" does when it reports nothing ("said a prayer", "said goodbye")."""
_PHRASAL = re.compile(r"(?<=wrote)\s+off\b|(?<=posted)\s+(?:troops|forces|soldiers)\b")
"""A verb that reports nothing with the word after it ("wrote off a year of effort", "posted troops")."""
SCARE_QUOTE = re.compile(r"[“\"‘'`]+[^\s“”\"‘’]+(?:\s[^\s“”\"‘’]+)?[”\"’'`]+")
"""A quotation of one or two words."""
NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|as|in|on|for|to|with|at|by|of|from|that)\b)[a-z]")
"""A lowercase word right after a quotation that goes on the noun phrase ("“ice-breaking” summit")."""
_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+\Z", re.IGNORECASE)
"""A determiner before a reporting verb: the participle is an adjective ("The proposed budget")."""
_REQUEST = re.compile(
    r"(?:\s+(?!(?:whether|if|why|how|what|when|who|that)\b)[^\s.;:,“”\"]+){1,8}?\s+to\s+[a-z]"
)
"""What follows "asked" for a request ("asked the official to leave", "asked him to stay"), not a question."""
_COMMA_END = re.compile(r",\s*\Z")
SPEECH_ACT = re.compile(
    r"(?:expressed|conveyed|voiced)\s+(?:to\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+){1,3}(?=(?:his|her|their)\s))?"
    r"(?:(?:his|her|their|its|[A-Z][\w.-]*['’]s)\s+)?(?:[a-z]+\s+)?(?:hope|confidence|belief|concern"
    r"|gratitude|appreciation|willingness|readiness|satisfaction|support|regret|desire|wish|thanks|pride"
    r"|disappointment|optimism|fear|intention|sadness|sorrow|admiration|condolence|condemnation|sympathy"
    r"|sympathie|solidarity|dissatisfaction|displeasure)s?\b"
    r"|(?:congratulated|commended)\s+[^.;“”\"]{1,60}?\s(?:on|for)\s|proposed\s+[a-z]{3,}ing\b"
)
"""A weak verb that reports words on its own: what someone expressed, conveyed or voiced ("expressed his
confidence that", "expressed Brazil's willingness to ...", "expressed the fear that", "expressed to the two
Presidents his strong admiration for ...", "conveyed his desire to ...", "voiced his sadness over ...",
"expressed condolences to ...", "expressed utter condemnation of ..."), what
they congratulated or commended someone on or for ("commended President Trump for his approach"), what
they proposed doing ("proposed providing lethal aid")."""
_HOPED = frozenset({"hoped", "hopes"})
_CLAUSE_AFTER = re.compile(
    r"\s+(?!(?:to|for|so|that)\b)(?:[\w’'-]+\s+){1,5}?"
    r"(?:would|could|will|can|should|might|may)\s+[a-z]"
)
"""A clause of its own after "hoped" with no "that" ("He hoped international conferences would go on"): the
words hoped, as a that-clause is; "hoped to meet" reports no words."""
_SPEECH_FOLLOWS = re.compile(r"\s*(?:that\b|:|,?\s*[“\"‘])")
"""What shows a verb reports words of its own: "that", a colon or a quotation."""
_COLON_VERB = re.compile(r"(?<![\w’'-])(?P<verb>[a-z]{3,}ed)(?=:[^\S\n]*[“\"])")
"""A past tense that opens a quotation with a colon ("Peron ... sobbed: "...""): any verb that does reports
words, whether or not it is a reporting verb."""
_COLON_OPENS = re.compile(r"ed:[^\S\n]*[“\"]")
"""Where such a verb ends, looked for first (a literal start, so the scan is fast)."""
_WORD_BEFORE = 30
"""How far back from its "ed:" such a verb may start."""
_QUOTE_COMMA_END = re.compile(r",[\"”’][^\n.!?\"“”]{0,80}\n\s*\Z")
"""A quotation closed by a comma, then a line break: no sentence ends there, the line is only wrapped."""


def _verbs(context: Context) -> Iterator[re.Match[str]]:
    """The reporting verbs of the text in order (from its one scan), with any past tense that opens a
    quotation with a colon."""
    text = context.text
    known = iter(context.verbs.matches)
    opening = (
        m
        for colon in _COLON_OPENS.finditer(text)
        if (m := _colon_verb(text, colon.start())) is not None and VERB.fullmatch(m["verb"]) is None
    )
    return heapq.merge(known, opening, key=lambda m: m.start())


def _colon_verb(text: str, ed: int) -> re.Match[str] | None:
    """The past tense whose "ed" is at ``ed``, when it opens a quotation with a colon."""
    start = ed
    while start > max(0, ed - _WORD_BEFORE) and text[start - 1].isalpha() and text[start - 1].islower():
        start -= 1
    return _COLON_VERB.match(text, start)


def speaker_then_words(context: Context, found: list[Attribution], used_verbs: set[int]) -> None:
    """`X said (that) ...`, `X told reporters: "..."`, `X tweeted ...`, `..., X said.`, `X sobbed: "..."`"""
    text = context.text
    for verb in _verbs(context):
        if verb.start() in used_verbs or context.in_quote(verb.start()):
            continue
        if verb["verb"] in NEWS_VERBS and _PASSIVE_BEFORE.search(
            text, max(0, verb.start() - 12), verb.start()
        ):
            continue  # "the meeting was reported": no one reports
        if _SAID_IDIOM.match(text, verb.end()) or _PHRASAL.match(text, verb.end()):
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
        # "X, 79, told Reagan, 73, '...'": "told" takes its object after it, never an inverted speaker
        inverted = _inverted(context, verb, s_start, s_end) if comma and verb["verb"] not in _TOLD else []
        if inverted:  # "..., said Jaishankar.", "..., said Uribe, “...”", "Suharto, said Reagan, has ..."
            for said_, who_ in inverted:
                add(context, found, said_, verb, who_, clause_start)
            continue
        obj = OBJECT.match(text, verb.end())
        rest_start = verb.end() if obj is None else obj.end()
        ends = ADJUNCT_ONLY.match(text, rest_start, s_end) or ADJUNCT_PARTICIPLE.match(
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
        if _RELATIVE.match(text, who.cue.end, verb.start()):
            if _main_clause_reports(context, verb.end(), s_end):
                continue  # "Arafat, who had warned of X, told reporters ...": the main clause says it
            s_end = _relative_end(context, verb.end(), s_end)  # "X, who had urged Y to join him, is due"
        if ends:
            # "..., Sanders announced Tuesday via Twitter.", "..., Hosoda told reporters, calling it ...":
            # the words before are what was said
            said = said_before(text, s_start, who.cue.start) or what_was_said(context, verb, s_end)
            if (
                said is not None
                and not said.quoted
                and said.start >= verb.end()
                and len(text[said.start : said.end].split()) <= _ADJUNCT_WORDS
                and ADJUNCT_ONLY.match(text, rest_start, s_end)
            ):  # "... meeting Chile's Foreign Minister X said on Wednesday.": no comma, no words after it
                said = _said_before_uncommaed(text, s_start, who.cue.start)
        else:
            said = what_was_said(context, verb, s_end)
        if said is None:
            continue
        if verb["verb"] == "asked" and not said.quoted and _REQUEST.match(text, verb.end()):
            continue  # "Berlin asked the official to leave": a request, no words reported
        if (
            verb["verb"] in WEAK
            and not (said.quoted or _THAT.match(text, verb.end()) or _THAT.match(text, rest_start))
            and not SPEECH_ACT.match(text, verb.start("verb"))
            and not (verb["verb"] in _HOPED and _CLAUSE_AFTER.match(text, verb.end(), s_end))
        ):
            quote = context.first_quote(said.start, said.end)
            if quote is None or (SCARE_QUOTE.fullmatch(text, *quote) and NOUN_AFTER.match(text, quote[1])):
                continue  # 'concluded a two-day “ice-breaking” summit': a quoted word, no words said
            said = Said(quote[0], quote[1], True)
        add(context, found, said, verb, who, clause_start)
        if (
            ends is not None
            and ends.re is ADJUNCT_PARTICIPLE
            and ends["other"]
            and ends["other"].endswith("ing")
            and ends["other"] != "following"
            and said.end <= verb.start()
        ):
            # "..., Merkel's office said, blaming "scheduling reasons."": the quotation after is theirs too
            # (after a participle of theirs; not 'amid what critics called "a sham"', nor a scare quote)
            quote = context.first_quote(ends.end(), s_end)
            if quote is not None and not (
                SCARE_QUOTE.fullmatch(text, *quote) and NOUN_AFTER.match(text, quote[1])
            ):
                add(context, found, Said(quote[0], quote[1], True), verb, who, clause_start)


_ADJUNCT_WORDS = 4
"""The most words after a verb that ends its sentence that are only when it spoke ("on Wednesday", "here late
Monday"); more are what was said ("said at least ten people died in the attack")."""
_UNCOMMAED_WORDS = 6
"""The fewest words before a speaker with no comma between them that are what the speaker said."""


def _said_before_uncommaed(text: str, s_start: int, speaker_start: int) -> Said | None:
    """The words before a speaker whose verb ends the sentence, when no comma sets them off ("Bachelet will
    meet Morales on the sidelines of the meeting Chile's Foreign Minister X said on Wednesday."): a clause
    of its own, not a few words of the speaker's noun phrase ("The Kremlin aide X said on Friday.")."""
    end = speaker_start
    while end > s_start and text[end - 1].isspace():
        end -= 1
    if len(text[s_start:end].split()) < _UNCOMMAED_WORDS:
        return None
    return Said(s_start, end, False)


def _main_clause_reports(context: Context, start: int, s_end: int) -> bool:
    """Whether the main clause after a relative clause (ended by the first comma from ``start``) has a
    reporting verb of its own ("Arafat, who had warned of X, told reporters"); if not, the relative clause's
    words are the report ("Ayub, who says Kashmir is "the basic problem," is still pressing ...")."""
    comma = context.text.find(",", start, s_end)
    if comma < 0:
        return False
    return any(not context.in_quote(v.start()) for v in VERB.finditer(context.text, comma, s_end))


def _relative_end(context: Context, start: int, s_end: int) -> int:
    """Where a relative clause that reports words ends: at its first comma outside a quotation, else
    where its sentence does."""
    comma = context.text.find(",", start, s_end)
    while comma >= 0 and context.in_quote(comma):
        comma = context.text.find(",", comma + 1, s_end)
    return s_end if comma < 0 else comma


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
    return speaker_of(last)


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
    if next(context.verbs.finditer(start, mention.start), None) is not None:
        return None  # "she noted that Lopez Obrador was set to visit and said ...": a name in her words
    verbs = (v for v in context.verbs.finditer(mention.end, end) if not _OF_AFTER.match(text, v.end()))
    return None if next(verbs, None) is not None else who_of(mention)


_OF_AFTER = re.compile(r"\s+of\b")
"""After a reporting word that is a noun ("laughed about foreign reports of his death and said ...")."""


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
