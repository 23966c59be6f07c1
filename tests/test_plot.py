"""The pictures: a timeline whose bars show date precision, and an issue-by-source coverage heatmap."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from summitlib import (
    Claim,
    Evidence,
    Issue,
    Label,
    Leader,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Outcome,
    Records,
    Source,
    SourceKind,
    Speaker,
    parse_when,
)
from summitlib.corpus import Corpus
from summitlib.plot import coverage, coverage_counts, timeline

TEXT = "Trump and Putin met in Hamburg. They talked about Syria and the ceasefire. Election meddling came up."


def _corpus() -> Corpus:
    def said(quote: str) -> Evidence:
        return Evidence(source="s1", quote=quote)

    meetings = [
        Meeting(
            id="day",
            name="Day meeting",
            format=MeetingFormat.BILATERAL,
            status=MeetingStatus.HELD,
            participants=("a", "b"),
            when=parse_when("2017-07-07"),
            issues=("syria",),
            evidence=(said("Trump and Putin met in Hamburg"),),
            outcomes=(
                Outcome(description="ceasefire", issues=("ceasefire",), evidence=(said("the ceasefire"),)),
            ),
        ),
        Meeting(
            id="month",
            name="Month meeting",
            format=MeetingFormat.BILATERAL,
            status=MeetingStatus.POSSIBLE,
            participants=("a", "b"),
            when=parse_when("2017-11"),
        ),
        Meeting(
            id="year",
            name="Year meeting",
            format=MeetingFormat.BILATERAL,
            status=MeetingStatus.PLANNED,
            participants=("a", "b"),
            when=parse_when("2018"),
        ),
        Meeting(
            id="undated", name="Undated", format=MeetingFormat.BILATERAL, status=MeetingStatus.HYPOTHETICAL
        ),
    ]
    records = Records(
        leaders=[Leader(id="a", name="A"), Leader(id="b", name="B")],
        issues=[
            Issue(id="syria", name="Syria", evidence=(said("Syria"),)),
            Issue(id="ceasefire", name="Ceasefire", parent="syria"),
            Issue(id="meddling", name="Election meddling"),
            Issue(id="unmentioned", name="Unmentioned"),
        ],
        meetings=meetings,
        sources=[
            Source(id="s1", text=TEXT, kind=SourceKind.NEWS, publisher="Outlet"),
            Source(id="s2", text="Nothing here.", kind=SourceKind.NEWS),
        ],
        claims=[
            Claim(
                id="c1",
                speaker=Speaker.author(),
                topic="raised",
                value=Label(text="yes"),
                issues=("meddling",),
                evidence=said("Election meddling came up"),
            )
        ],
    )
    return Corpus(records)


@pytest.fixture
def mdates() -> Iterator[Any]:
    """matplotlib.dates, with the Agg backend; the test is skipped without matplotlib."""
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    plt = pytest.importorskip("matplotlib.pyplot")
    yield pytest.importorskip("matplotlib.dates")
    plt.close("all")


def test_missing_matplotlib_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(ImportError, match=r"pip install matplotlib"):
        timeline([])


def test_coverage_counts_every_kind_of_evidence() -> None:
    assert coverage_counts(_corpus()) == {
        ("s1", "ceasefire"): 1,  # an outcome quote
        ("s1", "meddling"): 1,  # a claim
        ("s1", "syria"): 2,  # the meeting's quote and the issue's own
    }


def test_coverage_heatmap_has_issues_down_and_sources_across(mdates: Any) -> None:
    figure = coverage(_corpus())
    axes = figure.axes[0]
    rows = [t.get_text() for t in axes.get_yticklabels()]
    assert rows == ["Syria", "   › Ceasefire", "Election meddling"]  # unmentioned issues are left out
    assert [t.get_text() for t in axes.get_xticklabels()] == ["Outlet\ns1", "s2"]
    cells = sorted(t.get_text() for t in axes.texts)
    assert cells == ["1", "1", "2"]
    image = axes.get_images()[0].get_array()
    assert image[0][0] == 2
    assert bool(image.mask[0][1])  # empty cells stay blank (masked), not a pale zero
    assert len(figure.axes) == 2  # the colour bar


def test_timeline_draws_precision_as_span_length(mdates: Any) -> None:
    figure = timeline(_corpus().meetings)
    axes = figure.axes[0]
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert labels == ["Day meeting  (2017-07-07)", "Month meeting  (2017-11)", "Year meeting  (2018)"]
    bars = {round(p.get_width()) for p in axes.patches}
    assert bars == {30, 365}  # the month and the year are bars over every day they may be
    diamonds = [line for line in axes.lines if line.get_marker() == "D"]
    assert len(diamonds) == 1  # the day-known meeting is a point
    assert mdates.num2date(diamonds[0].get_xdata()[0]).date() == dt.date(2017, 7, 7)
    legend = [t.get_text() for t in axes.get_legend().get_texts()]
    assert legend == ["held", "planned", "possible"]


def test_timeline_window_cuts_bars_with_arrows(mdates: Any) -> None:
    figure = timeline(_corpus().meetings, window="2017-07/2017-12")
    axes = figure.axes[0]
    low, high = axes.get_xlim()
    assert (
        mdates.num2date(low).date()
        <= dt.date(2017, 7, 1)
        < dt.date(2017, 12, 31)
        <= mdates.num2date(high).date()
    )
    arrows = [line.get_marker() for line in axes.lines if line.get_marker() in ("<", ">")]
    assert arrows == [">"]  # the 2018 meeting runs past the window


def test_timeline_of_nothing_is_an_empty_figure(mdates: Any) -> None:
    figure = timeline([])
    assert figure.axes[0].get_legend() is None


def test_plots_draw_into_an_axes_of_the_callers_figure(mdates: Any) -> None:
    import matplotlib.pyplot as plt

    figure, (left, right) = plt.subplots(1, 2)
    corpus = _corpus()
    assert timeline(corpus.meetings, ax=left, title="left") is figure
    assert coverage(corpus, ax=right) is figure
    assert left.get_title() == "left" and left.lines
    assert right.images
    plt.close(figure)
