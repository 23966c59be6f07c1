"""Tests of summitlib.importers.cameo: the shipped code table and the meeting-code rule."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from summitlib.errors import NotFoundError
from summitlib.importers import CameoCode, cameo_codes, meeting_codes, meeting_kind
from summitlib.model import MeetingFormat, MeetingStatus

FIXTURE = Path(__file__).resolve().parent / "data" / "cameo" / "cameo.csv"
SHIPPED = Path(__file__).resolve().parent.parent / "src" / "summitlib" / "_data" / "cameo.csv"


def fixture_rows() -> list[list[str]]:
    with FIXTURE.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle) if row]


def test_shipped_table_is_the_fixture_byte_for_byte() -> None:
    assert SHIPPED.read_bytes() == FIXTURE.read_bytes()


def test_every_code_of_the_file_is_in_the_table() -> None:
    rows = fixture_rows()
    table = cameo_codes()
    assert len(rows) == 316
    assert len(table) == len(rows)
    assert [(c.code, c.description) for c in table.values()] == [(r[0], r[1]) for r in rows]


def test_code_families() -> None:
    table = cameo_codes()
    visit = table["042"]
    assert (visit.root, visit.base, str(visit)) == ("04", "042", "042 Make a visit")
    assert table.root_of("046").description == "CONSULT"
    assert [c.code for c in table.family("04")] == ["04", "040", "041", "042", "043", "044", "045", "046"]
    assert [c.code for c in table.find("telephone")] == ["041"]


def test_unknown_code_suggests_neighbours() -> None:
    with pytest.raises(NotFoundError) as caught:
        cameo_codes()["0429"]
    assert "042" in caught.value.suggestions


def test_the_table_is_a_mapping_for_unknown_codes_too() -> None:
    """An unknown code is a KeyError as well, so ``in`` and ``get`` behave as for any Mapping."""
    table = cameo_codes()
    assert "0429" not in table
    assert "042" in table
    assert table.get("0429") is None
    assert str(caught_message(table)) == "no CAMEO code matches '0429'; did you mean '042'?"


def caught_message(table: object) -> BaseException:
    try:
        table["0429"]  # type: ignore[index]
    except KeyError as error:
        return error
    raise AssertionError("no KeyError")


def test_every_consult_code_is_a_held_meeting() -> None:
    """The rule: every code of the CONSULT root is a held meeting, found from the table, not a list."""
    table = cameo_codes()
    consult_root = next(c for c in table.values() if c.description == "CONSULT")
    for code in table.family(consult_root.code)[1:]:
        kind = meeting_kind(code.code)
        assert kind is not None
        assert kind.status is MeetingStatus.HELD


def test_talk_of_meetings_outside_consult() -> None:
    """Every non-CONSULT meeting code speaks of meeting or negotiating; every such code of the listed
    roots is selected."""
    table = cameo_codes()
    talk = [k for k in meeting_codes() if k.status is not MeetingStatus.HELD]
    assert {k.code.code for k in talk} == {"026", "036", "106", "125", "164"}
    for kind in talk:
        assert re.search(r"meet|negotiat", kind.code.description, re.IGNORECASE)
    assert meeting_kind("036").status is MeetingStatus.PLANNED  # type: ignore[union-attr]
    assert meeting_kind("125").status is MeetingStatus.RULED_OUT  # type: ignore[union-attr]
    assert meeting_kind("164").status is MeetingStatus.CANCELLED  # type: ignore[union-attr]
    assert meeting_kind("134") is None  # threaten to halt negotiations: a threat, not a meeting
    assert meeting_kind("04") is None  # root codes are families, not events
    assert all(k.code == table[k.code.code] for k in meeting_codes())


def test_formats_follow_the_description() -> None:
    assert meeting_kind("041").format is MeetingFormat.PHONE_CALL  # type: ignore[union-attr]
    assert meeting_kind("043").format is MeetingFormat.BILATERAL  # type: ignore[union-attr]
    assert meeting_kind("044").format is MeetingFormat.BILATERAL  # type: ignore[union-attr]
    assert meeting_kind("046").format is MeetingFormat.OTHER  # type: ignore[union-attr]
    held = meeting_codes(held_only=True)
    assert [k.code.code for k in held] == ["040", "041", "042", "043", "044", "045", "046"]
    assert all(isinstance(k.code, CameoCode) for k in held)


# --- tables of your own -----------------------------------------------------------------------------------


def test_read_cameo_table(tmp_path: Path) -> None:
    from summitlib.importers import read_cameo_table

    path = tmp_path / "cameo.csv"
    path.write_text('040,Consult\n042,"Make a visit, in person"\n', encoding="utf-8")
    table = read_cameo_table(path)
    assert table["042"].description == "Make a visit, in person"


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        (b"040,Consult\n042,Visite \xe0 Paris\n", 2, "not UTF-8"),
        (b"040,Consult\n042," + b"x" * 2_000 + b"\n", 2, "2,000 characters"),
        (b'040,Consult\n042,"' + b"x" * 300_000 + b'"\n', 2, "not readable as CSV"),
        (b"040,Consult\nno comma here\n", 2, "code,description"),
        (b"040,Consult\n\xef\xbc\x90\xef\xbc\x94,Fullwidth\n", 2, "2 to 4 digits"),
    ],
    ids=["latin-1", "long-description", "over-csv-limit", "no-comma", "fullwidth-code"],
)
def test_a_bad_cameo_table_is_a_load_error(tmp_path: Path, content: bytes, line: int, fragment: str) -> None:
    from summitlib.errors import LoadError
    from summitlib.importers import read_cameo_table

    path = tmp_path / "cameo.csv"
    path.write_bytes(content)
    with pytest.raises(LoadError) as info:
        read_cameo_table(path)
    problem = info.value.problems[0]
    assert problem.file == str(path) and problem.line == line and fragment in problem.message
