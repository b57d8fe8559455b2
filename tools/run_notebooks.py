"""Re-run every notebook top to bottom in a fresh kernel and store it clean.

Usage: ``python tools/run_notebooks.py [notebooks/01-sgd.ipynb ...]`` (default: all).

Stored outputs are what nbval checks, so they must come from a real run, never from editing.
Execution counts come out as 1..N; volatile metadata (timings, widget state with its embedded
images, the kernel's exact Python version) is stripped so a re-run changes git only where an
output really changed; cell ids are stable (see :func:`clean`).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
KEEP_CELL_METADATA = {"tags"}


#: A cell id as nbformat 4.5 allows it.
CELL_ID = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


def clean(nb, stem):
    """Strip what changes on every run without changing what the notebook says.

    Every cell keeps a stable id (``<stem>-<k>``, given once and then kept): without ids
    JupyterLab makes new ones each time it opens the notebook, and a panel cell run again after
    a reload no longer found the panels of its last run to close (``ib_helpers.panels.base``),
    so each reload and *Run All* left live panels behind in the kernel."""
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = {
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "name": "python3",
    }
    nb.metadata["language_info"] = {"name": "python"}
    for cell in nb.cells:
        cell.metadata = {k: v for k, v in cell.metadata.items() if k in KEEP_CELL_METADATA}
    taken = {c.get("id") for c in nb.cells if CELL_ID.match(str(c.get("id") or ""))}
    for k, cell in enumerate(nb.cells):
        if CELL_ID.match(str(cell.get("id") or "")):
            continue
        new, n = f"{stem}-{k:02d}", 1
        while new in taken:
            new, n = f"{stem}-{k:02d}-{n}", n + 1
        cell["id"] = new
        taken.add(new)
    nb.nbformat, nb.nbformat_minor = 4, 5
    return nb


def run(path):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(Path(path).parent)}},
        store_widget_state=False,
    )
    client.execute()
    nbformat.write(clean(nb, Path(path).stem[:40]), path)
    print(f"ran {path}")


def main(argv):
    paths = argv or sorted(str(p) for p in (ROOT / "notebooks").glob("*.ipynb"))
    for path in paths:
        run(path)


if __name__ == "__main__":
    main(sys.argv[1:])
