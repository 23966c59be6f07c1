"""Pictures of a corpus: a timeline of meetings and an issue-by-source coverage chart.

Needs matplotlib, from the ``plot`` extra (``pip install ".[plot]"`` from a clone, or
``pip install matplotlib``); it is imported only when a
picture is drawn, so ``import summitlib.plot`` works without it.

* [`timeline`][summitlib.plot.timeline] draws each meeting as a bar over the days it may have taken
  place: a meeting known to the day is a short tick, one known only to the month or the year a long bar —
  the precision of the date is visible, not hidden.
* [`coverage`][summitlib.plot.coverage] draws a heatmap of which source gives evidence about which issue
  (claims, meeting and outcome quotes, issue quotes), so gaps and one-source issues stand out.

Both return the matplotlib ``Figure``; save it with ``figure.savefig("timeline.png")``.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from summitlib.dates import Precision, When, parse_when
from summitlib.model import Meeting, MeetingStatus
from summitlib.records import Records

if TYPE_CHECKING:
    from summitlib.corpus import Corpus

__all__ = ["coverage", "coverage_counts", "timeline"]

_INSTALL_HINT = "summitlib.plot needs matplotlib: pip install matplotlib (the plot extra)"

# Colour-blind-safe colours (Okabe-Ito) for meeting statuses.
_STATUS_COLOURS: dict[MeetingStatus, str] = {
    MeetingStatus.HELD: "#0072B2",
    MeetingStatus.PLANNED: "#009E73",
    MeetingStatus.PROPOSED: "#56B4E9",
    MeetingStatus.POSSIBLE: "#E69F00",
    MeetingStatus.RULED_OUT: "#D55E00",
    MeetingStatus.CANCELLED: "#CC79A7",
    MeetingStatus.POSTPONED: "#F0E442",
    MeetingStatus.HYPOTHETICAL: "#999999",
}


def _matplotlib(module: str = "pyplot") -> Any:
    """``matplotlib.<module>``, or an ImportError saying how to install matplotlib."""
    try:
        return importlib.import_module(f"matplotlib.{module}")
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(_INSTALL_HINT, name="matplotlib") from error


def _records(data: Corpus | Records) -> Records:
    return data if isinstance(data, Records) else data.records


def _label(meeting: Meeting) -> str:
    when = f"  ({meeting.when})" if meeting.when is not None else ""
    name = meeting.name if len(meeting.name) <= 42 else meeting.name[:41] + "…"
    return f"{name}{when}"


def timeline(
    meetings: Iterable[Meeting],
    *,
    window: str | When | None = None,
    title: str = "Meetings, with the precision of their dates",
    width: float = 11.0,
    ax: Any = None,
) -> Any:
    """A timeline of ``meetings``: one row each, a bar over every day it may have taken place.

    A meeting known to the day is drawn as a tick with a marker, one known only to the month or the year
    as a bar over the whole month or year; the colour is the meeting's status. Undated meetings are left
    out (the x axis is time).

    Args:
        meetings: the meetings to draw, e.g. ``corpus.meetings`` or a filtered collection.
        window: the stretch of time to show (``"2017"``, ``"2016-07/2017-12"``); bars running past it are
            cut at the edge, with an arrow. Default: from the earliest to the latest meeting.
        title: the figure title.
        width: the figure width in inches (the height follows the number of meetings).
        ax: matplotlib ``Axes`` to draw into (a panel of your own figure); the title goes on the axes
            and ``width`` is not used. Default: a new figure sized to the meetings.

    Returns:
        The matplotlib ``Figure`` (``ax.figure`` when ``ax`` is given).

    Raises:
        ImportError: when matplotlib is not installed (install the ``plot`` extra).
    """
    plt = _matplotlib()
    mdates = _matplotlib("dates")

    dated = sorted(
        (m for m in meetings if m.when is not None),
        key=lambda m: (m.when.earliest, m.when.latest, m.id) if m.when else (dt.date.min, dt.date.min, ""),
    )
    figure, axes = _axes(plt, ax, (width, 1.4 + 0.42 * max(len(dated), 1)))
    shown_window = parse_when(window) if isinstance(window, str) else window
    shown: set[MeetingStatus] = set()
    for row, meeting in enumerate(dated):
        assert meeting.when is not None
        start = mdates.date2num(meeting.when.earliest)
        days = (meeting.when.latest - meeting.when.earliest).days + 1
        colour = _STATUS_COLOURS[meeting.status]
        shown.add(meeting.status)
        if meeting.when.precision is Precision.DAY and days <= 3:
            axes.plot([start + days / 2], [row], marker="D", markersize=7, color=colour)
        else:
            axes.barh(row, days, left=start, height=0.5, color=colour, alpha=0.55)
            axes.plot([start, start + days], [row, row], "|", markersize=12, color=colour)
        if shown_window is not None:
            lo = mdates.date2num(shown_window.earliest)
            hi = mdates.date2num(shown_window.latest) + 1
            if start < lo:
                axes.plot([lo], [row], marker="<", markersize=8, color=colour)
            if start + days > hi:
                axes.plot([hi], [row], marker=">", markersize=8, color=colour)
    axes.set_yticks(range(len(dated)), [_label(m) for m in dated])
    axes.invert_yaxis()
    if shown_window is not None:
        margin = max((shown_window.latest - shown_window.earliest).days / 60, 1)
        axes.set_xlim(
            mdates.date2num(shown_window.earliest) - margin, mdates.date2num(shown_window.latest) + 1 + margin
        )
    axes.xaxis_date()
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(axes.xaxis.get_major_locator()))
    axes.grid(axis="x", linestyle=":", alpha=0.6)
    axes.set_xlabel("bar: every day it may have taken place    ◆: known to the day (or a 2–3 day span)")
    if ax is None:
        figure.suptitle(title)
    else:
        axes.set_title(title)
    if dated:
        patches = _matplotlib("patches")
        handles = [
            patches.Patch(color=colour, label=status.value.replace("_", " "))
            for status, colour in _STATUS_COLOURS.items()
            if status in shown
        ]
        axes.legend(
            handles=handles, title="status", loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small"
        )
    return figure


def coverage_counts(data: Corpus | Records) -> dict[tuple[str, str], int]:
    """How many pieces of evidence each source gives about each issue: ``{(source id, issue id): n}``.

    Counted: claims about the issue (by the claim's source), quotes of meetings and outcomes that concern
    it, and the issue's own quotes. Parents are not credited with their children's evidence.

    Examples:
        >>> coverage_counts(Records())
        {}
    """
    records = _records(data)
    counts: Counter[tuple[str, str]] = Counter()
    for claim in records.claims:
        for issue in claim.issues:
            counts[claim.source, issue] += 1
    for meeting in records.meetings:
        for evidence in meeting.evidence:
            for issue in meeting.issues:
                counts[evidence.source, issue] += 1
        for outcome in meeting.outcomes:
            for evidence in outcome.evidence:
                for issue in outcome.issues:
                    counts[evidence.source, issue] += 1
    for issue_record in records.issues:
        for evidence in issue_record.evidence:
            counts[evidence.source, issue_record.id] += 1
    return dict(sorted(counts.items()))


def coverage(
    data: Corpus | Records,
    *,
    title: str = "Which source gives evidence about which issue",
    width: float = 10.0,
    ax: Any = None,
) -> Any:
    """A heatmap of [`coverage_counts`][summitlib.plot.coverage_counts]: issues down, sources across.

    Each cell holds the number of pieces of evidence; empty cells are blank. Issues are listed in the
    corpus order, sources by their id (the seed corpus names them by file).

    Args:
        data: a corpus or its records.
        title: the figure title.
        width: the figure width in inches.
        ax: matplotlib ``Axes`` to draw into (a panel of your own figure); ``width`` is then not used.

    Returns:
        The matplotlib ``Figure`` (``ax.figure`` when ``ax`` is given).

    Raises:
        ImportError: when matplotlib is not installed (install the ``plot`` extra).
    """
    plt = _matplotlib()
    records = _records(data)
    counts = coverage_counts(records)
    issues = [i for i in records.issues if any(key[1] == i.id for key in counts)]
    sources = sorted(records.sources, key=lambda s: s.id)
    grid = [[counts.get((s.id, i.id), 0) for s in sources] for i in issues]
    height = 1.6 + 0.36 * max(len(issues), 1)
    figure, axes = _axes(plt, ax, (width, height))
    masked = [[value if value else float("nan") for value in row] for row in grid]
    image = axes.imshow(masked or [[float("nan")]], cmap="Blues", aspect="auto", vmin=0)
    highest = max((v for row in grid for v in row), default=0)
    for y, row in enumerate(grid):
        for x, value in enumerate(row):
            if value:
                colour = "white" if value > highest * 0.6 else "black"
                axes.text(x, y, str(value), ha="center", va="center", color=colour, fontsize="small")
    axes.set_xticks(range(len(sources)), [_source_label(s.id, s.publisher) for s in sources])
    depth = {i.id: _depth(records, i.id) for i in issues}
    axes.set_yticks(
        range(len(issues)), [("   " * depth[i.id] + "› " if depth[i.id] else "") + i.name for i in issues]
    )
    axes.tick_params(axis="x", labelrotation=30)
    for label in axes.get_xticklabels():
        label.set_horizontalalignment("right")
    axes.set_xlabel("source")
    axes.set_ylabel("issue")
    axes.set_title(title)
    figure.colorbar(image, ax=axes, label="pieces of evidence", shrink=0.8)
    return figure


def _axes(plt: Any, ax: Any, size: tuple[float, float]) -> tuple[Any, Any]:
    """The figure and axes to draw on: the caller's ``ax``, or a new figure of ``size`` inches."""
    if ax is not None:
        return ax.figure, ax
    figure, axes = plt.subplots(figsize=size, layout="constrained")
    return figure, axes


def _depth(records: Records, issue: str) -> int:
    parents = {i.id: i.parent for i in records.issues}
    depth, current = 0, parents.get(issue)
    while current is not None and depth < 10:
        depth, current = depth + 1, parents.get(current)
    return depth


def _source_label(source_id: str, publisher: str | None) -> str:
    return f"{publisher}\n{source_id}" if publisher else source_id
