"""Render docs/images/data-model.mmd to docs/images/data-model.svg, so the page needs no CDN.

The site shows the committed SVG; run this after editing the diagram. It needs Node's npm (to fetch
mermaid once, into a temporary directory) and a headless Chromium (Debian: ``apt-get install chromium``):

    python docs/make_diagram.py
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

IMAGES = Path(__file__).resolve().parent / "images"
PAGE = """<!doctype html><html><body><pre id="out"></pre>
<script src="mermaid.min.js"></script>
<script>
mermaid.initialize({startOnLoad: false, theme: "neutral", htmlLabels: false,
                    class: {htmlLabels: false}, fontFamily: "DejaVu Sans, Arial, sans-serif"});
mermaid.render("datamodel", %s).then(
  (r) => { document.getElementById("out").textContent = r.svg; },
  (e) => { document.getElementById("out").textContent = "ERROR " + e; });
</script></body></html>"""


def chromium() -> str:
    """The headless browser to use."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("no chromium on PATH (Debian: apt-get install chromium)")


def main() -> None:
    """Write data-model.svg from data-model.mmd."""
    source = (IMAGES / "data-model.mmd").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["npm", "install", "--silent", "--prefix", work, "mermaid@11"], check=True)
        Path(work, "mermaid.min.js").write_bytes(
            Path(work, "node_modules", "mermaid", "dist", "mermaid.min.js").read_bytes()
        )
        Path(work, "page.html").write_text(PAGE % json.dumps(source), encoding="utf-8")
        dom = subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000",
             "--dump-dom", Path(work, "page.html").as_uri()],
            check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
    found = re.search(r'<pre id="out">(.*?)</pre>', dom, re.DOTALL)
    svg = html.unescape(found.group(1)) if found else ""
    if not svg.startswith("<svg"):
        sys.exit(f"mermaid did not render the diagram: {svg[:300] or dom[:300]}")
    (IMAGES / "data-model.svg").write_text(svg + "\n", encoding="utf-8")
    print(IMAGES / "data-model.svg")


if __name__ == "__main__":
    main()
