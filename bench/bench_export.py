"""Tables at scale: Corpus.to_arrow and the Parquet export of a big corpus, and DuckDB queries against the
same questions asked through the Python API, in the same run.

The corpus is bench_query's synthetic one (1% summits of 12 leaders, the rest bilateral meetings, dates of
day, month and year precision) with a country for every leader. Timed, medians of ``--rounds``:

* ``to_arrow``  — ``corpus.to_arrow()``: every table (meetings, participants, dyads ...);
* ``parquet``   — writing them with ``summitlib export``'s writer;
* a point query — one pair of leaders in one year: ``corpus.meetings.filter(between=..., during=...)``
  (indexed) against ``corpus.sql(...)`` (DuckDB over the registered Arrow tables) and DuckDB over the
  Parquet files;
* an aggregate — meetings per country dyad: a loop over the Python objects against DuckDB SQL.

Usage:
    python bench/bench_export.py                 # 1,000,000 meetings, 3 rounds
    python bench/bench_export.py --quick         # 100,000 meetings, 1 round
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_query import gc_paused, rss_bytes, synthetic_records

from summitlib.corpus import Corpus
from summitlib.tables._export import export_tables

COUNTRIES = ["USA", "RUS", "CHN", "DEU", "FRA", "GBR", "JPN", "IND", "BRA", "TUR"]

PAIR_SQL = """
SELECT m.id FROM meetings m
JOIN participants a ON a.meeting = m.id AND a.leader = $a
JOIN participants b ON b.meeting = m.id AND b.leader = $b
WHERE m.format NOT IN ('summit', 'multilateral') AND m.earliest <= $hi AND m.latest >= $lo
ORDER BY m.earliest, m.latest, m.id
"""
DYAD_SQL = """
SELECT country_a, country_b, count(DISTINCT meeting) AS n FROM dyads
WHERE country_a <> country_b GROUP BY ALL ORDER BY ALL
"""


def build(meetings: int) -> Corpus:
    records = synthetic_records(meetings)
    leaders = tuple(
        attrs.evolve(x, country=COUNTRIES[n % len(COUNTRIES)]) for n, x in enumerate(records.leaders)
    )
    with gc_paused():
        return Corpus(attrs.evolve(records, leaders=leaders))


def median(work: Callable[[], object], rounds: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def dyads_python(corpus: Corpus) -> list[tuple[str, str, int]]:
    country = {x.id: x.country for x in corpus.leaders}
    counts: dict[tuple[str, str], int] = {}
    for meeting in corpus.meetings:
        present = sorted({c for p in meeting.participants if (c := country[p])})
        for i, a in enumerate(present):
            for b in present[i + 1 :]:
                counts[a, b] = counts.get((a, b), 0) + 1
    return sorted((a, b, n) for (a, b), n in counts.items())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--meetings", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    size, rounds = (100_000, 1) if args.quick else (args.meetings, args.rounds)
    start = time.perf_counter()
    corpus = build(size)
    print(
        f"{size:,} meetings; corpus built in {time.perf_counter() - start:.1f} s, "
        f"RSS {rss_bytes() / 1e9:.2f} GB"
    )
    before = rss_bytes()
    arrow_s, tables = median(lambda: corpus.to_arrow(source_text=False), rounds)
    rows = ", ".join(f"{n} {t.num_rows:,}" for n, t in tables.items() if t.num_rows >= 1000)
    print(f"to_arrow: {arrow_s:.2f} s ({rows}); +{(rss_bytes() - before) / 1e9:.2f} GB RSS")
    with tempfile.TemporaryDirectory() as tmp:
        parquet_s, written = median(lambda: export_tables(tables, tmp, "parquet"), rounds)
        megabytes = sum(p.stat().st_size for p in written) / 1e6
        print(f"Parquet export: {parquet_s:.2f} s, {megabytes:,.0f} MB")

        sample = next(m for m in corpus.meetings if len(m.participants) == 2 and m.when is not None)
        pair = dict(zip("ab", sample.participants, strict=True))
        year = sample.when.earliest.year if sample.when else 2005

        bounds = {"lo": dt.date(year, 1, 1), "hi": dt.date(year, 12, 31)}
        corpus.sql("SELECT 1")  # register the tables once (not timed: a one-off ~0 s, zero-copy)
        api_s, api = median(
            lambda: list(corpus.meetings.filter(between=list(pair.values()), during=year).ids), rounds * 5
        )
        sql_s, sql = median(
            lambda: corpus.sql(PAIR_SQL, {**pair, **bounds}).column("id").to_pylist(), rounds * 5
        )
        files = {n: str(Path(tmp) / f"{n}.parquet") for n in ("meetings", "participants", "dyads")}
        on_disk = PAIR_SQL.replace("FROM meetings", f"FROM '{files['meetings']}'").replace(
            "JOIN participants", f"JOIN '{files['participants']}'"
        )
        con = duckdb.connect()
        disk_s, disk = median(
            lambda: [r[0] for r in con.execute(on_disk, {**pair, **bounds}).fetchall()], rounds * 5
        )
        assert api == sql == disk, (len(api), len(sql), len(disk))
        print(
            f"\npoint query ({len(api)} meetings of one pair in {year}):\n"
            f"  Python API filter   {api_s * 1e3:9.2f} ms\n"
            f"  DuckDB, Arrow tables{sql_s * 1e3:9.2f} ms  ({sql_s / api_s:,.0f}x the API)\n"
            f"  DuckDB, Parquet     {disk_s * 1e3:9.2f} ms  ({disk_s / api_s:,.0f}x the API)"
        )
        loop_s, loop = median(lambda: dyads_python(corpus), rounds)
        agg_s, agg = median(lambda: [tuple(r.values()) for r in corpus.sql(DYAD_SQL).to_pylist()], rounds)
        on_disk = DYAD_SQL.replace("FROM dyads", f"FROM '{files['dyads']}'")
        disk_s, disk = median(lambda: [tuple(r) for r in con.execute(on_disk).fetchall()], rounds)
        assert loop == agg == disk
        print(
            f"\naggregate (meetings per country dyad, {len(loop)} dyads):\n"
            f"  Python loop         {loop_s * 1e3:9.0f} ms\n"
            f"  DuckDB, Arrow tables{agg_s * 1e3:9.0f} ms  ({loop_s / agg_s:,.1f}x faster)\n"
            f"  DuckDB, Parquet     {disk_s * 1e3:9.0f} ms  ({loop_s / disk_s:,.1f}x faster)"
        )


if __name__ == "__main__":
    main()
