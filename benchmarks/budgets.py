"""The budgets of the runs computed ahead (issue "The picture never waits for the kernel"):
each family's size, the read-only copy's size, the first picture after *Run All*, and the
kernel's memory when a panel cell is run again and again.

Usage, from the repository's root: ``python -m benchmarks.budgets [--skip-browser]
[--reruns 20]`` (as a module: it uses the tests' harness). Needs Debian's chromium for the
first-picture figures (``--skip-browser`` leaves them out).

- **families**: the read-only copy is built (``tools/build_site.py``, which computes every
  family of every panel of 01-05, as the kernel does in the background); each page's snapshot
  holds the families as the kernel sends them (gzip), whose sizes are read there. Budget: each
  family <= 1 MB.
- **read-only copy**: the size of that folder. Budget: <= 15 MB.
- **first picture after Run All**: in JupyterLab and headless Chromium, each notebook of 01-05
  opened with its outputs cleared, *Run All*, and the time from the command to the end of the
  scene's first frame (``ibScene.stats.frameTimes``), and to the kernel's first reply to a bare
  widget in the same notebook (a cell appended after the panel: the baseline). Budget: no later
  than before the families (1.0-1.1 s, measured on this machine before they existed).
- **kernel memory**: a real kernel runs the comparison panel's cell ``--reruns`` times after
  as many warm-up runs (the memory test's probe, ``tests/kernel.py``): what Python holds
  (tracemalloc) and the resident memory, before and after. Budget: flat.

Prints a table and, as the last line, one JSON object (``budgets_met``).
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import tempfile
import time
from pathlib import Path

import nbformat

from tests.conftest import load_builder

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ["01-sgd", "02-epoch-adam", "03-rescaled-sgd", "04-compare", "05-two-points"]
SNAPSHOT = re.compile(r'<script[^>]*\bclass="ib-panel-snapshot"[^>]*>(.*?)</script>', re.S)
FAMILY_BUDGET = 1_000_000
SITE_BUDGET = 15_000_000
FIRST_PICTURE_BEFORE_S = 1.1
# The baseline: a bare widget whose first reply comes from the kernel, after the panel's cell.
BASELINE_CELL = (
    "import ipywidgets as _w\n_b = _w.Label('baseline')\n_b.add_class('ib-baseline')\n_b"
)
FIRST_FRAME = """() => {
  const el = document.querySelector('.ib-panel .ib-scene');
  const s = el && el.ibScene;
  return s && s.stats.frameTimes.length ? s.stats.frameTimes[0] : null;
}"""


def family_sizes(out):
    """Name -> {control: bytes} for each page's panel of the copy in ``out``."""
    sizes = {}
    for name in NOTEBOOKS:
        text = (out / f"{name}.html").read_text(encoding="utf-8")
        for snapshot in map(json.loads, SNAPSHOT.findall(text)):
            sizes[name] = {c: len(base64.b64decode(b)) for c, b in snapshot["families"].items()}
    return sizes


def first_pictures(names):
    """Name -> seconds from *Run All* to the scene's first frame, and to a bare widget's view."""
    from tests.e2e.harness import KERNEL_IDLE, chromium, running_lab

    result = {}
    with tempfile.TemporaryDirectory() as home, running_lab(home) as lab, chromium() as browser:
        root = Path(lab["root"])
        for name in names:
            nb = nbformat.read(root / f"{name}.ipynb", as_version=4)
            nb.cells.append(nbformat.v4.new_code_cell(BASELINE_CELL))
            nbformat.write(nb, root / f"budget-{name}.ipynb")
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(120_000)
            page.goto(f"{lab['base']}/lab/tree/budget-{name}.ipynb?token={lab['token']}&reset")
            page.wait_for_selector(".jp-Notebook .jp-CodeCell")
            page.wait_for_function(KERNEL_IDLE)
            page.evaluate("window.jupyterapp.commands.execute('notebook:clear-all-cell-outputs')")
            page.wait_for_timeout(500)
            t0 = page.evaluate(
                "() => { const t = performance.now();"
                " window.jupyterapp.commands.execute('notebook:run-all-cells'); return t; }"
            )
            page.wait_for_function(FIRST_FRAME, polling="raf")
            frame = page.evaluate(FIRST_FRAME)
            page.wait_for_selector(".ib-baseline")
            bare = page.evaluate("performance.now()")
            result[name] = {
                "first_picture_s": round((frame - t0) / 1000, 3),
                "bare_widget_s": round((bare - t0) / 1000, 3),
            }
            page.close()
    return result


