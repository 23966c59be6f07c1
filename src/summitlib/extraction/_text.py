"""Shared text helpers: sentences, quotations, name folding, number words and trie regexes."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable

from summitlib._names import fold

__all__ = [
    "NUMBER_WORDS",
    "SUBJECT_LEAD",
    "WEEKDAYS",
    "Sentences",
    "fold_name",
    "number_value",
    "quotation_spans",
    "sentence_end",
    "sentence_start",
    "trie_pattern",
    "unwrapped",
]

WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
"""The names of the days, as an alternation for patterns."""

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st sen rep gov gen lt col sgt jr sr vs no nos jan feb mar apr jun jul aug sep sept oct
    nov dec inc corp ltd co prof messrs mt ft etc approx rt hon md mohd""".split()  # noqa: SIM905
)
_BOUNDARY = re.compile(  # "[.!?]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n\s*", its first character first,
    # which re skips to (a property test compares the two)
    r"[.!?\n](?:(?<=[.!?])[.!?]*[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|(?<=\n)\s*)"
)
_GLUED = re.compile(r"\.(?<=[a-z][a-z]\.)(?=[A-Z][a-z])")
"""A full stop with no space before the next sentence, as where scraped paragraphs run together. (The stop
first, the letters before it behind it: ``re`` skips ahead to a stop, where ``(?<=[a-z][a-z])\\.`` was tried
at every offset; a property test compares the two.)"""
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\Z")


class Sentences:
    """Sentence boundaries of a text (paragraph breaks always end a sentence).

    Examples:
        >>> s = Sentences("Mr. Trump met Mr. Putin. They talked.\\nNew paragraph")
        >>> [s.text[a:b] for a, b in s.spans]
        ['Mr. Trump met Mr. Putin.', 'They talked.', 'New paragraph']
    """

    def __init__(self, text: str) -> None:
        self.text = text
        spans: list[tuple[int, int]] = []
        start = 0
        text = unwrapped(text)
        boundaries = list(_BOUNDARY.finditer(text))
        if "." in text:
            glued = list(_GLUED.finditer(text))  # "healthy again.The report": paragraphs run together
            if glued:
                boundaries = sorted([*boundaries, *glued], key=lambda m: m.start())
        for match in boundaries:
            if match.group().startswith((".",)) and _is_abbreviation(text, match.start()):
                continue
            if match.group().startswith("\n") and _wrapped(text, match.start(), match.end()):
                continue
            end = match.end() if not match.group().startswith("\n") else match.start()
            _add(text, spans, start, end)
            start = match.end()
        _add(text, spans, start, len(text))
        self.spans = spans
        self._starts = [a for a, _ in spans]

    def index(self, offset: int) -> int:
        """The index of the sentence containing ``offset`` (or the nearest one before it)."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def around(self, offset: int) -> tuple[int, int]:
        """The span of the sentence containing ``offset``."""
        return self.spans[self.index(offset)] if self.spans else (0, len(self.text))


_CONTINUED = re.compile(r"(?:[a-z,;]|\b(?:and|or|the|of|to|with|by|for|in|on|at|a|an|between|from))[ \t]*\Z")


_SHORT_WRAPPED = 20
"""The shortest line a lower-case word may go on from (a label or heading line is shorter)."""


def _wrapped(text: str, newline: int, after: int) -> bool:
    """A single line break inside a sentence of hard-wrapped text ("spoke by telephone\\non Tuesday"): after
    a nearly full line, or after any line of a few words that ends in a word and goes on with one in lower
    case ("Taking to his official X account, Ruto\\nrevealed that"; no sentence opens in lower case)."""
    if text.count("\n", newline, after) > 1:
        return False  # a blank line: a paragraph break
    line_start = text.rfind("\n", 0, newline) + 1
    following = text[after : after + 1]
    short = 40 if not following.islower() else _SHORT_WRAPPED
    if (
        newline - line_start < short
        or _CONTINUED.search(text, max(line_start, newline - 12), newline) is None
    ):
        return False
    return following.islower() or text[max(line_start, newline - 8) : newline].rstrip().endswith(
        (" and", " or", " the", " of", " to", " with", " between", " from", ",")
    )


_SENTENCE_END = re.compile(r"[.!?:][\"”’)\]]*[ \t]*\Z")


def unwrapped(text: str) -> str:
    r"""``text`` with the line breaks of hard-wrapped copy turned into spaces (same length, same offsets).

    Old wire copy breaks lines at a fixed width, even inside names ("U.S. President Bill\nClinton"). A
    text is hard-wrapped when most of its lines are long and of about one width; a line break there is
    soft when the line before it is nearly full and does not end a sentence.

    Examples:
        >>> unwrapped("President Bill\nClinton spoke.") == "President Bill\nClinton spoke."
        True
        >>> lines = ["word " * 12 + "Bill", "Clinton and Boris Yeltsin spoke by telephone on Tuesday, the",
        ...          "first of many calls between the two leaders since the summit.", "Short line."] * 2
        >>> "Bill Clinton" in unwrapped("\n".join(lines))
        True
    """
    if text.count("\n") < 4:
        return text
    lines = text.split("\n")
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 5:
        return text
    width = lengths[int(len(lengths) * 0.9) - 1]
    full = [n for n in lengths if n >= 0.8 * width]
    if not 40 <= width <= 100 or len(full) < 0.5 * len(lengths):
        return text
    out = list(text)
    at = 0
    for line, following in itertools.pairwise(lines):
        at += len(line)
        if (
            len(line) >= 0.7 * width
            and following.strip()
            and not following[:1].isspace()
            and _SENTENCE_END.search(line) is None
        ):
            out[at] = " "
        at += 1
    flat = "".join(out)
    return text if flat == text else flat


_LONGEST = 2000
"""The longest a sentence is taken to be, in characters: real sentences are far shorter, and a text with no
sentence ends (a list, a hostile input) is cut at spaces so that rules reading a sentence stay cheap."""


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > _LONGEST:
        cut = text.rfind(" ", start + _LONGEST // 2, start + _LONGEST)
        cut = cut if cut > start else start + _LONGEST
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def _is_abbreviation(text: str, dot: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if match is None:
        return False
    word = match.group(1)
    if "." in word or len(word) == 1:  # initials and U.S.-style abbreviations
        return True
    if (
        word == "Sen"
        and _NAME_BEFORE.search(text, max(0, match.start() - 20), match.start())
        and not _NAME_AFTER.match(text, dot + 1)
    ):
        return False  # "... Samdech Techo Hun Sen. Officials": a name ends the sentence
    return word.lower() in _ABBREVIATIONS


_NAME_BEFORE = re.compile(
    r"(?<![\w.])(?!(?:Democratic|Republican|Democrat|Independent|State|Former|Senior|Junior|Then|GOP|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|When|After|Before|Later|Today|Yesterday)\s)"
    r"[A-Z][a-z]+\s\Z"
)
"""A capitalised word before "Sen." that makes it a name's end ("Hun Sen."), not a senator's title."""
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+\.?\s+[A-Z]")
"""A first name and a family name after "Sen." ("Texas Sen. Ted Cruz"): a senator's title after all."""


