"""Quotations and their speakers: the passes that start from a quotation.

`quote_then_speaker` reads a quotation followed by its speaker and verb (`"...," he said`, `"...," said
Putin`); `run_ons` gives a quotation nobody is named for to the speaker of the one right after it, and
`continuations` to the speaker of the attributed one before it. `quotation_just_before` is the quotation
that ends a few words before an offset.
"""

from __future__ import annotations

import bisect
import itertools
import re

import attrs

from summitlib.extraction._groups import GROUP, group_or_name
from summitlib.extraction._reporting import NEWS_VERBS, SPEECH_ACT
from summitlib.extraction._reports import add
from summitlib.extraction._speakers import speaker_after, speaker_before
from summitlib.extraction._speech import VERB, WEAK, Context, Said
from summitlib.extraction._text import first_chars
from summitlib.extraction._types import Attribution, PersonMention

__all__ = ["continuations", "quotation_just_before", "quote_then_speaker", "run_ons", "verb_first"]

_INVERTED = re.compile(
    r"\s*,?\s*(?P<verb>said|says|added|adds|replied|asked|continued|stressed|insisted|tweeted|posted|wrote"
    r"|declared|noted|remarked|responded|answered|countered|explained|announced|recalled|quipped|exclaimed"
    r"|dijo|aseguró|afirmó|declaró|señaló|agregó|añadió|disse|afirmou|declarou|acrescentou)\s+"
)
"""The verb right after a quotation ("...," said Putin): the speaker follows it."""
_SENTENCE_GAP = re.compile(r"[.!?][^\S\n]+")
"""Between reported words ending a sentence and a quotation starting the next, in the same paragraph."""
_REPORT_GAP = re.compile(r"[.!?][^\S\n]*(?:\n[^\S\n]*){0,2}[^\S\n]*")
"""Between reported words ending a sentence and a quotation starting the next, in the same paragraph or the
next one ('He said A.\n\n"B."')."""
_EXCLAIMED = re.compile(r"[!?][”\"’'`»]+\Z")
"""A quotation closed after "!" or "?": the sentence its speaker follows in may be read as the next one."""
_TITLES_ONLY = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+)*")
"""What may stand between a quotation and its speaker right after it: a title ("Mr.", "President")."""
_LEAD_BREAK = re.compile(r"[:;—]\s*\Z|\n")
"""What ends the words before a quotation when the quotation stands on its own ("He said: “...”")."""
_FULL_STOP = re.compile(r"\.[”\"’'`»]+\Z")
"""A quotation closed after a full stop: a sentence of its own."""
_QUOTATION_NEXT = re.compile(r"[^\S\n]*[:,]?[^\S\n]*[“\"‘'`«]")
"""A quotation right after a verb ('he said, "..."'): the one the verb reports."""
_ANSWER = re.compile(r"\b(?:and|but|to\s+which|whereupon)\s")
"""Between a quotation and the speaker of a verb that answers it ('"...?" and Reagan replied'): the
quotation is someone else's."""
_CLOSING_MARKS = frozenset("”\"’'`»")
"""The last character of a quotation closed by its mark (a paragraph left open ends without one)."""
_ADDRESSING = re.compile(r"told|tells|asked|assured|urged|warned|reminded|replied\s+to")
"""Verbs whose object is the one spoken to ("told Chou")."""
_WORDS_GO_ON = re.compile(r"[^\S\n]+[a-z]")
"""A lowercase word right after a quotation: the sentence goes on, the speaker does not follow it."""
_QUOTE_END_MARKS = frozenset(",.!?;…")
"""What ends quoted words that a speaker follows ('"...," he said')."""
_COMMA_QUOTE = re.compile(r",[”\"’'`»]+\Z")
"""A quotation closed after a comma: its sentence goes on."""
_CLAUSE_AFTER = re.compile(
    r"\s+(?:(?:reporters|journalists|him|her|them)\s+)?that\s+(?!day|night|morning|afternoon|evening|week|year|time)"
)
"""A clause of its own after a verb ("said that ...", "told reporters that ..."), not a time ("that day")."""
_NAME_ENDS = re.compile(r"\s*(?:[.,;]|\Z)")
"""What ends the speaker after an inverted verb (", said Kibaki."), not words going on ("said Bush had")."""
_LINE_GOES_ON = re.compile(r"[^\S\n]*\n\s*[a-z]")
"""A line break, perhaps a blank line, then a lowercase word: the sentence goes on in the next paragraph."""


