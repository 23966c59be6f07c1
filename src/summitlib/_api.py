"""`load` and `save`: a [`Corpus`][summitlib.Corpus] from and to the storage formats.

Examples:
    >>> import tempfile, pathlib, summitlib
    >>> from summitlib import Corpus, Records, Source, SourceKind
    >>> corpus = Corpus(Records(sources=[Source(id="s", text="Hello.", kind=SourceKind.NEWS)]), name="mine")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     summitlib.save(corpus, pathlib.Path(tmp, "mine.json"))
    ...     again = summitlib.load(pathlib.Path(tmp, "mine.json"))
    >>> again.records == corpus.records, again.name
    (True, 'mine')
"""

from __future__ import annotations

from summitlib._gc import gc_paused
from summitlib.corpus import Corpus
from summitlib.errors import CorpusError, LoadError
from summitlib.storage import StrPath, bundled_paths, read_located, save_records
from summitlib.storage._problems import Located

__all__ = ["load", "save"]


def load(*paths: StrPath) -> Corpus:
    """Load a corpus: the bundled one, or yours from one or more paths.

    Args:
        paths: corpus directories, ``.json`` or ``.jsonl`` files (the format is told from the path).
            Several paths are merged: records with the same id must be identical and are kept once.
            With no path, the corpus bundled with summitlib (built from its seed texts).

    Raises:
        LoadError: listing every problem found, each with its file, line (where the format has lines),
            record path (``$.meetings[3].when``), what was expected and what was found. Nothing is loaded.
        SchemaVersionError: a file was written by a newer summitlib.
    """
    with gc_paused(keep=True):  # one pause for reading and checking: the records are kept
        if paths:
            located, meta = read_located(paths)
        else:
            directory, texts = bundled_paths()
            located, meta = read_located([directory], texts=texts)
        return _corpus(located, meta.get("name"))


def _corpus(located: Located, name: str | None) -> Corpus:
    try:
        return Corpus(located.records, name=name)
    except LoadError:
        raise
    except CorpusError as error:
        raise located.load_error(error) from None


def save(corpus: Corpus, path: StrPath, *, format: str | None = None) -> None:
    """Save ``corpus`` to ``path`` atomically.

    Args:
        corpus: the corpus to write.
        path: a ``.json`` file, a ``.jsonl`` file, or a directory (any other path). An existing directory
            is replaced only if it is a corpus directory (it holds ``corpus.yaml``).
        format: ``"directory"``, ``"json"`` or ``"jsonl"`` to override the choice from the path.

    Raises:
        SaveError: nothing was written; a previous file or directory at ``path`` is unchanged and no
            temporary file is left behind.
    """
    save_records(corpus.records, path, format=format, name=corpus.name)
