"""Reported speech: the verbs that report it, the words a verb reports, and what every attribution pass reads.

`VERB` finds a reporting verb ("said", "told reporters", "made clear", "was quoted as saying") and `GAP` is
what may stand between a speaker and it ("Putin, who in turn", "has repeatedly"). `what_was_said` finds the
words after a verb (a quotation, a that-clause, the rest of the sentence) and `said_before` those before it
when the verb ends the sentence ("..., X said."); `cut` ends reported speech where the next speaker starts,
and `build` makes the [Attribution][summitlib.extraction.Attribution]. `Context` holds the text, its
sentences and quotations and the person mentions outside them, with the look-ups the passes share; `Who`
is a speaker as the text names them and `Said` the words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

import attrs

from summitlib.claims import Speaker
from summitlib.extraction._cast_offices import MONARCHS, title_parts
from summitlib.extraction._outlets import APPOSITION_NOUN
from summitlib.extraction._pattern_forms import Scanned
from summitlib.extraction._text import WEEKDAYS, Sentences, first_chars, quotation_spans, trie_pattern
from summitlib.extraction._types import Attribution, Cue, Person, PersonMention

_VERBS = """said says say told tells added adds announced announces declared declares stated states noted
notes note insisted warned warns argued claimed explained suggested indicated confirmed denied
acknowledged admitted asked replied replies wrote writes tweeted tweets posted mentioned
stressed stresses urged signaled signalled predicted enthused quipped joked recalled complained
cautioned conceded countered responded pledged promised vowed boasted emphasized emphasised
emphasizes observed remarked reiterated hinted floated proposed expressed underlined underscored
conveyed objected answered continued agreed praised welcomed congratulated captioned assured
affirmed maintained revealed disclosed concluded shouted exclaimed lauded hailed asserted reported
reports repeated highlighted clarified requested thanked believes believe believed hoped hopes
voiced commended commented informed informs
dijo aseguró afirmó declaró señaló destacó sostuvo explicó agregó añadió escribió
disse afirmou declarou destacou ressaltou escreveu acrescentou""".split()  # noqa: SIM905
"""The reporting verbs, with the Spanish and Portuguese ones of Iberian copy ("aseguró que", "disse")."""
REPORTING_WORD = trie_pattern(_VERBS)
"""A pattern of any reporting verb of `VERB`'s word list, for rules that must stop at reported speech."""
_LABELS = ["branded", "blasted", "denounced", "labelled", "labeled", "dubbed", "termed"]
"""Verbs that report words only as what something was called ("blasted the law as "a violation"")."""
WEAK = frozenset(
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
        "called",
        "cited",
        "hoped",
        "hopes",
        "requested",
        "acknowledged",
        "thanked",
        "voiced",
        "commended",
        "commented",
        "recalled",
        "proposed",
        "note",
        "informed",
        "informs",
        *_LABELS,
    }
)
"""Verbs that report speech only with a quotation or a that-clause ("agreed that ...", "praised X for his
"role"", "called it "very constructive""), not on their own ("agreed on a ceasefire")."""
_OTHER_STARTS = ["put", "indicate", "insist", "claim", "made", "was", "accused", "appealed"]
"""The first words of the other forms of `VERB` ("put it", "was quoted as saying")."""
VERB = re.compile(
    rf"\b{first_chars([*_VERBS, *_OTHER_STARTS, *_LABELS])}"
    rf"(?P<verb>{trie_pattern(_VERBS)}|put\s+it|pointed\s+out|made\s+(?:it\s+)?clear|(?<=to\s)(?:suggest|indicate|insist|warn|claim)"
    r"|(?:was|were|is|are|has\s+been|have\s+been)\s+quoted\s+as\s+(?:saying|telling)|(?:described|"
    + "|".join(_LABELS)
    + r")(?=\s+[^.;,“”\"]{1,40}?\s+as\s)"
    r"|accused(?=\s+[^.;“”\"]{1,60}?\s+of\s)|appealed(?=\s+(?:to\s[^.;]{1,60}?\s)?for\s)|called\s+for|demanded"
    r"|called(?=\s+(?:during|at|in|on|after)\s[^.;,“”\"]{1,80}?\sfor\s)"
    r"|referred\s+to(?=\s+[“\"‘])|called(?=\s+(?:it|them|this|that|him|her|the\s+(?:talks|meeting|visit|summit))\s+(?:an?\s+)?[“\"‘])"
    r"|called(?=\s+(?:(?:the|his|her|their|its|these|those)\s+[\w’'.-]+|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,2}\s+(?:an?\s+)?[“\"‘])"
    r"|(?:(?<=statement\s)|(?<=communique\s)|(?<=communiqué\s))reads?(?=\s*[,.:;“\"‘]|\s+in\s+part\b)"
    r"|cited(?=\s+(?:an?|the|his|her|their)\s+[“\"‘])|went\s+on(?:\s+to\s+say|(?=\s*:))"
    r"|called\s+on(?=\s+(?:(?:the|both|all|his|her|their)\s[^.;]{0,60}?\bto\s|(?:[A-Z][\w’'-]+\s+){1,3}to\s[^.;“”\"]{0,30}?[“\"])))\b"
)
OBJECT = re.compile(
    r"\s+(?P<obj>(?:pool\s+)?reporters|journalists|lawmakers|legislators|the\s+press|the\s+media|an?\s+interviewer"
    r"|(?:a\s+)?(?:news|press)\s+conference|(?:South\s+)?[A-Z]\w+\s+(?:lawmakers|reporters|journalists|officials"
    r"|TV|television)|(?<=told\s)[A-Z][\w.]+(?:['’]s\s+[A-Z][\w.-]+)?(?:\s+[A-Z][\w.-]+){0,2}(?:,\s*\d{1,3}(?=\s*[,:]))?"
    r"(?=\s*(?:[,:.]|that\b|on\b|in\b|about\b))"
    r"|him|her|them|us)\b"
)
_AFTER_VERB = re.compile(  # "said that", "said: ", "said on Friday that"
    r"[^\S\n]*(?:(?P<colon>[:,])[^\S\n]*)?"
    r"(?:(?:(?:on|in|at|during|last|this|late|early)\s+[\w.-]+(?:\s+[\w.-]+)?|"
    + WEEKDAYS
    + r"|today|yesterday)"
    r"\s+(?=that\b))?"
    r"(?:(?:on\s+)?(?:" + WEEKDAYS + r"|today|yesterday)\s+(?!that\b))?"
    r"(?P<that>(?:that|que)\s+)?"
)
_AND_AFTER = re.compile(r"\s+(?:and|or)\s")
_JOIN_AFTER = re.compile(r"\s*,\s*(?:but|and|while|although|though|yet)\b")
_ABOUT_AFTER = re.compile(r"\s+about\b")
""""told reporters about the talks": the topic of what was told, no words of it."""
_STATEMENT_AFTER = re.compile(r"[^\S\n]*:[^\S\n]*\n\s*(?=[A-Z])")
"""A colon that ends the line ("A Downing Street spokesperson said:") before a paragraph of unquoted words:
the statement it reads out."""
_STATEMENT_WORDS = 4
"""The fewest words of a statement read out after a colon."""
_QUOTE_AFTER = re.compile(r"\s*[:,]?\s*(?:que\s+)?(?=[“\"‘'`«″])")
GAP = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:,[^,.;:“”\"]{0,90},\s*(?:(?:which|whose)\s[^,;:“”\"]{0,80}?,\s*)?"
    r"|,\s*(?:who|whose)\s[^,;:“”\"]{0,100}?,\s*"
    r"|,\s*who\s+(?:(?:in\s+turn|also|later|then)\s+)*|,\s*)?"
    r"(?:(?:speaking|talking)\s+(?:to|with)\s+(?:[\w.’'-]+\s+){1,4}?)?"
    r"(?:(?:in|on|of)\s+(?:\d{4}|(?:the\s+)?[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+)?"  # "X of South Korea said"
    r"(?:(?:during|at|in)\s+(?:his|her|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:briefing|news\s+conference"
    r"|press\s+conference|interview|speech|address)\s+)?"
    r"(?:(?:has|have|had|also|again|[a-z]{3,}ly|later|then|seemed\s+to|appeared\s+to|told|earlier"
    r"|recently|previously|yesterday|today"
    r"|(?:last|this|over\s+the)\s+(?:week|month|year|weekend|" + WEEKDAYS + r")"
    r"|(?:on\s+)?(?:" + WEEKDAYS + r"))\s+)*"
    r"(?:(?:[a-z]+ly\s+)?[a-z]+ed(?:\s+(?:his|her|their|the|a|an)\s+[a-z]+)?(?:\s+[a-z]+ly|\s+twice)?\s+and\s+)?\Z"
)


