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
  scene's first frame (``ibScene.stats.frameTimes``); the same for a copy whose first cell
  turns the families off (``ib_helpers.panels.ahead.BACKGROUND = False``: the kernel-only path,
  as before the families), in the same run, alternating, the median (and the best) of
  ``--repeats`` each; each run's kernel is shut down after it.
  Budget: no later than without the families (ratio <= 1; the issue's figure from before the
  families, on its machine, was 1.0-1.1 s).
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
import statistics
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
# The first cell of the copy without families (the kernel-only path).
NO_FAMILIES_CELL = "import ib_helpers.panels.ahead as _ahead\n_ahead.BACKGROUND = False"
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


def _first_picture(browser, lab, notebook):
    """Seconds from *Run All* (outputs cleared, kernel idle) to the scene's first frame."""
    from tests.e2e.harness import KERNEL_IDLE

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(120_000)
    try:
        page.goto(f"{lab['base']}/lab/tree/{notebook}?token={lab['token']}&reset")
        page.wait_for_selector(".jp-Notebook .jp-CodeCell")
        page.wait_for_function(KERNEL_IDLE)
        page.evaluate("window.jupyterapp.commands.execute('notebook:clear-all-cell-outputs')")
        page.wait_for_timeout(500)
        t0 = page.evaluate(
            "() => { const t = performance.now();"
            " window.jupyterapp.commands.execute('notebook:run-all-cells'); return t; }"
        )
        page.wait_for_function(FIRST_FRAME, polling="raf")
        return (page.evaluate(FIRST_FRAME) - t0) / 1000
    finally:
        # The kernel goes too: one left computing its families would slow the next run.
        page.evaluate("window.jupyterapp.serviceManager.sessions.shutdownAll()")
        page.close()


def first_pictures(names, repeats):
    """Name -> seconds from *Run All* to the scene's first frame, with the families and
    without (the best of ``repeats`` each, alternating)."""
    from tests.e2e.harness import chromium, running_lab

    result = {}
    with tempfile.TemporaryDirectory() as home, running_lab(home) as lab, chromium() as browser:
        root = Path(lab["root"])
        for name in names:
            nb = nbformat.read(root / f"{name}.ipynb", as_version=4)
            cell = nbformat.v4.new_code_cell(NO_FAMILIES_CELL)
            cell.pop("id", None)  # the notebooks are nbformat 4.4, whose cells have no id
            nb.cells.insert(0, cell)
            nbformat.write(nb, root / f"without-{name}.ipynb")
            times = {"with": [], "without": []}
            for _ in range(repeats):
                times["with"].append(_first_picture(browser, lab, f"{name}.ipynb"))
                times["without"].append(_first_picture(browser, lab, f"without-{name}.ipynb"))
            best = {kind: min(t) for kind, t in times.items()}
            middle = {kind: statistics.median(t) for kind, t in times.items()}
            result[name] = {
                "median_with_s": round(middle["with"], 3),
                "median_without_s": round(middle["without"], 3),
                "ratio": round(middle["with"] / middle["without"], 3),
                "best_with_s": round(best["with"], 3),
                "best_without_s": round(best["without"], 3),
            }
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
    parser.add_argument("--skip-browser", action="store_true", help="no first-picture figures")
    parser.add_argument("--skip-site", action="store_true", help="no family and copy sizes")
    parser.add_argument("--skip-memory", action="store_true", help="no kernel memory figures")
    parser.add_argument("--reruns", type=int, default=20)
    parser.add_argument("--notebooks", nargs="*", default=NOTEBOOKS)
    parser.add_argument("--repeats", type=int, default=5, help="first-picture runs of each")
    args = parser.parse_args()
    met, rows = {}, []

    sizes, total, build_s = {}, None, None
    if not args.skip_site:
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
        rows.append(("read-only copy", f"{total / 1e6:.1f} MB (built in {build_s:.0f} s)",
                     "≤ 15 MB"))  # fmt: skip
        met["site"] = total <= SITE_BUDGET

    pictures = {}
    if not args.skip_browser:
        pictures = first_pictures(args.notebooks, args.repeats)
        for name, p in pictures.items():
            rows.append((f"{name} Run All → first picture",
                         f"{p['median_with_s']:.2f} s, without families "
                         f"{p['median_without_s']:.2f} s ({p['ratio']:.2f} ×; best "
                         f"{p['best_with_s']:.2f} and {p['best_without_s']:.2f} s)",
                         "≤ 1 × without"))  # fmt: skip
        # Medians, within a few per cent: one Run All varies by ±15% from the next.
        met["first_picture"] = all(p["ratio"] <= 1.05 for p in pictures.values())

    memory = []
    if not args.skip_memory:
        memory = kernel_memory(args.reruns)
        held = memory[1]["traced_mb"] - memory[0]["traced_mb"]
        resident = memory[1]["rss_mb"] - memory[0]["rss_mb"]
        rows.append((f"kernel memory, {args.reruns} more runs of 04's cell",
                     f"Python holds {held:+.2f} MB, resident {resident:+.1f} MB",
                     "flat (< 1 MB held)"))  # fmt: skip
        met["memory"] = (held < 1.0 and memory[1]["open_panels"] == 1
                         and memory[1]["figures"] == 0)  # fmt: skip

    width = max(len(r[0]) for r in rows)
    for what, figure, budget in rows:
        print(f"{what:<{width}}  {figure:<40}  {budget}")
    print(json.dumps({"families_bytes": sizes, "site_bytes": total, "site_build_s": build_s,
                      "first_picture": pictures, "memory": memory,
                      "budgets_met": met}))  # fmt: skip


if __name__ == "__main__":
    main()
