"""Turn split GDELT rows into records (private: the readers are in `summitlib.importers.gdelt_read`).

Two paths build an event. The *checked* path splits the row and checks every field in turn, raising
`_RowError` with the reason a row is skipped for. The *fast* path, for GDELT 2.0 rows, matches the whole
line with one regular expression that captures the actor and geography blocks as single strings, which
key caches of the records already built (actors and places repeat a great deal within a file); anything
unusual — no match, a number that does not parse, an unknown code, a cache miss that fails — sends the row
down the checked path, so both paths accept and reject exactly the same rows.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NoReturn

from summitlib.importers.cameo import cameo_codes
from summitlib.importers.gdelt import GdeltActor, GdeltEvent, GdeltGeo, GdeltMention, GeoType, MentionType

_V1_COLUMNS = (57, 58)
_V2_COLUMNS = 61
_FIELD = r"[^\t]*+"  # possessive: no backtracking bookkeeping


def _block(fields: int) -> str:
    return rf"((?:{_FIELD}\t){{{fields - 1}}}{_FIELD})"


# id, SQLDATE, (3 skipped), actor 1 (10), actor 2 (10), IsRootEvent .. AvgTone (10), 3 geographies (8 each),
# DATEADDED, SOURCEURL
_V2_ROW = re.compile(
    rf"({_FIELD})\t({_FIELD})\t{_FIELD}\t{_FIELD}\t{_FIELD}\t{_block(10)}\t{_block(10)}"
    + rf"\t({_FIELD})" * 10
    + rf"\t{_block(8)}\t{_block(8)}\t{_block(8)}\t({_FIELD})\t({_FIELD})\Z"
)
_MENTION_COLUMNS = 16
_CACHE_LIMIT = 1 << 16
_MISSING = object()


class _RowError(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


def _opt(value: str) -> str | None:
    return value or None


def _int(value: str, column: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise _RowError("bad number", f"{column}: expected an integer, found {value!r}") from None


def _float(value: str, column: str) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise _RowError("bad number", f"{column}: expected a number, found {value!r}") from None


class _Parser:
    """Turns split rows into records, sharing equal actors, geographies and dates."""

    def __init__(self) -> None:
        self.codes = cameo_codes()
        self.valid = frozenset(self.codes)
        self.actors: dict[tuple[str, ...], GdeltActor | None] = {}
        self.geos: dict[tuple[str, ...], GdeltGeo | None] = {}
        self.dates: dict[str, dt.date] = {}
        self.times: dict[str, dt.datetime] = {}
        self.family = 0  # 1 or 2 once the first event row is read
        self.actor_blocks: dict[str, GdeltActor | None] = {}
        self.geo_blocks: dict[str, GdeltGeo | None] = {}

    def date(self, text: str, column: str) -> dt.date:
        found = self.dates.get(text)
        if found is not None:
            return found
        if len(text) != 8 or not text.isdigit():
            raise _RowError("bad date", f"{column}: expected YYYYMMDD, found {text!r}")
        try:
            value = dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError as error:
            raise _RowError("bad date", f"{column}: {text!r} is not a date ({error})") from None
        if len(self.dates) > _CACHE_LIMIT:
            self.dates.clear()
        self.dates[text] = value
        return value

    def time(self, text: str, column: str) -> dt.datetime:
        found = self.times.get(text)
        if found is not None:
            return found
        if len(text) == 8:
            day = self.date(text, column)
            value = dt.datetime(day.year, day.month, day.day)
        elif len(text) == 14 and text.isdigit():
            try:
                value = dt.datetime.strptime(text, "%Y%m%d%H%M%S")
            except ValueError as error:
                raise _RowError("bad date", f"{column}: {text!r} is not a time ({error})") from None
        else:
            raise _RowError("bad date", f"{column}: expected YYYYMMDDHHMMSS, found {text!r}")
        if len(self.times) > _CACHE_LIMIT:
            self.times.clear()
        self.times[text] = value
        return value

    def actor(self, key: tuple[str, ...]) -> GdeltActor | None:
        """The actor of ten actor columns (None when all are empty), built once per distinct key."""
        found = self.actors.get(key, _MISSING)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
        actor = None
        if any(key):
            code, name, country, group, ethnic, rel1, rel2, t1, t2, t3 = (f or None for f in key)
            actor = GdeltActor(
                code=code or "",
                name=name,
                country=country,
                known_group=group,
                ethnic=ethnic,
                religion1=rel1,
                religion2=rel2,
                type1=t1,
                type2=t2,
                type3=t3,
            )
        if len(self.actors) > _CACHE_LIMIT:
            self.actors.clear()
        self.actors[key] = actor
        return actor

    def geo(self, key: tuple[str, ...], column: str) -> GdeltGeo | None:
        """The geography of 7 (1.0) or 8 (2.0) columns, built once per distinct key.

        Raises:
            _RowError: for a geography type other than 0 to 5, or coordinates that are not numbers.
        """
        found = self.geos.get(key, _MISSING)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
        if len(key) == 8:
            kind, name, country, adm1, adm2, lat, lon, feature = key
        else:
            kind, name, country, adm1, lat, lon, feature = key
            adm2 = ""
        geo = None
        number = _int(kind or "0", f"{column}_Type")
        if number not in GeoType._value2member_map_:
            raise _RowError("bad number", f"{column}_Type: expected 0 to 5, found {kind!r}")
        if number:
            geo = GdeltGeo(
                type=GeoType(number),
                name=_opt(name),
                country=_opt(country),
                adm1=_opt(adm1),
                adm2=_opt(adm2),
                lat=_float(lat, f"{column}_Lat"),
                lon=_float(lon, f"{column}_Long"),
                feature_id=_opt(feature),
            )
        if len(self.geos) > _CACHE_LIMIT:
            self.geos.clear()
        self.geos[key] = geo
        return geo

    def _actor_block(self, block: str) -> GdeltActor | None:
        if len(self.actor_blocks) > _CACHE_LIMIT:
            self.actor_blocks.clear()
        actor = self.actor_blocks[block] = self.actor(tuple(block.split("\t")))
        return actor

    def _geo_block(self, block: str, column: str) -> GdeltGeo | None:
        geo = self.geo(tuple(block.split("\t")), column)  # may raise: then nothing is cached
        if len(self.geo_blocks) > _CACHE_LIMIT:
            self.geo_blocks.clear()
        self.geo_blocks[block] = geo
        return geo

    def _fast_v2(self, line: str) -> GdeltEvent | None:
        """The event of a well-formed GDELT 2.0 line, or None: then `event` (checked) must build it."""
        match = _V2_ROW.match(line)
        if match is None:
            return None
        (key, day, a1, a2, root_event, code, base, root, quad, gold, mentions, sources, articles, tone,
         g1, g2, g3, added, url) = match.groups()  # fmt: skip
        if code not in self.valid or code[:2] != root or code[: len(base)] != base:
            return None
        actors, geos = self.actor_blocks, self.geo_blocks
        try:
            quad_class = int(quad)
            if not 0 < quad_class < 5:
                return None
            try:
                actor1 = actors[a1]
            except KeyError:
                actor1 = self._actor_block(a1)
            try:
                actor2 = actors[a2]
            except KeyError:
                actor2 = self._actor_block(a2)
            try:
                geo1 = geos[g1]
            except KeyError:
                geo1 = self._geo_block(g1, "Actor1Geo")
            try:
                geo2 = geos[g2]
            except KeyError:
                geo2 = self._geo_block(g2, "Actor2Geo")
            try:
                geo3 = geos[g3]
            except KeyError:
                geo3 = self._geo_block(g3, "ActionGeo")
            return GdeltEvent(
                id=int(key),
                date=self.dates.get(day) or self.date(day, "SQLDATE"),
                actor1=actor1,
                actor2=actor2,
                is_root=root_event == "1",
                code=code,
                base_code=base,
                root_code=root,
                quad_class=quad_class,
                goldstein=float(gold) if gold else None,
                num_mentions=int(mentions),
                num_sources=int(sources),
                num_articles=int(articles),
                avg_tone=float(tone) if tone else 0.0,
                actor1_geo=geo1,
                actor2_geo=geo2,
                action_geo=geo3,
                added=self.times.get(added) or self.time(added, "DATEADDED"),
                url=url or None,
                version=2,
            )
        except (ValueError, _RowError):
            return None  # the checked path says what is wrong

    def event(self, f: list[str]) -> GdeltEvent:
        """Build the event of a split row, or raise `_RowError` saying what is wrong with it."""
        count = len(f)
        if count == _V2_COLUMNS:
            family, step = 2, 8
        elif count in _V1_COLUMNS:
            family, step = 1, 7
        else:
            raise _RowError(
                "wrong column count", f"expected 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0), found {count}"
            )
        if self.family != family:
            if self.family:
                raise _RowError(
                    "wrong column count",
                    f"a GDELT {family}.0 row ({count} columns) in a GDELT {self.family}.0 file",
                )
            self.family = family
        code, base, root = f[26], f[27], f[28]
        if code not in self.valid or code[:2] != root or code[: len(base)] != base:
            raise _RowError(
                "unknown code", f"EventCode {code!r} (base {base!r}, root {root!r}) is not a known CAMEO code"
            )
        # Shared values come from the caches; a miss builds (and checks) them once.
        geo1, geo2, geo3 = 35, 35 + step, 35 + 2 * step
        added = 35 + 3 * step
        actor1, actor2 = self.actor(tuple(f[5:15])), self.actor(tuple(f[15:25]))
        place1 = self.geo(tuple(f[geo1:geo2]), "Actor1Geo")
        place2 = self.geo(tuple(f[geo2:geo3]), "Actor2Geo")
        place3 = self.geo(tuple(f[geo3:added]), "ActionGeo")
        day = self.dates.get(f[1]) or self.date(f[1], "SQLDATE")
        when = self.times.get(f[added]) or self.time(f[added], "DATEADDED")
        try:
            quad = int(f[29])
            numbers = (int(f[0]), int(f[31]), int(f[32]), int(f[33]))
            goldstein = float(f[30]) if f[30] else None
            tone = float(f[34]) if f[34] else 0.0
        except ValueError:
            self._diagnose_numbers(f)
        if not 0 < quad < 5:
            raise _RowError("bad number", f"QuadClass: expected 1 to 4, found {quad}")
        return GdeltEvent(
            id=numbers[0],
            date=day,
            actor1=actor1,
            actor2=actor2,
            is_root=f[25] == "1",
            code=code,
            base_code=base,
            root_code=root,
            quad_class=quad,
            goldstein=goldstein,
            num_mentions=numbers[1],
            num_sources=numbers[2],
            num_articles=numbers[3],
            avg_tone=tone,
            actor1_geo=place1,
            actor2_geo=place2,
            action_geo=place3,
            added=when,
            url=(f[added + 1] or None) if count > added + 1 else None,
            version=family,
        )

    @staticmethod
    def _diagnose_numbers(f: list[str]) -> NoReturn:
        """Raise `_RowError` naming the first numeric column that does not parse."""
        for index, column in (
            (0, "GLOBALEVENTID"),
            (29, "QuadClass"),
            (31, "NumMentions"),
            (32, "NumSources"),
            (33, "NumArticles"),
        ):
            _int(f[index], column)
        _float(f[30], "GoldsteinScale")
        _float(f[34], "AvgTone")
        raise _RowError("bad number", "a numeric column could not be read")  # pragma: no cover

    def mention(self, f: list[str]) -> GdeltMention:
        if len(f) != _MENTION_COLUMNS:
            raise _RowError(
                "wrong column count", f"expected {_MENTION_COLUMNS} (GDELT 2.0 Mentions), found {len(f)}"
            )
        kind = _int(f[3], "MentionType")
        if kind not in MentionType._value2member_map_:
            raise _RowError("bad number", f"MentionType: expected 1 to 6, found {kind}")
        offsets = [
            _int(f[i] or "-1", name)
            for i, name in ((7, "Actor1CharOffset"), (8, "Actor2CharOffset"), (9, "ActionCharOffset"))
        ]
        return GdeltMention(
            event_id=_int(f[0], "GLOBALEVENTID"),
            event_time=self.time(f[1], "EventTimeDate"),
            time=self.time(f[2], "MentionTimeDate"),
            type=MentionType(kind),
            source=f[4],
            url=f[5],
            sentence=_int(f[6], "SentenceID"),
            actor1_offset=offsets[0] if offsets[0] >= 0 else None,
            actor2_offset=offsets[1] if offsets[1] >= 0 else None,
            action_offset=offsets[2] if offsets[2] >= 0 else None,
            in_raw_text=f[10] == "1",
            confidence=_int(f[11], "Confidence"),
            doc_length=_int(f[12], "MentionDocLen"),
            doc_tone=_float(f[13], "MentionDocTone") or 0.0,
            translation=f[14] or None,
            extras=f[15] or None,
        )
