"""``summitlib leader|meeting|issue|source|claim NAME``: one record in full, with what the sources say.

The name is looked up like ``collection.lookup``: an id, a name or an alias (case, accents, titles and
possessives ignored); a name that fits several records lists them, one that fits none suggests close
matches.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from summitlib.cli._common import add_command, load_corpus, query, unstructure
from summitlib.cli._describe import enum_text, leader_names, speaker_text, value_text, when_text
from summitlib.cli._meeting import meeting_json, show_meeting
from summitlib.cli._output import Printer, clip

if TYPE_CHECKING:
    from summitlib.claims import Claim
    from summitlib.corpus import Corpus
    from summitlib.model import Issue, Leader, Source

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the five commands that show one record."""
    parser = add_command(
        commands,
        "meeting",
        _show,
        summary="show one meeting in full: who, when, where, who said what, disagreements",
        description="Show one meeting: participants, date with its precision, place, occasion, status, "
        "issues and outcomes, then every claim about it grouped by topic with speaker and quote, the "
        "reconciliation of the durations reported, and the disagreements between sources.",
        epilog="examples:\n  summitlib meeting Hamburg --topic duration\n"
        "  summitlib meeting 2017-11-danang-trump-putin-encounters --json",
    )
    parser.add_argument("name", metavar="MEETING", help="a meeting id or name (Hamburg)")
    parser.add_argument("--evidence", action="store_true", help="also list every quote reporting the meeting")
    parser.add_argument(
        "--topic", nargs="+", help="show only claims on these topics (a prefix matches sub-topics: duration)"
    )
    for kind, what, example in (
        ("leader", "a leader: roles, meetings, and what they said", "Lavrov"),
        ("issue", "an issue: sub-issues, meetings that discussed it, claims about it", "Syria"),
        ("source", "a source: details, meetings it reports, claims quoted from it", "--text"),
        ("claim", "a claim: speaker, topic, value, and its quote in context", "c1"),
    ):
        parser = add_command(
            commands, kind, _show, summary=f"show {what}", epilog=f"example:\n  summitlib {kind} {example}"
        )
        parser.add_argument("name", metavar=kind.upper(), help=f"a {kind} id or name")
        if kind == "source":
            parser.add_argument("--text", action="store_true", help="print the full text too")


def _show(args: argparse.Namespace) -> int:
    corpus = load_corpus(args)
    kind: str = args.command
    record = query(corpus, getattr(corpus, kind + "s").lookup, {"key": args.name})
    out = Printer()
    if args.json:
        out.json(_json(corpus, kind, record))
        return 0
    if kind == "meeting":
        show_meeting(out, corpus, record, evidence=args.evidence, topics=args.topic)
    elif kind == "leader":
        _leader(out, corpus, record)
    elif kind == "issue":
        _issue(out, corpus, record)
    elif kind == "source":
        _source(out, corpus, record, text=args.text)
    else:
        _claim(out, corpus, record)
    return 0


def _json(corpus: Corpus, kind: str, record: Any) -> dict[str, Any]:
    data: dict[str, Any] = {kind: unstructure(record)}
    if kind in ("meeting", "issue"):
        data["claims"] = corpus.claims.filter(about=record).to_records()
    if kind == "meeting":
        data.update(meeting_json(corpus, record))
    return data


def _leader(out: Printer, corpus: Corpus, leader: Leader) -> None:
    out.heading(leader.name)
    out.fields(
        [
            ("id", leader.id),
            ("country", leader.country or ""),
            ("also called", ", ".join(leader.aliases)),
            ("note", leader.note or ""),
        ]
    )
    if leader.roles:
        out.section("Roles")
        out.table(
            ["title", "kind", "country", "from", "to"],
            [
                [
                    r.title,
                    enum_text(r.kind),
                    r.country or "",
                    str(r.start or ""),
                    str(r.end or ""),
                ]
                for r in leader.roles
            ],
        )
    meetings = corpus.meetings.filter(with_=leader)
    if meetings:
        out.section(f"Meetings ({len(meetings)})")
        out.table(
            ["when", "id", "status", "with"],
            [
                [
                    when_text(m.when, precision=False) or "?",
                    m.id,
                    enum_text(m.status),
                    ", ".join(leader_names(corpus, [p for p in m.participants if p != leader.id])),
                ]
                for m in meetings
            ],
        )
    said = corpus.claims.filter(speaker=leader)
    if said:
        out.section(f"Claims made ({len(said)})")
        _claims_table(out, corpus, said, speaker=False)


