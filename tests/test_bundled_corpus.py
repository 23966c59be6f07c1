"""The bundled seed corpus: exact quotes, resolvable ids, complete coverage of the five seed texts.

The files are read twice: raw (``yaml.safe_load``, so the checks do not depend on the loader) and through
``load()``, the way users see them. The expectations below were written from the seed texts by hand.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from summitlib import (
    Claim,
    Issue,
    Leader,
    Meeting,
    PartialDate,
    Records,
    RoleKind,
    Source,
    check_records,
)
from summitlib._api import load
from summitlib.corpus import Corpus
from summitlib.serialization import structure, unstructure

from .helpers import ROOT

CORPUS_DIR = ROOT / "src" / "summitlib" / "_data" / "corpus"
SEEDS = ROOT / "seeds"
SHARED_SEEDS = next(
    (p for p in (ROOT.parent / "shared" / "seeds", Path("/work/shared/seeds")) if p.is_dir()),
    ROOT.parent / "shared" / "seeds",
)  # CI clones the project with ../shared beside it
KINDS = {"leaders": Leader, "issues": Issue, "meetings": Meeting, "claims": Claim}

HAMBURG = "2017-07-07-hamburg-trump-putin"
SLOVENIA = "2001-06-16-slovenia-bush-putin"
S000, S001, S002, S003, S004 = (
    "000_537871d82bba69c3",
    "001_edea29f8c01a02d7",
    "002_7039440974c393fa",
    "003_075e88cfd252b968",
    "004_340a8d9bcf5eea48",
)


def _raw(name: str) -> Any:
    with (CORPUS_DIR / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _texts() -> dict[str, str]:
    return {s["id"]: (SEEDS / s["text_file"]).read_text(encoding="utf-8") for s in _raw("sources")}


def _records() -> Records:
    """The files structured record by record, without the storage layer."""
    texts = _texts()
    sources = []
    for index, data in enumerate(_raw("sources")):
        fields = {k: v for k, v in data.items() if k != "text_file"}
        sources.append(structure({**fields, "text": texts[data["id"]]}, Source, path=f"$.sources[{index}]"))
    parts: dict[str, Any] = {
        kind: structure(_raw(kind), tuple[cls, ...], file=f"{kind}.yaml", path=f"$.{kind}")  # type: ignore[valid-type]
        for kind, cls in KINDS.items()
    }
    return Records(sources=tuple(sources), **parts)


def _evidence(node: object, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every evidence mapping (a dict with source and quote) anywhere in ``node``."""
    if isinstance(node, dict):
        if "source" in node and "quote" in node:
            yield path, node
        for key, value in node.items():
            yield from _evidence(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _evidence(item, f"{path}[{index}]")


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load()


# --- the files --------------------------------------------------------------------------------------------


def test_corpus_yaml_declares_schema_and_texts() -> None:
    meta = _raw("corpus")
    assert meta["schema_version"] == 1
    assert meta["texts"] == "texts"
    assert meta["name"]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_quote_is_exact_at_its_offsets(kind: str) -> None:
    texts = _texts()
    found = list(_evidence(_raw(kind), f"$.{kind}"))
    assert found, f"no evidence in {kind}.yaml"
    for path, item in found:
        text = texts[item["source"]]
        assert item["end"] - item["start"] == len(item["quote"]), path
        assert text[item["start"] : item["end"]] == item["quote"], path


def test_check_records_accepts_the_files_unchanged() -> None:
    """Offsets in the files are already the resolved ones: checking changes nothing."""
    records = _records()
    assert check_records(records) == records


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_files_are_in_unstructured_form(kind: str) -> None:
    """Each record is written exactly as ``unstructure`` gives it (a round trip changes nothing)."""
    raw = _raw(kind)
    assert unstructure(structure(raw, tuple[KINDS[kind], ...])) == raw  # type: ignore[valid-type]


def test_sources_are_unstructured_sources_with_a_text_file() -> None:
    records = _records()
    for raw, source in zip(_raw("sources"), records.sources, strict=True):
        expected = unstructure(source)
        del expected["text"]
        assert {k: v for k, v in raw.items() if k != "text_file"} == expected
        assert raw["text_file"] == f"{source.id}.txt"


def test_every_seed_file_is_a_source() -> None:
    seeds = sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert len(seeds) == 5
    assert sorted(s["id"] for s in _raw("sources")) == seeds


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="no shared copy of the seeds on this machine")
def test_seeds_are_byte_identical_to_the_shared_copies() -> None:
    shared = sorted(p.name for p in SHARED_SEEDS.glob("*.txt"))
    assert shared == sorted(p.name for p in SEEDS.glob("*.txt"))
    for name in shared:
        assert (SEEDS / name).read_bytes() == (SHARED_SEEDS / name).read_bytes(), name


