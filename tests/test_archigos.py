"""Tests of summitlib.importers.archigos and archigos_index: tenures, leaders, the index, office checks."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summitlib.dates import PartialDate
from summitlib.errors import LoadError
from summitlib.importers import (
    ArchigosIndex,
    GdeltActor,
    GdeltEvent,
    GdeltGeo,
    GeoType,
    ImportReport,
    Tenure,
    check_in_office,
    find_gdelt_meetings,
    read_archigos,
    read_tenures,
    side_leaders,
)
from summitlib.importers._cow import COW_TO_ISO3, iso_on
from summitlib.importers.archigos import COLUMNS
from summitlib.model import Leader, Meeting, MeetingFormat, MeetingStatus, Role, RoleKind
from summitlib.places import is_country_code

ARCHIGOS = Path(__file__).resolve().parent / "data" / "archigos" / "arch_annual.tsv"


@pytest.fixture(scope="module")
def index() -> ArchigosIndex:
    return read_archigos(ARCHIGOS)


def raw_rows() -> list[list[str]]:
    """The data rows, decoded the way the Archigos file needs (Latin-1 decodes every byte)."""
    lines = ARCHIGOS.read_bytes().decode("latin-1").splitlines()
    assert tuple(lines[0].split("\t")) == COLUMNS
    return [line.split("\t") for line in lines[1:] if line]


def test_the_whole_file_is_read(index: ArchigosIndex) -> None:
    rows = raw_rows()
    report = index.report
    assert (report.read, report.imported, report.skipped) == (len(rows), len(rows), 0) == (17686, 17686, 0)
    # 56 lines are Latin-1, not UTF-8: decoded, kept, and reported as warnings with their lines
    assert len(report.warnings) == 56
    assert all(w.message.startswith("not UTF-8") and w.line for w in report.warnings)
    hernandez = next(t for t in index.tenures if t.obsid == "HON-2014")
    assert hernandez.name == "Hernández"


def test_tenures_are_rebuilt_per_obsid(index: ArchigosIndex) -> None:
    """Each tenure spans its rows' first start and last end; one tenure per obsid."""
    by_obsid: dict[str, list[list[str]]] = defaultdict(list)
    for row in raw_rows():
        by_obsid[row[0]].append(row)
    assert len(index.tenures) == len(by_obsid) == 3409
    for tenure in index.tenures:
        rows = by_obsid[tenure.obsid]
        assert tenure.start == dt.date.fromisoformat(min(r[5].strip() for r in rows))
        assert tenure.end == dt.date.fromisoformat(max(r[6].strip() for r in rows))
        assert tenure.years == len(rows)
        assert tenure.entry not in {"(p_year)", "(n_year)"}
        assert tenure.exit not in {"(p_year)", "(n_year)"}
    assert sum(t.still_in_office for t in index.tenures) == 168


def test_leaders_in_office_on_a_day(index: ArchigosIndex) -> None:
    (putin,) = index.leaders_of("RUS", on="2001-06-16")
    (bush,) = index.leaders_of("USA", on="2001-06-16")
    (gorbachev,) = index.leaders_of("SUN", on="1986-10-11")
    assert (putin.name, bush.name, gorbachev.name) == (
        "Vladimir Putin",
        "George W. Bush",
        "Mikhail Gorbachev",
    )
    assert "Putin" in putin.aliases
    assert "G.W. Bush" in bush.aliases
    day = PartialDate.parse("2001-06-16")
    assert putin.holds_role(on=day, kind=RoleKind.HEAD_OF_STATE)
    assert bush.holds_role(on=day, kind=RoleKind.HEAD_OF_STATE)
    assert gorbachev.holds_role(on=PartialDate.parse("1986-10-11"))
    assert index.leaders_of(365, on="1986-10-11") == (gorbachev,)  # the COW code covers both
    assert index.leaders_of("RUS", on="1986-10-11") == ()  # Russia (ISO) did not exist yet
    assert index.leaders_of("rus", on=dt.date(2001, 6, 16)) == (putin,)


def test_a_tenure_across_the_end_of_the_ussr_has_two_roles(index: ArchigosIndex) -> None:
    (yeltsin,) = index.leaders_of("RUS", on="1995")
    assert [(r.country, str(r.start), str(r.end)) for r in yeltsin.roles] == [
        ("SUN", "1991-08-21", "1991-12-25"),
        ("RUS", "1991-12-26", "1999-12-31"),
    ]
    assert yeltsin.country == "RUS"
    names = [leader.name for leader in index.leaders_of("SUN", on="1991")]
    assert names == ["Mikhail Gorbachev", "Boris Yeltsin"]


def test_role_kinds_and_their_inference(index: ArchigosIndex) -> None:
    (blair,) = index.leaders_of("GBR", on="2001-06-16")
    assert blair.roles[0].kind is RoleKind.HEAD_OF_GOVERNMENT
    (bush,) = index.leaders_of("USA", on="2001-06-16")
    assert bush.roles[0].kind is RoleKind.HEAD_OF_STATE
    assert [i.field for i in bush.inferred] == ["roles", "name"]
    assert "Archigos" in (bush.note or "")


