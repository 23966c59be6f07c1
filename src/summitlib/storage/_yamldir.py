"""A corpus as a directory: YAML records plus the source texts as plain files.

::

    DIR/corpus.yaml     schema_version: 2, name, description (optional), texts: texts
    DIR/leaders.yaml    a YAML list of leaders (their plain form)
    DIR/issues.yaml     ... of issues
    DIR/meetings.yaml   ... of meetings
    DIR/sources.yaml    ... of sources, each with ``text_file: NAME.txt`` instead of ``text``
    DIR/claims.yaml     ... of claims
    DIR/texts/NAME.txt  the UTF-8 text of each source

All record files are optional (a missing file holds no records). Texts must stay inside the corpus
directory: ``../`` and symbolic links that lead outside are rejected.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import attrs
import yaml

from summitlib.errors import Problem
from summitlib.records import Records
from summitlib.storage._atomic import replace_directory, write_file
from summitlib.storage._build import KINDS, Origin, Part, take, with_lines
from summitlib.storage._decode import DecodeError, cannot_read, read_text
from summitlib.storage._fast import unstructure_list
from summitlib.storage._schema import SCHEMA_VERSION, read_header
from summitlib.storage._yaml import loads_yaml, yaml_lines

MARKER = "corpus.yaml"
_ALLOWED = ("schema_version", "name", "description", "texts")
_Dumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _inside(root: Path, candidate: Path) -> bool:
    try:
        real_root, real = os.path.realpath(root), os.path.realpath(candidate)
        return os.path.commonpath([real_root, real]) == real_root
    except (OSError, ValueError):  # a NUL byte, a loop of links ...
        return False


def _record_file(directory: Path, path: Path) -> Problem | bool | None:
    """Whether the record file ``path`` is there (True), missing (False), or a problem: a link leading
    out of the corpus directory, or a path that cannot be looked at (it is then not opened)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    except (OSError, ValueError) as error:
        return cannot_read(str(path), error).problem
    if stat.S_ISLNK(info.st_mode) and not _inside(directory, path):
        return Problem(
            file=str(path),
            message=f"the file is a link to {os.path.realpath(path)!r}, outside the corpus directory; "
            "expected a file inside it (it was not read)",
        )
    return True


_ATTEMPTS = 5


def read_directory(
    directory: Path, texts: Path | None = None
) -> tuple[list[Part], dict[str, str], list[Problem]]:
    """The parts of a corpus directory, its metadata, and every problem found.

    A save that swaps a new corpus in while the files are read would give a mixture of the two: when the
    directory at the path is not the same before and after the read, it is read again (a few times).

    Args:
        directory: the corpus directory.
        texts: the directory of source texts, overriding ``corpus.yaml``'s ``texts`` (for the bundled
            corpus, whose texts are installed elsewhere).
    """
    for _ in range(_ATTEMPTS):
        before = _identity(directory)
        found = _read_directory(directory, texts)
        if before is None or before == _identity(directory):
            break
    return found


