"""Extraction: read a new article and propose what to record, each proposal pointing at its words.

[`extract`][summitlib.extraction.extract] finds people (resolved to corpus ids where the corpus knows
them), issues, dates (relative ones resolved against the publication date, keeping the rule used),
durations (as [`DurationRange`][summitlib.DurationRange], scheduled or actual), attributions (who said
what) and candidate meetings. Everything is a proposal to accept or correct: every item carries the
character span it came from.

Extraction is rules over compiled regular expressions, with no model and no downloads. It is meant to
save a curator's time, not to replace the curator; see the documentation page "Extraction" for what it
cannot do.

Examples:
    >>> from summitlib import Leader, Records
    >>> from summitlib.extraction import extract
    >>> records = Records(leaders=[
    ...     Leader(id="donald-trump", name="Donald Trump"),
    ...     Leader(id="vladimir-putin", name="Vladimir Putin"),
    ... ])
    >>> result = extract(
    ...     "Trump and Putin met last Friday. The meeting lasted more than two hours.",
    ...     published="2017-07-10",
    ...     corpus=records,
    ... )
    >>> result.leader_ids()
    ('donald-trump', 'vladimir-putin')
    >>> [(d.text, str(d.value), d.rule) for d in result.dates]
    [('last Friday', '2017-07-07', 'weekday:last')]
    >>> [(d.text, str(d.value), d.kind.value) for d in result.durations]
    [('more than two hours', '>=120', 'actual')]
    >>> [(m.participants, m.status.value, str(m.when.value)) for m in result.meetings]
    [(('donald-trump', 'vladimir-putin'), 'held', '2017-07-07')]
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Protocol

from summitlib.dates import PartialDate, Precision
from summitlib.extraction._cast import build_cast
from summitlib.extraction._lexicon import Lexicon
from summitlib.extraction._text import Sentences
from summitlib.extraction._types import (
    Attribution,
    Cue,
    DateMention,
    DurationKind,
    DurationMention,
    Extraction,
    IssueMention,
    MeetingCandidate,
    Person,
    PersonMention,
    PlaceCue,
)
from summitlib.extraction.attributions import find_attributions
from summitlib.extraction.dates import find_dateline, find_dates
from summitlib.extraction.durations import find_durations
from summitlib.extraction.issues import find_issues
from summitlib.extraction.meetings import find_meetings
from summitlib.extraction.people import find_people
from summitlib.records import Records

__all__ = [
    "Attribution",
    "Cue",
    "DateMention",
    "DurationKind",
    "DurationMention",
    "Extraction",
    "Extractor",
    "IssueMention",
    "MeetingCandidate",
    "Person",
    "PersonMention",
    "PlaceCue",
    "extract",
]


class _HasRecords(Protocol):
    @property
    def records(self) -> Records: ...


CorpusLike = _HasRecords | Records
"""A [`Corpus`][summitlib.Corpus] or plain [`Records`][summitlib.Records]."""


class Extractor:
    """An extractor bound to one corpus, its name and issue indexes built once.

    Use it instead of [`extract`][summitlib.extraction.extract] when reading many texts against the same
    corpus.

    Args:
        corpus: a [`Corpus`][summitlib.Corpus], plain [`Records`][summitlib.Records], or None (no names
            or issues known: people are then proposed only as unknown names).
    """

    def __init__(self, corpus: CorpusLike | None = None) -> None:
        self.records = _records(corpus)
        self.lexicon = Lexicon(self.records)

    def extract(self, text: str, *, published: PartialDate | dt.date | str | None = None) -> Extraction:
        """Read ``text``; resolve relative dates against ``published`` (a date, partial date or ISO text).

        Raises:
            InvalidValueError: when ``published`` is not a date.
            TypeError: when ``text`` is not a ``str`` (a path or bytes: read the file first).
        """
        if not isinstance(text, str):
            hint = (
                "read the file first (Path(...).read_text(encoding='utf-8')), or run `summitlib extract FILE`"
                if isinstance(text, os.PathLike)
                else "decode it first, e.g. data.decode('utf-8')"
                if isinstance(text, bytes | bytearray)
                else "pass the article's text"
            )
            raise TypeError(f"extract() reads text (a str), not {type(text).__name__}: {hint}")
        given = None if published is None else PartialDate.parse(published)
        dateline = find_dateline(text, given)
        anchor = _anchor(given, dateline)
        sentences = Sentences(text)
        persons, people = build_cast(find_people(text, self.lexicon, anchor), self.lexicon, text)
        recorded = dateline if anchor is not given or given is None else None
        dates = find_dates(text, anchor, sentences, recorded)
        durations = find_durations(text, sentences)
        attributions = find_attributions(text, people, sentences, persons)
        meetings = find_meetings(
            text, people, dates, durations, attributions, self.lexicon, sentences, anchor, persons, dateline
        )
        return Extraction(
            text=text,
            published=given,
            anchor=anchor,
            dateline=recorded,
            persons=tuple(persons),
            people=tuple(people),
            issues=tuple(find_issues(text, self.lexicon)),
            dates=tuple(dates),
            durations=tuple(durations),
            attributions=tuple(attributions),
            meetings=tuple(meetings),
        )


_CACHE: dict[int, tuple[object, Extractor]] = {}


def extract(
    text: str,
    *,
    published: PartialDate | dt.date | str | None = None,
    corpus: CorpusLike | None = None,
) -> Extraction:
    """Propose annotations for ``text``: people, issues, dates, durations, attributions, meetings.

    Args:
        text: the article text.
        published: the publication date, the anchor for relative dates ("last Friday"). Without it,
            relative dates are returned unresolved, never guessed.
        corpus: what the extractor knows: leaders (names, aliases, roles) and issues. The indexes built
            from it are kept for the last few corpora used.

    Returns:
        An [`Extraction`][summitlib.extraction.Extraction]; every item has the span it came from.
    """
    key = id(corpus)
    cached = _CACHE.get(key)
    if cached is None or cached[0] is not corpus:
        if len(_CACHE) >= 8:
            _CACHE.pop(next(iter(_CACHE)))
        cached = (corpus, Extractor(corpus))
        _CACHE[key] = cached
    return cached[1].extract(text, published=published)


def _anchor(published: PartialDate | None, dateline: DateMention | None) -> PartialDate | None:
    """The date relative dates are resolved against: a dateline's day (when it is no later than the
    publication date and at most a week before it), a date line's date when no publication date is
    given, else the publication date."""
    if dateline is None or not isinstance(dateline.value, PartialDate):
        return published
    if published is None:
        return dateline.value
    if dateline.rule != "dateline" or dateline.value.precision is not Precision.DAY:
        return published
    gap = (published.earliest - dateline.value.earliest).days
    return (
        dateline.value
        if 0 <= gap <= 7 or (gap < 0 and published.precision is not Precision.DAY)
        else published
    )


def _records(corpus: CorpusLike | None) -> Records:
    if corpus is None:
        return Records()
    if isinstance(corpus, Records):
        return corpus
    return corpus.records
