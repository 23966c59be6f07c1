"""Hypothesis strategies for every public summitlib type.

Install the ``testing`` extra (``pip install ".[testing]"`` from a clone, or ``pip install hypothesis``)
and property-test your own code
against summitlib objects::

    from hypothesis import given
    from summitlib import strategies as sst

    @given(sst.records())
    def test_my_report_never_crashes(records):
        my_report(records)

[`records`][summitlib.strategies.records] draws a *consistent* set: every id it references exists and every
evidence quote is an exact substring of its source text, so ``Corpus(records)`` accepts it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import string

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from summitlib._countries import ALL_COUNTRIES
from summitlib.claims import Claim, ClaimValue, Label, Number, Speaker, Topic
from summitlib.dates import DateSpan, PartialDate, When
from summitlib.durations import DurationRange
from summitlib.model import (
    Issue,
    Leader,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Outcome,
    Role,
    RoleKind,
    Source,
    SourceKind,
)
from summitlib.places import Place
from summitlib.provenance import Evidence, Inference
from summitlib.records import Records

__all__ = [
    "claim_values",
    "claims",
    "date_spans",
    "duration_ranges",
    "evidence",
    "identifiers",
    "inferences",
    "issues",
    "leaders",
    "meetings",
    "names",
    "outcomes",
    "partial_dates",
    "places",
    "query_records",
    "records",
    "roles",
    "sources",
    "speakers",
    "whens",
]

_WORDS = (
    "summit", "talks", "leaders", "met", "Hamburg", "Danang", "ceasefire", "Syria", "Ukraine",
    "envoy", "hour", "minutes", "Kremlin", "White", "House", "said", "announced", "agreed",
    "denied", "Moscow", "Washington", "sanctions",
)  # fmt: skip


@functools.cache  # one strategy object, built once: drawing a corpus no longer rebuilds them
def identifiers() -> SearchStrategy[str]:
    """Valid record ids such as ``"a-1"``."""
    first = st.sampled_from(string.ascii_lowercase + string.digits)
    rest = st.text(alphabet=string.ascii_lowercase + string.digits + "-_.", max_size=12)
    return st.builds(lambda a, b: a + b, first, rest)


@functools.cache  # one strategy object, built once: drawing a corpus no longer rebuilds them
def names() -> SearchStrategy[str]:
    """Non-empty display names without surrounding spaces (accents included)."""
    word = st.text(alphabet=string.ascii_letters + "éèöüçÉ'.", min_size=1, max_size=10)
    return st.lists(word, min_size=1, max_size=3).map(" ".join)


@st.composite
def partial_dates(draw: st.DrawFn, min_year: int = 1900, max_year: int = 2030) -> PartialDate:
    """Partial dates of every precision."""
    year = draw(st.integers(min_year, max_year))
    precision = draw(st.sampled_from(("year", "month", "day")))
    if precision == "year":
        return PartialDate(year=year)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return PartialDate(year=year, month=month)
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year=year, month=month, day=day)


@st.composite
def date_spans(draw: st.DrawFn, min_year: int = 1900, max_year: int = 2030) -> DateSpan:
    """Valid spans: the end never before the start."""
    a = draw(partial_dates(min_year, max_year))
    b = draw(partial_dates(min_year, max_year))
    start, end = (a, b) if (a.earliest, a.latest) <= (b.earliest, b.latest) else (b, a)
    if end.latest < start.latest:  # e.g. 2017 .. 2017-03: widen the end to cover the start
        end = start
    return DateSpan(start=start, end=end)


@functools.cache  # one strategy object, built once: drawing a corpus no longer rebuilds them
def whens(min_year: int = 1900, max_year: int = 2030) -> SearchStrategy[When]:
    """A partial date or a span."""
    return st.one_of(partial_dates(min_year, max_year), date_spans(min_year, max_year))


@functools.cache  # one strategy object, built once: drawing a corpus no longer rebuilds them
def days(min_year: int = 1900, max_year: int = 2030) -> SearchStrategy[dt.date]:
    """Plain dates."""
    return st.dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31))


@st.composite
def duration_ranges(draw: st.DrawFn, max_minutes: int = 10_000) -> DurationRange:
    """Exact, at-least, at-most and between ranges."""
    a = draw(st.integers(0, max_minutes))
    b = draw(st.integers(0, max_minutes))
    approximate = draw(st.booleans())
    kind = draw(st.sampled_from(("exactly", "at_least", "at_most", "between")))
    if kind == "exactly":
        return DurationRange.exactly(a, approximate=approximate)
    if kind == "at_least":
        return DurationRange.at_least(a, approximate=approximate)
    if kind == "at_most":
        return DurationRange.at_most(a, approximate=approximate)
    return DurationRange.between(min(a, b), max(a, b), approximate=approximate)


@functools.cache  # one strategy object, built once: drawing a corpus no longer rebuilds them
def country_codes() -> SearchStrategy[str]:
    """ISO 3166-1 alpha-3 codes (and ISO 3166-3 codes of former countries)."""
    return st.sampled_from(sorted(ALL_COUNTRIES))


@functools.cache  # one strategy object, built once: drawing a corpus no longer rebuilds them
def places() -> SearchStrategy[Place]:
    """Places with a country and optionally a city and venue."""
    return st.builds(
        Place,
        country=country_codes(),
        city=st.none() | names(),
        venue=st.none() | names(),
    )


@functools.cache  # one strategy object, built once: drawing a corpus no longer rebuilds them
def _notes() -> SearchStrategy[str | None]:
    return st.none() | names()


@functools.cache  # one strategy object, built once: drawing a corpus no longer rebuilds them
def _texts() -> SearchStrategy[str]:
    return st.lists(st.sampled_from(_WORDS), min_size=3, max_size=30).map(" ".join)


@st.composite
def evidence(draw: st.DrawFn, source: str | None = None, text: str | None = None) -> Evidence:
    """Evidence, with or without offsets; with ``text`` given, the quote is an exact substring of it (and
    the offsets, when given, its place in the text)."""
    if text is None:
        quote = draw(_texts())
        start = draw(st.none() | st.integers(0, 10_000))
    else:
        words = text.split(" ")
        i = draw(st.integers(0, len(words) - 1))
        j = draw(st.integers(i + 1, len(words)))
        quote = " ".join(words[i:j])
        start = draw(st.none() | st.just(len(" ".join(words[:i])) + (1 if i else 0)))
    end = None if start is None else start + len(quote)
    return Evidence(source=source or draw(identifiers()), quote=quote, start=start, end=end)


@functools.cache  # one strategy object, built once: drawing a corpus no longer rebuilds them
def inferences(field: str) -> SearchStrategy[Inference]:
    """An inference note for ``field``."""
    return st.builds(Inference, field=st.just(field), note=names())


def roles(proof: SearchStrategy[tuple[Evidence, ...]] | None = None) -> SearchStrategy[Role]:
    """Roles, with or without a period; their evidence drawn from ``proof`` if given."""
    return st.builds(
        _role,
        title=names(),
        kind=st.sampled_from(RoleKind),
        country=st.none() | country_codes(),
        period=st.none() | date_spans(),
        evidence=st.lists(evidence(), max_size=1).map(tuple) if proof is None else proof,
        inferred=st.lists(inferences("country"), max_size=1).map(tuple),
    )


def _role(
    title: str,
    kind: RoleKind,
    country: str | None,
    period: DateSpan | None,
    evidence: tuple[Evidence, ...] = (),
    inferred: tuple[Inference, ...] = (),
) -> Role:
    start = period.start if period else None
    end = period.end if period else None
    return Role(
        title=title, kind=kind, country=country, start=start, end=end, evidence=evidence, inferred=inferred
    )


def speakers(leader_ids: SearchStrategy[str] | None = None) -> SearchStrategy[Speaker]:
    """Persons (from ``leader_ids``), groups and the author."""
    ids = leader_ids if leader_ids is not None else identifiers()
    return st.one_of(ids.map(Speaker.person), names().map(Speaker.group), st.just(Speaker.author()))


@functools.cache  # one strategy object, built once: drawing a corpus no longer rebuilds them
def claim_values() -> SearchStrategy[ClaimValue]:
    """Every kind of claim value."""
    return st.one_of(
        names().map(lambda t: Label(text=t)),
        duration_ranges(),
        partial_dates(),
        date_spans(),
        st.builds(
            Number,
            value=st.integers(-1000, 10**6) | st.floats(allow_nan=False, allow_infinity=False, width=32),
            unit=st.none() | names(),
        ),
        st.booleans(),
    )


def leaders() -> SearchStrategy[Leader]:
    """Stand-alone leaders (ids and references not tied to a corpus)."""
    return st.builds(
        Leader,
        id=identifiers(),
        name=names(),
        aliases=st.lists(names(), max_size=3, unique=True).map(tuple),
        country=st.none() | country_codes(),
        roles=st.lists(roles(), max_size=2).map(tuple),
        evidence=st.lists(evidence(), max_size=2).map(tuple),
        inferred=st.lists(inferences("country"), max_size=1).map(tuple),
        note=_notes(),
    )


def issues() -> SearchStrategy[Issue]:
    """Stand-alone issues."""
    return st.builds(
        Issue,
        id=identifiers(),
        name=names(),
        aliases=st.lists(names(), max_size=3, unique=True).map(tuple),
        parent=st.none() | identifiers().map("parent:".__add__),  # never the issue's own id
        evidence=st.lists(evidence(), max_size=2).map(tuple),
        note=_notes(),
    )


def sources() -> SearchStrategy[Source]:
    """Stand-alone sources with a generated text."""
    return st.builds(
        Source,
        id=identifiers(),
        text=_texts(),
        kind=st.sampled_from(SourceKind),
        title=st.none() | names(),
        publisher=st.none() | names(),
        authors=st.lists(names(), max_size=2).map(tuple),
        published=st.none() | partial_dates(),
        url=st.none() | identifiers().map("https://example.org/".__add__),
        language=st.sampled_from(("en", "ru", "de", "zh-Hans")),
        inferred=st.lists(inferences("published"), max_size=1).map(tuple),
        note=_notes(),
    )


def meetings() -> SearchStrategy[Meeting]:
    """Stand-alone meetings."""
    return st.builds(
        Meeting,
        id=identifiers(),
        name=names(),
        format=st.sampled_from(MeetingFormat),
        status=st.sampled_from(MeetingStatus),
        participants=st.lists(identifiers(), max_size=4, unique=True).map(tuple),
        when=st.none() | whens(),
        place=st.none() | places(),
        occasion=st.none() | identifiers().map("summit:".__add__),  # never the meeting's own id
        issues=st.lists(identifiers(), max_size=3, unique=True).map(tuple),
        outcomes=st.lists(outcomes(), max_size=2).map(tuple),
        evidence=st.lists(evidence(), max_size=2).map(tuple),
        inferred=st.lists(inferences("when"), max_size=1).map(tuple),
        note=_notes(),
    )


def outcomes() -> SearchStrategy[Outcome]:
    """Stand-alone outcomes."""
    return st.builds(
        Outcome,
        description=names(),
        issues=st.lists(identifiers(), max_size=2, unique=True).map(tuple),
        evidence=st.lists(evidence(), max_size=1).map(tuple),
    )


def claims() -> SearchStrategy[Claim]:
    """Stand-alone claims."""
    return st.builds(
        Claim,
        id=identifiers(),
        speaker=speakers(),
        topic=st.sampled_from((Topic.ACTUAL_DURATION, Topic.SCHEDULED_DURATION, Topic.POSITION, "a.b_c")),
        value=claim_values(),
        evidence=evidence(),
        meetings=st.lists(identifiers(), max_size=2, unique=True).map(tuple),
        issues=st.lists(identifiers(), max_size=2, unique=True).map(tuple),
        subject=st.none() | identifiers(),
        said_on=st.none() | whens(),
        inferred=st.lists(inferences("said_on"), max_size=1).map(tuple),
        note=_notes(),
    )


@st.composite
def records(
    draw: st.DrawFn,
    *,
    max_leaders: int = 6,
    max_issues: int = 5,
    max_meetings: int = 8,
    max_sources: int = 3,
    max_claims: int = 8,
    min_year: int = 2000,
    max_year: int = 2020,
) -> Records:
    """Consistent records: every reference resolves and every quote is in its source's text."""
    source_ids = draw(st.lists(identifiers(), min_size=1, max_size=max_sources, unique=True))
    srcs = [
        Source(
            id=sid,
            text=draw(_texts()),
            kind=draw(st.sampled_from(SourceKind)),
            title=draw(st.none() | names()),
            publisher=draw(st.none() | st.sampled_from(("The Globe", "CNN", "RFE/RL"))),
            authors=tuple(draw(st.lists(names(), max_size=2))),
            published=draw(st.none() | partial_dates(min_year, max_year)),
            url=draw(st.none() | st.just(f"https://example.org/{sid}")),
            language=draw(st.sampled_from(("en", "ru"))),
            inferred=tuple(draw(st.lists(inferences("publisher"), max_size=1))),
            note=draw(_notes()),
        )
        for sid in source_ids
    ]

    def proof(max_size: int = 2) -> SearchStrategy[tuple[Evidence, ...]]:
        return st.lists(
            st.sampled_from(srcs).flatmap(lambda s: evidence(source=s.id, text=s.text)),
            max_size=max_size,
        ).map(tuple)

    leader_ids = draw(st.lists(identifiers(), min_size=2, max_size=max_leaders, unique=True))
    people = [
        Leader(
            id=lid,
            name=draw(names()),
            aliases=tuple(draw(st.lists(names(), max_size=2, unique=True))),
            country=draw(st.none() | st.sampled_from(("USA", "RUS", "DEU", "CHN", "SUN"))),
            roles=tuple(draw(st.lists(roles(proof(1)), max_size=1))),
            evidence=draw(proof()),
            inferred=tuple(draw(st.lists(inferences("country"), max_size=1))),
            note=draw(_notes()),
        )
        for lid in leader_ids
    ]
    issue_ids = draw(st.lists(identifiers(), max_size=max_issues, unique=True))
    topics = [
        Issue(
            id=iid,
            name=draw(names()),
            aliases=tuple(draw(st.lists(names(), max_size=2, unique=True))),
            parent=draw(st.none() | st.sampled_from(issue_ids[:n])) if n else None,
            evidence=draw(proof()),
            note=draw(_notes()),
        )
        for n, iid in enumerate(issue_ids)
    ]
    meeting_ids = draw(st.lists(identifiers(), max_size=max_meetings, unique=True))
    cities = st.sampled_from(
        (
            Place(country="DEU", city="Hamburg"),
            Place(country="VNM", city="Danang"),
            Place(country="ISL", city="Reykjavik"),
            Place(country="FIN", city="Helsinki"),
        )
    )
    issue_subset = (
        st.lists(st.sampled_from(issue_ids), unique=True, max_size=3).map(tuple) if issue_ids else st.just(())
    )
    encounters = [
        Meeting(
            id=mid,
            name=draw(names()),
            format=draw(st.sampled_from(MeetingFormat)),
            status=draw(st.sampled_from(MeetingStatus)),
            participants=tuple(draw(st.lists(st.sampled_from(leader_ids), unique=True, max_size=4))),
            when=draw(st.none() | whens(min_year, max_year)),
            place=draw(st.none() | cities),
            occasion=draw(st.none() | st.sampled_from(meeting_ids[:n])) if n else None,
            issues=draw(issue_subset),
            outcomes=tuple(
                draw(st.lists(st.builds(Outcome, description=names(), issues=issue_subset), max_size=1))
            ),
            evidence=draw(proof()),
            inferred=tuple(draw(st.lists(inferences("when"), max_size=1))),
            note=draw(_notes()),
        )
        for n, mid in enumerate(meeting_ids)
    ]
    claim_ids = draw(st.lists(identifiers(), max_size=max_claims, unique=True))
    statements = [
        Claim(
            id=cid,
            speaker=draw(speakers(st.sampled_from(leader_ids))),
            topic=draw(st.sampled_from((Topic.ACTUAL_DURATION, Topic.SCHEDULED_DURATION, Topic.POSITION))),
            value=draw(claim_values()),
            evidence=draw(st.sampled_from(srcs).flatmap(lambda s: evidence(source=s.id, text=s.text))),
            meetings=tuple(draw(st.lists(st.sampled_from(meeting_ids), unique=True, max_size=2)))
            if meeting_ids
            else (),
            issues=draw(issue_subset),
            subject=draw(st.none() | st.sampled_from(leader_ids)),
            said_on=draw(st.none() | whens(min_year, max_year)),
            inferred=tuple(draw(st.lists(inferences("said_on"), max_size=1))),
            note=draw(_notes()),
        )
        for cid in claim_ids
    ]
    return Records(leaders=people, issues=topics, meetings=encounters, sources=srcs, claims=statements)


