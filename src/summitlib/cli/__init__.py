"""The ``summitlib`` command: ask a corpus about leaders, meetings, issues, sources and claims.

Run ``summitlib --help`` for the commands, ``summitlib COMMAND --help`` for one of them. Every command
reads the bundled seed corpus unless given ``--corpus PATH`` (repeat it to merge several corpora), prints
aligned plain-text tables sized to the terminal, and prints JSON instead with ``--json``.

Exit codes: 0 success, 1 a data problem (a file that does not load, a name that matches nothing), 2 a
usage mistake (an unknown option, a malformed date). Errors go to standard error, without a traceback.

Examples:
    A usage mistake is reported on standard error and gives exit status 2:

    >>> main(["meetings", "--during", "2017-13"])
    2
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence

from summitlib.cli import _analysis, _draft, _extraction, _files, _imports, _lists, _show, _tables
from summitlib.cli._common import PROG, CommandError, report_error
from summitlib.errors import SummitlibError

__all__ = ["build_parser", "main"]

_DESCRIPTION = """\
Ask a summitlib corpus who met whom, when, for how long according to whom, and where the sources
disagree. Reads the bundled seed corpus unless given --corpus PATH. The common options --corpus
and --json may come before the command or after it."""

_EPILOG = """\
examples:
  summitlib meeting Hamburg
  summitlib meetings --between Trump Putin --during 2017
  summitlib claims --about Hamburg --topic duration
  summitlib leaders --search Lavrov
  summitlib disagreements --about Hamburg
  summitlib extract article.txt --published 2017-07-08
  summitlib draft article.txt --into my-corpus --published 2022-11-14
  summitlib export --to tables/ --format parquet
  summitlib sql "SELECT country_a, country_b, count(*) AS n FROM dyads GROUP BY ALL"

exit status: 0 success, 1 data problem, 2 usage mistake."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``summitlib`` command, with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from summitlib import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", dest="command")
    commands.required = True
    for module in (_lists, _show, _analysis, _extraction, _draft, _files, _imports, _tables):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``summitlib`` command with ``argv`` (default: ``sys.argv[1:]``) and return its exit code.

    Args:
        argv: the arguments after the program name.

    Returns:
        0 on success, 1 for a data problem, 2 for a usage mistake (130 when interrupted).
    """
    parser = build_parser()
    try:
        args = parser.parse_args(_command_first(list(sys.argv[1:] if argv is None else argv), parser))
    except SystemExit as exit_:  # argparse has printed the usage message or the help
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        code: int = args.handler(args)
    except CommandError as failure:
        report_error(str(failure))
        return failure.code
    except SummitlibError as error:
        report_error(error)
        return 1
    except BrokenPipeError:
        return _closed_pipe()
    except OSError as error:
        report_error(error)
        return 1
    except KeyboardInterrupt:
        report_error("interrupted")
        return 130
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        return _closed_pipe()
    return code


def _command_first(argv: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """``summitlib --corpus DIR meetings`` reads as ``summitlib meetings --corpus DIR``: the common
    options are the sub-commands', so those given before the command move after it."""
    commands: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            commands.update(action.choices)
    at = 0
    while at < len(argv):
        if argv[at] == "--json" or argv[at].startswith("--corpus="):
            at += 1
        elif argv[at] == "--corpus" and at + 1 < len(argv):
            at += 2
        else:
            break
    if 0 < at < len(argv) and argv[at] in commands:
        return [argv[at], *argv[:at], *argv[at + 1 :]]
    if 0 < at == len(argv):
        parser.error(f"a COMMAND is required after {' '.join(argv)} (for example: meetings)")
    return argv


def _closed_pipe() -> int:
    """``summitlib meetings | head`` closed the pipe early: not an error. Point standard output at
    /dev/null so that the interpreter's final flush does not complain either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):  # not a real file (captured output)
        pass
    return 0
