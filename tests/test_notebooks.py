"""The notebooks as stored in git: one shape, one setup cell, clean, executed top to bottom.

nbval (run by the same ``pytest``) re-executes them and compares every printed output.
"""

import json
import re
from pathlib import Path

import numpy as np
import pytest

import ib_helpers as ib

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
INDEX = ROOT / "notebooks" / "00-index.ipynb"
WORKSHEET = ROOT / "notebooks" / "07-worksheet.ipynb"
# Everything the index lists, in reading order; the worksheet is one of them, but not a lesson
# with lesson sections (test_notebook_shape).
LESSONS = [p for p in NOTEBOOKS if p != INDEX]
SETUP = """import matplotlib.pyplot as plt
import numpy as np

import ib_helpers as ib

ib.use_lecture_style()"""


def load(path):
    return json.loads(path.read_text())


def source(cell):
    return "".join(cell["source"])


def test_the_notebooks_are_there():
    names = [p.name for p in NOTEBOOKS]
    for name in (
        "00-index.ipynb",
        "01-sgd.ipynb",
        "02-epoch-adam.ipynb",
        "03-rescaled-sgd.ipynb",
        "04-compare.ipynb",
        "05-two-points.ipynb",
        "06-why-it-matters.ipynb",
        "07-worksheet.ipynb",
    ):
        assert name in names


@pytest.mark.parametrize("path", [p for p in LESSONS if p != WORKSHEET], ids=lambda p: p.name)
def test_notebook_shape(path):
    cells = load(path)["cells"]
    code = [c for c in cells if c["cell_type"] == "code"]
    text = "\n".join(source(c) for c in cells if c["cell_type"] == "markdown")
    assert source(cells[0]).startswith("# "), "first cell: the title"
    assert source(code[0]) == SETUP, "first code cell: the shared setup cell"
    for heading in (
        "## Predict first",
        "## The interactive figure",
        "## Check your predictions",
        "## What to try next",
    ):
        assert heading in text, f"missing section {heading!r}"
    assert re.search(r"^## Why .*lands? ", text, re.M), "missing section '## Why it lands there'"
    assert "$$" in text, "the update rule in LaTeX"
    assert any(re.search(r"\b\w+_panel\(", source(c)) for c in code), "the interactive panel"
    assert not any("sys.path" in source(c) for c in code), "import the installed package"


def test_worksheet_shape():
    cells = load(WORKSHEET)["cells"]
    code = [source(c) for c in cells if c["cell_type"] == "code"]
    assert source(cells[0]).startswith("# "), "first cell: the title"
    assert code[0] == SETUP, "first code cell: the shared setup cell"
    checked = [int(n) for c in code for n in re.findall(r"ib\.worksheet\.check\((\d+),", c)]
    assert checked == list(ib.worksheet.EXERCISES), "one check cell per exercise, in order"
    assert all(len(re.findall(r"ib\.worksheet\.check\(", c)) <= 1 for c in code)


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
def test_every_cell_keeps_its_own_id(path):
    """Stored cell ids (nbformat 4.5): JupyterLab made new ones on each open of a notebook
    without them, so a panel cell run again after a reload did not close the panels of its
    last run, and every reload and Run All left live panels behind in the kernel."""
    nb = load(path)
    assert (nb["nbformat"], nb["nbformat_minor"]) >= (4, 5)
    ids = [c.get("id") for c in nb["cells"]]
    assert all(ids) and len(set(ids)) == len(ids), ids


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


def printed(path):
    return "".join(
        "".join(o.get("text", "")) for c in load(path)["cells"] for o in c.get("outputs", [])
    )


def test_compare_notebook_prints_the_limits_table():
    text = printed(ROOT / "notebooks" / "04-compare.ipynb")
    assert ib.limits_table([1.0, 0.1, 0.01], 1.0).text() in text
    assert ib.limits_table([1.0, -0.1, 0.01], 1.0).text() in text
    assert ib.limits_table([1.0, 1.0, 1.0], 1.0).text() in text


