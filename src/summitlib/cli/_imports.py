"""``summitlib import-gdelt`` and ``summitlib import-archigos``: read the datasets users already have.

Both print what was read, kept and skipped (with every problem on request), a table of what was found,
and with ``--out PATH`` save it as a corpus (any format ``summitlib convert`` writes).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summitlib.cli._common import (
    CommandError,
    add_command,
    byte_size,
    date_argument,
    positive_int,
    unstructure,
)
from summitlib.cli._describe import enum_text, when_text
from summitlib.cli._output import Printer

if TYPE_CHECKING:
    from collections.abc import Callable

    from summitlib.importers._report import ImportReport
    from summitlib.importers.cameo import CameoTable

__all__ = ["register"]

_SHOWN = 20  # meetings shown after a Parquet import without --limit


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``import-gdelt`` and ``import-archigos`` commands."""
    parser = add_command(
        commands,
        "import-gdelt",
        _gdelt,
        summary="find leader meetings in GDELT event exports (1.0 or 2.0), with their reports",
        description="Read GDELT event exports (and, for GDELT 2.0, their Mentions files), keep the rows "
        "whose CAMEO code is about a meeting, group the reports of one meeting (same two sides, dates at "
        "most --max-days-apart apart) and list the candidate meetings with the reports and mentions they "
        "rest on. Give files or glob patterns (quoted); files may be .gz or .zip compressed. With "
        "--engine arrow (or --scheduler) the files are parsed and filtered by Arrow, one task per file, "
        "and only the meeting reports are typed: for months of files.",
        epilog="examples:\n  summitlib import-gdelt 20250807220000.export.CSV --mentions "
        "20250807220000.mentions.CSV\n  summitlib import-gdelt events.tsv --out gdelt-meetings.jsonl\n"
        "  summitlib import-gdelt 'gdelt/2025*.export.CSV.zip' --engine arrow --parquet meetings/\n"
        "  summitlib import-gdelt 'shared/gdelt/*.export.CSV.zip' --scheduler tcp://scheduler:8786",
    )
    parser.add_argument("file", metavar="FILE", nargs="+", help="GDELT event exports: paths or glob patterns")
    parser.add_argument(
        "--mentions", metavar="FILE", nargs="+", help="GDELT 2.0 Mentions files: paths or glob patterns"
    )
    parser.add_argument(
        "--engine",
        choices=("python", "arrow"),
        default="python",
        help="python: type every row (checks every row); arrow: parse and filter in Arrow, type only "
        "meeting reports (needs pyarrow) (python)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run the per-file tasks on this Dask distributed scheduler (implies --engine arrow)",
    )
    parser.add_argument(
        "--parquet",
        metavar="DIR",
        type=Path,
        help="write the candidates as Parquet tables to DIR; without --out, --json or --reports the "
        "reports are held in memory up to 64 MB (--memory-limit) and spilled to DIR past it (memory "
        f"flat in the rows read) and the first {_SHOWN} meetings (--limit) are shown",
    )
    parser.add_argument(
        "--memory-limit",
        metavar="SIZE",
        type=byte_size,
        help="with --parquet alone: the meeting reports held in memory before they are spilled to disk, "
        "in bytes or with a unit (256MB, 1G; 0: spill them all) (64MB)",
    )
    parser.add_argument(
        "--cameo",
        metavar="FILE",
        type=Path,
        help="a CAMEO codebook (code,description CSV) to describe codes with, instead of the bundled one",
    )
    parser.add_argument("--out", metavar="PATH", type=Path, help="save the candidates as a corpus")
    parser.add_argument(
        "--max-days-apart", metavar="N", type=int, default=1, help="link reports at most N days apart (1)"
    )
    parser.add_argument(
        "--by", choices=("country", "actor"), default="country", help="what a side is (country)"
    )
    parser.add_argument("--reports", action="store_true", help="list every report under its meeting")
    _report_options(parser)

    parser = add_command(
        commands,
        "import-archigos",
        _archigos,
        summary="read Archigos leader tenures: who led which country, when",
        description="Read an Archigos leader-year file (4.1, tab-separated, header row), rebuild each "
        "tenure from its rows and make a leader record per person. With --country and --on, list who "
        "led that country then.",
        epilog="examples:\n  summitlib import-archigos arch_annual.tsv --country RUS --on 2001-06-16\n"
        "  summitlib import-archigos arch_annual.tsv --out archigos-leaders.jsonl",
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="an Archigos leader-year file")
    parser.add_argument("--country", metavar="CODE", help="an ISO alpha-3 code (SUN for the Soviet Union)")
    parser.add_argument("--on", metavar="DATE", type=date_argument, help="a day, month or year")
    parser.add_argument("--out", metavar="PATH", type=Path, help="save the leaders as a corpus")
    _report_options(parser)


def _report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--strict", action="store_true", help="stop at the first malformed row")
    parser.add_argument("--problems", action="store_true", help="list every row skipped and every warning")
    parser.add_argument("--limit", metavar="N", type=positive_int, help="show at most N rows of the table")


