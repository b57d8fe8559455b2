"""The 3-D scene as data: what to draw, computed once, drawn by any renderer.

:func:`describe_scene` turns the data, the runs and a title into a :class:`SceneData`: the view
box and its round ticks, the exact solutions inside the box (a plane's polygon, a line's two
ends, or a point), the start, each path with its last iterate and closed-form limit, the colours
and the legend entries. Everything here is plain numpy and strings. ``plotting.draw_scene``
draws it with matplotlib (static pictures), ``live.SceneWidget`` sends it to the browser, where
three.js draws it (the live, rotatable scene); neither computes a number of its own.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

__all__ = [
    "AXIS_LABELS",
    "BallData",
    "Guide",
    "StarLabel",
    "Zoom",
    "PALETTE",
    "RUN_COLORS",
    "LegendEntry",
    "Run",
    "RunData",
    "SceneData",
    "axis_ticks",
    "describe_scene",
    "plane_polygon",
    "scene_box",
    "solution_set",
    "view_box",
]

#: Okabe-Ito colours: distinguishable with every common colour-vision deficiency.
PALETTE = {
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "green": "#009E73",
    "orange": "#E69F00",
    "purple": "#CC79A7",
    "sky": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
}
RUN_COLORS = ("blue", "vermillion", "green", "purple")
#: The same colours for text (a run's name in a table, a warning): darkened where needed to
#: reach 4.5:1 on white and on the light grey of a table's striped rows (#F5F5F5), as WCAG AA
#: asks of text; lines and markers keep the palette's own.
TEXT_PALETTE = {
    "blue": "#0072B2",
    "vermillion": "#B55000",
    "green": "#007E5C",
    "orange": "#936600",
    "purple": "#995B7D",
    "sky": "#387597",
    "black": "#000000",
}
AXIS_LABELS = ("θ₁", "θ₂", "θ₃")
#: Iterates closer than this fraction of the view box's edge to the iterate drawn before them
#: are not drawn again: less than a pixel apart at any size the scene is shown at.
DRAW_TOLERANCE = 0.002
#: The grey of the legend's "last iterate" and "closed-form limit" entries when there are
#: several runs (each run's own markers have its colour).
MARKER_GREY = "#737373"


@dataclass
class Run:
    """One optimizer's path to show: a label, its iterates (steps + 1, 3) and its limit (3,).

    ``method`` (a key of ``core.OPTIMIZERS``) says which norm ball explains the limit; None
    for a run no ball belongs to.
    """

    label: str
    trajectory: np.ndarray
    limit: np.ndarray
    method: str | None = None


@dataclass(frozen=True)
class RunData:
    """One run as drawn: its colour, path, last iterate, limit and the limit's colour.

    ``path`` holds the iterates drawn, ``steps`` their step numbers: every iterate that is
    visibly apart from the one drawn before it (see :func:`drawn_steps`), the first and the
    last always.
    """

    label: str
    color: str
    path: np.ndarray
    steps: np.ndarray
    last: np.ndarray
    limit: np.ndarray
    limit_color: str


@dataclass(frozen=True)
class BallData:
    """The smallest ball of one run's norm around the start that touches the exact solutions.

    From :func:`ib_helpers.balls.smallest_ball`. ``shape`` is "sphere", "cube" or "ellipsoid";
    ``semi_axes`` are its half extents along θ₁, θ₂, θ₃; ``touch`` is the run's closed-form
    limit. When ``holds`` is False the limit is not where the ball touches (or there is no
    ball): a renderer draws nothing and shows ``note`` instead.
    """

    label: str
    shape: str
    color: str
    center: np.ndarray
    semi_axes: np.ndarray
    touch: np.ndarray | None
    holds: bool
    note: str


@dataclass(frozen=True)
class Guide:
    """A dashed segment that explains a point, e.g. from θ₀ to its projection onto the plane."""

    label: str
    points: np.ndarray
    color: str


@dataclass(frozen=True)
class StarLabel:
    """The text next to a closed-form limit; limits drawn less than a pixel apart share one."""

    text: str
    point: np.ndarray
    color: str


@dataclass(frozen=True)
class Zoom:
    """A magnified view (equal axes, like the main one) of the answers that crowd together.

    ``lower``/``upper`` is its cube, holding the start and the crowded limits; ``solutions``
    the exact solutions clipped to it (as in :class:`SceneData`); ``members`` are the indices
    of those runs; ``star_labels`` label each of them in the zoom
    (the main view labels the group once); ``factor`` is how many times the main cube's edge
    is the zoom's.
    """

    lower: np.ndarray
    upper: np.ndarray
    ticks: tuple
    tick_labels: tuple
    solutions: np.ndarray
    members: tuple
    star_labels: tuple
    factor: float
    label: str


@dataclass(frozen=True)
class LegendEntry:
    """One line of the legend: its text, what it shows and in which colour.

    ``kind`` is one of "plane", "line", "point" (the solutions), "start", "path", "last", "star",
    "ball", "guide".
    """

    label: str
    kind: str
    color: str


@dataclass(frozen=True)
class SceneData:
    """Everything a renderer needs to draw the scene; no renderer computes anything more.

    Attributes
    ----------
    title : str
    lower, upper : ndarray, shape (3,)
        The view box (a cube, see :func:`view_box`).
    ticks : tuple of 3 ndarray
        Round tick values of each axis, inside the box (see :func:`axis_ticks`).
    tick_labels : tuple of 3 tuple of str
    axis_labels : tuple of 3 str
    solution_kind : {"plane", "line", "point"}
    solutions : ndarray, shape (k, 3)
        The plane's polygon, the line's two ends or the point, clipped to the box.
    solution_label : str
    start : ndarray, shape (3,)
    runs : tuple of RunData
    legend : tuple of LegendEntry
    star_labels : tuple of StarLabel
        One per group of limits that coincide on the screen.
    balls : tuple of BallData
        One per run with a method, if asked for (see :func:`describe_scene`).
    balls_shown : bool
        Whether the balls are drawn at first (the live scene has a toggle).
    guides : tuple of Guide
    normal : ndarray, shape (3,) or None
        The plane's unit normal (a plane of solutions only): the edge-on view looks
        perpendicular to it.
    zoom : Zoom or None
        A second, magnified view of answers that crowd together in the main view.
    """

    title: str
    lower: np.ndarray
    upper: np.ndarray
    ticks: tuple
    tick_labels: tuple
    axis_labels: tuple
    solution_kind: str
    solutions: np.ndarray
    solution_label: str
    start: np.ndarray
    runs: tuple
    legend: tuple
    star_labels: tuple = ()
    balls: tuple = ()
    balls_shown: bool = False
    guides: tuple = ()
    normal: np.ndarray | None = None
    zoom: Zoom | None = None

    @property
    def box(self):
        return self.lower, self.upper


# --------------------------------------------------------------------------------------------
# Geometry

_CORNERS = np.array(list(itertools.product((0, 1), repeat=3)), dtype=float)
_EDGES = [
    (a, b)
    for a, b in itertools.combinations(range(8), 2)
    if np.sum(_CORNERS[a] != _CORNERS[b]) == 1
]
_NICE = (1.0, 2.0, 2.5, 5.0)


def view_box(points, pad=0.12, steps=_NICE, snaps=4):
    """A cube (equal length on every axis) that holds ``points``, with a margin.

    Equal axes keep right angles right: the minimum-norm solution is the foot of the
    perpendicular from the origin only if the picture is not stretched.

    Parameters
    ----------
    points : array_like, shape (k, 3)
    pad : float
        Margin as a fraction of the cube's edge.
    steps : tuple of float
        The round values (times a power of ten) the half edge is snapped up to.
    snaps : int
        The centre is snapped to a ``1/snaps`` of the half edge.

    Returns
    -------
    lower, upper : ndarray, shape (3,)
    """
    points = np.asarray(points, dtype=float).reshape(-1, 3)
    lo, hi = points.min(axis=0), points.max(axis=0)
    half = _nice_ceil(max(float(np.max(hi - lo)) / 2, 1e-9) * (1 + 2 * pad), steps)
    # Snapping the size (by default to 1-2-2.5-5 steps) and the centre (to quarter steps) keeps
    # the box and the ticks the same while a slider moves a little; the content still fits,
    # since the snap moves the centre by at most half/(2 snaps) and the margin is larger.
    unit = half / snaps
    center = np.round((lo + hi) / 2 / unit) * unit
    return center - half, center + half


#: Half edges of a zoom's cube: finer steps than the main box's, since every extra percent of
#: its edge brings the answers it magnifies closer on the screen.
_FINE = (1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)


def zoom_box(points, pad=0.08):
    """A tight cube around ``points`` for a zoom: :func:`view_box` with a margin of ``pad`` of
    its edge, a half edge on a fine round step (:data:`_FINE`) and a centre on a twentieth of it.

    The centre's snap moves it by at most half/40, less than the margin half·pad/(1 + 2 pad).
    """
    return view_box(points, pad, _FINE, 20)


def _nice_ceil(value, steps=_NICE):
    """The smallest of ``steps`` (1, 2, 2.5, 5) times a power of ten that is >= value."""
    power = 10.0 ** np.floor(np.log10(value))
    for step in (*steps, 10.0):
        if step * power >= value * (1 - 1e-12):
            return step * power
    return 10.0 * power


def plane_polygon(x, y, lower, upper):
    """The part of the plane ``x @ theta = y`` inside the box ``[lower, upper]``.

    Parameters
    ----------
    x : array_like, shape (3,)
    y : float
    lower, upper : array_like, shape (3,)

    Returns
    -------
    ndarray, shape (k, 3)
        The polygon's corners in order around it (k is 3 to 6), or shape (0, 3) if the plane
        misses the box.
    """
    x = np.asarray(x, dtype=float)
    lower, upper = np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
    corners = lower + _CORNERS * (upper - lower)
    values = corners @ x - y
    points = []
    for a, b in _EDGES:
        va, vb = values[a], values[b]
        if va == 0:
            points.append(corners[a])
        if (va < 0 < vb) or (vb < 0 < va):
            points.append(corners[a] + (va / (va - vb)) * (corners[b] - corners[a]))
    if len(points) < 3:
        return np.empty((0, 3))
    points = np.unique(np.round(points, 12), axis=0)
    if len(points) < 3:
        return np.empty((0, 3))
    center = points.mean(axis=0)
    normal = x / np.linalg.norm(x)
    u = points[0] - center
    u /= np.linalg.norm(u)
    v = np.cross(normal, u)
    angles = np.arctan2((points - center) @ v, (points - center) @ u)
    return points[np.argsort(angles)]


def as_rows(X, y):
    """``X`` as rows (n, 3) and ``y`` as (n,); a ValueError that says the shapes otherwise."""
    X = np.atleast_2d(np.asarray(X, dtype=float))
    y = np.atleast_1d(np.asarray(y, dtype=float))
    if X.ndim != 2 or X.shape[1] != 3 or y.shape != (X.shape[0],):
        raise ValueError(
            f"the scene needs X of shape (n, 3) or (3,) and y of shape (n,); got X of shape "
            f"{X.shape} and y of shape {y.shape}"
        )
    return X, y


def solution_kind(X):
    """What the exact solutions of ``X @ theta = y`` form in 3-D, from the rank of X."""
    return ("plane", "plane", "line", "point")[np.linalg.matrix_rank(X)]


def solution_set(X, y, lower, upper):
    """The exact solutions of ``X @ theta = y`` inside the box ``[lower, upper]``.

    Parameters
    ----------
    X : array_like, shape (n, 3) or (3,)
    y : array_like, shape (n,) or scalar
    lower, upper : array_like, shape (3,)

    Returns
    -------
    kind : {"plane", "line", "point"}
        What the solutions form: rank 1, 2 or 3 of X.
    points : ndarray, shape (k, 3)
        The plane's polygon (see :func:`plane_polygon`), the line's two ends, or the point;
        shape (0, 3) if the solutions miss the box.
    """
    X, y = as_rows(X, y)
    lower, upper = np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
    kind = solution_kind(X)
    if kind == "plane":
        i = int(np.argmax(np.linalg.norm(X, axis=1)))
        return "plane", plane_polygon(X[i], y[i], lower, upper)
    center = np.linalg.pinv(X) @ y
    if kind == "point":
        inside = np.all((lower <= center) & (center <= upper))
        return "point", center[np.newaxis] if inside else np.empty((0, 3))
    # Two independent rows: the line through the minimum-norm solution along their null space.
    direction = np.linalg.svd(X)[2][-1]
    t_lo, t_hi = -np.inf, np.inf
    for c, u, lo, hi in zip(center, direction, lower, upper, strict=True):
        if abs(u) < 1e-15:
            if not lo <= c <= hi:
                return "line", np.empty((0, 3))
            continue
        a, b = sorted(((lo - c) / u, (hi - c) / u))
        t_lo, t_hi = max(t_lo, a), min(t_hi, b)
    if t_lo > t_hi:
        return "line", np.empty((0, 3))
    return "line", center + np.outer([t_lo, t_hi], direction)


def _view_points(runs, reach=2.0):
    """The start, every limit and the part of each path near them.

    A path is kept in view up to ``reach`` (2) times the distance to the farthest limit: enough
    for the overshoot of any stable step of SGD on one point (each step at most mirrors the
    distance to the plane). Wider swings, and the blown-up iterates of a diverging run, leave
    the view, and the renderers clip the path at the box, so its line still shows which way it
    went; a wider box would draw the answers, the point of the picture, closer together.
    """
    start = runs[0].trajectory[0]
    anchors = np.vstack([start] + [r.limit for r in runs])
    reach = reach * max(float(np.max(np.linalg.norm(anchors - start, axis=1))), 1e-9)
    near = [r.trajectory[np.linalg.norm(r.trajectory - start, axis=1) <= reach] for r in runs]
    return np.vstack([anchors, *near])


def scene_box(runs):
    """The view box, a cube: see :func:`_view_points` for what it holds."""
    return view_box(_view_points(runs))


#: Two limits closer than this fraction of the box's edge are drawn less than ~40 px apart in
#: a 450 x 280 px view (the scene at 1280 x 720 with JupyterLab's file browser open), where
#: the cube's edge is drawn ~200 px long and foreshortened: :func:`describe_scene` with
#: ``zoom=True`` adds a zoomed view of them.
CROWDED = 0.2


def crowded_group(limits, lower, upper):
    """Indices of the limits that crowd together: distinct limits (more than a drawing
    tolerance apart) chained by gaps below :data:`CROWDED` of the box's edge; empty if none."""
    edge = float(np.max(upper - lower))
    limits = [np.asarray(p, dtype=float) for p in limits]
    n = len(limits)
    near = [[j for j in range(n) if j != i and
             DRAW_TOLERANCE < np.linalg.norm(limits[i] - limits[j]) / edge < CROWDED]
            for i in range(n)]  # fmt: skip
    for i in range(n):
        if near[i]:
            group, todo = {i}, [i]
            while todo:
                for j in near[todo.pop()]:
                    if j not in group:
                        group.add(j)
                        todo.append(j)
            return sorted(group)
    return []


