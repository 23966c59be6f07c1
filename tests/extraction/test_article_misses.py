"""What `evaluate --articles --misses` lists: the gold items nothing matched, the proposals that matched
nothing, the meetings given another status — computed from the same matching as the scores."""

from __future__ import annotations

import functools
import json
import shutil
from pathlib import Path

import pytest

from summitlib.cli import main
from summitlib.extraction import extract
from summitlib.extraction.articles import (
    ARTICLE_CATEGORIES,
    Article,
    article_misses,
    evaluate_articles,
    read_articles,
)
from summitlib.extraction.evaluate import Evaluation

from ..helpers import DATA

DEV2 = DATA / "articles" / "dev2"


@functools.cache
def _evaluation() -> Evaluation:
    return evaluate_articles(read_articles(DEV2))


def _article(text: str, **gold: object) -> Article:
    return Article(name="a", text=text, published=None, gold=dict(gold))


def test_each_kind_of_miss_names_what_was_expected_and_what_was_proposed() -> None:
    text = "Japanese Prime Minister Fumio Kishida will meet Yoon Suk Yeol on Friday. Biden said nothing."
    people = [{"name": "Fumio Kishida", "key": "Kishida"}, {"name": "Yoon Suk Yeol", "key": "Yoon"}]
    meeting = {"participants": ["Kishida", "Yoon"], "status": "held", "evidence": "will meet"}
    article = _article(text, people=people, meetings=[meeting], dates=[{"text": "on Friday", "value": None}])
    misses = {(m.category, m.kind): m for m in article_misses(article, extract(text, published="2023-03-14"))}
    status = misses["status", "status"]
    assert status.expected is not None and status.expected.startswith("Kishida, Yoon · undated · held")
    assert status.proposed is not None and "planned" in status.proposed
    assert status.proposed.startswith("Kishida, Yoon · 2023-03-17 · planned · in_person · “")
    assert misses["dates", "missed"].expected == "“on Friday” = unresolved"
    assert misses["dates", "extra"].proposed == "“on Friday” = 2023-03-17"
    extra = misses["people", "extra"]
    assert extra.proposed is not None and extra.proposed.startswith("Biden")
    assert extra.start == text.index("Biden") and extra.end == extra.start + len("Biden")
    assert ("meetings", "missed") not in misses and ("meetings", "extra") not in misses


def test_a_perfect_extraction_has_no_miss() -> None:
    text = "Fumio Kishida met Yoon Suk Yeol."
    people = [{"name": "Fumio Kishida", "key": "Kishida"}, {"name": "Yoon Suk Yeol", "key": "Yoon"}]
    meeting = {"participants": ["Kishida", "Yoon"], "status": "held", "evidence": "met"}
    assert article_misses(_article(text, people=people, meetings=[meeting]), extract(text)) == []


@pytest.mark.parametrize("category", [c for c in ARTICLE_CATEGORIES if c != "status"])
def test_misses_add_up_to_the_scores(category: str) -> None:
    """On real articles: missed = gold - matched and extra = predicted - matched, article by article."""
    result = _evaluation()
    for source, scores in result.by_source.items():
        kinds = [m.kind for m in result.misses if m.source == source and m.category == category]
        assert kinds.count("missed") == scores[category].gold - scores[category].matched, source
        assert kinds.count("extra") == scores[category].predicted - scores[category].matched, source


def test_status_misses_are_the_matched_meetings_with_another_status() -> None:
    result = _evaluation()
    for source, scores in result.by_source.items():
        wrong = [m for m in result.misses if m.source == source and m.category == "status"]
        assert {m.kind for m in wrong} <= {"status"}
        assert len(wrong) == scores["status"].gold - scores["status"].matched, source