def test_every_referenced_id_exists() -> None:
    records = _records()
    leaders = {x.id for x in records.leaders}
    issues = {x.id for x in records.issues}
    meetings = {x.id for x in records.meetings}
    for issue in records.issues:
        assert issue.parent is None or issue.parent in issues, issue.id
    for meeting in records.meetings:
        assert set(meeting.participants) <= leaders, meeting.id
        assert set(meeting.issues) <= issues, meeting.id
        assert meeting.occasion is None or meeting.occasion in meetings, meeting.id
        for outcome in meeting.outcomes:
            assert set(outcome.issues) <= issues, meeting.id
    for claim in records.claims:
        assert claim.speaker.leader is None or claim.speaker.leader in leaders, claim.id
        assert claim.subject is None or claim.subject in leaders, claim.id
        assert set(claim.meetings) <= meetings, claim.id
        assert set(claim.issues) <= issues, claim.id


def test_every_fact_has_evidence() -> None:
    records = _records()
    for record in (*records.leaders, *records.issues, *records.meetings):
        assert record.evidence, record.id
    for meeting in records.meetings:
        for outcome in meeting.outcomes:
            assert outcome.evidence, (meeting.id, outcome.description)
    # Claim.evidence is required by the model; a role either rests on a quote or says it was inferred.
    for leader in records.leaders:
        for role in leader.roles:
            assert role.evidence or role.inferred, (leader.id, role.title)


def test_sources_have_no_invented_urls_and_say_how_dates_were_found() -> None:
    for source in _records().sources:
        assert source.url is None, source.id
        assert source.published is not None, source.id
        assert source.is_inferred("published"), source.id


# --- what the texts say: people ---------------------------------------------------------------------------

PEOPLE = [
    ("Trump", "donald-trump"),
    ("Mr. Trump", "donald-trump"),
    ("Vladimir Putin", "vladimir-putin"),
    ("Mr. Putin", "vladimir-putin"),
    ("the Russian leader", "vladimir-putin"),
    ("Sergey Lavrov", "sergey-lavrov"),
    ("Sergei Lavrov", "sergey-lavrov"),
    ("Rex Tillerson", "rex-tillerson"),
    ("Mr. Tillerson", "rex-tillerson"),
    ("Dmitry Peskov", "dmitry-peskov"),
    ("Yury Ushakov", "yury-ushakov"),
    ("Xi Jinping", "xi-jinping"),
    ("Jinping", "xi-jinping"),
    ("Bashar al-Assad", "bashar-al-assad"),
    ("Kim Jong Un", "kim-jong-un"),
    ("Petro Poroshenko", "petro-poroshenko"),
    ("Kurt Volker", "kurt-volker"),
    ("Steven Pifer", "steven-pifer"),
    ("Thomas Pickering", "thomas-pickering"),
    ("Melania Trump", "melania-trump"),
    ("George W. Bush", "george-w-bush"),
    ("George H.W. Bush", "george-h-w-bush"),
    ("Joe Biden", "joe-biden"),
    ("Barack Obama", "barack-obama"),
    ("Hillary Clinton", "hillary-clinton"),
    ("John Kerry", "john-kerry"),
    ("Ronald Reagan", "ronald-reagan"),
    ("Mikhail Gorbachev", "mikhail-gorbachev"),
    ("Richard Nixon", "richard-nixon"),
    ("Henry Kissinger", "henry-kissinger"),
    ("John F. Kennedy", "john-f-kennedy"),
    ("Nikita Khrushchev", "nikita-khrushchev"),
    ("Paul Manafort", "paul-manafort"),
    ("George Papadopoulos", "george-papadopoulos"),
]


@pytest.mark.parametrize(("name", "ident"), PEOPLE)
def test_people_of_the_texts_are_found_by_the_names_the_texts_use(
    corpus: Corpus, name: str, ident: str
) -> None:
    assert corpus.leaders.lookup(name).id == ident


