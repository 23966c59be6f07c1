"""A set of records, and the checks that make it a consistent corpus.

[`Records`][summitlib.Records] is the plain content of a corpus: tuples of leaders, issues, meetings,
sources and claims. [`check_records`][summitlib.check_records] finds every problem that stops them forming
a corpus (duplicate ids, references that do not resolve, cycles, quotes that are not in their source) and
fills in evidence offsets. A [`Corpus`][summitlib.Corpus] is built on checked records only.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Mapping
from itertools import chain
from typing import cast

import attrs

from summitlib import _validate as v
from summitlib._suggest import did_you_mean
from summitlib.claims import Claim, SpeakerKind
from summitlib.errors import CorpusError, Problem
from summitlib.model import Issue, Leader, Meeting, Outcome, Role, Source
from summitlib.provenance import Evidence

__all__ = ["Records", "check_records"]


@attrs.frozen(kw_only=True)
class Records:
    """The content of a corpus, in the order it was given.

    Attributes:
        leaders: people who act or speak.
        issues: subjects, in a hierarchy.
        meetings: encounters, held or not.
        sources: the texts.
        claims: who said what.
    """

    leaders: tuple[Leader, ...] = attrs.field(default=(), converter=v.to_tuple)
    issues: tuple[Issue, ...] = attrs.field(default=(), converter=v.to_tuple)
    meetings: tuple[Meeting, ...] = attrs.field(default=(), converter=v.to_tuple)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=v.to_tuple)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=v.to_tuple)

    def __len__(self) -> int:
        return (
            len(self.leaders) + len(self.issues) + len(self.meetings) + len(self.sources) + len(self.claims)
        )

    def counts(self) -> dict[str, int]:
        """How many records of each kind."""
        return {f.name: len(getattr(self, f.name)) for f in attrs.fields(Records)}


class _Checker:
    """Collects problems while walking the records; resolves evidence offsets on the way."""

    def __init__(self, records: Records, assumed: Mapping[str, frozenset[str] | None] | None = None) -> None:
        self.records = records
        self.assumed = assumed or {}
        self.problems: list[Problem] = []
        self.ids: dict[str, dict[str, int]] = {}
        for kind in ("leaders", "issues", "meetings", "sources", "claims"):
            items = getattr(records, kind)
            seen: dict[str, int] = dict(zip(map(_ID, items), range(len(items)), strict=True))
            if len(seen) == len(items):  # no id twice: each maps to its position
                self.ids[kind] = seen
                continue
            seen = {}
            for index, record in enumerate(items):
                if record.id in seen:
                    self.problems.append(
                        Problem(
                            path=f"$.{kind}[{index}].id",
                            message=f"duplicate id {record.id!r}, first used at $.{kind}[{seen[record.id]}]; "
                            "expected ids unique within a kind",
                        )
                    )
                else:
                    seen[record.id] = index
            self.ids[kind] = seen
        self.texts: Mapping[str, str] = {s.id: s.text for s in records.sources}

    def ref(self, kind: str, key: str | None, path: str) -> None:
        if key is None or key in self.ids[kind]:
            return
        if kind in self.assumed:  # ids of records that could not be built (None: not all readable)
            assumed = self.assumed[kind]
            if assumed is None or key in assumed:
                return
        singular = kind[:-1]
        self.problems.append(
            Problem(
                path=path,
                message=f"unknown {singular} id {key!r}; expected the id of one of the {len(self.ids[kind])} "
                f"{kind}{did_you_mean(key, self.ids[kind])}",
            )
        )

    def refs(self, kind: str, keys: Iterable[str], path: str) -> None:
        for index, key in enumerate(keys):
            self.ref(kind, key, f"{path}[{index}]")

    def evidence(self, item: Evidence, path: str) -> Evidence:
        text = self.texts.get(item.source)
        if text is None:
            self.ref("sources", item.source, f"{path}.source")
            return item
        if item.start is not None:
            if item.start + len(item.quote) > len(text):
                self.problems.append(
                    Problem(
                        path=f"{path}.start",
                        message=f"offset {item.start} + quote length {len(item.quote)} is past the end of "
                        f"source {item.source!r} ({len(text)} characters)",
                    )
                )
            elif text[item.start : item.start + len(item.quote)] != item.quote:
                found = text.find(item.quote)
                hint = f"; the quote occurs at offset {found}" if found >= 0 else ""
                self.problems.append(
                    Problem(
                        path=f"{path}.start",
                        message=f"the text of {item.source!r} at {item.start} is "
                        f"{text[item.start : item.start + len(item.quote)]!r}, not the quote{hint}",
                    )
                )
            return attrs.evolve(item, end=item.start + len(item.quote)) if item.end is None else item
        start = text.find(item.quote)
        if start < 0:
            self.problems.append(
                Problem(
                    path=f"{path}.quote",
                    message=f"quote {_short(item.quote)!r} is not in the text of source {item.source!r}; "
                    "expected an exact substring (same spelling, punctuation and quote marks)",
                )
            )
            return item
        return attrs.evolve(item, start=start, end=start + len(item.quote))

    def evidences(self, items: tuple[Evidence, ...], path: str) -> tuple[Evidence, ...]:
        resolved = tuple(self.evidence(e, f"{path}[{i}]") for i, e in enumerate(items))
        return items if _same(resolved, items) else resolved

    def leader(self, leader: Leader, path: str) -> Leader:
        roles = tuple(self.role(r, f"{path}.roles[{i}]") for i, r in enumerate(leader.roles))
        evidence = self.evidences(leader.evidence, f"{path}.evidence")
        if _same(roles, leader.roles) and evidence is leader.evidence:
            return leader
        return attrs.evolve(leader, roles=roles, evidence=evidence)

    def role(self, role: Role, path: str) -> Role:
        evidence = self.evidences(role.evidence, f"{path}.evidence")
        return role if evidence is role.evidence else attrs.evolve(role, evidence=evidence)

    def issue(self, issue: Issue, path: str) -> Issue:
        self.ref("issues", issue.parent, f"{path}.parent")
        evidence = self.evidences(issue.evidence, f"{path}.evidence")
        return issue if evidence is issue.evidence else attrs.evolve(issue, evidence=evidence)

    def meeting(self, meeting: Meeting, path: str) -> Meeting:
        self.refs("leaders", meeting.participants, f"{path}.participants")
        self.ref("meetings", meeting.occasion, f"{path}.occasion")
        self.refs("issues", meeting.issues, f"{path}.issues")
        outcomes = tuple(self.outcome(o, f"{path}.outcomes[{i}]") for i, o in enumerate(meeting.outcomes))
        evidence = self.evidences(meeting.evidence, f"{path}.evidence")
        if _same(outcomes, meeting.outcomes) and evidence is meeting.evidence:
            return meeting
        return attrs.evolve(meeting, outcomes=outcomes, evidence=evidence)

    def quick_meeting(self, meeting: Meeting) -> Meeting | None:
        """`meeting`'s result when nothing is wrong and there are no outcomes, without building the
        paths that only messages need; None means "take the full path" (which reports the problems)."""
        if meeting.outcomes:
            return None
        if not (
            all(map(self.ids["leaders"].__contains__, meeting.participants))
            and all(map(self.ids["issues"].__contains__, meeting.issues))
            and (meeting.occasion is None or meeting.occasion in self.ids["meetings"])
        ):
            return None
        evidence = []
        changed = False
        for item in meeting.evidence:
            resolved = self.quick_evidence(item)
            if resolved is None:
                return None
            evidence.append(resolved)
            changed = changed or resolved is not item
        return attrs.evolve(meeting, outcomes=(), evidence=tuple(evidence)) if changed else meeting

    def quick_meetings(self, meetings: tuple[Meeting, ...]) -> tuple[Meeting, ...] | None:
        """All of ``meetings`` unchanged, when none has outcomes, every id they name is known and every
        evidence offset already points at its quote — checked a field at a time over all meetings, in
        bulk. None means "check them one by one" (which resolves missing offsets and reports problems)."""
        if not meetings or any(map(operator.truth, map(_OUTCOMES, meetings))):
            return None
        leaders, issues, known = self.ids["leaders"].keys(), self.ids["issues"].keys(), self.ids["meetings"]
        occasions = set(map(_OCCASION, meetings))
        occasions.discard(None)
        if not (
            leaders >= set(chain.from_iterable(map(_PARTICIPANTS, meetings)))
            and issues >= set(chain.from_iterable(map(_ISSUES, meetings)))
            and known.keys() >= occasions
        ):
            return None
        evidence = list(chain.from_iterable(map(_EVIDENCE, meetings)))
        texts: list[str | None] = list(map(self.texts.get, map(_SOURCE, evidence)))
        starts, ends = list(map(_START, evidence)), list(map(_END, evidence))
        if None in texts or None in starts or None in ends:
            return None
        found = map(operator.getitem, cast("list[str]", texts), map(slice, starts, ends))
        return meetings if all(map(operator.eq, found, map(_QUOTE, evidence))) else None

    def quick_evidence(self, item: Evidence) -> Evidence | None:
        """`evidence`'s result when the quote is found where it should be, else None."""
        text = self.texts.get(item.source)
        quote, start = item.quote, item.start
        if text is None or not quote:
            return None
        if start is not None:
            if text[start : start + len(quote)] != quote:  # also when past the end (the quote is not empty)
                return None
            return item if item.end is not None else attrs.evolve(item, end=start + len(quote))
        start = text.find(quote)
        if start < 0:
            return None
        return attrs.evolve(item, start=start, end=start + len(quote))

    def outcome(self, outcome: Outcome, path: str) -> Outcome:
        self.refs("issues", outcome.issues, f"{path}.issues")
        evidence = self.evidences(outcome.evidence, f"{path}.evidence")
        return outcome if evidence is outcome.evidence else attrs.evolve(outcome, evidence=evidence)

    def claim(self, claim: Claim, path: str) -> Claim:
        if claim.speaker.kind is SpeakerKind.PERSON:
            self.ref("leaders", claim.speaker.leader, f"{path}.speaker.leader")
        self.refs("meetings", claim.meetings, f"{path}.meetings")
        self.refs("issues", claim.issues, f"{path}.issues")
        self.ref("leaders", claim.subject, f"{path}.subject")
        evidence = self.evidence(claim.evidence, f"{path}.evidence")
        return claim if evidence is claim.evidence else attrs.evolve(claim, evidence=evidence)

    def cycles(self, kind: str, parents: dict[str, str], field: str) -> None:
        """Report each record of ``kind`` that is its own ancestor (``parents``: id → parent id, for
        the records that have a parent)."""
        index = self.ids[kind]
        for key, parent in parents.items():
            position = index[key]
            seen = {key}
            current: str | None = parent
            while current is not None and current in index:
                if current in seen:
                    self.problems.append(
                        Problem(
                            path=f"$.{kind}[{position}].{field}",
                            message=f"{kind[:-1]} {key!r} is its own ancestor through {field}; "
                            "expected a hierarchy without cycles",
                        )
                    )
                    break
                seen.add(current)
                current = parents.get(current)