def _identity(directory: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(directory)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _read_directory(directory: Path, texts: Path | None) -> tuple[list[Part], dict[str, str], list[Problem]]:
    head = directory / MARKER
    there = _record_file(directory, head)
    if isinstance(there, Problem):
        return [], {}, [there]
    if not there:
        problem = Problem(
            file=str(head),
            message="no corpus.yaml in this directory; expected a corpus directory with "
            f"corpus.yaml (schema_version: {SCHEMA_VERSION}, name: ...)",
        )
        return [], {}, [problem]
    try:
        text = read_text(head, str(head))
        data = loads_yaml(text, str(head))
    except DecodeError as error:
        return [], {}, [error.problem]
    version, meta, problems = read_header(data, str(head), allowed=_ALLOWED, kind=False)
    lines = yaml_lines(text, [p.path for p in problems])
    problems = [attrs.evolve(p, line=line) for p, line in zip(problems, lines, strict=True)]
    if version is None:
        return [], meta, problems
    if texts is None:
        texts = directory / meta.get("texts", "texts")
        if not _inside(directory, texts):
            problems.append(
                Problem(
                    file=str(head),
                    path="$.texts",
                    line=yaml_lines(text, ["$.texts"])[0],
                    message=f"the texts directory {meta['texts']!r} is outside the corpus directory; "
                    "expected a directory inside it, such as 'texts'",
                )
            )
            return [], meta, problems
    parts = []
    for kind in KINDS:
        path = directory / f"{kind}.yaml"
        there = _record_file(directory, path)
        if isinstance(there, Problem):
            problems.append(there)
            continue
        if not there:
            continue
        file = str(path)
        try:
            text = read_text(path, file)
            if not text.strip():
                raise DecodeError(
                    Problem(
                        file=file,
                        message=f"the file is empty; expected a YAML list of {kind} (write [] for none)",
                    )
                )
            items = loads_yaml(text, file)
        except DecodeError as error:
            problems.append(error.problem)
            continue
        origin = Origin(file=file, format="yaml", path=path)
        if kind == "sources" and isinstance(items, list):
            items, found = _attach_texts(items, texts, origin)
            problems.extend(found)
            if found:
                continue
        part, found = take(kind, items, origin, version)
        problems.extend(found)
        if part is not None:
            parts.append(part)
    return parts, meta, problems


def _attach_texts(items: list[Any], texts: Path, origin: Origin) -> tuple[list[Any], list[Problem]]:
    """Replace each source's ``text_file`` by the ``text`` read from it."""
    result: list[Any] = []
    problems: list[Problem] = []

    def problem(index: int, field: str, message: str) -> None:
        problems.append(Problem(file=origin.file, path=f"$.sources[{index}]{field}", message=message))

    for index, item in enumerate(items):
        if not isinstance(item, dict):
            result.append(item)
            continue
        item = dict(item)
        if "text" in item:
            problem(
                index,
                ".text",
                "a source's text is not written in sources.yaml; expected "
                "text_file: NAME.txt naming a file in the texts directory",
            )
            continue
        name = item.pop("text_file", None)
        if not isinstance(name, str) or not name.strip():
            found = "missing" if name is None else f"{name!r}"
            problem(
                index,
                ".text_file",
                f"expected text_file: NAME.txt (a file in the texts directory), got {found}",
            )
            continue
        path = texts / name
        if "\0" in name or os.path.isabs(name) or not _inside(texts, path):
            problem(
                index,
                ".text_file",
                f"the text file {name!r} is outside the texts directory {texts}; "
                "expected a file name inside it (no '..', absolute paths or links leading out)",
            )
            continue
        if not os.path.lexists(path):
            problem(
                index,
                ".text_file",
                f"the text file {name!r} does not exist in {texts}; expected an existing UTF-8 text file",
            )
            continue
        try:
            item["text"] = read_text(path, str(path), exact=True)  # every character counts for offsets
        except DecodeError as error:
            problem(index, ".text_file", f"cannot read {name!r}: {error.problem.message}")
            continue
        result.append(item)
    return result, with_lines(problems, origin)  # one read of sources.yaml for the lines of all


def _text_names(records: Records) -> list[str]:
    """A distinct, portable file name for each source's text (``ID.txt``)."""
    names: list[str] = []
    taken: set[str] = set()
    for source in records.sources:
        stem = source.id.replace(":", "_")
        name, n = f"{stem}.txt", 1
        while name.lower() in taken:  # case-insensitive file systems
            n += 1
            name = f"{stem}-{n}.txt"
        taken.add(name.lower())
        names.append(name)
    return names


def _dump(data: Any) -> bytes:
    text: str = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return text.encode("utf-8")


def write_directory(records: Records, directory: Path, meta: dict[str, str]) -> None:
    """Write ``records`` as a corpus directory, replacing an existing corpus directory atomically."""

    def fill(temporary: Path) -> None:
        head: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "name": meta.get("name", directory.name)}
        if "description" in meta:
            head["description"] = meta["description"]
        head["texts"] = "texts"
        write_file(temporary / MARKER, _dump(head))
        (temporary / "texts").mkdir()
        names = _text_names(records)
        for source, name in zip(records.sources, names, strict=True):
            write_file(temporary / "texts" / name, source.text.encode("utf-8"))
        for kind, cls in KINDS.items():
            data = unstructure_list(getattr(records, kind), cls)
            if kind == "sources":
                for item, name in zip(data, names, strict=True):
                    del item["text"]
                    item["text_file"] = name
            write_file(temporary / f"{kind}.yaml", _dump(data))

    replace_directory(directory, fill, marker=MARKER)
