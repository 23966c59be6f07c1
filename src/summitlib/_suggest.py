"""One way to answer a name that is not known: ``suggest(name, choices)``, and its "did you mean".

Every "did you mean" of summitlib (an unknown field of a record, a filter keyword, a record type, an id,
a speaker) comes from here, with the same settings: the name a synonym stands for among the choices —
a meeting has no ``date`` but a ``when``, and ``filter`` has no ``date=`` but ``during=`` — or else
close spellings (difflib's ratio of at least ``CUTOFF``, at most ``LIMIT`` of them). Matching a
person's or a country's *name* (accents, titles, surnames) is a different job, done by
`summitlib._names` and `summitlib._countries`.

Examples:
    >>> suggest("date", ["id", "name", "when", "place", "participants"])
    ['when']
    >>> suggest("partcipants", ["id", "name", "when", "place", "participants"])
    ['participants']
    >>> did_you_mean("leaders", ["between", "with_", "during", "at"])
    "; did you mean 'with_'?"
    >>> did_you_mean("colour", ["id", "name"])
    ''
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["CUTOFF", "LIMIT", "SYNONYMS", "did_you_mean", "suggest"]

LIMIT = 3
"""At most this many suggestions, best first."""
CUTOFF = 0.6
"""The least similarity (difflib ratio, 0 to 1) of a close spelling."""

SYNONYMS: dict[str, tuple[str, ...]] = {
    # dates: a meeting's ``when``, a claim's ``said_on``, a source's ``published``; ``during=`` in queries
    **dict.fromkeys(
        ("date", "dates", "day", "time", "datetime", "held_on", "on", "year", "period", "dated"),
        ("when", "during", "said_on", "published", "start"),
    ),
    **dict.fromkeys(("said", "said_at", "date_said", "spoken_on"), ("said_on",)),
    **dict.fromkeys(("publication_date", "published_on", "pub_date"), ("published",)),
    # people: a meeting's ``participants``; ``with_=`` / ``between=`` in queries; a claim's ``speaker``
    **dict.fromkeys(
        ("leader", "leaders", "people", "person", "persons", "attendees", "members", "heads", "who"),
        ("participants", "with_", "between", "leader", "speaker"),
    ),
    **dict.fromkeys(("with", "involving", "participant"), ("with_", "participants", "including")),
    **dict.fromkeys(("by", "said_by", "author_of", "spokesman", "spokesperson"), ("speaker",)),
    # places: a meeting's ``place``; ``at=`` in queries
    **dict.fromkeys(("location", "locations", "city", "venue", "where", "site", "host"), ("place", "at")),
    **dict.fromkeys(("country",), ("countries", "place", "at")),
    # what it was about
    **dict.fromkeys(
        ("issue", "topics", "agenda", "subjects", "about", "theme", "themes"), ("issues", "about", "topic")
    ),
    **dict.fromkeys(("summit", "event", "parent_meeting"), ("occasion", "part_of")),
    **dict.fromkeys(("kind", "type", "category", "meeting_type"), ("format", "kind")),
    **dict.fromkeys(("state", "outcome_status"), ("status",)),
    **dict.fromkeys(("results", "result", "outcome", "agreements", "agreement"), ("outcomes",)),
    # provenance
    **dict.fromkeys(("sources", "citation", "citations", "quote", "quotes", "cite"), ("evidence", "source")),
    **dict.fromkeys(("outlet", "newspaper", "publication", "paper"), ("publisher",)),
    **dict.fromkeys(("author", "by_line", "byline", "writer"), ("authors",)),
    **dict.fromkeys(("headline", "label"), ("title", "name")),
    **dict.fromkeys(("notes", "comment", "comments", "remark", "remarks"), ("note",)),
    **dict.fromkeys(("alias", "other_names", "names"), ("aliases",)),
    **dict.fromkeys(("link", "href", "address"), ("url",)),
    **dict.fromkeys(("lang",), ("language",)),
    **dict.fromkeys(("nationality", "nation", "state_code"), ("country", "countries")),
    **dict.fromkeys(("office", "offices", "position", "positions", "posts"), ("roles",)),
}
"""What people write for a name → the names it may stand for, in order of preference; the first of
those among the choices is suggested."""


def suggest(name: object, choices: Iterable[str]) -> list[str]:
    """Up to ``LIMIT`` of ``choices`` that ``name`` may have meant, best first.

    When ``name`` is a choice spelt in another case or with ``-`` or a space for ``_``, or a synonym of
    one (``date`` → ``when``): that choice. Otherwise the choices it is a close spelling of
    (``partcipants`` → ``participants``), most similar first; ties are broken by the name, so the order
    does not depend on the order of ``choices``.
    """
    text = str(name)
    known = [c for c in dict.fromkeys(choices) if c != text]
    allowed = set(known)
    spellings = list(dict.fromkeys((text.strip(), text.strip().lower().replace("-", "_").replace(" ", "_"))))
    for spelling in spellings:
        if spelling in allowed:
            return [spelling]
        meant = next((t for t in SYNONYMS.get(spelling, ()) if t in allowed), None)
        if meant is not None:
            return [meant]
    import difflib  # here, not above: only a "did you mean" needs it, and ``import summitlib`` stays light

    for spelling in spellings:  # as written; else in lower case with underscores
        close = difflib.get_close_matches(spelling, known, n=LIMIT, cutoff=CUTOFF)
        if close:
            return close
    return []


def did_you_mean(name: object, choices: Iterable[str]) -> str:
    """``"; did you mean 'x'?"`` (or ``'x', 'y'``) from [`suggest`][summitlib._suggest.suggest], or
    ``""`` when nothing is close."""
    found = suggest(name, choices)
    return f"; did you mean {', '.join(map(repr, found))}?" if found else ""
