"""``summitlib validate`` and ``summitlib convert``: check corpus files and move them between formats."""

from __future__ import annotations

import argparse
from pathlib import Path

from summitlib.cli._common import CommandError, add_command
from summitlib.cli._output import Printer
from summitlib.errors import CorpusError, Problem

__all__ = ["register"]

_FORMATS = ("directory", "json", "jsonl")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``validate`` and ``convert`` commands."""
    parser = add_command(
        commands,
        "validate",
        _validate,
        summary="check corpus files: records well-formed, ids resolved, quotes in their source",
        description="Load each PATH (a corpus directory, .json or .jsonl file; several are merged) and "
        "report every problem found, each with its file, line and record path. Exit status 0 when the "
        "corpus is valid, 1 otherwise.",
        epilog="examples:\n  summitlib validate my-corpus/\n  summitlib validate part1.json part2.jsonl",
    )
    parser.add_argument(
        "paths",
        metavar="PATH",
        nargs="*",
        type=Path,
        help="corpus directories or files (default: the --corpus paths, or the bundled corpus)",
    )

    parser = add_command(
        commands,
        "convert",
        _convert,
        summary="save a corpus in another format (YAML directory, .json, .jsonl)",
        description="Load IN (checked like validate) and save it to OUT atomically, in the format told "
        "from OUT's name (.json, .jsonl, otherwise a directory) or given with --format.",
        epilog="examples:\n  summitlib convert my-corpus/ my-corpus.jsonl\n"
        "  summitlib convert my-corpus.json out-dir --format directory",
    )
    parser.add_argument(
        "source",
        metavar="IN",
        type=Path,
        help="a corpus directory, .json or .jsonl file (merged with --corpus)",
    )
    parser.add_argument("target", metavar="OUT", type=Path, help="where to write")
    parser.add_argument("--format", choices=_FORMATS, help="the output format (default: from OUT)")


def _validate(args: argparse.Namespace) -> int:
    from summitlib._api import load

    paths: list[Path] = [*args.paths, *(args.corpus or [])]
    out = Printer()
    try:
        corpus = load(*paths)
    except CorpusError as error:
        if not args.json:
            raise
        out.json(
            {
                "valid": False,
                "paths": [str(p) for p in paths],
                "problems": [_problem(p) for p in error.problems],
            }
        )
        return 1
    counts = corpus.records.counts()
    if args.json:
        out.json({"valid": True, "paths": [str(p) for p in paths], "counts": counts})
        return 0
    what = ", ".join(f"{n} {kind if n != 1 else kind[:-1]}" for kind, n in counts.items())
    names = ", ".join(str(p) for p in paths) or "the bundled corpus"
    out.paragraph(f"{names}: valid — {what}.")
    return 0


def _problem(problem: Problem) -> dict[str, object]:
    return {"file": problem.file, "line": problem.line, "path": problem.path, "message": problem.message}


_TABLE_SUFFIXES = (".csv", ".tsv", ".parquet", ".xlsx", ".arrow", ".feather")
"""Names of table files, which `export` writes (one per table), not `convert`."""


def _convert(args: argparse.Namespace) -> int:
    from summitlib._api import load, save

    if args.source.resolve() == args.target.resolve():
        raise CommandError(f"IN and OUT are the same path ({args.source}); write to a new path", code=2)
    suffix = args.target.suffix.lower()
    if args.format is None and suffix and suffix not in (".json", ".jsonl"):
        tables = " (tables: summitlib export --to DIR --format csv)" if suffix in _TABLE_SUFFIXES else ""
        raise CommandError(
            f"OUT {args.target} ends in {suffix}: convert writes a YAML directory, a .json or a .jsonl "
            f"file{tables}; name OUT without that suffix, or give --format directory",
            code=2,
        )
    corpus = load(args.source, *(args.corpus or []))
    save(corpus, args.target, format=args.format)
    out = Printer()
    if args.json:
        out.json({"source": str(args.source), "target": str(args.target), "counts": corpus.records.counts()})
        return 0
    out.line(f"Wrote {len(corpus.records)} records from {args.source} to {args.target}.")
    return 0
