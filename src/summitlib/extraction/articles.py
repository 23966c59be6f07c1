"""How well extraction reads real articles: scores against hand-written gold, with no corpus needed.

A directory of articles holds ``NAME.txt`` (the text) beside ``NAME.yaml`` (its metadata and gold: the
people named, the meetings reported, the relative dates, durations and quotations; the format is described
in ``tests/data/articles/README.md``). [`evaluate_articles`][summitlib.extraction.articles.evaluate_articles]
extracts every text, anchored at its ``published`` date, and scores per category:

* **people** — the text's [`Person`][summitlib.extraction.Person]s against the gold people: a person
  matches when the gold family name is one of the words of the predicted name (accents and case
  folded), or a short name news copy uses for it ("Jokowi" for Joko Widodo), one to one.
* **meetings** — the candidates, grouped into encounters (same participants and call or not; dated
  candidates with different dates apart, undated ones joining the first dated one), against the gold
  meetings: same participants (through the people matching), both calls or both not, dates overlapping
  when both are given.
* **status** — of the matched meetings, those with the gold status (so precision = recall = accuracy).
* **dates** — relative date mentions (the same words with the same value counted once) against the gold
  relative dates: the spans overlap and the value is the gold one or lies within it (a week within the
  gold's month, or across two months and touching it; an unresolved gold date matches a mention left
  unresolved).
* **durations** — duration mentions against the gold durations: spans overlap, equal bounds, same kind.
* **quotes** — attributions to a person against the gold quotations of named people: the spans overlap
  and the speaker is the gold one. Attributions to groups are scored as **groups** the same way.

Scores are micro-averaged over articles. Run it with ``summitlib evaluate --articles DIR``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from summitlib.dates import PartialDate
from summitlib.errors import InvalidValueError
from summitlib.extraction import CorpusLike, Extractor
from summitlib.extraction._article_matching import ARTICLE_CATEGORIES, Matching, group_candidates
from summitlib.extraction._types import Extraction
from summitlib.extraction.evaluate import Evaluation, Miss, Score

__all__ = [
    "ARTICLE_CATEGORIES",
    "Article",
    "GoldError",
    "article_misses",
    "evaluate_articles",
    "group_candidates",
    "read_articles",
    "score_article",
]

_STATUSES = {"held", "planned", "proposed", "possible", "ruled_out", "cancelled", "postponed", "hypothetical"}
_FORMATS = {"in_person", "phone_call", "video_call"}
_KINDS = {"actual", "scheduled"}


class GoldError(InvalidValueError):
    """A gold file that does not follow the format: which file, which entry, what was expected."""

    def __init__(self, file: str, path: str, expected: str, found: object) -> None:
        super().__init__(f"{file}: {path}", expected, found)


@attrs.frozen(kw_only=True)
class Article:
    """One real article with its hand-written gold.

    Attributes:
        name: the file stem ("017_kishida-yoon-seoul").
        text: the article text.
        published: its publication date, the anchor for relative dates.
        gold: the parsed gold mapping (people, meetings, dates, durations, quotes).
        url: where the text comes from.
    """

    name: str
    text: str = attrs.field(repr=False)
    published: PartialDate | None
    gold: dict[str, Any] = attrs.field(repr=False)
    url: str | None = None


def read_articles(directory: str | os.PathLike[str]) -> list[Article]:
    """The articles of ``directory`` (every ``NAME.yaml`` with its ``NAME.txt``), sorted by name.

    Raises:
        GoldError: ``directory`` is not a directory, or a gold file is malformed (the message names the
            file and entry).
    """
    import yaml  # only needed here

    folder = Path(directory)
    if not folder.is_dir():
        raise GoldError(str(folder), "$", "a directory of articles (NAME.txt beside NAME.yaml)", str(folder))
    articles = []
    for meta in sorted(folder.glob("*.yaml")):
        text_file = meta.with_suffix(".txt")
        if not text_file.is_file():
            continue
        text = text_file.read_text(encoding="utf-8")
        gold = yaml.safe_load(meta.read_text(encoding="utf-8"))
        if not isinstance(gold, dict):
            raise GoldError(str(meta), "$", "a mapping", gold)
        _check_gold(str(meta), gold, text)
        published = gold.get("published")
        articles.append(
            Article(
                name=meta.stem,
                text=text,
                published=None if published is None else PartialDate.parse(str(published)),
                gold=gold,
                url=gold.get("url"),
            )
        )
    return articles


def _check_gold(file: str, gold: dict[str, Any], text: str) -> None:
    keys = {p.get("key") for p in gold.get("people") or []}
    for index, meeting in enumerate(gold.get("meetings") or []):
        where = f"$.meetings[{index}]"
        if meeting.get("status") not in _STATUSES:
            raise GoldError(file, f"{where}.status", f"one of {sorted(_STATUSES)}", meeting.get("status"))
        if meeting.get("format", "in_person") not in _FORMATS:
            raise GoldError(file, f"{where}.format", f"one of {sorted(_FORMATS)}", meeting.get("format"))
        for key in meeting.get("participants") or []:
            if key not in keys:
                raise GoldError(file, f"{where}.participants", "keys of people", key)
    for kind in ("dates", "durations", "quotes"):
        for index, item in enumerate(gold.get(kind) or []):
            if str(item.get("text")) not in text:
                raise GoldError(file, f"$.{kind}[{index}].text", "words of the text", item.get("text"))
    for index, item in enumerate(gold.get("durations") or []):
        if item.get("kind") not in _KINDS:
            raise GoldError(file, f"$.durations[{index}].kind", f"one of {sorted(_KINDS)}", item.get("kind"))


def evaluate_articles(
    articles: str | os.PathLike[str] | Iterable[Article], *, corpus: CorpusLike | None = None
) -> Evaluation:
    """Extract every article and score the result against its gold.

    Args:
        articles: a directory of articles, or articles read with
            [`read_articles`][summitlib.extraction.articles.read_articles].
        corpus: what the extractor knows (None: nothing, as for a new user).

    Returns:
        The scores, overall and per article, and the misses behind them (``Evaluation.misses``: each
        gold item nothing matched, each proposal that matched nothing, each meeting given another status).
    """
    if isinstance(articles, str | os.PathLike):
        articles = read_articles(articles)
    extractor = Extractor(corpus)
    totals = {name: Score() for name in ARTICLE_CATEGORIES}
    by_source: dict[str, dict[str, Score]] = {}
    misses: list[Miss] = []
    for article in articles:
        result = extractor.extract(article.text, published=article.published)
        matching = Matching.of(article, result)
        scores = by_source[article.name] = matching.scores()
        misses.extend(matching.misses())
        for name in ARTICLE_CATEGORIES:
            totals[name] = totals[name] + scores[name]
    return Evaluation(scores=totals, by_source=by_source, categories=ARTICLE_CATEGORIES, misses=tuple(misses))


def score_article(article: Article, result: Extraction) -> dict[str, Score]:
    """The scores of one extraction against its article's gold."""
    return Matching.of(article, result).scores()


def article_misses(article: Article, result: Extraction) -> list[Miss]:
    """Where one extraction and its article's gold disagree, category by category.

    Examples:
        >>> from summitlib.extraction import extract
        >>> people = [{"name": "Fumio Kishida", "key": "Kishida"}, {"name": "Yoon Suk Yeol", "key": "Yoon"}]
        >>> meeting = {"participants": ["Kishida", "Yoon"], "status": "held", "evidence": "met"}
        >>> gold = {"people": people, "meetings": [meeting]}
        >>> text = "Japanese Prime Minister Fumio Kishida will meet Yoon Suk Yeol."
        >>> article = Article(name="a", text=text, published=None, gold=gold)
        >>> [(m.category, m.kind, m.expected) for m in article_misses(article, extract(text))]
        [('status', 'status', 'Kishida, Yoon · undated · held · in_person · “met”')]
    """
    return Matching.of(article, result).misses()
