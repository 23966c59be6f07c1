"""Who a pronoun is: "he" or "she" before a reporting verb, "they" after a group, and "both leaders".

`antecedent` looks for a person named earlier in the same sentence, the subject of the sentence before, the
last speaker, the speaker of the sentence before, and last the nearest person named before (named only as
an owner, "Nasser's reaction", when no one is named plainly); `last_two` gives
the two people a text has been about.

A person the text marks as a woman or a man (a title: "Mrs.", "Ms.", "Queen", "Mr.", "King"; a role noun
right before the name: "spokeswoman Khusela Diko", "spokesman Dmitry Peskov"; or "her", "his"
right after their name: "Park, for her part, urged ...") is never "he" or "she" of the other gender, and when
the text marks any woman, "she" is one of them. No list of first names: a text that marks nobody reads as
before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from summitlib.claims import Speaker
from summitlib.extraction._speech import GAP, Context, Who, who_of
from summitlib.extraction._types import Attribution, Cue, PersonMention

PRONOUN = re.compile(
    r"\b(?P<p>[Hh]e|[Ss]he)\s+(?:(?:also|later|then|again|had|has|earlier|[a-z]{2,}ly)\s+)*\Z"
)
"""A pronoun before the verb, perhaps with an adverb between ("he repeatedly said")."""
THEY = re.compile(
    r"\b(?P<p>[Tt]hey|[Ii]t)\s+(?:(?:also|later|then|again|had|have|has|earlier|[a-z]{2,}ly)\s+)*\Z"
)
""""They" before the verb, and "it" after a quotation or a clause ('“...,” it said'): a group."""
PREP_PHRASE = re.compile(
    r",?\s+(?:in|during|at|after|before|on|over)\s+(?:[\w’'-]+\s+){0,4}?(?:with|to)\s+"
    r"(?:(?:[A-Z][\w.’'-]*|the|his|her)\s+){0,4}"
)
"""A prepositional phrase between a subject and the person it names ("in a conversation with (President)")."""
_FRONTED = re.compile(
    r"\s*(?:Before|After|While|When|Since|Despite|During|Following|Ahead\s+of|Upon|Unlike|Like)\b[^,.;]{0,80},\s*"
)
"""A clause or phrase before a sentence's subject ("Before meeting Xi, ..."), whose people are no subject."""
_OPENING_PHRASE = re.compile(
    r"\s*(?:(?:Meanwhile|But|And|Later|Earlier|However),?\s+)?"
    r"(?i:in|during|at|after|before|following|upon|ahead\s+of)\s+[^,.;]{0,80}?\b(?:with|to)\b[^,.;]{0,60},\s*"
)
"""A phrase opening a sentence and naming the one its subject met or spoke to ("In his meeting with X, he
...", "After talks with X, she ..."): a pronoun right after it is not that person."""
_LINK_LINE = re.compile(
    r"[^\S\n]*(?:Also\s+Read|Read\s+(?:More|Also)|More|Related|See\s+Also|Recommended)\s*:", re.IGNORECASE
)
"""The start of a line that links another story."""
_CAPTION_END = re.compile(r"(?:\b(?:PHOTO|Photo)(?:\s+[Cc]redit)?\s*:|\(Photo\b)[^\n]*\Z")
"""A photo's credit ending a line ("PHOTO: LIANHE ZAOBAO", "Photo: RNZ / Anneke Smith"): the line is its
caption."""
_CAPTION_CREDIT = 60
"""How far before the end of its line a photo's credit starts."""
_CAPTION_LINE = 400
"""How far a caption or a link runs on either side of a name in it, at most."""
_PRONOUN_SAYS = re.compile(
    r"\s*(?:(?:But|And|However|Meanwhile|Later|Earlier|Yet|Still)\b,?\s+)?(?P<p>[Hh]e|[Ss]he)\s+"
    r"(?:(?:also|later|then|again|had|has|earlier|[a-z]{2,}ly)\s+)*"
)
"""A sentence that opens with "he" or "she" before its verb ("But he also confirmed that ...")."""
_QUOTE_GAP = re.compile(r"[\s,]{0,4}")
"""What stands between a quotation and the pronoun that says it ('“...,” he said', '"..." he said')."""
_CHAIN = 3
"""How many sentences opening with the same pronoun a pronoun follows back (a bound on the recursion)."""
_RECENT_SPEAKERS = 200
"""How many attributions back "they" looks for the group that spoke last."""
_NEAREST = 50
"""How many mentions back "he" looks for its person (a bound: hostile texts stay linear)."""
_PREPOSITION = re.compile(
    r"\b(?:with|to|from|by|for|against|toward|towards|about|than|on|at|of)\s+(?:(?:[A-Z][\w.’'-]*|the|his|her)\s+){0,4}\Z"
)
_ING = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")
_FEMALE = (
    "Mrs|Ms|Miss|Mme|Madam|Madame|Queen|Lady|Dame|Princess|Empress|Baroness|Duchess|Sheikha|Begum"
    "|[Ss]pokeswoman|[Cc]hairwoman|[Cc]ongresswoman|[Cc]ouncilwoman|[Bb]usinesswoman|[Aa]nchorwoman"
)
_MALE = "Mr|Messrs|King|Sir|Prince|Lord|Emperor|Sultan|Sheikh|Duke|[Ss]pokesman|[Cc]ongressman|[Bb]usinessman"
_TITLE = rf"(?:(?P<f>{_FEMALE})|(?P<m>{_MALE}))\.?\s+"
_TITLE_BEFORE = re.compile(rf"\b{_TITLE}\Z")
_TITLE_REACH = 16
"""How far before a name its title or role noun starts ("spokeswoman Khusela Diko")."""
_TITLE_FIRST = re.compile(_TITLE)
_POSSESSIVE = re.compile(r"h(?<!\w.)(?:(?P<f>(?<=h)er(?:self)?)|(?P<m>(?<=h)i(?:s|mself)))\b")
"""A pronoun that marks the person named right before it in its sentence ("Park, for her part, ..."):
``\b(?:(?P<f>her|herself)|(?P<m>his|himself))\b`` with its first letter first, which ``re`` skips ahead to
(the groups leave the "h" out; only which one matched is read)."""
_ONE_NOUN = (
    r"(?:[Oo]ne|[Aa]n?|[Tt]he|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?(?:official|spokes(?:man|woman|person)|aide"
    r"|adviser|advisor|diplomat|envoy|ambassador)"
)
_ONE_PERSON = re.compile(rf"\b{_ONE_NOUN}\Z")
"""A group speaker that is one unnamed person ("one official", "a senior Indian official", "the spokesman"):
"he" or "she" after their words goes on naming them."""
_OFFICIAL_SAYS = re.compile(
    rf"\b(?:[Ss]aid|[Rr]emarked|told|[Aa]ccording\s+to)\s+(?P<after>{_ONE_NOUN})\b"
    rf"|\b(?P<before>{_ONE_NOUN})\s+(?:(?:also|later|then)\s+)?(?:said|told|added)\b"
)
"""One unnamed person reporting ("Said one official:", "according to the official", "a senior official
said"), looked for in the two sentences before a pronoun."""
_POSSESSIVE_REACH = 80
_PRONOUN_GENDERS = {"she": "f", "her": "f", "he": "m", "him": "m"}


