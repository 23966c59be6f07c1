"""How long a load takes to report thousands of problems (it should grow linearly with their number).

Three corpora with N problems each:

* **missing texts**: a corpus directory with N sources whose text files do not exist;
* **merge conflicts**: two JSON corpora holding the same N meetings with a different date each;
* **bad records**: a JSON Lines corpus with N meetings whose date is not a date.

Each is loaded with `summitlib.storage.load_records`; the time until the `LoadError` arrives (with all N
problems, each with its file and line) is reported, for N and 4N to show the growth.

Usage:
    python bench/bench_problems.py            # N = 2,500 and 10,000
    python bench/bench_problems.py --n 1000   # N = 1,000 and 4,000
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from summitlib import LoadError
from summitlib.storage import load_records


def _leader(i: int) -> dict[str, object]:
    return {"id": f"leader-{i}", "name": f"Leader Number {i}"}


def _meeting(i: int, when: str) -> dict[str, object]:
    return {
        "id": f"m{i}",
        "name": f"Meeting {i}",
        "format": "bilateral",
        "status": "held",
        "participants": [f"leader-{i}", f"leader-{i + 1}"],
        "when": when,
    }


def missing_texts(root: Path, n: int) -> list[Path]:
    corpus = root / "missing-texts"
    (corpus / "texts").mkdir(parents=True)
    (corpus / "corpus.yaml").write_text("schema_version: 1\nname: missing\ntexts: texts\n")
    lines = [f"- id: s{i}\n  kind: news\n  text_file: s{i}.txt\n" for i in range(n)]
    (corpus / "sources.yaml").write_text("".join(lines))
    return [corpus]


def merge_conflicts(root: Path, n: int) -> list[Path]:
    paths = []
    for name, day in (("a", "01"), ("b", "02")):
        document = {
            "schema_version": 1,
            "kind": "summitlib-corpus",
            "leaders": [_leader(i) for i in range(n + 1)],
            "meetings": [_meeting(i, f"2017-07-{day}") for i in range(n)],
        }
        path = root / f"{name}.json"
        path.write_text(json.dumps(document, indent=1))
        paths.append(path)
    return paths


def bad_records(root: Path, n: int) -> list[Path]:
    path = root / "bad.jsonl"
    lines = [json.dumps({"schema_version": 1, "kind": "summitlib-corpus"})]
    lines += [json.dumps({"type": "leader", **_leader(i)}) for i in range(n + 1)]
    lines += [json.dumps({"type": "meeting", **_meeting(i, "not a date")}) for i in range(n)]
    path.write_text("\n".join(lines) + "\n")
    return [path]


CASES: dict[str, Callable[[Path, int], list[Path]]] = {
    "missing texts": missing_texts,
    "merge conflicts": merge_conflicts,
    "bad records": bad_records,
}


def time_problems(make: Callable[[Path, int], list[Path]], n: int) -> tuple[float, int]:
    """Seconds until the LoadError for ``n`` problems, and how many problems it listed."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = make(Path(tmp), n)
        start = time.perf_counter()
        try:
            load_records(*paths)
        except LoadError as error:
            return time.perf_counter() - start, len(error.problems)
    raise AssertionError("the corpus loaded without problems")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2_500, help="problems in the small round (4x in the big)")
    args = parser.parse_args()
    print(f"{'case':<16} {'problems':>9} {'seconds':>8} {'per problem':>12}")
    for name, make in CASES.items():
        for n in (args.n, 4 * args.n):
            seconds, found = time_problems(make, n)
            print(f"{name:<16} {found:>9,} {seconds:>8.2f} {seconds / found * 1e6:>10.0f} µs")


if __name__ == "__main__":
    main()
