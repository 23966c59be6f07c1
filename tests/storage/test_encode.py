"""JSON encoding with and without the optional msgspec accelerator writes the very same bytes, and fails
with the very same errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given

import summitlib
from summitlib import Records
from summitlib.storage import _json, save_records
from summitlib.storage._json import json_document, jsonl_chunks
from summitlib.storage._msgspec import plain_structs
from summitlib.storage._problems import KINDS
from summitlib.storage._structure import unstructure_list
from summitlib.strategies import records

from ..helpers import corpus_examples

pytest.importorskip("msgspec")

HEAD = {"schema_version": 1, "kind": "summitlib-corpus", "name": "tricky é"}
TRICKY = "".join(chr(code) for code in range(0x80)) + "\u2028\u2029é漢\U0001f600\ufeff\x85\xa0"


def _both(monkeypatch: pytest.MonkeyPatch, encode: Any) -> tuple[Any, Any]:
    """``encode()`` with msgspec, then with the standard library only."""
    fast = encode()
    monkeypatch.setattr(_json, "fast_lines", None)
    return fast, encode()


def _lists(corpus: Records) -> dict[str, list[Any]]:
    return {kind: unstructure_list(getattr(corpus, kind), cls) for kind, cls in KINDS.items()}


@corpus_examples()
@given(records())
def test_same_bytes_for_any_records(corpus: Records) -> None:
    """For any records, msgspec (used directly, no fallback) writes byte for byte what the standard
    encoder writes for every list (the document and the lines are laid out from those bytes)."""
    pairs = list(_lists(corpus).items())
    fast = _json.fast_lines
    assert fast is not None
    assert _json._encoded(pairs, fast) == _json._encoded(pairs, _json._standard_lines)


@given(records())
def test_structs_same_bytes_as_the_plain_form(corpus: Records) -> None:
    """For any records, the structs filled column by column are written (with and without a ``type``
    tag) byte for byte as the standard encoder writes the plain form."""
    fast = _json.fast_lines
    assert fast is not None
    for kind in _json._EXACT:
        items, cls = getattr(corpus, kind), KINDS[kind]
        for tag in (None, {"type": "x"}):
            assert fast(plain_structs(items, cls, tag)) == _json._standard_lines(
                unstructure_list(items, cls, tag)
            )


def test_structs_share_nothing_between_records() -> None:
    """Shared and distinct places, dates, and evidence lists of different lengths (grouped again after
    being converted together) are written where they belong."""
    place = summitlib.Place(country="DEU", city="Hamburg")
    base = summitlib.Meeting(
        id="m", name="M", format=summitlib.MeetingFormat.SUMMIT, status=summitlib.MeetingStatus.HELD
    )
    quotes = [summitlib.Evidence(source=f"s{n}", quote=f"q{n}") for n in range(4)]
    meetings = [
        attrs.evolve(
            base, id="a", place=place, evidence=quotes[:2], when=summitlib.PartialDate.parse("2017")
        ),
        attrs.evolve(base, id="b", place=summitlib.Place(country="VNM")),
        attrs.evolve(base, id="c", place=place, evidence=quotes[2:3]),
        attrs.evolve(base, id="d", evidence=quotes[3:], when=summitlib.PartialDate.parse("2017-07")),
    ]
    expected = _json._standard_lines(unstructure_list(tuple(meetings), summitlib.Meeting))
    assert _json.fast_lines is not None
    assert _json.fast_lines(plain_structs(meetings, summitlib.Meeting)) == expected
    assert b'"id":"d","name":"M","format":"summit","status":"held","when":"2017-07"' in expected


def test_same_bytes_for_tricky_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """Control characters, non-ASCII text, large and negative numbers and empty lists: the same bytes."""
    record = {
        "id": "x",
        "name": TRICKY,
        "list": [],
        "map": {},
        "big": 2**64 - 1,
        "small": -(2**63),
        "no": None,
    }
    lists: dict[str, list[Any]] = {"meetings": [record, {"id": "y"}], "claims": [{"value": {"number": 1e16}}]}
    fast, standard = _both(
        monkeypatch, lambda: (json_document(HEAD, lists), jsonl_chunks(HEAD, list(lists.items())))
    )
    assert fast == standard
    assert b'"number":1e+16' in b"".join(standard[0])


def test_one_record_per_line() -> None:
    """The document keeps one record per line, also when text holds newlines (written ``\\n``)."""
    lists: dict[str, list[Any]] = {"meetings": [{"id": "x", "name": "two\nlines"}, {"id": "y"}], "claims": []}
    document = b"".join(json_document(HEAD, lists))
    assert document.endswith(
        b'"meetings": [\n  {"id":"x","name":"two\\nlines"},\n  {"id":"y"}\n ],\n "claims": []\n}\n'
    )


def test_fallback_for_what_msgspec_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    """A value msgspec refuses (a key ``True``) is written as the standard encoder writes it; what both
    refuse raises the standard encoder's error."""
    lists: dict[str, list[Any]] = {"meetings": [{"id": "x", "map": {(1, 2): 3}}]}
    with pytest.raises(TypeError, match="keys must be str"):
        json_document(HEAD, lists)
    lists = {"meetings": [{"id": "x", "start": 2**70, "map": {True: "yes"}}]}
    fast, standard = _both(monkeypatch, lambda: json_document(HEAD, lists))
    assert fast == standard
    assert str(2**70).encode() in b"".join(fast)
    assert b'{"true":"yes"}' in b"".join(fast)


def test_same_error_for_invalid_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lone surrogate: the same UnicodeEncodeError (same position) with or without msgspec."""
    lists: dict[str, list[Any]] = {"meetings": [{"id": "x", "name": "bad \ud800"}]}
    errors = []
    for fast in (_json.fast_lines, None):
        monkeypatch.setattr(_json, "fast_lines", fast)
        with pytest.raises(UnicodeEncodeError) as caught:
            json_document(HEAD, lists)
        errors.append(str(caught.value))
    assert errors[0] == errors[1]


@pytest.mark.parametrize("name", ["corpus.json", "corpus.jsonl"])
def test_saved_files_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Saving the bundled corpus writes the same file with or without msgspec."""
    bundled_records = summitlib.load().records
    save_records(bundled_records, tmp_path / f"fast-{name}")
    monkeypatch.setattr(_json, "fast_lines", None)
    save_records(bundled_records, tmp_path / f"standard-{name}")
    assert (tmp_path / f"fast-{name}").read_bytes() == (tmp_path / f"standard-{name}").read_bytes()
