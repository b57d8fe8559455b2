"""The update rules once more, in high-precision arithmetic, written as plainly as possible.

Independent of ``ib_helpers.core``: these loops follow the rules of ``shared/problem.md`` word
for word on the exact values of the float inputs, in ``mpmath`` at ``dps`` digits, so a test
can check that every number the notebooks print equals the exact rule to its printed digits.
"""

import mpmath as mp


def _mp(values):
    return [mp.mpf(float(v)) for v in values]


def _rows(X, y):
    if not hasattr(X[0], "__len__"):
        X, y = [X], [y]
    if not hasattr(y, "__len__"):
        y = [y]
    return [_mp(row) for row in X], _mp(y)


def _dot(a, b):
    return mp.fsum(p * q for p, q in zip(a, b, strict=True))


def sgd(X, y, alpha, epochs, theta0=None, dps=50):
    """Cyclic SGD, one example per step: theta += 2 alpha (y_i - X_i theta) X_i."""
    with mp.workdps(dps):
        X, y = _rows(X, y)
        theta = _mp(theta0) if theta0 is not None else [mp.mpf(0)] * len(X[0])
        return _sgd(X, y, alpha, epochs, theta)


def rescaled_sgd(X, y, alpha, epochs, dps=50):
    """SGD on X_ij / s_j with s_j = sqrt(mean_i X_ij^2), from 0, mapped back: theta = phi / s."""
    with mp.workdps(dps):
        X, y = _rows(X, y)
        n = len(X)
        s = [mp.sqrt(mp.fsum(row[j] ** 2 for row in X) / n) for j in range(len(X[0]))]
        U = [[v / sj for v, sj in zip(row, s, strict=True)] for row in X]
        phi = _sgd(U, y, alpha, epochs, [mp.mpf(0)] * len(s))
        return [[p / sj for p, sj in zip(point, s, strict=True)] for point in phi]


def _sgd(rows, y, alpha, epochs, theta):
    """SGD on rows that are already mpf, from ``theta``."""
    alpha = mp.mpf(float(alpha))
    path = [theta]
    for _ in range(epochs):
        for row, target in zip(rows, y, strict=True):
            r = target - _dot(row, theta)
            theta = [t + 2 * alpha * r * v for t, v in zip(theta, row, strict=True)]
            path.append(theta)
    return path


def _rounded_to_zero(value, scale, dps):
    """``value``, or exactly 0 where it is within the rounding of ``dps``-digit arithmetic.

    A step of epoch-Adam has a fixed size whatever the residual, so a residual that is 0 in
    exact arithmetic but 1e-52 after a 50-digit square root would still take a full step.
    """
    return mp.mpf(0) if abs(value) <= scale * mp.mpf(10) ** (10 - dps) else value


def epoch_adam(X, y, alpha, epochs, theta0=None, schedule="decay", batch="example", dps=50):
    """Epoch-Adam as problem.md defines it.

    ``batch="example"``: M from the mean over the examples of the squared per-example gradient
    at the epoch's start, then one step per example. ``batch="full"``: one step per epoch with
    the full-batch gradient and M from that gradient. A coordinate whose mean squared gradient
    is 0 is not moved. ``alpha_t = alpha / sqrt(t + 1)`` or constant. Residuals and gradients
    within the rounding of ``dps`` digits count as 0 (:func:`_rounded_to_zero`).
    """
    with mp.workdps(dps):
        X, y = _rows(X, y)
        n, d = len(X), len(X[0])
        theta = _mp(theta0) if theta0 is not None else [mp.mpf(0)] * d
        reach = [abs(t) for t in theta]  # |theta0| plus every move so far, per coordinate
        alpha = mp.mpf(float(alpha))
        path = [theta]
        for t in range(epochs):
            alpha_t = alpha / mp.sqrt(t + 1) if schedule == "decay" else alpha
            r = [
                _residual(row, target, theta, reach, dps) for row, target in zip(X, y, strict=True)
            ]
            if batch == "full":
                g = [
                    _rounded_to_zero(
                        -2 * mp.fsum(ri * row[j] for ri, row in zip(r, X, strict=True)) / n,
                        mp.fsum(abs(ri * row[j]) for ri, row in zip(r, X, strict=True)), dps,
                    )
                    for j in range(d)
                ]  # fmt: skip
                # M_jj g_j = g_j / sqrt(g_j^2) is exactly sign(g_j); taken as written, the square
                # root's rounding would leave coordinates that the rule moves alike 1e-51 apart.
                theta = [th - alpha_t * mp.sign(gj) for th, gj in zip(theta, g, strict=True)]
                reach = [a + alpha_t for a in reach]
                path.append(theta)
                continue
            v = [mp.fsum((2 * ri * row[j]) ** 2 for ri, row in zip(r, X, strict=True)) / n
                 for j in range(d)]  # fmt: skip
            m = [1 / mp.sqrt(vj) if vj != 0 else mp.mpf(0) for vj in v]
            for row, target in zip(X, y, strict=True):
                ri = _residual(row, target, theta, reach, dps)
                steps = [alpha_t * 2 * ri * mj * xj for mj, xj in zip(m, row, strict=True)]
                theta = [th + st for th, st in zip(theta, steps, strict=True)]
                reach = [a + abs(st) for a, st in zip(reach, steps, strict=True)]
                path.append(theta)
        return path


