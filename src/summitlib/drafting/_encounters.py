"""When two reports of a meeting describe one encounter, and what the encounter looks like then.

The rules, applied to reports of the **same set of participants** only:

1. **Dates compatible at their precision.** Each report has a window of days: its date when it gives one
   ("2022-11" is all of November); an undated report is placed by its status relative to the publication
   of its sources — a *held* meeting took place on or before publication, a *planned*, *proposed* or
   *possible* one on or after it (a report whose status the text gives no cue for is not placed).
   Reports merge only when all their windows share a day, so a meeting held in July and one held in
   November never merge, nor does a held meeting with one planned later.
2. **Compatible format.** A call (phone or video) never merges with a meeting in person, nor a gathering
   (a summit, which names the occasion of meetings held at it) with anything but a gathering of the same
   name ("G-20 summit" and "G20 summit in Bali" agree).
   An encounter nothing places in time (undated, its status without a cue) takes a dated report only
   when both give the same place.
3. **Compatible place.** When both give a place: the same city when both name one, else the same country.
4. **Compatible status.** A held meeting never merges with a cancelled, postponed or ruled-out one, and a
   hypothetical meeting ("if they met") with nothing but another hypothetical one. A planned meeting and
   the reports of it being held, or called off, are one encounter.
5. **One source, one account.** Two reports from the same source with different stated statuses are
   different encounters (the source tells them apart itself) — except a plan and its holding ("they had
   expected to meet for five hours but spent less than three together"), a plan or proposal and its fate
   (cancelled, postponed, ruled out), and a postponement and a cancellation. Within one source, an undated
   report joins the source's one dated encounter of the same participants when nothing else keeps them
   apart: an article tells its encounters apart by their dates.

Merging keeps the tightest date, the most specific place and format, and the most definite status (held,
then cancelled, postponed, ruled out, then planned, proposed, possible); each is marked as proposed by
extraction. Every rule is a pure function of the reports, so the result does not depend on their order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping

import attrs

from summitlib._names import fold
from summitlib.dates import DateSpan, PartialDate, When
from summitlib.drafting._source import gathering_key
from summitlib.model import Meeting, MeetingFormat, MeetingStatus
from summitlib.places import Place
from summitlib.provenance import Evidence, Inference

__all__ = ["PROPOSED", "Encounter", "Window", "is_proposed", "merge_fields", "window"]

PROPOSED = "proposed by extraction"
"""How every Inference note written by drafting begins: the value awaits a curator's review."""

_MIN, _MAX = dt.date.min.toordinal(), dt.date.max.toordinal()

Window = tuple[int, int]
"""A closed range of days as ordinals (``_MIN``/``_MAX`` for open ends)."""

_OFF = frozenset({MeetingStatus.CANCELLED, MeetingStatus.POSTPONED, MeetingStatus.RULED_OUT})
_AHEAD = frozenset({MeetingStatus.PLANNED, MeetingStatus.PROPOSED, MeetingStatus.POSSIBLE})
_HELD, _PLANNED, _PROPOSED = MeetingStatus.HELD, MeetingStatus.PLANNED, MeetingStatus.PROPOSED
_ACCOUNTS = {
    frozenset({_HELD, _PLANNED}),  # a plan and its holding
    *(frozenset({ahead, off}) for ahead in (_PLANNED, _PROPOSED) for off in _OFF),  # a plan and its fate
    frozenset({_PLANNED, _PROPOSED}),
    *(frozenset({a, b}) for a in _OFF for b in _OFF if a is not b),  # put off, then called off
}
"""Pairs of different statuses one source may give reports of one encounter."""


def _one_account(first: MeetingStatus, second: MeetingStatus) -> bool:
    return first is second or frozenset({first, second}) in _ACCOUNTS


_STATUS_RANK = (
    MeetingStatus.HELD,
    MeetingStatus.CANCELLED,
    MeetingStatus.POSTPONED,
    MeetingStatus.RULED_OUT,
    MeetingStatus.PLANNED,
    MeetingStatus.PROPOSED,
    MeetingStatus.POSSIBLE,
    MeetingStatus.HYPOTHETICAL,
)
_FORMAT_RANK = (
    MeetingFormat.VIDEO_CALL,
    MeetingFormat.PHONE_CALL,
    MeetingFormat.SIDELINE,
    MeetingFormat.BILATERAL,
    MeetingFormat.INFORMAL_ENCOUNTER,
    MeetingFormat.MULTILATERAL,
    MeetingFormat.SUMMIT,
    MeetingFormat.OTHER,
)