def _round_ticks(lo, hi, most):
    """Multiples of the smallest round step (1, 2, 2.5, 5 x 10^k) that give at most ``most``
    values in ``[lo, hi]``, and at least two."""
    span = hi - lo
    power = 10.0 ** np.floor(np.log10(span / max(most - 1, 1))) / 10
    steps = [m * power * 10**k for k in range(4) for m in _NICE]
    tolerance = 1e-9 * span
    best = None
    for step in steps:
        first, last = np.ceil((lo - tolerance) / step), np.floor((hi + tolerance) / step)
        count = int(last - first) + 1
        if 2 <= count <= most:
            ticks = np.arange(first, last + 1) * step
            return np.where(np.abs(ticks) < tolerance, 0.0, ticks)  # no "-0"
        if count >= 2:
            best = (first, last, step)
    first, last, step = best
    return np.array([first, last]) * step


def tick_label(value):
    """A tick's text: short, round, no "-0"."""
    return f"{value + 0.0:g}"


def axis_ticks(lo, hi):
    """Round ticks inside the box's edges, as many as fit: five, three, or the outer two.

    A 3-D axis seen at a slant has little room: five labels like −1600 run into one another
    once the view is turned, and a tick on the box's edge collides with the neighbouring axis's
    tick at the shared corner, so the ticks stay 8% inside the edges.
    """
    margin = 0.08 * (hi - lo)
    inner_lo, inner_hi = lo + margin, hi - margin
    three = _round_ticks(inner_lo, inner_hi, 3)
    choices = [_round_ticks(inner_lo, inner_hi, 5), three]
    if len(three) > 2:
        choices.append(three[[0, -1]])
    for ticks in choices:
        if sum(len(tick_label(t)) for t in ticks) <= 8:
            return ticks
    return choices[-1]


