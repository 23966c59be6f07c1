"""Merging several corpora: what counts as the same record, paths given twice, and problem reports whose
cost grows linearly with the number of problems (each file read once, not once per problem)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from summitlib import LoadError, load
from summitlib.storage import _decode, _problems, load_records, save_records

from .helpers import HAMBURG, ROOT


@pytest.mark.parametrize("name", ["saved.json", "saved.jsonl", "saved"])
def test_a_hand_written_corpus_merges_with_its_saved_copy(tmp_path: Path, name: str) -> None:
    """The Hamburg corpus leaves evidence offsets out (as the docs allow); its saved copy has them. The two
    hold the same records once the offsets are resolved, so they merge."""
    hand_written = load_records(HAMBURG)
    save_records(hand_written, tmp_path / name)
    assert load_records(HAMBURG, tmp_path / name) == hand_written
    assert load_records(tmp_path / name, HAMBURG) == hand_written
    assert load(HAMBURG, tmp_path / name).records == hand_written


def test_records_that_really_differ_still_conflict(tmp_path: Path) -> None:
    corpus = Path(shutil.copytree(HAMBURG, tmp_path / "corpus"))
    claims = corpus / "claims.yaml"
    claims.write_text(claims.read_text().replace(">=120", ">=130", 1))
    with pytest.raises(LoadError, match="differs \\(in value\\)"):
        load_records(HAMBURG, corpus)


def test_the_same_path_given_twice_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = load_records(HAMBURG)
    save_records(expected, tmp_path / "c.json")
    (tmp_path / "link.json").symlink_to(tmp_path / "c.json")
    reads = _count_reads(monkeypatch)
    records = load_records(tmp_path / "c.json", tmp_path / "c.json", tmp_path / "." / "link.json")
    assert records == expected
    assert reads == {str(tmp_path / "c.json"): 1}
    assert load_records(HAMBURG, HAMBURG, f"{HAMBURG}/") == load_records(HAMBURG)


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    reads: dict[str, int] = {}
    real = _decode.open_regular

    def counting(path: Path, file: str) -> Any:
        reads[file] = reads.get(file, 0) + 1
        return real(path, file)

    monkeypatch.setattr(_decode, "open_regular", counting)
    return reads


def test_missing_texts_are_reported_reading_sources_yaml_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "texts").mkdir(parents=True)
    (corpus / "corpus.yaml").write_text("schema_version: 1\nname: missing\n")
    lines = [f"- {{id: s{i}, kind: news, text_file: s{i}.txt}}\n" for i in range(300)]
    (corpus / "sources.yaml").write_text("".join(lines))
    calls = _count_line_lookups(monkeypatch)
    with pytest.raises(LoadError) as info:
        load_records(corpus)
    assert len(info.value.problems) == 300
    assert info.value.problems[299].line == 300
    assert calls["n"] <= 1  # one look-up of sources.yaml for the lines of all 300 problems


def _count_line_lookups(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Count the calls of `Origin.lines` (each reads and parses its file once)."""
    calls = {"n": 0}
    real = _problems.Origin.lines

    def counting(self: _problems.Origin, paths: list[str]) -> list[int | None]:
        calls["n"] += 1
        return real(self, paths)

    monkeypatch.setattr(_problems.Origin, "lines", counting)
    return calls


def test_merge_conflicts_are_reported_reading_each_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = load_records(HAMBURG)
    save_records(records, tmp_path / "a.json")
    text = (tmp_path / "a.json").read_text()
    (tmp_path / "b.json").write_text(text.replace('"status":"held"', '"status":"planned"'))
    calls = _count_line_lookups(monkeypatch)
    with pytest.raises(LoadError) as info:
        load_records(tmp_path / "a.json", tmp_path / "b.json")
    assert len(info.value.problems) == len(records.meetings)
    assert all(p.line is not None and "a.json:" in p.message for p in info.value.problems)
    assert calls["n"] <= 2  # one call per file, whatever the number of conflicts


@pytest.mark.slow
def test_ten_thousand_problems_are_all_reported(tmp_path: Path) -> None:
    """bench/bench_problems.py at N = 10,000: every problem is reported. How long it takes is the bench's
    figure (on the performance page), not a test's: a timing assertion fails on a busy machine."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import bench_problems
    finally:
        sys.path.pop(0)
    for name, make in bench_problems.CASES.items():
        _, found = bench_problems.time_problems(make, 10_000)
        assert found >= 10_000, name
