"""Throughput of summitlib.extraction on one core, in MB/s of article text.

Two workloads, each repeated to a few MB and timed text by text in CPU time of this process
(`time.process_time`, so other processes competing for the cores do not count):

* **articles** — the real article openings of the development set (tests/data/articles/dev), read as a new
  user would: no corpus;
* **seeds** — the five seed texts against the bundled corpus.

As a baseline in the same run it times one pass of Python's `str.split` over the same texts, so the figure
can be compared across machines and runs (the ratio is what to watch on a busy machine).

Then, in a separate pass (so the timers do not weigh on the figure above), it prints each stage's share of
the time: every function of the extraction package that `Extractor.extract` calls is wrapped in a timer
(found from the names the method uses, so a new stage shows up by itself), the rest is "other".

Usage:
    python bench/bench_extract.py            # ~4 MB per workload, 5 rounds
    python bench/bench_extract.py --quick    # ~1 MB per workload, 3 rounds
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import summitlib.extraction as extraction_module
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
    _shares(extractor, batch, megabytes)


def _stages() -> dict[str, Callable[..., Any]]:
    """The extraction package's own functions and classes that `Extractor.extract` calls, by name."""
    found = {}
    for name in Extractor.extract.__code__.co_names:
        value = getattr(extraction_module, name, None)
        module = getattr(value, "__module__", "") or ""
        if callable(value) and module.startswith("summitlib.extraction.") and not module.endswith("._types"):
            found[name] = value
    return found


def _shares(extractor: Extractor, batch: list[str], megabytes: float) -> None:
    """One more pass with every stage timed: each stage's CPU seconds per MB and share of the total."""
    stages = _stages()
    spent = dict.fromkeys(stages, 0.0)

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - start

        return wrapper

    for name, function in stages.items():
        setattr(extraction_module, name, timed(name, function))
    try:
        start = time.process_time()
        for text in batch:
            extractor.extract(text, published="2017-07-10")
        total = time.process_time() - start
    finally:
        for name, function in stages.items():
            setattr(extraction_module, name, function)
    rows = sorted(spent.items(), key=lambda item: -item[1])
    rows.append(("other (dates parsed, anchor, result, timers)", total - sum(spent.values())))
    print("  stages (one timed pass):")
    for name, seconds in rows:
        print(f"    {name:<46} {seconds / megabytes:6.3f} s/MB  {100 * seconds / total:5.1f} %")


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
