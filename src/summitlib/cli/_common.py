"""What every command shares: the common options, loading the corpus, argument types and errors."""

from __future__ import annotations

import argparse
import logging
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from summitlib.cli._output import terminal_width
from summitlib.dates import PartialDate, When, parse_when
from summitlib.errors import CorpusError, SummitlibError

if TYPE_CHECKING:
    from summitlib.corpus import Corpus

__all__ = [
    "PROG",
    "CommandError",
    "Handler",
    "add_command",
    "criteria",
    "date_argument",
    "innermost",
    "load_corpus",
    "positive_int",
    "query",
    "report_error",
    "when_argument",
]

PROG = "summitlib"

Handler = Callable[[argparse.Namespace], int]
"""A command: takes the parsed arguments, prints, returns the exit code."""

T = TypeVar("T")


class CommandError(Exception):
    """A mistake the command reports in one message (no traceback), with the exit code to return.

    Args:
        message: what went wrong and, where possible, how to put it right.
        code: 1 for a data problem (the default), 2 for a usage mistake.
    """

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def report_error(error: str | BaseException) -> None:
    """Print ``error`` to standard error as ``summitlib: error: ...``, every problem of a corpus error
    on its own line, and a file name with an operating-system error."""
    if isinstance(error, CorpusError):
        head = str(error).splitlines()[0] if str(error) else type(error).__name__
        lines = [head, *(f"  - {problem}" for problem in error.problems)]
    elif isinstance(error, OSError) and not isinstance(error, SummitlibError) and error.filename:
        lines = [f"{error.strerror or error}: {error.filename}"]
    else:
        lines = str(error).splitlines() or [type(error).__name__]
    print(f"{PROG}: error: {lines[0]}", file=sys.stderr)
    for line in lines[1:]:
        print(line, file=sys.stderr)


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("common options")
    group.add_argument(
        "--corpus",
        metavar="PATH",
        action="append",
        type=Path,
        help="a corpus directory, .json or .jsonl file to read instead of the bundled seed corpus "
        "(repeat to merge several)",
    )
    group.add_argument("--json", action="store_true", help="print JSON instead of a table, for scripts")
    return common


_COMMON = _common_options()


def add_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    handler: Handler,
    *,
    summary: str,
    description: str | None = None,
    epilog: str | None = None,
    aliases: tuple[str, ...] = (),
) -> argparse.ArgumentParser:
    """Register the sub-command ``name`` with the common options and return its parser."""
    text = description or summary
    parser = commands.add_parser(
        name,
        parents=[_COMMON],
        help=summary,
        description=textwrap.fill(text[0].upper() + text[1:], width=min(terminal_width(), 100)),
        epilog=epilog,
        aliases=list(aliases),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=handler)
    return parser


def load_corpus(args: argparse.Namespace) -> Corpus:
    """The corpus the command works on: ``--corpus`` paths merged, or the bundled seed corpus.

    Raises:
        LoadError: when a file does not load (with every problem found).
    """
    from summitlib._api import load

    paths: list[Path] | None = getattr(args, "corpus", None)
    return load(*paths) if paths else load()


def _argument_type(parse: Callable[[str], T], what: str) -> Callable[[str], T]:
    def convert(text: str) -> T:
        try:
            return parse(text)
        except (SummitlibError, ValueError) as error:
            raise argparse.ArgumentTypeError(f"{text!r} is not {what}: {error}") from None

    convert.__name__ = what  # argparse names the type in some messages
    return convert


when_argument: Callable[[str], When] = _argument_type(
    parse_when, "a date such as 2017, 2017-07, 2017-07-07 or 2017-11-10/2017-11-11"
)
date_argument: Callable[[str], PartialDate] = _argument_type(
    PartialDate.parse, "a date such as 2017, 2017-07 or 2017-07-07"
)


def positive_int(text: str) -> int:
    """An argparse type: a whole number >= 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number >= 1")
    return value


_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def byte_size(text: str) -> int:
    """An argparse type: a number of bytes, whole, with an optional unit of 1024 (K), 1024² (M) or
    1024³ (G), ``B`` after it optional (``64MB``, ``1G``, ``0``)."""
    number = text.strip().upper().removesuffix("B")
    unit = number[-1:] if number[-1:] in _UNITS else ""
    digits = number[: len(number) - len(unit)].strip()
    if not digits.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a size in bytes (such as 64MB, 1G or 0)")
    return int(digits) * _UNITS[unit]


def criteria(args: argparse.Namespace, names: dict[str, str]) -> dict[str, Any]:
    """The filter keywords given on the command line: ``names`` maps argument name to keyword."""
    found: dict[str, Any] = {}
    for argument, keyword in names.items():
        value = getattr(args, argument, None)
        if value is not None and value != []:
            found[keyword] = value
    return found


def innermost(corpus: Corpus, candidates: Sequence[str]) -> str | None:
    """Of several meetings a name fits, the one held during all the others, or None (the rule every
    look-up uses, [`innermost`][summitlib.query.criteria.innermost])."""
    from summitlib.query.criteria import innermost as _innermost

    return _innermost(corpus.meetings._store, candidates)


def unstructure(obj: object, unstructure_as: Any = None) -> Any:
    """[`summitlib.serialization.unstructure`][summitlib.serialization.unstructure], imported when a
    command first prints JSON (``summitlib --help`` needs no converter)."""
    from summitlib import serialization

    return serialization.unstructure(obj, unstructure_as)


class _Notes(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        print(f"{PROG}: {record.getMessage()}", file=sys.stderr)


def query(corpus: Corpus, call: Callable[..., T], keywords: dict[str, Any]) -> T:
    """``call(**keywords)``, printing on standard error the notes look-ups make (a meeting name that fits
    a meeting and the summit it was held at means the meeting, as everywhere in the Python API)."""
    from summitlib.query.criteria import NOTES  # here, not above: ``summitlib --help`` needs no query layer

    del corpus  # the rule lives in the query layer
    handler = _Notes(logging.INFO)
    previous = NOTES.level
    NOTES.addHandler(handler)
    NOTES.setLevel(logging.INFO)
    try:
        return call(**keywords)
    finally:
        NOTES.removeHandler(handler)
        NOTES.setLevel(previous)
