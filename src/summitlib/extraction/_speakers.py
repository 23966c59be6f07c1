"""Speakers: who stands before a reporting verb (`speaker_before`) or after an inverted one
(`speaker_after`) — a person mention, a pronoun, a description or a group.

A description ("the prime minister", "the Russian leader") is the person of the text with that office or
from that country (`speaker_described`); joint speakers ("the Kremlin and the White House said") are
`coordinated`; `quoted_one` is who stands in "quoted X as saying".
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs

from summitlib.claims import Speaker, SpeakerKind
from summitlib.extraction._antecedents import (
    PREP_PHRASE,
    PRONOUN,
    THEY,
    antecedent,
    group_antecedent,
    last_two,
    quotation_start,
)
from summitlib.extraction._groups import (
    ACRONYM,
    BOTH,
    GROUP,
    GROUP_NOUN,
    INSIDE_NOUN_PHRASE,
    NOT_NAME_WORDS,
    NOT_SPEAKERS,
    group_or_name,
    shared_noun_start,
)
from summitlib.extraction._joint_speakers import leaders_before
from summitlib.extraction._lexicon import DEMONYMS
from summitlib.extraction._outlets import APPOSITION_NOUN, OUTLET_NOUN
from summitlib.extraction._pattern_forms import guarded
from summitlib.extraction._speech import GAP, OUTLET_AFTER, Context, Who, who_of
from summitlib.extraction._types import Attribution, Cue, PersonMention

_OFFICE_NOUN = re.compile(
    r"(?P<np>\b(?:the|The)\s+(?:(?P<dem>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+)?(?P<role>(?i:prime\s+minister|president"
    r"|premier|chancellor|leader|foreign\s+minister|king|queen|emir|monarch|crown\s+prince|supreme\s+leader|pm"
    r"|secretary\s+of\s+state|foreign\s+secretary|press\s+chief|press\s+secretary|spokes(?:man|woman|person)"
    r"|minister|ambassador|envoy|adviser|advisor|chief|head\s+of\s+the\s+[A-Z]\w+\s+foreign\s+ministry))s?)"
    r"(?:\s+(?:also|later|then|again|had|has))*\s*\Z"
)
_SUBJECT_REACH = 25
"""How far into its sentence a sentence's subject starts (after a fronted phrase it is none)."""
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
    "monarch",
    "crown prince",
    "supreme leader",
    "pm",
    "secretary of state",
    "foreign secretary",
}
_STAFF_ROLES = r"spokes(?:man|woman|person)|aide|advis[eo]r|press\s+(?:chief|secretary)"
_STAFF_ROLE = re.compile(rf"\b(?P<role>{_STAFF_ROLES})\s*\Z", re.IGNORECASE)
"""A staff role ending a noun phrase or a title."""
_STAFF = re.compile(
    rf"(?P<np>(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+|\b[A-Z][\w.-]*['’]s\s+)(?:[\w.’'-]+\s+){{0,4}}?"
    rf"(?:{_STAFF_ROLES}))(?:\s+(?:also|later|then|again|had|has))*\s*\Z"
)
"""An unnamed member of staff before a verb ("his spokesman", "Putin's senior foreign policy adviser")."""
_APPOSITION_ROLE = re.compile(
    rf"\s*,\s*(?:(?:the|a|an|[A-Z][\w.-]*['’]s)\s+)?(?:[\w.’'-]+\s+){{0,5}}?(?P<role>{_STAFF_ROLES})\s*[,.]"
)
"""A staff role in apposition after a name ("Bertalan Havasi, the Prime Minister's press chief,")."""
_AND_BEFORE = re.compile(r"\s+and\s+\Z")
_AND_TITLE_BEFORE = re.compile(r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){1,4}\Z")
"""A partner named with a title between ("X and Colombia's President Y", "X and West German Chancellor Y")."""
_ASIDE_BEFORE = re.compile(r",\s*(?:who\s|[a-z]+ing\s)[^,;:.“”\"]{0,90},\Z")
"""A phrase set off by commas right before "and" (", making his first trip abroad,", ", who arrived on
Sunday,")."""
_DESCRIBED_BEFORE = re.compile(
    r"(?<![\w’'])(?P<np>(?:the|The)\s+(?:(?:former|late|outgoing|[A-Z][\w.]*)\s+){0,2}(?i:prime\s+minister|president"
    r"|premier|chancellor|leader|king|queen|emir|monarch))\s*\Z"
)
"""A person described before "and" ("the former president and Gorbachev joked"): one of those who spoke."""
_IN_NOUN_PHRASE = re.compile(
    r"\b(?:between|with|of|to|by|from|for|on|about|against)\s+(?:(?:[A-Z][\w.’'-]*|the)\s+){0,4}\Z"
)
_FEW_WORDS = re.compile(
    r"(?:[\w.’'-]+\s+){0,4}|(?:(?:[A-Z][\w.’'-]*|of|for|and|spokes(?:man|woman|person)|minister|secretary)\s+){0,7}"
)
"""Words between an inverted verb and its speaker: a few, or a title ("Ministry of External Affairs
spokesperson Vikas Swarup")."""
_LONG_NOUN_PHRASE = re.compile(r"(?P<np>(?:the|The|a|A)\s+(?:[\w.’'-]+\s+){0,3}[\w’'-]+)")
_NOUN_PHRASE = re.compile(r"(?P<np>(?:the|The|a|A)\s+(?:[\w.’'-]+\s+){0,3}?[\w’'-]+)(?=[\s,.]|$)")
_INSTITUTION_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:Office|Ministry|Media\s+Unit|Secretariat|Press\s+Office|Administration|Cabinet)\b"
)
"""An office named after a leader's title or name, which is then no speaker of its own."""
_WHO_AFTER = re.compile(r"\s*,\s*(?:who|whose)\s")
"""A relative clause after a name: a name inside it is not the speaker the clause stands before."""
_COMMA_ONLY = re.compile(r"\s*,\s*")
"""Only a comma between a name and the verb: the name closes an aside ("X, a spokesman for Abe, said")."""
_ASIDE = re.compile(
    r",\s*(?:who|whose|which|a|an|the|led|headed|chaired|accompanied|[a-z]+ing)\s[^,;:“”\"()]*"
)
"""An aside set off by commas after a speaker, up to a name inside it: a relative clause, an apposition or a
participle (", who was accompanied by", ", a spokesman for", ", led by")."""
_ASIDE_REACH = 110
"""How far before the name in it an aside may open."""


