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
6. [`_continuations`][]: a quotation nobody is named for, right after an attributed one in the same or the
   next paragraph with no one else named between, continues it (`'...,' Bush said. '...'`, and a block
   quote paragraph after `He said:`).

A speaker is a person mention (a pronoun is resolved to the speaker before it or the nearest person
named before it; a description — "the prime minister", "the Russian leader" — to the person of the text
who holds that office or comes from that country), or a group: an institution ("the White House",
"the Kremlin", "Japan's foreign ministry", "officials", "a senior source"). A name is never turned into a
group: a capitalised word before a reporting verb that is not an institution is an unknown person.
Joint speakers ("the Kremlin and the White House said") each get the words. A verb with no speaker is
not an attribution.

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
import functools
import re
from collections.abc import Iterable, Sequence

import attrs

from summitlib.claims import Speaker
from summitlib.extraction._cast import title_parts
from summitlib.extraction._lexicon import DEMONYMS
from summitlib.extraction._text import Sentences, first_chars, quotation_spans, trie_pattern
from summitlib.extraction._types import Attribution, Cue, Person, PersonMention

__all__ = ["find_attributions"]

_VERBS = """said says say told tells added adds announced announces declared declares stated states noted
notes insisted warned warns argued claimed explained suggested indicated confirmed denied
acknowledged admitted asked replied replies wrote writes tweeted tweets posted mentioned
stressed stresses urged signaled signalled predicted enthused quipped joked recalled complained
cautioned conceded countered responded pledged promised vowed boasted emphasized emphasised
emphasizes observed remarked reiterated hinted floated proposed expressed underlined underscored
conveyed objected answered continued agreed praised welcomed congratulated captioned assured
affirmed maintained revealed disclosed concluded shouted exclaimed lauded hailed asserted reported
reports""".split()  # noqa: SIM905
_WEAK = frozenset(
    {
        "expressed",
        "underlined",
        "conveyed",
        "continued",
        "agreed",
        "praised",
        "welcomed",
        "congratulated",
        "answered",
        "concluded",
        "lauded",
        "hailed",
    }
)
"""Verbs that report speech only with a quotation or a that-clause ("agreed that ...", "praised X for his
"role""), not on their own ("agreed on a ceasefire")."""
_VERB = re.compile(
    rf"\b{first_chars([*_VERBS, 'put', 'indicate', 'insist', 'claim', 'made', 'was'])}"
    rf"(?P<verb>{trie_pattern(_VERBS)}|put\s+it|made\s+(?:it\s+)?clear|(?<=to\s)(?:suggest|indicate|insist|warn|claim)"
    r"|(?:was|were)\s+quoted\s+as\s+(?:saying|telling)|described(?=\s+[^.;,“”\"]{1,40}?\s+as\s)"
    r"|referred\s+to(?=\s+[“\"‘])"
    r"|called\s+on(?=\s+(?:(?:the|both|all|his|her|their)\s[^.;]{0,60}?\bto\s|(?:[A-Z][\w’'-]+\s+){1,3}to\s[^.;“”\"]{0,30}?[“\"])))\b"
)
_OBJECT = re.compile(
    r"\s+(?P<obj>(?:pool\s+)?reporters|journalists|lawmakers|legislators|the\s+press|the\s+media|an?\s+interviewer"
    r"|(?:a\s+)?(?:news|press)\s+conference|(?:South\s+)?[A-Z]\w+\s+(?:lawmakers|reporters|journalists|officials"
    r"|TV|television)|(?<=told\s)[A-Z][\w.]+(?:['’]s\s+[A-Z][\w.-]+)?(?:\s+[A-Z][\w.-]+)?(?=\s*(?:[,:.]|that\b|on\b|in\b))"
    r"|him|her|them|us)\b"
)
_AFTER_VERB = re.compile(  # "said that", "said: ", "said on Friday that"
    r"[^\S\n]*(?:(?P<colon>[:,])[^\S\n]*)?"
    r"(?:(?:on|in|at|during|last|this|late|early)\s+[\w.-]+(?:\s+[\w.-]+)?\s+(?=that\b))?"
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+(?!that\b))?"
    r"(?P<that>that\s+)?"
)
_AND_AFTER = re.compile(r"\s+(?:and|or)\s")
_JOIN_AFTER = re.compile(r"\s*,\s*(?:but|and|while|although|though|yet)\b")
_QUOTE_AFTER = re.compile(r"\s*[:,]?\s*(?=[“\"‘'`])")
_ACCORDING = re.compile(r"[Aa](?<!\w.)ccording to\s+")
"""The words "according to" at a word start, checked after the first letter so re scans for that letter."""
_CLAUSE = re.compile(r"[;:—]")
_PARTICIPLE = re.compile(
    r",\s(?P<verb>saying|predicting|adding|warning|insisting|noting|arguing|claiming|declaring"
    r"|stressing|suggesting|announcing|pointing\s+out|decrying|calling\s+it|describing|stating|indicating)\b"
)
_NAME_GAP = re.compile(r"[^,;:!?]{0,45}")
_AND_BEFORE = re.compile(r"\s+and\s+\Z")
_BOTH = re.compile(r"^(?:both|Both)\s+")
_GAP = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:,[^,.;:“”\"]{0,60},\s*|,\s*(?:who|whose)\s[^,;:“”\"]{0,100}?,\s*"
    r"|,\s*who\s+(?:(?:in\s+turn|also|later|then)\s+)*|,\s*)?"
    r"(?:(?:in|on)\s+(?:\d{4}|[A-Z]\w+)\s+)?"
    r"(?:(?:has|have|had|also|again|repeatedly|reportedly|later|then|seemed\s+to|appeared\s+to|told|earlier"
    r"|recently|previously|yesterday|today|(?:last|this)\s+(?:week|month|year|weekend|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)*"
    r"(?:(?:[a-z]+ly\s+)?[a-z]+ed(?:\s+(?:his|her|their|the|a|an)\s+[a-z]+)?(?:\s+[a-z]+ly|\s+twice)?\s+and\s+)?\Z"
)
_PRONOUN = re.compile(
    r"\b(?P<p>[Hh]e|[Ss]he)\s+(?:(?:also|later|then|again|had|has|earlier|[a-z]{2,}ly)\s+)*\Z"
)
"""A pronoun before the verb, perhaps with an adverb between ("he repeatedly said")."""
_GROUP_NOUNS = (
    "administration|office|ministry|department|spokesman|spokeswoman|spokesperson|officials|official"
    "|government|aides|aide|commentators|critics|analysts|diplomats|diplomat|sources|source|statement"
    "|embassy|kremlin|white house|team|campaign|cabinet|presidency|military|pentagon|agency|council"
    "|readout|observers|residents|experts|media|mission|delegation|palace|secretariat|party|committee"
    "|commission|army|police|court|parliament|congress|senate|presidium|bureau|ministers|leaders|reports"
)
_GROUP_NOUN = re.compile(rf"\b(?:{_GROUP_NOUNS})\b", re.IGNORECASE)
_ACCORDING_GROUP = re.compile(
    rf"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,4}}(?:[a-z]+\s+){{0,2}}(?P<noun>{_GROUP_NOUNS})\b"
    r"|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
)
_GROUP = re.compile(
    rf"(?P<np>(?:(?:the|The|a|A|an|An|some|Some)\s+)?(?:(?:[A-Z][\w.'’-]*|{_GROUP_NOUNS}|press|foreign|senior"
    rf"|[a-z]+['’]s|well-placed|top|unnamed)\s+){{0,4}}(?:[A-Z][\w.'’-]*|{_GROUP_NOUNS})"
    r"(?:\s+(?:in|of)\s+(?:his|her|the|their)\s+\w+)?)\s*\Z"
)
_OFFICE_NOUN = re.compile(
    r"(?P<np>\b(?:the|The)\s+(?:(?P<dem>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+)?(?P<role>(?i:prime\s+minister|president"
    r"|premier|chancellor|leader|foreign\s+minister|king|queen|emir|crown\s+prince|supreme\s+leader|pm"
    r"|secretary\s+of\s+state|foreign\s+secretary|press\s+chief|press\s+secretary|spokes(?:man|woman|person)"
    r"|minister|ambassador|envoy|adviser|advisor|chief))s?)(?:\s+(?:also|later|then|again|had|has))*\s*\Z"
)
_NOT_SPEAKERS = frozenset({"it", "this", "that", "he", "she", "they", "we", "i", "there", "when", "what"})
_PERSON_ROLES = {
    "prime minister",
    "president",
    "premier",
    "chancellor",
    "leader",
    "foreign minister",
    "king",
    "queen",
    "emir",
    "crown prince",
    "supreme leader",
    "pm",
    "secretary of state",
    "foreign secretary",
}