def _print_report(out: Printer, label: str, report: ImportReport, *, problems: bool) -> None:
    out.line(f"{label}: {report.summary()}")
    if problems:
        for problem in [*report.problems, *report.warnings]:
            out.paragraph(f"- {problem}", indent=2, hanging=4)


def _report_json(report: ImportReport) -> dict[str, Any]:
    return {
        "read": report.read,
        "imported": report.imported,
        "skipped": dict(report.skipped_by_reason),
        "problems": [str(p) for p in report.problems],
        "warnings": [str(p) for p in report.warnings],
    }


def _cameo_table(path: Path | None) -> CameoTable:
    from summitlib.importers.cameo import cameo_codes, read_cameo_table

    return cameo_codes() if path is None else read_cameo_table(path)


def _describe_code(table: CameoTable, code: str) -> str:
    known = table.get(code)
    return code if known is None else f"{code} {known.description}"


def _save(records: Any, path: Path, name: str) -> None:
    from summitlib._api import save
    from summitlib.corpus import Corpus

    save(Corpus(records, name=name), path)


def _saved(out: Printer, path: Path | None) -> None:
    if path is not None:
        out.line(f"\nSaved as a corpus to {path} (see it with: summitlib meetings --corpus {path}).")


def _gdelt(args: argparse.Namespace) -> int:
    from summitlib.importers import find_gdelt_meetings, gdelt_records, read_gdelt

    table = _cameo_table(args.cameo)
    if args.parquet is not None and args.out is None and not args.json and not args.reports:
        return _gdelt_parquet(args)
    if args.memory_limit is not None:
        raise CommandError("--memory-limit applies to --parquet without --out, --json or --reports")
    if args.engine == "arrow" or args.scheduler or args.parquet:
        data: Any = _scan(args)
        candidates = data.candidates
    else:
        data = read_gdelt(args.file, args.mentions, strict=args.strict, progress=None)
        candidates = find_gdelt_meetings(
            data.events, data.mentions, max_days_apart=args.max_days_apart, by=args.by
        )
    shown = candidates[: args.limit] if args.limit else candidates
    out = Printer()
    if args.out is not None:
        _save(gdelt_records(candidates), args.out, f"gdelt-{Path(args.file[0]).stem}")
    if args.json:
        out.json(
            {
                "events": _report_json(data.events_report),
                "mentions": _report_json(data.mentions_report) if args.mentions else None,
                "meetings": [
                    {
                        "meeting": unstructure(c.meeting),
                        "sides": list(c.sides),
                        "reports": [{"id": r.id, "code": r.code, "url": r.url} for r in c.reports],
                        "mentions": [
                            {"event": m.event_id, "source": m.source, "url": m.url} for m in c.mentions
                        ],
                    }
                    for c in shown
                ],
            }
        )
        return 0
    _print_report(out, f"events ({', '.join(args.file)})", data.events_report, problems=args.problems)
    if args.mentions:
        names = ", ".join(args.mentions)
        _print_report(out, f"mentions ({names})", data.mentions_report, problems=args.problems)
    if hasattr(data, "candidates"):
        out.line(
            f"Arrow scan: {len(data.events)} meeting reports and {len(data.mentions)} of their mentions "
            "typed; the other rows were counted, not typed."
        )
    out.section(
        f"Candidate meetings ({len(candidates)}, from {sum(len(c.reports) for c in candidates)} reports)"
    )
    if not candidates:
        out.line("No rows with a meeting code (CAMEO 04 CONSULT, and meeting proposals) were found.")
        _saved(out, args.out)
        return 0
    rows = []
    for candidate in shown:
        meeting = candidate.meeting
        codes = sorted({r.code for r in candidate.reports})
        rows.append(
            [
                when_text(meeting.when, precision=False),
                " – ".join(candidate.sides),
                enum_text(meeting.status),
                str(meeting.place) if meeting.place else "",
                str(len(candidate.reports)),
                str(len(candidate.mentions)),
                "; ".join(_describe_code(table, c) for c in codes),
            ]
        )
    out.table(["when", "sides", "status", "where", "reports", "mentions", "CAMEO codes"], rows, keep=[0, 1])
    if args.reports:
        for candidate in shown:
            out.section(candidate.meeting.name)
            for report in candidate.reports:
                actors = " / ".join(str(a) for a in report.actors)
                out.paragraph(
                    f"event {report.id} {report.date}: {actors} — {_describe_code(table, report.code)}"
                    + (f" <{report.url}>" if report.url else ""),
                    indent=2,
                    hanging=4,
                )
                for mention in candidate.mentions:
                    if mention.event_id == report.id:
                        out.paragraph(f"mentioned by {mention.source} <{mention.url}>", indent=4, hanging=6)
    if len(shown) < len(candidates):
        out.line(f"\n{len(shown)} of {len(candidates)} shown (--limit).")
    _saved(out, args.out)
    if args.parquet is not None:
        out.line(f"\nWrote the candidates as Parquet tables to {args.parquet}.")
    return 0


