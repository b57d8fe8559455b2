"""Re-run every notebook top to bottom in a fresh kernel and store it clean.

Usage: ``python tools/run_notebooks.py [notebooks/01-sgd.ipynb ...]`` (default: all).

Stored outputs are what nbval checks, so they must come from a real run, never from editing.
Execution counts come out as 1..N; volatile metadata (timings, widget state with its embedded
images, the kernel's exact Python version) is stripped so a re-run changes git only where an
output really changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
KEEP_CELL_METADATA = {"tags"}


def clean(nb):
    """Strip what changes on every run without changing what the notebook says."""
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = {
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "name": "python3",
    }
    nb.metadata["language_info"] = {"name": "python"}
    for cell in nb.cells:
        cell.metadata = {k: v for k, v in cell.metadata.items() if k in KEEP_CELL_METADATA}
        cell.pop("id", None)
    nb.nbformat, nb.nbformat_minor = 4, 4
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
    nbformat.write(clean(nb), path)
    print(f"ran {path}")


def main(argv):
    paths = argv or sorted(str(p) for p in (ROOT / "notebooks").glob("*.ipynb"))
    for path in paths:
        run(path)


if __name__ == "__main__":
    main(sys.argv[1:])
