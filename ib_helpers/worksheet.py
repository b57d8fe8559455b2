"""A worksheet for the discussion section: five exercises, their computed answers, a checker.

Pure Python and numpy, no widgets. The exercises start from parts (a) to (c) of the homework
(one training point ``x = [1, 0.1, 0.01]``, ``y = 1``) and go further: another start, a negative
feature, new feature scales, two training points, and the data of Wilson et al. (2017). Every
answer is computed by :mod:`core` or :mod:`wilson`, and every number of a worked solution is
formatted from it, so nothing here is a number typed in by hand.

:func:`check` compares a student's answer with the computed one and answers with a hint that
depends on the typical mistake it recognises, never with the answer itself;
:func:`solution` gives the worked answer, only when asked. ``tools/build_worksheet.py`` prints
both as a student and a TA version.
"""

from __future__ import annotations

import html
import numbers
from dataclasses import dataclass

import numpy as np

from . import core, wilson
from .readout import LIMITS, format_number, format_vector

__all__ = [
    "ALL_THE_SAME",
    "EXERCISES",
    "TOLERANCE",
    "Exercise",
    "Mistake",
    "Result",
    "Worked",
    "check",
    "exercise",
    "solution",
]

#: A numeric answer is right when every coordinate is within this of the computed one: a
#: student's pen-and-paper answer to 3 decimals counts.
TOLERANCE = 5e-4

#: The statement a student may choose in exercise 5 instead of an optimizer.
ALL_THE_SAME = "all the same"

_CLOSE = (
    f"Close, but give every coordinate to 3 decimals or more: the checker accepts a "
    f"difference of up to {TOLERANCE:g} in each."
)

#: Okabe–Ito colours, as in the figures: right, not yet, nothing to check.
_COLOURS = {"right": "#009E73", "wrong": "#D55E00", "empty": "#0072B2", "invalid": "#E69F00"}


# --------------------------------------------------------------------------------------------
# Results and texts


@dataclass(frozen=True, repr=False)
class Result:
    """What :func:`check` says about one answer.

    Attributes
    ----------
    exercise : int
        The exercise's number.
    right : bool
        Whether the answer is right.
    message : str
        "Right: ..." and why; or a hint that never contains the answer; or what to enter.
    status : str
        ``"right"``, ``"wrong"`` (a hint), ``"empty"`` (no answer yet) or ``"invalid"``
        (not an answer of the expected kind).
    """

    exercise: int
    right: bool
    message: str
    status: str

    def __repr__(self):
        return f"Exercise {self.exercise}. {self.message}"

    def _repr_html_(self):
        colour = _COLOURS[self.status]
        return (
            f'<div class="ib-worksheet-{self.status}" style="border-left:6px solid {colour};'
            f'padding:0.4em 0.9em;margin:0.2em 0;font-size:1.05em">'
            f"<b>Exercise {self.exercise}.</b> {html.escape(self.message)}</div>"
        )


@dataclass(frozen=True, repr=False)
class Worked:
    """A worked solution, for the TA or for a student who asks for it.

    Attributes
    ----------
    exercise : int
    title : str
    text : str
        The worked solution; its last line is the answer.
    """

    exercise: int
    title: str
    text: str

    def __str__(self):
        return self.text

    def __repr__(self):
        return f"Exercise {self.exercise}. {self.title}: worked answer\n\n{self.text}"

    def _repr_html_(self):
        return (
            f"<div><b>Exercise {self.exercise}. {html.escape(self.title)}: worked answer</b>"
            f'<div style="white-space:pre-wrap">{html.escape(self.text)}</div></div>'
        )


@dataclass(frozen=True)
class Mistake:
    """A typical mistake: the answer it leads to and the hint the checker gives for it.

    Attributes
    ----------
    name : str
        What the student did, for the TA.
    value : ndarray or str
        The wrong answer that mistake gives (a vector, or a choice in exercise 5).
    hint : str
        What the checker says; never the right answer.
    tolerance : float
        How close (largest coordinate difference) an answer must be to ``value`` to count as
        this mistake. :data:`TOLERANCE` for mistakes far from the answer; smaller for a slip
        that lands close to it, so that only an answer more precise than the slip is blamed.
    """

    name: str
    value: object
    hint: str
    tolerance: float = TOLERANCE


def _slip(name, value, right, hint):
    """A mistake that lands within :data:`TOLERANCE` of the answer: recognised only when the
    answer is at least four times closer to it than to the right one."""
    return Mistake(name, value, hint, tolerance=float(np.max(np.abs(value - right))) / 4)


# --------------------------------------------------------------------------------------------
# The exercise