@attrs.frozen
class _Who:
    """A speaker as the text names them."""

    speaker: Speaker | None
    cue: Cue
    name: str | None = None
    pronoun: bool = False
    others: tuple[_Who, ...] = ()
    """Who else says the same words ("both leaders said": the other one)."""


@attrs.frozen
class _Said:
    """What was said: its span and whether it is a direct quotation."""

    start: int
    end: int
    quoted: bool


class _Context:
    """What every pass reads: the text, its sentences and quotations, the people outside quotations."""

    def __init__(
        self, text: str, people: Sequence[PersonMention], sentences: Sentences, persons: Iterable[Person]
    ):
        self.text = text
        self.sentences = sentences
        self.quotes = quotation_spans(text)
        self.quote_starts = [a for a, _ in self.quotes]
        self.outside = [p for p in people if not p.quoted]
        self.ends = [p.end for p in self.outside]
        self.starts = [p.start for p in self.outside]
        self._fitting: dict[tuple[str, str | None], tuple[list[int], list[PersonMention]]] = {}
        self._fitting_people: dict[tuple[str, str | None], frozenset[str | None]] = {}
        self._speaker_starts: list[int] = []
        self._speakers_seen = 0
        self.persons = {p.id: p for p in persons}
        self.by_span: dict[tuple[int, int], list[PersonMention]] = {}
        self.by_end: dict[int, list[PersonMention]] = {}
        for mention in self.outside:
            self.by_span.setdefault((mention.start, mention.end), []).append(mention)
            self.by_end.setdefault(mention.end, []).append(mention)

    def fitting(self, role: str, country: str | None) -> tuple[list[int], list[PersonMention]]:
        """The mentions of people who hold ``role`` (or come from ``country``), in text order, and their
        starts."""
        key = (role, country)
        if key not in self._fitting:
            _, office = title_parts("PM" if role == "pm" else role)
            mentions = []
            for mention in self.outside:
                person = self.persons.get(mention.person or "")
                if person is None:
                    continue
                if (country is not None and person.country == country) or (
                    country is None
                    and person.office is not None
                    and office is not None
                    and person.office.casefold() == office.casefold()
                ):
                    mentions.append(mention)
            self._fitting[key] = ([m.start for m in mentions], mentions)
        return self._fitting[key]

    def fitting_people(self, role: str, country: str | None) -> frozenset[str | None]:
        """The ids of the people who hold ``role`` (or come from ``country``)."""
        key = (role, country)
        if key not in self._fitting_people:
            self._fitting_people[key] = frozenset(m.person for m in self.fitting(role, country)[1])
        return self._fitting_people[key]

    def speaker_between(self, found: Sequence[Attribution], start: int, end: int) -> bool:
        """Whether an attribution of ``found`` (a list that only grows) has its speaker in ``start:end``."""
        for attribution in found[self._speakers_seen :]:
            bisect.insort(self._speaker_starts, attribution.speaker_cue.start)
        self._speakers_seen = len(found)
        index = bisect.bisect_left(self._speaker_starts, start)
        return index < len(self._speaker_starts) and self._speaker_starts[index] < end

    def first_quote(self, start: int, end: int) -> tuple[int, int] | None:
        """The first quotation that starts in ``start:end``."""
        index = bisect.bisect_left(self.quote_starts, start)
        if index < len(self.quotes) and self.quotes[index][0] < end:
            return self.quotes[index]
        return None

    def in_quote(self, offset: int) -> bool:
        index = bisect.bisect_right(self.quote_starts, offset) - 1
        return index >= 0 and self.quotes[index][0] <= offset < self.quotes[index][1]


