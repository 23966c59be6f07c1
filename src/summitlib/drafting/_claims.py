"""The claims of a draft: status claims, stated durations and statements, each with its speaker."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import attrs

from summitlib.claims import Claim, Label, Speaker, Topic
from summitlib.drafting._encounters import PROPOSED
from summitlib.model import Meeting, MeetingStatus
from summitlib.provenance import Inference

if TYPE_CHECKING:
    from summitlib.drafting._draft import _Builder

__all__ = ["STATEMENT", "draft_claims", "said_by"]

STATEMENT = "statement"
"""The topic of a drafted statement claim: the speaker said the words of its evidence (value ``True``)."""


def draft_claims(builder: _Builder, meetings: list[Meeting], renamed: Mapping[str, str]) -> list[Claim]:
    """The article's claims: status claims of meetings not reported as held, stated durations, and
    statements, each with its speaker."""
    extraction = builder.extraction
    spans = [
        (c.start, c.end, renamed.get(f"{builder.source.id}.m{n}"))
        for n, c in enumerate(extraction.meetings, 1)
    ]
    principal = _principal(meetings)
    claims: list[Claim] = []
    seen: set[tuple[str, object, object, tuple[str, ...], int]] = set()

    def add(claim: Claim) -> None:
        # a status is claimed once per speaker and meeting; other claims once per place in the text
        start = claim.evidence.start if claim.evidence.start is not None else -1
        key = (
            claim.topic,
            claim.value,
            claim.speaker,
            claim.meetings,
            -1 if claim.topic == Topic.STATUS else start,
        )
        if key not in seen:
            seen.add(key)
            claims.append(attrs.evolve(claim, id=f"{builder.source.id}.c{len(claims) + 1}"))

    for number, candidate in enumerate(extraction.meetings, 1):
        meeting = renamed.get(f"{builder.source.id}.m{number}")
        if meeting is None or candidate.status in (None, MeetingStatus.HELD) or candidate.status_cue is None:
            continue  # a meeting reported as held is the meeting's own evidence, not a status claim
        speaker, how = said_by(builder, candidate.status_cue.start, candidate.status_cue.end)
        add(
            Claim(
                id="c",
                speaker=speaker,
                topic=Topic.STATUS,
                value=Label(text=candidate.status.value),
                evidence=builder.evidence(candidate.start, candidate.end),
                meetings=(meeting,),
                inferred=(Inference(field="speaker", note=f"{PROPOSED}: {how}"),),
            )
        )
    for duration in extraction.durations:
        topic = duration.kind.topic
        if topic is None:
            continue
        meeting = _meeting_at(spans, duration.start) or principal
        speaker, how = said_by(builder, duration.start, duration.end)
        start = min(duration.start, duration.cue.start) if duration.cue else duration.start
        end = max(duration.end, duration.cue.end) if duration.cue else duration.end
        add(
            Claim(
                id="c",
                speaker=speaker,
                topic=topic,
                value=duration.value,
                evidence=builder.evidence(start, end),
                meetings=(meeting,) if meeting else (),
                inferred=(
                    Inference(field="speaker", note=f"{PROPOSED}: {how}"),
                    Inference(field="meetings", note=f"{PROPOSED}: the nearest meeting mention"),
                ),
            )
        )
    for attribution in extraction.attributions:
        said = builder.speaker(attribution)
        if said is None:
            builder.review.append(
                f"words at {attribution.start} attributed to “{attribution.speaker_cue.text}”, "
                "who could not be told: no claim"
            )
            continue
        if not attribution.text.strip():
            continue
        note = f"{PROPOSED}: “{attribution.speaker_cue.text} … {attribution.verb}”"
        add(
            Claim(
                id="c",
                speaker=said,
                topic=STATEMENT,
                value=True,
                evidence=builder.evidence(attribution.start, attribution.end),
                meetings=(principal,) if principal else (),
                inferred=(
                    Inference(field="speaker", note=note),
                    Inference(field="meetings", note=f"{PROPOSED}: the meeting the article reports most"),
                ),
            )
        )
    return claims


def said_by(builder: _Builder, start: int, end: int) -> tuple[Speaker, str]:
    """Who says the words at ``start``..``end``: the speaker of an attribution around them, else the
    author; and how that was found."""
    for attribution in builder.extraction.attributions:
        if attribution.start <= start and end <= attribution.end:
            speaker = builder.speaker(attribution)
            if speaker is not None:
                return speaker, f"inside words attributed to “{attribution.speaker_cue.text}”"
    return Speaker.author(), "the article's own voice (no attribution around the words)"


def _meeting_at(spans: Iterable[tuple[int, int, str | None]], offset: int) -> str | None:
    """The meeting whose sentence holds ``offset``, else the nearest one mentioned before it."""
    before: str | None = None
    for start, end, meeting in spans:
        if start <= offset < end and meeting is not None:
            return meeting
        if start <= offset and meeting is not None:
            before = meeting
    return before


def _principal(meetings: list[Meeting]) -> str | None:
    """The meeting the article reports most (most evidence; the first on a tie)."""
    if not meetings:
        return None
    return max(meetings, key=lambda m: (len(m.evidence), -meetings.index(m))).id
