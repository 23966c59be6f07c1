"""The claims of a corpus and their criteria."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from summitlib._names import normalise
from summitlib._suggest import suggest
from summitlib.claims import Claim, Speaker, SpeakerKind
from summitlib.errors import NotFoundError
from summitlib.query.collection import Collection
from summitlib.query.criteria import (
    Criterion,
    IssueKey,
    LeaderKey,
    MeetingKey,
    SourceKey,
    bounds,
    checked_keywords,
    many,
    overlap,
    resolve_among,
)
from summitlib.query.store import union

__all__ = ["Claims"]

_SUBJECTS = ("meetings", "issues")


class Claims(Collection[Claim]):
    """Claims in the order the records were given."""

    kind = "claims"
    _columns = (
        ("id", lambda x: x.id),
        ("speaker", lambda x: x.speaker),
        ("topic", lambda x: x.topic),
        ("value", lambda x: x.value),
        ("quote", lambda x: x.evidence.quote),
    )
    __slots__ = ()

    @checked_keywords
    def filter(
        self,
        *,
        about: MeetingKey | IssueKey | Iterable[MeetingKey | IssueKey] | None = None,
        speaker: LeaderKey | Speaker | Iterable[LeaderKey | Speaker] | None = None,
        topic: str | Iterable[str] | None = None,
        source: SourceKey | Iterable[SourceKey] | None = None,
    ) -> Claims:
        """Claims matching every criterion given (each criterion: any of its values).

        Args:
            about: meetings the claim is about, or issues it is about (including their sub-issues).
                A string is tried as a meeting id, an issue id, a meeting name, then an issue name.
            speaker: a leader (object, id or name), a group's name as the sources give it ("the
                Kremlin"), ``"author"`` for the article's own voice, or a `Speaker`.
            topic: a topic, or a dotted prefix of topics (``"duration"`` matches ``"duration.actual"``).
            source: the sources the claims are quoted from.
        """
        store = self._store
        criteria: list[Criterion[Claim]] = []
        if about is not None:
            criteria.append(self._about(about))
        if speaker is not None:
            criteria.append(self._speaker(speaker))
        if topic is not None:
            topics = [str(t) for t in many(topic)]
            criteria.append(Criterion(lambda c: any(_under(c.topic, t) for t in topics)))
        if source is not None:
            ids = self._ids("sources", source)
            criteria.append(
                Criterion(lambda c: c.source in ids, union(store.claims_by_source.get(i, []) for i in ids))
            )
        return self._select(criteria)

    def _about(self, value: Any) -> Criterion[Claim]:
        store = self._store
        meetings: set[str] = set()
        issues: set[str] = set()
        for key in many(value):
            kind, ident = resolve_among(store, key, _SUBJECTS)
            if kind == "meetings":
                meetings.add(ident)
            else:
                issues.update(store.descendants(ident))
        lists = [store.claims_by_meeting.get(m, []) for m in sorted(meetings)]
        lists += [store.claims_by_issue.get(i, []) for i in sorted(issues)]
        return Criterion(
            lambda c: not meetings.isdisjoint(c.meetings) or not issues.isdisjoint(c.issues), union(lists)
        )

    def _involving(self, people: set[str], meetings: set[str]) -> Criterion[Claim]:
        """Claims that ``people`` (leader ids) made or that are about them, or about one of ``meetings``."""
        return Criterion(
            lambda c: c.speaker.leader in people or c.subject in people or not meetings.isdisjoint(c.meetings)
        )

    def _said_during(self, ranges: list[tuple[int, int]]) -> Criterion[Claim]:
        """Claims said on a day that may be in one of the day ``ranges`` (never those without ``said_on``)."""
        overlaps = overlap(ranges)
        return Criterion(lambda c: c.said_on is not None and overlaps(*bounds(c.said_on)))

    def _speaker(self, value: Any) -> Criterion[Claim]:
        store = self._store
        people: set[str] = set()
        groups: set[str] = set()
        author = False
        for item in many(value):
            if isinstance(item, Speaker):
                if item.kind is SpeakerKind.PERSON and item.leader is not None:
                    people.add(item.leader)
                elif item.kind is SpeakerKind.GROUP and item.name is not None:
                    groups.add(normalise(item.name))
                else:
                    author = True
            elif isinstance(item, str) and item.strip().lower() in ("author", "(author)"):
                author = True
            else:
                try:
                    people.add(self._ids("leaders", item)[0])
                except NotFoundError as error:
                    if isinstance(item, str) and normalise(item) in store.groups:
                        groups.add(normalise(item))
                        continue
                    known = sorted(n for names in store.groups.values() for n in names)
                    raise NotFoundError("speaker", item, _suggestions(error, item, known)) from None

        def test(c: Claim) -> bool:
            s = c.speaker
            if s.kind is SpeakerKind.PERSON:
                return s.leader in people
            if s.kind is SpeakerKind.GROUP:
                return s.name is not None and normalise(s.name) in groups
            return author

        candidates = None
        if not groups and not author:
            candidates = union(store.claims_by_leader.get(p, []) for p in sorted(people))
        return Criterion(test, candidates)


def _under(topic: str, wanted: str) -> bool:
    return topic == wanted or topic.startswith(wanted + ".")


def _suggestions(error: NotFoundError, item: object, known: list[str]) -> Callable[[], list[str]]:
    """The leaders the look-up suggested, then the groups whose names are close."""
    return lambda: [*error.suggestions, *suggest(item, known)]