def is_proposed(meeting: Meeting, field: str) -> bool:
    """True when ``field`` of ``meeting`` was proposed by extraction and not yet reviewed."""
    return any(i.field == field and i.note.startswith(PROPOSED) for i in meeting.inferred)


def window(meeting: Meeting, published: Mapping[str, PartialDate | None]) -> Window:
    """The days ``meeting`` may have taken (or may take) place, by rule 1.

    Args:
        meeting: a report or an encounter.
        published: publication dates by source id.
    """
    if meeting.when is not None:
        return (meeting.when.earliest.toordinal(), meeting.when.latest.toordinal())
    if is_proposed_without_cue(meeting):  # no status cue: nothing places it before or after publication
        return (_MIN, _MAX)
    dates = [d for d in (published.get(e.source) for e in meeting.evidence) if d is not None]
    if not dates:
        return (_MIN, _MAX)
    if meeting.status is MeetingStatus.HELD:
        return (_MIN, min(d.latest for d in dates).toordinal())
    if meeting.status in _AHEAD:
        return (max(d.earliest for d in dates).toordinal(), _MAX)
    return (_MIN, _MAX)


def _is_call(meeting: Meeting) -> bool:
    return meeting.format.is_call


def _sources(meeting: Meeting) -> frozenset[str]:
    return frozenset(e.source for e in meeting.evidence)


def _stated_status(meeting: Meeting) -> MeetingStatus | None:
    """The status the text gives: by a cue, or by a date before or after publication (a dated meeting
    without a cue was held, or is planned); None for an undated report without a cue."""
    return None if meeting.when is None and is_proposed_without_cue(meeting) else meeting.status


def _stated_set(meeting: Meeting) -> set[MeetingStatus]:
    stated = _stated_status(meeting)
    return set() if stated is None else {stated}


def is_proposed_without_cue(meeting: Meeting) -> bool:
    """True when the status was taken by default, the text giving no cue for it."""
    return any(i.field == "status" and "no status cue" in i.note for i in meeting.inferred)


