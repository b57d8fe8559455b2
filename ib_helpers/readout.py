"""The words and numbers shown next to a run: printed in the notebooks, shown in the panels.

Pure text, no widgets: the same summary feeds ``print`` in a notebook (checked by nbval) and the
HTML readout of a panel (checked by the browser tests).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np

from . import core
from .scene import TEXT_PALETTE

__all__ = [
    "LimitsTable",
    "PreconditionerTable",
    "RunSummary",
    "format_number",
    "format_start",
    "format_vector",
    "limits_table",
    "preconditioner_table",
    "summarize",
]

DECIMALS = 6


def format_number(value, decimals=DECIMALS):
    """A float rounded to ``decimals`` places (no "-0"), or in e-notation when huge.

    Rounding to a fixed number of places keeps printed results identical across platforms.
    """
    value = float(value)
    if not np.isfinite(value):
        return str(value)
    if abs(value) >= 1e5:
        return f"{value:.3e}"
    return f"{round(value, decimals) + 0.0:.{decimals}f}"


def format_start(v):
    """A start such as θ₀ for a title, 3 significant digits an entry: ``[0.5, 0, -1.25]``."""
    return "[" + ", ".join(f"{float(c) + 0.0:.3g}" for c in np.ravel(v)) + "]"


def format_vector(v, decimals=DECIMALS):
    """A vector as ``[a, b, c]``: fixed decimals, or e-notation for all if one entry is huge."""
    v = np.ravel(np.asarray(v, dtype=float))
    if np.all(np.isfinite(v)) and np.any(np.abs(v) >= 1e5):
        return "[" + ", ".join(f"{c:.3e}" for c in v) + "]"
    return "[" + ", ".join(format_number(c, decimals) for c in v) + "]"


@dataclass(frozen=True)
class RunSummary:
    """What a run reached, next to the closed form it should reach.

    Attributes
    ----------
    label : str
        The optimizer's name, e.g. "SGD".
    alpha : float
    steps : int
        Steps requested (epochs * n).
    trajectory : ndarray, shape (rows, d)
    limit : ndarray, shape (d,)
    residual : float
        Largest ``|X theta - y|`` at the last iterate (``x @ theta - y`` for one point).
    bound : float or None
        Stability bound on alpha where it is exact (one point): converges iff alpha < bound.
    bound_text : str
        How the bound is computed, e.g. "1/‖x‖²".
    radius : float or None
        Spectral radius of one epoch of the run's affine map (SGD types only): the run
        converges iff it is below 1 (:func:`core.sgd_epoch_radius`).
    theta0 : ndarray, shape (d,) or None
        The start; None means 0.
    formula : str
        The closed form in words, e.g. that SGD's limit is the projection of theta0 (shown
        under the readout; empty for none).
    """

    label: str
    alpha: float
    steps: int
    trajectory: np.ndarray
    limit: np.ndarray
    residual: float
    bound: float | None = None
    bound_text: str = ""
    radius: float | None = None
    theta0: np.ndarray | None = None
    formula: str = ""

    @property
    def moved(self):
        """Whether the run starts away from 0."""
        return self.theta0 is not None and bool(np.any(self.theta0 != 0))

    @property
    def steps_done(self):
        return len(self.trajectory) - 1

    @property
    def diverged(self):
        return self.steps_done < self.steps

    @property
    def unstable(self):
        """Diverged, or not converging: one epoch does not shrink the distance to the limit."""
        return self.diverged or (self.radius is not None and self.radius >= 1)

    @property
    def last(self):
        return self.trajectory[-1]

    @property
    def distance(self):
        return float(np.linalg.norm(self.last - self.limit))

    @property
    def norm(self):
        return float(np.linalg.norm(self.last))

    def _why(self):
        """Why a run does not converge: the exact bound where there is one, else the radius."""
        if self.bound is not None and self.alpha >= self.bound:
            return f"α = {self.alpha:.4g} at or above the bound {self.bound:.4g}"
        if self.radius is not None and self.radius >= 1:
            return f"each epoch multiplies the distance to the solutions by {self.radius:.4g}"
        return ""

    def status(self):
        """One line: how many steps, or that and why the run diverged or does not converge.

        "diverged" means the run left every bound (see :data:`core.DIVERGENCE_FACTOR`); "not
        converging" means it has not, but one epoch of its update does not shrink the distance
        to the solutions (the spectral radius of the epoch map is at least 1).
        """
        why = self._why()
        why = f" ({why})" if why else ""
        if self.diverged:
            return f"diverged after {self.steps_done} steps{why}"
        if self.unstable:
            return f"not converging after {self.steps} steps{why}"
        return f"{self.steps} steps, α = {self.alpha:.4g}"

    def short_status(self):
        """The status without the step size, for a table where every run shares it."""
        if self.diverged:
            return f"diverged after {self.steps_done} steps"
        if self.unstable:
            return f"not converging (×{self.radius:.3g} per epoch)"
        return f"{self.steps} steps"

    def title(self):
        """The plot title; it names the start when that is not 0."""
        start = f" from θ₀ = {format_start(self.theta0)}" if self.moved else ""
        return f"{self.label}{start}: {self.status()}"

    def rows(self):
        """(name, value) pairs of the readout, in display order."""
        rows = [
            ("last iterate θ", format_vector(self.last)),
            ("closed-form limit θ*", format_vector(self.limit)),
            ("distance ‖θ − θ*‖", format_number(self.distance)),
            ("residual x·θ − y", format_number(self.residual)),
        ]
        if self.moved:
            rows.append(("moved ‖θ − θ₀‖", format_number(np.linalg.norm(self.last - self.theta0))))
        else:
            rows.append(("norm ‖θ‖", format_number(self.norm)))
        if self.bound is not None:
            rows.append((f"stable for α < {self.bound_text}", format_number(self.bound)))
        return rows

    def text(self):
        """Plain text for ``print`` in a notebook."""
        rows = self.rows()
        width = max(len(name) for name, _ in rows)
        lines = [f"{self.label}: {self.status()}"]
        lines += [f"{name:<{width}} = {value}" for name, value in rows]
        if self.formula:
            lines.append(self.formula)
        return "\n".join(lines)

    def html(self):
        """The panel's readout: the status, then the rows in two tables side by side (the
        vectors, then the single numbers; they wrap below each other if narrow) and the
        closed form in words."""
        color = TEXT_PALETTE["vermillion"] if self.unstable else "#000000"
        rows = list(enumerate(self.rows()))

        def table(part):
            return (
                "<table>"
                + "".join(
                    f"<tr><td style='padding-right:1em;white-space:nowrap'>{html.escape(n)}</td>"
                    f"<td style='white-space:nowrap'><code class='ib-{k}'>{html.escape(v)}</code>"
                    "</td></tr>"
                    for k, (n, v) in part
                )
                + "</table>"
            )

        formula = (
            f"<div class='ib-formula' style='margin-top:2px'>{html.escape(self.formula)}</div>"
            if self.formula
            else ""
        )
        # Only the numbers keep to one line: the status and the formula wrap.
        return (
            f"<div class='ib-readout' style='font-size:15px;line-height:1.35'>"
            f"<b class='ib-status' style='color:{color}'>{html.escape(self.status())}</b>"
            "<div style='display:flex;flex-wrap:wrap;gap:0 2em;align-items:flex-start'>"
            f"{table(rows[:2])}{table(rows[2:])}</div>{formula}</div>"
        )


def summarize(
    label, X, y, alpha, epochs, trajectory, limit, bound=None, bound_text="", radius=None,
    steps=None, theta0=None, formula="",
):  # fmt: skip
    """Summarize a run against its closed-form limit.

    Parameters
    ----------
    label : str
    X : array_like, shape (n, d) or (d,)
    y : array_like, shape (n,) or scalar
    alpha : float
    epochs : int
    trajectory : ndarray, shape (rows, d)
        As returned by the optimizer (fewer rows than requested if it diverged).
    limit : array_like, shape (d,)
    bound : float, optional
        Exact stability bound on alpha (one point), shown next to it.
    bound_text : str
        How the bound is computed, shown next to it.
    radius : float, optional
        Spectral radius of the run's epoch map (:func:`core.sgd_epoch_radius`).
    steps : int, optional
        Steps requested; ``epochs * n`` (one step per example) by default.
    theta0 : array_like, shape (d,), optional
        The start (0 by default).
    formula : str
        The closed form in words, shown under the readout.

    Returns
    -------
    RunSummary
    """
    X = np.atleast_2d(np.asarray(X, dtype=float))
    y = np.atleast_1d(np.asarray(y, dtype=float))
    trajectory = np.asarray(trajectory, dtype=float)
    residuals = X @ trajectory[-1] - y
    residual = float(residuals[np.argmax(np.abs(residuals))])
    return RunSummary(
        label=label,
        alpha=float(alpha),
        steps=int(epochs) * X.shape[0] if steps is None else int(steps),
        trajectory=trajectory,
        limit=np.asarray(limit, dtype=float),
        residual=residual,
        bound=None if bound is None else float(bound),
        bound_text=bound_text,
        radius=None if radius is None else float(radius),
        theta0=None if theta0 is None else np.array(theta0, dtype=float),
        formula=formula,
    )


#: The norms of :func:`core.solution_norms`, as the table's column headers.
NORMS = (("l2", "‖θ*‖₂"), ("linf", "‖θ*‖∞"), ("rescaled", "‖s⊙θ*‖₂"))
#: The optimizers and their closed forms, in table order.
LIMITS = (
    ("SGD", core.sgd_limit),
    ("epoch-Adam", core.epoch_adam_limit),
    ("rescaled SGD", core.rescaled_sgd_limit),
)


@dataclass(frozen=True)
class LimitsTable:
    """The three closed-form limits and their three norms, the smallest of each norm marked.

    Attributes
    ----------
    labels : tuple of str
        The optimizers, in the order of :data:`LIMITS`.
    limits : ndarray, shape (3, d)
    norms : ndarray, shape (3, 3)
        Row: optimizer; column: the norms of :data:`NORMS`.
    """

    labels: tuple
    limits: np.ndarray
    norms: np.ndarray

    @classmethod
    def of(cls, labels, limits, X):
        """The table for given limits (one per label) of the data X: computes their norms."""
        limits = np.array(limits, dtype=float)
        norms = np.array(
            [[core.solution_norms(v, X)[key] for key, _ in NORMS] for v in limits], dtype=float
        )
        return cls(tuple(labels), limits, norms)

    def smallest(self):
        """Boolean (3, 3): True where a limit has the smallest value of that norm (ties too)."""
        best = self.norms.min(axis=0)
        # Ties within rounding (equal scales give one point, reached by three computations).
        return self.norms <= best * (1 + 64 * np.finfo(float).eps)

    def text(self):
        """Plain text for ``print``; ◀ marks the smallest value in each norm's column."""
        smallest = self.smallest()
        vectors = [format_vector(v) for v in self.limits]
        width = max(len(v) for v in vectors)
        head = f"{'optimizer':<13}{'closed-form limit θ*':<{width + 3}}"
        head += "".join(f"{name:<14}" for _, name in NORMS)
        lines = [head.rstrip()]
        for k, label in enumerate(self.labels):
            line = f"{label:<13}{vectors[k]:<{width + 3}}"
            for j in range(len(NORMS)):
                mark = " ◀" if smallest[k, j] else ""
                line += f"{format_number(self.norms[k, j]) + mark:<14}"
            lines.append(line.rstrip())
        lines.append("◀ = smallest in its column")
        return "\n".join(lines)


