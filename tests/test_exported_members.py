"""The public surface: ``summitlib.__all__`` is exactly the public names, sorted, and all documented."""

from __future__ import annotations

import re

import summitlib

from .helpers import ROOT

EXPECTED = {
    # values
    "DateSpan", "DurationRange", "PartialDate", "Place", "Precision", "When", "parse_when",
    # model
    "Claim", "ClaimValue", "Evidence", "Inference", "Issue", "Label", "Leader", "Meeting", "MeetingFormat",
    "MeetingStatus", "Number", "Outcome", "Records", "Role", "RoleKind", "Source", "SourceKind", "Speaker",
    "SpeakerKind", "Topic", "check_records",
    # errors
    "AmbiguousError", "CorpusError", "InvalidValueError", "LoadError", "NotFoundError", "Problem",
    "SaveError", "SchemaVersionError", "SummitlibError",
    # corpus and queries
    "Claims", "Collection", "Corpus", "Disagreement", "EntryKind", "Issues", "Leaders", "Meetings",
    "Position", "Reconciliation", "Sources", "TimelineEntry",
    # loading, importing, extraction
    "load", "save", "read_archigos", "read_gdelt", "Extraction", "Extractor", "extract",
    # drafting
    "Consolidation", "Draft", "Merge", "consolidate", "draft",
    "__version__",
}  # fmt: skip


def test_all_is_exactly_the_public_surface() -> None:
    assert set(summitlib.__all__) == EXPECTED
    assert list(summitlib.__all__) == sorted(summitlib.__all__)


def test_every_exported_name_resolves() -> None:
    for name in summitlib.__all__:
        assert getattr(summitlib, name) is not None, name
    assert set(summitlib.__all__) <= set(dir(summitlib))


def test_no_other_public_names_leak() -> None:
    modules = {"claims", "collections", "corpus", "dates", "disagreements", "durations", "errors", "model",
               "places", "provenance", "records", "timeline", "storage", "serialization", "extraction",
               "importers", "query", "strategies", "plot", "cli", "tables", "drafting"}  # fmt: skip
    public = {n for n in vars(summitlib) if not n.startswith("_")}
    assert public - set(summitlib.__all__) <= modules


def test_every_exported_name_is_in_the_api_reference() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in ROOT.joinpath("docs").rglob("*.md"))
    documented = {ref.rsplit(".", 1)[-1] for ref in re.findall(r"^::: (summitlib[\w.]*)", text, re.MULTILINE)}
    missing = sorted(n for n in summitlib.__all__ if not n.startswith("__") and n not in documented)
    assert not missing, f"not in any '::: summitlib...' directive: {missing}"


def test_lazy_names_do_not_load_heavy_modules_on_import() -> None:
    import subprocess
    import sys

    heavy = ("summitlib.extraction", "summitlib.drafting", "summitlib.importers", "summitlib.tables",
             "pandas", "matplotlib", "dateutil", "pyarrow", "duckdb", "polars", "dask")  # fmt: skip
    code = f"import sys, summitlib; print(sorted(m for m in sys.modules if m.startswith({heavy!r})))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
