"""Loading and saving corpora in every storage format, next to orjson, msgspec and pydantic v2.

For 10k and 100k synthetic meetings (with their leaders, issues and sources; each meeting has
participants, a date, a place, issues and an evidence quote), the script saves the corpus in every format
with `summitlib.storage.save_records` and loads it back with `summitlib.storage.load_records` (decoding,
typed records with every validator, and the consistency check: every id, every quote against its source
text). It reports the "read" part (everything but the consistency check) separately, and loads the JSON file a
second time as if msgspec were not installed (summitlib's standard reader: ``json.loads`` and the
column-wise builder).

Baselines decode and encode **the same JSON document** in the same run:

* ``orjson.loads`` alone: plain dicts, no types (the floor);
* msgspec with typed ``Struct`` classes mirroring the records (the fastest typed decoder), with the
  garbage collector as it is and paused (summitlib pauses it while loading);
* pydantic v2 ``TypeAdapter.validate_json`` with models mirroring the records.

and, for the other two formats, msgspec reads and writes **the same files** into the same structs: the
JSON Lines file (``Decoder.decode_lines``, the record's ``type`` choosing its struct; ``encode_lines``)
and the directory's YAML files and texts (``msgspec.yaml``, which parses with PyYAML's C loader). The
last column compares each summitlib row with msgspec on its own format.

The baselines only check types and enum values; summitlib also checks ids, dates, country codes,
durations and quotes. Saving baselines encode and write the file (without fsync; summitlib's atomic save
does fsync); one more writes msgspec's encoding the way summitlib saves (temporary file, fsync, rename),
so that the cost of the durable write can be told apart from the cost of encoding.

Usage:
    python bench/bench_storage.py            # 10k and 100k meetings, 3 rounds (a few minutes)
    python bench/bench_storage.py --quick    # 10k meetings, 1 round
    python bench/bench_storage.py --sizes 100000 --formats json --rounds 5   # the JSON document only
    python bench/bench_storage.py --sizes 100000 --formats json --cpu        # CPU time (busy machines)
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, Literal

import msgspec
import orjson
import pydantic

from summitlib import (
    Evidence,
    Issue,
    Leader,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    PartialDate,
    Place,
    Records,
    Source,
    SourceKind,
    check_records,
    parse_when,
)
from summitlib.storage import _msgspec as storage_msgspec
from summitlib.storage import load_records, read_located, save_records
from summitlib.storage._atomic import atomic_file

WORDS = (
    "summit talks leaders met Hamburg Danang ceasefire Syria Ukraine envoy hour minutes Kremlin said",
    "announced agreed denied Moscow Washington sanctions",
)
VOCABULARY = " ".join(WORDS).split(" ")
FORMATS = {"json": "corpus.json", "jsonl": "corpus.jsonl", "directory": "corpus"}


def synthetic_records(meetings: int, seed: int = 1) -> Records:
    """``meetings`` meetings, one leader per 500 of them, 50 issues and 50 sources of 400 words."""
    rng = random.Random(seed)
    sources = [
        Source(
            id=f"source-{n}",
            text=" ".join(rng.choice(VOCABULARY) for _ in range(400)),
            kind=SourceKind.NEWS,
            publisher="The Wire",
            published=PartialDate.parse("2017-07"),
        )
        for n in range(50)
    ]
    leaders = [
        Leader(id=f"leader-{n}", name=f"Leader {n}", country=rng.choice(("USA", "RUS", "DEU", "CHN")))
        for n in range(max(50, meetings // 500))
    ]
    issues = [Issue(id=f"issue-{n}", name=f"Issue {n}") for n in range(50)]
    cities = [Place(country="DEU", city="Hamburg"), Place(country="VNM", city="Danang")]
    items = []
    for n in range(meetings):
        source = rng.choice(sources)
        words = source.text.split(" ")
        at = rng.randrange(len(words) - 6)
        year, month, day = rng.randint(1990, 2020), rng.randint(1, 12), rng.randint(1, 28)
        when = rng.choice((f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"))
        items.append(
            Meeting(
                id=f"meeting-{n}",
                name=f"Meeting {n}",
                format=MeetingFormat.BILATERAL,
                status=MeetingStatus.HELD,
                participants=tuple(x.id for x in rng.sample(leaders, 2)),
                when=parse_when(when),
                place=rng.choice(cities),
                issues=tuple(x.id for x in rng.sample(issues, 2)),
                evidence=(Evidence(source=source.id, quote=" ".join(words[at : at + 5])),),
            )
        )
    return check_records(Records(leaders=leaders, issues=issues, meetings=items, sources=sources))


# baselines: typed mirrors of the records ----------------------------------------------------------------

FormatName = Literal[
    "bilateral", "sideline", "informal_encounter", "summit", "multilateral", "phone_call", "other"
]
StatusName = Literal["held", "planned", "proposed", "possible", "ruled_out", "cancelled", "hypothetical"]


class MPlace(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    country: str
    city: str | None = None
    venue: str | None = None


class MEvidence(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    source: str
    quote: str
    start: int | None = None
    end: int | None = None


class MMeeting(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    id: str
    name: str
    format: FormatName
    status: StatusName
    participants: tuple[str, ...] = ()
    when: str | None = None
    place: MPlace | None = None
    occasion: str | None = None
    issues: tuple[str, ...] = ()
    evidence: tuple[MEvidence, ...] = ()
    note: str | None = None


class MLeader(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    id: str
    name: str
    country: str | None = None


class MIssue(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    id: str
    name: str


class MSource(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    id: str
    text: str
    kind: Literal["news", "opinion", "analysis"]
    publisher: str | None = None
    published: str | None = None


class MSourceFile(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    id: str
    text_file: str
    kind: Literal["news", "opinion", "analysis"]
    publisher: str | None = None
    published: str | None = None


class MHeader(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    schema_version: int
    kind: str | None = None
    name: str | None = None
    texts: str | None = None


class MLeaderLine(MLeader, tag_field="type", tag="leader"):
    pass


class MIssueLine(MIssue, tag_field="type", tag="issue"):
    pass


class MMeetingLine(MMeeting, tag_field="type", tag="meeting"):
    pass


class MSourceLine(MSource, tag_field="type", tag="source"):
    pass


MLine = MLeaderLine | MIssueLine | MMeetingLine | MSourceLine

YAML_FILES = {
    "leaders.yaml": tuple[MLeader, ...],
    "issues.yaml": tuple[MIssue, ...],
    "meetings.yaml": tuple[MMeeting, ...],
    "sources.yaml": tuple[MSourceFile, ...],
}


class MDocument(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    schema_version: int
    kind: str
    leaders: tuple[MLeader, ...] = ()
    issues: tuple[MIssue, ...] = ()
    meetings: tuple[MMeeting, ...] = ()
    sources: tuple[MSource, ...] = ()
    claims: tuple[dict[str, Any], ...] = ()
    name: str | None = None


class _Model(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)


class PPlace(_Model):
    country: str
    city: str | None = None
    venue: str | None = None


class PEvidence(_Model):
    source: str
    quote: str
    start: int | None = None
    end: int | None = None


class PMeeting(_Model):
    id: str
    name: str
    format: FormatName
    status: StatusName
    participants: tuple[str, ...] = ()
    when: str | None = None
    place: PPlace | None = None
    occasion: str | None = None
    issues: tuple[str, ...] = ()
    evidence: tuple[PEvidence, ...] = ()
    note: str | None = None


class PLeader(_Model):
    id: str
    name: str
    country: str | None = None


class PIssue(_Model):
    id: str
    name: str


class PSource(_Model):
    id: str
    text: str
    kind: Literal["news", "opinion", "analysis"]
    publisher: str | None = None
    published: str | None = None


class PDocument(_Model):
    schema_version: int
    kind: str
    leaders: tuple[PLeader, ...] = ()
    issues: tuple[PIssue, ...] = ()
    meetings: tuple[PMeeting, ...] = ()
    sources: tuple[PSource, ...] = ()
    claims: tuple[dict[str, Any], ...] = ()
    name: str | None = None


# timing ----------------------------------------------------------------------------------------------------


def paused(function: Callable[[], Any]) -> Callable[[], Any]:
    def run() -> Any:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return function()
        finally:
            if enabled:
                gc.enable()

    return run


def _without_msgspec(function: Callable[[], Any]) -> Callable[[], Any]:
    """``function`` run as if msgspec were not installed (summitlib's standard JSON reader)."""

    def run() -> Any:
        saved = storage_msgspec._msgspec
        storage_msgspec._msgspec = lambda: None  # type: ignore[assignment]
        try:
            return function()
        finally:
            storage_msgspec._msgspec = saved

    return run


CLOCK = time.perf_counter
"""Wall time; ``--cpu`` sets ``time.process_time``, which other processes on a busy machine disturb less
(it leaves out waiting for the disk: an fsync costs its CPU time only)."""


def median_time(function: Callable[[], Any], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        gc.collect()
        start = CLOCK()
        function()
        times.append(CLOCK() - start)
    return statistics.median(times)


def measure(
    meetings: int, rounds: int, directory: Path, formats: tuple[str, ...] = tuple(FORMATS)
) -> list[tuple[str, str, float]]:
    """Rows of (operation, what, seconds); the JSON document is always measured (it is every baseline's
    input)."""
    records = synthetic_records(meetings)
    rows: list[tuple[str, str, float]] = []
    for kind, name in FORMATS.items():
        if kind != "json" and kind not in formats:
            continue
        path = directory / name
        times = 1 if kind == "directory" and meetings >= 100_000 else rounds  # YAML is slow
        rows.append(("save", f"summitlib {kind}", median_time(partial(save_records, records, path), times)))
        rows.append(("load", f"summitlib {kind}", median_time(partial(load_records, path), times)))
        rows.append(("read", f"summitlib {kind}", median_time(partial(read_located, [path]), times)))
    standard = _without_msgspec(partial(load_records, directory / "corpus.json"))
    rows.append(("load", "summitlib json, without msgspec", median_time(standard, rounds)))
    assert load_records(directory / "corpus.json") == records == standard()
    data = (directory / "corpus.json").read_bytes()
    decoder = msgspec.json.Decoder(MDocument)
    adapter = pydantic.TypeAdapter(PDocument)
    rows.append(("load", "orjson.loads (untyped)", median_time(lambda: orjson.loads(data), rounds)))
    rows.append(("load", "orjson.loads, GC paused", median_time(paused(lambda: orjson.loads(data)), rounds)))
    rows.append(("load", "msgspec Struct", median_time(lambda: decoder.decode(data), rounds)))
    rows.append(
        ("load", "msgspec Struct, GC paused", median_time(paused(lambda: decoder.decode(data)), rounds))
    )
    rows.append(("load", "pydantic v2", median_time(lambda: adapter.validate_json(data), rounds)))
    document = decoder.decode(data)
    model = adapter.validate_json(data)
    plain = orjson.loads(data)
    target = directory / "baseline.json"
    rows.append(
        (
            "save",
            "orjson.dumps (untyped)",
            median_time(lambda: target.write_bytes(orjson.dumps(plain)), rounds),
        )
    )
    rows.append(
        (
            "save",
            "msgspec Struct",
            median_time(lambda: target.write_bytes(msgspec.json.encode(document)), rounds),
        )
    )
    rows.append(
        ("save", "pydantic v2", median_time(lambda: target.write_bytes(adapter.dump_json(model)), rounds))
    )

    def msgspec_atomic() -> None:  # the same encode, written as summitlib saves: temp file, fsync, rename
        with atomic_file(target) as file:
            file.write(msgspec.json.encode(document))

    rows.append(("save", "msgspec Struct, atomic write", median_time(msgspec_atomic, rounds)))
    if {"jsonl", "directory"} <= set(formats):
        rows.extend(_same_format_baselines(directory, rounds, 1 if meetings >= 100_000 else rounds))
    return rows


def _same_format_baselines(directory: Path, rounds: int, yaml_rounds: int) -> list[tuple[str, str, float]]:
    """msgspec reading and writing the JSON Lines file and the directory that summitlib wrote."""
    lines_path = directory / FORMATS["jsonl"]
    line_decoder = msgspec.json.Decoder(MLine)
    line_encoder = msgspec.json.Encoder()

    def read_lines() -> tuple[MHeader, list[Any]]:
        data = lines_path.read_bytes()
        end = data.index(b"\n")
        return msgspec.json.decode(data[:end], type=MHeader), line_decoder.decode_lines(data[end + 1 :])

    header, values = read_lines()
    target = directory / "baseline.jsonl"

    def write_lines() -> None:
        target.write_bytes(line_encoder.encode(header) + b"\n" + line_encoder.encode_lines(values))

    folder = directory / FORMATS["directory"]

    def read_folder() -> tuple[MHeader, dict[str, Any], dict[str, str]]:
        header = msgspec.yaml.decode((folder / "corpus.yaml").read_bytes(), type=MHeader)
        lists = {
            name: msgspec.yaml.decode((folder / name).read_bytes(), type=kind)
            for name, kind in YAML_FILES.items()
        }
        texts = {
            source.text_file: (folder / (header.texts or "texts") / source.text_file).read_text("utf-8")
            for source in lists["sources.yaml"]
        }
        return header, lists, texts

    folder_data = read_folder()
    out = directory / "baseline"
    out.mkdir(exist_ok=True)
    (out / "texts").mkdir(exist_ok=True)

    def write_folder() -> None:
        header, lists, texts = folder_data
        (out / "corpus.yaml").write_bytes(msgspec.yaml.encode(header))
        for name, values in lists.items():
            (out / name).write_bytes(msgspec.yaml.encode(values))
        for name, text in texts.items():
            (out / "texts" / name).write_text(text, "utf-8")

    return [
        ("load", "msgspec Struct, JSON Lines", median_time(read_lines, rounds)),
        ("save", "msgspec Struct, JSON Lines", median_time(write_lines, rounds)),
        ("load", "msgspec Struct, directory", median_time(read_folder, yaml_rounds)),
        ("save", "msgspec Struct, directory", median_time(write_folder, 1)),
    ]


def report(meetings: int, rows: list[tuple[str, str, float]]) -> None:
    times = {(op, what): seconds for op, what, seconds in rows}
    print(f"\n{meetings:,} meetings")
    print(
        "| operation | what | median | × msgspec | × msgspec (GC paused) | × pydantic v2 "
        "| × msgspec, same format | × msgspec, atomic write |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    same_format = {"jsonl": ", JSON Lines", "directory": ", directory"}
    for op, what, seconds in rows:
        base = "load" if op in ("load", "read") else "save"
        msgspec_time = times[(base, "msgspec Struct")]
        paused_time = times.get((base, "msgspec Struct, GC paused"))
        pydantic_time = times[(base, "pydantic v2")]
        atomic_time = times.get((base, "msgspec Struct, atomic write"))
        ratio_paused = f"{seconds / paused_time:.1f}" if paused_time else ""
        ratio_atomic = f"{seconds / atomic_time:.2f}" if atomic_time else ""
        fmt = what.split(" ")[1] if what.startswith("summitlib ") else ""
        own = times.get((base, "msgspec Struct" + same_format.get(fmt.rstrip(","), "")))
        ratio_own = f"{seconds / own:.2f}" if own and fmt else ""
        print(
            f"| {op} | {what} | {seconds:.3f} s | {seconds / msgspec_time:.2f} | {ratio_paused} | "
            f"{seconds / pydantic_time:.2f} | {ratio_own} | {ratio_atomic} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="10k meetings, 1 round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", help="numbers of meetings (default: 10k and 100k)")
    parser.add_argument(
        "--formats",
        nargs="+",
        choices=tuple(FORMATS),
        default=tuple(FORMATS),
        help="(JSON is always measured)",
    )
    parser.add_argument(
        "--cpu", action="store_true", help="time CPU time (time.process_time) instead of wall time"
    )
    arguments = parser.parse_args()
    if arguments.cpu:
        global CLOCK
        CLOCK = time.process_time
    sizes = arguments.sizes or ((10_000,) if arguments.quick else (10_000, 100_000))
    rounds = 1 if arguments.quick else arguments.rounds
    with tempfile.TemporaryDirectory() as tmp:
        for meetings in sizes:
            report(meetings, measure(meetings, rounds, Path(tmp), tuple(arguments.formats)))


if __name__ == "__main__":
    main()
