"""Archigos tenures as summitlib leaders, an index of who led which country on a day, and office checks.

[`tenure_leaders`][summitlib.importers.tenure_leaders] makes one
[`Leader`][summitlib.Leader] per Archigos person (``leadid``) with one [`Role`][summitlib.Role] per tenure
and country; [`ArchigosIndex`][summitlib.importers.ArchigosIndex] answers "who led Russia on 2001-06-16";
[`check_in_office`][summitlib.importers.check_in_office] flags meeting participants who held no office on
the meeting's date.

Role kinds: Archigos does not say whether the effective leader was head of state or of government. Roles
are ``HEAD_OF_GOVERNMENT`` in the parliamentary systems listed in ``PARLIAMENTARY`` (where the effective
leader is the prime minister or chancellor) and ``HEAD_OF_STATE`` elsewhere — an approximation, recorded
as one: every leader carries an [`Inference`][summitlib.Inference] on ``roles`` saying so.
"""

from __future__ import annotations

import datetime as dt
import urllib.parse
from collections.abc import Iterable, Iterator

from summitlib._gc import gc_paused
from summitlib.dates import PartialDate, When, parse_when
from summitlib.errors import Problem
from summitlib.importers._report import ImportReport
from summitlib.importers._tabular import PathLike
from summitlib.importers.archigos import Tenure, read_tenures
from summitlib.importers.candidates import GdeltMeetingCandidate
from summitlib.model import Leader, Meeting, Role, RoleKind
from summitlib.provenance import Inference

__all__ = [
    "PARLIAMENTARY",
    "ArchigosIndex",
    "check_in_office",
    "read_archigos",
    "side_leaders",
    "tenure_leaders",
]

_PARLIAMENTARY = """
AUS AUT BEL BHS BLZ BRB CAN CZE DEU DNK ESP EST GBR GRC HUN IND IRL ISL ISR ITA JAM JPN LUX LVA MLT MYS
NLD NOR NZL PNG PRT SGP SLB SVK SVN SWE TTO
"""
PARLIAMENTARY: frozenset[str] = frozenset(_PARLIAMENTARY.split())
"""ISO codes of the countries whose effective leader summitlib records as head of government."""


def _leader_name(tenure: Tenure) -> str:
    if tenure.dbpedia and "/resource/" in tenure.dbpedia:
        slug = urllib.parse.unquote(tenure.dbpedia.rsplit("/resource/", 1)[1]).replace("_", " ").strip()
        if slug:
            return slug
    return tenure.name


def _roles(tenure: Tenure) -> list[Role]:
    found = []
    for first, last, code in tenure.countries():
        kind = RoleKind.HEAD_OF_GOVERNMENT if code in PARLIAMENTARY else RoleKind.HEAD_OF_STATE
        found.append(
            Role(
                title=f"effective leader of {code or tenure.idacr} (Archigos {tenure.obsid})",
                kind=kind,
                country=code,
                start=PartialDate.from_date(first),
                end=None if tenure.still_in_office and last == tenure.end else PartialDate.from_date(last),
            )
        )
    return found


def tenure_leaders(tenures: Iterable[Tenure]) -> tuple[Leader, ...]:
    """One [`Leader`][summitlib.Leader] per Archigos person, with a role per tenure and country.

    Ids are ``archigos-<leadid>``; the name comes from the DBpedia URI when Archigos gives one
    ("Vladimir Putin"), else Archigos' short name, which is kept as an alias ("Putin").
    """
    by_person: dict[str, list[Tenure]] = {}
    for tenure in tenures:
        by_person.setdefault(tenure.leadid, []).append(tenure)
    leaders = []
    for leadid, spells in by_person.items():
        spells.sort(key=lambda t: t.start)
        name = _leader_name(spells[-1])
        roles = [role for spell in spells for role in _roles(spell)]
        manners = "; ".join(
            f"{t.obsid} {t.start}..{'' if t.still_in_office else t.end}: entry {t.entry}, "
            f"exit {t.exit_code or t.exit or 'still in office'}"
            for t in spells
        )
        note = f"Archigos 4.1 tenures: {manners}."
        if spells[-1].still_in_office:
            note += f" In office at the end of Archigos' coverage ({spells[-1].end})."
        aliases = tuple(dict.fromkeys(t.name for t in spells if t.name and t.name != name))
        inferred = [
            Inference(
                field="roles",
                note="from Archigos (the effective leader); head of government for the countries in "
                "summitlib.importers.archigos.PARLIAMENTARY, else head of state",
            )
        ]
        if name != spells[-1].name:
            inferred.append(Inference(field="name", note="from the DBpedia URI Archigos gives"))
        leaders.append(
            Leader(
                id=f"archigos-{leadid}",
                name=name,
                aliases=aliases,
                country=next((r.country for r in reversed(roles) if r.country), None),
                roles=tuple(roles),
                inferred=tuple(inferred),
                note=note,
            )
        )
    return tuple(leaders)


