"""Attributions: who said what — quotations and reported speech, with the speaker kept.

The shapes of news copy are read in passes, each a function of its own:

1. `quote_then_speaker` (in `_quotations`): a quotation followed by its speaker and verb (`"...," Mr.
   Tillerson said`, `"...," he said`, `"...," the prime minister said`) or by the verb and then the speaker
   (`"...," said Putin`, `"...," replied Deng`);
2. `speaker_then_words` (in `_reporting`): a speaker, a reporting verb and what was said (`Lavrov said Mr.
   Trump accepted the denial`, `Trump told lawmakers: "..."`, `X tweeted ...`, `X told reporters ...`, `X
   added that "..."`), also when the verb ends the sentence (`..., White House press secretary X said.`) or is
   inverted inside it (`..., said Uribe, "..."`, `Suharto, said Reagan, has ...`);
3. `participles` (in `_participles`): a participle after a main clause (`Lavrov echoed that, predicting that
   ...`) goes to the sentence's subject;
4. `_according_to`: `according to X`;
5. `_quoted_as_saying`: `The agency quoted Deng as saying ...`, `quoting him as saying`; `speech_nouns` (in
   `_speech_nouns`): a noun of speech and its owner (`X's claim that ...`, `his remark that ...`, `a
   statement by X that ...`);
6. `run_ons` (in `_quotations`): a quotation nobody is named for right before one whose speaker follows it
   (`"A." "B," he said`, and a paragraph left open before the one that closes the quotation) is theirs;
7. `continuations` (in `_quotations`): a quotation nobody is named for, right after an attributed one in the
   same or the next paragraph with no one else named between, continues it (`'...,' Bush said. '...'`, and a
   block quote paragraph after `He said:`).
8. `_named_later`: an unnamed member of staff ("the press chief", "his spokesman", "a Nixon aide") is the one
   person the text names in that role; `earlier_groups` (in `_group_references`): "the statement said" is
   who issued the last statement before it ("his office said in a statement"), "the aide said" the aide
   named before ("Soeharto's aide added");
9. `_transcript`: the lines of a transcript ("Clinton: ...", "Yeltsin: ...") are their speakers';
10. `_coordinated_clauses`: reported speech made of quotations joined by "and" / "but that" is reported one
   quotation at a time.

A speaker is a person mention (a pronoun is resolved to the speaker before it or the nearest person
named before it; a description — "the prime minister", "the Russian leader" — to the person of the text
who holds that office or comes from that country), or a group: an institution ("the White House",
"the Kremlin", "Japan's foreign ministry", "officials", "a senior source"). A name is never turned into a
group: a capitalised word before a reporting verb that is not an institution is an unknown person.
Joint institutions ("the Kremlin and the White House said") each get the words; people who speak together
("Macri and Bachelet said", "both leaders said", "X and Colombia's President Y said") are no one of them:
the speaker stays open, named by the words that name the pair. A verb with no speaker is not an
attribution.

This module runs the passes and holds the short ones; the passes that start from a quotation live in
`_quotations`, from a reporting verb in `_reporting`, from a participle in `_participles`, and how found words
become attributions (`add`) in `_reports`. What they share lives beside them: the reporting verbs, the words a
verb reports and the reading context in `_speech`, who stands before or after a verb in `_speakers`, what a
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

from summitlib.claims import Speaker, SpeakerKind
from summitlib.extraction._group_references import earlier_groups
from summitlib.extraction._groups import ACCORDING_GROUP, NOT_SPEAKERS, group_or_name
from summitlib.extraction._outlets import BROAD_OUTLET, OUTLET_NOUN
from summitlib.extraction._participles import participles
from summitlib.extraction._people_tokens import MONTH_NAMES
from summitlib.extraction._quotations import (
    continuations,
    quotation_just_before,
    quote_then_speaker,
    run_ons,
    verb_first,
)
from summitlib.extraction._reporting import ADJUNCT_ONLY, NOUN_AFTER, SCARE_QUOTE, speaker_then_words
from summitlib.extraction._reports import add
from summitlib.extraction._speakers import named_staff, quoted_one
from summitlib.extraction._speech import (
    OUTLET_AFTER,
    WEAK,
    Context,
    Who,
    according_span,
    cut,
    said_before,
    what_was_said,
    who_of,
)
from summitlib.extraction._speech_nouns import speech_nouns
from summitlib.extraction._text import WEEKDAYS, Sentences
from summitlib.extraction._types import Attribution, Cue, Person, PersonMention

__all__ = ["find_attributions"]

_OUTLET_KIND = re.compile(r"\b" + OUTLET_NOUN + r"\Z", re.IGNORECASE)
"""An outlet named by its kind alone ("the newspaper"), whose name may follow."""
_OUTLET_NAMED = re.compile(
    rf"\s*[“\"‘]?(?!(?:{WEEKDAYS}|{'|'.join(sorted(m.title() for m in MONTH_NAMES))}|Today|Tonight)\b)"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})[.,]?[”\"’]?[.,]?(?=\s|\Z)"
)
"""The outlet's name after its kind ("the newspaper “Al Ahram.”", "the daily Asahi"); not a day or a month
("according to the agency Monday")."""
_ACCORDING = re.compile(r"[Aa](?<!\w.)ccording to\s+")
"""The words "according to" at a word start, checked after the first letter so re scans for that letter."""
_NAME_GAP = re.compile(r"[^,;:!?]{0,45}")
_BELIEVE = frozenset({"believes", "believe", "believed", "hoped", "hopes"})
"""Verbs of belief and hope, which report a view of their own only outside another's reported words."""
_NO_SUBJECT = re.compile(r"(?:could|would|will|can|should|might|may|must|is|was|are|were|has|have|had)\b")
"""Words that open with a verb have no subject: what the belief is about stands before it."""
_CONDITION = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\s+\Z")
_BELIEF_REACH = 4
"""How many reports starting before a belief are read for one whose words hold it (a bound)."""
_ACTS = WEAK - {"called"}
"""Weak verbs that tell what someone did ("welcomed a proposal"), where "called" ("called for", "called it")
always tells what they said."""
_QUOTED_AS = re.compile(  # "quoted"/"cited" first character first, which re skips ahead to
    r"[qc](?<!\w.)(?:(?<=q)uot(?:ed|ing)|(?<=c)it(?:ed|ing))\s+(?P<np>[^\s.;:!?\"“”][^.;:!?\"“”]{0,59}?)\s+(?P<verb>as\s+(?:saying|telling|adding|stating))\b"
)
_NEXT_PARAGRAPH = re.compile(r"\n(?=[^\S\n]*[“\"‘])")
"""A line break before a paragraph that opens its own quotation mark, inside a quotation."""
_COORDINATE = re.compile(r"(?<=[”\"’])\s*,?\s+(?:and|but)\s+(?:that\s+)?(?=[“\"‘])")
"""Where reported speech goes on with a clause of its own: "... and that ...", "... but that ...", and a
quotation after a quotation ('"A" and "B"')."""
_TRAILING_QUOTE = re.compile(
    r"(?:\s*,\s+(?:and|but)(?:\s+that)?|\s+(?:and|but)\s+that|\s+(?:and|but)(?=\s+[“\"‘'](?:we|I|he|she|they|it|there)\b))\s+(?=[“\"‘'])"
)
"""Where reported speech ends with a quotation of its own ('X said A, but that "B"', 'X said A and "we
must ..."'): a comma or "that" before it, or a subject opening it, makes it a clause and no object."""
_PART_WORDS = 2
_SHORT = re.compile(r"(?i:his|her|their|its|the|an?)\s+[^\s“”\"‘’'`«»]+")
"""Reported words that are a noun and its determiner alone ("expressed his support", "denied the claim",
"announced the summit"): an object, not what was said."""
"""The fewest words of a part of coordinated reported speech."""


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
    quote_then_speaker(context, found, used_verbs)
    speaker_then_words(context, found, used_verbs)
    verb_first(context, found)
    participles(context, found)
    _according_to(context, found)
    _quoted_as_saying(context, found)
    speech_nouns(context, found)
    run_ons(context, found)
    continuations(context, found)
    _named_later(context, found)
    earlier_groups(context, found)
    _transcript(context, found)
    found = _nested(_beliefs(text, found))
    starts = sorted(a.speaker_cue.start for a in found)  # a relaying source too ends the words before it
    found = [a for a in _relayed(context, found) if a.quoted or not _SHORT.fullmatch(a.text)]
    found.sort(key=lambda a: (a.start, a.verb_cue.start))
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


