"""The exceptions summitlib raises.

Every error derives from [`SummitlibError`][summitlib.SummitlibError] and also from the builtin it
resembles, so ``except LookupError`` or ``except ValueError`` keep working in code that does not know
summitlib::

    SummitlibError
    ├── InvalidValueError (ValueError)        a value or field is not what was expected
    ├── NotFoundError (LookupError)           no record matches a name or id; carries suggestions
    ├── AmbiguousError (LookupError)          more than one record matches where one was required
    ├── CorpusError (ValueError)              the records do not form a consistent corpus
    │   └── LoadError                         a file could not be loaded; carries every Problem found
    │       └── SchemaVersionError            the file was written by an unknown (newer) schema version
    └── SaveError (OSError)                   a corpus could not be written; the old file is untouched

A [`Problem`][summitlib.Problem] is one finding of a load or a consistency check: where (file, line, the
record path such as ``$.meetings[3].when``) and what (expected, found).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import attrs

__all__ = [
    "AmbiguousError",
    "CorpusError",
    "InvalidValueError",
    "LoadError",
    "NotFoundError",
    "Problem",
    "SaveError",
    "SchemaVersionError",
    "SummitlibError",
]


class SummitlibError(Exception):
    """Base class of every exception summitlib raises on purpose."""


class InvalidValueError(SummitlibError, ValueError):
    """A value is not valid for the field it was given to.

    Attributes:
        field: the qualified field name, e.g. ``"Meeting.when"`` (empty when not tied to a field).
        expected: what the field accepts.
        found: ``repr`` of what arrived.
    """

    def __init__(self, field: str, expected: str, found: object) -> None:
        self.field = field
        self.expected = expected
        self.found = repr(found)
        where = f"{field}: " if field else ""
        super().__init__(f"{where}expected {expected}, got {self.found}")


class NotFoundError(SummitlibError, LookupError):
    """Nothing matches a name or id.

    Attributes:
        kind: what was looked for (``"leader"``, ``"meeting"`` ...).
        key: the name or id given.
        suggestions: close matches, best first (possibly empty). When given as a function, they are
            computed the first time they (or the message) are needed, so a ``get()`` miss that nobody
            prints costs no fuzzy search.
    """

    def __init__(
        self, kind: str, key: object, suggestions: Sequence[str] | Callable[[], Sequence[str]] = ()
    ) -> None:
        self.kind = kind
        self.key = key
        self._suggest = suggestions if callable(suggestions) else None
        self._suggestions = None if callable(suggestions) else tuple(suggestions)
        super().__init__(kind, key)

    @property
    def suggestions(self) -> tuple[str, ...]:
        """Close matches, best first (possibly empty)."""
        if self._suggestions is None:
            assert self._suggest is not None
            self._suggestions = tuple(self._suggest())
        return self._suggestions

    def __str__(self) -> str:  # LookupError/KeyError-style quoting is not wanted here
        message = f"no {self.kind} matches {self.key!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        return message

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.kind, self.key, self.suggestions))


class AmbiguousError(SummitlibError, LookupError):
    """More than one record matches where exactly one was required.

    Attributes:
        kind: what was looked for.
        key: the name, id or criteria given.
        candidates: ids of the records that matched (possibly truncated).
    """

    def __init__(self, kind: str, key: object, candidates: Sequence[str]) -> None:
        self.kind = kind
        self.key = key
        self.candidates = tuple(candidates)
        shown = ", ".join(repr(c) for c in self.candidates[:10])
        more = f" and {len(self.candidates) - 10} more" if len(self.candidates) > 10 else ""
        super().__init__(f"{key!r} matches more than one {kind}: {shown}{more}")

    def __str__(self) -> str:
        return str(self.args[0])


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a file or a set of records.

    Attributes:
        message: what is wrong, including what was expected and what was found.
        path: the record path inside the document, e.g. ``$.meetings[3].when`` (``$`` for the whole).
        file: the file the record came from, when there is one.
        line: the 1-based line in that file, where the format has lines and it is known.
    """

    message: str
    path: str = "$"
    file: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.file or "<data>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.path}: {self.message}"


class CorpusError(SummitlibError, ValueError):
    """Records that do not form a consistent corpus (dangling ids, quotes not in their source ...).

    Attributes:
        problems: every problem found, not only the first.
    """

    def __init__(self, problems: Iterable[Problem], summary: str | None = None) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        head = summary or f"{count} problem{'s' if count != 1 else ''} found"
        lines = [head, *(f"  - {p}" for p in self.problems[:50])]
        if count > 50:
            lines.append(f"  ... and {count - 50} more")
        super().__init__("\n".join(lines))


class LoadError(CorpusError):
    """A file could not be loaded. Nothing was loaded: a failed load changes nothing."""


class SchemaVersionError(LoadError):
    """The file declares a schema version this summitlib does not know (written by a newer one)."""


class SaveError(SummitlibError, OSError):
    """A corpus could not be saved. The previous file, if any, is left as it was."""
