"""Throughput of summitlib.extraction on one core, in MB/s of article text.

Two workloads, each repeated to a few MB and timed text by text in CPU time of this process
(`time.process_time`, so other processes competing for the cores do not count):

* **articles** — the real article openings of the development set (tests/data/articles/dev), read as a new
  user would: no corpus;
* **seeds** — the five seed texts against the bundled corpus.

As a baseline in the same run it times one pass of Python's `str.split` over the same texts, so the figure
can be compared across machines and runs (the ratio is what to watch on a busy machine).

Usage:
    python bench/bench_extract.py            # ~4 MB per workload, 5 rounds
    python bench/bench_extract.py --quick    # ~1 MB per workload, 3 rounds
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from summitlib.extraction import Extractor

ROOT = Path(__file__).resolve().parent.parent


def _corpus() -> object | None:
    try:
        from summitlib._api import load

        return load()
    except Exception as error:  # the bundled corpus may not be loadable in every checkout
        print(f"(bundled corpus not loadable: {error}; running without a corpus)", file=sys.stderr)
        return None


def _run(name: str, texts: list[str], corpus: object | None, target: int, rounds: int) -> None:
    size = sum(len(t.encode("utf-8")) for t in texts)
    batch = texts * max(1, target // size)
    megabytes = sum(len(t.encode("utf-8")) for t in batch) / 1e6
    extractor = Extractor(corpus)  # type: ignore[arg-type]
    timings = []
    items = 0
    for _ in range(rounds):
        start = time.process_time()
        items = 0
        for text in batch:
            result = extractor.extract(text, published="2017-07-10")
            items += len(result.people) + len(result.dates) + len(result.attributions) + len(result.meetings)
        timings.append(time.process_time() - start)
    baseline = []
    for _ in range(rounds):
        start = time.process_time()
        for text in batch:
            text.split()
        baseline.append(time.process_time() - start)
    median = statistics.median(timings)
    print(f"{name}: {len(batch)} texts ({megabytes:.2f} MB), rounds: {rounds}, corpus: {corpus is not None}")
    print(f"  extract: median {median:.3f} s -> {megabytes / median:.2f} MB/s ({items} items per round)")
    print(
        f"  baseline str.split: median {statistics.median(baseline):.3f} s "
        f"(extract is {median / statistics.median(baseline):.0f}x str.split)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="about 1 MB per workload, 3 rounds")
    args = parser.parse_args()
    target = 1_000_000 if args.quick else 4_000_000
    rounds = 3 if args.quick else 5
    articles = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/articles/dev").glob("*.txt"))
    ]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    _run("articles", articles, None, target, rounds)
    _run("seeds", seeds, _corpus(), target, rounds)


if __name__ == "__main__":
    main()