def find_attributions(
    text: str,
    people: Sequence[PersonMention],
    sentences: Sentences | None = None,
    persons: Iterable[Person] = (),
) -> list[Attribution]:
    """Every attribution in ``text``; ``people`` are its person mentions and ``persons`` its cast."""
    context = _Context(text, people, sentences or Sentences(text), persons)
    found: list[Attribution] = []
    used_verbs: set[int] = set()
    _quote_then_speaker(context, found, used_verbs)
    _speaker_then_words(context, found, used_verbs)
    _participles(context, found)
    _according_to(context, found)
    _quoted_as_saying(context, found)
    _continuations(context, found)
    found.sort(key=lambda a: (a.start, a.verb_cue.start))
    starts = sorted(a.speaker_cue.start for a in found)
    return [_cut(a, starts) for a in found]


_INVERTED = re.compile(
    r"\s*,?\s*(?P<verb>said|says|added|adds|replied|asked|continued|stressed|insisted|tweeted|posted|wrote"
    r"|declared|noted|remarked|responded|answered|countered|explained|announced|recalled|quipped|exclaimed)\s+"
)
"""The verb right after a quotation ("...," said Putin): the speaker follows it."""


def _quote_then_speaker(context: _Context, found: list[Attribution], used_verbs: set[int]) -> None:
    """`"...," X said`, `"...," he said`, `"...," said X`: the quotation goes to who follows it."""
    text = context.text
    for q_start, q_end in context.quotes:
        _, s_end = context.sentences.around(q_end - 1)
        tail_end = min(max(s_end, q_end + 1), q_end + 140, len(text))
        inverted = _INVERTED.match(text[q_end:tail_end])
        if inverted is not None:
            verb_start = q_end + inverted.start("verb")
            who = _speaker_after(context, q_end + inverted.end(), tail_end)
            if who is not None:
                verb = _VERB.match(text, verb_start)
                if verb is not None:
                    _add(context, found, _Said(q_start, q_end, True), verb, who, q_end)
                    used_verbs.add(verb.start())
                    continue
        for verb in _VERB.finditer(text, q_end, tail_end):
            if context.in_quote(verb.start()):
                break
            who = _speaker_before(context, q_end, verb.start(), found)
            if who is None:
                break
            _add(context, found, _Said(q_start, q_end, True), verb, who, q_end)
            used_verbs.add(verb.start())
            break


def _speaker_then_words(context: _Context, found: list[Attribution], used_verbs: set[int]) -> None:
    """`X said (that) ...`, `X told reporters: "..."`, `X tweeted ...`, `..., X said.`"""
    text = context.text
    for verb in _VERB.finditer(text):
        if verb.start() in used_verbs or context.in_quote(verb.start()):
            continue
        if verb["verb"] in _NEWS_VERBS and _PASSIVE_BEFORE.search(
            text, max(0, verb.start() - 12), verb.start()
        ):
            continue  # "the meeting was reported": no one reports
        s_start, s_end = context.sentences.around(verb.start())
        clause_start = s_start
        for brk in _CLAUSE.finditer(text, s_start, verb.start()):
            clause_start = brk.end()
        comma = _COMMA_END.search(text[max(s_start, verb.start() - 3) : verb.start()])
        inverted = _inverted(context, verb, s_start, s_end) if comma else []
        if inverted:  # "..., said Jaishankar.", "..., said Uribe, “...”", "Suharto, said Reagan, has ..."
            for said_, who_ in inverted:
                _add(context, found, said_, verb, who_, clause_start)
            continue
        who = _speaker_before(context, clause_start, verb.start(), found)
        if who is None:
            continue
        if _RELATIVE.match(text, who.cue.end, verb.start()) and "," in text[verb.end() : s_end]:
            continue  # "Arafat, who had warned of X, told reporters ...": the main clause says it
        obj = _OBJECT.match(text, verb.end())
        rest_start = verb.end() if obj is None else obj.end()
        if _ADJUNCT_ONLY.match(text, rest_start, s_end) or _ADJUNCT_PARTICIPLE.match(text, rest_start, s_end):
            # "..., Sanders announced Tuesday via Twitter.", "..., Hosoda told reporters, calling it ...":
            # the words before are what was said
            said = _said_before(text, s_start, who.cue.start) or _what_was_said(context, verb, s_end)
        else:
            said = _what_was_said(context, verb, s_end)
        if said is None:
            continue
        if verb["verb"] in _WEAK and not (said.quoted or _THAT.match(text, verb.end())):
            quote = context.first_quote(said.start, said.end)
            if quote is None:
                continue
            said = _Said(quote[0], quote[1], True)
        _add(context, found, said, verb, who, clause_start)