def _aside_opening(text: str, limit_start: int, mention: PersonMention, verb_start: int) -> int | None:
    """Where the aside that ``mention`` ends opens, when only a comma stands between the mention and the
    verb and a speaker may stand before the aside: the one who speaks, not the one named in it."""
    if not _COMMA_ONLY.fullmatch(text, mention.end, verb_start):
        return None
    opening = text.rfind(",", max(limit_start, mention.start - _ASIDE_REACH), mention.start)
    if opening <= limit_start or not text[limit_start:opening].strip():
        return None
    return opening if _ASIDE.fullmatch(text, opening, mention.start) else None


_LONE_ACRONYM = re.compile(r"(?P<np>[A-Z]{2,6})(?=\s*[.,;]|\s*\Z)")
_AIDE = re.compile(
    r"['’]?s?\s+(?:(?:chief|senior|top|deputy|foreign\s+policy|national\s+security|press)\s+)?"
    r"(?:spokes(?:man|woman|person)|aide|adviser|advisor|secretary|envoy)\s+"
)
"""A leader's staff between the leader's name and their own ("Yeltsin spokesman Sergei Yastrzhembsky")."""


_PARENTHESIS_OPEN = re.compile(r"\((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\Z")
"""A parenthesis opened right before a name, perhaps with an honorific: "the Press Secretary (Mr Ronald
Ziegler) said"."""


def _named_in_parentheses(text: str, mention: PersonMention, verb_start: int) -> bool:
    """Whether ``mention`` alone fills a parenthesis after an office, and the verb follows it."""
    return (
        text.startswith(")", mention.end)
        and _PARENTHESIS_OPEN.search(text, max(0, mention.start - 5), mention.start) is not None
        and GAP.match(text, mention.end + 1, verb_start) is not None
    )