def adam(X, y, alpha, epochs, beta1=0.9, beta2=0.999, eps=1e-8, dps=50):
    """Adam as Kingma & Ba (2015) write it, from 0, one example per step, constant alpha.

    ``m`` and ``v`` average the gradients and their squares; both are divided by their bias
    corrections ``1 - beta**t``; a coordinate whose ``v`` is 0 is not moved.
    """
    with mp.workdps(dps):
        X, y = _rows(X, y)
        d = len(X[0])
        alpha, beta1, beta2, eps = (mp.mpf(float(v)) for v in (alpha, beta1, beta2, eps))
        theta, m, v = [mp.mpf(0)] * d, [mp.mpf(0)] * d, [mp.mpf(0)] * d
        path, t = [theta], 0
        for _ in range(epochs):
            for row, target in zip(X, y, strict=True):
                t += 1
                g = [-2 * (target - _dot(row, theta)) * xj for xj in row]
                m = [beta1 * mj + (1 - beta1) * gj for mj, gj in zip(m, g, strict=True)]
                v = [beta2 * vj + (1 - beta2) * gj**2 for vj, gj in zip(v, g, strict=True)]
                theta = [
                    th - alpha * (mj / (1 - beta1**t)) / (mp.sqrt(vj / (1 - beta2**t)) + eps)
                    if vj != 0 else th
                    for th, mj, vj in zip(theta, m, v, strict=True)
                ]  # fmt: skip
                path.append(theta)
        return path


def _residual(row, target, theta, reach, dps):
    """``target - row @ theta``, 0 within rounding of the sizes that built theta (``reach``)."""
    scale = abs(target) + mp.fsum(abs(a) * b for a, b in zip(row, reach, strict=True))
    return _rounded_to_zero(target - _dot(row, theta), scale, dps)


def sgd_limit(X, y, dps=50):
    """SGD's closed form from 0, ``X^T (X X^T)^-1 y`` (X of full row rank), in mpf."""
    with mp.workdps(dps):
        X, y = _rows(X, y)
        return _min_norm(X, y)


def rescaled_sgd_limit(X, y, dps=50):
    """Rescaled SGD's closed form: ``phi / s`` with ``phi`` the minimum-norm fit of ``X / s``."""
    with mp.workdps(dps):
        X, y = _rows(X, y)
        s = [mp.sqrt(mp.fsum(row[j] ** 2 for row in X) / len(X)) for j in range(len(X[0]))]
        phi = _min_norm([[v / sj for v, sj in zip(row, s, strict=True)] for row in X], y)
        return [p / sj for p, sj in zip(phi, s, strict=True)]


def _min_norm(rows, y):
    gram = mp.matrix([[_dot(a, b) for b in rows] for a in rows])
    a = mp.lu_solve(gram, mp.matrix(y))
    return [mp.fsum(a[i] * row[j] for i, row in enumerate(rows)) for j in range(len(rows[0]))]


def fixed(value, decimals=6):
    """``value`` rounded to ``decimals`` places from its exact value, as format_number does."""
    with mp.workdps(60):  # round the value as given, not after mpmath's default 15 digits
        rounded = mp.nint(mp.mpf(value) * 10**decimals) / 10**decimals
        return f"{float(rounded) + 0.0:.{decimals}f}"


def vector(values, decimals=6):
    """A vector as ``format_vector`` prints it, from exact values."""
    return "[" + ", ".join(fixed(v, decimals) for v in values) + "]"


def general(value, digits=4):
    """``value`` rounded to ``digits`` significant digits from its exact value, as ``:.4g``.

    An exact 0 prints as ``0``; a tiny value keeps its size (``2.064e-07``), which is why the
    lessons print distances that may be 0 this way.
    """
    with mp.workdps(60):
        value = mp.mpf(value)
        if value == 0:
            return f"{0.0:.{digits}g}"
        unit = mp.mpf(10) ** (int(mp.floor(mp.log10(abs(value)))) - digits + 1)
        return f"{float(mp.nint(value / unit) * unit) + 0.0:.{digits}g}"