def _issue(out: Printer, corpus: Corpus, issue: Issue) -> None:
    out.heading(issue.name)
    parent = corpus.issues.get(issue.parent) if issue.parent else None
    children = corpus.issues.filter(children_of=issue)
    out.fields(
        [
            ("id", issue.id),
            ("part of", parent.name if parent else ""),
            ("sub-issues", ", ".join(c.name for c in children)),
            ("also called", ", ".join(issue.aliases)),
            ("note", issue.note or ""),
        ]
    )
    meetings = corpus.meetings.filter(about=issue)
    if meetings:
        out.section(f"Meetings that discussed it ({len(meetings)})")
        out.table(
            ["when", "id", "status", "participants"],
            [
                [
                    when_text(m.when, precision=False) or "?",
                    m.id,
                    enum_text(m.status),
                    ", ".join(leader_names(corpus, m.participants)),
                ]
                for m in meetings
            ],
        )
    claims = corpus.claims.filter(about=issue)
    if claims:
        out.section(f"Claims about it ({len(claims)})")
        _claims_table(out, corpus, claims)
    if issue.evidence:
        out.section("Quotes")
        for item in issue.evidence:
            out.paragraph(f"{item.source}: “{item.quote}”", indent=2, hanging=4)


def _source(out: Printer, corpus: Corpus, source: Source, *, text: bool) -> None:
    out.heading(source.title or source.id)
    inferred = {i.field: i.note for i in source.inferred}

    def mark(field: str, value: str) -> str:
        return f"{value} (inferred: {inferred[field]})" if value and field in inferred else value

    out.fields(
        [
            ("id", source.id),
            ("kind", source.kind.value),
            ("publisher", mark("publisher", source.publisher or "")),
            ("authors", ", ".join(source.authors)),
            ("published", mark("published", when_text(source.published))),
            ("url", source.url or ""),
            ("language", source.language),
            ("length", f"{len(source.text)} characters"),
            ("note", source.note or ""),
        ]
    )
    meetings = corpus.meetings.filter(source=source)
    if meetings:
        out.section(f"Meetings it reports ({len(meetings)})")
        out.table(
            ["when", "id", "status"],
            [[when_text(m.when, precision=False) or "?", m.id, enum_text(m.status)] for m in meetings],
        )
    claims = corpus.claims.filter(source=source)
    if claims:
        out.section(f"Claims quoted from it ({len(claims)})")
        _claims_table(out, corpus, claims, source=False)
    if text:
        out.section("Text")
        out.line(source.text.rstrip())


def _claim(out: Printer, corpus: Corpus, claim: Claim) -> None:
    out.heading(f"Claim {claim.id}")
    meetings = [m.name for m in (corpus.meetings.get(x) for x in claim.meetings) if m is not None]
    issues = [i.name for i in (corpus.issues.get(x) for x in claim.issues) if i is not None]
    subject = leader_names(corpus, [claim.subject])[0] if claim.subject else ""
    evidence = claim.evidence
    where = (
        f"characters {evidence.start}-{evidence.end} of {evidence.source}"
        if evidence.resolved
        else evidence.source
    )
    out.fields(
        [
            ("speaker", speaker_text(corpus, claim)),
            ("topic", claim.topic),
            ("value", value_text(claim.value)),
            ("about", "; ".join([*meetings, *issues])),
            ("subject", subject),
            ("said on", when_text(claim.said_on)),
            ("source", where),
            ("note", claim.note or ""),
            *((f"inferred {i.field}", i.note) for i in claim.inferred),
        ]
    )
    out.line()
    out.paragraph(f"“{evidence.quote}”", indent=2, hanging=3)
    source = corpus.sources.get(evidence.source)
    if source is not None and evidence.start is not None and evidence.end is not None:
        before = source.text[max(0, evidence.start - 160) : evidence.start]
        after = source.text[evidence.end : evidence.end + 160]
        out.section("In context")
        out.paragraph(
            f"…{' '.join(before.split())} [{' '.join(evidence.quote.split())}] {' '.join(after.split())}…",
            indent=2,
        )


def _claims_table(
    out: Printer, corpus: Corpus, claims: Any, *, speaker: bool = True, source: bool = True
) -> None:
    headers = [
        "id",
        "topic",
        *(["speaker"] if speaker else []),
        "says",
        *(["source"] if source else []),
        "quote",
    ]
    rows = []
    for claim in claims:
        row = [claim.id, claim.topic]
        if speaker:
            row.append(speaker_text(corpus, claim))
        row.append(value_text(claim.value))
        if source:
            row.append(claim.source)
        row.append(f"“{clip(claim.evidence.quote, 400)}”")
        rows.append(row)
    out.table(headers, rows, optional=[headers.index("source")] if source else [])
