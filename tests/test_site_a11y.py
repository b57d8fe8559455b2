"""The read-only copy's accessibility: axe-core finds no WCAG 2.1 A or AA violation on any page,
and every picture carries the alt text stored with its output.

``tools/build_site.py`` builds the copy into a temporary folder, which a local HTTP server
serves on 127.0.0.1. Every page opens in headless Chromium (Debian's, as in ``tests/e2e``); every
request that is not to 127.0.0.1 (or ``file://``) is blocked and recorded, and none may be made:
nothing on a page comes from the web. axe-core, pinned in ``tests/a11y/package.json`` and
installed there with ``npm ci`` on first use, checks the page against the tags wcag2a, wcag2aa,
wcag21a and wcag21aa. What axe cannot decide by itself (its "incomplete" items, for example the
contrast of text whose background it cannot compute) is printed for a person to look at, not
failed.

Skipped with a reason without Chromium or Playwright, or without npm while axe-core is not yet
installed in ``tests/a11y/node_modules``.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import threading
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import nbformat
import pytest

import ib_helpers as ib
from ib_helpers.panels.snapshot import SELF_CHECK_CELL
from tests.conftest import load_builder

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
PAGES = [f"{p.stem}.html" for p in NOTEBOOKS] + ["index.html"]
AXE_DIR = ROOT / "tests" / "a11y"
AXE_JS = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
#: 04's self-check questions, in order: axe sees their feedback too.
SELF_CHECKS = [
    m.group(1)
    for c in nbformat.read(ROOT / "notebooks" / "04-compare.ipynb", as_version=4).cells
    if c.cell_type == "code" and (m := SELF_CHECK_CELL.match(c.source))
]
# What nbconvert writes on an <img> that has no alt text of its own.
PLACEHOLDER = "No description has been provided for this image"
# The mime types nbconvert's HTML exporter shows before image/png (its display priority).
ABOVE_PNG = (
    "application/vnd.jupyter.widget-view+json",
    "application/javascript",
    "text/html",
    "text/markdown",
    "image/svg+xml",
    "text/vnd.mermaid",
    "text/latex",
)


class Images(HTMLParser):
    """The ``alt`` of every ``<img>`` whose picture is an inline PNG, in page order."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.alts, self.all_alts = [], []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag != "img":
            return
        attrs = dict(attrs)
        self.all_alts.append(attrs.get("alt"))
        if (attrs.get("src") or "").startswith("data:image/png;base64,"):
            self.alts.append(attrs.get("alt"))


def stored_alts(builder, notebook):
    """The alt text (or None) of every PNG the page shows for ``notebook``, in order. A slider
    panel keeps its stored picture, with its alt, under the live panel the page's script draws
    (for a browser without scripts), so its picture counts as it is stored."""
    nb = builder.static_outputs(nbformat.read(notebook, as_version=4), live=False)
    alts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            data = output.get("data", {})
            if "image/png" in data and not any(mime in data for mime in ABOVE_PNG):
                alt = output.get("metadata", {}).get("image/png", {}).get("alt")
                alts.append(alt.strip() if isinstance(alt, str) and alt.strip() else None)
    return alts


# --- the alt text, from the built HTML (no browser) ---------------------------------------------


def test_the_build_puts_each_outputs_alt_text_on_its_picture(tmp_path):
    """A picture's alt text comes from its output's metadata, also through a widget's output."""
    png = (  # one pixel
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5Erk"
        "Jggg=="
    )
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Pictures"),
        nbformat.v4.new_code_cell(
            "plot()",
            outputs=[
                nbformat.v4.new_output(
                    "display_data",
                    data={"image/png": png, "text/plain": "<Figure>"},
                    metadata={"image/png": {"alt": 'A "figure": x < y & more'}},
                ),
                nbformat.v4.new_output(
                    "display_data",
                    data={
                        "application/vnd.jupyter.widget-view+json": {"model_id": "0" * 32},
                        "image/png": png,
                        "text/plain": "VBox(children=(...))",
                    },
                    metadata={"image/png": {"alt": "The panel's scene"}},
                ),
                nbformat.v4.new_output("display_data", data={"image/png": png}),
            ],
        ),
    ]
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    nbformat.write(nb, notebooks / "pictures.ipynb")
    builder = load_builder()
    builder.build(tmp_path / "site", notebooks)
    page = Images((tmp_path / "site" / "pictures.html").read_text(encoding="utf-8"))
    assert page.alts == ['A "figure": x < y & more', "The panel's scene", PLACEHOLDER]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_picture_shows_the_alt_text_stored_with_it(site, notebook):
    out, builder = site
    page = Images((out / f"{notebook.stem}.html").read_text(encoding="utf-8"))
    expected = [alt or PLACEHOLDER for alt in stored_alts(builder, notebook)]
    assert page.alts == expected
    assert all(page.all_alts), "an <img> without alt text"