@attrs.frozen
class Who:
    """A speaker as the text names them."""

    speaker: Speaker | None
    cue: Cue
    name: str | None = None
    pronoun: bool = False
    others: tuple[Who, ...] = ()
    """Who else says the same words ("both leaders said": the other one)."""


@attrs.frozen
class Said:
    """What was said: its span and whether it is a direct quotation."""

    start: int
    end: int
    quoted: bool


class Context:
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
        self._spoken: list[tuple[int, int]] = []  # (speaker's start, index in found), in text order
        self._spoken_of: tuple[Sequence[Attribution] | None, int] = (None, 0)  # the list read, how far
        self.persons = {p.id: p for p in persons}
        self.staff: dict[str, dict[str, PersonMention]] | None = None
        """The people named in each staff role, by its folded key, worked out at first use (`_speakers`)."""
        self.genders: dict[str, str] | None = None
        """The people the text marks as women ("f") or men ("m"), worked out at first use (`_antecedents`)."""
        self.outlets: frozenset[str] | None = None
        """The people ids of names the text gives an outlet (a paper, an agency), worked out at first use
        (`_speakers`)."""
        self._verbs: Scanned | None = None
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
                if (
                    (country is not None and person.country == country)
                    or (
                        country is None
                        and person.office is not None
                        and office is not None
                        and person.office.casefold() == office.casefold()
                    )
                    or (  # "the Saudi monarch": a king of no stated country is one
                        role == "monarch"
                        and person.country in {country, None}
                        and (person.office or "").casefold() in MONARCHS
                    )
                ):
                    mentions.append(mention)
            self._fitting[key] = ([m.start for m in mentions], mentions)
        return self._fitting[key]

    @property
    def verbs(self) -> Scanned:
        """The reporting verbs (``VERB``) of the whole text, found by one scan at first use; the windows of
        every pass are read from it."""
        if self._verbs is None:
            self._verbs = Scanned(VERB, self.text)
        return self._verbs

    def fitting_people(self, role: str, country: str | None) -> frozenset[str | None]:
        """The ids of the people who hold ``role`` (or come from ``country``)."""
        key = (role, country)
        if key not in self._fitting_people:
            self._fitting_people[key] = frozenset(m.person for m in self.fitting(role, country)[1])
        return self._fitting_people[key]

    def speaker_between(self, found: Sequence[Attribution], start: int, end: int) -> bool:
        """Whether an attribution of ``found`` (a list that only grows) has its speaker in ``start:end``."""
        spoken = self._spoken_in(found)
        at = bisect.bisect_left(spoken, (start, -1))
        return at < len(spoken) and spoken[at][0] < end

    def last_named_before(self, found: Sequence[Attribution], offset: int) -> Attribution | None:
        """The attribution of ``found`` (a list that only grows) whose speaker is named last before
        ``offset`` (the first added of those named there), found by bisection."""
        spoken = self._spoken_in(found)
        at = bisect.bisect_left(spoken, (offset, -1))
        if at == 0:
            return None
        start, index = spoken[bisect.bisect_left(spoken, (spoken[at - 1][0], -1))]
        if index >= len(found) or found[index].speaker_cue.start != start:  # one taken out since: read anew
            self._spoken_of = (None, 0)
            return self.last_named_before(found, offset)
        return found[index]

    def _spoken_in(self, found: Sequence[Attribution]) -> list[tuple[int, int]]:
        """Where the speaker of each attribution of ``found`` is named, with its index, in text order: kept
        from call to call, with the attributions added since read in (another list is read anew)."""
        seen_list, seen = self._spoken_of
        if seen_list is not found or seen > len(found):
            self._spoken, seen = [], 0
        for index in range(seen, len(found)):
            bisect.insort(self._spoken, (found[index].speaker_cue.start, index))
        self._spoken_of = (found, len(found))
        return self._spoken

    def first_quote(self, start: int, end: int) -> tuple[int, int] | None:
        """The first quotation that starts in ``start:end``."""
        index = bisect.bisect_left(self.quote_starts, start)
        if index < len(self.quotes) and self.quotes[index][0] < end:
            return self.quotes[index]
        return None

    def in_quote(self, offset: int) -> bool:
        index = bisect.bisect_right(self.quote_starts, offset) - 1
        return index >= 0 and self.quotes[index][0] <= offset < self.quotes[index][1]


