"""The static pictures: matplotlib draws the scene's data, and a PNG leaves no figure open."""

import io
import warnings

import matplotlib.pyplot as plt
import numpy as np

import ib_helpers as ib

X_SEED = np.array([1.0, 0.1, 0.01])


def _run(method, x, alpha):
    s = ib.run_optimizer(method, x, 1.0, alpha, 60)
    return ib.Run(s.label, s.trajectory, s.limit), s


def test_draw_scene_returns_its_artists_with_labels():
    run, summary = _run("sgd", X_SEED, 0.25)
    scene = ib.draw_scene(X_SEED, 1.0, run, title=summary.title())
    assert scene.ax.name == "3d"
    assert [scene.ax.get_xlabel(), scene.ax.get_ylabel(), scene.ax.get_zlabel()] == [
        "θ₁",
        "θ₂",
        "θ₃",
    ]
    steps = scene.data.runs[0].steps
    np.testing.assert_allclose(np.array(scene.paths[0].get_data_3d()).T, run.trajectory[steps])
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


def test_draw_scene_draws_the_described_ticks_box_and_solutions():
    run, summary = _run("rescaled_sgd", X_SEED, 0.1)
    scene = ib.draw_scene(X_SEED, 1.0, run, title=summary.title())
    data = scene.data
    assert scene.ax.get_xlim() == tuple(data.box[i][0] for i in range(2))
    for axis, ticks, labels in zip(
        (scene.ax.xaxis, scene.ax.yaxis, scene.ax.zaxis), data.ticks, data.tick_labels,
        strict=True,
    ):  # fmt: skip
        np.testing.assert_array_equal(axis.get_ticklocs(), ticks)
        scene.fig.canvas.draw()
        assert [t.get_text() for t in axis.get_ticklabels()] == list(labels)
    np.testing.assert_allclose(scene.solutions.get_paths()[0].vertices.shape[0] >= 3, True)
    plt.close(scene.fig)


def test_two_points_draw_a_line_of_solutions():
    X, y = np.array([[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]]), np.array([1.0, 0.5])
    runs = [
        ib.Run(m, ib.run_optimizer(m, X, y, 0.1, 100).trajectory, ib.sgd_limit(X, y))
        for m in ("sgd", "epoch_adam", "rescaled_sgd")
    ]
    scene = ib.draw_scene(X, y, runs)
    np.testing.assert_allclose(np.array(scene.solutions.get_data_3d()).T, scene.data.solutions)
    for path, run, drawn in zip(scene.paths, runs, scene.data.runs, strict=True):
        np.testing.assert_allclose(np.array(path.get_data_3d()).T, run.trajectory[drawn.steps])
    plt.close(scene.fig)


def test_scene_png_is_a_png_and_leaves_no_figure_open():
    run, summary = _run("sgd", X_SEED, 0.25)
    data = ib.describe_scene(X_SEED, 1.0, run, summary.title())
    before = plt.get_fignums()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # e.g. "More than 20 figures have been opened"
        for _ in range(25):
            png = ib.scene_png(data)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert plt.get_fignums() == before
    from PIL import Image

    assert Image.open(io.BytesIO(png)).size == (900, 600)
