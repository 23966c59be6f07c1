"""The people, issues, sources and meetings of the record.

All are frozen, slotted, keyword-only attrs classes: build them with keywords, compare and hash them by
value. Collections inside them are tuples (lists are accepted and converted). References between records
are ids (``participants=("donald-trump", "vladimir-putin")``); a [`Corpus`][summitlib.Corpus] checks
that every id resolves.

Examples:
    >>> from summitlib import Leader, Role, RoleKind, PartialDate
    >>> lavrov = Leader(
    ...     id="sergey-lavrov",
    ...     name="Sergey Lavrov",
    ...     aliases=("Sergei Lavrov", "Lavrov"),
    ...     country="RUS",
    ...     roles=(Role(title="Foreign Minister", kind=RoleKind.FOREIGN_MINISTER, country="RUS"),),
    ... )
    >>> lavrov.holds_role(on=PartialDate.parse("2017-07-07"), kind=RoleKind.FOREIGN_MINISTER)
    True
"""

from __future__ import annotations

import enum
import re
from itertools import repeat
from typing import Any

import attrs

from summitlib import _validate as v
from summitlib._html import record_table
from summitlib.dates import DateSpan, PartialDate, When
from summitlib.errors import InvalidValueError
from summitlib.places import Place, country_code
from summitlib.provenance import Evidence, Inference, check_inferred

__all__ = [
    "Issue",
    "Leader",
    "Meeting",
    "MeetingFormat",
    "MeetingStatus",
    "Outcome",
    "Role",
    "RoleKind",
    "Source",
    "SourceKind",
]


class RoleKind(enum.Enum):
    """What kind of office a person holds. Not only heads of state speak in the sources."""

    HEAD_OF_STATE = "head_of_state"
    HEAD_OF_GOVERNMENT = "head_of_government"
    FOREIGN_MINISTER = "foreign_minister"
    MINISTER = "minister"
    SPOKESPERSON = "spokesperson"
    ENVOY = "envoy"
    ADVISER = "adviser"
    AMBASSADOR = "ambassador"
    LEGISLATOR = "legislator"
    OFFICIAL = "official"
    SPOUSE = "spouse"
    OTHER = "other"


class SourceKind(enum.Enum):
    """What kind of text a source is."""

    NEWS = "news"
    OPINION = "opinion"
    ANALYSIS = "analysis"


class MeetingFormat(enum.Enum):
    """How leaders met.

    ``BILATERAL`` is a sit-down of two sides; ``SIDELINE`` one held on the sidelines of a larger summit
    (its ``occasion``); ``INFORMAL_ENCOUNTER`` a handshake, a chat, a "grip 'n grin"; ``SUMMIT`` and
    ``MULTILATERAL`` gatherings of many leaders; ``PHONE_CALL`` and ``VIDEO_CALL`` calls, where the leaders
    are not in one place (``VIDEO_CALL`` is new in schema version 2).
    """

    BILATERAL = "bilateral"
    SIDELINE = "sideline"
    INFORMAL_ENCOUNTER = "informal_encounter"
    SUMMIT = "summit"
    MULTILATERAL = "multilateral"
    PHONE_CALL = "phone_call"
    VIDEO_CALL = "video_call"
    OTHER = "other"

    @property
    def is_gathering(self) -> bool:
        """True for formats of many participants (summit, multilateral)."""
        return self in (MeetingFormat.SUMMIT, MeetingFormat.MULTILATERAL)

    @property
    def is_call(self) -> bool:
        """True for calls (phone, video), where the leaders are not in one place."""
        return self in (MeetingFormat.PHONE_CALL, MeetingFormat.VIDEO_CALL)


class MeetingStatus(enum.Enum):
    """Whether a meeting happened. The sources also talk of meetings that never did.

    ``POSTPONED`` (put off to a later date) is new in schema version 2.
    """

    HELD = "held"
    PLANNED = "planned"
    PROPOSED = "proposed"
    POSSIBLE = "possible"
    RULED_OUT = "ruled_out"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"
    HYPOTHETICAL = "hypothetical"


def _enum(kind: type[enum.Enum]) -> v.Validator:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            members = {m.value: m for m in kind}
            if isinstance(value, str) and value in members:
                expected = f"{kind.__name__}.{members[value].name} (the enum member, not its text)"
            else:
                names = ", ".join(f"{kind.__name__}.{m.name}" for m in kind)
                expected = f"one of {names}"
            raise InvalidValueError(v.field_name(instance, attribute), expected, value)

    v.register_column(check, lambda values: all(map(isinstance, values, repeat(kind))))
    return check


