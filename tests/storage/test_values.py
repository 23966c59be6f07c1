"""Values that could not survive a round trip are refused at load: NaN and infinities in numbers, lone
surrogates in text, dates and durations written with digits other than ASCII."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from summitlib import DurationRange, InvalidValueError, LoadError, parse_when
from summitlib.claims import Number
from summitlib.storage import load_records, save_records

from .helpers import HAMBURG

NUMBER = '{"number": 4, "unit": "issues"}'


def _variant(tmp_path: Path, format: str, old: str, new: str, name: str = "claims.yaml") -> Path:
    """The Hamburg corpus in ``format`` with the text ``old`` replaced by ``new`` (in the file ``name`` of
    a directory)."""
    if format == "directory":
        corpus = Path(shutil.copytree(HAMBURG, tmp_path / "corpus"))
        file = corpus / name
    else:
        corpus = file = tmp_path / f"corpus.{format}"
        save_records(load_records(HAMBURG), corpus)
    data = file.read_text(encoding="utf-8")
    assert old in data
    file.write_text(data.replace(old, new, 1), encoding="utf-8")
    return corpus


def _duration_value(format: str) -> str:
    return 'value: {duration: ">=120"}' if format == "directory" else '"value":{"duration":">=120"}'


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", ".nan", ".inf", "-.inf", "1e999"])
@pytest.mark.parametrize("format", ["directory", "json", "jsonl"])
def test_nan_and_infinity_are_refused_in_numbers(tmp_path: Path, format: str, number: str) -> None:
    if (format == "directory") != number.startswith((".", "-.")):
        pytest.skip("YAML writes .nan / .inf, JSON (leniently) NaN / Infinity and 1e999")
    value = f"value: {{number: {number}}}" if format == "directory" else f'"value":{{"number":{number}}}'
    corpus = _variant(tmp_path, format, _duration_value(format), value)
    with pytest.raises(LoadError, match="finite number") as info:
        load_records(corpus)
    assert "claims" in str(info.value)


def test_numbers_themselves_refuse_nan_and_infinity() -> None:
    for bad in (float("nan"), float("inf"), -float("inf")):
        with pytest.raises(InvalidValueError, match="Number.value"):
            Number(value=bad)
    assert Number(value=10**400).value == 10**400  # big integers are fine (JSON has them)


@pytest.mark.parametrize("format", ["directory", "json", "jsonl"])
def test_lone_surrogates_are_refused_at_load(tmp_path: Path, format: str) -> None:
    if format == "directory":
        corpus = _variant(tmp_path, format, "{label: pushed back}", '{label: "pushed \\ud800back"}')
    else:
        old, new = '"label":"pushed back"', '"label":"pushed \\ud800back"'
        corpus = _variant(tmp_path, format, old, new)
    with pytest.raises(LoadError) as info:
        load_records(corpus)
    assert "surrogate" in str(info.value) or "Unicode" in str(info.value)


def test_surrogate_pairs_are_fine(tmp_path: Path) -> None:
    corpus = _variant(tmp_path, "json", '"label":"pushed back"', '"label":"pushed \\ud83d\\ude00 back"')
    records = load_records(corpus)
    assert any("\U0001f600" in str(claim.value) for claim in records.claims)
    save_records(records, tmp_path / "again.json")
    assert load_records(tmp_path / "again.json") == records


@pytest.mark.parametrize("text", ["２０１７", "２０１７-07-07", "2017-０7", "٢٠١٧", "2017-07-0７"])
def test_dates_take_ascii_digits_only(text: str) -> None:
    with pytest.raises(InvalidValueError):
        parse_when(text)


@pytest.mark.parametrize("text", ["１２０", ">=１２０", "~３０", "1..１2"])
def test_durations_take_ascii_digits_only(text: str) -> None:
    with pytest.raises(InvalidValueError):
        DurationRange.parse(text)


@pytest.mark.parametrize("format", ["directory", "json", "jsonl"])
def test_a_fullwidth_date_in_a_file_is_a_load_error(tmp_path: Path, format: str) -> None:
    old = "when: 2017-07-07/2017-07-08" if format == "directory" else '"when":"2017-07-07/2017-07-08"'
    new = old.replace("2017-07-07/", "２０１７-07-07/")
    corpus = _variant(tmp_path, format, old, new, "meetings.yaml")
    with pytest.raises(LoadError, match="when"):
        load_records(corpus)
