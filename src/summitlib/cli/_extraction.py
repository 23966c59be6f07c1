"""``summitlib extract`` and ``summitlib evaluate``: propose records from a new text, and measure how
well the extractor finds the seed corpus's annotations."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from summitlib.cli._articles import read_article
from summitlib.cli._common import CommandError, add_command, date_argument, load_corpus, unstructure
from summitlib.cli._describe import enum_text, leader_names
from summitlib.cli._output import Printer, clip

if TYPE_CHECKING:
    from summitlib.corpus import Corpus
    from summitlib.extraction import Extraction

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``extract`` and ``evaluate`` commands."""
    parser = add_command(
        commands,
        "extract",
        _extract,
        summary="propose people, issues, dates, durations, quotes and meetings from a text",
        description="Read a news text and list what it proposes for the record: the people and issues it "
        "names (resolved against the corpus), dates (relative ones resolved against --published), "
        "durations as ranges, who said what, and candidate meetings. Each item shows its character span, "
        "so it can become Evidence.",
        epilog="example:\n  summitlib extract article.txt --published 2017-07-08",
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        help="a text file (UTF-8, or UTF-16 with its byte-order mark), an HTML page (the optional 'html' "
        "extra), or - for standard input",
    )
    parser.add_argument(
        "--published",
        metavar="DATE",
        type=date_argument,
        help="the publication date, the anchor of relative dates ('last Friday'); without it, the date the "
        "text's opening lines give (as draft reads it), else relative dates stay unresolved",
    )
    parser.add_argument(
        "--context", action="store_true", help="also print the sentence around each candidate meeting"
    )

    parser = add_command(
        commands,
        "evaluate",
        _evaluate,
        summary="score the extractor against the corpus's annotations, or against real articles' gold",
        description="Run the extractor on every source of the corpus and compare what it proposes with "
        "what the corpus records: precision and recall per kind of item. With --articles DIR, run it "
        "instead on a directory of real articles (NAME.txt beside NAME.yaml with hand-written gold: people, "
        "meetings, statuses, relative dates, durations, quotes), as a new user would: with no corpus, "
        "unless --with-corpus is given.",
        epilog="examples:\n  summitlib evaluate\n  summitlib evaluate --by-source\n"
        "  summitlib evaluate --articles tests/data/articles/dev\n"
        "  summitlib evaluate --articles tests/data/articles/dev --with-corpus",
    )
    parser.add_argument("--source", metavar="SOURCE", nargs="+", help="evaluate on these sources only")
    parser.add_argument("--by-source", action="store_true", help="also show the scores of each source")
    parser.add_argument(
        "--articles", metavar="DIR", type=Path, help="score on real articles with hand-written gold instead"
    )
    parser.add_argument(
        "--misses",
        metavar="CATEGORY",
        nargs="*",
        help="with --articles: list, article by article, the gold items nothing matched, the proposals that "
        "matched nothing and the meetings given another status (of these categories: people, meetings, "
        "status, dates, durations, quotes, groups; all if none given)",
    )
    parser.add_argument(
        "--with-corpus",
        action="store_true",
        help="with --articles: let the extractor know the bundled corpus (giving --corpus with --articles "
        "lets it know that corpus instead)",
    )


def _extract(args: argparse.Namespace) -> int:
    from summitlib.drafting._source import date_line
    from summitlib.extraction import extract

    text = read_article(args.file)
    corpus = load_corpus(args)
    found = None if args.published is not None else date_line(text)  # as `draft` does
    published = args.published if found is None else found.value
    result = extract(text, published=published, corpus=corpus)
    out = Printer()
    if args.json:
        data = unstructure(result)
        data.pop("text", None)
        out.json(data)
        return 0
    _print_extraction(out, corpus, result, context=args.context)
    if found is not None:
        out.paragraph(
            f"The publication date {found.value} was found in the text's date line: “{found.text}” at "
            f"{found.start} (give --published DATE to set another)."
        )
    elif result.published is None:
        out.paragraph(
            "No publication date was given or found in the text: relative dates ('last Friday') stay "
            "unresolved. Give --published DATE to resolve them."
        )
    return 0


