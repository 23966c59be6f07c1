"""The CAMEO event codes GDELT uses, and which of them are about meetings.

CAMEO (Conflict and Mediation Event Observations) codes an event with 2 to 4 digits: the first two are its
*root* ("04" CONSULT), the first three its *base* ("042" Make a visit). summitlib ships the code table as
``summitlib/_data/cameo.csv`` (``code,description``, from judy2k/CAMEO-Event-Data-Codebook) and reads it
once, on first use.

Which codes are about meetings is decided from the table itself, by a documented rule
([`meeting_kind`][summitlib.importers.meeting_kind]), not by a hard-coded list of codes:

* every code of the root whose description is ``CONSULT`` is a meeting that took place (status ``HELD``);
* a code of another root whose description speaks of meeting, negotiation or a visit is a meeting talked
  about: ``APPEAL`` and ``DEMAND`` roots give ``PROPOSED``, ``EXPRESS INTENT TO COOPERATE`` gives
  ``PLANNED``, ``REJECT`` gives ``RULED_OUT`` and ``REDUCE RELATIONS`` (halting negotiations) gives
  ``CANCELLED``; other roots (threats, mediation appeals) are not meetings;
* the format follows the description: "telephone" is a phone call, a visit or a meeting at a third location
  is bilateral, anything else (consult, negotiate, mediate) is ``OTHER``.

Examples:
    >>> table = cameo_codes()
    >>> table["042"].description, table["042"].root
    ('Make a visit', '04')
    >>> kind = meeting_kind("041")
    >>> kind.status.value, kind.format.value
    ('held', 'phone_call')
    >>> meeting_kind("036").status.value
    'planned'
    >>> meeting_kind("190") is None
    True
"""

from __future__ import annotations

import csv
import functools
import importlib.resources
import io
import re
from collections.abc import Iterator, Mapping

import attrs

from summitlib.errors import LoadError, NotFoundError, Problem
from summitlib.importers._tabular import PathLike, open_binary
from summitlib.model import MeetingFormat, MeetingStatus

__all__ = [
    "CameoCode",
    "CameoTable",
    "MeetingKind",
    "UnknownCameoCodeError",
    "cameo_codes",
    "meeting_codes",
    "meeting_kind",
    "read_cameo_table",
]


@attrs.frozen(kw_only=True)
class CameoCode:
    """One CAMEO code.

    Attributes:
        code: 2 to 4 digits ("0421").
        description: the codebook's description ("Make a visit").
    """

    code: str
    description: str

    @property
    def root(self) -> str:
        """The two-digit root ("04")."""
        return self.code[:2]

    @property
    def base(self) -> str:
        """The three-digit base code ("042"), or the root for a root code."""
        return self.code[:3]

    def __str__(self) -> str:
        return f"{self.code} {self.description}"


class UnknownCameoCodeError(NotFoundError, KeyError):
    """A code the CAMEO table does not have.

    It is a [`NotFoundError`][summitlib.NotFoundError] (with close codes as suggestions) and also a
    `KeyError`, so the table behaves as a `Mapping`: ``code in table`` and ``table.get(code)`` work.
    """


class CameoTable(Mapping[str, CameoCode]):
    """The CAMEO codes by code, with look-ups by family.

    Args:
        codes: the codes, in codebook order.
    """

    def __init__(self, codes: Iterator[CameoCode] | tuple[CameoCode, ...]) -> None:
        self._codes = {c.code: c for c in codes}

    def __getitem__(self, code: str) -> CameoCode:
        try:
            return self._codes[code]
        except KeyError:
            close = [c for c in self._codes if c.startswith(code[:3])][:5] if code else []
            raise UnknownCameoCodeError("CAMEO code", code, close) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes)

    def __len__(self) -> int:
        return len(self._codes)

    def root_of(self, code: str) -> CameoCode:
        """The root code of ``code`` ("04 CONSULT" for "0421")."""
        return self[code[:2]]

    def family(self, code: str) -> tuple[CameoCode, ...]:
        """``code`` and every code under it ("04" gives 04, 040, 041 ... 046)."""
        return tuple(c for c in self._codes.values() if c.code.startswith(code))

    def find(self, pattern: str) -> tuple[CameoCode, ...]:
        """Codes whose description matches the regular expression ``pattern`` (case-insensitive)."""
        regex = re.compile(pattern, re.IGNORECASE)
        return tuple(c for c in self._codes.values() if regex.search(c.description))


def _read_table() -> CameoTable:
    text = importlib.resources.files("summitlib").joinpath("_data/cameo.csv").read_text(encoding="utf-8")
    rows = csv.reader(text.splitlines())
    return CameoTable(CameoCode(code=row[0].strip(), description=row[1].strip()) for row in rows if row)


MAX_FIELD = 1_000
"""The longest code or description a CAMEO table may hold, in characters."""
_MAX_TABLE = 16 << 20  # bytes: the codebook is about 10 KB


