"""Who takes part in a meeting a sentence reports: the people a clause names, less speakers, topics,
companions and asides (`select_participants`); the subjects of a meeting verb; the people of a quotation
that holds the meeting word. Who a pronoun stands for is `_participant_pronouns`; the pairs and groups a
text is about, `_participant_groups`; a visit's host and "the leaders of A and B", `_hosts`."""

from __future__ import annotations

import functools
import re

from summitlib.extraction._anchors import lowered
from summitlib.extraction._cast_offices import MONARCHS
from summitlib.extraction._meeting_cues import LEADING, MEETING, OTHER_CLAUSE, TELLING
from summitlib.extraction._pattern_forms import folded, guarded
from summitlib.extraction._people_runs import PAIR_HYPHEN
from summitlib.extraction._text import sentence_end
from summitlib.extraction._types import Attribution, PersonMention

__all__ = [
    "THING_WELCOMED",
    "named_subjects",
    "not_a_person",
    "quoted_around",
    "select_participants",
    "speaker_and_named",
]

_TOPIC_BEFORE = re.compile(
    r"\b(?:over|about|regarding|concerning|against|asylum\s+to|of|by|for|like|without|except|excluding|under"
    r"|loyal\s+to)\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,6}\Z"
)
_INVITATION_BEFORE = re.compile(r"\b(?:invitation|hono(?:u)?r)\s+\Z", re.IGNORECASE)
"""The host after "at the invitation of" ("At the invitation of President Tokayev, Mirziyoyev will
arrive"), or the guest after "in honour of" ("will host a banquet in honour of President Kovind"): a
participant, not a topic."""
_CREDIT_BEFORE = re.compile(r"\s[-–—]\s*\Z")
_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")
_TO_MEET_AFTER = re.compile(r"\s+to\s+(?:meet|visit|hold|talk|sit|speak)\b")
"""The subject of a meeting after "for" ("no plans for President Trump to meet"): a participant."""
_MEAL_BEFORE = re.compile(r"\b(?:dinner|banquet|lunch|luncheon|breakfast|reception)\s+\Z")
"""The guest of a meal after "for" ("hosted a dinner for his Chinese and South Korean counterparts"): a
participant."""
_AGENT_BY = re.compile(
    r"\b(?:welcomed|received|hosted|greeted|met|invited|visited|entertained|accompanied|attended|chaired"
    r"|co-chaired|convened|mediated|brokered|presided\s+over)"
    r"\s+(?:\w+\s+){0,2}?by\s"
    r"|\b(?:welcomed|received|greeted)\s+(?:\w+\s+){0,2}?at\s+the\s+(?:(?-i:[a-z])[\w'’-]*\s+){1,3}?by\s",
    re.IGNORECASE,
)
"""The agent of a meeting verb in the passive ("he was welcomed by Prime Minister Gandhi", "the meeting
convened by President Ramaphosa", "was warmly welcomed at the airport by Hon. Musalia Mudavadi": a
reception, where it was told between): a participant."""
_VISIT_NOUN = re.compile(r"visits?", re.IGNORECASE)
"""A visit whose visitor follows it after "by" ("The visit by Fox to Bush's ranch"): a participant, not a
topic."""
_HOST_AFTER = re.compile(
    rf"(?:{_AGENT_BY.pattern}|\bat\s+the\s+invitation\s+of\s)[^;:.!?\"“”]*\Z", re.IGNORECASE
)
"""What comes between a meeting verb and its host named later in the sentence ("met in Brussels on
December 14, 2021 at the invitation of EU President Charles Michel"): past the clause's end."""
_COMPANION_BEFORE = guarded(
    re.compile(
        r"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:wife|husband|spouse|son|daughter|partner|children)|[Ff]irst\s+[Ll]ady)"
        r"[\s,]+\Z"
    )
)
_MEET_AFTER = re.compile(
    r"\s+(?:(?:also|then|today|yesterday|tonight|on\s+[A-Z]\w+)\s+)?(?:met|meet|meets|held\s+talks|hold\s+talks"
    r"|called\s+on|were\s+received\s+by)\b"
)
"""A companion who is a subject of the meeting verb ("Carter and his wife Rosalynn met today with
Gorbachev"): one of those who meet."""
_KIN_OF = re.compile(
    r"\b(?:daughter|son|wife|husband|widow|widower|mother|father|brother|sister|children|family|relatives"
    r"|grandson|granddaughter|nephew|niece)s?\s+of\s+(?:(?:the|late|former|ousted|jailed|detained|exiled"
    r"|slain|deposed|then|[A-Z][\w.’'-]*)\s+){0,5}\Z"
)
"""A relative of the one named ("the daughter of ousted Deputy Premier Anwar Ibrahim"): the relative meets,
not them."""
_ROLE_BEFORE_OF = re.compile(
    r"\b(?:[Pp]resident|[Mm]inister|[Pp]remier|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan|[Cc]hancellor|[Ll]eader"
    r"|[Pp]rince|[Ss]ecretary)(?:-(?:[Ee]lect|[Dd]esignate))?\s+(?:of\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3})?\Z"
)
"""A title before "of" ("the President of Russia Vladimir Putin", "President of the Republic of Uzbekistan
Shavkat Mirziyoyev", "The President-elect of Ghana Nana Akufo-Addo"): a participant, not a topic."""
_POSSESSIVE_AFTER = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:successor|predecessor|heir|widow|wife|husband|son|daughter|brother|sister|father"
    r"|mother|aide|envoy|spokes(?:man|woman|person)|adviser|advisor|deputy|ambassador|protégé|ally|rival)\b"
)
"""A name owning someone else's role ("Mao Tse-tung's pragmatic successor"), when the text alone knows it
and did not mark it possessive: not who meets."""
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b")
_WITH_AFTER = re.compile(r"\s+(?:(?:by\s+(?:tele)?phone\s+)?(?:with|to)\s+)?(?:[A-Z][\w.]*\s+){0,3}\Z")


