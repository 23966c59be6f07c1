"""Every code block in the docs and the README runs, page by page, and prints what the page shows.

Blocks of one page share a namespace (a page is a tutorial), and run in a temporary working directory so
that examples which save files leave nothing behind. Fences written as ```python or ```py are run; use
```pycon or ```text for output that is not code. A ```py block holding only snippet markers
(``--8<-- "examples/…"``) includes a script from ``examples/``, which `test_examples.py` runs.

A block that prints must be followed by a ```text block holding exactly what it printed, so the output a
reader sees cannot drift from what the code does. After changing code or docs, regenerate those blocks
with ``SUMMITLIB_UPDATE_DOCS=1 python -m pytest tests/test_docs.py`` and review the diff.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from .helpers import ROOT

FENCE = re.compile(r"^```(?P<lang>\w*)(?P<info>[^\n]*)\n(?P<body>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
SNIPPET = re.compile(r"^-+ *8 *< *-+ *(?P<path>.*)$", re.MULTILINE)
PAGES = sorted([*ROOT.joinpath("docs").rglob("*.md"), ROOT / "README.md"])
UPDATE = os.environ.get("SUMMITLIB_UPDATE_DOCS") == "1"


@dataclass
class Block:
    """A runnable block and, if the next fence follows it directly, that ```text output block."""

    code: str
    output: str | None
    output_span: tuple[int, int] | None
    end: int


def _blocks(text: str) -> list[Block]:
    fences = list(FENCE.finditer(text))
    blocks = []
    for number, fence in enumerate(fences):
        if fence["lang"] not in ("python", "py") or _only_snippets(fence["body"]):
            continue
        after = fences[number + 1] if number + 1 < len(fences) else None
        if after is not None and after["lang"] == "text" and not text[fence.end() : after.start()].strip():
            output, span = after["body"], after.span("body")
        else:
            output, span = None, None
        blocks.append(Block(fence["body"], output, span, fence.end()))
    return blocks


def _only_snippets(body: str) -> bool:
    lines = [line for line in body.splitlines() if line.strip()]
    return bool(lines) and all(SNIPPET.match(line) for line in lines)


def _page_blocks(page: Path) -> list[Block]:
    return _blocks(page.read_text(encoding="utf-8"))


def _run(page: Path, blocks: list[Block]) -> list[str]:
    """What each block prints, running them in order in one namespace."""
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    printed = []
    for number, block in enumerate(blocks, start=1):
        code = compile(block.code, f"{page.relative_to(ROOT)} (block {number})", "exec")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(code, namespace)
        printed.append(out.getvalue())
    return printed


def _rewrite(page: Path, blocks: list[Block], printed: list[str]) -> None:
    text = page.read_text(encoding="utf-8")
    edits: list[tuple[int, int, str]] = []
    for block, out in zip(blocks, printed, strict=True):
        if block.output_span is not None:
            edits.append((*block.output_span, out if out.endswith("\n") or not out else out + "\n"))
        elif out:
            edits.append((block.end, block.end, f"\n\n```text\n{out.rstrip(chr(10))}\n```"))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    page.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    "page", [p for p in PAGES if _page_blocks(p)], ids=lambda p: str(p.relative_to(ROOT))
)
def test_code_blocks_run_and_print_what_the_page_shows(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")  # command-line tables are laid out to the terminal's width
    blocks = _page_blocks(page)
    printed = _run(page, blocks)
    if UPDATE:
        _rewrite(page, blocks, printed)
        return
    for number, (block, out) in enumerate(zip(blocks, printed, strict=True), start=1):
        where = f"{page.relative_to(ROOT)} block {number}"
        if block.output is None:
            assert not out, f"{where} prints but no ```text block shows it:\n{out}"
        else:
            assert out.rstrip("\n") == block.output.rstrip("\n"), f"{where}: the page shows other output"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_snippet_markers_resolve(page: Path) -> None:
    """Every ``--8<--`` marker is written the way pymdownx.snippets reads it and names a file that exists
    (a formatter once turned them into ``--8 < --"…"``, which the site printed as text)."""
    text = page.read_text(encoding="utf-8")
    assert "--8 <" not in text
    for marker in SNIPPET.finditer(text):
        line = marker.group(0)
        assert re.fullmatch(r'--8<-- "[^"]+"', line), f"malformed snippet marker {line!r}"
        path = marker["path"].strip('"')
        assert (ROOT / path).is_file(), f"snippet {path!r} does not exist"