def test_lavrov_is_one_person_under_both_spellings_with_evidence_for_each(corpus: Corpus) -> None:
    lavrov = corpus.leaders.lookup("Sergey Lavrov")
    assert lavrov == corpus.leaders.lookup("Sergei Lavrov")
    quotes = " ".join(e.quote for e in lavrov.evidence)
    assert "Sergey Lavrov" in quotes
    assert "Sergei Lavrov" in quotes


def test_roles_from_general_knowledge_are_marked_inferred(corpus: Corpus) -> None:
    putin = corpus.leaders.get("vladimir-putin")
    assert putin is not None
    assert putin.holds_role(on=PartialDate.parse("2001-06-16"), kind=RoleKind.HEAD_OF_STATE)
    assert putin.holds_role(on=PartialDate.parse("2017-07-07"), kind=RoleKind.HEAD_OF_STATE)
    for leader in corpus.leaders:
        for role in leader.roles:
            inferred = {i.field for i in role.inferred}
            if role.start is not None:
                assert "start" in inferred, (leader.id, role.title)
            if role.end is not None:
                assert "end" in inferred, (leader.id, role.title)


# --- meetings ---------------------------------------------------------------------------------------------

TP = {"donald-trump", "vladimir-putin"}
MEETINGS = [
    # id, status, format, participants included, when, country, occasion
    ("2017-g20-hamburg", "held", "summit", TP, "2017-07-07/2017-07-08", "DEU", None),
    (HAMBURG, "held", "sideline", TP, "2017-07-07", "DEU", "2017-g20-hamburg"),
    ("2017-apec-danang", "held", "summit", TP, "2017-11-10/2017-11-11", "VNM", None),
    (
        "2017-11-danang-trump-putin-encounters",
        "held",
        "informal_encounter",
        TP,
        "2017-11-10/2017-11-11",
        "VNM",
        "2017-apec-danang",
    ),
    (
        "2017-11-danang-trump-putin-second-meeting",
        "ruled_out",
        "sideline",
        TP,
        "2017-11-10/2017-11-11",
        "VNM",
        "2017-apec-danang",
    ),
    (
        "2017-11-danang-trump-putin-bump-into",
        "possible",
        "informal_encounter",
        TP,
        "2017-11-10/2017-11-11",
        "VNM",
        "2017-apec-danang",
    ),
    (
        "2017-11-philippines-trump-putin-bump-into",
        "possible",
        "informal_encounter",
        TP,
        "2017-11-12/2017-11-14",
        "PHL",
        "2017-asean-manila",
    ),
    (
        "2017-11-beijing-trump-xi",
        "held",
        "bilateral",
        {"donald-trump", "xi-jinping"},
        "2017-11-08/2017-11-10",
        "CHN",
        None,
    ),
    ("2017-reykjavik-trump-putin", "proposed", "bilateral", TP, None, "ISL", None),
    ("2017-05-trump-putin-after-nato", "possible", "bilateral", TP, "2017-05", None, None),
    ("2017-05-nato-brussels", "held", "summit", {"donald-trump"}, "2017-05-25", "BEL", None),
    (
        "1986-10-reykjavik-reagan-gorbachev",
        "held",
        "bilateral",
        {"ronald-reagan", "mikhail-gorbachev"},
        "1986-10-11/1986-10-12",
        "ISL",
        None,
    ),
    (SLOVENIA, "held", "bilateral", {"george-w-bush", "vladimir-putin"}, "2001-06-16", "SVN", None),
    (
        "1961-06-vienna-kennedy-khrushchev",
        "held",
        "bilateral",
        {"john-f-kennedy", "nikita-khrushchev"},
        "1961-06-03/1961-06-04",
        "AUT",
        None,
    ),
    (
        "obama-putin-meetings",
        "held",
        "bilateral",
        {"barack-obama", "vladimir-putin"},
        "2009/2016",
        None,
        None,
    ),
    (
        "kerry-lavrov-syria-talks",
        "held",
        "bilateral",
        {"john-kerry", "sergey-lavrov"},
        "2013-02/2017-01",
        None,
        None,
    ),
    ("trump-putin-future-get-togethers", "possible", "bilateral", TP, None, None, None),
]


