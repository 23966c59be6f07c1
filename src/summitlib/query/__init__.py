"""The query layer: a corpus's indexes and its collections, one module per kind.

Readers use it through [`Corpus`][summitlib.Corpus] and the collection classes that
[`summitlib.collections`][summitlib.collections] (the public home of those names) re-exports. Inside:

* `store` — [`Store`][summitlib.query.store.Store]: the records of each kind in collection order and
  the indexes queries start from, each built on first use;
* `criteria` — what every ``filter`` shares: the keys it accepts (an object, an id or a name), look-ups,
  day ranges and the one date-overlap test, [`Criterion`][summitlib.query.criteria.Criterion];
* `collection` — [`Collection`][summitlib.collections.Collection], the base of every collection;
* `leaders`, `meetings`, `issues`, `sources`, `claims` — one collection class each, with its ``filter``;
* `timeline` — ``Corpus.timeline``, composed from the meetings' and claims' criteria.

Layers point down: `store` and `criteria` know nothing of collections; the kinds know only `collection`,
`criteria` and `store`; `timeline` composes the meetings and claims.
"""

__all__: list[str] = []
