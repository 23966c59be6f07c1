"""summitlib — a typed, provenance-first record of leader-level diplomacy.

News coverage of a summit is a pile of partial, conflicting accounts. summitlib keeps them as typed
records in which every fact points at the exact words of a source, and uncertainty and disagreement stay
visible:

* **values** — [`PartialDate`][summitlib.PartialDate] and [`DateSpan`][summitlib.DateSpan] (dates that know
  their precision), [`DurationRange`][summitlib.DurationRange] ("more than two hours" is at least 120
  minutes, never 120), [`Place`][summitlib.Place];
* **model** — [`Leader`][summitlib.Leader] (with [`Role`][summitlib.Role]s over time),
  [`Issue`][summitlib.Issue], [`Source`][summitlib.Source], [`Meeting`][summitlib.Meeting] (with
  [`Outcome`][summitlib.Outcome]s), [`Claim`][summitlib.Claim] (a [`Speaker`][summitlib.Speaker], a topic, a
  typed value) and [`Evidence`][summitlib.Evidence] (a source id and an exact quote);
* **records** — [`Records`][summitlib.Records], checked into a consistent whole by
  [`check_records`][summitlib.check_records];
* **serialization** — `summitlib.serialization`: plain JSON data and back, through summitlib's own cattrs
  converter;
* **errors** — everything raised derives from [`SummitlibError`][summitlib.SummitlibError].
"""

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
from summitlib.records import Records, check_records

__version__ = "0.1.0"

__all__ = [
    "AmbiguousError",
    "Claim",
    "ClaimValue",
    "CorpusError",
    "DateSpan",
    "DurationRange",
    "Evidence",
    "Inference",
    "InvalidValueError",
    "Issue",
    "Label",
    "Leader",
    "LoadError",
    "Meeting",
    "MeetingFormat",
    "MeetingStatus",
    "NotFoundError",
    "Number",
    "Outcome",
    "PartialDate",
    "Place",
    "Precision",
    "Problem",
    "Records",
    "Role",
    "RoleKind",
    "SaveError",
    "SchemaVersionError",
    "Source",
    "SourceKind",
    "Speaker",
    "SpeakerKind",
    "SummitlibError",
    "Topic",
    "When",
    "__version__",
    "check_records",
    "parse_when",
]
