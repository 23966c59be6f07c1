"""Hand-built extractions and drafts for the drafting tests (independent of what the extractor finds)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from summitlib import PartialDate, Records, Source, SourceKind
from summitlib.claims import Speaker
from summitlib.drafting import Draft, draft_extraction
from summitlib.extraction import (
    Attribution,
    Cue,
    DateMention,
    DurationKind,
    DurationMention,
    Extraction,
    MeetingCandidate,
    Person,
    PlaceCue,
)
from summitlib.model import Meeting, MeetingFormat, MeetingStatus
from summitlib.provenance import Evidence


def cue(text: str, words: str, after: int = 0) -> Cue:
    start = text.index(words, after)
    return Cue(start=start, end=start + len(words), text=words)


def person(
    text: str,
    ident: str,
    name: str,
    *,
    country: str | None = None,
    office: str | None = None,
    family: str = "",
) -> Person:
    return Person(
        id=ident,
        name=name,
        family_name=family or name.split()[-1],
        country=country,
        office=office,
        first=cue(text, name),
    )


def candidate(
    text: str,
    sentence: str,
    participants: Sequence[str],
    *,
    verb: str,
    status: MeetingStatus | None = MeetingStatus.HELD,
    status_words: str | None = None,
    format: MeetingFormat | None = None,
    format_words: str | None = None,
    when: tuple[str, str] | None = None,
    place: tuple[str, str | None] | None = None,
) -> MeetingCandidate:
    span = cue(text, sentence)
    inside = span.start
    date = None
    if when is not None:
        words, value = when
        c = cue(text, words, inside)
        date = DateMention(
            start=c.start, end=c.end, text=c.text, value=PartialDate.parse(value), rule="absolute"
        )
    where = None
    if place is not None:
        words, country = place
        c = cue(text, words, inside)
        where = PlaceCue(start=c.start, end=c.end, text=c.text, name=words, country=country)
    return MeetingCandidate(
        start=span.start,
        end=span.end,
        text=span.text,
        participants=tuple(sorted(participants)),
        meeting_cue=cue(text, verb, inside),
        status=status,
        status_cue=cue(text, status_words or verb, inside) if status is not None else None,
        format=format,
        format_cue=cue(text, format_words, inside) if format_words else None,
        when=date,
        place=where,
    )


def attribution(
    text: str, words: str, speaker: Speaker, speaker_words: str, verb: str = "said"
) -> Attribution:
    span = cue(text, words)
    who = cue(text, speaker_words)
    said = cue(text, verb, who.start)
    return Attribution(
        start=span.start,
        end=span.end,
        text=span.text,
        speaker=speaker,
        speaker_cue=who,
        verb=verb,
        verb_cue=said,
        quoted=True,
    )


def duration(text: str, words: str, minutes: Any, kind: DurationKind) -> DurationMention:
    span = cue(text, words)
    return DurationMention(start=span.start, end=span.end, text=span.text, value=minutes, kind=kind)


BALI = (
    "NUSA DUA — US President Joe Biden and Chinese President Xi Jinping met in Bali, Indonesia on "
    "November 14, 2022. The meeting lasted three hours. “We share responsibility,” Biden said. "
    "The White House said the two leaders would speak again."
)


def bali_extraction(
    text: str = BALI,
    published: str | None = "2022-11-14",
    place: tuple[str, str | None] = ("Bali, Indonesia", "IDN"),
) -> Extraction:
    from summitlib import DurationRange

    biden = person(text, "joe-biden", "Joe Biden", country="USA", office="President")
    xi = person(text, "xi-jinping", "Xi Jinping", country="CHN", office="President", family="Xi")
    sentence = text[: text.index(". ") + 1]
    return Extraction(
        text=text,
        published=None if published is None else PartialDate.parse(published),
        anchor=None if published is None else PartialDate.parse(published),
        persons=(biden, xi),
        meetings=(
            candidate(
                text,
                sentence,
                ["joe-biden", "xi-jinping"],
                verb="met",
                when=("November 14, 2022", "2022-11-14"),
                place=place,
            ),
        ),
        durations=(duration(text, "lasted three hours", DurationRange.exactly(180), DurationKind.ACTUAL),),
        attributions=(
            attribution(text, "We share responsibility", Speaker.person("joe-biden"), "Biden", "said"),
            attribution(
                text,
                "the two leaders would speak again",
                Speaker.group("The White House"),
                "The White House",
                "said",
            ),
        ),
    )


FAMILY = {"xi-jinping": "Xi", "kim-jong-un": "Kim"}


def report_draft(
    key: str,
    participants: Sequence[str],
    *,
    when: str | None,
    status: MeetingStatus = MeetingStatus.HELD,
    format: MeetingFormat = MeetingFormat.BILATERAL,
    published: str | None = None,
    stated: bool = True,
) -> Draft:
    """A draft of one source reporting one meeting (built directly: the rules, not the extractor)."""
    from summitlib import Inference, Leader
    from summitlib.drafting import PROPOSED

    text = f"Report {key}: {' and '.join(participants)} {status.value} {format.value} {when or ''}."
    source = Source(
        id=f"s-{key}",
        text=text,
        kind=SourceKind.NEWS,
        published=None if published is None else PartialDate.parse(published),
    )
    inferred = [
        Inference(field="participants", note=f"{PROPOSED}: test"),
        Inference(field="format", note=f"{PROPOSED}: test"),
        Inference(field="status", note=f"{PROPOSED}: " + ("test" if stated else "no status cue; test")),
    ]
    if when is not None:
        inferred.append(Inference(field="when", note=f"{PROPOSED}: test"))
    meeting = Meeting(
        id=f"s-{key}.m1",
        name="meeting",
        format=format,
        status=status,
        participants=tuple(participants),
        when=None if when is None else PartialDate.parse(when),
        evidence=(Evidence(source=source.id, quote=text, start=0, end=len(text)),),
        inferred=tuple(inferred),
    )
    leaders = tuple(
        Leader(
            id=p,
            name=p.replace("-", " ").title(),
            aliases=(FAMILY[p],) if p in FAMILY else (),
            inferred=(Inference(field="name", note=f"{PROPOSED}: test"),),
        )
        for p in participants
    )
    return Draft(
        records=Records(leaders=leaders, meetings=(meeting,), sources=(source,)),
        extraction=Extraction(text=text),
    )


def drafted(extraction: Extraction, **kwargs: Any) -> Draft:
    return draft_extraction(extraction, **kwargs)
