"""The claims of a corpus and their criteria."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from typing import Any

from summitlib._collection import Collection
from summitlib._criteria import Criterion, IssueKey, LeaderKey, MeetingKey, SourceKey, many, resolve_among
from summitlib._index import union
from summitlib._names import normalise
from summitlib.claims import Claim, Speaker, SpeakerKind
from summitlib.errors import NotFoundError

__all__ = ["Claims"]

_SUBJECTS = ("meetings", "issues")


class Claims(Collection[Claim]):
    """Claims in the order the records were given."""

    kind = "claims"
    __slots__ = ()

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
            meetings: set[str] = set()
            issues: set[str] = set()
            for key in many(about):
                kind, ident = resolve_among(store, key, _SUBJECTS)
                if kind == "meetings":
                    meetings.add(ident)
                else:
                    issues.update(store.descendants(ident))
            lists = [store.claims_by_meeting.get(m, []) for m in sorted(meetings)]
            lists += [store.claims_by_issue.get(i, []) for i in sorted(issues)]
            criteria.append(
                Criterion(
                    lambda c: not meetings.isdisjoint(c.meetings) or not issues.isdisjoint(c.issues),
                    union(lists),
                )
            )
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
                    raise NotFoundError("speaker", item, _suggest(error, item, known)) from None

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


def _suggest(error: NotFoundError, item: object, known: list[str]) -> Callable[[], list[str]]:
    return lambda: [*error.suggestions, *_close(item, known)]


def _close(name: object, known: list[str]) -> list[str]:
    return difflib.get_close_matches(str(name), known, n=2, cutoff=0.6)
