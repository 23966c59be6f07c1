"""Write the tables to a directory: a Parquet or CSV file per table, and ``schema.json`` describing them."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from summitlib.tables._schema import describe

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["FORMATS", "export_tables"]

FORMATS = ("parquet", "csv")


def _csv_ready(table: pa.Table) -> pa.Table:
    """``table`` with each list column as a JSON array text (CSV has no lists)."""
    import pyarrow as pa

    for index, field in enumerate(table.schema):
        if pa.types.is_list(field.type):
            values = table.column(index).to_pylist()
            texts = [None if v is None else json.dumps(v, ensure_ascii=False) for v in values]
            table = table.set_column(index, field.name, pa.array(texts, pa.string()))
    return table


def export_tables(
    tables: Mapping[str, pa.Table],
    directory: str | os.PathLike[str],
    format: Literal["parquet", "csv"] = "parquet",
) -> list[Path]:
    """Write each table to ``directory/<name>.<format>`` and the schemas to ``directory/schema.json``.

    Each file is written under a temporary name and renamed into place, so a reader never sees half a
    file. In CSV, dates are ISO text, nulls empty fields, list columns JSON arrays (``["a", "b"]``).

    Returns:
        The paths written, the tables first.
    """
    import pyarrow.csv as csv
    import pyarrow.parquet as pq

    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, table in tables.items():
        path = target / f"{name}.{format}"
        partial = path.with_name(f".{path.name}.partial")
        if format == "parquet":
            pq.write_table(table, partial)
        else:
            csv.write_csv(_csv_ready(table), partial)
        os.replace(partial, path)
        written.append(path)
    written.append(write_schema(target, tables, format))
    return written


def write_schema(target: Path, tables: Iterable[str], format: Literal["parquet", "csv"]) -> Path:
    """Write ``target/schema.json`` describing ``tables`` (atomically); return its path."""
    names = set(tables)
    schema = {
        "format": format,
        "tables": {name: spec for name, spec in describe().items() if name in names},
        "notes": "dates are days (earliest/latest: the range a date of the given precision covers); "
        "null means unknown; in CSV, list columns are JSON arrays",
    }
    path = target / "schema.json"
    partial = path.with_name(".schema.json.partial")
    partial.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(partial, path)
    return path
