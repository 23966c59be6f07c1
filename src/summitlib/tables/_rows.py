"""The columns of each table, built from records one column list at a time (no pyarrow needed here)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import combinations
from typing import Any

from summitlib.claims import Claim, Label, Number, SpeakerKind
from summitlib.dates import DateSpan, PartialDate, When
from summitlib.durations import DurationRange
from summitlib.model import Issue, Leader, Meeting, Source
from summitlib.provenance import Evidence
from summitlib.tables._schema import table_spec

__all__ = ["Columns", "Context", "columns_of"]

Columns = dict[str, list[Any]]


class Context:
    """What rows need beyond their own record: the leaders of the corpus, by id, and options."""

    __slots__ = ("_info", "leaders", "source_text")

    def __init__(self, leaders: Mapping[str, Leader], *, source_text: bool = True) -> None:
        self.leaders = leaders
        self.source_text = source_text
        self._info: dict[str, tuple[tuple[bool, str, str], str, str, str | None]] = {}

    def leader_info(self, ident: str) -> tuple[tuple[bool, str, str], str, str, str | None]:
        """(dyad order key, id, name, country) of a leader: dyads order by country (null last), then id."""
        found = self._info.get(ident)
        if found is None:
            leader = self.leaders[ident]
            key = (leader.country is None, leader.country or "", leader.id)
            found = self._info[ident] = (key, leader.id, leader.name, leader.country)
        return found


def column_names(table: str) -> list[str]:
    """The column names of ``table``, in order."""
    return [c.name for c in table_spec(table).columns]


def _columns(names: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> Columns:
    """Columns of ``rows`` (tuples in the order of ``names``)."""
    return {name: [row[index] for row in rows] for index, name in enumerate(names)}


def _empty(names: Iterable[str]) -> Columns:
    return {n: [] for n in names}


def _add_dates(out: Columns, prefix: str, when: When | None) -> None:
    if when is None:
        out[f"{prefix}_earliest"].append(None)
        out[f"{prefix}_latest"].append(None)
        out[f"{prefix}_precision"].append(None)
    else:
        out[f"{prefix}_earliest"].append(when.earliest)
        out[f"{prefix}_latest"].append(when.latest)
        out[f"{prefix}_precision"].append(when.precision.value)


def _evidence(out: Columns, kind: str, ident: str, part: int | None, items: Iterable[Evidence]) -> None:
    for item in items:
        out["record_kind"].append(kind)
        out["record_id"].append(ident)
        out["part"].append(part)
        out["source"].append(item.source)
        out["quote"].append(item.quote)
        out["start"].append(item.start)
        out["end"].append(item.end)


_EVIDENCE = ("record_kind", "record_id", "part", "source", "quote", "start", "end")


def meetings(items: Sequence[Meeting], context: Context) -> dict[str, Columns]:
    """The meetings, participants, dyads, meeting_issues, outcomes and evidence columns of ``items``."""
    whens = [m.when for m in items]
    places = [m.place for m in items]
    main: Columns = {
        "id": [m.id for m in items],
        "name": [m.name for m in items],
        "status": [m.status.value for m in items],
        "format": [m.format.value for m in items],
        "when": [None if w is None else str(w) for w in whens],
        "earliest": [None if w is None else w.earliest for w in whens],
        "latest": [None if w is None else w.latest for w in whens],
        "precision": [None if w is None else w.precision.value for w in whens],
        "country": [None if p is None else p.country for p in places],
        "city": [None if p is None else p.city for p in places],
        "venue": [None if p is None else p.venue for p in places],
        "occasion": [m.occasion for m in items],
        "participants": [len(m.participants) for m in items],
        "note": [m.note for m in items],
    }
    people: list[tuple[str, str, str, str | None]] = []
    pairs: list[tuple[str, str, str, str, str, str | None, str | None]] = []
    topics = _empty(("meeting", "issue"))
    outcomes = _empty(("meeting", "number", "description", "issues"))
    evidence = _empty(_EVIDENCE)
    info = context.leader_info
    for meeting in items:
        ident = meeting.id
        present = [info(p) for p in meeting.participants]
        people += [(ident, x[1], x[2], x[3]) for x in present]
        if len(present) == 2:  # most meetings: one pair, in order without sorting
            a, b = present if present[0] <= present[1] else present[::-1]
            pairs.append((ident, a[1], b[1], a[2], b[2], a[3], b[3]))
        else:
            pairs.extend(
                (ident, a[1], b[1], a[2], b[2], a[3], b[3]) for a, b in combinations(sorted(present), 2)
            )
        for issue in meeting.issues:
            topics["meeting"].append(ident)
            topics["issue"].append(issue)
        for number, outcome in enumerate(meeting.outcomes):
            outcomes["meeting"].append(ident)
            outcomes["number"].append(number)
            outcomes["description"].append(outcome.description)
            outcomes["issues"].append(list(outcome.issues))
        _evidence(evidence, "meeting", ident, None, meeting.evidence)
        for number, outcome in enumerate(meeting.outcomes):
            _evidence(evidence, "outcome", ident, number, outcome.evidence)
    return {
        "meetings": main,
        "participants": _columns(("meeting", "leader", "name", "country"), people),
        "dyads": _columns(
            ("meeting", "leader_a", "leader_b", "name_a", "name_b", "country_a", "country_b"), pairs
        ),
        "meeting_issues": topics,
        "outcomes": outcomes,
        "evidence": evidence,
    }


def _value_columns(value: object) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"value_kind": "bool", "value": "true" if value else "false", "boolean": value}
    if isinstance(value, Label):
        return {"value_kind": "label", "value": value.text, "label": value.text}
    if isinstance(value, DurationRange):
        return {
            "value_kind": "duration",
            "value": str(value),
            "minutes_min": value.minimum,
            "minutes_max": value.maximum,
            "approximate": value.approximate,
        }
    if isinstance(value, PartialDate | DateSpan):
        return {"value_kind": "date", "value": str(value), "date": value}
    if isinstance(value, Number):
        return {"value_kind": "number", "value": str(value), "number": float(value.value), "unit": value.unit}
    raise TypeError(f"unexpected claim value {value!r}")  # pragma: no cover - Claim validates its value


_VALUE_COLUMNS = ("label", "minutes_min", "minutes_max", "approximate", "number", "unit", "boolean")


def claims(items: Sequence[Claim], context: Context) -> dict[str, Columns]:
    """The claims, claim_meetings, claim_issues and evidence columns of ``items``."""
    main = _empty(column_names("claims"))
    about_meetings = _empty(("claim", "meeting"))
    about_issues = _empty(("claim", "issue"))
    evidence = _empty(_EVIDENCE)
    for claim in items:
        speaker = claim.speaker
        main["id"].append(claim.id)
        main["speaker_kind"].append(speaker.kind.value)
        main["speaker_id"].append(speaker.leader)
        if speaker.kind is SpeakerKind.PERSON and speaker.leader is not None:
            main["speaker_name"].append(context.leaders[speaker.leader].name)
        else:
            main["speaker_name"].append(speaker.name)
        main["topic"].append(claim.topic)
        main["subject"].append(claim.subject)
        value = _value_columns(claim.value)
        main["value_kind"].append(value["value_kind"])
        main["value"].append(value["value"])
        for name in _VALUE_COLUMNS:
            main[name].append(value.get(name))
        _add_dates(main, "date", value.get("date"))
        _add_dates(main, "said", claim.said_on)
        main["source"].append(claim.source)
        main["note"].append(claim.note)
        for meeting in claim.meetings:
            about_meetings["claim"].append(claim.id)
            about_meetings["meeting"].append(meeting)
        for issue in claim.issues:
            about_issues["claim"].append(claim.id)
            about_issues["issue"].append(issue)
        _evidence(evidence, "claim", claim.id, None, (claim.evidence,))
    return {
        "claims": main,
        "claim_meetings": about_meetings,
        "claim_issues": about_issues,
        "evidence": evidence,
    }


def leaders(items: Sequence[Leader], context: Context) -> dict[str, Columns]:
    """The leaders, roles and evidence columns of ``items``."""
    main: Columns = {
        "id": [x.id for x in items],
        "name": [x.name for x in items],
        "country": [x.country for x in items],
        "aliases": [list(x.aliases) for x in items],
        "note": [x.note for x in items],
    }
    roles = _empty(column_names("roles"))
    evidence = _empty(_EVIDENCE)
    for leader in items:
        _evidence(evidence, "leader", leader.id, None, leader.evidence)
        for number, role in enumerate(leader.roles):
            roles["leader"].append(leader.id)
            roles["number"].append(number)
            roles["title"].append(role.title)
            roles["kind"].append(role.kind.value)
            roles["country"].append(role.country)
            _add_dates(roles, "start", role.start)
            _add_dates(roles, "end", role.end)
            _evidence(evidence, "role", leader.id, number, role.evidence)
    return {"leaders": main, "roles": roles, "evidence": evidence}


def issues(items: Sequence[Issue], context: Context) -> dict[str, Columns]:
    """The issues and evidence columns of ``items``."""
    main: Columns = {
        "id": [x.id for x in items],
        "name": [x.name for x in items],
        "parent": [x.parent for x in items],
        "aliases": [list(x.aliases) for x in items],
        "note": [x.note for x in items],
    }
    evidence = _empty(_EVIDENCE)
    for issue in items:
        _evidence(evidence, "issue", issue.id, None, issue.evidence)
    return {"issues": main, "evidence": evidence}


def sources(items: Sequence[Source], context: Context) -> dict[str, Columns]:
    """The sources columns of ``items``."""
    main = _empty(column_names("sources"))
    for source in items:
        main["id"].append(source.id)
        main["kind"].append(source.kind.value)
        main["title"].append(source.title)
        main["publisher"].append(source.publisher)
        main["authors"].append(list(source.authors))
        _add_dates(main, "published", source.published)
        main["url"].append(source.url)
        main["language"].append(source.language)
        main["text"].append(source.text if context.source_text else None)
        main["note"].append(source.note)
    return {"sources": main}


columns_of: dict[str, Callable[[Sequence[Any], Context], dict[str, Columns]]] = {
    "leaders": leaders,
    "issues": issues,
    "meetings": meetings,
    "sources": sources,
    "claims": claims,
}
"""For each record kind, the function building the columns of the tables its records fill."""
