"""How far a second, independent annotator agrees with the gold on meetings: the ceiling to read the
extractor's meeting scores against.

A second annotator, who saw neither the first gold nor the extractor's output, wrote the meetings of the
texts of an article set from the texts and the gold rules of ``tests/data/articles/README.md`` alone
(``tests/data/agreement/<set>/*.yaml``: publication date as the text gives it, people with their keys,
meetings). Their meetings are matched one to one against the gold with the scorer's own meeting rule (the
same participants, through people matched by name words; call or not; dates that overlap, a missing one
matching any) and scored as if they were proposals:

    python bench/annotator_agreement.py dev7

prints, per article, the meetings of each annotation and how many agree, then precision, recall and F1
of the second annotation against the gold, and how many of the agreed meetings have the same status.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from summitlib.dates import PartialDate
from summitlib.extraction._text import fold_name

ROOT = Path(__file__).resolve().parent.parent


def _words(value: object) -> set[str]:
    return set(fold_name(str(value or "")).replace("-", " ").split())


def _keys(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> dict[str, str]:
    """Each key of the second annotation's people to the first's key for the same person: one's key words
    among the other's name and key words."""
    found: dict[str, str] = {}
    for person in second:
        theirs = _words(person["key"])
        for gold in first:
            ours = _words(gold["key"])
            if theirs <= _words(gold.get("name")) | ours or ours <= _words(person.get("name")) | theirs:
                found[str(person["key"])] = str(gold["key"])
                break
    return found


def _agree(gold: dict[str, Any], other: dict[str, Any], keys: dict[str, str]) -> bool:
    if {keys.get(str(k), f"?{k}") for k in other.get("participants") or []} != {
        str(k) for k in gold.get("participants") or []
    }:
        return False
    if (gold.get("format", "in_person") != "in_person") != (other.get("format", "in_person") != "in_person"):
        return False
    if gold.get("date") is None or other.get("date") is None:
        return True
    return PartialDate.parse(str(gold["date"])).overlaps(PartialDate.parse(str(other["date"])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="an article set with a second annotation, e.g. dev7")
    name = parser.parse_args().set
    agreed = proposed = expected = same_status = 0
    for path in sorted((ROOT / "tests" / "data" / "agreement" / name).glob("*.yaml")):
        gold = yaml.safe_load((ROOT / "tests" / "data" / "articles" / name / path.name).read_text("utf-8"))
        other = yaml.safe_load(path.read_text("utf-8"))
        keys = _keys(gold.get("people") or [], other.get("people") or [])
        left = list(gold.get("meetings") or [])
        matched = 0
        for meeting in other.get("meetings") or []:
            for index, candidate in enumerate(left):
                if _agree(candidate, meeting, keys):
                    matched += 1
                    same_status += candidate.get("status") == meeting.get("status")
                    del left[index]
                    break
        first, second = len(gold.get("meetings") or []), len(other.get("meetings") or [])
        agreed, proposed, expected = agreed + matched, proposed + second, expected + first
        print(f"{path.stem:45s} gold {first:2d}  second {second:2d}  agreed {matched:2d}")
    precision = agreed / proposed if proposed else 1.0
    recall = agreed / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"meetings: {agreed} agreed, {proposed} in the second annotation, {expected} in the gold: "
        f"P {precision:.2f}  R {recall:.2f}  F1 {f1:.2f}; the same status on {same_status} of {agreed}"
    )


if __name__ == "__main__":
    main()