def check_records(records: Records) -> Records:
    """Check that ``records`` form a consistent corpus and resolve every evidence offset.

    Returns the same records with each [`Evidence`][summitlib.Evidence]'s ``start`` and ``end`` filled in.

    Raises:
        CorpusError: listing every problem found (duplicate ids, unknown ids with close-match suggestions,
            cycles in issue parents or meeting occasions, quotes not in their source, bad offsets).
    """
    checked, problems = _check(records, {})
    if problems:
        raise CorpusError(problems)
    return checked


def consistency_problems(records: Records, assumed: Mapping[str, frozenset[str] | None]) -> list[Problem]:
    """The problems `check_records` finds in ``records``, which are what could be built of a corpus whose
    other records have problems of their own: references to ``assumed`` ids are taken as resolved.

    Args:
        records: the records that could be built.
        assumed: for a kind with records that could not be built, their ids (which other records may
            name), or None when some had no readable id (references to that kind are then not checked).
    """
    return _check(records, assumed)[1]


def _check(records: Records, assumed: Mapping[str, frozenset[str] | None]) -> tuple[Records, list[Problem]]:
    checker = _Checker(records, assumed)
    leaders = tuple(checker.leader(x, f"$.leaders[{i}]") for i, x in enumerate(records.leaders))
    issues = tuple(checker.issue(x, f"$.issues[{i}]") for i, x in enumerate(records.issues))
    meetings = checker.quick_meetings(records.meetings) or tuple(
        quick if (quick := checker.quick_meeting(x)) is not None else checker.meeting(x, f"$.meetings[{i}]")
        for i, x in enumerate(records.meetings)
    )
    claims = tuple(checker.claim(x, f"$.claims[{i}]") for i, x in enumerate(records.claims))
    checker.cycles("issues", {i.id: i.parent for i in records.issues if i.parent is not None}, "parent")
    occasions = {m.id: m.occasion for m in records.meetings if m.occasion is not None}
    checker.cycles("meetings", occasions, "occasion")
    if checker.problems or all(
        _same(new, old)
        for new, old in (
            (leaders, records.leaders),
            (issues, records.issues),
            (meetings, records.meetings),
            (claims, records.claims),
        )
    ):
        return records, checker.problems
    return (
        Records(leaders=leaders, issues=issues, meetings=meetings, sources=records.sources, claims=claims),
        checker.problems,
    )


_ID = operator.attrgetter("id")
_OUTCOMES = operator.attrgetter("outcomes")
_OCCASION = operator.attrgetter("occasion")
_PARTICIPANTS = operator.attrgetter("participants")
_ISSUES = operator.attrgetter("issues")
_EVIDENCE = operator.attrgetter("evidence")
_SOURCE = operator.attrgetter("source")
_QUOTE = operator.attrgetter("quote")
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


def _same(new: tuple[object, ...], old: tuple[object, ...]) -> bool:
    """True when ``new`` holds the very objects of ``old`` (nothing was rebuilt)."""
    return len(new) == len(old) and all(map(operator.is_, new, old))


def _short(quote: str, limit: int = 60) -> str:
    return quote if len(quote) <= limit else quote[: limit - 1] + "…"
