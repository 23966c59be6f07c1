"""How long ``import summitlib`` and ``summitlib --help`` take, against importing summitlib's own
dependencies (attrs, cattrs, dateutil), in one run.

Each command runs as a fresh process; the rounds are interleaved (one run of every command per round) so
that a busy machine slows them alike. Printed per command: the median wall time, the median import cost
(wall time minus that of ``python -c pass`` in the same round, i.e. what the import adds to starting
Python) and the ratio of that cost to the baseline ``import attrs, cattrs, dateutil``. A second table
gives the sum of ``python -X importtime`` self times of the same commands (minimum over the rounds, less
that of ``python -c pass``) and its ratio: the measure of issue #17, less noisy on a busy machine but
inflated by the instrumentation for packages of many modules. The target of issue #17 is
``import summitlib`` ≤ 1.5× the baseline.

Usage:
    python bench/bench_import.py             # 15 rounds
    python bench/bench_import.py --runs 5
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
    ("import attrs, cattrs, dateutil  (baseline)", ["-c", "import attrs, cattrs, dateutil"]),
    ("import summitlib", ["-c", "import summitlib"]),
    ("python -m summitlib --help", ["-m", "summitlib", "--help"]),
]


def wall_time(arguments: list[str]) -> float:
    """The wall time, in seconds, of one fresh run of ``python arguments``."""
    environment = {**os.environ, "COLUMNS": "120"}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *arguments], check=True, capture_output=True, env=environment, timeout=120
    )
    return time.perf_counter() - start


def importtime(arguments: list[str]) -> float:
    """The sum, in seconds, of the self times ``python -X importtime arguments`` reports."""
    environment = {**os.environ, "COLUMNS": "120"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *arguments],
        check=True,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    lines = [line for line in done.stderr.splitlines() if line.startswith("import time:")]
    return sum(int(line.split("|")[0].split(":")[1]) for line in lines[1:]) / 1e6  # the first is the header


def main() -> None:
    """Time every command, interleaved, and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="rounds (default 15)")
    args = parser.parse_args()
    walls: list[list[float]] = [[] for _ in COMMANDS]
    costs: list[list[float]] = [[] for _ in COMMANDS]
    sums: list[list[float]] = [[] for _ in COMMANDS]
    for _ in range(args.runs):
        times = [wall_time(arguments) for _, arguments in COMMANDS]
        for index, seconds in enumerate(times):
            walls[index].append(seconds)
            costs[index].append(seconds - times[0])
        for index, (_, arguments) in enumerate(COMMANDS):
            sums[index].append(importtime(arguments))
    baseline = statistics.median(costs[1])
    print(f"median of {args.runs} interleaved rounds, Python {sys.version.split()[0]}")
    print(f"{'command':<45} {'wall ms':>8} {'import ms':>10} {'× baseline':>11}")
    for (label, _), wall, cost in zip(COMMANDS, walls, costs, strict=True):
        median_cost = statistics.median(cost)
        ratio = "" if label == "python -c pass" else f"{median_cost / baseline:>11.2f}"
        print(f"{label:<45} {statistics.median(wall) * 1000:>8.0f} {median_cost * 1000:>10.0f} {ratio}")
    least = [min(times) - min(sums[0]) for times in sums]
    print(f"\nsum of -X importtime self times, minimum of {args.runs}, less python -c pass")
    print(f"{'command':<45} {'import ms':>10} {'× baseline':>11}")
    for (label, _), seconds in list(zip(COMMANDS, least, strict=True))[1:]:
        print(f"{label:<45} {seconds * 1000:>10.1f} {seconds / least[1]:>11.2f}")


if __name__ == "__main__":
    main()