def read_cameo_table(path: PathLike) -> CameoTable:
    """Read a CAMEO code table of your own: CSV rows ``code,description`` in UTF-8, like the bundled one.

    Raises:
        LoadError: listing every problem with file and line — the file is unreadable or not a regular
            file, not UTF-8, larger than 16 MB, has a row without a description, a code that is not 2 to
            4 digits, or a field longer than `MAX_FIELD` characters.
    """
    with open_binary(path) as (stream, _, name):
        data = stream.read(_MAX_TABLE + 1)
    if len(data) > _MAX_TABLE:
        message = f"the file is larger than {_MAX_TABLE >> 20} MB; expected a CAMEO table of CSV rows"
        raise LoadError([Problem(file=name, message=message)])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = f"not UTF-8: byte(s) {data[error.start : error.end]!r}; expected UTF-8 text"
        raise LoadError([Problem(file=name, line=line, message=message)]) from None
    codes: list[CameoCode] = []
    problems: list[Problem] = []
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for row in reader:
            if not row or not row[0].strip():
                continue
            problem = _row_problem(row)
            if problem is None:
                codes.append(CameoCode(code=row[0].strip(), description=row[1].strip()))
            else:
                problems.append(Problem(file=name, line=reader.line_num, message=problem))
    except csv.Error as error:  # a field over csv's own limit, a NUL byte ...
        message = f"not readable as CSV: {error}; expected CSV rows 'code,description'"
        problems.append(Problem(file=name, line=reader.line_num, message=message))
    if problems or not codes:
        problems = problems or [Problem(file=name, message="no codes; expected CSV rows 'code,description'")]
        raise LoadError(problems)
    return CameoTable(tuple(codes))


def _row_problem(row: list[str]) -> str | None:
    if len(row) < 2 or not row[1].strip():
        return f"a row without a description; expected CSV rows 'code,description', got {row[:3]!r}"
    longest = max(len(field) for field in row)
    if longest > MAX_FIELD:
        return f"a field of {longest:,} characters; expected at most {MAX_FIELD:,}"
    code = row[0].strip()
    if not (code.isascii() and code.isdigit() and 2 <= len(code) <= 4):
        return f"the code {code!r} is not a CAMEO code; expected 2 to 4 digits"
    return None


@functools.cache
def cameo_codes() -> CameoTable:
    """The CAMEO code table shipped with summitlib (read once)."""
    return _read_table()


@attrs.frozen(kw_only=True)
class MeetingKind:
    """What a meeting-type CAMEO code says about a meeting.

    Attributes:
        code: the CAMEO code.
        status: whether the meeting took place (held) or was only talked about.
        format: how the leaders met, as far as the code tells.
    """

    code: CameoCode
    status: MeetingStatus
    format: MeetingFormat


_HELD_ROOT = "CONSULT"
_TALK_ROOTS: Mapping[str, MeetingStatus] = {
    "APPEAL": MeetingStatus.PROPOSED,
    "DEMAND": MeetingStatus.PROPOSED,
    "EXPRESS INTENT TO COOPERATE": MeetingStatus.PLANNED,
    "REJECT": MeetingStatus.RULED_OUT,
    "REDUCE RELATIONS": MeetingStatus.CANCELLED,
}
_MEETING_WORDS = re.compile(r"\b(meet|meeting|negotiat\w*|visit)\b", re.IGNORECASE)
_FORMATS: tuple[tuple[re.Pattern[str], MeetingFormat], ...] = (
    (re.compile(r"telephone", re.IGNORECASE), MeetingFormat.PHONE_CALL),
    (re.compile(r"\bvisit\b|third.{0,3} location", re.IGNORECASE), MeetingFormat.BILATERAL),
)


def _format(description: str) -> MeetingFormat:
    for pattern, kind in _FORMATS:
        if pattern.search(description):
            return kind
    return MeetingFormat.OTHER


@functools.cache
def _kinds() -> dict[str, MeetingKind]:
    table = cameo_codes()
    kinds: dict[str, MeetingKind] = {}
    for code in table.values():
        if len(code.code) == 2 or code.root not in table:
            continue
        root = table[code.root].description.upper()
        if root == _HELD_ROOT:
            kinds[code.code] = MeetingKind(
                code=code, status=MeetingStatus.HELD, format=_format(code.description)
            )
        elif root in _TALK_ROOTS and _MEETING_WORDS.search(code.description):
            kinds[code.code] = MeetingKind(
                code=code, status=_TALK_ROOTS[root], format=_format(code.description)
            )
    return kinds


def meeting_kind(code: str) -> MeetingKind | None:
    """The meeting status and format a CAMEO code implies, or None when it is not about a meeting.

    See the module docstring for the rule.
    """
    return _kinds().get(code)


def meeting_codes(*, held_only: bool = False) -> tuple[MeetingKind, ...]:
    """Every meeting-type code, in codebook order (only those of held meetings with ``held_only``)."""
    kinds = _kinds().values()
    return tuple(k for k in kinds if not held_only or k.status is MeetingStatus.HELD)