@dataclass(frozen=True, repr=False, eq=False)
class Exercise:
    """One exercise: the question, its computed answer, the worked solution and the checker.

    Attributes
    ----------
    number : int
    title : str
        Short, plain text (it is also the notebook's heading).
    question : str
        Plain Unicode text, paragraphs separated by a blank line; no answer in it.
    given : str
        Numbers the question needs that ``ib_helpers`` computes (exercise 5: the three fits);
        empty if none.
    answer : ndarray or str
        The computed answer: a vector θ, or one of ``choices``.
    worked : str
        The worked solution for the TA, its numbers formatted from the computed ones.
    why : str
        Why a right answer is right (shown after "Right:").
    mistakes : tuple of Mistake
        Typical mistakes, checked in order before the answer itself.
    example : str
        What an answer looks like, e.g. ``[0.1, 0.2, 0.3]``.
    X, y : ndarray or None
        The training data of a numeric exercise, to tell a θ that fits from one that does not.
    misfit_hint : str
        Said after "that θ does not fit the data".
    fits_hint : str
        Said for a θ that fits the data but is not the answer (and no typical mistake).
    choices : tuple of str
        The allowed answers of a choice exercise; empty for a numeric one.
    """

    number: int
    title: str
    question: str
    given: str
    answer: object
    worked: str
    why: str
    mistakes: tuple
    example: str
    X: np.ndarray | None = None
    y: np.ndarray | None = None
    misfit_hint: str = ""
    fits_hint: str = ""
    choices: tuple = ()

    @property
    def numeric(self):
        """Whether the answer is a vector θ (else one of :attr:`choices`)."""
        return not self.choices

    def answer_text(self):
        """The answer as shown in a worked solution: ``[a, b, c]`` or the choice."""
        return format_vector(self.answer) if self.numeric else self.answer

    def fallbacks(self):
        """(when, hint) of the hints for wrong answers that are no typical mistake."""
        if not self.numeric:
            return (("a name that is not one of the choices", self._unknown_choice('"…"')),)
        lhs = "x·θ" if len(self.y) == 1 else "X·θ"
        return (
            ("within ten times the tolerance, but not within it (fewer than 3 decimals)", _CLOSE),
            (
                "a θ that does not fit the data",
                f"That θ does not fit the data: {lhs} = …, but y = {self._y_text()}. "
                f"{self.misfit_hint}",
            ),
            ("a θ that fits the data but is not the answer", self.fits_hint),
        )

    def _y_text(self):
        return _g(self.y[0]) if len(self.y) == 1 else _inputs(self.y)

    def check(self, answer):
        """Check ``answer``; see :func:`check`."""
        if answer is None:
            return self._result(
                "empty",
                f"Enter your answer first: replace None with {self.example}, then run this cell "
                f"again.",
            )
        if self.numeric:
            return self._check_vector(answer)
        return self._check_choice(answer)

    # Numeric answers ------------------------------------------------------------------------

    def _check_vector(self, answer):
        theta, problem = _as_vector(answer, len(self.answer))
        if problem:
            return self._result("invalid", problem)
        for mistake in self.mistakes:
            if np.max(np.abs(theta - mistake.value)) <= mistake.tolerance:
                return self._result("wrong", f"Not yet. {mistake.hint}")
        distance = np.max(np.abs(theta - self.answer))
        if distance <= TOLERANCE:
            return self._result("right", f"Right: {self.why}")
        if distance <= 10 * TOLERANCE:
            return self._result("wrong", f"Not yet. {_CLOSE}")
        fitted = self.X @ theta
        # A coordinate rounded by at most TOLERANCE moves X_i·θ by at most TOLERANCE ‖X_i‖₁.
        slack = TOLERANCE * np.sum(np.abs(self.X), axis=1) + 1e-12
        if np.all(np.abs(fitted - self.y) <= slack):
            return self._result("wrong", f"Not yet. {self.fits_hint}")
        if len(self.y) == 1:
            shown = f"x·θ = {format_number(fitted[0])}, but y = {self._y_text()}"
        else:
            shown = f"X·θ = {format_vector(fitted)}, but y = {self._y_text()}"
        return self._result(
            "wrong", f"Not yet. That θ does not fit the data: {shown}. {self.misfit_hint}"
        )

    # Choice answers -------------------------------------------------------------------------

    def _unknown_choice(self, given):
        names = ", ".join(f'"{c}"' for c in self.choices)
        return f"{given} is not one of the choices: answer with one of {names} (in quotes)."

    def _check_choice(self, answer):
        if not isinstance(answer, str):
            names = ", ".join(f'"{c}"' for c in self.choices)
            return self._result(
                "invalid",
                f"Cannot check a value of type {type(answer).__name__}: answer with one of the "
                f"names {names}, as text in quotes.",
            )
        choice = _choice(answer, self.choices)
        if choice is None:
            shown = f'"{answer.strip()[:40]}"' if answer.strip() else "An empty text"
            return self._result("invalid", self._unknown_choice(shown))
        if choice == self.answer:
            return self._result("right", f"Right: {self.why}")
        (mistake,) = [m for m in self.mistakes if m.value == choice]
        return self._result("wrong", f"Not yet. {mistake.hint}")

    def _result(self, status, message):
        return Result(self.number, status == "right", message, status)

    # Display --------------------------------------------------------------------------------

    def text(self):
        """Title, question and given numbers as plain text (no answer)."""
        parts = [f"Exercise {self.number}. {self.title}", self.question]
        return "\n\n".join([*parts, self.given] if self.given else parts)

    def __repr__(self):
        return self.text()

    def _repr_html_(self):
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in self.question.split("\n\n"))
        given = f"<pre>{html.escape(self.given)}</pre>" if self.given else ""
        title = f"<b>Exercise {self.number}. {html.escape(self.title)}</b>"
        return f"<div>{title}{paragraphs}{given}</div>"