def _span(item: Any) -> str:
    return f"{item.start}-{item.end}"


def _print_extraction(out: Printer, corpus: Corpus, result: Extraction, *, context: bool) -> None:
    anchor = f", relative dates resolved against {result.published}" if result.published else ""
    out.heading(f"Extraction from {len(result.text)} characters{anchor}")
    quote = max(24, out.width // 2)

    out.section(f"Meeting candidates ({len(result.meetings)})")
    for number, meeting in enumerate(result.meetings, start=1):
        who = ", ".join(leader_names(corpus, meeting.participants)) or "(nobody resolved)"
        facts = [
            ("cue", f"“{meeting.meeting_cue.text}” at {_span(meeting.meeting_cue)}"),
            ("status", enum_text(meeting.status) if meeting.status else ""),
            ("when", str(meeting.when.value) if meeting.when and meeting.when.value else ""),
            ("where", meeting.place.name if meeting.place else ""),
            ("occasion", meeting.occasion.text if meeting.occasion else ""),
            ("duration", meeting.duration.value.describe() if meeting.duration else ""),
        ]
        carried = " (carried over from an earlier sentence)" if meeting.carried else ""
        out.line(f"{number:>3}. {who}{carried}")
        out.fields(facts, indent=7)
        if context:
            out.paragraph(f"“{' '.join(meeting.text.split())}”", indent=7)

    out.section(f"People ({len(result.people)})")
    out.table(
        ["span", "text", "leader", "how"],
        [
            [_span(p), clip(p.text, quote), p.leader or ("? " + " | ".join(p.candidates)), p.rule]
            for p in result.people
        ],
    )
    out.section(f"Issues ({len(result.issues)})")
    out.table(["span", "text", "issues"], [[_span(i), i.text, ", ".join(i.issues)] for i in result.issues])
    out.section(f"Dates ({len(result.dates)})")
    out.table(
        ["span", "text", "date", "rule"],
        [[_span(d), d.text, str(d.value) if d.value else "(unresolved)", d.rule] for d in result.dates],
    )
    out.section(f"Durations ({len(result.durations)})")
    out.table(
        ["span", "text", "minutes", "kind", "meaning"],
        [[_span(d), d.text, str(d.value), d.kind.value, d.value.describe()] for d in result.durations],
    )
    out.section(f"Attributions ({len(result.attributions)})")
    out.table(
        ["span", "speaker", "verb", "said"],
        [[_span(a), _speaker(a), a.verb, clip(a.text, quote)] for a in result.attributions],
    )


def _speaker(attribution: Any) -> str:
    if attribution.speaker is not None:
        return str(attribution.speaker)
    return f"{attribution.speaker_name or attribution.speaker_cue.text} (not in corpus)"


def _evaluate(args: argparse.Namespace) -> int:
    if args.articles is not None:
        return _evaluate_articles(args)
    needs = [option for option, given in _ARTICLES_ONLY.items() if given(args)]
    if needs:
        raise CommandError(
            f"{' and '.join(needs)} only {'applies' if len(needs) == 1 else 'apply'} to real articles: add "
            "--articles DIR (a directory of NAME.txt beside NAME.yaml), or drop "
            f"{'it' if len(needs) == 1 else 'them'} to score against the corpus",
            code=2,
        )
    from summitlib.extraction.evaluate import evaluate

    corpus = load_corpus(args)
    sources = [corpus.sources.lookup(key).id for key in args.source] if args.source else None
    result = evaluate(corpus, sources=sources)
    _print_evaluation(
        args,
        result,
        heading=f"Extraction against the annotations of {len(result.by_source)} sources",
        per="by_source",
        paragraph="The corpus is both the extractor's vocabulary and the gold standard: people and issue "
        "scores measure finding known names, and precision is a lower bound (curators record only some of "
        "what a text says).",
    )
    return 0


_ARTICLES_ONLY: dict[str, Callable[[argparse.Namespace], bool]] = {
    "--misses": lambda args: args.misses is not None,
    "--with-corpus": lambda args: bool(args.with_corpus),
}
"""The options of ``evaluate`` that only mean something with ``--articles``."""


def _evaluate_articles(args: argparse.Namespace) -> int:
    from summitlib.extraction.articles import ARTICLE_CATEGORIES, GoldError, evaluate_articles, read_articles

    if args.source:
        raise CommandError(
            "--source chooses among the corpus's sources, not articles: with --articles, point DIR at a "
            "directory holding only the articles to score (--by-source shows each article's scores)",
            code=2,
        )
    unknown = sorted(set(args.misses or ()) - set(ARTICLE_CATEGORIES))
    if unknown:
        raise CommandError(
            f"--misses: no category {', '.join(unknown)}; choose from {', '.join(ARTICLE_CATEGORIES)}", code=2
        )

    if not args.articles.is_dir():
        raise CommandError(f"{args.articles} is not a directory of articles (NAME.txt beside NAME.yaml)")
    try:
        articles = read_articles(args.articles)
    except GoldError as error:
        raise CommandError(str(error)) from None
    if not articles:
        raise CommandError(f"{args.articles} holds no article (NAME.txt beside NAME.yaml)")
    corpus = load_corpus(args) if args.with_corpus or getattr(args, "corpus", None) else None
    result = evaluate_articles(articles, corpus=corpus)
    knows = "the corpus" if corpus is not None else "no corpus"
    misses = None  # --misses not given
    if args.misses is not None:
        shown = set(args.misses or ARTICLE_CATEGORIES)
        misses = [miss for miss in result.misses if miss.category in shown]
    _print_evaluation(
        args,
        result,
        heading=f"Extraction on {len(articles)} articles in {args.articles} ({knows})",
        per="by_article",
        paragraph="Matching rules: python -c 'import summitlib.extraction.articles as a; help(a)'. Status "
        "is the share of matched meetings with the right status; quotes are those of named people, "
        "groups those of institutions.",
        misses=misses,
    )
    return 0


def _print_misses(out: Printer, misses: list[Any]) -> None:
    """The misses article by article: what the gold has that nothing matched, and the reverse."""
    out.line()
    out.heading(f"Misses ({len(misses)})", underline="-")
    source = None
    for miss in misses:
        if miss.source != source:
            source = miss.source
            out.line()
            out.line(source)
        if miss.kind == "missed":
            out.paragraph(f"missed {miss.category}: {miss.expected}", indent=2, hanging=4)
        elif miss.kind == "extra":
            out.paragraph(f"extra {miss.category} at {miss.start}: {miss.proposed}", indent=2, hanging=4)
        else:
            out.paragraph(f"status: gold {miss.expected}", indent=2, hanging=4)
            out.paragraph(f"proposed {miss.proposed}", indent=4, hanging=4)


def _print_evaluation(
    args: argparse.Namespace,
    result: Any,
    *,
    heading: str,
    per: str,
    paragraph: str,
    misses: list[Any] | None = None,
) -> None:
    """The scores of an evaluation as a table per category (and per source with --by-source), or JSON."""
    categories = result.categories
    out = Printer()
    if args.json:
        data: dict[str, Any] = {
            "scores": {name: _score_json(result.scores[name]) for name in categories},
            per: {
                source: {name: _score_json(scores[name]) for name in categories}
                for source, scores in result.by_source.items()
            },
        }
        if misses is not None:
            data["misses"] = [attrs.asdict(miss) for miss in misses]
        out.json(data)
        return
    headers = ["category", "matched", "predicted", "gold", "precision", "recall", "F1"]
    out.heading(heading)
    out.table(headers, [_score_row(name, result.scores[name]) for name in categories])
    if args.by_source:
        for source, scores in result.by_source.items():
            out.section(source)
            out.table(headers, [_score_row(name, scores[name]) for name in categories])
    out.line()
    out.paragraph(paragraph)
    if misses is not None:
        _print_misses(out, misses)


def _score_row(name: str, score: Any) -> list[str]:
    return [
        name,
        str(score.matched),
        str(score.predicted),
        str(score.gold),
        f"{score.precision:.2f}",
        f"{score.recall:.2f}",
        f"{score.f1:.2f}",
    ]


def _score_json(score: Any) -> dict[str, Any]:
    return {
        "matched": score.matched,
        "predicted": score.predicted,
        "gold": score.gold,
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
    }