def limits_table(X, y):
    """Tabulate where SGD, epoch-Adam and rescaled SGD go from 0, and how big each answer is.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
        One point, or several points whose features have equal magnitudes in every example
        (where epoch-Adam has a closed form, see :func:`core.epoch_adam_limit`).
    y : array_like, shape (n,) or scalar

    Returns
    -------
    LimitsTable
    """
    return LimitsTable.of([label for label, _ in LIMITS], [limit(X, y) for _, limit in LIMITS], X)


@dataclass(frozen=True)
class PreconditionerTable:
    """Each optimizer's preconditioner M, the norm its answer is nearest in, and two answers.

    Attributes
    ----------
    labels, preconditioners, norms : tuple of str
        Per optimizer: its name, its M, and the norm in which its answer is the exact solution
        nearest to the start.
    theta0 : ndarray, shape (d,)
    from_zero, from_theta0 : ndarray, shape (3, d)
        The closed-form answers from 0 and from ``theta0``.
    """

    labels: tuple
    preconditioners: tuple
    norms: tuple
    theta0: np.ndarray
    from_zero: np.ndarray
    from_theta0: np.ndarray

    def text(self, decimals=4):
        """Plain text for ``print``, vectors to ``decimals`` places."""
        columns = [
            ("optimizer", self.labels),
            ("M", self.preconditioners),
            ("nearest to the start in", self.norms),
            ("from 0", [format_vector(v, decimals) for v in self.from_zero]),
            (f"from θ₀ = {format_start(self.theta0)}",
             [format_vector(v, decimals) for v in self.from_theta0]),
        ]  # fmt: skip
        widths = [max(len(head), *(len(c) for c in cells)) + 2 for head, cells in columns]
        lines = [
            "".join(f"{head:<{w}}" for (head, _), w in zip(columns, widths, strict=True)).rstrip()
        ]
        for k in range(len(self.labels)):
            cells = [cells[k] for _, cells in columns]
            lines.append("".join(f"{c:<{w}}" for c, w in zip(cells, widths, strict=True)).rstrip())
        return "\n".join(lines)


