"""Archigos: who led which country, when — rebuilt into tenures, leaders and an index by country and day.

Archigos (Goemans, Gleditsch & Chiozza 2009) records each state's *effective* leader — the person who
actually ruled, whatever the title. The widely shared "annual" form of Archigos 4.1 splits every tenure
into leader-years: one row per calendar year, with ``(p_year)`` in ``entry`` when the previous year's
row continues the tenure and ``(n_year)`` in ``exit`` when the next year's row does.
[`read_tenures`][summitlib.importers.read_tenures] merges the rows of each ``obsid`` back into one
[`Tenure`][summitlib.importers.Tenure] (real first and last day, manner of entry and exit);
`summitlib.importers.archigos_index` makes summitlib
[`Leader`][summitlib.Leader] records of them and answers "who led Russia on 2001-06-16".

Countries: Archigos uses Correlates of War codes (``ccode`` 365 and ``idacr`` "RUS" for both the Soviet
Union and Russia); they are mapped to ISO alpha-3 by a documented table (``summitlib.importers._cow``),
over time where needed (365 is ``SUN`` until 1991-12-26, then ``RUS``). A tenure that spans such a change
gets one role per country.
"""

from __future__ import annotations

import datetime as dt
import itertools

import attrs

from summitlib.importers._cow import COW_TO_ISO3, iso_periods
from summitlib.importers._report import ImportReport
from summitlib.importers._tabular import PathLike, rows

__all__ = ["COLUMNS", "Tenure", "read_tenures"]

_COLUMN_NAMES = (
    "obsid leadid ccode idacr leader startdate enddate entry exit exitcode prevtimesinoffice posttenurefate "
    "gender yrborn yrdied borndate deathdate dbpedia.uri num.entry num.exit num.exitcode num.posttenurefate "
    "fties ftcur"
)
COLUMNS: tuple[str, ...] = tuple(_COLUMN_NAMES.split())
"""The 24 columns of an Archigos 4.1 leader-year file, in order."""
_PREVIOUS, _NEXT = "(p_year)", "(n_year)"
_STILL = "Still in Office"
_MISSING = {"", ".", "NA", "-777", "-999"}


def _text(value: str) -> str | None:
    value = value.strip()
    return None if value in _MISSING else value


@attrs.frozen(kw_only=True)
class Tenure:
    """One spell in office of an Archigos leader, rebuilt from its leader-year rows.

    Attributes:
        obsid: the Archigos tenure id ("RUS-2000").
        leadid: the Archigos person id (the same across a person's tenures).
        name: the leader's name as Archigos gives it ("Putin", "G.W. Bush").
        ccode: the Correlates of War state code (365).
        idacr: the COW state abbreviation ("RUS").
        start: the first day in office.
        end: the last day in office (the end of Archigos' coverage for a leader still in office).
        entry: how the leader came to office ("Regular", "Irregular", "Foreign Imposition", "Unknown").
        exit: how the leader left ("Regular", "Irregular", "Natural Death" ...), None while still in office.
        exit_code: the detailed manner of exit ("Removed by Military, without Foreign Support"), if any.
        still_in_office: True when the leader was in office at the end of Archigos' coverage.
        previous_tenures: how many times the leader had held office before, if known.
        post_tenure_fate: what happened to the leader after ("OK", "Exile" ...), if known.
        gender: "M" or "F".
        born: birth date, if known (else the year in ``born_year``).
        born_year: birth year, if known.
        died: death date, if known.
        died_year: death year, if known.
        dbpedia: the DBpedia URI, if any.
        years: how many leader-year rows were merged.
        line: the line of the tenure's first row in the file.
    """

    obsid: str
    leadid: str
    name: str
    ccode: int
    idacr: str
    start: dt.date
    end: dt.date
    entry: str
    exit: str | None
    exit_code: str | None = None
    still_in_office: bool = False
    previous_tenures: int | None = None
    post_tenure_fate: str | None = None
    gender: str | None = None
    born: dt.date | None = None
    born_year: int | None = None
    died: dt.date | None = None
    died_year: int | None = None
    dbpedia: str | None = None
    years: int = 1
    line: int | None = None

    def countries(self) -> tuple[tuple[dt.date, dt.date, str | None], ...]:
        """``(first day, last day, ISO code or None)`` for each country the tenure was in."""
        spans: list[tuple[dt.date, dt.date, str | None]] = []
        periods = iso_periods(self.ccode)
        for index, (since, code) in enumerate(periods):
            until = periods[index + 1][0] - dt.timedelta(days=1) if index + 1 < len(periods) else dt.date.max
            first, last = max(since, self.start), min(until, self.end)
            if first <= last:
                spans.append((first, last, code))
        return tuple(spans)

    def in_office(self, day: dt.date) -> bool:
        """True when ``day`` falls in the tenure as Archigos records it (never after its coverage ends)."""
        return self.start <= day <= self.end


def _date(value: str, column: str) -> dt.date:
    try:
        text = value.strip()
        if not text.isascii():  # fromisoformat would take other digits
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{column}: expected YYYY-MM-DD, found {value!r}") from None


def _optional_date(value: str) -> dt.date | None:
    text = _text(value)
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _optional_int(value: str) -> int | None:
    text = _text(value)
    try:
        return int(text) if text else None
    except ValueError:
        return None