def test_every_picture_has_its_own_alt_text(site):
    """No picture goes without a description: none carries nbconvert's placeholder."""
    out, builder = site
    missing = []
    for notebook in NOTEBOOKS:
        for i, alt in enumerate(stored_alts(builder, notebook)):
            if alt is None:
                missing.append(f"{notebook.name}: picture {i + 1}")
        page = Images((out / f"{notebook.stem}.html").read_text(encoding="utf-8"))
        placeholders = sum(not (alt or "").strip() or alt == PLACEHOLDER for alt in page.all_alts)
        if placeholders:
            missing.append(f"{notebook.stem}.html: {placeholders} <img> without their own alt")
    assert not missing, "pictures without alt text:\n" + "\n".join(missing)


# --- axe-core in Chromium -----------------------------------------------------------------------


def axe_script():
    """The path of axe.min.js, installed with ``npm ci`` from the lock file if it is missing."""
    if not AXE_JS.is_file():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm is not installed, and axe-core is not in tests/a11y/node_modules")
        result = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund"],
            cwd=AXE_DIR,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode != 0 or not AXE_JS.is_file():
            pytest.fail(f"npm ci in tests/a11y failed:\n{result.stdout}\n{result.stderr}")
    return AXE_JS


@pytest.fixture(scope="module")
def served(site):
    """The built copy on http://127.0.0.1:<port>/."""
    out, _ = site

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(out)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def axe_browser(browser):
    """The session's Chromium (tests/conftest.py), once axe-core is installed (or skipped)."""
    axe_script()
    return browser


def local(url):
    parts = urlsplit(url)
    # data: is the page's own inline content (its pictures, the theme's icons), not a request.
    return parts.scheme in ("file", "data") or (
        parts.scheme in ("http", "https") and parts.hostname == "127.0.0.1"
    )


def describe(item, nodes=3):
    """One axe result: rule, impact, help, how many elements, the first few selectors, and
    axe's reasons (with how many elements each)."""
    targets = [" ".join(map(str, node["target"])) for node in item["nodes"][:nodes]]
    more = len(item["nodes"]) - len(targets)
    reasons = {}
    for node in item["nodes"]:
        for check in node["any"] + node["all"] + node["none"]:
            reasons[check["message"]] = reasons.get(check["message"], 0) + 1
    return (
        f"{item['id']} ({item.get('impact') or 'no impact'}): {item['help']}; "
        f"{len(item['nodes'])} element(s): {', '.join(targets)}{f', +{more} more' if more else ''}"
        + "".join(f"\n    {count} x {message}" for message, count in reasons.items())
    )


@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_wcag21_aa_violation(served, axe_browser, name, capsys):
    context = axe_browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.set_default_timeout(60_000)
    blocked, redirected = [], []

    def guard(route):
        if local(route.request.url):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    if name == "index.html":
        # index.html sends the browser on to the index notebook's page: answer that request
        # with "204 No Content", so that the browser stays on index.html for axe.
        def stay(route):
            redirected.append(route.request.url)
            route.fulfill(status=204)

        page.route("**/00-index.html", stay)
    try:
        page.goto(f"{served}/{name}", wait_until="load")
        if name == "index.html":
            for _ in range(50):  # the refresh fires once the page has loaded
                if redirected:
                    break
                page.wait_for_timeout(100)
            assert redirected, "index.html does not lead to 00-index.html"
            assert urlsplit(page.url).path == "/index.html"
        if name == "04-compare.html":
            # The self-checks' feedback on the page too: wrong, right and the answer.
            checks = page.locator(".ib-offline-check")
            for k, how in enumerate(("wrong", "right", "answer")):
                question = ib.question(SELF_CHECKS[k])
                check = checks.nth(k)
                if how == "answer":
                    check.get_by_role("button", name="Show the answer").click()
                    continue
                wrong = next(o for o in question.options if o != question.answer)
                option = question.answer if how == "right" else wrong
                check.get_by_role("radio", name=option, exact=True).check()
                check.get_by_role("button", name="Check").click()
                check.locator(f".ib-{how}").wait_for()
        page.add_script_tag(path=str(axe_script()))
        results = page.evaluate(
            """(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})
                .then(r => ({violations: r.violations, incomplete: r.incomplete,
                             version: r.testEngine.version}))""",
            TAGS,
        )
    finally:
        context.close()
    with capsys.disabled():
        for item in results["incomplete"]:
            print(f"\n[axe {results['version']} incomplete] {name}: {describe(item)}")
    assert not blocked, f"{name} asked the web for: {blocked}"
    violations = results["violations"]
    if violations:
        pytest.fail(
            f"axe-core {results['version']}: {len(violations)} rule(s) violated on {name}, "
            f"{sum(len(v['nodes']) for v in violations)} element(s):\n"
            + "\n".join(describe(v) for v in violations),
            pytrace=False,
        )