_NEWS_VERBS = frozenset({"reported", "reports"})
"""What an agency or outlet does ("Tass reported that ...", "..., BBC News reported.")."""
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|be|being|widely|previously|first)\s+\Z", re.IGNORECASE
)
_RELATIVE = re.compile(r"\s*,\s*who\s+(?![^,]*,)")
"""A relative clause between a speaker and the verb ("Putin, who in turn described ...")."""
_ADJUNCT = (
    r"\s*(?:(?:on|late|early|last|this)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|today|yesterday|tonight|earlier|later)\b)?\s*(?:(?:via|on|in|at|during|through)\s+(?:an?\s+|the\s+|his\s+"
    r"|her\s+|their\s+)?(?:[\w'’-]+\s*){1,4})?"
)
_ADJUNCT_ONLY = re.compile(rf"{_ADJUNCT}\s*[.!?\"”’]*\s*\Z")
"""What may follow a reporting verb that ends its sentence ("announced Tuesday via Twitter")."""
_PARTICIPLES = (
    r"saying|predicting|adding|warning|insisting|noting|arguing|claiming|declaring|stressing|suggesting"
    r"|announcing|pointing\s+out|decrying|calling|describing|stating|indicating|explaining|recalling"
)
_ADJUNCT_PARTICIPLE = re.compile(rf"{_ADJUNCT},\s*(?:{_PARTICIPLES}|without|declining|refusing)\b")
"""A reporting verb whose sentence goes on with a participle ("..., Hosoda told reporters in the morning,
calling it ...", "..., a spokeswoman said on Friday, without giving any further details"): the words
before the speaker are what was said."""


def _inverted(context: _Context, verb: re.Match[str], s_start: int, s_end: int) -> list[tuple[_Said, _Who]]:
    """The speaker after a verb that follows a comma: `..., said Jaishankar.` (and `..., said Kim, Park's
    aide, indicating ...`) gives the words before; `..., said Uribe, “...”` those and the quotation;
    `Suharto, said Reagan, has '...'` the whole sentence."""
    text = context.text
    start = verb.end()
    while start < s_end and text[start].isspace():
        start += 1
    if start == verb.end() or start >= s_end:
        return []
    who = _speaker_after(context, start, s_end)
    if who is None:
        return []
    tail = _AFTER_INVERTED.match(text, who.cue.end, s_end)
    if tail is None:
        return []
    before = _said_before(text, s_start, verb.start())
    if tail["end"] is not None and before is not None:
        return [(before, who)]
    if tail["quote"] is not None:
        quote = tail.start("quote")
        found = context.first_quote(quote, quote + 1)
        if found is None:
            return []
        end = found[1]
        return [*([] if before is None else [(before, who)]), (_Said(quote, end, True), who)]
    end = s_end  # a parenthetical "said X," inside the sentence: the sentence is what was said
    while end > s_start and text[end - 1] in " .!?":
        end -= 1
    return [(_Said(s_start, end, False), who)]


_AFTER_INVERTED = re.compile(
    r",\s*(?P<quote>[“\"‘'`])"
    r"|(?P<end>(?:,(?!\s*(?:has|have|had|is|are|was|were|will|would|could|should|can|may|might|did|does|do)\b)"
    rf"(?:(?!\s['‘])[^,;:“”\"]){{1,80}}?)?(?:,\s*(?:{_PARTICIPLES})\b.*|[\s.!?\"”’]*\Z))"
    r"|,(?P<clause>\s)"
)
"""What follows the speaker after an inverted verb: the sentence's end (perhaps after an apposition, "Park's
aide on foreign affairs", or before a participle), a quotation, or the rest of a sentence."""


def _participles(context: _Context, found: list[Attribution]) -> None:
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
        said = _what_was_said(context, verb, s_end)
        if said is not None:
            found.append(_build(text, said, verb, _person(subject)))


_NEW_CLAUSE = re.compile(r"(?:,\s+(?:but|and|while|whereas|yet)|;|\s—)\s+")


def _according_to(context: _Context, found: list[Attribution]) -> None:
    """ "..., according to X" and "According to X, ..."."""
    text = context.text
    for match in _ACCORDING.finditer(text):
        s_start, s_end = context.sentences.around(match.start())
        group = _ACCORDING_GROUP.match(text, match.end(), s_end)
        candidates = [
            p
            for p in context.outside
            if match.end() <= p.start < s_end and _NAME_GAP.fullmatch(text, match.end(), p.start)
        ]
        if candidates and not (group and group["noun"] and group.end() > candidates[0].end):
            who = _person(candidates[0])
            np_end = candidates[0].end
        elif group is not None:
            np = group.group().strip().rstrip(".,")
            if not np or np.casefold() in _NOT_SPEAKERS:
                continue
            who = _group_or_name(np, match.end())
            np_end = who.cue.end
        else:
            continue
        span = _according_span(text, s_start, s_end, match.start(), np_end)
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


_QUOTED_AS = re.compile(
    r"\bquot(?:ed|ing)\s+(?P<np>[^\s.;:!?\"“”][^.;:!?\"“”]{0,59}?)\s+(?P<verb>as\s+(?:saying|telling))\b"
)


def _quoted_as_saying(context: _Context, found: list[Attribution]) -> None:
    """ "The agency quoted Deng as saying that ...", "quoting him as saying": the words are the one quoted's,
    not the quoter's."""
    text = context.text
    if "quot" not in text:  # a plain substring test skips the regex scan on most texts
        return
    for match in _QUOTED_AS.finditer(text):
        if context.in_quote(match.start()):
            continue
        np_start, np_end = match.span("np")
        who = _quoted_one(context, np_start, np_end, found)
        if who is None:
            continue
        _, s_end = context.sentences.around(match.start())
        said = _what_was_said(context, match, s_end)
        if said is not None:
            _add(context, found, said, match, who, np_start)


