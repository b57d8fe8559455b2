"""The pictures: a 3-D scene of optimizer paths and the plane of exact solutions.

:func:`draw_scene` builds the figure once; :func:`update_scene` moves the same artists to new
data, so a slider event never builds a new figure.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
from mpl_toolkits.mplot3d.art3d import Poly3DCollection

__all__ = [
    "LECTURE_STYLE",
    "PALETTE",
    "Run",
    "Scene",
    "draw_scene",
    "plane_polygon",
    "solution_set",
    "plot_residuals",
    "update_scene",
    "use_lecture_style",
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

#: Sizes that stay readable on a projector from the back of a lecture hall.
LECTURE_STYLE = {
    "font.size": 15,
    "axes.titlesize": 16,
    "axes.labelsize": 17,
    "legend.fontsize": 13,
    "xtick.labelsize": 12,
    "ytick.labelsize": 12,
    "lines.linewidth": 2.5,
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "axes.prop_cycle": mpl.cycler(color=[PALETTE[c] for c in RUN_COLORS]),
}


def use_lecture_style():
    """Apply :data:`LECTURE_STYLE` (large fonts, colour-blind-safe colours) to matplotlib."""
    mpl.rcParams.update(LECTURE_STYLE)


@dataclass
class Run:
    """One optimizer's path to show: a label, its iterates (steps + 1, 3) and its limit (3,)."""

    label: str
    trajectory: np.ndarray
    limit: np.ndarray


@dataclass
class Scene:
    """What :func:`draw_scene` drew, for :func:`update_scene` to move."""

    fig: mpl.figure.Figure
    ax: mpl.axes.Axes
    #: The exact solutions: a plane patch (one point) or a line (two independent points).
    solutions: object
    paths: list = field(default_factory=list)
    lasts: list = field(default_factory=list)
    limits: list = field(default_factory=list)
    start: object = None
    box: tuple = None
    #: The picture without the data artists, saved after every full draw, and its pixel size.
    background: object = None
    background_size: tuple = None
    #: How the last update reached the screen: "blit" (fast path) or "full".
    last_update: str = ""

    @property
    def animated(self):
        """The artists that change with the data, drawn over the cached background."""
        return [self.solutions, self.start, *self.paths, *self.lasts, *self.limits, self.ax.title]


# --------------------------------------------------------------------------------------------
# Geometry (pure numpy)

_CORNERS = np.array(list(itertools.product((0, 1), repeat=3)), dtype=float)
_EDGES = [
    (a, b)
    for a, b in itertools.combinations(range(8), 2)
    if np.sum(_CORNERS[a] != _CORNERS[b]) == 1
]


def view_box(points, pad=0.12):
    """A cube (equal length on every axis) that holds ``points``, with a margin.

    Equal axes keep right angles right: the minimum-norm solution is the foot of the
    perpendicular from the origin only if the picture is not stretched.

    Parameters
    ----------
    points : array_like, shape (k, 3)
    pad : float
        Margin as a fraction of the cube's edge.

    Returns
    -------
    lower, upper : ndarray, shape (3,)
    """
    points = np.asarray(points, dtype=float).reshape(-1, 3)
    lo, hi = points.min(axis=0), points.max(axis=0)
    half = _nice_ceil(max(float(np.max(hi - lo)) / 2, 1e-9) * (1 + 2 * pad))
    # Snapping the size to 1-2-2.5-5 steps and the centre to quarter steps keeps the box, and so
    # the cached background, the same while a slider moves a little; the content still fits,
    # since the snap moves the centre by at most half/8 and the margin is larger than that.
    quarter = half / 4
    center = np.round((lo + hi) / 2 / quarter) * quarter
    return center - half, center + half


