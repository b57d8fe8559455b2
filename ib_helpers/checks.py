"""Predict-then-check questions for students, with every answer computed by :mod:`core`.

Pure data, no widgets: :func:`question` builds a :class:`Question` whose options are formatted
from the closed forms and update rules, so the right option is whatever the math says, never a
string typed in by hand. ``panels.self_check`` turns one into a choice and a check button.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import core
from .readout import LIMITS, NORMS, format_vector, limits_table

__all__ = ["QUESTIONS", "Question", "question"]

CANONICAL = np.array([1.0, 0.1, 0.01])


@dataclass(frozen=True)
class Question:
    """One multiple-choice question.

    Attributes
    ----------
    prompt : str
        The question (may contain HTML).
    options : tuple of str
        The choices, all different.
    answer : str
        The right one, exactly one of ``options``.
    explanation : str
        Why, shown once the student got it or asked for it.
    """

    prompt: str
    options: tuple
    answer: str
    explanation: str

    def __post_init__(self):
        if len(set(self.options)) != len(self.options):
            raise ValueError(f"the options must all be different; got {self.options}")
        if self.answer not in self.options:
            raise ValueError(
                f"the answer {self.answer!r} must be one of the options {self.options}"
            )

    def is_right(self, choice):
        """Whether ``choice`` (one of the options, or None) is the answer."""
        return choice == self.answer


def _vector(v):
    return format_vector(v, decimals=3)


def _sgd_equal_features():
    x = np.ones(3)
    answer = core.sgd_limit(x, 1.0)
    options = (
        _vector([1.0, 0.0, 0.0]),  # an exact solution, but not the one SGD can reach
        _vector(answer),
        _vector(x),  # x itself: x·x = 3, not on the plane
        _vector([0.5, 0.5, 0.0]),
    )
    return Question(
        prompt="x = [1, 1, 1], y = 1. Where does SGD, started at 0, end?",
        options=options,
        answer=_vector(answer),
        explanation=(
            f"Every step moves along x, so SGD stays on the line through 0 along x and stops "
            f"where it meets the plane: x/‖x‖² = {_vector(answer)}. The other exact solutions "
            f"(like [1, 0, 0]) are off that line."
        ),
    )


def _third_feature_times_ten():
    bigger = CANONICAL * [1.0, 1.0, 10.0]
    ratios = {label: limit(bigger, 1.0)[2] / limit(CANONICAL, 1.0)[2] for label, limit in LIMITS}
    (answer,) = [label for label, ratio in ratios.items() if np.isclose(ratio, 0.1)]
    shown = ", ".join(f"{label} × {ratio:.3g}" for label, ratio in ratios.items())
    return Question(
        prompt=(
            "Take the canonical x = [1, 0.1, 0.01] and multiply the third feature by 10: "
            "x = [1, 0.1, 0.1]. Whose θ₃ becomes 10 times <i>smaller</i>?"
        ),
        options=(*ratios, "none of them"),
        answer=answer,
        explanation=(
            f"θ₃ changes by: {shown}. Rescaled SGD's answer is θⱼ = y/(d·xⱼ), so a feature "
            f"10× larger gets a weight 10× smaller; SGD's θ₃ = x₃/‖x‖² grows with x₃, and "
            f"epoch-Adam's is y/‖x‖₁ for every coordinate."
        ),
    )


def _adam_negative_feature():
    x = CANONICAL * [1.0, -1.0, 1.0]
    answer = np.sign(core.epoch_adam_limit(x, 1.0))
    pattern = {1.0: "+", -1.0: "−", 0.0: "0"}

    def signs(v):
        return "[" + ", ".join(pattern[float(c)] for c in v) + "]"

    options = tuple(signs(v) for v in ([1, 1, 1], [1, -1, 1], [-1, 1, -1], [1, 0, 1]))
    return Question(
        prompt=(
            "x = [1, −0.1, 0.01], y = 1. Which signs do the coordinates of epoch-Adam's "
            "answer have?"
        ),
        options=options,
        answer=signs(answer),
        explanation=(
            f"With one point epoch-Adam moves along sign(x) = {signs(np.sign(x))} only, so it "
            f"ends at y·sign(x)/‖x‖₁ = {_vector(core.epoch_adam_limit(x, 1.0))}: "
            f"every coordinate has the size 1/‖x‖₁ and the sign of its feature."
        ),
    )


def _sgd_step_size():
    alphas = (0.1, 0.5)
    ends = [core.sgd(CANONICAL, 1.0, alpha, epochs=200)[-1] for alpha in alphas]
    same = np.allclose(ends[0], ends[1], rtol=0, atol=1e-9)
    yes, no = "yes, a larger α lands elsewhere", "no, the same point"
    return Question(
        prompt=(
            "On the canonical problem, does SGD's answer change if α goes from 0.1 to 0.5 "
            f"(both below the bound 1/‖x‖² = {core.sgd_stability_bound(CANONICAL):.3f})?"
        ),
        options=(yes, no),
        answer=no if same else yes,
        explanation=(
            f"α = {alphas[0]} ends at {_vector(ends[0])} and α = {alphas[1]} at "
            f"{_vector(ends[1])}. α changes how fast SGD walks along x, not the line it walks "
            f"on, so it changes the path, never the answer (as long as it converges)."
        ),
    )


def _smallest_largest_coordinate():
    table = limits_table(CANONICAL, 1.0)
    column = [key for key, _ in NORMS].index("linf")
    answer = table.labels[int(np.argmin(table.norms[:, column]))]
    sizes = ", ".join(
        f"{label} {table.norms[k, column]:.3f}" for k, label in enumerate(table.labels)
    )
    return Question(
        prompt=(
            "On the canonical problem, whose answer has the smallest largest coordinate "
            "(the smallest ℓ∞ norm, max |θⱼ|)?"
        ),
        options=table.labels,
        answer=answer,
        explanation=(
            f"max |θⱼ| of the three answers: {sizes}. Moving along sign(x) makes all "
            f"coordinates equally large, and that is the cheapest way to reach the plane when "
            f"you pay for the largest one."
        ),
    )


#: The questions, by name, in the order the notebooks ask them.
QUESTIONS = {
    "sgd-equal-features": _sgd_equal_features,
    "third-feature-times-ten": _third_feature_times_ten,
    "adam-negative-feature": _adam_negative_feature,
    "sgd-step-size": _sgd_step_size,
    "smallest-largest-coordinate": _smallest_largest_coordinate,
}


def question(name):
    """Build the question called ``name`` (a key of :data:`QUESTIONS`), answers computed.

    Returns
    -------
    Question
    """
    if name not in QUESTIONS:
        raise ValueError(f"no question called {name!r}; the questions are {list(QUESTIONS)}")
    return QUESTIONS[name]()
