"""Tests for summitlib.storage: the formats, round trips, merging, schema versions and safety."""

from __future__ import annotations

import json
import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import summitlib
from summitlib import (
    LoadError,
    MeetingFormat,
    MeetingStatus,
    Records,
    SchemaVersionError,
    Source,
    SourceKind,
    check_records,
)
from summitlib import strategies as sst
from summitlib.storage import (
    FORMATS,
    MIGRATIONS,
    SCHEMA_VERSION,
    _problems,
    detect_format,
    load_records,
    register_migration,
    save_records,
    stream_records,
)
from summitlib.storage._problems import KINDS

from ..helpers import corpus_examples
from .helpers import HAMBURG

NAMES = {"directory": "corpus", "json": "corpus.json", "jsonl": "corpus.jsonl"}
SMALL = sst.records(max_leaders=4, max_issues=3, max_meetings=4, max_sources=2, max_claims=4)
"""Generated corpora, kept small: generating them costs more than saving and loading them."""


@pytest.fixture(autouse=True, scope="module")
def _no_fsync() -> Iterator[None]:
    """Durability has its own tests (test_atomic.py); here fsync would only cost time."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "fsync", lambda fd: None)
        yield


@pytest.fixture
def hamburg() -> Records:
    return load_records(HAMBURG)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One directory for every example (saving replaces files in place; temporary dirs are slow to remove)."""
    return tmp_path_factory.mktemp("round-trips")


@corpus_examples()
@given(records=SMALL, format=st.sampled_from(FORMATS))
def test_round_trip_in_every_format(workspace: Path, records: Records, format: str) -> None:
    """load(save(r)) == check(r) in every format: nothing is lost, added or reordered."""
    path = workspace / NAMES[format]
    save_records(records, path)
    assert detect_format(path) == format
    assert load_records(path) == check_records(records)


