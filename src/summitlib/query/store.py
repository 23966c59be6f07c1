"""The indexes of a corpus, each built on first use.

[`Store`][summitlib.query.store.Store] holds the records of each kind in a fixed order (meetings
chronologically), maps from id to position, name indexes, and the query indexes that let a filter start
from a few candidates instead of scanning: meetings by sorted leader pair, by leader, by start day
(bisect), by issue, by source, by place; claims by meeting, issue, speaker and source. Every index maps to
ascending positions, so candidate lists come out in collection order.
"""

from __future__ import annotations

import bisect
import itertools
import threading
from array import array
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from summitlib._gc import gc_paused
from summitlib._names import FAMILY_NAME_FIRST, NameIndex, normalise
from summitlib.claims import Claim, SpeakerKind
from summitlib.model import Issue, Leader, Meeting, Source
from summitlib.places import Place
from summitlib.provenance import Evidence
from summitlib.records import Records

__all__ = ["Store", "meeting_sort_key"]


def meeting_sort_key(meeting: Meeting) -> tuple[int, int, int, str]:
    """Chronological order: by earliest day, then latest day, then id; undated meetings last."""
    if meeting.when is None:
        return (1, 0, 0, meeting.id)
    return (0, meeting.when.earliest.toordinal(), meeting.when.latest.toordinal(), meeting.id)


def _family_first(leader: Leader) -> bool:
    """True when the leader's name is written family name first (by their country or their roles')."""
    countries = {leader.country} if leader.country else {r.country for r in leader.roles}
    return not FAMILY_NAME_FIRST.isdisjoint(countries)


def _positions(table: dict[str, list[int]], key: str, position: int) -> None:
    bucket = table.setdefault(key, [])
    if not bucket or bucket[-1] != position:
        bucket.append(position)


def _sources(items: Iterable[Evidence]) -> Iterable[str]:
    return (e.source for e in items)


def union(lists: Iterable[Sequence[int]]) -> list[int]:
    """The ascending union of ascending position lists."""
    chosen = [x for x in lists if x]
    if len(chosen) == 1:
        return list(chosen[0])
    return sorted(set(itertools.chain.from_iterable(chosen)))


