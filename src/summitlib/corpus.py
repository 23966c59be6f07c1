"""The corpus: checked records with their indexes, and the queries a reader asks of them.

A [`Corpus`][summitlib.Corpus] is immutable. Building one checks the records (every reference resolves,
every quote is in its source) and builds the look-up indexes once; every query after that is served from
them.

Examples:
    >>> import summitlib
    >>> corpus = summitlib.load()
    >>> corpus.leaders.lookup("Sergei Lavrov") == corpus.leaders.lookup("Sergey Lavrov")
    True
    >>> trump = corpus.leaders.lookup("Mr. Trump")
    >>> trump.id
    'donald-trump'
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from typing import Any

import attrs

from summitlib.claims import Claim, Speaker, SpeakerKind
from summitlib.collections import Claims, Issues, Leaders, Meetings, Sources
from summitlib.disagreements import Disagreement, Reconciliation, find_disagreements, reconcile
from summitlib.errors import AmbiguousError, CorpusError, NotFoundError, Problem
from summitlib.model import Source
from summitlib.query.criteria import (
    DateKey,
    IssueKey,
    LeaderKey,
    MeetingKey,
    checked_keywords,
    either_of,
    resolve,
)
from summitlib.query.store import Store
from summitlib.query.timeline import timeline
from summitlib.records import Records, check_records
from summitlib.timeline import TimelineEntry

__all__ = ["Corpus"]

_KINDS = ("leaders", "issues", "meetings", "sources", "claims")


class Corpus:
    """An immutable, checked set of records with indexes for look-ups and queries.

    Args:
        records: the content. It is checked with [`check_records`][summitlib.check_records].
        name: an optional name, used in messages (and by storage as the corpus name).

    Raises:
        CorpusError: listing every problem that stops the records forming a corpus.
    """

    __slots__ = ("__dict__", "_name", "_records", "_store")

    def __init__(self, records: Records, *, name: str | None = None) -> None:
        self._records = check_records(records)
        self._name = name
        self._store = Store(self._records)

    def __setattr__(self, name: str, value: object) -> None:
        if name in ("_name", "_records", "_store") and not hasattr(self, name):
            object.__setattr__(self, name, value)
            return
        raise AttributeError(f"a Corpus is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"a Corpus is immutable; cannot delete {name!r}")

    @property
    def records(self) -> Records:
        """The checked records (evidence offsets filled in)."""
        return self._records

    @property
    def name(self) -> str | None:
        """The corpus name, if it has one."""
        return self._name

    @classmethod
    def merge(cls, *corpora: Corpus, name: str | None = None) -> Corpus:
        """One corpus holding the records of all ``corpora``.

        Records that appear in several corpora with the same id must be identical; they are kept once,
        in the position where they first appear.

        Raises:
            CorpusError: when two corpora hold different records under the same id (naming both), or
                when the merged records are not consistent.
        """
        merged: dict[str, dict[str, tuple[object, str]]] = {kind: {} for kind in _KINDS}
        problems: list[Problem] = []
        for number, corpus in enumerate(corpora, start=1):
            label = repr(corpus.name) if corpus.name else f"#{number}"
            for kind in _KINDS:
                seen = merged[kind]
                for index, record in enumerate(getattr(corpus.records, kind)):
                    where = f"corpus {label} $.{kind}[{index}]"
                    first = seen.get(record.id)
                    if first is None:
                        seen[record.id] = (record, where)
                    elif first[0] != record:
                        problems.append(
                            Problem(
                                path=f"$.{kind}[{index}]",
                                message=f"{kind[:-1]} {record.id!r} in {where} differs from the one in "
                                f"{first[1]} (fields {', '.join(_differing(first[0], record))}); expected "
                                "records sharing an id to be identical",
                            )
                        )
        if problems:
            raise CorpusError(problems, summary=f"cannot merge: {len(problems)} conflicting records")
        records = Records(**{kind: tuple(r for r, _ in merged[kind].values()) for kind in _KINDS})
        return cls(records, name=name)

    @cached_property
    def leaders(self) -> Leaders:
        """Everyone who acts or speaks, in record order."""
        return Leaders(self._store)

    @cached_property
    def meetings(self) -> Meetings:
        """Every meeting, in chronological order (undated last)."""
        return Meetings(self._store)

    @cached_property
    def issues(self) -> Issues:
        """Every issue, in record order."""
        return Issues(self._store)

    @cached_property
    def sources(self) -> Sources:
        """Every source, in record order."""
        return Sources(self._store)

    @cached_property
    def claims(self) -> Claims:
        """Every claim, in record order."""
        return Claims(self._store)

    def to_arrow(self, tables: Iterable[str] | None = None, *, source_text: bool = True) -> dict[str, Any]:
        """Tidy, typed Arrow tables (``pyarrow.Table``) of the whole corpus, by name (see
        [`summitlib.tables`][summitlib.tables] for every table's columns and types).

        Args:
            tables: which tables (all by default: meetings, participants, dyads, meeting_issues,
                outcomes, claims, claim_meetings, claim_issues, evidence, leaders, roles, issues,
                sources).
            source_text: include each source's text in ``sources`` (null otherwise).

        Requires the ``arrow`` extra (``pip install ".[arrow]"`` from a clone, or ``pip install pyarrow``).

        Raises:
            KeyError: an unknown table name.
            ImportError: when pyarrow is not installed.
        """
        from summitlib.tables import build_tables

        store = self._store
        records = {kind: getattr(store, kind) for kind in _KINDS}
        leaders = {x.id: x for x in store.leaders}
        return build_tables(records, leaders, names=tables, source_text=source_text)

    @cached_property
    def _database(self) -> Any:
        from summitlib.tables._sql import connect

        return connect(self.to_arrow())

    def sql(self, query: str, params: Any = None) -> Any:
        """Run a DuckDB SQL query over every table of [`to_arrow`][summitlib.corpus.Corpus.to_arrow] and
        return the result as a ``pyarrow.Table`` (``.to_pandas()``, ``polars.from_arrow`` ...).

        The tables are registered once, on the first query, without copying.

        Args:
            query: the SQL; parameters as ``?`` (``params`` a list) or ``$name`` (``params`` a dict).
            params: the parameter values.

        Requires the ``sql`` extra: ``pip install ".[sql]"`` from a clone, or ``pip install duckdb pyarrow``.

        Examples:
            >>> import summitlib
            >>> corpus = summitlib.load()
            >>> held = corpus.sql("SELECT count(*) AS n FROM meetings WHERE status = 'held'")
            >>> held.column("n")[0].as_py() > 0
            True

        Raises:
            ImportError: when duckdb or pyarrow is not installed.
        """
        from summitlib.tables._sql import run

        return run(self._database, query, params)

    def speaker_name(self, speaker: Speaker) -> str:
        """How to name a speaker: a leader by name, a group as the source names it, or "the author"."""
        if speaker.kind is SpeakerKind.PERSON and speaker.leader is not None:
            return self._store.leaders[self._store.position["leaders"][speaker.leader]].name
        if speaker.kind is SpeakerKind.GROUP and speaker.name is not None:
            return speaker.name
        return "the author"

    def name_of(self, item: object) -> str:
        """What to call a record, a speaker or an id when printing: leaders, meetings and issues by name,
        sources by title (else publisher), claims by who made them, speakers as
        [`speaker_name`][summitlib.corpus.Corpus.speaker_name] does.

        Examples:
            >>> import summitlib
            >>> corpus = summitlib.load()
            >>> claim = corpus.claims.filter(speaker="Peskov").first()
            >>> str(claim.speaker), corpus.name_of(claim.speaker), corpus.name_of("vladimir-putin")
            ('dmitry-peskov', 'Dmitry Peskov', 'Vladimir Putin')

        Raises:
            NotFoundError: ``item`` is a string that is not the id of any record.
        """
        if isinstance(item, Speaker):
            return self.speaker_name(item)
        if isinstance(item, Claim):
            return self.speaker_name(item.speaker)
        if isinstance(item, str):
            if item.strip().lower() in ("author", "(author)"):
                return "the author"
            for kind in _KINDS:
                position = self._store.position[kind].get(item)
                if position is not None:
                    return self.name_of(getattr(self._store, kind)[position])
            raise NotFoundError("record", item)
        if isinstance(item, Source):
            return item.title or item.publisher or item.id
        name = getattr(item, "name", None) or getattr(item, "id", None)
        return str(name if name is not None else item)

    def disagreements(self, **criteria: Any) -> tuple[Disagreement, ...]:
        """Pairs of claims on the same thing that cannot both be true.

        Args:
            **criteria: which claims to compare, as for
                [`Claims.filter`][summitlib.collections.Claims.filter] (``about``, ``speaker``,
                ``topic``, ``source``); all claims when none are given.
        """
        return find_disagreements(self.claims.filter(**criteria), self.speaker_name)

    def reconcile(self, about: Any = None, *, topic: str, subject: LeaderKey | None = None) -> Reconciliation:
        """The tightest value every claim on ``topic`` (about ``about``) allows, or their conflicts.

        ``corpus.reconcile(about=hamburg, topic="duration.actual")`` turns "more than two hours" and
        "2 hours and 16 minutes" into exactly 2 h 16 min, citing both claims. When claims conflict, the
        value is None and the disagreements are listed instead. With no claims at all, the value is None
        and ``claims`` is empty.

        Args:
            topic: a topic, or a dotted prefix that fits exactly one topic among the claims
                (``"duration.act"`` is not a prefix; ``"duration"`` is, but fits two topics at Hamburg).
            about: meetings or issues, as for ``Claims.filter`` (a meeting name that fits a meeting and
                the summit it took place at means the meeting).
            subject: the leader the claims are about, when claims on several leaders share the topic.

        Raises:
            AmbiguousError: the prefix fits several topics (they are the candidates), or the claims are
                about several subjects and ``subject`` was not given.
        """
        chosen = list(self.claims.filter(about=about, topic=topic))
        if subject is not None:
            wanted = resolve(self._store, "leaders", subject)
            chosen = [c for c in chosen if c.subject == wanted]
        topics = sorted({c.topic for c in chosen})
        if len(topics) > 1:
            raise AmbiguousError("topic", topic, topics)
        if not chosen:
            return Reconciliation(topic=topic, value=None, claims=())
        subjects = sorted({c.subject or "" for c in chosen})
        if len(subjects) > 1:
            raise AmbiguousError("subject", f"claims on {topics[0]!r}", subjects)
        return reconcile(chosen, self.speaker_name)

    @checked_keywords
    def timeline(
        self,
        *,
        with_: LeaderKey | Iterable[LeaderKey] | None = None,
        about: MeetingKey | IssueKey | Iterable[MeetingKey | IssueKey] | None = None,
        during: DateKey | Iterable[DateKey] | None = None,
        including: LeaderKey | Iterable[LeaderKey] | None = None,
    ) -> tuple[TimelineEntry, ...]:
        """Meetings and dated claims (those with ``said_on``) in chronological order.

        Args:
            with_: leaders: their meetings, and claims they made, are about, or that concern a meeting
                they took part in.
            including: the same as ``with_`` (give one or the other).
            about: meetings (each with the meetings that are part of it) or issues (including
                sub-issues): those meetings, or the meetings about those issues, and the claims about
                any of them.
            during: years, partial dates or spans the entry's date may overlap.
        """
        with_ = either_of("with_", with_, "including", including)
        return timeline(self._store, with_=with_, about=about, during=during)

    def __len__(self) -> int:
        return len(self._records)

    def __repr__(self) -> str:
        counts = ", ".join(f"{k}={n}" for k, n in self._records.counts().items())
        named = f"{self._name!r}, " if self._name else ""
        return f"Corpus({named}{counts})"


def _differing(first: object, second: object) -> Iterable[str]:
    return [
        f.name
        for f in attrs.fields(type(first))  # type: ignore[arg-type]
        if getattr(first, f.name) != getattr(second, f.name)
    ]
