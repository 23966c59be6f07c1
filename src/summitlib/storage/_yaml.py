"""A corpus as a directory of YAML files and texts, and YAML read safely.

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

YAML is read as plain data only, with the file and line of anything wrong:

* only the safe constructor is used: a ``!!python/object`` tag is an error, never executed;
* a key twice in one mapping, or a key that is not text, is an error;
* dates stay text (``when: 2017-07-07`` is the string ``"2017-07-07"``);
* aliases may share values, but a document that expands beyond a limit ("billion laughs") is refused;
* the line of a record path (``$[3].when``) is found by walking the composed node tree.

This module (and PyYAML) is imported when a directory is first read or written.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any, ClassVar

import attrs
import yaml

from summitlib.errors import Problem
from summitlib.records import Records
from summitlib.storage._atomic import replace_directory, write_file
from summitlib.storage._decode import DecodeError, cannot_read, check_surrogates, read_text, steps
from summitlib.storage._problems import (
    KINDS,
    SCHEMA_VERSION,
    Origin,
    Part,
    read_header,
    record_index,
    with_lines,
)
from summitlib.storage._structure import take, unstructure_list

__all__ = ["MARKER", "read_directory", "write_directory"]

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class SafeLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """yaml safe loader that rejects repeated keys and keeps dates as text."""

    yaml_implicit_resolvers: ClassVar[dict[Any, list[tuple[str, Any]]]] = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[object, yaml.Node] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str) or key_node.tag != "tag:yaml.org,2002:str":
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"found the key {key_node.value if isinstance(key_node, yaml.ScalarNode) else '...'!r}, "
                    "which is not text; expected field names — quote the key if it is meant as text",
                    key_node.start_mark,
                )
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"found the key {key!r} twice (first on line {seen[key].start_mark.line + 1}); "
                    "expected each key once — remove or rename one",
                    key_node.start_mark,
                )
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


_STR, _MAP, _SEQ = (f"tag:yaml.org,2002:{name}" for name in ("str", "map", "seq"))
_ALIASED = -1  # key in the `done` table of `_construct`: an alias was followed
MAX_EXPANDED_VALUES = 10_000_000
"""Aliases may share values, but the document they expand to stays below this many values."""


def _expanded_size(root: yaml.Node) -> int:
    """How many values the document has once every alias is written out (a "billion laughs" guard)."""
    sizes: dict[int, int] = {}
    stack = [root]
    while stack:  # post-order without recursion: children are sized before their parents
        node = stack.pop()
        if id(node) in sizes:
            continue
        children = node.value if isinstance(node, yaml.SequenceNode) else []
        if isinstance(node, yaml.MappingNode):
            children = [child for pair in node.value for child in pair]
        pending = [c for c in children if id(c) not in sizes]
        if pending:
            stack.append(node)
            stack.extend(pending)
            sizes.setdefault(-id(node), 0)
            if sizes[-id(node)] > 1:  # seen twice with children still unsized: a cycle
                return MAX_EXPANDED_VALUES + 1
            sizes[-id(node)] += 1
            continue
        sizes[id(node)] = min(1 + sum(sizes[id(c)] for c in children), MAX_EXPANDED_VALUES + 1)
    return sizes[id(root)]


def _construct(node: yaml.Node, loader: SafeLoader, done: dict[int, Any]) -> Any:
    """Plain data from a composed node: a fast path for text, mappings and lists (the bulk of a corpus);
    every other scalar and any explicit tag goes through the safe constructor."""
    if node.tag == _STR and type(node) is yaml.ScalarNode:
        return node.value
    known = done.get(id(node))  # an alias: share, as PyYAML does (and never loop)
    if known is not None:
        done[_ALIASED] = True
        return known
    if node.tag == _MAP and type(node) is yaml.MappingNode:
        result: dict[str, Any] = {}
        done[id(node)] = result
        for key_node, value_node in node.value:
            if type(key_node) is not yaml.ScalarNode or key_node.tag != _STR:
                shown = key_node.value if isinstance(key_node, yaml.ScalarNode) else "..."
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"found the key {shown!r}, which is not text; expected field names — quote the key "
                    "if it is meant as text",
                    key_node.start_mark,
                )
            key = key_node.value
            if key in result:
                first = next(k for k, _ in node.value if getattr(k, "value", None) == key)
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"found the key {key!r} twice (first on line {first.start_mark.line + 1}); "
                    "expected each key once — remove or rename one",
                    key_node.start_mark,
                )
            result[key] = _construct(value_node, loader, done)
        return result
    if node.tag == _SEQ and type(node) is yaml.SequenceNode:
        items: list[Any] = []
        done[id(node)] = items
        items.extend(_construct(item, loader, done) for item in node.value)
        return items
    value = loader.construct_object(node, deep=True)
    done[id(node)] = value
    return value


def loads_yaml(text: str, file: str) -> Any:
    """Parse YAML text with `SafeLoader`; errors raise DecodeError with the line."""
    try:
        loader = SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            done: dict[int, Any] = {}
            data = _construct(node, loader, done)
            if _ALIASED in done and _expanded_size(node) > MAX_EXPANDED_VALUES:
                raise DecodeError(
                    Problem(
                        file=file,
                        message=f"YAML aliases expand this file to more than {MAX_EXPANDED_VALUES:,} values; "
                        "expected plain data — write the values out instead of nesting aliases",
                    )
                )
            check_surrogates(text, data, file)
            return data
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        what = " ".join(str(part) for part in (error.context, error.problem) if part)
        if "could not determine a constructor" in what:
            what += "; only plain YAML (mappings, lists, text, numbers, booleans) is allowed"
        raise DecodeError(Problem(file=file, line=line, message=f"malformed YAML: {what}")) from None
    except yaml.YAMLError as error:
        raise DecodeError(Problem(file=file, message=f"malformed YAML: {error}")) from None
    except (ValueError, TypeError, RecursionError) as error:  # e.g. an explicit "!!float abc"
        message = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise DecodeError(
            Problem(file=file, message=f"cannot read the YAML: {message}; expected plain YAML data")
        ) from None


def yaml_lines(text: str, paths: list[str]) -> list[int | None]:
    """The 1-based line of the deepest node of each record path (``$[3].when``) in YAML ``text``."""
    try:
        root: yaml.Node | None = yaml.compose(text, Loader=SafeLoader)
    except yaml.YAMLError:
        return [None] * len(paths)
    if root is None:
        return [None] * len(paths)
    lines: list[int | None] = []
    for path in paths:
        node = root
        for step in steps(path):
            child: yaml.Node | None = None
            if isinstance(step, str) and isinstance(node, yaml.MappingNode):
                child = next((v for k, v in node.value if getattr(k, "value", None) == step), None)
            elif isinstance(step, int) and isinstance(node, yaml.SequenceNode) and step < len(node.value):
                child = node.value[step]
            if child is None:
                break
            node = child
        lines.append(node.start_mark.line + 1)
    return lines


def _record_lines(text: str, paths: list[str]) -> list[int | None]:
    """`yaml_lines` of record paths: a record file holds the list itself (``$.meetings[3]`` is ``[3]``)."""
    local = []
    for path in paths:
        index = record_index(path)
        local.append(path if index is None else f"$[{index[1]}]{path[path.index(']') + 1 :]}")
    return yaml_lines(text, local)


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
        origin = Origin(file=file, format="yaml", path=path, find_lines=_record_lines)
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