_OPENING_VERBS = (
    "Answered",
    "Replied",
    "Retorted",
    "Countered",
    "Declared",
    "Said",
    "Added",
    "Explained",
    "Insisted",
    "Responded",
    "Remarked",
    "Observed",
    "Commented",
    "Quipped",
    "Noted",
)
_VERB_FIRST = re.compile(
    first_chars(_OPENING_VERBS) + r"(?:(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n)|\A)"
    rf"(?P<verb>{'|'.join(_OPENING_VERBS)})"
    r"\s+(?P<np>[^\s:.;!?“”\"][^:.;!?“”\"\n]{0,59}?)\s*:\s*(?=[“\"])"
)
"""A sentence that opens with its verb and its speaker before a colon and a quotation ('Answered Nehru: "I
have ventured to say ..."', 'Remarked a senior Indian official: "..."'), as magazine copy writes. Its verbs'
first letters go first: a text's other positions then fail on one character, not on four lookbehinds (a
whole-text scan a quarter as long)."""


class _Covered:
    """Where the attributions of a pass stand, to ask whether some words overlap one: those found before
    the pass by bisection over their starts (with the furthest end so far), those the pass adds, in text
    order, by their furthest end — not a test of every attribution for each quotation."""

    def __init__(self, found: list[Attribution]) -> None:
        spans = sorted((a.start, a.end) for a in found)
        self._starts = [a for a, _ in spans]
        self._reach = list(itertools.accumulate((b for _, b in spans), max))
        self._added = 0

    def overlaps(self, start: int, end: int) -> bool:
        """Whether an attribution overlaps ``start:end`` (one added by the pass starts before ``start``)."""
        index = bisect.bisect_left(self._starts, end)
        return bool(index and self._reach[index - 1] > start) or self._added > start

    def add(self, end: int) -> None:
        """An attribution the pass adds, ending at ``end``, after those it added before."""
        self._added = max(self._added, end)


def verb_first(context: Context, found: list[Attribution]) -> None:
    """'Answered Nehru: "..."': the quotation after the colon goes to the speaker after the verb, when no
    one has it yet."""
    text = context.text
    covered = _Covered(found)
    for verb in _VERB_FIRST.finditer(text):
        quote = context.first_quote(verb.end(), verb.end() + 1)
        if quote is None or context.in_quote(verb.start()):
            continue
        q_start, q_end = quote
        if covered.overlaps(q_start, q_end):
            continue
        who = speaker_after(context, verb.start("np"), verb.end("np"))
        if (
            who is None
            and (verb["np"][:1].islower() or len(verb["np"].split()) > 1)  # "Added Value:" is no one
            and GROUP.fullmatch(text, verb.start("np"), verb.end("np"))
        ):  # 'Remarked a senior Indian official: "..."', 'Declared Israel's Labor Minister: "..."'
            who = group_or_name(verb["np"], verb.start("np"))
        if who is not None:
            add(context, found, Said(q_start, q_end, True), verb, who, verb.start())
            covered.add(q_end)


