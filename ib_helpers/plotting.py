"""The static pictures, drawn by matplotlib: the 3-D scene and the residual plot.

:func:`draw_scene` draws what :func:`ib_helpers.scene.describe_scene` describes (the same data
the live, browser-drawn scene of :mod:`ib_helpers.live` shows); :func:`scene_png` renders it as
the PNG that stands for a panel wherever its live scene cannot run (GitHub, nbviewer,
``nbconvert``, a notebook before *Run All*).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from mpl_toolkits.mplot3d.art3d import Poly3DCollection

from .scene import (
    MARKER_GREY,
    PALETTE,
    RUN_COLORS,
    Run,
    SceneData,
    describe_scene,
    plane_polygon,
    solution_set,
    view_box,
)

__all__ = [
    "LECTURE_STYLE",
    "PALETTE",
    "Run",
    "Scene",
    "draw_scene",
    "plane_polygon",
    "figure_png",
    "plot_residuals",
    "plot_test_errors",
    "scene_png",
    "solution_set",
    "use_lecture_style",
    "view_box",
]

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
class Scene:
    """What :func:`draw_scene` drew: the figure, the axes, every artist and the data drawn."""

    fig: mpl.figure.Figure
    ax: mpl.axes.Axes
    data: SceneData
    #: The exact solutions: a plane patch (one point) or a line (two independent points).
    solutions: object = None
    paths: list = field(default_factory=list)
    lasts: list = field(default_factory=list)
    limits: list = field(default_factory=list)
    start: object = None
    #: The norm balls drawn (when ``data.balls_shown``), the guides and the limits' labels.
    balls: list = field(default_factory=list)
    guides: list = field(default_factory=list)
    star_labels: list = field(default_factory=list)
    #: The zoom's inset axes, if the scene has a zoom.
    zoom_ax: object = None

    @property
    def box(self):
        return self.data.box


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
        Where to draw; a new pyplot figure with a 3-D axes if None.
    title : str, optional
    figsize : tuple of float
        Size of a new figure, in inches.

    Returns
    -------
    Scene
        The figure, the axes, every artist drawn and the :class:`SceneData` they show.
    """
    return draw_scene_data(describe_scene(X, y, runs, title), ax=ax, figsize=figsize)


def draw_scene_data(data, ax=None, figsize=(9, 6)):
    """Draw a :class:`~ib_helpers.scene.SceneData` on ``ax`` (a new pyplot figure if None).

    A scene with a zoom (``data.zoom``) gets a second 3-D axes, ``Scene.zoom_ax``, inset on
    the figure, drawn the same way inside the zoom's cube.
    """
    if ax is None:
        fig = plt.figure(figsize=figsize)
        ax = fig.add_subplot(projection="3d")
    fig = ax.figure
    scene = Scene(fig=fig, ax=ax, data=data)
    own_figure = ax.get_subplotspec() is not None and len(fig.axes) == 1
    _draw_view(scene, ax, data.box, data.solutions, data.ticks, data.tick_labels,
               data.star_labels, record=True)  # fmt: skip
    ax.set_title(data.title, pad=12)
    # Left-aligned at the axes' left edge: a long "diverged after ..." title stays on the figure.
    ax.title.set_horizontalalignment("left")
    ax.title.set_x(0.02)
    handles, labels = ax.get_legend_handles_labels()
    if len(data.runs) > 1:
        # One entry per optimizer (its colour), and one each for what the markers mean.
        marker = {"color": MARKER_GREY, "linestyle": "none", "markeredgecolor": "black"}
        handles += [
            mpl.lines.Line2D([], [], marker="o", markersize=11, **marker),
            mpl.lines.Line2D([], [], marker="*", markersize=18, **marker),
        ]
        labels += ["last iterate", "closed-form limit"]
    zoom = data.zoom
    if zoom is not None:
        # The inset: on a figure of our own between the scene and the legend, else top right.
        where = [0.47, 0.1, 0.28, 0.62] if own_figure else [0.62, 0.5, 0.38, 0.48]
        scene.zoom_ax = fig.add_axes(where, projection="3d")
        _draw_view(scene, scene.zoom_ax, (zoom.lower, zoom.upper), zoom.solutions, zoom.ticks,
                   zoom.tick_labels, zoom.star_labels, record=False)  # fmt: skip
        scene.zoom_ax.set_title(zoom.label, fontsize=13)
    if own_figure:
        # Room on the right for a legend that never covers the picture.
        ax.set_position([0.0, 0.02, 0.42 if zoom else 0.63, 0.9])
        anchor = (1.85, 0.5) if zoom else (1.05, 0.5)
        ax.legend(handles, labels, loc="center left", bbox_to_anchor=anchor, framealpha=0.9)
    else:
        ax.legend(handles, labels, loc="upper left", framealpha=0.9)
    return scene


