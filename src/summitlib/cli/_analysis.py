"""``summitlib disagreements`` and ``summitlib timeline``: where the sources cannot all be right, and
the meetings in the order they took place."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from summitlib.claims import Claim
from summitlib.cli._common import add_command, criteria, load_corpus, query, unstructure, when_argument
from summitlib.cli._describe import enum_text, leader_names, speaker_text, value_text
from summitlib.cli._output import Printer, clip
from summitlib.dates import DateSpan
from summitlib.model import Meeting

if TYPE_CHECKING:
    from collections.abc import Iterable

    from summitlib.corpus import Corpus
    from summitlib.disagreements import Disagreement, Reconciliation
    from summitlib.timeline import TimelineEntry

__all__ = ["disagreements_of", "print_disagreement", "reconciliation_of", "register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``disagreements`` and ``timeline`` commands."""
    parser = add_command(
        commands,
        "disagreements",
        _disagreements,
        summary="list claims that cannot all be true (an hour against thirty minutes)",
        description="Find pairs of claims about the same thing (same topic, meetings, issues and subject) "
        "whose values cannot both be true: durations or dates that do not overlap, different labels, "
        "numbers or yes/no answers. Claims that differ only in precision do not disagree.",
        epilog="examples:\n  summitlib disagreements\n"
        "  summitlib disagreements --about Hamburg --topic duration",
    )
    parser.add_argument("--about", metavar="MEETING|ISSUE", nargs="+", help="meetings or issues")
    parser.add_argument("--topic", nargs="+", help="topics; a prefix matches its sub-topics (duration)")
    parser.add_argument("--by", metavar="SPEAKER", nargs="+", help="claims made by these speakers")

    parser = add_command(
        commands,
        "timeline",
        _timeline,
        summary="meetings and dated claims in the order they happened, each as precisely as known",
        description="Meetings (and claims with a date on which they were said) in chronological order, "
        "each with its date and how precisely it is known: a meeting known only to the month comes "
        "before one on a day of that month, and keeps its month. Meetings held during a summit are "
        "marked with └ under it.",
        epilog="examples:\n  summitlib timeline --between Trump Putin --during 2017\n"
        "  summitlib timeline --about Hamburg",
    )
    parser.add_argument(
        "--with", dest="involving", metavar="LEADER", nargs="+", help="meetings with any of these leaders"
    )
    parser.add_argument(
        "--between", metavar="LEADER", nargs="+", help="meetings where all of these took part"
    )
    parser.add_argument(
        "--about", metavar="MEETING|ISSUE", nargs="+", help="a summit and its meetings, or issues"
    )
    parser.add_argument("--during", metavar="DATE", type=when_argument, help="a year, month, day or span")
    parser.add_argument("--meetings-only", action="store_true", help="leave out dated claims")


def disagreements_of(corpus: Corpus, claims: Iterable[Claim]) -> tuple[Disagreement, ...]:
    """The disagreements among ``claims``, with leaders named by their names."""
    from summitlib.disagreements import find_disagreements  # on use: ``summitlib --help`` needs none

    return find_disagreements(claims, corpus.speaker_name)


def reconciliation_of(corpus: Corpus, claims: Iterable[Claim]) -> Reconciliation:
    """The reconciliation of ``claims`` (all on one topic), with leaders named by their names."""
    from summitlib.disagreements import reconcile  # on use: ``summitlib --help`` needs none

    return reconcile(claims, corpus.speaker_name)


def print_disagreement(out: Printer, corpus: Corpus, number: int, disagreement: Disagreement) -> None:
    """One disagreement: what it is about, then each side with its speakers and quotes."""
    about = [
        *_names(corpus, "meetings", disagreement.meetings),
        *_names(corpus, "issues", disagreement.issues),
    ]
    subject = f" — {leader_names(corpus, [disagreement.subject])[0]}" if disagreement.subject else ""
    out.paragraph(
        f"{number}. {disagreement.topic}{subject}: {'; '.join(about) or '(nothing named)'}",
        indent=2,
        hanging=5,
    )
    for marker, side in zip(("", "≠ "), disagreement.sides, strict=True):
        out.paragraph(f"{marker}{value_text(side.value)}", indent=5, hanging=7)
        for claim in side.claims:
            quote = clip(claim.evidence.quote, 300)
            out.paragraph(
                f"{speaker_text(corpus, claim)} ({claim.source}): “{quote}” [{claim.id}]", indent=7, hanging=9
            )


