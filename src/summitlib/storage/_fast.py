"""A fast path for structuring the commonest records, falling back to the converter for everything else.

`structure_list` builds the records of one kind with small hand-written functions for the plain fields
of leaders, issues, meetings and sources (text, ids, enums, dates, places, evidence): the same class
constructors with the same validators, so the records are identical to the converter's. A record with
anything else (roles, outcomes, inferences, a value of an unexpected type, a field the fast path does
not know) is structured by summitlib's converter instead; if that fails too, the caller structures the
whole list with the converter, which reports every problem with its path exactly as before.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from itertools import compress
from typing import Any

from summitlib.dates import PartialDate, parse_when
from summitlib.model import Issue, Leader, Meeting, MeetingFormat, MeetingStatus, Source, SourceKind
from summitlib.places import Place
from summitlib.provenance import Evidence
from summitlib.serialization import converter
from summitlib.storage._columns import build_meetings

Field = Callable[[Any], Any]


class _SlowPathError(Exception):
    """The fast path does not handle this value; the converter must."""


# Fields not listed in a record's converting functions are passed on unchanged: their validators
# accept exactly what the converter's hooks accept (text: str only; offsets: int, not bool), and the
# converter's hooks hand such values on unchanged too.


def _list(value: Any) -> Any:
    if type(value) is list:  # the class converts it to a tuple, its validators check the items
        return value
    raise _SlowPathError


# dates and places are immutable: the same text gives an equal value, so equal ones can be shared
_parse_when = functools.lru_cache(maxsize=4096)(parse_when)


def _optional_when(value: Any) -> Any:
    if value is None:
        return None
    if type(value) is str:
        return _parse_when(value)
    raise _SlowPathError


def _optional_partial(value: Any) -> PartialDate | None:
    if value is None:
        return None
    if type(value) is str:
        return PartialDate.parse(value)
    raise _SlowPathError


def _enum(kind: Any) -> Field:
    members = {member.value: member for member in kind}

    def structure(value: Any) -> Any:
        if type(value) is str:
            return members[value]  # KeyError for anything else: the converter reports it
        raise _SlowPathError

    return structure


def _record(cls: Any, fields: tuple[str, ...], convert: dict[str, Field]) -> Field:
    """A function building a ``cls`` from a dict with only the keys ``fields``, converting some values."""
    allowed = frozenset(fields)
    conversions = tuple(convert.items())

    def structure(data: Any) -> Any:
        if type(data) is not dict or not allowed.issuperset(data):
            raise _SlowPathError
        arguments = data.copy()
        for key, field in conversions:
            if key in data:
                arguments[key] = field(data[key])
        return cls(**arguments)

    return structure


def _optional(structure: Field) -> Field:
    def optional(value: Any) -> Any:
        return None if value is None else structure(value)

    return optional


def _many(structure: Field) -> Field:
    def many(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _SlowPathError
        return tuple([structure(item) for item in value])

    return many


_evidence = _many(_record(Evidence, ("source", "quote", "start", "end"), {}))
_new_place = _record(Place, ("country", "city", "venue"), {})


@functools.lru_cache(maxsize=4096)
def _cached_place(items: tuple[tuple[str, Any], ...]) -> Place:
    return _new_place(dict(items))  # type: ignore[no-any-return]


def _place(value: Any) -> Place | None:
    if value is None:
        return None
    if type(value) is not dict:
        raise _SlowPathError
    return _cached_place(tuple(value.items()))  # unhashable values raise TypeError: the converter decides


_MEETING_FIELDS = frozenset(
    ("id", "name", "format", "status", "participants", "when", "place", "occasion", "issues", "evidence")
) | {"note"}
_format = _enum(MeetingFormat)
_status = _enum(MeetingStatus)


def _meeting(data: Any) -> Meeting:
    """The hottest record, written out (the same as `_record` with its conversions)."""
    if type(data) is not dict or not _MEETING_FIELDS.issuperset(data):
        raise _SlowPathError
    arguments = data.copy()
    arguments["format"] = _format(data["format"])
    arguments["status"] = _status(data["status"])
    if "participants" in data and type(data["participants"]) is not list:
        raise _SlowPathError
    if "issues" in data and type(data["issues"]) is not list:
        raise _SlowPathError
    if "when" in data:
        arguments["when"] = _optional_when(data["when"])
    if "place" in data:
        arguments["place"] = _place(data["place"])
    if "evidence" in data:
        arguments["evidence"] = _evidence(data["evidence"])
    return Meeting(**arguments)


_RECORDS: dict[type[Any], Field] = {
    Leader: _record(
        Leader,
        ("id", "name", "aliases", "country", "evidence", "note"),
        {"aliases": _list, "evidence": _evidence},
    ),
    Issue: _record(
        Issue,
        ("id", "name", "aliases", "parent", "evidence", "note"),
        {"aliases": _list, "evidence": _evidence},
    ),
    Meeting: _meeting,
    Source: _record(
        Source,
        ("id", "text", "kind", "title", "publisher", "authors", "published", "url", "language", "note"),
        {"kind": _enum(SourceKind), "authors": _list, "published": _optional_partial},
    ),
}


def _is_simple_meeting(item: Any) -> bool:
    return type(item) is dict and not item.get("outcomes") and not item.get("inferred")


def _meetings(items: list[Any]) -> list[Any] | None:
    """Meetings built column by column (`summitlib.storage._columns`); those with outcomes or inferences
    one by one. None when the columns do not pass (the caller then builds every meeting one by one)."""
    built = build_meetings(items)
    if built is not None:
        return built
    flags = list(map(_is_simple_meeting, items))
    if all(flags) or not any(flags):
        return None
    simple = build_meetings(list(compress(items, flags)))
    if simple is None:
        return None
    others = iter(_one_by_one([i for i, f in zip(items, flags, strict=True) if not f], Meeting))
    together = iter(simple)
    return [next(together) if flag else next(others) for flag in flags]


def structure_list(items: list[Any], cls: type[Any]) -> list[Any]:
    """``items`` structured as ``cls`` records, the same as ``converter.structure`` gives each.

    Raises:
        Exception: whatever the converter raises for an item the fast path cannot take; the caller then
            structures the whole list with the converter for the full report.
    """
    if cls is Meeting and len(items) > 1:
        columns = _meetings(items)
        if columns is not None:
            return columns
    return _one_by_one(items, cls)


def _one_by_one(items: list[Any], cls: type[Any]) -> list[Any]:
    """`structure_list` record by record: the hand-written functions, else the converter."""
    fast = _RECORDS.get(cls)
    if fast is None:
        return list(converter.structure(items, tuple[cls, ...]))  # type: ignore[valid-type]
    result = []
    for item in items:
        try:
            result.append(fast(item))
        except Exception:  # anything unusual: let the converter decide, with its errors
            result.append(converter.structure(item, cls))
    return result


# saving: the plain form of the commonest records, as the converter gives it (fields equal to their
# default left out, in field order), with the converter for anything else


def _place_data(place: Place) -> dict[str, Any]:
    data: dict[str, Any] = {"country": place.country}
    if place.city is not None:
        data["city"] = place.city
    if place.venue is not None:
        data["venue"] = place.venue
    return data


def _evidence_data(item: Evidence) -> dict[str, Any]:
    data: dict[str, Any] = {"source": item.source, "quote": item.quote}
    if item.start is not None:
        data["start"] = item.start
    if item.end is not None:
        data["end"] = item.end
    return data


def _meetings_data(meetings: tuple[Meeting, ...], tag: dict[str, str]) -> list[dict[str, Any]]:
    """The plain form of each meeting, after the ``tag`` fields. Written as one loop, with enum values
    read from ``_value_`` and each place's form built once (shared: the encoder only reads it), since
    saving a large corpus spends most of its time here."""
    result: list[dict[str, Any]] = []
    append = result.append
    places: dict[int, dict[str, Any]] = {}
    for meeting in meetings:
        if meeting.outcomes or meeting.inferred:
            append({**tag, **converter.unstructure(meeting, Meeting)})
            continue
        data: dict[str, Any] = {
            **tag,
            "id": meeting.id,
            "name": meeting.name,
            "format": meeting.format._value_,
            "status": meeting.status._value_,
        }
        if meeting.participants:
            data["participants"] = list(meeting.participants)
        when = meeting.when
        if when is not None:
            data["when"] = str(when)
        place = meeting.place
        if place is not None:
            known = places.get(id(place))  # the meetings keep their places alive: ids stay unique
            if known is None:
                known = places[id(place)] = _place_data(place)
            data["place"] = known
        if meeting.occasion is not None:
            data["occasion"] = meeting.occasion
        if meeting.issues:
            data["issues"] = list(meeting.issues)
        if meeting.evidence:
            data["evidence"] = list(map(_evidence_data, meeting.evidence))
        if meeting.note is not None:
            data["note"] = meeting.note
        append(data)
    return result


def unstructure_list(
    records: tuple[Any, ...], cls: type[Any], tag: dict[str, str] | None = None
) -> list[Any]:
    """The plain form of ``records``: ``converter.unstructure(records, tuple[cls, ...])``, faster; with
    ``tag``, each record's form starts with those fields (JSON Lines' ``{"type": "meeting"}``)."""
    if cls is Meeting:
        return _meetings_data(records, tag or {})
    data = converter.unstructure(records, tuple[cls, ...])  # type: ignore[valid-type]
    return [{**tag, **item} for item in data] if tag else data
