"""Typed records of GDELT event exports (1.0 and 2.0) and the 2.0 Mentions table.

GDELT codes events from news: one row per *report* of an event, not per event. The rows become frozen
attrs records that keep every field a user queries — ids, dates, both actors (code, name, CAMEO country
code, group, ethnic, religion and type codes), the CAMEO event code with its base and root, quad class,
Goldstein score, mention/source/article counts, average tone, the three geographies (actor 1, actor 2,
action; with FIPS country code, ADM codes, coordinates), date added and the source URL. The readers are in
`summitlib.importers.gdelt_read`.

Values kept as GDELT gives them: actor country codes are CAMEO codes (``"USA"``, also regional codes such
as ``"EUR"`` — [`GdeltActor.iso_country`][summitlib.importers.GdeltActor.iso_country] gives the ISO
alpha-3 code when there is one); geography country codes are FIPS 10-4 (``"RS"`` is Russia —
[`GdeltGeo.iso_country`][summitlib.importers.GdeltGeo.iso_country] converts). Empty fields are None.

Examples:
    >>> actor = GdeltActor(code="RUSGOV", name="RUSSIA", country="RUS", type1="GOV")
    >>> actor.iso_country, str(actor)
    ('RUS', 'RUSSIA (RUSGOV)')
    >>> GdeltGeo(type=4, name="Moscow, Moskva, Russia", country="RS").city
    'Moscow'
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from summitlib.importers._fips import FIPS_TO_ISO3
from summitlib.places import is_country_code

__all__ = ["GdeltActor", "GdeltEvent", "GdeltGeo", "GdeltMention", "GeoType", "MentionType"]


class GeoType(enum.IntEnum):
    """How precisely GDELT placed a geography."""

    NONE = 0
    COUNTRY = 1
    US_STATE = 2
    US_CITY = 3
    WORLD_CITY = 4
    WORLD_STATE = 5


class MentionType(enum.IntEnum):
    """What kind of document a GDELT 2.0 mention comes from."""

    WEB = 1
    CITATION_ONLY = 2
    CORE = 3
    DTIC = 4
    JSTOR = 5
    NONTEXTUAL_SOURCE = 6


@attrs.frozen(kw_only=True)
class GdeltActor:
    """One side of a GDELT event.

    Attributes:
        code: the full CAMEO actor code (``"USAGOV"``), possibly empty when only attributes are known.
        name: the name as coded (``"UNITED STATES"``, ``"VLADIMIR PUTIN"``).
        country: CAMEO country code (``"USA"``), or None.
        known_group: CAMEO known-group code (``"NATO"``), or None.
        ethnic: CAMEO ethnic code, or None.
        religion1: first CAMEO religion code, or None.
        religion2: second CAMEO religion code, or None.
        type1: first CAMEO type code (``"GOV"``), or None.
        type2: second CAMEO type code, or None.
        type3: third CAMEO type code, or None.
    """

    code: str
    name: str | None = None
    country: str | None = None
    known_group: str | None = None
    ethnic: str | None = None
    religion1: str | None = None
    religion2: str | None = None
    type1: str | None = None
    type2: str | None = None
    type3: str | None = None

    @property
    def iso_country(self) -> str | None:
        """The ISO alpha-3 code of ``country`` when it is one (regional codes such as EUR are not)."""
        return self.country if is_country_code(self.country) else None

    @property
    def types(self) -> tuple[str, ...]:
        """The type codes present (``("GOV",)``)."""
        return tuple(t for t in (self.type1, self.type2, self.type3) if t)

    def __str__(self) -> str:
        return f"{self.name} ({self.code})" if self.name else self.code


@attrs.frozen(kw_only=True)
class GdeltGeo:
    """A GDELT geography (of actor 1, actor 2 or the action).

    Attributes:
        type: how precise the place is (country, US state, US city, world city, world state).
        name: the full name ("Moscow, Moskva, Russia").
        country: FIPS 10-4 country code ("RS").
        adm1: FIPS ADM1 code ("RS48").
        adm2: ADM2 code (GDELT 2.0 only).
        lat: latitude, degrees.
        lon: longitude, degrees.
        feature_id: GNS/GNIS feature id (or ADM1 code for states and countries).
    """

    type: GeoType
    name: str | None = None
    country: str | None = None
    adm1: str | None = None
    adm2: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature_id: str | None = None

    @property
    def iso_country(self) -> str | None:
        """ISO alpha-3 code of the FIPS country code, if it has one."""
        return FIPS_TO_ISO3.get(self.country) if self.country else None

    @property
    def city(self) -> str | None:
        """The city, for city-precision places (the first part of the name)."""
        if self.type in (GeoType.US_CITY, GeoType.WORLD_CITY) and self.name:
            return self.name.split(",")[0].strip() or None
        return None

    def __str__(self) -> str:
        return self.name or "<no place>"


@attrs.frozen(kw_only=True)
class GdeltEvent:
    """One row of a GDELT event export: one news report of an event.

    Attributes:
        id: GLOBALEVENTID.
        date: the date of the event (SQLDATE).
        actor1: the first actor, if coded.
        actor2: the second actor, if coded.
        is_root: whether the event was in a lead paragraph (IsRootEvent).
        code: the CAMEO event code ("0421").
        base_code: its three-digit base ("042").
        root_code: its two-digit root ("04").
        quad_class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
        goldstein: Goldstein scale score (-10 .. +10), if given.
        num_mentions: mentions in all documents in the first 15 minutes (2.0) / the first day (1.0).
        num_sources: distinct sources.
        num_articles: distinct documents.
        avg_tone: average tone of those documents.
        actor1_geo: where actor 1 was placed, if anywhere.
        actor2_geo: where actor 2 was placed, if anywhere.
        action_geo: where the action was placed, if anywhere.
        added: when GDELT added the row (1.0 gives the day only: time 00:00).
        url: SOURCEURL — the first report's URL (a citation for non-web sources); None in 57-column rows.
        version: 1 or 2, the export format the row came from.
    """

    id: int
    date: dt.date
    code: str
    base_code: str
    root_code: str
    quad_class: int
    actor1: GdeltActor | None = None
    actor2: GdeltActor | None = None
    is_root: bool = False
    goldstein: float | None = None
    num_mentions: int = 0
    num_sources: int = 0
    num_articles: int = 0
    avg_tone: float = 0.0
    actor1_geo: GdeltGeo | None = None
    actor2_geo: GdeltGeo | None = None
    action_geo: GdeltGeo | None = None
    added: dt.datetime | None = None
    url: str | None = None
    version: int = 2

    @property
    def actors(self) -> tuple[GdeltActor, ...]:
        """The coded actors (zero, one or two)."""
        return tuple(a for a in (self.actor1, self.actor2) if a is not None)

    def __str__(self) -> str:
        sides = " / ".join(str(a) for a in self.actors) or "<no actors>"
        return f"GDELT {self.id} {self.date.isoformat()} {self.code} {sides}"


@attrs.frozen(kw_only=True)
class GdeltMention:
    """One row of the GDELT 2.0 Mentions table: one document that mentions an event.

    Attributes:
        event_id: the GLOBALEVENTID mentioned.
        event_time: when the event was first seen (EventTimeDate).
        time: when this mention was seen (MentionTimeDate).
        type: the kind of document (web, citation only, ...).
        source: the source's name (a domain for web documents, "theweek.com").
        url: MentionIdentifier — the document's URL for web documents, a citation otherwise.
        sentence: the 1-based sentence of the document the event was found in.
        actor1_offset: character offset of actor 1 in the document, None when not found.
        actor2_offset: character offset of actor 2, None when not found.
        action_offset: character offset of the action, None when not found.
        in_raw_text: whether the event was found in the raw text (not only after processing).
        confidence: GDELT's confidence in the extraction, percent (10 .. 100).
        doc_length: the document's length in characters.
        doc_tone: the document's tone.
        translation: MentionDocTranslationInfo, for machine-translated documents.
        extras: the Extras field, if any.
    """

    event_id: int
    event_time: dt.datetime
    time: dt.datetime
    type: MentionType
    source: str
    url: str
    sentence: int
    actor1_offset: int | None = None
    actor2_offset: int | None = None
    action_offset: int | None = None
    in_raw_text: bool = False
    confidence: int = 0
    doc_length: int = 0
    doc_tone: float = 0.0
    translation: str | None = None
    extras: str | None = None

    @property
    def is_web(self) -> bool:
        """True when ``url`` is a web address."""
        return self.type is MentionType.WEB

    def __str__(self) -> str:
        return f"mention of {self.event_id} in {self.source} (sentence {self.sentence})"
