"""The notebooks as stored in git: one shape, one setup cell, clean, executed top to bottom.

nbval (run by the same ``pytest``) re-executes them and compares every printed output.
"""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SETUP = """%matplotlib widget
import matplotlib.pyplot as plt
import numpy as np

import ib_helpers as ib

ib.use_lecture_style()"""


def load(path):
    return json.loads(path.read_text())


def source(cell):
    return "".join(cell["source"])


def test_the_three_notebooks_are_there():
    names = [p.name for p in NOTEBOOKS]
    for name in ("01-sgd.ipynb", "02-epoch-adam.ipynb", "03-rescaled-sgd.ipynb"):
        assert name in names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_shape(path):
    cells = load(path)["cells"]
    code = [c for c in cells if c["cell_type"] == "code"]
    text = "\n".join(source(c) for c in cells if c["cell_type"] == "markdown")
    assert source(cells[0]).startswith("# "), "first cell: the title"
    assert source(code[0]) == SETUP, "first code cell: the shared setup cell"
    for heading in (
        "## Predict first",
        "## The interactive figure",
        "## Why it lands there",
        "## What to try next",
    ):
        assert heading in text, f"missing section {heading!r}"
    assert "$$" in text, "the update rule in LaTeX"
    assert any("optimizer_panel(" in source(c) for c in code), "the interactive panel"
    assert not any("sys.path" in source(c) for c in code), "import the installed package"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_clean_and_ran_in_order(path):
    nb = load(path)
    assert "widgets" not in nb["metadata"], "widget state is volatile: strip it"
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    for c in nb["cells"]:
        assert set(c["metadata"]) <= {"tags"}, f"volatile cell metadata {set(c['metadata'])}"
        for out in c.get("outputs", []):
            assert out["output_type"] != "error"
            assert out.get("name") != "stderr", "no warnings stored for students to see"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_only_widget_cells_skip_nbval(path):
    for c in load(path)["cells"]:
        if "nbval-ignore-output" in c["metadata"].get("tags", []):
            assert not any(o.get("name") == "stdout" for o in c["outputs"]), (
                "a cell that prints results must be checked by nbval"
            )
            assert any(
                "application/vnd.jupyter.widget-view+json" in o.get("data", {})
                for o in c["outputs"]
            ), "only widget output may be ignored"


def test_printed_answers_are_stored():
    printed = {
        p.name: "".join(
            "".join(o.get("text", "")) for c in load(p)["cells"] for o in c.get("outputs", [])
        )
        for p in NOTEBOOKS
    }
    assert "[0.990001, 0.099000, 0.009900]" in printed["01-sgd.ipynb"]
    assert "[0.900901, 0.900901, 0.900901]" in printed["02-epoch-adam.ipynb"]
    assert "[0.333333, 3.333333, 33.333333]" in printed["03-rescaled-sgd.ipynb"]