def test_still_in_office_at_the_end_of_coverage(index: ArchigosIndex) -> None:
    """The leader's role stays open (its end is unknown); the index knows nothing after coverage."""
    (putin,) = index.leaders_of("RUS", on="2001-06-16")
    assert putin.roles[-1].end is None
    assert putin.holds_role(on=PartialDate.parse("2020"))
    assert index.coverage_end == dt.date(2015, 12, 31)
    (tenure,) = index.tenures_of("RUS", on="2015-12-31")
    assert tenure.still_in_office
    assert tenure.exit is None
    assert index.leaders_of("RUS", on="2016-01-01") == ()
    assert not tenure.in_office(dt.date(2020, 1, 1))
    (gorbachev,) = index.tenures_of("SUN", on="1986-10-11")
    assert (gorbachev.exit, gorbachev.exit_code) == (
        "Irregular",
        "Removed by Military, without Foreign Support",
    )
    assert not gorbachev.in_office(dt.date(1992, 1, 1))


def test_cow_table_covers_every_state_of_the_file() -> None:
    codes = {int(row[2]) for row in raw_rows()}
    assert codes <= set(COW_TO_ISO3)
    assert all(is_country_code(iso) for iso in COW_TO_ISO3.values() if iso is not None)
    assert iso_on(365, dt.date(1991, 12, 25)) == "SUN"
    assert iso_on(365, dt.date(1991, 12, 26)) == "RUS"
    assert iso_on(345, dt.date(2004, 1, 1)) == "SCG"
    assert iso_on(245, dt.date(1870, 1, 1)) is None


HEADER = "\t".join(COLUMNS) + "\n"


def _row(obsid: str, start: str, end: str, entry: str, exit_: str, ccode: str = "2") -> str:
    fields = [obsid, "lid-" + obsid, ccode, "USA", "Tester", start, end, entry, exit_, "."]
    fields += ["0", ".", "M", "1950", "-777", "NA", "NA", "NA", "0", ".", ".", ".", "NA", "NA"]
    return "\t".join(fields) + "\n"


def test_placeholders_gaps_and_bad_rows_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "archigos.tsv"
    path.write_text(
        HEADER
        + _row("A-1", "2000-01-01", "2000-12-31", "Regular", "(n_year)")  # 2
        + _row("A-1", "2002-01-01", "2002-06-30", "(p_year)", "Regular")  # 3: a year missing
        + _row("B-1", "2001-01-01", "2001-12-31", "(p_year)", "(n_year)")  # 4: starts and ends mid-chain
        + "B-1\ttoo\tfew\n"  # 5
        + _row("C-1", "2003-02-30", "2003-12-31", "Regular", "Regular")  # 6: bad date
        + _row("D-1", "2003-01-01", "2003-12-31", "Regular", "Regular", ccode="999")  # 7: unknown state
        + _row("E-1", "2004-01-01", "2004-12-31", "Regular", "Regular", ccode="x"),  # 8: bad number
        encoding="utf-8",
    )
    report = ImportReport()
    tenures = read_tenures(path, report=report)
    assert [t.obsid for t in tenures] == ["A-1", "B-1", "D-1"]
    assert (report.read, report.skipped) == (7, 3)
    assert dict(report.skipped_by_reason) == {"wrong column count": 1, "bad date": 1, "bad number": 1}
    assert [p.line for p in report.problems] == [5, 6, 8]
    warnings = [(w.line, w.message.split(":")[0]) for w in report.warnings]
    assert warnings == [(3, "gap"), (4, "placeholder"), (4, "placeholder"), (7, "unknown country")]
    a, b, d = tenures
    assert (a.start, a.end, a.years, a.exit) == (dt.date(2000, 1, 1), dt.date(2002, 6, 30), 2, "Regular")
    assert (b.entry, b.exit) == ("Unknown", None)
    assert d.countries() == ((d.start, d.end, None),)
    with pytest.raises(LoadError) as caught:
        read_tenures(path, strict=True)
    assert caught.value.problems[0].line == 5


def test_check_in_office(index: ArchigosIndex) -> None:
    (putin,) = index.leaders_of("RUS", on="2001-06-16")
    (bush,) = index.leaders_of("USA", on="2001-06-16")
    ljubljana = Meeting(
        id="ljubljana-2001",
        name="Bush–Putin summit",
        format=MeetingFormat.BILATERAL,
        status=MeetingStatus.HELD,
        participants=(bush.id, putin.id),
        when=PartialDate.parse("2001-06-16"),
    )
    assert check_in_office(ljubljana, index) == ()
    too_early = Meeting(
        id="imagined-1995",
        name="Bush–Putin 1995",
        format=MeetingFormat.BILATERAL,
        status=MeetingStatus.HYPOTHETICAL,
        participants=(bush.id, putin.id, "nobody"),
        when=PartialDate.parse("1995-06-16"),
    )
    problems = check_in_office(too_early, index)
    assert [p.path for p in problems] == ["$.participants[0]", "$.participants[1]", "$.participants[2]"]
    assert "George W. Bush" in problems[0].message
    assert "not in office on 1995-06-16" in problems[0].message
    assert "'nobody' is not among the leaders given" in problems[2].message
    # a participant without roles cannot be checked; a meeting without a date has nothing to check
    unknown_roles = Leader(id="nobody", name="Nobody")
    assert check_in_office(too_early, [*index, unknown_roles])[2:] == ()
    undated = Meeting(
        id="m", name="m", format=MeetingFormat.OTHER, status=MeetingStatus.HELD, participants=("x",)
    )
    assert check_in_office(undated, []) == ()