def _beliefs(text: str, found: list[Attribution]) -> list[Attribution]:
    """``found`` without a belief told inside someone's reported words ("Lula said ... that he believed
    Milei should apologise"): the reporter's words, not a report of its own; nor one in a relative clause
    ("the power he believes could supplant him") or a condition ("If Trump believes ...")."""
    spans = sorted((a.start, a.end) for a in found if not a.quoted)
    starts = [start for start, _ in spans]
    kept = []
    for a in found:
        if a.verb.split()[0] in _BELIEVE:
            if _NO_SUBJECT.match(a.text) or _CONDITION.search(
                text, max(0, a.speaker_cue.start - 8), a.speaker_cue.start
            ):
                continue  # "the power he believes could supplant him", "If Trump believes Putin ..."
            index = bisect.bisect_right(starts, a.verb_cue.start)
            if any(a.verb_cue.start < end for _, end in spans[max(0, index - _BELIEF_REACH) : index]):
                continue
        kept.append(a)
    return kept


def _nested(found: list[Attribution]) -> list[Attribution]:
    """``found`` without a pronoun's report told inside another person's reported words ("Sisi said in his
    meeting with Mahmoud that he pledged ...", "Muldoon said yesterday he had found ..."): "he" there is the
    speaker, whose words they stay, and not the third party the words name; a third party named with a verb
    of their own ("Lone said Obama also said he planned ...") keeps it."""
    outer = sorted(
        (
            (a.start, a.end, a.speaker)
            for a in found
            if not a.quoted
            and a.speaker is not None
            and a.speaker.kind is SpeakerKind.PERSON
            and a.speaker_cue.end <= a.start
        ),
        key=lambda span: span[:2],
    )
    starts = [start for start, _, _ in outer]
    kept = []
    for a in found:
        index = bisect.bisect_right(starts, a.speaker_cue.start)
        if a.pronoun and any(
            start <= a.speaker_cue.start and a.verb_cue.end <= end and speaker != a.speaker
            for start, end, speaker in outer[max(0, index - _BELIEF_REACH) : index]
        ):
            continue
        kept.append(a)
    return kept


