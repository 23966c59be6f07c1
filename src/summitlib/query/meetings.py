"""The meetings of a corpus and their criteria."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from summitlib._countries import country_code
from summitlib.errors import InvalidValueError, NotFoundError
from summitlib.model import Meeting, MeetingFormat, MeetingStatus
from summitlib.places import Place
from summitlib.query.collection import Collection
from summitlib.query.criteria import (
    Criterion,
    DateKey,
    IssueKey,
    LeaderKey,
    MeetingKey,
    SourceKey,
    checked_keywords,
    country,
    country_key,
    day_range,
    either_of,
    enum_value,
    many,
    overlap,
)
from summitlib.query.store import union

__all__ = ["Meetings"]


class Meetings(Collection[Meeting]):
    """Meetings in chronological order (by earliest possible day, then latest, then id; undated last).

    Examples:
        >>> import summitlib
        >>> corpus = summitlib.load()
        >>> trump, putin = corpus.leaders.lookup("Trump"), corpus.leaders.lookup("Putin")
        >>> corpus.meetings.filter(between=[trump, putin], during=2017, at="Hamburg").one().status.value
        'held'
    """

    kind = "meetings"
    _columns = (
        ("id", lambda x: x.id),
        ("when", lambda x: x.when),
        ("place", lambda x: x.place),
        ("status", lambda x: x.status),
        ("participants", lambda x: x.participants),
    )
    __slots__ = ()

    @checked_keywords
    def filter(
        self,
        *,
        between: Iterable[LeaderKey] | Iterable[Iterable[LeaderKey]] | None = None,
        with_: LeaderKey | Iterable[LeaderKey] | None = None,
        during: DateKey | Iterable[DateKey] | None = None,
        at: str | Place | Iterable[str | Place] | None = None,
        about: IssueKey | Iterable[IssueKey] | None = None,
        status: MeetingStatus | str | Iterable[MeetingStatus | str] | None = None,
        format: MeetingFormat | str | Iterable[MeetingFormat | str] | None = None,
        part_of: MeetingKey | Iterable[MeetingKey] | None = None,
        source: SourceKey | Iterable[SourceKey] | None = None,
        including: LeaderKey | Iterable[LeaderKey] | None = None,
        countries: str | Iterable[str] | None = None,
        between_countries: Iterable[str] | Iterable[Iterable[str]] | None = None,
    ) -> Meetings:
        """Meetings matching every criterion given (each criterion: any of its values).

        Args:
            between: leaders who all took part, so met one another. A summit or multilateral
                gathering they both attended counts only when ``format`` or ``part_of`` is also
                given, so ``between=[trump, putin]`` finds their own meetings, not the G20. Give a
                list of groups (``[[a, b], [a, c]]``) for any of several pairs. Order does not matter.
            with_: leaders of whom at least one took part.
            including: the same as ``with_`` (a name that reads better; give one or the other).
            countries: countries (alpha-3 codes or names: ``"RUS"``, ``"Russia"``, ``"Viet Nam"``) of
                which at least one participant is a leader (by the leader's ``country``, or the
                countries of their roles when it is not set).
            between_countries: countries that each had a participant: a state dyad
                (``["USA", "RUS"]``). Like ``between``, a summit both attended counts only when
                ``format`` or ``part_of`` is also given. Give a list of groups for any of several dyads.
            during: years, partial dates or spans the meeting's date may overlap: a meeting known
                only to ``"2017-11"`` overlaps ``"2017-11-10"``. Undated meetings never match.
            at: a city, venue or country (name or alpha-3 code), or a `Place`.
            about: issues the meeting (or one of its outcomes) lists, including their sub-issues.
            status: held, planned, ruled out ...
            format: bilateral, sideline, summit ...
            part_of: summits the meeting belongs to, directly or through another meeting.
            source: sources that report the meeting: the meeting's evidence (or its outcomes'), or a
                claim about it.
        """
        with_ = either_of("with_", with_, "including", including)
        criteria: list[Criterion[Meeting]] = []
        if between is not None:
            criteria.append(self._between(between, gatherings=format is not None or part_of is not None))
        if with_ is not None:
            criteria.append(self._with(with_))
        if countries is not None:
            criteria.append(self._countries(countries))
        if between_countries is not None:
            gatherings = format is not None or part_of is not None
            criteria.append(self._between_countries(between_countries, gatherings=gatherings))
        if during is not None:
            criteria.append(self._during([day_range(v) for v in many(during)]))
        if at is not None:
            criteria.append(self._at(at))
        if about is not None:
            issues = [i for key in self._ids("issues", about) for i in self._store.descendants(key)]
            criteria.append(self._keyed(self._store.meetings_by_issue, issues, self._store.meeting_issues))
        if status is not None:
            statuses = {enum_value(MeetingStatus, s) for s in many(status)}
            criteria.append(Criterion(lambda m: m.status in statuses))
        if format is not None:
            formats = {enum_value(MeetingFormat, f) for f in many(format)}
            criteria.append(Criterion(lambda m: m.format in formats))
        if part_of is not None:
            criteria.append(self._part_of(part_of))
        if source is not None:
            ids = self._ids("sources", source)
            lists = [self._store.meetings_by_source.get(i, []) for i in ids]
            reported = union(lists)
            members = set(reported)
            criteria.append(Criterion(members.__contains__, reported, on_position=True))
        return self._select(criteria)

    def _between(self, value: Iterable[Any], *, gatherings: bool) -> Criterion[Meeting]:
        items = many(value)
        nested = any(not isinstance(x, str) and isinstance(x, Iterable) for x in items)
        try:
            groups = [frozenset(self._ids("leaders", g)) for g in (items if nested else [items])]
        except NotFoundError as error:
            if isinstance(error.key, str) and country_code(error.key) is not None:
                raise InvalidValueError(
                    "between", "leaders; for countries use between_countries= (a state dyad)", error.key
                ) from None
            raise
        if not groups or not all(groups):
            raise InvalidValueError("between", "one or more leaders (or a list of groups of leaders)", value)
        store = self._store
        lists: list[Sequence[int]] = []
        for group in groups:
            people = sorted(group)
            if len(people) == 1:
                lists.append(store.by_leader.get(people[0], []))
            elif people:
                pairs = [(a, b) for n, a in enumerate(people) for b in people[n + 1 :]]
                lists.append(min((store.pairs.get(p, []) for p in pairs), key=len))

        gathering = store.gathering
        meetings = store.meetings

        def test(n: int) -> bool:
            if not gatherings and gathering[n]:
                return False
            taking_part = meetings[n].participants
            return any(all(p in taking_part for p in g) for g in groups)

        return Criterion(test, lists[0] if len(lists) == 1 else union(lists), on_position=True)

    def _with(self, value: Any) -> Criterion[Meeting]:
        people = set(self._ids("leaders", value))
        lists = [self._store.by_leader.get(p, []) for p in sorted(people)]
        return Criterion(lambda m: not people.isdisjoint(m.participants), union(lists))

    def _nationals(self) -> dict[str, set[str]]:
        """Country code → ids of the leaders of that country (their ``country``, else their roles')."""
        found: dict[str, set[str]] = {}
        for leader in self._store.leaders:
            codes = {leader.country} if leader.country else {r.country for r in leader.roles if r.country}
            for code in codes:
                found.setdefault(code, set()).add(leader.id)
        return found

    def _countries(self, value: Any) -> Criterion[Meeting]:
        nationals = self._nationals()
        people: set[str] = set()
        for item in many(value):
            people |= nationals.get(country(item), set())
        lists = [self._store.by_leader.get(p, []) for p in sorted(people)]
        return Criterion(lambda m: not people.isdisjoint(m.participants), union(lists))

    def _between_countries(self, value: Iterable[Any], *, gatherings: bool) -> Criterion[Meeting]:
        items = many(value)
        nested = any(not isinstance(x, str) and isinstance(x, Iterable) for x in items)
        dyads = [[country(c) for c in many(g)] for g in (items if nested else [items])]
        if not dyads or not all(dyads):
            raise InvalidValueError("between_countries", "two or more countries (or a list of groups)", value)
        nationals = self._nationals()
        groups = [[nationals.get(code, set()) for code in dict.fromkeys(d)] for d in dyads]
        store = self._store
        gathering, meetings = store.gathering, store.meetings

        def test(n: int) -> bool:
            if not gatherings and gathering[n]:
                return False
            taking_part = meetings[n].participants
            return any(all(not side.isdisjoint(taking_part) for side in g) for g in groups)

        first_sides = [min(g, key=len) for g in groups]
        candidates = union(store.by_leader.get(p, []) for side in first_sides for p in sorted(side))
        return Criterion(test, candidates, on_position=True)

    def _during(self, ranges: list[tuple[int, int]]) -> Criterion[Meeting]:
        """Meetings whose date may be in one of the day ``ranges`` (undated ones never are)."""
        starts, ends = self._store.lo, self._store.hi
        overlaps = overlap(ranges)

        def test(n: int) -> bool:
            lo = starts[n]
            return lo >= 0 and overlaps(lo, ends[n])

        if len(ranges) == 1:
            return Criterion(test, self._store.during(*ranges[0]), on_position=True)
        return Criterion(test, on_position=True)

    def _at(self, value: Any) -> Criterion[Meeting]:
        keys: set[str] = set()
        places: list[Place] = []
        for item in many(value):
            if isinstance(item, Place):
                places.append(item)
            else:
                keys.add(country_key(str(item)))

        def same_place(wanted: Place, found: Place | None) -> bool:
            return (
                found is not None
                and wanted.country == found.country
                and wanted.city in (None, found.city)
                and wanted.venue in (None, found.venue)
            )

        def test(m: Meeting) -> bool:
            if any(same_place(p, m.place) for p in places):
                return True
            return not keys.isdisjoint(self._store.place_keys(m))

        candidates = [self._store.meetings_by_place.get(k, []) for k in sorted(keys)]
        candidates += [self._store.meetings_by_place.get(p.country, []) for p in places]
        return Criterion(test, union(candidates))

    def _part_of(self, value: Any) -> Criterion[Meeting]:
        summits = self._ids("meetings", value)
        store = self._store

        def test(m: Meeting) -> bool:
            occasion = m.occasion
            while occasion is not None:
                if occasion in summits:
                    return True
                occasion = store.meetings[store.position["meetings"][occasion]].occasion
            return False

        return Criterion(test, union(store.parts.get(s, []) for s in summits))

    def _keyed(
        self, table: dict[str, list[int]], keys: list[str], values: Callable[[Meeting], Iterable[str]]
    ) -> Criterion[Meeting]:
        wanted = set(keys)
        return Criterion(
            lambda m: not wanted.isdisjoint(values(m)), union(table.get(k, []) for k in sorted(wanted))
        )
