"""docs/check_site.py: the headless-browser check of the built docs catches what a reader would see broken.

Runs the checker on two tiny pages (one fine, one with raw mermaid text, a broken image and a literal
snippet marker). CI runs it on the real site after ``mkdocs build``. Skipped without Chromium.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from .helpers import ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not any(shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome")),
        reason="needs a headless Chromium (Debian: apt-get install chromium)",
    ),
]

GOOD = "<html><head><title>good</title></head><body><h1>Fine</h1><pre><code>print(1)</code></pre></body>"
BAD = (
    "<html><head><title>bad</title></head><body><h1>Broken</h1>"
    '<pre class="">classDiagram\n  A --> B</pre><img src="missing.png">'
    '<pre><code>--8 &lt; --"examples/01.py"</code></pre></body></html>'
)


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_site", ROOT / "docs" / "check_site.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_site_check_fails_on_raw_mermaid_broken_images_and_snippet_markers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    (site / "bad").mkdir(parents=True)
    (site / "index.html").write_text(GOOD, encoding="utf-8")
    (site / "bad" / "index.html").write_text(BAD, encoding="utf-8")
    checker = _checker()
    monkeypatch.setattr(checker, "PAGES", ("", "bad/"))
    monkeypatch.setattr(checker, "SCREENSHOTS", {"home": ""})
    assert checker.main([str(site), "--screenshots", str(tmp_path / "shots")]) == 1
    out = capsys.readouterr().out
    assert "ok   / (1 code blocks)" in out
    assert "FAIL /bad/" in out
    assert "raw mermaid text: classDiagram" in out
    assert "broken image missing.png" in out
    assert 'literal snippet marker "--8 <"' in out
    assert (tmp_path / "shots" / "home.png").stat().st_size > 1000