def test_examples_page_includes_every_script() -> None:
    text = ROOT.joinpath("docs", "examples.md").read_text(encoding="utf-8")
    included = {m["path"].strip('"') for m in SNIPPET.finditer(text)}
    scripts = {f"examples/{p.name}" for p in ROOT.joinpath("examples").glob("*.py")}
    assert included == scripts


def test_pages_have_blocks_to_run() -> None:
    """Guard against the fence pattern silently matching nothing."""
    assert sum(len(_page_blocks(p)) for p in PAGES) >= 50
    assert sum(b.output is not None for p in PAGES for b in _page_blocks(p)) >= 30


def test_fence_parsing() -> None:
    page = '```python\nprint(1)\n```\n\n```text\n1\n```\n\n```py\n--8<-- "examples/x.py"\n```\n'
    (block,) = _blocks(page)
    assert block.code == "print(1)\n"
    assert block.output == "1\n"


REFERENCED_MODULES = [
    "summitlib",
    "summitlib.collections",
    "summitlib.disagreements",
    "summitlib.timeline",
    "summitlib.storage",
    "summitlib.importers",
    "summitlib.extraction",
    "summitlib.plot",
    "summitlib.serialization",
    "summitlib.strategies",
]


@pytest.mark.parametrize("module", REFERENCED_MODULES)
def test_api_reference_shows_every_public_name(module: str) -> None:
    """Every name in a public module's ``__all__`` has a ``:::`` entry (or a ``members:`` line) in
    docs/reference/, or its module is rendered whole there."""
    import importlib

    text = "".join(p.read_text(encoding="utf-8") for p in ROOT.joinpath("docs", "reference").glob("*.md"))
    directives = re.findall(r"^::: ([\w.]+)\n(?!    options:\n      members)", text, re.MULTILINE)
    shown = {d.rsplit(".", 1)[-1] for d in re.findall(r"^::: ([\w.]+)", text, re.MULTILINE)}
    shown |= set(re.findall(r"^        - (\w+)$", text, re.MULTILINE))
    if module in directives:
        return
    names = [n for n in importlib.import_module(module).__all__ if not n.startswith("__")]
    assert [n for n in names if n not in shown] == []


def test_data_model_diagram_is_a_committed_svg_of_its_source() -> None:
    """The data-model page shows a pre-rendered SVG (no CDN needed), drawn from the .mmd beside it, with
    every class of the source and text labels (no HTML-in-SVG that an <img> would not show)."""
    page = ROOT.joinpath("docs", "data-model.md").read_text(encoding="utf-8")
    assert "](images/data-model.svg)" in page and "```mermaid" not in page
    source = ROOT.joinpath("docs", "images", "data-model.mmd").read_text(encoding="utf-8")
    svg = ROOT.joinpath("docs", "images", "data-model.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "foreignObject" not in svg
    for name in re.findall(r"^\s*class (\w+)", source, re.MULTILINE):
        assert f">{name}<" in svg, name


def test_attrs_classes_get_their_constructor_signature_in_the_reference() -> None:
    """docs/griffe_attrs.py gives attrs classes the __init__ attrs generates, so the reference shows
    which fields are required (``Meeting.format``) and the defaults of the others."""
    griffe = pytest.importorskip("griffe")
    import importlib.util

    spec = importlib.util.spec_from_file_location("griffe_attrs", ROOT / "docs" / "griffe_attrs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    extensions = griffe.load_extensions(module.AttrsSignatures())
    package = griffe.load(
        "summitlib", search_paths=[ROOT / "src"], extensions=extensions, docstring_parser="google"
    )
    init = package["model.Meeting"].members["__init__"]
    parameters = {p.name: p for p in init.parameters}
    assert parameters["format"].default is None and parameters["format"].kind.value == "keyword-only"
    assert parameters["participants"].default == "()"
    described = {
        item.name: item.description
        for section in package["model.Meeting"].docstring.parsed
        if section.kind.value == "attributes"
        for item in section.value
    }
    assert described["format"].endswith("Required.") and described["note"].endswith("Default: `None`.")