def _genders(context: Context) -> dict[str, str]:
    """The people of the text marked as women ("f") or men ("m"); one marked both ways is neither."""
    if context.genders is not None:
        return context.genders
    text = context.text
    marks: dict[str, set[str]] = {}
    for mention in context.outside:
        if mention.person is None:
            continue
        title = _TITLE_FIRST.match(mention.text) or _TITLE_BEFORE.search(
            text, max(0, mention.start - _TITLE_REACH), mention.start
        )
        if title is not None:
            marks.setdefault(mention.person, set()).add("f" if title["f"] else "m")
    for match in _POSSESSIVE.finditer(text):
        if context.in_quote(match.start()):
            continue
        index = bisect.bisect_right(context.ends, match.start()) - 1
        if index < 0:
            continue
        mention = context.outside[index]
        s_start, _ = context.sentences.around(match.start())
        if (
            mention.person is not None
            and mention.start >= s_start
            and match.start() - mention.end <= _POSSESSIVE_REACH
        ):
            marks.setdefault(mention.person, set()).add("f" if match["f"] else "m")
    _mark_opening_possessives(context, marks)
    context.genders = {person: next(iter(seen)) for person, seen in marks.items() if len(seen) == 1}
    return context.genders


_OPENING_POSSESSIVE = re.compile(
    r"(?:(?P<f>Her)|(?P<m>His))\s+(?!(?:Majesty|Highness|Excellency|Holiness)\b)"
)
"""A sentence opening with "Her" or "His" ("Her meeting with the host was called off"), not a style of
address ("His Majesty")."""
_SUBJECT_REACH = 25
"""How far into a sentence its subject's name may start (after "But", "On Monday," and the like)."""