def test_two_points_notebook_prints_the_closed_forms():
    text = printed(ROOT / "notebooks" / "05-two-points.ipynb")
    X, y = [[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]], [1.0, 0.5]
    for limit in (ib.sgd_limit, ib.rescaled_sgd_limit, ib.epoch_adam_limit):
        assert ib.format_vector(limit(X, y)) in text
    assert ib.limits_table(X, y).text() in text


def test_why_it_matters_prints_the_fits_and_their_test_errors():
    text = printed(ROOT / "notebooks" / "06-why-it-matters.ipynb")
    X, y = ib.wilson.data(ib.wilson.labels(12, p=0.6))
    for limit in (ib.sgd_limit, ib.rescaled_sgd_limit, ib.epoch_adam_limit):
        assert ib.format_vector(limit(X, y)[:3]) in text
    y_test = ib.wilson.test_labels(1000, p=0.6)
    assert f"share of negatives: {ib.format_number(np.mean(y_test < 0), 3)}" in text


def markdown(path):
    return "\n".join(source(c) for c in load(path)["cells"] if c["cell_type"] == "markdown")


def test_index_links_every_notebook_in_order():
    text = markdown(INDEX)
    links = list(dict.fromkeys(re.findall(r"\]\(([\w-]+\.ipynb)\)", text)))
    assert links == [p.name for p in LESSONS], "every lesson linked, in reading order"
    assert "Predict" in text or "predict" in text


def test_index_answers_are_hidden_and_agree_with_the_helpers():
    text = markdown(INDEX)
    hidden = re.findall(r"<details><summary>Reveal the answer</summary>(.*?)</details>", text, re.S)
    assert len(hidden) == len(LESSONS), "one hidden answer per notebook"
    x = np.array([1.0, 0.1, 0.01])
    for k, limit in enumerate((ib.sgd_limit, ib.epoch_adam_limit, ib.rescaled_sgd_limit)):
        assert ib.format_vector(limit(x, 1.0)) in hidden[k], f"answer {k + 1}"
    visible = re.sub(r"<details>.*?</details>", "", text, flags=re.S)
    for limit in (ib.sgd_limit, ib.epoch_adam_limit, ib.rescaled_sgd_limit):
        assert ib.format_number(limit(x, 1.0)[0]) not in visible, "an answer is not hidden"


# Each glossary term of the index: how to find it in a lesson's text, and the words that define
# it, which must be in the first markdown cell (of the lessons, in order) that uses it.
GLOSSARY = {
    "residual": (r"\bresidual", "**residual**"),
    "epoch": (r"(?<!-)\bepochs?\b(?!-)", "passes over the training data"),
    "pinv": (r"pinv", "**pinv** is the Moore–Penrose"),
    "preconditioner": (r"preconditioner", "**preconditioner**"),
    "sign descent": (r"sign descent", "**sign descent**"),
    "Hölder's inequality": (r"Hölder", "**Hölder's inequality**"),
    "⊙": (r"\\odot|⊙", "the product\ncoordinate by coordinate"),
    "row space": (r"row ?space", "**row space**"),
    "spectral radius": (r"spectral radius", "**spectral radius**"),
    "dual certificate": (r"dual certificate", "**dual certificate**"),
}


def test_the_glossary_terms_are_defined_where_they_are_first_used():
    glossary = next(
        source(c) for c in load(INDEX)["cells"] if source(c).startswith("## Words used")
    )
    listed = re.findall(r"^- \*\*(.+?)\*\* \(\[(\d)\]\((\d\d)-[\w-]+\.ipynb\)\)", glossary, re.M)
    assert [term for term, _, _ in listed] == list(GLOSSARY)
    for term, number, stem in listed:
        pattern, definition = GLOSSARY[term]
        first = next(
            (path.name, source(c))
            for path in LESSONS
            for c in load(path)["cells"]
            if c["cell_type"] == "markdown" and re.search(pattern, source(c))
        )
        assert first[0].startswith(stem) and number == stem[1], (term, first[0])
        assert definition in first[1], f"{term!r} is not defined at its first use in {first[0]}"