@pytest.mark.parametrize(
    ("ident", "status", "fmt", "participants", "when", "country", "occasion"),
    MEETINGS,
    ids=[m[0] for m in MEETINGS],
)
def test_meetings_of_the_texts(
    corpus: Corpus,
    ident: str,
    status: str,
    fmt: str,
    participants: set[str],
    when: str | None,
    country: str | None,
    occasion: str | None,
) -> None:
    meeting = corpus.meetings.get(ident)
    assert meeting is not None
    assert meeting.status.value == status
    assert meeting.format.value == fmt
    assert participants <= set(meeting.participants)
    assert (str(meeting.when) if meeting.when is not None else None) == when
    if country is not None:
        assert meeting.place is not None
        assert meeting.place.country == country
    assert meeting.occasion == occasion


def test_exactly_one_bilateral_trump_putin_meeting_in_hamburg(corpus: Corpus) -> None:
    trump = corpus.leaders.lookup("Trump")
    putin = corpus.leaders.lookup("Vladimir Putin")
    meetings = corpus.meetings.filter(between=[trump, putin], during="2017")
    assert meetings.filter(at="Hamburg").one().id == HAMBURG


def test_hamburg_outcomes_include_lavrovs_four_issues(corpus: Corpus) -> None:
    hamburg = corpus.meetings.get(HAMBURG)
    assert hamburg is not None
    outcome_issues = {i for o in hamburg.outcomes for i in o.issues}
    assert {"syria-ceasefire", "ukraine-envoy", "cybersecurity-unit", "ambassadors"} <= outcome_issues
    assert {"election-interference", "syria-ceasefire", "diplomatic-compounds"} <= set(hamburg.issues)


def test_issue_hierarchy(corpus: Corpus) -> None:
    parents = {i.id: i.parent for i in corpus.issues}
    assert parents["syria-ceasefire"] == "syria"
    assert parents["ukraine-envoy"] == "ukraine"
    assert parents["crimea"] == "ukraine"
    assert parents["north-korea-sanctions"] == "north-korea"
    assert parents["jim"] == "chemical-weapons"
    assert parents["chemical-weapons"] == "syria"
    assert parents["isis"] == "terrorism"
    assert parents["diplomatic-compounds"] == "bilateral-relations"
    assert parents["cybersecurity-unit"] == "cybersecurity"
    assert "climate-change" in parents


# --- claims -----------------------------------------------------------------------------------------------

CLAIMS = [
    # source, speaker (str of Speaker), topic, value (str), meeting
    (S003, "dmitry-peskov", "duration.scheduled", "60", HAMBURG),
    (S003, "Trump's press office", "duration.scheduled", "30", HAMBURG),
    (S002, "(author)", "duration.scheduled", "~30", HAMBURG),
    (S003, "(author)", "duration.actual", "136", HAMBURG),
    (S001, "(author)", "duration.actual", ">=120", HAMBURG),
    (S002, "(author)", "duration.actual", ">=120", HAMBURG),
    (S002, "(author)", "duration.actual", "90", SLOVENIA),
    (S001, "rex-tillerson", "election_interference.response", "pushed back", HAMBURG),
    (S001, "sergey-lavrov", "election_interference.response", "accepted the denial", HAMBURG),
    (S001, "(author)", "election_interference.denied", "True", HAMBURG),
    (S001, "thomas-pickering", "election_interference.credit", "he could do no less", HAMBURG),
    (S003, "sergey-lavrov", "outcome.count", "4 issues", HAMBURG),
    (S001, "(author)", "date", "2017-07-07", HAMBURG),
    (S002, "(author)", "date", "2017-07-07", HAMBURG),
    (S003, "(author)", "date", "2017-07-07", HAMBURG),
    (S004, "(author)", "date", "2017-07", HAMBURG),
    (S004, "the White House", "status", "ruled out", "2017-11-danang-trump-putin-second-meeting"),
    (S004, "the Kremlin", "status", "possible", "2017-11-danang-trump-putin-bump-into"),
    (S004, "yury-ushakov", "readiness", "ready to discuss", "2017-11-danang-trump-putin-second-meeting"),
    (S000, "donald-trump", "syria.russian_withdrawal", "True", "2017-11-danang-trump-putin-encounters"),
]


