"""Latency of a ``between`` + ``during`` meeting query: summitlib's indexes against a brute-force scan
and against DuckDB, over the same synthetic meetings, in one run.

For each size (10k, 100k, 1M meetings) the script builds a synthetic corpus (leaders, one source, and
meetings of random pairs of leaders, about 1 % summits of 12, dates at day, month or year precision
from 1990 to 2020, a few cities), then:

* times ``Corpus(records)`` — the consistency check plus the index build (GC paused, as for any bulk
  build) — and reports the resident memory it adds (RSS, from /proc);
* runs the same queries — ``corpus.meetings.filter(between=[a, b], during=YEAR)`` for pairs of leaders
  that did meet — three ways: summitlib, a brute-force scan over the same meeting objects, and DuckDB
  (an in-memory table of the same rows, the same query with parameters, rows fetched);
* checks that all three return the same meetings, and prints the median latencies and ratios.

Usage:
    python bench/bench_query.py            # 10k, 100k and 1M meetings (needs ~6 GB of memory, ~3 min)
    python bench/bench_query.py --quick    # 10k only (a smoke run)

Requires the ``bench`` extra (duckdb, pandas).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import duckdb
import pandas as pd

from summitlib.corpus import Corpus
from summitlib.dates import DateSpan, PartialDate
from summitlib.model import Leader, Meeting, MeetingFormat, MeetingStatus, Source, SourceKind
from summitlib.places import Place
from summitlib.provenance import Evidence
from summitlib.query.store import Store
from summitlib.records import Records

CITIES = [
    Place(country="DEU", city="Hamburg"),
    Place(country="VNM", city="Danang"),
    Place(country="FIN", city="Helsinki"),
    Place(country="USA", city="Washington"),
    Place(country="RUS", city="Moscow"),
]


def rss_bytes() -> int:
    """Resident set size of this process."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096


