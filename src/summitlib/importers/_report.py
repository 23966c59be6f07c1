"""What an import read, kept and skipped, and why.

An [`ImportReport`][summitlib.importers.ImportReport] is filled in while a file is streamed: every row read
is counted, every row skipped is counted under its reason and recorded as a
[`Problem`][summitlib.Problem] with the file and line. In ``strict`` mode the first malformed row raises a
[`LoadError`][summitlib.LoadError] carrying that problem instead.

Examples:
    >>> report = ImportReport()
    >>> report.count_read(2)
    >>> report.skip("wrong column count", "expected 61 columns, found 12", file="x.tsv", line=2, strict=False)
    >>> report.read, report.imported, report.skipped, dict(report.skipped_by_reason)
    (2, 1, 1, {'wrong column count': 1})
    >>> print(report.problems[0])
    x.tsv:2: $: wrong column count: expected 61 columns, found 12
"""

from __future__ import annotations

from collections import Counter

import attrs

from summitlib.errors import LoadError, Problem

__all__ = ["ImportReport"]


@attrs.define(kw_only=True)
class ImportReport:
    """Counts and problems of one import, filled in as the rows stream past (so it is mutable).

    Attributes:
        read: data rows read (header rows and blank lines are not counted).
        skipped_by_reason: rows skipped, by short reason ("wrong column count", "bad date" ...).
        problems: one [`Problem`][summitlib.Problem] per skipped row (and per warning), with file and line.
        warnings: problems that did not cost a row (e.g. an Archigos tenure whose placeholders disagree).
    """

    read: int = 0
    skipped_by_reason: Counter[str] = attrs.field(factory=Counter)
    problems: list[Problem] = attrs.field(factory=list)
    warnings: list[Problem] = attrs.field(factory=list)

    @property
    def skipped(self) -> int:
        """Rows skipped, whatever the reason."""
        return sum(self.skipped_by_reason.values())

    @property
    def imported(self) -> int:
        """Rows read and kept."""
        return self.read - self.skipped

    def count_read(self, rows: int = 1) -> None:
        """Count ``rows`` more data rows read."""
        self.read += rows

    def skip(self, reason: str, detail: str, *, file: str | None, line: int | None, strict: bool) -> None:
        """Record a skipped row; in ``strict`` mode raise instead.

        Raises:
            LoadError: when ``strict``, carrying the one problem.
        """
        problem = Problem(message=f"{reason}: {detail}", file=file, line=line)
        if strict:
            raise LoadError([problem], summary=f"malformed row in {file or '<data>'} (strict import)")
        self.skipped_by_reason[reason] += 1
        self.problems.append(problem)

    def warn(self, reason: str, detail: str, *, file: str | None, line: int | None) -> None:
        """Record something odd that did not cost a row."""
        self.warnings.append(Problem(message=f"{reason}: {detail}", file=file, line=line))

    def merge(self, other: ImportReport) -> None:
        """Add ``other``'s counts and problems to this report (e.g. events and mentions of one import)."""
        self.read += other.read
        self.skipped_by_reason.update(other.skipped_by_reason)
        self.problems.extend(other.problems)
        self.warnings.extend(other.warnings)

    def summary(self) -> str:
        """One line: read, imported, skipped (by reason)."""
        reasons = ", ".join(f"{n} {r}" for r, n in sorted(self.skipped_by_reason.items()))
        text = f"{self.read} rows read, {self.imported} imported, {self.skipped} skipped"
        if reasons:
            text += f" ({reasons})"
        if self.warnings:
            text += f", {len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''}"
        return text
