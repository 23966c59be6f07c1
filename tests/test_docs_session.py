"""The command-line session of "Build a corpus from articles" runs, and prints what the page shows.

Each ```console block of docs/drafting.md that starts with ``$ summitlib`` and is followed by a ```text
block is run in order, in one temporary directory holding ``articles/`` (the development articles), and
its output must be the text block's. After a change that alters the output, regenerate the blocks with
``SUMMITLIB_UPDATE_DOCS=1 python -m pytest tests/test_docs_session.py`` and review the diff.
"""

from __future__ import annotations

import contextlib
import glob
import io
import os
import re
import shlex
import shutil
from pathlib import Path

import pytest

from summitlib.cli import main

from .helpers import DATA, ROOT

PAGE = ROOT / "docs" / "drafting.md"
SESSION = re.compile(r"```console\n(?P<command>\$ summitlib [^`]*?)```\n\n```text\n(?P<output>[^`]*?)```")
UPDATE = os.environ.get("SUMMITLIB_UPDATE_DOCS") == "1"


def _run(command: str) -> str:
    line = command.strip().removeprefix("$ ").replace("\\\n", " ")
    words = shlex.split(line)[1:]
    args = [match for word in words for match in (sorted(glob.glob(word)) if "*" in word else [word])]
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out), contextlib.suppress(SystemExit):
        main(args)
    return out.getvalue()


def test_the_drafting_session_prints_what_the_page_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(DATA / "articles" / "dev", tmp_path / "articles")
    monkeypatch.setenv("COLUMNS", "100")
    page = PAGE.read_text(encoding="utf-8")
    blocks = list(SESSION.finditer(page))
    assert len(blocks) >= 8
    replacements = []
    for block in blocks:
        printed = _run(block["command"])
        if UPDATE:
            replacements.append((block.span("output"), printed))
        else:
            assert printed == block["output"], block["command"]
    if UPDATE:
        for (start, end), printed in reversed(replacements):
            page = page[:start] + printed + page[end:]
        PAGE.write_text(page, encoding="utf-8")