THING_WELCOMED = re.compile(
    r"(?i:welcom(?:ed|es|ing)|receiv(?:ed|es|ing))\s+(?:a|an|the|this|that|his|her|their|its)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:claim|decision|move|proposal|offer|opportunity|progress|news|announcement"
    r"|agreement|deal|statement|results?|outcome|steps?|initiative|invitation|letter|message|report|award"
    r"|doctorate|degree|honou?r|communication|cancellation|support|efforts?|idea|plan|call\s+for|assurances?"
    r"|pledges?|commitment|approval|endorsement|remarks|comments?|response|reply|verdict|ruling|election"
    r"|appointment|release|resumption|signing|adoption)s?\b"
)
"""A thing welcomed or received ("whether Mr Hawke had welcomed a claim last week by Mr Tizard", "welcomed
the opportunity to work with the two leaders", "received an honorary doctorate"): no one met."""


def quoted_around(text: str, cue: re.Match[str], inside: list[PersonMention]) -> list[PersonMention]:
    """The people named in the quotation that holds the meeting word ("There are no plans for President
    Trump to meet with President Putin," an official said): quoted mentions with no quotation mark between
    them and the word."""
    return [
        m
        for m in inside
        if m.person is not None
        and _QUOTE_MARK.search(text, min(m.end, cue.start()), max(m.start, cue.end())) is None
    ]


_QUOTE_MARK = re.compile(r"[\"“”]")


def speaker_and_named(
    text: str, cue: re.Match[str], inside: list[PersonMention], attributions: list[Attribution]
) -> tuple[str, ...]:
    """A first-person quotation that meets someone ("We had a call with Mr. Trump"): its speaker and them."""
    quote = next((a for a in attributions if a.quoted and a.start <= cue.start() < a.end), None)
    if quote is None or quote.speaker is None or quote.speaker.leader is None:
        return ()
    if not _FIRST_PERSON.search(text, max(quote.start, cue.start() - 40), cue.start()):
        return ()
    named = next(
        (m for m in inside if m.start >= cue.end() and _WITH_AFTER.fullmatch(text, cue.end(), m.start)), None
    )
    if named is None or named.person is None or named.person == quote.speaker.leader:
        return ()
    return tuple(sorted({named.person, quote.speaker.leader}))


_MEETING_VERB = re.compile(
    r"(?:met|meet|meets|held|hold|holds|holding|talked|spoke|speak|sat|sit|shook|conferred|hosted)\b", re.I
)


def named_subjects(
    text: str,
    start: int,
    end: int,
    cue: re.Match[str],
    mentions: list[PersonMention],
    participants: tuple[str, ...],
) -> tuple[str, ...]:
    """Two or more people named as the subject of a meeting verb, and no one named after it in the clause
    who is not already one of them: those people ("A and B held a meeting ..., ahead of C's visit"), with
    a host named further on ("A and B met in Brussels on December 14, 2021 at the invitation of C")."""
    if not _MEETING_VERB.match(cue.group()):
        return participants
    clause = max(start, text.rfind(";", start, cue.start()) + 1)
    before = {m.person for m in mentions if clause <= m.start < cue.start() and m.person in participants}
    if len(before) < 2 or OTHER_CLAUSE.search(text, clause, cue.start()):
        return participants
    # "Ruto and Odinga met with Ugandan President Museveni": all three
    stop = _CLAUSE_END.search(text, cue.end(), end)
    limit = stop.start() if stop is not None else end
    before |= {
        m.person
        for m in mentions
        if cue.end() <= m.start < end
        and m.person in participants
        and not m.possessive
        and (m.start < limit or _HOST_AFTER.search(text, cue.end(), m.start) is not None)
    }
    return tuple(sorted(p for p in before if p is not None))


_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:before|after|while|when|where|who|which|ahead\s+of)\s")


