"""The typed results of extraction: every item carries the character span it came from.

All classes are frozen, slotted, keyword-only attrs classes, like the rest of summitlib. ``start`` and
``end`` are offsets into the text that was read (``text[start:end] == item.text``), so any item can be
turned into an [`Evidence`][summitlib.Evidence] with [`evidence`][summitlib.extraction.Cue.evidence].
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs

from summitlib.claims import Speaker, Topic
from summitlib.dates import PartialDate, When
from summitlib.durations import DurationRange
from summitlib.model import MeetingFormat, MeetingStatus
from summitlib.provenance import Evidence

__all__ = [
    "Attribution",
    "Cue",
    "DateMention",
    "DurationKind",
    "DurationMention",
    "Extraction",
    "IssueMention",
    "MeetingCandidate",
    "Person",
    "PersonMention",
    "PlaceCue",
]


@attrs.frozen(kw_only=True)
class Cue:
    """A stretch of the text: the words a proposal rests on.

    Attributes:
        start: offset of the first character.
        end: offset just past the last character.
        text: the words, exactly as in the text.
    """

    start: int
    end: int
    text: str

    def evidence(self, source: str) -> Evidence:
        """The words as an [`Evidence`][summitlib.Evidence] for source id ``source``."""
        return Evidence(source=source, quote=self.text, start=self.start, end=self.end)


@attrs.frozen(kw_only=True)
class PersonMention(Cue):
    """A mention of a person.

    Attributes:
        person: the id of the [`Person`][summitlib.extraction.Person] of this text it refers to (a corpus
            id when the corpus knows them, else a proposed id), or None when it cannot be told who.
        leader: the corpus id it resolves to, or None (unknown person, or ambiguous).
        candidates: the corpus ids it could refer to when ambiguous (empty otherwise).
        name: the person's name as the text gives it, when the mention is a name ("Dmitry Peskov").
        title: the title the text gives the person ("press secretary"), if any.
        title_of: the corpus id of the person a possessive title hangs on ("Putin's press secretary").
        rule: how it was found: ``"name"``, ``"surname"``, ``"description"``, ``"unknown-name"`` or
            ``"credit"`` (a byline or photo credit: "Reporting by Steve Holland").
        possessive: the text uses the possessive ("Putin's").
        quoted: the mention is inside a quotation.
    """

    person: str | None = None
    leader: str | None = None
    candidates: tuple[str, ...] = ()
    name: str | None = None
    title: str | None = None
    title_of: str | None = None
    rule: str = "name"
    possessive: bool = False
    quoted: bool = False


_T = TypeVar("_T")


def _replacing(cls: type[_T], field: str) -> Callable[[_T, Any], _T]:
    """``(item, value) -> attrs.evolve(item, field=value)`` for one class and field, generated from the
    class's fields: ``attrs.evolve`` walks them on every call, which costs nearly twice the copy itself."""
    fields = [f for f in attrs.fields(cls) if f.init]  # type: ignore[arg-type]
    if field not in {f.name for f in fields}:
        raise ValueError(f"{cls.__qualname__} has no field {field!r} set by its __init__")
    arguments = ", ".join(
        f"{f.alias}=value" if f.name == field else f"{f.alias}=item.{f.name}" for f in fields
    )
    names: dict[str, Any] = {"cls": cls}
    code = compile(
        f"def replacing(item, value):\n    return cls({arguments})\n", f"<replace {field}>", "exec"
    )
    exec(code, names)  # code generated from the class' own fields, as cattrs does
    return cast("Callable[[_T, Any], _T]", names["replacing"])


with_person: Callable[[PersonMention, str], PersonMention] = _replacing(PersonMention, "person")
"""The mention pointing at a person of the text: ``attrs.evolve(mention, person=...)``, faster."""
as_quoted: Callable[[PersonMention, bool], PersonMention] = _replacing(PersonMention, "quoted")
"""The mention with ``quoted`` set: ``attrs.evolve(mention, quoted=...)``, faster."""


