"""Who said what: claims with a speaker, a topic, a typed value and the words they rest on.

"The meeting lasted more than two hours" (the Globe and Mail's own voice), "Putin's press secretary
Dmitry Peskov announced an hour-long session", "Mr. Trump pushed back, according to Mr. Tillerson" — each is a
[`Claim`][summitlib.Claim]. Claims are never merged into one "true" value: the corpus keeps them side by
side and finds where they agree and where they cannot both be true.

Topics are dotted lower-case keys. The ones summitlib itself reasons about are listed in
[`Topic`][summitlib.Topic]; any other key matching ``[a-z][a-z0-9_]*(.[a-z][a-z0-9_]*)*`` is allowed.

Examples:
    >>> from summitlib import Claim, Speaker, DurationRange, Evidence, Topic
    >>> claim = Claim(
    ...     id="c1",
    ...     speaker=Speaker.author(),
    ...     topic=Topic.ACTUAL_DURATION,
    ...     value=DurationRange.at_least(120),
    ...     meetings=("hamburg",),
    ...     evidence=Evidence(source="globe", quote="The meeting lasted more than two hours"),
    ... )
    >>> str(claim.value), claim.source
    ('>=120', 'globe')
"""

from __future__ import annotations

import enum
from typing import Any, Final, Union

import attrs

from summitlib import _validate as v
from summitlib._html import record_table
from summitlib.dates import DateSpan, PartialDate, When
from summitlib.durations import DurationRange
from summitlib.errors import InvalidValueError
from summitlib.provenance import Evidence, Inference, check_inferred

__all__ = ["Claim", "ClaimValue", "Label", "Number", "Speaker", "SpeakerKind", "Topic"]


class Topic:
    """Topic keys with a meaning summitlib relies on (for disagreements and reconciliation)."""

    SCHEDULED_DURATION: Final = "duration.scheduled"
    """How long a meeting was expected or allotted to last (a DurationRange)."""
    ACTUAL_DURATION: Final = "duration.actual"
    """How long a meeting did last (a DurationRange)."""
    DATE: Final = "date"
    """When a meeting took (or will take) place (a PartialDate or DateSpan)."""
    OUTCOME: Final = "outcome"
    """What a meeting produced (a Label)."""
    POSITION: Final = "position"
    """A stance a party took (a Label)."""
    STATUS: Final = "status"
    """Whether a meeting will happen, was ruled out ... (a Label)."""


class SpeakerKind(enum.Enum):
    """Who a claim is attributed to."""

    PERSON = "person"
    """A person in the record, named by leader id."""
    GROUP = "group"
    """An institution or unnamed group: "Trump's press office", "the Kremlin", "commentators"."""
    AUTHOR = "author"
    """The article's own voice."""


@attrs.frozen(kw_only=True)
class Speaker:
    """The one a claim is attributed to.

    Use [`Speaker.person`][summitlib.Speaker.person], [`Speaker.group`][summitlib.Speaker.group] or
    [`Speaker.author`][summitlib.Speaker.author].

    Attributes:
        kind: person, group or author.
        leader: the leader id, for a person.
        name: the name as the source gives it, for a group (optional for a person).
    """

    kind: SpeakerKind = attrs.field()
    leader: str | None = attrs.field(default=None, validator=v.optional_identifier)
    name: str | None = attrs.field(default=None, validator=v.optional_text)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.kind, SpeakerKind):
            raise InvalidValueError("Speaker.kind", "one of 'person', 'group', 'author'", self.kind)
        if self.kind is SpeakerKind.PERSON and self.leader is None:
            raise InvalidValueError("Speaker.leader", "a leader id for a person", None)
        if self.kind is not SpeakerKind.PERSON and self.leader is not None:
            raise InvalidValueError("Speaker.leader", f"no leader id for a {self.kind.value}", self.leader)
        if self.kind is SpeakerKind.GROUP and self.name is None:
            raise InvalidValueError("Speaker.name", "a name for a group", None)

    @classmethod
    def person(cls, leader: str) -> Speaker:
        """A person in the record."""
        return cls(kind=SpeakerKind.PERSON, leader=leader)

    @classmethod
    def group(cls, name: str) -> Speaker:
        """An institution or group, by the name the source uses."""
        return cls(kind=SpeakerKind.GROUP, name=name)

    @classmethod
    def author(cls) -> Speaker:
        """The article's own voice."""
        return cls(kind=SpeakerKind.AUTHOR)

    def __str__(self) -> str:
        if self.kind is SpeakerKind.PERSON:
            return self.leader or ""
        if self.kind is SpeakerKind.GROUP:
            return self.name or ""
        return "(author)"


