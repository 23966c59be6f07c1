"""Attributions: who said what — quotations and reported speech, with the speaker kept.

Three shapes are read, each inside one sentence:

* a quotation followed by its speaker and a reporting verb (`"...," Mr. Tillerson said`,
  `"...," he said`, `"...," Putin's adviser, Yury Ushakov, told reporters`);
* a speaker, a reporting verb and what was said (`Lavrov said Mr. Trump accepted the denial`,
  `Trump told lawmakers: "..."`, `as Mr. Tillerson said, the two sides ...`);
* "according to" a speaker (`Mr. Trump pushed back, according to Mr. Tillerson`).

The speaker is the person mention nearest before the verb (an apposition or a short parenthesis may sit
between them), a pronoun resolved to the previous speaker or the nearest earlier person outside
quotations, or a group named by capitalised words or a group noun ("the White House", "Trump's
administration", "officials"). Joint speakers ("the Kremlin and the White House said") each get the
words; a participle after a main clause ("Lavrov echoed that, predicting that ...") goes to the
sentence's subject. A verb with no such speaker is not an attribution.

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

import attrs

from summitlib.claims import Speaker
from summitlib.extraction._text import Sentences, first_chars, quotation_spans, trie_pattern
from summitlib.extraction._types import Attribution, Cue, PersonMention

__all__ = ["find_attributions"]

_VERBS = """said says say told tells added adds announced announces declared declares stated noted notes
insisted warned warns argued claimed explained suggested indicated confirmed denied acknowledged admitted
asked replied wrote writes tweeted mentioned stressed urged signaled signalled predicted enthused quipped
joked recalled complained cautioned conceded countered responded pledged promised vowed boasted emphasized
emphasised observed remarked reiterated hinted floated proposed""".split()  # noqa: SIM905
_VERB = re.compile(
    rf"\b{first_chars([*_VERBS, 'put', 'indicate', 'insist', 'claim'])}"
    rf"(?P<verb>{trie_pattern(_VERBS)}|put\s+it|(?<=to\s)(?:suggest|indicate|insist|warn|claim))\b"
)
_OBJECT = re.compile(
    r"\s+(?P<obj>reporters|journalists|lawmakers|legislators|the\s+press|the\s+media|an?\s+interviewer"
    r"|(?:South\s+)?[A-Z]\w+\s+(?:lawmakers|reporters|journalists|officials|TV|television)|him|her|them|us)\b"
)
_AFTER_VERB = re.compile(  # "said that", "said: ", "said on Friday that"
    r"[^\S\n]*(?:(?P<colon>[:,])[^\S\n]*)?"
    r"(?:(?:on|in|at|during|last|this|late|early)\s+[\w.-]+(?:\s+[\w.-]+)?\s+(?=that\b))?"
    r"(?P<that>that\s+)?"
)
_QUOTE_AFTER = re.compile(r"\s*[:,]?\s*(?=[“\"])")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_CLAUSE = re.compile(r"[;:—]")
_PARTICIPLE = re.compile(
    r",\s(?P<verb>saying|predicting|adding|warning|insisting|noting|arguing|claiming|declaring"
    r"|stressing|suggesting|announcing)\b"
)
_NAME_GAP = re.compile(r"[^,;:!?]{0,45}")
_AND_BEFORE = re.compile(r"\s+and\s+\Z")
_BOTH = re.compile(r"^(?:both|Both)\s+")
_GAP = re.compile(
    r"\s*(?:,[^,.;:“”\"]{0,60},\s*|,\s*)?(?:(?:in|on)\s+(?:\d{4}|[A-Z]\w+)\s+)?"
    r"(?:(?:has|have|had|also|again|repeatedly|reportedly|later|then|seemed\s+to|appeared\s+to)\s+)*\Z"
)
_PRONOUN = re.compile(r"\b(?P<p>[Hh]e|[Ss]he)\s+\Z")
_GROUP_NOUNS = (
    "administration|office|ministry|department|spokesman|spokeswoman|spokesperson|officials|government"
    "|aides|commentators|critics|analysts|diplomats|sources|statement|embassy|kremlin|white house|team"
    "|campaign|cabinet|presidency|military|pentagon|agency|council"
)
_ACCORDING_GROUP = re.compile(
    rf"(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,4}}(?:[a-z]+\s+){{0,2}}(?P<noun>{_GROUP_NOUNS})\b"
    r"|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
)
_GROUP = re.compile(
    rf"(?P<np>(?:(?:the|The)\s+)?(?:(?:[A-Z][\w.'’-]*|{_GROUP_NOUNS}|press|foreign|[a-z]+['’]s)\s+){{0,4}}"
    rf"(?:[A-Z][\w.'’-]*|{_GROUP_NOUNS}))\s*\Z"
)


_Who = tuple[Speaker | None, Cue, str | None, bool]


def find_attributions(
    text: str, people: list[PersonMention], sentences: Sentences | None = None
) -> list[Attribution]:
    """Every attribution in ``text``; ``people`` are the person mentions found in it."""
    sentences = sentences or Sentences(text)
    quotes = quotation_spans(text)
    quote_starts = [a for a, _ in quotes]
    outside = [p for p in people if not p.quoted]
    ends = [p.end for p in outside]
    found: list[Attribution] = []
    used_verbs: set[int] = set()

    def speaker_before(limit_start: int, verb_start: int) -> _Who | None:
        index = bisect.bisect_right(ends, verb_start) - 1
        while index >= 0 and outside[index].end > limit_start:
            mention = outside[index]
            if mention.start >= limit_start and _GAP.match(text, mention.end, verb_start):
                if mention.possessive:
                    break
                return (*_person(mention), False)
            index -= 1
        segment = text[limit_start:verb_start]
        pronoun = _PRONOUN.search(segment)
        if pronoun is not None:
            resolved = _antecedent(limit_start + pronoun.start(), found, outside, ends, sentences)
            cue = Cue(
                start=limit_start + pronoun.start(), end=limit_start + pronoun.end("p"), text=pronoun["p"]
            )
            if resolved is None:
                return None
            speaker, _, name = _person(resolved)
            return speaker, cue, name, True
        group = _GROUP.search(segment)
        if group is not None:
            np = group["np"].strip()
            start = limit_start + group.start("np")
            named = np.split()[-1][:1].isupper() or re.search(_GROUP_NOUNS, np, re.IGNORECASE)
            if named and np.lower() not in {"it", "this", "that", "he", "she", "they", "we", "i"}:
                return Speaker.group(np), Cue(start=start, end=start + len(np), text=np), None, False
        return None

    def coordinated(who: _Who, limit_start: int) -> list[_Who]:
        """Other speakers of the same words: "the Kremlin and the White House said", "the two presidents"."""
        cue = who[1]
        extra: list[_Who] = [
            (*_person(m), False)
            for m in outside
            if (m.start, m.end) == (cue.start, cue.end)
            and m.leader is not None
            and Speaker.person(m.leader) != who[0]
        ]
        joint = _AND_BEFORE.search(text, limit_start, cue.start)
        if joint is None:
            return extra
        before = joint.start()
        for mention in outside:
            if mention.end == before and mention.start >= limit_start and not mention.possessive:
                return [*extra, (*_person(mention), False)]
        group = _GROUP.search(text, limit_start, before)
        if group is not None:
            np = _BOTH.sub("", group["np"].strip())
            start = group.end("np") - len(np)
            if np and (np.split()[-1][:1].isupper() or re.search(_GROUP_NOUNS, np, re.IGNORECASE)):
                extra.append((Speaker.group(np), Cue(start=start, end=start + len(np), text=np), None, False))
        return extra

    def add(start: int, end: int, verb: re.Match[str], who: _Who, limit_start: int, *, quoted: bool) -> None:
        found.append(_build(text, start, end, verb, who, quoted=quoted))
        for other in coordinated(who, limit_start):
            found.append(_build(text, start, end, verb, other, quoted=quoted))

    # 1. a quotation followed by its speaker and verb
    for q_start, q_end in quotes:
        s_start, s_end = sentences.around(q_end - 1)
        tail_end = min(s_end, q_end + 140)
        for verb in _VERB.finditer(text, q_end, tail_end):
            if _inside(verb.start(), quotes, quote_starts):
                break
            who = speaker_before(q_end, verb.start())
            if who is None:
                break
            add(q_start, q_end, verb, who, q_end, quoted=True)
            used_verbs.add(verb.start())
            break

    # 2. speaker, verb, what was said
    for verb in _VERB.finditer(text):
        if verb.start() in used_verbs or _inside(verb.start(), quotes, quote_starts):
            continue
        s_start, s_end = sentences.around(verb.start())
        clause_start = s_start
        for brk in _CLAUSE.finditer(text, s_start, verb.start()):
            clause_start = brk.end()
        who = speaker_before(clause_start, verb.start())
        if who is None:
            continue
        said = _what_was_said(text, verb, s_start, s_end, quotes)
        if said is None and not text[verb.end() : s_end].strip(' .!?"”’'):
            said = _said_before(text, s_start, who[1].start)
        if said is None:
            continue
        add(said[0], said[1], verb, who, clause_start, quoted=said[2])

    # 2b. a participle after the main clause: "X echoed that approach, predicting that ..."
    for verb in _PARTICIPLE.finditer(text):
        if _inside(verb.start(), quotes, quote_starts):
            continue
        s_start, s_end = sentences.around(verb.start())
        subject = next((m for m in outside if s_start <= m.start < verb.start() and not m.possessive), None)
        if subject is None or len(text[s_start : subject.start].split()) > 4:
            continue
        said = _what_was_said(text, verb, s_start, s_end, quotes)
        if said is not None:
            found.append(_build(text, said[0], said[1], verb, (*_person(subject), False), quoted=said[2]))

    # 3. according to
    for match in _ACCORDING.finditer(text):
        s_start, s_end = sentences.around(match.start())
        group = _ACCORDING_GROUP.match(text, match.end(), s_end)
        candidates = [
            p
            for p in outside
            if match.end() <= p.start < s_end and _NAME_GAP.fullmatch(text, match.end(), p.start)
        ]
        if candidates and not (group and group["noun"] and group.end() > candidates[0].end):
            mention = candidates[0]
            speaker, cue, name = _person(mention)
            np_end = mention.end
        elif group is not None:
            np = group.group().strip()
            speaker, cue, name = (
                Speaker.group(np),
                Cue(start=match.end(), end=match.end() + len(np), text=np),
                None,
            )
            np_end = cue.end
        else:
            continue
        span = _according_span(text, s_start, s_end, match.start(), np_end)
        if span is None:
            continue
        verb_end = match.start() + len("according to")
        verb_cue = Cue(start=match.start(), end=verb_end, text=text[match.start() : verb_end])
        found.append(
            Attribution(
                start=span[0],
                end=span[1],
                text=text[span[0] : span[1]],
                speaker=speaker,
                speaker_cue=cue,
                speaker_name=name,
                verb="according to",
                verb_cue=verb_cue,
            )
        )
    found.sort(key=lambda a: (a.start, a.verb_cue.start))
    return [_cut(a, found) for a in found]


def _cut(attribution: Attribution, found: list[Attribution]) -> Attribution:
    """End reported speech where the next speaker starts ("X announced A, Y mentioned B")."""
    if attribution.quoted:
        return attribution
    end = attribution.end
    for other in found:
        if attribution.start < other.speaker_cue.start < end and other is not attribution:
            end = other.speaker_cue.start
    if end == attribution.end:
        return attribution
    text = attribution.text[: end - attribution.start].rstrip(" ,;")
    if not text.strip():
        return attribution
    return attrs.evolve(attribution, end=attribution.start + len(text), text=text)


def _person(mention: PersonMention) -> tuple[Speaker | None, Cue, str | None]:
    cue = Cue(start=mention.start, end=mention.end, text=mention.text)
    if mention.leader is not None:
        return Speaker.person(mention.leader), cue, None
    return None, cue, mention.name or mention.text


def _antecedent(
    offset: int,
    found: list[Attribution],
    outside: list[PersonMention],
    ends: list[int],
    sentences: Sentences,
) -> PersonMention | None:
    here = sentences.index(offset)
    for attribution in reversed(found):
        if (
            attribution.speaker_cue.start < offset
            and here - sentences.index(attribution.speaker_cue.start) <= 2
        ):
            for mention in outside:
                if mention.start == attribution.speaker_cue.start and not attribution.pronoun:
                    return mention
            break
    index = bisect.bisect_right(ends, offset) - 1
    while index >= 0:
        mention = outside[index]
        if not mention.possessive and (mention.leader is not None or mention.name is not None):
            return mention
        index -= 1
    return None


def _what_was_said(
    text: str, verb: re.Match[str], s_start: int, s_end: int, quotes: list[tuple[int, int]]
) -> tuple[int, int, bool] | None:
    position = verb.end()
    obj = _OBJECT.match(text, position)
    if obj is not None:
        position = obj.end()
    quote = _QUOTE_AFTER.match(text, position)
    if quote is not None:
        for a, b in quotes:
            if a == quote.end():
                return a, b, True
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
    return start, end, False


def _said_before(text: str, s_start: int, speaker_start: int) -> tuple[int, int, bool] | None:
    """What was said when the verb ends the sentence ("..., White House press secretary X said.")."""
    comma = text.rfind(",", s_start, speaker_start)
    if comma < 0:
        return None
    end = comma
    while end > s_start and text[end - 1] in ' "”’':
        end -= 1
    if len(text[s_start:end].split()) < 3:
        return None
    return s_start, end, False


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


def _build(
    text: str,
    start: int,
    end: int,
    verb: re.Match[str],
    who: _Who,
    *,
    quoted: bool,
) -> Attribution:
    speaker, cue, name, pronoun = who
    verb_start, verb_end = verb.start("verb"), verb.end("verb")
    obj = _OBJECT.match(text, verb_end)
    if obj is not None:
        verb_end = obj.end()
    words = " ".join(text[verb_start:verb_end].split())
    return Attribution(
        start=start,
        end=end,
        text=text[start:end],
        speaker=speaker,
        speaker_cue=cue,
        speaker_name=name,
        verb=words,
        verb_cue=Cue(start=verb_start, end=verb_end, text=text[verb_start:verb_end]),
        quoted=quoted,
        pronoun=pronoun,
    )


def _inside(offset: int, quotes: list[tuple[int, int]], starts: list[int]) -> bool:
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and quotes[index][0] <= offset < quotes[index][1]
