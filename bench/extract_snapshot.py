"""Dump every extraction proposal over the article sets and seeds to JSON, to check that a change to the
extractor (an optimisation, a refactoring) leaves its outputs byte-identical.

Reads the article sets tests/data/articles/{dev,heldaside,unseen,unseen2,unseen3} (each text anchored at the
``published`` date of its .yaml, as ``summitlib evaluate --articles`` does) and the seed texts, each
with no corpus and with the bundled corpus (``summitlib.load()``), and writes one JSON document: for
every text and corpus setting, the full :class:`~summitlib.extraction.Extraction` (persons, mentions,
meetings, attributions, dates, durations, issues, every field and span).

Usage:
    python bench/extract_snapshot.py OUT.json              # write the snapshot
    python bench/extract_snapshot.py OUT.json --check REF  # write it and compare with REF (exit 1 if not)
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
import sys
from pathlib import Path
from typing import Any

import attrs

from summitlib import load
from summitlib.extraction import Extractor
from summitlib.extraction.articles import read_articles

ROOT = Path(__file__).resolve().parent.parent


def _plain(value: Any) -> Any:
    """Every attrs field (repr or not) of ``value``, recursively, in a JSON-ready form."""
    if attrs.has(type(value)):
        out: dict[str, Any] = {"__class__": type(value).__name__}
        for field in attrs.fields(type(value)):
            if field.name == "text" and type(value).__name__ == "Extraction":
                continue  # the input itself
            out[field.name] = _plain(getattr(value, field.name))
        return out
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return f"{type(value).__name__}:{value!s}|{value!r}"


def snapshot() -> dict[str, Any]:
    texts: list[tuple[str, str, object]] = []
    for folder in ("dev", "heldaside", "unseen", "unseen2", "unseen3"):
        for article in read_articles(ROOT / "tests/data/articles" / folder):
            texts.append((f"{folder}/{article.name}", article.text, article.published))
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        texts.append((f"seeds/{path.stem}", path.read_text(encoding="utf-8"), None))
    out: dict[str, Any] = {}
    for setting, extractor in (("no-corpus", Extractor()), ("bundled", Extractor(load()))):
        for name, text, published in texts:
            result = extractor.extract(text, published=published)  # type: ignore[arg-type]
            out[f"{setting}:{name}"] = _plain(result)
            if name.startswith("seeds/"):  # the seeds are also read with the benchmark's date
                again = extractor.extract(text, published="2017-07-10")
                out[f"{setting}:{name}@2017-07-10"] = _plain(again)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--check", type=Path, help="a reference snapshot to compare with")
    args = parser.parse_args()
    data = snapshot()
    args.out.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    print(f"{len(data)} extractions written to {args.out}")
    if args.check is not None:
        reference = json.loads(args.check.read_text(encoding="utf-8"))
        differing = sorted(k for k in reference.keys() | data.keys() if reference.get(k) != data.get(k))
        if differing:
            print(f"{len(differing)} extractions differ from {args.check}:", *differing[:20], sep="\n  ")
            sys.exit(1)
        print(f"identical to {args.check}")


if __name__ == "__main__":
    main()