@attrs.frozen(kw_only=True)
class Label:
    """A categorical value: "pushed back", "accepted the denial", "ruled out".

    Attributes:
        text: the label; claims on the same topic with different labels disagree.
    """

    text: str = attrs.field(validator=v.text)

    def __str__(self) -> str:
        return self.text


@attrs.frozen(kw_only=True)
class Number:
    """A count or quantity ("four issues", "10,000 people").

    Attributes:
        value: the number.
        unit: what it counts, if anything ("issues").
    """

    value: int | float = attrs.field(validator=v.finite_number)
    unit: str | None = attrs.field(default=None, validator=v.optional_text)

    def __str__(self) -> str:
        return f"{self.value} {self.unit}" if self.unit else str(self.value)


ClaimValue = Union[Label, DurationRange, PartialDate, DateSpan, Number, bool]  # noqa: UP007
"""The value a claim asserts: a label, a duration range, a date, a number or yes/no."""

_VALUE_TYPES = (Label, DurationRange, PartialDate, DateSpan, Number, bool)


def _value(instance: Claim, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, _VALUE_TYPES):
        raise InvalidValueError(
            "Claim.value", "a Label, DurationRange, PartialDate, DateSpan, Number or bool", value
        )


def _topic(instance: Claim, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not v.TOPIC_PATTERN.match(value):
        raise InvalidValueError("Claim.topic", "a dotted lower-case key such as 'duration.actual'", value)


@attrs.frozen(kw_only=True)
class Claim:
    """One speaker's assertion about meetings or issues, with the words it rests on.

    Attributes:
        id: a stable id.
        speaker: who said it.
        topic: what aspect it is about (``"duration.actual"``, ``"position"`` ...).
        value: what it asserts.
        evidence: the quote it rests on; its source is the claim's source.
        meetings: ids of the meetings it is about.
        issues: ids of the issues it is about.
        subject: who or what the value is about, when not the meeting itself (a leader id such as
            ``"donald-trump"`` for "Trump pushed back").
        said_on: when the speaker said it, if known.
        inferred: fields filled in from outside the sources.
        note: anything a reader should know.
    """

    id: str = attrs.field(validator=v.identifier)
    speaker: Speaker = attrs.field(validator=v.instance_of(Speaker))
    topic: str = attrs.field(validator=_topic)
    value: ClaimValue = attrs.field(validator=_value)
    evidence: Evidence = attrs.field(validator=v.instance_of(Evidence))
    meetings: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.each_unique(v.identifier)
    )
    issues: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.each_unique(v.identifier)
    )
    subject: str | None = attrs.field(default=None, validator=v.optional_identifier)
    said_on: When | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PartialDate, DateSpan))
    )
    inferred: tuple[Inference, ...] = attrs.field(default=(), converter=v.to_tuple, validator=check_inferred)
    note: str | None = attrs.field(default=None, validator=v.optional_text)

    @property
    def source(self) -> str:
        """The id of the source the claim comes from."""
        return self.evidence.source

    def __str__(self) -> str:
        return f"{self.speaker} on {self.topic}: {self.value} — “{self.evidence.quote}”"

    def _repr_html_(self) -> str:
        """A table of the set fields, for notebooks."""
        return record_table(self)
