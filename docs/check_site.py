"""Load key pages of the built docs in headless Chromium and fail on what a reader would see broken.

    mkdocs build --strict --site-dir site && python docs/check_site.py site --screenshots shots

Each page is served from ``site`` over HTTP (as a reader would get it, with no network beyond this
machine) and loaded in an iframe of a small checking page; once it has rendered, the checking page
looks at what the browser made of it:

* an image that did not load (``naturalWidth`` 0) is broken;
* diagram source (``classDiagram`` ...) shown as text, not drawn, is raw mermaid (material strips the
  ``mermaid`` class from the block when the mermaid script cannot load, e.g. offline);
* ``--8<--`` (or the ``--8 <`` a formatter made of it) in the text is a snippet that was not included;
* a page with no text at all did not load.

Screenshots of the pages named in ``SCREENSHOTS`` are written to ``--screenshots`` (look at them; keep
them out of git). Exit status 1 lists every problem. Needs ``chromium`` (Debian) on PATH.
"""

from __future__ import annotations

import argparse
import functools
import html
import http.server
import json
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

PAGES = (
    "",
    "getting-started/",
    "first-hour/",
    "tutorial/",
    "data-model/",
    "querying/",
    "formats/",
    "examples/",
    "plots/",
    "cli/",
    "reference/",
    "reference/model/",
    "reference/corpus/",
)
"""The pages checked (paths under the site root)."""

SCREENSHOTS = {
    "home": "",
    "getting-started": "getting-started/",
    "reference": "reference/model/",
    "examples": "examples/",
    "data-model": "data-model/",
}
"""Screenshot file name → page."""

CHECKER = r"""<!doctype html><html><body><pre id="result">pending</pre>
<iframe id="page" src="%s" style="width:1280px;height:2000px"></iframe>
<script>
const frame = document.getElementById("page");
frame.addEventListener("load", () => setTimeout(() => {
  const doc = frame.contentDocument;
  const problems = [];
  for (const img of doc.querySelectorAll("img")) {
    if (!img.complete || img.naturalWidth === 0) problems.push("broken image " + img.getAttribute("src"));
  }
  const diagram = /^\s*(classDiagram|graph|flowchart|sequenceDiagram|erDiagram|stateDiagram|gantt|pie)\b/;
  for (const block of doc.querySelectorAll(".mermaid, pre")) {
    const drawn = (block.shadowRoot || block).querySelector("svg");
    if (!drawn && diagram.test(block.textContent)) {
      problems.push("raw mermaid text: " + block.textContent.trim().slice(0, 40));
    }
  }
  const text = doc.body ? doc.body.innerText : "";
  for (const marker of ["--8<--", "--8 <"]) {
    if (text.includes(marker)) problems.push("literal snippet marker " + JSON.stringify(marker));
  }
  if (!text.trim()) problems.push("empty page");
  const code = doc.querySelectorAll("pre code").length;
  document.getElementById("result").textContent = JSON.stringify({problems, code, title: doc.title});
}, 3000));
</script></body></html>"""


def chromium() -> str:
    """The headless browser: Debian's ``chromium`` (or Chrome)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("no chromium on PATH (Debian: apt-get install chromium)")


class _Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/__check__/"):
            page = "/" + self.path.removeprefix("/__check__/")
            body = (CHECKER % html.escape(page, quote=True)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


def _browser(*arguments: str) -> subprocess.CompletedProcess[str]:
    command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def check_page(base: str, page: str) -> tuple[list[str], int]:
    """The problems on ``page`` and how many code blocks it has."""
    result = _browser("--virtual-time-budget=20000", "--dump-dom", f"{base}/__check__/{page}")
    found = re.search(r'<pre id="result">(.*?)</pre>', result.stdout, re.DOTALL)
    if not found or found.group(1) == "pending":
        return [f"the page did not finish loading ({result.stderr.strip()[-200:]})"], 0
    report = json.loads(html.unescape(found.group(1)))
    return list(report["problems"]), int(report["code"])


def screenshot(base: str, page: str, target: Path) -> None:
    """A 1280-pixel-wide screenshot of the top of ``page``."""
    size, wait = "--window-size=1280,1800", "--virtual-time-budget=10000"
    _browser(size, wait, f"--screenshot={target}", f"{base}/{page}")
    if not target.is_file():
        raise SystemExit(f"no screenshot written for {page or 'home'}")


def main(argv: list[str] | None = None) -> int:
    """Check the site; return 0 when every page is fine, 1 otherwise."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the directory mkdocs built")
    parser.add_argument("--screenshots", type=Path, help="where to write PNG screenshots")
    args = parser.parse_args(argv)
    handler = functools.partial(_Handler, directory=str(args.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    failures = 0
    try:
        for page in PAGES:
            problems, code = check_page(base, page)
            print(f"{'FAIL' if problems else 'ok  '} /{page} ({code} code blocks)")
            for problem in problems:
                print(f"       {problem}")
            failures += bool(problems)
        if args.screenshots is not None:
            args.screenshots.mkdir(parents=True, exist_ok=True)
            for name, page in SCREENSHOTS.items():
                screenshot(base, page, args.screenshots / f"{name}.png")
                print(f"screenshot {args.screenshots / (name + '.png')}")
    finally:
        server.shutdown()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
