"""Every field of every record class is stored and read back, in every format, by every code path.

The fast paths are generated from the classes' fields: a field added to a record class (here: to a
subclass of each, registered as its kind's class) is saved and loaded in JSON, JSON Lines and the YAML
directory with no other change, with msgspec and without it. And the shared strategies generate every
field of every record class with a value other than its default, so round-trip properties see them all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summitlib import (
    Claim,
    Evidence,
    Issue,
    Leader,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Records,
    Source,
    SourceKind,
    Speaker,
    Topic,
    check_records,
)
from summitlib import strategies as sst
from summitlib.dates import PartialDate
from summitlib.storage import _json, _msgspec, load_records, save_records
from summitlib.storage._problems import KINDS
from summitlib.storage._structure import is_nested_record

SUFFIXES = {"json": "corpus.json", "jsonl": "corpus.jsonl", "directory": "corpus"}


def _with_agenda(cls: type[Any]) -> type[Any]:
    """A subclass of the record class ``cls`` with one more optional field, ``agenda``."""
    return attrs.make_class(
        f"Agenda{cls.__name__}",
        {"agenda": attrs.field(default=None, type=str | None)},  # type: ignore[dict-item]
        bases=(cls,),
        frozen=True,
        slots=True,
        kw_only=True,
    )


@pytest.fixture
def agenda_kinds(monkeypatch: pytest.MonkeyPatch) -> dict[str, type[Any]]:
    """Every record kind's class replaced by its subclass with an ``agenda`` field."""
    classes = {kind: _with_agenda(cls) for kind, cls in KINDS.items()}
    for kind, cls in classes.items():
        monkeypatch.setitem(KINDS, kind, cls)
    return classes


def _corpus(classes: dict[str, type[Any]], count: int) -> Records:
    """``count`` records of each kind, each with an agenda (several, so that bulk paths are taken)."""
    text = "Leaders met in Hamburg and agreed on a ceasefire."
    quote = Evidence(source="s0", quote="agreed on a ceasefire")
    ids = range(count)
    return Records(
        sources=[
            classes["sources"](id=f"s{n}", text=text, kind=SourceKind.NEWS, agenda=f"a{n}") for n in ids
        ],
        leaders=[classes["leaders"](id=f"l{n}", name=f"Leader {n}", agenda=f"a{n}") for n in ids],
        issues=[classes["issues"](id=f"i{n}", name=f"Issue {n}", agenda=f"a{n}") for n in ids],
        meetings=[
            classes["meetings"](
                id=f"m{n}",
                name=f"Meeting {n}",
                format=MeetingFormat.BILATERAL,
                status=MeetingStatus.HELD,
                participants=("l0",),
                when=PartialDate.parse("2017-07-07"),
                evidence=(quote,),
                agenda=f"a{n}" if n else None,  # one left at the default
            )
            for n in ids
        ],
        claims=[
            classes["claims"](
                id=f"c{n}",
                speaker=Speaker.author(),
                topic=Topic.POSITION,
                value=True,
                evidence=quote,
                agenda=f"a{n}",
            )
            for n in ids
        ],
    )


@pytest.mark.parametrize("fast", [True, False], ids=["msgspec", "standard"])
@pytest.mark.parametrize("format", sorted(SUFFIXES))
def test_an_added_field_is_stored_in_every_format(
    agenda_kinds: dict[str, type[Any]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    format: str,
    fast: bool,
) -> None:
    """A field added to a record class round-trips in every format, with and without msgspec."""
    if fast:
        pytest.importorskip("msgspec")
    else:  # neither reading nor writing with msgspec
        monkeypatch.setattr(_msgspec, "_msgspec", lambda: None)
        monkeypatch.setattr(_json, "fast_lines", None)
    for count in (1, 3):
        corpus = _corpus(agenda_kinds, count)
        path = tmp_path / str(count) / SUFFIXES[format]
        path.parent.mkdir()
        save_records(corpus, path)
        if fast and format != "directory":  # the msgspec path itself reads the added field
            reader = _msgspec.read_json_fast if format == "json" else _msgspec.read_jsonl_fast
            assert reader(path.read_bytes(), str(path), path) is not None
        loaded = load_records(path)
        for kind, cls in agenda_kinds.items():
            assert [type(record) for record in getattr(loaded, kind)] == [cls] * count, kind
            assert [r.agenda for r in getattr(loaded, kind)] == [r.agenda for r in getattr(corpus, kind)]
        assert loaded == check_records(corpus)  # evidence offsets filled in


RECORD_STRATEGIES = {
    Leader: sst.leaders,
    Issue: sst.issues,
    Meeting: sst.meetings,
    Source: sst.sources,
    Claim: sst.claims,
}


def _non_default(record: Any) -> set[str]:
    """The fields of ``record`` whose value differs from the field's default (a required one always does)."""
    found = set()
    for field in attrs.fields(type(record)):
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()  # type: ignore[attr-defined]
        if default is attrs.NOTHING or getattr(record, field.name) != default:
            found.add(field.name)
    return found


def test_strategies_cover_every_record_kind() -> None:
    """There is a strategy for the class of every stored record kind (a new kind needs one)."""
    assert set(RECORD_STRATEGIES) == set(KINDS.values())


@pytest.mark.parametrize("cls", list(RECORD_STRATEGIES), ids=lambda cls: cls.__name__)
def test_strategies_set_every_field(cls: type[Any]) -> None:
    """Each field of each record class (and of the records inside it) is set to a value other than its
    default in some generated example, so that round-trip properties notice a field a format drops."""
    seen: dict[type[Any], set[str]] = {}

    def visit(value: Any) -> None:
        if attrs.has(type(value)):
            seen.setdefault(type(value), set()).update(_non_default(value))
            for field in attrs.fields(type(value)):
                visit(getattr(value, field.name))
        elif isinstance(value, tuple):
            for item in value:
                visit(item)

    @settings(max_examples=150, suppress_health_check=list(HealthCheck), database=None, derandomize=True)
    @given(st.data())
    def collect(data: st.DataObject) -> None:
        visit(data.draw(RECORD_STRATEGIES[cls]()))

    collect()
    missing = {
        f"{kind.__name__}.{field.name}"
        for kind, names in seen.items()
        if kind in KINDS.values() or is_nested_record(kind)  # records, and the records inside them
        for field in attrs.fields(kind)
        if field.name not in names
    }
    assert not missing, f"never set to a non-default value: {sorted(missing)}"


def test_strategies_set_every_field_of_records() -> None:
    """The same for each record kind of the consistent corpora of `strategies.records`."""
    seen: dict[str, set[str]] = {kind: set() for kind in KINDS}

    @settings(max_examples=60, suppress_health_check=list(HealthCheck), database=None, derandomize=True)
    @given(sst.records())
    def collect(records: Records) -> None:
        for kind in KINDS:
            for record in getattr(records, kind):
                seen[kind].update(_non_default(record))

    collect()
    assert seen == {kind: {field.name for field in attrs.fields(cls)} for kind, cls in KINDS.items()}