def _relayed(context: Context, found: list[Attribution]) -> list[Attribution]:
    """``found`` without an outlet's report of what a person is reported saying in it ("Xi called for ...,
    state news agency Xinhua said"): the person's words, relayed; so with any institution named after the
    words ("Kishida told Yoon that ..., the foreign ministry said"), and with a person named after them ("Xi
    added that ..., Ko said", 'Xi stressed, "...," spokesperson Ko told reporters': the spokesperson relays
    Xi's words). What a person did with a weak verb ("The emir welcomed a proposal "...", the news agency
    added") is the institution's report. An outlet crediting the story it ran ("..., Reuter reports.") reports
    nothing of its own."""
    found = [a for a in found if not _story_credit(context, a)]
    found = _relayed_by_person(context, found)
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
            and ((not a.quoted and BROAD_OUTLET.search(a.speaker.name or "")) or a.speaker_cue.start >= a.end)
        ):
            index = bisect.bisect_left(verbs, a.start)
            if index < len(verbs) and verbs[index] < a.end:
                continue
        kept.append(a)
    return kept


def _story_credit(context: Context, attribution: Attribution) -> bool:
    """Whether ``attribution`` is an outlet's credit for the story ("..., Earth Times reports.", "...,
    Trend reports via the press service of ...", "..., TASS reports citing ..."): an institution named
    after the words with the present "reports", closing its sentence."""
    speaker = attribution.speaker
    text = context.text
    return (
        speaker is not None
        and speaker.kind is SpeakerKind.GROUP
        and attribution.verb == "reports"
        and attribution.speaker_cue.start >= attribution.end
        and _CREDIT_END.match(text, attribution.verb_cue.end) is not None
    )


_CREDIT_END = re.compile(r"\s*(?:[.\n]|\Z|(?:via|citing|quoting)\s)")
"""What follows the "reports" of a story's credit: the end of the sentence or the source it names."""
_RELAY_REACH = 4
"""How many attributions starting before a relayer's are read for the words it relays (a bound)."""


