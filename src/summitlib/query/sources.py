"""The sources of a corpus and their criteria."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from summitlib._names import normalise
from summitlib.model import Source, SourceKind
from summitlib.query.collection import Collection
from summitlib.query.criteria import (
    Criterion,
    bounds,
    checked_keywords,
    day_range,
    enum_value,
    many,
    overlap,
    resolve_among,
)

__all__ = ["Sources"]

_MENTIONABLE = ("leaders", "meetings", "issues")


class Sources(Collection[Source]):
    """The sources of a corpus, in record order."""

    kind = "sources"
    _columns = (("id", lambda x: x.id), ("title", lambda x: x.title), ("published", lambda x: x.published))
    __slots__ = ()

    @checked_keywords
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
            overlaps = overlap([day_range(v) for v in many(published)])
            criteria.append(Criterion(lambda x: x.published is not None and overlaps(*bounds(x.published))))
        return self._select(criteria)
