"""Load errors that teach: each names the file, the line (where the format has lines), the record path,
what was expected and what was found — one test per kind of mistake, in each format it applies to."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from summitlib import LoadError, Problem, Records, SchemaVersionError, check_records
from summitlib import strategies as sst
from summitlib.storage import SCHEMA_VERSION, load_records, save_records
from summitlib.storage._problems import KINDS

from .helpers import HAMBURG


@attrs.frozen
class Case:
    """Replace ``old`` by ``new`` in ``file`` of a corpus in ``format``; expect one problem at ``path``
    on the line containing ``needle`` (None: the format has no line for it), mentioning ``fragments``."""

    format: str
    file: str
    old: str
    new: str
    path: str
    needle: str | None
    fragments: tuple[str, ...]


def _corpus(format: str, tmp_path: Path) -> Path:
    if format == "directory":
        return Path(shutil.copytree(HAMBURG, tmp_path / "hamburg"))
    path = tmp_path / f"hamburg.{format}"
    save_records(load_records(HAMBURG), path)
    return path


def _break(case: Case, tmp_path: Path) -> tuple[Path, Path]:
    corpus = _corpus(case.format, tmp_path)
    file = corpus / case.file if case.format == "directory" else corpus
    data = file.read_bytes()
    old, new = case.old.encode(), case.new.encode("utf-8", "surrogateescape")
    assert data.count(old) >= 1, f"{case.old!r} not in {file}"
    file.write_bytes(data.replace(old, new, 1))
    return corpus, file


def _line_of(file: Path, needle: str) -> int:
    lines = file.read_bytes().split(b"\n")
    return next(n for n, line in enumerate(lines, 1) if needle.encode("utf-8", "surrogateescape") in line)


def _only_problem(corpus: Path, error: type[LoadError] = LoadError) -> Problem:
    with pytest.raises(error) as info:
        load_records(corpus)
    assert len(info.value.problems) == 1, info.value
    problem = info.value.problems[0]
    assert str(problem) in str(info.value)
    return problem


CASES = {
    # malformed documents
    "malformed-yaml": Case(
        "directory",
        "meetings.yaml",
        "name: G20 summit in Hamburg",
        "name: [G20",
        "$",
        "format: summit",
        ("malformed YAML", "']'"),
    ),
    "malformed-json": Case(
        "json",
        "",
        '"status":"held",',
        '"status":"held",,',
        "$",
        '"held",,',
        ("malformed JSON", "expected valid JSON"),
    ),
    "malformed-jsonl": Case(
        "jsonl", "", '"status":"held",', '"status":"held"', "$", '"held""', ("malformed JSON", "delimiter")
    ),
    # repeated keys
    "duplicate-key-yaml": Case(
        "directory",
        "meetings.yaml",
        "  status: held\n",
        "  status: held\n  status: planned\n",
        "$",
        "status: planned",
        ("'status' twice", "remove or rename one"),
    ),
    "duplicate-key-json": Case(
        "json",
        "",
        '"status":"held",',
        '"status":"held","status":"planned",',
        "$.meetings[0]",
        '"planned"',
        ("'status' appears twice", "remove or rename one"),
    ),
    "duplicate-key-jsonl": Case(
        "jsonl",
        "",
        '"status":"held",',
        '"status":"held","status":"planned",',
        "$",
        '"planned"',
        ("'status' appears twice", "remove or rename one"),
    ),
    # wrong types, missing and unknown fields
    "wrong-type-yaml": Case(
        "directory",
        "meetings.yaml",
        "participants: [donald-trump, vladimir-putin]",
        "participants: donald-trump",
        "$.meetings[1].participants",
        "participants:",
        ("expected a list of strings", "'donald-trump'"),
    ),
    "wrong-type-json": Case(
        "json",
        "",
        '"format":"summit"',
        '"format":3',
        "$.meetings[0].format",
        '"format":3',
        ("expected one of", "'summit'", "got 3"),
    ),
    "number-for-text": Case(
        "directory",
        "leaders.yaml",
        "name: Sergey Lavrov",
        "name: 2017",
        "$.leaders[3].name",
        "name: 2017",
        ("expected text", "quote a value that looks like a number", "got 2017"),
    ),
    "fraction-for-offset": Case(
        "directory",
        "claims.yaml",
        "quote: The meeting lasted more than two hours\n",
        "quote: The meeting lasted more than two hours\n    start: 1.5\n",
        "$.claims[0].evidence.start",
        "start: 1.5",
        ("expected a whole number, got 1.5",),
    ),
    "missing-field-yaml": Case(
        "directory",
        "issues.yaml",
        "  name: Syria\n",
        "",
        "$.issues[0].name",
        "- id: syria",
        ("required field 'name' is missing", "add it"),
    ),
    "missing-field-jsonl": Case(
        "jsonl",
        "",
        '"name":"Syria"',
        '"note":"x"',
        "$.issues[0].name",
        '"note":"x"',
        ("required field 'name' is missing", "add it"),
    ),
    "unknown-field-yaml": Case(
        "directory",
        "leaders.yaml",
        "  country: RUS\n",
        "  contry: RUS\n",
        "$.leaders[1]",
        "- id: vladimir-putin",
        ("unknown field(s) contry", "'country'"),
    ),
    "unknown-field-json": Case(
        "json",
        "",
        '"country":"RUS"',
        '"favourite_colour":"RUS"',
        "$.leaders[1]",
        '"favourite_colour"',
        ("unknown field(s) favourite_colour", "remove 'favourite_colour'"),
    ),
    "unknown-record-type": Case(
        "jsonl",
        "",
        '{"type":"issue","id":"syria"',
        '{"type":"isue","id":"syria"',
        "$.type",
        '"isue"',
        ("unknown record type 'isue'", "did you mean 'issue'"),
    ),
    # values
    "impossible-date": Case(
        "directory",
        "meetings.yaml",
        "when: 2017-07-07\n",
        "when: 2017-02-30\n",
        "$.meetings[1].when",
        "2017-02-30",
        ("a day from 1 to 28", "got 30"),
    ),
    "end-before-start": Case(
        "directory",
        "meetings.yaml",
        "2017-07-07/2017-07-08",
        "2017-07-08/2017-07-07",
        "$.meetings[0].when",
        "2017-07-08/2017-07-07",
        ("not before the start", "2017-07-07"),
    ),
    "role-end-before-start": Case(
        "directory",
        "leaders.yaml",
        "start: 2017-01-20",
        "start: 2017-01-20\n      end: 2016-12",
        "$.leaders[0].roles[0].end",
        "end: 2016-12",
        ("Role.end", "not before the start"),
    ),
    "negative-duration": Case(
        "jsonl",
        "",
        '"duration":">=120"',
        '"duration":"-30"',
        "$.claims[0].value",
        '"-30"',
        ("expected minutes as", "got '-30'"),
    ),
    "inverted-duration": Case(
        "directory",
        "claims.yaml",
        '{duration: ">=120"}',
        '{duration: "180..120"}',
        "$.claims[0].value",
        "180..120",
        ("expected a value >= the minimum 180", "got 120"),
    ),
    "country-code": Case(
        "directory",
        "meetings.yaml",
        "{country: DEU, city: Hamburg}\n- id: trump",
        "{country: GER, city: Hamburg}\n- id: trump",
        "$.meetings[0].place.country",
        "GER",
        ("alpha-3", "'GER'"),
    ),
    # consistency
    "duplicate-id": Case(
        "directory",
        "issues.yaml",
        "- id: election-meddling",
        "- id: syria # again\n  name: Syria\n- id: election-meddling",
        "$.issues[2].id",
        "syria # again",
        ("duplicate id 'syria'", "$.issues[0]", "unique"),
    ),
    "dangling-reference-yaml": Case(
        "directory",
        "meetings.yaml",
        "[donald-trump, vladimir-putin]",
        "[donald-trump, vladimir-putn]",
        "$.meetings[1].participants[1]",
        "vladimir-putn",
        ("unknown leader id 'vladimir-putn'", "did you mean 'vladimir-putin'"),
    ),
    "dangling-reference-json": Case(
        "json",
        "",
        '"occasion":"g20-hamburg-2017"',
        '"occasion":"g20-hamburg"',
        "$.meetings[1].occasion",
        '"g20-hamburg"',
        ("unknown meeting id 'g20-hamburg'", "did you mean 'g20-hamburg-2017'"),
    ),
    "quote-not-in-source": Case(
        "directory",
        "claims.yaml",
        "quote: The meeting lasted more than two hours",
        "quote: The meeting lasted more than three hours",
        "$.claims[0].evidence.quote",
        "three hours",
        ("is not in the text of source 'globe-hamburg'", "exact substring"),
    ),
    "offset-out-of-range": Case(
        "jsonl",
        "",
        '"quote":"The meeting lasted more than two hours","start":',
        '"quote":"The meeting lasted more than two hours","start":9',
        "$.claims[0].evidence.end",
        '"start":9',
        ("Evidence.end", "start + len(quote)"),
    ),
    "offset-past-the-end": Case(
        "directory",
        "claims.yaml",
        "quote: The meeting lasted more than two hours\n",
        "quote: The meeting lasted more than two hours\n    start: 99999\n",
        "$.claims[0].evidence.start",
        "start: 99999",
        ("past the end of source",),
    ),
    "offset-wrong-place": Case(
        "directory",
        "claims.yaml",
        "quote: The meeting lasted more than two hours\n",
        "quote: The meeting lasted more than two hours\n    start: 3\n",
        "$.claims[0].evidence.start",
        "start: 3",
        ("not the quote", "occurs at offset"),
    ),
    # files
    "not-utf8-yaml": Case(
        "directory",
        "leaders.yaml",
        "Sergey Lavrov\n",
        "Sergey Lavrov\udce9\n",
        "$",
        "Sergey Lavrov\udce9",
        ("not UTF-8", "b'\\xe9'", "re-save the file as UTF-8"),
    ),
    "not-utf8-jsonl": Case(
        "jsonl",
        "",
        '"name":"Syria"',
        '"name":"Syri\udce9"',
        "$",
        "Syri\udce9",
        ("not UTF-8", "re-save the file as UTF-8"),
    ),
    "not-utf8-text": Case(
        "directory",
        "texts/globe-hamburg.txt",
        "Skip to",
        "Sk\udcffip to",
        "$.sources[0].text_file",
        "text_file:",
        ("not UTF-8", "globe-hamburg.txt"),
    ),
    "text-file-missing": Case(
        "directory",
        "sources.yaml",
        "text_file: globe-hamburg.txt",
        "text_file: globe.txt",
        "$.sources[0].text_file",
        "globe.txt",
        ("does not exist",),
    ),
    "kind-marker": Case(
        "json",
        "",
        '"kind":"summitlib-corpus"',
        '"kind":"something-else"',
        "$.kind",
        None,
        ("expected kind 'summitlib-corpus'",),
    ),
    "header-field": Case(
        "directory",
        "corpus.yaml",
        "name: hamburg",
        "nam: hamburg",
        "$.nam",
        "nam: hamburg",
        ("unknown field 'nam'", "did you mean 'name'"),
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_each_problem_names_file_line_path_and_fix(case: Case, tmp_path: Path) -> None:
    corpus, file = _break(case, tmp_path)
    problem = _only_problem(corpus)
    reported = file if case.file != "texts/globe-hamburg.txt" else corpus / "sources.yaml"
    assert problem.file == str(reported)
    assert problem.path == case.path
    if case.needle is not None:
        assert problem.line == _line_of(reported, case.needle)
    for fragment in case.fragments:
        assert fragment in problem.message


@pytest.mark.parametrize("format", ["json", "jsonl"])
def test_empty_files(format: str, tmp_path: Path) -> None:
    path = tmp_path / f"empty.{format}"
    path.write_bytes(b"\n")
    problem = _only_problem(path)
    assert problem.file == str(path) and "the file is empty" in problem.message


def test_empty_yaml_record_file(tmp_path: Path) -> None:
    corpus = Path(shutil.copytree(HAMBURG, tmp_path / "hamburg"))
    (corpus / "issues.yaml").write_text("# nothing yet\n")
    problem = _only_problem(corpus)
    assert problem.file == str(corpus / "issues.yaml")
    assert "the file is empty" in problem.message and "write [] for none" in problem.message


def test_missing_corpus_yaml(tmp_path: Path) -> None:
    problem = _only_problem(tmp_path)
    assert problem.file == str(tmp_path / "corpus.yaml") and "no corpus.yaml" in problem.message


def test_record_file_that_is_not_a_list(tmp_path: Path) -> None:
    corpus = Path(shutil.copytree(HAMBURG, tmp_path / "hamburg"))
    (corpus / "issues.yaml").write_text("id: syria\nname: Syria\n")
    problem = _only_problem(corpus)
    assert (problem.path, problem.line) == ("$.issues", 1)
    assert "expected a list of issues, got a dict" in problem.message


def test_schema_version_from_the_future(tmp_path: Path) -> None:
    corpus = Path(shutil.copytree(HAMBURG, tmp_path / "hamburg"))
    head = corpus / "corpus.yaml"
    head.write_text(head.read_text().replace("schema_version: 1", "schema_version: 3"))
    problem = _only_problem(corpus, SchemaVersionError)
    assert (problem.file, problem.path) == (str(head), "$.schema_version")
    assert "schema version 3 is newer" in problem.message and "upgrade summitlib" in problem.message


def test_schema_version_missing_or_not_a_number(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"kind":"summitlib-corpus"}\n')
    assert "add schema_version: 2" in _only_problem(path).message
    path.write_text('{"schema_version":"1","kind":"summitlib-corpus"}\n')
    assert "expected an integer schema version, got '1'" in _only_problem(path).message


def test_every_problem_of_every_file_is_reported_together(tmp_path: Path) -> None:
    corpus = Path(shutil.copytree(HAMBURG, tmp_path / "hamburg"))
    meetings = corpus / "meetings.yaml"
    meetings.write_text(meetings.read_text().replace("when: 2017-07-07\n", "when: 2017-02-30\n"))
    issues = corpus / "issues.yaml"
    issues.write_text(issues.read_text().replace("  name: Syria\n", ""))
    other = tmp_path / "other.jsonl"
    other.write_text('{"schema_version":1,"kind":"summitlib-corpus"}\n{"type":"leader","id":"x"}\n[]\n')
    with pytest.raises(LoadError) as info:
        load_records(corpus, other)
    found = {(Path(p.file or "").name, p.line, p.path) for p in info.value.problems}
    assert found == {
        ("meetings.yaml", 12, "$.meetings[1].when"),
        ("issues.yaml", 1, "$.issues[0].name"),
        ("other.jsonl", 2, "$.leaders[0].name"),
        ("other.jsonl", 3, "$"),
    }
    assert "4 problems found" in str(info.value)


# record problems and consistency problems in one load ------------------------------------------------------


def _load_problems(path: Path) -> list[Problem]:
    with pytest.raises(LoadError) as info:
        load_records(path)
    return list(info.value.problems)


_SYRIA = {"directory": ("  name: Syria\n", "  name: 5\n"), "json": ('"name":"Syria"', '"name":5')}
_PUTIN = {"directory": ("[donald-trump, vladimir-putin]", "[donald-trump, vladimir-putn]")}
_PUTIN["json"] = (
    '"participants":["donald-trump","vladimir-putin"]',
    '"participants":["donald-trump","vladimir-putn"]',
)


@pytest.mark.parametrize("format", ["directory", "json", "jsonl"])
def test_record_and_reference_problems_are_reported_together(format: str, tmp_path: Path) -> None:
    """A record that does not build and a reference that does not resolve, in other records, come in the
    same report: the user fixes both before loading again."""
    corpus = _corpus(format, tmp_path)
    issues, meetings = (
        (corpus / "issues.yaml", corpus / "meetings.yaml") if format == "directory" else (corpus,) * 2
    )
    syntax = "directory" if format == "directory" else "json"
    for file, (old, new) in ((issues, _SYRIA[syntax]), (meetings, _PUTIN[syntax])):
        text = file.read_text()
        assert old in text
        file.write_text(text.replace(old, new, 1))
    problems = _load_problems(corpus)
    assert [(p.file, p.path) for p in problems] == [
        (str(issues), "$.issues[0].name"),
        (str(meetings), "$.meetings[1].participants[1]"),
    ]
    assert "expected text" in problems[0].message
    assert "unknown leader id 'vladimir-putn'" in problems[1].message
    assert "did you mean 'vladimir-putin'" in problems[1].message
    assert problems[1].line == _line_of(meetings, "vladimir-putn")


def test_references_to_a_record_that_failed_are_not_reported(tmp_path: Path) -> None:
    """A leader that does not build is still named by meetings and claims: they are not reported as
    dangling (its own problem is)."""
    corpus = Path(shutil.copytree(HAMBURG, tmp_path / "hamburg"))
    leaders = corpus / "leaders.yaml"
    text = leaders.read_text()
    assert "- id: vladimir-putin\n" in text
    leaders.write_text(text.replace("- id: vladimir-putin\n", "- id: vladimir-putin\n  born: 1952\n"))
    problems = _load_problems(corpus)
    assert len(problems) == 1, problems
    assert problems[0].file == str(leaders) and "unknown field" in problems[0].message


def test_an_unreadable_id_leaves_references_to_its_kind_unchecked(tmp_path: Path) -> None:
    """When a record that failed has no readable id, any dangling id of its kind may be that record's:
    references to the kind are not reported (they are on the next load), other references are."""
    corpus = Path(shutil.copytree(HAMBURG, tmp_path / "hamburg"))
    leaders = corpus / "leaders.yaml"
    leaders.write_text(leaders.read_text().replace("- id: vladimir-putin\n", "- id: [vladimir-putin]\n"))
    meetings = corpus / "meetings.yaml"
    text = meetings.read_text().replace("[donald-trump, vladimir-putin]", "[donald-trump, vladimir-putn]", 1)
    meetings.write_text(text.replace("occasion: g20-hamburg-2017", "occasion: g20-hamburg", 1))
    problems = _load_problems(corpus)
    assert [(Path(p.file or "").name, p.path) for p in problems] == [
        ("leaders.yaml", "$.leaders[1].id"),
        ("meetings.yaml", "$.meetings[1].occasion"),
    ]


def test_a_file_that_cannot_be_read_leaves_references_unchecked(tmp_path: Path) -> None:
    """A file that does not parse may hold any id: no reference is reported until it is mended."""
    corpus, _ = _break(CASES["malformed-yaml"], tmp_path)
    leaders = corpus / "leaders.yaml"
    leaders.write_text(leaders.read_text().replace("- id: donald-trump", "- id: donald-trum"))
    problems = _load_problems(corpus)
    assert len(problems) == 1 and "malformed YAML" in problems[0].message


_NAMED = ("leaders", "issues", "meetings")


@settings(max_examples=max(20, settings.default.max_examples // 2))
@given(
    records=sst.records(max_leaders=4, max_issues=3, max_meetings=4, max_sources=2, max_claims=4),
    format=st.sampled_from(["json", "jsonl"]),
    data=st.data(),
)
def test_consistency_problems_beside_record_problems_are_those_of_the_next_load(
    tmp_path_factory: pytest.TempPathFactory, records: Records, format: str, data: st.DataObject
) -> None:
    """Break one record (its name becomes a number) and delete another (what named it now dangles): the
    load reports the broken record's problem and, beside it, exactly the consistency problems that loading
    the file with that record mended reports — none missing, none invented."""
    checked = check_records(records)
    kinds = [kind for kind in _NAMED if getattr(checked, kind)]
    assume(kinds)
    kind = data.draw(st.sampled_from(kinds), label="broken kind")
    broken = data.draw(st.integers(0, len(getattr(checked, kind)) - 1), label="broken index")
    others = [(k, i) for k in KINDS for i in range(len(getattr(checked, k))) if (k, i) != (kind, broken)]
    assume(others)
    removed = data.draw(st.sampled_from(others), label="removed record")
    folder = tmp_path_factory.mktemp("together")
    path = folder / f"corpus.{format}"
    save_records(checked, path)
    document = _records_of(path, format)
    del document[removed[0]][removed[1]]
    if removed[0] == kind and removed[1] < broken:
        broken -= 1
    mended = folder / f"mended.{format}"
    _write_records(mended, format, document)
    document[kind][broken]["name"] = 5
    _write_records(path, format, document)

    def where(problems: list[Problem], file: Path) -> list[tuple[int | None, str]]:
        assert all(p.file == str(file) for p in problems)
        inside = f"$.{kind}[{broken}]"
        return [(p.line, p.path) for p in problems if not re.match(re.escape(inside) + r"(\.|\[|$)", p.path)]

    try:
        load_records(mended)
        expected: list[Problem] = []
    except LoadError as error:
        expected = list(error.problems)
    problems = _load_problems(path)
    assert problems[0].path == f"$.{kind}[{broken}].name"
    assert where(problems, path) == where(expected, mended)


def _records_of(path: Path, format: str) -> dict[str, list[dict[str, Any]]]:
    if format == "json":
        document = json.loads(path.read_text())
        return {kind: document.get(kind, []) for kind in KINDS}
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    grouped: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    for line in lines[1:]:
        grouped[line["type"] + "s"].append(line)
    grouped[""] = [lines[0]]
    return grouped


def _write_records(path: Path, format: str, document: dict[str, list[dict[str, Any]]]) -> None:
    if format == "json":
        head = {"schema_version": SCHEMA_VERSION, "kind": "summitlib-corpus"}
        path.write_text(json.dumps({**head, **{k: v for k, v in document.items() if k in KINDS}}, indent=1))
        return
    rows = [*document[""], *(item for kind in KINDS for item in document[kind])]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
