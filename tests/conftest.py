"""Shared test configuration: Hypothesis profiles and paths.

Profiles: ``dev`` (default, quick) and ``ci`` (more examples, no deadline). Pick one with
``--hypothesis-profile=ci`` or ``HYPOTHESIS_PROFILE=ci``. A property whose every example is a whole
generated corpus takes at most 100 of them (``corpus_examples()`` in ``helpers``).
"""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, settings

from summitlib.corpus import Corpus
from summitlib.records import Records
from summitlib.serialization import structure

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

from .helpers import DATA, ROOT  # noqa: E402  (the paths live in helpers; fixtures below use them)


@pytest.fixture(scope="session")
def query_corpus() -> Corpus:
    """A small hand-curated corpus on the seed texts (tests/data/query_corpus.json) for query tests.

    Sources name their text with ``text_file``, read from the repository's ``seeds/`` directory.
    """
    data = json.loads((DATA / "query_corpus.json").read_text(encoding="utf-8"))
    for source in data["sources"]:
        source["text"] = (ROOT / "seeds" / source.pop("text_file")).read_text(encoding="utf-8")
    return Corpus(structure(data, Records))