# --- dense corpora for query tests (appended for summitlib.corpus) ------------------------------------

_QUERY_NAMES = (
    "Donald Trump", "Melania Trump", "Vladimir Putin", "Sergey Lavrov", "Rex Tillerson", "Angela Merkel",
    "Emmanuel Macron", "Xi Jinping", "Moon Jae-in", "Shinzō Abe",
)  # fmt: skip
_QUERY_PLACES = (
    Place(country="DEU", city="Hamburg"),
    Place(country="VNM", city="Danang"),
    Place(country="ISL", city="Reykjavik"),
    Place(country="FIN", city="Helsinki"),
    Place(country="FIN"),
)
_QUERY_TEXTS = (
    "Leaders met in Hamburg and agreed on a ceasefire in Syria",
    "The Kremlin said the talks lasted an hour",
    "Washington announced sanctions after the summit",
)
_QUERY_TOPICS = (Topic.ACTUAL_DURATION, Topic.SCHEDULED_DURATION, Topic.POSITION, "position.syria", "date")
_QUERY_VALUES: SearchStrategy[ClaimValue] = st.one_of(
    st.sampled_from([Label(text="pushed back"), Label(text="accepted"), Label(text="Accepted")]),
    duration_ranges(max_minutes=240),
    whens(2016, 2018),
    st.booleans(),
)
_QUERY_WHENS = st.none() | whens(2015, 2019)
_QUERY_SPEAKERS = (Speaker.author(), Speaker.group("the Kremlin"), Speaker.group("White House"))


