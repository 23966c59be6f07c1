"""Properties of drafting and consolidation, for arbitrary texts and arbitrary meeting reports."""

from __future__ import annotations

import datetime as dt
import itertools
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import summitlib
from summitlib import Corpus, Leader, MeetingFormat, MeetingStatus, Records
from summitlib.drafting import Draft, consolidate
from summitlib.drafting._encounters import is_proposed_without_cue, window

from .drafting_helpers import report_draft

LEADERS = Records(
    leaders=(
        Leader(id="joe-biden", name="Joe Biden", aliases=("Biden",), country="USA"),
        Leader(id="xi-jinping", name="Xi Jinping", aliases=("Xi",), country="CHN"),
        Leader(id="vladimir-putin", name="Vladimir Putin", aliases=("Putin",), country="RUS"),
    )
)

_NAMES = [
    "Joe Biden",
    "Xi",
    "Putin",
    "President Xi Jinping",
    "Ramaphosa",
    "Fumio Kishida",
    "he",
    "the Kremlin",
]
_SENTENCES = [
    "{a} and {b} met in Bali, Indonesia on November 14, 2022.",
    "{a} will meet {b} next month.",
    "{a} spoke with {b} by phone on Tuesday.",
    "The meeting lasted more than two hours, {a} said.",
    "“We share responsibility,” {a} said.",
    "{a} ruled out a meeting with {b}.",
    "The summit between {a} and {b} was postponed.",
    "{a} told reporters the talks ran for 90 minutes.",
]
news = st.lists(
    st.builds(
        lambda template, a, b: template.format(a=a, b=b),
        st.sampled_from(_SENTENCES),
        st.sampled_from(_NAMES),
        st.sampled_from(_NAMES),
    ),
    min_size=1,
    max_size=6,
).map(" ".join)
texts = st.one_of(st.text(max_size=300), news, st.tuples(st.text(max_size=40), news).map(" ".join))
published = st.one_of(
    st.none(),
    # near years 1 and 9999 extract() overflows on relative dates ("Tuesday" on 0001-01-01): issue 14
    st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)).map(lambda d: d.isoformat()),
)


def _round_trip(corpus: Corpus) -> Corpus:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "corpus.json")
        summitlib.save(corpus, path)
        return summitlib.load(path)


@pytest.mark.slow
@given(text=texts, date=published)
def test_a_draft_always_validates_saves_and_loads(text: str, date: str | None) -> None:
    """For any text, the draft's records (alone, and consolidated into a corpus) form a valid corpus that
    saves and loads back unchanged."""
    draft = summitlib.draft(text, published=date, source_id="article", corpus=LEADERS)
    Corpus(draft.records)
    result = consolidate([draft], into=LEADERS)
    corpus = Corpus(result.records)
    assert _round_trip(corpus).records == corpus.records


@given(text=texts, date=published)
def test_drafting_the_same_article_twice_is_idempotent(text: str, date: str | None) -> None:
    """Adding an article a second time (in the same batch, or to the corpus it is already in) changes
    nothing."""
    draft = summitlib.draft(text, published=date, source_id="article", corpus=LEADERS)
    once = consolidate([draft], into=LEADERS)
    assert consolidate([draft, draft], into=LEADERS).records == once.records
    again = consolidate([summitlib.draft(text, published=date, corpus=once.records)], into=once.records)
    assert again.records == once.records and not again.changed


PAIRS = [
    ("donald-trump", "vladimir-putin"),
    ("donald-trump", "kim-jong-un"),
    ("donald-trump", "kim-jong-un", "moon"),
]
DATES = st.one_of(
    st.none(),
    st.sampled_from(["2017", "2017-07", "2017-11", "2017-07-07", "2017-07-08", "2017-11-10", "2018-06-12"]),
)
reports = st.lists(
    st.tuples(
        st.sampled_from(PAIRS),
        DATES,
        st.sampled_from(list(MeetingStatus)),
        st.sampled_from([MeetingFormat.BILATERAL, MeetingFormat.PHONE_CALL, MeetingFormat.VIDEO_CALL]),
        st.sampled_from([None, "2017-06-01", "2017-08-01", "2018-01-01"]),
        st.booleans(),
    ),
    min_size=1,
    max_size=8,
).map(
    lambda items: [
        report_draft(str(n), list(p), when=w, status=s, format=f, published=pub, stated=stated)
        for n, (p, w, s, f, pub, stated) in enumerate(items)
    ]
)


def _members(drafts: list[Draft], records: Records) -> list[list[Draft]]:
    """For each consolidated meeting, the drafts whose report it carries."""
    by_source = {d.source.id: d for d in drafts}
    return [
        sorted({by_source[e.source] for e in m.evidence}, key=lambda d: d.source.id) for m in records.meetings
    ]


@given(drafts=reports)
def test_consolidation_never_merges_incompatible_reports(drafts: list[Draft]) -> None:
    """No meeting carries reports with different participants, disjoint dates, a call and a meeting in
    person, or a held meeting and one its source says was called off."""
    result = consolidate(drafts)
    Corpus(result.records)
    published = {d.source.id: d.source.published for d in drafts}
    for group in _members(drafts, result.records):
        meetings = [d.records.meetings[0] for d in group]
        assert len({frozenset(m.participants) for m in meetings}) == 1
        assert len({m.format.is_call for m in meetings}) == 1
        statuses = {m.status for m in meetings if m.when is not None or not is_proposed_without_cue(m)}
        assert not (
            MeetingStatus.HELD in statuses
            and statuses & {MeetingStatus.CANCELLED, MeetingStatus.RULED_OUT, MeetingStatus.POSTPONED}
        )
        for first, second in itertools.combinations(meetings, 2):
            (a, b), (c, d) = window(first, published), window(second, published)
            assert max(a, c) <= min(b, d), "merged reports with disjoint dates"
    assert len(result.records.meetings) + len(result.merges) == len(drafts)


@given(drafts=reports, data=st.data())
def test_merging_order_does_not_change_the_result(drafts: list[Draft], data: st.DataObject) -> None:
    """Consolidating the same drafts in any order gives the same records and the same merges."""
    shuffled = data.draw(st.permutations(drafts))
    first, second = consolidate(drafts), consolidate(shuffled)
    assert first.records == second.records
    assert first.merges == second.merges
