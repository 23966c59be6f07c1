"""``Corpus.timeline``: the meetings and the claims that a timeline's criteria select, in one sequence.

Each of ``with_``, ``about`` and ``during`` becomes one criterion on the meetings and one on the claims,
made by the same methods their ``filter`` uses; the two collections are then selected once each.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from summitlib.claims import Claim
from summitlib.model import Meeting
from summitlib.query.claims import Claims
from summitlib.query.criteria import (
    Criterion,
    DateKey,
    IssueKey,
    LeaderKey,
    MeetingKey,
    day_range,
    many,
    resolve_among,
)
from summitlib.query.meetings import Meetings
from summitlib.query.store import Store
from summitlib.timeline import TimelineEntry, build_timeline

__all__ = ["timeline"]


def timeline(
    store: Store,
    *,
    with_: LeaderKey | Iterable[LeaderKey] | None = None,
    about: MeetingKey | IssueKey | Iterable[MeetingKey | IssueKey] | None = None,
    during: DateKey | Iterable[DateKey] | None = None,
) -> tuple[TimelineEntry, ...]:
    """The entries of [`Corpus.timeline`][summitlib.corpus.Corpus.timeline] (its arguments, documented
    there), from the meetings and claims of ``store``."""
    every = Meetings(store)
    meetings, claims = every, Claims(store)
    on_meetings: list[Criterion[Meeting]] = []
    on_claims: list[Criterion[Claim]] = []
    if with_ is not None:
        people = set(every._ids("leaders", with_))
        meetings = every._select([every._with(people)])
        on_claims.append(claims._involving(people, set(meetings.ids)))
    if about is not None:
        wanted, subjects = _about(every, about)
        on_meetings.append(Criterion(lambda m: m.id in wanted))
        on_claims.append(claims._about(subjects))
    if during is not None:
        ranges = [day_range(v) for v in many(during)]
        on_meetings.append(every._during(ranges))
        on_claims.append(claims._said_during(ranges))
    return build_timeline(list(meetings._select(on_meetings)), list(claims._select(on_claims)))


def _about(meetings: Meetings, about: object) -> tuple[set[str], list[Any]]:
    """The ids of the meetings ``about`` selects (meetings with their parts, and the meetings about
    issues), and the meetings and issues the claims must be about."""
    store = meetings._store
    wanted: set[str] = set()
    subjects: list[Any] = []
    for key in many(about):
        kind, ident = resolve_among(store, key, ("meetings", "issues"))
        if kind == "meetings":
            parts = meetings.filter(part_of=ident)
            wanted.add(ident)
            wanted.update(parts.ids)
            subjects += [ident, *parts.ids]
        else:
            wanted.update(meetings.filter(about=ident).ids)
            subjects.append(store.issues[store.position["issues"][ident]])
    return wanted, subjects