@attrs.define
class Encounter:
    """A group of reports found to describe one encounter (mutable while consolidating).

    Attributes:
        members: the reports (meetings), in the order they joined; an existing meeting comes first.
        existing: the meeting of the corpus the reports are merged into, if any.
        window: the days every member allows.
        statuses: the statuses the members' sources state (not those taken by default).
        stated: per source, the statuses it states.
    """

    members: list[Meeting]
    existing: Meeting | None
    window: Window
    statuses: set[MeetingStatus]
    stated: dict[str, set[MeetingStatus]]

    @classmethod
    def start(
        cls, meeting: Meeting, published: Mapping[str, PartialDate | None], *, existing: bool = False
    ) -> Encounter:
        """An encounter of one report (or of an existing meeting, which keeps its id)."""
        encounter = cls(
            members=[meeting],
            existing=meeting if existing else None,
            window=window(meeting, published),
            statuses=_stated_set(meeting),
            stated={},
        )
        encounter._note_sources(meeting)
        return encounter

    @property
    def first(self) -> Meeting:
        """The first member (the existing meeting, when there is one)."""
        return self.members[0]

    def _note_sources(self, meeting: Meeting) -> None:
        stated = _stated_status(meeting)
        if stated is None:
            return
        for source in _sources(meeting):
            self.stated.setdefault(source, set()).add(stated)

    def refusal(
        self, meeting: Meeting, published: Mapping[str, PartialDate | None], *, dates: bool = True
    ) -> str | None:
        """Why ``meeting`` is not part of this encounter, or None when it is (rules 1–5; rule 1 only
        when ``dates``)."""
        first = self.first
        if frozenset(meeting.participants) != frozenset(first.participants):
            return "different participants"
        if _is_call(meeting) != _is_call(first):
            return "a call and a meeting in person"
        summits = (meeting.format is MeetingFormat.SUMMIT, first.format is MeetingFormat.SUMMIT)
        if any(summits):
            if not all(summits):
                return "a gathering and a meeting held at one"
            if not _same_gathering(meeting.name, first.name):
                return "gatherings of different names"
        lo, hi = window(meeting, published)
        if dates and max(lo, self.window[0]) > min(hi, self.window[1]):
            return "dates that do not overlap"
        if dates and meeting.when is not None and self.window == (_MIN, _MAX):
            place = self.place()
            if place is None or meeting.place is None or not _same_place(place, meeting.place):
                return "a dated report and an encounter nothing places in time (and no common place)"
        statuses = self.statuses | _stated_set(meeting)
        if MeetingStatus.HELD in statuses and statuses & _OFF:
            return "a held meeting and one called off"
        if MeetingStatus.HYPOTHETICAL in statuses and len(statuses) > 1:
            return "a hypothetical meeting and a real one"
        place = self.place()
        if place is not None and meeting.place is not None and not _same_place(place, meeting.place):
            return "different places"
        stated = _stated_status(meeting)
        if stated is not None:
            for source in _sources(meeting):
                if not all(_one_account(stated, other) for other in self.stated.get(source, ())):
                    return "one source telling two encounters apart"
        return None

    def absorb(self, other: Encounter, published: Mapping[str, PartialDate | None]) -> bool:
        """Take in ``other``, an undated encounter of the same source, when nothing but its dates keeps
        it apart (its window comes from the publication date only); this encounter's dates stay."""
        if any(self.refusal(m, published, dates=False) is not None for m in other.members):
            return False
        for member in other.members:
            self.add(member, published, dates=False)
        return True

    def reason(self, meeting: Meeting, namer: Callable[[str], str]) -> str:
        """Why ``meeting`` was merged: the rules it satisfied, in words."""
        who = " and ".join(namer(p) for p in sorted(meeting.participants))
        same = f"same gathering ({meeting.name})" if not who else f"same participants ({who})"
        when = str(meeting.when) if meeting.when is not None else "undated"
        merged = self.merged_when()
        dates = f"{when} fits {merged}" if merged is not None else f"{when}, {meeting.status.value}"
        kind = "calls" if _is_call(meeting) else "in person"
        place = self.place()
        where = f", places agree ({meeting.place})" if meeting.place is not None and place is not None else ""
        return f"{same}, dates compatible ({dates}), both {kind}{where}"

    def add(
        self, meeting: Meeting, published: Mapping[str, PartialDate | None], *, dates: bool = True
    ) -> None:
        """Make ``meeting`` a member (after `refusal` returned None); its window narrows the
        encounter's when ``dates``."""
        if dates:
            lo, hi = window(meeting, published)
            self.window = (max(lo, self.window[0]), min(hi, self.window[1]))
        self.members.append(meeting)
        self.statuses |= _stated_set(meeting)
        self._note_sources(meeting)

    def place(self) -> Place | None:
        """The most specific place of the members."""
        places = [m.place for m in self.members if m.place is not None]
        return min(places, key=_place_key) if places else None

    def merged_when(self) -> When | None:
        """The tightest date every dated member allows."""
        return _tightest([m.when for m in self.members if m.when is not None])


def _same_gathering(first: str, second: str) -> bool:
    """Gatherings agree when the words of one name are all in the other ("G-20 summit", "G20 summit in
    Bali")."""
    a, b = set(gathering_key(first).split()), set(gathering_key(second).split())
    return bool(a and b) and (a <= b or b <= a)


def _place_key(place: Place) -> tuple[int, str]:
    return (-(place.venue is not None) * 2 - (place.city is not None), str(place))


def _same_place(first: Place, second: Place) -> bool:
    """Places agree when they name the same city (whatever country each was given: a city's country is
    the cue extraction gets wrong most), else when they are in the same country."""
    if first.city is not None and second.city is not None:
        return fold(first.city) == fold(second.city)
    return first.country == second.country


