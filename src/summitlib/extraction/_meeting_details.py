"""A candidate meeting built from its clause: the status, format, date, place, occasion and duration
around its meeting word.

`build_candidate` makes the [MeetingCandidate][summitlib.extraction.MeetingCandidate] for the participants
`find_meetings` picked: the status cue nearest the meeting word (or one read from the date against the
anchor), a call or sideline format, the nearest date in its clause that is not the reporting's, and the
nearest place ("in Hamburg, Germany"), occasion ("the G20 summit") and duration.
"""

from __future__ import annotations

import re
from typing import TypeVar

from summitlib.dates import PartialDate
from summitlib.extraction._hosts import country_named
from summitlib.extraction._lexicon import Lexicon
from summitlib.extraction._main_clause import OPENING_PHRASE
from summitlib.extraction._meeting_cues import OTHER_CLAUSE, SIDELINES, SPEAK_WITH, MeetingCues
from summitlib.extraction._pattern_forms import guarded
from summitlib.extraction._status import (
    CALL,
    HAS_SPOKEN,
    call_format,
    call_kind,
    meeting_status,
    relative_clause,
)
from summitlib.extraction._text import WEEKDAYS
from summitlib.extraction._types import (
    Cue,
    DateMention,
    DurationMention,
    MeetingCandidate,
    PersonMention,
    PlaceCue,
)
from summitlib.model import MeetingFormat, MeetingStatus

__all__ = ["build_candidate", "main_clause_cue"]

_PLACE = guarded(
    re.compile(
        r"\b(?:in|at)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
        r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|for|last|this|next|to|and|with"
        r"|where|when|after|before|during|since)\b))?)"
    )
)
_NOT_PLACES = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Moscow's|Washington's)\b"
)
_OCCASION_WORD = r"(?:[A-Z0-9][\w'’&.-]*|leaders['’])\s+"
_OCCASION_NOUN = (
    r"(?:summit|conference|forum|gathering"
    r"|meeting|assembly|Summit|Conference|Forum|Gathering|Meeting|Assembly)"
)
_OCCASION = guarded(
    re.compile(
        r"(?:\bthe\s+)?(?P<occ>(?!(?:" + WEEKDAYS + r"|Today|Yesterday)['’]s)"
        rf"(?:{_OCCASION_WORD}){{1,5}}{_OCCASION_NOUN})\b"
    )
)
_OCCASION_END = re.compile(rf"{_OCCASION_WORD}{_OCCASION_NOUN}\b")
"""The last word of an occasion and its noun ("G20 summit"): where the window has none, it has no occasion
(the match of ``_OCCASION`` would hold one, found by the same path), and its search, 4x cheaper, spares
most searches for one (only one window in eight names an occasion)."""


