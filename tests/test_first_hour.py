"""A new user's first hour, scripted: the ten tasks of docs/first-hour.md run in one session, without
error, and print exactly what the page says they print.

``python -m pytest tests/test_first_hour.py -s`` shows the transcript.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .helpers import ROOT
from .test_docs import _page_blocks, _run

PAGE = ROOT / "docs" / "first-hour.md"

TASKS = [
    "Every meeting of a leader",
    "Meetings between two countries",
    "Where the sources disagree about Hamburg",
    "How long the Hamburg meeting lasted",
    "Who said what, by name",
    "Into pandas",
    "A corpus of your own, fixed from the error messages",
    "A name typed without its letters",
    "A picture in your own figure",
    "The same from the command line",
]


def test_the_page_holds_the_ten_tasks() -> None:
    headings = re.findall(r"^## \d+\. (.+)$", PAGE.read_text(encoding="utf-8"), re.MULTILINE)
    assert headings == TASKS


def test_first_hour(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    blocks = _page_blocks(PAGE)
    printed = _run(PAGE, blocks)
    for number, (block, out) in enumerate(zip(blocks, printed, strict=True), start=1):
        print(f"--- block {number}\n{block.code}>>>\n{out}")
        assert block.output is not None, f"block {number} shows no output"
        assert out.rstrip("\n") == block.output.rstrip("\n"), f"block {number} printed something else"
    assert (tmp_path / "panels.png").stat().st_size > 10_000
