"""Run extraction over a workload a fixed number of times, untimed: for instruction counters.

A warm-up pass first (caches filled, indexes built), then ``N`` passes. The instructions of one pass are
the difference between runs with two values of ``N``, divided by their difference; unlike CPU time, the
count does not move when other jobs share the machine:

    valgrind --tool=callgrind --callgrind-out-file=/dev/null python bench/extract_passes.py articles 0
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python bench/extract_passes.py articles 2

Workloads as in bench_extract.py: ``articles`` (tests/data/articles/dev, no corpus) and ``seeds`` (the seed
texts against the bundled corpus). ``--people`` runs only the people stage and the cast (``find_people``
and ``build_cast``, the publication date as the anchor), warm-up included.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from summitlib.dates import PartialDate
from summitlib.extraction import Extractor
from summitlib.extraction._cast import build_cast
from summitlib.extraction.people import find_people

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workload", choices=["articles", "seeds"])
    parser.add_argument("passes", type=int)
    parser.add_argument("--people", action="store_true", help="only find_people and build_cast")
    args = parser.parse_args()
    if args.workload == "articles":
        folder, extractor = ROOT / "tests/data/articles/dev", Extractor()
    else:
        from summitlib import load

        folder, extractor = ROOT / "seeds", Extractor(load())
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if args.people:
        anchor = PartialDate.parse("2017-07-10")
        for _ in range(1 + args.passes):
            for text in texts:
                build_cast(find_people(text, extractor.lexicon, anchor), extractor.lexicon)
        return
    for _ in range(1 + args.passes):
        for text in texts:
            extractor.extract(text, published="2017-07-10")


if __name__ == "__main__":
    main()
