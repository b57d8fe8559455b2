"""The 3-D scene: geometry of the plane patch, and in-place updates equal a fresh draw."""

import io

import matplotlib.pyplot as plt
import numpy as np
import pytest

import ib_helpers as ib
from ib_helpers.plotting import _tick_locator, view_box

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


def _run(method, x, alpha):
    s = ib.run_optimizer(method, x, 1.0, alpha, 60)
    return ib.Run(s.label, s.trajectory, s.limit), s


def _pixels(fig):
    buffer = io.BytesIO()
    fig.savefig(buffer, format="rgba")
    return np.frombuffer(buffer.getvalue(), dtype=np.uint8)


def test_draw_scene_returns_its_artists_with_labels():
    run, summary = _run("sgd", X_SEED, 0.25)
    scene = ib.draw_scene(X_SEED, 1.0, run, title=summary.title())
    assert scene.ax.name == "3d"
    assert [scene.ax.get_xlabel(), scene.ax.get_ylabel(), scene.ax.get_zlabel()] == [
        "θ₁",
        "θ₂",
        "θ₃",
    ]
    np.testing.assert_allclose(np.array(scene.paths[0].get_data_3d()).T, run.trajectory)
    np.testing.assert_allclose(np.ravel(scene.limits[0].get_data_3d()), run.limit)
    labels = [t.get_text() for t in scene.ax.get_legend().get_texts()]
    assert "start θ₀" in labels and "closed-form limit" in labels
    assert scene.ax.get_title() == "SGD: 60 steps, α = 0.25"
    plt.close(scene.fig)


def test_draw_scene_uses_a_given_axes():
    fig = plt.figure()
    ax = fig.add_subplot(projection="3d")
    run, _ = _run("sgd", X_SEED, 0.25)
    scene = ib.draw_scene(X_SEED, 1.0, run, ax=ax)
    assert scene.ax is ax and scene.fig is fig
    plt.close(fig)


@pytest.mark.parametrize("method", ["sgd", "epoch_adam", "rescaled_sgd"])
def test_update_in_place_draws_what_a_fresh_scene_draws(method):
    first, s1 = _run(method, X_SEED, 0.1)
    x2 = np.array([1.0, 2.0, 0.05])
    second, s2 = _run(method, x2, 0.3)
    scene = ib.draw_scene(X_SEED, 1.0, first, title=s1.title())
    figure_before = scene.fig
    ib.update_scene(scene, x2, 1.0, second, title=s2.title())
    assert scene.fig is figure_before
    fresh = ib.draw_scene(x2, 1.0, second, title=s2.title())
    np.testing.assert_array_equal(_pixels(scene.fig), _pixels(fresh.fig))
    plt.close("all")


def _buffer(fig):
    return np.asarray(fig.canvas.buffer_rgba()).copy()


@pytest.mark.parametrize("method", ["sgd", "epoch_adam", "rescaled_sgd"])
def test_fast_path_paints_what_a_fresh_draw_shows(method):
    """A small alpha step keeps the view box: the update is blitted over the saved background."""
    first, s1 = _run(method, X_SEED, 0.1)
    scene = ib.draw_scene(X_SEED, 1.0, first, title=s1.title())
    scene.fig.canvas.draw()
    assert scene.background is not None
    second, s2 = _run(method, X_SEED, 0.12)
    ib.update_scene(scene, X_SEED, 1.0, second, title=s2.title())
    assert scene.last_update == "blit"
    # Nothing left to draw: IPython's post_execute hook (run after every widget message) would
    # otherwise redraw the whole figure after each blit.
    assert not scene.fig.stale
    fresh = ib.draw_scene(X_SEED, 1.0, second, title=s2.title())
    fresh.fig.canvas.draw()
    np.testing.assert_array_equal(_buffer(scene.fig), _buffer(fresh.fig))
    # And the blitted frame is not simply the old one.
    stale = ib.draw_scene(X_SEED, 1.0, first, title=s1.title())
    stale.fig.canvas.draw()
    assert not np.array_equal(_buffer(scene.fig), _buffer(stale.fig))
    plt.close("all")


