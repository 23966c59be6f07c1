"""YAML, read safely: plain data only, with the file and line of anything wrong.

* only the safe constructor is used: a ``!!python/object`` tag is an error, never executed;
* a key twice in one mapping, or a key that is not text, is an error;
* dates stay text (``when: 2017-07-07`` is the string ``"2017-07-07"``);
* aliases may share values, but a document that expands beyond a limit ("billion laughs") is refused;
* the line of a record path (``$[3].when``) is found by walking the composed node tree.
"""

from __future__ import annotations

from typing import Any, ClassVar

import yaml

from summitlib.errors import Problem
from summitlib.storage._decode import DecodeError, check_surrogates, steps

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