def _tightest(values: list[When]) -> When | None:
    if not values:
        return None
    lo = max(v.earliest for v in values)
    hi = min(v.latest for v in values)
    if lo > hi:  # cannot happen for members of one encounter; keep the widest to stay safe
        lo, hi = min(v.earliest for v in values), max(v.latest for v in values)
    for value in sorted(values, key=lambda v: (v.latest - v.earliest, str(v))):
        if value.earliest == lo and value.latest == hi:
            return value
    start, end = PartialDate.from_date(lo), PartialDate.from_date(hi)
    return start if lo == hi else DateSpan(start=start, end=end)


def _evidence_key(item: Evidence) -> tuple[str, int, str]:
    return (item.source, item.start if item.start is not None else -1, item.quote)


def merge_fields(encounter: Encounter, *, ident: str, name: str) -> Meeting:
    """The meeting an encounter's members make together.

    An existing meeting keeps every field a curator has reviewed (one not marked as proposed by
    extraction, unless it is an empty field of a meeting that is still a draft); the others take the
    tightest date, most specific place, most definite status and format of all members. Evidence is
    the union of the members' evidence.
    """
    members = encounter.members
    base = encounter.existing
    evidence = tuple(sorted({e for m in members for e in m.evidence}, key=_evidence_key))
    count = len({e.source for e in evidence})
    stated = [m.status for m in members if _stated_status(m) is not None]
    status = min(stated or [m.status for m in members], key=_STATUS_RANK.index)
    format_ = min((m.format for m in members), key=_FORMAT_RANK.index)
    occasion = next((m.occasion for m in members if m.occasion is not None), None)
    fields: dict[str, object] = {
        "when": encounter.merged_when(),
        "place": encounter.place(),
        "status": status,
        "format": format_,
        "occasion": occasion,
    }
    inferred: dict[str, Inference] = {}
    drafted = base is not None and any(i.note.startswith(PROPOSED) for i in base.inferred)
    for field, value in fields.items():
        open_ = drafted and getattr(base, field) is None  # a draft's unknown may be filled in
        if base is not None and not is_proposed(base, field) and not open_:
            fields[field] = getattr(base, field)
            continue
        notes = _notes(members, field, value)
        if notes:
            inferred[field] = Inference(field=field, note=notes)
    for field in ("participants", "name"):
        if base is None or is_proposed(base, field):
            note = f"{PROPOSED} from {count} source{'s' if count != 1 else ''}; review"
            inferred[field] = Inference(field=field, note=note)
    if base is not None:
        for item in base.inferred:
            inferred.setdefault(item.field, item)
    keep_name = base is not None and not is_proposed(base, "name")
    return Meeting(
        id=ident,
        name=base.name if keep_name and base is not None else name,
        format=fields["format"],  # type: ignore[arg-type]
        status=fields["status"],  # type: ignore[arg-type]
        participants=tuple(sorted(encounter.first.participants)),
        when=fields["when"],  # type: ignore[arg-type]
        place=fields["place"],  # type: ignore[arg-type]
        occasion=fields["occasion"],  # type: ignore[arg-type]
        issues=tuple(dict.fromkeys(i for m in members for i in m.issues)),
        outcomes=base.outcomes if base is not None else (),
        evidence=evidence,
        inferred=tuple(sorted(inferred.values(), key=lambda i: i.field)),
        note=base.note if base is not None else None,
    )


def _notes(members: Iterable[Meeting], field: str, value: object) -> str | None:
    if value is None:
        return None
    notes = sorted(
        {i.note for m in members for i in m.inferred if i.field == field and getattr(m, field) == value}
    )
    if not notes:
        return None
    if len(notes) == 1:
        return notes[0]
    parts: dict[str, None] = {}
    for note in notes:
        merged = _MERGED.match(note)
        if merged:
            parts.update(dict.fromkeys(merged.group(1).split(_SEPARATOR)))
        else:
            parts[note.removeprefix(PROPOSED).lstrip(": ")] = None
    return f"{PROPOSED} from {len(parts)} reports: " + _SEPARATOR.join(parts)


_SEPARATOR = " | "
_MERGED = re.compile(re.escape(PROPOSED) + r" from \d+ reports: (.*)\Z", re.DOTALL)
