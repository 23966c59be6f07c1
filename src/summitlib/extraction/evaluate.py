"""How well extraction agrees with a curated corpus: precision, recall and F1 per category.

[`evaluate`][summitlib.extraction.evaluate.evaluate] runs the extractor over every source of a corpus
(anchored at the source's ``published`` date, using the corpus's own leaders and issues) and compares
what it proposes with what the curators recorded for that source. Matching rules, per source:

* **people** — the set of leader ids the extractor resolves, against the leaders the corpus has evidence
  for in that source (a leader's or role's evidence quote, or a claim from the source spoken by or about
  the leader).
* **issues** — the set of issue ids mentioned, against the issues the corpus ties to the source (an
  issue's evidence, the issues of claims from the source, and of outcomes quoted from it).
* **dates** — the distinct resolved date values, against the values of the source's ``date`` claims and
  the dates of meetings quoted from it, one to one: equal values match, and so does a date that contains
  the recorded one (the text may say "in July" or "2001" of a meeting the curator dates to the day);
  a day never matches the month around it. Dates the extractor leaves unresolved are not predictions.
* **durations** — each duration mention against the source's claims whose value is a
  [`DurationRange`][summitlib.DurationRange]; equal bounds match (the "about" flag is ignored), one to one.
* **attributions** — each attribution against the source's claims with a person or group speaker: the
  spans overlap and the speaker agrees (same leader id; or group names equal ignoring case, or one
  containing the other), one to one.
* **meetings** — candidates (one per participants, date and status; an undated candidate is dropped when
  a dated one with the same participants and status exists) against the meetings quoted in the source:
  the candidate's participants are all among the meeting's, and their dates overlap when both have one,
  one to one, preferring exact participants and equal dates.

Scores are micro-averaged over sources. The corpus is used both as the extractor's vocabulary and as the
gold standard, so people and issue scores measure finding and resolving known names, not discovering
new ones; and the corpus records only what curators chose to record, so precision is a lower bound.

Run it on the bundled corpus with ``python -m summitlib.extraction.evaluate`` (or on your corpus: pass its
paths).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

import attrs

from summitlib.claims import Claim, SpeakerKind
from summitlib.dates import DateSpan, PartialDate, When
from summitlib.durations import DurationRange
from summitlib.extraction import CorpusLike, Extractor, _records
from summitlib.extraction._types import Attribution, DurationMention, Extraction, MeetingCandidate
from summitlib.model import Meeting, Source
from summitlib.records import Records

__all__ = ["CATEGORIES", "Evaluation", "Miss", "Score", "evaluate", "main"]

CATEGORIES = ("people", "issues", "dates", "durations", "attributions", "meetings")
"""The categories scored, in report order."""

P = TypeVar("P")
G = TypeVar("G")


@attrs.frozen(kw_only=True)
class Score:
    """Counts for one category and the scores they give.

    Attributes:
        matched: predictions that match a gold item (one to one).
        predicted: predictions made.
        gold: gold items.
    """

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        """matched / predicted (1.0 when nothing was predicted)."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """matched / gold (1.0 when there is no gold item)."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            matched=self.matched + other.matched,
            predicted=self.predicted + other.predicted,
            gold=self.gold + other.gold,
        )


@attrs.frozen(kw_only=True)
class Miss:
    """One place where the extraction and the reference disagree, to read when a score is low.

    Attributes:
        source: the source (or article) it is in.
        category: the category it counts in ("meetings", "quotes"...).
        kind: ``"missed"`` (a reference item nothing matched), ``"extra"`` (a proposal that matched
            nothing) or ``"status"`` (a matched meeting given another status).
        expected: the reference item, described (None for an extra proposal).
        proposed: the proposal, described (None for a missed item).
        start: where the proposal starts in the text (None for a missed item).
        end: where it ends.
    """

    source: str
    category: str
    kind: str
    expected: str | None = None
    proposed: str | None = None
    start: int | None = None
    end: int | None = None