def _mark_opening_possessives(context: Context, marks: dict[str, set[str]]) -> None:
    """ "Ardern missed a chance. Her meeting with O'Neill was called off.": a sentence that opens with "Her"
    or "His" speaks of the subject of the sentence before, whose gender it marks. One look at each
    sentence's first letters."""
    text = context.text
    spans = context.sentences.spans
    for index in range(1, len(spans)):
        start = spans[index][0]
        if text[start : start + 1] != "H":
            continue
        opening = _OPENING_POSSESSIVE.match(text, start)
        if opening is None or context.in_quote(start):
            continue
        p_start, p_end = spans[index - 1]
        first = bisect.bisect_left(context.starts, p_start)
        subject = context.outside[first] if first < len(context.outside) else None
        if (
            subject is not None
            and subject.person is not None
            and subject.start < p_end
            and subject.start - p_start <= _SUBJECT_REACH
            and not subject.possessive
            and _names_one(context, first, p_end)
        ):
            marks.setdefault(subject.person, set()).add("f" if opening["f"] else "m")


def _names_one(context: Context, first: int, end: int) -> bool:
    """Whether the mentions outside quotes from index ``first`` up to ``end`` are all of one person: "Biden
    met Merkel. Her government ..." speaks of the one met, so only a sentence naming one person tells who
    an opening "Her" or "His" is."""
    people = set()
    for mention in context.outside[first:]:
        if mention.start >= end:
            break
        people.add(mention.person)
    return len(people) == 1


def _fits(context: Context, offset: int) -> Callable[[str | None], bool]:
    """Whether a person (by id) can be the pronoun at ``offset``: not of the other marked gender, and for
    "she"/"her" one of the women the text marks, if it marks any."""
    gender = _PRONOUN_GENDERS.get(context.text[offset : offset + 3].strip().casefold())
    genders = _genders(context) if gender is not None else {}
    if not genders:
        return lambda person: True
    if gender == "f" and "f" in genders.values():
        return lambda person: person is not None and genders.get(person) == "f"
    return lambda person: person is None or genders.get(person, gender) == gender


_NAMED_AFTER = 40
"""How far after a pronoun a person it cannot be is looked for: its verb's object or partner ("He told
Modi", "He replied that he and Mr Hawke"); farther, indirect speech names the speaker himself ("He claimed
the comments Mr Muldoon had made ...")."""


