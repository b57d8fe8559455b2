"""The optimizers as the panels see them: how to run each, its closed form, bound and defaults.

:data:`OPTIMIZERS` is the one table every panel reads (slider ranges, default step sizes, the
closed form in words); :func:`run_optimizer` runs one and summarizes it against its limit. No
widgets here: the same run feeds a panel, a notebook's printed numbers and the tests.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from .. import core
from ..readout import format_start, summarize

__all__ = ["OPTIMIZERS", "Optimizer", "Runs", "run_optimizer"]


@dataclass(frozen=True)
class Optimizer:
    """An optimizer as the panels see it: how to run it, its limit, its bound, its defaults."""

    label: str
    run: object
    limit: object
    bound: object = None
    bound_text: str = ""
    #: Spectral radius of one epoch (SGD types): below 1 the run converges.
    radius: object = None
    alpha: float = 0.1
    epochs: int = 60
    #: (min, max, step) of the alpha slider: linear, so the default lands on the grid exactly
    #: and the slider shows the same run the notebook printed.
    alpha_range: tuple = (0.01, 1.0, 0.01)
    max_epochs: int = 200
    #: The closed form from theta0 in words: (one training point, several); "" for none.
    formula: tuple = ("", "")


OPTIMIZERS = {
    "sgd": Optimizer(
        "SGD",
        core.sgd,
        core.sgd_limit,
        core.sgd_stability_bound,
        "1/‖x‖²",
        core.sgd_epoch_radius,
        alpha=0.25,
        epochs=60,
        alpha_range=(0.01, 2.0, 0.01),
        formula=(
            "θ* = θ₀ + x(y − x·θ₀)/‖x‖²: the projection of θ₀ onto the plane x·θ = y, "
            "its point nearest to θ₀",
            "θ* = θ₀ + pinv(X)(y − Xθ₀): the projection of θ₀ onto the exact solutions, "
            "their point nearest to θ₀",
        ),
    ),
    "epoch_adam": Optimizer(
        "epoch-Adam",
        core.epoch_adam,
        core.epoch_adam_limit,
        alpha=0.05,
        epochs=400,
        alpha_range=(0.005, 0.5, 0.005),
        max_epochs=1000,
        formula=(
            "θ* = θ₀ + (y − x·θ₀) sign(x)/‖x‖₁: from θ₀ along sign(x) to the plane, its point "
            "nearest to θ₀ in ℓ∞",
            "",
        ),
    ),
    "rescaled_sgd": Optimizer(
        "rescaled SGD",
        core.rescaled_sgd,
        core.rescaled_sgd_limit,
        core.rescaled_sgd_stability_bound,
        "1/‖x/s‖²",
        core.rescaled_sgd_epoch_radius,
        alpha=0.1,
        epochs=60,
        alpha_range=(0.01, 1.0, 0.01),
        formula=(
            "θ*ⱼ = θ₀ⱼ + (y − x·θ₀)/(d·xⱼ): the point of the plane nearest to θ₀ in rescaled "
            "units, ‖s⊙(θ − θ₀)‖₂",
            "θ* = θ₀ + D⁻¹pinv(XD⁻¹)(y − Xθ₀): the exact solution nearest to θ₀ in rescaled "
            "units, ‖s⊙(θ − θ₀)‖₂",
        ),
    ),
}


class Runs:
    """The last few runs of a panel, each kept at the most epochs asked for.

    A run for fewer epochs is the first rows of a longer run with the same data, step size and
    start: each step depends only on the steps before it (``tests/test_core.py`` checks it bit
    for bit for every optimizer, diverging runs included). So the epochs slider's family costs
    one run, not one per position, and the kernel's answer to a move of that slider is a cut of
    a run it holds. Safe to share between the kernel's thread and the families' thread.

    Parameters
    ----------
    size : int
        How many runs (settings other than the epochs) to keep, the least recently used
        dropped first: a panel's memory stays flat however long the class plays with it.
    """

    def __init__(self, size=6):
        self.size = size
        self._runs = OrderedDict()
        self._lock = threading.Lock()

    def trajectory(self, method, x, y, alpha, epochs, theta0=None, **kwargs):
        """``OPTIMIZERS[method].run(x, y, alpha, epochs, theta0=theta0, **kwargs)``, cut from
        a run held for at least ``epochs`` epochs where there is one."""
        X = np.atleast_2d(np.asarray(x, dtype=float))
        start = None if theta0 is None else np.asarray(theta0, dtype=float)
        key = (
            method, X.shape, X.tobytes(), np.asarray(y, dtype=float).tobytes(), float(alpha),
            None if start is None else start.tobytes(), tuple(sorted(kwargs.items())),
        )  # fmt: skip
        per_epoch = 1 if kwargs.get("batch") == "full" else len(X)
        with self._lock:
            held = self._runs.get(key)
            if held is not None:
                self._runs.move_to_end(key)
        if held is not None and held[0] >= epochs:
            return held[1][: epochs * per_epoch + 1]
        path = OPTIMIZERS[method].run(x, y, alpha, epochs, theta0=theta0, **kwargs)
        with self._lock:
            if key not in self._runs or self._runs[key][0] < epochs:
                self._runs[key] = (epochs, path)
            self._runs.move_to_end(key)
            while len(self._runs) > self.size:
                self._runs.popitem(last=False)
        return path


def run_optimizer(
    method, x, y, alpha, epochs, schedule="decay", batch="full", theta0=None, runs=None
):
    """Run one optimizer from ``theta0`` and summarize it against its closed form from there.

    Parameters
    ----------
    method : {"sgd", "epoch_adam", "rescaled_sgd"}
    x : array_like, shape (d,) or (n, d)
        The single training point, or several (epoch-Adam's closed form then needs the data
        :func:`core.epoch_adam_limit` describes, and ``batch="full"``).
    y : float or array_like, shape (n,)
    alpha : float
    epochs : int
    schedule : {"decay", "constant"}
        Step-size schedule, for ``"epoch_adam"`` only.
    batch : {"example", "full"}
        One step per example or one full-batch step per epoch, for ``"epoch_adam"`` only. The
        same rule for one point; for several, only ``"full"`` has the limit the closed form
        gives (the per-example run is in general chaotic; see :func:`core.epoch_adam`).
    theta0 : array_like, shape (d,), optional
        The start, 0 by default. The run and the closed form both start there: SGD's limit is
        then the projection of theta0 onto the exact solutions, ``theta0 + pinv(X)(y - X
        theta0)``.
    runs : Runs, optional
        Where to keep the run, to cut it for fewer epochs later (a panel's own).

    Returns
    -------
    RunSummary

    Raises
    ------
    ValueError
        If the optimizer has no closed form for these data from ``theta0`` (epoch-Adam on
        several points, see :func:`core.epoch_adam_limit`); the message says so.
    """
    if method not in OPTIMIZERS:
        raise ValueError(f"method must be one of {sorted(OPTIMIZERS)}; got {method!r}")
    opt = OPTIMIZERS[method]
    X = np.atleast_2d(np.asarray(x, dtype=float))
    kwargs, steps = {}, None
    if method == "epoch_adam":
        kwargs = {"schedule": schedule, "batch": batch}
        steps = epochs if batch == "full" else None
    start = None if theta0 is None else np.array(theta0, dtype=float)
    if runs is None:
        trajectory = opt.run(x, y, alpha, epochs, theta0=start, **kwargs)
    else:
        trajectory = runs.trajectory(method, x, y, alpha, epochs, theta0=start, **kwargs)
    try:
        limit = opt.limit(x, y, start)
    except ValueError as error:
        where = "" if start is None else f" from θ₀ = {format_start(start)}"
        raise ValueError(
            f"{opt.label} has no closed-form limit{where} on these data. {error}"
        ) from error
    # The bound decides convergence for one point only; the epoch map's radius always does.
    bound = opt.bound(x) if opt.bound is not None and len(X) == 1 else None
    radius = opt.radius(x, alpha) if opt.radius is not None else None
    formula = opt.formula[0 if len(X) == 1 else 1]
    return summarize(
        opt.label, x, y, alpha, epochs, trajectory, limit, bound, opt.bound_text, radius, steps,
        theta0=start, formula=formula,
    )  # fmt: skip
