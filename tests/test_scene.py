"""The scene as data: geometry, ticks, and one renderer-independent description of the scene."""

import itertools

import matplotlib.pyplot as plt
import numpy as np
import pytest

import ib_helpers as ib
from ib_helpers.descriptions import describe_scene_in_words
from ib_helpers.live import SceneWidget, scene_state
from ib_helpers.scene import axis_ticks, view_box

X_SEED = np.array([1.0, 0.1, 0.01])


@pytest.mark.parametrize(
    "x", [X_SEED, np.array([1.0, 1.0, 1.0]), np.array([0.0, 0.0, 2.0]), np.array([1, -3, 0.5])]
)
def test_plane_polygon_lies_on_the_plane_inside_the_box(x):
    lower, upper = np.array([-1.0, -2.0, -1.5]), np.array([2.0, 1.0, 1.5])
    polygon = ib.plane_polygon(x, 0.5, lower, upper)
    assert 3 <= len(polygon) <= 6
    np.testing.assert_allclose(polygon @ x, 0.5, atol=1e-9)
    assert np.all(polygon >= lower - 1e-9) and np.all(polygon <= upper + 1e-9)
    # Corners in order around the polygon: a convex polygon has all turns the same way.
    edges = np.roll(polygon, -1, axis=0) - polygon
    turns = np.cross(edges, np.roll(edges, -1, axis=0)) @ x
    assert np.all(turns > 0) or np.all(turns < 0)


def test_plane_polygon_is_empty_when_the_plane_misses_the_box():
    assert ib.plane_polygon(X_SEED, 100.0, np.zeros(3), np.ones(3)).shape == (0, 3)


def test_view_box_is_a_cube_holding_the_points():
    points = np.array([[0, 0, 0], [1, 0.1, 0.01], [0.3, 3.0, -1.0]])
    lower, upper = view_box(points)
    assert np.all(points >= lower) and np.all(points <= upper)
    np.testing.assert_allclose(upper - lower, (upper - lower)[0])


def test_solution_set_of_two_points_is_a_segment_on_the_line_inside_the_box():
    X, y = np.array([[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]]), np.array([1.0, 0.5])
    lower, upper = np.full(3, -20.0), np.full(3, 20.0)
    kind, ends = ib.solution_set(X, y, lower, upper)
    assert kind == "line" and ends.shape == (2, 3)
    np.testing.assert_allclose(ends @ X.T, [y, y], atol=1e-9)
    assert np.all(ends >= lower - 1e-9) and np.all(ends <= upper + 1e-9)
    # Each end touches the box: the segment is as long as the box allows.
    for end in ends:
        assert np.isclose(np.abs(end), 20.0).any()
    assert ib.solution_set(X, y, np.full(3, 50.0), np.full(3, 60.0))[1].shape == (0, 3)
    assert ib.solution_set(X_SEED, 1.0, lower, upper)[0] == "plane"
    assert ib.solution_set(np.eye(3), [1, 2, 3], lower, upper)[1].tolist() == [[1, 2, 3]]


@pytest.mark.parametrize("half", [0.5, 1.0, 2.5, 5.0, 25.0, 250.0, 2000.0, 2500.0])
@pytest.mark.parametrize("shift", [0.0, 0.25, -0.5])
def test_tick_labels_fit_a_slanted_axis(half, shift):
    """Round ticks off the box's edges (no collision at a corner), short enough to fit."""
    lo, hi = (shift - 1) * half, (shift + 1) * half
    ticks = axis_ticks(lo, hi)
    assert len(ticks) >= 2
    margin = 0.08 * (hi - lo)
    assert all(lo + margin - 1e-9 <= t <= hi - margin + 1e-9 for t in ticks)
    assert sum(len(f"{t:g}") for t in ticks) <= 8 or len(ticks) == 2, ticks


def _runs(X, y, methods, alpha=0.1, epochs=60):
    out = []
    for m in methods:
        s = ib.run_optimizer(m, X, y, alpha, epochs)
        out.append((ib.Run(s.label, s.trajectory, s.limit), s))
    return out