@settings(max_examples=max(10, settings.default.max_examples // 3))
@given(records=SMALL)
def test_json_lines_stream_gives_the_single_file_corpus(workspace: Path, records: Records) -> None:
    """Streaming a JSON Lines corpus yields exactly the records of the same corpus saved as one JSON file."""
    checked = check_records(records)
    save_records(checked, workspace / "c.jsonl")
    save_records(checked, workspace / "c.json")
    streamed = list(stream_records(workspace / "c.jsonl"))
    whole = load_records(workspace / "c.json")
    by_kind = {kind: tuple(r for r in streamed if isinstance(r, cls)) for kind, cls in KINDS.items()}
    assert Records(**by_kind) == whole
    assert len(streamed) == len(whole)


def test_hand_written_directory_loads(hamburg: Records) -> None:
    assert hamburg.counts() == {"leaders": 4, "issues": 3, "meetings": 2, "sources": 1, "claims": 3}
    text = (HAMBURG / "texts" / "globe-hamburg.txt").read_text(encoding="utf-8")
    assert hamburg.sources[0].text == text
    # unquoted YAML dates stay dates with their precision, not datetime.date objects
    assert str(hamburg.meetings[1].when) == "2017-07-07"
    assert str(hamburg.sources[0].published) == "2017-07"
    quote = hamburg.claims[0].evidence
    assert quote.start is not None and text[quote.start : quote.end] == quote.quote


@pytest.mark.parametrize("format", FORMATS)
def test_every_format_carries_the_schema_version(hamburg: Records, tmp_path: Path, format: str) -> None:
    path = tmp_path / NAMES[format]
    save_records(hamburg, path, name="hamburg")
    if format == "directory":
        head = yaml.safe_load((path / "corpus.yaml").read_text(encoding="utf-8"))
    elif format == "json":
        head = json.loads(path.read_text(encoding="utf-8"))
    else:
        head = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert head["schema_version"] == SCHEMA_VERSION
    assert head["name"] == "hamburg"


def test_texts_keep_their_exact_characters(tmp_path: Path) -> None:
    text = "\ufeffLine one\r\nline two — “quoted”\n\n\ttabbed\u2028end"
    records = Records(sources=[Source(id="a:b", text=text, kind=SourceKind.NEWS)])
    for format in FORMATS:
        path = tmp_path / NAMES[format]
        save_records(records, path)
        assert load_records(path).sources[0].text == text
    assert (tmp_path / "corpus" / "texts" / "a_b.txt").read_bytes() == text.encode("utf-8")


def test_saving_over_a_corpus_directory_replaces_it(hamburg: Records, tmp_path: Path) -> None:
    target = tmp_path / "corpus"
    save_records(hamburg, target)
    smaller = Records(sources=hamburg.sources)
    save_records(smaller, target)
    assert load_records(target) == smaller
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_detect_format() -> None:
    assert detect_format(HAMBURG) == "directory"
    assert detect_format("x.JSON") == "json"
    assert detect_format("x.ndjson") == "jsonl"
    assert detect_format("new-corpus", for_writing=True) == "directory"
    with pytest.raises(LoadError, match="no such file"):
        detect_format("does-not-exist")


def test_unknown_format_is_refused(hamburg: Records, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        save_records(hamburg, tmp_path / "c.xml", format="xml")
    (tmp_path / "c.csv").write_text("id\n")
    with pytest.raises(LoadError, match=r"unknown format '\.csv'"):
        load_records(tmp_path / "c.csv")


# merging -------------------------------------------------------------------------------------------------


def test_identical_records_in_several_files_merge(hamburg: Records, tmp_path: Path) -> None:
    save_records(hamburg, tmp_path / "a.json")
    save_records(Records(sources=hamburg.sources, leaders=hamburg.leaders[:2]), tmp_path / "b.jsonl")
    assert load_records(tmp_path / "a.json", tmp_path / "b.jsonl") == hamburg


def test_records_spread_over_files_are_checked_together(hamburg: Records, tmp_path: Path) -> None:
    """Meetings in one file may refer to leaders in another."""
    base = Records(sources=hamburg.sources, leaders=hamburg.leaders, issues=hamburg.issues)
    rest = Records(sources=hamburg.sources, meetings=hamburg.meetings, claims=hamburg.claims)
    save_records(base, tmp_path / "base.json")
    save_records(rest, tmp_path / "rest.jsonl")
    assert load_records(tmp_path / "base.json", tmp_path / "rest.jsonl").counts() == hamburg.counts()


def test_conflicting_records_name_both_files(hamburg: Records, tmp_path: Path) -> None:
    import attrs

    changed = attrs.evolve(hamburg.leaders[1], name="V. V. Putin")
    save_records(hamburg, tmp_path / "a.json")
    save_records(Records(sources=hamburg.sources, leaders=[changed]), tmp_path / "b.jsonl")
    with pytest.raises(LoadError) as info:
        load_records(tmp_path / "a.json", tmp_path / "b.jsonl")
    (problem,) = info.value.problems
    assert problem.file == str(tmp_path / "b.jsonl") and problem.line == 3
    assert str(tmp_path / "a.json") in problem.message and "$.leaders[1]" in problem.message
    assert "(in name)" in problem.message and "rename one" in problem.message


def test_problems_of_merged_files_point_at_their_own_file(hamburg: Records, tmp_path: Path) -> None:
    save_records(hamburg, tmp_path / "a.json")
    bad = tmp_path / "b.jsonl"
    save_records(Records(sources=hamburg.sources), bad)
    with bad.open("a", encoding="utf-8") as file:
        file.write(
            '{"type":"leader","id":"x","name":"X","evidence":[{"source":"globe-hamburg","quote":"nope"}]}\n'
        )
    with pytest.raises(LoadError) as info:
        load_records(tmp_path / "a.json", bad)
    (problem,) = info.value.problems
    assert (problem.file, problem.line, problem.path) == (str(bad), 3, "$.leaders[0].evidence[0].quote")


# schema versions ---------------------------------------------------------------------------------------


def test_newer_schema_version_is_refused_in_every_format(hamburg: Records, tmp_path: Path) -> None:
    for format in FORMATS:
        path = tmp_path / NAMES[format]
        save_records(hamburg, path)
        head = path / "corpus.yaml" if format == "directory" else path
        text = head.read_text(encoding="utf-8")
        old = (
            f"schema_version: {SCHEMA_VERSION}"
            if format == "directory"
            else f'"schema_version":{SCHEMA_VERSION}'
        )
        head.write_text(text.replace(old, old.replace(str(SCHEMA_VERSION), "99"), 1), encoding="utf-8")
        with pytest.raises(SchemaVersionError, match="newer than this summitlib reads") as info:
            load_records(path)
        assert info.value.problems[0].file == str(head)
        assert "upgrade summitlib" in info.value.problems[0].message


def test_migrations_upgrade_old_files(
    hamburg: Records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A version-2 file is read by a summitlib whose schema is 3, through the registered migration."""
    path = tmp_path / "old.jsonl"
    save_records(hamburg, path)
    text = path.read_text(encoding="utf-8").replace('"when":', '"date":')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError, match="unknown field"):
        load_records(path)
    registered = dict(MIGRATIONS)
    monkeypatch.setattr(_problems, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(_problems, "MIGRATIONS", dict(registered))
    monkeypatch.setattr("summitlib.storage._structure.SCHEMA_VERSION", 3)
    monkeypatch.setattr("summitlib.storage._json.SCHEMA_VERSION", 3)

    @register_migration(from_version=2)
    def date_to_when(kind: str, record: dict[str, object]) -> dict[str, object]:
        return {("when" if k == "date" and kind == "meetings" else k): v for k, v in record.items()}

    with pytest.raises(ValueError, match="already registered"):
        register_migration(from_version=2)(date_to_when)
    assert load_records(path) == hamburg
    assert registered == MIGRATIONS  # the public registry was not touched by this test


def test_versions_older_than_any_migration_are_unknown(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text('{"schema_version": 0, "kind": "summitlib-corpus"}', encoding="utf-8")
    with pytest.raises(SchemaVersionError, match="schema version 0 is unknown"):
        load_records(path)


# safety ------------------------------------------------------------------------------------------------


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "hamburg"
    shutil.copytree(HAMBURG, target)
    return target


@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "../corpus.yaml"])
def test_text_files_must_stay_inside_the_texts_directory(tmp_path: Path, name: str) -> None:
    corpus = _copy(tmp_path)
    sources = corpus / "sources.yaml"
    sources.write_text(sources.read_text().replace("globe-hamburg.txt", name))
    with pytest.raises(LoadError) as info:
        load_records(corpus)
    (problem,) = info.value.problems
    assert problem.path == "$.sources[0].text_file" and problem.line == 5
    assert "outside the texts directory" in problem.message


def test_symlinks_leading_out_of_the_corpus_are_rejected(tmp_path: Path) -> None:
    corpus = _copy(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("not part of the corpus")
    link = corpus / "texts" / "globe-hamburg.txt"
    link.unlink()
    link.symlink_to(secret)
    with pytest.raises(LoadError, match="outside the texts directory"):
        load_records(corpus)
    (corpus / "corpus.yaml").write_text("schema_version: 1\nname: x\ntexts: ../elsewhere\n")
    with pytest.raises(LoadError, match="texts directory '../elsewhere' is outside the corpus"):
        load_records(corpus)


def test_python_tags_are_never_executed(tmp_path: Path) -> None:
    corpus = _copy(tmp_path)
    marker = tmp_path / "executed"
    (corpus / "issues.yaml").write_text(
        f"- !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8"
    )
    with pytest.raises(LoadError, match="could not determine a constructor") as info:
        load_records(corpus)
    assert info.value.problems[0].line == 1
    assert not marker.exists()


def test_yaml_alias_bombs_are_refused_quickly(tmp_path: Path) -> None:
    corpus = _copy(tmp_path)
    lines = [
        '- id: syria\n  name: Syria\n  aliases: &a ["x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9"]'
    ]
    for level, name in enumerate("bcdefgh"):
        previous = "a" if level == 0 else "bcdefgh"[level - 1]
        lines.append(f"- id: i{name}\n  name: I\n  note: &{name} [{', '.join(['*' + previous] * 9)}]")
    (corpus / "issues.yaml").write_text("\n".join(lines) + "\n")
    with pytest.raises(LoadError, match="aliases expand this file to more than") as info:
        load_records(corpus)
    assert info.value.problems[0].file == str(corpus / "issues.yaml")


def test_yaml_aliases_for_repeated_values_are_fine(tmp_path: Path) -> None:
    corpus = _copy(tmp_path)
    meetings = corpus / "meetings.yaml"
    text = meetings.read_text()
    text = text.replace(
        "place: {country: DEU, city: Hamburg}", "place: &hamburg {country: DEU, city: Hamburg}", 1
    )
    meetings.write_text(text.replace("place: {country: DEU, city: Hamburg}", "place: *hamburg"))
    assert load_records(corpus) == load_records(HAMBURG)


def test_loading_uses_no_network(hamburg: Records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for format in FORMATS:
        save_records(hamburg, tmp_path / NAMES[format])

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access while loading")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for format in FORMATS:
        assert load_records(tmp_path / NAMES[format]) == hamburg


def test_stream_records_only_reads_json_lines(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="JSON Lines"):
        stream_records(HAMBURG)
    bad = tmp_path / "c.jsonl"
    bad.write_text('{"schema_version":1,"kind":"summitlib-corpus"}\n{"type":"issue","id":"x"}\n')
    with pytest.raises(LoadError) as info:
        list(stream_records(bad))
    assert info.value.problems[0].line == 2 and info.value.problems[0].path == "$.issues[0].name"
    bad.write_text(bad.read_text().replace('"id":"x"}', '"id":"x","name":"X"}\n{"type":"issue","id":"y"}'))
    with pytest.raises(LoadError) as info:
        list(stream_records(bad))
    assert info.value.problems[0].line == 3 and info.value.problems[0].path == "$.issues[1].name"


@settings(max_examples=max(10, settings.default.max_examples // 3))
@given(records=SMALL)
def test_json_lines_fast_and_line_by_line_readers_agree(workspace: Path, records: Records) -> None:
    """The one-call decoder used for well-formed files yields exactly what the line-by-line reader does."""
    from summitlib.storage import _json

    path = workspace / "agree.jsonl"
    save_records(records, path)
    fast = _json._read_fast(path.read_bytes(), str(path))
    assert fast is not None
    assert list(fast) == list(_json._lines(path, str(path)))


def test_version_1_files_load_and_save_as_version_2(tmp_path: Path) -> None:
    """A corpus written by schema version 1 (before 'postponed' existed) loads unchanged and saves as 2."""
    head = (HAMBURG / "corpus.yaml").read_text()
    assert "schema_version: 1" in head
    corpus = summitlib.load(HAMBURG)
    summitlib.save(corpus, tmp_path / "c.json")
    assert json.loads((tmp_path / "c.json").read_text())["schema_version"] == 2
    assert summitlib.load(tmp_path / "c.json").records == corpus.records


def test_postponed_and_video_call_round_trip(tmp_path: Path) -> None:
    corpus = summitlib.load(HAMBURG)
    meeting = corpus.records.meetings[0]
    changed = attrs.evolve(meeting, status=MeetingStatus.POSTPONED, format=MeetingFormat.VIDEO_CALL)
    records = attrs.evolve(corpus.records, meetings=(changed, *corpus.records.meetings[1:]))
    for name in ("c.json", "c.jsonl", "dir"):
        summitlib.save(summitlib.Corpus(records), tmp_path / name)
        [back] = [m for m in summitlib.load(tmp_path / name).meetings if m.id == meeting.id]
        assert (back.status, back.format) == (MeetingStatus.POSTPONED, MeetingFormat.VIDEO_CALL)