@attrs.frozen(kw_only=True)
class Evaluation:
    """Scores per category, overall and per source.

    Attributes:
        scores: category -> score over all sources.
        by_source: source id -> category -> score.
        categories: the categories, in report order.
        misses: where extraction and reference disagree, source by source (filled by
            [`evaluate_articles`][summitlib.extraction.articles.evaluate_articles]; empty otherwise).
    """

    scores: dict[str, Score]
    by_source: dict[str, dict[str, Score]]
    categories: tuple[str, ...] = CATEGORIES
    misses: tuple[Miss, ...] = ()

    def table(self) -> str:
        """A plain-text table: one row per category with counts, precision, recall and F1."""
        lines = [
            f"{'category':<13} {'matched':>7} {'pred':>5} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}",
        ]
        for name in self.categories:
            s = self.scores[name]
            lines.append(
                f"{name:<13} {s.matched:>7} {s.predicted:>5} {s.gold:>5} "
                f"{s.precision:>6.2f} {s.recall:>6.2f} {s.f1:>6.2f}"
            )
        return "\n".join(lines)


def evaluate(corpus: CorpusLike, *, sources: Iterable[str] | None = None) -> Evaluation:
    """Run the extractor over ``corpus``'s sources and score it against the corpus's own records.

    Args:
        corpus: a checked [`Corpus`][summitlib.Corpus] (or checked Records: evidence offsets resolved).
        sources: ids of the sources to evaluate on (default: all).
    """
    records = _records(corpus)
    extractor = Extractor(records)
    wanted = None if sources is None else set(sources)
    totals = {name: Score() for name in CATEGORIES}
    by_source: dict[str, dict[str, Score]] = {}
    for source in records.sources:
        if wanted is not None and source.id not in wanted:
            continue
        result = extractor.extract(source.text, published=source.published)
        scores = _score_source(records, source, result)
        by_source[source.id] = scores
        totals = {name: totals[name] + scores[name] for name in CATEGORIES}
    return Evaluation(scores=totals, by_source=by_source)


def _score_source(records: Records, source: Source, result: Extraction) -> dict[str, Score]:
    sid = source.id
    claims = [c for c in records.claims if c.source == sid]
    quoted_meetings = [m for m in records.meetings if any(e.source == sid for e in m.evidence)]
    people: set[str] = set()
    for leader in records.leaders:
        evidence = [*leader.evidence, *(e for r in leader.roles for e in r.evidence)]
        if any(e.source == sid for e in evidence):
            people.add(leader.id)
    for claim in claims:
        if claim.speaker.kind is SpeakerKind.PERSON and claim.speaker.leader is not None:
            people.add(claim.speaker.leader)
        if claim.subject is not None:
            people.add(claim.subject)
    issues = {i.id for i in records.issues if any(e.source == sid for e in i.evidence)}
    issues.update(i for c in claims for i in c.issues)
    for meeting in records.meetings:
        for outcome in meeting.outcomes:
            if any(e.source == sid for e in outcome.evidence):
                issues.update(outcome.issues)
    dates: set[When] = {
        c.value for c in claims if c.topic == "date" and isinstance(c.value, PartialDate | DateSpan)
    }
    dates.update(m.when for m in quoted_meetings if m.when is not None)
    predicted_dates = list(dict.fromkeys(d.value for d in result.dates if d.value is not None))
    durations = [c for c in claims if isinstance(c.value, DurationRange)]
    spoken = [c for c in claims if c.speaker.kind is not SpeakerKind.AUTHOR]
    return {
        "people": _sets(set(result.leader_ids()), people),
        "issues": _sets(set(result.issue_ids()), issues),
        "dates": _one_to_one(predicted_dates, sorted(dates), _date_match),
        "durations": _one_to_one(list(result.durations), durations, _duration_match),
        "attributions": _one_to_one(list(result.attributions), spoken, _attribution_match),
        "meetings": _one_to_one(merge_candidates(result.meetings), quoted_meetings, _meeting_match),
    }


def _sets(predicted: set[str], gold: set[str]) -> Score:
    return Score(matched=len(predicted & gold), predicted=len(predicted), gold=len(gold))