def speaker_before(
    context: Context,
    limit_start: int,
    verb_start: int,
    found: list[Attribution],
    *,
    words_before: bool = False,
) -> Who | None:
    """The speaker named right before a verb: a person, a pronoun, a description or a group; with
    ``words_before`` the verb ends its sentence and the words before the speaker are what was said."""
    text = context.text
    index = bisect.bisect_right(context.ends, verb_start) - 1
    while index >= 0 and context.outside[index].end > limit_start:
        mention = context.outside[index]
        if mention.start >= limit_start and (
            GAP.match(text, mention.end, verb_start) or _named_in_parentheses(text, mention, verb_start)
        ):
            if mention.possessive:
                break
            if mention.person is None and mention.rule == "description":
                break  # "the prime minister" no one in the text is: read below as an office
            opening = _aside_opening(text, limit_start, mention, verb_start)
            if opening is not None:  # "Kawamura, a spokesman for Abe, said": the one before the aside
                return speaker_before(context, limit_start, opening, found, words_before=words_before)
            before = context.outside[index - 1] if index > 0 else None
            if (  # "Modi in a conversation with Putin reiterated": Modi, not the one he spoke with
                before is not None
                and before.start >= limit_start
                and not before.possessive
                and (
                    PREP_PHRASE.fullmatch(text, before.end, mention.start)
                    or (  # "Hasto, who was accompanied by Megawati, remarked": Hasto
                        _WHO_AFTER.match(text, before.end, mention.start)
                        and GAP.match(text, before.end, verb_start)
                    )
                )
            ):
                return who_of(before)
            outlet = _OUTLET_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            if outlet is not None and outlet["in"] is None:  # "state news agency Xinhua said": the agency
                np = text[outlet.start() : mention.end]
                return Who(Speaker.group(np), Cue(start=outlet.start(), end=mention.end, text=np))
            if mention.person is not None and mention.person in _outlets(context):
                # "A commentary in Die Welt suggested", "Thus, Die Welt argued": a name the text gives a paper
                return Who(
                    Speaker.group(mention.text), Cue(start=mention.start, end=mention.end, text=mention.text)
                )
            if GROUP_NOUN.fullmatch(mention.text):  # "Informants said": a group's noun opening a sentence
                return Who(
                    Speaker.group(mention.text), Cue(start=mention.start, end=mention.end, text=mention.text)
                )
            return who_of(mention)
        index -= 1
    limit_start = max(limit_start, verb_start - 120)  # a speaker's words sit right before the verb
    segment = text[limit_start:verb_start]
    pronoun = PRONOUN.search(segment)
    if pronoun is not None:
        start = limit_start + pronoun.start()
        after_words = words_before and _COMMA_BEFORE.search(text, max(0, start - 3), start) is not None
        resolved = antecedent(context, start, found, after_words=after_words)
        if resolved is None:
            return None
        cue = Cue(start=start, end=limit_start + pronoun.end("p"), text=pronoun["p"])
        return attrs.evolve(resolved, cue=cue, pronoun=True)
    which = _FORMER_LATTER.search(segment) if "atter" in segment or "ormer" in segment else None
    if which is not None:  # "..., to which the latter responded that ...": one of the two named last
        start = limit_start + which.start("np")
        if _within_that_clause(context.text, found, start):
            return None  # "X said that Y asked, to which the latter responded that ...": all X's words
        return _former_or_latter(context, start, limit_start + which.end("np"))
    they = THEY.search(segment) if "hey" in segment or "t " in segment else None
    if they is not None:  # "Soviet sources said ... They said ...": the group
        start = limit_start + they.start()
        spoken = group_antecedent(context, start, found)
        if spoken is None:
            return None
        return attrs.evolve(
            spoken, cue=Cue(start=start, end=limit_start + they.end("p"), text=they["p"]), pronoun=True
        )
    paper = _OUTLET_APPOSITION.search(segment) if "," in segment else None
    if paper is not None:  # "Davar, another leading daily, reported": the paper
        start = limit_start + paper.start("np")
        return Who(
            Speaker.group(paper["np"]), Cue(start=start, end=limit_start + paper.end("np"), text=paper["np"])
        )
    leaders = leaders_before(context, segment, limit_start, verb_start)
    if leaders is not None:  # "the two leaders told reporters", "both leaders said"
        return leaders
    staff = _STAFF.search(segment)
    if staff is not None:  # "his spokesman said", "the press chief said": the one the text names so
        start = limit_start + staff.start("np")
        cue = Cue(start=start, end=limit_start + staff.end("np"), text=staff["np"])
        named = named_staff(context, staff["np"], cue)
        if named is not None:
            return named
    honorific = _HONORIFIC.search(segment) if "His " in segment or "Her " in segment else None
    if honorific is not None:  # "His Highness reiterated": the one the text names so, else no one
        start = limit_start + honorific.start("np")
        cue = Cue(start=start, end=limit_start + honorific.end("np"), text=honorific["np"])
        styled = _styled(context, honorific["np"], start)
        return None if styled is None else attrs.evolve(styled, cue=cue)
    office = _OFFICE_NOUN.search(segment)
    if office is not None:
        start = limit_start + office.start("np")
        described = speaker_described(context, office, start, found)
        if described is not None:
            return described
        if _role(office)[0] in _PERSON_ROLES:
            return None  # "The Kazakh President said" with no Kazakh named: someone, but no institution
    group = GROUP.search(segment)
    if group is not None:
        np = group["np"].strip()
        start = limit_start + group.start("np")
        if np.casefold() in NOT_SPEAKERS or not (np.split()[-1][:1].isupper() or GROUP_NOUN.search(np)):
            return None
        if np.split()[-1].casefold() in NOT_NAME_WORDS:
            return None  # "Recently said": no one
        if INSIDE_NOUN_PHRASE.search(text, max(0, start - 60), start):
            return None  # "The presidents of Chile and Argentina have pledged": the presidents
        start = shared_noun_start(text, max(limit_start, start - 30), start, np)
        np = text[start : limit_start + group.start("np") + len(np)]  # "Saudi and UAE state media"
        return group_or_name(np, start, outlet=_NEWS_VERB.match(text, verb_start) is not None)
    return None