def test_a_new_view_box_takes_the_full_redraw():
    first, s1 = _run("rescaled_sgd", X_SEED, 0.1)
    scene = ib.draw_scene(X_SEED, 1.0, first, title=s1.title())
    scene.fig.canvas.draw()
    x2 = np.array([1.0, 0.1, 0.001])  # the limit moves from 33 to 333: a bigger box
    second, s2 = _run("rescaled_sgd", x2, 0.1)
    ib.update_scene(scene, x2, 1.0, second, title=s2.title())
    assert scene.last_update == "full"
    fresh = ib.draw_scene(x2, 1.0, second, title=s2.title())
    fresh.fig.canvas.draw()
    np.testing.assert_array_equal(_buffer(scene.fig), _buffer(fresh.fig))
    plt.close("all")


def test_diverged_run_keeps_the_view_on_the_problem():
    run, summary = _run("sgd", X_SEED, 3.0)
    assert summary.diverged
    scene = ib.draw_scene(X_SEED, 1.0, run, title=summary.title())
    lower, upper = scene.box
    assert np.linalg.norm(run.trajectory[-1]) > 1e5
    assert np.max(upper - lower) <= 20  # not stretched out to the blown-up iterates
    assert scene.ax.get_title().startswith("SGD: diverged after")
    plt.close(scene.fig)


def test_plot_residuals_draws_one_line_per_run():
    paths = {
        "constant": ib.epoch_adam(X_SEED, 1.0, 0.05, 50, schedule="constant"),
        "decay": ib.epoch_adam(X_SEED, 1.0, 0.05, 50),
    }
    fig, lines = ib.plot_residuals(X_SEED, 1.0, paths)
    assert [line.get_label() for line in lines] == ["constant", "decay"]
    np.testing.assert_allclose(lines[1].get_ydata()[0], 1.0)
    plt.close(fig)


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


def test_three_runs_on_a_line_update_like_a_fresh_draw():
    X, y = np.array([[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]]), np.array([1.0, 0.5])

    def runs(alpha):
        return [
            ib.Run(m, ib.run_optimizer(m, X, y, alpha, 100).trajectory, ib.sgd_limit(X, y))
            for m in ("sgd", "epoch_adam", "rescaled_sgd")
        ]

    scene = ib.draw_scene(X, y, runs(0.1))
    scene.fig.canvas.draw()
    ib.update_scene(scene, X, y, runs(0.2))
    fresh = ib.draw_scene(X, y, runs(0.2))
    for a, b in zip(scene.paths, fresh.paths, strict=True):
        np.testing.assert_allclose(a.get_data_3d(), b.get_data_3d())
    np.testing.assert_allclose(scene.solutions.get_data_3d(), fresh.solutions.get_data_3d())
    with pytest.raises(ValueError, match="line of solutions"):
        ib.update_scene(scene, X_SEED, 1.0, runs(0.2))
    plt.close("all")


@pytest.mark.parametrize("half", [0.5, 1.0, 2.5, 5.0, 25.0, 250.0, 2000.0, 2500.0])
@pytest.mark.parametrize("shift", [0.0, 0.25, -0.5])
def test_tick_labels_fit_a_slanted_axis(half, shift):
    """Round ticks off the box's edges (no collision at a corner), short enough to fit."""
    lo, hi = (shift - 1) * half, (shift + 1) * half
    ticks = _tick_locator(lo, hi).tick_values(lo, hi)
    assert len(ticks) >= 2
    margin = 0.08 * (hi - lo)
    assert all(lo + margin - 1e-9 <= t <= hi - margin + 1e-9 for t in ticks)
    assert sum(len(f"{t:g}") for t in ticks) <= 8 or len(ticks) == 2, ticks