def build_candidate(
    cues: MeetingCues,
    start: int,
    end: int,
    cue: re.Match[str],
    participants: tuple[str, ...],
    carried: bool,
    dates: list[DateMention],
    durations: list[DurationMention],
    mentions: list[PersonMention],
    lexicon: Lexicon,
    anchor: PartialDate | None,
) -> MeetingCandidate:
    """The candidate for ``participants`` meeting at ``cue``, in the clause ``start:end``, with its status,
    format, date, place, occasion and duration."""
    text = cues.text
    cue = _not_ahead_of(cues, start, end, cue)
    at = cue.start()
    told = _PAST_VERB_BEFORE.search(text, max(start, at - 25), at) if _VISITING.match(text, at) else None
    dated_until = end
    status: MeetingStatus | None
    status_cue: Cue | None
    if told is not None:  # "Deng told visiting President Koivisto that ...": the visit is under way as told
        status, status_cue = (
            MeetingStatus.HELD,
            Cue(start=told.start("verb"), end=told.end("verb"), text=told["verb"]),
        )
        that = _THAT.search(text, cue.end(), end)
        dated_until = that.start() if that is not None else end  # what follows "that" is what was told
    else:
        status, status_cue = meeting_status(
            text, start, end, main_clause_cue(cues, start, end, cue).start(), cues.lowered
        )
    when = _meeting_date(text, start, dated_until, at, dates)
    for other in cues.finditer(cue.end(), dated_until) if when is None else ():
        if _their_own(text, max(cue.end(), other.start() - 40), other.end()):
            break  # "comparable to Sadat's visit to Jerusalem in 1977": Sadat's visit's date
        when = _meeting_date(
            text, start, dated_until, other.start(), dates
        )  # "talks ... held a meeting on Sunday"
        if when is not None:
            break
    if (
        when is not None
        and status in _CALLED_OFF
        and when.start > at
        and when.value is not None
        and anchor is not None
        and when.value.latest <= anchor.latest
        and _PENDING.search(text, max(start, at - 30), at) is not None
    ):  # "cancelled an upcoming summit with Putin on Wednesday" (written that day): the calling off's day
        when = None
    if when is not None and when.end <= at and cue.group()[:6].lower() == "accept":
        when = None  # "last week accepted Nehru's invitation to come to New Delhi": the acceptance's day
    format, format_cue = call_format(text, start, end, at, mentions, cues.lowered)
    if format is not None and _INVITED_TO_COME.match(text, at):
        format, format_cue = None, None  # "invited Modi to visit the country ... after both leaders spoke
        # over phone": the call is where the invitation was made; the visit is in person
    if format is None and _SPOKE_WITH.match(cue.group()):
        around = CALL.search(text, start, min(len(text), end + _CALL_CONTEXT)) or (
            CALL.search(text, 0, min(start, _LEAD))  # the article's lead is about a call
            or _CALL_TO_LEADER.search(text, 0, min(start, _LEAD))  # "Readout on the President's Call to ..."
        )
        if around is not None and not _IN_PERSON.search(text, start, end):
            format = call_kind(around.group())
            format_cue = Cue(start=cue.start(), end=cue.end(), text=cue.group())
        elif (
            (_HAS_SPOKEN.search(text, max(start, at - 30), at + 12) or _readout_lead(text, start, at))
            and not _IN_PERSON.search(text, start, end)
            and _place(text, start, end, at, mentions, lexicon) is None
            and _occasion(text, start, end, at, mentions) is None
        ):
            format = MeetingFormat.PHONE_CALL
            format_cue = Cue(start=cue.start(), end=cue.end(), text=cue.group())
    if format is None:
        sideline = SIDELINES.search(text, start, end)
        if sideline is not None:
            format = MeetingFormat.SIDELINE
            format_cue = Cue(start=sideline.start(), end=sideline.end(), text=sideline.group())
    if status is None and when is None and not _FUTURE.search(text, start, end):
        # "The call followed a video conversation between Xi and Putin", "his call with Trump in which he
        # lavished praise"
        past = _PAST.search(text, start, end) or _CONTENT_TOLD.search(text, cue.end(), end)
        if past is not None:
            status, status_cue = (
                MeetingStatus.HELD,
                Cue(start=past.start(), end=past.end(), text=past.group()),
            )
    if status is None and when is not None and when.value is not None and anchor is not None:
        later = when.value.earliest > anchor.latest or (
            when.value.earliest <= anchor.earliest
            and anchor.latest <= when.value.latest
            and _WILL.search(text, start, when.end) is not None
        )  # "Mr Khrushchev will today get down to ... his discussions with President Eisenhower", "will
        # confer at the White House this month in the first ... meeting" (written mid-month)
        status = MeetingStatus.PLANNED if later else MeetingStatus.HELD
        status_cue = Cue(start=when.start, end=when.end, text=when.text)
    elif (
        status is MeetingStatus.HELD
        and when is not None
        and when.value is not None
        and anchor is not None
        and (
            when.value.earliest > anchor.latest
            or (
                when.value == anchor
                and _LATER.search(text, max(start, when.start - 9), when.end + 9) is not None
                and (
                    _WOULD.search(text, start, when.start) is not None
                    or (status_cue is not None and _PROGRESSIVE.match(status_cue.text) is not None)
                )
            )
        )
    ):  # "had agreed to resume talks this fall": what is dated after the writing has not happened; "said he
        # would discuss ... when he met Giammattei later on Friday" (written that Friday), "are meeting in São
        # Paulo this Tuesday evening" (written that Tuesday): not yet
        status, status_cue = MeetingStatus.PLANNED, Cue(start=when.start, end=when.end, text=when.text)
    elif (
        status is MeetingStatus.PLANNED
        and status_cue is not None
        and _PURPOSE.match(status_cue.text)
        and (went := _WENT_BEFORE.search(text, max(start, status_cue.start - _WENT_REACH), status_cue.start))
        and (not went["verb"].endswith("ing") or _HANDS.search(text, status_cue.end, end))
        and (
            (
                when is not None
                and when.value is not None
                and anchor is not None
                and when.value.latest < anchor.earliest
            )
            or (when is None and not _WILL.search(text, start, end))
        )
    ):  # "Last week, Xi traveled to Moscow to meet with Putin", "headed for the East Room to hold private
        # talks", "showed Deng walking to meet Ito ... as the two shook hands": a purpose fulfilled, not a
        # plan
        status, status_cue = (
            MeetingStatus.HELD,
            Cue(start=went.start(), end=went.start() + len(went["verb"]), text=went["verb"]),
        )
    elif (
        status is MeetingStatus.PROPOSED
        and status_cue is not None
        and status_cue.text.lower() == "invited"
        and when is not None
        and when.value is not None
        and anchor is not None
        and when.value.latest < anchor.earliest
    ):  # "Xi invited Trong to visit China in January this year" (written in May): the visit took place
        status, status_cue = MeetingStatus.HELD, Cue(start=when.start, end=when.end, text=when.text)
    elif (
        status is MeetingStatus.PLANNED
        and when is not None
        and when.value is not None
        and anchor is not None
        and when.value.latest < anchor.earliest
        and when.start < at + _OPENING_DATE_REACH
        and OPENING_PHRASE.match(text, start, at)
    ):  # "Following their talks on Monday, the two will ..." (written on Wednesday): the talks took place
        status, status_cue = MeetingStatus.HELD, Cue(start=when.start, end=when.end, text=when.text)
    duration = _nearest([d for d in durations if start <= d.start < end], at)
    return MeetingCandidate(
        start=start,
        end=end,
        text=text[start:end],
        participants=participants,
        meeting_cue=Cue(start=cue.start(), end=cue.end(), text=cue.group()),
        status=status,
        status_cue=status_cue,
        format=format,
        format_cue=format_cue,
        when=when,
        place=_place(text, start, end, at, mentions, lexicon),
        occasion=_occasion(text, start, end, at, mentions),
        duration=duration,
        carried=carried,
    )


