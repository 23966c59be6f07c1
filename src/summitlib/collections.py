"""Collections: the leaders, meetings, issues, sources and claims of a corpus, and subsets of them.

Every collection is a read-only, ordered view on a [`Corpus`][summitlib.Corpus]: iterate it, take its
``len``, [`get`][summitlib.collections.Collection.get] or [`lookup`][summitlib.collections.Collection.lookup]
one record by object, id or name, [`search`][summitlib.collections.Collection.search] by name, and
``filter`` by criteria. ``filter`` returns the same collection type, so calls chain; criteria combine with
AND, and each accepts one value or a list (any of them may match).

Meetings come in chronological order (undated ones last); the other kinds in the order the records were
given.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from summitlib._claim_query import Claims
from summitlib._collection import Collection
from summitlib._criteria import (
    Criterion,
    IssueKey,
    MeetingKey,
    SourceKey,
    day_range,
    enum_value,
    many,
    resolve_among,
)
from summitlib._meeting_query import Meetings
from summitlib._names import normalise
from summitlib.model import Issue, Leader, Source, SourceKind

__all__ = ["Claims", "Collection", "Issues", "Leaders", "Meetings", "Sources"]

_MENTIONABLE = ("leaders", "meetings", "issues")


class Leaders(Collection[Leader]):
    """The leaders of a corpus (anyone who acts or speaks), in record order."""

    kind = "leaders"
    __slots__ = ()

    def filter(self, *, country: str | Iterable[str] | None = None) -> Leaders:
        """Leaders matching every criterion given.

        Args:
            country: their country, as an alpha-3 code.
        """
        criteria: list[Criterion[Leader]] = []
        if country is not None:
            codes = {str(c).upper() for c in many(country)}
            criteria.append(Criterion(lambda x: x.country in codes))
        return self._select(criteria)


class Issues(Collection[Issue]):
    """The issues of a corpus, in record order."""

    kind = "issues"
    __slots__ = ()

    def filter(
        self,
        *,
        discussed_at: MeetingKey | Iterable[MeetingKey] | None = None,
        raised_in: SourceKey | Iterable[SourceKey] | None = None,
        children_of: IssueKey | Iterable[IssueKey] | None = None,
    ) -> Issues:
        """Issues matching every criterion given.

        Args:
            discussed_at: meetings that list the issue (directly or in an outcome).
            raised_in: sources that give evidence on the issue: the issue's own evidence, or a claim
                about it, or an outcome listing it, quoted from that source.
            children_of: issues whose direct sub-issues are wanted.
        """
        store = self._store
        criteria: list[Criterion[Issue]] = []
        if discussed_at is not None:
            wanted: set[str] = set()
            for ident in self._ids("meetings", discussed_at):
                wanted.update(store.meeting_issues(store.meetings[store.position["meetings"][ident]]))
            criteria.append(Criterion(lambda x: x.id in wanted))
        if raised_in is not None:
            raised: set[str] = set()
            for ident in self._ids("sources", raised_in):
                raised.update(store.issues_by_source.get(ident, ()))
            criteria.append(Criterion(lambda x: x.id in raised))
        if children_of is not None:
            parents = set(self._ids("issues", children_of))
            criteria.append(Criterion(lambda x: x.parent in parents))
        return self._select(criteria)


class Sources(Collection[Source]):
    """The sources of a corpus, in record order."""

    kind = "sources"
    __slots__ = ()

    def filter(
        self,
        *,
        mentioning: Any = None,
        kind: SourceKind | str | Iterable[SourceKind | str] | None = None,
        publisher: str | Iterable[str] | None = None,
        published: Any = None,
    ) -> Sources:
        """Sources matching every criterion given.

        Args:
            mentioning: leaders, meetings or issues (objects, ids or names) the source gives evidence
                for: quotes attached to the record itself, or claims about it (for a leader: claims they
                made or that are about them).
            kind: news, opinion or analysis.
            publisher: the outlet (case and accents ignored).
            published: a year, partial date or span the publication date overlaps (undated sources
                never match).
        """
        store = self._store
        criteria: list[Criterion[Source]] = []
        if mentioning is not None:
            found: set[str] = set()
            for key in many(mentioning):
                found.update(store.mentions.get(resolve_among(store, key, _MENTIONABLE), ()))
            criteria.append(Criterion(lambda x: x.id in found))
        if kind is not None:
            kinds = {enum_value(SourceKind, k) for k in many(kind)}
            criteria.append(Criterion(lambda x: x.kind in kinds))
        if publisher is not None:
            outlets = {normalise(p) for p in many(publisher)}
            criteria.append(
                Criterion(lambda x: x.publisher is not None and normalise(x.publisher) in outlets)
            )
        if published is not None:
            ranges = [day_range(v) for v in many(published)]

            def overlaps(x: Source) -> bool:
                if x.published is None:
                    return False
                lo, hi = x.published.earliest.toordinal(), x.published.latest.toordinal()
                return any(lo <= b and a <= hi for a, b in ranges)

            criteria.append(Criterion(overlaps))
        return self._select(criteria)