def _quoted_one(context: _Context, start: int, end: int, found: list[Attribution]) -> _Who | None:
    """Who is quoted between "quoted" and "as saying": a person, "him"/"her", or an institution."""
    index = bisect.bisect_right(context.ends, end) - 1
    if index >= 0 and context.outside[index].end == end and context.outside[index].start >= start:
        return _person(context.outside[index])
    np = context.text[start:end]
    if np in {"him", "her"}:
        resolved = _antecedent(context, start, found)
        cue = Cue(start=start, end=end, text=np)
        return None if resolved is None else attrs.evolve(resolved, cue=cue, pronoun=True)
    office = _OFFICE_NOUN.search(np + " ")
    if office is not None:
        return _described(context, office, start + office.start("np"), found)
    if _GROUP_NOUN.search(np):
        return _Who(Speaker.group(np), Cue(start=start, end=end, text=np))
    return None


def _continuations(context: _Context, found: list[Attribution]) -> None:
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
        if previous is None or (previous.speaker is None and previous.speaker_name is None):
            continue
        between = text[previous.end : q_start]
        if between.count("\n\n") + between.count("\n \n") > 1 or len(between) > 400:
            previous = None
            continue
        others = [
            m
            for m in context.outside
            if previous.verb_cue.end < m.start < q_start and not m.start < previous.speaker_cue.end
        ]  # a name in the speaker's own words ("said Yeltsin spokesman Sergei Yastrzhembsky") is no other
        if any(m.start != previous.speaker_cue.start for m in others) or (
            _VERB.search(between) and len(between) > 160
        ):
            previous = None
            continue
        attribution = attrs.evolve(previous, start=q_start, end=q_end, text=text[q_start:q_end], quoted=True)
        found.append(attribution)
        covered.append((q_start, q_end))
        previous = attribution


def _add(
    context: _Context, found: list[Attribution], said: _Said, verb: re.Match[str], who: _Who, limit_start: int
) -> None:
    found.append(_build(context.text, said, verb, who))
    for other in (*who.others, *_coordinated(context, who, limit_start)):
        found.append(_build(context.text, said, verb, other))


def _speaker_before(
    context: _Context, limit_start: int, verb_start: int, found: list[Attribution]
) -> _Who | None:
    """The speaker named right before a verb: a person, a pronoun, a description or a group."""
    text = context.text
    index = bisect.bisect_right(context.ends, verb_start) - 1
    while index >= 0 and context.outside[index].end > limit_start:
        mention = context.outside[index]
        if mention.start >= limit_start and _GAP.match(text, mention.end, verb_start):
            if mention.possessive:
                break
            if mention.person is None and mention.rule == "description":
                break  # "the prime minister" no one in the text is: read below as an office
            before = context.outside[index - 1] if index > 0 else None
            if (  # "Modi in a conversation with Putin reiterated": Modi, not the one he spoke with
                before is not None
                and before.start >= limit_start
                and not before.possessive
                and _PREP_PHRASE.fullmatch(text, before.end, mention.start)
            ):
                return _person(before)
            return _person(mention)
        index -= 1
    limit_start = max(limit_start, verb_start - 120)  # a speaker's words sit right before the verb
    segment = text[limit_start:verb_start]
    pronoun = _PRONOUN.search(segment)
    if pronoun is not None:
        start = limit_start + pronoun.start()
        resolved = _antecedent(context, start, found)
        if resolved is None:
            return None
        cue = Cue(start=start, end=limit_start + pronoun.end("p"), text=pronoun["p"])
        return attrs.evolve(resolved, cue=cue, pronoun=True)
    both = _BOTH_LEADERS.search(segment) if any(w in segment for w in _BOTH_NOUNS) else None
    if both is not None:  # "both leaders said": the two people the text has been about
        start = limit_start + both.start()
        pair = _last_two(context, start)
        if pair is not None:
            cue = Cue(start=start, end=limit_start + both.end("np"), text=both["np"])
            first, second = (attrs.evolve(w, cue=cue) for w in pair)
            return attrs.evolve(first, others=(second,))
    office = _OFFICE_NOUN.search(segment)
    if office is not None:
        start = limit_start + office.start("np")
        described = _described(context, office, start, found)
        if described is not None:
            return described
    group = _GROUP.search(segment)
    if group is not None:
        np = group["np"].strip()
        start = limit_start + group.start("np")
        if np.casefold() in _NOT_SPEAKERS or not (np.split()[-1][:1].isupper() or _GROUP_NOUN.search(np)):
            return None
        if np.split()[-1].casefold() in _NOT_NAME_WORDS:
            return None  # "Recently said": no one
        return _group_or_name(np, start)
    return None


_BOTH_LEADERS = re.compile(
    r"(?P<np>\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:leaders|presidents|prime\s+ministers|heads\s+of\s+state))"
    r"(?:\s+(?:also|later|then|again|have|had|has))*\s*\Z"
)
_BOTH_NOUNS = ("leaders", "presidents", "ministers", "heads")
"""One of these stands in every match of _BOTH_LEADERS: a cheap check before the search."""


def _last_two(context: _Context, before: int) -> tuple[_Who, _Who] | None:
    """The two people named last before ``before`` (outside quotations), most recent first."""
    seen: dict[str, PersonMention] = {}
    index = bisect.bisect_right(context.ends, before) - 1
    while index >= 0 and len(seen) < 2:
        mention = context.outside[index]
        if mention.person is not None and mention.person not in seen and mention.rule != "credit":
            seen[mention.person] = mention
        index -= 1
    if len(seen) < 2:
        return None
    first, second = seen.values()
    return _person(first), _person(second)


