"""The answers to each lesson's "Predict first" questions, every number computed by :mod:`core`.

Pure data and text, no widgets: :func:`check_predictions` returns a :class:`Predictions` that a
notebook shows at the end of a lesson. In JupyterLab (and in the read-only copy) the answers sit
in a collapsed ``<details>`` until the student opens it; ``print`` and nbval see them as text,
so every number in them is checked when the notebooks are re-run.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np

from . import balls, core, wilson
from .readout import format_number, format_vector, limits_table

__all__ = ["LESSONS", "Predictions", "check_predictions"]

CANONICAL = np.array([1.0, 0.1, 0.01])
TWO_POINTS = (np.array([[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]]), np.array([1.0, 0.5]))


@dataclass(frozen=True)
class Predictions:
    """A lesson's predict-first questions, each with its answer.

    Attributes
    ----------
    lesson : str
        The notebook's number, ``"01"`` to ``"06"``.
    items : tuple of (str, str)
        (question, answer), in the order the lesson asks them. Plain Unicode text, no LaTeX, so
        that it reads the same in JupyterLab, in the read-only copy and on GitHub.
    """

    lesson: str
    items: tuple

    def text(self):
        """Plain text: each question, then its answer."""
        lines = ["Check your predictions (in JupyterLab, click to reveal)"]
        for k, (question, answer) in enumerate(self.items, 1):
            lines += [f"{k}. {question}", f"   → {answer}"]
        return "\n".join(lines)

    def __repr__(self):
        return self.text()

    def _repr_html_(self):
        items = "".join(
            f"<li><p><em>{html.escape(q)}</em></p><p>{html.escape(a)}</p></li>"
            for q, a in self.items
        )
        return (
            '<details class="ib-predictions"><summary><strong>Check your predictions</strong> '
            "(click to reveal the answers)</summary>"
            f"<ol>{items}</ol></details>"
        )


def _v(theta):
    return format_vector(theta)


def _lesson_01():
    x, y, alpha = CANONICAL, 1.0, 0.25
    bound = core.sgd_stability_bound(x)
    factor = 1.0 - 2.0 * alpha * float(x @ x)
    limit = core.sgd_limit(x, y)
    ends = {a: core.sgd(x, y, a, 200)[-1] for a in (0.1, 0.5)}
    theta0 = np.array([0.0, 1.0, 1.0])
    return (
        (
            "Will SGD end on the plane at all?",
            f"Yes, for 0 < α < 1/‖x‖² = {format_number(bound)}: each step multiplies the "
            f"residual y − x·θ by 1 − 2α‖x‖² ({format_number(factor)} at α = {alpha}), so it "
            f"shrinks to 0. Above that bound the factor is below −1 and the run diverges.",
        ),
        (
            "If it does, which point of the plane: one with a big θ₁, a big θ₃, all three "
            "equal, or something else?",
            f"A big θ₁: SGD ends at x/‖x‖² = {_v(limit)}, a multiple of x, so the largest "
            f"feature gets the largest weight. It is the point of the plane closest to the "
            f"origin, the minimum-ℓ2-norm solution.",
        ),
        (
            "Does the answer depend on the step size α?",
            f"No, as long as the run converges: α = 0.1 ends at {_v(ends[0.1])} and α = 0.5 at "
            f"{_v(ends[0.5])} (200 steps each). α changes how fast SGD walks along x, not the "
            f"line it walks on.",
        ),
        (
            "Start SGD at θ₀ = [0, 1, 1] instead of 0. Does it end at the same point?",
            f"No: it ends at {_v(core.sgd_limit(x, y, theta0=theta0))}, the point of the plane "
            f"nearest θ₀, θ₀ + (y − x·θ₀) x/‖x‖². The answer depends on the start.",
        ),
    )


def _lesson_02():
    x, y = CANONICAL, 1.0
    star, sgd_star = core.epoch_adam_limit(x, y), core.sgd_limit(x, y)
    constant = core.epoch_adam(x, y, 0.05, 400, schedule="constant")
    return (
        (
            "SGD ended at ≈ [0.99, 0.099, 0.0099]. Will a per-coordinate rescaled step end at the "
            "same point?",
            f"No: epoch-Adam ends next to sign(x)/‖x‖₁ = {_v(star)}, on the diagonal, "
            f"{format_number(np.linalg.norm(star - sgd_star))} away from SGD's answer and on the "
            f"same plane.",
        ),
        (
            "Feature 3 is 100 times smaller than feature 1. Will θ₃ end smaller, equal, or larger "
            "than θ₁?",
            f"Equal: every coordinate moves by the same step, so θ₃ = θ₁ = "
            f"{format_number(star[0])}, {format_number(star[2] / sgd_star[2], 0)} times SGD's θ₃.",
        ),
        (
            "With a constant step size, will the iterates settle down?",
            f"No: with a constant α = 0.05 the last iterates jump between θ₁ = "
            f"{format_number(constant[-2, 0])} and {format_number(constant[-1, 0])} forever, "
            f"because the normalised step has the same length however small the residual. A "
            f"decaying α/√(e+1) shrinks the jumps.",
        ),
    )


def _lesson_03():
    x, y = CANONICAL, 1.0
    s = core.feature_scales(x)
    u = x / s
    phi = core.sgd_limit(u, y)
    theta = core.rescaled_sgd_limit(x, y)
    return (
        (
            "After rescaling, x becomes u = [1, 1, 1]. Where does SGD end on the rescaled problem?",
            f"At u/‖u‖² = {_v(phi)}: 1/3 in every coordinate, the point of the rescaled plane "
            f"u·φ = 1 closest to the origin.",
        ),
        (
            "Mapped back to the original units, will θ₃ be small (like SGD's 0.0099), medium "
            "(like Adam's 0.90) or large?",
            f"Large: θⱼ = φⱼ/sⱼ, so θ = {_v(theta)} and θ₃ = (1/3)/0.01 = "
            f"{format_number(theta[2])}. The smallest feature gets the largest weight.",
        ),
    )


def _lesson_04():
    x, y = CANONICAL, 1.0
    table = limits_table(x, y)
    by_norm = {key: table.norms[:, k] for k, key in enumerate(("l2", "linf", "rescaled"))}

    def ranked(key):
        order = np.argsort(by_norm[key], kind="stable")
        return ", then ".join(f"{table.labels[k]} {format_number(by_norm[key][k])}" for k in order)

    equal = limits_table(np.ones(3), y).limits
    negative = x * [1.0, -1.0, 1.0]
    flipped = limits_table(negative, y).limits
    theta0 = np.array([0.0, 1.0, 0.0])
    names = {"sgd": "SGD", "epoch_adam": "epoch-Adam", "rescaled_sgd": "rescaled SGD"}
    norm_names = {"l2": "‖θ* − θ₀‖₂", "linf": "‖θ* − θ₀‖∞", "rescaled": "‖s⊙(θ* − θ₀)‖₂"}
    moves = []
    for method, label in names.items():
        ball = balls.smallest_ball(method, x, y, theta0)
        size = core.solution_norms(ball.limit - theta0, x)[ball.norm]
        moves.append(
            f"{label} {norm_names[ball.norm]} = {format_number(size)} "
            f"(smallest ball {format_number(ball.radius)})"
        )
    return (
        ("Rank the three answers by their length ‖θ‖₂. Which is shortest?",
         f"SGD's: {ranked('l2')}."),
        ("Rank them by their largest coordinate maxⱼ |θⱼ|. Which is smallest?",
         f"Epoch-Adam's: {ranked('linf')}."),
        (
            "If all features had the same scale, x = [1, 1, 1], would the three answers differ?",
            f"No: all three are {_v(equal[0])}" + ("." if np.allclose(equal, equal[0]) else
                                                   " (they differ!)."),
        ),
        (
            "If the second feature were negative, x = [1, −0.1, 0.01], which coordinates of each "
            "answer would change sign?",
            "Only θ₂, in all three: "
            + "; ".join(f"{label} {_v(v)}" for label, v in zip(table.labels, flipped,
                                                                   strict=True))
            + ".",
        ),
        (
            "Start all three at θ₀ = [0, 1, 0] instead of 0. Is each answer still the smallest in "
            "its own norm, if \"smallest\" is measured from θ₀?",
            "Yes, with one training point: each answer is the exact solution nearest θ₀ in its "
            "own norm, its move as long as the smallest ball of that norm that touches the plane: "
            + "; ".join(moves) + ".",
        ),
    )  # fmt: skip


def _lesson_05():
    X, y = TWO_POINTS
    return (
        (
            "With one point SGD stayed on the line through 0 along x. Where can it move now?",
            f"In the row space of X, the plane spanned by the two points: every step adds a "
            f"multiple of one of them. It lands where that plane meets the line of solutions, "
            f"pinv(X)·y = {_v(core.sgd_limit(X, y))}.",
        ),
        (
            "Will rescaled SGD still land on a formula you can write down?",
            f"Yes: D⁻¹ pinv(X D⁻¹)·y = {_v(core.rescaled_sgd_limit(X, y))}, the same argument "
            f"in rescaled units.",
        ),
        (
            "Epoch-Adam moved along sign(x). With two points, is there one direction?",
            f"No: a full-batch step is ±αₑ in every coordinate and its signs depend on the "
            f"residuals. On this data the steps stay in {{[a, b, b]}} and close in on "
            f"{_v(core.epoch_adam_limit(X, y))}; for general data no formula is known.",
        ),
        (
            "Does it matter whether epoch-Adam takes one step per example or one step per epoch?",
            "Yes: one step per example is chaotic on this data (two runs whose y₂ differs in "
            "the 16th digit part ways) and never settles; one full-batch step per epoch "
            "settles.",
        ),
    )


def _lesson_06():
    X, y = wilson.data(wilson.labels(12, p=0.6))
    y_test = wilson.test_labels(1000, p=0.6)
    fits = {
        "SGD": core.sgd_limit(X, y),
        "epoch-Adam": core.epoch_adam_limit(X, y),
        "rescaled SGD": core.rescaled_sgd_limit(X, y),
    }
    errors = "; ".join(
        f"{label} {format_number(wilson.test_error(theta, y_test), 3)}"
        for label, theta in fits.items()
    )
    adam = fits["epoch-Adam"]
    # A fit labels every new point positive when even a new negative point scores above 0.
    all_positive = [label for label, theta in fits.items() if wilson.predict(theta, [-1.0])[0] > 0]
    return (
        (
            "All three optimizers fit the training points exactly. Will they agree on new points?",
            f"No. Test error on 1000 fresh points (p = 0.6): {errors}. "
            f"The fits of {' and '.join(all_positive)} label every new point positive: even a new "
            f"negative point scores above 0.",
        ),
        (
            "Epoch-Adam's steps have the same size in every coordinate. Which features will it "
            "weigh as much as feature 1?",
            f"Features 2 and 3, which are 1 for everybody: its weights on features 1 to 3 are "
            f"{_v(adam[:3])}, so the shared features count as much as the label.",
        ),
        (
            "A new point has features of its own that no training point had. What weight do the "
            "fits put on those?",
            "None: no training point has them, so no step ever moves those weights from 0, "
            "and a new point's score is θ₁y + θ₂ + θ₃.",
        ),
    )


#: The lessons, by notebook number.
LESSONS = {
    "01": _lesson_01,
    "02": _lesson_02,
    "03": _lesson_03,
    "04": _lesson_04,
    "05": _lesson_05,
    "06": _lesson_06,
}


def check_predictions(lesson):
    """The answers to lesson ``lesson``'s "Predict first" questions, hidden until revealed.

    Parameters
    ----------
    lesson : str
        The notebook's number, a key of :data:`LESSONS` (``"01"`` to ``"06"``).

    Returns
    -------
    Predictions
    """
    if lesson not in LESSONS:
        raise ValueError(f"no lesson called {lesson!r}; the lessons are {list(LESSONS)}")
    return Predictions(lesson, LESSONS[lesson]())
