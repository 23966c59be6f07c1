"""``summitlib draft``: articles into a corpus directory, consolidated into encounters, ready for review."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summitlib.cli._articles import read_article
from summitlib.cli._common import CommandError, add_command, date_argument
from summitlib.cli._output import Printer

if TYPE_CHECKING:
    from summitlib.drafting import Consolidation, Draft
    from summitlib.records import Records

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``draft`` command."""
    parser = add_command(
        commands,
        "draft",
        _draft,
        summary="draft records from articles into a corpus directory, merging reports of one encounter",
        description="Read each ARTICLE (UTF-8 text, UTF-16 with its byte-order mark, or HTML through the "
        "optional 'html' extra), propose its "
        "source, leaders, meetings and claims, and add them to the corpus directory DIR (created if "
        "missing): reports of the same encounter become one meeting with evidence from each article, "
        "people the corpus knows keep their ids. Prints what was added, what was merged into what and "
        "why, and what needs review. Adding an article already in DIR changes nothing; DIR is written "
        "atomically, so a failure leaves it as it was. With --corpus PATH, the leaders of PATH are known "
        "by name too (and keep their ids when added).",
        epilog="examples:\n  summitlib draft article.txt --into my-corpus --published 2022-11-14\n"
        "  summitlib draft articles/*.txt --into my-corpus --dry-run",
    )
    parser.add_argument("articles", metavar="ARTICLE", nargs="+", type=Path, help="text or HTML files")
    parser.add_argument("--into", metavar="DIR", type=Path, required=True, help="the corpus directory")
    parser.add_argument(
        "--published",
        metavar="DATE",
        type=date_argument,
        help="the publication date (default: the one date the text's opening lines give, if any)",
    )
    parser.add_argument("--publisher", metavar="NAME", help="the outlet")
    parser.add_argument("--url", metavar="URL", help="where the article was found (one ARTICLE only)")
    parser.add_argument("--title", metavar="TEXT", help="the headline (one ARTICLE only)")
    parser.add_argument("--dry-run", action="store_true", help="print what would change; write nothing")


def _existing(directory: Path) -> Records:
    from summitlib._api import load
    from summitlib.records import Records

    if not directory.exists():
        return Records()
    if not (directory / "corpus.yaml").is_file():
        raise CommandError(f"{directory} exists and is not a corpus directory (no corpus.yaml)")
    return load(directory).records


def _lexicon(base: Records, paths: list[Path]) -> Records:
    """What the extractor knows: DIR's leaders and places, and those of the ``--corpus`` paths."""
    if not paths:
        return base
    import attrs

    from summitlib._api import load

    extra = load(*paths).records
    known = {leader.id for leader in base.leaders}
    leaders = (*base.leaders, *(x for x in extra.leaders if x.id not in known))
    return attrs.evolve(base, leaders=leaders, meetings=(*base.meetings, *extra.meetings))


def _draft(args: argparse.Namespace) -> int:
    from summitlib._api import save
    from summitlib.corpus import Corpus
    from summitlib.drafting import consolidate, draft
    from summitlib.drafting._source import slug

    if len(args.articles) > 1 and (args.url or args.title):
        raise CommandError("--url and --title describe one article; give one ARTICLE with them", code=2)
    base = _existing(args.into)
    lexicon = _lexicon(base, args.corpus or [])
    drafts: list[Draft] = []
    for path in args.articles:
        text = read_article(path)
        if not text.strip():
            raise CommandError(f"{path} holds no text: nothing to draft (nothing was written)")
        drafts.append(
            draft(
                text,
                published=args.published,
                title=args.title,
                publisher=args.publisher,
                url=args.url,
                source_id=slug(path.stem, limit=48) or None,
                corpus=lexicon,
            )
        )
    result = consolidate(drafts, into=base)
    corpus = Corpus(result.records, name=args.into.name)  # checks: what is written always loads
    if result.changed and not args.dry_run:
        save(corpus, args.into, format="directory")
    out = Printer()
    if args.json:
        out.json(_json(result, args))
        return 0
    _print(out, result, args)
    return 0


def _json(result: Consolidation, args: argparse.Namespace) -> dict[str, Any]:
    return {
        "into": str(args.into),
        "dry_run": bool(args.dry_run),
        "written": result.changed and not args.dry_run,
        "added": {k: list(v) for k, v in result.added.items()},
        "updated": list(result.updated),
        "merges": [
            {"meeting": m.meeting, "source": m.source, "existing": m.existing, "reason": m.reason}
            for m in result.merges
        ],
        "skipped": [{"article": a, "source": s} for a, s in result.skipped],
        "review": list(result.review),
    }


def _print(out: Printer, result: Consolidation, args: argparse.Namespace) -> None:
    records = result.records
    meetings = {m.id: m for m in records.meetings}
    leaders = {leader.id: leader for leader in records.leaders}
    verb = "Would add" if args.dry_run else "Added"
    added = result.added
    counts = ", ".join(f"{len(v)} {k if len(v) != 1 else k[:-1]}" for k, v in added.items())
    out.heading(f"{verb} to {args.into}: {counts}")
    for article, source in result.skipped:
        out.line(f"  {article}: already in the corpus as source {source}; nothing added")
    if added["sources"]:
        out.section("Sources")
        for ident in sorted(added["sources"]):
            out.line(f"  {ident}")
    if added["leaders"]:
        out.section("Leaders")
        for ident in sorted(added["leaders"]):
            leader = leaders[ident]
            country = f" ({leader.country})" if leader.country else ""
            office = f", {leader.roles[0].title}" if leader.roles else ""
            out.line(f"  {ident}: {leader.name}{country}{office}")
    if added["meetings"]:
        out.section("Meetings")
        for ident in added["meetings"]:
            meeting = meetings[ident]
            when = str(meeting.when) if meeting.when is not None else "undated"
            sources = sorted({e.source for e in meeting.evidence})
            out.line(
                f"  {ident}: {meeting.name}, {when}, {meeting.status.value}, {meeting.format.value} "
                f"— {len(sources)} source{'s' if len(sources) != 1 else ''}: {', '.join(sources)}"
            )
    if result.merges:
        out.section("Merged")
        for merge in result.merges:
            target = "existing meeting" if merge.existing else "meeting"
            out.paragraph(
                f"{merge.source} into {target} {merge.meeting}: {merge.reason}", indent=2, hanging=6
            )
    if result.updated:
        out.section("Updated")
        for ident in result.updated:
            out.line(f"  {ident}")
    if result.review:
        out.section(f"Needs review ({len(result.review)})")
        for note in result.review:
            out.paragraph(f"- {note}", indent=2, hanging=4)
    if not result.changed:
        out.line("Nothing changed.")
    elif args.dry_run:
        out.line("Dry run: nothing written.")
