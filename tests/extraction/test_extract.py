"""The extract() entry point: typed results, spans that point at the text, anchors, corpora."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from summitlib import Evidence, InvalidValueError, PartialDate, Records, Source, SourceKind, check_records
from summitlib.extraction import Cue, Extraction, Extractor, extract
from summitlib.serialization import structure

from ..helpers import DATA, ROOT

LEXICON = DATA / "extract_lexicon.yaml"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def corpus() -> Records:
    return structure(yaml.safe_load(LEXICON.read_text(encoding="utf-8")), Records)


def cues(result: Extraction) -> list[Cue]:
    """Every span an extraction reports, nested ones included."""
    found: list[Cue] = [*result.people, *result.issues, *result.dates, *result.durations]
    for a in result.attributions:
        found += [a, a.speaker_cue, a.verb_cue]
    for m in result.meetings:
        found += [m, m.meeting_cue]
        found += [c for c in (m.status_cue, m.when, m.place, m.occasion, m.duration) if c is not None]
    for d in result.durations:
        if d.cue is not None:
            found.append(d.cue)
    return found


def assert_spans(text: str, result: Extraction) -> None:
    for cue in cues(result):
        assert 0 <= cue.start <= cue.end <= len(text)
        assert text[cue.start : cue.end] == cue.text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_every_item_points_at_its_words(path: Path, corpus: Records) -> None:
    text = path.read_text(encoding="utf-8")
    result = extract(text, corpus=corpus, published="2017-07-10")
    assert_spans(text, result)
    assert result.people and result.dates and result.attributions and result.meetings


ALPHABET = st.sampled_from(
    [
        *"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:!?-—'’\"“”()\n",
        "Putin",
        "Trump",
        " said ",
        " met ",
        "Mr. ",
        "last Friday",
        " hours",
        " minutes",
        "more than ",
        "July ",
    ]
)


@given(
    st.lists(ALPHABET, max_size=60).map("".join),
    st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)),
)
def test_any_text_gives_valid_spans(text: str, published: dt.date | None) -> None:
    """For any text, extraction does not fail and every item's span is exactly its text."""
    records = Records()
    result = Extractor(records).extract(text, published=published)
    assert_spans(text, result)


def test_published_accepts_dates_and_text() -> None:
    text = "They met last Friday."
    as_text = extract(text, published="2017-07-12")
    as_date = extract(text, published=dt.date(2017, 7, 12))
    as_partial = extract(text, published=PartialDate.parse("2017-07-12"))
    assert as_text == as_date == as_partial
    assert as_text.published == PartialDate.parse("2017-07-12")
    with pytest.raises(InvalidValueError):
        extract(text, published="last week")


def test_corpus_or_records_give_the_same_result(corpus: Records) -> None:
    from summitlib.corpus import Corpus

    text = "Mr. Putin met Donald Trump in Hamburg."
    assert extract(text, corpus=Corpus(check_records(corpus))) == extract(text, corpus=corpus)


def test_extractor_reuse_equals_extract(corpus: Records) -> None:
    text = "Sergei Lavrov said the ceasefire in southwestern Syria would hold."
    assert Extractor(corpus).extract(text) == extract(text, corpus=corpus)
    assert extract(text, corpus=corpus).issue_ids() == ("syria-ceasefire",)
    assert extract(text, corpus=corpus).leader_ids() == ("sergey-lavrov",)


def test_cues_become_evidence_a_corpus_accepts(corpus: Records) -> None:
    text = "The meeting lasted more than two hours, Mr. Tillerson said."
    result = extract(text, corpus=corpus)
    source = Source(id="s1", text=text, kind=SourceKind.NEWS)
    evidence = [c.evidence("s1") for c in cues(result)]
    leader = attrs.evolve(corpus.leaders[0], evidence=tuple(evidence))
    checked = check_records(Records(leaders=[leader], sources=[source]))
    assert checked.leaders[0].evidence == tuple(evidence)
    assert all(isinstance(e, Evidence) and e.resolved for e in evidence)


def test_results_are_frozen(corpus: Records) -> None:
    result = extract("Putin met Trump.", corpus=corpus)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        result.people[0].leader = "x"  # type: ignore[misc]


HELD_OUT = """SINGAPORE — U.S. President Donald Trump and North Korean leader Kim Jong-un met for about \
40 minutes on Tuesday in a one-on-one session, before expanded talks with aides that ran for nearly \
two hours. The two leaders had been scheduled to meet for an hour.

"We have developed a very special bond," Mr. Trump told reporters afterwards. According to South Korea's \
presidential office, President Moon Jae-in spoke with Mr. Trump by phone on Wednesday.

A second summit between Trump and Kim could take place in Hanoi next year, White House press secretary \
Sarah Sanders said on Friday that officials were studying dates."""


def test_a_held_out_article(corpus: Records) -> None:
    """An article in the style of the seeds but about another summit, read end to end."""
    result = extract(HELD_OUT, corpus=corpus, published="2018-06-15")
    assert_spans(HELD_OUT, result)
    assert result.leader_ids() == ("donald-trump", "kim-jong-un", "moon-jae-in")
    assert [(d.text, str(d.value)) for d in result.dates] == [
        ("on Tuesday", "2018-06-12"),
        ("on Wednesday", "2018-06-13"),
        ("next year", "2019"),
        ("on Friday", "2018-06-15"),
    ]
    assert [(d.text, str(d.value), d.kind.value) for d in result.durations] == [
        ("about 40 minutes", "~40", "actual"),
        ("nearly two hours", "~<=120", "actual"),
        ("an hour", "60", "scheduled"),
    ]
    said = [(a.speaker_name or str(a.speaker), a.verb) for a in result.attributions]
    assert said == [
        ("donald-trump", "told reporters"),
        ("South Korea's presidential office", "according to"),
        ("Sarah Sanders", "said"),
    ]
    found = [
        (
            m.participants,
            m.status.value if m.status else None,
            m.format.value if m.format else None,
            m.carried,
        )
        for m in result.meetings
    ]
    assert found == [
        (("donald-trump", "kim-jong-un"), "held", None, False),
        (("donald-trump", "kim-jong-un"), "planned", None, True),
        (("donald-trump", "moon-jae-in"), "held", "phone_call", False),
        (("donald-trump", "kim-jong-un"), "possible", None, False),
    ]
    unknown = [m for m in result.people if m.rule == "unknown-name"]
    assert [(m.name, m.title) for m in unknown] == [("Sarah Sanders", "House press secretary")]


@pytest.mark.parametrize(
    ("given", "hint"),
    [
        (Path("article.txt"), "read the file first"),
        (b"Xi met Biden.", "decode it first"),
        (42, "the article's text"),
    ],
)
def test_extract_refuses_what_is_not_text_with_a_hint(given: object, hint: str) -> None:
    with pytest.raises(TypeError, match=hint):
        extract(given)  # type: ignore[arg-type]
