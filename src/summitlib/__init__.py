"""summitlib — a typed, provenance-first record of leader-level diplomacy.

News coverage of a summit is a pile of partial, conflicting accounts. summitlib keeps them as typed
records in which every fact points at the exact words of a source, and uncertainty and disagreement stay
visible. The public API, layer by layer (a lower layer never imports a higher one):

* **values** — [`PartialDate`][summitlib.PartialDate] and [`DateSpan`][summitlib.DateSpan] (dates that know
  their precision), [`DurationRange`][summitlib.DurationRange] ("more than two hours" is at least 120
  minutes, never 120), [`Place`][summitlib.Place];
* **model** — [`Leader`][summitlib.Leader] (with [`Role`][summitlib.Role]s over time),
  [`Issue`][summitlib.Issue], [`Source`][summitlib.Source], [`Meeting`][summitlib.Meeting] (with
  [`Outcome`][summitlib.Outcome]s), [`Claim`][summitlib.Claim] (a [`Speaker`][summitlib.Speaker], a topic, a
  typed value) and [`Evidence`][summitlib.Evidence] (a source id and an exact quote);
  [`Records`][summitlib.Records], checked into a consistent whole by
  [`check_records`][summitlib.check_records];
* **serialization** — `summitlib.serialization`: plain JSON data and back, through summitlib's own cattrs
  converter;
* **loading and saving** — [`load`][summitlib.load] (the bundled seed corpus, a YAML corpus directory, a
  JSON file, JSON Lines) and [`save`][summitlib.save] (atomic); `summitlib.importers` for GDELT, CAMEO
  and Archigos ([`read_gdelt`][summitlib.importers.read_gdelt],
  [`read_archigos`][summitlib.importers.read_archigos]);
* **query** — [`Corpus`][summitlib.corpus.Corpus] and its collections (`leaders`, `meetings`, `issues`,
  `sources`, `claims`: `get`, `lookup`, `search`, `filter`, `one`, `first`), disagreements,
  reconciliation and the timeline;
* **tables** — `summitlib.tables`: `Corpus.to_arrow()` (tidy, typed Arrow tables: meetings,
  participants, dyads, claims, evidence ...), `to_dataframe()`, `Corpus.sql()` through DuckDB;
* **extraction** — [`extract`][summitlib.extraction.extract]: candidate people, issues, dates, durations,
  attributions and meetings from a new article's text, each with its span;
* **drafting** — [`draft`][summitlib.draft]: one article's source, leaders, meetings and claims as records
  to review, every proposed value marked; [`consolidate`][summitlib.consolidate]: drafts merged into one
  another and into a corpus, one meeting per encounter, each merge reported with its reason;
* **CLI** — the `summitlib` command (`summitlib --help`);
* **errors** — everything raised on purpose derives from [`SummitlibError`][summitlib.SummitlibError].

Examples:
    >>> import summitlib
    >>> corpus = summitlib.load()
    >>> hamburg = corpus.meetings.filter(
    ...     between=["Trump", "Putin"], at="Hamburg").one()
    >>> print(hamburg.when, hamburg.place)
    2017-07-07 Hamburg, Germany
"""

import importlib as _importlib
import importlib.util as _importlib_util
import typing as _typing

from summitlib.claims import Claim, ClaimValue, Label, Number, Speaker, SpeakerKind, Topic
from summitlib.dates import DateSpan, PartialDate, Precision, When, parse_when
from summitlib.durations import DurationRange
from summitlib.errors import (
    AmbiguousError,
    CorpusError,
    InvalidValueError,
    LoadError,
    NotFoundError,
    Problem,
    SaveError,
    SchemaVersionError,
    SummitlibError,
)
from summitlib.model import (
    Issue,
    Leader,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Outcome,
    Role,
    RoleKind,
    Source,
    SourceKind,
)
from summitlib.places import Place
from summitlib.provenance import Evidence, Inference

