"""Candidate meetings built from grouped GDELT reports, with the reports kept as evidence.

Design. A summitlib [`Evidence`][summitlib.Evidence] is an exact quote from a [`Source`][summitlib.Source]'s
text, but GDELT publishes no article text — only rows. So each report (an event row) and each mention
(a Mentions row) becomes a `Source` whose ``text`` is **synthetic**: the row rendered as a few lines of
plain text by summitlib (``render_event`` / ``render_mention``). The source says so twice: an
[`Inference`][summitlib.Inference] on its ``text`` field and a ``note``. Its ``url`` is the report's real
URL, its ``publisher`` the mention's source name. The meeting's evidence quotes each rendered text in
full, so every quote is an exact substring of its source and a corpus built from the records checks;
the character offsets GDELT gives for a mention (actor 1, actor 2, action — offsets into the *article*,
not into the synthetic text) are spelled out in that text and kept, typed, on
[`GdeltMeetingCandidate.mentions`][summitlib.importers.GdeltMeetingCandidate].

The sides of a meeting are GDELT actors (countries, by default), not people; each becomes a
[`Leader`][summitlib.Leader] record with id ``gdelt-actor-<side>`` and a note saying so, to be replaced by
the people who met (Archigos can say who led each country then:
[`ArchigosIndex`][summitlib.importers.ArchigosIndex]).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

import attrs

from summitlib.dates import DateSpan, PartialDate, When
from summitlib.importers.gdelt import GdeltEvent, GdeltGeo, GdeltMention
from summitlib.importers.grouping import GroupingRule, MeetingReport, group_reports
from summitlib.model import Leader, Meeting, MeetingFormat, Source, SourceKind
from summitlib.places import Place, country_name, is_country_code
from summitlib.provenance import Evidence, Inference
from summitlib.records import Records

__all__ = [
    "GdeltMeetingCandidate",
    "build_candidate",
    "find_gdelt_meetings",
    "gdelt_records",
    "mention_order",
    "render_event",
    "render_mention",
    "side_id",
]

_SYNTHETIC = (
    "synthetic text: the GDELT row rendered by summitlib (GDELT publishes no article text); "
    "see url for the report itself"
)


def _side_label(side: str) -> str:
    return country_name(side) if is_country_code(side) else side


def side_id(side: str) -> str:
    """The leader id of a GDELT side (``"USA"`` gives ``"gdelt-actor-usa"``)."""
    return "gdelt-actor-" + "".join(c if c.isalnum() else "-" for c in side.lower())


def _geo(geo: GdeltGeo | None) -> str:
    return f"{geo.name} (FIPS {geo.country or '?'})" if geo is not None and geo.name else "unknown"


def render_event(event: GdeltEvent, description: str) -> str:
    """The synthetic text of a report's source: the GDELT row as plain text.

    Examples:
        >>> import datetime as dt
        >>> from summitlib.importers.gdelt import GdeltActor, GdeltEvent
        >>> event = GdeltEvent(id=7, date=dt.date(2025, 8, 7), code="042", base_code="042", root_code="04",
        ...     quad_class=1, actor1=GdeltActor(code="USA", name="UNITED STATES"), url="https://example.org/a")
        >>> print(render_event(event, "Make a visit"))
        GDELT event 7 (version 2): UNITED STATES (USA) / no actor 2, CAMEO 042 "Make a visit", on 2025-08-07.
        Place of the action: unknown.
        Mentions in the first period: 0, sources: 0, articles: 0; tone 0.0; Goldstein None.
        First report: https://example.org/a
    """
    first = str(event.actor1) if event.actor1 else "no actor 1"
    second = str(event.actor2) if event.actor2 else "no actor 2"
    return (
        f"GDELT event {event.id} (version {event.version}): {first} / {second}, "
        f'CAMEO {event.code} "{description}", on {event.date.isoformat()}.\n'
        f"Place of the action: {_geo(event.action_geo)}.\n"
        f"Mentions in the first period: {event.num_mentions}, sources: {event.num_sources}, "
        f"articles: {event.num_articles}; tone {event.avg_tone}; Goldstein {event.goldstein}.\n"
        f"First report: {event.url or 'not given'}"
    )


def _offset(name: str, value: int | None) -> str:
    return f"{name} at character {value}" if value is not None else f"{name} not located"


def render_mention(mention: GdeltMention) -> str:
    """The synthetic text of a mention's source: the Mentions row as plain text, offsets included."""
    offsets = ", ".join(
        _offset(n, v)
        for n, v in (
            ("actor 1", mention.actor1_offset),
            ("actor 2", mention.actor2_offset),
            ("action", mention.action_offset),
        )
    )
    return (
        f"GDELT mention of event {mention.event_id} in {mention.source}, seen {mention.time.isoformat()}.\n"
        f"Document: {mention.url}\n"
        f"Sentence {mention.sentence}; {offsets}; confidence {mention.confidence}%; "
        f"document length {mention.doc_length} characters; tone {mention.doc_tone}."
    )


