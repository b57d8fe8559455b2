"""The math: update rules, the closed forms they converge to, and stability bounds.

Pure numpy, no plotting. Each optimizer sits next to the closed form that predicts its
limit, so the two can be tested against each other.

Conventions: ``X`` is the (n, d) data (a single row (d,) is one training point), ``y`` the (n,)
targets (a scalar for one point), ``theta`` the parameters, ``alpha`` the step size, ``epochs``
the number of passes over the data. The loss of example i is ``(y_i - X_i @ theta)**2`` (no 1/2),
so its gradient is ``-2 (y_i - X_i @ theta) X_i``. Examples are visited one at a time in their
given order: no randomness anywhere.
"""

from __future__ import annotations

import numbers

import numpy as np

__all__ = [
    "DIVERGENCE_FACTOR",
    "FIT_TOLERANCE",
    "epoch_adam",
    "distance_to_row_space",
    "epoch_adam_limit",
    "feature_scales",
    "rescaled_sgd",
    "rescaled_sgd_limit",
    "rescaled_sgd_stability_bound",
    "sgd",
    "sgd_limit",
    "sgd_stability_bound",
    "solution_norms",
]

#: A run counts as diverged once ``||theta_t||`` exceeds this factor times the problem's own
#: scale (``1 + ||theta_0|| + ||pinv(X) (y - X theta_0)||``). Far past anything a convergent
#: run visits, and far below float overflow, so no numpy warning is ever raised.
DIVERGENCE_FACTOR = 1e6

SCHEDULES = ("decay", "constant")


# --------------------------------------------------------------------------------------------
# Input checking