def _merge(group: list[tuple[int, list[str]]], name: str, report: ImportReport) -> Tenure:
    """One tenure from the leader-year rows of one obsid (already sorted by start date)."""
    first_line, first = group[0]
    last_line, last = group[-1]
    obsid = first[0]
    if first[7] == _PREVIOUS:
        report.warn(
            "placeholder",
            f"{obsid}: the first row continues an earlier year ({_PREVIOUS})",
            file=name,
            line=first_line,
        )
    if last[8] == _NEXT:
        report.warn(
            "placeholder",
            f"{obsid}: the last row continues into a later year ({_NEXT})",
            file=name,
            line=last_line,
        )
    for (line_a, a), (line_b, b) in itertools.pairwise(group):
        if a[8] != _NEXT or b[7] != _PREVIOUS:
            report.warn(
                "placeholder",
                f"{obsid}: rows on lines {line_a} and {line_b} do not continue each other",
                file=name,
                line=line_b,
            )
        gap = (_date(b[5], "startdate") - _date(a[6], "enddate")).days
        if gap > 1:
            report.warn(
                "gap",
                f"{obsid}: {gap - 1} days missing between lines {line_a} and {line_b}",
                file=name,
                line=line_b,
            )
        if (a[1], a[2]) != (b[1], b[2]):
            report.warn(
                "inconsistent",
                f"{obsid}: leadid/ccode differ between lines {line_a} and {line_b}",
                file=name,
                line=line_b,
            )
    exit_ = _text(last[8]) if last[8] != _NEXT else None
    still = exit_ == _STILL
    ccode = int(first[2])
    if ccode not in COW_TO_ISO3:
        report.warn(
            "unknown country",
            f"{obsid}: COW code {ccode} is not in summitlib's table",
            file=name,
            line=first_line,
        )
    return Tenure(
        obsid=obsid,
        leadid=first[1],
        name=first[4].strip(),
        ccode=ccode,
        idacr=first[3],
        start=min(_date(r[5], "startdate") for _, r in group),
        end=max(_date(r[6], "enddate") for _, r in group),
        entry=first[7] if first[7] != _PREVIOUS else "Unknown",
        exit=None if still else exit_,
        exit_code=None if still else _text(last[9]),
        still_in_office=still,
        previous_tenures=_optional_int(first[10]),
        post_tenure_fate=None if still else _text(last[11]),
        gender=_text(first[12]),
        born=_optional_date(first[15]),
        born_year=_optional_int(first[13]),
        died=_optional_date(first[16]),
        died_year=_optional_int(first[14]),
        dbpedia=_text(first[17]),
        years=len(group),
        line=first_line,
    )


def _row_problem(fields: list[str]) -> tuple[str, str] | None:
    """Why a leader-year row cannot be used — ``(reason, detail)`` — or None."""
    try:
        start = _date(fields[5], "startdate")
        end = _date(fields[6], "enddate")
    except ValueError as error:
        return "bad date", str(error)
    ccode = fields[2].strip()
    if not (ccode.isascii() and ccode.isdigit()):
        return "bad number", f"ccode: expected a whole number, found {fields[2]!r}"
    if end < start:
        return (
            "end before start",
            f"enddate {end} is before startdate {start}; expected a tenure that ends after it starts",
        )
    if not fields[4].strip():
        return "blank name", f"{fields[0]}: the leader column is empty; expected the leader's name"
    return None


def read_tenures(
    path: PathLike,
    *,
    report: ImportReport | None = None,
    strict: bool = False,
    progress: bool | None = None,
    encoding_fallback: str | None = "latin-1",
) -> tuple[Tenure, ...]:
    """Read an Archigos leader-year file (24 tab-separated columns, header row) and rebuild the tenures.

    Rows with a wrong column count, an unreadable ccode or start/end date, an end before the start or a
    blank name are skipped and reported with file and line (or raise in ``strict`` mode); placeholders
    that do not chain, gaps between a tenure's rows and codes
    missing from the COW table are reported as warnings. Archigos files mix encodings (names such as
    "Hernández" in Latin-1): lines that are not UTF-8 are decoded with ``encoding_fallback`` and reported
    as warnings (None: skip them instead).

    Returns:
        The tenures, in the order their first row appears.
    """
    report = report if report is not None else ImportReport()
    groups: dict[str, list[tuple[int, list[str]]]] = {}
    name = str(path)
    lines = rows(path, report, strict=strict, progress=progress, skip_header=True, fallback=encoding_fallback)
    for name, batch in lines:
        for line, text in batch:
            fields = text.split("\t")
            if len(fields) != len(COLUMNS):
                report.skip(
                    "wrong column count",
                    f"expected {len(COLUMNS)}, found {len(fields)}",
                    file=name,
                    line=line,
                    strict=strict,
                )
                continue
            problem = _row_problem(fields)
            if problem is not None:
                report.skip(*problem, file=name, line=line, strict=strict)
                continue
            groups.setdefault(fields[0], []).append((line, fields))
    tenures = []
    for group in groups.values():
        group.sort(key=lambda item: item[1][5])
        tenures.append(_merge(group, name, report))
    return tuple(tenures)
