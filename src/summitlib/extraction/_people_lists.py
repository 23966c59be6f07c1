"""Names the company they keep marks as people: a list after a plural noun of people ("Israeli leaders,
including Golda Meir, Moshe Dayan and Yitzhak Rabin"), the second of two names after a plural title
("Cabinet Secretaries Raychelle Omamo and Sicily Kariuki"), the agent of a passive verb ("confirmed by
Yosef Ben-Aharon") and a first name with a middle initial ("Henry A. Kissinger")."""

from __future__ import annotations

import re

from summitlib.extraction._pattern_forms import guarded
from summitlib.extraction._people_roles import ROLE_AT_END, ROLE_WORD
from summitlib.extraction._people_tokens import Token

_WORD = r"(?:[A-Z][\w'’.-]*|former|late|then)"
"""A word of a listed name, with the few lower-case words a title before it may hold ("former
President Richard M. Nixon")."""


_PEOPLE = (
    r"\b(?:leaders|politicians|statesmen|ministers|officials|figures|dignitaries|guests|personalities|presidents"
    r"|premiers|heads\s+of\s+(?:state|government))\b[^.;:!?\n]{0,80}?"
)
_NAMES_BEFORE = rf"\s*:?\s+(?:{_WORD}(?:[ \u00a0]+{_WORD}){{0,6}}(?:,\s+|,?\s+and\s+))*\Z"
_LISTED = re.compile(rf"{_PEOPLE}\b(?:including|included|such\s+as|like|among\s+them|namely){_NAMES_BEFORE}")
"""A plural noun of people, then "including" or "such as", then the names listed before this one:
"other Israeli leaders, including Golda Meir, Moshe Dayan, "."""
_LISTED_AS_SUBJECT = re.compile(
    r"(?<!\bby\s)(?<!\bof\s)(?<!\bto\s)(?<!\bwith\s)(?<!\bfor\s)(?<!\bby\sthe\s)(?<!\bof\sthe\s)(?<!\bto\sthe\s)"
    rf"(?<!\bwith\sthe\s)(?<!\bfor\sthe\s){_PEOPLE}\b(?:were|are){_NAMES_BEFORE}"
)
"""The same noun as a sentence's subject, then "were" ("the politicians he most respected were former
President Richard M. Nixon, "; not "the cities visited by the leaders were San Francisco")."""
_LISTED, _LISTED_AS_SUBJECT = guarded(_LISTED), guarded(_LISTED_AS_SUBJECT)
"""Both behind a word boundary and their first letters: read over 320 characters before each listed name,
they were tried (with their ten lookbehinds) at every one."""


_TITLED_PAIR = re.compile(
    rf"\b(?i:{ROLE_WORD})s?(?<=[^s]s)\s+(?:(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*(?:,\s+|,?\s+and\s+)){{1,3}}\Z"
)
"""A plural title and the names it heads before this one, each followed by "and" or a comma ("Cabinet
Secretaries Raychelle Omamo and ", "Presidents Joe Biden and ", "Presidents Sixto Duran Ballen, ")."""


_BY_AGENT = re.compile(
    r"\b(?i:(?:confirm|announc|disclos|reveal|deni|accompani|head|chair|host|receiv|welcom|greet|join|flank"
    r"|interview|quot|appoint|nominat|replac|succeed|assassinat|kill|murder|mediat|creat|facilitat|consult"
    r"|sign|attend|deliver|visit|invit|organi[sz]|propos|critici[sz]|prais|endors"
    r"|elect|defeat|oust|depos|overthrow|arrest|releas|pardon|own|found|edit|writ|report)(?:ed|ten|n)"
    r"|said|told|led|held|given|shot|statement|speech|remarks|address|letter|message|writing|editing"
    r"|reporting|interview|visit|dinner|appeal|book|article|column)\s+by\s+\Z"
)
"""A passive verb's or a work's "by" right before a name: its agent or author ("was confirmed by Yosef
Ben-Aharon", "Statement by Nelson Mandela", "a dinner by Rajiv Gandhi")."""


ASIDE = re.compile(r",\s+(?:in|at|on|after|during|who|speaking|writing)\b[^,;:.!?\n]{0,70}(?=,)")
"""An aside set off by commas between a name and its verb ("Abba Eban, in a book just published,
confirmed")."""


