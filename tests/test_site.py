"""The read-only copy: tools/build_site.py renders every notebook to a page that works from disk."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
WIDGET = "application/vnd.jupyter.widget-view+json"


class Page(HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.images, self.links, self.ids = [], [], set()
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "img":
            self.images.append(attrs.get("src") or "")
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])


def stored_outputs(path):
    for cell in nbformat.read(path, as_version=4).cells:
        yield from cell.get("outputs", []) if cell.cell_type == "code" else []


def test_one_page_per_notebook_and_an_index(site):
    out, builder = site
    assert sorted(p.name for p in out.glob("*.html")) == sorted(
        [f"{p.stem}.html" for p in NOTEBOOKS] + ["index.html"]
    )
    assert f'url={builder.INDEX}.html"' in (out / "index.html").read_text()


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_stored_picture_is_an_image_and_every_live_panel_is_explained(site, notebook):
    out, builder = site
    text = (out / f"{notebook.stem}.html").read_text(encoding="utf-8")
    page = Page(text)
    outputs = list(stored_outputs(notebook))
    pictures = sum("image/png" in o.get("data", {}) for o in outputs)
    live_only = sum(
        WIDGET in o.get("data", {}) and "image/png" not in o.get("data", {}) for o in outputs
    )
    inline = [src for src in page.images if src.startswith("data:image/png;base64,")]
    assert len(inline) >= pictures, f"{pictures} stored pictures, {len(inline)} shown"
    assert all(len(src) > 100 for src in inline), "an empty picture"
    for src in page.images:
        if not src.startswith("data:"):
            assert (out / unquote(urlsplit(src).path)).is_file(), f"missing picture {src}"
    # A live widget with no picture is either a self-check, asked in the page, or explained.
    checks = text.count('class="ib-check-snapshot"')
    assert checks == (5 if notebook.stem == "04-compare" else 0)
    assert text.count('class="ib-live-note"') + checks == live_only
    # A widget's text fallback (its repr) never reaches the page.
    assert "children=(" not in text


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_link_resolves_on_disk(site, notebook):
    out, _ = site
    pages = {p.name: Page(p.read_text(encoding="utf-8")) for p in out.glob("*.html")}
    name = f"{notebook.stem}.html"
    for href in pages[name].links:
        parts = urlsplit(href)
        if parts.scheme or href.startswith("//"):
            continue  # a link to the web, not part of the copy
        assert not parts.path.endswith(".ipynb"), f"{name}: {href} still points at a notebook"
        target = unquote(parts.path) or name
        assert (out / target).is_file(), f"{name}: {href} points at a missing page"
        if parts.fragment and target in pages:
            assert unquote(parts.fragment) in pages[target].ids, f"{name}: no anchor for {href}"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_formula_is_mathml_that_needs_no_network(site, notebook):
    out, builder = site
    if builder.latex_to_mathml is None:
        pytest.skip("latex2mathml is not installed: the pages load MathJax from the web")
    cells = nbformat.read(notebook, as_version=4).cells
    formulas = sum(
        len(builder.MATH.findall(cell.source)) for cell in cells if cell.cell_type == "markdown"
    )
    text = (out / f"{notebook.stem}.html").read_text(encoding="utf-8")
    assert text.count("<math ") == formulas
    assert "IBMATH" not in text and "<merror" not in text
    # Nothing the page shows comes from the web: it reads the same on a train.
    web = re.findall(r'<(?:script|img|link|iframe)\b[^>]*(?:src|href)="(?:https?:)?//[^"]*"', text)
    assert not web, web


def test_the_whole_copy_is_within_its_budget_of_15_mb(site):
    """Every page, its panels' families included, and the panel script (issue 21's budget)."""
    out, _ = site
    total = sum(path.stat().st_size for path in out.rglob("*") if path.is_file())
    assert total <= 15_000_000, f"the read-only copy is {total / 1e6:.1f} MB"
    assert (out / "ib_readonly.js").is_file()
