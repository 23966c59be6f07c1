"""The ``summitlib`` command, driven through ``main([...])`` on a small hand-built corpus.

Every sub-command is run for its output; usage mistakes exit 2 and data problems exit 1, each with a
message on standard error and no traceback.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from summitlib import (
    Claim,
    DurationRange,
    Evidence,
    Issue,
    Label,
    Leader,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Outcome,
    PartialDate,
    Place,
    Records,
    Role,
    RoleKind,
    Source,
    SourceKind,
    Speaker,
    parse_when,
)
from summitlib._api import save
from summitlib.cli import main
from summitlib.cli._common import byte_size
from summitlib.cli._output import clip, table
from summitlib.corpus import Corpus

from ..helpers import ROOT

GLOBE = (
    "HAMBURG — U.S. President Donald Trump and Russian President Vladimir Putin met on Friday on the "
    "sidelines of the G20 summit in Hamburg. The meeting lasted more than two hours. The White House had "
    "said the leaders would meet for thirty minutes, while Putin’s press secretary Dmitry Peskov announced "
    "an hour-long session. Secretary of State Rex Tillerson said Mr. Trump pushed back on Russian meddling "
    "in the U.S. election. Russian Foreign Minister Sergei Lavrov said Mr. Trump accepted Mr. Putin’s "
    "denial. The two leaders agreed on a ceasefire in southwest Syria."
)
WIRE = (
    "The two presidents spoke for 2 hours and 16 minutes, officials said. Trump and Putin may meet again "
    "in Vietnam in November, on the sidelines of the APEC summit."
)


def _said(ident: str, source: str, quote: str) -> Evidence:
    return Evidence(source=source, quote=quote)


def build_corpus() -> Corpus:
    """Two sources about the Hamburg meeting, with the disagreements the seed corpus is known for."""
    hamburg = ("trump-putin-hamburg-2017",)
    leaders = [
        Leader(
            id="donald-trump",
            name="Donald Trump",
            aliases=("Trump", "Mr. Trump"),
            country="USA",
            roles=(Role(title="President", kind=RoleKind.HEAD_OF_STATE, country="USA"),),
        ),
        Leader(id="vladimir-putin", name="Vladimir Putin", aliases=("Putin",), country="RUS"),
        Leader(id="rex-tillerson", name="Rex Tillerson", country="USA"),
        Leader(
            id="sergey-lavrov",
            name="Sergey Lavrov",
            aliases=("Sergei Lavrov",),
            country="RUS",
            roles=(Role(title="Foreign Minister", kind=RoleKind.FOREIGN_MINISTER, country="RUS"),),
        ),
        Leader(id="dmitry-peskov", name="Dmitry Peskov", country="RUS"),
    ]
    issues = [
        Issue(id="syria", name="Syria"),
        Issue(id="syria-ceasefire", name="Ceasefire in southwest Syria", parent="syria"),
        Issue(id="election-meddling", name="Russian election meddling", aliases=("election interference",)),
    ]
    sources = [
        Source(
            id="globe",
            text=GLOBE,
            kind=SourceKind.NEWS,
            title="Trump and Putin meet in Hamburg",
            publisher="The Globe and Mail",
            published=PartialDate.parse("2017-07-08"),
        ),
        Source(
            id="wire",
            text=WIRE,
            kind=SourceKind.NEWS,
            publisher="Wire",
            published=PartialDate.parse("2017-07"),
        ),
    ]
    meetings = [
        Meeting(
            id="g20-hamburg-2017",
            name="G20 summit in Hamburg",
            format=MeetingFormat.SUMMIT,
            status=MeetingStatus.HELD,
            participants=("donald-trump", "vladimir-putin"),
            when=parse_when("2017-07-07/2017-07-08"),
            place=Place(city="Hamburg", country="DEU"),
        ),
        Meeting(
            id="trump-putin-hamburg-2017",
            name="Trump–Putin meeting in Hamburg",
            format=MeetingFormat.SIDELINE,
            status=MeetingStatus.HELD,
            participants=("donald-trump", "vladimir-putin", "rex-tillerson", "sergey-lavrov"),
            when=PartialDate.parse("2017-07-07"),
            place=Place(city="Hamburg", country="DEU"),
            occasion="g20-hamburg-2017",
            issues=("election-meddling", "syria"),
            outcomes=(
                Outcome(
                    description="Ceasefire in southwest Syria agreed",
                    issues=("syria-ceasefire",),
                    evidence=(
                        _said("o", "globe", "The two leaders agreed on a ceasefire in southwest Syria"),
                    ),
                ),
            ),
            evidence=(_said("m", "globe", "met on Friday on the sidelines of the G20 summit in Hamburg"),),
        ),
        Meeting(
            id="trump-putin-danang-2017",
            name="Trump–Putin meeting in Vietnam",
            format=MeetingFormat.SIDELINE,
            status=MeetingStatus.POSSIBLE,
            participants=("donald-trump", "vladimir-putin"),
            when=PartialDate.parse("2017-11"),
            place=Place(country="VNM"),
            evidence=(_said("d", "wire", "Trump and Putin may meet again in Vietnam in November"),),
        ),
    ]
    claims = [
        Claim(
            id="globe-duration",
            speaker=Speaker.author(),
            topic="duration.actual",
            value=DurationRange.at_least(120),
            meetings=hamburg,
            evidence=_said("c", "globe", "The meeting lasted more than two hours"),
        ),
        Claim(
            id="wire-duration",
            speaker=Speaker.group("officials"),
            topic="duration.actual",
            value=DurationRange.exactly(136),
            meetings=hamburg,
            evidence=_said("c", "wire", "spoke for 2 hours and 16 minutes"),
        ),
        Claim(
            id="white-house-schedule",
            speaker=Speaker.group("the White House"),
            topic="duration.scheduled",
            value=DurationRange.exactly(30),
            meetings=hamburg,
            evidence=_said("c", "globe", "the leaders would meet for thirty minutes"),
        ),
        Claim(
            id="peskov-schedule",
            speaker=Speaker.person("dmitry-peskov"),
            topic="duration.scheduled",
            value=DurationRange.exactly(60),
            meetings=hamburg,
            evidence=_said("c", "globe", "an hour-long session"),
        ),
        Claim(
            id="tillerson-pushed-back",
            speaker=Speaker.person("rex-tillerson"),
            topic="position",
            value=Label(text="pushed back"),
            meetings=hamburg,
            issues=("election-meddling",),
            subject="donald-trump",
            evidence=_said("c", "globe", "Mr. Trump pushed back on Russian meddling in the U.S. election"),
        ),
        Claim(
            id="lavrov-accepted",
            speaker=Speaker.person("sergey-lavrov"),
            topic="position",
            value=Label(text="accepted the denial"),
            meetings=hamburg,
            issues=("election-meddling",),
            subject="donald-trump",
            evidence=_said("c", "globe", "Mr. Trump accepted Mr. Putin’s denial"),
        ),
    ]
    records = Records(leaders=leaders, issues=issues, meetings=meetings, sources=sources, claims=claims)
    return Corpus(records, name="cli-test")


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "corpus.json"
    save(build_corpus(), path)
    return path


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "140")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def ok(capsys: pytest.CaptureFixture[str], corpus: Path, *argv: str) -> str:
    code, out, err = run(capsys, *argv, "--corpus", str(corpus))
    assert code == 0, err
    assert err == "" or err.startswith("summitlib: note: ")
    return out


def ok_json(capsys: pytest.CaptureFixture[str], corpus: Path, *argv: str) -> object:
    return json.loads(ok(capsys, corpus, *argv, "--json"))


# --- output helpers ------------------------------------------------------------------------------------


def test_table_fits_the_width_and_keeps_headers() -> None:
    rows = [["a", "x" * 80, "short"], ["bb", "y" * 10, "z" * 50]]
    text = table(["id", "long column", "other"], rows, width=60)
    lines = text.splitlines()
    assert all(len(line) <= 60 for line in lines)
    assert lines[0].split() == ["id", "long", "column", "other"]
    assert "…" in lines[2]


def test_table_leaves_narrow_tables_alone() -> None:
    text = table(["a", "b"], [["1", "2"]], width=80)
    assert text.splitlines() == ["a  b", "-  -", "1  2"]


_CELLS = st.text(alphabet=st.characters(codec="ascii", categories=("L", "N", "P", "Zs")), max_size=40)


@given(
    headers=st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=8), min_size=1, max_size=6),
    data=st.data(),
    width=st.integers(min_value=40, max_value=160),
)
def test_table_fits_whenever_the_floors_fit(headers: list[str], data: st.DataObject, width: int) -> None:
    """Property: every line of a table is at most ``width`` long whenever the columns at their smallest
    (the header, or 9 characters) fit; a table that fits as it is is never cut; no cell spans lines."""
    rows = data.draw(st.lists(st.lists(_CELLS, min_size=len(headers), max_size=len(headers)), max_size=5))
    text = table(headers, rows, width=width, keep=[])
    lines = text.split("\n")
    assert len(lines) == 2 + len(rows)
    natural = [max([len(h), *(len(" ".join(r[i].split())) for r in rows)]) for i, h in enumerate(headers)]
    floors = [min(n, max(len(h), 9)) for n, h in zip(natural, headers, strict=True)]
    gaps = 2 * (len(headers) - 1)
    if sum(floors) + gaps <= width:
        assert all(len(line) <= width for line in lines)
    if sum(natural) + gaps <= width:
        assert "…" not in text or any("…" in c for r in rows for c in r)


def test_clip_flattens_whitespace() -> None:
    assert clip("a\n  b", 10) == "a b"
    assert clip("abcdef", 4) == "abc…"


# --- listing ------------------------------------------------------------------------------------------


def test_meetings_between_during(capsys: pytest.CaptureFixture[str], corpus_file: Path) -> None:
    out = ok(capsys, corpus_file, "meetings", "--between", "Trump", "Putin", "--during", "2017")
    assert "trump-putin-hamburg-2017" in out
    assert "trump-putin-danang-2017" in out
    assert "g20-hamburg-2017" not in out  # a summit they both attended is not their meeting
    assert "2 meetings" in out
    data = ok_json(capsys, corpus_file, "meetings", "--between", "Trump", "Putin", "--during", "2017-07")
    assert [m["id"] for m in data] == ["trump-putin-hamburg-2017"]  # type: ignore[index,union-attr]


def test_meetings_other_criteria(capsys: pytest.CaptureFixture[str], corpus_file: Path) -> None:
    ids = ok_json(capsys, corpus_file, "meetings", "--status", "possible")
    assert [m["id"] for m in ids] == ["trump-putin-danang-2017"]  # type: ignore[index,union-attr]
    ids = ok_json(capsys, corpus_file, "meetings", "--at", "Hamburg", "--format", "summit")
    assert [m["id"] for m in ids] == ["g20-hamburg-2017"]  # type: ignore[index,union-attr]
    ids = ok_json(capsys, corpus_file, "meetings", "--part-of", "G20 summit in Hamburg")
    assert [m["id"] for m in ids] == ["trump-putin-hamburg-2017"]  # type: ignore[index,union-attr]
    ids = ok_json(capsys, corpus_file, "meetings", "--about", "Syria", "--with", "Lavrov")
    assert [m["id"] for m in ids] == ["trump-putin-hamburg-2017"]  # type: ignore[index,union-attr]
    out = ok(capsys, corpus_file, "meetings", "--reported-in", "wire", "--limit", "1")
    assert "1 of 2 meetings" in out


def test_claims_about_topic(capsys: pytest.CaptureFixture[str], corpus_file: Path) -> None:
    out = ok(capsys, corpus_file, "claims", "--about", "Hamburg", "--topic", "duration")
    for ident in ("globe-duration", "wire-duration", "white-house-schedule", "peskov-schedule"):
        assert ident in out
    assert "tillerson-pushed-back" not in out
    assert "at least 2 h" in out and "Dmitry Peskov" in out and "The Globe and Mail (author)" in out
    data = ok_json(capsys, corpus_file, "claims", "--by", "Lavrov")
    assert [c["id"] for c in data] == ["lavrov-accepted"]  # type: ignore[index,union-attr]
    assert data[0]["evidence"]["start"] == GLOBE.index("Mr. Trump accepted")  # type: ignore[index]


def test_leaders_search_and_country(capsys: pytest.CaptureFixture[str], corpus_file: Path) -> None:
    out = ok(capsys, corpus_file, "leaders", "--search", "Lavrov")
    assert out.splitlines()[2].startswith("sergey-lavrov")
    assert "Foreign Minister" in out
    data = ok_json(capsys, corpus_file, "leaders", "--country", "RUS")
    assert [x["id"] for x in data] == ["vladimir-putin", "sergey-lavrov", "dmitry-peskov"]  # type: ignore[index,union-attr]


def test_issues_and_sources(capsys: pytest.CaptureFixture[str], corpus_file: Path) -> None:
    data = ok_json(capsys, corpus_file, "issues", "--under", "Syria")
    assert [x["id"] for x in data] == ["syria-ceasefire"]  # type: ignore[index,union-attr]
    out = ok(capsys, corpus_file, "sources", "--publisher", "The Globe and Mail")
    assert "globe" in out and "2017-07-08" in out and "wire" not in out.split("\n", 2)[2]
    out = ok(capsys, corpus_file, "sources", "--kind", "opinion")
    assert out.strip() == "No sources match."


def test_issue_and_source_write_statuses_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    """The meeting tables of `issue` and `source` write a status as every other command does."""
    for argv in (("issue", "north-korea"), ("source", "004_340a8d9bcf5eea48")):
        code, out, err = run(capsys, *argv)
        assert code == 0, err
        assert "ruled out" in out and "ruled_out" not in out


# --- one record ---------------------------------------------------------------------------------------


def test_meeting_shows_everything(capsys: pytest.CaptureFixture[str], corpus_file: Path) -> None:
    out = ok(capsys, corpus_file, "meeting", "Hamburg", "--evidence")
    assert out.startswith("Trump–Putin meeting in Hamburg\n")
    assert "2017-07-07 (day known)" in out
    assert "Hamburg, Germany" in out
    assert "G20 summit in Hamburg [g20-hamburg-2017]" in out
    assert "Sergey Lavrov (Foreign Minister, RUS)" in out
    assert "Ceasefire in southwest Syria agreed" in out
    assert "Syria" in out and "Russian election meddling" in out
    # claims grouped by topic, with speaker and quote
    assert out.index("duration.actual") < out.index("duration.scheduled") < out.index("position")
    assert "Rex Tillerson, of Donald Trump: pushed back — re Russian election meddling" in out
    assert "“The meeting lasted more than two hours”" in out
    # durations reconciled: the actual ones agree on 2 h 16 min, the scheduled ones conflict
    assert "both claims fit together: exactly 2 h 16 min" in out
    assert "they cannot all be true" in out
    assert "Where the sources disagree (2)" in out
    assert "≠ accepted the denial" in out


def test_meeting_without_claims(capsys: pytest.CaptureFixture[str], corpus_file: Path) -> None:
    out = ok(capsys, corpus_file, "meeting", "Trump–Putin meeting in Vietnam")
    assert "2017-11 (month known)" in out and "possible" in out and "Vietnam" in out
    assert "No claims about this meeting." in out and "No disagreements found." in out
    assert "How long?" not in out


def test_meeting_json(capsys: pytest.CaptureFixture[str], corpus_file: Path) -> None:
    data = ok_json(capsys, corpus_file, "meeting", "trump-putin-hamburg-2017")
    assert isinstance(data, dict)
    assert data["meeting"]["when"] == "2017-07-07"
    assert len(data["claims"]) == 6
    assert data["reconciled"]["duration.actual"]["value"] == {"duration": "136"}
    assert data["reconciled"]["duration.scheduled"]["consistent"] is False
    assert len(data["disagreements"]) == 2


def test_other_records(capsys: pytest.CaptureFixture[str], corpus_file: Path) -> None:
    out = ok(capsys, corpus_file, "leader", "Sergei Lavrov")
    assert (
        out.startswith("Sergey Lavrov\n") and "lavrov-accepted" in out and "trump-putin-hamburg-2017" in out
    )
    out = ok(capsys, corpus_file, "issue", "Syria")
    assert "Ceasefire in southwest Syria" in out and "trump-putin-hamburg-2017" in out
    out = ok(capsys, corpus_file, "source", "wire", "--text")
    assert "wire-duration" in out and out.rstrip().endswith("APEC summit.")
    out = ok(capsys, corpus_file, "claim", "peskov-schedule")
    assert "Dmitry Peskov" in out and "exactly 1 h" in out and "[an hour-long session]" in out
    data = ok_json(capsys, corpus_file, "leader", "Putin")
    assert data == {
        "leader": {"id": "vladimir-putin", "name": "Vladimir Putin", "aliases": ["Putin"], "country": "RUS"}
    }


# --- analysis -----------------------------------------------------------------------------------------


def test_disagreements(capsys: pytest.CaptureFixture[str], corpus_file: Path) -> None:
    out = ok(capsys, corpus_file, "disagreements")
    assert out.startswith("2 disagreements among 6 claims")
    assert "exactly 30 min" in out and "exactly 1 h" in out
    data = ok_json(capsys, corpus_file, "disagreements", "--topic", "position")
    assert [d["topic"] for d in data] == ["position"]  # type: ignore[index,union-attr]
    out = ok(capsys, corpus_file, "disagreements", "--topic", "duration.actual")
    assert out.strip() == "No disagreements among 2 claims."


def test_timeline(capsys: pytest.CaptureFixture[str], corpus_file: Path) -> None:
    out = ok(capsys, corpus_file, "timeline", "--between", "Trump", "Putin", "--during", "2017")
    lines = out.splitlines()
    hamburg = next(i for i, line in enumerate(lines) if "Trump–Putin meeting in Hamburg" in line)
    vietnam = next(i for i, line in enumerate(lines) if "Trump–Putin meeting in Vietnam" in line)
    assert hamburg < vietnam
    assert lines[vietnam].split()[:3] == ["2017-11", "month", "possible"]
    assert "G20 summit" not in out
    out = ok(capsys, corpus_file, "timeline", "--about", "G20 summit in Hamburg")
    assert "└ Trump–Putin meeting in Hamburg" in out
    data = ok_json(capsys, corpus_file, "timeline", "--meetings-only")
    assert [e["precision"] for e in data] == ["day", "day", "month"]  # type: ignore[index,union-attr]


def test_timeline_says_how_many_undated_meetings_it_leaves_out(capsys: pytest.CaptureFixture[str]) -> None:
    """A timeline has no place for an undated meeting: a plain timeline says how many it leaves out."""
    from summitlib import load

    undated = sum(1 for meeting in load().meetings if meeting.when is None)
    assert undated > 0
    code, out, _ = run(capsys, "timeline")  # the bundled corpus
    assert code == 0 and f"{undated} undated meetings are not on the timeline" in out
    code, out, _ = run(capsys, "timeline", "--during", "2017")
    assert code == 0 and "undated" not in out


# --- files --------------------------------------------------------------------------------------------


def test_validate_and_convert(capsys: pytest.CaptureFixture[str], corpus_file: Path, tmp_path: Path) -> None:
    code, out, err = run(capsys, "validate", str(corpus_file))
    assert code == 0, err
    assert "valid — 5 leaders, 3 issues, 3 meetings, 2 sources, 6 claims" in out
    target = tmp_path / "copy"
    code, out, err = run(capsys, "convert", str(corpus_file), str(target))
    assert code == 0, err
    assert (target / "meetings.yaml").is_file()
    code, out, err = run(capsys, "convert", str(target), str(tmp_path / "copy.jsonl"), "--json")
    assert code == 0, err
    assert json.loads(out)["counts"]["claims"] == 6
    assert ok_json(capsys, tmp_path / "copy.jsonl", "meetings") == ok_json(capsys, corpus_file, "meetings")


def test_common_options_before_the_command(capsys: pytest.CaptureFixture[str], corpus_file: Path) -> None:
    after = ok_json(capsys, corpus_file, "meetings", "--between", "Trump", "Putin")
    for before in (["--corpus", str(corpus_file), "--json"], ["--json", f"--corpus={corpus_file}"]):
        code, out, err = run(capsys, *before, "meetings", "--between", "Trump", "Putin")
        assert code == 0, err
        assert json.loads(out) == after
    code, out, err = run(capsys, "--corpus", str(corpus_file), "meeting", "Hamburg")
    assert code == 0, err
    assert out == ok(capsys, corpus_file, "meeting", "Hamburg")


# --- mistakes -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["meetings", "--during", "2017-13"], "is not a date"),
        (["meetings", "--status", "happened"], "invalid choice"),
        (["no-such-command"], "invalid choice"),
        ([], "required"),
        (["meetings", "--limit", "0"], "whole number"),
        (["convert", "a.json"], "required"),
        (["--corpus", "x.json"], "required"),
        (["--json", "no-such-command"], "invalid choice"),
    ],
)
def test_usage_mistakes_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str], needle: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert needle in err and "Traceback" not in err


def test_help_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    from summitlib.cli import build_parser

    code, out, _ = run(capsys, "--help")
    assert code == 0 and "meetings" in out
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        code, out, _ = run(capsys, name, "--help")
        assert code == 0 and f"usage: summitlib {name}" in out and "--corpus" in out


def test_name_not_found_exits_1(capsys: pytest.CaptureFixture[str], corpus_file: Path) -> None:
    code, out, err = run(capsys, "leader", "Lavrv", "--corpus", str(corpus_file))
    assert code == 1 and out == ""
    assert err.startswith("summitlib: error: no leader matches 'Lavrv'") and "Sergey Lavrov" in err


def test_missing_path_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "meetings", "--corpus", str(tmp_path / "nowhere.json"))
    assert code == 1 and out == ""
    assert "nowhere.json" in err and "Traceback" not in err


def test_corrupt_json_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1, "leaders": [', encoding="utf-8")
    code, out, err = run(capsys, "validate", str(broken))
    assert code == 1 and out == ""
    assert err.startswith("summitlib: error: ") and "broken.json" in err and "Traceback" not in err


def test_yaml_python_tag_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    directory = tmp_path / "corpus"
    save(build_corpus(), directory)
    meetings = directory / "meetings.yaml"
    meetings.write_text(
        meetings.read_text(encoding="utf-8") + "- !!python/object/apply:os.system ['echo owned']\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "validate", str(directory))
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[0].startswith("summitlib: error: ")
    assert any("meetings.yaml" in line and line.startswith("  - ") for line in lines[1:])
    assert "owned" not in out


def test_every_problem_is_listed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "two-problems.json"
    save(build_corpus(), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["meetings"][0]["when"] = "2017-02-30"
    document["meetings"][1]["status"] = "happened"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = run(capsys, "meetings", "--corpus", str(path))
    assert code == 1
    problems = [line for line in err.splitlines() if line.startswith("  - ")]
    assert len(problems) == 2
    assert "$.meetings[0].when" in problems[0] and "$.meetings[1].status" in problems[1]
    code, out, err = run(capsys, "validate", str(path), "--json")
    assert code == 1 and err == ""
    report = json.loads(out)
    assert report["valid"] is False
    assert [p["path"] for p in report["problems"]] == ["$.meetings[0].when", "$.meetings[1].status"]
    assert report["problems"][0]["file"].endswith("two-problems.json")


def test_python_m_summitlib_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "summitlib", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: summitlib")


# --- extraction ---------------------------------------------------------------------------------------

ARTICLE = (
    "HAMBURG — Donald Trump and Vladimir Putin met on Friday on the sidelines of the G20 summit. The "
    "meeting lasted more than two hours, Rex Tillerson said."
)


def test_extract(capsys: pytest.CaptureFixture[str], corpus_file: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = ok(capsys, corpus_file, "extract", str(article), "--published", "2017-07-08", "--context")
    assert "relative dates resolved against 2017-07-08" in out
    assert "Meeting candidates (" in out and "Donald Trump, Vladimir Putin" in out
    assert "2017-07-07" in out  # "on Friday" before 8 July 2017
    assert "more than two hours" in out and "at least 2 h" in out
    data = ok_json(capsys, corpus_file, "extract", str(article), "--published", "2017-07-08")
    assert isinstance(data, dict) and "text" not in data
    assert [d["value"] for d in data["durations"]] == [">=120"]
    start, end = data["durations"][0]["start"], data["durations"][0]["end"]
    assert ARTICLE[start:end] == "more than two hours"


def test_extract_takes_the_publication_date_from_the_date_line_as_draft_does(
    capsys: pytest.CaptureFixture[str], corpus_file: Path, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("This story is from November 14, 2022\n\nBiden met Xi in Bali on Monday.\n", "utf-8")
    out = ok(capsys, corpus_file, "extract", str(article))
    assert "relative dates resolved against 2022-11-14" in out and "2022-11-14" in out
    assert "found in the text's date line: “November 14, 2022”" in out
    out = ok(capsys, corpus_file, "extract", str(article), "--published", "2022-11-16")
    assert "relative dates resolved against 2022-11-16" in out and "date line" not in out
    article.write_text("Biden met Xi in Bali on Monday.\n", "utf-8")  # no date anywhere: said, not guessed
    out = ok(capsys, corpus_file, "extract", str(article))
    assert "No publication date was given or found" in out and "--published DATE" in out


def test_extract_reads_standard_input(
    capsys: pytest.CaptureFixture[str], corpus_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(ARTICLE))
    data = ok_json(capsys, corpus_file, "extract", "-")
    assert isinstance(data, dict)
    assert [p["leader"] for p in data["people"]][:2] == ["donald-trump", "vladimir-putin"]


def test_extract_refuses_non_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    binary = tmp_path / "article.txt"
    binary.write_bytes(b"Trump met\n\xc3\x28Putin")
    code, out, err = run(capsys, "extract", str(binary))
    assert code == 1 and out == ""
    assert "is not UTF-8 text" in err and "article.txt" in err and "line 2" in err
    code, _, err = run(capsys, "extract", str(tmp_path))
    assert code == 1 and "is a directory" in err
    code, _, err = run(capsys, "extract", str(tmp_path / "missing.txt"))
    assert code == 1 and "missing.txt" in err and "Traceback" not in err


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be"])
def test_extract_and_draft_read_text_with_a_byte_order_mark(
    capsys: pytest.CaptureFixture[str], corpus_file: Path, tmp_path: Path, encoding: str
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes("\ufeffVladimir Putin met Donald Trump in Hamburg on Friday.".encode(encoding))
    data = ok_json(capsys, corpus_file, "extract", str(article), "--published", "2017-07-08")
    assert isinstance(data, dict) and data["people"][0]["text"] == "Vladimir Putin"
    assert data["meetings"][0]["when"]["value"] == "2017-07-07"
    code, _, err = run(
        capsys, "draft", str(article), "--into", str(tmp_path / "mine"), "--published", "2017-07-08"
    )
    assert code == 0, err
    [kept] = (tmp_path / "mine").rglob("article.txt")
    assert kept.read_text(encoding="utf-8") == "Vladimir Putin met Donald Trump in Hamburg on Friday."


def test_draft_refuses_an_empty_article(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n", encoding="utf-8")
    code, out, err = run(capsys, "draft", str(empty), "--into", str(tmp_path / "mine"))
    assert code == 1 and out == ""
    assert "empty.txt holds no text" in err
    assert not (tmp_path / "mine").exists()


def test_evaluate(capsys: pytest.CaptureFixture[str], corpus_file: Path) -> None:
    out = ok(capsys, corpus_file, "evaluate", "--by-source")
    assert "Extraction against the annotations of 2 sources" in out
    for category in ("people", "issues", "dates", "durations", "attributions", "meetings"):
        assert category in out
    data = ok_json(capsys, corpus_file, "evaluate", "--source", "wire")
    assert isinstance(data, dict) and list(data["by_source"]) == ["wire"]
    durations = data["scores"]["durations"]
    assert durations["gold"] == 1 and 0 <= durations["precision"] <= 1


# --- imports ------------------------------------------------------------------------------------------

GDELT = ROOT / "tests" / "data" / "gdelt"
ARCHIGOS = ROOT / "tests" / "data" / "archigos" / "arch_annual.tsv"


def test_import_gdelt(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    events, mentions = GDELT / "20250807220000.export.tsv", GDELT / "20250807220000.mentions.tsv"
    target = tmp_path / "gdelt.jsonl"
    code, out, err = run(
        capsys, "import-gdelt", str(events), "--mentions", str(mentions), "--out", str(target), "--reports"
    )
    assert code == 0, err
    assert "909 rows read, 909 imported, 0 skipped" in out
    assert "3366 rows read" in out
    assert "RUS – UKR" in out and "Kremlin" in out
    assert f"Saved as a corpus to {target}" in out
    data = ok_json(capsys, target, "meetings", "--at", "Russia")
    assert len(data) == 1  # type: ignore[arg-type]
    code, out, err = run(
        capsys, "import-gdelt", str(GDELT / "gdelt1_daily_sample.tsv"), "--json", "--limit", "2"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["events"]["read"] == 710 and data["mentions"] is None and len(data["meetings"]) == 2


def test_import_gdelt_many_files_with_the_arrow_engine(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pytest.importorskip("pyarrow")
    files = [str(GDELT / "*.export.tsv"), str(GDELT / "gdelt1_daily_sample.tsv")]
    mentions = ["--mentions", str(GDELT / "20250807220000.mentions.tsv")]
    code, out, err = run(capsys, "import-gdelt", *files, *mentions, "--json")
    assert code == 0, err
    python = json.loads(out)
    target = tmp_path / "parquet"
    code, out, err = run(
        capsys, "import-gdelt", *files, *mentions, "--engine", "arrow", "--parquet", str(target), "--json"
    )
    assert code == 0, err
    arrow = json.loads(out)
    assert arrow["meetings"] == python["meetings"]
    assert len(arrow["meetings"]) > 50
    assert arrow["events"]["read"] == python["events"]["read"] == 909 + 710
    assert sorted(p.name for p in target.iterdir()) == [
        "dyads.parquet", "meetings.parquet", "participants.parquet", "reports.parquet", "schema.json"
    ]  # fmt: skip
    code, out, _ = run(capsys, "import-gdelt", *files, "--engine", "arrow", "--limit", "1")
    assert code == 0 and "Arrow scan: 124 meeting reports" in out
    code, _, err = run(capsys, "import-gdelt", str(GDELT / "nothing-*.tsv"))
    assert code == 1 and "no file matches" in err


def test_import_gdelt_to_parquet_in_flat_memory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--parquet alone spills the reports (import_gdelt_parquet): the same tables as the in-memory scan's
    (--json keeps that path), the first meetings shown from the file written."""
    pq = pytest.importorskip("pyarrow.parquet")
    files = [str(GDELT / "*.export.tsv"), str(GDELT / "gdelt1_daily_sample.tsv")]
    mentions = ["--mentions", str(GDELT / "20250807220000.mentions.tsv")]
    code, _, err = run(capsys, "import-gdelt", *files, *mentions, "--parquet", str(tmp_path / "a"), "--json")
    assert code == 0, err
    code, out, err = run(capsys, "import-gdelt", *files, *mentions, "--parquet", str(tmp_path / "b"))
    assert code == 0, err
    for name in ("meetings", "participants", "dyads", "reports"):
        assert pq.read_table(tmp_path / "b" / f"{name}.parquet").equals(
            pq.read_table(tmp_path / "a" / f"{name}.parquet")
        ), name
    first = pq.read_table(tmp_path / "b" / "meetings.parquet").column("name")[0].as_py()
    assert "events (" in out and first in out and "20 of " in out and str(tmp_path / "b") in out
    code, out, err = run(capsys, "import-gdelt", *files, "--parquet", str(tmp_path / "c"), "--limit", "2")
    assert code == 0 and "2 of " in out, err
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == [
        "dyads.parquet", "meetings.parquet", "participants.parquet", "reports.parquet", "schema.json"
    ]  # fmt: skip