@attrs.frozen(kw_only=True)
class Person:
    """One person a text talks about, however many times and ways it names them.

    "South African President Cyril Ramaphosa", a later "Ramaphosa" and "the South African leader" are one
    person. People the corpus knows keep their corpus id; others get a proposed id made from the fullest
    name the text gives ("cyril-ramaphosa"), to be reviewed before it becomes a record.

    Attributes:
        id: the corpus id, or a proposed id when ``known`` is false.
        name: the fullest name the text gives (for a known person without a name in the text: the
            corpus's name).
        known: the id is the corpus's.
        family_name: the name short mentions use ("Ramaphosa"; "Xi" for "Xi Jinping").
        country: an alpha-3 code when the text's titles say ("South African President" gives ``ZAF``).
        office: the office the text gives ("President", "Prime Minister"), if any.
        first: where the text first names the person.
    """

    id: str
    name: str
    known: bool = False
    family_name: str | None = None
    country: str | None = None
    office: str | None = None
    first: Cue


@attrs.frozen(kw_only=True)
class IssueMention(Cue):
    """A mention of one of the corpus's issues by name, alias or keyword.

    Attributes:
        issues: the ids of the issues the words name (more than one when several share the keyword).
    """

    issues: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class DateMention(Cue):
    """A date expression, absolute or relative, at the precision the text gives.

    Attributes:
        value: the date, or None when it could not be resolved (a relative date without an anchor).
        relative: the expression needs an anchor ("last Friday", "in September", "four months ago").
        anchor: the date it was resolved against (the publication date), or None.
        rule: the rule used, e.g. ``"absolute"``, ``"weekday:last"``, ``"ago:months"``,
            ``"month-day:anchor-year"``, ``"unresolved:no-anchor"``.
    """

    value: When | None = None
    relative: bool = False
    anchor: PartialDate | None = None
    rule: str = "absolute"


class DurationKind(enum.Enum):
    """Whether the text presents a duration as planned or as what happened."""

    SCHEDULED = "scheduled"
    """Expected, allotted, announced in advance ("scheduled to meet for thirty minutes")."""
    ACTUAL = "actual"
    """What happened ("the meeting lasted more than two hours")."""
    UNSPECIFIED = "unspecified"
    """No cue either way."""

    @property
    def topic(self) -> str | None:
        """The claim topic for this kind ([`Topic`][summitlib.Topic]), None when unspecified."""
        if self is DurationKind.SCHEDULED:
            return Topic.SCHEDULED_DURATION
        if self is DurationKind.ACTUAL:
            return Topic.ACTUAL_DURATION
        return None


@attrs.frozen(kw_only=True)
class DurationMention(Cue):
    """How long something lasted or was to last.

    Attributes:
        value: the range of minutes ("more than two hours" is ``>=120``).
        kind: scheduled, actual or unspecified.
        cue: the words that decided the kind ("scheduled", "lasted"), if any.
    """

    value: DurationRange
    kind: DurationKind = DurationKind.UNSPECIFIED
    cue: Cue | None = None


@attrs.frozen(kw_only=True)
class Attribution(Cue):
    """Words attributed to a speaker: a quotation or reported speech.

    The item's own span is what was said (the quotation or the reported clause).

    Attributes:
        speaker: who said it: a person (by the id of the text's [`Person`][summitlib.extraction.Person]:
            the corpus id when known, else the proposed id), a group ("the White House"), or None when
            the words name someone that cannot be told apart (see ``speaker_cue``).
        speaker_cue: the words naming the speaker ("Mr. Tillerson", "he", "the Kremlin").
        speaker_name: the speaker's name when it is a person the corpus does not know.
        verb: the reporting verb or phrase ("said", "according to", "told reporters").
        verb_cue: where the verb is.
        quoted: the span is a direct quotation.
        pronoun: the speaker is a pronoun resolved to an earlier mention.
    """

    speaker: Speaker | None
    speaker_cue: Cue
    speaker_name: str | None = None
    verb: str
    verb_cue: Cue
    quoted: bool = False
    pronoun: bool = False


@attrs.frozen(kw_only=True)
class PlaceCue(Cue):
    """A place named near a meeting cue ("in Hamburg, Germany").

    Attributes:
        name: the place name as written, without the preposition.
        country: an alpha-3 code when the text names a country, else None.
    """

    name: str
    country: str | None = None


