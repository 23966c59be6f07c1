"""Drafting: from articles to reviewable records, consolidated into encounters.

[`draft`][summitlib.draft] reads one article and proposes records: the [`Source`][summitlib.Source]
(full text, title, publisher, url, and the publication date — given, or found in the text's date line
and marked as inferred), the [`Leader`][summitlib.Leader]s it involves, one [`Meeting`][summitlib.Meeting]
per encounter it reports, and [`Claim`][summitlib.Claim]s: stated durations (scheduled and actual) with
their speaker, statements of named speakers (topic ``"statement"``, value ``True``, the words in the
evidence) and status claims ("ruled out", "postponed"). Every record carries exact evidence, and every
value extraction proposed is marked by an [`Inference`][summitlib.Inference] whose note begins with
"proposed by extraction".

[`consolidate`][summitlib.consolidate] merges drafts into one another and into an existing corpus: one
leader per person (the corpus's ids reused), one meeting per encounter, each source's claims kept side by
side so that [`Corpus.disagreements`][summitlib.corpus.Corpus.disagreements] shows where outlets differ. Each
merge is reported with its reason. The rules for "the same encounter":

1. **Same participants.**
2. **Dates compatible at their precision.** A report's window of days is its date ("2022-11" is all of
   November); an undated report is placed by its status relative to its source's publication — held on
   or before it, planned, proposed or possible on or after it (a report whose status the text gives no
   cue for is not placed). So meetings of one pair in July and in November never merge, nor a held
   meeting with one planned later. An encounter nothing places in time takes a dated report only at the
   same place.
3. **Compatible format**: a call (phone or video) never merges with a meeting in person; a summit (the
   occasion of meetings held at it) only with a summit of the same name.
4. **Compatible place**: the same city when both name one, else the same country.
5. **Compatible status**: held never merges with cancelled, postponed or ruled out; hypothetical only with
   hypothetical. Reports of a planned meeting and of its being held (or called off) are one encounter.
6. **One source, one account**: one source's reports with different stated statuses stay apart, except a
   plan and its holding or its fate (cancelled, postponed, ruled out); within one source, an undated report
   joins the source's one dated encounter of the same participants when nothing else keeps them apart.

A report that fits several encounters joins the one whose dates are known most narrowly; when no one
is, it is kept apart and listed for review. The result does not depend on
the order of the drafts.

Examples:
    >>> import summitlib
    >>> from summitlib import Corpus
    >>> first = summitlib.draft(
    ...     "Trump and Putin met in Hamburg, Germany on July 7, 2017. It lasted more than two hours.",
    ...     published="2017-07-08", source_id="first", corpus=summitlib.load().records)
    >>> result = summitlib.consolidate([first])
    >>> [m.id for m in result.records.meetings]
    ['putin-trump-2017-07-07']
    >>> len(Corpus(result.records).claims.filter(topic="duration.actual"))
    1
"""

from __future__ import annotations

from summitlib.drafting._claims import STATEMENT
from summitlib.drafting._consolidate import Consolidation, Merge, consolidate
from summitlib.drafting._draft import Draft, draft, draft_extraction
from summitlib.drafting._encounters import PROPOSED

__all__ = [
    "PROPOSED",
    "STATEMENT",
    "Consolidation",
    "Draft",
    "Merge",
    "consolidate",
    "draft",
    "draft_extraction",
]