def who_of(mention: PersonMention) -> Who:
    cue = Cue(start=mention.start, end=mention.end, text=mention.text)
    if mention.leader is not None:
        return Who(Speaker.person(mention.leader), cue)
    if mention.person is not None:
        return Who(Speaker.person(mention.person), cue, name=mention.name or mention.text)
    return Who(None, cue, name=mention.name or mention.text)


def what_was_said(context: Context, verb: re.Match[str], s_end: int) -> Said | None:
    text = context.text
    position = verb.end()
    obj = OBJECT.match(text, position)
    if obj is not None:
        position = obj.end()
        if _JOIN_AFTER.match(text, position):
            return None  # "what Deng had told Koivisto, but she ...": nothing said follows
        if _ABOUT_AFTER.match(text, position):
            return None  # "Putin told Kim Jong Un about the spaceport": what it was about, not words said
    quote = _QUOTE_AFTER.match(text, position)
    if quote is not None:
        at = context.first_quote(quote.end(), quote.end() + 1)
        if at is not None:
            return Said(at[0], at[1], True)
    statement = _STATEMENT_AFTER.match(text, position)
    if statement is not None:  # "A Downing Street spokesperson said:" and a paragraph: its first sentence
        start, end = context.sentences.around(statement.end())
        start = max(start, statement.end())
        if len(text[start:end].split()) >= _STATEMENT_WORDS:  # not a page's "Advertisement"
            return _trimmed(text, start, end)
    if _AND_AFTER.match(text, position):
        return None  # "GCC states and Egypt": a noun, no verb
    after = _AFTER_VERB.match(text, position)
    return _trimmed(text, after.end() if after is not None else position, s_end)