def _gdelt_parquet(args: argparse.Namespace) -> int:
    """--parquet without --out, --json or --reports: the tables written with the reports held in memory
    up to a limit and spilled to disk past it (memory flat in the rows read), the first meetings shown
    from the file written."""
    from summitlib.importers import import_gdelt_parquet

    def run(executor: Any) -> Any:
        return import_gdelt_parquet(
            args.file,
            args.parquet,
            args.mentions,
            max_days_apart=args.max_days_apart,
            by=args.by,
            strict=args.strict,
            executor=executor,
            **({} if args.memory_limit is None else {"memory_limit": args.memory_limit}),
        )

    try:
        done = _run_on(args.scheduler, run)
        import pyarrow.parquet as pq
    except ImportError as error:
        raise CommandError(
            f'{error}; --parquet needs pip install ".[arrow]" from a clone, or pip install pyarrow '
            'numpy (with --scheduler also "dask[distributed]")'
        ) from None
    out = Printer()
    _print_report(out, f"events ({', '.join(args.file)})", done.events_report, problems=args.problems)
    if args.mentions:
        names = ", ".join(args.mentions)
        _print_report(out, f"mentions ({names})", done.mentions_report, problems=args.problems)
    out.section(f"Candidate meetings ({done.meetings}, from {done.reports} reports)")
    limit = args.limit or _SHOWN
    rows = []
    if done.meetings:
        first = next(pq.ParquetFile(args.parquet / "meetings.parquet").iter_batches(batch_size=limit))
        for meeting in first.to_pylist():
            where = ", ".join(x for x in (meeting["city"], meeting["country"]) if x)
            rows.append([meeting["when"] or "", meeting["name"], meeting["status"], where])
        out.table(["when", "meeting", "status", "where"], rows, keep=[0])
        if len(rows) < done.meetings:
            out.line(f"\n{len(rows)} of {done.meetings} shown (--limit).")
    else:
        out.line("No rows with a meeting code (CAMEO 04 CONSULT, and meeting proposals) were found.")
    out.line(f"\nWrote the candidates as Parquet tables to {args.parquet}.")
    return 0


def _run_on(scheduler: str | None, run: Callable[[Any], Any]) -> Any:
    """``run(executor)``: with the executor of the Dask distributed ``scheduler`` when one is given, else
    with None (in this process). Raises ImportError without the dask extra."""
    if not scheduler:
        return run(None)
    import distributed

    with distributed.Client(scheduler) as client:  # type: ignore[no-untyped-call]
        return run(client.get_executor())


def _scan(args: argparse.Namespace) -> Any:
    """The candidates of the Arrow scan (on a Dask cluster with --scheduler), written to --parquet."""
    from summitlib.importers import scan_gdelt

    def run(executor: Any) -> Any:
        return scan_gdelt(
            args.file,
            args.mentions,
            max_days_apart=args.max_days_apart,
            by=args.by,
            strict=args.strict,
            executor=executor,
        )

    try:
        found = _run_on(args.scheduler, run)
        if args.parquet is not None:
            found.write_parquet(args.parquet)
    except ImportError as error:
        raise CommandError(
            f'{error}; the arrow engine needs pip install ".[arrow]" from a clone, or pip install pyarrow '
            '(with --scheduler: pip install ".[dask]" from a clone, or pip install "dask[distributed]")'
        ) from None
    return found


def _archigos(args: argparse.Namespace) -> int:
    from summitlib.importers import read_archigos
    from summitlib.records import Records

    if (args.country is None) != (args.on is None):
        raise CommandError("give --country and --on together", code=2)
    index = read_archigos(args.file, strict=args.strict, progress=None)
    out = Printer()
    if args.out is not None:
        _save(Records(leaders=index.leaders), args.out, f"archigos-{args.file.stem}")
    leaders = index.leaders_of(args.country, on=args.on) if args.country else index.leaders
    shown = leaders[: args.limit] if args.limit else leaders
    if args.json:
        out.json(
            {
                "report": _report_json(index.report),
                "tenures": len(index.tenures),
                "leaders": [unstructure(x) for x in shown],
            }
        )
        return 0
    _print_report(out, str(args.file), index.report, problems=args.problems)
    out.line(f"{len(index.tenures)} tenures of {len(index.leaders)} leaders")
    if args.country:
        out.section(f"Leading {args.country.upper()} on {args.on} ({len(leaders)})")
        if not leaders:
            out.line("Nobody in Archigos for that country and date.")
            _saved(out, args.out)
            return 0
    else:
        out.section(f"Leaders ({len(leaders)})")
    rows = []
    for leader in shown:
        spans = "; ".join(f"{r.country or '?'} {r.start or '?'}..{r.end or ''}" for r in leader.roles)
        rows.append([leader.id, leader.name, spans])
    out.table(["id", "name", "tenures"], rows)
    if len(shown) < len(leaders):
        out.line(f"\n{len(shown)} of {len(leaders)} shown (--limit).")
    _saved(out, args.out)
    return 0