_MARKS = re.compile(r"[`'“”\"‘’«»″](?:(?<=`)`|(?<=')'|(?<=’)’|(?<=[“”\"‘’'«»″]))")
"""A quote mark (two backticks, two apostrophes, two right single marks, or one of the double and single marks
and guillemets), its first character first, which ``re`` skips ahead to, where the plain alternation was tried
at every offset (a property test compares the two)."""
_PARAGRAPH = re.compile(r"\n\s*\n")
_BEFORE_OPENING = frozenset(" \t\n\r\u00a0([—–-")


@functools.lru_cache(maxsize=8)
def quotation_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of quotations, quote marks included, in text order.

    Double quotes in any mix of curly and straight marks (“...”, "...", “...", ``...``, ''...'', “...’’ as
    Nigerian papers close them, ”...” where copy prints only right marks, ″...″ and ``...″ as archived wire
    copy prints them) or as
    guillemets («...», in copy translated by Russian, Central Asian and European agencies), and single
    quotes that open a word ('The world leaves ...,' Gorbachev said) or as curly marks (‘...’); an
    apostrophe inside a word ("Indonesia's") never closes one. A quotation does not run past a blank
    line, so a stray mark cannot swallow the article: one left open ends with its paragraph, and is a
    quotation only when the next paragraph opens another (news copy quoting several paragraphs opens
    each and closes only the last) or the text ends there (a cut-off article). One pass over the quote
    marks: linear in the text.
    """
    spans: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None  # where the open quotation starts and its kind
    for match in _MARKS.finditer(text):
        at, mark = match.start(), match.group()
        if opened is not None:
            start, kind = opened
            if at - start > 2000:
                opened = None
            elif (
                brk := _paragraph_break(text, start, at, opening=_looks_opening(text, at, match.end()))
            ) is not None:
                if _OPENS_PARAGRAPH.match(text, brk[1] - 1):
                    spans.append(_paragraph_span(text, start, brk[0]))
                opened = None
            elif kind == "double" and mark in {"”", "''", "``", '"', "»", "’’", "″"}:
                if match.end() - start > len(mark) + 1:
                    spans.append((start, match.end()))
                opened = None
                continue
            elif (
                kind == "single" and mark in {"’", "'"} and not text[match.end() : match.end() + 1].isalpha()
            ):
                if text[at - 1 : at].isspace():
                    continue  # "the leaders' meeting" never ends a quotation that opened before a space
                spans.append((start, match.end()))
                opened = None
                continue
            else:
                continue
        before = text[at - 1] if at > 0 else " "
        after = text[match.end() : match.end() + 1]
        if mark in {"“", "``", "«"} or (
            mark in {'"', "''", "”", "″"} and before in _BEFORE_OPENING and after and not after.isspace()
        ):  # two apostrophes open a quotation as a straight double mark does (''They met at 4 p.m.,''), and
            # so does a right mark where copy prints only those (”Success will take time,” Bush told)
            opened = (at, "double")
        elif mark == "‘" or (
            mark == "'"
            and before in _BEFORE_OPENING
            and before != "-"
            and (after.isalpha() or after in '(“"')
        ):
            opened = (at, "single")
    if (
        opened is not None
        and len(text) - opened[0] <= 2000
        and _paragraph_break(text, opened[0], len(text), opening=False) is None
    ):
        spans.append(_paragraph_span(text, opened[0], len(text)))
    return tuple(spans)


_OPENS_PARAGRAPH = re.compile(r"\s*(?:“|``|«|[\"”](?=\S)|‘)")
"""A paragraph that opens with a quotation mark."""


_PARAGRAPH_LINE = 150
"""The fewest characters of a line that is a paragraph of its own (copy with one newline between
paragraphs), not a line of text wrapped at a fixed width (70 to 80 characters)."""


def _paragraph_break(text: str, start: int, end: int, *, opening: bool) -> tuple[int, int] | None:
    """Where the first paragraph break between ``start`` and ``end`` begins and ends: a blank line; or, when
    the mark at ``end`` ``opening`` a quotation shows the one from ``start`` was left open, the newline
    that ends a long line (a paragraph, in copy with one newline between paragraphs). A closing mark on a
    later line closes it across that newline ("... relations.\nThis is the way ...,"")."""
    blank = _PARAGRAPH.search(text, start, end)
    if opening:
        newline = text.find("\n", start, end if blank is None else blank.start())
        if newline >= 0 and _long_line(text, start, newline):
            return newline, newline + 1
    return None if blank is None else blank.span()


def _long_line(text: str, start: int, newline: int) -> bool:
    """Whether the line holding ``start`` and ending at ``newline`` (the first one after ``start``) is a
    paragraph's; reads back at most `_PARAGRAPH_LINE` characters, so a long line costs no more."""
    low = max(0, newline - _PARAGRAPH_LINE)
    before = text.rfind("\n", low, start)
    return newline - (before + 1 if before >= 0 else low) >= _PARAGRAPH_LINE


def _looks_opening(text: str, at: int, end: int) -> bool:
    """Whether the quote mark at ``text[at:end]`` opens a quotation: after a space or a bracket and before
    a word."""
    before = text[at - 1] if at > 0 else " "
    after = text[end : end + 1]
    return before in _BEFORE_OPENING and bool(after) and not after.isspace()


def _paragraph_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A quotation left open from ``start`` to its paragraph's ``end``, trailing blanks left out."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_VARIANT_ENDINGS = re.compile(r"[iy]+\b")
"""A word's final run of i and y (-iy, -yi, -yy, -y, -ii): all become one "i", so folding is idempotent."""


@functools.lru_cache(maxsize=65536)
def fold_name(name: str) -> str:
    """A key under which spelling and transliteration variants of a name meet.

    Accents are dropped, case folded, possessives, dots and hyphens removed, and common variants of
    transliterated endings merged ("Sergey"/"Sergei", "Dmitry"/"Dmitri", "Zelenskyy"/"Zelensky").

    Examples:
        >>> fold_name("Sergey Lavrov") == fold_name("Sergei Lavrov")
        True
        >>> fold_name("Kim Jong-un") == fold_name("Kim Jong Un")
        True
        >>> fold_name("Erdoğan's")
        'erdogan'
    """
    text = fold(name).replace("’", "'")
    text = re.sub(r"'s\b|'\B", "", text)
    text = re.sub(r"[.\-‐]", " ", text)
    text = text.replace("ks", "x")
    text = _VARIANT_ENDINGS.sub("i", text)
    return " ".join(text.split())


NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "several": 3,
    "a few": 3,
    "few": 3,
    "a couple of": 2,
    "couple of": 2,
}
NUMBER_PATTERN = (
    r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|an?)"
)