def test_describe_scene_of_one_run_holds_everything_drawn():
    [(run, summary)] = _runs(X_SEED, 1.0, ["sgd"], alpha=0.25)
    data = ib.describe_scene(X_SEED, 1.0, run, summary.title())
    assert data.title == "SGD: 60 steps, α = 0.25"
    assert data.axis_labels == ("θ₁", "θ₂", "θ₃")
    lower, upper = data.box
    np.testing.assert_allclose(upper - lower, (upper - lower)[0])  # a cube
    for point in (*run.trajectory[:2], run.limit, run.trajectory[0]):
        assert np.all(lower <= point) and np.all(point <= upper)
    for axis, ticks, labels in zip(range(3), data.ticks, data.tick_labels, strict=True):
        np.testing.assert_array_equal(ticks, axis_ticks(lower[axis], upper[axis]))
        assert list(labels) == [f"{t:g}" for t in ticks]
    assert data.solution_kind == "plane"
    np.testing.assert_allclose(data.solutions @ X_SEED, 1.0)
    [drawn] = data.runs
    np.testing.assert_array_equal(drawn.path, run.trajectory[drawn.steps])
    assert drawn.steps[0] == 0 and drawn.steps[-1] == len(run.trajectory) - 1
    np.testing.assert_array_equal(drawn.last, run.trajectory[-1])
    np.testing.assert_array_equal(drawn.limit, run.limit)
    assert drawn.color == ib.plotting.PALETTE["blue"]
    assert drawn.limit_color == ib.plotting.PALETTE["orange"]
    assert [e.label for e in data.legend] == [
        "exact solutions  x·θ = y", "start θ₀", "SGD path", "last iterate", "closed-form limit",
    ]  # fmt: skip


def test_three_runs_on_a_line_get_a_colour_each_and_one_legend_entry_each():
    X, y = np.array([[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]]), np.array([1.0, 0.5])
    pairs = _runs(X, y, ["sgd", "epoch_adam", "rescaled_sgd"])
    data = ib.describe_scene(X, y, [r for r, _ in pairs], "three")
    assert data.solution_kind == "line" and data.solutions.shape == (2, 3)
    np.testing.assert_allclose(data.solutions @ X.T, [y, y], atol=1e-9)
    colors = [r.color for r in data.runs]
    assert len(set(colors)) == 3 and [r.limit_color for r in data.runs] == colors
    labels = [e.label for e in data.legend]
    assert labels == [
        "exact solutions  Xθ = y", "start θ₀", "SGD", "epoch-Adam", "rescaled SGD",
        "last iterate", "closed-form limit",
    ]  # fmt: skip


def test_a_diverged_run_keeps_the_box_on_the_problem():
    [(run, summary)] = _runs(X_SEED, 1.0, ["sgd"], alpha=3.0)
    assert summary.diverged
    data = ib.describe_scene(X_SEED, 1.0, run, summary.title())
    assert np.linalg.norm(run.trajectory[-1]) > 1e5
    assert np.max(data.upper - data.lower) <= 20
    assert data.title.startswith("SGD: diverged after")


def test_bad_shapes_are_a_value_error():
    [(run, _)] = _runs(X_SEED, 1.0, ["sgd"])
    with pytest.raises(ValueError, match="the scene needs X of shape"):
        ib.describe_scene(np.ones((2, 4)), [1.0, 1.0], run)


