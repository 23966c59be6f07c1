"""Rows per second reading GDELT exports into typed records, against pandas.read_csv in the same run.

Two workloads, each timed for summitlib (`read_gdelt`: typed frozen records, GC paused) and for
`pandas.read_csv(path, sep="\\t", header=None)` (a DataFrame, no records) on the same file, back to back
in each of several rounds; the medians of the rates and of the per-round time ratio are reported:

* **repeated** — the GDELT 2.0 fixture (909 rows) repeated to a bigger temporary file, for stable timing.
  Repetition favours summitlib's caches of actors and places (every value has been seen after the first
  copy), so the **single** workload is timed too:
* **single** — the 909-row fixture as it is (fresh caches on every read, as for a real 15-minute file),
  read many times.

Usage:
    python bench/bench_gdelt.py            # 100 copies (90,900 rows), 7 rounds
    python bench/bench_gdelt.py --quick    # 10 copies (9,090 rows), 3 rounds
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from summitlib.importers import read_gdelt

ROOT = Path(__file__).resolve().parent.parent
EXPORT = ROOT / "tests" / "data" / "gdelt" / "20250807220000.export.tsv"


def _median_seconds(work: Callable[[], int], rounds: int, repeat: int) -> tuple[float, int]:
    timings = []
    rows = 0
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(repeat):
            rows = work()
        timings.append((time.perf_counter() - start) / repeat)
    return statistics.median(timings), rows


def _compare(label: str, path: Path, rounds: int, repeat: int) -> None:
    def ours() -> int:
        result = read_gdelt(path)
        if result.events_report.skipped:
            raise SystemExit(f"unexpected skipped rows: {result.events_report.summary()}")
        return len(result.events)

    def theirs() -> int:
        return len(pd.read_csv(path, sep="\t", header=None))

    ours()
    theirs()  # warm both up (imports, caches of the OS)
    summit, panda, ratios = [], [], []
    rows = 0
    for _ in range(rounds):  # back to back in each round, so both see the same machine load
        ours_seconds, rows = _median_seconds(ours, 1, repeat)
        theirs_seconds, their_rows = _median_seconds(theirs, 1, repeat)
        if rows != their_rows:
            raise SystemExit(f"row counts differ: summitlib {rows}, pandas {their_rows}")
        summit.append(ours_seconds)
        panda.append(theirs_seconds)
        ratios.append(ours_seconds / theirs_seconds)
    print(
        f"{label:<9} {rows:>7} rows  summitlib {rows / statistics.median(summit):>9,.0f} rows/s  "
        f"pandas {rows / statistics.median(panda):>9,.0f} rows/s  "
        f"summitlib/pandas time {statistics.median(ratios):.2f}x (rounds {min(ratios):.2f}-{max(ratios):.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 copies, 3 rounds")
    args = parser.parse_args()
    copies = 10 if args.quick else 100
    rounds = 3 if args.quick else 7
    print(f"Python {sys.version.split()[0]}, pandas {pd.__version__}; medians of {rounds} rounds")
    with tempfile.TemporaryDirectory() as scratch:
        big = Path(scratch) / "repeated.export.CSV"
        data = EXPORT.read_bytes()
        big.write_bytes(data * copies)
        _compare("repeated", big, rounds, repeat=1)
        _compare("single", EXPORT, rounds, repeat=10)


if __name__ == "__main__":
    main()
