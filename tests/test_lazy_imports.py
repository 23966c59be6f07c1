"""``import summitlib`` and ``summitlib --help`` stay light: the corpus machinery is imported on first use.

Each check runs in a fresh interpreter, since this test session has imported everything already.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys

import pytest

import summitlib

from .helpers import ROOT

HEAVY = (
    "summitlib._api",
    "summitlib.corpus",
    "summitlib.collections",
    "summitlib.query",
    "summitlib.storage",
)


def _loaded_after(code: str) -> set[str]:
    """The summitlib modules (and cattrs, yaml) a fresh interpreter has imported after running ``code``."""
    script = (
        f"{code}\nimport json, sys\n"
        "roots = {'summitlib', 'cattrs', 'yaml'}\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in roots)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def _heavy(modules: set[str]) -> set[str]:
    return {m for m in modules if m in HEAVY or m.startswith(tuple(f"{h}." for h in HEAVY))}


def test_import_summitlib_imports_no_corpus_machinery() -> None:
    loaded = _loaded_after("import summitlib")
    assert "summitlib.model" in loaded  # the check sees what was imported
    assert _heavy(loaded) == set()
    assert "cattrs" not in loaded and "yaml" not in loaded


def test_help_imports_no_corpus_machinery() -> None:
    loaded = _loaded_after(
        "import contextlib, io\nfrom summitlib.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n    assert main(['--help']) == 0"
    )
    assert "summitlib.cli._lists" in loaded
    assert _heavy(loaded) == set()
    assert "cattrs" not in loaded


def test_first_use_imports_the_machinery() -> None:
    loaded = _loaded_after("import summitlib\nsummitlib.Corpus")
    assert {"summitlib.corpus", "summitlib.query.store"} <= loaded


def test_star_import_gives_every_public_name() -> None:
    script = (
        "from summitlib import *\nimport summitlib\nassert all(n in globals() for n in summitlib.__all__)"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT, timeout=120)


def test_lazy_names_are_public_and_listed_for_type_checkers() -> None:
    """Every name imported on first use is in ``__all__`` and in the ``TYPE_CHECKING`` block, from the same
    module, so mypy and IDEs see exactly what ``__getattr__`` gives."""
    lazy = summitlib._LAZY
    assert set(lazy) <= set(summitlib.__all__)
    tree = ast.parse((ROOT / "src/summitlib/__init__.py").read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING")
    )
    typed = {
        alias.name: node.module
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert typed == lazy
    assert set(lazy) <= set(dir(summitlib))


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        summitlib.no_such_name  # noqa: B018


def test_loading_json_imports_no_yaml(tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("json") / "corpus.json"
    summitlib.save(summitlib.load(), path)
    loaded = _loaded_after(f"import summitlib\nsummitlib.load({str(path)!r})")
    assert "summitlib.storage" in loaded
    assert "yaml" not in loaded


def test_a_submodule_is_reached_as_an_attribute_after_import_summitlib() -> None:
    """`import summitlib` then `summitlib.records.Records` works as it did before the lazy imports."""
    code = "import summitlib; print(summitlib.records.Records.__name__, summitlib.storage.__name__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["Records", "summitlib.storage"]