def _draw_view(scene, ax, box, solutions, ticks, tick_labels, star_labels, record):
    """One view of the scene on ``ax``: everything inside ``box``; ``record`` keeps the
    artists in ``scene`` (the main view's)."""
    data = scene.data
    kind = data.solution_kind
    if kind == "plane":
        artist = Poly3DCollection(
            [solutions] if len(solutions) else [],
            facecolor=PALETTE["sky"],
            edgecolor=PALETTE["blue"],
            alpha=0.25,
            linewidth=1,
            label=data.solution_label,
        )
        ax.add_collection3d(artist)
    else:
        (artist,) = ax.plot(
            *solutions.reshape(-1, 3).T, "-" if kind == "line" else "D", color=PALETTE["sky"],
            linewidth=6, alpha=0.8, markersize=10, label=data.solution_label,
        )  # fmt: skip
    (start,) = ax.plot(*data.start[:, None], "o", color="black", markersize=8, label="start θ₀")
    if record:
        scene.solutions, scene.start = artist, start
    several = len(data.runs) > 1
    for run in data.runs:
        (path,) = ax.plot(
            *run.path.T, "-", marker="o", markersize=3, color=run.color, axlim_clip=True,
            label=run.label if several else f"{run.label} path",
        )  # fmt: skip
        (last,) = ax.plot(
            *run.last[:, None], "o", color=run.color, markersize=11, markeredgecolor="white",
            axlim_clip=True, label="_last" if several else "last iterate",
        )  # fmt: skip
        (limit,) = ax.plot(
            *run.limit[:, None], "*", color=run.limit_color, markersize=20, axlim_clip=True,
            markeredgecolor="black", label="_limit" if several else "closed-form limit",
        )  # fmt: skip
        if record:
            scene.paths.append(path)
            scene.lasts.append(last)
            scene.limits.append(limit)
    for guide in data.guides:
        (line,) = ax.plot(*guide.points.T, "--", color=guide.color, linewidth=1.8,
                          label=guide.label, axlim_clip=True)  # fmt: skip
        if record:
            scene.guides.append(line)
    lower, upper = box
    ax.set_xlim(lower[0], upper[0])
    ax.set_ylim(lower[1], upper[1])
    ax.set_zlim(lower[2], upper[2])
    if data.balls_shown:
        for ball in data.balls:
            if ball.holds:
                artist = _draw_ball(ax, ball)
                if record:
                    scene.balls.append(artist)
    for label in star_labels:
        if np.all((lower <= label.point) & (label.point <= upper)):
            text = ax.text(*label.point, "  " + label.text, color=label.color, fontsize=14,
                           fontweight="bold", zorder=10)  # fmt: skip
            if record:
                scene.star_labels.append(text)
    ax.set_xlabel(data.axis_labels[0], labelpad=10)
    ax.set_ylabel(data.axis_labels[1], labelpad=10)
    ax.set_zlabel(data.axis_labels[2], labelpad=16)
    ax.set_box_aspect((1, 1, 1), zoom=0.9)
    for axis, values, texts in zip((ax.xaxis, ax.yaxis, ax.zaxis), ticks, tick_labels, strict=True):
        axis.set_major_locator(mpl.ticker.FixedLocator(values))
        axis.set_major_formatter(mpl.ticker.FixedFormatter(texts))


