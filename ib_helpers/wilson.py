"""Why the choice of exact solution matters: the data of Wilson et al. (2017), section 3.3.

Pure numpy. ``data`` builds their binary least-squares problem, on which X sign(X^T y) = 4 y, so
adaptive (sign-type) methods from 0 land on sign(X^T y) / 4 while SGD lands on the minimum-norm
solution pinv(X) y; ``predict`` and ``test_error`` say what each exact fit does on new points.

Reference: A. C. Wilson, R. Roelofs, M. Stern, N. Srebro, B. Recht, "The Marginal Value of
Adaptive Gradient Methods in Machine Learning", NeurIPS 2017.
"""

from __future__ import annotations

import math
import numbers

import numpy as np

__all__ = ["data", "labels", "predict", "test_error", "test_labels"]


def _probability(p):
    if isinstance(p, bool) or not isinstance(p, numbers.Real) or not 0.5 < p < 1:
        raise ValueError(
            f"p, the probability of a positive label, must be a number with 0.5 < p < 1 (the "
            f"construction needs more positive than negative examples); got {p!r}"
        )
    return float(p)


def labels(n, p=0.6, seed=0):
    """Training labels: ``ceil(p n)`` of them +1, the rest -1, in an order fixed by ``seed``.

    Taking ``ceil(p n)`` positives (instead of drawing each label) keeps more positives than
    negatives for every n, which the construction needs: then ``sign(X^T y)`` is +1 on
    features 2 and 3.

    Parameters
    ----------
    n : int
        Number of training points, >= 3.
    p : float
        Share of positive labels, 0.5 < p < 1.
    seed : int

    Returns
    -------
    ndarray, shape (n,)
    """
    if isinstance(n, bool) or not isinstance(n, numbers.Integral) or n < 3:
        raise ValueError(
            f"n must be a whole number >= 3 (more positives than negatives, and at least one "
            f"negative); got {n!r}"
        )
    p = _probability(p)
    # More positives than negatives (ceil(p n) > n / 2 for p > 1/2), and one negative at least.
    positives = min(math.ceil(p * n), n - 1)
    y = np.where(np.arange(n) < positives, 1.0, -1.0)
    return np.random.default_rng(seed).permutation(y)


def data(y):
    """The training inputs of Wilson et al. for the labels ``y`` (each +1 or -1).

    Example i has feature 1 equal to its label, features 2 and 3 equal to 1, and features of its
    own (zero in every other example): one if its label is +1, five if it is -1. So
    ``d = 3 + (number of positives) + 5 (number of negatives)``, more features than examples.

    Parameters
    ----------
    y : array_like, shape (n,)

    Returns
    -------
    X : ndarray, shape (n, d)
    y : ndarray, shape (n,)
    """
    y = np.asarray(y, dtype=float)
    if y.ndim != 1 or y.size < 1 or not np.all(np.abs(y) == 1):
        raise ValueError(f"y must be a non-empty 1-D array of labels +1 and -1; got {y!r}")
    own = np.where(y > 0, 1, 5)
    X = np.zeros((len(y), 3 + int(own.sum())))
    X[:, 0] = y
    X[:, 1:3] = 1.0
    start = 3 + np.concatenate([[0], np.cumsum(own)[:-1]])
    for i, (j, k) in enumerate(zip(start, own, strict=True)):
        X[i, j : j + k] = 1.0
    return X, y


def test_labels(m, p=0.6, seed=1):
    """``m`` fresh labels, each +1 with probability ``p`` (independently), for test points.

    Returns
    -------
    ndarray, shape (m,)
    """
    p = _probability(p)
    return np.where(np.random.default_rng(seed).random(m) < p, 1.0, -1.0)


def predict(theta, y_test):
    """The score ``x @ theta`` of test points with labels ``y_test``.

    A test point is built like a training point, but its own features are new, so ``theta`` is 0
    on them: only features 1 to 3 count, and the score is ``theta_1 y + theta_2 + theta_3``.

    Parameters
    ----------
    theta : array_like, shape (d,)
    y_test : array_like, shape (m,)

    Returns
    -------
    ndarray, shape (m,)
    """
    theta = np.asarray(theta, dtype=float)
    return theta[0] * np.asarray(y_test, dtype=float) + theta[1] + theta[2]


def test_error(theta, y_test):
    """Share of test points whose score has the wrong sign (a score of 0 counts as wrong).

    Returns
    -------
    float
    """
    y_test = np.asarray(y_test, dtype=float)
    return float(np.mean(np.sign(predict(theta, y_test)) != y_test))
