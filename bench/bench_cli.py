"""How long the ``summitlib`` command takes, against starting Python and importing summitlib, in one run.

A command-line tool is used interactively, so what matters is the wall time of a whole run. Each command
is run as a fresh process (``python -m summitlib ...``) several times; the script prints the median wall
time and its ratio to the baseline ``python -c "import summitlib"`` measured in the same run, so the
figures say what the command adds on top of the import (loading and checking the bundled corpus,
building its indexes, the query, the output).

Usage:
    python bench/bench_cli.py            # 7 runs of each command
    python bench/bench_cli.py --runs 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

COMMANDS: list[tuple[str, list[str]]] = [
    ("python -c pass", ["-c", "pass"]),
    ("python -c 'import summitlib'  (baseline)", ["-c", "import summitlib"]),
    ("summitlib --help", ["-m", "summitlib", "--help"]),
    (
        "summitlib meetings --between Trump Putin",
        ["-m", "summitlib", "meetings", "--between", "Trump", "Putin"],
    ),
    ("summitlib meeting Hamburg", ["-m", "summitlib", "meeting", "Hamburg"]),
    ("summitlib disagreements --json", ["-m", "summitlib", "disagreements", "--json"]),
    ("summitlib validate  (bundled corpus)", ["-m", "summitlib", "validate"]),
]


def wall_time(arguments: list[str], runs: int) -> float:
    """The median wall time, in seconds, of ``runs`` fresh runs of ``python arguments``."""
    times = []
    environment = {**os.environ, "COLUMNS": "120"}
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, *arguments], check=True, capture_output=True, env=environment, timeout=120
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Time every command and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per command (default 7)")
    args = parser.parse_args()
    results = [(label, wall_time(arguments, args.runs)) for label, arguments in COMMANDS]
    baseline = results[1][1]
    print(f"median of {args.runs} runs, Python {sys.version.split()[0]}")
    print(f"{'command':<45} {'wall ms':>8} {'× import':>9}")
    for label, seconds in results:
        print(f"{label:<45} {seconds * 1000:>8.0f} {seconds / baseline:>9.2f}")


if __name__ == "__main__":
    main()