def _not_named_after(
    context: Context, offset: int, fits: Callable[[str | None], bool]
) -> Callable[[str | None], bool]:
    """``fits``, less the people the pronoun's own sentence names right after it ("He replied that he and Mr
    Hawke had discussed it", "He told Modi that ..."): one named there is a third party, not who "he" is."""
    s_end = min(context.sentences.around(offset)[1], offset + _NAMED_AFTER)
    named = {
        m.person
        for m in context.outside[
            bisect.bisect_right(context.starts, offset) : bisect.bisect_left(context.starts, s_end)
        ]
        if m.person is not None and not m.possessive
    }
    if not named:
        return fits
    return lambda person: person not in named and fits(person)


def last_two(context: Context, before: int) -> tuple[Who, Who] | None:
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
    return who_of(first), who_of(second)


def group_antecedent(context: Context, offset: int, found: list[Attribution]) -> Who | None:
    """Who "they" is: the group that spoke last, if it did in this sentence or the one before and no one
    has spoken since ("Soviet sources said Li will meet Gorbachev. They said ...")."""
    here = context.sentences.index(offset)
    recent = found[-_RECENT_SPEAKERS:]  # a bound: a text of a thousand "they said" stays linear
    last = max(
        (a for a in recent if a.speaker_cue.start < offset), key=lambda a: a.speaker_cue.start, default=None
    )
    if last is None or last.speaker is None or last.speaker.kind.value != "group":
        return None
    if here - context.sentences.index(last.speaker_cue.start) > 1:
        return None
    return Who(last.speaker, last.speaker_cue)


def antecedent(
    context: Context, offset: int, found: list[Attribution], *, after_words: bool = False, depth: int = 0
) -> Who | None:
    """Who "he" or "she" is: a person named earlier in the same sentence, else the last speaker within two
    sentences, else the nearest person named before. ``after_words``: the pronoun follows the words it
    says ("Ardern had raised the issue, he said."), whose people are not the speaker: news copy names the
    speaker there and puts the pronoun in the words ("She had raised it, Ardern said"). Before the nearest
    person, the same pronoun reporting at the start of one of the two sentences before is who this one is
    (``depth``: how many such steps back were taken)."""
    sentences = context.sentences
    s_start, _ = sentences.around(offset)
    # '“A. B. C,” he said.': the sentences before are those before the quotation, not its own
    here = sentences.index(quotation_start(context, offset))
    fits = _not_named_after(context, offset, _fits(context, offset))
    index = bisect.bisect_right(context.ends, offset) - 1
    if _OPENING_PHRASE.fullmatch(context.text, s_start, offset) is not None:
        index = -1  # "In his meeting with Mahmoud, he pledged ...": the one met is no subject
    while index >= 0 and context.outside[index].start >= s_start and not after_words:
        mention = context.outside[index]
        if (
            not mention.possessive
            and mention.person is not None
            and fits(mention.person)
            and not _after_preposition(context.text, mention)
        ):
            return who_of(mention)
        index -= 1
    if here > 0:  # "Bush agreed. He said: ...": the subject of the sentence before
        p_start, p_end = sentences.spans[here - 1]
        fronted = _FRONTED.match(context.text, p_start, p_end)
        if fronted is not None:  # "Before meeting Xi, Lula spoke with Li.": Lula, not the one he met
            p_start = fronted.end()
        first = bisect.bisect_left(context.starts, p_start)
        subject = context.outside[first] if first < len(context.outside) else None
        if (
            subject is not None
            and subject.start < p_end
            and subject.start - p_start <= 25
            and not subject.possessive
            and subject.person
            and fits(subject.person)
            and not context.speaker_between(found, p_start, p_end)
            and not _on_link_line(context.text, subject.start)
        ):
            return who_of(subject)
        owned = _owner_subject_object(context, offset, s_start, subject, p_start, p_end, fits, found)
        if owned is not None:  # "Krishna's comments follow those of Awan. He said ...": Awan
            return who_of(owned)
    pronoun = context.text[offset : offset + 3].strip().casefold()
    for attribution in reversed(found):
        if (
            attribution.speaker_cue.start < offset
            and _narration_between(context, sentences.index(attribution.speaker_cue.start), here) <= 2
        ):
            # a person, or one unnamed official ("Said one official: ... he said")
            person = attribution.speaker is not None and (
                attribution.speaker.kind.value == "person"
                or _ONE_PERSON.search(attribution.speaker_cue.text) is not None
            )
            same = not attribution.pronoun or attribution.speaker_cue.text.casefold() == pronoun
            known = attribution.speaker.leader if attribution.speaker is not None else None
            if (
                same
                and fits(known)
                and (person or (attribution.speaker is None and attribution.speaker_name))
            ):
                # "He said ... He later said ...": the same pronoun goes on naming the same speaker
                return Who(attribution.speaker, attribution.speaker_cue, attribution.speaker_name)
            break
    if here > 0:
        speaker = _speaker_named_in(context, *sentences.spans[here - 1], fits)
        if speaker is not None:  # "Spokesman Bernard Kalb, while not confirming it, said ... “...,” he said."
            return who_of(speaker)
    if depth < _CHAIN:
        for before in range(here - 1, max(-1, here - 3), -1):
            spoken = _PRONOUN_SAYS.match(context.text, *sentences.spans[before])
            if spoken is None or spoken["p"].casefold() != pronoun or context.in_quote(spoken.start("p")):
                continue
            verb = context.verbs.search(spoken.end(), sentences.spans[before][1])
            if verb is not None and verb.start() == spoken.end():
                # "But he also confirmed that Modi will visit. “...,” he said.": the "he" who spoke
                # before, not the one named in his words
                return antecedent(context, spoken.start("p"), found, depth=depth + 1)
    official = _official_before(context, here, offset)
    if official is not None:  # 'Said one official: "...". “...,” he said.': the official, no one named
        return official
    index = bisect.bisect_right(context.ends, offset) - 1
    fallback: PersonMention | None = None
    owner: PersonMention | None = None
    stop = index - _NEAREST
    while index >= 0 and index > stop:
        mention = context.outside[index]
        if (
            (mention.person is not None or mention.name is not None)
            and fits(mention.person)
            and not _on_link_line(context.text, mention.start)
        ):
            if mention.possessive:
                owner = owner or mention  # "Nasser's reaction was militant. “…,” he told": named only so
            elif not _after_preposition(context.text, mention):
                return who_of(mention)
            else:
                fallback = (
                    fallback or mention
                )  # "a plea to Indira Gandhi": the one pleaded with is rarely "he"
        index -= 1
    last = fallback or owner
    return None if last is None else who_of(last)