class _Scratch:
    """Where an index is built: attributes set here, anything else read from the store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


class Store:
    """Every record of a corpus, in collection order, with the indexes queries use.

    The indexes are built on first use, each group by its builder (`_LAZY`), so that a corpus nobody
    queries costs no more than its records. A builder fills a scratch namespace that is published in
    one step, under a lock: concurrent first queries build each index once and never see half of one.
    """

    _LAZY: ClassVar[dict[str, str]] = {
        "meetings": "_sort_meetings",
        "position": "_index_positions",
        "children": "_index_issues",
        **dict.fromkeys(
            (
                "pairs", "by_leader", "meetings_by_issue", "meetings_by_source", "meetings_by_place",
                "parts", "starts", "lo", "hi", "gathering", "max_span",
            ),
            "_index_meetings",
        ),
        **dict.fromkeys(
            ("claims_by_meeting", "claims_by_issue", "claims_by_leader", "claims_by_source", "groups"),
            "_index_claims",
        ),
        **dict.fromkeys(("mentions", "issues_by_source"), "_index_mentions"),
    }  # fmt: skip
    """Each lazily built attribute and the method that builds it (with the others of its group)."""

    def __init__(self, records: Records) -> None:
        self.leaders: tuple[Leader, ...] = records.leaders
        self.issues: tuple[Issue, ...] = records.issues
        self.sources: tuple[Source, ...] = records.sources
        self.claims: tuple[Claim, ...] = records.claims
        self._unsorted = records.meetings
        self._names: dict[str, NameIndex] = {}
        self._lock = threading.RLock()

    def __getattr__(self, name: str) -> Any:
        """Build the index group of ``name`` on first use (only called for attributes not yet set)."""
        builder = Store._LAZY.get(name)
        if builder is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        with self._lock, gc_paused(keep=True):  # many small objects, all kept
            if name not in self.__dict__:  # another thread may have built it meanwhile
                scratch = _Scratch(self)
                getattr(Store, builder)(scratch)
                built = {k: v for k, v in vars(scratch).items() if k != "_store"}
                self.__dict__.update(built)  # one step: readers see all of the group or none of it
        return self.__dict__[name]

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without its lock (a corpus sent to another process, e.g. a Dask worker)."""
        return {k: v for k, v in self.__dict__.items() if k != "_lock"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.RLock()

    def build_indexes(self) -> Store:
        """Build every index now (benchmarks; a corpus about to be queried from many threads)."""
        for name in Store._LAZY:
            getattr(self, name)
        return self

    def _sort_meetings(self) -> None:
        self.meetings: tuple[Meeting, ...] = tuple(sorted(self._unsorted, key=meeting_sort_key))

    def _index_positions(self) -> None:
        self.position: dict[str, dict[str, int]] = {
            kind: {item.id: n for n, item in enumerate(getattr(self, kind))}
            for kind in ("leaders", "issues", "meetings", "sources", "claims")
        }

    def names(self, kind: str) -> NameIndex:
        """The name index of ``kind`` (``"leaders"`` ...), built on first use."""
        index = self._names.get(kind)
        if index is not None:
            return index
        with self._lock:
            return self._name_index(kind)

    def _name_index(self, kind: str) -> NameIndex:
        index = self._names.get(kind)
        if index is None:
            singular = kind[:-1]
            if kind == "meetings":
                entries: Iterable[tuple[str, str, Iterable[str]]] = (
                    (x.id, x.name, ()) for x in self.meetings
                )
            elif kind == "sources":
                entries = ((x.id, x.title or x.id, ()) for x in self.sources)
            elif kind == "claims":
                entries = ((x.id, x.id, ()) for x in self.claims)
            else:
                entries = ((x.id, x.name, x.aliases) for x in getattr(self, kind))
            family = [x.id for x in self.leaders if _family_first(x)] if kind == "leaders" else []
            index = self._names[kind] = NameIndex(singular, entries, family)
        return index

    def _index_issues(self) -> None:
        self.children: dict[str, list[str]] = {}
        for issue in self.issues:
            if issue.parent is not None:
                self.children.setdefault(issue.parent, []).append(issue.id)

    def descendants(self, issue: str) -> list[str]:
        """``issue`` and every issue below it."""
        found = [issue]
        for current in found:
            found.extend(self.children.get(current, ()))
        return found

    def _index_meetings(self) -> None:
        self.pairs: dict[tuple[str, str], list[int]] = {}
        self.by_leader: dict[str, list[int]] = {}
        self.meetings_by_issue: dict[str, list[int]] = {}
        self.meetings_by_source: dict[str, list[int]] = {}
        self.meetings_by_place: dict[str, list[int]] = {}
        self.parts: dict[str, list[int]] = {}
        self.starts = array("l")
        self.lo = array("l")
        self.hi = array("l")
        self.gathering = bytearray(len(self.meetings))
        self.max_span = 0
        position = self.position["meetings"]
        pairs, by_leader, by_place = self.pairs, self.by_leader, self.meetings_by_place
        place_keys: dict[Place, list[str]] = {}
        for n, meeting in enumerate(self.meetings):
            people = meeting.participants
            for person in people:
                bucket = by_leader.get(person)
                if bucket is None:
                    by_leader[person] = [n]
                else:
                    bucket.append(n)
            if len(people) == 2:
                a, b = people
                pair = (a, b) if a < b else (b, a)
                bucket = pairs.get(pair)
                if bucket is None:
                    pairs[pair] = [n]
                else:
                    bucket.append(n)
            else:
                for pair in itertools.combinations(sorted(people), 2):
                    pairs.setdefault(pair, []).append(n)
            if meeting.format.is_gathering:
                self.gathering[n] = 1
            if meeting.issues or meeting.outcomes:
                for issue in self.meeting_issues(meeting):
                    _positions(self.meetings_by_issue, issue, n)
            if meeting.evidence or meeting.outcomes:
                for source in sorted(set(_sources(self.meeting_evidence(meeting)))):
                    _positions(self.meetings_by_source, source, n)
            place = meeting.place
            if place is not None:
                keys = place_keys.get(place)
                if keys is None:
                    keys = place_keys[place] = list(dict.fromkeys(self.place_keys(meeting)))
                for key in keys:
                    _positions(by_place, key, n)
            when = meeting.when
            if when is None:
                self.lo.append(-1)
                self.hi.append(-1)
            else:
                lo, hi = when.earliest.toordinal(), when.latest.toordinal()  # bounds(when), inlined
                self.lo.append(lo)
                self.hi.append(hi)
                self.starts.append(lo)
                if hi - lo > self.max_span:
                    self.max_span = hi - lo
            occasion = meeting.occasion
            while occasion is not None:
                _positions(self.parts, occasion, n)
                occasion = self.meetings[position[occasion]].occasion
        for claim in self.claims:
            for meeting_id in claim.meetings:
                _positions(self.meetings_by_source, claim.source, position[meeting_id])
        for bucket in self.meetings_by_source.values():
            bucket[:] = sorted(set(bucket))

    @staticmethod
    def meeting_issues(meeting: Meeting) -> list[str]:
        """The issues a meeting is about: its own and those of its outcomes."""
        return list(dict.fromkeys(itertools.chain(meeting.issues, *(o.issues for o in meeting.outcomes))))

    @staticmethod
    def meeting_evidence(meeting: Meeting) -> list[Evidence]:
        """The evidence of a meeting and of its outcomes."""
        return [*meeting.evidence, *itertools.chain.from_iterable(o.evidence for o in meeting.outcomes)]

    @staticmethod
    def place_keys(meeting: Meeting) -> list[str]:
        """The keys ``at=`` matches for a meeting's place: country code, names of city, venue, country."""
        place = meeting.place
        if place is None:
            return []
        names = [place.city, place.venue, place.country_name]
        return [place.country, *(normalise(n) for n in names if n is not None)]

    def during(self, lo: int, hi: int) -> range:
        """Positions of dated meetings that may overlap the days ``lo`` .. ``hi`` (ordinals), ascending.

        A superset: every meeting starting from ``lo - max_span`` to ``hi``.
        """
        first = bisect.bisect_left(self.starts, lo - self.max_span)
        last = bisect.bisect_right(self.starts, hi)
        return range(first, last)

    def _index_claims(self) -> None:
        self.claims_by_meeting: dict[str, list[int]] = {}
        self.claims_by_issue: dict[str, list[int]] = {}
        self.claims_by_leader: dict[str, list[int]] = {}
        self.claims_by_source: dict[str, list[int]] = {}
        self.groups: dict[str, list[str]] = {}
        for n, claim in enumerate(self.claims):
            for meeting in claim.meetings:
                _positions(self.claims_by_meeting, meeting, n)
            for issue in claim.issues:
                _positions(self.claims_by_issue, issue, n)
            if claim.speaker.kind is SpeakerKind.PERSON and claim.speaker.leader is not None:
                _positions(self.claims_by_leader, claim.speaker.leader, n)
            if claim.speaker.kind is SpeakerKind.GROUP and claim.speaker.name is not None:
                names = self.groups.setdefault(normalise(claim.speaker.name), [])
                if claim.speaker.name not in names:
                    names.append(claim.speaker.name)
            _positions(self.claims_by_source, claim.source, n)

    def _index_mentions(self) -> None:
        """Which sources give evidence for each leader, meeting and issue."""
        mentions: dict[tuple[str, str], set[str]] = {}

        def add(kind: str, ident: str, sources: Iterable[str]) -> None:
            found = set(sources)
            if found:
                mentions.setdefault((kind, ident), set()).update(found)

        for leader in self.leaders:
            add("leaders", leader.id, _sources(self.leader_evidence(leader)))
        for issue in self.issues:
            add("issues", issue.id, _sources(issue.evidence))
        for meeting in self.meetings:
            if not meeting.evidence and not meeting.outcomes:
                continue
            add("meetings", meeting.id, _sources(meeting.evidence))
            for outcome in meeting.outcomes:
                add("meetings", meeting.id, _sources(outcome.evidence))
                for issue_id in outcome.issues:
                    add("issues", issue_id, _sources(outcome.evidence))
        for claim in self.claims:
            source = (claim.source,)
            for meeting_id in claim.meetings:
                add("meetings", meeting_id, source)
            for issue_id in claim.issues:
                add("issues", issue_id, source)
            for person in (claim.speaker.leader, claim.subject):
                if person is not None:
                    add("leaders", person, source)
        self.mentions = mentions
        self.issues_by_source: dict[str, set[str]] = {}
        for (kind, ident), sources in mentions.items():
            if kind == "issues":
                for source_id in sources:
                    self.issues_by_source.setdefault(source_id, set()).add(ident)

    def leader_evidence(self, leader: Leader) -> list[Evidence]:
        """The evidence of a leader and of their roles."""
        return [*leader.evidence, *itertools.chain.from_iterable(r.evidence for r in leader.roles)]