class ArchigosIndex:
    """The leaders of Archigos, by country and day.

    Args:
        tenures: rebuilt tenures (from [`read_tenures`][summitlib.importers.read_tenures]).
        report: the import report of the file they came from, if any.

    Examples:
        >>> import datetime as dt
        >>> putin = Tenure(obsid="RUS-2000", leadid="x1", name="Putin", ccode=365, idacr="RUS",
        ...     start=dt.date(2000, 1, 1), end=dt.date(2015, 12, 31), entry="Regular", exit=None,
        ...     still_in_office=True)
        >>> index = ArchigosIndex([putin])
        >>> [leader.name for leader in index.leaders_of("RUS", on="2001-06-16")]
        ['Putin']
        >>> index.leaders_of(365, on="1999-06-16")
        ()
    """

    def __init__(self, tenures: Iterable[Tenure], report: ImportReport | None = None) -> None:
        self.tenures = tuple(tenures)
        self.report = report if report is not None else ImportReport()
        self.leaders = tenure_leaders(self.tenures)
        self.coverage_end: dt.date | None = max((t.end for t in self.tenures), default=None)
        """The last day Archigos covers (the end of every tenure still in office then)."""
        self._by_id = {leader.id: leader for leader in self.leaders}
        self._by_iso: dict[str, list[tuple[dt.date, dt.date, Tenure]]] = {}
        self._by_ccode: dict[int, list[Tenure]] = {}
        for tenure in self.tenures:
            self._by_ccode.setdefault(tenure.ccode, []).append(tenure)
            for first, last, code in tenure.countries():
                if code is not None:
                    self._by_iso.setdefault(code, []).append((first, last, tenure))

    def __iter__(self) -> Iterator[Leader]:
        return iter(self.leaders)

    def __len__(self) -> int:
        return len(self.leaders)

    def leader(self, tenure: Tenure) -> Leader:
        """The leader record of a tenure."""
        return self._by_id[f"archigos-{tenure.leadid}"]

    def tenures_of(self, country: str | int, *, on: str | dt.date | When) -> tuple[Tenure, ...]:
        """The tenures covering some day of ``on`` in ``country`` (ISO alpha-3, or a COW ccode as int)."""
        when = parse_when(on)
        lo, hi = when.earliest, when.latest
        if isinstance(country, int):
            spans = [(t.start, t.end, t) for t in self._by_ccode.get(country, [])]
        else:
            spans = self._by_iso.get(country.upper(), [])
        found = [t for first, last, t in spans if first <= hi and lo <= last]
        return tuple(sorted(set(found), key=lambda t: (t.start, t.obsid)))

    def leaders_of(self, country: str | int, *, on: str | dt.date | When) -> tuple[Leader, ...]:
        """Who led ``country`` on ``on`` (a day, or some day of a partial date or span), earliest first.

        ``country`` is an ISO alpha-3 code (``"SUN"`` for the Soviet Union before 1991-12-26) or a COW
        ccode as an int (365 for the USSR and Russia alike). The index states what Archigos records, so
        it knows nothing after ``coverage_end``: a leader still in office then is not returned for later
        days (though the leader's role has no end: see `tenure_leaders`).
        """
        return tuple(dict.fromkeys(self.leader(t) for t in self.tenures_of(country, on=on)))


def read_archigos(path: PathLike, *, strict: bool = False, progress: bool | None = None) -> ArchigosIndex:
    """Read an Archigos leader-year file into an [`ArchigosIndex`][summitlib.importers.ArchigosIndex].

    The index's ``report`` counts rows read and skipped and lists the problems and warnings.
    """
    with gc_paused(keep=True):
        report = ImportReport()
        tenures = read_tenures(path, report=report, strict=strict, progress=progress)
        return ArchigosIndex(tenures, report)


def check_in_office(meeting: Meeting, leaders: Iterable[Leader]) -> tuple[Problem, ...]:
    """Problems with participants of ``meeting`` who held no office on its date.

    A participant is checked against the roles of the leader with its id among ``leaders`` (an
    [`ArchigosIndex`][summitlib.importers.ArchigosIndex] is an iterable of leaders, as is a list
    of any leader records). A participant with no record among ``leaders`` is a problem; one whose record
    has no roles cannot be checked and is passed over; a meeting without a date has nothing to check.
    """
    if meeting.when is None:
        return ()
    known = {leader.id: leader for leader in leaders}
    problems = []
    for index, participant in enumerate(meeting.participants):
        path = f"$.participants[{index}]"
        leader = known.get(participant)
        if leader is None:
            problems.append(
                Problem(message=f"participant {participant!r} is not among the leaders given", path=path)
            )
        elif leader.roles and not leader.holds_role(on=meeting.when):
            held = ", ".join(f"{r.title} {r.start or '?'}..{r.end or ''}" for r in leader.roles)
            problems.append(
                Problem(
                    message=f"{leader.name} ({participant}) was not in office on {meeting.when} "
                    f"(meeting {meeting.id!r}); offices held: {held}",
                    path=path,
                )
            )
    return tuple(problems)


def side_leaders(candidate: GdeltMeetingCandidate, index: ArchigosIndex) -> dict[str, tuple[Leader, ...]]:
    """Who led each side's country during a GDELT candidate meeting, according to Archigos.

    A *suggestion*, not a finding: GDELT's "USA visits RUS" may be diplomats, not leaders, so summitlib
    does not put these people into the meeting; use them to replace the ``gdelt-actor-…`` participants
    once a source says they took part. Sides that are not ISO countries, and dates Archigos does not
    cover, give no leaders.
    """
    when = candidate.meeting.when
    if when is None:  # pragma: no cover - GDELT candidates always have a date
        return dict.fromkeys(candidate.sides, ())
    return {side: index.leaders_of(side, on=when) if len(side) == 3 else () for side in candidate.sides}