_AS_ROLE = re.compile(
    r"\s+(?:(?:took|takes|take|taking)\s+over\s+|(?:was|is|were)\s+(?:sworn\s+in|installed|elected)\s+)?"
    rf"as\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[a-z-]+\s+){{0,2}}(?i:{ROLE_WORD})\b(?![’'-])"
)
"""An office the name holds or takes ("replace Yasuo Fukuda as prime minister", "Ellen Sirleaf as
president", "after Shinzo Abe took over as prime minister", "Anwar Sadat was sworn in as president")."""


_VERB_AFTER_COMMA = re.compile(
    r",\s+(?:(?:has|had)\s+(?:also\s+|already\s+)?)?(?:said|says|told|added|warned|argued|insisted|noted)\b"
)
"""A verb of speech right after a name set off by commas ("..., Yevgeny Velikhov, has already warned")."""


_SAID_BEFORE = re.compile(
    r"[,\"”’'] ?(?:said|says|added|asked|tweeted|wrote|posted|replied|explained|noted|continued"
    r"|insisted)\s+\Z"
)
"""A quotation's verb put before its speaker ('"...," said A. K. Sen Gupta', '"... by now," tweeted Svetlana
Lukash')."""


_WHO_AFTER = re.compile(
    r",\s+who\s[^.;!?\n]{0,120}?\b(?:(?P<one>he|his|him|himself|she|her|herself)|they|their|them)\b"
)
"""A relative clause right after a full name that speaks of him or her ("Che Guevara, who could be
expected to use every weapon in his arsenal"), or of them after a second name ("Soeharto and Mahathir
Mohamad, who shared the limelight during their heyday"); a group takes "who" and "their" alone."""


_INITIAL = re.compile(r"[A-Z]\.")


def in_company(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Whether the name-like words ``tokens[i:j]`` (two or more) are a person's name by the company
    they keep: a middle initial, a list of people, a plural title, a passive's agent."""
    if (
        3 <= j - i <= 4
        and len(tokens[i].text) > 1
        and tokens[i].text.isalpha()
        and all(_INITIAL.fullmatch(t.text) for t in tokens[i + 1 : j - 1])
    ):
        return True  # "Henry A. Kissinger", "George H. W. Bush"
    who = _WHO_AFTER.match(text, tokens[j - 1].end)
    if (who and (who["one"] or text.endswith(" and ", 0, tokens[i].start))) or _AS_ROLE.match(
        text, tokens[j - 1].end
    ):
        return True  # "Che Guevara, who could be expected", "replace Yasuo Fukuda as prime minister"
    start = tokens[i].start
    if text.endswith(", ", 0, start) and _VERB_AFTER_COMMA.match(text, tokens[j - 1].end) is not None:
        return True  # "One of the two arms experts with him, Yevgeny Velikhov, has already warned"
    if _SAID_BEFORE.search(text, max(0, start - 14), start) is not None:
        return True  # '"...," said A. K. Sen Gupta'
    if _BY_AGENT.search(text, max(0, start - 20), start) is not None:
        return True
    if not text.endswith(("and ", ", "), 0, start) and not _LIST_CUE_END.search(
        text, max(0, start - 16), start
    ):
        return False  # neither listed after another name nor right after the list's cue
    return (
        _TITLED_PAIR.search(text, max(0, start - 80), start) is not None
        or _LISTED.search(text, max(0, start - 320), start) is not None
        or _LISTED_AS_SUBJECT.search(text, max(0, start - 320), start) is not None
    )


_LIST_CUE_END = re.compile(r"\b(?:including|included|as|like|them|namely|were|are)\s*:?\s+\Z")
"""What ends the words before the first name of a list."""


def plural_title_alone(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """A plural office right before the name-like words ``tokens[i:j]``, and no second name after them:
    a title-case headline's words, not a name ("Colombian Presidents Mend Fences"; "Presidents Joe Biden
    and Xi Jinping" names two)."""
    if i == 0 or not tokens[i - 1].title:
        return False
    title = tokens[i - 1].text
    return (
        title.endswith("s")
        and not title.endswith("ss")
        and ROLE_AT_END.search(title) is not None  # "Presidents", not "Affairs"
        and _ANOTHER_AFTER.match(text, tokens[j - 1].end) is None
    )


_ANOTHER_AFTER = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?(?:,|\s+(?:and|&)\s)"
)
"""What joins a second name to the first, after the first one's country ("Presidents Volodymyr Zelensky of
Ukraine and To Lam of Vietnam")."""
