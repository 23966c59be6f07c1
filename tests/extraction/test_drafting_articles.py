"""Real articles: twelve outlets' reports of three encounters (and distractors of the same pairs), drafted
one by one into a corpus as ``summitlib draft FILE --published DATE --into DIR`` does, must give one
meeting per real encounter carrying evidence from every article that reports it
(``tests/data/articles/encounters.yaml``, written by hand from the texts)."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

import summitlib
from summitlib import Corpus, Meeting, MeetingStatus, Records
from summitlib._names import fold
from summitlib.drafting import consolidate

from ..helpers import DATA

ARTICLES = DATA / "articles" / "dev"
ENCOUNTERS: list[dict[str, Any]] = yaml.safe_load((DATA / "articles" / "encounters.yaml").read_text("utf-8"))
STEMS = sorted({stem for e in ENCOUNTERS for stem in e["reported_by"]})
DISTRACTORS = ["trump-kim-2019-02-27-hanoi", "biden-putin-2021-12-07-video-call"]
"""Other encounters of the same pairs, which must stay apart from the summits."""


def _gold(stem: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ARTICLES / f"{stem}.yaml").read_text("utf-8"))
    return data


def _add(records: Records, stem: str) -> Records:
    gold = _gold(stem)
    published = gold["published"]
    draft = summitlib.draft(
        (ARTICLES / f"{stem}.txt").read_text("utf-8"),
        published=published.isoformat() if isinstance(published, dt.date) else str(published),
        title=gold.get("title"),
        publisher=gold.get("publisher"),
        url=gold.get("url"),
        source_id=stem,
        corpus=records,
    )
    return consolidate([draft], into=records).records


def _known_leaders() -> Records:
    """The bundled corpus's leaders (without their evidence): a corpus that knows these people already."""
    leaders = summitlib.load().records.leaders
    return Records(
        leaders=[
            attrs.evolve(x, evidence=(), roles=[attrs.evolve(r, evidence=()) for r in x.roles])
            for x in leaders
        ]
    )


@functools.cache
def _corpus(order: tuple[str, ...], start: str = "empty") -> Corpus:
    records = Records() if start == "empty" else _known_leaders()
    for stem in order:
        records = _add(records, stem)
    return Corpus(records)


def _matches(corpus: Corpus, meeting: Meeting, encounter: dict[str, Any]) -> bool:
    names = [fold(corpus.leaders.lookup(p).name) for p in meeting.participants]
    keys = [fold(k) for k in encounter["participants"]]
    if len(names) != len(keys) or not all(sum(k in n.split() for n in names) == 1 for k in keys):
        return False
    if meeting.format.is_call != (encounter["format"] != "in_person"):
        return False
    held = encounter["status"] == "held"
    if held and meeting.status not in (MeetingStatus.HELD, MeetingStatus.PLANNED):
        return False
    if meeting.when is None:  # an undated meeting is a report of the encounter if an article of it says so
        return bool({e.source for e in meeting.evidence} & set(encounter["reported_by"]))
    if encounter["date"] is not None:
        start = summitlib.PartialDate.parse(str(encounter["date"]))
        end = summitlib.PartialDate.parse(str(encounter.get("end_date") or encounter["date"]))
        if meeting.when.latest < start.earliest or meeting.when.earliest > end.latest:
            return False
    return True


def _found(corpus: Corpus, encounter: dict[str, Any]) -> list[Meeting]:
    return [m for m in corpus.meetings if _matches(corpus, m, encounter)]


_CASES = [
    pytest.param(start, encounter, id=f"{start}-{encounter['id']}")
    for start in ("empty", "known")
    for encounter in ENCOUNTERS
    if len(encounter["reported_by"]) > 1 or encounter["id"] in DISTRACTORS
]


@pytest.mark.parametrize(("start", "encounter"), _CASES)
def test_one_meeting_per_encounter_with_evidence_from_every_report(
    start: str, encounter: dict[str, Any]
) -> None:
    """Drafted one by one into an empty corpus (as the command line does) or into one that knows the
    leaders already, each real encounter is one meeting with the evidence of every article reporting it,
    and of no article reporting only another encounter."""
    corpus = _corpus(tuple(STEMS), start)
    found = _found(corpus, encounter)
    assert len(found) == 1, f"{encounter['id']}: {[m.id for m in found]}"
    (meeting,) = found
    sources = {e.source for e in meeting.evidence}
    assert sources >= set(encounter["reported_by"]), f"missing {set(encounter['reported_by']) - sources}"
    others = {s for e in ENCOUNTERS if e["id"] != encounter["id"] for s in e["reported_by"]}
    others -= set(encounter["reported_by"])
    assert not sources & others, f"{meeting.id} carries reports of other encounters: {sources & others}"


@pytest.mark.parametrize("start", ["empty", "known"])
def test_the_result_does_not_depend_on_the_order_articles_come_in(start: str) -> None:
    """Added one by one, first to last or last to first: the same encounters, each found once."""
    forward, backward = _corpus(tuple(STEMS), start), _corpus(tuple(reversed(STEMS)), start)
    assert len(forward.sources) == len(STEMS) >= 8
    for encounter in ENCOUNTERS:
        if len(encounter["reported_by"]) > 1 or encounter["id"] in DISTRACTORS:
            assert len(_found(backward, encounter)) == len(_found(forward, encounter)) == 1, encounter["id"]


def test_outlets_claims_sit_side_by_side() -> None:
    corpus = _corpus(tuple(STEMS), "known")
    (bali,) = _found(corpus, next(e for e in ENCOUNTERS if e["id"] == "biden-xi-2022-11-14-bali"))
    claims = corpus.claims.filter(about=bali)
    assert len({c.source for c in claims}) >= 2
    assert any(c.speaker.kind.value == "person" for c in claims)


def test_every_article_is_kept_with_its_url() -> None:
    for stem in STEMS:
        assert _gold(stem)["url"].startswith(("https://", "http://")), stem
        assert Path(ARTICLES / f"{stem}.txt").is_file()