def _g(value):
    """An input of the question, as short as it is exact: 0.01, not 0.010000; minus as −."""
    return f"{float(value) + 0.0:.6g}".replace("-", "−")


def _inputs(v):
    return "[" + ", ".join(_g(c) for c in np.ravel(v)) + "]"


def _coordinates(d):
    """``θ₁, θ₂, θ₃`` for d = 3."""
    return ", ".join("θ" + str(j).translate(_SUBSCRIPTS) for j in range(1, d + 1))


_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def _as_vector(answer, d):
    """(theta, None) for a flat list or array of d finite numbers, else (None, what to enter)."""
    expected = f"a list of {d} numbers, one per coordinate of θ, e.g. [0.1, 0.2, 0.3]"
    if isinstance(answer, (str, bytes)):
        return None, f"Cannot check text: enter {expected}, as numbers without quotes."
    if isinstance(answer, np.ndarray):
        if answer.dtype.kind not in "iuf":
            return None, f"Cannot check an array of {answer.dtype}: enter {expected}."
        values = answer
    elif isinstance(answer, (list, tuple)):
        if any(isinstance(v, (list, tuple, np.ndarray)) for v in answer):
            return None, f"Cannot check a nested list: enter {expected} (one flat list)."
        if not all(isinstance(v, numbers.Real) and not isinstance(v, bool) for v in answer):
            return None, f"Cannot check that: every entry must be a number. Enter {expected}."
        values = answer
    elif isinstance(answer, numbers.Real) and not isinstance(answer, bool):
        return None, f"That is one number, but θ has {d} coordinates: enter {expected}."
    else:
        return None, f"Cannot check a value of type {type(answer).__name__}: enter {expected}."
    theta = np.asarray(values, dtype=float)
    if theta.shape != (d,):
        got = f"{theta.size} numbers" if theta.ndim == 1 else f"an array of shape {theta.shape}"
        return None, f"Expected {d} numbers ({_coordinates(d)}), got {got}: enter {expected}."
    if not np.all(np.isfinite(theta)):
        return (
            None,
            f"Every coordinate must be a finite number, not NaN or infinity: enter {expected}.",
        )
    return theta, None


_ALIASES = {"adam": "epoch-Adam", "rescaled": "rescaled SGD", "all": ALL_THE_SAME}


def _key(text):
    return "".join(c for c in text.lower() if c.isalnum())


def _choice(text, choices):
    """The choice ``text`` names (case, spaces, hyphens and quotes do not matter), or None."""
    known = {_key(c): c for c in choices}
    known.update({_key(a): c for a, c in _ALIASES.items() if c in choices})
    known.update({"allthree": ALL_THE_SAME, "same": ALL_THE_SAME})
    choice = known.get(_key(text))
    return choice if choice in choices else None


# --------------------------------------------------------------------------------------------
# The five exercises

CANONICAL = np.array([1.0, 0.1, 0.01])
EXAMPLE = "your θ, e.g. answer = [0.1, 0.2, 0.3]"


def _squares(x):
    """``1 + 0.01 + 0.0001``: the terms of ‖x‖², as inputs."""
    return " + ".join(_g(v * v) for v in x)


