"""Render the notebooks to a read-only copy: a folder of static HTML pages.

Usage: ``python tools/build_site.py [--out build/site]``

One page per notebook, from the outputs stored in the notebook (no kernel is started). Every
output that carries a picture (``image/png``) is shown as that picture, also when it also
carries a live widget. The slider panels of 01-05 stay interactive with no kernel: the build
makes each one in this process from its cell (``ib.optimizer_panel(...)``), computes every
control's family (:func:`ib_helpers.panels.snapshot.panel_snapshot`) and embeds it in the page,
whose script ``ib_readonly.js`` (``js/readonly.js``, bundled by ``tools/build_js.py``, copied
beside the pages) draws the panel with the live scene's own code; the stored picture stays for
a browser without scripts. The self-checks (``ib.self_check("name")``) are asked there too,
judged in the page from the feedback their widget sends ahead
(:func:`ib_helpers.panels.snapshot.self_check_snapshot`). Any other live panel without a
stored picture is replaced by a note saying that it needs a kernel. Links between notebooks
(``01-sgd.ipynb``) are rewritten to the pages (``01-sgd.html``); ``index.html`` opens the index
notebook's page. The folder can be put on any web server or opened from disk. With
latex2mathml installed (requirements-test.txt pins it) the formulas are typeset as MathML, which
browsers show without any script or network; without it the pages load MathJax from the web,
and offline the formulas show as LaTeX source.

Accessibility (WCAG 2.1 AA; tests/test_site_a11y.py runs axe-core on every page): the pages use
our template ``tools/site_template/ib_lab``, which extends nbconvert's ``lab`` template. It puts
the alt text stored with a picture's output (``output.metadata["image/png"]["alt"]``) on its
``<img>`` (nbconvert writes a placeholder where there is none) and adds ``ib_site.css``: prompts
at full contrast, links in text underlined, a visible focus ring. Code is highlighted with the
a11y-light style of accessible-pygments (requirements-test.txt pins it; the build stops with a
message without it), whose colours all reach 4.5:1.
"""

from __future__ import annotations

import argparse
import html as html_lib
import json
import re
import shutil
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter
from pygments.styles import get_style_by_name
from pygments.util import ClassNotFound
from traitlets.config import Config

from ib_helpers.panels.snapshot import (
    PANEL_CELL,
    SELF_CHECK_CELL,
    panel_from_cell,
    panel_snapshot,
    self_check_snapshot,
)

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
INDEX = "00-index"
WIDGET = "application/vnd.jupyter.widget-view+json"
# Our page template (extends nbconvert's lab template) and the code highlighting style, from
# accessible-pygments: every colour at least 4.5:1 on its background (WCAG AA).
TEMPLATES = Path(__file__).resolve().parent / "site_template"
TEMPLATE = "ib_lab"
CODE_STYLE = "a11y-light"

LIVE_NOTE = (
    '<div class="ib-live-note" style="border:1px dashed #888;padding:0.6em 1em;color:#444">'
    "Interactive panel: it needs a running kernel. Open this notebook in JupyterLab "
    "(see the collection's README) and run it to use the sliders.</div>"
)

# href="01-sgd.ipynb" or href="01-sgd.ipynb#Predict-first": a link to a notebook beside this one.
NOTEBOOK_LINK = re.compile(r'href="(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)([^"#]*?)\.ipynb(#[^"]*)?"')
#: The read-only copy's panel script, next to the pages.
READONLY_JS = "ib_readonly.js"
# $$display$$ or $inline$ math in a markdown cell.
MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$", re.S)

# The template's scripts from the web: require.js (only for embedded widget state, never stored
# here) and MathJax (not needed once the formulas are MathML).
REQUIRE_JS = re.compile(r'<script src="[^"]*require(\.min)?\.js"></script>')
MATHJAX_JS = re.compile(r'<script src="[^"]*mathjax[^"]*">\s*</script>', re.I)

try:
    from latex2mathml.converter import convert as latex_to_mathml
except ImportError:  # the pages then rely on MathJax from the web
    latex_to_mathml = None


def panel_html(source, png, alt):
    """A slider panel for the read-only copy: its stored picture (for a page without scripts)
    and the snapshot the page's script draws it from."""
    panel = panel_from_cell(source)
    try:
        snapshot = json.dumps(panel_snapshot(panel), separators=(",", ":"), ensure_ascii=False)
    finally:
        panel.close()
    snapshot = snapshot.replace("</", "<\\/")  # nothing in it may close the script element
    return (
        '<div class="ib-offline-host">'
        f'<img class="ib-offline-picture" alt="{html_lib.escape(alt, quote=True)}" '
        f'src="data:image/png;base64,{png}">'
        f'<script type="application/json" class="ib-panel-snapshot">{snapshot}</script></div>'
    )


def self_check_html(name, text):
    """A self-check for the read-only copy: its question as text (for a page without scripts)
    and the snapshot the page's script asks it from, judged in the page as in JupyterLab."""
    snapshot = json.dumps(self_check_snapshot(name), separators=(",", ":"), ensure_ascii=False)
    snapshot = snapshot.replace("</", "<\\/")
    return (
        '<div class="ib-offline-host">'
        f'<pre class="ib-offline-fallback">{html_lib.escape(text)}</pre>'
        f'<script type="application/json" class="ib-check-snapshot">{snapshot}</script></div>'
    )


