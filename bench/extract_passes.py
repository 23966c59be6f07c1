"""Run extraction over a workload a fixed number of times, untimed: for instruction counters.

A warm-up pass first (caches filled, indexes built), then ``N`` passes. The instructions of one pass are
the difference between runs with two values of ``N``, divided by their difference; unlike CPU time, the
count does not move when other jobs share the machine:

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python bench/extract_passes.py articles 0
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python bench/extract_passes.py articles 2

Workloads as in bench_extract.py: ``articles`` (tests/data/articles/dev, no corpus) and ``seeds`` (the seed
texts against the bundled corpus).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from summitlib.extraction import Extractor

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workload", choices=["articles", "seeds"])
    parser.add_argument("passes", type=int)
    args = parser.parse_args()
    if args.workload == "articles":
        folder, extractor = ROOT / "tests/data/articles/dev", Extractor()
    else:
        from summitlib import load

        folder, extractor = ROOT / "seeds", Extractor(load())
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    for _ in range(1 + args.passes):
        for text in texts:
            extractor.extract(text, published="2017-07-10")


if __name__ == "__main__":
    main()