_SPEAKER_MEETS = re.compile(
    r"\s+(?:(?:reporters|journalists|him|her|them|the)\s+)?(?:after|before|following|during|at|visiting|on\s+a\s+visit)\b"
    r"|\s+(?:that\s+)?(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|talks|meeting|trip|call|conversation)\b",
    re.IGNORECASE,
)
"""The speaker takes part in a meeting named right after the reporting verb ("Putin said after talks with
Erdogan", "Xi told visiting President Lula")."""
_SPOKEN_DURING = re.compile(
    r"[^.;:!?\"“”]{0,100}?\b(?:during|in|at)\s+(?:a|an|the|their|his|her)\s+(?:[\w/-]+\s+){0,3}"
)
"""What the speaker says, then the meeting it was said in, up to the meeting word ("called for an
immediate ceasefire during a 75-minute phone call with Putin"): the speaker takes part in it."""
_APPEALING = re.compile(
    r"(?:call|urg|stress|emphasi|underlin|reiterat|voic|express|pledg|vow|warn|demand|press|appeal)", re.I
)
"""A verb of appeal or stance ("called for", "urged", "stressed"), said to the one met, not of reporting
("said", "told reporters", "confirmed"), which a spokesman uses of meetings he is not at."""
_SPOKEN_DURING_REACH = 130
"""How far after the reporting verb that meeting word may stand."""
_TOLD_PRESS_AFTER = re.compile(r"\s+(?:(?:on|late|earlier)\s+[A-Z][a-z]+\s+)?(?:after|following)\s")
"""After "told a news conference", a day may come between ("Merkel told a news conference on Tuesday following
talks with Medvedev")."""
_IN_A_MEETING = re.compile(
    rf"\s*{LEADING}\s+(?:(?:a|an|the|his|her|their)\s+)?[^,;:.!?\"“”]{{0,60}}?\bwith\s"
    r"[^,;:.!?\"“”]{3,100},\s*"
    r"(?:[A-Z][\w.’'-]*\s+){0,4}\Z"
)
"""A meeting with someone told in a leading phrase, then its subject ("In a telephone conversation with the
South African leader at his home, President Buhari said ..."): the speaker takes part in it."""
_OWN_MEETING_LEADING = re.compile(
    r"\s*(?:(?:Hosting|Meeting|Visiting)\s[^,;:.!?\"“”]{0,100}|(?:During|At|In|After|Following|On|Before"
    r"|Ahead\s+of)\s+(?:his|her)\s[^,;:.!?\"“”]{0,100})"
    r"(?:,\s*(?:which|who)\s[^,;:.!?\"“”]{1,80})?"  # "After his meeting with X, which was held in private,"
    r",\s*(?:[A-Z][\w.’'-]*\s+){0,4}\Z"
)
"""A leading phrase that tells the subject's own meeting, by a participle or "his" ("Hosting his first state
visit by an African leader, US President George Bush urged Kenyan President Mwai Kibaki ..."): the speaker
takes part in it."""
_TOLD_THAT = re.compile(rf"\b{TELLING}\s+[^.;:!?\"“”]{{1,80}}?\s+that\s")
"""Telling someone named something, after the meeting word: the clause after "that" is what they said."""
_MESSENGER = re.compile(
    r"\s+to\s+(?:convey|relay|pass\s+on|deliver|carry|transmit)\b[^.;:!?\"“”]{0,80}?\b(?:message|desire|wish|hope"
    r"|invitation|request|proposal|offer|readiness|willingness|letter)\b"
)
"""Who is asked to carry a message, before the meeting it asks for ("asked Kim to convey to North Korea his
desire for a summit meeting with Kim Jong Il"): a go-between, not one who meets."""


def _carries_message(text: str, mention: PersonMention, cue: re.Match[str]) -> bool:
    """Whether ``mention`` is asked to carry a message that asks for the meeting of ``cue`` (no comma
    between: not "to convey a message, at a summit with ...")."""
    message = _MESSENGER.match(text, mention.end, cue.start())
    return message is not None and "," not in text[message.end() : cue.start()]


_AFTER_A_MEETING = re.compile(
    r"\s*(?:After|Following)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|summit|call|conversation)\b"
    r"[^,;:.!?\"“”]{0,60},\s*(?:(?:[A-Z][\w.’'-]*|and)\s+){0,12}\Z"
)
"""A meeting told in a leading phrase with no one named in it, then the sentence's subjects ("Following a
meeting in Canberra, Prime Minister Albanese and Prime Minister Luxon emphasised ..."): theirs."""


def _their_meeting(text: str, start: int, mention: PersonMention) -> bool:
    """Whether the speaker ``mention`` is a subject after a leading phrase that tells a meeting of no one
    named, and the rest of the sentence tells no other meeting ("After the summit, Buhari said Ramaphosa and
    Kenyatta met": not Buhari's)."""
    if not _AFTER_A_MEETING.match(text, start, mention.start):
        return False
    return MEETING.search(text, mention.end, sentence_end(text, mention.end)) is None