def _sgd_from_a_start():
    x, y, theta0 = CANONICAL, 1.0, np.array([0.0, 1.0, 0.0])
    answer = core.sgd_limit(x, y, theta0=theta0)
    norm2, gap = float(x @ x), y - float(x @ theta0)
    t = gap / norm2
    from_zero = core.sgd_limit(x, y)
    dropped = float(x[:2] @ x[:2])  # ‖x‖² without its smallest term: the homework's slip
    mistakes = (
        _slip(
            f"‖x‖² taken as {_g(dropped)}, its last term dropped (the homework's slip: "
            f"1/{_g(dropped)} = {format_number(1 / dropped)}, not 1/‖x‖² = "
            f"{format_number(1 / norm2)})",
            theta0 + gap * x / dropped,
            answer,
            f"Check ‖x‖²: it has three terms, {_squares(x)}. With {_g(dropped)} you dropped "
            f"the last one, and every coordinate comes out slightly too large.",
        ),
        _slip(
            f"started from 0 and took ‖x‖² as {_g(dropped)}",
            x / dropped,
            from_zero,
            f"Two things. You found the answer from 0; where does the start θ₀ = "
            f"{_inputs(theta0)} come in? And check ‖x‖²: it has three terms, {_squares(x)}.",
        ),
        Mistake(
            "forgot θ₀: the answer from 0, x/‖x‖²",
            from_zero,
            f"You found the answer from 0, x/‖x‖². Where does the start θ₀ = {_inputs(theta0)} "
            f"come in? SGD's steps are added to θ₀, and they only have to close the gap that "
            f"θ₀ leaves.",
        ),
        Mistake(
            "added the answer from 0 to θ₀",
            theta0 + from_zero,
            f"You added the answer from 0 to θ₀. But θ₀ already gives x·θ₀ = {_g(x @ theta0)}, "
            f"so the steps along x only have to make up y − x·θ₀, not all of y.",
        ),
        Mistake(
            "stepped along x by the gap without dividing by ‖x‖²",
            theta0 + gap * x,
            "A step t·x changes x·θ by t‖x‖², not by t: to close the gap y − x·θ₀ exactly, "
            "divide it by ‖x‖².",
        ),
    )
    return Exercise(
        number=1,
        title="SGD from another start",
        question=(
            f"SGD on one training point x = {_inputs(x)}, target y = {_g(y)}, loss (y − x·θ)², "
            f"with a constant step α below the bound 1/‖x‖², as in part (a), but started at "
            f"θ₀ = {_inputs(theta0)} instead of 0. Where does it end?\n\n"
            f"Pen and paper first: in which direction does every step move, and where does "
            f"that line through θ₀ meet the plane x·θ = y? Give θ to 3 decimals or more."
        ),
        given="",
        answer=answer,
        worked=(
            f"The gradient is −2(y − x·θ)x, a multiple of x, so every step adds a multiple of "
            f"x to θ: the iterates stay on the line θ₀ + t·x and stop where it meets the plane "
            f"x·θ = y (for α below 1/‖x‖² = {format_number(1 / norm2)}, where the run "
            f"converges).\n\n"
            f"x·(θ₀ + t·x) = y gives t = (y − x·θ₀)/‖x‖². Here x·θ₀ = {format_number(x @ theta0)}, "
            f"y − x·θ₀ = {format_number(gap)}, ‖x‖² = {_squares(x)} = {format_number(norm2)}, so "
            f"t = {format_number(t)}.\n\n"
            f"θ* = θ₀ + (y − x·θ₀)·x/‖x‖² = {format_vector(answer)}: the point of the plane "
            f"closest to θ₀ (the foot of the perpendicular from θ₀), not the one closest to 0, "
            f"which is x/‖x‖² = {format_vector(from_zero)}."
        ),
        why=(
            f"every SGD step moves along x, so from θ₀ = {_inputs(theta0)} the run stays on the "
            f"line θ₀ + t·x and stops where it meets the plane: θ* = θ₀ + (y − x·θ₀)·x/‖x‖² = "
            f"{format_vector(answer)}, the point of the plane closest to θ₀."
        ),
        mistakes=mistakes,
        example=EXAMPLE,
        X=x[np.newaxis, :],
        y=np.array([y]),
        misfit_hint=(
            "With α below 1/‖x‖² SGD converges to an exact fit, so its limit lies on the "
            "plane x·θ = y."
        ),
        fits_hint=(
            "That θ fits the data, but it is not where SGD goes from θ₀: every step adds a "
            "multiple of x, so θ − θ₀ must be a multiple of x. Is yours?"
        ),
    )


