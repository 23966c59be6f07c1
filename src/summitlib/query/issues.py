"""The issues of a corpus and their criteria."""

from __future__ import annotations

from collections.abc import Iterable

from summitlib.model import Issue
from summitlib.query.collection import Collection
from summitlib.query.criteria import Criterion, IssueKey, MeetingKey, SourceKey, checked_keywords

__all__ = ["Issues"]


class Issues(Collection[Issue]):
    """The issues of a corpus, in record order."""

    kind = "issues"
    _columns = (("id", lambda x: x.id), ("name", lambda x: x.name), ("parent", lambda x: x.parent))
    __slots__ = ()

    @checked_keywords
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
