"""Role words and the patterns of offices written around a name ("Murphy Morobe, spokesman for the
movement", "Minister for Foreign Affairs Masahiko Koumura", "o presidente uruguaio Julio Sanguinetti")."""

from __future__ import annotations

import re

from summitlib.extraction._status import guarded

ROLE_WORD = (
    r"(?:president|minister|secretar(?:y|ies)|spokes(?:man|woman|person)|advis[eo]r|ambassador|envoy|representative"
    r"|chairman|chairwoman|chairperson|chair|chief|admiral|marshal|colonel|lieutenant|brigadier|viceroy|leader|diplomat|official|lady|senator|governor|general|king|queen|prince"
    r"|chancellor|premier|manager|aide|director|counsel+or|correspondent|reporter|commander|commissioner|officer|mayor"
    r"|lawyer|partner|founder|analyst|expert|professor|columnist|journalist|editor|dictator|negotiator|mediator|strongman|counterpart"
    r"|contractor|emir|amir|sultan|sheikh|monarch|ruler|host|guest|successor|predecessor|rival|opponent|candidate"
    r"|emperor|empress|pope|ayatollah|speaker|president[ae]|présidente?|ministr[oae]|canciller|chanceler|mandatari[oa]|rey|reina|roi|senadora?"
    r"|cleric|politician|scientist|author|activist|businessman|businesswoman|tycoon|dissident|writer|novelist"
    r"|historian|economist|scholar|researcher|lawmaker|legislator|commentator|entrepreneur|billionaire|physicist"
    r"|chemist|mathematician|philosopher|poet|artist|actor|actress|singer|musician|composer|astronaut)"
)


ROLE_RE = guarded(re.compile(rf"\b{ROLE_WORD}s?\b", re.IGNORECASE))


ROLE_AT_END = re.compile(rf"\b{ROLE_WORD}s?(?:-(?:elect|designate))?\Z", re.IGNORECASE)


APPOSITION = re.compile(rf",\s+(?:the|a|an|his|her|its)\s+[^,;:]{{0,60}}?\b{ROLE_WORD}\b", re.IGNORECASE)


ROLE_OF = re.compile(
    rf",\s+(?:(?:former|then|current|acting|interim|outgoing|incoming|deputy|vice)[\s-]+)?(?:[A-Za-z]+\s+)?"
    rf"(?P<role>{ROLE_WORD})(?=\s+(?:of|for|to)\s)",
    re.IGNORECASE,
)
"""An office set off after a name, before "of" ("Felix Tshisekedi, President of the DRC"; "Kishida Fumio,
Prime Minister of Japan"); the name needs two words and the office a country after it, or a lower-case
office ("Murphy Morobe, spokesman for the movement")."""


OWNER_ROLE = re.compile(rf",\s+[A-Z][\w'’-]+['’]s\s+(?:[a-z]+\s+){{0,2}}(?i:{ROLE_WORD})\b")
"""An articleless apposition naming whose aide someone is ("Sartaj Aziz, Sharif's advisor")."""


OF_COUNTRY = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w'’.-]+(?:(?<!\.)\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]+){0,3}?)"
    r"(?=[,;.]|\s+(?:and|meet|met|who|said|to|in|on|at|arrived|arrives?|visited|held|holds|will|would|ha[sd]|have"
    r"|was|were|is|are)\b)"
)
"""A country after a name ("Godfrey L. Binaisa of Uganda arrived"), not across a sentence's end."""

OF_PLACE = re.compile(r"\s+of\s+[A-Z][\w'’.-]*\Z")


NAMED_AFTER_ROLE = re.compile(
    rf"\b{ROLE_WORD}s?\s*[(\[]\s*(?:(?:Mr|Mrs|Ms|Dr|Madam)\.?\s+)?\Z", re.IGNORECASE
)
"""A role and an opening parenthesis right before a name: the name of the one who holds it."""
OFFICE_OF_INSTITUTION = re.compile(
    r"\b(?:[Pp]resident|[Cc]hair(?:man|woman|person)?|[Ss]peaker|[Mm]inister|[Ss]ecretary|[Ll]eader|[Hh]ead"
    r"|[Gg]overnor|[Aa]mbassador|[Dd]irector(?:[\s-][Gg]eneral)?|[Dd]eputy|[Ss]pokes(?:man|woman|person)|[Cc]ommander"
    r"|[Cc]ounterpart)"
    r"\s+(?:of|to|for)"
    r"\s+(?:the\s+)?(?:(?!(?:Dr|Mr|Mrs|Ms|Prof|Sir)\b)[A-Z][\w'’.-]*\s+(?:(?:and|of|for)\s+)?){0,6}"
    r"(?!(?:Dr|Mr|Mrs|Ms|Prof|Sir)\b)[A-Z][\w'’.-]*(?:\s+(?:Dr|Mr|Mrs|Ms|Prof|Sir)\.?)?(?:,\s+|\s+)\Z"
)
"""An office of an institution or country right before a name ("President of the National Assembly Heng
Samrin", "Chairman of the Federation Council Valentina Matvienko", "President of the United States, Joe
Biden,", "her Ethiopian counterpart to Kenya Meles Alem Tikea"). No honorific is a word of the institution,
though one may end the match ("Minister for Pacific Peoples Dr Shane Reti"): it opens the holder's name, so
"... Dr Shane Reti, Climate Change Minister Simon Watts" puts no office before "Climate Change"."""
OFFICE_OF_INSTITUTION = guarded(OFFICE_OF_INSTITUTION)


ROMANCE_DEMONYM_AT_END = re.compile(
    r"\s+[a-zçéêíóú]+(?:ano|ana|ino|ina|eño|eña|ense|ês|és|esa|aio|aia|ayo|aya|eno|ena)\Z"
)
"""A Spanish or Portuguese nationality written after the office it qualifies ("o presidente uruguaio",
"el canciller argentino"): set aside, the office ends the title."""


_KIN_WORDS = (
    *("wife", "husband", "widow", "daughter", "son", "brother", "sister", "mother", "father"),
    *("uncle", "aunt", "nephew", "niece", "cousin"),
)
"""The family words ``KIN_BEFORE`` ends with ("grandfather", "granddaughter" end with one of them): what the
text before a match ends with, less its spaces and comma."""
KIN_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]+['’]s)\s+(?:(?:eldest|youngest|elder|younger|late|second|first|[A-Za-z]+-born)\s+)?"
    rf"(?:grand(?:father|mother|son|daughter)|{'|'.join(_KIN_WORDS)})(?:,[^\S\n]*|[^\S\n]+)\Z"
)
"""A family tie right before a name ("kissed his wife Margaret", "Mandela's wife, Winnie", "his eldest
daughter Siti Hardijanti Rukmana", "her cousin Amina Said"): the name is a person's."""


def kin_before(text: str, start: int) -> bool:
    """Whether a family tie ("his wife") stands right before ``start`` (looked for only where the text
    before it, less its spaces and comma, ends with a family word: most names have none)."""
    low = max(0, start - 60)
    if not text[low:start].rstrip().rstrip(",").endswith(_KIN_WORDS):
        return False
    return KIN_BEFORE.search(text, low, start) is not None
