"""The "Check your predictions" answers: the lessons' own questions, numbers from the exact rule.

Each lesson ends with ``ib.check_predictions("NN")``; nbval checks that its stored text comes
out of a fresh run. Here each answer's numbers are held against closed forms written out in
50-digit arithmetic (``tests/reference.py``), and its questions against the lesson's "Predict
first" list.
"""

import html
import json
import re
from fractions import Fraction
from pathlib import Path

import mpmath as mp
import numpy as np
import pytest

import ib_helpers as ib
from tests import reference as exact

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
X_SEED = [1.0, 0.1, 0.01]
TWO_POINTS = ([[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]], [1.0, 0.5])


def predict_first(lesson):
    """The numbered questions of a lesson's "Predict first" cell, LaTeX and line breaks as typed."""
    path = next(NOTEBOOKS.glob(f"{lesson}-*.ipynb"))
    cells = json.loads(path.read_text())["cells"]
    (text,) = [
        "".join(c["source"]) for c in cells if "".join(c["source"]).startswith("## Predict first")
    ]
    return [
        " ".join(q.split()) for q in re.findall(r"^\d+\. (.*?)(?=^\d+\. |\Z)", text, re.M | re.S)
    ]


def words(text):
    """The plain words of a question, LaTeX and Unicode maths left out, to compare the two."""
    text = re.sub(r"\$[^$]*\$", " ", text)
    return [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 1]


@pytest.mark.parametrize("lesson", list(ib.predictions.LESSONS))
def test_the_answers_answer_the_lessons_own_questions(lesson):
    asked = predict_first(lesson)
    answered = [q for q, _ in ib.check_predictions(lesson).items]
    assert len(answered) == len(asked)
    for ours, theirs in zip(answered, asked, strict=True):
        # The same words, apart from the maths (LaTeX there, left out; Unicode here, kept).
        remaining = iter(words(ours))
        assert all(word in remaining for word in words(theirs)), (ours, theirs)
        assert len(words(ours)) <= len(words(theirs)) + 2, (ours, theirs)


@pytest.mark.parametrize("lesson", list(ib.predictions.LESSONS))
def test_each_lesson_ends_with_its_check_and_hides_the_answers(lesson):
    path = next(NOTEBOOKS.glob(f"{lesson}-*.ipynb"))
    cells = json.loads(path.read_text())["cells"]
    sources = ["".join(c["source"]) for c in cells]
    at = sources.index(f'ib.check_predictions("{lesson}")')
    assert sources[at - 1].startswith("## Check your predictions")
    assert sources[at + 1].startswith("## What to try next")
    shown = ib.check_predictions(lesson)._repr_html_()
    assert shown.startswith('<details class="ib-predictions"><summary>')
    assert "<details open" not in shown
    for _, text in ib.check_predictions(lesson).items:
        assert shown.index(html.escape(text)) > shown.index("</summary>")


def answer(lesson, k):
    return ib.check_predictions(lesson).items[k - 1][1]


def vec(values):
    return exact.vector(values)


def test_01_answers():
    with mp.workdps(50):
        x = [mp.mpf(v) for v in X_SEED]
        xx = mp.fsum(v * v for v in x)
        assert f"1/‖x‖² = {exact.fixed(1 / xx)}" in answer("01", 1)
        assert f"({exact.fixed(1 - 2 * mp.mpf(0.25) * xx)} at α = 0.25)" in answer("01", 1)
        assert f"x/‖x‖² = {vec([v / xx for v in x])}" in answer("01", 2)
        assert answer("01", 3).count(vec([v / xx for v in x])) == 2
        t0 = [mp.mpf(0), mp.mpf(1), mp.mpf(1)]
        r0 = 1 - mp.fsum(a * b for a, b in zip(x, t0, strict=True))
        assert vec([t + r0 * v / xx for t, v in zip(t0, x, strict=True)]) in answer("01", 4)


def test_02_answers():
    star = Fraction(100, 111)
    assert f"sign(x)/‖x‖₁ = {vec([star] * 3)}" in answer("02", 1)
    with mp.workdps(50):
        sgd = exact.sgd_limit(X_SEED, 1.0)
        apart = mp.sqrt(mp.fsum((mp.mpf(100) / 111 - v) ** 2 for v in sgd))
        assert f"{exact.fixed(apart)} away from SGD's answer" in answer("02", 1)
        assert f"{exact.fixed(mp.mpf(100) / 111 / sgd[2], 0)} times SGD's θ₃" in answer("02", 2)
    last = exact.epoch_adam(X_SEED, 1.0, 0.05, 400, schedule="constant")[-2:]
    assert f"θ₁ = {exact.fixed(last[0][0])} and {exact.fixed(last[1][0])}" in answer("02", 3)