def _not_ahead_of(cues: MeetingCues, start: int, end: int, cue: re.Match[str]) -> re.Match[str]:
    """The next meeting word of the clause when ``cue`` names the later event another meeting comes ahead
    of ("Ahead of next week's G8 summit, the Prime Minister held an hour long video conference with ..."),
    else ``cue``: the status and date are the other meeting's."""
    if _AHEAD_OF_BEFORE.search(cues.text, max(start, cue.start() - _AHEAD_REACH), cue.start()) is None:
        return cue
    return next((other for other in cues.finditer(cue.end(), end)), cue)


def main_clause_cue(cues: MeetingCues, start: int, end: int, cue: re.Match[str]) -> re.Match[str]:
    """The first meeting word of the main clause when ``cue`` lies in a relative clause and the sentence
    has one ("Museveni, who was greeted by Mudavadi, is scheduled to engage in bilateral discussions with
    Ruto": the discussions, not the greeting), else ``cue``: where a meeting's participants and status
    are read."""
    clause = relative_clause(cues.text, start, end, cue.start())
    if clause is None:
        return cue
    main = next(
        (other for other in cues.finditer(start, end) if not clause[0] <= other.start() < clause[1]), None
    )
    return cue if main is None else main


_PURPOSE = re.compile(r"to\s+(?:meet|visit|hold|attend)\b", re.IGNORECASE)
_WENT_BEFORE = guarded(
    re.compile(
        r"\b(?P<verb>travell?ed|went|flew|came|arrived|headed|returned|journeyed|sailed|drove|walked"
        r"|walking|going|coming|heading|stepping|(?-i:(?:was|were)\s+in(?=\s+[A-Z]))"
        r"|(?:took|made)\s+an?\s+(?:[\w-]+\s+)?(?:trip|journey))\b[^.;]*\Z",
        re.IGNORECASE,
    )
)
_INVITED_TO_COME = re.compile(
    r"invit(?:e|es|ed|ing|ation)\b[^.;:!?]{0,80}?\bto\s+(?:visit|come|travel|attend|make\s+(?:a|an)\s+(?:[\w-]+\s+)?visit)\b",
    re.IGNORECASE,
)
"""An invitation, at its meeting word, to come in person ("invited Prime Minister Modi to visit the
country"), not to a call ("invited him to a video call")."""
_OPENING_DATE_REACH = 40
_WENT_REACH = 40
"""How far before a purpose ("to meet") its journey is looked for, in characters ("was in Uganda on
Wednesday, January 24, to meet")."""
_HANDS = re.compile(r"\b(?:shook\s+hands|embraced|hugged|greeted\s+each\s+other)\b", re.IGNORECASE)
"""What the two did when one went to meet the other ("walking unaided to meet Ito ... as the two shook
hands")."""
_VISITING = re.compile(r"visiting\s+(?:[A-Z]|the\s+[A-Z])")
_PAST_VERB_BEFORE = re.compile(r"\b(?P<verb>told|met|received|greeted|said\s+to|[a-z]+ed)\s+(?:the\s+)?\Z")
_THAT = re.compile(r"\bthat\b")
_PAST = re.compile(
    r"\b(?:followed|came|was|were|took|began|ended|involved|included|marked|got|raised|laid|paid|covered|reviewed|has\s+been"
    r"|have\s+been"
    r"|escorted|accompanied|brought|drove|walked|went|flew)\b"
)
_CONTENT_TOLD = re.compile(
    r"\b(?:in|during|at)\s+which\s+"
    r"(?:(?!(?:is|are|am|be|being|been|will|would|shall|should|can|could|may|might|must)\b)[\w'’-]+\s+){1,4}?"
    r"(?:[a-z]+ed|said|told|spoke|gave|made|took|won|got)\b"
)
"""What was said or done in a meeting, told in the past after its word ("his phone call with Trump in
which he lavished praise"): the meeting took place; not a state or a plan ("in which both sides are
interested", "in which they would be joined")."""
_FUTURE = re.compile(r"\b(?:will|would|shall|to\s+(?:meet|attend|hold)|going\s+to|plans?|next)\b|\?", re.I)
_WILL = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|going\s+to|due\s+to|expected\s+to|later\s+(?:today|tonight|this\s+\w+))\b",
    re.I,
)
_LATER = re.compile(r"\blater\b|\bevening\b|\btonight\b", re.I)
_PROGRESSIVE = re.compile(r"(?:is|are)\s+(?:\w+\s+)?\w+ing\b", re.I)
_WOULD = re.compile(r"\b(?:would|will)\b", re.I)
_SPOKE_WITH = re.compile(rf"{SPEAK_WITH}\Z", re.IGNORECASE)
_HAS_SPOKEN = re.compile(HAS_SPOKEN, re.I)
"""A leader who "has spoken with" another, told with no place, occasion or word of meeting in person
("Mr Obama has spoken with Prime Minister Kevin Rudd ... to inform them of his decision"): a call."""
_SPOKE = re.compile(r"spoke\b", re.I)
_ON_THE_SPOT = re.compile(r"\b(?:arriv\w*|trip|tour|summit|hosts?|hosted|hosting|welcomed)\b", re.I)
"""Words before a "spoke with" that put the speakers in one place (a trip, an arrival, a summit)."""


