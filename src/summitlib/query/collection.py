"""The base of every collection: an ordered, read-only view on the records of one kind in a corpus.

Each kind has its own module beside this one (`leaders`, `meetings`, `issues`, `sources`, `claims`)
holding its collection class: its ``filter`` and the columns its notebook table shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, ClassVar, Generic, Protocol, TypeAlias, TypeVar

from summitlib._html import rows_table
from summitlib.errors import AmbiguousError, NotFoundError
from summitlib.query.criteria import Criterion, many, resolve
from summitlib.query.store import Store
from summitlib.serialization import unstructure

__all__ = ["Collection"]


class _Record(Protocol):
    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=_Record)


Column: TypeAlias = tuple[str, Callable[[Any], object]]
"""A column of a collection's notebook table: its heading and how to get its value from a record."""
C = TypeVar("C", bound="Collection[Any]")


class Collection(Generic[T]):
    """An ordered, read-only set of records of one kind.

    Not built directly: take ``corpus.leaders``, ``corpus.meetings`` ... and filter them.
    """

    kind: ClassVar[str] = ""
    """The corpus attribute it views: ``"leaders"``, ``"meetings"`` ..."""
    _columns: ClassVar[tuple[Column, ...]] = (("id", lambda x: x.id),)

    __slots__ = ("_members", "_positions", "_store")

    def __init__(self, store: Store, positions: Sequence[int] | None = None) -> None:
        self._store = store
        self._positions = positions
        self._members: frozenset[int] | None = None

    @property
    def _all(self) -> tuple[T, ...]:
        items: tuple[T, ...] = getattr(self._store, self.kind)
        return items

    def _iter_positions(self) -> Sequence[int]:
        return range(len(self._all)) if self._positions is None else self._positions

    def _member_set(self) -> frozenset[int] | None:
        if self._positions is None:
            return None
        if self._members is None:
            self._members = frozenset(self._positions)
        return self._members

    def __iter__(self) -> Iterator[T]:
        items = self._all
        return (items[p] for p in self._iter_positions())

    def __len__(self) -> int:
        return len(self._iter_positions())

    def __bool__(self) -> bool:
        return len(self) > 0

    def __getitem__(self, index: int) -> T:
        return self._all[self._iter_positions()[index]]

    def __contains__(self, item: object) -> bool:
        ident = getattr(item, "id", item)
        position = self._store.position[self.kind].get(ident) if isinstance(ident, str) else None
        if position is None or (not isinstance(item, str) and self._all[position] != item):
            return False
        members = self._member_set()
        return members is None or position in members

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Collection) or type(other) is not type(self):
            return NotImplemented
        return self._store is other._store and list(self._iter_positions()) == list(other._iter_positions())

    def __hash__(self) -> int:
        return hash((type(self), id(self._store), tuple(self._iter_positions())))

    def __repr__(self) -> str:
        shown = ", ".join(x.id for x in list(self)[:5])
        more = ", ..." if len(self) > 5 else ""
        return f"{type(self).__name__}({len(self)}: {shown}{more})"

    def _repr_html_(self) -> str:
        """A table of the first 20 records, for notebooks."""
        return rows_table(f"{type(self).__name__}: {len(self)}", self, len(self), self._columns)

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids, in collection order."""
        return tuple(x.id for x in self)

    def _resolve(self, key: object) -> int:
        try:
            ident = resolve(self._store, self.kind, key)
        except AmbiguousError as error:
            inside = [c for c in error.candidates if self._has(c)]
            if len(inside) != 1:
                raise
            ident = inside[0]
        if not self._has(ident):
            raise self._store.names(self.kind).not_found(key)
        return self._store.position[self.kind][ident]

    def _has(self, ident: str) -> bool:
        position = self._store.position[self.kind].get(ident)
        members = self._member_set()
        return position is not None and (members is None or position in members)

    def lookup(self, key: T | str) -> T:
        """The record ``key`` denotes: the record itself, its id, or a name (case, accents, titles such as
        "President" and possessives ignored; a surname alone when only one record has it).

        Raises:
            NotFoundError: nothing matches; its ``suggestions`` lists close matches.
            AmbiguousError: the name fits several records.
        """
        return self._all[self._resolve(key)]

    def get(self, key: T | str, default: T | None = None) -> T | None:
        """Like [`lookup`][summitlib.collections.Collection.lookup], but ``default`` when nothing matches.

        Raises:
            AmbiguousError: the name fits several records.
        """
        try:
            return self.lookup(key)
        except NotFoundError:
            return default

    def search(self, query: str, limit: int | None = 10) -> list[T]:
        """Records ranked by how well one of their names matches ``query``, best first.

        Exact (normalised) names first, then word prefixes, then by similarity; ties are broken by
        name and id, so the order is repeatable. Only records scoring above zero are returned.
        """
        names = self._store.names(self.kind)
        position = self._store.position[self.kind]
        found = [i for i in names.search(query, limit=None) if self._has(i)]
        return [self._all[position[i]] for i in found[:limit]]

    def one(self) -> T:
        """The only record.

        Raises:
            NotFoundError: the collection is empty.
            AmbiguousError: it holds more than one record.
        """
        positions = self._iter_positions()
        if len(positions) == 1:
            return self._all[positions[0]]
        if not positions:
            raise NotFoundError(self.kind[:-1], "the criteria given")
        raise AmbiguousError(self.kind[:-1], "the criteria given", [self._all[p].id for p in positions])

    def first(self) -> T | None:
        """The first record, or None when the collection is empty."""
        positions = self._iter_positions()
        return self._all[positions[0]] if positions else None

    def to_records(self) -> list[dict[str, Any]]:
        """Plain, JSON-ready records (the form files use), in collection order."""
        return [unstructure(x) for x in self]

    def to_arrow(self, table: str | None = None, *, source_text: bool = True) -> Any:
        """A ``pyarrow.Table`` of the records, in collection order, typed as documented in
        [`summitlib.tables`][summitlib.tables].

        Args:
            table: which table: by default the collection's own (``meetings`` for meetings ...); or
                another table its records fill (for meetings: ``participants``, ``dyads``,
                ``meeting_issues``, ``outcomes``, ``evidence``; for claims: ``claim_meetings``,
                ``claim_issues``, ``evidence``; for leaders: ``roles``, ``evidence``).
            source_text: for sources, include each text (null otherwise).

        Requires the ``arrow`` extra (``pip install ".[arrow]"`` from a clone, or ``pip install pyarrow``).

        Raises:
            KeyError: ``table`` is not a table of this collection's records.
            ImportError: when pyarrow is not installed.
        """
        from summitlib import tables

        name = self.kind if table is None else table
        if name not in tables.tables_of_kind(self.kind):
            choices = ", ".join(tables.tables_of_kind(self.kind))
            raise KeyError(f"no table {name!r} of {self.kind}; choose one of {choices}")
        leaders = {x.id: x for x in self._store.leaders}
        built = tables.build_tables({self.kind: list(self)}, leaders, names=[name], source_text=source_text)
        return built[name]

    def to_dataframe(self, table: str | None = None) -> Any:
        """The [`to_arrow`][summitlib.collections.Collection.to_arrow] table as a pandas DataFrame: dates as
        ``datetime64``, nullable ``Int32``, ``boolean`` and ``string`` columns (unknown values are
        ``<NA>``), one row per record (or per row of ``table``).

        Requires the ``pandas`` extra (``pip install ".[pandas]"`` from a clone, or ``pip install pandas
        pyarrow``).

        Raises:
            ImportError: when pandas or pyarrow is not installed.
        """
        from summitlib import tables

        tables._require("pandas", "pandas", "to_dataframe()")
        return tables.to_pandas(self.to_arrow(table))

    def _select(self: C, criteria: Iterable[Criterion[Any]]) -> C:
        tests = list(criteria)
        if not tests:
            return self
        base: Sequence[int] = self._iter_positions()
        members = None
        indexed = [c.candidates for c in tests if c.candidates is not None]
        if indexed:
            smallest = min(indexed, key=len)
            if len(smallest) < len(base):
                base, members = smallest, self._member_set()
        items = self._all
        if len(tests) == 1:
            test, on_position = tests[0].test, tests[0].on_position
            chosen = [
                p
                for p in base
                if (members is None or p in members) and (test(p) if on_position else test(items[p]))
            ]
        else:
            checks = [(c.test, c.on_position) for c in tests]
            chosen = [
                p
                for p in base
                if (members is None or p in members)
                and all(test(p) if on_position else test(items[p]) for test, on_position in checks)
            ]
        return type(self)(self._store, chosen)

    def _ids(self, kind: str, value: object) -> list[str]:
        return [resolve(self._store, kind, v) for v in many(value)]
