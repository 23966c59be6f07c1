"""``summitlib leaders|meetings|issues|sources|claims``: list records, filtered like the Python API.

Each option maps to a keyword of the collection's ``filter`` (``--between Trump Putin`` is
``corpus.meetings.filter(between=["Trump", "Putin"])``); ``--search TEXT`` ranks by name like
``collection.search``. Options combine with AND.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from summitlib.cli._common import (
    add_command,
    criteria,
    load_corpus,
    positive_int,
    query,
    unstructure,
    when_argument,
)
from summitlib.cli._describe import enum_text, leader_names, speaker_text, value_text, when_text
from summitlib.cli._output import Printer
from summitlib.model import MeetingFormat, MeetingStatus, SourceKind

if TYPE_CHECKING:
    from summitlib.corpus import Corpus

__all__ = ["register"]

_Rows = Callable[["Corpus", Sequence[Any]], tuple[list[str], list[list[str]]]]


def _choices(kind: type[MeetingStatus] | type[MeetingFormat] | type[SourceKind]) -> list[str]:
    return [member.value for member in kind]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the five listing commands."""
    parser = _add(
        commands, "leaders", "list leaders (anyone who acts or speaks)", "summitlib leaders --search Lavrov"
    )
    parser.add_argument("--country", metavar="CODE", nargs="+", help="their country (alpha-3, e.g. RUS)")

    parser = _add(
        commands,
        "meetings",
        "list meetings in chronological order",
        "summitlib meetings --between Trump Putin --during 2017\n"
        "  summitlib meetings --between-countries USA RUS\n"
        "  summitlib meetings --at Hamburg --status held",
    )
    parser.add_argument(
        "--between", metavar="LEADER", nargs="+", help="meetings where all of these took part"
    )
    parser.add_argument(
        "--with", dest="involving", metavar="LEADER", nargs="+", help="meetings with any of these"
    )
    parser.add_argument("--during", metavar="DATE", type=when_argument, help="a year, month, day or span")
    parser.add_argument("--at", metavar="PLACE", nargs="+", help="a city, venue, country name or code")
    parser.add_argument(
        "--countries", metavar="COUNTRY", nargs="+", help="meetings with a leader of any of these countries"
    )
    parser.add_argument(
        "--between-countries",
        metavar="COUNTRY",
        nargs="+",
        help="meetings between leaders of these countries (a dyad: USA RUS)",
    )
    parser.add_argument(
        "--status",
        nargs="+",
        metavar="STATUS",
        choices=_choices(MeetingStatus),
        help=f"one or more of: {', '.join(_choices(MeetingStatus))}",
    )
    parser.add_argument(
        "--format",
        nargs="+",
        metavar="FORMAT",
        choices=_choices(MeetingFormat),
        help=f"one or more of: {', '.join(_choices(MeetingFormat))}",
    )
    parser.add_argument("--about", metavar="ISSUE", nargs="+", help="meetings that discussed these issues")
    parser.add_argument("--part-of", metavar="SUMMIT", nargs="+", help="meetings held during this summit")
    parser.add_argument("--reported-in", metavar="SOURCE", nargs="+", help="meetings a source reports")

    parser = _add(commands, "issues", "list issues", "summitlib issues --discussed-at Hamburg")
    parser.add_argument(
        "--discussed-at", metavar="MEETING", nargs="+", help="issues these meetings discussed"
    )
    parser.add_argument("--raised-in", metavar="SOURCE", nargs="+", help="issues a source gives evidence on")
    parser.add_argument("--under", metavar="ISSUE", nargs="+", help="direct sub-issues of these issues")

    parser = _add(commands, "sources", "list sources (the texts)", "summitlib sources --mentioning Lavrov")
    parser.add_argument("--mentioning", metavar="NAME", nargs="+", help="leaders, meetings or issues")
    parser.add_argument(
        "--kind", nargs="+", metavar="KIND", choices=_choices(SourceKind), help="news, opinion or analysis"
    )
    parser.add_argument("--publisher", metavar="OUTLET", nargs="+", help="the outlet")
    parser.add_argument("--published", metavar="DATE", type=when_argument, help="a year, month, day or span")

    parser = _add(
        commands,
        "claims",
        "list claims: who said what, about which meeting or issue",
        "summitlib claims --about Hamburg --topic duration\n  summitlib claims --by Lavrov",
    )
    parser.add_argument(
        "--about", metavar="MEETING|ISSUE", nargs="+", help="meetings or issues (by name or id)"
    )
    parser.add_argument("--topic", nargs="+", help="topics; a prefix matches its sub-topics (duration)")
    parser.add_argument("--by", metavar="SPEAKER", nargs="+", help="leaders or groups who made them")
    parser.add_argument("--in", dest="source", metavar="SOURCE", nargs="+", help="sources they come from")