def _official_before(context: Context, here: int, offset: int) -> Who | None:
    """The unnamed official who reported last in the two sentences before sentence ``here``, when no person
    is named between them and ``offset``."""
    if here == 0:
        return None
    start = context.sentences.spans[max(0, here - 2)][0]
    end = context.sentences.spans[here - 1][1]
    last = max(_OFFICIAL_SAYS.finditer(context.text, start, end), key=lambda m: m.start(), default=None)
    if last is None:
        return None
    np = "after" if last["after"] is not None else "before"
    following = bisect.bisect_left(context.starts, last.end())
    if following < len(context.outside) and context.outside[following].start < offset:
        return None  # a person named since: the nearest person, as before
    cue = Cue(start=last.start(np), end=last.end(np), text=last[np])
    return Who(Speaker.group(last[np]), cue)


def _owner_subject_object(
    context: Context,
    offset: int,
    s_start: int,
    subject: PersonMention | None,
    p_start: int,
    p_end: int,
    fits: Callable[[str | None], bool],
    found: list[Attribution],
) -> PersonMention | None:
    """ "Krishna's comments follow those of Awan, who was in Delhi. He said ...": when the sentence before
    opens on what a person owns (its subject is no person) and says no one spoke, the one other person it
    names is who a "he" opening a sentence of narration is, not the owner nor the last speaker."""
    if subject is None or not subject.possessive or subject.start >= p_end or subject.start - p_start > 25:
        return None
    opening = _PRONOUN_SAYS.match(context.text, s_start)
    if opening is None or opening.start("p") != offset or context.in_quote(offset):
        return None
    if context.speaker_between(found, p_start, p_end):
        return None
    first = bisect.bisect_left(context.starts, p_start)
    last = bisect.bisect_left(context.starts, p_end)
    others = {
        m.person: m
        for m in context.outside[first + 1 : min(last, first + 6)]
        if m.person is not None and not m.possessive and m.person != subject.person
    }
    if len(others) != 1:
        return None
    (other,) = others.values()
    return other if fits(other.person) and not _on_link_line(context.text, other.start) else None


