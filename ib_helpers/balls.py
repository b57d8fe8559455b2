"""Why each answer is the one it is: the smallest ball of each optimizer's norm that touches
the exact solutions.

Pure numpy, no drawing. Grow a ball of a norm around the start ``theta0`` until it first touches
the set of exact solutions ``X theta = y``: for SGD the norm is ``||theta - theta0||_2`` (a
sphere), for epoch-Adam ``||theta - theta0||_inf`` (a cube), for rescaled SGD
``||s * (theta - theta0)||_2`` (an ellipsoid with semi-axes ``radius / s_j``). Where the optimizer's
limit is the touching point, the picture explains the answer. For SGD and rescaled SGD it always
is. For epoch-Adam it is for one training point and for special data only, and
:func:`smallest_ball` says so (``holds``) instead of drawing a wrong picture.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import core

__all__ = ["NORM_OF", "Ball", "smallest_ball"]

#: The norm each optimizer's answer makes small (keys of :func:`core.solution_norms`).
NORM_OF = {"sgd": "l2", "epoch_adam": "linf", "rescaled_sgd": "rescaled"}

_LIMITS = {
    "sgd": core.sgd_limit,
    "epoch_adam": core.epoch_adam_limit,
    "rescaled_sgd": core.rescaled_sgd_limit,
}


@dataclass(frozen=True)
class Ball:
    """The smallest ball of one norm around ``center`` that touches the exact solutions.

    Attributes
    ----------
    norm : {"l2", "linf", "rescaled"}
    center : ndarray, shape (d,)
        The start ``theta0``.
    radius : float
        The smallest value of the norm of ``theta - center`` over the exact solutions.
    semi_axes : ndarray, shape (d,)
        Half the ball's extent along each axis: ``radius`` for the sphere and the cube,
        ``radius / s_j`` for the ellipsoid.
    limit : ndarray, shape (d,) or None
        The optimizer's closed-form limit; None where it has none.
    holds : bool
        Whether the limit is a touching point (its norm equals ``radius``, to rounding).
    note : str
        What a student should read next to the picture: why it holds, or why not.
    """

    norm: str
    center: np.ndarray
    radius: float
    semi_axes: np.ndarray
    limit: np.ndarray | None
    holds: bool
    note: str


def _distance(norm, v, s):
    if norm == "l2":
        return float(np.linalg.norm(v))
    if norm == "linf":
        return float(np.max(np.abs(v)))
    return float(np.linalg.norm(s * v))


def _smallest_linf(X, y, theta0):
    """``min ||theta - theta0||_inf`` over ``X theta = y``, exactly, for one equation or a line.

    One equation ``x @ theta = y`` (rank 1): ``|y - x @ theta0| / ||x||_1`` (Hölder). A line of
    solutions ``c + t u`` (rank d - 1): the largest ``|c_j + t u_j|`` is convex and piecewise
    linear in t, so its minimum is at a t where two of its pieces meet or one is 0.
    """
    rank, d = np.linalg.matrix_rank(X), X.shape[1]
    r0 = y - X @ theta0
    if rank == 0:
        return 0.0
    if rank == 1:
        i = int(np.argmax(np.linalg.norm(X, axis=1)))
        return float(abs(r0[i]) / np.sum(np.abs(X[i])))
    c = np.linalg.pinv(X) @ r0
    if rank == d:
        return float(np.max(np.abs(c)))
    if rank == d - 1:
        u = np.linalg.svd(X)[2][-1]
        candidates = [0.0]
        for j in range(d):
            if u[j] != 0:
                candidates.append(-c[j] / u[j])
            for k in range(j + 1, d):
                for sign in (1.0, -1.0):
                    slope = u[j] - sign * u[k]
                    if slope != 0:
                        candidates.append(-(c[j] - sign * c[k]) / slope)
        return float(min(np.max(np.abs(c + t * u)) for t in candidates))
    raise ValueError(
        f"the smallest l-infinity ball is computed for one equation or a line of solutions; "
        f"X of shape {X.shape} has rank {rank}, a solution set of dimension {d - rank}"
    )


def smallest_ball(method, X, y, theta0=None):
    """The smallest ball of ``method``'s norm around ``theta0`` touching ``X theta = y``.

    Parameters
    ----------
    method : {"sgd", "epoch_adam", "rescaled_sgd"}
    X : array_like, shape (n, d) or (d,)
    y : array_like, shape (n,) or scalar
    theta0 : array_like, shape (d,), optional
        The start and the ball's centre; zeros by default.

    Returns
    -------
    Ball

    Raises
    ------
    ValueError
        If ``method`` is unknown, ``X theta = y`` has no exact solution, or (epoch-Adam) the
        solution set is neither a hyperplane, a line nor a point.
    """
    if method not in NORM_OF:
        raise ValueError(f"method must be one of {sorted(NORM_OF)}; got {method!r}")
    X, y = core._problem(X, y)
    theta0 = core._theta0(theta0, X.shape[1])
    core._require_exact_solution(X, y, "smallest_ball")
    norm = NORM_OF[method]
    s = core.feature_scales(X) if norm == "rescaled" else np.ones(X.shape[1])
    try:
        limit = _LIMITS[method](X, y, theta0)
    except ValueError as error:
        limit, why = None, str(error)
    if norm == "linf":
        radius = _smallest_linf(X, y, theta0)
    else:  # the limit is the projection in the norm's own inner product: the touching point
        radius = _distance(norm, limit - theta0, s)
    semi_axes = radius / s
    if limit is None:
        return Ball(norm, theta0, radius, semi_axes, None, False, f"no closed form here: {why}")
    size = _distance(norm, limit - theta0, s)
    # Both sizes come out of least-squares solves: their rounding grows with X's condition number
    # (05's data at scales 0.001 part in the 14th digit).
    scale = max(size, radius, 1.0) * np.linalg.cond(X)
    holds = abs(size - radius) <= 64 * np.finfo(float).eps * scale
    if holds:
        note = {
            "l2": "SGD's answer is where the smallest sphere around θ₀ touches the solutions",
            "linf": "epoch-Adam's answer is where the smallest cube around θ₀ touches them",
            "rescaled": "rescaled SGD's answer is where the smallest ellipsoid ‖s⊙(θ − θ₀)‖ "
            "touches them",
        }[norm]
    else:
        note = (
            f"epoch-Adam's answer is not the smallest in ℓ∞ here: its ℓ∞ distance is "
            f"{size:.6g}, the smallest cube touches at {radius:.6g}"
        )
    return Ball(norm, theta0, radius, semi_axes, limit, bool(holds), note)
