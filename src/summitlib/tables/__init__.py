"""Tidy, typed tables of a corpus for pandas, Polars, DuckDB and R: one concept per table, Arrow types.

[`Corpus.to_arrow`][summitlib.corpus.Corpus.to_arrow] returns every table below as a ``pyarrow.Table``; each
collection's ``to_arrow()`` the table of its own records (or, by name, another table its records fill);
``to_dataframe()`` the same as a pandas DataFrame with ``datetime64`` dates and nullable integer, boolean
and string dtypes; [`Corpus.sql`][summitlib.corpus.Corpus.sql] runs DuckDB SQL over all of them. Dates keep
their precision as a range: ``earliest`` and ``latest`` are the first and last day a date may be, and
``precision`` says how it was known. Durations keep their bounds: ``minutes_min`` and ``minutes_max``
(null: no bound stated), never a rounded number. Unknown values are null.

The tables (each one's columns, types and meaning are in [`TABLES`][summitlib.tables.TABLES], on the
"Analysing with pandas, Polars and DuckDB" page, and in the ``schema.json`` that ``summitlib export``
writes):

* ``meetings``, ``participants`` (meeting × leader), ``dyads`` (meeting × unordered pair of
  participants, countries ordered so state dyads group directly), ``meeting_issues``, ``outcomes``;
* ``claims`` (speaker, topic, typed value), ``claim_meetings``, ``claim_issues``;
* ``evidence`` (every quote of every record, with its offsets);
* ``leaders``, ``roles`` (with start and end dates), ``issues`` (with parent), ``sources`` (text
  optional).

pyarrow is an optional extra (``pip install ".[arrow]"`` from a clone, or ``pip install pyarrow``),
imported on first use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from summitlib.model import Leader
from summitlib.tables._rows import Columns, Context, columns_of
from summitlib.tables._schema import TABLES, Column, Table, arrow_schema, describe, table_spec

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "TABLES",
    "Column",
    "Table",
    "arrow_schema",
    "build_tables",
    "describe",
    "table_spec",
    "tables_of_kind",
    "to_pandas",
]

_KIND_ORDER = ("meetings", "claims", "leaders", "issues", "sources")


def _require(module: str, extra: str, what: str) -> Any:
    """Import ``module``, or raise an ImportError saying which extra to install for ``what``."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(
            f'{what} needs {module}: pip install ".[{extra}]" from a clone, or pip install {module}',
            name=module,
        ) from error


def tables_of_kind(kind: str) -> tuple[str, ...]:
    """The tables whose rows belong to records of ``kind`` (``"meetings"`` gives meetings, participants,
    dyads, meeting_issues, outcomes and evidence)."""
    own = tuple(t.name for t in TABLES if t.kind == kind)
    return (*own, "evidence") if kind in ("meetings", "claims", "leaders", "issues") else own


def build_tables(
    records: Mapping[str, Sequence[Any]],
    leaders: Mapping[str, Leader],
    *,
    names: Iterable[str] | None = None,
    source_text: bool = True,
) -> dict[str, pa.Table]:
    """The tables ``names`` (all by default, in `TABLES` order) of the records given per kind.

    Args:
        records: record kind (``"meetings"`` ...) → the records of that kind to put in the tables.
        leaders: every leader the records name, by id (for participants' names and countries).
        names: which tables; a table of a kind with no records given is empty.
        source_text: put each source's text in the ``sources`` table (None otherwise).

    Raises:
        KeyError: an unknown table name.
        ImportError: pyarrow is not installed.
    """
    pa = _require("pyarrow", "arrow", "tables")
    wanted = [t.name for t in TABLES] if names is None else [table_spec(n).name for n in names]
    context = Context(leaders, source_text=source_text)
    built: dict[str, list[Columns]] = {}
    for kind in _KIND_ORDER:
        if kind in records and any(n in tables_of_kind(kind) for n in wanted):
            for name, columns in columns_of[kind](records[kind], context).items():
                built.setdefault(name, []).append(columns)
    result: dict[str, Any] = {}
    for name in wanted:
        schema = arrow_schema(name)
        parts = [pa.Table.from_pydict(c, schema=schema) for c in built.get(name, [])]
        result[name] = pa.concat_tables(parts) if parts else schema.empty_table()
    return result


def to_pandas(table: pa.Table) -> Any:
    """A pandas DataFrame of an Arrow table: dates as ``datetime64``, nullable ``Int32``, ``boolean``,
    ``Float64`` and ``string`` dtypes (nulls stay ``<NA>``), lists as Python lists.

    Raises:
        ImportError: pandas is not installed.
    """
    pd = _require("pandas", "pandas", "to_dataframe()")
    import pyarrow as pa

    mapping = {
        pa.int32(): pd.Int32Dtype(),
        pa.int64(): pd.Int64Dtype(),
        pa.bool_(): pd.BooleanDtype(),
        pa.float64(): pd.Float64Dtype(),
        pa.string(): pd.StringDtype(),
    }
    dates = [i for i, f in enumerate(table.schema) if pa.types.is_date(f.type)]
    for index in dates:
        field = table.schema.field(index)
        table = table.set_column(index, field.name, table.column(index).cast(pa.timestamp("ms")))
    return table.to_pandas(types_mapper=mapping.get)
