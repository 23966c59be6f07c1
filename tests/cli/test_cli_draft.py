"""``summitlib draft``: articles into a corpus directory, idempotent and atomic."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

import summitlib
from summitlib import Corpus, Leader, Records
from summitlib.cli import main

from ..helpers import DATA

DEV = DATA / "articles" / "dev"
BALI = [DEV / "201_biden-xi-bali-timesofindia.txt", DEV / "204_biden-xi-bali-cnn.txt"]


def _seeded(path: Path) -> Path:
    """A corpus directory that knows Biden and Xi by name (so any extractor finds them)."""
    leaders = Records(
        leaders=(
            Leader(id="joe-biden", name="Joe Biden", aliases=("Biden",), country="USA"),
            Leader(id="xi-jinping", name="Xi Jinping", aliases=("Xi",), country="CHN"),
        )
    )
    summitlib.save(Corpus(leaders, name="mine"), path)
    return path


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()
    }


def test_draft_creates_a_corpus_that_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new"
    assert main(["draft", *map(str, BALI), "--into", str(target), "--published", "2022-11-14"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Added to {target}")
    assert "201-biden-xi-bali-timesofindia" in out
    assert main(["validate", str(target)]) == 0
    corpus = summitlib.load(target)
    assert {s.id for s in corpus.sources} == {"201-biden-xi-bali-timesofindia", "204-biden-xi-bali-cnn"}
    assert all(s.published is not None for s in corpus.sources)


def test_reports_of_one_encounter_become_one_meeting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = _seeded(tmp_path / "mine")
    assert main(["draft", *map(str, BALI), "--into", str(target), "--published", "2022-11-14"]) == 0
    out = capsys.readouterr().out
    corpus = summitlib.load(target)
    bali = corpus.meetings.filter(between=["Biden", "Xi"], during="2022-11-14")
    assert len(bali) == 1
    assert {e.source for e in bali.one().evidence} == {
        "201-biden-xi-bali-timesofindia",
        "204-biden-xi-bali-cnn",
    }
    assert "Merged" in out and "same participants" in out


def test_adding_the_same_article_again_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = _seeded(tmp_path / "mine")
    assert main(["draft", str(BALI[0]), "--into", str(target), "--published", "2022-11-14"]) == 0
    before = _snapshot(target)
    capsys.readouterr()
    assert main(["draft", str(BALI[0]), "--into", str(target), "--published", "2022-11-14"]) == 0
    out = capsys.readouterr().out
    assert "already in the corpus" in out and "Nothing changed." in out
    assert _snapshot(target) == before


def test_dry_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new"
    assert main(["draft", str(BALI[0]), "--into", str(target), "--dry-run"]) == 0
    assert not target.exists()
    assert capsys.readouterr().out.startswith("Would add")


def test_a_failure_midway_leaves_the_directory_as_it_was(tmp_path: Path) -> None:
    target = _seeded(tmp_path / "mine")
    before = _snapshot(target)
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xc3\x28 not UTF-8")
    assert main(["draft", str(BALI[0]), str(broken), "--into", str(target)]) == 1
    assert _snapshot(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.txt", "mine"]  # no temporary left


def test_url_and_title_describe_one_article(tmp_path: Path) -> None:
    assert main(["draft", *map(str, BALI), "--into", str(tmp_path / "x"), "--url", "https://e.com/a"]) == 2


def test_into_a_directory_that_is_not_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(BALI[0]), "--into", str(tmp_path)]) == 1
    assert "not a corpus directory" in capsys.readouterr().err


def test_metadata_options_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "new"
    url = "https://m.timesofindia.com/world/biden-xi"
    title = ["--title", "Biden, Xi hold 3-hour meet"]
    code = main(
        [
            "draft",
            str(BALI[0]),
            "--into",
            str(target),
            "--url",
            url,
            *title,
            "--publisher",
            "The Times of India",
            "--json",
        ]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["written"] is True and data["added"]["sources"] == ["201-biden-xi-bali-timesofindia"]
    source = summitlib.load(target).sources.one()
    assert (source.url, source.title, source.publisher) == (
        url,
        "Biden, Xi hold 3-hour meet",
        "The Times of India",
    )
    assert str(source.published) == "2022-11-14" and source.is_inferred("published")  # from the date line


def test_html_needs_the_optional_extractor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Biden and Xi met on Monday.</p></body></html>", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # not installed
    assert main(["draft", str(page), "--into", str(tmp_path / "c")]) == 1
    assert 'pip install ".[html]" from a clone' in capsys.readouterr().err
    fake = types.ModuleType("trafilatura")
    fake.extract = lambda html, **_: "Biden and Xi met on Monday."  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "trafilatura", fake)
    assert main(["draft", str(page), "--into", str(tmp_path / "c"), "--published", "2022-11-14"]) == 0
    assert summitlib.load(tmp_path / "c").sources.one().text == "Biden and Xi met on Monday."


def test_leaders_of_another_corpus_are_known_by_name(tmp_path: Path) -> None:
    lexicon = _seeded(tmp_path / "lexicon")
    target = tmp_path / "new"
    args = [
        "draft",
        *map(str, BALI),
        "--into",
        str(target),
        "--published",
        "2022-11-14",
        "--corpus",
        str(lexicon),
    ]
    assert main(args) == 0
    corpus = summitlib.load(target)
    assert {"joe-biden", "xi-jinping"} <= set(corpus.leaders.ids)
    assert len(corpus.meetings.filter(between=["Biden", "Xi"], during="2022-11-14")) == 1


def test_a_failure_while_writing_leaves_the_directory_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summitlib.storage import _yaml

    target = _seeded(tmp_path / "mine")
    before = _snapshot(target)
    calls = []
    original = _yaml.write_file

    def failing(path: Path, data: bytes) -> None:  # the disk fills up after two files
        calls.append(path)
        if len(calls) > 2:
            raise OSError(28, "No space left on device")
        original(path, data)

    monkeypatch.setattr(_yaml, "write_file", failing)
    assert main(["draft", str(BALI[0]), "--into", str(target), "--published", "2022-11-14"]) == 1
    assert len(calls) > 2
    assert _snapshot(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]  # no temporary directory left