@contextmanager
def gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def synthetic_records(meetings: int, seed: int = 1) -> Records:
    """Leaders (one per 500 meetings, at least 50), one source and ``meetings`` meetings."""
    rng = random.Random(seed)
    people = [f"leader-{n}" for n in range(max(50, meetings // 500))]
    source = Source(id="wire", text="Leaders met.", kind=SourceKind.NEWS)
    proof = (Evidence(source="wire", quote="Leaders met."),)
    dates: dict[tuple[int, int | None, int | None], PartialDate] = {}

    def day(year: int, month: int | None, dom: int | None) -> PartialDate:
        key = (year, month, dom)
        if key not in dates:
            dates[key] = PartialDate(year=year, month=month, day=dom)
        return dates[key]

    items = []
    for n in range(meetings):
        year = rng.randint(1990, 2020)
        precision = rng.random()
        if precision < 0.8:
            when: PartialDate | DateSpan = day(year, rng.randint(1, 12), rng.randint(1, 28))
        elif precision < 0.95:
            when = day(year, rng.randint(1, 12), None)
        else:
            when = day(year, None, None)
        if rng.random() < 0.01:
            group = tuple(rng.sample(people, 12))
            kind = MeetingFormat.SUMMIT
        else:
            group = tuple(rng.sample(people, 2))
            kind = MeetingFormat.BILATERAL
        items.append(
            Meeting(
                id=f"m{n}",
                name=f"Meeting {n}",
                format=kind,
                status=MeetingStatus.HELD,
                participants=group,
                when=when,
                place=CITIES[n % len(CITIES)],
                evidence=proof if n % 100 == 0 else (),
            )
        )
    return Records(leaders=[Leader(id=p, name=p) for p in people], sources=[source], meetings=items)


def brute_force(meetings: tuple[Meeting, ...], a: str, b: str, lo: dt.date, hi: dt.date) -> list[str]:
    """The same query as a plain scan over every meeting object."""
    return [
        m.id
        for m in meetings
        if a in m.participants
        and b in m.participants
        and not m.format.is_gathering
        and m.when is not None
        and m.when.earliest <= hi
        and lo <= m.when.latest
    ]


def duckdb_table(records: Records) -> duckdb.DuckDBPyConnection:
    frame = pd.DataFrame(
        {
            "id": [m.id for m in records.meetings],
            "participants": [list(m.participants) for m in records.meetings],
            "gathering": [m.format.is_gathering for m in records.meetings],
            "earliest": [m.when.earliest if m.when else None for m in records.meetings],
            "latest": [m.when.latest if m.when else None for m in records.meetings],
        }
    )
    con = duckdb.connect()
    con.register("frame", frame)
    con.execute("CREATE TABLE meetings AS SELECT * FROM frame")
    con.unregister("frame")
    return con


DUCKDB_QUERY = """
SELECT id FROM meetings
WHERE list_contains(participants, $a) AND list_contains(participants, $b) AND NOT gathering
  AND earliest <= $hi AND latest >= $lo
ORDER BY earliest, latest, id
"""


def median_us(run: Callable[[Any], object], queries: list[Any]) -> float:
    timings = []
    for query in queries:
        start = time.perf_counter_ns()
        run(query)
        timings.append(time.perf_counter_ns() - start)
    return statistics.median(timings) / 1000


def bench(size: int, rounds: int) -> dict[str, float]:
    records = synthetic_records(size)
    gc.collect()
    before = rss_bytes()
    start, cpu = time.perf_counter(), time.process_time()
    with gc_paused():
        corpus = Corpus(records)
    build, build_cpu = time.perf_counter() - start, time.process_time() - cpu
    added = rss_bytes() - before
    gc.collect()
    before = rss_bytes()
    start, cpu = time.perf_counter(), time.process_time()
    with gc_paused():
        store = Store(corpus.records).build_indexes()
    index_only, index_cpu = time.perf_counter() - start, time.process_time() - cpu
    index_rss = rss_bytes() - before
    del store

    rng = random.Random(size)
    bilateral = [m for m in corpus.records.meetings if m.format is MeetingFormat.BILATERAL]
    queries = []
    for _ in range(rounds):
        m = rng.choice(bilateral)
        a, b = m.participants
        year = m.when.earliest.year if m.when else 2000
        queries.append((a, b, year))

    def ours(q: tuple[str, str, int]) -> tuple[str, ...]:
        return corpus.meetings.filter(between=[q[0], q[1]], during=q[2]).ids

    meetings = corpus.meetings._all  # chronological, as the corpus holds them

    def scan(q: tuple[str, str, int]) -> list[str]:
        return brute_force(meetings, q[0], q[1], dt.date(q[2], 1, 1), dt.date(q[2], 12, 31))

    con = duckdb_table(corpus.records)

    def duck(q: tuple[str, str, int]) -> list[tuple[str]]:
        lo, hi = dt.date(q[2], 1, 1), dt.date(q[2], 12, 31)
        return con.execute(DUCKDB_QUERY, {"a": q[0], "b": q[1], "lo": lo, "hi": hi}).fetchall()

    for q in queries[:5]:  # same answers, three ways
        expected = list(ours(q))
        assert scan(q) == expected, q
        assert [row[0] for row in duck(q)] == expected, q
    ours(queries[0])
    duck(queries[0])
    scan_queries = queries[: max(5, min(rounds, 2_000_000 // size))]
    result = {
        "meetings": size,
        "build_s": build,
        "build_cpu_s": build_cpu,
        "index_s": index_only,
        "index_cpu_s": index_cpu,
        "rss_mb": added / 1e6,
        "index_rss_mb": index_rss / 1e6,
        "ours_us": median_us(ours, queries),
        "scan_us": median_us(scan, scan_queries),
        "duckdb_us": median_us(duck, queries[: min(rounds, 200)]),
    }
    con.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10k meetings only (a smoke run)")
    parser.add_argument("--rounds", type=int, default=1000, help="queries per size (default 1000)")
    args = parser.parse_args()
    sizes = [10_000] if args.quick else [10_000, 100_000, 1_000_000]
    print(
        "Corpus(records): check + indexes (wall s / CPU s, +RSS MB); of which the indexes alone;\n"
        "median query latency (µs) and how many times faster summitlib is.\n"
    )
    print(
        f"{'meetings':>9} {'corpus s':>13} {'+MB':>5} {'indexes s':>13} {'+MB':>5} {'summitlib µs':>12} "
        f"{'scan µs':>9} {'DuckDB µs':>9} {'vs scan':>8} {'vs DuckDB':>9}"
    )
    for size in sizes:
        r = bench(size, args.rounds)
        print(
            f"{size:>9,} {r['build_s']:>6.2f}/{r['build_cpu_s']:<6.2f} {r['rss_mb']:>5.0f} "
            f"{r['index_s']:>6.2f}/{r['index_cpu_s']:<6.2f} {r['index_rss_mb']:>5.0f} "
            f"{r['ours_us']:>12.1f} {r['scan_us']:>9.0f} {r['duckdb_us']:>9.0f} "
            f"{r['scan_us'] / r['ours_us']:>7.0f}x {r['duckdb_us'] / r['ours_us']:>8.0f}x",
            flush=True,
        )
        gc.collect()


if __name__ == "__main__":
    main()