def _features(X):
    """Return X as a finite, non-empty (n, d) float array (a single row becomes (1, d))."""
    try:
        X = np.array(X, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(
            "X must be an (n, d) array of numbers or a single row (d,); got something that is "
            "not a rectangular array of numbers"
        ) from None
    if X.ndim == 1:
        X = X[np.newaxis, :]
    if X.ndim != 2 or X.shape[0] < 1 or X.shape[1] < 1:
        raise ValueError(
            f"X must be a non-empty (n, d) array or a single row of shape (d,); "
            f"got an array of shape {X.shape}"
        )
    if not np.all(np.isfinite(X)):
        raise ValueError("X must contain only finite numbers; it has NaN or infinity")
    return X


def _problem(X, y):
    """Return X as a finite (n, d) float array and y as a finite (n,) float array."""
    X = _features(X)
    n = X.shape[0]
    try:
        y = np.array(y, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"y must be a number or an array of {n} numbers; got {y!r}") from None
    if y.ndim == 0:
        if n != 1:
            raise ValueError(
                f"y is a scalar but X has {n} rows: give y as an array of shape ({n},)"
            )
        y = y.reshape(1)
    if y.shape != (n,):
        raise ValueError(f"y must have shape ({n},) to match X of shape {X.shape}; got {y.shape}")
    if not np.all(np.isfinite(y)):
        raise ValueError("y must contain only finite numbers; it has NaN or infinity")
    return X, y


def _alpha(alpha):
    if isinstance(alpha, bool) or not isinstance(alpha, numbers.Real):
        raise ValueError(f"alpha must be a positive finite number; got {alpha!r}")
    alpha = float(alpha)
    if not np.isfinite(alpha) or alpha <= 0:
        raise ValueError(f"alpha must be a positive finite number; got {alpha!r}")
    return alpha


def _epochs(epochs):
    if isinstance(epochs, bool) or not isinstance(epochs, numbers.Integral) or epochs < 1:
        raise ValueError(f"epochs must be a whole number >= 1; got {epochs!r}")
    return int(epochs)


def _theta0(theta0, d):
    if theta0 is None:
        return np.zeros(d)
    theta0 = np.array(theta0, dtype=float)
    if theta0.shape != (d,):
        raise ValueError(f"theta0 must have shape ({d},) to match X; got {theta0.shape}")
    if not np.all(np.isfinite(theta0)):
        raise ValueError("theta0 must contain only finite numbers; it has NaN or infinity")
    return theta0


def _min_norm_step(X, y, theta0):
    """pinv(X) (y - X theta0): the shortest move from theta0 onto the solution set."""
    return np.linalg.pinv(X) @ (y - X @ theta0)


def _divergence_cap(X, y, theta0):
    scale = 1.0 + np.linalg.norm(theta0) + np.linalg.norm(_min_norm_step(X, y, theta0))
    return DIVERGENCE_FACTOR * scale


# --------------------------------------------------------------------------------------------
# (a) SGD


def _sgd_path(X, y, alpha, epochs, theta0):
    """Plain cyclic SGD on checked inputs; stops early when the iterates blow up."""
    n, d = X.shape
    steps = epochs * n
    cap = _divergence_cap(X, y, theta0)
    path = np.empty((steps + 1, d))
    path[0] = theta0
    theta = theta0.copy()
    with np.errstate(over="ignore", invalid="ignore"):
        for k in range(steps):
            i = k % n
            theta = theta + (2.0 * alpha * (y[i] - X[i] @ theta)) * X[i]
            if not np.all(np.isfinite(theta)) or np.linalg.norm(theta) > cap:
                return path[: k + 1]
            path[k + 1] = theta
    return path


def sgd(X, y, alpha, epochs, theta0=None):
    """Run cyclic SGD on the squared loss, one example per step.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
        Training inputs; a single row is one training point.
    y : array_like, shape (n,) or scalar
        Targets.
    alpha : float
        Constant step size, > 0. Above :func:`sgd_stability_bound` the run diverges.
    epochs : int
        Passes over the data, >= 1; each pass makes n steps.
    theta0 : array_like, shape (d,), optional
        Start; zeros by default.

    Returns
    -------
    ndarray, shape (epochs * n + 1, d)
        The iterates, first row ``theta0``. A diverging run stops at its last iterate below
        the divergence cap (see :data:`DIVERGENCE_FACTOR`), so it returns fewer rows.
    """
    X, y = _problem(X, y)
    return _sgd_path(X, y, _alpha(alpha), _epochs(epochs), _theta0(theta0, X.shape[1]))


def sgd_limit(X, y, theta0=None):
    """Where SGD converges: the solution of ``X theta = y`` closest to ``theta0``.

    Every SGD step moves along a row of X, so the iterates stay in ``theta0 + rowspace(X)``;
    the one exact solution there is the orthogonal projection of ``theta0`` onto the solution
    set. From ``theta0 = 0`` this is ``pinv(X) @ y``, the minimum-l2-norm solution.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
    y : array_like, shape (n,) or scalar
    theta0 : array_like, shape (d,), optional

    Returns
    -------
    ndarray, shape (d,)
    """
    X, y = _problem(X, y)
    theta0 = _theta0(theta0, X.shape[1])
    return theta0 + _min_norm_step(X, y, theta0)


def sgd_stability_bound(X):
    """Largest constant step size for which cyclic SGD is guaranteed to converge.

    Each step multiplies example i's residual by ``1 - 2 alpha ||X_i||^2`` (the loss has no 1/2,
    so its Hessian is ``2 X_i X_i^T``); the run is stable for ``0 < alpha < 1 / max_i ||X_i||^2``.
    For one point this is ``1 / ||x||^2``.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)

    Returns
    -------
    float
        The bound; ``inf`` if every row is zero.
    """
    X = _features(X)
    largest = float(np.max(np.sum(X**2, axis=1)))
    return np.inf if largest == 0 else 1.0 / largest


# --------------------------------------------------------------------------------------------
# (b) epoch-Adam


def epoch_adam(X, y, alpha, epochs, theta0=None, schedule="decay"):
    """Run epoch-Adam: SGD with a diagonal preconditioner recomputed once per epoch.

    At the start of epoch t, ``M_t = diag(1 / sqrt(v))`` with ``v`` the mean over the examples
    of the squared per-example gradient, per coordinate, taken at the epoch's start; then
    ``theta <- theta - alpha_t M_t grad f_i(theta)`` for each example i in order. A coordinate
    with ``v = 0`` has no defined scale and is not moved (no epsilon that would shift the limit).
    A residual that rounding cannot tell from 0 (:data:`FIT_TOLERANCE`) counts as 0, so a run that
    reaches the solution set stays there instead of stepping off on the sign of a rounding error.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
    y : array_like, shape (n,) or scalar
    alpha : float
        Base step size, > 0.
    epochs : int
        Passes over the data, >= 1.
    theta0 : array_like, shape (d,), optional
        Start; zeros by default.
    schedule : {"decay", "constant"}
        ``"decay"``: ``alpha_t = alpha / sqrt(t + 1)`` with t the epoch (converges);
        ``"constant"``: ``alpha_t = alpha`` (hovers around the solution set, at a distance of
        order alpha, because the normalised step does not shrink with the residual).

    Returns
    -------
    ndarray, shape (epochs * n + 1, d)
        The iterates, first row ``theta0``; fewer rows if the run blows up, as in :func:`sgd`.
    """
    X, y = _problem(X, y)
    alpha, epochs = _alpha(alpha), _epochs(epochs)
    theta0 = _theta0(theta0, X.shape[1])
    if schedule not in SCHEDULES:
        raise ValueError(f"schedule must be one of {SCHEDULES}; got {schedule!r}")
    if X.shape[0] == 1:
        path = _epoch_adam_one_point(X[0], y[0], alpha, epochs, theta0, schedule)
        if path is not None:
            return path
    return _epoch_adam_path(X, y, alpha, epochs, theta0, schedule)


#: A residual below this fraction of its rounding scale (|y| + |x| @ (|theta0| + distance
#: travelled)) counts as exactly 0. Far above the rounding of a few thousand steps, far below
#: any residual a lesson shows.
FIT_TOLERANCE = 1e-12


def _fits_as_zero(residual, scale):
    """The residual, set to exactly 0 where it is within :data:`FIT_TOLERANCE` of the scale.

    Epoch-Adam's normalised step has the same size for any nonzero residual, so on the plane the
    sign of a rounding error would decide a full step, and two evaluations of the same run (the
    update rule and the one-point fast path) could part ways there. A residual that rounding
    cannot tell from 0 means the point fits, and then nothing moves, as for exactly 0.
    """
    return np.where(np.abs(residual) <= FIT_TOLERANCE * scale, 0.0, residual)


def _epoch_adam_path(X, y, alpha, epochs, theta0, schedule):
    """The update rule as written, for any number of examples."""
    n, d = X.shape
    cap = _divergence_cap(X, y, theta0)
    path = np.empty((epochs * n + 1, d))
    path[0] = theta0
    theta = theta0.copy()
    # How far each coordinate has travelled: with |theta0| it sets the rounding scale of theta.
    travelled = np.abs(theta0)
    k = 0
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        for t in range(epochs):
            alpha_t = alpha / np.sqrt(t + 1.0) if schedule == "decay" else alpha
            residuals = _fits_as_zero(y - X @ theta, np.abs(y) + np.abs(X) @ travelled)
            v = np.mean((2.0 * residuals[:, np.newaxis] * X) ** 2, axis=0)
            scaled = v > 0
            m = np.zeros(d)
            m[scaled] = 1.0 / np.sqrt(v[scaled])
            for i in range(n):
                r = _fits_as_zero(y[i] - X[i] @ theta, abs(y[i]) + np.abs(X[i]) @ travelled)
                step = (alpha_t * 2.0 * r) * (m * X[i])
                theta = theta + step
                travelled = travelled + np.abs(step)
                if not np.all(np.isfinite(theta)) or np.linalg.norm(theta) > cap:
                    return path[: k + 1]
                k += 1
                path[k] = theta
    return path


def _epoch_adam_one_point(x, y, alpha, epochs, theta0, schedule):
    """The same iterates for one training point, without the per-step vector work.

    With one point, ``M_t grad f`` is ``-sign(r) sign(x)`` (r the residual), so
    ``theta_t = theta0 + c_t sign(x)`` with the scalar ``c`` moving by ``alpha_t sign(r_t)``; a
    zero residual leaves every coordinate unscaled, so nothing moves. Equal to
    :func:`_epoch_adam_path` up to rounding (tested), and fast enough to follow a slider.
    Returns None where a squared gradient would underflow or overflow (features near 1e-150
    or 1e150), so the caller falls back to the update rule as written.
    """
    sign_x = np.sign(x)
    magnitudes = np.abs(x[x != 0])
    if magnitudes.size == 0:
        return np.tile(theta0, (epochs + 1, 1))
    smallest, largest = float(magnitudes.min()), float(magnitudes.max())
    l1 = float(np.sum(np.abs(x)))
    r0 = float(y - x @ theta0)
    if schedule == "decay":
        steps = (alpha / np.sqrt(np.arange(1.0, epochs + 1.0))).tolist()
    else:
        steps = [alpha] * epochs
    # _fits_as_zero in scalar form: each coordinate with x_j != 0 moves by every step c takes,
    # so |x| @ travelled is l1 times the sum of those steps.
    scale, travelled = abs(y) + float(np.abs(x) @ np.abs(theta0)), 0.0
    c, cs = 0.0, [0.0]
    for step in steps:
        r = r0 - l1 * c
        if abs(r) <= FIT_TOLERANCE * (scale + l1 * travelled):
            r = 0.0
        else:
            travelled += step
        if r != 0 and not (0 < (2 * r * smallest) ** 2 and (2 * r * largest) ** 2 < np.inf):
            return None
        if r > 0:
            c += step
        elif r < 0:
            c -= step
        cs.append(c)
    return theta0 + np.multiply.outer(np.array(cs), sign_x)


def epoch_adam_limit(X, y, theta0=None):
    """Where epoch-Adam converges (decaying schedule), where a closed form exists.

    With one point, ``M_t grad f`` is ``sign(x)`` times the same number in every coordinate, so
    every step moves along ``sign(x)``; the iterates stop where that line meets ``x @ theta = y``:
    ``theta0 + (y - x @ theta0) sign(x) / ||x||_1``. From 0 this is ``y sign(x) / ||x||_1``, the
    minimum-l-infinity-norm solution.

    The same argument works for several points whose features have the same magnitude in every
    example (``|X_ij| = |X_1j|``): then ``v_j`` is ``4 X_1j^2`` times the mean squared residual,
    example i moves theta along ``sign(X_i)`` only, and the iterates stop where
    ``theta0 + span(sign(X_i))`` meets the solution set. For other data there is no simple closed
    form (the iterates reach the solution set and then drift along it): run :func:`epoch_adam`.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
        The training points; one row (d,) is the usual single point ``x``.
    y : array_like, shape (n,) or scalar
    theta0 : array_like, shape (d,), optional

    Returns
    -------
    ndarray, shape (d,)
    """
    X, y = _problem(X, y)
    theta0 = _theta0(theta0, X.shape[1])
    if not np.all(np.abs(X) == np.abs(X[0])):
        raise ValueError(
            f"epoch_adam_limit has a closed form only for one training point, or for points "
            f"whose features have equal magnitudes in every example; X has {X.shape[0]} rows "
            f"that differ in magnitude (run epoch_adam and look at where it goes)"
        )
    if not np.any(X):
        raise ValueError("x is all zeros: no theta solves x @ theta = y, and ||x||_1 = 0")
    signs = np.sign(X)
    # Steps move along the rows of `signs`: solve for the combination that fits the data.
    gram = X @ signs.T
    if np.linalg.matrix_rank(gram) < X.shape[0]:
        raise ValueError(
            "the sign patterns sign(X_i) do not give a single exact solution (X @ sign(X).T is "
            "singular): the data are inconsistent or repeat a point; use independent rows"
        )
    return theta0 + signs.T @ np.linalg.solve(gram, y - X @ theta0)


# --------------------------------------------------------------------------------------------
# (c) rescaled SGD


def feature_scales(X):
    """Per-feature scale ``s_j = sqrt(mean_i X_ij^2)`` (unit second moment after dividing).

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)

    Returns
    -------
    ndarray, shape (d,)

    Raises
    ------
    ValueError
        If a feature is zero in every example: it has no scale to divide by.
    """
    X = _features(X)
    s = np.sqrt(np.mean(X**2, axis=0))
    zero = np.flatnonzero(s == 0)
    if zero.size:
        names = ", ".join(str(j + 1) for j in zero)
        raise ValueError(
            f"feature(s) {names} (1-based) are zero in every example: a feature with zero second "
            f"moment cannot be rescaled; every feature needs a nonzero value somewhere"
        )
    return s


def rescaled_sgd(X, y, alpha, epochs, theta0=None):
    """Rescale each feature to unit second moment, run SGD, and map the iterates back.

    SGD runs on ``U = X / s`` (s from :func:`feature_scales`) in rescaled parameters
    ``phi = s * theta``, and the iterates are returned in original units, ``theta = phi / s``.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
    y : array_like, shape (n,) or scalar
    alpha : float
        Step size on the rescaled problem, > 0; see :func:`rescaled_sgd_stability_bound`.
    epochs : int
        Passes over the data, >= 1.
    theta0 : array_like, shape (d,), optional
        Start in original units; zeros by default.

    Returns
    -------
    ndarray, shape (epochs * n + 1, d)
        The iterates in original units, first row ``theta0``; fewer rows if the run diverges.
    """
    X, y = _problem(X, y)
    alpha, epochs = _alpha(alpha), _epochs(epochs)
    theta0 = _theta0(theta0, X.shape[1])
    s = feature_scales(X)
    return _sgd_path(X / s, y, alpha, epochs, theta0 * s) / s


def rescaled_sgd_limit(X, y, theta0=None):
    """Where rescaled SGD converges: the solution with the smallest ``||D (theta - theta0)||``.

    ``D = diag(s)``. From 0 this is ``D^-1 pinv(X D^-1) y``; for one point,
    ``theta_j = y / (d x_j)``.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
    y : array_like, shape (n,) or scalar
    theta0 : array_like, shape (d,), optional

    Returns
    -------
    ndarray, shape (d,)
    """
    X, y = _problem(X, y)
    theta0 = _theta0(theta0, X.shape[1])
    s = feature_scales(X)
    U, phi0 = X / s, theta0 * s
    return (phi0 + _min_norm_step(U, y, phi0)) / s


def rescaled_sgd_stability_bound(X):
    """Stability bound on alpha for :func:`rescaled_sgd`: the SGD bound of ``X / s``.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)

    Returns
    -------
    float
        For one point with no zero feature, ``1 / d``.
    """
    X = _features(X)
    return sgd_stability_bound(X / feature_scales(X))


# --------------------------------------------------------------------------------------------
# Which norm each answer makes small


def solution_norms(theta, X):
    """The three norms the three optimizers minimise among exact solutions.

    Parameters
    ----------
    theta : array_like, shape (d,)
    X : array_like, shape (n, d) or (d,)
        The data, for the feature scales ``s`` (:func:`feature_scales`).

    Returns
    -------
    dict
        ``"l2"``: ``||theta||_2`` (smallest for SGD's limit), ``"linf"``: ``max_j |theta_j|``
        (smallest for epoch-Adam's, with one point), ``"rescaled"``: ``||s * theta||_2``
        (smallest for rescaled SGD's).
    """
    X = _features(X)
    theta = _theta0(theta, X.shape[1])
    return {
        "l2": float(np.linalg.norm(theta)),
        "linf": float(np.max(np.abs(theta))),
        "rescaled": float(np.linalg.norm(feature_scales(X) * theta)),
    }


def distance_to_row_space(X, theta):
    """Distance from ``theta`` to the row space of X (0 for anything SGD from 0 can reach).

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
    theta : array_like, shape (d,) or (k, d)
        One point or several (one per row).

    Returns
    -------
    float or ndarray, shape (k,)
    """
    X = _features(X)
    theta = np.asarray(theta, dtype=float)
    projected = theta @ (np.linalg.pinv(X) @ X)  # the projection matrix is symmetric
    return np.linalg.norm(theta - projected, axis=-1)