def static_outputs(nb, live=True):
    """Outputs a static page can show: a slider panel or a self-check that works with no
    kernel (``live``), a widget's stored picture, or a note for a live panel."""
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET not in data:
                continue
            if live and "image/png" in data and PANEL_CELL.match(cell.source):
                alt = str(output.get("metadata", {}).get("image/png", {}).get("alt") or "")
                output["data"] = {"text/html": panel_html(cell.source, data["image/png"], alt)}
                output["metadata"] = {}
            elif live and SELF_CHECK_CELL.match(cell.source):
                name = SELF_CHECK_CELL.match(cell.source).group(1)
                output["data"] = {"text/html": self_check_html(name, data.get("text/plain", ""))}
                output["metadata"] = {}
            elif "image/png" in data:
                # The metadata stays: output.metadata["image/png"]["alt"] is the picture's alt.
                output["data"] = {"image/png": data["image/png"]}
            else:
                output["data"] = {"text/html": LIVE_NOTE}
    return nb


def typeset_math(nb):
    """Replace every formula in the markdown cells by a placeholder; return placeholder -> MathML.

    The MathML goes in after the markdown is rendered, so markdown never touches it.
    """
    formulas = {}

    def placeholder(match):
        display = match[1] is not None
        key = f"IBMATH{len(formulas)}X"
        formulas[key] = latex_to_mathml(
            (match[1] if display else match[2]).strip(), display="block" if display else "inline"
        )
        return key

    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = MATH.sub(placeholder, cell.source)
    return formulas


def rewrite_links(html):
    return NOTEBOOK_LINK.sub(lambda m: f'href="{m[1]}.html{m[2] or ""}"', html)


def pictures_without_alt(nb):
    """How many pictures (``image/png`` outputs) of ``nb`` have no alt text of their own."""
    return sum(
        "image/png" in output.get("data", {})
        and not str(output.get("metadata", {}).get("image/png", {}).get("alt") or "").strip()
        for cell in nb.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
    )


def exporter():
    """nbconvert's HTML exporter with our template and the accessible code highlighting."""
    try:
        get_style_by_name(CODE_STYLE)
    except ClassNotFound:
        raise RuntimeError(
            f"the read-only copy highlights code with the {CODE_STYLE!r} style of "
            "accessible-pygments (its colours meet WCAG AA contrast), which is not installed: "
            "pip install -r requirements-test.txt (or the accessible-pygments it pins)"
        ) from None
    config = Config({"CSSHTMLHeaderPreprocessor": {"style": CODE_STYLE}})
    return HTMLExporter(
        template_name=TEMPLATE, extra_template_basedirs=[str(TEMPLATES)], config=config
    )


def build(out: Path, notebooks: Path = NOTEBOOKS, live: bool = True) -> list[Path]:
    """Write one page per notebook and index.html to ``out``; return the pages written
    (``live``: the slider panels work with no kernel; else they are their stored pictures)."""
    html_exporter = exporter()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    if live:
        from ib_helpers.live import BUNDLE

        shutil.copyfile(BUNDLE.with_name("readonly.js"), out / READONLY_JS)
    pages = []
    for path in sorted(notebooks.glob("*.ipynb")):
        nb = static_outputs(nbformat.read(path, as_version=4), live=live)
        title = next((c.source for c in nb.cells if c.source.startswith("# ")), path.stem)
        nb.metadata["title"] = MATH.sub(r"\1\2", title.splitlines()[0][2:].strip())
        formulas = typeset_math(nb) if latex_to_mathml else {}
        html, _ = html_exporter.from_notebook_node(nb, resources={"metadata": {"name": path.stem}})
        for key, mathml in formulas.items():  # the closing X keeps IBMATH1X out of IBMATH12X
            html = html.replace(key, mathml)
        html = REQUIRE_JS.sub("", html)
        if "ib-panel-snapshot" in html:
            html = html.replace("</body>", f'<script src="{READONLY_JS}"></script>\n</body>', 1)
        if latex_to_mathml:
            html = MATHJAX_JS.sub("", html)
        page = out / f"{path.stem}.html"
        page.write_text(rewrite_links(html), encoding="utf-8")
        pages.append(page)
    if (out / f"{INDEX}.html").exists():
        (out / "index.html").write_text(
            '<!DOCTYPE html>\n<html lang="en">\n<meta charset="utf-8">\n'
            "<title>Implicit bias of optimizers</title>\n"
            f'<meta http-equiv="refresh" content="0; url={INDEX}.html">\n'
            "<main>\n<h1>Implicit bias of optimizers</h1>\n"
            f'<p><a href="{INDEX}.html">Start here: the index of the notebooks</a></p>\n</main>\n'
            "</html>\n",
            encoding="utf-8",
        )
    return pages


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "site")
    args = parser.parse_args(argv)
    try:
        pages = build(args.out.resolve())
    except RuntimeError as error:
        sys.exit(f"error: {error}")
    print(f"wrote {len(pages)} pages to {args.out}; open {args.out / 'index.html'}")
    missing = {
        path.stem: n
        for path in sorted(NOTEBOOKS.glob("*.ipynb"))
        if (n := pictures_without_alt(nbformat.read(path, as_version=4)))
    }
    if missing:
        listed = ", ".join(f"{name} ({n})" for name, n in missing.items())
        print(f"pictures without alt text (a placeholder stands in): {listed}")


if __name__ == "__main__":
    main(sys.argv[1:])
