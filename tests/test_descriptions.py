"""Alt text: every stored picture says in words what it shows, from the numbers it is drawn from."""

import json
from pathlib import Path

import numpy as np
import pytest

import ib_helpers as ib

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


def pictures():
    for path in NOTEBOOKS:
        for k, cell in enumerate(json.loads(path.read_text())["cells"]):
            for output in cell.get("outputs", []):
                if "image/png" in output.get("data", {}):
                    yield pytest.param(output, id=f"{path.stem} cell {k}")


@pytest.mark.parametrize("output", list(pictures()))
def test_every_stored_picture_has_alt_text(output):
    alt = output.get("metadata", {}).get("image/png", {}).get("alt", "")
    assert len(alt) > 40, "a stored picture without alt text (or with too little)"
    assert "No description" not in alt and "<Figure" not in alt


def test_the_scene_description_gives_each_answer_and_how_far_the_run_is_from_it():
    panel = ib.compare_panel()
    data, metadata = panel._repr_mimebundle_()
    alt = metadata["image/png"]["alt"]
    x = np.array([1.0, 0.1, 0.01])
    for label, limit in (("SGD", ib.sgd_limit), ("rescaled SGD", ib.rescaled_sgd_limit)):
        answer = ib.format_vector(limit(x, 1.0), decimals=3)
        assert f"{label} ends at {answer} after 400 steps, on its closed form {answer}." in alt
    # Epoch-Adam's run ends 0.005 below its closed form in every coordinate: sqrt(3) * 0.005.
    last = ib.epoch_adam(x, 1.0, 0.1, 400)[-1]
    gap = ib.format_number(np.linalg.norm(last - ib.epoch_adam_limit(x, 1.0)), 3)
    assert gap == ib.format_number(np.sqrt(3) * 0.005, 3)
    assert f"epoch-Adam ends at {ib.format_vector(last, 3)} after 400 steps, {gap} from" in alt
    assert "The plane is the set of exact solutions, x·θ = y" in alt
    assert "image/png" in data


def test_a_picture_carries_its_alt_text_as_metadata_and_as_text():
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.plot([0, 1], [1, 0])
    picture = ib.show_figure(fig, "A line from (0, 1) to (1, 0).")
    assert not plt.fignum_exists(fig.number), "the figure is closed, so it is not shown twice"
    data, metadata = picture._repr_mimebundle_()
    assert data["text/plain"] == metadata["image/png"]["alt"] == "A line from (0, 1) to (1, 0)."
    assert data["image/png"]


def test_the_test_error_figure_description_follows_the_errors():
    text = ib.descriptions.describe_test_errors_by_share(
        [0.5, 0.6, 0.7], {"A": [0, 0, 0], "B": [0.5, 0.4, 0.3], "C": [0, 0.4, 0.3]}
    )
    assert "A 0 at every p" in text
    assert "B from 0.500 at p = 0.50 to 0.300 at p = 0.70" in text
    assert "C 0 up to p = 0.50, then from 0.400 down to 0.300" in text