def _add(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], name: str, summary: str, example: str
) -> argparse.ArgumentParser:
    parser = add_command(commands, name, _list, summary=summary, epilog=f"examples:\n  {example}")
    parser.add_argument("--search", metavar="TEXT", help="rank by how well a name matches TEXT")
    parser.add_argument("--limit", metavar="N", type=positive_int, help="show at most N records")
    return parser


# command-line option -> filter keyword, per collection
_KEYWORDS: dict[str, dict[str, str]] = {
    "leaders": {"country": "country"},
    "meetings": {
        "between": "between",
        "involving": "with_",
        "countries": "countries",
        "between_countries": "between_countries",
        "during": "during",
        "at": "at",
        "status": "status",
        "format": "format",
        "about": "about",
        "part_of": "part_of",
        "reported_in": "source",
    },
    "issues": {"discussed_at": "discussed_at", "raised_in": "raised_in", "under": "children_of"},
    "sources": {
        "mentioning": "mentioning",
        "kind": "kind",
        "publisher": "publisher",
        "published": "published",
    },
    "claims": {"about": "about", "topic": "topic", "by": "speaker", "source": "source"},
}


def _list(args: argparse.Namespace) -> int:
    corpus = load_corpus(args)
    kind: str = args.command
    collection: Any = getattr(corpus, kind)
    keywords = criteria(args, _KEYWORDS[kind])
    if keywords:
        collection = query(corpus, collection.filter, keywords)
    records: list[Any] = collection.search(args.search, limit=None) if args.search else list(collection)
    total = len(records)
    if args.limit is not None:
        records = records[: args.limit]
    out = Printer()
    if args.json:
        out.json([unstructure(record) for record in records])
        return 0
    if not records:
        out.line(f"No {kind} match.")
        return 0
    headers, rows = _ROWS[kind](corpus, records)
    out.table(headers, rows, optional=_OPTIONAL.get(kind, ()))
    shown = f"{len(records)} of {total}" if total != len(records) else str(total)
    out.line(f"\n{shown} {kind if total != 1 else kind[:-1]}")
    return 0


def _join(items: Iterable[str]) -> str:
    return ", ".join(items)


def _leader_rows(corpus: Corpus, leaders: Sequence[Any]) -> tuple[list[str], list[list[str]]]:
    rows = [
        [x.id, x.name, x.country or "", _join(dict.fromkeys(r.title for r in x.roles)), _join(x.aliases)]
        for x in leaders
    ]
    return ["id", "name", "country", "roles", "also called"], rows


def _meeting_rows(corpus: Corpus, meetings: Sequence[Any]) -> tuple[list[str], list[list[str]]]:
    rows = [
        [
            when_text(x.when, precision=False) or "?",
            x.id,
            enum_text(x.status),
            enum_text(x.format),
            str(x.place) if x.place else "",
            _join(leader_names(corpus, x.participants)),
        ]
        for x in meetings
    ]
    return ["when", "id", "status", "format", "where", "participants"], rows


def _issue_rows(corpus: Corpus, issues: Sequence[Any]) -> tuple[list[str], list[list[str]]]:
    rows = [[x.id, x.name, x.parent or "", _join(x.aliases)] for x in issues]
    return ["id", "name", "part of", "also called"], rows


def _source_rows(corpus: Corpus, sources: Sequence[Any]) -> tuple[list[str], list[list[str]]]:
    rows = [
        [
            x.id,
            str(x.published) if x.published else "",
            x.publisher or "",
            x.kind.value,
            x.title or "",
        ]
        for x in sources
    ]
    return ["id", "published", "publisher", "kind", "title"], rows


def _claim_rows(corpus: Corpus, claims: Sequence[Any]) -> tuple[list[str], list[list[str]]]:
    rows = [
        [
            x.id,
            x.topic,
            speaker_text(corpus, x),
            value_text(x.value),
            x.source,
            f"“{' '.join(x.evidence.quote.split())}”",
        ]
        for x in claims
    ]
    return ["id", "topic", "speaker", "says", "source", "quote"], rows


# columns left out, in this order, when a terminal is too narrow for them
_OPTIONAL: dict[str, tuple[int, ...]] = {
    "meetings": (3, 4),
    "claims": (4, 1),
    "leaders": (4,),
    "sources": (3,),
}

_ROWS: dict[str, _Rows] = {
    "leaders": _leader_rows,
    "meetings": _meeting_rows,
    "issues": _issue_rows,
    "sources": _source_rows,
    "claims": _claim_rows,
}
