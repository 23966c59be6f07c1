"""Tests of summitlib.importers.grouping and candidates: from GDELT reports to candidate meetings."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from random import Random

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from summitlib.dates import DateSpan, PartialDate
from summitlib.importers import (
    GdeltActor,
    GdeltEvent,
    GdeltGeo,
    GdeltMention,
    GeoType,
    GroupingRule,
    MentionType,
    find_gdelt_meetings,
    gdelt_records,
    group_reports,
    linked,
    meeting_reports,
    read_gdelt,
)
from summitlib.model import MeetingFormat, MeetingStatus
from summitlib.places import Place
from summitlib.records import Records, check_records
from summitlib.serialization import structure, unstructure

DATA = Path(__file__).resolve().parent / "data" / "gdelt"

# A small pool of actors (some without a country, two of the same country) and places, so that draws
# collide often: the interesting cases are reports that may or may not belong together.
ACTORS = (
    GdeltActor(code="USAGOV", name="UNITED STATES", country="USA", type1="GOV"),
    GdeltActor(code="USA", name="WASHINGTON", country="USA"),
    GdeltActor(code="RUS", name="RUSSIA", country="RUS"),
    GdeltActor(code="CHNGOV", name="BEIJING", country="CHN", type1="GOV"),
    GdeltActor(code="MED", name="NEWSPAPER", type1="MED"),
)
GEOS = (
    None,
    GdeltGeo(type=GeoType.WORLD_CITY, name="Moscow, Moskva, Russia", country="RS", lat=55.75, lon=37.6),
    GdeltGeo(type=GeoType.US_CITY, name="Washington, District of Columbia, United States", country="US"),
    GdeltGeo(type=GeoType.COUNTRY, name="Russia", country="RS"),
)
CODES = ("040", "041", "042", "043", "036", "010", "190")


@st.composite
def gdelt_events(draw: st.DrawFn, max_size: int = 25) -> list[GdeltEvent]:
    """Events with distinct ids, over two weeks, from the small pools above."""
    ids = draw(st.lists(st.integers(1, 10**6), unique=True, max_size=max_size))
    events = []
    for event_id in ids:
        code = draw(st.sampled_from(CODES))
        events.append(
            GdeltEvent(
                id=event_id,
                date=dt.date(2025, 8, 1) + dt.timedelta(days=draw(st.integers(0, 14))),
                code=code,
                base_code=code[:3],
                root_code=code[:2],
                quad_class=1,
                actor1=draw(st.sampled_from((None, *ACTORS))),
                actor2=draw(st.sampled_from((None, *ACTORS))),
                action_geo=draw(st.sampled_from(GEOS)),
                url=f"https://example.org/{event_id}",
            )
        )
    return events


def rules() -> SearchStrategy[GroupingRule]:
    return st.builds(
        GroupingRule,
        max_days_apart=st.integers(0, 4),
        by=st.sampled_from(("country", "actor")),
        same_country=st.booleans(),
    )


@given(gdelt_events(), rules())
def test_every_report_lands_in_exactly_one_group(events: list[GdeltEvent], rule: GroupingRule) -> None:
    """Partition: the groups hold each meeting report once, and nothing else."""
    groups = group_reports(events, rule)
    grouped = Counter(report.event.id for group in groups for report in group)
    assert set(grouped.values()) <= {1}
    assert set(grouped) == {r.event.id for r in meeting_reports(events, rule)}


@given(gdelt_events(), rules(), st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_order(
    events: list[GdeltEvent], rule: GroupingRule, random: Random
) -> None:
    """Order independence: shuffled (or repeated) input gives the same groups, in the same order, and
    the same candidate meetings."""
    shuffled = list(events) + list(events[:3])
    random.shuffle(shuffled)
    assert group_reports(shuffled, rule) == group_reports(events, rule)

    def candidates(rows: list[GdeltEvent]) -> object:
        return find_gdelt_meetings(
            rows, max_days_apart=rule.max_days_apart, by=rule.by, same_country=rule.same_country
        )

    assert candidates(shuffled) == candidates(events)


@given(gdelt_events(), rules())
def test_groups_are_the_connected_components_of_the_rule(
    events: list[GdeltEvent], rule: GroupingRule
) -> None:
    """Each group is connected under `linked`, and no report is linked to one of another group."""
    groups = group_reports(events, rule)
    for index, group in enumerate(groups):
        reached = {0}
        frontier = [0]
        while frontier:
            at = frontier.pop()
            for other in range(len(group)):
                if other not in reached and linked(group[at], group[other], rule):
                    reached.add(other)
                    frontier.append(other)
        assert reached == set(range(len(group)))
        for other_group in groups[index + 1 :]:
            assert not any(linked(a, b, rule) for a in group for b in other_group)
        assert len({r.key for r in group}) == 1
        dates = [r.event.date for r in group]
        assert dates == sorted(dates)


@given(gdelt_events(max_size=12), st.data())
def test_candidates_make_checked_records(events: list[GdeltEvent], data: st.DataObject) -> None:
    """Every candidate's evidence quotes each of its reports and mentions exactly; the records check;
    the candidates do not depend on the order of the mentions."""
    offsets = st.sampled_from((None, 0, 10))
    mentions = [
        GdeltMention(
            event_id=e.id,
            event_time=dt.datetime(2025, 8, 7, 22),
            time=dt.datetime(2025, 8, 7, 22, 15),
            type=MentionType.WEB,
            source="example.org",
            url=f"https://example.org/m/{e.id}",
            sentence=2,
            actor1_offset=data.draw(offsets),
            actor2_offset=data.draw(offsets),
            action_offset=data.draw(offsets),
            confidence=data.draw(st.sampled_from((20, 50))),
        )
        for e in events
        for _ in range(data.draw(st.integers(0, 3)))
    ]
    assert find_gdelt_meetings(events, mentions) == find_gdelt_meetings(events, mentions[::-1])
    candidates = find_gdelt_meetings(events, mentions)
    checked = check_records(gdelt_records(candidates))
    assert len(checked.meetings) == len(candidates)
    texts = {s.id: s.text for s in checked.sources}
    for candidate, meeting in zip(candidates, checked.meetings, strict=True):
        assert len(meeting.evidence) == len(candidate.reports) + len(candidate.mentions)
        assert set(candidate.mentions) == {
            m for m in mentions if m.event_id in {r.id for r in candidate.reports}
        }
        for item in meeting.evidence:
            assert item.start is not None
            assert texts[item.source][item.start : item.end] == item.quote


def _visit(
    event_id: int, day: int, a: GdeltActor, b: GdeltActor, geo: GdeltGeo | None = None, code: str = "042"
) -> GdeltEvent:
    return GdeltEvent(
        id=event_id,
        date=dt.date(2025, 8, day),
        code=code,
        base_code=code[:3],
        root_code=code[:2],
        quad_class=1,
        actor1=a,
        actor2=b,
        action_geo=geo,
        url=f"https://example.org/{event_id}",
    )


USA, USA2, RUS, CHN, MED = ACTORS
MOSCOW, WASHINGTON, RUSSIA = GEOS[1], GEOS[2], GEOS[3]


def test_the_rule_by_example() -> None:
    events = [
        _visit(1, 7, USA, RUS, MOSCOW),
        _visit(2, 8, RUS, USA2, None),  # same pair (USA2 is the USA too), a day later, place unknown
        _visit(3, 8, USA, RUS, WASHINGTON),  # same day, but placed in another country
        _visit(4, 11, USA, RUS, MOSCOW),  # too late
        _visit(5, 7, USA, CHN, MOSCOW),  # another pair
        _visit(6, 7, USA, RUS, MOSCOW, code="036"),  # an announced meeting, not a held one
        _visit(7, 7, USA, USA2, MOSCOW),  # one side only
        _visit(8, 7, USA, MED, MOSCOW),  # no country for the second actor
        _visit(9, 7, USA, RUS, MOSCOW, code="190"),  # not a meeting code
    ]
    groups = [[r.event.id for r in g] for g in group_reports(events)]
    assert groups == [[1, 2, 3], [5], [6], [4]]  # 3 links to 2 (place unknown), so joins 1 and 2
    strict_place = [
        [r.event.id for r in g] for g in group_reports(events[:4], GroupingRule(max_days_apart=0))
    ]
    assert strict_place == [[1], [2, 3], [4]]
    by_actor = GroupingRule(by="actor", same_country=False)
    assert [[r.event.id for r in g] for g in group_reports(events[:4], by_actor)] == [[1, 3], [2], [4]]
    wide = [
        [r.event.id for r in g]
        for g in group_reports(events[:4], GroupingRule(max_days_apart=4, same_country=False))
    ]
    assert wide == [[1, 2, 3, 4]]
    with pytest.raises(ValueError, match="max_days_apart"):
        GroupingRule(max_days_apart=-1)


def test_candidate_meeting_fields() -> None:
    (candidate,) = find_gdelt_meetings(
        [
            _visit(11, 7, USA, RUS, MOSCOW),
            _visit(12, 8, RUS, USA2, RUSSIA, code="043"),
            _visit(13, 8, RUS, USA, MOSCOW),
        ]
    )
    meeting = candidate.meeting
    assert meeting.id == "gdelt-meeting-11"
    assert meeting.participants == ("gdelt-actor-rus", "gdelt-actor-usa")
    assert (meeting.status, meeting.format) == (MeetingStatus.HELD, MeetingFormat.BILATERAL)
    assert meeting.when == DateSpan(
        start=PartialDate.parse("2025-08-07"), end=PartialDate.parse("2025-08-08")
    )
    assert meeting.place == Place(country="RUS", city="Moscow")
    assert meeting.name == "Russian Federation – United States: Make a visit"
    assert [i.field for i in meeting.inferred] == ["when", "place"]
    assert [r.id for r in candidate.reports] == [11, 12, 13]
    records = gdelt_records([candidate])
    leaders = {leader.id: leader for leader in records.leaders}
    assert leaders["gdelt-actor-usa"].aliases == ("UNITED STATES", "WASHINGTON")
    assert leaders["gdelt-actor-usa"].country == "USA"
    source = records.sources[0]
    assert source.url == "https://example.org/11"
    assert source.is_inferred("text")
    assert source.text.startswith(
        'GDELT event 11 (version 2): UNITED STATES (USAGOV) / RUSSIA (RUS), CAMEO 042 "Make a visit"'
    )


def test_fixture_reports_become_candidates_with_their_mentions() -> None:
    data = read_gdelt(DATA / "20250807220000.export.tsv", DATA / "20250807220000.mentions.tsv")
    reports = meeting_reports(data.events)
    candidates = find_gdelt_meetings(data.events, data.mentions)
    assert sum(len(c.reports) for c in candidates) == len(reports) == 66
    assert len(candidates) == 29
    for candidate in candidates:  # each report's mentions, once each, grouped by report
        expected = [set(data.mentions_of(r)) for r in candidate.reports]
        assert len(candidate.mentions) == sum(len(m) for m in expected)
        at = 0
        for mentions in expected:
            assert set(candidate.mentions[at : at + len(mentions)]) == mentions
            at += len(mentions)
    records = check_records(gdelt_records(candidates))
    assert len(records.sources) == sum(len(c.reports) + len(c.mentions) for c in candidates)
    assert structure(unstructure(records), Records) == records  # plain data and back, like any records
    # the Trump-Putin article's consultation of the UAE and the USA, with its mention and its offsets
    uae = next(c for c in candidates if c.sides == ("ARE", "USA"))
    assert {r.id for r in uae.reports} == {1256322778, 1256322779, 1256322782, 1256322783}
    assert uae.meeting.status is MeetingStatus.HELD
    mention_sources = [s for s in uae.sources if s.id.startswith("gdelt-mention-")]
    assert len(mention_sources) == len(uae.mentions) == 4
    assert all(s.url and "putin" in s.url for s in mention_sources)
    first = uae.mentions[0]
    assert (
        f"actor 1 at character {first.actor1_offset}" in mention_sources[0].text
        or first.actor1_offset is None
    )


def test_gdelt1_fixture_has_no_mentions_but_groups() -> None:
    data = read_gdelt(DATA / "gdelt1_daily_sample.tsv")
    candidates = find_gdelt_meetings(data.events)
    assert sum(len(c.reports) for c in candidates) == len(meeting_reports(data.events))
    assert all(c.mentions == () for c in candidates)
    check_records(gdelt_records(candidates))


@st.composite
def crowded_events(draw: st.DrawFn) -> list[GdeltEvent]:
    """Up to 60 events over one week between few sides, so runs of linked reports in several countries
    are common; some events given twice, and some sharing an id, date, code and URL with a different
    event (ties of the group order)."""
    size = draw(st.integers(0, 60))
    events = [
        GdeltEvent(
            id=draw(st.integers(1, 10**6)),
            date=dt.date(2025, 8, 1) + dt.timedelta(days=draw(st.integers(0, 6))),
            code=(code := draw(st.sampled_from(CODES[:4]))),
            base_code=code,
            root_code=code[:2],
            quad_class=1,
            actor1=draw(st.sampled_from(ACTORS[:3])),
            actor2=draw(st.sampled_from(ACTORS[:4])),
            action_geo=draw(st.sampled_from(GEOS)),
            url=draw(st.sampled_from((None, "https://example.org/a"))),
        )
        for _ in range(size)
    ]
    picks = st.lists(st.sampled_from(events), max_size=10) if events else st.just([])
    other = st.sampled_from(ACTORS[:3])
    twins = [attrs.evolve(e, actor2=draw(other), action_geo=draw(st.sampled_from(GEOS))) for e in draw(picks)]
    return draw(st.permutations(events + twins + draw(picks)))


@given(crowded_events(), rules())
def test_arrow_grouping_equals_the_pairwise_grouping(events: list[GdeltEvent], rule: GroupingRule) -> None:
    """The Arrow grouping of the scan (runs by sort, a sweep where countries mix) gives exactly the groups
    of `group_reports`, in the same order, with the same reports in each."""
    pytest.importorskip("pyarrow")
    from summitlib.importers._arrow_grouping import group_reports_arrow

    assert group_reports_arrow(events, rule) == group_reports(events, rule)