def _epoch_adam_negative_feature():
    x, y = CANONICAL * [1.0, -1.0, 1.0], 1.0
    answer = core.epoch_adam_limit(x, y)
    l1 = float(np.sum(np.abs(x)))
    signed = float(np.sum(x))  # |x₁| + |x₂| + |x₃| with the signs left in: a typical slip
    signs = np.sign(x)
    (negative,) = np.flatnonzero(x < 0) + 1  # the one negative feature, 1-based
    sub = str(negative).translate(_SUBSCRIPTS)
    sign_hint = (
        f"Look at the signs: x{sub} is negative. With one training point every epoch-Adam "
        f"step moves each coordinate by the same amount, in the direction of sign(xⱼ) (while "
        f"the residual y − x·θ is positive). Which sign does θ{sub} get?"
    )
    mistakes = (
        Mistake("ignored sign(x): all coordinates positive", np.full(3, y / l1), sign_hint),
        Mistake(
            "moved along [1, 1, 1] to the plane: the diagonal's fit, all coordinates positive",
            np.full(3, y / signed),
            "That is where the diagonal [1, 1, 1] meets the plane: it fits, but with a "
            "negative feature epoch-Adam does not move along the diagonal. " + sign_hint,
        ),
        Mistake(
            "‖x‖₁ taken as x₁ + x₂ + x₃, signs kept",
            y * signs / signed,
            f"The signs are right, but check ‖x‖₁: it is |x₁| + |x₂| + |x₃|, sizes without "
            f"signs, not x₁ + x₂ + x₃ = {_g(signed)}.",
        ),
        Mistake(
            "SGD's answer x/‖x‖²",
            core.sgd_limit(x, y),
            "That is SGD's answer, the point of the plane closest to 0: its coordinates are "
            "proportional to x. Epoch-Adam divides each coordinate of the gradient by that "
            "coordinate's own size. What is left of the step, coordinate by coordinate?",
        ),
        Mistake(
            "rescaled SGD's answer y/(d·xⱼ)",
            core.rescaled_sgd_limit(x, y),
            "That is rescaled SGD's answer (part (c)), which divides the features by their "
            "scale before the run. Epoch-Adam divides the gradient instead, every epoch: "
            "what is M_e∇f coordinate by coordinate?",
        ),
    )
    return Exercise(
        number=2,
        title="Epoch-Adam with a negative feature",
        question=(
            f"Epoch-Adam as in part (b) (M_e diagonal, its j-th entry 1/√(mean over the "
            f"epoch of the squared j-th gradient coordinate), with a decaying step "
            f"α_e = α/√(e + 1), e the epoch), from θ₀ = 0, on one training point with a "
            f"negative feature: "
            f"x = {_inputs(x)}, y = {_g(y)}. Where does it end?\n\n"
            f"Pen and paper first: with one point, what is M_e∇f(θ), coordinate by "
            f"coordinate? Give θ to 3 decimals or more."
        ),
        given="",
        answer=answer,
        worked=(
            f"With one point the squared gradient of coordinate j is 4(y − x·θ)²xⱼ², so "
            f"(M_e∇f)ⱼ = −2(y − x·θ)xⱼ / (2|y − x·θ||xⱼ|) = −sign(y − x·θ)·sign(xⱼ): every "
            f"coordinate moves by the same amount α_e, in the direction sign(x) = "
            f"{_inputs(signs)} while the residual is positive.\n\n"
            f"So the iterates stay on the line c·sign(x) and stop where it meets the plane: "
            f"c·(|x₁| + |x₂| + |x₃|) = y, c = y/‖x‖₁ = {_g(y)}/{_g(l1)} = {format_number(y / l1)} "
            f"(the decaying step makes the run settle there; a constant α hovers around "
            f"it).\n\n"
            f"θ* = y·sign(x)/‖x‖₁ = {format_vector(answer)}: with one training point, the "
            f"exact solution with the smallest largest coordinate (minimum ℓ∞ norm). Every "
            f"coordinate has the size y/‖x‖₁ and the sign of its feature."
        ),
        why=(
            f"with one training point each epoch-Adam step moves every coordinate by the same "
            f"amount along sign(x) = {_inputs(signs)}, so the run stops at "
            f"θ* = y·sign(x)/‖x‖₁ = {format_vector(answer)}, the minimum-ℓ∞-norm solution."
        ),
        mistakes=mistakes,
        example=EXAMPLE,
        X=x[np.newaxis, :],
        y=np.array([y]),
        misfit_hint=(
            "With a decaying step epoch-Adam settles on an exact fit, so its limit lies on "
            "the plane x·θ = y."
        ),
        fits_hint=(
            "That θ fits the data, but with one training point every epoch-Adam step from 0 "
            "moves all coordinates by the same amount, each in the direction of the sign of "
            "its feature. Are all your |θⱼ| equal, with the signs of x?"
        ),
    )