def drawn_steps(trajectory, tolerance):
    """Indices of the iterates to draw: the first, the last, and each one farther than
    ``tolerance`` (a float, or one per coordinate) in some coordinate from the last one kept.

    Every iterate left out is within ``tolerance`` of the one drawn before it, so an animation
    that shows step k at the last drawn iterate up to k is off by less than that.

    A run that has converged repeats its limit hundreds of times, and a long path of tiny
    steps has many iterates within a pixel of each other; drawing each of them costs the
    browser's renderer (on a CPU) far more than it shows.
    """
    trajectory = np.asarray(trajectory, dtype=float)
    tolerance = np.broadcast_to(np.asarray(tolerance, dtype=float), trajectory.shape[1:])
    n = len(trajectory)
    # A scan over Python floats: numpy's per-call cost dominates on 3-vectors (a 400-step
    # moving path took 8 ms with one numpy search per kept iterate under load, 0.13 ms this way).
    rows, tol = trajectory.tolist(), tolerance.tolist()
    keep, last = ([0], rows[0]) if n else ([], None)
    quiet = 0
    for k in range(1, n - 1):
        row = rows[k]
        for a, b, t in zip(row, last, tol, strict=True):
            if abs(a - b) > t:
                keep.append(k)
                last, quiet = row, 0
                break
        else:
            quiet += 1
            # A run that has converged stays within the tolerance to its end: one numpy
            # check then skips the rest of the scan.
            if quiet == 64:
                rest = trajectory[k + 1 : n - 1]
                if not np.any(np.abs(rest - np.asarray(last)) > tolerance):
                    break
    if n > 1:
        keep.append(n - 1)
    return np.array(keep, dtype=int)


