"""GDELT import at scale: summitlib's Arrow scan against pandas.read_csv and DuckDB's read_csv, same run.

The GDELT 2.0 fixture (909 real rows) is repeated to N rows with shifted event ids, dates and DATEADDED
(copy k: ids + k * 10**7, dates + k days), so each copy is new data for the grouping. Each contender runs in
a fresh child process, one after the other in every round; reported are the median time, rows per second,
the CPU time of the child (user + system, all threads: steadier than the wall clock on a shared machine),
the peak resident memory of the child (ru_maxrss), and the ratios to pandas' wall and CPU time in the same
round:

* ``pandas``  — ``pandas.read_csv(path, sep="\\t", header=None)``: only reading the file into a DataFrame;
* ``duckdb``  — ``CREATE TABLE t AS SELECT * FROM read_csv(path, delim='\\t', header=false, quote='')``;
* ``filter``  — ``scan_events_file(path)``: parse and filter only (the per-file task: the kept lines);
* ``scan``    — ``summitlib.importers.scan_gdelt(path)``: the whole import (parse, filter, check and type
  the meeting reports — those in plain form on demand —, group them);
* ``scan+typed`` — the same, then the groups as typed meeting reports (``found.groups``: the reports in
  plain form typed on demand);
* ``scan+records`` — the same, then the candidate meeting records with a synthetic source per report
  (``found.candidates``);
* ``parquet`` — ``summitlib.importers.import_gdelt_parquet(path, out)``: the whole import to Parquet
  (parse, filter, check, type and group the meeting reports, the candidate meetings with their reports
  written as the ``meetings``, ``participants``, ``dyads`` and ``reports`` tables), the reports spilled
  to disk and grouped a part at a time;
* ``scan+parquet`` — the same tables from the in-memory scan: ``scan_gdelt(path).write_parquet(out)``;
* ``python``  — ``read_gdelt(path)`` then ``find_gdelt_meetings`` (every row typed; with ``--python``).

Usage:
    python bench/bench_gdelt_scale.py                  # 1,000,000 rows, 3 rounds
    python bench/bench_gdelt_scale.py --rows 10000000 --rounds 1
    python bench/bench_gdelt_scale.py --quick          # 100,000 rows, 1 round
    python bench/bench_gdelt_scale.py --rows 10000000 --rounds 1 --only filter scan   # no pandas: 14 GB
    python bench/bench_gdelt_scale.py --only pandas filter scan scan+typed
    python bench/bench_gdelt_scale.py --rows 10000000 --rounds 1 --only pandas duckdb scan parquet
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXPORT = ROOT / "tests" / "data" / "gdelt" / "20250807220000.export.tsv"

WORK = {
    "pandas": """
import pandas as pd
rows = len(pd.read_csv(PATH, sep="\\t", header=None))
""",
    "duckdb": """
import duckdb
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")  # its bar would go to stdout
con.execute(f"CREATE TABLE t AS SELECT * FROM read_csv('{PATH}', delim='\\t', header=false, quote='')")
rows = con.execute("SELECT count(*) FROM t").fetchall()[0][0]
""",
    "filter": """
from summitlib.importers.gdelt_batches import scan_events_file
found = scan_events_file(PATH)
rows = found.read
EXTRA = {"kept": len(found.lines)}
""",
    "scan": """
from summitlib.importers import scan_gdelt
found = scan_gdelt(PATH)
rows = found.events_report.read
""",
    "scan+typed": """
from summitlib.importers import scan_gdelt
found = scan_gdelt(PATH)
rows = found.events_report.read
EXTRA = {"typed": len(found.events), "groups": len(found.groups)}
""",
    "scan+records": """
from summitlib.importers import scan_gdelt
found = scan_gdelt(PATH)
rows = found.events_report.read
EXTRA = {"candidates": len(found.candidates)}
""",
    "parquet": """
import shutil, tempfile
from summitlib.importers import import_gdelt_parquet
out = tempfile.mkdtemp(dir=DIR)
done = import_gdelt_parquet(PATH, out)
rows = done.events_report.read
EXTRA = {"candidates": done.meetings, "reports": done.reports}
shutil.rmtree(out)
""",
    "scan+parquet": """
import shutil, tempfile
from summitlib.importers import scan_gdelt
out = tempfile.mkdtemp(dir=DIR)
found = scan_gdelt(PATH)
found.write_parquet(out)
rows = found.events_report.read
EXTRA = {"candidates": len(found.candidates)}
shutil.rmtree(out)
""",
    "python": """