def _rescaled_sgd_new_features():
    x, y = np.array([2.0, 0.5, 0.1]), 1.0
    answer = core.rescaled_sgd_limit(x, y)
    s = core.feature_scales(x)
    u = x / s
    phi = s * answer
    d = len(x)
    mistakes = (
        Mistake(
            "plain SGD's answer x/‖x‖²",
            core.sgd_limit(x, y),
            "That is plain SGD's answer, the point closest to 0 in the original units. "
            "Rescaled SGD runs SGD on the rescaled features u = x/s: what is u here, and where "
            "does SGD from 0 end on it?",
        ),
        Mistake(
            "forgot to map back: φ, the answer in rescaled units",
            phi,
            "That is the answer in rescaled units, φ. The question asks for θ in the original "
            "units: map back with θⱼ = φⱼ/sⱼ.",
        ),
        Mistake(
            "mapped back by multiplying with s instead of dividing",
            phi * s,
            "Check the way back: φ = s⊙θ (φⱼ = sⱼθⱼ), so θⱼ = φⱼ/sⱼ, not φⱼ·sⱼ.",
        ),
        Mistake(
            "θⱼ = y/xⱼ: forgot to divide by d",
            y / x,
            f"Each coordinate alone would fit (xⱼθⱼ = y), so together they give {d} times too "
            f"much. SGD on u lands on y·u/‖u‖²: what is ‖u‖²?",
        ),
        Mistake(
            "epoch-Adam's answer y·sign(x)/‖x‖₁",
            core.epoch_adam_limit(x, y),
            "That is epoch-Adam's answer (part (b)): it equalises the steps, not the features. "
            "Rescaled SGD divides each feature by its scale sⱼ first: what is u = x/s here?",
        ),
        Mistake(
            f"the homework's answer, for x = {_inputs(CANONICAL)}",
            core.rescaled_sgd_limit(CANONICAL, 1.0),
            f"That is the answer for the homework's x = {_inputs(CANONICAL)}. Here x = "
            f"{_inputs(x)}: the scales sⱼ are different, and so is the way back.",
        ),
    )
    return Exercise(
        number=3,
        title="Rescaled SGD on new features",
        question=(
            f"Rescaled SGD as in part (c): divide each feature by its scale "
            f"sⱼ = √(mean over the training points of xⱼ²), run SGD from 0 on the rescaled "
            f"problem (constant α below its bound), and map back with θⱼ = φⱼ/sⱼ. Now on one "
            f"training point x = {_inputs(x)}, y = {_g(y)}. Where does it end?\n\n"
            f"Pen and paper first: what is the rescaled point u = x/s, and where does SGD land "
            f"on it? Give θ to 3 decimals or more."
        ),
        given="",
        answer=answer,
        worked=(
            f"With one point s = |x| = {_inputs(s)}, so the rescaled point is u = x/s = "
            f"{_inputs(u)} (with one point u = sign(x), whatever the scales).\n\n"
            f"SGD from 0 on u lands on φ* = y·u/‖u‖², with ‖u‖² = d = {d}: φ* = "
            f"{format_vector(phi)}.\n\n"
            f"Mapping back, θ*ⱼ = φ*ⱼ/sⱼ = y/(d·xⱼ): θ* = {format_vector(answer)}. The smallest "
            f"feature gets the largest weight. With one training point it is the exact "
            f"solution with the smallest ‖s⊙θ‖₂, the minimum norm in rescaled units."
        ),
        why=(
            f"the rescaled point is u = x/s = {_inputs(u)}, SGD lands on φ* = y·u/‖u‖² there, "
            f"and mapping back gives θ*ⱼ = y/(d·xⱼ): θ* = {format_vector(answer)}, the solution "
            f"that is smallest in rescaled units (with one training point)."
        ),
        mistakes=mistakes,
        example=EXAMPLE,
        X=x[np.newaxis, :],
        y=np.array([y]),
        misfit_hint=(
            "Rescaled SGD below its bound converges to an exact fit of the rescaled problem, "
            "and mapping back keeps the fit: its θ lies on the plane x·θ = y."
        ),
        fits_hint=(
            "That θ fits the data, but it is not rescaled SGD's answer: in rescaled units "
            "φ = s⊙θ, and SGD from 0 moves φ only along u = x/s. Is s⊙θ a multiple of u?"
        ),
    )