def test_index_of_hand_made_tenures() -> None:
    role_less = Tenure(
        obsid="X-1",
        leadid="x",
        name="X",
        ccode=2,
        idacr="USA",
        start=dt.date(2000, 1, 1),
        end=dt.date(2000, 12, 31),
        entry="Regular",
        exit="Regular",
    )
    index = ArchigosIndex([role_less])
    assert len(index) == 1
    (leader,) = index
    assert leader.roles == (
        Role(
            title="effective leader of USA (Archigos X-1)",
            kind=RoleKind.HEAD_OF_STATE,
            country="USA",
            start=PartialDate.parse("2000-01-01"),
            end=PartialDate.parse("2000-12-31"),
        ),
    )
    assert index.leaders_of("USA", on="2001") == ()
    assert index.leaders_of("USA", on="1999/2000-01") == (leader,)


@given(
    st.lists(
        st.lists(st.text(alphabet="0123456789-.()_yearnp² ", max_size=12), min_size=22, max_size=25),
        max_size=8,
    )
)
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_rows_are_read_or_reported(tmp_path: Path, rows: list[list[str]]) -> None:
    """Whatever the rows, reading never crashes: each row is kept (in a tenure) or skipped with a problem."""
    path = tmp_path / "fuzz.tsv"
    path.write_text(HEADER + "".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    report = ImportReport()
    tenures = read_tenures(path, report=report)
    assert report.read == report.imported + report.skipped
    assert sum(t.years for t in tenures) == report.imported
    lines = [p.line or 0 for p in report.problems]
    assert lines == sorted(lines)


def test_side_leaders_of_a_gdelt_candidate(index: ArchigosIndex) -> None:
    usa = GdeltActor(code="USAGOV", country="USA")
    rus = GdeltActor(code="RUSGOV", country="RUS")
    nato = GdeltActor(code="NATO", country="NATO")
    ljubljana = GdeltGeo(type=GeoType.WORLD_CITY, name="Ljubljana, Ljubljana, Slovenia", country="SI")

    def row(event_id: int, a: GdeltActor, b: GdeltActor, day: str) -> GdeltEvent:
        return GdeltEvent(
            id=event_id,
            date=dt.date.fromisoformat(day),
            code="044",
            base_code="044",
            root_code="04",
            quad_class=1,
            actor1=a,
            actor2=b,
            action_geo=ljubljana,
        )

    summit, alliance, later = find_gdelt_meetings(
        [row(1, usa, rus, "2001-06-16"), row(2, nato, rus, "2001-06-16"), row(3, usa, rus, "2020-01-01")]
    )
    leaders = side_leaders(summit, index)
    assert {side: [leader.name for leader in found] for side, found in leaders.items()} == {
        "RUS": ["Vladimir Putin"],
        "USA": ["George W. Bush"],
    }
    assert summit.meeting.participants == ("gdelt-actor-rus", "gdelt-actor-usa")  # a suggestion only
    assert side_leaders(alliance, index)["NATO"] == ()
    assert side_leaders(later, index) == {"RUS": (), "USA": ()}  # after Archigos' coverage


# --- rows that cannot make a tenure ------------------------------------------------------------------------


def _archigos_variant(tmp_path: Path, change: dict[int, str], line: int = 100) -> Path:
    """The test file with the columns ``change`` (index: value) of data line ``line`` replaced."""
    lines = ARCHIGOS.read_bytes().split(b"\n")
    fields = lines[line - 1].split(b"\t")
    for index, value in change.items():
        fields[index] = value.encode()
    lines[line - 1] = b"\t".join(fields)
    path = tmp_path / "arch.tsv"
    path.write_bytes(b"\n".join(lines))
    return path


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({5: "2001-06-16", 6: "2001-01-01"}, "end before start"),
        ({4: "  "}, "blank name"),
        ({2: "３６５"}, "bad number"),
    ],
    ids=["end-before-start", "blank-name", "fullwidth-ccode"],
)
def test_rows_that_cannot_make_a_tenure_are_reported(
    tmp_path: Path, change: dict[int, str], reason: str
) -> None:
    path = _archigos_variant(tmp_path, change)
    report = ImportReport()
    tenures = read_tenures(path, report=report)
    assert report.skipped_by_reason[reason] == 1
    problem = next(p for p in report.problems if reason in p.message)
    assert problem.file == str(path) and problem.line == 100
    assert len(tenures) > 1000
    index = read_archigos(path)  # the whole import goes through, without the row
    assert len(index.tenures) > 1000
    with pytest.raises(LoadError, match=reason):
        read_tenures(path, strict=True)