def preconditioner_table(X, y, theta0):
    """SGD and rescaled SGD as gradient descent with a fixed M, epoch-Adam as the exception.

    The answers come from the closed forms of :mod:`core`; for SGD and rescaled SGD they equal
    :func:`core.fixed_preconditioner_limit` with ``M = I`` and ``M = D^-2`` (the tests check
    it). Epoch-Adam's closed form needs one point or the data :func:`core.epoch_adam_limit`
    describes, and its ℓ∞ reading holds for one point.

    Parameters
    ----------
    X : array_like, shape (n, d) or (d,)
    y : array_like, shape (n,) or scalar
    theta0 : array_like, shape (d,)

    Returns
    -------
    PreconditionerTable
    """
    rows = (
        ("SGD", "I", "‖θ − θ₀‖₂", core.sgd_limit),
        ("rescaled SGD", "D⁻² = diag(1/s²)", "‖s⊙(θ − θ₀)‖₂", core.rescaled_sgd_limit),
        ("epoch-Adam", "changes with the residual", "‖θ − θ₀‖∞ (one point)", core.epoch_adam_limit),
    )
    theta0 = np.array(theta0, dtype=float)
    return PreconditionerTable(
        labels=tuple(r[0] for r in rows),
        preconditioners=tuple(r[1] for r in rows),
        norms=tuple(r[2] for r in rows),
        theta0=theta0,
        from_zero=np.array([r[3](X, y) for r in rows]),
        from_theta0=np.array([r[3](X, y, theta0=theta0) for r in rows]),
    )