def _readout_lead(text: str, start: int, at: int) -> bool:
    """Whether the "spoke with" at ``at`` opens a readout: its sentence in the article's lead and no word
    of meeting in person before it ("Today, the Prime Minister, X, spoke with the President of Y, Z."). Told
    later, or after a visit or a summit, "spoke with" is as often said face to face."""
    return (
        start < _LEAD
        and _SPOKE.match(text, at) is not None
        and not _IN_PERSON.search(text, 0, start)
        and not _ON_THE_SPOT.search(text, 0, start)
    )


_CALL_CONTEXT = 600
_LEAD = 400
"""How far after a "spoke with" the text is looked at for a call ("... spoke with Castro. The call ..."); not
before it: a call told in an earlier sentence is another encounter (the lead aside)."""
_CALL_TO_LEADER = re.compile(
    r"(?<!courtesy\s)\bcalls?\s+to\s+(?:foreign\s+leaders|(?:[\w'’-]+\s+){0,3}?(?:president|prime\s+minister"
    r"|premier|chancellor|king|leader)s?\b)",
    re.IGNORECASE,
)
"""A call to a leader named in the lead ("Readout on the President's Call to South Africa's President
Motlanthe"): the article is about a call."""
_IN_PERSON = guarded(
    re.compile(
        r"\b(?:met|meeting|sidelines?|in\s+person|face-to-face|visit(?:ed|ing)?|shook|dinner|lunch|banquet)\b",
        re.I,
    )
)
_SAID_WHEN = guarded(
    re.compile(
        r"\b(?:said|says|announced|told\s+\w+|confirmed|reported|added|stated|tweeted|wrote)\s+(?:on\s+|late\s+|early\s+)?\Z",
        re.I,
    )
)
_OTHER_EVENT_BEFORE = guarded(
    re.compile(
        r"\b(?:chosen|signed|(?<!-)elect(?:ed)?|appointed|named|sworn\s+in|inaugurated|ratified|agreed"
        r"|announced|proposed|arranged)\s+(?:(?!met\b|meet|talks\b|summit|plans\b)[\w-]+\s+){0,5}?(?:in\s+|on\s+)?\Z",
        re.I,
    )
)
"""Another event dated right before the date ("whom he helped elect last September", "the agreement
signed last year"): the date is that event's. Not "invited": an invitation dated in the past is a
visit that took place ("invited Trong to visit China in January"), read with the status."""
_CALLED_OFF = frozenset({MeetingStatus.CANCELLED, MeetingStatus.POSTPONED})
_PENDING = re.compile(
    r"\b(?:upcoming|forthcoming|planned|proposed|expected|long-awaited|much-anticipated)\s+"
    r"(?:[\w'’.-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
"""A meeting word told as still to come ("an upcoming summit"): a date after it that is not after the
writing dates the calling off, not the meeting."""
_WHERE_ELSE = re.compile(r"\bwhere\s+(?!(?:they|the\s+two|both|he|she|we)\b)", re.IGNORECASE)
"""A place where someone else did something, named after the meeting word ("met in the house where Simon
Bolivar died in 1830"): a date after it is that event's (not "where they signed a deal on Tuesday")."""
_UNTIL = re.compile(r"\b(?:until|till|through)\s+\Z", re.IGNORECASE)
_AHEAD_OF_BEFORE = re.compile(r"\b(?:[Aa]head\s+of|[Ii]n\s+the\s+run-up\s+to)\s+(?:[\w'’.-]+\s+){0,4}\Z")
_AHEAD_REACH = 60
_AHEAD_OF = re.compile(r"\bahead\s+of\b|\bin\s+the\s+run-up\s+to\b", re.IGNORECASE)
"""A later event named after the meeting word ("met ahead of the summit on Monday"): the date is its own."""
_THEIR_OWN = re.compile(
    r"\b[A-Z][\w-]+['’]s\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|meeting|summit|talks|journey|tour)\b"
)
"""Someone's own meeting named after the meeting word ("comparable to Sadat's visit to Jerusalem in
1977"): a date after it is that one's."""
_SIDELINES_OF = re.compile(r"\bsidelines\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}\Z")
_SIDELINES_REACH = 60
_DURING_OF = re.compile(r"\bduring\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}\Z")
"""A visit the meeting took place during ("had last met in New Delhi during the Bangladesh PM's visit to
India in April 2017"): the visit is the meeting's occasion, its date the meeting's."""


def _their_own(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` names someone's own meeting, not one whose sidelines are the meeting's
    ("met on the sidelines of the Shanghai Cooperation Organization's summit in mid-September": the
    summit's date is theirs)."""
    match = _THEIR_OWN.search(text, start, end)
    if match is None:
        return False
    before = max(0, match.start() - _SIDELINES_REACH)
    return not _SIDELINES_OF.search(text, before, match.start()) and not _DURING_OF.search(
        text, before, match.start()
    )


_MISHAP = re.compile(
    r"\b(?:over|about|following|after|for|of)\s+(?:the|a|an|this|that|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|incidents?|bombings?|blasts?|explosions?|earthquakes?|crash|shootings?|killings?|floods?"
    r"|massacre|tragedy|disaster)\b",
    re.IGNORECASE,
)
"""A mishap named after the meeting word, that the meeting is about ("thanked him for his condolence call
... over the incident in West Bank two days ago"): a date after it is the mishap's."""


def _meeting_date(text: str, start: int, end: int, at: int, dates: list[DateMention]) -> DateMention | None:
    """The date of the meeting word at ``at``: the nearest date after it in its clause ("met on Monday",
    "scheduled for early September"), else the nearest before it ("on Monday, they met"). Dates of
    another clause ("since he was sworn in last month") or of the reporting ("said Tuesday") are not."""
    options = []
    for date in dates:
        if not (start <= date.start < end) or date.value is None or date.rule.startswith("dateline"):
            continue
        after = date.start > at
        distance = date.start - at if after else at - date.end
        if distance > (120 if after else 60) and (
            after or distance > _FRONTED_REACH or not _fronted(text, start, date, at)
        ):
            continue  # first, so that a long sentence costs no more than its near dates
        possessive = text.startswith(("'s", "’s"), date.end)  # "says today's meeting": the meeting's date
        said = not possessive and _SAID_WHEN.search(text, max(start, date.start - 30), date.start)
        if said or _UNTIL.search(text, max(start, date.start - 8), date.start):
            continue  # "said Tuesday", "slated to stay until Tuesday": not when they meet
        if _OTHER_EVENT_BEFORE.search(text, max(start, date.start - 50), date.start):
            continue  # "chosen last month as the site of the summit": the choosing's date
        if possessive and not date.end < at <= date.end + 30:
            continue  # "last month's Party Congress": the date of something else ("Monday's meeting" is ours)
        low, high = (at, date.start) if after else (date.end, at)
        if OTHER_CLAUSE.search(text, low, high) or (
            after
            and (
                _WHERE_ELSE.search(text, low, high)
                or _AHEAD_OF.search(text, low, high)
                or _their_own(text, low, high)
                or _MISHAP.search(text, low, high)
            )
        ):  # "met ahead of the forum to take place on Monday": the forum's date; "the meeting is comparable
            # to President Sadat's visit to Jerusalem in 1977": Sadat's
            continue
        options.append((0 if after else 1, distance, date))
    return min(options, key=lambda o: (o[0], o[1]))[2] if options else None


_FRONTED_REACH = 200
_FRONTED_LEAD = re.compile(
    r"[\s\"“‘']*(?:(?:furthermore|meanwhile|however|also|and|but|then|later|earlier|now),?\s+)?"
    r"(?:on|in|at|by|during)?\s*\Z",
    re.IGNORECASE,
)
_FRONTED_COMMA = re.compile(r"\s*,")
_TOLD_BETWEEN = re.compile(
    r"\b(?:said|says|told|tells|announced|added|stated|reported|confirmed|tweeted|wrote"
    r"|asked|urged|called\s+on|invited|tasked|appointed|named|mandated|requested|chose|elected)\b",
    re.IGNORECASE,
)


def _fronted(text: str, start: int, date: DateMention, at: int) -> bool:
    """Whether ``date`` opens the clause ``start:...`` and is set off by a comma ("Furthermore, on November
    16, the Kazakh leader is scheduled to participate in the 7th Consultative Meeting ..."): a fronted date
    dates its whole clause, however far its meeting word, unless the clause reports a saying or a request
    ("On Monday, the ministry said ... would meet", "Last year, the SADC asked Mbeki to oversee talks
    between ...": the saying's or the asking's day)."""
    return (
        _FRONTED_COMMA.match(text, date.end) is not None
        and _FRONTED_LEAD.fullmatch(text, start, date.start) is not None
        and _TOLD_BETWEEN.search(text, date.end, at) is None
    )


_C = TypeVar("_C", bound=Cue)


def _nearest(items: list[_C], at: int) -> _C | None:
    """The item that starts nearest ``at``."""
    return min(items, key=lambda item: abs(item.start - at), default=None)


def _place(
    text: str, start: int, end: int, at: int, mentions: list[PersonMention], lexicon: Lexicon
) -> PlaceCue | None:
    """The place named nearest ``at`` in ``start:end`` ("in Hamburg, Germany"), not a person, a date or an
    occasion, with its country when the lexicon knows it."""
    people = [(m.start, m.end) for m in mentions]
    options = []
    for match in _PLACE.finditer(text, start, end):
        name = match["place"]
        if _NOT_PLACES.match(name) or any(a < match.end() and match.start("place") < b for a, b in people):
            continue
        if re.search(r"\b(?:summit|conference|forum|meeting|Summit|Conference|Forum)\b", name):
            continue
        options.append(match)
    if not options:
        return None
    match = min(options, key=lambda m: abs(m.start() - at))
    name = match["place"]
    last = name.rsplit(",", 1)[-1].strip()
    country = country_named(last, lexicon) or country_named(name, lexicon)
    return PlaceCue(start=match.start("place"), end=match.end("place"), text=name, name=name, country=country)


def _occasion(text: str, start: int, end: int, at: int, mentions: list[PersonMention]) -> Cue | None:
    """The occasion named nearest ``at`` in ``start:end`` ("the G20 summit"), not a person's name."""
    if _OCCASION_END.search(text, start, end) is None:
        return None
    options = []
    for match in _OCCASION.finditer(text, start, end):
        if any(match.start("occ") <= m.start < match.end("occ") for m in mentions):
            continue
        options.append(match)
    if not options:
        return None
    match = min(options, key=lambda m: abs(m.start() - at))
    return Cue(start=match.start("occ"), end=match.end("occ"), text=match["occ"])
