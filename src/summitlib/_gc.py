"""Pausing the cyclic garbage collector around bulk creation of many small objects."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["gc_paused"]


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, restoring its previous state afterwards.

    Building many small objects (records, dicts of a decoded document) triggers full collections that
    find nothing to free; pausing them makes bulk loads several times faster.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