def quote_then_speaker(context: Context, found: list[Attribution], used_verbs: set[int]) -> None:
    """`"...," X said`, `"...," he said`, `"...," said X`: the quotation goes to who follows it."""
    text = context.text
    for q_start, q_end in context.quotes:
        _, s_end = context.sentences.around(q_end - 1)
        goes_on = _LINE_GOES_ON.match(text, q_end) if _COMMA_QUOTE.search(text, q_start, q_end) else None
        if goes_on is not None:  # '“...,”' / 'the Prime Minister said': one sentence over a paragraph break
            _, s_end = context.sentences.around(goes_on.end() - 1)
        exclaimed = s_end <= q_end + 1 and _EXCLAIMED.search(text, q_start, q_end) is not None
        if exclaimed:  # '“Hi!” Putin said.': the speaker in what reads as the next sentence, right after it
            _, s_end = context.sentences.around(min(q_end + 1, len(text) - 1))
        tail_end = min(max(s_end, q_end + 1), q_end + 140, len(text))
        inverted = _INVERTED.match(text[q_end:tail_end])
        if inverted is not None:
            verb_start = q_end + inverted.start("verb")
            who = speaker_after(context, q_end + inverted.end(), tail_end)
            if who is not None:
                verb = VERB.match(text, verb_start)
                if verb is not None:
                    add(context, found, Said(q_start, q_end, True), verb, who, q_end)
                    used_verbs.add(verb.start())
                    continue
        if (
            _WORDS_GO_ON.match(text, q_end)
            and text[q_start:q_end].rstrip("`'\"”’» ")[-1:] not in _QUOTE_END_MARKS
        ):
            continue  # 'X would apply but "common sense" would prevail, he said': the sentence is reported
        for verb in context.verbs.finditer(q_end, tail_end):
            if context.in_quote(verb.start()):
                break
            if verb["verb"] in NEWS_VERBS and _reported_speech_before(context, q_start):
                used_verbs.add(
                    verb.start()
                )  # 'the Kremlin said it seeks “...,” Reuters reported': the Kremlin's
                break
            who = speaker_before(context, q_end, verb.start(), found)
            inverted = None if who is None else _INVERTED.match(text, who.cue.end, verb.end() + 1)
            if who is not None and inverted is not None and "," in text[who.cue.end : verb.start()]:
                # '“...,” as well as aid to fight HIV/Aids, said Kibaki.': the one after the verb speaks
                after = speaker_after(context, inverted.end(), tail_end)
                who = after if after is not None and _NAME_ENDS.match(text, after.cue.end) else who
            if (
                who is not None
                and _FULL_STOP.search(text, q_start, q_end)
                and "," in text[q_end : who.cue.start]
                and _QUOTATION_NEXT.match(text, verb.end())
            ):
                break  # '“... left.” Turning to her, he said, “...”': the verb reports the quotation after it
            if who is None or (exclaimed and not _TITLES_ONLY.fullmatch(text, q_end, who.cue.start)):
                break  # '“Go home!” Trump left, and aides said nothing': a sentence of its own
            if _ANSWER.search(text, q_end, who.cue.start):
                break  # '"Are you giving away the store?" and Reagan replied, "...": his words follow
            if text[q_start:q_end].rstrip("`'\"”’» ")[-1:] not in _QUOTE_END_MARKS and (
                _CLAUSE_AFTER.match(text, verb.end()) or SPEECH_ACT.match(text, verb.start("verb"))
            ):
                break  # 'Terming it a "success", he expressed the hope that ...': his words follow
            add(context, found, _quote_in_sentence(context, q_start, q_end), verb, who, q_end)
            used_verbs.add(verb.start())
            break


def _quote_in_sentence(context: Context, q_start: int, q_end: int) -> Said:
    """The words of '"...," X said': the quotation, or the sentence it ends when it is only the end of one
    ('The emir welcomed a proposal to resolve the dispute "in a way that ...", the agency added')."""
    text = context.text
    s_start, _ = context.sentences.around(q_start)
    lead = text[s_start:q_start]
    verbs = (v for v in context.verbs.finditer(s_start, q_start) if not context.in_quote(v.start()))
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
    return any(not context.in_quote(v.start()) for v in context.verbs.finditer(s_start, offset))