def quotation_start(context: Context, offset: int) -> int:
    """Where the quotation that ends right before ``offset`` (a comma or spaces between) opens, when the
    pronoun at ``offset`` goes on its sentence ('“...,” he said', not '“...” He added'); else ``offset``."""
    index = bisect.bisect_left(context.quote_starts, offset) - 1
    if index < 0 or not context.text[offset].islower():
        return offset
    q_start, q_end = context.quotes[index]
    return q_start if q_end <= offset and _QUOTE_GAP.fullmatch(context.text, q_end, offset) else offset


def _narration_between(context: Context, earlier: int, later: int) -> int:
    """How many sentences after sentence ``earlier`` up to ``later`` are the article's own, not a photo's
    caption or a link ("“…,” he said. PM Lee meeting PM Phuc. PHOTO: ZAOBAO “…,” he said": one)."""
    count = later - earlier
    if count <= 0 or count > _CAPTION_SKIP:
        return count
    return sum(
        not _on_link_line(context.text, context.sentences.spans[index][0])
        for index in range(earlier + 1, later + 1)
    )


_CAPTION_SKIP = 8
"""How many sentences back captions are left out of the count (farther, every sentence counts)."""


def _on_link_line(text: str, offset: int) -> bool:
    """Whether ``offset`` is on a line that links another story ("Also Read: Ruto Off To Namibia For ...")
    or on a photo's caption ("PM Lee meeting PM Phuc in Bangkok. PHOTO: LIANHE ZAOBAO"), whose people the
    article does not go on about."""
    start = text.rfind("\n", max(0, offset - _CAPTION_LINE), offset) + 1
    if (start > 0 or offset <= _CAPTION_LINE) and _LINK_LINE.match(text, start) is not None:
        return True
    end = text.find("\n", offset, offset + _CAPTION_LINE)
    if end < 0:
        if len(text) - offset > _CAPTION_LINE:
            return False  # a line as long as a paragraph of copy: no caption (and no scan to its end)
        end = len(text)
    return _CAPTION_END.search(text, max(offset, end - _CAPTION_CREDIT), end) is not None


def _speaker_named_in(
    context: Context, start: int, end: int, fits: Callable[[str | None], bool]
) -> PersonMention | None:
    """The last person in ``start:end`` who stands before a reporting verb (a sentence's speaker)."""
    text = context.text
    index = bisect.bisect_left(context.starts, end) - 1
    first = max(bisect.bisect_left(context.starts, start), index - 4)
    while index >= first:
        mention = context.outside[index]
        index -= 1
        if mention.possessive or mention.person is None or not fits(mention.person):
            continue
        verb = context.verbs.search(mention.end, min(end, mention.end + 120))
        if (
            verb is not None
            and GAP.match(text, mention.end, verb.start())
            and not context.in_quote(verb.start())
        ):
            return mention
    return None


def _after_preposition(text: str, mention: PersonMention) -> bool:
    """Whether ``mention`` is the object of a preposition ("talks with President Xi"), not the subject of an
    absolute clause ("with Bolsonaro insulting the president-elect")."""
    return (
        _PREPOSITION.search(text, max(0, mention.start - 60), mention.start) is not None
        and _ING.match(text, mention.end) is None
    )
