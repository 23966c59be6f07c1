"""What ``summitlib.load(path)`` costs, and what the first query then pays for its indexes.

For synthetic corpora (JSON, the meetings of `bench_storage.synthetic_records`), one run measures, in
fresh order each round:

* ``load_records(path)``: reading and checking the records (the floor of any load);
* ``summitlib.load(path)``: the same, made a `Corpus` (its query indexes are built on first use);
* the first ``meetings.filter(between=[a, b], during=YEAR)`` on the new corpus (it builds the indexes
  that query needs) and the same query again.

Usage:
    python bench/bench_load.py                 # 10k and 100k meetings, 3 rounds
    python bench/bench_load.py --sizes 1000000 --rounds 1
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_storage import synthetic_records

import summitlib
from summitlib.storage import load_records, save_records


def _timed(function: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def measure(meetings: int, rounds: int, directory: Path) -> dict[str, float]:
    path = directory / f"corpus-{meetings}.json"
    records = synthetic_records(meetings)
    save_records(records, path)
    a, b = records.meetings[0].participants
    del records
    found: dict[str, list[float]] = {"load_records": [], "load": [], "first query": [], "next query": []}
    for _ in range(rounds):
        found["load_records"].append(_timed(partial(load_records, path))[0])
        seconds, corpus = _timed(partial(summitlib.load, path))
        found["load"].append(seconds)
        query = partial(corpus.meetings.filter, between=[a, b], during=2017)
        found["first query"].append(_timed(query)[0])
        found["next query"].append(_timed(query)[0])
        del corpus, query
    return {name: statistics.median(times) for name, times in found.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()
    print(f"summitlib from {Path(summitlib.__file__).parent}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in arguments.sizes:
            figures = measure(size, arguments.rounds, Path(tmp))
            floor = figures["load_records"]
            for name, seconds in figures.items():
                ratio = seconds / floor
                print(f"{size:>9,} {name:<13} {seconds * 1000:>10.1f} ms  {ratio:5.2f}× load_records")


if __name__ == "__main__":
    main()