def windowed(
    pattern: re.Pattern[str], anchors: Iterable[tuple[int, int]], text: str, before: int, after: int
) -> list[re.Match[str]]:
    """Matches of ``pattern`` that cover one of the ``anchors`` (spans in text order, none inside another,
    as ``finditer`` gives them), searched only near anchors.

    Equivalent to filtering ``pattern.finditer(text)`` for matches that contain an anchor, provided no
    match reaches further than ``before`` characters before its anchor or ``after`` after it; much faster
    when anchors are rare (unit words, "ago", weekday names).
    """
    matches: list[re.Match[str]] = []
    end = 0
    for start, stop in anchors:
        if start < end:
            continue
        for match in pattern.finditer(text, max(end, start - before), stop + after):
            if match.start() > start:
                break  # and so do the matches after it
            if start < match.end():
                matches.append(match)
                end = match.end()
                break
    return matches


def number_value(word: str) -> float:
    """The value of a number written in digits or words ("ninety", "twenty-five", "2.5", "an").

    Examples:
        >>> number_value("twenty-five"), number_value("an"), number_value("1.5")
        (25, 1, 1.5)
    """
    word = word.lower().strip()
    if word[0].isdigit():
        value = float(word)
        return int(value) if value.is_integer() else value
    parts = re.split(r"[- ]", word)
    return sum(NUMBER_WORDS[p] for p in parts)