def _sgd_two_points():
    X, y = np.array([[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]]), np.array([1.0, 0.5])
    answer = core.sgd_limit(X, y)
    gram = X @ X.T
    a = np.linalg.solve(gram, y)  # θ* = Xᵀa: the combination of the rows SGD ends on
    one = [core.sgd_limit(row, target) for row, target in zip(X, y, strict=True)]
    rows_hint = "SGD visits both points, so its limit must satisfy both equations."
    mistakes = (
        Mistake(
            "the one-point answer of point 1 only",
            one[0],
            f"That fits point 1 only (it is SGD's answer for x₁ alone). {rows_hint}",
        ),
        Mistake(
            "the one-point answer of point 2 only",
            one[1],
            f"That fits point 2 only (it is SGD's answer for x₂ alone). {rows_hint}",
        ),
        Mistake(
            "the sum of the two one-point answers",
            one[0] + one[1],
            "Adding the two one-point answers fits neither point: x₁ and x₂ are not "
            "orthogonal, so the part along x₂ changes x₁·θ too. Solve both equations together, "
            "with θ = a₁x₁ + a₂x₂.",
        ),
        Mistake(
            "the mean of the two one-point answers",
            (one[0] + one[1]) / 2,
            "Averaging the two one-point answers fits neither point. Solve both equations "
            "together, with θ = a₁x₁ + a₂x₂.",
        ),
        Mistake(
            "epoch-Adam's (full batch) answer",
            core.epoch_adam_limit(X, y),
            "That is where full-batch epoch-Adam lands on these data (notebook 5), along the "
            "signs of the points. SGD's steps are multiples of x₁ and x₂ themselves: which "
            "exact fit can they reach from 0?",
        ),
        Mistake(
            "rescaled SGD's answer",
            core.rescaled_sgd_limit(X, y),
            "That is rescaled SGD's answer, the smallest fit in rescaled units. Plain SGD does "
            "not rescale: its steps are multiples of x₁ and x₂ themselves.",
        ),
    )
    x1, x2 = X
    return Exercise(
        number=4,
        title="SGD with two training points",
        question=(
            f"Two training points: x₁ = {_inputs(x1)} with y₁ = {_g(y[0])}, and x₂ = "
            f"{_inputs(x2)} with y₂ = {_g(y[1])}. SGD visits them in turn, one example per "
            f"step, with a constant α small enough to converge, from θ₀ = 0. The exact "
            f"solutions now form a line. Where does SGD end?\n\n"
            f"Pen and paper first: which directions can SGD's steps take, and which point of "
            f"the line of solutions can they reach? Give θ to 3 decimals or more."
        ),
        given="",
        answer=answer,
        worked=(
            f"Each step adds a multiple of x₁ or of x₂, so from 0 the iterates stay in the row "
            f"space: θ = a₁x₁ + a₂x₂ = Xᵀa. Both equations Xθ = y then read XXᵀa = y, with "
            f"XXᵀ = [[{format_number(gram[0, 0])}, {format_number(gram[0, 1])}], "
            f"[{format_number(gram[1, 0])}, {format_number(gram[1, 1])}]]: "
            f"a = {format_vector(a)}.\n\n"
            f"For these data it is quicker to add and subtract the equations: x₁ + x₂ = "
            f"{_inputs(x1 + x2)} gives θ₁ = (y₁ + y₂)/2 = {format_number(answer[0])}, and "
            f"x₁ − x₂ = {_inputs(x1 - x2)} says (θ₂, θ₃) is a multiple of ({_g(x1[1])}, "
            f"{_g(x1[2])}) in the row space, fixed by x₁·θ = y₁.\n\n"
            f"θ* = Xᵀa = pinv(X)·y = {format_vector(answer)}; check: X·θ* = "
            f"{format_vector(X @ answer)}. With any number of points, when Xθ = y has an exact "
            f"solution, SGD from 0 lands on the minimum-ℓ2-norm one, pinv(X)·y."
        ),
        why=(
            f"SGD's steps are multiples of x₁ and x₂, so from 0 it stays in their span and "
            f"lands on the one exact fit there, θ* = pinv(X)·y = {format_vector(answer)}, the "
            f"minimum-ℓ2-norm solution."
        ),
        mistakes=mistakes,
        example=EXAMPLE,
        X=X,
        y=y,
        misfit_hint=(
            "With an exact solution and α small enough, cyclic SGD converges to a θ that fits "
            "both points."
        ),
        fits_hint=(
            "That θ fits both points, but SGD from 0 can only reach θ = a₁x₁ + a₂x₂ (every step "
            "adds a multiple of x₁ or x₂). Is yours such a combination?"
        ),
    )