_TOLD = re.compile(
    r"(?:told|tells|urged|urges|asked|asks|pressed|presses|assured|assures|warned|warns|informed|informs"
    r"|reminded|reminds|promised|promises)"
)
_IN_A_CALL = re.compile(
    r"[^.;!?\"“”]{0,150}?\b(?:in|during|over)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:tele)?phone\s+(?:call|conversation)|call|conversation|video\s*(?:call|conference)|videoconference"
    r"|meeting|talks)\b"
)
"""A call or meeting in which the teller tells ("Putin told Obama in a phone call on Wednesday that ...",
"Scholz and Macron urged Putin to continue with talks over the war in a phone call")."""


def _told_in_a_call(text: str, verb: tuple[int, int], cue: re.Match[str] | None) -> bool:
    """Whether the speaker of the telling verb at ``verb`` tells someone in the call or meeting of ``cue``
    that follows: the speaker takes part in it."""
    if cue is None or cue.start() < verb[1] or not _TOLD.fullmatch(text, verb[0], verb[1]):
        return False
    call = _IN_A_CALL.match(text, verb[1])
    return call is not None and cue.start() < call.end()


_WHO_CLAUSE = re.compile(r",\s+who\s+(?:[\w'’-]+\s+){0,3}")
"""A relative clause that holds the reporting verb: the one named before it is the main clause's subject
("Lopez Obrador, who had urged Trudeau to join him, is due to meet Trump")."""


_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\s[^,;:.!?()“”\"]*")
"""A non-restrictive relative clause (", who had sent a letter to President Mubarak"): who it names takes
part in a meeting only when the clause itself reports it."""


def _aside(text: str, mentions: list[PersonMention], cue: re.Match[str] | None) -> tuple[int, int] | None:
    """The part of a sentence whose people a relative clause sets apart from its meeting: the clause, when
    it names someone but not the meeting; what follows it, when the clause is where the meeting is
    ("Sedki, who met Assad on Monday, told Mubarak")."""
    if cue is None or len(mentions) < 3:
        return None
    first, last = min(m.start for m in mentions), max(m.end for m in mentions)
    for clause in _RELATIVE.finditer(text, first, last):
        if clause.start() <= cue.start() < clause.end():
            return clause.end(), last
        if any(clause.start() < m.start < clause.end() for m in mentions):
            return clause.start(), clause.end()
    return None


_AIDES_BY = re.compile(r"\b(?:assisted|flanked|aided|supported|backed)\s+by\s", re.IGNORECASE)
"""Aides of a delegation ("the prime minister was assisted by Foreign Minister Kasuri, foreign secretary
Khan and High Commissioner Malik"): everyone the clause names after it stays out."""
_AIDES_BY = guarded(_AIDES_BY)


_MEAL_HOSTED = re.compile(
    r"\b(?:dinner|banquet|lunch|luncheon|breakfast|reception|gala)\s+(?:[\w-]+\s+){0,2}(?:hosted|given|held|thrown)\s+\Z"
)
"""A meal someone else hosts ("came face-to-face at a dinner hosted by Putin"): the host is the meal's."""
_INVITATION_AFTER = re.compile(r"['’]s\s+(?:invitation|hono(?:u)?r)\b")
"""A possessive that is the host ("at Begin's invitation") or the guest ("a banquet in Kovind's honour") of
the meeting, not the owner of someone else's role."""
_OWN_ENGAGEMENT = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:engagement|event|stop|appointment|task|act|order\s+of\s+business|item)\s+"
    r"(?:(?:today|tomorrow|on\s+\w+)\s+)?(?:was|is|will\s+be|would\s+be)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
)
"""The owner of an engagement that is the meeting ("The U.S. president's first African engagement was a call
with Egyptian President Al-Sisi", "Modi's last stop will be a meeting with ..."): a participant."""
_HOME_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:ranch|residence|home|dacha|estate|farm|villa|retreat|hometown)\b"
)
"""A person's own place ("a visit to Bush's Central Texas ranch"), when a place word before it leads to it."""
_TO_PLACE_BEFORE = re.compile(r"\b(?:to|at)\s+$")
_PARTICIPLE = re.compile(r"[a-z]+ing")
_OBJECT_BEFORE = re.compile(r"\b(?:from|with|to|by)\b")
_ALONG = re.compile(
    r",\s+(?:accompanied|escorted|joined)\s+by\s+[^,;:.]{3,120},"
    r"|\b(?:arrived|arrives|arriving|came|landed|lands|landing)\b[^,;:.]{0,40}?\s(?:accompanied|escorted)\s+by\s"
    r"[^,;:.]{3,120},"
)
"""A companion set off by commas ("King Abdullah, accompanied by Crown Prince Al Hussein, met ..."), or on
the arrival ("Assad arrived early Monday accompanied by Khaddam and Sharaa, and immediately opened talks
with Mubarak")."""
_NO_CLAUSE = r"(?![^,;:.]*?[A-Z][\w'’-]*\s+(?!(?:and|or|of|the|for|to)\b)[a-z])"
"""An item of a companion list, up to its comma, with no name followed by a lowercase word: "Modi met Biden"
is the main clause, not one more companion."""
_OPENING_ALONG = re.compile(
    rf"\b(?:Accompanied|Escorted)\s+by\s+(?:(?!(?:the|he|she|they|it)\s){_NO_CLAUSE}[^,;:.]{{2,80}},\s+){{0,4}}?"
    rf"(?!(?:the|he|she|they|it)\s){_NO_CLAUSE}[^,;:.]{{2,80}}?\sand\s[^,;:.]{{2,80}},"
    r"|\b(?:Accompanied|Escorted)\s+by\s+[^,;:.]{3,120},"
)
"""Companions named by a participle opening the sentence ("Accompanied by his wife and Foreign Minister Alwi,
the president was welcomed by ..."): up to the comma after the list's last item."""
_INVERTED_ALONG = re.compile(
    r"\b(?:Also\s+[Aa]ccompanying|Accompanying)\s(?![^.;:]{0,120}?\b(?:at|in|during|into)\s+(?:the|their)\s+(?:[\w-]+\s+)?"
    r"(?:talks|meetings?|discussions?|summit)\b)[^.;:]{0,120}?\s(?:are|were|is|was|will\s+be)\s[^;]{3,300}?"
    r"(?=[.;](?:\s|$)|$)"
)
"""Companions after the verb of an inverted sentence ("Accompanying the President on his visit are the
Secretary-General Hussein and Intelligence Chief Faraj."): the trip's party, not the meeting's (but
"accompanying the king at the talks": those who sat in). Only at a sentence's start (capitalised or after
"Also"): "Lavrov, accompanying Putin, was received by Biden" is no inversion."""
_PARTY = re.compile(
    r"\b(?:is|was|are|were|be|being|been)\s+(?:also\s+)?(?:accompanied|escorted)\s+(?:[\w-]+\s+){0,5}?by\s"
)
"""Who comes along, as the rest of a clause ("He was accompanied on the visit by ...")."""
_ALONGS = (_ALONG, _OPENING_ALONG, _INVERTED_ALONG)
_PRESENCE = re.compile(r"\bin\s+the\s+presence\s+of\s[^;.!?]{1,200}")
"""Who looks on ("started their meeting in the presence of the foreign ministers, Lavrov and Barnier")."""


