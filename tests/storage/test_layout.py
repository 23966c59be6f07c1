"""The storage package's layout: a few modules, each importing only those below it, so that following a
load through the code never climbs back up (the package itself sits on top and imports the formats)."""

from __future__ import annotations

import ast
from pathlib import Path

import summitlib.storage

PACKAGE = Path(summitlib.storage.__file__).parent

LAYERS = ["_atomic", "_decode", "_problems", "_structure", "_msgspec", "_json", "_yaml"]
"""From the bottom up; a module may import the modules before it (`_json` and `_yaml` are peers)."""


def _imported(module: str) -> set[str]:
    """The storage modules (or the package, as ``""``) that ``module`` imports, at any depth of its code."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("summitlib.storage"):
            found.add(node.module.removeprefix("summitlib.storage").removeprefix("."))
        elif isinstance(node, ast.Import):
            found.update(
                alias.name.removeprefix("summitlib.storage").removeprefix(".")
                for alias in node.names
                if alias.name.startswith("summitlib.storage")
            )
    return found


def test_at_most_eight_modules() -> None:
    modules = sorted(path.stem for path in PACKAGE.glob("*.py"))
    assert modules == sorted(["__init__", *LAYERS])
    assert len(modules) <= 8


def test_each_module_imports_only_modules_below_it() -> None:
    for position, module in enumerate(LAYERS):
        below = set(LAYERS[:position]) - ({"_json"} if module == "_yaml" else set())
        assert _imported(module) <= below, module
