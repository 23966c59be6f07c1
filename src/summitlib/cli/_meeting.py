"""The full view of one meeting, the command line's main job (``summitlib meeting Hamburg``).

It answers, in order: who met, when (and how precisely that is known), where, on what occasion, whether
it happened; what was discussed and what came of it; every claim about it grouped by topic, each with its
speaker, value and quote; how long it lasted according to whom (the durations reconciled); and where the
sources disagree.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from summitlib.claims import Claim, ClaimValue, Topic
from summitlib.cli._analysis import disagreements_of, print_disagreement, reconciliation_of
from summitlib.cli._common import unstructure
from summitlib.cli._describe import enum_text, leader_names, speaker_text, value_text, when_text
from summitlib.cli._output import Printer

if TYPE_CHECKING:
    from summitlib.corpus import Corpus
    from summitlib.dates import When
    from summitlib.model import Meeting, Role

__all__ = ["meeting_json", "show_meeting"]

_TOPIC_TITLES = {
    Topic.ACTUAL_DURATION: "how long it lasted",
    Topic.SCHEDULED_DURATION: "how long it was to last",
    Topic.DATE: "when it took place",
    Topic.OUTCOME: "what came of it",
    Topic.POSITION: "positions taken",
    Topic.STATUS: "whether it would happen",
}
_DURATIONS = (Topic.ACTUAL_DURATION, Topic.SCHEDULED_DURATION)


def _held_then(role: Role, when: When | None) -> bool:
    """True when ``role`` may have been held at ``when`` (always, when the date is unknown)."""
    return when is None or role.active_on(when)


def _participants(corpus: Corpus, meeting: Meeting) -> str:
    parts = []
    for ident in meeting.participants:
        leader = corpus.leaders.get(ident)
        if leader is None:
            parts.append(ident)
            continue
        role = next((r.title for r in leader.roles if _held_then(r, meeting.when)), None)
        details = ", ".join(x for x in (role, leader.country) if x)
        parts.append(f"{leader.name} ({details})" if details else leader.name)
    return "; ".join(parts)


def show_meeting(
    out: Printer, corpus: Corpus, meeting: Meeting, *, evidence: bool = False, topics: list[str] | None = None
) -> None:
    """Print everything the corpus knows about ``meeting`` (its claims only on ``topics``, if given)."""
    out.heading(meeting.name)
    occasion = corpus.meetings.get(meeting.occasion) if meeting.occasion else None
    parts = corpus.meetings.filter(part_of=meeting)
    inferred = {i.field: i.note for i in meeting.inferred}

    def mark(field: str, text: str) -> str:
        return f"{text} — inferred: {inferred[field]}" if text and field in inferred else text

    out.fields(
        [
            ("id", meeting.id),
            ("status", enum_text(meeting.status)),
            ("format", enum_text(meeting.format)),
            ("when", mark("when", when_text(meeting.when)) or "not known"),
            ("where", mark("place", str(meeting.place) if meeting.place else "") or "not known"),
            ("occasion", f"{occasion.name} [{occasion.id}]" if occasion else ""),
            ("participants", _participants(corpus, meeting)),
            ("issues", "; ".join(_issue_name(corpus, i) for i in meeting.issues)),
            ("meetings in it", "; ".join(f"{m.name} [{m.id}]" for m in parts)),
            ("note", meeting.note or ""),
        ]
    )
    if meeting.outcomes:
        out.section("Outcomes")
        for outcome in meeting.outcomes:
            about = f" [{', '.join(outcome.issues)}]" if outcome.issues else ""
            out.paragraph(f"• {outcome.description}{about}", indent=2, hanging=4)
            for item in outcome.evidence:
                out.paragraph(f"{item.source}: “{' '.join(item.quote.split())}”", indent=4, hanging=6)

    claims = list(corpus.claims.filter(about=meeting, topic=topics))
    _claims_by_topic(out, corpus, claims)
    _durations(out, corpus, claims)
    _disagreements(out, corpus, claims)
    if evidence and meeting.evidence:
        out.section(f"Quotes reporting the meeting ({len(meeting.evidence)})")
        for item in meeting.evidence:
            out.paragraph(f"{item.source}: “{' '.join(item.quote.split())}”", indent=2, hanging=4)
    sources = sorted({c.source for c in claims} | {e.source for e in meeting.evidence})
    if sources:
        out.section(f"Sources ({len(sources)}; see one with: summitlib source ID)")
        out.table(["id", "publisher", "published", "title"], [_source_row(corpus, s) for s in sources])


def _source_row(corpus: Corpus, ident: str) -> list[str]:
    source = corpus.sources.get(ident)
    if source is None:
        return [ident, "", "", ""]
    return [ident, source.publisher or "", str(source.published or ""), source.title or ""]


def _issue_name(corpus: Corpus, ident: str) -> str:
    """An issue's name with its ancestors: ``Syria › ceasefire in southwest Syria``."""
    names: list[str] = []
    current = corpus.issues.get(ident)
    while current is not None and len(names) < 10:
        names.append(current.name)
        current = corpus.issues.get(current.parent) if current.parent else None
    return " › ".join(reversed(names)) or ident


