"""Paths and Hypothesis settings shared by the tests (imported by them; `conftest` holds only fixtures and
profiles)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
"""The repository."""

DATA = ROOT / "tests" / "data"
"""The test data."""


def corpus_examples() -> settings:
    """Settings for a property whose every example is a whole generated corpus (`strategies.records()`):
    the profile's examples, at most 100 (60 with ``dev``, 100 with ``ci``).

    Drawing one such corpus costs about half a second of Hypothesis's own work, so 300 examples of each
    of these properties made up most of CI's test time. Call it when decorating, not at import: the
    ``ci`` profile is loaded after this module is first imported (by ``conftest``).
    """
    return settings(max_examples=min(settings.default.max_examples, 100))