def _url(text: str | None) -> str | None:
    return text if text and text.startswith(("http://", "https://")) and " " not in text else None


@attrs.frozen(kw_only=True)
class GdeltMeetingCandidate:
    """A meeting as GDELT's reports suggest it, with everything it rests on.

    Attributes:
        meeting: the candidate [`Meeting`][summitlib.Meeting] (participants are GDELT sides).
        reports: the GDELT rows grouped into it, by date then id.
        mentions: the GDELT 2.0 mentions of those rows (empty for GDELT 1.0).
        sources: one synthetic-text [`Source`][summitlib.Source] per report and per mention; the
            meeting's evidence quotes them.
        sides: the two sides (CAMEO country codes, or actor codes), sorted.
    """

    meeting: Meeting
    reports: tuple[GdeltEvent, ...]
    mentions: tuple[GdeltMention, ...]
    sources: tuple[Source, ...]
    sides: tuple[str, str]


def _when(reports: Sequence[GdeltEvent]) -> When:
    first = PartialDate.from_date(min(r.date for r in reports))
    last = PartialDate.from_date(max(r.date for r in reports))
    return first if first == last else DateSpan(start=first, end=last)


def _place(reports: Sequence[GdeltEvent]) -> tuple[Place | None, str | None]:
    geos = Counter(r.action_geo for r in reports if r.action_geo is not None and r.action_geo.iso_country)
    if not geos:
        return None, None
    # most reports first, then the more precise geography, then the name: a fixed tie-break
    geo, count = min(
        geos.items(), key=lambda item: (-item[1], -int(item[0].type in (3, 4)), str(item[0].name))
    )
    iso = geo.iso_country if geo is not None else None
    if geo is None or iso is None:  # pragma: no cover - only geographies with a country are counted
        return None, None
    place = Place(country=iso, city=geo.city)
    return place, f"GDELT ActionGeo of {count} of {len(reports)} reports: {geo.name}"


def _format(reports: Sequence[MeetingReport]) -> MeetingFormat:
    votes = Counter(r.kind.format for r in reports)
    specific = {f: n for f, n in votes.items() if f is not MeetingFormat.OTHER} or votes
    order = list(MeetingFormat)
    return min(specific, key=lambda f: (-specific[f], order.index(f)))


def _event_source(event: GdeltEvent, description: str) -> Source:
    return Source(
        id=f"gdelt-event-{event.id}",
        text=render_event(event, description),
        kind=SourceKind.NEWS,
        url=_url(event.url),
        published=PartialDate.from_date(event.added) if event.added else None,
        inferred=(
            Inference(field="text", note=_SYNTHETIC),
            *(
                (Inference(field="published", note="GDELT DATEADDED, when GDELT saw the report"),)
                if event.added
                else ()
            ),
        ),
        note=f"GDELT {event.version}.0 event row {event.id}",
    )


def _mention_source(mention: GdeltMention, index: int) -> Source:
    return Source(
        id=f"gdelt-mention-{mention.event_id}-{index}",
        text=render_mention(mention),
        kind=SourceKind.NEWS,
        publisher=mention.source.strip() or None,
        url=_url(mention.url) if mention.is_web else None,
        published=PartialDate.from_date(mention.time),
        inferred=(
            Inference(field="text", note=_SYNTHETIC),
            Inference(field="published", note="GDELT MentionTimeDate, when GDELT saw the document"),
        ),
        note=f"GDELT 2.0 mention of event {mention.event_id}",
    )


def _absent_last(value: int | None) -> int:
    return -1 if value is None else value


def mention_order(
    m: GdeltMention,
) -> tuple[dt.datetime, str, int, str, int, int, int, int, int, float, bool, str, str]:
    """A total order of distinct mentions (when seen, document, sentence, then every other field)."""
    return (
        m.time,
        m.url,
        m.sentence,
        m.source,
        _absent_last(m.actor1_offset),
        _absent_last(m.actor2_offset),
        _absent_last(m.action_offset),
        m.confidence,
        m.doc_length,
        m.doc_tone,
        m.in_raw_text,
        m.translation or "",
        f"{m.type.value} {m.event_time.isoformat()} {m.extras or ''}",
    )


def build_candidate(
    group: Sequence[MeetingReport], mentions: Mapping[int, Iterable[GdeltMention]]
) -> GdeltMeetingCandidate:
    """The candidate of one group of reports (sorted by date then id), with the mentions of its events."""
    return _build_candidate(group, mentions, sources=True)


