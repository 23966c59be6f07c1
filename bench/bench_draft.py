"""Drafting articles into one corpus: articles per second, and how the cost grows with the corpus.

The real development articles (``tests/data/articles/dev``, 44 texts) are repeated in rounds until there
are N articles (1,000 by default). Each round renames the people (every family name of the article's
gold gets a round-specific ending: "Biden" becomes "Bidenab") and moves every year forward by the round
number, so rounds report different encounters while the outlets of one round still report the same ones.

Three figures, in CPU time of this process (`time.process_time`), medians of the rounds:

* **draft**: `summitlib.draft` of every article (extraction included), articles per second;
* **consolidate, one batch**: `summitlib.consolidate` of the first 250, 500 and 1,000 drafts at once —
  the time per article must stay flat (not grow with the corpus: no quadratic step);
* **consolidate, in steps**: the drafts added 100 at a time to the growing corpus (as repeated
  ``summitlib draft … --into DIR`` calls do, without the load and save), the time of each step.

Usage:
    python bench/bench_draft.py                 # 1,000 articles, 3 rounds
    python bench/bench_draft.py --quick         # 300 articles, 1 round
    python bench/bench_draft.py --lexicon       # read against a corpus that knows the renamed leaders
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import statistics
import string
import time
from pathlib import Path
from typing import Any

import yaml

import summitlib
from summitlib import Leader, Records
from summitlib.drafting import Draft, consolidate
from summitlib.drafting._source import slug

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles" / "dev"
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def _ending(number: int) -> str:
    letters = string.ascii_lowercase
    return letters[number // 26 % 26] + letters[number % 26]


def _articles() -> list[tuple[str, str, str, list[str]]]:
    """(stem, text, published, family names) of each development article."""
    found = []
    for path in sorted(ARTICLES.glob("*.txt")):
        gold: dict[str, Any] = yaml.safe_load(path.with_suffix(".yaml").read_text("utf-8"))
        published = gold["published"]
        published = published.isoformat() if isinstance(published, dt.date) else str(published)
        keys = sorted(
            {str(p["key"]) for p in gold.get("people") or [] if p.get("key")}, key=len, reverse=True
        )
        found.append((path.stem, path.read_text("utf-8"), published, keys))
    return found


def _vary(text: str, published: str, keys: list[str], number: int) -> tuple[str, str, dict[str, str]]:
    """The article of round ``number``: names renamed, years moved forward."""
    ending = _ending(number)
    names = {key: key + ending for key in keys if key[:1].isupper() and len(key) > 1}
    if names:
        pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in names) + r")\b")
        text = pattern.sub(lambda m: names[m.group(1)], text)

    def move(match: re.Match[str]) -> str:
        return str(int(match.group(1)) + number)

    return _YEAR.sub(move, text), _YEAR.sub(move, published), names


def _workload(count: int) -> tuple[list[tuple[str, str, str]], Records]:
    base = _articles()
    items: list[tuple[str, str, str]] = []
    leaders: dict[str, Leader] = {}
    number = 0
    while len(items) < count:
        for stem, text, published, keys in base:
            if len(items) == count:
                break
            varied, date, names = _vary(text, published, keys, number)
            items.append((f"{stem}-r{number}", varied, date))
            for name in names.values():
                ident = slug(name)
                leaders.setdefault(ident, Leader(id=ident, name=name))
        number += 1
    return items, Records(leaders=tuple(leaders.values()))


def _drafts(items: list[tuple[str, str, str]], lexicon: Records | None) -> tuple[list[Draft], float]:
    start = time.process_time()
    drafts = [
        summitlib.draft(text, published=date, source_id=ident, corpus=lexicon) for ident, text, date in items
    ]
    return drafts, time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 articles, 1 round")
    parser.add_argument("--articles", type=int, default=1000, help="how many articles (default 1,000)")
    parser.add_argument("--lexicon", action="store_true", help="read against a corpus knowing the leaders")
    args = parser.parse_args()
    count = 300 if args.quick else args.articles
    rounds = 1 if args.quick else 3
    items, known = _workload(count)
    lexicon = known if args.lexicon else None
    start_records = known if args.lexicon else Records()
    megabytes = sum(len(t.encode("utf-8")) for _, t, _ in items) / 1e6

    draft_times, drafts = [], []
    for _ in range(rounds):
        drafts, elapsed = _drafts(items, lexicon)
        draft_times.append(elapsed)
    draft_time = statistics.median(draft_times)
    print(f"articles: {len(items)} ({megabytes:.2f} MB), rounds: {rounds}, lexicon: {args.lexicon}")
    print(f"draft:       {draft_time:.2f} s -> {len(items) / draft_time:.0f} articles/s")

    sizes = [n for n in (count // 4, count // 2, count) if n]
    print("consolidate, one batch (time per article must stay flat):")
    result = None
    for size in sizes:
        timings = []
        for _ in range(rounds):
            begin = time.process_time()
            result = consolidate(drafts[:size], into=start_records)
            timings.append(time.process_time() - begin)
        median = statistics.median(timings)
        counts = result.records.counts() if result is not None else {}
        print(
            f"  {size:>5} articles: {median:.3f} s, {1e3 * median / size:.3f} ms/article, "
            f"{size / median:.0f} articles/s -> {counts.get('meetings', 0)} meetings, "
            f"{len(result.merges) if result else 0} merges, {counts.get('leaders', 0)} leaders"
        )
    begin = time.process_time()
    corpus = summitlib.Corpus(result.records) if result is not None else None
    print(f"  checking the result as a Corpus: {time.process_time() - begin:.3f} s ({corpus!r})")

    step = max(1, count // 10)
    print(f"consolidate, in steps of {step} into the growing corpus:")
    records = start_records
    for first in range(0, count, step):
        begin = time.process_time()
        records = consolidate(drafts[first : first + step], into=records).records
        elapsed = time.process_time() - begin
        print(
            f"  corpus of {len(records.sources):>5} sources: step {elapsed:.3f} s "
            f"({1e3 * elapsed / step:.2f} ms/article)"
        )
    total = draft_time + statistics.median(timings)
    print(f"end to end (draft + one batch): {len(items) / total:.0f} articles/s")


if __name__ == "__main__":
    main()