def test_the_widget_sends_the_description_and_paths_as_exact_float64_bytes():
    X, y = np.array([[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]]), np.array([1.0, 0.5])
    pairs = _runs(X, y, ["sgd", "epoch_adam", "rescaled_sgd"], epochs=400)
    data = ib.describe_scene(X, y, [r for r, _ in pairs], "three optimizers")
    widget = SceneWidget(data)
    state = widget.get_state()["scene"]
    # The scene, its description in words, and the panel's texts (none for a bare widget).
    assert state == {**scene_state(data), "description": describe_scene_in_words(data),
                     "texts": {}}  # fmt: skip
    assert state["title"] == "three optimizers"
    assert state["lower"] == data.lower.tolist() and state["upper"] == data.upper.tolist()
    assert state["tick_labels"] == [list(t) for t in data.tick_labels]
    assert state["solutions"]["kind"] == "line"
    for sent, run in zip(state["runs"], data.runs, strict=True):
        path = np.frombuffer(sent["path"], dtype="<f8").reshape(-1, 3)
        np.testing.assert_array_equal(path, run.path)
        assert sent["steps"] == run.steps.tolist()
        assert sent["limit"] == run.limit.tolist() and sent["color"] == run.color
    assert [e["label"] for e in state["legend"]] == [e.label for e in data.legend]
    widget.close()


def test_the_widget_loads_the_committed_bundle_built_from_js():
    """The browser side is the bundle in the package, and it was built from js/ as it is now."""
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("build_js", root / "tools" / "build_js.py")
    build_js = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_js)
    bundle = ib.live.BUNDLE
    assert bundle == root / "ib_helpers" / "static" / "scene.js" and bundle.exists()
    first_line = bundle.read_text().split("\n", 1)[0]
    assert first_line == build_js.banner(), (
        "ib_helpers/static/scene.js is older than js/: run python tools/build_js.py"
    )
    text = ib.live.TEXT_BUNDLE
    assert text.read_text().split("\n", 1)[0] == build_js.banner(), (
        "ib_helpers/static/text.js is older than js/: run python tools/build_js.py"
    )
    widget = SceneWidget()
    assert widget.get_state()["_esm"] == bundle.read_text()
    widget.close()


def test_the_drawn_path_leaves_out_only_iterates_within_the_tolerance_of_one_drawn():
    rng = np.random.default_rng(1)
    trajectory = np.cumsum(rng.normal(scale=0.01, size=(500, 3)), axis=0)
    trajectory[300:] = trajectory[300]  # converged: the same point again and again
    tolerance = 0.02
    steps = ib.scene.drawn_steps(trajectory, tolerance)
    assert steps[0] == 0 and steps[-1] == 499 and np.all(np.diff(steps) > 0)
    assert len(steps) < 300
    # Every iterate left out is within the tolerance of the last one drawn before it.
    for i in range(500):
        before = steps[steps <= i][-1]
        assert np.max(np.abs(trajectory[i] - trajectory[before])) <= tolerance
    # A slow drift: each step far below the tolerance, so long quiet stretches end in a kept
    # iterate; and a tolerance per coordinate.
    drift = np.outer(np.arange(1000), [0.0002, -0.00005, 0.001])
    per_axis = np.array([0.05, 0.005, 0.5])
    steps = ib.scene.drawn_steps(drift, per_axis)
    assert 8 < len(steps) < 20
    for i in range(1000):
        before = steps[steps <= i][-1]
        assert np.all(np.abs(drift[i] - drift[before]) <= per_axis)
    X_two = np.array([[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]])
    s = ib.run_optimizer("sgd", X_two, [1.0, 0.5], 0.3, 1000)
    data = ib.describe_scene(X_two, [1.0, 0.5], ib.Run(s.label, s.trajectory, s.limit))
    assert len(data.runs[0].path) < len(s.trajectory) / 4


# --------------------------------------------------------------------------------------------
# Issue 14: norm balls, the θ₀ projection, star labels, a stretched box for crowded answers

METHODS = ("sgd", "epoch_adam", "rescaled_sgd")


def _method_runs(X, y, theta0=None, alpha=0.1, epochs=400):
    runs = []
    for m in METHODS:
        opt = ib.OPTIMIZERS[m]
        trajectory = opt.run(X, y, alpha, epochs, theta0=theta0)
        runs.append(ib.Run(opt.label, trajectory, opt.limit(X, y, theta0), m))
    return runs


