"""Render the notebooks to a read-only copy: a folder of static HTML pages.

Usage: ``python tools/build_site.py [--out build/site]``

One page per notebook, from the outputs stored in the notebook (nothing is re-run, no kernel
is started). Every output that carries a picture (``image/png``) is shown as that picture, also
when it also carries a live widget. A live panel without a stored picture is replaced by a note
saying that it needs a kernel. Links between notebooks (``01-sgd.ipynb``) are rewritten to the
pages (``01-sgd.html``); ``index.html`` opens the index notebook's page. The folder can be put on
any web server or opened from disk. With latex2mathml installed (requirements-test.txt pins
it) the formulas are typeset as MathML, which browsers show without any script or network;
without it the pages load MathJax from the web, and offline the formulas show as LaTeX source.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
INDEX = "00-index"
WIDGET = "application/vnd.jupyter.widget-view+json"

LIVE_NOTE = (
    '<div class="ib-live-note" style="border:1px dashed #888;padding:0.6em 1em;color:#444">'
    "Interactive panel: it needs a running kernel. Open this notebook in JupyterLab "
    "(see the collection's README) and run it to use the sliders.</div>"
)

# href="01-sgd.ipynb" or href="01-sgd.ipynb#Predict-first": a link to a notebook beside this one.
NOTEBOOK_LINK = re.compile(r'href="(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)([^"#]*?)\.ipynb(#[^"]*)?"')
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


def static_outputs(nb):
    """Outputs a static page can show: a widget's stored picture, or a note for a live panel."""
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET not in data:
                continue
            if "image/png" in data:
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


def build(out: Path, notebooks: Path = NOTEBOOKS) -> list[Path]:
    """Write one page per notebook and index.html to ``out``; return the pages written."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    exporter = HTMLExporter(template_name="lab")
    pages = []
    for path in sorted(notebooks.glob("*.ipynb")):
        nb = static_outputs(nbformat.read(path, as_version=4))
        title = next((c.source for c in nb.cells if c.source.startswith("# ")), path.stem)
        nb.metadata["title"] = MATH.sub(r"\1\2", title.splitlines()[0][2:].strip())
        formulas = typeset_math(nb) if latex_to_mathml else {}
        html, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": path.stem}})
        for key, mathml in formulas.items():  # the closing X keeps IBMATH1X out of IBMATH12X
            html = html.replace(key, mathml)
        html = REQUIRE_JS.sub("", html)
        if latex_to_mathml:
            html = MATHJAX_JS.sub("", html)
        page = out / f"{path.stem}.html"
        page.write_text(rewrite_links(html), encoding="utf-8")
        pages.append(page)
    if (out / f"{INDEX}.html").exists():
        (out / "index.html").write_text(
            f'<!DOCTYPE html>\n<meta charset="utf-8">\n<title>Implicit bias of optimizers</title>\n'
            f'<meta http-equiv="refresh" content="0; url={INDEX}.html">\n'
            f'<a href="{INDEX}.html">Start here: the index of the notebooks</a>\n',
            encoding="utf-8",
        )
    return pages


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "site")
    args = parser.parse_args(argv)
    pages = build(args.out.resolve())
    print(f"wrote {len(pages)} pages to {args.out}; open {args.out / 'index.html'}")


if __name__ == "__main__":
    main(sys.argv[1:])
