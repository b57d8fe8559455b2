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

import decimal
import math
import numbers
import operator

import numpy as np

__all__ = [
    "DIVERGENCE_FACTOR",
    "adam",
    "EXACT_DIGITS",
    "epoch_adam",
    "distance_to_row_space",
    "epoch_adam_limit",
    "feature_scales",
    "fixed_preconditioner_limit",
    "has_exact_solution",
    "rescaled_sgd",
    "rescaled_sgd_epoch_radius",
    "rescaled_sgd_limit",
    "rescaled_sgd_stability_bound",
    "sgd",
    "sgd_epoch_radius",
    "sgd_limit",
    "sgd_stability_bound",
    "solution_norms",
]

#: A run counts as diverged once ``||theta_t||`` exceeds this factor times the problem's own
#: scale (``1 + ||theta_0|| + ||pinv(X) (y - X theta_0)||``). Far past anything a convergent
#: run visits, and far below float overflow, so no numpy warning is ever raised.
DIVERGENCE_FACTOR = 1e6

SCHEDULES = ("decay", "constant")
BATCHES = ("example", "full")


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


def has_exact_solution(X, y):
    """Whether ``X @ theta = y`` has an exact solution: rank of X equals rank of ``[X | y]``.

    Both ranks use numpy's rounding-level threshold (the largest singular value times
    ``max(n, d)`` times the machine epsilon), with y scaled to the size of X first, so "exact"
    means exact up to rounding, whatever the units of y.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
    y : array_like, shape (n,) or scalar

    Returns
    -------
    bool
    """
    X, y = _problem(X, y)
    size_y, size_X = float(np.linalg.norm(y)), float(np.linalg.norm(X, 2))
    if size_y == 0:
        return True
    if size_X == 0:
        return False
    # y scaled to the size of X, so that the rank threshold means the same for both.
    column = y * (size_X / size_y)
    return bool(np.linalg.matrix_rank(X) == np.linalg.matrix_rank(np.column_stack([X, column])))


def _require_exact_solution(X, y, who):
    if not has_exact_solution(X, y):
        raise ValueError(
            f"X theta = y has no exact solution (rank of X is {np.linalg.matrix_rank(X)}, rank "
            f"of [X | y] is one more): {who} has no limit to give. Cyclic SGD with a constant "
            f"step then cycles among several points; use data with an exact fit, e.g. fewer "
            f"rows than features and independent rows"
        )


def _divergence_cap(X, y, theta0):
    scale = 1.0 + np.linalg.norm(theta0) + np.linalg.norm(_min_norm_step(X, y, theta0))
    return DIVERGENCE_FACTOR * scale


# --------------------------------------------------------------------------------------------
# (a) SGD


def _dot(a, b):
    return sum(map(operator.mul, a, b))


def _sgd_path(X, y, alpha, epochs, theta0):
    """Plain cyclic SGD on checked inputs; stops early when the iterates blow up.

    The steps run on Python floats: for the few features of a lesson that is about five times
    faster than numpy's per-call overhead on 3-vectors, and it is the same IEEE arithmetic.
    """
    n, d = X.shape
    cap2 = _divergence_cap(X, y, theta0) ** 2
    rows, targets = X.tolist(), y.tolist()
    twice = 2.0 * alpha
    theta = theta0.tolist()
    path = [theta]
    for _ in range(epochs):
        for row, target in zip(rows, targets, strict=True):
            scale = twice * (target - _dot(row, theta))
            theta = [t + scale * v for t, v in zip(theta, row, strict=True)]
            # "not <=" is also true for inf and nan: a run that overflows stops too.
            if not _dot(theta, theta) <= cap2:
                return np.array(path)
            path.append(theta)
    return np.array(path)