def first_chars(words: Iterable[str], *, ignore_case: bool = False) -> str:
    """A lookahead admitting only the first characters of ``words``: a cheap guard before a long pattern.

    Python's regex engine tries every alternative at every position; a guard that fails on one character
    skips that work at most positions. Examples:
        >>> first_chars(["said", "told"], ignore_case=True)
        '(?=[STst])'
    """
    chars = {w[0] for w in words if w}
    if ignore_case:
        chars |= {c.upper() for c in chars} | {c.lower() for c in chars}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation for many literal words, factored as a trie so matching stays fast.

    Longer words win over their prefixes. Examples:
        >>> re.fullmatch(trie_pattern(["syria", "syrian war", "sanctions"]), "syrian war") is not None
        True
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie) if trie else r"(?!x)x"


_Trie = dict[str, "_Trie"]


def _trie_regex(node: _Trie) -> str:
    branches = [re.escape(c) + _trie_regex(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


SUBJECT_LEAD = re.compile(
    r"(?:[^.!?\n,;:\"“”]{0,50},\s*)?(?:(?:[Tt]he|[Mm]eanwhile|[Aa]lso|[Nn]ow)\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}\Z"
)
"""What may come before a sentence's subject: a short adjunct set off by a comma and title words ("On
Monday, he"; "Early in the morning, Prime Minister Kishida")."""


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts: after the last ". " or line break before it, looked for
    no further back than ``_LONGEST`` characters (a text with no sentence ends stays linear to read)."""
    low = max(0, at - _LONGEST)
    dot = text.rfind(". ", low, at)
    while dot > low and _INITIAL_BEFORE.search(text, max(low, dot - 6), dot):
        dot = text.rfind(". ", low, dot)  # "Richard M. Nixon", "Mr. Koizumi": no sentence end
    return max(dot + 2 if dot >= 0 else low, text.rfind("\n", low, at) + 1)


_INITIAL_BEFORE = re.compile(
    r"(?:^|[\s(“\"])(?:[A-Z]|Mrs?|Ms|Dr|St|Gen|Col|Lt|Sen|Rep|Gov|Prof|Capt|Maj|Sgt)\Z"
)
"""An initial or a title abbreviation before a full stop ("M." of "Richard M. Nixon", "Mr."): no sentence
ends there."""


def sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends: at the first ". " or line break after it, looked for no
    further ahead than ``_LONGEST`` characters (the twin of `sentence_start`)."""
    high = min(len(text), at + _LONGEST)
    stops = [stop for stop in (text.find(". ", at, high), text.find("\n", at, high)) if stop >= 0]
    return min(stops, default=high)