_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|outside)\s+(?:the\s+)?|\bon\s+the\s+"
    r"|\b(?:link|line|road|bridge|border|route|railway|highway|crossing|corridor|causeway|flights?|trains?"
    r"|services?)\s+(?:between|from)\s+(?:[A-Z][\w.’'-]*\s+){0,3}?(?:(?:and|to)\s+)?)\Z",
    re.IGNORECASE,
)
"""What comes before a place ("in Woodlands", "on the Causeway", "the RTS Link between Woodlands and Johor
Baru")."""
_PLACE_BEFORE_FOLDED = folded(_PLACE_BEFORE)
_PLACE_REACH = 80
_BODY_MEMBER_AFTER = re.compile(
    r"\s+(?:representative|envoy|leader|chief|spokes(?:man|woman|person)|official|negotiator|delegate"
    r"|member|commander|chairman|mediator)s?\s+[A-Z]"
)
"""What follows a body named as someone's affiliation ("Quartet representative Tony Blair")."""
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w’'-]*\s+){0,4}\Z")
_ATTRIBUTIVE_AFTER = re.compile(r"[-–]|\s+[a-z]")
_THE_REACH = 80
_OFFICE = re.compile(
    rf"\b(?:{'|'.join(sorted(MONARCHS))}"
    r"|president|minister|premier|chancellor|secretary|leader|chairman|chair"
    r"|ambassador|envoy|governor|speaker|general|director|spokes\w+|advis[eo]r|mayor|prince|princess|sheikh"
    r"|pope|commissioner|chief|mr|mrs|ms|dr|sir|excellency|majesty|highness|hon|honou?rable|rev|reverend"
    r"|monarch|maharaja|lama|khan|ayatollah|imam|patriarch|cardinal|archbishop|rabbi)\b",
    re.IGNORECASE,
)
_OFFICE_AFTER = re.compile(r"\s+" + _OFFICE.pattern, re.IGNORECASE)
_OFFICE_OF = re.compile(_OFFICE.pattern + r"\s+(?:of|to|for|at)\s+\Z", re.IGNORECASE)
"""An unknown name after "the" with no office between stands for a body, a gathering or a people ("the
National Salvation Front", "the PIF Special Leaders’ Retreat", "the Columbian leader"): news copy writes no
article before a person's name, only before an office ("the Egyptian Foreign Minister Sameh Shoukry") or a
name that is a title ("the Dalai Lama", "the Aga Khan", "the Ayatollah Khomeini")."""
_CONNECTIVE_I = re.compile(
    r"(?:Thereafter|Then|Now|Today|Yesterday|Tomorrow|Subsequently|Later|Afterwards|Meanwhile|However"
    r"|Therefore|Hence|Finally|Accordingly|Recently|Earlier|Here|There|So|And|But|Yet|Also|Indeed"
    r"|Nevertheless|Again|Instead|Still)\s+I"
)
"""A sentence's opening word and the pronoun "I" read as a name ("Thereafter I have agreed")."""