_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\Z")


def _language(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _LANGUAGE.match(value):
        raise InvalidValueError(
            v.field_name(instance, attribute), "a BCP 47 language tag such as 'en' or 'ru'", value
        )


def _url(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not re.match(r"https?://\S+\Z", value):
        raise InvalidValueError(v.field_name(instance, attribute), "an http(s) URL", value)


_evidence = v.each(v.instance_of(Evidence))
_partial = v.optional(v.instance_of(PartialDate))
_when = v.optional(v.instance_of(PartialDate, DateSpan))


@attrs.frozen(kw_only=True)
class Role:
    """An office a person held, over a period when known.

    Attributes:
        title: the title as the sources give it ("Secretary of State").
        kind: what kind of office.
        country: the country (alpha-3) the office belongs to, if any.
        start: when it began, at the precision known.
        end: when it ended (None: still held, or unknown).
        evidence: quotes that support it.
        inferred: fields filled in from outside the sources.
    """

    title: str = attrs.field(validator=v.text)
    kind: RoleKind = attrs.field(validator=_enum(RoleKind))
    country: str | None = attrs.field(default=None, validator=v.optional(country_code))
    start: PartialDate | None = attrs.field(default=None, validator=_partial)
    end: PartialDate | None = attrs.field(default=None, validator=_partial)
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=v.to_tuple, validator=_evidence)
    inferred: tuple[Inference, ...] = attrs.field(default=(), converter=v.to_tuple, validator=check_inferred)

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end.latest < self.start.earliest:
            raise InvalidValueError("Role.end", f"a date not before the start {self.start}", str(self.end))

    def active_on(self, when: When) -> bool:
        """True when the role may have been held at some point of ``when`` (open ends are unbounded)."""
        if self.start is not None and when.latest < self.start.earliest:
            return False
        return not (self.end is not None and when.earliest > self.end.latest)


@attrs.frozen(kw_only=True)
class Leader:
    """A person who acts or speaks in the record: heads of state and government, ministers,
    spokespeople, envoys, advisers, ambassadors.

    Attributes:
        id: a stable id (``"vladimir-putin"``).
        name: the preferred full name.
        aliases: other names the sources use ("Mr. Putin", "Sergei Lavrov"); used by look-ups.
        country: the person's country (alpha-3), if any.
        roles: offices held, with their periods.
        evidence: quotes naming or describing the person.
        inferred: fields filled in from outside the sources.
        note: anything a reader should know.
    """

    id: str = attrs.field(validator=v.identifier)
    name: str = attrs.field(validator=v.text)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=v.to_tuple, validator=v.each_unique(v.text))
    country: str | None = attrs.field(default=None, validator=v.optional(country_code))
    roles: tuple[Role, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.each(v.instance_of(Role))
    )
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=v.to_tuple, validator=_evidence)
    inferred: tuple[Inference, ...] = attrs.field(default=(), converter=v.to_tuple, validator=check_inferred)
    note: str | None = attrs.field(default=None, validator=v.optional_text)

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by the aliases."""
        return (self.name, *self.aliases)

    def holds_role(self, *, on: When, kind: RoleKind | None = None) -> bool:
        """True when some role (of ``kind``, if given) may have been held on ``on``."""
        return any((kind is None or r.kind is kind) and r.active_on(on) for r in self.roles)

    def __str__(self) -> str:
        return self.name

    def _repr_html_(self) -> str:
        """A table of the set fields, for notebooks."""
        return record_table(self)


@attrs.frozen(kw_only=True)
class Issue:
    """A subject leaders discuss, in a hierarchy (Syria › ceasefire in southwest Syria).

    Attributes:
        id: a stable id (``"syria-ceasefire"``).
        name: a short name.
        aliases: other names and keywords the sources use.
        parent: the id of the broader issue, if any.
        evidence: quotes that mention it.
        note: anything a reader should know.
    """

    id: str = attrs.field(validator=v.identifier)
    name: str = attrs.field(validator=v.text)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=v.to_tuple, validator=v.each_unique(v.text))
    parent: str | None = attrs.field(default=None, validator=v.optional_identifier)
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=v.to_tuple, validator=_evidence)
    note: str | None = attrs.field(default=None, validator=v.optional_text)

    def __attrs_post_init__(self) -> None:
        if self.parent == self.id:
            raise InvalidValueError("Issue.parent", "another issue's id, not its own", self.parent)

    def __str__(self) -> str:
        return self.name

    def _repr_html_(self) -> str:
        """A table of the set fields, for notebooks."""
        return record_table(self)


@attrs.frozen(kw_only=True)
class Source:
    """A text the record is built from: a news report, an opinion piece, an analysis.

    Attributes:
        id: a stable id (for the seed corpus, the file's stem).
        text: the full text, which every evidence quote is checked against.
        kind: news, opinion or analysis.
        title: the headline, if known.
        publisher: the outlet, if known.
        authors: the bylines.
        published: the publication date, at the precision known.
        url: the address, if known (never invented).
        language: a BCP 47 tag, ``"en"`` by default.
        inferred: fields filled in from outside the text (``published``, ``publisher`` ...), with how.
        note: anything a reader should know.
    """

    id: str = attrs.field(validator=v.identifier)
    text: str = attrs.field(validator=v.instance_of(str), repr=False)
    kind: SourceKind = attrs.field(validator=_enum(SourceKind))
    title: str | None = attrs.field(default=None, validator=v.optional_text)
    publisher: str | None = attrs.field(default=None, validator=v.optional_text)
    authors: tuple[str, ...] = attrs.field(default=(), converter=v.to_tuple, validator=v.each(v.text))
    published: PartialDate | None = attrs.field(default=None, validator=_partial)
    url: str | None = attrs.field(default=None, validator=_url)
    language: str = attrs.field(default="en", validator=_language)
    inferred: tuple[Inference, ...] = attrs.field(default=(), converter=v.to_tuple, validator=check_inferred)
    note: str | None = attrs.field(default=None, validator=v.optional_text)

    def is_inferred(self, field: str) -> bool:
        """True when ``field`` was filled in from outside the text."""
        return any(i.field == field for i in self.inferred)

    def __str__(self) -> str:
        return self.title or self.id

    def _repr_html_(self) -> str:
        """A table of the set fields, for notebooks."""
        return record_table(self)


@attrs.frozen(kw_only=True)
class Outcome:
    """Something a meeting produced, as the sources report it.

    Attributes:
        description: what was agreed, announced or decided.
        issues: ids of the issues it concerns.
        evidence: quotes that report it.
    """

    description: str = attrs.field(validator=v.text)
    issues: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.each_unique(v.identifier)
    )
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=v.to_tuple, validator=_evidence)

    def __str__(self) -> str:
        return self.description


@attrs.frozen(kw_only=True)
class Meeting:
    """An encounter of leaders — held, planned, ruled out or only imagined.

    A multilateral summit (the G20 in Hamburg) is a meeting too, with format ``SUMMIT``; the bilateral
    meetings held during it name it as their ``occasion``.

    Attributes:
        id: a stable id.
        name: a short human-readable name.
        participants: ids of the leaders who took (or would take) part.
        when: the date or span, at the precision known.
        place: where.
        occasion: the id of the summit it belongs to, if any.
        format: bilateral, sideline, informal encounter, summit ...
        status: held, planned, proposed, possible, ruled out, cancelled, hypothetical.
        issues: ids of the issues discussed (or to be discussed).
        outcomes: what it produced, as reported.
        evidence: quotes that report the meeting.
        inferred: fields filled in from outside the sources (a date resolved from "last Friday").
        note: anything a reader should know.
    """

    id: str = attrs.field(validator=v.identifier)
    name: str = attrs.field(validator=v.text)
    format: MeetingFormat = attrs.field(validator=_enum(MeetingFormat))
    status: MeetingStatus = attrs.field(validator=_enum(MeetingStatus))
    participants: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.each_unique(v.identifier)
    )
    when: When | None = attrs.field(default=None, validator=_when)
    place: Place | None = attrs.field(default=None, validator=v.optional(v.instance_of(Place)))
    occasion: str | None = attrs.field(default=None, validator=v.optional_identifier)
    issues: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.each_unique(v.identifier)
    )
    outcomes: tuple[Outcome, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.each(v.instance_of(Outcome))
    )
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=v.to_tuple, validator=_evidence)
    inferred: tuple[Inference, ...] = attrs.field(default=(), converter=v.to_tuple, validator=check_inferred)
    note: str | None = attrs.field(default=None, validator=v.optional_text)

    def __attrs_post_init__(self) -> None:
        if self.occasion == self.id:
            raise InvalidValueError("Meeting.occasion", "another meeting's id, not its own", self.occasion)

    def __str__(self) -> str:
        when = f" ({self.when})" if self.when is not None else ""
        return f"{self.name}{when}"

    def _repr_html_(self) -> str:
        """A table of the set fields, for notebooks."""
        return record_table(self)
