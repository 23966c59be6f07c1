"""Extraction scored on real articles with hand-written gold (tests/data/articles/dev), no corpus given.

The minimums pin what the extractor achieves on the development set; they may only rise. The held-aside
articles (tests/data/articles/heldaside) are not scored here: they are read only at the end of a round of
work, so that tuning never sees them.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

import summitlib
from summitlib.cli import main
from summitlib.extraction.articles import (
    ARTICLE_CATEGORIES,
    Article,
    GoldError,
    evaluate_articles,
    read_articles,
)
from summitlib.extraction.evaluate import Evaluation

from ..helpers import DATA

DEV = DATA / "articles" / "dev"
HELD_ASIDE = DATA / "articles" / "heldaside"

MINIMUM_F1 = {
    "people": 0.96,
    "meetings": 0.83,
    "status": 0.85,
    "dates": 0.94,
    "durations": 0.99,
    "quotes": 0.89,
    "groups": 0.82,
}
"""F1 on the development set with no corpus (60 articles; people, meetings, status, dates, durations, quotes,
groups). End of round 13: 0.97, 0.84, 0.86, 0.95, 1.00, 0.90, 0.83 (unchanged); end of round 12: 0.97, 0.84,
0.86, 0.95, 1.00, 0.90, 0.83; round 11: 0.97, 0.83, 0.86, 0.95, 1.00,
0.89, 0.82; round 10: 0.97, 0.83, 0.85, 0.95,
1.00, 0.89, 0.82; round 9: 0.96, 0.83, 0.85, 0.95, 1.00,
0.89, 0.82 (dates and quotes partly from the scorer's two changes of round 9: 0.92 and 0.88 with round 8's
scorer); round 8: 0.95, 0.83, 0.85, 0.92, 1.00, 0.87,
0.81; round 7: 0.95, 0.83, 0.84, 0.92, 1.00, 0.87, 0.79; round 6: 0.94, 0.82, 0.83, 0.89, 0.93, 0.85, 0.77;
round 5: 0.93, 0.81, 0.83, 0.87, 0.93, 0.81, 0.75, then dates 0.89 after the date work of issue 14 item 5;
round 4: 0.92, 0.80, 0.80, 0.87, 0.93, 0.80, 0.57; round 3: 0.92, 0.77, 0.80, 0.87, 0.93, 0.75, 0.55. Articles
033-048 were added in round 3; the round-2 minimums on the first 44 (0.89, 0.76, 0.81, 0.86, 0.90, 0.76, 0.57)
still hold there."""


@functools.cache
def _articles() -> tuple[Article, ...]:
    return tuple(read_articles(DEV))


@functools.cache
def _scores(with_corpus: bool) -> Evaluation:
    return evaluate_articles(_articles(), corpus=summitlib.load() if with_corpus else None)


def test_the_development_set_is_real_and_varied() -> None:
    """At least 30 real articles with their URLs, from many decades, with every kind of gold."""
    articles = _articles()
    assert len(articles) >= 30
    assert all(a.url and a.url.startswith(("http://", "https://")) for a in articles)
    years = {a.published.year for a in articles if a.published is not None}
    assert min(years) < 1990 and max(years) >= 2020
    statuses = {m["status"] for a in articles for m in a.gold.get("meetings") or []}
    assert {"held", "planned", "cancelled", "postponed", "ruled_out", "proposed", "possible"} <= statuses
    formats = {m.get("format") for a in articles for m in a.gold.get("meetings") or []}
    assert {"in_person", "phone_call", "video_call"} <= formats
    assert len(read_articles(HELD_ASIDE)) >= 10


@pytest.mark.parametrize("category", ARTICLE_CATEGORIES)
def test_minimum_scores_without_a_corpus(category: str) -> None:
    score = _scores(False).scores[category]
    assert score.f1 >= MINIMUM_F1[category], score


MINIMUM_F1_LATER_SETS = {
    "dev2": {
        "people": 0.94,
        "meetings": 0.70,
        "status": 0.91,
        "dates": 0.92,
        "durations": 0.91,
        "quotes": 0.82,
        "groups": 0.61,
    },
    "dev3": {
        "people": 0.96,
        "meetings": 0.70,
        "status": 0.89,
        "dates": 0.97,
        "durations": 0.89,
        "quotes": 0.88,
        "groups": 0.83,
    },
    "unseen5": {
        "people": 0.98,
        # 0.71 -> 0.69 (meet24): "had bilateral meetings with Rouhani and Putin" is now two meetings (both
        # gold); the three-way candidate it made matched the trilateral summit (planned) by chance
        "meetings": 0.70,
        "status": 0.92,
        "dates": 0.94,
        "durations": 0.99,
        "quotes": 0.82,
        "groups": 0.57,
    },
    "dev4": {
        "people": 0.98,
        "meetings": 0.63,
        # 0.83, not 0.85: round 10 (meet23) matches one more meeting (no longer paired with "Camp David"),
        # whose status the text leaves untold ("a statement on the leaders' telephone conversation")
        "status": 0.83,
        "dates": 0.90,
        "durations": 0.99,
        "quotes": 0.86,
        "groups": 0.81,
    },
    "unseen6": {
        "people": 0.97,
        "meetings": 0.71,
        "status": 0.89,
        "dates": 0.89,
        "durations": 0.86,
        "quotes": 0.78,
        "groups": 0.82,
    },
    "dev5": {
        "people": 0.98,
        "meetings": 0.74,
        "status": 0.85,
        "dates": 0.96,
        "durations": 0.99,
        "quotes": 0.80,
        "groups": 0.69,
    },
    "unseen7": {
        "people": 0.94,
        "meetings": 0.71,
        "status": 0.92,
        "dates": 0.91,
        "durations": 0.81,
        "quotes": 0.88,
        "groups": 0.68,
    },
    "dev6": {
        "people": 0.97,
        "meetings": 0.80,
        "status": 0.99,
        "dates": 0.86,
        "durations": 0.93,
        "quotes": 0.85,
        "groups": 0.66,
    },
    "unseen8": {
        "people": 0.95,
        "meetings": 0.74,
        "status": 0.94,
        "dates": 0.96,
        "durations": 0.93,
        "quotes": 0.78,
        "groups": 0.54,
    },
    "dev7": {
        "people": 0.98,
        "meetings": 0.75,
        "status": 0.99,
        "dates": 0.93,
        "durations": 0.99,
        "quotes": 0.89,
        "groups": 0.74,
    },
    "unseen9": {
        "people": 0.96,
        "meetings": 0.61,
        "status": 0.85,
        "dates": 0.90,
        "durations": 0.99,
        "quotes": 0.82,
        "groups": 0.78,
    },
    "dev8": {
        "people": 0.96,
        "meetings": 0.74,
        "status": 0.86,
        "dates": 0.84,
        "durations": 0.99,
        "quotes": 0.85,
        "groups": 0.71,
    },
    "unseen10": {
        "people": 0.90,
        "meetings": 0.66,
        "status": 0.99,
        "dates": 0.92,
        "durations": 0.94,
        "quotes": 0.82,
        "groups": 0.73,
    },
    "dev9": {
        "people": 0.95,
        "meetings": 0.79,
        "status": 0.81,
        "dates": 0.86,
        "durations": 0.99,
        "quotes": 0.83,
        "groups": 0.69,
    },
    "unseen11": {
        "people": 0.90,
        "meetings": 0.53,
        "status": 0.80,
        "dates": 0.80,
        "durations": 0.39,
        "quotes": 0.74,
        "groups": 0.51,
    },
}
"""F1 with no corpus on the later development sets, each gathered and annotated blind by someone who never
ran the extractor, scored once before anyone read it, then tuned on (people, meetings, status, dates,
durations, quotes, groups).