# --------------------------------------------------------------------------------------------
# The whole scene


def as_runs(runs):
    """A Run or a sequence of them, as a list of Runs with float arrays."""
    runs = [runs] if isinstance(runs, Run) else list(runs)
    return [
        Run(r.label, np.asarray(r.trajectory, float), np.asarray(r.limit, float), r.method)
        for r in runs
    ]


_BALL_SHAPES = {"l2": "sphere", "linf": "cube", "rescaled": "ellipsoid"}
_BALL_LABELS = {"l2": "ℓ2 sphere", "linf": "ℓ∞ cube", "rescaled": "ellipsoid ‖s⊙θ‖₂"}


def _ball(run, color, X, y):
    """The :class:`BallData` of one run (see :func:`ib_helpers.balls.smallest_ball`)."""
    from . import balls  # the math layer; imported here so scene stays importable on its own

    start = run.trajectory[0]
    norm = balls.NORM_OF[run.method]
    try:
        ball = balls.smallest_ball(run.method, X, y, start)
    except ValueError as error:
        label = f"{run.label}'s {_BALL_LABELS[norm]}"
        note = f"{run.label}: no ball to draw: {error}"
        return BallData(label, _BALL_SHAPES[norm], color, start, np.zeros(3), None, False, note)
    return BallData(
        label=f"{run.label}'s {_BALL_LABELS[norm]}",
        shape=_BALL_SHAPES[norm],
        color=color,
        center=np.asarray(ball.center, float),
        semi_axes=np.asarray(ball.semi_axes, float),
        touch=None if ball.limit is None else np.asarray(ball.limit, float),
        holds=ball.holds,
        note=ball.note,
    )