_WHEN = (
    "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    "|August|September|October|November|December)"
)
_REPRESENTED = re.compile(
    r"\b(?:represent(?:s|ed|ing)|on\s+behalf\s+of|stand(?:s|ing)?\s+in\s+for|stood\s+in\s+for|in\s+place\s+of"
    r"|instead\s+of)\s+(?:(?:[A-Z][\w.’'-]*|of|the)\s+){0,5}\Z"
)
"""A person someone else stands in for ("Pence, who is representing Donald Trump at Apec", "on behalf of
President Xi"): absent from the meeting the stand-in goes to."""
_PAIR_BEFORE_NOUN = re.compile(
    rf"[A-Z][\w'’.]*{PAIR_HYPHEN}[A-Z][\w'’]*(?P<noun>\s+(?:summit|summits|meeting|meetings|talks|talk|call|calls"
    r"|conversation|encounter|handshake|one-on-one)\b)"
)
"""Two family names joined by a hyphen before a meeting's noun ("a Reagan-Gorbachev summit"): a meeting
of those two, apart from another the clause tells of ("Shultz met Gromyko, and reports from those talks
indicated no progress in setting up a Reagan-Gorbachev summit")."""
_PAIR_NOUN_REACH = 30
"""How far after the last name a pair's meeting noun may end."""
_ATTRIBUTIVE_BODY_AFTER = re.compile(
    r"[ \t]+(?:administration|government|regime|era|presidency|cabinet|camp|team|campaign|doctrine"
    r"|White\s+House|Kremlin)\b"
)
"""A name used as a modifier of a body ("key members of the new Biden administration"): the body, not the
person, is meant."""
_DIRECT_OBJECT_GAP = re.compile(r"\s+(?:with\s+|to\s+)?")
"""What stands between a meeting's verb and its object ("meet with ")."""
_YARDSTICK = re.compile(
    r"\b(?:since|than)\s+(?:(?:the\s+late|former|late|then|Chairman|President|Prime\s+Minister|Premier"
    r"|Chancellor|King|Queen|Emperor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?"
    rf"|(?!{_WHEN}\b)[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?)\s+)*\Z"  # "since South Korean President"
)
"""A person named as the measure of a comparison ("the strongest Chinese leader since Mao Zedong", "more
visits than President Nixon") or of a time ("their first talks since South Korean President Yoon Suk-yeol
was impeached"): no one who meets."""


_SOURCE_BEFORE = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:(?:the|an?|[a-z]+)\s+){0,4}?(?:[\w-]+,\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}\Z"
)
_SOURCE_END = re.compile(r"\s*(?:[,.;:!?)\"”]|\Z)")
"""Who a meeting is told by ("according to the information minister, Barnaba Marial."), no one who meets;
the name ends the phrase (not "According to the ministry, Prime Minister Modi will meet ...")."""


def not_a_person(text: str, mention: PersonMention) -> bool:
    """A name found by its shape alone that stands for no one who can meet: a place after "in" or on a
    link "between" two places, a body before one of its members' roles ("Quartet representative Tony
    Blair"), a sentence's opening word with the pronoun "I" ("Thereafter I have agreed"), or a body or a
    gathering after "the" (`_a_thing_after_the`).

    Answered once per mention of a text: every meeting candidate, and the counts of pairs and groups, ask
    again for the mentions of their windows (some 1,900 questions a pass of the dev articles for 800
    mentions)."""
    if mention.rule != "unknown-name":
        return False
    known = _not_people(text)
    key = (mention.start, mention.end, mention.text, mention.title, mention.possessive)
    found = known.get(key)
    if found is None:
        found = known[key] = _reads_as_no_person(text, mention)
    return found


_MentionKey = tuple[int, int, str, str | None, bool]
"""What `not_a_person` reads of a mention: its start, end, words, title and possessive (its rule aside: only
unknown names are asked). A plain tuple, built for every question."""


@functools.lru_cache(maxsize=4)
def _not_people(text: str) -> dict[_MentionKey, bool]:
    """`not_a_person`'s answers for ``text`` so far, kept for the last few texts (as ``lowered`` is)."""
    return {}


def _reads_as_no_person(text: str, mention: PersonMention) -> bool:
    """`not_a_person` for an unknown name, without its answers kept."""
    if _a_thing_after_the(text, mention):
        return True
    if mention.title is not None:
        return False
    if _CONNECTIVE_I.fullmatch(mention.text):
        return True
    if _BODY_MEMBER_AFTER.match(text, mention.end):
        return True
    if mention.possessive or text.startswith(("'s", "’s"), mention.end):
        return False  # "talks at Koroma's residence": the host, at home
    return _place_before(text, mention.start)