- dev2 (30 articles, round 6): first score 0.88, 0.52, 0.85, 0.79, 0.55, 0.57, 0.39; end of round 6 0.91,
  0.70, 0.84, 0.81, 0.73, 0.78, 0.53; end of round 7 0.94, 0.71, 0.92, 0.92, 0.92, 0.81, 0.60.
- dev3 (24 articles, round 7): first score 0.92, 0.53, 0.88, 0.85, 0.62, 0.71, 0.62; end of round 7 0.96,
  0.68, 0.90, 0.91, 0.87, 0.84, 0.81; end of round 8 0.97, 0.71, 0.90, 0.93, 0.87, 0.86, 0.83.
- unseen5 (30 articles, round 7): scored once blind at the end of round 7 (0.91, 0.61, 0.87, 0.75, 0.88,
  0.73, 0.38), then read; end of round 8 0.97, 0.71, 0.88, 0.88, 1.00, 0.78, 0.55.
- dev4 (24 articles, gathered blind in round 7): first score at the start of round 8 0.87, 0.42, 0.52, 0.78,
  1.00, 0.70, 0.66; end of round 8 0.98, 0.56, 0.86, 0.89, 1.00, 0.84, 0.75.
- unseen6 (30 articles, round 8): scored once blind at the end of round 8 (0.87, 0.53, 0.84, 0.79, 0.87,
  0.66, 0.58), then read.
- dev5 (24 articles, gathered blind in round 8): first score at the start of round 9 0.89, 0.55, 0.83, 0.76,
  0.59, 0.68, 0.49.