def test_cli_lists_misses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--articles", str(DEV2), "--misses", "meetings"]) == 0
    out = capsys.readouterr().out
    listed = [m for m in _evaluation().misses if m.category == "meetings"]
    assert f"Misses ({len(listed)})" in out
    assert out.count("missed meetings: ") == sum(m.kind == "missed" for m in listed) > 0
    assert "missed quotes" not in out
    assert main(["evaluate", "--articles", str(DEV2), "--misses", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["misses"]) == len(_evaluation().misses)
    assert set(data["misses"][0]) >= {"source", "category", "kind", "expected", "proposed", "start", "end"}
    assert main(["evaluate", "--articles", str(DEV2), "--misses", "meeting"]) == 2
    assert "no category meeting; choose from people" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--misses", "dates"], "--misses only applies to real articles: add --articles DIR"),
        (["--with-corpus"], "--with-corpus only applies to real articles"),
        (["--misses", "--with-corpus"], "--misses and --with-corpus only apply to real articles"),
    ],
)
def test_article_options_without_articles_are_refused(
    capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    assert main(["evaluate", *arguments]) == 2
    assert message in capsys.readouterr().err


def _one_article(directory: Path) -> Path:
    name = sorted(DEV2.glob("*.txt"))[0].stem
    for suffix in (".txt", ".yaml"):
        shutil.copy(DEV2 / f"{name}{suffix}", directory / f"{name}{suffix}")
    return directory


def test_a_corpus_given_with_articles_is_the_one_the_extractor_knows(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    articles = str(_one_article(tmp_path))
    assert main(["evaluate", "--articles", articles]) == 0
    assert "(no corpus)" in capsys.readouterr().out
    assert main(["evaluate", "--articles", articles, "--corpus", str(DATA / "storage" / "hamburg")]) == 0
    assert "(the corpus)" in capsys.readouterr().out
    assert main(["evaluate", "--articles", articles, "--corpus", str(tmp_path / "missing")]) == 1
    assert "missing: $: no such file or directory" in capsys.readouterr().err
    assert main(["evaluate", "--articles", articles, "--source", "x"]) == 2
    assert "--source chooses among the corpus's sources, not articles" in capsys.readouterr().err


@pytest.mark.parametrize(("listed", "matched", "predicted"), [(0, 0, 1), (1, 1, 1), (2, 2, 2), (3, 3, 3)])
def test_repeated_words_count_once_unless_the_gold_lists_them_more_than_once(
    listed: int, matched: int, predicted: int
) -> None:
    """Gold may list a repeated "today" once or at each occurrence: neither way turns repeats into misses."""
    from summitlib.extraction._article_matching import Matched

    text = "Putin met Xi today. Talks went on today. They dine today."
    occurrences = [i for i in range(len(text)) if text.startswith("today", i)]
    gold = [{"text": "today", "start": start} for start in occurrences[:listed]]

    def match(start: int, item: dict[str, object]) -> bool:
        return start == item["start"]

    score = Matched.repeats_once(occurrences, gold, match, lambda start: "today").score()
    assert (score.matched, score.predicted, score.gold) == (matched, predicted, listed)
    with_other = Matched.repeats_once([*occurrences, 99], gold, match, lambda start: start == 99)
    assert with_other.score().predicted == predicted + 1  # other words that match nothing stay an extra


@pytest.mark.parametrize(("parts", "matched", "predicted"), [(1, 1, 1), (2, 2, 2), (3, 3, 3)])
def test_a_quotation_matches_each_part_the_gold_lists(parts: int, matched: int, predicted: int) -> None:
    """Gold may give a quotation whole or a part of each sentence: the proposal spanning it matches each part,
    counted once for each; a proposal of another speaker over the same words matches none."""
    from summitlib.extraction._article_matching import Matched

    sentences = [(0, 30), (31, 60), (61, 90)]
    gold = [{"start": start, "end": end, "speaker": "xi"} for start, end in sentences[:parts]]

    def match(proposal: tuple[int, int, str], item: dict[str, object]) -> bool:
        start, end, speaker = proposal
        return speaker == item["speaker"] and start < item["end"] and item["start"] < end  # type: ignore[operator]

    score = Matched.covering([(0, 90, "xi")], gold, match).score()
    assert (score.matched, score.predicted, score.gold) == (matched, predicted, parts)
    wrong = Matched.covering([(0, 90, "putin")], gold, match).score()
    assert (wrong.matched, wrong.predicted) == (0, 1)
    split = Matched.covering([(0, 30, "xi"), (31, 60, "xi")], gold[:1], match).score()
    assert (split.matched, split.predicted) == (1, 2)  # a part the gold does not list stays an extra


@pytest.mark.parametrize(
    ("gold", "expected"),
    [
        ("2001-05", True),  # the gold gives a week across two months as either month it touches
        ("2001-04", True),
        ("2001-06", False),
        ("2001-05-04", False),  # a day is more than the week says
        (None, False),
    ],
)
def test_a_week_across_two_months_is_either_month(gold: str | None, expected: bool) -> None:
    from summitlib.dates import DateSpan, PartialDate
    from summitlib.extraction._article_matching import _same_date

    def span(first: tuple[int, int], last: tuple[int, int]) -> DateSpan:
        (m1, d1), (m2, d2) = first, last
        return DateSpan(
            start=PartialDate(year=2001, month=m1, day=d1), end=PartialDate(year=2001, month=m2, day=d2)
        )

    week = span((4, 30), (5, 6))
    assert _same_date(week, gold) is expected
    within = span((5, 7), (5, 13))
    assert _same_date(within, "2001-04") is False  # a week within May is not April
    fortnight = span((4, 23), (5, 6))
    assert _same_date(fortnight, "2001-05") is False  # only a week
