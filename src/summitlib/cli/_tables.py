"""``summitlib export`` and ``summitlib sql``: the corpus as tidy tables, for other tools and for SQL."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from summitlib.cli._common import CommandError, add_command, load_corpus, positive_int
from summitlib.cli._output import Printer

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export`` and ``sql`` commands."""
    parser = add_command(
        commands,
        "export",
        _export,
        summary="write the corpus as tidy tables: one Parquet or CSV file per table, and schema.json",
        description="Write every table of the corpus (meetings, participants, dyads, meeting_issues, "
        "outcomes, claims, claim_meetings, claim_issues, evidence, leaders, roles, issues, sources) to DIR, "
        "one file per table, with schema.json describing each column. Needs pyarrow "
        '(pip install ".[arrow]" from a clone, or pip install pyarrow).',
        epilog="examples:\n  summitlib export --to tables/ --format parquet\n"
        "  summitlib export --corpus my-corpus.jsonl --to tables/ --format csv --no-text",
    )
    parser.add_argument("--to", metavar="DIR", type=Path, required=True, help="the directory to write to")
    parser.add_argument("--format", choices=("parquet", "csv"), default="parquet", help="the file format")
    parser.add_argument("--no-text", action="store_true", help="leave the sources' full text out (null)")

    parser = add_command(
        commands,
        "sql",
        _sql,
        summary="run a DuckDB SQL query over the corpus tables",
        description="Run QUERY with DuckDB over every table of the corpus (see summitlib export for their "
        "names; columns are documented in schema.json and the docs). Needs duckdb "
        '(pip install ".[sql]" from a clone, or pip install duckdb pyarrow).',
        epilog='examples:\n  summitlib sql "SELECT format, count(*) AS n FROM meetings GROUP BY format"\n'
        "  summitlib sql \"SELECT * FROM dyads WHERE country_a = 'RUS'\" --json",
    )
    parser.add_argument("query", metavar="QUERY", help="a SQL query")
    parser.add_argument("--limit", metavar="N", type=positive_int, help="show at most N rows")


def _export(args: argparse.Namespace) -> int:
    from summitlib.tables._export import export_tables

    corpus = load_corpus(args)
    tables = _needs(lambda: corpus.to_arrow(source_text=not args.no_text))
    written = export_tables(tables, args.to, args.format)
    out = Printer()
    if args.json:
        out.json(
            {
                "directory": str(args.to),
                "format": args.format,
                "tables": {name: table.num_rows for name, table in tables.items()},
                "files": [str(p) for p in written],
            }
        )
        return 0
    rows = [[name, f"{name}.{args.format}", str(table.num_rows)] for name, table in tables.items()]
    out.table(["table", "file", "rows"], rows)
    out.line(f"\nWrote {len(tables)} tables and schema.json to {args.to}.")
    return 0


def _sql(args: argparse.Namespace) -> int:
    corpus = load_corpus(args)
    try:
        result = _needs(lambda: corpus.sql(args.query))
    except Exception as error:  # DuckDB's errors: a mistake in the query, reported without a traceback
        if type(error).__module__.split(".")[0] not in ("duckdb", "_duckdb"):
            raise
        raise CommandError(f"the query failed: {error}") from None
    rows = result.to_pylist()
    shown = rows[: args.limit] if args.limit else rows
    out = Printer()
    if args.json:
        out.json([{k: _plain(v) for k, v in row.items()} for row in shown])
        return 0
    out.table(result.column_names, [[_text(row[c]) for c in result.column_names] for row in shown])
    if len(shown) < len(rows):
        out.line(f"\n{len(shown)} of {len(rows)} rows shown (--limit).")
    else:
        out.line(f"\n{len(rows)} row{'s' if len(rows) != 1 else ''}.")
    return 0


def _needs(work: Any) -> Any:
    try:
        return work()
    except ImportError as error:
        raise CommandError(str(error)) from None


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    plain = _plain(value)
    return plain if isinstance(plain, str) else str(plain)