def test_import_gdelt_memory_limit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--memory-limit is the reports held before they are spilled (0: all spilled): the same tables."""
    pq = pytest.importorskip("pyarrow.parquet")
    import summitlib.importers as importers

    limits: list[object] = []
    real = importers.import_gdelt_parquet

    def spy(*args: Any, **keywords: Any) -> Any:
        limits.append(keywords.get("memory_limit", "default"))
        return real(*args, **keywords)

    monkeypatch.setattr(importers, "import_gdelt_parquet", spy)
    files = [str(GDELT / "*.export.tsv")]
    for target, limit in (("a", []), ("b", ["--memory-limit", "0"]), ("c", ["--memory-limit", "2MB"])):
        code, _, err = run(capsys, "import-gdelt", *files, "--parquet", str(tmp_path / target), *limit)
        assert code == 0, err
    assert limits == ["default", 0, 2 << 20]
    for name in ("meetings", "participants", "dyads", "reports"):
        first = pq.read_table(tmp_path / "a" / f"{name}.parquet")
        assert pq.read_table(tmp_path / "b" / f"{name}.parquet").equals(first), name
    code, _, err = run(
        capsys, "import-gdelt", *files, "--parquet", str(tmp_path / "d"), "--json", "--memory-limit", "1G"
    )
    assert code == 1 and "--memory-limit applies to --parquet without" in err
    code, _, err = run(
        capsys, "import-gdelt", *files, "--parquet", str(tmp_path / "e"), "--memory-limit", "x"
    )
    assert code == 2 and "'x' is not a size in bytes" in err


@pytest.mark.parametrize(
    ("text", "size"),
    [("0", 0), ("64MB", 1 << 26), ("64m", 1 << 26), ("1G", 1 << 30), ("512 KB", 512 << 10), ("100", 100)],
)
def test_byte_size(text: str, size: int) -> None:
    assert byte_size(text) == size


@pytest.mark.parametrize("text", ["", "MB", "-1", "1.5G", "1T", "lots"])
def test_byte_size_refuses_what_is_not_a_size(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="not a size in bytes"):
        byte_size(text)


def test_import_gdelt_with_a_cameo_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    codebook = tmp_path / "cameo.csv"
    codebook.write_text(
        "040,Consult (my codebook)\n042,Visit (my codebook)\n043,Host (my codebook)\n", encoding="utf-8"
    )
    code, out, err = run(
        capsys, "import-gdelt", str(GDELT / "20250807220000.export.tsv"), "--cameo", str(codebook)
    )
    assert code == 0, err
    assert "040 Consult (my codebook)" in out
    codebook.write_text("no comma here\n", encoding="utf-8")
    code, _, err = run(
        capsys, "import-gdelt", str(GDELT / "20250807220000.export.tsv"), "--cameo", str(codebook)
    )
    assert code == 1 and "expected CSV rows 'code,description'" in err


def test_import_archigos(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "import-archigos", str(ARCHIGOS), "--country", "RUS", "--on", "2001-06-16")
    assert code == 0, err
    assert "17686 rows read" in out
    assert "Leading RUS on 2001-06-16 (1)" in out and "Vladimir Putin" in out
    target = tmp_path / "leaders.json"
    code, out, err = run(
        capsys, "import-archigos", str(ARCHIGOS), "--limit", "2", "--out", str(target), "--json"
    )
    assert code == 0, err
    assert len(json.loads(out)["leaders"]) == 2
    data = ok_json(capsys, target, "leaders", "--country", "SUN")
    assert "Mikhail Gorbachev" in {x["name"] for x in data}  # type: ignore[union-attr]
    code, _, err = run(capsys, "import-archigos", str(ARCHIGOS), "--country", "RUS")
    assert code == 2 and "give --country and --on together" in err


# --- the bundled corpus: the README's main job ----------------------------------------------------------


def test_meeting_hamburg_on_the_bundled_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "meeting", "Hamburg")
    assert code == 0, err
    heading = out.splitlines()[0]
    assert "Hamburg" in heading and "G20 summit" not in heading  # the Trump–Putin meeting, not the summit
    assert "(day known)" in out
    for section in (
        "What the sources say",
        "How long? The durations reported, reconciled",
        "Where the sources disagree",
    ):
        assert section in out
    assert "2 h 16 min" in out


def test_corpus_option_merges_several(
    capsys: pytest.CaptureFixture[str], corpus_file: Path, tmp_path: Path
) -> None:
    extra = tmp_path / "extra.json"
    records = build_corpus().records
    leader = Leader(id="angela-merkel", name="Angela Merkel", country="DEU")
    save(Corpus(Records(leaders=[*records.leaders, leader], sources=records.sources)), extra)
    code, out, err = run(
        capsys, "leaders", "--country", "DEU", "--corpus", str(corpus_file), "--corpus", str(extra)
    )
    assert code == 0, err
    assert "angela-merkel" in out and "1 leader" in out
    code, out, err = run(capsys, "validate", "--corpus", str(corpus_file), "--corpus", str(extra))
    assert code == 0
    assert "valid — 6 leaders" in " ".join(out.split())


def test_convert_refuses_to_overwrite_its_input(
    capsys: pytest.CaptureFixture[str], corpus_file: Path
) -> None:
    code, out, err = run(capsys, "convert", str(corpus_file), str(corpus_file))
    assert code == 2 and out == ""
    assert "IN and OUT are the same path" in err


@pytest.mark.parametrize(
    ("name", "hint"), [("out.csv", "summitlib export"), ("out.yaml", "--format directory")]
)
def test_convert_refuses_a_table_or_unknown_file_name(
    capsys: pytest.CaptureFixture[str], corpus_file: Path, tmp_path: Path, name: str, hint: str
) -> None:
    """ "convert corpus out.csv" wrote a YAML directory named out.csv: a name convert cannot honour is
    refused, nothing is written, and the message says what to run instead."""
    code, out, err = run(capsys, "convert", str(corpus_file), str(tmp_path / name))
    assert code == 2 and out == "" and hint in err
    assert not (tmp_path / name).exists()
    code, _, _ = run(capsys, "convert", str(corpus_file), str(tmp_path / name), "--format", "directory")
    assert code == 0 and (tmp_path / name).is_dir()


@pytest.mark.parametrize(
    "content", [b"040,Visite \xe0 Paris\n", b'040,"' + b"x" * 300_000 + b'"\n'], ids=["latin-1", "huge-field"]
)
def test_import_gdelt_with_a_bad_cameo_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes
) -> None:
    """A CAMEO table that is not UTF-8 or has a field over the CSV limit is reported, not a traceback."""
    codebook = tmp_path / "cameo.csv"
    codebook.write_bytes(content)
    code, _, err = run(
        capsys, "import-gdelt", str(GDELT / "20250807220000.export.tsv"), "--cameo", str(codebook)
    )
    assert code == 1 and f"{codebook}:1" in err and "Traceback" not in err