def _clip_polygon(polygon, lower, upper):
    """The part of a convex polygon (k, 3) inside the box (Sutherland-Hodgman, six planes)."""
    points = list(polygon)
    for axis in range(3):
        for bound, inside in ((lower[axis], np.greater_equal), (upper[axis], np.less_equal)):
            kept = []
            for p, q in zip(points, points[1:] + points[:1], strict=True):
                p_in, q_in = inside(p[axis], bound), inside(q[axis], bound)
                if p_in:
                    kept.append(p)
                if p_in != q_in:
                    kept.append(p + (bound - p[axis]) / (q[axis] - p[axis]) * (q - p))
            points = kept
            if not points:
                return np.empty((0, 3))
    return np.array(points)


def _draw_ball(ax, ball, steps=25):
    """One norm ball: a translucent sphere or ellipsoid surface, or a cube's faces (clipped to
    the axes' box: matplotlib would drop a face with one corner outside)."""
    c, a = ball.center, ball.semi_axes
    box = np.array([ax.get_xlim(), ax.get_ylim(), ax.get_zlim()]).T
    if ball.shape == "cube":
        corners = np.array([[sx, sy, sz] for sx in (-1, 1) for sy in (-1, 1) for sz in (-1, 1)])
        faces = []
        for axis in range(3):
            for side in (-1, 1):
                face = corners[corners[:, axis] == side]
                # Around the face: swap the last two of the four corners found in binary order.
                face = _clip_polygon(c + a * face[[0, 1, 3, 2]], *box)
                if len(face) >= 3:
                    faces.append(face)
        ball_artist = Poly3DCollection(faces, facecolor=ball.color, edgecolor=ball.color,
                                       alpha=0.12, linewidth=1.2, label=ball.label)  # fmt: skip
        ax.add_collection3d(ball_artist)
        return ball_artist
    u, v = np.meshgrid(np.linspace(0, 2 * np.pi, 2 * steps), np.linspace(0, np.pi, steps))
    xs = c[0] + a[0] * np.cos(u) * np.sin(v)
    ys = c[1] + a[1] * np.sin(u) * np.sin(v)
    zs = c[2] + a[2] * np.cos(v)
    return ax.plot_surface(xs, ys, zs, color=ball.color, alpha=0.15, linewidth=0,
                           label=ball.label, axlim_clip=True)  # fmt: skip


def figure_png(draw, figsize=(9, 6), projection=None, layout=None):
    """PNG bytes of ``draw(ax)``, drawn on a figure of its own outside pyplot.

    ``layout`` is matplotlib's figure layout (e.g. ``"constrained"``, so labels stay inside).

    The figure never enters pyplot's list of open figures, so nothing has to close it and
    drawing it a hundred times leaves no figure behind (no "More than 20 figures" warning).
    """
    with mpl.rc_context(LECTURE_STYLE):
        fig = Figure(figsize=figsize, layout=layout)
        FigureCanvasAgg(fig)
        draw(fig.add_subplot(projection=projection))
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
    fig.clear()
    return buffer.getvalue()


def scene_png(data, figsize=None):
    """The scene as PNG bytes (see :func:`figure_png`); wider when it has a zoom."""
    if figsize is None:
        figsize = (13, 6) if data.zoom is not None else (9, 6)
    return figure_png(lambda ax: draw_scene_data(data, ax=ax), figsize, projection="3d")


def plot_test_errors(errors, ax=None, title=None):
    """Horizontal bars: the test error of each optimizer's exact fit (notebook 6).

    Parameters
    ----------
    errors : dict of str to float
        Optimizer label to test error (a share, 0 to 1), in display order.
    ax : Axes, optional
        Where to draw; a new figure if None.
    title : str, optional

    Returns
    -------
    fig : Figure
    bars : BarContainer
    """
    if ax is None:
        fig, ax = plt.subplots(figsize=(9, 3.2), layout="constrained")
    labels = list(errors)
    colors = [PALETTE[RUN_COLORS[k % len(RUN_COLORS)]] for k in range(len(labels))]
    bars = ax.barh(labels, [errors[label] for label in labels], color=colors)
    ax.bar_label(bars, fmt="%.3f", padding=4)
    ax.invert_yaxis()  # first optimizer on top, as in the table
    ax.set_xlim(0, 1)
    ax.set_xlabel("test error")
    if title:
        ax.set_title(title)
    return ax.figure, bars


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