@attrs.frozen(kw_only=True)
class MeetingCandidate(Cue):
    """People mentioned together with a meeting cue: a proposal for a [`Meeting`][summitlib.Meeting].

    The item's span is the sentence the cues were found in.

    Attributes:
        participants: the ids of the text's [`Person`][summitlib.extraction.Person]s taking part, sorted:
            corpus ids where the corpus knows them, proposed ids otherwise.
        meeting_cue: the word that signals a meeting ("met", "meeting", "sit down", "phone call").
        status: the status the text signals, or None when it gives no cue.
        status_cue: the words behind ``status``.
        format: ``PHONE_CALL`` or ``VIDEO_CALL`` for a call, ``SIDELINE`` for a meeting on the sidelines
            of a larger one, None when the text does not say.
        format_cue: the words behind ``format``.
        when: the nearest date mention in the sentence, if any.
        place: the nearest place, if any.
        occasion: the nearest occasion ("the G20 summit"), if any.
        duration: the nearest duration, if any.
        carried: the participants were carried over from an earlier sentence ("the two leaders").
    """

    participants: tuple[str, ...]
    meeting_cue: Cue
    status: MeetingStatus | None = None
    status_cue: Cue | None = None
    format: MeetingFormat | None = None
    format_cue: Cue | None = None
    when: DateMention | None = None
    place: PlaceCue | None = None
    occasion: Cue | None = None
    duration: DurationMention | None = None
    carried: bool = False


def is_call(candidate: MeetingCandidate) -> bool:
    """The candidate is proposed as a phone or video call."""
    return candidate.format is not None and candidate.format.is_call


_AHEAD = (MeetingStatus.PLANNED, MeetingStatus.PROPOSED, MeetingStatus.POSSIBLE, MeetingStatus.HYPOTHETICAL)
_UNDONE = (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED, MeetingStatus.RULED_OUT)
_STATUS_CLASSES = {
    MeetingStatus.HELD: "held",
    **dict.fromkeys(_AHEAD, "ahead"),
    **dict.fromkeys(_UNDONE, "undone"),
}


def status_class(candidate: MeetingCandidate) -> str | None:
    """The statuses that can describe one encounter at once: "held"; "ahead" (planned, proposed,
    possible, hypothetical); "undone" (cancelled, postponed, ruled out); None when no status is given."""
    return None if candidate.status is None else _STATUS_CLASSES[candidate.status]


@attrs.frozen(kw_only=True)
class Extraction:
    """Everything [`extract`][summitlib.extraction.extract] proposes for one text, in text order.

    Attributes:
        text: the text that was read.
        published: the publication date given to the extractor, if any.
        anchor: the date relative dates were resolved against: the dateline's date when the text has one
            ("BEIJING, March 3 (Reuters) -"), else ``published``; None when there is neither.
        dateline: the dateline the anchor comes from, if any; its words are not among ``dates``.
        persons: the people the text talks about, one per person, in order of first mention.
        people: person mentions.
        issues: issue mentions.
        dates: date mentions.
        durations: duration mentions.
        attributions: quotations and reported speech.
        meetings: candidate meetings.
    """

    text: str = attrs.field(repr=False)
    published: PartialDate | None = None
    anchor: PartialDate | None = None
    dateline: DateMention | None = None
    persons: tuple[Person, ...] = ()
    people: tuple[PersonMention, ...] = ()
    issues: tuple[IssueMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    durations: tuple[DurationMention, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    meetings: tuple[MeetingCandidate, ...] = ()

    def leader_ids(self) -> tuple[str, ...]:
        """The distinct corpus ids of the people mentioned, sorted."""
        return tuple(sorted({m.leader for m in self.people if m.leader is not None}))

    def person(self, id: str) -> Person:
        """The text's person with id ``id``.

        Raises:
            KeyError: no person of this text has that id.
        """
        for person in self.persons:
            if person.id == id:
                return person
        raise KeyError(id)

    def issue_ids(self) -> tuple[str, ...]:
        """The distinct issue ids mentioned, sorted."""
        return tuple(sorted({i for m in self.issues for i in m.issues}))