def _topic_order(topic: str) -> tuple[int, str]:
    order = list(_TOPIC_TITLES)
    return (order.index(topic) if topic in order else len(order), topic)


def _claims_by_topic(out: Printer, corpus: Corpus, claims: list[Claim]) -> None:
    out.section(f"What the sources say ({len(claims)} claim{'s' if len(claims) != 1 else ''})")
    if not claims:
        out.line("  No claims about this meeting.")
        return
    for topic, group in itertools.groupby(
        sorted(claims, key=lambda c: _topic_order(c.topic)), key=lambda c: c.topic
    ):
        title = _TOPIC_TITLES.get(topic)
        out.line()
        out.line(f"  {topic}" + (f" — {title}" if title else ""))
        for claim in group:
            of = f", of {leader_names(corpus, [claim.subject])[0]}" if claim.subject else ""
            named = [_issue_name(corpus, i).rsplit(" › ", 1)[-1] for i in claim.issues]
            issues = f" — re {', '.join(named)}" if named else ""
            head = f"{speaker_text(corpus, claim)}{of}: {value_text(claim.value)}{issues}"
            out.paragraph(f"• {head}", indent=4, hanging=6)
            out.paragraph(
                f"“{' '.join(claim.evidence.quote.split())}” — {claim.source} [{claim.id}]",
                indent=6,
                hanging=7,
            )


def _durations(out: Printer, corpus: Corpus, claims: list[Claim]) -> None:
    timed = [c for c in claims if c.topic in _DURATIONS]
    if not timed:
        return
    out.section("How long? The durations reported, reconciled")
    first = True
    for topic in _DURATIONS:
        said = [c for c in timed if c.topic == topic]
        if not said:
            continue
        if not first:
            out.line()
        first = False
        out.line(f"  {_TOPIC_TITLES[topic]} ({topic})")
        out.table(
            ["according to", "says", "minutes", "source"],
            [[speaker_text(corpus, c), value_text(c.value), str(c.value), c.source] for c in said],
            indent=4,
        )
        for line in _reconciled(corpus, said):
            out.paragraph(line, indent=4, hanging=6)


def _reconciled(corpus: Corpus, claims: list[Claim]) -> list[str]:
    result = reconciliation_of(corpus, claims)
    names = list(dict.fromkeys(speaker_text(corpus, c) for c in claims))
    cited = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    if result.value is not None:
        if len(claims) == 1:
            return [f"→ only {cited} says: {value_text(result.value)}."]
        together = "both claims fit" if len(claims) == 2 else f"all {len(claims)} claims fit"
        return [f"→ {together} together: {value_text(result.value)}, according to {cited}."]
    return [
        f"→ they cannot all be true ({len(result.conflicts)} disagreement"
        f"{'s' if len(result.conflicts) != 1 else ''}, below); no value is made up."
    ]


def _disagreements(out: Printer, corpus: Corpus, claims: list[Claim]) -> None:
    found = disagreements_of(corpus, claims)
    out.section(f"Where the sources disagree ({len(found)})")
    if not found:
        out.line("  No disagreements found.")
        return
    for number, disagreement in enumerate(found, start=1):
        print_disagreement(out, corpus, number, disagreement)


def meeting_json(corpus: Corpus, meeting: Meeting) -> dict[str, Any]:
    """The reconciliations and disagreements of ``meeting``'s claims as plain data (for ``--json``)."""
    claims = list(corpus.claims.filter(about=meeting))
    reconciled = {}
    for topic in _DURATIONS:
        said = [c for c in claims if c.topic == topic]
        if said:
            result = reconciliation_of(corpus, said)
            reconciled[topic] = {
                "value": unstructure(result.value, ClaimValue) if result.value is not None else None,
                "claims": [c.id for c in result.claims],
                "consistent": result.consistent,
            }
    return {
        "reconciled": reconciled,
        "disagreements": [unstructure(d) for d in disagreements_of(corpus, claims)],
    }