def _which_fit_generalises():
    n, p, m = 12, 0.6, 1000
    X, y = wilson.data(wilson.labels(n, p=p))
    fits = {label: limit(X, y) for label, limit in LIMITS}
    y_test = wilson.test_labels(m, p=p)
    errors = {label: wilson.test_error(theta, y_test) for label, theta in fits.items()}
    scores = {label: wilson.predict(theta, [1.0, -1.0]) for label, theta in fits.items()}
    best = min(errors.values())
    winners = [label for label, error in errors.items() if error == best]
    if len(winners) == len(fits):
        answer = ALL_THE_SAME
    elif len(winners) == 1:
        (answer,) = winners
    else:  # two of three tie: no single right choice, so the question would be unfair
        raise ValueError(f"two fits share the smallest test error: {errors}")
    width = max(map(len, fits)) + 2
    given = "weights on features 1, 2, 3 of each exact fit, from θ₀ = 0:\n" + "\n".join(
        f"{label:<{width}}{format_vector(theta[:3])}" for label, theta in fits.items()
    )
    lines = "\n".join(
        f"{label}: + point {format_number(plus, 3)}, − point {format_number(minus, 3)}, "
        f"test error {format_number(errors[label], 3)}"
        for label, (plus, minus) in scores.items()
    )
    negatives = int(np.sum(y < 0))
    c = float(np.mean(X @ np.sign(X.T @ y) / y))  # X sign(Xᵀy) = c y on these data
    choices = (*fits, ALL_THE_SAME)
    mistakes = [
        Mistake(
            f"chose {label}",
            label,
            f"Work out the score θ₁y + θ₂ + θ₃ that {label}'s fit gives a new point with "
            f"y = +1 and one with y = −1. Do both scores have the sign of their label?",
        )
        for label in fits
        if label != answer
    ]
    if answer != ALL_THE_SAME:
        mistakes.append(
            Mistake(
                "said they all generalise alike because they all fit the training data",
                ALL_THE_SAME,
                "They all fit the training points exactly, but the question is about new "
                "points: do the three fits give a new point the same score θ₁y + θ₂ + θ₃? "
                "Try a new point with y = −1.",
            )
        )
    return Exercise(
        number=5,
        title="Which exact fit generalises?",
        question=(
            f"The data of Wilson et al. (2017, notebook 6): n = {n} training points with labels "
            f"±1 ({n - negatives} positive, {negatives} negative). Point i has feature 1 equal "
            f"to its label, features 2 and 3 equal to 1, and features of its own that no other "
            f"point has (one if its label is +1, five if it is −1). More parameters than "
            f"points: the three optimizers of (a) to (c), from θ₀ = 0, all fit the training "
            f"points exactly, with the weights on features 1 to 3 given below.\n\n"
            f"A new point (labelled +1 with probability p = {_g(p)}) is built the same way, "
            f"but its own features are new, so every fit scores it θ₁y + θ₂ + θ₃ and labels it "
            f"by the sign of that score. Which fit labels new points best: "
            + ", ".join(f'"{c}"' for c in choices[:-1])
            + f', or are they "{ALL_THE_SAME}"?\n\n'
            f"Pen and paper first: the score of a new + point and of a new − point, for each "
            f"fit."
        ),
        given=given,
        answer=answer,
        worked=(
            f"Scores θ₁y + θ₂ + θ₃ of a new + point and a new − point, and the test error "
            f"(the share of wrong signs, a score of 0 counting as wrong) on {m} fresh points at "
            f"p = {_g(p)}, whose share of negatives is "
            f"{format_number(np.mean(y_test < 0), 3)}:\n{lines}\n\n"
            f"A fit that scores both a + and a − point above 0 labels every new point "
            f"positive, so its test error is the share of negatives. On these data SGD's "
            f"minimum-norm fit leans on feature 1, which carries the label; epoch-Adam's sign "
            f"answer sign(Xᵀy)/{_g(c)} (here X·sign(Xᵀy) = {_g(c)}·y) weighs the shared "
            f"features 2 and 3 as much as feature 1. All three fit the training data exactly: "
            f"only the optimizer decides which fit is deployed. (At this p; rescaled SGD's "
            f"error depends on p, see notebook 6's figure.)\n\n"
            f"Answer: {answer}"
        ),
        why=(
            f"on {m} fresh points at p = {_g(p)} the test errors are "
            + ", ".join(f"{label} {format_number(e, 3)}" for label, e in errors.items())
            + ". A new − point scores "
            + ", ".join(
                f"{format_number(minus, 3)} with {label}'s fit"
                for label, (_, minus) in scores.items()
            )
            + ": only a negative score labels it right."
        ),
        mistakes=tuple(mistakes),
        example="one of " + ", ".join(f'"{c}"' for c in choices) + " (in quotes)",
        choices=choices,
    )


#: The exercises in worksheet order: number -> builder (:func:`exercise` builds one).
EXERCISES = {
    1: _sgd_from_a_start,
    2: _epoch_adam_negative_feature,
    3: _rescaled_sgd_new_features,
    4: _sgd_two_points,
    5: _which_fit_generalises,
}


def _number(n):
    if isinstance(n, bool) or not isinstance(n, numbers.Integral) or int(n) not in EXERCISES:
        raise ValueError(f"no exercise {n!r}; the exercises are {list(EXERCISES)}")
    return int(n)


def exercise(n):
    """Build exercise ``n`` (1 to 5), its answer computed by ``ib_helpers``.

    Displayed in a notebook it shows the title, the question and the numbers it needs, never
    the answer.

    Parameters
    ----------
    n : int

    Returns
    -------
    Exercise

    Raises
    ------
    ValueError
        If there is no exercise ``n``.
    """
    return EXERCISES[_number(n)]()


def check(n, answer):
    """Check a student's answer to exercise ``n``.

    Parameters
    ----------
    n : int
        The exercise, 1 to 5.
    answer : list of float, array, str or None
        A vector θ (exercises 1 to 4: every coordinate within :data:`TOLERANCE` of the
        computed answer counts, so 3 decimals are enough), a name (exercise 5), or None for
        "not answered yet".

    Returns
    -------
    Result
        ``.right`` and ``.message``: "Right: ..." and why; a hint that depends on the typical
        mistake it recognises and never contains the answer; or, for None and for input of the
        wrong kind (text, a wrong length, NaN), what to enter. Never raises for a bad answer.

    Raises
    ------
    ValueError
        If there is no exercise ``n``.
    """
    return exercise(n).check(answer)


def solution(n):
    """The worked answer to exercise ``n``, for the TA or a student who asks for it.

    Parameters
    ----------
    n : int

    Returns
    -------
    Worked
        Its ``text`` ends with the answer, formatted from the computed one.
    """
    ex = exercise(n)
    text = ex.worked
    if ex.numeric:
        text += f"\n\nAnswer: θ* = {ex.answer_text()}"
    return Worked(ex.number, ex.title, text)