- End of round 9 (round 9's scorer: repeated words and quotations in parts, see the extraction page): dev2
  0.95, 0.71, 0.92, 0.92, 0.92, 0.83, 0.62; dev3 0.97, 0.71, 0.90, 0.94, 0.90, 0.89, 0.83; unseen5 0.98,
  0.71, 0.88, 0.95, 1.00, 0.83, 0.57; dev4 0.98, 0.59, 0.86, 0.91, 1.00, 0.87, 0.82; unseen6 0.97, 0.64,
  0.86, 0.88, 0.87, 0.79, 0.81; dev5 0.99, 0.67, 0.81, 0.96, 1.00, 0.78, 0.59.
- unseen7 (30 articles, round 9): scored once blind at the end of round 9 (0.89, 0.55, 0.91, 0.86, 0.67,
  0.83, 0.56), then read by a short wave: 0.91, 0.61, 0.91, 0.91, 0.67, 0.85, 0.66.
- dev6 (24 articles, gathered blind in round 9): first score at the start of round 10 0.90, 0.54, 0.93, 0.83,
  0.74, 0.70, 0.43; end of round 10 0.98, 0.79, 0.93, 0.87, 0.89, 0.85, 0.62.
- unseen8 (30 articles, round 10): scored once blind at the end of round 10 (0.92, 0.52, 0.83, 0.94, 0.94,
  0.72, 0.49), then read by a short wave on meetings: 0.92, 0.70, 0.85, 0.94, 0.94, 0.72, 0.49; end of
  round 11 (a work set) 0.96, 0.74, 0.86, 0.97, 0.94, 0.78, 0.55.
- dev7 (20 articles, gathered blind in round 10): first score at the start of round 11 0.92, 0.50, 0.95,
  0.88, 0.76, 0.85, 0.67; end of round 11 0.99, 0.76, 1.00, 0.92, 1.00, 0.90, 0.75.
- unseen9 (30 articles, round 11): scored once blind at the end of round 11 (0.90, 0.52, 0.73, 0.89, 0.95,
  0.82, 0.71); not read in round 11, a work set in round 12.
- dev8 (20 articles, gathered blind in round 11): first score at the start of round 12 0.91, 0.53, 0.73,
  0.77, 0.89, 0.70, 0.58; end of round 12 0.97, 0.71, 0.83, 0.83, 1.00, 0.86, 0.72.
- unseen9 at the end of round 12 (a work set): 0.97, 0.62, 0.86, 0.91, 0.95, 0.83, 0.79.
- unseen10 (30 articles, round 12): scored once blind at the end of round 12 (0.90, 0.54, 0.79, 0.89, 0.70,
  0.78, 0.73); not read in round 12, a work set in round 13.
- dev9 (20 articles, gathered blind in round 12): first score at the start of round 13 0.96, 0.68, 0.65,
  0.83, 0.36, 0.73, 0.64; end of round 13 0.96, 0.80, 0.82, 0.87, 1.00, 0.84, 0.70.
- End of round 13 (work sets): unseen10 0.91, 0.68, 1.00, 0.94, 0.95, 0.84, 0.75; dev8 0.97, 0.76, 0.87,
  0.86, 1.00, 0.86, 0.72.
- unseen11 (30 articles, round 13): scored once blind at the end of round 13 (0.92, 0.51, 0.81, 0.76, 0.00
  on two gold lengths, 0.75, 0.53), then read by a short wave on meetings and dates: 0.92, 0.55, 0.82, 0.81,
  0.40, 0.75, 0.53.
"""


@pytest.mark.parametrize(
    ("folder", "category"), [(folder, c) for folder in MINIMUM_F1_LATER_SETS for c in ARTICLE_CATEGORIES]
)
def test_minimum_scores_on_the_later_development_sets(folder: str, category: str) -> None:
    score = _later_scores(folder).scores[category]
    assert score.f1 >= MINIMUM_F1_LATER_SETS[folder][category], score


@functools.cache
def _later_scores(folder: str) -> Evaluation:
    return evaluate_articles(read_articles(DATA / "articles" / folder))


@pytest.mark.parametrize("category", ARTICLE_CATEGORIES)
def test_the_bundled_corpus_never_makes_a_category_worse(category: str) -> None:
    assert _scores(True).scores[category].f1 >= _scores(False).scores[category].f1 - 1e-9


def test_scores_per_article_add_up() -> None:
    result = _scores(False)
    assert set(result.by_source) == {a.name for a in _articles()}
    for category in ARTICLE_CATEGORIES:
        total = sum(scores[category].matched for scores in result.by_source.values())
        assert total == result.scores[category].matched


def test_a_malformed_gold_file_names_the_file_and_entry(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Xi met Biden.", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(
        "url: https://example.com/a\npublished: 2022-11-14\npeople: [{name: Xi Jinping, key: Xi}]\n"
        "meetings:\n  - {participants: [Xi, Biden], status: held}\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldError, match=r"a\.yaml: \$\.meetings\[0\]\.participants"):
        read_articles(tmp_path)
    (tmp_path / "a.yaml").write_text(
        "url: https://example.com/a\npublished: 2022-11-14\ndates: [{text: last week, value: 2022-11}]\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldError, match=r"\$\.dates\[0\]\.text: expected words of the text"):
        read_articles(tmp_path)


def test_cli_evaluates_articles(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["evaluate", "--articles", str(DEV)]) == 0
    out = capsys.readouterr().out
    assert f"Extraction on {len(_articles())} articles" in out and "(no corpus)" in out
    for category in ARTICLE_CATEGORIES:
        assert f"\n{category} " in out
    assert main(["evaluate", "--articles", str(tmp_path)]) == 1
    assert "holds no article" in capsys.readouterr().err
