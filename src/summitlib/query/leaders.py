"""The leaders of a corpus and their criteria."""

from __future__ import annotations

from collections.abc import Iterable

from summitlib.model import Leader
from summitlib.query.collection import Collection
from summitlib.query.criteria import Criterion, checked_keywords, many

__all__ = ["Leaders"]


class Leaders(Collection[Leader]):
    """The leaders of a corpus (anyone who acts or speaks), in record order."""

    kind = "leaders"
    _columns = (("id", lambda x: x.id), ("name", lambda x: x.name), ("country", lambda x: x.country))
    __slots__ = ()

    @checked_keywords
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