def _names(corpus: Corpus, kind: str, ids: tuple[str, ...]) -> list[str]:
    collection: Any = getattr(corpus, kind)
    found = []
    for ident in ids:
        record = collection.get(ident)
        found.append(record.name if record is not None else ident)
    return found


def _disagreements(args: argparse.Namespace) -> int:
    corpus = load_corpus(args)
    claims: Any = corpus.claims
    keywords = criteria(args, {"about": "about", "topic": "topic", "by": "speaker"})
    if keywords:
        claims = query(corpus, claims.filter, keywords)
    found = disagreements_of(corpus, claims)
    out = Printer()
    if args.json:
        out.json([unstructure(d) for d in found])
        return 0
    if not found:
        out.line(f"No disagreements among {len(claims)} claims.")
        return 0
    out.heading(f"{len(found)} disagreement{'s' if len(found) != 1 else ''} among {len(claims)} claims")
    for number, disagreement in enumerate(found, start=1):
        out.line()
        print_disagreement(out, corpus, number, disagreement)
    return 0


def _timeline(args: argparse.Namespace) -> int:
    from summitlib.timeline import EntryKind  # on use: ``summitlib --help`` needs none

    corpus = load_corpus(args)
    keywords = criteria(args, {"involving": "with_", "about": "about", "during": "during"})
    entries = query(corpus, corpus.timeline, keywords)
    if args.between:
        met = set(query(corpus, corpus.meetings.filter, {"between": args.between}).ids)
        entries = tuple(e for e in entries if _touches(e.record, met))
    if args.meetings_only:
        entries = tuple(e for e in entries if e.kind is EntryKind.MEETING)
    out = Printer()
    if args.json:
        out.json(
            [
                {
                    "when": str(e.when),
                    "precision": e.precision.value,
                    "kind": e.kind.value,
                    "record": unstructure(e.record),
                }
                for e in entries
            ]
        )
        return 0
    if not entries:
        out.line("Nothing dated matches.")
        return 0
    shown = {e.record.id for e in entries if e.kind is EntryKind.MEETING}
    headers = ["when", "known to", "what", "meeting or claim", "who / about"]
    out.table(headers, _timeline_rows(corpus, entries, shown))
    meetings = len(shown)
    out.line(f"\n{meetings} meeting{'s' if meetings != 1 else ''}, {len(entries) - meetings} dated claims")
    if not (args.involving or args.about or args.during or args.between):
        undated = sum(1 for meeting in corpus.meetings if meeting.when is None)
        if undated:  # a timeline has no place for them: said, not dropped in silence
            out.line(
                f"{undated} undated meeting{'s are' if undated != 1 else ' is'} not on the timeline "
                "(summitlib meetings lists every meeting)."
            )
    return 0


def _timeline_rows(corpus: Corpus, entries: tuple[TimelineEntry, ...], shown: set[str]) -> list[list[str]]:
    """One row per entry, in date order, except that a meeting held during a summit follows the summit."""
    children: dict[str, list[TimelineEntry]] = {}
    for entry in entries:
        record = entry.record
        if isinstance(record, Meeting) and record.occasion in shown:
            children.setdefault(record.occasion, []).append(entry)
    rows: list[list[str]] = []

    def add(entry: TimelineEntry, depth: int) -> None:
        record = entry.record
        if isinstance(record, Claim):
            what = f"{speaker_text(corpus, record)} on {record.topic}: {value_text(record.value)}"
            about = ", ".join(_names(corpus, "meetings", record.meetings))
            rows.append([str(entry.when), _known(entry), "claim", what, about])
            return
        nested = "  " * (depth - 1) + "└ " if depth else ""
        people = leader_names(corpus, record.participants)
        who = ", ".join(people) if len(people) <= 4 else f"{len(people)} leaders"
        status = enum_text(record.status)
        rows.append([str(entry.when), _known(entry), status, f"{nested}{record.name}", who])
        for child in children.get(record.id, []):
            add(child, depth + 1)

    for entry in entries:
        record = entry.record
        if not (isinstance(record, Meeting) and record.occasion in shown):
            add(entry, 0)
    return rows


def _known(entry: TimelineEntry) -> str:
    return entry.precision.value + (" (span)" if isinstance(entry.when, DateSpan) else "")


def _touches(record: Meeting | Claim, meetings: set[str]) -> bool:
    if isinstance(record, Claim):
        return not meetings.isdisjoint(record.meetings)
    return record.id in meetings
