"""Collections: the leaders, meetings, issues, sources and claims of a corpus, and subsets of them.

Every collection is a read-only, ordered view on a [`Corpus`][summitlib.Corpus]: iterate it, take its
``len``, [`get`][summitlib.collections.Collection.get] or [`lookup`][summitlib.collections.Collection.lookup]
one record by object, id or name, [`search`][summitlib.collections.Collection.search] by name, and
``filter`` by criteria. ``filter`` returns the same collection type, so calls chain; criteria combine with
AND, and each accepts one value or a list (any of them may match).

Meetings come in chronological order (undated ones last); the other kinds in the order the records were
given.

This module is where these names live for readers; each class is written in the module of its kind in
[`summitlib.query`][summitlib.query] (``summitlib.query.meetings`` ...).
"""

from __future__ import annotations

from summitlib.query.claims import Claims
from summitlib.query.collection import Collection
from summitlib.query.issues import Issues
from summitlib.query.leaders import Leaders
from summitlib.query.meetings import Meetings
from summitlib.query.sources import Sources

__all__ = ["Claims", "Collection", "Issues", "Leaders", "Meetings", "Sources"]