_THAT = re.compile(r"\s*that\b")
_COMMA_END = re.compile(r",\s*\Z")
_FEW_WORDS = re.compile(
    r"(?:[\w.’'-]+\s+){0,4}|(?:(?:[A-Z][\w.’'-]*|of|for|and|spokes(?:man|woman|person)|minister|secretary)\s+){0,7}"
)
"""Words between an inverted verb and its speaker: a few, or a title ("Ministry of External Affairs
spokesperson Vikas Swarup")."""
_LONG_NOUN_PHRASE = re.compile(r"(?P<np>(?:the|The|a|A)\s+(?:[\w.’'-]+\s+){0,3}[\w’'-]+)")
_NOUN_PHRASE = re.compile(r"(?P<np>(?:the|The|a|A)\s+(?:[\w.’'-]+\s+){0,3}?[\w’'-]+)(?=[\s,.]|$)")


def _speaker_after(context: _Context, start: int, limit: int) -> _Who | None:
    """The speaker right after an inverted verb (`"...," said Putin`, `said the prime minister`)."""
    index = bisect.bisect_left(context.starts, start)
    while index < len(context.outside) and context.outside[index].start < limit:
        mention = context.outside[index]
        if not _FEW_WORDS.fullmatch(context.text, start, mention.start):
            break
        aide = _AIDE.match(context.text, mention.end)
        if aide is not None and index + 1 < len(context.outside):
            named = context.outside[index + 1]  # "said Yeltsin spokesman Sergei Yastrzhembsky": the spokesman
            if named.start == aide.end() and not named.possessive:
                return _person(named)
        return None if mention.possessive else _person(mention)
    words = _NOUN_PHRASE.match(context.text[start:limit])
    if words is None:
        return None
    np = words["np"]
    office = _OFFICE_NOUN.search(np)
    if office is not None:
        described = _described(context, office, start + office.start("np"))
        if described is not None:
            return described
    longest = _LONG_NOUN_PHRASE.match(context.text, start, limit)
    nouns = list(_GROUP_NOUN.finditer(longest["np"])) if longest is not None else []
    if nouns:  # "said the White House", "said the foreign ministry in a statement"
        np = longest["np"][: nouns[-1].end()] if longest is not None else np
        return _Who(Speaker.group(np), Cue(start=start, end=start + len(np), text=np))
    return None


_AIDE = re.compile(
    r"['’]?s?\s+(?:(?:chief|senior|top|deputy|foreign\s+policy|national\s+security|press)\s+)?"
    r"(?:spokes(?:man|woman|person)|aide|adviser|advisor|secretary|envoy)\s+"
)
"""A leader's staff between the leader's name and their own ("Yeltsin spokesman Sergei Yastrzhembsky")."""


def _described(
    context: _Context, office: re.Match[str], start: int, found: Sequence[Attribution] = ()
) -> _Who | None:
    """ "the prime minister", "the Russian leader": the person of the text with that office or country: the
    last speaker if they are one ("..., the foreign minister continued"), else of the sentence that last named
    one the first it names (its subject, not the counterpart it met); an unnamed official ("the spokesman")
    is a group."""
    np = office["np"].strip()
    role = " ".join(office["role"].lower().split()).rstrip("s")
    demonym = office["dem"]
    country = DEMONYMS.get(demonym) if demonym else None
    if demonym and country is None:  # "the Prime Minister": "Prime" is no nationality
        role = " ".join(f"{demonym} {role}".lower().split())
        if role not in _PERSON_ROLES:
            return None
    cue = Cue(start=start, end=start + len(np), text=np)
    if role in _PERSON_ROLES:
        starts, fitting = context.fitting(role, country)
        index = bisect.bisect_left(starts, start) - 1
        if index < 0:
            return None
        last = _last_speaker(context, start, found)
        if (
            last is not None
            and last.speaker is not None
            and last.speaker.leader in context.fitting_people(role, country)
        ):
            return _Who(last.speaker, cue, last.speaker_name)
        # the sentence that last named such a person, and in it the first one so named: its subject
        # ("Foreign Minister Qureshi telephoned Foreign Minister Kono. ... the foreign minister")
        s_start, _ = context.sentences.around(starts[index])
        first = fitting[bisect.bisect_left(starts, s_start)]
        return attrs.evolve(_person(first), cue=cue)
    return _Who(Speaker.group(np), cue)


def _last_speaker(context: _Context, offset: int, found: Sequence[Attribution]) -> Attribution | None:
    """The attribution to a person last before ``offset``, if its speaker is named within two sentences."""
    here = context.sentences.index(offset)
    for attribution in reversed(found):
        if attribution.speaker_cue.start < offset:
            near = here - context.sentences.index(attribution.speaker_cue.start) <= 2
            person = attribution.speaker is not None and attribution.speaker.leader is not None
            return attribution if near and person else None
    return None


_NOT_NAME_WORDS = frozenset(
    """recently finally separately earlier later previously additionally similarly moreover initially
    eventually notably reportedly officially publicly privately ultimately subsequently currently instead
    meanwhile however also but and then today yesterday""".split()  # noqa: SIM905
)


_ACRONYM = re.compile(r"(?!(?:PM|FM|VP|MP|NSA)\Z)[A-Z]{2,6}")
"""An acronym ("the EU", "the PMO", "KCNA"): an institution; not a title ("PM reiterated"), and a leader's
short name ("AMLO") is a person mention before it gets here."""


