"""Tests of summitlib._suggest, and of the "did you mean" it gives at real call sites."""

from __future__ import annotations

import inspect
import json
import shutil
from pathlib import Path

import attrs
import pytest

import summitlib
from summitlib import claims, model, places, provenance
from summitlib._suggest import CUTOFF, LIMIT, SYNONYMS, did_you_mean, suggest
from summitlib.collections import Claims, Issues, Leaders, Meetings, Sources
from summitlib.corpus import Corpus
from summitlib.errors import CorpusError, LoadError, NotFoundError

from .helpers import DATA

MEETING_FIELDS = [f.name for f in attrs.fields(model.Meeting)]
MEETING_KEYWORDS = [p for p in inspect.signature(Meetings.filter).parameters if p != "self"]


def _record_fields() -> set[str]:
    found: set[str] = set()
    for module in (model, claims, places, provenance):
        for value in vars(module).values():
            if isinstance(value, type) and attrs.has(value) and value.__module__ == module.__name__:
                found.update(f.name for f in attrs.fields(value))
    return found


def _query_keywords() -> set[str]:
    methods = [c.filter for c in (Leaders, Meetings, Issues, Sources, Claims)] + [Corpus.timeline]
    return {p for m in methods for p in inspect.signature(m).parameters if p != "self"}


# --- the helper ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "choices", "expected"),
    [
        ("date", MEETING_FIELDS, ["when"]),  # a synonym gets the field it stands for
        ("leaders", MEETING_FIELDS, ["participants"]),
        ("location", MEETING_FIELDS, ["place"]),
        ("partcipants", MEETING_FIELDS, ["participants"]),  # a typo gets the close spelling
        ("When", MEETING_FIELDS, ["when"]),  # another case
        ("said-on", ["id", "said_on", "speaker"], ["said_on"]),
        ("date", MEETING_KEYWORDS, ["during"]),  # the same synonym, among a query's keywords
        ("leader", MEETING_KEYWORDS, ["with_"]),
        ("city", MEETING_KEYWORDS, ["at"]),
        ("country", MEETING_KEYWORDS, ["countries"]),
        ("durng", MEETING_KEYWORDS, ["during"]),
        ("colour", MEETING_FIELDS, []),  # nothing close: nothing suggested
        ("date", ["id", "name"], []),  # a synonym of nothing among the choices
    ],
)
def test_suggest(name: str, choices: list[str], expected: list[str]) -> None:
    assert suggest(name, choices)[: len(expected) or None] == expected


def test_suggest_gives_at_most_limit_choices_best_first_and_repeatably() -> None:
    choices = ["meeting-1", "meeting-2", "meeting-3", "meeting-4", "meeting-12"]
    found = suggest("meeting-11", choices)
    assert len(found) == LIMIT and found[0] == "meeting-1" and set(found) <= set(choices)
    assert suggest("meeting-11", list(reversed(choices))) == found
    assert suggest("xyzzy", choices) == [] and 0 < CUTOFF < 1


def test_suggest_never_offers_the_name_itself_or_something_not_a_choice() -> None:
    assert suggest("when", MEETING_FIELDS) == []  # (a caller asks only about names it does not know)
    assert all(set(suggest(word, ["place"])) <= {"place"} for word in SYNONYMS)


def test_did_you_mean() -> None:
    assert did_you_mean("date", MEETING_FIELDS) == "; did you mean 'when'?"
    assert did_you_mean("colour", MEETING_FIELDS) == ""
    assert (
        did_you_mean("meeting-11", ["meeting-1", "meeting-12"]) == "; did you mean 'meeting-1', 'meeting-12'?"
    )


def test_every_synonym_stands_for_a_real_name() -> None:
    """Each name the synonyms table points to is a field of a record class or a query keyword, so
    the table cannot rot when a field or keyword is renamed."""
    real = _record_fields() | _query_keywords()
    targets = {t for names in SYNONYMS.values() for t in names}
    assert targets - real == set()
    assert {"when", "participants", "place", "during", "with_"} <= targets


# --- real call sites -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda c: c.meetings.filter(durng=2017), "'durng'; did you mean 'during'?"),
        (lambda c: c.meetings.filter(date=2017), "'date'; did you mean 'during'?"),
        (lambda c: c.meetings.filter(leaders=["Trump", "Putin"]), "did you mean 'with_'"),
        (lambda c: c.claims.filter(speakr="Peskov"), "'speakr'; did you mean 'speaker'?"),
        (lambda c: c.sources.filter(outlet="Reuters"), "did you mean 'publisher'?"),
        (lambda c: c.timeline(leader="Putin"), "did you mean 'with_'"),
        (lambda c: c.disagreements(topc="duration"), "did you mean 'topic'?"),
    ],
)
def test_a_misspelt_query_keyword_suggests_the_keyword(
    query_corpus: Corpus, call: object, expected: str
) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument") as caught:
        call(query_corpus)  # type: ignore[operator]
    assert expected in str(caught.value)


def test_a_query_keyword_nothing_like_any_other_is_only_reported(query_corpus: Corpus) -> None:
    with pytest.raises(TypeError) as caught:
        query_corpus.meetings.filter(xyzzy=1)  # type: ignore[call-arg]
    assert str(caught.value) == "Meetings.filter() got an unexpected keyword argument 'xyzzy'"


def test_a_misspelt_speaker_suggests_groups(query_corpus: Corpus) -> None:
    with pytest.raises(NotFoundError) as caught:
        query_corpus.claims.filter(speaker="the Kremln")
    assert "the Kremlin" in caught.value.suggestions


def test_a_meeting_record_with_date_suggests_when(tmp_path: Path) -> None:
    corpus = Path(shutil.copytree(DATA / "storage" / "hamburg", tmp_path / "hamburg"))
    meetings = corpus / "meetings.yaml"
    meetings.write_text(
        meetings.read_text(encoding="utf-8").replace("  when: 2017-07-07\n", "  date: 2017-07-07\n")
    )
    with pytest.raises(LoadError) as caught:
        summitlib.load(corpus)
    (problem,) = caught.value.problems
    assert "date" in problem.message and "'when'" in problem.message
    assert "remove 'date'" not in problem.message


def test_a_json_meeting_with_date_suggests_when(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    summitlib.save(summitlib.load(DATA / "storage" / "hamburg"), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    meeting = next(m for m in data["meetings"] if "when" in m)
    meeting["date"] = meeting.pop("when")
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        summitlib.load(path)
    message = " ".join(p.message for p in caught.value.problems)
    assert "'when'" in message and "remove 'date'" not in message


def test_an_unknown_id_suggests_close_ids(query_corpus: Corpus) -> None:
    meeting = query_corpus.records.meetings[0]
    broken = attrs.evolve(meeting, participants=("vladimir-putn",))
    records = attrs.evolve(query_corpus.records, meetings=(broken, *query_corpus.records.meetings[1:]))
    with pytest.raises(CorpusError) as caught:
        Corpus(records)
    assert "did you mean 'vladimir-putin'?" in str(caught.value)


def test_an_unknown_record_type_suggests_the_type(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    summitlib.save(summitlib.load(DATA / "storage" / "hamburg"), path)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = [line.replace('"type":"meeting"', '"type":"meting"', 1) for line in lines]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        summitlib.load(path)
    assert "did you mean 'meeting'?" in str(caught.value)