_FORMER_LATTER = re.compile(
    r"\b(?P<np>[Tt]he\s+(?:latter|former))\s+(?:(?:also|later|then|again|had|has|in\s+turn)\s+)*\Z"
)
"""One of the two people named last, standing alone before the verb ("the latter responded"); not an
office ("the former president said")."""


_THAT_CLAUSE = re.compile(r"\s*(?:[\w,]+\s+){0,2}?that\b")


def _within_that_clause(text: str, found: list[Attribution], offset: int) -> bool:
    """Whether ``offset`` lies in the unquoted that-clause of a report already found ("Moerdiono said that
    ... to which the latter responded"): speech within speech, the reporter's words."""
    return any(
        not a.quoted and a.start <= offset < a.end and _THAT_CLAUSE.match(text, a.verb_cue.end, a.start + 4)
        for a in found[-_RECENT:]
    )


_RECENT = 16
"""How many of the reports found last are read for one holding a "the latter" (a bound: the passes add the
reports of a sentence together, so the one holding it is among the last)."""


def _former_or_latter(context: Context, start: int, end: int) -> Who | None:
    """ "the latter": the person named last before ``start``; "the former": the one named before them."""
    np = context.text[start:end]
    pair = last_two(context, start)
    if pair is not None:
        who = pair[0] if np.endswith("latter") else pair[1]
        return attrs.evolve(who, cue=Cue(start=start, end=end, text=np))
    index = bisect.bisect_right(context.ends, start) - 1
    while np.endswith("latter") and index >= 0:  # "The president called X, to which the latter": X
        mention = context.outside[index]
        if mention.person is not None:
            return attrs.evolve(who_of(mention), cue=Cue(start=start, end=end, text=np))
        index -= 1
    return None


