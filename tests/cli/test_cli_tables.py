"""``summitlib export`` and ``summitlib sql``."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import summitlib
from summitlib.cli import main

pa = pytest.importorskip("pyarrow")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_every_table_and_the_schema(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    code, out, err = _run(capsys, "export", "--to", str(tmp_path / "t"), "--format", fmt)
    assert code == 0, err
    tables = summitlib.load().to_arrow()
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == sorted(
        [f"{n}.{fmt}" for n in tables] + ["schema.json"]
    )
    schema = json.loads((tmp_path / "t" / "schema.json").read_text(encoding="utf-8"))
    assert list(schema["tables"]) == list(tables)
    assert schema["tables"]["dyads"]["columns"][0] == {
        "name": "meeting", "type": "string", "nullable": False, "description": "the meeting id"
    }  # fmt: skip
    assert "dyads.parquet" in out or "dyads.csv" in out
    if fmt == "parquet":
        import pyarrow.parquet as pq

        for name, table in tables.items():
            assert pq.read_table(tmp_path / "t" / f"{name}.parquet").equals(table), name
    else:
        with (tmp_path / "t" / "outcomes.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert len(rows) == tables["outcomes"].num_rows
        assert json.loads(rows[0]["issues"]) == tables["outcomes"].column("issues")[0].as_py()


def test_export_can_leave_source_text_out(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    code, _, err = _run(capsys, "export", "--to", str(tmp_path), "--no-text", "--json")
    assert code == 0, err
    sources = pq.read_table(tmp_path / "sources.parquet")
    assert sources.column("text").null_count == sources.num_rows


def test_sql_prints_a_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("duckdb")
    query = "SELECT id, earliest, participants FROM meetings WHERE city = 'Hamburg' ORDER BY id"
    code, out, err = _run(capsys, "sql", query)
    assert code == 0, err
    assert "2017-07-07-hamburg-trump-putin  2017-07-07" in out
    assert out.rstrip().endswith("2 rows.")
    code, out, _ = _run(capsys, "sql", query, "--json", "--limit", "1")
    first = {"id": "2017-07-07-hamburg-trump-putin", "earliest": "2017-07-07", "participants": 4}
    assert json.loads(out) == [first]


def test_sql_reports_a_bad_query_without_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("duckdb")
    code, _, err = _run(capsys, "sql", "SELECT nope FROM meetings")
    assert code == 1
    assert err.startswith("summitlib: error: the query failed") and "nope" in err
    assert "Traceback" not in err


def test_sql_without_duckdb_says_what_to_install(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "duckdb", None)
    code, _, err = _run(capsys, "sql", "SELECT 1")
    assert code == 1
    assert '".[sql]"' in err