def sgd(X, y, alpha, epochs, theta0=None):
    """Run cyclic SGD on the squared loss, one example per step.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
        Training inputs; a single row is one training point.
    y : array_like, shape (n,) or scalar
        Targets.
    alpha : float
        Constant step size, > 0. The run converges iff :func:`sgd_epoch_radius` is below 1
        (for one point: iff ``alpha < 1 / ||x||^2``).
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

    Raises
    ------
    ValueError
        If ``X theta = y`` has no exact solution (:func:`has_exact_solution`): cyclic SGD then
        cycles and has no limit.
    """
    X, y = _problem(X, y)
    theta0 = _theta0(theta0, X.shape[1])
    _require_exact_solution(X, y, "sgd_limit")
    return theta0 + _min_norm_step(X, y, theta0)


def sgd_stability_bound(X):
    """A step size below which cyclic SGD converges: exact for one point, sufficient for several.

    Each step multiplies example i's residual by ``1 - 2 alpha ||X_i||^2`` (the loss has no 1/2,
    so its Hessian is ``2 X_i X_i^T``). For one point the run converges exactly when
    ``0 < alpha < 1 / ||x||^2``. For several points ``alpha < 1 / max_i ||X_i||^2`` is only
    sufficient: a larger step can still converge. :func:`sgd_epoch_radius` decides.

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


def sgd_epoch_radius(X, alpha):
    """How much one epoch of cyclic SGD shrinks the distance to the solutions: below 1 converges.

    One epoch is the affine map ``theta -> A theta + b`` with
    ``A = (I - 2 alpha X_n X_n^T) ... (I - 2 alpha X_1 X_1^T)``. A is the identity on the null
    space of X (the complement of the row space) and maps the row space into itself, so the run
    converges (from any start, when an exact solution exists) exactly when the spectral radius
    of A on the row space is below 1, and the distance to the limit then shrinks like that
    radius per epoch. For one point it is
    ``|1 - 2 alpha ||x||^2|``.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
    alpha : float

    Returns
    -------
    float
        The spectral radius; 0 if every row is zero (nothing ever moves).
    """
    X, alpha = _features(X), _alpha(alpha)
    if not np.any(X):
        return 0.0
    if X.shape[0] == 1:
        return abs(1.0 - 2.0 * alpha * float(X[0] @ X[0]))
    _, singular, vt = np.linalg.svd(X, full_matrices=False)
    basis = vt[singular > singular.max(initial=0.0) * max(X.shape) * np.finfo(float).eps]
    if len(basis) == 0:
        return 0.0
    # The epoch map in coordinates of the row space: product of the per-example maps.
    rows = X @ basis.T
    epoch = np.eye(len(basis))
    for row in rows:
        epoch = epoch - 2.0 * alpha * np.outer(row, row @ epoch)
    return float(np.max(np.abs(np.linalg.eigvals(epoch))))


# --------------------------------------------------------------------------------------------
# (b) epoch-Adam

#: Digits of the arithmetic that decides a sign rounding cannot decide (see :class:`_ExactWalk`).
EXACT_DIGITS = 60


def epoch_adam(X, y, alpha, epochs, theta0=None, schedule="decay", batch="example"):
    """Run epoch-Adam: SGD with a diagonal preconditioner recomputed once per epoch.

    ``batch="example"``: at the start of epoch t, ``M_t = diag(1 / sqrt(v))`` with ``v`` the
    mean over the examples of the squared per-example gradient, per coordinate, taken at the
    epoch's start; then ``theta <- theta - alpha_t M_t grad f_i(theta)`` for each example i in
    order. ``batch="full"``: one step per epoch with the full-batch gradient ``grad F`` (the mean
    of the per-example gradients) and ``M_t`` from that same gradient, so the step is
    ``-alpha_t sign(grad F)``. For one point the two are the same rule. A coordinate with
    ``v = 0`` has no defined scale and is not moved (no epsilon that would shift the limit).

    With one point, or with ``batch="full"``, every step has a fixed length and only its sign
    depends on the residuals, so a sign that rounding cannot decide would move the run a whole
    step the wrong way. Such a sign is decided in :data:`EXACT_DIGITS`-digit arithmetic instead
    (replaying the run's exact steps), so the iterates are those of the exact rule, up to the
    rounding of the float steps themselves.

    With several points and ``batch="example"`` the run is in general chaotic (on notebook
    05's, two runs whose targets differ in the 16th digit part ways within 300 epochs, in float
    and in 30- and 50-digit arithmetic alike), and the iterates keep leaving the solution set:
    there is no reproducible limit, and ``batch="full"`` is the rule to use for one. It is not
    chaotic where every entry of X has the same magnitude (for example ``X = [[1, 1, 1], [1,
    -1, -1]]``): then ``M_t`` is a multiple of the identity, every step is an SGD step with a
    step size set per epoch, the run stays in the row space and closes in on ``pinv(X) @ y``,
    with the same digits in every precision. The float run sums in one fixed order (no BLAS),
    so it is the same on every CPU.

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
        ``"decay"``: ``alpha_t = alpha / sqrt(t + 1)`` with t the epoch (converges where a limit
        exists); ``"constant"``: ``alpha_t = alpha`` (hovers around the solution set, at a
        distance of order alpha, because the normalised step does not shrink with the residual).
    batch : {"example", "full"}
        One step per example, or one full-batch step per epoch.

    Returns
    -------
    ndarray, shape (epochs * steps_per_epoch + 1, d)
        The iterates, first row ``theta0``; ``steps_per_epoch`` is n for ``"example"`` and 1
        for ``"full"``. Fewer rows if the run blows up, as in :func:`sgd`.
    """
    X, y = _problem(X, y)
    alpha, epochs = _alpha(alpha), _epochs(epochs)
    theta0 = _theta0(theta0, X.shape[1])
    if schedule not in SCHEDULES:
        raise ValueError(f"schedule must be one of {SCHEDULES}; got {schedule!r}")
    if batch not in BATCHES:
        raise ValueError(f"batch must be one of {BATCHES}; got {batch!r}")
    steps = _step_sizes(alpha, epochs, schedule)
    if X.shape[0] == 1:
        return _epoch_adam_one_point(X[0], y[0], theta0, steps, alpha, schedule)
    if batch == "full":
        return _epoch_adam_full_batch(X, y, theta0, steps, alpha, schedule)
    return _epoch_adam_path(X, y, theta0, steps)


def _step_sizes(alpha, epochs, schedule):
    if schedule == "decay":
        return alpha / np.sqrt(np.arange(1.0, epochs + 1.0))
    return np.full(epochs, alpha)


#: Rounding errors of a float sum or product, per operation, with a safety factor of 4.
_ROUNDING = 4 * np.finfo(float).eps


#: sqrt(t + 1) in EXACT_DIGITS-digit arithmetic for t = 0, 1, ...: the decaying schedule's
#: divisors, the same for every run, so computed once (a 1000-epoch replay spent 3 ms on them).
_DECAY_ROOTS = []


def _decay_root(t):
    if len(_DECAY_ROOTS) <= t:
        context = decimal.Context(prec=EXACT_DIGITS)
        while len(_DECAY_ROOTS) <= t:
            _DECAY_ROOTS.append(decimal.Decimal(len(_DECAY_ROOTS) + 1).sqrt(context))
    return _DECAY_ROOTS[t]


class _ExactWalk:
    """The exact iterates of a run whose steps are ``alpha_t * (a sign vector)``.

    Replays the signs taken so far in :data:`EXACT_DIGITS`-digit decimal arithmetic, on the
    exact values of the float inputs, and decides the signs that float rounding cannot. A value
    within the rounding of that arithmetic (``10^(10 - EXACT_DIGITS)`` times the size of what
    built it) counts as 0. Built and brought up to date only when such a sign comes up, so a run
    where none does pays nothing.
    """

    def __init__(self, X, y, theta0, alpha, schedule):
        # Decimal(float) is the float's exact value; every operation below rounds to the context.
        self.context = decimal.Context(prec=EXACT_DIGITS)
        exact = decimal.Decimal
        self.schedule = schedule
        self.X = [[exact(float(v)) for v in row] for row in X]
        self.y = [exact(float(v)) for v in y]
        self.theta = [exact(float(v)) for v in theta0]
        # |theta0| plus how far each coordinate has moved: the size rounding is relative to.
        self.reach = [abs(v) for v in self.theta]
        self.alpha = exact(float(alpha))
        self.tiny = exact(10) ** (10 - EXACT_DIGITS)
        self.done = 0  # how many of the run's steps self.theta includes

    def _catch_up(self, moves):
        for t in range(self.done, len(moves)):
            step = self.alpha
            if self.schedule == "decay":
                step = step / _decay_root(t)
            for j, s in enumerate(moves[t]):
                if s > 0:
                    self.theta[j] += step
                elif s < 0:
                    self.theta[j] -= step
                if s:
                    self.reach[j] += step
        self.done = len(moves)

    def _sign(self, value, scale):
        if abs(value) <= scale * self.tiny:
            return 0
        return 1 if value > 0 else -1

    def _residuals(self, moves):
        """Exact ``y - X theta`` after the steps ``moves``, each with its rounding scale."""
        self._catch_up(moves)
        out = []
        for row, yi in zip(self.X, self.y, strict=True):
            r = yi - sum(a * b for a, b in zip(row, self.theta, strict=True))
            scale = abs(yi) + sum(abs(a) * b for a, b in zip(row, self.reach, strict=True))
            out.append((r, scale))
        return out

    def residual_sign(self, moves):
        """The exact sign of the (only) residual after ``moves``; 0 within rounding of 0."""
        with decimal.localcontext(self.context):
            ((r, scale),) = self._residuals(moves)
            return self._sign(r, scale)

    def step_signs(self, moves, coordinates):
        """Exact ``-sign(grad F_j)`` after ``moves`` for each j in ``coordinates``.

        ``grad F_j = -(2/n) sum_i r_i X_ij``, so the step moves along ``sign(sum_i r_i X_ij)``.
        """
        with decimal.localcontext(self.context):
            residuals = self._residuals(moves)
            signs = []
            for j in coordinates:
                column = [row[j] for row in self.X]
                total = sum(r * a for (r, _), a in zip(residuals, column, strict=True))
                scale = sum(rs * abs(a) for (_, rs), a in zip(residuals, column, strict=True))
                signs.append(self._sign(total, scale))
            return signs


def _epoch_adam_one_point(x, y, theta0, steps, alpha, schedule):
    """The exact rule for one training point, with the sign of each residual certain.

    With one point, ``M_t grad f`` is ``-sign(r) sign(x)`` (r the residual): the squared gradient
    of coordinate j is ``4 r^2 x_j^2``, so every coordinate moves by the same ``alpha_t`` along
    ``sign(x)``, and a zero residual leaves every coordinate unscaled, so nothing moves. So
    ``theta_t = theta0 + c_t sign(x)`` with the scalar ``c`` moving by ``alpha_t sign(r_t)`` and
    ``r_t = r_0 - ||x||_1 c_t``. Where ``|r_t|`` is within the rounding bound of the float
    residual, :class:`_ExactWalk` decides its sign.
    """
    sign_x = np.sign(x)
    d = len(x)
    l1 = float(np.sum(np.abs(x)))
    r0 = float(y - x @ theta0)
    base = abs(y) + float(np.abs(x) @ np.abs(theta0))
    exact, moves = None, []
    c, travelled, cs = 0.0, 0.0, [0.0]
    for k, step in enumerate(steps.tolist()):
        r = r0 - l1 * c
        # Rounding of r0, of l1 * c, and of the k sums that built c.
        bound = _ROUNDING * (d + k + 2) * (base + l1 * (abs(c) + travelled))
        if abs(r) > bound:
            s = 1 if r > 0 else -1
        else:
            if exact is None:
                exact = _ExactWalk(x[np.newaxis], [y], theta0, alpha, schedule)
            s = exact.residual_sign(moves)
        c += s * step
        travelled += step
        moves.append(s * sign_x)
        cs.append(c)
    return theta0 + np.multiply.outer(np.array(cs), sign_x)


def _epoch_adam_full_batch(X, y, theta0, steps, alpha, schedule):
    """One step ``-alpha_t sign(grad F)`` per epoch, each sign certain (see :class:`_ExactWalk`).

    ``grad F = -(2/n) X^T r``, so the step moves along ``sign(X^T r)``. Each coordinate of
    ``X^T r`` whose float value is within its rounding bound of 0 has its sign decided exactly.
    On Python floats, as :func:`_sgd_path`.
    """
    n, d = X.shape
    cap2 = _divergence_cap(X, y, theta0) ** 2
    rows, columns, targets = X.tolist(), X.T.tolist(), y.tolist()
    # Rounding bounds from a few maxima, O(n + d) per epoch: |X_i| @ |theta| is at most
    # (largest row sum) * (largest |theta_j|), and likewise for the columns.
    row_sum = float(np.abs(X).sum(axis=1).max())
    column_sums = np.abs(X).sum(axis=0).tolist()
    largest_y = float(np.abs(y).max())
    theta = theta0.tolist()
    drift = 0.0  # bound on the rounding accumulated in any coordinate of theta
    path = [theta]
    exact, moves = None, []
    for step in steps.tolist():
        r = [target - _dot(row, theta) for row, target in zip(rows, targets, strict=True)]
        largest_theta = max(map(abs, theta))
        r_bound = _ROUNDING * (d + 1) * (largest_y + row_sum * largest_theta) + row_sum * drift
        g_bound = _ROUNDING * (n + 1) * max(map(abs, r)) + r_bound
        move, unsure = [], []
        for j, column in enumerate(columns):
            g = _dot(column, r)
            if abs(g) > column_sums[j] * g_bound:
                move.append(1 if g > 0 else -1)
            else:
                move.append(0)
                unsure.append(j)
        if unsure:
            if exact is None:
                exact = _ExactWalk(X, y, theta0, alpha, schedule)
            for j, sign in zip(unsure, exact.step_signs(moves, unsure), strict=True):
                move[j] = sign
        theta = [t + step * m for t, m in zip(theta, move, strict=True)]
        drift += _ROUNDING * (max(map(abs, theta)) + step)
        moves.append(move)
        if not _dot(theta, theta) <= cap2:
            return np.array(path)
        path.append(theta)
    return np.array(path)


def _epoch_adam_path(X, y, theta0, steps):
    """The per-example update rule as written, for several training points.

    On Python floats with every sum in one fixed order, as :func:`_sgd_path`: numpy's ``X @
    theta`` goes to OpenBLAS, whose kernel (chosen by the CPU) orders the sums differently, and
    this run is in general chaotic, so that last bit would decide where it goes after a few
    hundred epochs. In plain IEEE arithmetic the float run is the same on every machine.
    """
    n, d = X.shape
    cap2 = _divergence_cap(X, y, theta0) ** 2
    rows, targets = X.tolist(), y.tolist()
    theta = theta0.tolist()
    path = [theta]
    for alpha_t in steps.tolist():
        residuals = [target - _dot(row, theta) for row, target in zip(rows, targets, strict=True)]
        # M and the residuals scale alike, so divide both by the largest residual: the same
        # steps, and no squared residual of 1e-162 underflowing to 0 in some coordinates and
        # not in others.
        size = max(map(abs, residuals))
        m = [0.0] * d
        if size > 0:
            for j in range(d):
                terms = [2.0 * (r / size) * row[j] for r, row in zip(residuals, rows, strict=True)]
                v = sum(t * t for t in terms) / n
                if v > 0:
                    m[j] = 1.0 / math.sqrt(v)
        for row, target in zip(rows, targets, strict=True):
            r = (target - _dot(row, theta)) / size if size > 0 else 0.0
            scale = alpha_t * 2.0 * r
            theta = [t + scale * (mj * v) for t, mj, v in zip(theta, m, row, strict=True)]
            # "not <=" is also true for inf and nan: a run that overflows stops too.
            if not _dot(theta, theta) <= cap2:
                return np.array(path)
            path.append(theta)
    return np.array(path)


def epoch_adam_limit(X, y, theta0=None):
    """Where epoch-Adam converges (decaying schedule, full batch), where a closed form exists.

    - **One point.** ``M_t grad f`` is ``sign(x)`` times the same number in every coordinate, so
      every step moves along ``sign(x)``; the iterates stop where that line meets
      ``x @ theta = y``: ``theta0 + r0 sign(x) / ||x||_1`` with ``r0 = y - x @ theta0``. From 0
      this is ``y sign(x) / ||x||_1``, the minimum-l-infinity-norm solution (Hölder).
    - **Several points, sign ray.** If ``X @ sign(X^T r0) = c r0`` for some ``c > 0`` (as on the
      data of Wilson et al. 2017), the full-batch gradient stays a multiple of ``X^T r0``, every
      step moves along ``s = sign(X^T r0)``, and the run stops at ``theta0 + s / c``. From 0
      this is a minimum-l-infinity-norm solution too (``lambda = y / (c ||y||^2)`` is a dual
      certificate).
    - **Several points, equal magnitudes.** If ``|X_ij|`` is the same in every example and the
      distinct sign patterns of the columns (up to sign) are linearly independent, every
      full-batch step lies in ``span(sign(X_i))``, and the run stops where ``theta0`` plus that
      span meets the solution set (notebook 05's data).

    Otherwise there is no known closed form: where a full-batch run ends after a given number
    of epochs depends on the step size, and it keeps creeping along the solution set as its
    steps shrink (Gunasekar et al. 2018 show such step-size dependence for steepest descent and
    AdaGrad); the per-example rule has no reproducible limit at all. Run
    :func:`epoch_adam` with ``batch="full"``.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
        The training points; one row (d,) is the usual single point ``x``.
    y : array_like, shape (n,) or scalar
    theta0 : array_like, shape (d,), optional

    Returns
    -------
    ndarray, shape (d,)

    Raises
    ------
    ValueError
        If ``X theta = y`` has no exact solution, or none of the cases above applies.
    """
    X, y = _problem(X, y)
    theta0 = _theta0(theta0, X.shape[1])
    if not np.any(X):
        raise ValueError("X is all zeros: no theta solves X @ theta = y, and ||x||_1 = 0")
    _require_exact_solution(X, y, "epoch_adam_limit")
    r0 = y - X @ theta0
    if X.shape[0] == 1:
        return theta0 + r0[0] * np.sign(X[0]) / np.sum(np.abs(X[0]))
    direction = np.sign(X.T @ r0)
    along = X @ direction
    size = float(np.max(np.abs(r0)))
    c = 0.0
    if size > 0:
        # along = c r0 for the c of least squares; r0 / size keeps r0 @ r0 from underflowing.
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            c = float(along @ (r0 / size)) / float((r0 / size) @ (r0 / size)) / size
        c = c if np.isfinite(c) else 0.0
    if c > 0 and np.allclose(along, c * r0, rtol=0, atol=_ROUNDING * np.abs(X).sum()):
        return theta0 + direction / c
    if np.all(np.abs(X) == np.abs(X[0])):
        signs = np.sign(X)
        columns = signs[:, np.any(signs, axis=0)]
        # Each column pattern up to sign: its first nonzero entry made positive.
        flipped = columns * np.sign(
            columns[np.argmax(columns != 0, axis=0), range(columns.shape[1])]
        )
        patterns = np.unique(flipped.T, axis=0)
        gram = X @ signs.T
        unique = np.linalg.matrix_rank(gram) == np.linalg.matrix_rank(signs)
        if np.linalg.matrix_rank(patterns) == len(patterns) and unique:
            # theta0 + signs^T a fitting the data; with ``unique`` every such a gives one theta.
            theta = theta0 + signs.T @ (np.linalg.pinv(gram) @ r0)
            if has_exact_solution(gram, r0):
                return theta
    raise ValueError(
        "epoch_adam_limit has a closed form for one point, for data where X @ sign(X^T y) is a "
        "positive multiple of y, and for points whose features have equal magnitudes in every "
        "example with independent sign patterns; these data are none of those (run "
        "epoch_adam(..., batch='full') and look at where it goes: where it ends depends on alpha)"
    )


# --------------------------------------------------------------------------------------------
# What ties SGD and rescaled SGD together: a fixed preconditioner


def fixed_preconditioner_limit(X, y, M, theta0=None):
    """Where ``theta <- theta - alpha M grad F(theta)`` converges, for a fixed M, if it does.

    Every gradient of the squared loss is a combination of the rows of X, so every step lies in
    ``span(M X^T)`` and the iterates stay in ``theta0 + span(M X^T)``. That set meets the exact
    solutions in one point: ``theta0 + M X^T pinv(X M X^T) (y - X theta0)``, the exact solution
    nearest to ``theta0`` in the norm ``||v||_{M^-1} = sqrt(v^T M^-1 v)``. SGD is ``M = I``
    (:func:`sgd_limit`), rescaled SGD ``M = D^-2`` with ``D = diag(feature_scales(X))``
    (:func:`rescaled_sgd_limit`). Epoch-Adam has no fixed M: its M changes with the residual.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
    y : array_like, shape (n,) or scalar
    M : array_like, shape (d, d)
        Symmetric positive definite.
    theta0 : array_like, shape (d,), optional

    Returns
    -------
    ndarray, shape (d,)
    """
    X, y = _problem(X, y)
    theta0 = _theta0(theta0, X.shape[1])
    M = np.array(M, dtype=float)
    d = X.shape[1]
    if M.shape != (d, d) or not np.all(np.isfinite(M)):
        raise ValueError(f"M must be a finite ({d}, {d}) matrix to match X; got shape {M.shape}")
    if not np.allclose(M, M.T) or np.linalg.eigvalsh(M).min() <= 0:
        raise ValueError("M must be symmetric positive definite (a fixed preconditioner)")
    _require_exact_solution(X, y, "fixed_preconditioner_limit")
    return theta0 + M @ X.T @ (np.linalg.pinv(X @ M @ X.T) @ (y - X @ theta0))


# --------------------------------------------------------------------------------------------
# Adam itself, beside the epoch-Adam it simplifies


def _beta(beta, name):
    if isinstance(beta, bool) or not isinstance(beta, numbers.Real) or not 0 <= beta < 1:
        raise ValueError(f"{name} must be a number with 0 <= {name} < 1; got {beta!r}")
    return float(beta)


def adam(X, y, alpha, epochs, theta0=None, beta1=0.9, beta2=0.999, eps=1e-8):
    """Run Adam (Kingma & Ba 2015) on the squared loss, one example per step, constant alpha.

    With ``g`` the example's gradient and ``t`` the step (from 1)::

        m <- beta1 m + (1 - beta1) g          v <- beta2 v + (1 - beta2) g**2
        theta <- theta - alpha (m / (1 - beta1**t)) / (sqrt(v / (1 - beta2**t)) + eps)

    Epoch-Adam (:func:`epoch_adam`) drops the average of the gradients (``beta1``), the long
    average of the squared gradients (``beta2``; it uses only the current epoch's) and ``eps``.
    With one point ``g = -2 r x``, so ``m`` is ``x`` times one number and ``v`` is ``x**2`` times
    one number: every coordinate moves along ``sign(x)`` by the same amount, except that
    ``eps`` is compared with ``sqrt(v_j)``, which is proportional to ``|x_j|``; a small feature
    takes slightly shorter steps once the gradients are small. A coordinate whose gradients have
    all been 0 (``v_j = 0``) is not moved, also with ``eps = 0``.

    The steps run on Python floats in one fixed order (``beta**t`` as a running product), so
    the run is the same on every CPU.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
    y : array_like, shape (n,) or scalar
    alpha : float
        Step size, > 0 (constant, as in Adam's default use).
    epochs : int
        Passes over the data, >= 1; each pass makes n steps.
    theta0 : array_like, shape (d,), optional
        Start; zeros by default.
    beta1, beta2 : float
        Decay rates of the two running averages, each in [0, 1).
    eps : float
        Added to the square root, >= 0.

    Returns
    -------
    ndarray, shape (epochs * n + 1, d)
        The iterates, first row ``theta0``. Fewer rows if the run blows up, as in :func:`sgd`.
    """
    X, y = _problem(X, y)
    alpha, epochs = _alpha(alpha), _epochs(epochs)
    theta0 = _theta0(theta0, X.shape[1])
    beta1, beta2 = _beta(beta1, "beta1"), _beta(beta2, "beta2")
    if isinstance(eps, bool) or not isinstance(eps, numbers.Real) or not 0 <= eps < np.inf:
        raise ValueError(f"eps must be a finite number >= 0; got {eps!r}")
    eps = float(eps)
    n, d = X.shape
    cap2 = _divergence_cap(X, y, theta0) ** 2
    rows, targets = X.tolist(), y.tolist()
    theta = theta0.tolist()
    m, v = [0.0] * d, [0.0] * d
    power1 = power2 = 1.0  # beta1**t and beta2**t
    path = [theta]
    for _ in range(epochs):
        for row, target in zip(rows, targets, strict=True):
            twice_r = 2.0 * (target - _dot(row, theta))
            power1 *= beta1
            power2 *= beta2
            moved = []
            for j in range(d):
                g = -twice_r * row[j]
                m[j] = beta1 * m[j] + (1.0 - beta1) * g
                v[j] = beta2 * v[j] + (1.0 - beta2) * (g * g)
                if v[j] > 0:
                    scale = math.sqrt(v[j] / (1.0 - power2)) + eps
                    moved.append(theta[j] - alpha * (m[j] / (1.0 - power1)) / scale)
                else:
                    moved.append(theta[j])
            theta = moved
            if not _dot(theta, theta) <= cap2:
                return np.array(path)
            path.append(theta)
    return np.array(path)


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

    Raises
    ------
    ValueError
        If a feature is zero in every example, or ``X theta = y`` has no exact solution.
    """
    X, y = _problem(X, y)
    theta0 = _theta0(theta0, X.shape[1])
    s = feature_scales(X)
    _require_exact_solution(X, y, "rescaled_sgd_limit")
    U, phi0 = X / s, theta0 * s
    return (phi0 + _min_norm_step(U, y, phi0)) / s


def rescaled_sgd_stability_bound(X):
    """Stability bound on alpha for :func:`rescaled_sgd`: the SGD bound of ``X / s``.

    Exact for one point, only sufficient for several (see :func:`sgd_stability_bound`).

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


def rescaled_sgd_epoch_radius(X, alpha):
    """:func:`sgd_epoch_radius` of the rescaled problem ``X / s``: below 1 converges.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
    alpha : float

    Returns
    -------
    float
    """
    X = _features(X)
    return sgd_epoch_radius(X / feature_scales(X), alpha)


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