def _star_labels(runs, colors, tolerance):
    """One label per group of limits drawn within ``tolerance`` (per coordinate) of each other."""
    groups = []
    for run, color in zip(runs, colors, strict=True):
        for group in groups:
            if np.all(np.abs(run.limit - group[0][0].limit) <= tolerance):
                group.append((run, color))
                break
        else:
            groups.append([(run, color)])
    labels = []
    for group in groups:
        text = " = ".join(r.label for r, _ in group)
        color = group[0][1] if len(group) == 1 else PALETTE["black"]
        labels.append(StarLabel(text, group[0][0].limit, color))
    return tuple(labels)


def describe_scene(X, y, runs, title=None, *, balls=False, balls_shown=False,
                   projection=False, zoom=False):  # fmt: skip
    """What to draw for optimizer paths, their limits and the exact solutions of ``X @ theta = y``.

    Parameters
    ----------
    X : array_like, shape (3,) or (n, 3)
        The training point (the plane's normal), or several points (two give a line of
        exact solutions).
    y : float or array_like, shape (n,)
    runs : Run or sequence of Run
        All start at the same ``theta0`` (the first row of the first trajectory).
    title : str, optional
    balls : bool
        Describe, for each run with a ``method``, the smallest ball of its norm around θ₀ that
        touches the exact solutions (:func:`ib_helpers.balls.smallest_ball`).
    balls_shown : bool
        Whether renderers draw the balls at first.
    projection : bool
        A dashed guide from θ₀ to the SGD run's limit, its projection onto the solutions.
    zoom : bool
        For several runs: a box fitted to the answers (paths beyond the farthest one are
        clipped), and if distinct limits would still be drawn closer than :data:`CROWDED` of
        its edge, a magnified view of them (:class:`Zoom`). Both views keep one scale on every
        axis, so right angles and balls keep their true shape.

    Returns
    -------
    SceneData
    """
    runs = as_runs(runs)
    X, y = as_rows(X, y)
    several = len(runs) > 1
    zoom = zoom and several  # one run has nothing to keep apart
    if zoom:
        # Answers first: the box holds the paths only as far out as the farthest answer, on a
        # fine round size, so the answers are drawn as far apart as the box allows.
        lower, upper = zoom_box(_view_points(runs, reach=1.0), pad=0.1)
    else:
        lower, upper = scene_box(runs)
    ticks = tuple(axis_ticks(lo, hi) for lo, hi in zip(lower, upper, strict=True))
    kind, points = solution_set(X, y, lower, upper)
    equation = "x·θ = y" if len(X) == 1 else "Xθ = y"
    solution_label = f"exact solutions  {equation}"
    tolerance = DRAW_TOLERANCE * (upper - lower)
    drawn = []
    for k, run in enumerate(runs):
        color = PALETTE[RUN_COLORS[k % len(RUN_COLORS)]]
        steps = drawn_steps(run.trajectory, tolerance)
        drawn.append(
            RunData(
                label=run.label,
                color=color,
                path=run.trajectory[steps],
                steps=steps,
                last=run.trajectory[-1],
                limit=run.limit,
                limit_color=color if several else PALETTE["orange"],
            )
        )
    legend = [
        LegendEntry(solution_label, kind, PALETTE["sky"]),
        LegendEntry("start θ₀", "start", PALETTE["black"]),
    ]
    if several:
        legend += [LegendEntry(r.label, "path", r.color) for r in drawn]
        legend += [
            LegendEntry("last iterate", "last", MARKER_GREY),
            LegendEntry("closed-form limit", "star", MARKER_GREY),
        ]
    else:
        r = drawn[0]
        legend += [
            LegendEntry(f"{r.label} path", "path", r.color),
            LegendEntry("last iterate", "last", r.color),
            LegendEntry("closed-form limit", "star", r.limit_color),
        ]
    ball_data = tuple(
        _ball(run, d.color, X, y) for run, d in zip(runs, drawn, strict=True) if run.method
    ) if balls else ()  # fmt: skip
    legend += [LegendEntry(b.label, "ball", b.color) for b in ball_data if b.holds]
    guides = [
        Guide("θ₀ → its projection", np.vstack([run.trajectory[0], run.limit]), PALETTE["black"])
        for run in runs
        if projection and run.method == "sgd"
    ]
    legend += [LegendEntry(g.label, "guide", g.color) for g in guides]
    zoom_data = _zoom(X, y, runs, drawn, lower, upper) if zoom else None
    normal = None
    if kind == "plane":
        row = X[int(np.argmax(np.linalg.norm(X, axis=1)))]
        normal = row / np.linalg.norm(row)
    return SceneData(
        title="" if title is None else str(title),
        lower=lower,
        upper=upper,
        ticks=ticks,
        tick_labels=tuple(tuple(tick_label(t) for t in axis) for axis in ticks),
        axis_labels=AXIS_LABELS,
        solution_kind=kind,
        solutions=points,
        solution_label=solution_label,
        start=runs[0].trajectory[0],
        runs=tuple(drawn),
        legend=tuple(legend),
        star_labels=_main_labels(runs, drawn, tolerance, zoom_data) if several else (),
        balls=ball_data,
        balls_shown=bool(balls_shown),
        guides=tuple(guides),
        normal=normal,
        zoom=zoom_data,
    )


