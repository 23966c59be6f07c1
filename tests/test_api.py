"""Tests for summitlib.load and summitlib.save (summitlib._api): corpora from and to every format."""

from __future__ import annotations

import shutil
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import summitlib
from summitlib import Corpus, LoadError, Records, storage
from summitlib import strategies as sst
from summitlib.storage import FORMATS

from .helpers import DATA, ROOT

HAMBURG = DATA / "storage" / "hamburg"
NAMES = {"directory": "corpus", "json": "corpus.json", "jsonl": "corpus.jsonl"}


def test_load_without_paths_gives_the_bundled_corpus() -> None:
    corpus = summitlib.load()
    assert corpus.name and len(corpus.records.sources) == len(list((ROOT / "seeds").glob("*.txt")))
    for source in corpus.records.sources:
        assert source.text == (ROOT / "seeds" / f"{source.id}.txt").read_bytes().decode("utf-8")
    assert all(c.evidence.resolved for c in corpus.records.claims)


def test_bundled_texts_come_from_the_installed_package_when_present(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a wheel the seeds are at summitlib/_data/seeds; in a checkout, the repository's seeds/."""
    expected = summitlib.load().records
    package = tmp_path / "site-packages" / "summitlib"
    shutil.copytree(ROOT / "src" / "summitlib" / "_data" / "corpus", package / "_data" / "corpus")
    monkeypatch.setattr(storage.resources, "files", lambda name: package)
    corpus_dir, texts = storage.bundled_paths()
    assert (corpus_dir, texts) == (package / "_data" / "corpus", tmp_path / "seeds")
    shutil.copytree(ROOT / "seeds", package / "_data" / "seeds")
    corpus_dir, texts = storage.bundled_paths()
    assert texts == package / "_data" / "seeds"
    assert summitlib.load().records == expected


@pytest.mark.parametrize("format", FORMATS)
def test_a_copy_of_the_bundled_corpus_loads_back_the_same(tmp_path: Path, format: str) -> None:
    bundled = summitlib.load()
    path = tmp_path / NAMES[format]
    summitlib.save(bundled, path)
    again = summitlib.load(path)
    assert again.records == bundled.records and again.name == bundled.name


@settings(max_examples=max(10, settings.default.max_examples // 3))
@given(records=sst.records(max_leaders=4, max_meetings=4, max_claims=4), format=st.sampled_from(FORMATS))
def test_load_save_round_trip(
    tmp_path_factory: pytest.TempPathFactory, records: Records, format: str
) -> None:
    """load(save(c)) has the records and name of c, in every format."""
    corpus = Corpus(records, name="generated")
    path = tmp_path_factory.mktemp("api") / NAMES[format]
    summitlib.save(corpus, path)
    again = summitlib.load(path)
    assert (again.records, again.name) == (corpus.records, corpus.name)


def test_save_format_overrides_the_suffix(tmp_path: Path) -> None:
    corpus = summitlib.load(HAMBURG)
    summitlib.save(corpus, tmp_path / "corpus.txt", format="jsonl")
    assert (tmp_path / "corpus.txt").read_text().startswith('{"schema_version":2')


def test_load_merges_several_paths(tmp_path: Path) -> None:
    hamburg = summitlib.load(HAMBURG)
    extra = Records(sources=hamburg.records.sources, issues=[summitlib.Issue(id="ukraine", name="Ukraine")])
    summitlib.save(Corpus(extra), tmp_path / "extra.jsonl")
    merged = summitlib.load(HAMBURG, tmp_path / "extra.jsonl")
    assert [i.id for i in merged.records.issues] == [*(i.id for i in hamburg.records.issues), "ukraine"]
    assert merged.name == "hamburg"


def test_conflicts_between_files_name_both(tmp_path: Path) -> None:
    hamburg = summitlib.load(HAMBURG)
    putin = attrs.evolve(hamburg.records.leaders[1], country="USA")
    summitlib.save(Corpus(Records(leaders=[putin])), tmp_path / "other.json")
    with pytest.raises(LoadError) as info:
        summitlib.load(HAMBURG, tmp_path / "other.json")
    (problem,) = info.value.problems
    assert problem.file == str(tmp_path / "other.json") and problem.path == "$.leaders[0]"
    assert str(HAMBURG / "leaders.yaml") in problem.message and "(in country)" in problem.message


def test_consistency_problems_name_file_and_line(tmp_path: Path) -> None:
    corpus = Path(shutil.copytree(HAMBURG, tmp_path / "hamburg"))
    claims = corpus / "claims.yaml"
    claims.write_text(claims.read_text().replace("{person: rex-tillerson}", "{person: rex-tilerson}"))
    with pytest.raises(LoadError) as info:
        summitlib.load(corpus)
    (problem,) = info.value.problems
    line = 1 + claims.read_text().splitlines().index("  speaker: {person: rex-tilerson}")
    assert (problem.file, problem.line, problem.path) == (str(claims), line, "$.claims[1].speaker.leader")
    assert "did you mean 'rex-tillerson'" in problem.message


def test_a_failed_load_returns_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"schema_version":1,"kind":"summitlib-corpus"}\n{"type":"issue","id":"x","name":"X"}\n{')
    with pytest.raises(LoadError):
        summitlib.load(bad)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl"]