def _a_thing_after_the(text: str, mention: PersonMention) -> bool:
    """A name after "the" and capitalised words with no office among them nor before them ("the National
    Salvation Front", "the PIF Special Leaders’ Retreat", "the Columbian leader"; not "the Jordanian Foreign
    Minister Ayman Safadi", "President of the Philippines Rodrigo Duterte"), unless the name is used
    attributively ("the Rabin-Hussein meeting", "the Rockefeller visit")."""
    the = _THE_BEFORE.search(text, max(0, mention.start - _THE_REACH), mention.start)
    return (
        the is not None
        and not _OFFICE.search(f"{the.group()} {mention.text} {mention.title or ''}")
        and not _OFFICE_OF.search(text, max(0, the.start() - _THE_REACH), the.start())
        and (
            _OFFICE_AFTER.match(text, mention.end) is not None
            or not _ATTRIBUTIVE_AFTER.match(text, mention.end)
        )
    )


def _place_before(text: str, end: int) -> bool:
    """What comes before a place ends at ``end`` (``_PLACE_BEFORE`` in the 80 characters before it), read on
    the lower-cased text where it can be (``re`` tries a case-insensitive alternation slowly), once per
    position: every meeting candidate asks again for the mentions of its window."""
    known = _places_before(text)
    found = known.get(end)
    if found is None:
        low = lowered(text)
        pattern, source = (_PLACE_BEFORE, text) if low is None else (_PLACE_BEFORE_FOLDED, low)
        found = known[end] = pattern.search(source, max(0, end - _PLACE_REACH), end) is not None
    return found


@functools.lru_cache(maxsize=4)
def _places_before(text: str) -> dict[int, bool]:
    """``_place_before``'s answers for ``text`` so far, kept for the last few texts (as ``lowered`` is)."""
    return {}