if _typing.TYPE_CHECKING:  # imported on first use (see ``_LAZY``); listed here for type checkers and IDEs
    from summitlib._api import load, save
    from summitlib.collections import Claims, Collection, Issues, Leaders, Meetings, Sources
    from summitlib.corpus import Corpus
    from summitlib.disagreements import Disagreement, Position, Reconciliation
    from summitlib.drafting import Consolidation, Draft, Merge, consolidate, draft
    from summitlib.extraction import Extraction, Extractor, extract
    from summitlib.importers import read_archigos, read_gdelt
    from summitlib.records import Records, check_records
    from summitlib.timeline import EntryKind, TimelineEntry

__version__ = "0.1.0"

# The values and the model are imported with the package; the consistency checks of ``Records``, the
# query, storage, extraction and import machinery (and everything built on it) on first use of one of
# their names, so that ``import summitlib`` and ``summitlib --help`` stay light. Every name here is also
# in ``__all__`` and in the block above (tests/test_lazy_imports.py checks both).
_LAZY = {
    "load": "summitlib._api",
    "save": "summitlib._api",
    "Claims": "summitlib.collections",
    "Collection": "summitlib.collections",
    "Issues": "summitlib.collections",
    "Leaders": "summitlib.collections",
    "Meetings": "summitlib.collections",
    "Sources": "summitlib.collections",
    "Corpus": "summitlib.corpus",
    "Disagreement": "summitlib.disagreements",
    "Position": "summitlib.disagreements",
    "Reconciliation": "summitlib.disagreements",
    "Consolidation": "summitlib.drafting",
    "Draft": "summitlib.drafting",
    "Merge": "summitlib.drafting",
    "consolidate": "summitlib.drafting",
    "draft": "summitlib.drafting",
    "Extraction": "summitlib.extraction",
    "Extractor": "summitlib.extraction",
    "extract": "summitlib.extraction",
    "read_archigos": "summitlib.importers",
    "read_gdelt": "summitlib.importers",
    "Records": "summitlib.records",
    "check_records": "summitlib.records",
    "EntryKind": "summitlib.timeline",
    "TimelineEntry": "summitlib.timeline",
}


def __getattr__(name: str) -> _typing.Any:
    """Import a name of ``_LAZY`` from its module on first use (PEP 562), then keep it as a global."""
    module = _LAZY.get(name)
    if module is None:
        if not name.startswith("__") and _importlib_util.find_spec(f"{__name__}.{name}") is not None:
            return _importlib.import_module(f"{__name__}.{name}")  # a submodule: summitlib.records.X
        raise AttributeError(f"module 'summitlib' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "AmbiguousError",
    "Claim",
    "ClaimValue",
    "Claims",
    "Collection",
    "Consolidation",
    "Corpus",
    "CorpusError",
    "DateSpan",
    "Disagreement",
    "Draft",
    "DurationRange",
    "EntryKind",
    "Evidence",
    "Extraction",
    "Extractor",
    "Inference",
    "InvalidValueError",
    "Issue",
    "Issues",
    "Label",
    "Leader",
    "Leaders",
    "LoadError",
    "Meeting",
    "MeetingFormat",
    "MeetingStatus",
    "Meetings",
    "Merge",
    "NotFoundError",
    "Number",
    "Outcome",
    "PartialDate",
    "Place",
    "Position",
    "Precision",
    "Problem",
    "Reconciliation",
    "Records",
    "Role",
    "RoleKind",
    "SaveError",
    "SchemaVersionError",
    "Source",
    "SourceKind",
    "Sources",
    "Speaker",
    "SpeakerKind",
    "SummitlibError",
    "TimelineEntry",
    "Topic",
    "When",
    "__version__",
    "check_records",
    "consolidate",
    "draft",
    "extract",
    "load",
    "parse_when",
    "read_archigos",
    "read_gdelt",
    "save",
]
