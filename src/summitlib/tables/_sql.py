"""SQL over the tables: an in-memory DuckDB database with every table registered (zero-copy from Arrow)."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

__all__ = ["connect", "run"]

_LOCK = threading.Lock()


def connect(tables: Mapping[str, pa.Table]) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection in which each of ``tables`` is a view of the same name.

    Raises:
        ImportError: duckdb is not installed (the ``sql`` extra).
    """
    from summitlib.tables import _require

    duck = _require("duckdb", "sql", "SQL queries")
    connection: duckdb.DuckDBPyConnection = duck.connect(":memory:")
    for name, table in tables.items():
        connection.register(name, table)
    return connection


def run(
    connection: duckdb.DuckDBPyConnection, query: str, params: Sequence[Any] | Mapping[str, Any] | None = None
) -> pa.Table:
    """The result of ``query`` (with ``$name`` or ``?`` parameters from ``params``) as an Arrow table.

    The tables are registered on this one connection (not visible from its cursors), so calls are
    serialised with a lock: a Corpus may be queried from several threads.
    """
    with _LOCK:
        relation = connection.sql(query, params=params)
        if relation is None:  # a statement without a result (SET ...)
            import pyarrow as pa

            return pa.table({})
        fetch = getattr(relation, "to_arrow_table", None) or relation.fetch_arrow_table
        result: pa.Table = fetch()
        return result