def _matching(corpus: Corpus, source: str, speaker: str, topic: str, value: str, meeting: str) -> list[Claim]:
    return [
        c
        for c in corpus.claims
        if c.source == source
        and str(c.speaker) == speaker
        and c.topic == topic
        and str(c.value) == value
        and meeting in c.meetings
    ]


@pytest.mark.parametrize(("source", "speaker", "topic", "value", "meeting"), CLAIMS)
def test_claims_of_the_texts(
    corpus: Corpus, source: str, speaker: str, topic: str, value: str, meeting: str
) -> None:
    assert len(_matching(corpus, source, speaker, topic, value, meeting)) == 1


def test_one_claim_per_source_speaker_and_question(corpus: Corpus) -> None:
    """A speaker's assertion on one question is recorded once per source (durations above all)."""
    seen: set[tuple[object, ...]] = set()
    for claim in corpus.claims:
        key = (claim.source, str(claim.speaker), claim.topic, claim.meetings, claim.issues, claim.subject)
        assert key not in seen, claim.id
        seen.add(key)


def test_said_on_dates(corpus: Corpus) -> None:
    said = {c.id: str(c.said_on) for c in corpus.claims if c.said_on is not None}
    assert said["ushakov-ready-to-discuss"] == "2017-11-08"
    assert said["white-house-jim-statement"] == "2017-11-09"
    assert said["trump-putin-out-of-syria"] == "2017-11-11"


def test_relative_dates_are_resolved_with_a_note(corpus: Corpus) -> None:
    phrases = ("Friday", "today", "four months ago", "next week")
    relative = [
        c
        for c in corpus.claims
        if any(p in c.evidence.quote for p in phrases) and c.topic.endswith(("date", "start"))
    ]
    assert len(relative) >= 4
    for claim in relative:
        assert any(i.field == "value" for i in claim.inferred), claim.id


def test_disagreements_about_hamburg(corpus: Corpus) -> None:
    hamburg = corpus.meetings.get(HAMBURG)
    found = {d.topic for d in corpus.disagreements(about=hamburg)}
    assert {"duration.scheduled", "election_interference.response"} <= found
    assert "duration.actual" not in found, "more than two hours and 2 h 16 min are compatible"


def test_api_contract_runs(corpus: Corpus) -> None:
    trump = corpus.leaders.lookup("Trump")
    putin = corpus.leaders.lookup("Vladimir Putin")
    hamburg = corpus.meetings.filter(between=[trump, putin], during="2017").filter(at="Hamburg").one()
    claims = list(corpus.claims.filter(about=hamburg))
    assert all(c.evidence.quote for c in claims)
    assert len(claims) >= 10


# --- the tutorial shows what its code prints -----------------------------------------------------------

TUTORIAL = ROOT / "docs" / "tutorial.md"
_BLOCK_AND_OUTPUT = re.compile(r"^```python[^\n]*\n(.*?)^```\n\n```text\n(.*?)^```", re.MULTILINE | re.DOTALL)


def test_tutorial_output_is_what_its_code_prints(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each ```text block after a ```python block of the tutorial is exactly that block's output."""
    monkeypatch.chdir(tmp_path)
    pairs = _BLOCK_AND_OUTPUT.findall(TUTORIAL.read_text(encoding="utf-8"))
    assert len(pairs) >= 10
    namespace: dict[str, object] = {"__name__": "docs_tutorial"}
    for number, (code, expected) in enumerate(pairs, start=1):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(code, f"docs/tutorial.md (block {number})", "exec"), namespace)
        assert printed.getvalue() == expected, f"block {number}"


def test_citation_file_cites_the_library_and_every_bundled_source() -> None:
    """CITATION.cff is valid YAML in CFF 1.2 shape, with the package version, and lists each bundled
    source (by title or publisher) among its references."""
    import yaml

    import summitlib

    from .helpers import ROOT

    citation = yaml.safe_load(ROOT.joinpath("CITATION.cff").read_text(encoding="utf-8"))
    assert citation["cff-version"] == "1.2.0" and citation["type"] == "software"
    assert citation["version"] == summitlib.__version__
    assert {"title", "authors", "message", "license"} <= set(citation)
    references = citation["references"]
    assert references[0]["type"] == "data"
    cited = " ".join(f"{r['title']} {r.get('publisher', {}).get('name', '')}" for r in references)
    for source in summitlib.load().sources:
        assert (source.title or source.publisher or "") in cited, source.id
