"""One article to draft records: the source, its people, meetings and claims, each with its evidence.

Every value extraction proposes is marked: an [`Inference`][summitlib.Inference] whose note begins with
"proposed by extraction" names the field and the words or rule it came from, so a curator sees what to
review (and removes the mark once it is checked).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from summitlib.claims import Speaker, SpeakerKind
from summitlib.dates import PartialDate
from summitlib.drafting._claims import draft_claims
from summitlib.drafting._encounters import PROPOSED, Encounter, merge_fields
from summitlib.drafting._naming import cities, meeting_name, place_of, role_kind
from summitlib.drafting._source import DateLine, date_line, gathering_key, gathering_name, slug
from summitlib.model import Leader, Meeting, MeetingFormat, MeetingStatus, Role, Source, SourceKind
from summitlib.places import country_name
from summitlib.provenance import Evidence, Inference
from summitlib.records import Records

if TYPE_CHECKING:
    from summitlib.extraction import Attribution, Extraction, MeetingCandidate, Person

__all__ = ["NEW_LEADER", "Draft", "dated_gathering", "draft", "draft_extraction", "with_occasion"]

NEW_LEADER = "new leader "
"""How the review note on a proposed leader begins."""


@attrs.frozen(kw_only=True)
class Draft:
    """The records one article proposes, ready to review or to consolidate into a corpus.

    Attributes:
        records: the source, the leaders it involves (copies of the corpus's records for people the
            corpus knows, proposed ones for the others), one meeting per encounter it reports, and its
            claims. They form a valid corpus on their own.
        known: the ids of leaders taken from the corpus the article was read against.
        extraction: what the extractor proposed, every item with its span.
        review: what a curator should look at, in words.
        unplaced: the cities the text names for meetings without a country to place them in:
            ``(position of the meeting in records.meetings, city, review note)``; consolidation places
            them when another report or the corpus puts the same city in a country.
    """

    records: Records
    known: frozenset[str] = frozenset()
    extraction: Extraction = attrs.field(repr=False)
    review: tuple[str, ...] = ()
    unplaced: tuple[tuple[int, str, str], ...] = ()

    @property
    def source(self) -> Source:
        """The article as a source."""
        return self.records.sources[0]


def draft(
    text: str,
    *,
    published: PartialDate | dt.date | str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    source_id: str | None = None,
    corpus: Records | None = None,
) -> Draft:
    """Draft records from one article's text.

    Args:
        text: the article, as plain text (kept whole as the source's text).
        published: the publication date. Without it, the date the text's opening lines give is used
            when they give exactly one (marked as inferred), and relative dates are resolved against it.
        title: the headline, if known.
        publisher: the outlet, if known.
        url: where the article was found, if known (never invented).
        source_id: the source's id; by default made from the title, else from the text's digest.
        corpus: leaders to reuse (their ids, names and offices): a corpus's records.

    Returns:
        A [`Draft`][summitlib.drafting.Draft]; consolidate several with
        [`consolidate`][summitlib.drafting.consolidate].
    """
    from summitlib.extraction import extract

    found = None
    given = None if published is None else PartialDate.parse(published)
    if given is None:
        found = date_line(text)
    anchor = given or (found.value if found is not None else None)
    extraction = extract(text, published=anchor, corpus=corpus)
    return draft_extraction(
        extraction,
        title=title,
        publisher=publisher,
        url=url,
        source_id=source_id,
        corpus=corpus,
        found=found,
    )


def draft_extraction(
    extraction: Extraction,
    *,
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    source_id: str | None = None,
    corpus: Records | None = None,
    found: DateLine | None = None,
) -> Draft:
    """Draft records from an [`Extraction`][summitlib.extraction.Extraction] (see [`draft`][summitlib.draft]).

    Args:
        extraction: what [`extract`][summitlib.extract] proposed for the article.
        found: the date line the publication date was taken from, when it was not given.
    """
    source = _source(extraction, title, publisher, url, source_id, found)
    builder = _Builder(extraction, source, corpus)
    return builder.build()


def _source(
    extraction: Extraction,
    title: str | None,
    publisher: str | None,
    url: str | None,
    source_id: str | None,
    found: DateLine | None,
) -> Source:
    from summitlib.drafting._source import text_digest

    ident = source_id or slug(title or "", limit=48) or f"article-{text_digest(extraction.text)}"
    inferred = []
    published = extraction.published
    if found is not None and published == found.value:
        note = f"found in the text's date line: “{found.text}” at {found.start}"
        inferred.append(Inference(field="published", note=note))
    elif published is None and extraction.dateline is not None and extraction.dateline.value is not None:
        value = extraction.dateline.value
        if isinstance(value, PartialDate):
            published = value
            note = f"found in the dateline: “{extraction.dateline.text}” at {extraction.dateline.start}"
            inferred.append(Inference(field="published", note=note))
    return Source(
        id=ident,
        text=extraction.text,
        kind=SourceKind.NEWS,
        title=title,
        publisher=publisher,
        published=published,
        url=url,
        inferred=tuple(inferred),
    )


class _Builder:
    """Turns one extraction into records, numbering ids within the source."""

    def __init__(self, extraction: Extraction, source: Source, corpus: Records | None) -> None:
        self.extraction = extraction
        self.source = source
        self.corpus = {leader.id: leader for leader in corpus.leaders} if corpus is not None else {}
        self.persons: dict[str, Person] = {p.id: p for p in extraction.persons}
        self.leaders: dict[str, Leader] = {}
        self.known: set[str] = set()
        self.review: list[str] = []
        self.occasions: dict[str, Meeting] = {}
        self.unplaced: dict[str, tuple[str, str]] = {}
        self.cities = cities(extraction, corpus)

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(source=self.source.id, quote=self.extraction.text[start:end], start=start, end=end)

    # people ---------------------------------------------------------------------------------------

    def leader(self, person: str) -> str | None:
        """The leader id for the text's person ``person``, creating its draft record on first use."""
        if person in self.leaders:
            return person
        if person in self.corpus:
            self.leaders[person] = self.portable(self.corpus[person])
            self.known.add(person)
            return person
        found = self.persons.get(person)
        if found is not None:
            self.leaders[person] = self.proposed(found)
            return person
        mention = next((m for m in self.extraction.people if person in (m.person, m.leader) and m.name), None)
        if mention is None or mention.name is None:
            return None
        evidence = self.evidence(mention.start, mention.end)
        note = f"{PROPOSED}: the name as the text gives it, “{mention.text}” at {mention.start}; review"
        self.leaders[person] = Leader(
            id=person,
            name=mention.name,
            evidence=(evidence,),
            inferred=(Inference(field="name", note=note),),
            note=f"Drafted from source {self.source.id}.",
        )
        return person

    def portable(self, leader: Leader) -> Leader:
        """A corpus's leader without evidence from other sources, with its first mention in this text."""
        mention = next((m for m in self.extraction.people if leader.id in (m.person, m.leader)), None)
        evidence = (self.evidence(mention.start, mention.end),) if mention is not None else ()
        roles = tuple(attrs.evolve(r, evidence=()) if r.evidence else r for r in leader.roles)
        return attrs.evolve(leader, evidence=evidence, roles=roles)

    def proposed(self, person: Person) -> Leader:
        first = person.first
        where = f"“{first.text}” at {first.start}"
        inferred = [Inference(field="name", note=f"{PROPOSED}: the fullest name the text gives, {where}")]
        aliases: tuple[str, ...] = ()
        if person.family_name and person.family_name != person.name:
            aliases = (person.family_name,)
        roles: tuple[Role, ...] = ()
        if person.office:
            roles = (Role(title=person.office, kind=role_kind(person.office), country=person.country),)
            note = f"{PROPOSED}: the title the text gives, “{person.office}”; kind and period to review"
            inferred.append(Inference(field="roles", note=note))
        if person.country:
            note = f"{PROPOSED}: the text's title or description ({country_name(person.country)})"
            inferred.append(Inference(field="country", note=note))
        return Leader(
            id=person.id,
            name=person.name,
            aliases=aliases,
            country=person.country,
            roles=roles,
            evidence=(self.evidence(first.start, first.end),),
            inferred=tuple(inferred),
            note=f"Drafted from source {self.source.id}.",
        )

    def speaker(self, attribution: Attribution) -> Speaker | None:
        speaker = attribution.speaker
        if speaker is None or speaker.kind is not SpeakerKind.PERSON or speaker.leader is None:
            return speaker
        ident = self.leader(speaker.leader)
        return None if ident is None else Speaker.person(ident)

    # meetings -------------------------------------------------------------------------------------

    def meeting(self, number: int, candidate: MeetingCandidate) -> Meeting | None:
        ids = [self.leader(p) for p in candidate.participants]
        participants = tuple(sorted({i for i in ids if i is not None}))
        if len(participants) < 2:
            return None
        inferred = [self._proposed("participants", candidate.meeting_cue.text, candidate.meeting_cue.start)]
        when = candidate.when.value if candidate.when is not None else None
        if candidate.when is not None and when is not None:
            rule = candidate.when.rule
            inferred.append(self._proposed("when", candidate.when.text, candidate.when.start, rule))
        status = candidate.status
        if status is not None and candidate.status_cue is not None:
            cue = candidate.status_cue
            inferred.append(self._proposed("status", cue.text, cue.start))
        else:
            anchor = self.extraction.anchor or self.extraction.published
            ahead = when is not None and anchor is not None and when.earliest > anchor.latest
            status = MeetingStatus.PLANNED if ahead else (candidate.status or MeetingStatus.HELD)
            note = f"{PROPOSED}: no status cue; taken as {status.value} from the date and the verb"
            inferred.append(Inference(field="status", note=note))
        format_ = candidate.format
        if format_ is not None and candidate.format_cue is not None:
            cue = candidate.format_cue
            inferred.append(self._proposed("format", cue.text, cue.start))
        else:
            format_ = MeetingFormat.BILATERAL if len(participants) == 2 else MeetingFormat.MULTILATERAL
            note = f"{PROPOSED}: no format cue; {len(participants)} participants"
            inferred.append(Inference(field="format", note=note))
        place = None
        if candidate.place is not None:
            place = place_of(candidate.place.name, candidate.place.country, self.cities)
            if place is None:
                note = f"place “{candidate.place.name}” at {candidate.place.start}: no country; not recorded"
                self.review.append(note)
                city = candidate.place.name.split(",")[0].strip()
                self.unplaced[f"{self.source.id}.m{number}"] = (city, note)
            else:
                inferred.append(self._proposed("place", candidate.place.text, candidate.place.start))
        meeting = Meeting(
            id=f"{self.source.id}.m{number}",
            name="meeting",
            format=format_,
            status=status,
            participants=participants,
            when=when,
            place=place,
            evidence=(self.evidence(candidate.start, candidate.end),),
            inferred=tuple(inferred),
        )
        if candidate.occasion is not None:
            occasion = self.occasion(candidate, meeting)
            if occasion is not None:
                inferred.append(self._proposed("occasion", candidate.occasion.text, candidate.occasion.start))
                meeting = attrs.evolve(meeting, occasion=occasion, inferred=tuple(inferred))
        return meeting

    def occasion(self, candidate: MeetingCandidate, meeting: Meeting) -> str | None:
        """The id of the gathering a meeting was held at ("the G20 summit"), drafted on first mention."""
        cue = candidate.occasion
        assert cue is not None
        name = gathering_name(cue.text)
        if name is None:
            self.review.append(f"occasion “{cue.text}” at {cue.start}: too generic to record")
            return None
        key = gathering_key(name)
        if key in self.occasions:
            return self.occasions[key].id
        inferred = [
            self._proposed("name", cue.text, cue.start),
            Inference(field="status", note=f"{PROPOSED}: that of the meeting held at it"),
            Inference(field="format", note=f"{PROPOSED}: a gathering the meeting was held at"),
        ]
        if meeting.place is not None:
            inferred.append(Inference(field="place", note=f"{PROPOSED}: the place of the meeting held at it"))
        occasion = Meeting(
            id=f"{self.source.id}.o{len(self.occasions) + 1}",
            name=name,
            format=MeetingFormat.SUMMIT,
            status=meeting.status,
            place=meeting.place,
            evidence=(self.evidence(candidate.start, candidate.end),),
            inferred=tuple(inferred),
        )
        self.occasions[key] = occasion
        return occasion.id

    def _proposed(self, field: str, words: str, start: int, rule: str | None = None) -> Inference:
        how = f" ({rule})" if rule else ""
        return Inference(field=field, note=f"{PROPOSED}: “{words}” at {self.source.id}:{start}{how}")

    def encounters(self) -> tuple[list[Meeting], dict[str, str]]:
        """The text's meetings, one per encounter, and each candidate's meeting id → encounter id."""
        reports = [
            m for n, c in enumerate(self.extraction.meetings, 1) if (m := self.meeting(n, c)) is not None
        ]
        reports += self.occasions.values()
        published = {self.source.id: self.source.published}
        found: list[Encounter] = []
        for report in reports:
            target = next((e for e in found if e.refusal(report, published) is None), None)
            if target is None:
                found.append(Encounter.start(report, published))
            else:
                target.add(report, published)
        found = _undated_joined(found, published)
        meetings: list[Meeting] = []
        renamed: dict[str, str] = {}
        for number, encounter in enumerate(found, start=1):
            ident = f"{self.source.id}.m{number}"
            meeting = merge_fields(encounter, ident=ident, name=self.meeting_name(encounter.first))
            meetings.append(meeting)
            renamed.update((m.id, ident) for m in encounter.members)
        meetings = [with_occasion(m, renamed) for m in meetings]
        return [dated_gathering(m, meetings) for m in meetings], renamed

    def meeting_name(self, meeting: Meeting) -> str:
        return meeting_name(meeting, self.leaders)

    def build(self) -> Draft:
        meetings, renamed = self.encounters()
        claims = draft_claims(self, meetings, renamed)
        for ident, leader in self.leaders.items():
            if ident not in self.known:
                self.review.append(f"{NEW_LEADER}{leader.name} ({ident}): check name, country and office")
        records = Records(
            leaders=tuple(self.leaders.values()),
            meetings=tuple(meetings),
            sources=(self.source,),
            claims=tuple(claims),
        )
        position = {m.id: n for n, m in enumerate(meetings)}
        unplaced: list[tuple[int, str, str]] = []
        for report, (city, note) in self.unplaced.items():
            final = position.get(renamed.get(report, ""))
            if final is not None and meetings[final].place is None:
                unplaced.append((final, city, note))
        return Draft(
            records=records,
            known=frozenset(self.known),
            extraction=self.extraction,
            review=tuple(self.review),
            unplaced=tuple(unplaced),
        )


def _undated_joined(found: list[Encounter], published: Mapping[str, PartialDate | None]) -> list[Encounter]:
    """The encounters of one source, each undated one joined to the source's one dated encounter of the
    same participants and kind when nothing but the publication-derived dates keeps them apart."""
    kept: list[Encounter] = []
    for encounter in found:
        if encounter.merged_when() is None:
            dated = [
                other
                for other in found
                if other is not encounter
                and other.merged_when() is not None
                and frozenset(other.first.participants) == frozenset(encounter.first.participants)
                and other.first.format.is_call == encounter.first.format.is_call
            ]
            if len(dated) == 1 and dated[0].absorb(encounter, published):
                continue
        kept.append(encounter)
    return kept


def dated_gathering(gathering: Meeting, meetings: list[Meeting]) -> Meeting:
    """A gathering without a date dated by the month of the meetings held at it, when they agree."""
    if gathering.format is not MeetingFormat.SUMMIT or gathering.when is not None:
        return gathering
    months = {
        (m.when.earliest.year, m.when.earliest.month)
        for m in meetings
        if m.occasion == gathering.id
        and m.when is not None
        and (m.when.earliest.year, m.when.earliest.month) == (m.when.latest.year, m.when.latest.month)
    }
    if len(months) != 1:
        return gathering
    ((year, month),) = months
    note = Inference(field="when", note=f"{PROPOSED}: the month of the meetings held at it")
    return attrs.evolve(
        gathering, when=PartialDate(year=year, month=month), inferred=(*gathering.inferred, note)
    )


def with_occasion(meeting: Meeting, renamed: Mapping[str, str]) -> Meeting:
    """``meeting`` with its occasion's id renamed as the occasion's report was."""
    if meeting.occasion is None or meeting.occasion not in renamed:
        return meeting
    return attrs.evolve(meeting, occasion=renamed[meeting.occasion])
