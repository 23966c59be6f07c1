"""Every Python code block in the docs and the README runs, page by page, in a fresh namespace.

Blocks of one page share a namespace (a page is a tutorial), and run in a temporary working directory so
that examples which save files leave nothing behind. Fences written as ```python are run; use ```pycon or
```text for output that is not code.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from .conftest import ROOT

FENCE = re.compile(r"^```python[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
PAGES = sorted([*ROOT.joinpath("docs").rglob("*.md"), ROOT / "README.md"])


def _blocks(page: Path) -> list[str]:
    return FENCE.findall(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", [p for p in PAGES if _blocks(p)], ids=lambda p: str(p.relative_to(ROOT)))
def test_code_blocks_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for number, block in enumerate(_blocks(page), start=1):
        code = compile(block, f"{page.relative_to(ROOT)} (block {number})", "exec")
        exec(code, namespace)


def test_pages_have_blocks_to_run() -> None:
    """Guard against the fence pattern silently matching nothing."""
    assert sum(len(_blocks(p)) for p in PAGES) >= 3
    assert os.path.exists(ROOT / "docs" / "data-model.md")