def _group_or_name(np: str, start: int) -> _Who:
    """An institution as a group; a lone capitalised word that is no institution (nor an acronym) is a
    person's name."""
    cue = Cue(start=start, end=start + len(np), text=np)
    words = np.split()
    bare = [w for w in words if w.casefold() not in {"the", "a", "an"}]
    if (
        len(bare) == 1
        and bare[0][:1].isupper()
        and not _GROUP_NOUN.search(np)
        and bare[0].rstrip(".") not in DEMONYMS
        and not _is_place(bare[0])
        and not _ACRONYM.fullmatch(bare[0])
    ):
        return _Who(None, cue, name=bare[0])
    return _Who(Speaker.group(np), cue)


_PLACES = frozenset(
    """washington moscow beijing kremlin tokyo seoul london paris berlin delhi kyiv kiev tehran ankara
    brussels pyongyang uganda kenya russia china india pakistan japan iran israel turkey ukraine germany
    france britain america korea syria egypt nato asean""".split()  # noqa: SIM905
)


def _is_place(word: str) -> bool:
    key = word.casefold().rstrip(".")
    return key in _PLACES or key in _country_names()


@functools.cache
def _country_names() -> frozenset[str]:
    """The countries' names, case folded, read once (was a scan of every name per word)."""
    from summitlib._countries import ALL_COUNTRIES

    return frozenset(name.casefold() for name in ALL_COUNTRIES.values())


def _coordinated(context: _Context, who: _Who, limit_start: int) -> list[_Who]:
    """Other speakers of the same words: "the Kremlin and the White House said", "the two presidents"."""
    text = context.text
    cue = who.cue
    extra = [
        _person(m)
        for m in context.by_span.get((cue.start, cue.end), ())
        if m.person is not None and (who.speaker is None or who.speaker.leader != m.person)
    ]
    joint = _AND_BEFORE.search(text, limit_start, cue.start)
    if joint is None:
        return extra
    before = joint.start()
    for mention in context.by_end.get(before, ()):
        if mention.start >= limit_start and not mention.possessive:
            return [*extra, _person(mention)]
    group = _GROUP.search(text, limit_start, before)
    if group is not None:
        np = _BOTH.sub("", group["np"].strip())
        start = group.end("np") - len(np)
        if np and (np.split()[-1][:1].isupper() or _GROUP_NOUN.search(np)):
            extra.append(_Who(Speaker.group(np), Cue(start=start, end=start + len(np), text=np)))
    return extra


def _person(mention: PersonMention) -> _Who:
    cue = Cue(start=mention.start, end=mention.end, text=mention.text)
    if mention.leader is not None:
        return _Who(Speaker.person(mention.leader), cue)
    if mention.person is not None:
        return _Who(Speaker.person(mention.person), cue, name=mention.name or mention.text)
    return _Who(None, cue, name=mention.name or mention.text)


def _antecedent(context: _Context, offset: int, found: list[Attribution]) -> _Who | None:
    """Who "he" or "she" is: a person named earlier in the same sentence, else the last speaker within two
    sentences, else the nearest person named before."""
    sentences = context.sentences
    here = sentences.index(offset)
    s_start, _ = sentences.around(offset)
    index = bisect.bisect_right(context.ends, offset) - 1
    while index >= 0 and context.outside[index].start >= s_start:
        mention = context.outside[index]
        if (
            not mention.possessive
            and mention.person is not None
            and not _after_preposition(context.text, mention)
        ):
            return _person(mention)
        index -= 1
    if here > 0:  # "Bush agreed. He said: ...": the subject of the sentence before
        p_start, p_end = sentences.spans[here - 1]
        first = bisect.bisect_left(context.starts, p_start)
        subject = context.outside[first] if first < len(context.outside) else None
        if (
            subject is not None
            and subject.start < p_end
            and subject.start - p_start <= 25
            and not subject.possessive
            and subject.person
            and not context.speaker_between(found, p_start, p_end)
        ):
            return _person(subject)
    pronoun = context.text[offset : offset + 3].strip().casefold()
    for attribution in reversed(found):
        if (
            attribution.speaker_cue.start < offset
            and here - sentences.index(attribution.speaker_cue.start) <= 2
        ):
            person = attribution.speaker is not None and attribution.speaker.kind.value == "person"
            same = not attribution.pronoun or attribution.speaker_cue.text.casefold() == pronoun
            if same and (person or (attribution.speaker is None and attribution.speaker_name)):
                # "He said ... He later said ...": the same pronoun goes on naming the same speaker
                return _Who(attribution.speaker, attribution.speaker_cue, attribution.speaker_name)
            break
    if here > 0:
        speaker = _speaker_named_in(context, *sentences.spans[here - 1])
        if speaker is not None:  # "Spokesman Bernard Kalb, while not confirming it, said ... “...,” he said."
            return _person(speaker)
    index = bisect.bisect_right(context.ends, offset) - 1
    fallback: PersonMention | None = None
    stop = index - _NEAREST
    while index >= 0 and index > stop:
        mention = context.outside[index]
        if not mention.possessive and (mention.person is not None or mention.name is not None):
            if not _after_preposition(context.text, mention):
                return _person(mention)
            fallback = fallback or mention  # "a plea to Indira Gandhi": the one pleaded with is rarely "he"
        index -= 1
    return None if fallback is None else _person(fallback)


_PREP_PHRASE = re.compile(
    r",?\s+(?:in|during|at|after|before|on|over)\s+(?:[\w’'-]+\s+){0,4}?(?:with|to)\s+"
    r"(?:(?:[A-Z][\w.’'-]*|the|his|her)\s+){0,4}"
)
"""A prepositional phrase between a subject and the person it names ("in a conversation with (President)")."""
_NEAREST = 50
"""How many mentions back "he" looks for its person (a bound: hostile texts stay linear)."""


