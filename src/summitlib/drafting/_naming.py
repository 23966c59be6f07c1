"""How drafted records are named and classified: offices, short names, meeting names, places."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from summitlib._names import fold
from summitlib.model import Leader, Meeting, MeetingFormat, RoleKind
from summitlib.places import Place, country_name
from summitlib.records import Records

if TYPE_CHECKING:
    from summitlib.extraction import Extraction

__all__ = ["cities", "meeting_name", "place_of", "role_kind", "short_name"]

_OFFICES: tuple[tuple[str, RoleKind], ...] = (
    ("foreign minister", RoleKind.FOREIGN_MINISTER),
    ("secretary of state", RoleKind.FOREIGN_MINISTER),
    ("foreign secretary", RoleKind.FOREIGN_MINISTER),
    ("prime minister", RoleKind.HEAD_OF_GOVERNMENT),
    ("premier", RoleKind.HEAD_OF_GOVERNMENT),
    ("chancellor", RoleKind.HEAD_OF_GOVERNMENT),
    ("vice president", RoleKind.OFFICIAL),
    ("president", RoleKind.HEAD_OF_STATE),
    ("king", RoleKind.HEAD_OF_STATE),
    ("queen", RoleKind.HEAD_OF_STATE),
    ("emir", RoleKind.HEAD_OF_STATE),
    ("supreme leader", RoleKind.HEAD_OF_STATE),
    ("leader", RoleKind.HEAD_OF_STATE),
    ("crown prince", RoleKind.OTHER),
    ("spokes", RoleKind.SPOKESPERSON),
    ("press secretary", RoleKind.SPOKESPERSON),
    ("ambassador", RoleKind.AMBASSADOR),
    ("envoy", RoleKind.ENVOY),
    ("advis", RoleKind.ADVISER),
    ("minister", RoleKind.MINISTER),
    ("secretary", RoleKind.MINISTER),
)


def role_kind(office: str) -> RoleKind:
    """The kind of an office as the text names it ("Prime Minister" is head of government)."""
    folded = office.casefold()
    return next((kind for key, kind in _OFFICES if key in folded), RoleKind.OTHER)


def short_name(leader: Leader) -> str:
    """How short mentions name a leader: the one-word alias that is part of the name, else the last word."""
    words = leader.name.split()
    for alias in leader.aliases:
        if " " not in alias and alias in words:
            return alias
    for name in leader.names:  # a hyphenated given name comes after the family name: "Kim Jong-un"
        parts = name.split()
        if len(parts) == 2 and "-" in parts[1] and parts[0] in words:
            return parts[0]
    return words[-1] if words else leader.name


def meeting_name(meeting: Meeting, leaders: Mapping[str, Leader]) -> str:
    """A short name: "Biden–Xi meeting, Bali" or "Biden–Putin video call"; a gathering keeps its own."""
    if meeting.format is MeetingFormat.SUMMIT:
        return meeting.name
    names = [short_name(leaders[p]) if p in leaders else p for p in meeting.participants]
    kind = {
        MeetingFormat.PHONE_CALL: "phone call",
        MeetingFormat.VIDEO_CALL: "video call",
        MeetingFormat.SUMMIT: "summit",
    }.get(meeting.format, "meeting")
    where = f", {meeting.place.city}" if meeting.place is not None and meeting.place.city else ""
    return f"{'–'.join(sorted(names))} {kind}{where}"


def cities(extraction: Extraction, corpus: Records | None) -> dict[str, str]:
    """Countries of the cities the text places in a country ("Geneva, Switzerland") or the corpus knows."""
    cities: dict[str, str] = {}
    for meeting in corpus.meetings if corpus is not None else ():
        if meeting.place is not None and meeting.place.city:
            cities.setdefault(fold(meeting.place.city), meeting.place.country)
    for candidate in extraction.meetings:
        cue = candidate.place
        if cue is not None and cue.country is not None and "," in cue.name:
            cities[fold(cue.name.split(",")[0].strip())] = cue.country
    return cities


def place_of(name: str, country: str | None, cities: Mapping[str, str]) -> Place | None:
    city = name.split(",")[0].strip()
    if country is None:
        country = cities.get(fold(city))
    if country is None:
        return None
    if not city or city.casefold() == country_name(country).casefold():
        return Place(country=country)
    return Place(country=country, city=city)