def _subset(draw: st.DrawFn, items: list[str], max_size: int) -> tuple[str, ...]:
    """A few distinct items, drawn as a bit mask (cheap to generate and to shrink)."""
    if not items:
        return ()
    mask = draw(st.integers(0, 2 ** len(items) - 1))
    return tuple(x for n, x in enumerate(items) if mask >> n & 1)[:max_size]


@st.composite
def query_records(draw: st.DrawFn, max_meetings: int = 12, max_claims: int = 10) -> Records:
    """Consistent records dense in what queries look at: few leaders (with shared surnames) taking part
    in many meetings, nested summits, sub-issues, places, partial dates, evidence and claims from a few
    sources. Faster to generate than [`records`][summitlib.strategies.records]."""
    integer = st.integers
    n_sources = draw(integer(1, len(_QUERY_TEXTS)))
    srcs = [
        Source(
            id=f"s{n}",
            text=_QUERY_TEXTS[n],
            kind=draw(st.sampled_from(SourceKind)),
            publisher=draw(st.sampled_from((None, "The Globe", "CNN"))),
            published=draw(st.none() | partial_dates(2015, 2019)),
        )
        for n in range(n_sources)
    ]

    def quote() -> Evidence:
        source = srcs[draw(integer(0, n_sources - 1))]
        words = source.text.split(" ")
        start = draw(integer(0, len(words) - 1))
        end = draw(integer(start + 1, min(len(words), start + 4)))
        return Evidence(source=source.id, quote=" ".join(words[start:end]))

    def proof(max_size: int = 2) -> tuple[Evidence, ...]:
        return tuple(quote() for _ in range(draw(integer(0, max_size))))

    n_leaders = draw(integer(2, 6))
    leader_ids = [f"l{n}" for n in range(n_leaders)]
    people = [
        Leader(id=lid, name=_QUERY_NAMES[draw(integer(0, len(_QUERY_NAMES) - 1))], evidence=proof())
        for lid in leader_ids
    ]
    issue_ids = [f"i{n}" for n in range(draw(integer(0, 5)))]
    topics = [
        Issue(
            id=iid,
            name=f"Issue {n}",
            parent=f"i{draw(integer(0, n - 1))}" if n and draw(st.booleans()) else None,
        )
        for n, iid in enumerate(issue_ids)
    ]
    meeting_ids = [f"m{n}" for n in range(draw(integer(0, max_meetings)))]
    encounters = [
        Meeting(
            id=mid,
            name=f"Meeting {n}",
            format=draw(st.sampled_from(MeetingFormat)),
            status=draw(st.sampled_from(MeetingStatus)),
            participants=_subset(draw, leader_ids, 4),
            when=draw(_QUERY_WHENS),
            place=draw(st.none() | st.sampled_from(_QUERY_PLACES)),
            occasion=f"m{draw(integer(0, n - 1))}" if n and draw(st.booleans()) else None,
            issues=_subset(draw, issue_ids, 3),
            outcomes=(Outcome(description="agreed", issues=_subset(draw, issue_ids, 2), evidence=proof(1)),)
            if draw(st.booleans())
            else (),
            evidence=proof(),
        )
        for n, mid in enumerate(meeting_ids)
    ]
    statements = []
    for n in range(draw(integer(0, max_claims))):
        who = draw(integer(-len(_QUERY_SPEAKERS), n_leaders - 1))
        statements.append(
            Claim(
                id=f"c{n}",
                speaker=Speaker.person(leader_ids[who]) if who >= 0 else _QUERY_SPEAKERS[who],
                topic=draw(st.sampled_from(_QUERY_TOPICS)),
                value=draw(_QUERY_VALUES),
                evidence=quote(),
                meetings=_subset(draw, meeting_ids, 2),
                issues=_subset(draw, issue_ids, 2),
                subject=draw(st.none() | st.sampled_from(leader_ids)),
                said_on=draw(_QUERY_WHENS),
            )
        )
    return Records(leaders=people, issues=topics, meetings=encounters, sources=srcs, claims=statements)