def _speaker_named_in(context: _Context, start: int, end: int) -> PersonMention | None:
    """The last person in ``start:end`` who stands before a reporting verb (a sentence's speaker)."""
    text = context.text
    index = bisect.bisect_left(context.starts, end) - 1
    first = max(bisect.bisect_left(context.starts, start), index - 4)
    while index >= first:
        mention = context.outside[index]
        index -= 1
        if mention.possessive or mention.person is None:
            continue
        verb = _VERB.search(text, mention.end, min(end, mention.end + 120))
        if (
            verb is not None
            and _GAP.match(text, mention.end, verb.start())
            and not context.in_quote(verb.start())
        ):
            return mention
    return None


_PREPOSITION = re.compile(
    r"\b(?:with|to|from|by|for|against|toward|towards|about|than|on|at|of)\s+(?:(?:[A-Z][\w.’'-]*|the|his|her)\s+){0,4}\Z"
)


_ING = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")


def _after_preposition(text: str, mention: PersonMention) -> bool:
    """Whether ``mention`` is the object of a preposition ("talks with President Xi"), not the subject of an
    absolute clause ("with Bolsonaro insulting the president-elect")."""
    return (
        _PREPOSITION.search(text, max(0, mention.start - 60), mention.start) is not None
        and _ING.match(text, mention.end) is None
    )


def _what_was_said(context: _Context, verb: re.Match[str], s_end: int) -> _Said | None:
    text = context.text
    position = verb.end()
    obj = _OBJECT.match(text, position)
    if obj is not None:
        position = obj.end()
        if _JOIN_AFTER.match(text, position):
            return None  # "what Deng had told Koivisto, but she ...": nothing said follows
    quote = _QUOTE_AFTER.match(text, position)
    if quote is not None:
        at = context.first_quote(quote.end(), quote.end() + 1)
        if at is not None:
            return _Said(at[0], at[1], True)
    if _AND_AFTER.match(text, position):
        return None  # "GCC states and Egypt": a noun, no verb
    after = _AFTER_VERB.match(text, position)
    start = after.end() if after is not None else position
    end: int = s_end
    while end > start and text[end - 1].isspace():
        end -= 1
    if text[end - 1 : end] not in {'"', "”", "’"}:  # keep a closing quote: the span stays balanced
        while end > start and text[end - 1] in ".!? ":
            end -= 1
    if end - start < 8:
        return None
    return _Said(start, end, False)


def _said_before(text: str, s_start: int, speaker_start: int) -> _Said | None:
    """What was said when the verb ends the sentence ("..., White House press secretary X said.")."""
    comma = text.rfind(",", s_start, speaker_start)
    if comma < 0:
        return None
    end = comma
    while end > s_start and text[end - 1] in ' "”’':
        end -= 1
    if len(text[s_start:end].split()) < 3:
        return None
    return _Said(s_start, end, False)


def _according_span(text: str, s_start: int, s_end: int, phrase: int, np_end: int) -> tuple[int, int] | None:
    pre_end = phrase
    while pre_end > s_start and text[pre_end - 1] in " ,":
        pre_end -= 1
    post_start = np_end
    while post_start < s_end and text[post_start] in " ,":
        post_start += 1
    end = s_end
    while end > post_start and text[end - 1] in ".!?":
        end -= 1
    pre_words = len(text[s_start:pre_end].split())
    post_words = len(text[post_start:end].split())
    if pre_words == 0 and post_words:
        return post_start, end
    if post_words == 0 and pre_words:
        return s_start, pre_end
    if pre_words == 0:
        return None
    return s_start, end


_NEXT_CLAUSE = re.compile(r"(?:[,;]|\b(?:and|but|while|whereas))\s*(?:(?:and|but|while|whereas)\s+)?\Z")


_TRAILING_JOIN = re.compile(r"(?:[\s,;]+(?:and|but|while|whereas))?[\s,;]*\Z")


def _cut(attribution: Attribution, speaker_starts: list[int]) -> Attribution:
    """End reported speech where the next speaker starts ("X announced A, Y mentioned B")."""
    if attribution.quoted:
        return attribution
    index = bisect.bisect_right(speaker_starts, attribution.start)
    own = attribution.speaker_cue.start
    while index < len(speaker_starts) and speaker_starts[index] == own:
        index += 1  # its own speaker ("..., the Kremlin said") does not cut it
    end = attribution.end
    if index < len(speaker_starts) and speaker_starts[index] < end:
        end = speaker_starts[index]
        if not _NEXT_CLAUSE.search(attribution.text, 0, end - attribution.start):
            return attribution  # "Hosoda said the delegation told Japan that ...": speech within the speech
    if end == attribution.end:
        return attribution
    text = _TRAILING_JOIN.sub("", attribution.text[: end - attribution.start])
    if not text.strip():
        return attribution
    return attrs.evolve(attribution, end=attribution.start + len(text), text=text)


def _build(text: str, said: _Said, verb: re.Match[str], who: _Who) -> Attribution:
    verb_start, verb_end = verb.start("verb"), verb.end("verb")
    obj = _OBJECT.match(text, verb_end)
    if obj is not None:
        verb_end = obj.end()
    return Attribution(
        start=said.start,
        end=said.end,
        text=text[said.start : said.end],
        speaker=who.speaker,
        speaker_cue=who.cue,
        speaker_name=who.name,
        verb=" ".join(text[verb_start:verb_end].split()),
        verb_cue=Cue(start=verb_start, end=verb_end, text=text[verb_start:verb_end]),
        quoted=said.quoted,
        pronoun=who.pronoun,
    )