@pytest.mark.parametrize("theta0", [None, [0.5, -1.0, 2.0]])
def test_each_ball_is_the_closed_form_one_and_touches_at_the_limit(theta0):
    """Radii from the closed forms: sphere |y − x·θ₀|/‖x‖₂, cube |y − x·θ₀|/‖x‖₁ (Hölder),
    ellipsoid ‖s⊙(θ* − θ₀)‖₂ with semi-axes radius/s; each limit on its ball's surface."""
    x, y = X_SEED, 1.0
    start = np.zeros(3) if theta0 is None else np.asarray(theta0)
    runs = _method_runs(x, y, theta0)
    data = ib.describe_scene(x, y, runs, "t", balls=True)
    sphere, cube, ellipsoid = data.balls
    r0 = abs(y - x @ start)
    assert [b.shape for b in data.balls] == ["sphere", "cube", "ellipsoid"]
    assert all(b.holds for b in data.balls)
    np.testing.assert_allclose(sphere.semi_axes, r0 / np.linalg.norm(x), rtol=1e-12)
    np.testing.assert_allclose(cube.semi_axes, r0 / np.abs(x).sum(), rtol=1e-12)
    s = ib.core.feature_scales(np.atleast_2d(x))
    limit = ib.rescaled_sgd_limit(x, y, theta0)
    np.testing.assert_allclose(ellipsoid.semi_axes, np.linalg.norm(s * (limit - start)) / s)
    for ball, run in zip(data.balls, runs, strict=True):
        np.testing.assert_array_equal(ball.center, start)
        np.testing.assert_array_equal(ball.touch, run.limit)
        v = (run.limit - start) / ball.semi_axes
        size = np.max(np.abs(v)) if ball.shape == "cube" else np.linalg.norm(v)
        assert abs(size - 1) < 1e-12, ball.label
    assert [e.kind for e in data.legend].count("ball") == 3
    assert ib.describe_scene(x, y, runs, "t").balls == ()  # only when asked for


def test_a_ball_that_does_not_explain_the_limit_is_not_drawn_and_says_why():
    """Two points where epoch-Adam has no known closed form: no cube, a note instead."""
    X, y = np.array([[1.0, 0.1, 0.01], [1.0, -0.3, 0.2]]), np.array([1.0, 0.5])
    with pytest.raises(ValueError):
        ib.epoch_adam_limit(X, y)
    runs = [ib.Run("SGD", np.zeros((2, 3)), ib.sgd_limit(X, y), "sgd"),
            ib.Run("epoch-Adam", np.zeros((2, 3)), ib.sgd_limit(X, y), "epoch_adam")]  # fmt: skip
    data = ib.describe_scene(X, y, runs, "t", balls=True, balls_shown=True)
    sphere, cube = data.balls
    assert sphere.holds and not cube.holds
    assert "no closed form" in cube.note
    assert [e.label for e in data.legend if e.kind == "ball"] == [sphere.label]
    drawn = ib.plotting.draw_scene_data(data)
    assert len(drawn.balls) == 1
    plt.close(drawn.fig)


def test_the_projection_guide_is_perpendicular_to_the_plane():
    theta0 = np.array([0.5, -1.0, 2.0])
    runs = _method_runs(X_SEED, 1.0, theta0)
    data = ib.describe_scene(X_SEED, 1.0, runs, "t", projection=True)
    [guide] = data.guides
    start, foot = guide.points
    np.testing.assert_array_equal(start, theta0)
    assert abs(foot @ X_SEED - 1.0) < 1e-12
    # The segment is along the normal: θ* − θ₀ = c x.
    assert np.linalg.norm(np.cross(foot - start, X_SEED)) < 1e-12
    np.testing.assert_allclose(data.normal, X_SEED / np.linalg.norm(X_SEED))
    assert ib.describe_scene(X_SEED, 1.0, runs, "t").guides == ()


def _smallest_gap(limits, lower, upper):
    size = float(np.max(upper - lower))
    return min(np.linalg.norm(a - b) / size for a, b in itertools.combinations(limits, 2))