def kernel_memory(reruns):
    """Resident memory (MB) and what Python holds (MB) after ``reruns`` warm-up runs of the
    comparison panel's cell and after ``reruns`` more."""
    from tests.kernel import MEMORY_PROBE, MEMORY_SETUP, running_kernel

    with running_kernel() as run:
        assert run(MEMORY_SETUP, "setup")[1] == ""
        figures = []
        for block in range(2):
            for _ in range(reruns):
                err = run("ib.compare_panel()", "panel-cell")[1]
                assert err == "", err
            if block == 0:
                assert run("tracemalloc.start()", "start")[1] == ""
            printed, err = run(MEMORY_PROBE, "probe")
            assert err == "", err
            rss_kb, traced, open_panels, plots = map(int, printed.split())
            figures.append({"rss_mb": rss_kb / 1000, "traced_mb": traced / 1e6,
                            "open_panels": open_panels, "figures": plots})  # fmt: skip
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--reruns", type=int, default=20)
    parser.add_argument("--notebooks", nargs="*", default=NOTEBOOKS)
    args = parser.parse_args()
    met, rows = {}, []

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site"
        t0 = time.perf_counter()
        load_builder().build(out)
        build_s = time.perf_counter() - t0
        total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        sizes = family_sizes(out)
    for name, by_control in sizes.items():
        largest = max(by_control.values())
        rows.append((f"{name} families", f"{min(by_control.values()) / 1e3:.0f}–"
                     f"{largest / 1e3:.0f} KB ({len(by_control)})", "≤ 1 MB each"))  # fmt: skip
    met["families"] = all(max(v.values()) <= FAMILY_BUDGET for v in sizes.values())
    rows.append(("read-only copy", f"{total / 1e6:.1f} MB (built in {build_s:.0f} s)", "≤ 15 MB"))
    met["site"] = total <= SITE_BUDGET

    pictures = {}
    if not args.skip_browser:
        pictures = first_pictures(args.notebooks)
        for name, p in pictures.items():
            rows.append((f"{name} Run All → first picture",
                         f"{p['first_picture_s']:.2f} s (bare widget {p['bare_widget_s']:.2f} s)",
                         f"≤ {FIRST_PICTURE_BEFORE_S} s"))  # fmt: skip
        met["first_picture"] = all(
            p["first_picture_s"] <= FIRST_PICTURE_BEFORE_S for p in pictures.values()
        )

    memory = kernel_memory(args.reruns)
    held = memory[1]["traced_mb"] - memory[0]["traced_mb"]
    resident = memory[1]["rss_mb"] - memory[0]["rss_mb"]
    rows.append((f"kernel memory, {args.reruns} more runs of 04's cell",
                 f"Python holds {held:+.2f} MB, resident {resident:+.1f} MB",
                 "flat (< 1 MB held)"))  # fmt: skip
    met["memory"] = held < 1.0 and memory[1]["open_panels"] == 1 and memory[1]["figures"] == 0

    width = max(len(r[0]) for r in rows)
    for what, figure, budget in rows:
        print(f"{what:<{width}}  {figure:<40}  {budget}")
    print(json.dumps({"families_bytes": sizes, "site_bytes": total, "site_build_s": build_s,
                      "first_picture": pictures, "memory": memory,
                      "budgets_met": met}))  # fmt: skip


if __name__ == "__main__":
    main()