def _trimmed(text: str, start: int, end: int) -> Said | None:
    """The words from ``start`` to ``end`` without the space and full stop that end them; too few: none."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if text[end - 1 : end] not in {'"', "”", "’"}:  # keep a closing quote: the span stays balanced
        while end > start and text[end - 1] in ".!? ":
            end -= 1
    if end - start < 8:
        return None
    return Said(start, end, False)


_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,2})?\s*"
    r"(?:\([^()\n]{1,80}\)\s*[-—–]+|\([^()\n]{0,60}\d[^()\n]{0,20}\)|[-—–]+)\s+"
)
"""A wire dateline opening a paragraph ("MOSCOW (Sputnik) -", "ST. PETERSBURG, Russia (Reuters) -", "MOSCOW
(Sputnik - 25th June, 2020)"): no one's words."""


def said_before(text: str, s_start: int, speaker_start: int) -> Said | None:
    """What was said when the verb ends the sentence ("..., White House press secretary X said.")."""
    comma = text.rfind(",", s_start, speaker_start)
    if comma < 0:
        return None
    end = comma
    while end > s_start and text[end - 1] in ' "”’':
        end -= 1
    dateline = _DATELINE.match(text, s_start, end)
    if dateline is not None:  # "ST. PETERSBURG, Russia (Reuters) - Obama and Putin met ..., X said."
        s_start = dateline.end()
    if len(text[s_start:end].split()) < 3:
        return None
    return Said(s_start, end, False)


def according_span(text: str, s_start: int, s_end: int, phrase: int, np_end: int) -> tuple[int, int] | None:
    """The words of "according to X": those before the phrase, after the name, or the whole sentence
    when the phrase stands inside it."""
    pre_end = phrase
    while pre_end > s_start and text[pre_end - 1] in " ,":
        pre_end -= 1
    post_start = np_end
    while post_start < s_end and text[post_start] in " ,":
        post_start += 1
    when = _WHEN_AFTER_NAME.match(text, post_start, s_end)  # "According to the Yomiuri Shimbun on Wednesday,"
    if when is not None:
        post_start = when.end()
    paper = OUTLET_AFTER.match(
        text, np_end, s_end
    )  # "According to Ha'aretz, Israel's most authoritative paper,"
    if paper is not None:
        post_start = paper.end()
        while post_start < s_end and text[post_start] == " ":
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


OUTLET_AFTER = re.compile(r"\s*,\s*(?:[\w’'-]+\s+){0,4}?" + APPOSITION_NOUN + r"\s*,")
"""An apposition that makes the name before it an outlet ("Ha'aretz, Israel's most authoritative paper,")."""
_WHEN_AFTER_NAME = re.compile(
    r"(?:(?:on|last|this|late|early)\s+)?(?:" + WEEKDAYS + r"|today"
    r"|yesterday)(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*"
)
_NEXT_CLAUSE = re.compile(r"(?:[,;]|\b(?:and|but|while|whereas))\s*(?:(?:and|but|while|whereas)\s+)?\Z")


_THAT_BEFORE = re.compile(r"\bthat\s*\Z")
_ADVERBIAL = re.compile(
    r"\s*(?:During|In|On|At|After|Before|Following|Ahead\s+of|Upon|Amid|Over|Throughout|When|While)\s[^,;:.“”\"]*"
)
"""A phrase that opens a sentence before its subject ("During the talks", "On bilateral ties", "In his meeting
with Mori"): the place or time of what was said, never the words."""
_TRAILING_JOIN = re.compile(r"(?:[\s,;]+(?:and|but|while|whereas))?[\s,;]*\Z")


def cut(text: str, attribution: Attribution, speaker_starts: list[int]) -> Attribution:
    """End reported speech where the next speaker starts ("X announced A, Y mentioned B"), unless a "that"
    opened it and only a comma comes before the next one ("Xi said that on the anniversary last year, the
    two sides jointly announced ...": speech within the speech)."""
    if attribution.quoted:
        return attribution
    index = bisect.bisect_right(speaker_starts, attribution.start)
    own = attribution.speaker_cue.start
    while index < len(speaker_starts) and speaker_starts[index] == own:
        index += 1  # its own speaker ("..., the Kremlin said") does not cut it
    end = attribution.end
    if index < len(speaker_starts) and speaker_starts[index] < end:
        end = speaker_starts[index]
        join = _NEXT_CLAUSE.search(attribution.text, 0, end - attribution.start)
        if join is None:
            return attribution  # "Hosoda said the delegation told Japan that ...": speech within the speech
        if join.group().strip() == "," and _THAT_BEFORE.search(
            text, attribution.verb_cue.end, attribution.start
        ):
            return attribution
    if end == attribution.end:
        return attribution
    text = _TRAILING_JOIN.sub("", attribution.text[: end - attribution.start])
    if not text.strip() or _ADVERBIAL.fullmatch(text):
        return (
            attribution  # "During the talks, the leaders agreed ..., an official said": no words of its own
        )
    return attrs.evolve(attribution, end=attribution.start + len(text), text=text)


def build(text: str, said: Said, verb: re.Match[str], who: Who) -> Attribution:
    verb_start, verb_end = verb.start("verb"), verb.end("verb")
    obj = OBJECT.match(text, verb_end)
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