def _relayed_by_person(context: Context, found: list[Attribution]) -> list[Attribution]:
    """``found`` without a person's relay of another person's words: a person named after the words ("...,
    Ko said") whose words are also another person's, named before them in the same sentence ("Xi added that
    ...", 'Xi stressed, "..."')."""
    ordered = sorted(found, key=lambda a: a.start)
    starts = [a.start for a in ordered]
    dropped: set[int] = set()
    for a in found:
        if a.speaker is None or a.speaker.kind is not SpeakerKind.PERSON or a.speaker_cue.start < a.end:
            continue
        s_start, _ = context.sentences.around(a.start)
        index = bisect.bisect_left(starts, a.end)
        for b in ordered[max(0, index - _RELAY_REACH) : index]:
            if (
                b is not a
                and b.speaker is not None
                and b.speaker.kind is SpeakerKind.PERSON
                and b.speaker != a.speaker
                and s_start <= b.speaker_cue.start < b.verb_cue.start
                and b.speaker_cue.start < a.end
                and b.start < a.end
                and a.start < b.end
            ):
                dropped.add(id(a))
                break
    return [a for a in found if id(a) not in dropped]


def _according_to(context: Context, found: list[Attribution]) -> None:
    """ "..., according to X" and "According to X, ..."."""
    text = context.text
    for match in _ACCORDING.finditer(text):
        s_start, s_end = context.sentences.around(match.start())
        group = ACCORDING_GROUP.match(text, match.end(), s_end)
        first, last = (bisect.bisect_left(context.starts, at) for at in (match.end(), s_end))
        candidates = [
            p for p in context.outside[first:last] if _NAME_GAP.fullmatch(text, match.end(), p.start)
        ]
        if candidates and not (
            group and (group["noun"] or group["report"]) and group.end() > candidates[0].end
        ):
            who = who_of(candidates[0])
            np_end = candidates[0].end
        elif group is not None:
            np = group.group().strip().rstrip(".,")
            if not np or np.casefold() in NOT_SPEAKERS:
                continue
            named = (
                _OUTLET_NAMED.match(text, match.end() + len(np), s_end) if _OUTLET_KIND.search(np) else None
            )
            if named is not None:  # "according to the newspaper “Al Ahram.”": the paper by its name
                name = named["name"].rstrip(".")
                start = named.start("name")
                who = Who(Speaker.group(name), Cue(start=start, end=start + len(name), text=name))
                np_end = named.end()
            else:
                who = group_or_name(
                    np, match.end(), outlet=OUTLET_AFTER.match(text, match.end() + len(np)) is not None
                )
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


_TRANSCRIPT_LINE = re.compile(
    r"^(?P<label>[A-Z][\w’'-]+(?:[^\S\n][A-Z][\w’'-]+)?)[^\S\n]*:[^\S\n]+(?=\S)", re.MULTILINE
)
"""A line of a transcript opening with its speaker and a colon ("Clinton: While there was ...")."""
_ELLIPSIS = re.compile(r"\s(?:\.\s){2,}\.(?:\s+|\Z)|\s*…\s*")
"""An omission marked inside an excerpt (". . .", after the full stop of a sentence it ends: "Peace. . . .
There"), which leaves the words on either side apart."""
_TRANSCRIPT_WORDS = 4
"""The fewest words of a line of a transcript, after its speaker."""