def test_03_answers():
    assert f"u/‖u‖² = {vec([Fraction(1, 3)] * 3)}" in answer("03", 1)
    with mp.workdps(50):
        theta = exact.rescaled_sgd_limit(X_SEED, 1.0)
        assert f"θ = {vec(theta)} and θ₃ = (1/3)/0.01 = {exact.fixed(theta[2])}" in answer("03", 2)


def test_04_answers():
    with mp.workdps(50):
        x = [mp.mpf(v) for v in X_SEED]
        limits = {
            "SGD": exact.sgd_limit(X_SEED, 1.0),
            "epoch-Adam": [mp.mpf(100) / 111] * 3,
            "rescaled SGD": exact.rescaled_sgd_limit(X_SEED, 1.0),
        }
        l2 = {k: mp.sqrt(mp.fsum(v * v for v in t)) for k, t in limits.items()}
        linf = {k: max(abs(v) for v in t) for k, t in limits.items()}
        for k, (norm, first) in enumerate(((l2, "SGD"), (linf, "Epoch-Adam")), 1):
            order = sorted(norm, key=norm.get)
            assert answer("04", k).startswith(f"{first}'s: ")
            assert ", then ".join(f"{label} {exact.fixed(norm[label])}" for label in order) in (
                answer("04", k)
            )
        assert f"all three are {vec([Fraction(1, 3)] * 3)}." in answer("04", 3)
        flipped = [x[0], -x[1], x[2]]
        xx, l1 = mp.fsum(v * v for v in flipped), mp.fsum(abs(v) for v in flipped)
        for label, theta in (
            ("SGD", [v / xx for v in flipped]),
            ("epoch-Adam", [mp.sign(v) / l1 for v in flipped]),
            ("rescaled SGD", [1 / (3 * v) for v in flipped]),
        ):
            assert f"{label} {vec(theta)}" in answer("04", 4)
        # From theta0 = [0, 1, 0]: r0 = 0.9; each move equals its smallest ball's radius.
        r0 = 1 - x[1]
        for label, size in (
            ("SGD ‖θ* − θ₀‖₂", r0 / mp.sqrt(mp.fsum(v * v for v in x))),
            ("epoch-Adam ‖θ* − θ₀‖∞", r0 / mp.fsum(x)),
            ("rescaled SGD ‖s⊙(θ* − θ₀)‖₂", r0 / mp.sqrt(3)),
        ):
            assert f"{label} = {exact.fixed(size)} (smallest ball {exact.fixed(size)})" in (
                answer("04", 5)
            )


def test_05_answers():
    with mp.workdps(50):
        assert f"pinv(X)·y = {vec(exact.sgd_limit(*TWO_POINTS))}" in answer("05", 1)
        assert f"D⁻¹ pinv(X D⁻¹)·y = {vec(exact.rescaled_sgd_limit(*TWO_POINTS))}" in answer(
            "05", 2
        )
        # [a, b, b] with a + 0.11 b = 1 and a - 0.11 b = 0.5
        b = mp.mpf(0.25) / (mp.mpf(0.1) + mp.mpf(0.01))
        assert f"close in on {vec([mp.mpf(0.75), b, b])}" in answer("05", 3)
    assert "chaotic on this data" in answer("05", 4)


def test_06_answers():
    X, y = ib.wilson.data(ib.wilson.labels(12, p=0.6))
    y_test = ib.wilson.test_labels(1000, p=0.6)
    negatives = Fraction(int(np.sum(y_test < 0)), 1000)
    # SGD's fit scores every new point on its side; the sign fit [1/4, 1/4, 1/4] scores a new
    # negative point 1/4 > 0, so its error is the share of negatives (test_precision checks the
    # scores of all three to every digit).
    assert f"SGD {exact.fixed(0, 3)}; epoch-Adam {exact.fixed(negatives, 3)};" in answer("06", 1)
    assert "epoch-Adam and rescaled SGD label every new point positive" in answer("06", 1)
    assert f"{vec([Fraction(1, 4)] * 3)}" in answer("06", 2)
    assert answer("06", 3).startswith("None")


def test_an_unknown_lesson_is_a_clear_error():
    with pytest.raises(ValueError, match="no lesson called '07'; the lessons are"):
        ib.check_predictions("07")