def _one_to_one(
    predicted: Sequence[P], gold: Sequence[G], rank: Callable[[P, G], tuple[int, ...] | None]
) -> Score:
    """Greedy one-to-one matching: best-ranked compatible pairs first, each item used once."""
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            key = rank(p, g)
            if key is not None:
                pairs.append((key, i, j))
    pairs.sort(key=lambda item: (tuple(-k for k in item[0]), item[1], item[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    return Score(matched=len(used_p), predicted=len(predicted), gold=len(gold))


def _date_match(predicted: When, recorded: When) -> tuple[int, ...] | None:
    if predicted == recorded:
        return (1, 0)
    if predicted.contains(recorded):
        return (0, -(predicted.latest - predicted.earliest).days)
    return None


def _duration_match(mention: DurationMention, claim: Claim) -> tuple[int, ...] | None:
    value = claim.value
    assert isinstance(value, DurationRange)
    if (mention.value.minimum, mention.value.maximum) != (value.minimum, value.maximum):
        return None
    kind = mention.kind.topic == claim.topic
    near = -abs(mention.start - (claim.evidence.start or 0))
    return (int(kind), near)


def _attribution_match(attribution: Attribution, claim: Claim) -> tuple[int, ...] | None:
    start, end = claim.evidence.start or 0, claim.evidence.end or 0
    if not (attribution.start < end and start < attribution.end):
        return None
    speaker = attribution.speaker
    if speaker is None or speaker.kind is not claim.speaker.kind:
        return None
    if speaker.kind is SpeakerKind.PERSON and speaker.leader != claim.speaker.leader:
        return None
    if speaker.kind is SpeakerKind.GROUP:
        ours = _group_key(speaker.name or "")
        theirs = _group_key(claim.speaker.name or "")
        if not ours or not theirs or (ours not in theirs and theirs not in ours):
            return None
    overlap = min(end, attribution.end) - max(start, attribution.start)
    return (overlap,)


def _group_key(name: str) -> str:
    words = name.casefold().replace("’", "'").split()
    return " ".join(w for w in words if w != "the")


def merge_candidates(candidates: Iterable[MeetingCandidate]) -> list[MeetingCandidate]:
    """One candidate per participants, date and status; undated ones give way to dated ones of the same
    place (or of no place: "in Danang" is not the meeting dated in Hamburg)."""
    kept: dict[tuple[object, ...], MeetingCandidate] = {}
    for candidate in candidates:
        when = candidate.when.value if candidate.when is not None else None
        kept.setdefault((candidate.participants, when, candidate.status), candidate)
    dated: dict[tuple[object, ...], set[str | None]] = {}  # the places of the dated ones
    for (participants, dated_when, status), candidate in kept.items():
        if dated_when is not None:
            dated.setdefault((participants, status), set()).add(_place_name(candidate))
    return [
        candidate
        for (participants, dated_when, status), candidate in kept.items()
        if dated_when is not None or _apart(_place_name(candidate), dated.get((participants, status)))
    ]


def _place_name(candidate: MeetingCandidate) -> str | None:
    return candidate.place.name.casefold() if candidate.place is not None else None


def _apart(place: str | None, dated_places: set[str | None] | None) -> bool:
    """Whether an undated candidate at ``place`` stands apart from the dated ones at ``dated_places``."""
    if dated_places is None:
        return True
    return place is not None and None not in dated_places and place not in dated_places


def _meeting_match(candidate: MeetingCandidate, meeting: Meeting) -> tuple[int, ...] | None:
    if not set(candidate.participants) <= set(meeting.participants):
        return None
    when = candidate.when.value if candidate.when is not None else None
    if when is not None and meeting.when is not None and not when.overlaps(meeting.when):
        return None
    exact = set(candidate.participants) == set(meeting.participants)
    same_day = when is not None and when == meeting.when
    same_status = candidate.status is meeting.status
    return (int(exact), int(same_day), int(same_status))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the evaluation table for the bundled corpus, or for the corpus at the given paths."""
    parser = argparse.ArgumentParser(
        prog="python -m summitlib.extraction.evaluate",
        description="Score summitlib.extraction against a curated corpus (the bundled one by default).",
    )
    parser.add_argument("paths", nargs="*", help="corpus directories or files (default: bundled corpus)")
    parser.add_argument("--by-source", action="store_true", help="also print a table per source")
    args = parser.parse_args(argv)
    from summitlib._api import load  # the loader sits above extraction; needed only to run from a shell

    corpus = load(*args.paths)
    result = evaluate(corpus)
    print(result.table())
    if args.by_source:
        for sid, scores in result.by_source.items():
            print(f"\n{sid}")
            print(Evaluation(scores=scores, by_source={}).table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