from summitlib.importers import find_gdelt_meetings, read_gdelt
data = read_gdelt(PATH)
rows = data.events_report.read
EXTRA = {"candidates": len(find_gdelt_meetings(data.events))}
""",
}

CHILD = """
import json, resource, time
PATH = {path!r}
DIR = {directory!r}
EXTRA = {{}}
def cpu():
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime
start, busy = time.perf_counter(), cpu()
{work}
seconds, cpu_seconds = time.perf_counter() - start, cpu() - busy
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({{"seconds": seconds, "cpu": cpu_seconds, "rows": rows, "peak": peak, **EXTRA}}))
"""


def make_file(path: Path, rows: int) -> None:
    """Write ``rows`` rows: copies of the fixture with shifted ids, dates and DATEADDED."""
    fields = [line.split("\t") for line in EXPORT.read_text(encoding="utf-8").splitlines()]
    days = {f[1] for f in fields} | {f[59][:8] for f in fields}
    base = {d: dt.date(int(d[:4]), int(d[4:6]), int(d[6:])) for d in days}
    with path.open("w", encoding="utf-8") as out:
        written = copy = 0
        while written < rows:
            shift = dt.timedelta(days=7 * copy)  # copies a week apart: never linked to each other
            moved = {d: (base[d] + shift).strftime("%Y%m%d") for d in days}
            lines = []
            for f in fields[: rows - written]:
                day = moved[f[1]]
                row = [str(int(f[0]) + copy * 10**7), day, day[:6], day[:4], f[4], *f[5:59]]
                row += [moved[f[59][:8]] + f[59][8:], f[60]]
                lines.append("\t".join(row))
            out.write("\n".join(lines) + "\n")
            written += len(lines)
            copy += 1


def run(name: str, path: Path) -> dict[str, float]:
    code = CHILD.format(path=str(path), directory=str(path.parent), work=WORK[name])
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="100,000 rows, 1 round")
    parser.add_argument("--python", action="store_true", help="also time the pure-Python reader")
    parser.add_argument(
        "--only", nargs="+", choices=list(WORK), help="time only these (ratios need pandas among them)"
    )
    parser.add_argument(
        "--file", type=Path, help="the rows file: reused when it exists (made with --rows rows otherwise)"
    )
    args = parser.parse_args()
    rows, rounds = (100_000, 1) if args.quick else (args.rows, args.rounds)
    names = args.only or ["pandas", "duckdb", "filter", "scan", "scan+typed", "scan+records", "parquet"]
    names += ["python"] if args.python and "python" not in names else []
    with tempfile.TemporaryDirectory() as tmp:
        path = args.file or Path(tmp) / "events.export.CSV"
        if not path.exists():
            make_file(path, rows)
        size = path.stat().st_size
        print(f"{rows:,} rows, {size / 1e6:,.0f} MB; {rounds} round(s), each contender in a fresh process\n")
        results: dict[str, list[dict[str, float]]] = {n: [] for n in names}
        for _ in range(rounds):
            for name in names:
                results[name].append(run(name, path))
    pandas_times = [r["seconds"] for r in results.get("pandas", [])] or [float("nan")] * rounds
    pandas_cpu = [r["cpu"] for r in results.get("pandas", [])] or [float("nan")] * rounds
    header = f"{'median s':>9} {'rows/s':>11} {'cpu s':>7} {'peak MB':>8} {'x pandas':>9} {'cpu x':>6}"
    print(f"{'':12} {header}  notes")
    for name in names:
        times = [r["seconds"] for r in results[name]]
        cpus = [r["cpu"] for r in results[name]]
        ratios = [t / p for t, p in zip(times, pandas_times, strict=True)]
        cpu_ratios = [t / p for t, p in zip(cpus, pandas_cpu, strict=True)]
        last = results[name][-1]
        skip = ("seconds", "cpu", "rows", "peak")
        notes = ", ".join(f"{k} {int(v):,}" for k, v in last.items() if k not in skip)
        print(
            f"{name:12} {statistics.median(times):>9.2f} {last['rows'] / statistics.median(times):>11,.0f} "
            f"{statistics.median(cpus):>7.2f} "
            f"{statistics.median(r['peak'] for r in results[name]) / 1e6:>8,.0f} "
            f"{statistics.median(ratios):>9.2f} {statistics.median(cpu_ratios):>6.2f}  {notes}"
        )


if __name__ == "__main__":
    main()
