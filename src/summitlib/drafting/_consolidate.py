"""Several drafts, and a corpus, into one set of records: one leader per person, one meeting per encounter.

Drafts are taken in a fixed order (by the digest of their text), people fullest name first and meeting
reports most precisely dated first, so the result does not depend on the order the drafts come in.
An article whose text is already a source of the corpus adds nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Container, Iterable, Mapping
from typing import Any

import attrs

from summitlib._gc import gc_paused
from summitlib._names import fold, normalise
from summitlib.claims import Claim, Speaker, SpeakerKind
from summitlib.dates import PartialDate
from summitlib.drafting._draft import NEW_LEADER, Draft, dated_gathering, with_occasion
from summitlib.drafting._encounters import _STATUS_RANK, PROPOSED, Encounter, merge_fields, window
from summitlib.drafting._naming import meeting_name, short_name
from summitlib.drafting._source import gathering_acronyms, slug, text_digest
from summitlib.model import Leader, Meeting, MeetingFormat
from summitlib.places import Place
from summitlib.provenance import Evidence, Inference
from summitlib.records import Records

__all__ = ["Consolidation", "Merge", "consolidate"]


@attrs.frozen(kw_only=True)
class Merge:
    """One report of a meeting merged into an encounter, and why.

    Attributes:
        meeting: the id of the meeting it became part of.
        source: the id of the source of the report.
        existing: the meeting was already in the corpus (else it is new in this batch).
        reason: the rules it satisfied, in words.
    """

    meeting: str
    source: str
    existing: bool
    reason: str

    def __str__(self) -> str:
        where = "existing meeting" if self.existing else "meeting"
        return f"{self.source} → {where} {self.meeting}: {self.reason}"


@attrs.frozen(kw_only=True)
class Consolidation:
    """The result of [`consolidate`][summitlib.drafting.consolidate].

    Attributes:
        records: the whole corpus: what it held, with the drafts added and merged.
        added: ids of the records added, by kind (``{"meetings": (...), ...}``).
        updated: ids of the corpus's meetings and leaders that gained evidence or values.
        merges: every merge of a report into an encounter, with its reason.
        skipped: ``(draft source id, corpus source id)`` for articles already in the corpus.
        review: what a curator should look at, in words.
    """

    records: Records
    added: Mapping[str, tuple[str, ...]]
    updated: tuple[str, ...] = ()
    merges: tuple[Merge, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()
    review: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        """True when the corpus gained or changed anything."""
        return any(self.added.values()) or bool(self.updated)


def consolidate(drafts: Iterable[Draft], into: Records | None = None) -> Consolidation:
    """Merge ``drafts`` into one another and into the corpus ``into``.

    People are matched by name (full name or alias; a lone surname when only one leader has it), and
    reuse the corpus's ids. Meeting reports are grouped into encounters by the rules of
    `summitlib.drafting` (same participants, compatible dates, format, place and status); an encounter
    the corpus already has keeps its id and the fields a curator has reviewed.

    Args:
        drafts: drafts of articles (see [`draft`][summitlib.draft]).
        into: the corpus's records, or None to start a new corpus.

    Returns:
        A [`Consolidation`][summitlib.drafting.Consolidation]: the records and a report of what was
        added, merged, skipped and needs review.
    """
    with gc_paused(keep=True):  # many small records, all kept: the collector's passes find nothing to free
        return _Consolidator(into or Records()).run(list(drafts))


@dataclasses.dataclass
class _Pending:
    """A draft being added: its records, renamed as needed."""

    records: Records
    known: frozenset[str]
    review: tuple[str, ...]
    unplaced: tuple[tuple[int, str, str], ...] = ()
    leaders: dict[str, str] = dataclasses.field(default_factory=dict)


class _LeaderIndex:
    """Normalised names to leader ids, grown as leaders are added."""

    def __init__(self) -> None:
        self.names: dict[str, set[str]] = {}
        self.surnames: dict[str, set[str]] = {}

    def add(self, leader: Leader) -> None:
        for name in (leader.name, *leader.aliases):
            self.add_name(name, leader.id)
        words = normalise(leader.name).split(" ")
        for start in range(1, len(words)):
            self.surnames.setdefault(" ".join(words[start:]), set()).add(leader.id)

    def add_name(self, name: str, ident: str) -> None:
        key = normalise(name)
        if key:
            self.names.setdefault(key, set()).add(ident)

    def resolve(self, leader: Leader) -> str | None:
        key = normalise(leader.name)
        found = self.names.get(key, set())
        if not found and " " not in key:
            found = self.surnames.get(key, set())
        return next(iter(found)) if len(found) == 1 else None


class _Consolidator:
    def __init__(self, base: Records) -> None:
        self.base = base
        self.leaders: dict[str, Leader] = {leader.id: leader for leader in base.leaders}
        self.index = _LeaderIndex()
        for leader in base.leaders:
            self.index.add(leader)
        self.source_ids = {s.id for s in base.sources}
        self.digests = {text_digest(s.text): s.id for s in base.sources}
        self.published: dict[str, PartialDate | None] = {s.id: s.published for s in base.sources}
        self.meeting_ids = {m.id for m in base.meetings}
        self.updated: dict[str, None] = {}
        self.added: dict[str, list[str]] = {"leaders": [], "meetings": [], "sources": [], "claims": []}
        self.review: list[str] = []
        self.gained: dict[str, tuple[dict[str, None], dict[Evidence, None]]] = {}

    def run(self, drafts: list[Draft]) -> Consolidation:
        pending, skipped = self.sources(drafts)
        self.people(pending)
        meetings, renamed, merges = self.meetings(pending)
        claims = [self.claim(c, p, renamed) for p in pending for c in p.records.claims]
        sources = [s for p in pending for s in p.records.sources]
        self.added["sources"] = [s.id for s in sources]
        self.added["claims"] = [c.id for c in claims]
        base_leaders = [self.leaders[leader.id] for leader in self.base.leaders]
        new_leaders = [self.leaders[i] for i in self.added["leaders"]]
        records = Records(
            leaders=(*base_leaders, *new_leaders),
            issues=self.base.issues,
            meetings=tuple(meetings),
            sources=(*self.base.sources, *sources),
            claims=(*self.base.claims, *claims),
        )
        return Consolidation(
            records=records,
            added={k: tuple(v) for k, v in self.added.items()},
            updated=tuple(self.updated),
            merges=tuple(merges),
            skipped=tuple(skipped),
            review=tuple(self.review),
        )

    # sources --------------------------------------------------------------------------------------

    def sources(self, drafts: list[Draft]) -> tuple[list[_Pending], list[tuple[str, str]]]:
        pending: list[_Pending] = []
        skipped: list[tuple[str, str]] = []
        keyed = sorted(((text_digest(d.source.text), d.source.id, d) for d in drafts), key=lambda k: k[:2])
        for digest, ident, draft in keyed:
            if digest in self.digests:
                skipped.append((ident, self.digests[digest]))
                continue
            final = ident
            if final in self.source_ids:
                final = _unique(f"{ident}-{digest[:8]}", self.source_ids)
            self.source_ids.add(final)
            self.digests[digest] = final
            records = draft.records if final == ident else _rename_source(draft.records, ident, final)
            self.published[final] = records.sources[0].published
            review = tuple(r for r in draft.review if not r.startswith(NEW_LEADER))
            pending.append(
                _Pending(records=records, known=draft.known, review=review, unplaced=draft.unplaced)
            )
        cities = _cities(self.base.meetings, (m for p in pending for m in p.records.meetings))
        for item in pending:
            resolved = _place_unplaced(item, cities)
            source = item.records.sources[0].id
            self.review.extend(f"{source}: {r}" for r in item.review if r not in resolved)
        return pending, skipped

    # people ---------------------------------------------------------------------------------------

    def people(self, pending: list[_Pending]) -> None:
        entries = [(p, leader) for p in pending for leader in p.records.leaders]
        entries.sort(key=lambda e: (-len(e[1].name.split()), -len(e[1].name), e[1].name, e[1].id))
        for item, leader in entries:
            if leader.id in item.known and leader.id in self.leaders:
                item.leaders[leader.id] = leader.id
                continue
            found = self.index.resolve(leader)
            if found is None:
                ident = _unique(leader.id, self.leaders)
                record = attrs.evolve(leader, id=ident) if ident != leader.id else leader
                self.leaders[ident] = record
                self.index.add(record)
                self.added["leaders"].append(ident)
                item.leaders[leader.id] = ident
                if any(i.note.startswith(PROPOSED) for i in record.inferred):
                    self.review.append(f"{NEW_LEADER}{record.name} ({ident}): check name, country and office")
                continue
            item.leaders[leader.id] = found
            self.absorb(found, leader)
        self.gain()

    def absorb(self, ident: str, leader: Leader) -> None:
        """Note a drafted person's other names and evidence for a drafted leader (never a curated one);
        `people` builds each leader once with all of them."""
        current = self.leaders[ident]
        if not any(i.note.startswith(PROPOSED) for i in current.inferred):
            return
        aliases, evidence = self.gained.setdefault(ident, ({}, {}))
        for name in (*leader.aliases, leader.name):
            if name != current.name and name not in current.aliases and name not in aliases:
                aliases[name] = None
                self.index.add_name(name, ident)
        evidence.update(dict.fromkeys(e for e in leader.evidence if e not in current.evidence))

    def gain(self) -> None:
        """Give each drafted leader the names and evidence `absorb` noted."""
        added = set(self.added["leaders"])
        for ident, (aliases, evidence) in self.gained.items():
            current = self.leaders[ident]
            if not aliases and not evidence:
                continue
            self.leaders[ident] = attrs.evolve(
                current, aliases=(*current.aliases, *aliases), evidence=(*current.evidence, *evidence)
            )
            if ident not in added:
                self.updated[ident] = None

    # meetings -------------------------------------------------------------------------------------

    def meetings(self, pending: list[_Pending]) -> tuple[list[Meeting], dict[str, str], list[Merge]]:
        groups: dict[tuple[frozenset[str], str], list[Encounter]] = {}
        for meeting in self.base.meetings:
            encounter = Encounter.start(meeting, self.published, existing=True)
            groups.setdefault(_group(meeting), []).append(encounter)
        reports = [
            attrs.evolve(m, participants=tuple(sorted({p.leaders.get(i, i) for i in m.participants})))
            for p in pending
            for m in p.records.meetings
        ]
        reports.sort(key=self.report_key)
        reasons: dict[int, list[tuple[str, str]]] = {}
        created: list[Encounter] = []
        for report in reports:
            group = groups.setdefault(_group(report), [])
            lo, hi = window(report, self.published)
            fits = _narrowest(
                [
                    e
                    for e in group
                    if e.window[0] <= hi and lo <= e.window[1] and e.refusal(report, self.published) is None
                ]
            )
            if len(fits) == 1:
                reasons.setdefault(id(fits[0]), []).append(
                    (_source_of(report), fits[0].reason(report, self.name))
                )
                fits[0].add(report, self.published)
                continue
            if len(fits) > 1:
                others = ", ".join(self.describe(e) for e in fits)
                self.review.append(f"{report.id}: fits several encounters ({others}); kept apart")
            encounter = Encounter.start(report, self.published)
            group.append(encounter)
            created.append(encounter)
        renamed: dict[str, str] = {}
        merges: list[Merge] = []
        final: dict[int, Meeting] = {}
        ordered = [e for es in groups.values() for e in es]
        ordered.sort(key=lambda e: e.first.format is MeetingFormat.SUMMIT)  # summits last: dated by meetings
        for encounter in ordered:
            if encounter.existing is not None:
                if len(encounter.members) == 1:
                    continue
                ident = encounter.existing.id
                self.updated[ident] = None
            else:
                ident = self.meeting_id(encounter, _month_held_at(encounter, final.values()))
                self.added["meetings"].append(ident)
            meeting = merge_fields(encounter, ident=ident, name=meeting_name(encounter.first, self.leaders))
            if encounter.existing is None:
                meeting = attrs.evolve(meeting, name=meeting_name(meeting, self.leaders))
            final[id(encounter)] = meeting
            renamed.update((m.id, ident) for m in encounter.members if m is not encounter.existing)
            for source, reason in reasons.get(id(encounter), []):
                merges.append(
                    Merge(
                        meeting=ident,
                        source=source,
                        existing=encounter.existing is not None,
                        reason=reason,
                    )
                )
        meetings = [final.get(id(e), e.first) for es in groups.values() for e in es if e.existing is not None]
        order = {m.id: n for n, m in enumerate(self.base.meetings)}
        meetings.sort(key=lambda m: order[m.id])
        meetings += [final[id(e)] for e in created]
        meetings = [with_occasion(m, renamed) for m in meetings]
        fresh = set(self.added["meetings"]) | set(self.updated)
        meetings = [dated_gathering(m, meetings) if m.id in fresh and _drafted(m) else m for m in meetings]
        merges.sort(key=lambda m: (m.meeting, m.source))
        return meetings, renamed, merges

    def report_key(self, meeting: Meeting) -> tuple[Any, ...]:
        lo, hi = window(meeting, self.published)
        return (
            meeting.participants,
            hi - lo,
            lo,
            _STATUS_RANK.index(meeting.status),
            meeting.format.value,
            meeting.id,
        )

    def name(self, ident: str) -> str:
        leader = self.leaders.get(ident)
        return leader.name if leader is not None else ident

    def describe(self, encounter: Encounter) -> str:
        first = encounter.first
        when = f" {first.when}" if first.when is not None else ""
        return f"{first.id if encounter.existing is not None else 'a new meeting'}{when}"

    def meeting_id(self, encounter: Encounter, month: PartialDate | None = None) -> str:
        """A new meeting's id from its participants' short names (a summit's from its name) and its date
        (else ``month``, the month of the meetings held at a summit, else its status)."""
        first = encounter.first
        names = [slug(short_name(self.leaders[p])) if p in self.leaders else p for p in first.participants]
        if first.format is MeetingFormat.SUMMIT:
            names = [slug(first.name, limit=40) or "gathering"]
        when = encounter.merged_when() or month
        tail = str(when).replace("/", "--") if when is not None else first.status.value.replace("_", "-")
        call = "-call" if first.format.is_call else ""
        base = "-".join(sorted(n for n in names if n)) + f"-{tail}{call}"
        ident = _unique(base, self.meeting_ids)
        self.meeting_ids.add(ident)
        return ident

    # claims ---------------------------------------------------------------------------------------

    def claim(self, claim: Claim, pending: _Pending, renamed: Mapping[str, str]) -> Claim:
        speaker = claim.speaker
        if speaker.kind is SpeakerKind.PERSON and speaker.leader is not None:
            speaker = Speaker.person(pending.leaders.get(speaker.leader, speaker.leader))
        subject = pending.leaders.get(claim.subject, claim.subject) if claim.subject else None
        meetings = tuple(dict.fromkeys(renamed.get(m, m) for m in claim.meetings))
        if speaker == claim.speaker and subject == claim.subject and meetings == claim.meetings:
            return claim
        return attrs.evolve(claim, speaker=speaker, subject=subject, meetings=meetings)


def _group(meeting: Meeting) -> tuple[frozenset[str], str]:
    """Where to look for a report's encounters: the same participants (and a summit among summits that
    share the first acronym of their names, so that summits are not all compared with each other)."""
    key = ""
    if meeting.format is MeetingFormat.SUMMIT:
        key = min(gathering_acronyms(meeting.name), default="")
    return (frozenset(meeting.participants), key)


def _cities(*groups: Iterable[Meeting]) -> dict[str, str]:
    """The country of each city the meetings are placed in (the first place given, in order)."""
    cities: dict[str, str] = {}
    for meetings in groups:
        for meeting in meetings:
            if meeting.place is not None and meeting.place.city:
                cities.setdefault(fold(meeting.place.city), meeting.place.country)
    return cities


def _place_unplaced(item: _Pending, cities: Mapping[str, str]) -> set[str]:
    """Place ``item``'s meetings whose city its text names without a country, when ``cities`` knows it;
    the review notes that are then settled."""
    meetings = list(item.records.meetings)
    settled: set[str] = set()
    for position, city, note in item.unplaced:
        country = cities.get(fold(city))
        if country is None or meetings[position].place is not None:
            continue
        meeting = meetings[position]
        why = Inference(
            field="place",
            note=f"{PROPOSED}: “{city}” in {meeting.evidence[0].source if meeting.evidence else 'the text'}, "
            f"in {country} as another report or the corpus places it",
        )
        inferred = tuple(
            sorted((*(i for i in meeting.inferred if i.field != "place"), why), key=lambda i: i.field)
        )
        meetings[position] = attrs.evolve(meeting, place=Place(country=country, city=city), inferred=inferred)
        settled.add(note)
    if settled:
        item.records = attrs.evolve(item.records, meetings=tuple(meetings))
    return settled


def _month_held_at(encounter: Encounter, meetings: Iterable[Meeting]) -> PartialDate | None:
    """For a summit, the one month of the meetings held at it (their occasion is one of its reports)."""
    if encounter.first.format is not MeetingFormat.SUMMIT:
        return None
    reports = {m.id for m in encounter.members}
    months = {
        (m.when.earliest.year, m.when.earliest.month)
        for m in meetings
        if m.occasion in reports
        and m.when is not None
        and m.when.latest.month == m.when.earliest.month
        and m.when.latest.year == m.when.earliest.year
    }
    if len(months) != 1:
        return None
    ((year, month),) = months
    return PartialDate(year=year, month=month)


def _drafted(meeting: Meeting) -> bool:
    return any(i.note.startswith(PROPOSED) for i in meeting.inferred)


def _narrowest(fits: list[Encounter]) -> list[Encounter]:
    """Of several encounters a report fits, the one whose dates are known most narrowly, when only one
    is (a report of 16 June fits the meeting of 16 June better than an undated plan); else all."""
    if len(fits) < 2:
        return fits
    width = [e.window[1] - e.window[0] for e in fits]
    best = min(width)
    return [fits[width.index(best)]] if width.count(best) == 1 else fits


def _source_of(meeting: Meeting) -> str:
    return meeting.evidence[0].source if meeting.evidence else ""


def _unique(ident: str, used: Container[str]) -> str:
    if ident not in used:
        return ident
    number = 2
    while f"{ident}-{number}" in used:
        number += 1
    return f"{ident}-{number}"


def _rename_source(records: Records, old: str, new: str) -> Records:
    """``records`` of one draft with its source id ``old`` renamed ``new`` (in ids and evidence)."""

    def evidence(items: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
        return tuple(attrs.evolve(e, source=new) if e.source == old else e for e in items)

    def ident(value: str) -> str:
        return new + value[len(old) :] if value.startswith(old + ".") else value

    sources = tuple(attrs.evolve(s, id=new) if s.id == old else s for s in records.sources)
    leaders = tuple(
        attrs.evolve(x, evidence=evidence(x.evidence), note=_renote(x.note, old, new))
        for x in records.leaders
    )
    meetings = tuple(attrs.evolve(m, id=ident(m.id), evidence=evidence(m.evidence)) for m in records.meetings)
    claims = tuple(
        attrs.evolve(
            c,
            id=ident(c.id),
            evidence=attrs.evolve(c.evidence, source=new) if c.evidence.source == old else c.evidence,
            meetings=tuple(ident(m) for m in c.meetings),
        )
        for c in records.claims
    )
    return Records(leaders=leaders, issues=records.issues, meetings=meetings, sources=sources, claims=claims)


def _renote(note: str | None, old: str, new: str) -> str | None:
    return note.replace(f"source {old}.", f"source {new}.") if note else note