@pytest.mark.parametrize("two_points", [False, True])
def test_crowded_answers_get_a_zoom_with_equal_axes(two_points):
    """04's and 05's defaults: SGD and epoch-Adam crowd in the box that holds rescaled SGD's
    answer; the zoom's cube (equal axes) holds the start and both, each labelled, far apart."""
    if two_points:
        X, y = np.array([[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]]), np.array([1.0, 0.5])
    else:
        X, y = X_SEED, 1.0
    runs = _method_runs(X, y)
    data = ib.describe_scene(X, y, runs, "t", balls=True, zoom=True)
    limits = [r.limit for r in data.runs]
    assert _smallest_gap(limits, data.lower, data.upper) < ib.scene.CROWDED
    zoom = data.zoom
    assert zoom.members == (0, 1)
    np.testing.assert_allclose(zoom.upper - zoom.lower, (zoom.upper - zoom.lower)[0])  # a cube
    for point in (data.start, *limits[:2]):
        assert np.all((zoom.lower <= point) & (point <= zoom.upper))
    assert _smallest_gap(limits[:2], zoom.lower, zoom.upper) > 3 * ib.scene.CROWDED
    assert zoom.factor == np.max(data.upper - data.lower) / np.max(zoom.upper - zoom.lower) >= 5
    assert [t.text for t in zoom.star_labels] == ["SGD", "epoch-Adam"]
    assert [t.text for t in data.star_labels] == ["rescaled SGD", "SGD, epoch-Adam: zoom"]
    kind, points = ib.solution_set(X, y, zoom.lower, zoom.upper)
    np.testing.assert_array_equal(zoom.solutions, points)
    assert ib.describe_scene(X, y, runs, "t").zoom is None  # only when asked for
    drawn = ib.plotting.draw_scene_data(data)
    assert drawn.zoom_ax is not None and drawn.zoom_ax.get_title() == zoom.label
    plt.close(drawn.fig)


def test_answers_that_coincide_keep_equal_axes_and_share_one_label():
    x = np.ones(3)
    runs = _method_runs(x, 1.0)
    data = ib.describe_scene(x, 1.0, runs, "t", zoom=True)
    assert data.zoom is None
    [label] = data.star_labels
    assert label.text == "SGD = epoch-Adam = rescaled SGD"
    apart = ib.describe_scene(X_SEED, 1.0, _method_runs(X_SEED, 1.0), "t")
    assert [t.text for t in apart.star_labels] == ["SGD", "epoch-Adam", "rescaled SGD"]


def test_the_widget_sends_balls_guides_labels_and_the_note():
    runs = _method_runs(X_SEED, 1.0, [0.2, 0.0, 0.0])
    data = ib.describe_scene(X_SEED, 1.0, runs, "t", balls=True, projection=True, zoom=True)
    state = scene_state(data)
    assert [b["shape"] for b in state["balls"]] == ["sphere", "cube", "ellipsoid"]
    assert state["balls"][0]["semi_axes"] == data.balls[0].semi_axes.tolist()
    assert state["guides"][0]["points"] == [p.tolist() for p in data.guides[0].points]
    assert state["normal"] == data.normal.tolist()
    assert state["zoom"]["lower"] == data.zoom.lower.tolist()
    assert state["zoom"]["members"] == [0, 1]
    assert [t["text"] for t in state["zoom"]["star_labels"]] == ["SGD", "epoch-Adam"]
    assert [t["text"] for t in state["star_labels"]] == [t.text for t in data.star_labels]
    assert state["balls_shown"] is False


@pytest.mark.parametrize("seed", range(5))
def test_a_zoom_box_is_a_tight_cube_with_a_margin(seed):
    rng = np.random.default_rng(seed)
    for _ in range(200):
        points = rng.normal(size=(3, 3)) * 10 ** rng.uniform(-3, 3)
        lower, upper = ib.scene.zoom_box(points)
        edge = upper - lower
        np.testing.assert_allclose(edge, edge[0])
        span = float(np.max(points.max(axis=0) - points.min(axis=0)))
        # Inside, off the edges, and at most 1.4 times as wide as the points need with margins.
        assert np.all(points > lower) and np.all(points < upper)
        assert span * (1 + 2 * 0.08) <= edge[0] <= 1.4 * span * (1 + 2 * 0.08)