def run_ons(context: Context, found: list[Attribution]) -> None:
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


def quotation_just_before(context: Context, start: int, end: int) -> Said | None:
    """The quotation in ``start:end`` that ends at most four words before ``end``."""
    index = bisect.bisect_left(context.quote_starts, end) - 1
    if index < 0:
        return None
    q_start, q_end = context.quotes[index]
    if q_start < start or q_end > end or len(context.text[q_end:end].split()) > 4:
        return None
    return Said(q_start, q_end, True)


def continuations(context: Context, found: list[Attribution]) -> None:
    """A quotation nobody is named for continues the attributed quotation just before it."""
    text = context.text
    by_start = {a.start: a for a in found if a.quoted}
    covered = _Covered(found)
    reported_by_end: dict[int, list[Attribution]] = {}
    for a in found:
        if not a.quoted:
            reported_by_end.setdefault(a.end, []).append(a)
    previous: Attribution | None = None
    for q_start, q_end in context.quotes:
        own = by_start.get(q_start)
        if own is not None:
            previous = own
            continue
        if covered.overlaps(q_start, q_start + 1):
            continue  # inside words already attributed
        stop = q_start  # reported words end on the stop that opens the blank before the quotation
        while stop and text[stop - 1].isspace():
            stop -= 1
        reported = next(
            (
                a
                for a in reported_by_end.get(stop - 1, ())
                if _REPORT_GAP.fullmatch(text, a.end, q_start)
                and ("\n" not in text[a.end : q_start] or not _verb_on_line(text, q_end))
            ),
            None,
        )
        if reported is not None:  # 'He added that A. "B."': the quotation after his words is his
            previous = reported  # and in the next paragraph: 'He said A.\n\n"B."', when no verb follows "B"
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
        first, last = (
            bisect.bisect_right(context.starts, previous.verb_cue.end),
            bisect.bisect_left(context.starts, q_start),
        )
        others = [
            m
            for m in context.outside[first:last]
            if not m.start < previous.speaker_cue.end
            and not (not previous.quoted and m.start < previous.end)
            and not _addressee(text, previous, m)
        ]  # a name in the speaker's own words ("said Yeltsin spokesman Sergei Yastrzhembsky") is no other
        if any(m.start != previous.speaker_cue.start for m in others) or (
            VERB.search(between) and len(between) > 160
        ):
            previous = None
            continue
        attribution = attrs.evolve(previous, start=q_start, end=q_end, text=text[q_start:q_end], quoted=True)
        found.append(attribution)
        covered.add(q_end)
        previous = attribution


def _verb_on_line(text: str, offset: int) -> bool:
    """Whether a reporting verb follows ``offset`` on its line: a quotation there has a speaker of its own
    ('"...," said X' that no pass could read)."""
    end = text.find("\n", offset)
    return VERB.search(text, offset, len(text) if end < 0 else end) is not None


def _addressee(text: str, attribution: Attribution, mention: PersonMention) -> bool:
    """Whether ``mention`` is whom the verb of ``attribution`` addresses ('"...," he told Chou at the
    airport'): the one spoken to, who does not take the next quotation from the speaker."""
    return (
        _ADDRESSING.fullmatch(attribution.verb) is not None
        and not text[attribution.verb_cue.end : mention.start].strip()
    )


def _is_title(text: str, q_start: int, q_end: int) -> bool:
    """Whether the quotation at ``q_start:q_end`` is the title of a work (a lecture, a book, a report):
    three words or more, every long one capitalised, and no sentence's end ("‘Strategic Relations:
    Challenges and Hopes’")."""
    inner = text[q_start:q_end].strip("“”\"‘’'`«» ")
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
    inner = text[q_start:q_end].strip("“”\"‘’'`«» ")
    return 0 < len(inner.split()) <= 8 and inner[-1] not in ".!?,;:…—-"