def _main_labels(runs, drawn, tolerance, zoom):
    """The main view's star labels: one per group of coinciding limits, and one for the group
    the zoom magnifies."""
    members = zoom.members if zoom else ()
    rest = [k for k in range(len(runs)) if k not in members]
    labels = _star_labels([runs[k] for k in rest], [drawn[k].color for k in rest], tolerance)
    if members:
        names = ", ".join(drawn[k].label for k in members)
        point = np.mean([drawn[k].limit for k in members], axis=0)
        labels += (StarLabel(f"{names}: zoom", point, PALETTE["black"]),)
    return labels


def _zoom(X, y, runs, drawn, lower, upper):
    """The :class:`Zoom` onto the crowded limits, or None if none crowd.

    Its cube holds the start and the crowded limits, not whole balls: each ball is clipped at
    the cube like everything else, and the point where it touches the solutions stays in view.
    """
    members = crowded_group([r.limit for r in runs], lower, upper)
    if not members:
        return None
    start = runs[0].trajectory[0]
    z_lower, z_upper = zoom_box(np.vstack([start] + [runs[k].limit for k in members]))
    factor = float(np.max(upper - lower) / np.max(z_upper - z_lower))
    ticks = tuple(axis_ticks(lo, hi) for lo, hi in zip(z_lower, z_upper, strict=True))
    labels = tuple(StarLabel(drawn[k].label, drawn[k].limit, drawn[k].color) for k in members)
    names = ", ".join(drawn[k].label for k in members)
    return Zoom(
        lower=z_lower,
        upper=z_upper,
        ticks=ticks,
        tick_labels=tuple(tuple(tick_label(t) for t in axis) for axis in ticks),
        solutions=solution_set(X, y, z_lower, z_upper)[1],
        members=tuple(members),
        star_labels=labels,
        factor=factor,
        label=f"zoom ×{factor:.3g}: {names}",
    )