def _nice_ceil(value):
    """The smallest of 1, 2, 2.5, 5 times a power of ten that is >= value."""
    power = 10.0 ** np.floor(np.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
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


def _as_rows(X, y):
    X = np.atleast_2d(np.asarray(X, dtype=float))
    y = np.atleast_1d(np.asarray(y, dtype=float))
    if X.ndim != 2 or X.shape[1] != 3 or y.shape != (X.shape[0],):
        raise ValueError(
            f"the scene needs X of shape (n, 3) or (3,) and y of shape (n,); got X of shape "
            f"{X.shape} and y of shape {y.shape}"
        )
    return X, y


def _solution_kind(X):
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
    X, y = _as_rows(X, y)
    lower, upper = np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
    kind = _solution_kind(X)
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


def _scene_box(runs, start):
    """Hold the start, every limit and the part of each path near them.

    A path is kept in view up to five times the distance to the farthest limit: enough for the
    overshoots of a large stable step and the first swings of a diverging run, while the blown-up
    iterates stay out and the clipped artists show the path leaving the view. The first step
    is always in view, so even a run that explodes at once shows which way it went.
    """
    anchors = np.vstack([start] + [r.limit for r in runs])
    reach = 5.0 * max(float(np.max(np.linalg.norm(anchors - start, axis=1))), 1e-9)
    near = [r.trajectory[np.linalg.norm(r.trajectory - start, axis=1) <= reach] for r in runs]
    near += [r.trajectory[:2] for r in runs]
    return view_box(np.vstack([anchors, *near]))


# --------------------------------------------------------------------------------------------
# Drawing


def _as_runs(runs):
    runs = [runs] if isinstance(runs, Run) else list(runs)
    return [Run(r.label, np.asarray(r.trajectory, float), np.asarray(r.limit, float)) for r in runs]


def draw_scene(X, y, runs, ax=None, title=None, figsize=(9, 6)):
    """Draw optimizer paths, their limits and the exact solutions of ``X @ theta = y``.

    Parameters
    ----------
    X : array_like, shape (3,) or (n, 3)
        The training point (the plane's normal), or several points (two give a line of
        exact solutions).
    y : float or array_like, shape (n,)
        The targets.
    runs : Run or sequence of Run
        The paths, each with its closed-form (or numerical) limit; all start at the same
        ``theta0`` (the first row of the first trajectory).
    ax : Axes3D, optional
        Where to draw; a new figure with a 3-D axes if None.
    title : str, optional
    figsize : tuple of float
        Size of a new figure, in inches.

    Returns
    -------
    Scene
        The figure, the axes and every artist drawn, to pass to :func:`update_scene`.
    """
    runs = _as_runs(runs)
    X, y = _as_rows(X, y)
    if ax is None:
        fig = plt.figure(figsize=figsize)
        ax = fig.add_subplot(projection="3d")
    fig = ax.figure
    start = runs[0].trajectory[0]
    kind = _solution_kind(X)
    equation = "x·θ = y" if len(X) == 1 else "Xθ = y"
    if kind == "plane":
        solutions = Poly3DCollection(
            [np.zeros((3, 3))],
            facecolor=PALETTE["sky"],
            edgecolor=PALETTE["blue"],
            alpha=0.25,
            linewidth=1,
            label=f"exact solutions  {equation}",
        )
        ax.add_collection3d(solutions)
    else:
        (solutions,) = ax.plot(
            [], [], [], "-" if kind == "line" else "D", color=PALETTE["sky"], linewidth=6,
            alpha=0.8, markersize=10, label=f"exact solutions  {equation}",
        )  # fmt: skip
    scene = Scene(fig=fig, ax=ax, solutions=solutions)
    (scene.start,) = ax.plot(*start[:, None], "o", color="black", markersize=8, label="start θ₀")
    several = len(runs) > 1
    for k, run in enumerate(runs):
        color = PALETTE[RUN_COLORS[k % len(RUN_COLORS)]]
        (path,) = ax.plot(
            *run.trajectory.T,
            "-",
            marker="o",
            markersize=3,
            color=color,
            axlim_clip=True,
            label=run.label if several else f"{run.label} path",
        )
        (last,) = ax.plot(
            *run.trajectory[-1][:, None],
            "o",
            color=color,
            markersize=11,
            markeredgecolor="white",
            axlim_clip=True,
            label="_last" if several else "last iterate",
        )
        (limit,) = ax.plot(
            *run.limit[:, None],
            "*",
            color=color if several else PALETTE["orange"],
            markersize=20,
            markeredgecolor="black",
            label="_limit" if several else "closed-form limit",
        )
        scene.paths.append(path)
        scene.lasts.append(last)
        scene.limits.append(limit)
    ax.set_title("", pad=12)
    # Left-aligned at the axes' left edge: a long "diverged after ..." title stays on the figure.
    ax.title.set_horizontalalignment("left")
    ax.title.set_x(0.02)
    for artist in scene.animated:
        artist.set_animated(True)
    fig.canvas.mpl_connect("draw_event", lambda event: _on_full_draw(scene, event))
    ax.set_xlabel("θ₁", labelpad=10)
    ax.set_ylabel("θ₂", labelpad=10)
    ax.set_zlabel("θ₃", labelpad=16)
    ax.set_box_aspect((1, 1, 1), zoom=0.9)
    handles, labels = ax.get_legend_handles_labels()
    if several:
        # One entry per optimizer (its colour), and one each for what the markers mean.
        marker = {"color": "0.45", "linestyle": "none", "markeredgecolor": "black"}
        handles += [
            mpl.lines.Line2D([], [], marker="o", markersize=11, **marker),
            mpl.lines.Line2D([], [], marker="*", markersize=18, **marker),
        ]
        labels += ["last iterate", "closed-form limit"]
    if ax.get_subplotspec() is not None and len(fig.axes) == 1:
        # Room on the right for a legend that never covers the picture.
        ax.set_position([0.0, 0.02, 0.63, 0.9])
        ax.legend(handles, labels, loc="center left", bbox_to_anchor=(1.05, 0.5), framealpha=0.9)
    else:
        ax.legend(handles, labels, loc="upper left", framealpha=0.9)
    _place(scene, X, y, runs, title)
    return scene


def update_scene(scene, X, y, runs, title=None):
    """Move the artists of ``scene`` to new paths and a new plane, and redraw.

    Parameters
    ----------
    scene : Scene
        From :func:`draw_scene`, with as many runs as ``runs``.
    X : array_like, shape (3,) or (n, 3)
        The data; the exact solutions must form the same kind of set (plane, line) as when
        the scene was drawn.
    y : float or array_like, shape (n,)
    runs : Run or sequence of Run
    title : str, optional

    Returns
    -------
    Scene
        The same scene.
    """
    runs = _as_runs(runs)
    X, y = _as_rows(X, y)
    if len(runs) != len(scene.paths):
        raise ValueError(f"the scene shows {len(scene.paths)} runs; got {len(runs)}")
    for run, path, last, limit in zip(runs, scene.paths, scene.lasts, scene.limits, strict=True):
        path.set_data_3d(*run.trajectory.T)
        last.set_data_3d(*run.trajectory[-1][:, None])
        limit.set_data_3d(*run.limit[:, None])
    scene.start.set_data_3d(*runs[0].trajectory[0][:, None])
    same_box = not _place(scene, X, y, runs, title)
    canvas = scene.fig.canvas
    if same_box and scene.background is not None and _pixel_size(canvas) == scene.background_size:
        # Only data moved: paint it over the saved background instead of redrawing the axes.
        canvas.restore_region(scene.background)
        _draw_animated(scene, canvas.get_renderer())
        canvas.blit(scene.fig.bbox)
        # The picture is now up to date. Setting the unchanged limits marked the figure stale,
        # and after every widget message IPython's post_execute hook redraws stale figures:
        # with ipympl a browser round trip and a full redraw per slider event, for nothing.
        scene.fig.stale = False
        scene.last_update = "blit"
    else:
        # Draw now, not draw_idle: ipympl's draw_idle asks the browser to ask back for a draw,
        # a round trip that cost about 40 ms per box-changing slider event.
        canvas.draw()
        scene.last_update = "full"
    return scene


def _pixel_size(canvas):
    renderer = canvas.get_renderer() if hasattr(canvas, "get_renderer") else None
    return None if renderer is None else (renderer.width, renderer.height)


def _draw_animated(scene, renderer):
    if isinstance(scene.solutions, Poly3DCollection):
        scene.solutions.do_3d_projection()
    for artist in scene.animated:
        artist.draw(renderer)


def _on_full_draw(scene, event):
    """After a full draw (first show, rotation, resize, new box): save it, then add the data."""
    canvas = event.canvas
    renderer = event.renderer
    size = _pixel_size(canvas)
    drawn = (getattr(renderer, "width", None), getattr(renderer, "height", None))
    if hasattr(canvas, "copy_from_bbox") and size == drawn:
        scene.background = canvas.copy_from_bbox(scene.fig.bbox)
        scene.background_size = size
    else:  # a vector export or another size: nothing to reuse
        scene.background = None
    _draw_animated(scene, renderer)


def _tick_locator(lo, hi):
    """Round ticks inside the box's edges, as many as fit: five, three, or the outer two.

    A 3-D axis seen at a slant has little room: five labels like −1600 ran into one another
    ("−16000000 8001600") once the view was turned, and a tick on the box's edge collided with
    the neighbouring axis's tick at the shared corner.
    """
    margin = 0.08 * (hi - lo)
    inner_lo, inner_hi = lo + margin, hi - margin
    tolerance = 1e-9 * (hi - lo)

    def round_ticks(bins):
        locator = mpl.ticker.MaxNLocator(bins, steps=[1, 2, 2.5, 5, 10])
        ticks = locator.tick_values(inner_lo, inner_hi)
        return ticks[(ticks >= inner_lo - tolerance) & (ticks <= inner_hi + tolerance)]

    three = round_ticks(3)
    choices = [round_ticks(5), three] + ([three[[0, -1]]] if len(three) > 2 else [])
    for ticks in choices:
        if sum(len(f"{t:g}") for t in ticks) <= 8:
            break
    return mpl.ticker.FixedLocator(ticks)


def _place(scene, X, y, runs, title):
    """Fit the view box to ``runs`` and move the solution set and title; True if the box moved."""
    lower, upper = _scene_box(runs, runs[0].trajectory[0])
    moved = scene.box is None or not all(
        np.array_equal(a, b) for a, b in zip(scene.box, (lower, upper), strict=True)
    )
    if moved:  # limits and ticks only matter to a full draw, which a moved box takes
        scene.box = (lower, upper)
        scene.ax.set_xlim(lower[0], upper[0])
        scene.ax.set_ylim(lower[1], upper[1])
        scene.ax.set_zlim(lower[2], upper[2])
        axes = (scene.ax.xaxis, scene.ax.yaxis, scene.ax.zaxis)
        for axis, lo, hi in zip(axes, lower, upper, strict=True):
            axis.set_major_locator(_tick_locator(lo, hi))
    kind, points = solution_set(X, y, lower, upper)
    if isinstance(scene.solutions, Poly3DCollection):
        if kind != "plane":
            raise ValueError(f"the scene shows a plane of solutions; these data give a {kind}")
        scene.solutions.set_verts([points] if len(points) else [])
    else:
        if kind == "plane":
            raise ValueError("the scene shows a line of solutions; these data give a plane")
        scene.solutions.set_data_3d(*points.T)
    if title is not None:
        # set_text, not set_title: set_title would reset the position the last full draw chose.
        scene.ax.title.set_text(title)
    return moved


def plot_residuals(x, y, trajectories, ax=None):
    """Distance to the plane, ``|x @ theta - y|``, against the step, on a log scale.

    Parameters
    ----------
    x : array_like, shape (d,)
    y : float
    trajectories : dict of str to ndarray, shape (rows, d)
        Label to iterates.
    ax : Axes, optional
        Where to draw; a new figure if None.

    Returns
    -------
    fig : Figure
    lines : list of Line2D
    """
    if ax is None:
        fig, ax = plt.subplots(figsize=(9, 4.5), layout="constrained")
    x = np.asarray(x, dtype=float)
    lines = []
    for k, (label, trajectory) in enumerate(trajectories.items()):
        distance = np.abs(np.asarray(trajectory, dtype=float) @ x - y)
        # A step that lands exactly on the plane has distance 0: nothing to draw on a log axis.
        distance = np.where(distance > 0, distance, np.nan)
        (line,) = ax.semilogy(distance, color=PALETTE[RUN_COLORS[k % len(RUN_COLORS)]], label=label)
        lines.append(line)
    ax.set_xlabel("step t")
    ax.set_ylabel("|x·θₜ − y|")
    ax.grid(True, which="major", alpha=0.4)
    ax.legend()
    return ax.figure, lines