_OUTLET_BEFORE = re.compile(
    r"\b" + OUTLET_NOUN + r"\s+\Z"
    r"|\b(?P<in>(?:commentary|editorial|leading\s+article|column)\s+in\s+(?:the\s+)?)\Z",
    re.IGNORECASE,
)
"""What names the next word an outlet ("state news agency Xinhua", "the daily Asahi", "a commentary in Die
Welt"), no person."""
_OUTLET_BEFORE = guarded(_OUTLET_BEFORE)
_OUTLET_APPOSITION = re.compile(
    r"(?P<np>\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"\s*,\s*(?:[\w’'-]+\s+){0,4}?" + APPOSITION_NOUN + r"\s*,\s*\Z"
)
"""An outlet named before its apposition, right before the verb: "Davar, another leading daily, reported"."""


def _outlets(context: Context) -> frozenset[str]:
    """The people ids of the names the text gives an outlet at least once ("a commentary in Die Welt",
    "the daily Asahi", "Ha'aretz, Israel's most authoritative paper,"): a paper that speaks, no person;
    worked out at first use, one look before and after each mention."""
    if context.outlets is None:
        text = context.text
        context.outlets = frozenset(
            m.person
            for m in context.outside
            if m.person is not None
            and (
                _OUTLET_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
                or OUTLET_AFTER.match(text, m.end) is not None
            )
        )
    return context.outlets


_HONORIFIC = re.compile(
    r"(?P<np>\b(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency|Holiness))"
    r"(?:\s+(?:also|later|then|again|had|has))*\s*\Z"
)
"""A style that stands for a person ("His Highness", "Her Majesty"): never an institution."""
_STYLED_REACH = 40
"""How far before a name its style may stand ("His Highness the Amir Sheikh Tamim")."""
_TITLE_WORDS = re.compile(r"(?:\s+(?:the|[A-Z][\w’'.-]*))*\s*")
"""What may stand between a style and the name it goes with: titles, not a verb ("His Highness the Amir")."""


def _styled(context: Context, style: str, before: int) -> Who | None:
    """The person named last before ``before`` with ``style`` right before the name ("His Highness the Amir
    Sheikh Tamim ... His Highness reiterated")."""
    text = context.text
    index = bisect.bisect_right(context.ends, before) - 1
    while index >= 0:
        mention = context.outside[index]
        lead = text[max(0, mention.start - _STYLED_REACH) : mention.start]
        at = lead.rfind(style)
        if (
            mention.person is not None
            and not mention.possessive
            and at >= 0
            and _TITLE_WORDS.fullmatch(lead, at + len(style)) is not None
        ):  # "His Majesty King Abdullah", not "His Majesty met with Egypt President Sisi"
            return who_of(mention)
        index -= 1
    return None


_UNNAMED_WITH = re.compile(
    r"(?P<np>(?:the|a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:official|spokes(?:man|woman|person)|aide|adviser|advisor"
    r"|diplomat))\s+(?:[a-z]+ing|to|for|of|with|close\s+to)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
)
"""An unnamed person before the name of the one they serve or travel with ("a senior official accompanying
Gandhi", "an aide to Putin"): the speaker is the unnamed person."""
_COMMA_BEFORE = re.compile(r",\s*\Z")
_NEWS_VERB = re.compile(r"report(?:ed|s)\b")


def speaker_after(context: Context, start: int, limit: int) -> Who | None:
    """The speaker right after an inverted verb (`"...," said Putin`, `said the prime minister`)."""
    index = bisect.bisect_left(context.starts, start)
    while index < len(context.outside) and context.outside[index].start < limit:
        mention = context.outside[index]
        if not _FEW_WORDS.fullmatch(context.text, start, mention.start):
            break
        unnamed = _UNNAMED_WITH.fullmatch(context.text, start, mention.start)
        if unnamed is not None:  # "said a senior official accompanying Gandhi": the official
            cue = Cue(start=start, end=unnamed.end("np"), text=unnamed["np"])
            return Who(Speaker.group(unnamed["np"]), cue)
        if _INSTITUTION_AFTER.match(context.text, mention.end):
            break  # "said the PM Office", "said the Prime Minister's Office": the office, read below
        aide = _AIDE.match(context.text, mention.end)
        if aide is not None and index + 1 < len(context.outside):
            named = context.outside[index + 1]  # "said Yeltsin spokesman Sergei Yastrzhembsky": the spokesman
            if named.start == aide.end() and not named.possessive:
                return who_of(named)
        return None if mention.possessive else who_of(mention)
    words = _NOUN_PHRASE.match(context.text[start:limit])
    if words is None:
        acronym = _LONE_ACRONYM.match(context.text, start, limit)
        if acronym is None or not ACRONYM.fullmatch(acronym["np"]):
            return None
        np = acronym["np"]  # "..., said PMO."
        return Who(Speaker.group(np), Cue(start=start, end=start + len(np), text=np))
    np = words["np"]
    office = _OFFICE_NOUN.search(np)
    if office is not None and not _INSTITUTION_AFTER.match(context.text, start + words.end("np")):
        described = speaker_described(context, office, start + office.start("np"))
        if described is not None:
            return described
    longest = _LONG_NOUN_PHRASE.match(context.text, start, limit)
    nouns = list(GROUP_NOUN.finditer(longest["np"])) if longest is not None else []
    if nouns:  # "said the White House", "said the foreign ministry in a statement"
        np = longest["np"][: nouns[-1].end()] if longest is not None else np
        issuer = _ISSUER_AFTER.match(context.text, start + len(np), limit)
        if issuer is not None and _DOCUMENT_END.search(np) is not None:
            np += issuer.group()  # "said a readout issued by the Prime Minister's Office": who issued it
        return Who(Speaker.group(np), Cue(start=start, end=start + len(np), text=np))
    return None


_DOCUMENT_END = re.compile(r"\b(?:statement|communiqu[eé]|readout|release|announcement)\Z", re.IGNORECASE)
_ISSUER_AFTER = re.compile(
    r"\s+(?:(?:issued|released|published|put\s+out)\s+)?(?:by|from)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:(?:\s+(?:of|for|and))?\s+[A-Z][\w'’-]*){0,6}"
    r"(?:\s+(?:office|ministry|government|embassy|presidency|secretariat))?(?=[\s,.;:]|\Z)"
)
"""Who issued a statement named after an inverted verb ("said a readout issued by the Indian Prime
Minister's Office", "said a statement from the Kremlin"), which is then part of the group's name."""


def speaker_described(
    context: Context, office: re.Match[str], start: int, found: Sequence[Attribution] = ()
) -> Who | None:
    """ "the prime minister", "the Russian leader": the person of the text with that office or country: the
    last speaker if they are one ("..., the foreign minister continued"), else of the sentence that last named
    one the first it names (its subject, not the counterpart it met); an unnamed official ("the spokesman")
    is a group."""
    np = office["np"].strip()
    role, country = _role(office)
    if office["dem"] and country is None and role not in _PERSON_ROLES:
        return None
    cue = Cue(start=start, end=start + len(np), text=np)
    if role in _PERSON_ROLES and np.endswith("s") and not office["role"].endswith("s"):
        return None  # "The Prime Ministers reaffirmed": the two together, no one of them alone
    if role in _PERSON_ROLES:
        starts, fitting = context.fitting(role, country)
        index = bisect.bisect_left(starts, start) - 1
        if index < 0:
            unplaced = _unplaced_subject(context, start) if country is not None else None
            return None if unplaced is None else attrs.evolve(who_of(unplaced), cue=cue)
        last = _last_speaker(context, start, found)
        if (
            last is not None
            and last.speaker is not None
            and last.speaker.leader in context.fitting_people(role, country)
        ):
            return Who(last.speaker, cue, last.speaker_name)
        # the sentence that last named such a person, and in it the first one so named: its subject
        # ("Foreign Minister Qureshi telephoned Foreign Minister Kono. ... the foreign minister")
        s_start, _ = context.sentences.around(starts[index])
        first = fitting[bisect.bisect_left(starts, s_start)]
        return attrs.evolve(who_of(first), cue=cue)
    if role == "minister" and not office["dem"] and not np.endswith("s"):
        # "“...,” he added. As for the summit, the minister expressed hope ...": the minister who spoke last
        last = _last_speaker(context, start, found)
        person = (
            None if last is None or last.speaker is None else context.persons.get(last.speaker.leader or "")
        )
        if last is not None and person is not None and _A_MINISTER.search(person.office or "") is not None:
            return Who(last.speaker, cue, last.speaker_name)
        named = _only_minister_before(context, start)
        if named is not None:  # "Foreign Minister Ayman Safadi said ... “...,” the minister said": Safadi
            return attrs.evolve(who_of(named), cue=cue)
    if not office["dem"] and not np.endswith("s"):
        # "Minister/State Secretary Moerdiono said ... The minister also confirmed": the one who spoke last,
        # where the text gives them that title
        last = _last_speaker(context, start, found)
        if last is not None and last.speaker is not None and _titled(context, last.speaker.leader, role):
            return Who(last.speaker, cue, last.speaker_name)
    return Who(Speaker.group(np), cue)


_TITLE_REACH = 100
"""How far before a name its title may start ("The press secretary of the former President of Kazakhstan
Nursultan Nazarbayev, Aidos Ukibai")."""


@functools.cache
def _title_patterns(role: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The title ``role`` before a name (up to the name) and after one (from its end), compiled once a
    role; a prime minister is no minister."""
    words = r"\s+".join(re.escape(w) for w in role.split())
    before = re.compile(
        rf"(?i:(?<!prime\s)\b{words})(?:(?:[/\s]+[A-Z][\w.’'-]*)*\s+|(?:\s+(?:of|for)\s+[^,.;:“”\"]{{0,80}})?,\s+)\Z"
    )
    after = re.compile(rf",\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}(?i:(?<!prime\s){words})\b")
    return before, after


def _titled(context: Context, leader: str | None, role: str) -> bool:
    """Whether a mention of ``leader`` has ``role`` as its title: right before the name ("Minister/State
    Secretary Moerdiono"), before it with a comma ("The press secretary of ..., Aidos Ukibai") or after it
    ("Bassam Radi, the spokesman for the presidency")."""
    text = context.text
    before, after = _title_patterns(role)
    for mention in context.outside:
        if mention.person != leader or leader is None:
            continue
        s_start, _ = context.sentences.around(mention.start)
        if before.search(text, max(s_start, mention.start - _TITLE_REACH), mention.start) or after.match(
            text, mention.end
        ):
            return True
    return False


_A_MINISTER = re.compile(r"(?<!\bprime\s)\bminister\Z", re.IGNORECASE)
"""An office that "the minister" stands for: a minister's, not a prime minister's."""


_MINISTERS_BACK = 50
"""How many mentions back "the minister" looks for the ministers the text has named (a bound)."""


def _only_minister_before(context: Context, start: int) -> PersonMention | None:
    """The last mention before ``start`` of the one minister (not a prime minister) the text has named
    there, if it has named exactly one."""
    index = bisect.bisect_left(context.starts, start)
    ministers: dict[str, PersonMention] = {}
    for mention in reversed(context.outside[max(0, index - _MINISTERS_BACK) : index]):
        person = context.persons.get(mention.person or "")
        if person is not None and _A_MINISTER.search(person.office or "") is not None:
            ministers.setdefault(person.id, mention)
    return next(iter(ministers.values())) if len(ministers) == 1 else None


def _unplaced_subject(context: Context, start: int) -> PersonMention | None:
    """The subject of the sentence before the words of "the Uzbek president said" when the text gives them
    no country ("Mirziyoyev thanked Tokayev. “...,” the Uzbek President said."): the one the text was
    about, where no one named is known to be Uzbek."""
    here = context.sentences.index(quotation_start(context, start))
    if here == 0:
        return None
    p_start, p_end = context.sentences.spans[here - 1]
    first = bisect.bisect_left(context.starts, p_start)
    if first >= len(context.outside):
        return None
    subject = context.outside[first]
    person = context.persons.get(subject.person or "")
    if (
        person is None
        or person.country is not None
        or subject.possessive
        or subject.start >= p_end
        or subject.start - p_start > _SUBJECT_REACH
    ):
        return None
    return subject


def _role(office: re.Match[str]) -> tuple[str, str | None]:
    """The role an office description names and the country its nationality word gives ("the Russian
    leader": leader, RUS; "the Prime Minister": prime minister, as "Prime" is no nationality)."""
    role = " ".join(office["role"].lower().split()).rstrip("s")
    demonym = office["dem"]
    if role.startswith("head of the "):  # "the head of the Russian Foreign Ministry": its foreign minister
        role, demonym = "foreign minister", office["role"].split()[3]
    country = DEMONYMS.get(demonym) if demonym else None
    if demonym and country is None:
        role = " ".join(f"{demonym} {role}".lower().split())
    return role, country


def _last_speaker(context: Context, offset: int, found: Sequence[Attribution]) -> Attribution | None:
    """The attribution to a person last before ``offset``, if its speaker is named within two sentences."""
    here = context.sentences.index(offset)
    # the passes do not add attributions in text order: the one whose speaker is named last before
    attribution = context.last_named_before(found, offset)
    if attribution is None:
        return None
    near = here - context.sentences.index(attribution.speaker_cue.start) <= 2
    person = attribution.speaker is not None and attribution.speaker.leader is not None
    return attribution if near and person else None


def coordinated(context: Context, who: Who, limit_start: int) -> list[Who]:
    """Other speakers of the same words: "the Kremlin and the White House said", "the two presidents"."""
    text = context.text
    cue = who.cue
    extra = [
        who_of(m)
        for m in context.by_span.get((cue.start, cue.end), ())
        if m.person is not None
        and (who.speaker is None or who.speaker.leader != m.person)
        and (who.speaker is None or who.speaker.kind is not SpeakerKind.GROUP)  # "news agency Xinhua"
    ]
    joint = _AND_BEFORE.search(text, limit_start, cue.start)
    if joint is None:
        titled = _AND_TITLE_BEFORE.search(text, limit_start, cue.start)
        return extra if titled is None else [*extra, *_titled_partner(context, titled.start(), limit_start)]
    before = joint.start()
    for mention in context.by_end.get(before, ()):
        if (
            mention.start >= limit_start
            and not mention.possessive
            and not _IN_NOUN_PHRASE.search(text, max(0, mention.start - 60), mention.start)
        ):  # not "spent an hour with Chancellor Kohl and she said": the object of "with" does not speak
            return [*extra, who_of(mention)]
    described = _DESCRIBED_BEFORE.search(text, max(limit_start, before - 40), before)
    if described is not None and not _IN_NOUN_PHRASE.search(
        text, max(limit_start, described.start() - 60), described.start()
    ):
        # "The former president and Gorbachev joked": someone the text describes, speaking with them
        np = " ".join(described["np"].split())
        return [
            *extra,
            Who(None, Cue(start=described.start("np"), end=before, text=described["np"]), name=np),
        ]
    group = GROUP.search(text, limit_start, before)
    if group is not None and not _IN_NOUN_PHRASE.search(
        text, max(0, group.start("np") - 60), group.start("np")
    ):
        np = BOTH.sub("", group["np"].strip())  # not "kidnapped by North Korea and Moon promised"
        start = group.end("np") - len(np)
        if np and (np.split()[-1][:1].isupper() or GROUP_NOUN.search(np)):
            extra.append(Who(Speaker.group(np), Cue(start=start, end=start + len(np), text=np)))
    return extra


def _titled_partner(context: Context, end: int, limit_start: int) -> list[Who]:
    """The person named right before "and <title>" ("Hugo Chavez and Colombia's President Alvaro Uribe
    said"), unless a preposition puts both in a noun phrase ("talks between X and German Chancellor Y"); a
    sentence's subject stays so past a phrase set off by commas ("Chilean President Gabriel Boric, making his
    first trip abroad, and Argentina President Alberto Fernandez vowed")."""
    aside = _ASIDE_BEFORE.search(context.text, max(limit_start, end - 100), end)
    if aside is not None:
        s_start, _ = context.sentences.around(aside.start())
        for mention in context.by_end.get(aside.start(), ()):
            if (
                mention.start - s_start <= _SUBJECT_REACH
                and not mention.possessive
                and mention.person is not None
            ):
                return [who_of(mention)]
    for mention in context.by_end.get(end, ()):
        if (
            mention.start >= limit_start
            and not mention.possessive
            and mention.person is not None
            and not _IN_NOUN_PHRASE.search(context.text, max(0, mention.start - 60), mention.start)
        ):
            return [who_of(mention)]
    return []


def named_staff(context: Context, np: str, cue: Cue) -> Who | None:
    """The one person the text names in the staff role ``np`` ends with ("the press chief", "his
    spokesman", "Putin's senior foreign policy adviser", "a Nixon aide"): by the title before their name
    ("spokesman Manuel Adorni", "the adviser, Yuri Ushakov") or an apposition after it ("Bertalan Havasi,
    the Prime Minister's press chief,"). Two people in that role, or none, and it is no one."""
    role = _STAFF_ROLE.search(np)
    if role is None:
        return None
    named = _staff(context).get(_role_key(role["role"]), {})
    if len(named) != 1:
        return None
    return attrs.evolve(who_of(next(iter(named.values()))), cue=cue)


def _staff(context: Context) -> dict[str, dict[str, PersonMention]]:
    """The people the text names in each staff role (by its key), each by their first such mention: read
    once per text, not once per speaker looked for."""
    if context.staff is None:
        context.staff = {}
        for mention in context.outside:
            if mention.person is None or mention.possessive:
                continue
            title = _STAFF_ROLE.search(mention.title or "")
            apposition = _APPOSITION_ROLE.match(context.text, mention.end)
            for found in (title, apposition):
                if found is not None:
                    context.staff.setdefault(_role_key(found["role"]), {}).setdefault(mention.person, mention)
    return context.staff


def _role_key(role: str) -> str:
    """A staff role with its spellings folded: "spokeswoman" and "spokesperson" are "spokesman"."""
    key = " ".join(role.casefold().split())
    return "spokesman" if key.startswith("spokes") else "adviser" if key.startswith("advis") else key


def quoted_one(context: Context, start: int, end: int, found: list[Attribution]) -> Who | None:
    """Who is quoted between "quoted" and "as saying": a person, "him"/"her", or an institution."""
    index = bisect.bisect_right(context.ends, end) - 1
    if index >= 0 and context.outside[index].end == end and context.outside[index].start >= start:
        return who_of(context.outside[index])
    np = context.text[start:end]
    if np in {"him", "her"}:
        resolved = antecedent(context, start, found)
        cue = Cue(start=start, end=end, text=np)
        return None if resolved is None else attrs.evolve(resolved, cue=cue, pronoun=True)
    office = _OFFICE_NOUN.search(np + " ")
    if office is not None:
        return speaker_described(context, office, start + office.start("np"), found)
    if GROUP_NOUN.search(np):
        return Who(Speaker.group(np), Cue(start=start, end=end, text=np))
    return None