def select_participants(
    text: str,
    mentions: list[PersonMention],
    speakers: dict[int, tuple[int, int]],
    cue: re.Match[str] | None,
    start: int,
) -> tuple[str, ...]:
    ids = set()
    aside = _aside(text, mentions, cue)
    aides = _AIDES_BY.search(text, start, mentions[-1].start) if mentions else None
    along = (
        [m.span() for pattern in _ALONGS for m in pattern.finditer(text, start, mentions[-1].end + 1)]
        if mentions
        else []
    )
    party = _PARTY.search(text, start, mentions[-1].start) if mentions else None
    if party is not None:  # "Ramaphosa is accompanied on this visit by the Minister ...": his party
        along.append((party.end(), len(text)))
    if mentions and cue is not None:  # "met Gromyko, ... setting up a Reagan-Gorbachev summit": another one
        along.extend(
            m.span()
            for m in _PAIR_BEFORE_NOUN.finditer(text, start, mentions[-1].end + _PAIR_NOUN_REACH)
            if not m.start("noun") <= cue.start() < m.end("noun")
        )
    if mentions:  # "started their meeting in the presence of Lavrov and Barnier": who looks on
        along.extend(m.span() for m in _PRESENCE.finditer(text, start, mentions[-1].end + 1))
    told = _TOLD_THAT.search(text, cue.end(), mentions[-1].start) if cue is not None and mentions else None
    if told is not None and not any(told.start() < m.start < told.end() for m in mentions):
        told = None  # "told reporters that Putin and Xi met": who the clause after "that" names meet
    for mention in mentions:
        if mention.rule == "credit" or (aides is not None and mention.start >= aides.end()):
            continue
        if not_a_person(text, mention):
            continue  # "between Woodlands and Johor Baru", "Quartet representative Tony Blair": no one
        if (
            not mention.possessive
            and _ATTRIBUTIVE_BODY_AFTER.match(text, mention.end)
            and not (cue is not None and _DIRECT_OBJECT_GAP.fullmatch(text, cue.end(), mention.start))
        ):  # "the first outreach between members of the new Biden administration": not Biden (but "declined
            # to meet with Obama administration officials": the meeting's other side, for Obama)
            continue
        if _REPRESENTED.search(text, max(0, mention.start - 80), mention.start):
            continue  # "Pence, who is representing Donald Trump at Apec, was a no-show": Trump is away
        if _YARDSTICK.search(text, max(0, mention.start - 40), mention.start):
            continue  # "heading into the meeting as the strongest Chinese leader since Mao Zedong": a measure
        if _SOURCE_BEFORE.search(text, max(0, mention.start - 80), mention.start) and _SOURCE_END.match(
            text, mention.end
        ):
            continue  # "may hold talks with Bashir, according to the information minister, Barnaba Marial"
        if told is not None and mention.start >= told.end():
            continue  # "During talks, Reagan told Mulroney that a summit would be useful now that
            # Gorbachev has become leader": who is talked about after the meeting takes no part in it
        if any(a <= mention.start < b for a, b in along):
            continue  # "King Abdullah, accompanied by Crown Prince Al Hussein, met MBS": who comes along
        if aside is not None and aside[0] <= mention.start < aside[1]:
            continue  # "held talks with Assad, who had sent a letter to President Mubarak": not Mubarak
        verb = speakers.get(mention.start)
        if (
            verb is not None
            and cue is not None
            and cue.start() < mention.start
            and _PARTICIPLE.fullmatch(text, verb[0], verb[1])
            and _OBJECT_BEFORE.search(text, cue.end(), mention.start)
        ):
            verb = None  # "received a call from Tamim, indicating that ...": the one called speaks on
        if (
            verb is not None
            and not (cue is not None and mention.end <= cue.start() < verb[0])
            and not (
                cue is not None
                and 0 <= cue.start() - verb[1] <= 30
                and _SPEAKER_MEETS.match(text, verb[1], cue.end())
            )
            and not (  # "Scholz and Macron called for a ceasefire during a phone call with Putin"
                cue is not None
                and 0 <= cue.start() - verb[1] <= _SPOKEN_DURING_REACH
                and _APPEALING.match(text, verb[0], verb[1])
                and _SPOKEN_DURING.fullmatch(text, verb[1], cue.start())
            )
            and not (
                cue is not None
                and 0 <= cue.start() - verb[1] <= 70
                and text.endswith("conference", verb[0], verb[1])
                and _TOLD_PRESS_AFTER.match(text, verb[1])
            )
            and not (
                cue is not None
                and verb[1] <= cue.start()
                and _WHO_CLAUSE.fullmatch(text, mention.end, verb[0])
                and "," in text[verb[1] : cue.start()]
            )
            and not (
                cue is not None
                and start <= cue.start() < mention.start
                and _IN_A_MEETING.match(text, start, mention.start)
            )
            and not (
                cue is not None
                and start <= cue.start() < mention.start
                and _their_meeting(text, start, mention)
            )
            and not (
                cue is not None
                and start <= cue.start() < mention.start
                and _OWN_MEETING_LEADING.match(text, start, mention.start)
            )
            and not _told_in_a_call(text, verb, cue)
        ):
            continue  # the speaker, unless the subject of the meeting verb ("Gore spoke with X, stressing")
        if (
            # "Mao Tse-tung's pragmatic successor": the owner of another's role
            (mention.possessive or _POSSESSIVE_AFTER.match(text, mention.end) is not None)
            and not (
                cue is not None
                and (0 <= cue.start() - mention.end <= 25 or cue.start() <= mention.start < cue.end())
            )
            and not _INVITATION_AFTER.match(text, mention.end)  # "at Begin's invitation": the host
            and not (  # "Trump's first African engagement was a call with Al-Sisi": whose it is
                cue is not None
                and mention.end < cue.start()
                and _OWN_ENGAGEMENT.fullmatch(text, mention.end, cue.start()) is not None
            )
            and not (  # "a planned visit to Bush's ranch": the host, at home
                cue is not None
                and _HOME_AFTER.match(text, mention.end)
                and _TO_PLACE_BEFORE.search(text, max(0, mention.start - 4), mention.start)
            )
        ):
            continue
        if cue is not None and mention.end <= cue.start() and _carries_message(text, mention, cue):
            continue  # "asked Kim to convey to North Korea his desire for a summit meeting with Kim Jong Il"
        if _COMPANION_BEFORE.search(
            text, max(0, mention.start - 30), mention.start
        ) and not _MEET_AFTER.match(text, mention.end):
            continue  # "Lula and his wife Rosângela": who comes along, not who meets
        if _KIN_OF.search(text, max(0, mention.start - 70), mention.start):
            continue  # "Habibie met the daughter of ousted Deputy Premier Anwar Ibrahim": not Anwar
        if _CREDIT_BEFORE.search(text, max(0, mention.start - 4), mention.start) and _LINE_END.match(
            text, mention.end
        ):
            continue  # "Talks Between Putin, Erdogan Lasted Over 2 Hours - Ushakov": who says so
        topic = _TOPIC_BEFORE.search(text, max(start, mention.start - 60), mention.start)
        if (
            topic is not None
            and not (
                topic.group().startswith("of")
                and (
                    _ROLE_BEFORE_OF.search(text, max(0, topic.start() - 60), topic.start())
                    or _INVITATION_BEFORE.search(text, max(0, topic.start() - 20), topic.start())
                )
            )
            and not (
                topic.group().startswith("by")
                and _AGENT_BY.search(text, max(0, topic.start() - 40), topic.end())
                and not _MEAL_HOSTED.search(text, max(0, topic.start() - 40), topic.start())
            )
            and not (
                cue is not None
                and topic.start() == cue.end() + 1
                and _VISIT_NOUN.fullmatch(cue.group())
                and text.startswith("by", topic.start())
            )
            and not (topic.group().startswith("for") and _TO_MEET_AFTER.match(text, mention.end))
            and not (
                topic.group().startswith("for")
                and _MEAL_BEFORE.search(text, max(0, topic.start() - 20), topic.start())
            )
        ):
            continue  # "over Snowden", "asylum to Edward Snowden": what the meeting is about, not who meets
        if mention.person is not None:
            ids.add(mention.person)
    return tuple(sorted(ids))