def _build_candidate(
    group: Sequence[MeetingReport], mentions: Mapping[int, Iterable[GdeltMention]], *, sources: bool
) -> GdeltMeetingCandidate:
    """`build_candidate`; with ``sources=False`` without the synthetic sources and the meeting's evidence
    (for the tables that hold neither: a third of the time)."""
    reports = tuple(r.event for r in group)
    kinds = Counter(r.kind.code for r in group)
    main = min(kinds, key=lambda c: (-kinds[c], c.code))
    built = [_event_source(r.event, r.kind.code.description) for r in group] if sources else []
    said: list[GdeltMention] = []
    for event in reports:
        for index, mention in enumerate(sorted(set(mentions.get(event.id, ())), key=mention_order)):
            said.append(mention)
            if sources:
                built.append(_mention_source(mention, index))
    sides = group[0].sides
    place, where = _place(reports)
    inferred = [Inference(field="when", note="GDELT SQLDATE of the reports (GDELT's date of the event)")]
    if where is not None:
        inferred.append(Inference(field="place", note=where))
    first = reports[0]
    meeting = Meeting(
        id=f"gdelt-meeting-{min(r.id for r in reports)}",
        name=f"{_side_label(sides[0])} – {_side_label(sides[1])}: {main.description}",
        format=_format(group),
        status=group[0].kind.status,
        participants=tuple(side_id(s) for s in sides),
        when=_when(reports),
        place=place,
        evidence=tuple(Evidence(source=s.id, quote=s.text) for s in built),
        inferred=tuple(inferred),
        note=f"candidate from {len(reports)} GDELT report(s) and {len(said)} mention(s); "
        f"first report {first.id} on {first.date.isoformat()}",
    )
    return GdeltMeetingCandidate(
        meeting=meeting, reports=reports, mentions=tuple(said), sources=tuple(built), sides=sides
    )


def find_gdelt_meetings(
    events: Iterable[GdeltEvent],
    mentions: Iterable[GdeltMention] = (),
    *,
    max_days_apart: int = 1,
    by: Literal["country", "actor"] = "country",
    same_country: bool = True,
) -> tuple[GdeltMeetingCandidate, ...]:
    """Candidate meetings from GDELT rows: select meeting reports, group them, build meetings.

    The grouping rule is [`GroupingRule`][summitlib.importers.GroupingRule] with these
    parameters (see `summitlib.importers.grouping`).

    Args:
        events: GDELT event rows, any order.
        mentions: GDELT 2.0 mentions (each candidate keeps those of its reports).
        max_days_apart: the most days between two linked reports.
        by: what a side is, ``"country"`` or ``"actor"``.
        same_country: require the action geographies to agree on the country when both are known.
    """
    rule = GroupingRule(max_days_apart=max_days_apart, by=by, same_country=same_country)
    by_event: dict[int, list[GdeltMention]] = {}
    for mention in mentions:
        by_event.setdefault(mention.event_id, []).append(mention)
    return tuple(build_candidate(group, by_event) for group in group_reports(events, rule))


def _side_leader(side: str, names: Counter[str]) -> Leader:
    coded = sorted(names, key=lambda n: (-names[n], n))
    iso = side if is_country_code(side) else None
    name = country_name(side) if iso else (coded[0] if coded else side)
    aliases = tuple(dict.fromkeys(n for n in coded if n != name))
    return Leader(
        id=side_id(side),
        name=name,
        aliases=aliases,
        country=iso,
        note=f"GDELT side {side!r} (a country or group as GDELT codes it, not a person); "
        "replace it with the people who took part",
    )


def _count_side_names(candidates: Iterable[GdeltMeetingCandidate], names: dict[str, Counter[str]]) -> None:
    """Count into ``names`` each side's names as coded in the candidates' reports (every side listed)."""
    for candidate in candidates:
        for side in candidate.sides:
            names.setdefault(side, Counter())
        for report in candidate.reports:
            for actor in report.actors:
                side = actor.country if actor.country in candidate.sides else actor.code
                if side in candidate.sides and actor.name:
                    names[side][actor.name.strip()] += 1


def gdelt_records(candidates: Iterable[GdeltMeetingCandidate]) -> Records:
    """Records for the candidates: a leader per side, the meetings, the synthetic sources.

    The records pass [`check_records`][summitlib.check_records] (every quote is in its source), so they
    can be made into a corpus or merged with one.
    """
    meetings: list[Meeting] = []
    sources: dict[str, Source] = {}
    names: dict[str, Counter[str]] = {}
    for candidate in candidates:
        meetings.append(candidate.meeting)
        for source in candidate.sources:
            sources.setdefault(source.id, source)
        _count_side_names((candidate,), names)
    leaders = tuple(_side_leader(side, names[side]) for side in sorted(names))
    return Records(leaders=leaders, meetings=tuple(meetings), sources=tuple(sources.values()))
