"""What each picture shows, in words: the alt text of every stored picture.

Pure text from the numbers a picture is drawn from, no drawing: a screen reader, the read-only
copy and GitHub read the same sentences the picture shows. :func:`describe_scene_in_words` is
the 3-D scene's description (each panel's stored picture carries it); the others describe the
lessons' static figures. :class:`Picture` pairs a figure's PNG with its description, so a
notebook cell can show both (``ib.show_figure``).
"""

from __future__ import annotations

import base64
import io
import itertools
from dataclasses import dataclass

import numpy as np

from .readout import format_number, format_vector

__all__ = [
    "Picture",
    "describe_residuals",
    "describe_scene_in_words",
    "describe_test_errors",
    "describe_test_errors_by_share",
    "describe_two_point_runs",
    "show_figure",
]


@dataclass(frozen=True)
class Picture:
    """A PNG and the words that say what it shows.

    Shown in a notebook as the picture, with ``alt`` as the output's ``image/png`` metadata
    (where nbconvert and the read-only copy take an image's alt text from) and as its
    ``text/plain`` (what nbval compares, and what a text-only front end shows).
    """

    png: bytes
    alt: str

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"image/png": base64.b64encode(self.png).decode("ascii"), "text/plain": self.alt}
        return data, {"image/png": {"alt": self.alt}}


def show_figure(fig, alt):
    """Close the matplotlib figure ``fig`` and return it as a :class:`Picture` with ``alt``.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    alt : str
        What the figure shows, in words (see the ``describe_*`` functions).

    Returns
    -------
    Picture
    """
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", bbox_inches="tight")
    plt.close(fig)
    return Picture(buffer.getvalue(), alt)


def _v3(values):
    return format_vector(values, decimals=3)


def describe_scene_in_words(data):
    """The 3-D scene in one paragraph: the solutions, and where each run ends, in numbers.

    Parameters
    ----------
    data : scene.SceneData

    Returns
    -------
    str
    """
    sentences = [f"3-D picture: {data.title}."]
    solutions = {"plane": "plane", "line": "line", "point": "point"}[data.solution_kind]
    equation = data.solution_label.removeprefix("exact solutions").strip()
    sentences.append(
        f"The {solutions} is the set of exact solutions, {equation}; the start is θ₀ = "
        f"{_v3(data.start)}."
    )
    ends = []
    for run in data.runs:
        steps = int(run.steps[-1]) if len(run.steps) else 0
        where = f"{run.label} ends at {_v3(run.last)} after {steps} steps"
        limit = None if run.limit is None else np.asarray(run.limit, dtype=float)
        if limit is not None and np.all(np.isfinite(limit)):
            gap = float(np.linalg.norm(np.asarray(run.last, float) - limit))
            if format_number(gap, 3) == "0.000":
                where += f", on its closed form {_v3(limit)}"
            else:
                where += f", {format_number(gap, 3)} from its closed form {_v3(limit)}"
        ends.append(where)
        sentences.append(where + ".")
    lasts = [np.asarray(run.last, float) for run in data.runs]
    if len(lasts) > 1:
        gaps = [float(np.linalg.norm(a - b)) for a, b in itertools.combinations(lasts, 2)]
        sentences.append(
            f"The last iterates are {format_number(min(gaps), 3)} to "
            f"{format_number(max(gaps), 3)} apart."
        )
    return " ".join(sentences)


def describe_residuals(x, y, runs):
    """The residual plot of :func:`plotting.plot_residuals`, in words.

    Parameters
    ----------
    x : array_like, shape (d,)
    y : float
    runs : dict of str to ndarray, shape (steps + 1, d)
        The paths the plot draws, by legend label.

    Returns
    -------
    str
    """
    x = np.asarray(x, dtype=float)
    parts = []
    for label, path in runs.items():
        residual = np.abs(y - np.asarray(path, float) @ x)
        last = residual[-4:]
        parts.append(
            f"{label}: after {len(residual) - 1} steps the last four residuals are "
            + ", ".join(format_number(r) for r in last)
        )
    return "Line plot, log scale: the residual |y − x·θ| at every step. " + "; ".join(parts) + "."


def describe_two_point_runs(per_example, full_batch, per_example_apart, full_batch_apart):
    """05's figure in words: what holds of its runs, in thresholds it is drawn past.

    The per-example run is chaotic, so no figure of it is stated, only which of the thresholds
    the lesson's text uses it passes (the same in every precision; the tests check them).

    Parameters
    ----------
    per_example, full_batch : ndarray, shape (epochs + 1,)
        The largest residual at each epoch's start.
    per_example_apart, full_batch_apart : ndarray, shape (epochs + 1,)
        The largest |θⱼ − θ′ⱼ| between the two runs at each epoch's start.

    Returns
    -------
    str
    """
    epochs = len(per_example) - 1
    settles = "falls below 0.002" if full_batch[1000:].max() < 0.002 else "does not settle"
    rises = per_example[1000:].max() > 0.05
    parted = np.flatnonzero(per_example_apart > 0.01)
    agree = per_example_apart[:101].max() < 1e-12
    within = full_batch_apart.max()
    return (
        f"Two line plots over {epochs} epochs, log scale. Top: the largest residual at each "
        f"epoch's start. Per example it "
        + ("still rises above 0.05 after epoch 1000" if rises else "stays below 0.05")
        + f"; full batch it {settles} after epoch 1000 and shrinks. Bottom: the largest "
        f"difference between two runs whose y₂ differs in the 16th digit. Per example they "
        + ("agree to 12 digits for 100 epochs" if agree else "differ from the start")
        + (
            f" and are more than 0.01 apart before epoch {100 * (int(parted[0]) // 100 + 1)}"
            if len(parted)
            else " and never part"
        )
        + f"; full batch they are never more than {format_number(within, 4)} apart."
    )


def describe_test_errors(errors, title):
    """06's panel picture (test-error bars), in words.

    Parameters
    ----------
    errors : dict of str to float
        Test error of each optimizer's exact fit.
    title : str

    Returns
    -------
    str
    """
    shown = ", ".join(f"{label} {format_number(error, 3)}" for label, error in errors.items())
    return f"Bar chart of the test errors on 1000 fresh points ({title}): {shown}."


def describe_test_errors_by_share(shares, errors):
    """06's figure of test error against the share of positive labels p, in words.

    Parameters
    ----------
    shares : ndarray, shape (m,)
    errors : dict of str to sequence of float
        Test errors by optimizer label, one per share.

    Returns
    -------
    str
    """
    shares = np.asarray(shares, dtype=float)
    parts = []
    for label, values in errors.items():
        values = np.asarray(values, dtype=float)
        if np.all(values == 0):
            parts.append(f"{label} 0 at every p")
            continue
        zero = np.flatnonzero(values == 0)
        if len(zero) and zero[-1] + 1 < len(values) and np.all(values[: zero[-1] + 1] == 0):
            parts.append(
                f"{label} 0 up to p = {shares[zero[-1]]:.2f}, then from "
                f"{format_number(values[zero[-1] + 1], 3)} down to {format_number(values[-1], 3)}"
            )
        else:
            parts.append(
                f"{label} from {format_number(values[0], 3)} at p = {shares[0]:.2f} to "
                f"{format_number(values[-1], 3)} at p = {shares[-1]:.2f}"
            )
    return (
        f"Line plot of the test error on 1000 fresh points against the share of positive "
        f"labels p, from {shares[0]:.2f} to {shares[-1]:.2f}: " + "; ".join(parts) + "."
    )