def _transcript(context: Context, found: list[Attribution]) -> None:
    """An excerpt of a transcript: a line that opens with the name of a person of the text and a colon
    ("Clinton: While there was not an agreement ... . . . There must be ...") is theirs, each part an
    omission (". . .") leaves apart its own quotation. Lines of two or more such speakers make a transcript;
    one alone (a headline's "Putin: ...") is read as before, and a label no person of the text is named by
    ("Cairo: ...", "Source: ...") is none. One the words name with a verb ("Clinton: ... Yeltsin told me
    that ...") is a third party, no speaker."""
    text = context.text
    if ":" not in text:
        return
    labelled = list(_TRANSCRIPT_LINE.finditer(text))
    if len(labelled) < 2:
        return
    named: dict[str, PersonMention] = {}
    for mention in context.outside:
        if mention.person is not None and not mention.possessive:
            named.setdefault(mention.text.split()[-1], mention)
            named.setdefault(mention.text, mention)
    lines: list[tuple[PersonMention, re.Match[str], int]] = []
    for match in labelled:
        label = named.get(match["label"])
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        if label is not None and len(text[match.end() : end].split()) >= _TRANSCRIPT_WORDS:
            lines.append((label, match, end))
    if len({mention.person for mention, _, _ in lines}) < 2:
        return
    starts = [match.end() for _, match, _ in lines]
    ends = [end for _, _, end in lines]

    def inside(offset: int) -> bool:
        index = bisect.bisect_right(starts, offset) - 1
        return index >= 0 and offset < ends[index]

    # "Clinton: ... President Yeltsin told me that ...": the one named in the words is a third party
    found[:] = [a for a in found if not inside(a.speaker_cue.start)]
    for mention, match, end in lines:
        who = who_of(mention)
        cue = Cue(start=match.start("label"), end=match.end("label"), text=match["label"])
        colon = text.index(":", cue.end)
        verb_cue = Cue(start=colon, end=colon + 1, text=":")
        for part_start, part_end in _excerpt_parts(text, match.end(), end):
            found.append(
                Attribution(
                    start=part_start,
                    end=part_end,
                    text=text[part_start:part_end],
                    speaker=who.speaker,
                    speaker_cue=cue,
                    speaker_name=who.name,
                    verb=":",
                    verb_cue=verb_cue,
                    quoted=True,
                )
            )


def _excerpt_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` an omission (". . .") leaves apart, without their spaces."""
    parts = []
    for match in [*_ELLIPSIS.finditer(text, start, end), None]:
        part_end = end if match is None else match.start()
        while part_end > start and text[part_end - 1].isspace():
            part_end -= 1
        if len(text[start:part_end].split()) >= _PART_WORDS:
            parts.append((start, part_end))
        if match is not None:
            start = match.end()
    return parts


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
        comma = match["np"].find(",")
        # "quoted Bassam Radi, the spokesman for the presidency, as adding": the one named before the comma
        who = (quoted_one(context, np_start, np_start + comma, found) if comma > 0 else None) or quoted_one(
            context, np_start, np_end, found
        )
        if who is None:
            continue
        s_start, s_end = context.sentences.around(match.start())
        if ADJUNCT_ONLY.match(text, match.end(), s_end):  # '"...," media quoted Peskov as saying.'
            said = quotation_just_before(context, s_start, match.start()) or said_before(
                text, s_start, match.start()
            )
        else:
            said = what_was_said(context, match, s_end)
        if said is not None:
            add(context, found, said, match, who, np_start)


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
                any(SCARE_QUOTE.fullmatch(text, *quote) for quote in (context.quotes[before], after))
                and NOUN_AFTER.match(text, after[1])
            )
        ):
            continue  # 'took "forward-looking" and "constructive" approach': words of a noun phrase
        parts.append((start, match.start()))
        start = match.end()
    if not parts:
        parts = _trailing_quotation(context, attribution)
        start = parts.pop()[0] if parts else start
    if not parts or len(text[start : attribution.end].split()) < _PART_WORDS:
        return [attribution]
    parts.append((start, attribution.end))
    return [
        attrs.evolve(
            attribution, start=a, end=b, text=text[a:b], quoted=context.first_quote(a, a + 1) == (a, b)
        )
        for a, b in parts
    ]


def _trailing_quotation(context: Context, attribution: Attribution) -> list[tuple[int, int]]:
    """The reported words before a quotation that ends the report and the quotation ('Rabin said the subject
    had not been discussed, but that "there had been remarks"'), or nothing."""
    text = context.text
    last = bisect.bisect_right(context.quote_starts, attribution.end) - 1
    if last < 0:
        return []
    quote_start, quote_end = context.quotes[last]
    if not attribution.start < quote_start or quote_end < attribution.end - 2:
        return []
    before = context.first_quote(attribution.start, quote_start)
    join = _TRAILING_QUOTE.search(text, max(attribution.start, quote_start - 20), quote_start + 8)
    if before is not None or join is None or join.end() != quote_start:
        return []  # a quotation earlier in the report: '"A" and "B"' is read by _COORDINATE
    if len(text[attribution.start : join.start()].split()) < _PART_WORDS + 1:
        return []
    return [(attribution.start, join.start()), (quote_start, attribution.end)]


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
