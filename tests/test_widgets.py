"""The panels: moving a slider recomputes the run, moves the artists and updates the readout."""

import re

import matplotlib.pyplot as plt
import numpy as np
import pytest

import ib_helpers as ib

METHODS = ["sgd", "epoch_adam", "rescaled_sgd"]


def readout_cells(panel):
    return dict(re.findall(r"class='ib-(\d)'>([^<]*)<", panel.readout.value))


@pytest.fixture(params=METHODS)
def panel(request):
    panel = ib.optimizer_panel(request.param)
    yield panel
    plt.close(panel.scene.fig)


def test_panel_starts_on_the_canonical_problem(panel):
    np.testing.assert_allclose(panel.x, [1.0, 0.1, 0.01])
    expected = ib.run_optimizer(
        panel.method, panel.x, 1.0, panel.alpha_slider.value, panel.epochs_slider.value
    )
    assert readout_cells(panel)["1"] == ib.format_vector(expected.limit)
    assert readout_cells(panel)["0"] == ib.format_vector(expected.last)


@pytest.mark.parametrize("slider", ["alpha", "epochs", "scale2", "scale3"])
def test_every_slider_moves_the_figure_and_the_readout(panel, slider):
    widget = {
        "alpha": panel.alpha_slider,
        "epochs": panel.epochs_slider,
        "scale2": panel.scale_sliders[0],
        "scale3": panel.scale_sliders[1],
    }[slider]
    figure = panel.scene.fig
    path_before = np.array(panel.scene.paths[0].get_data_3d())
    readout_before = panel.readout.value
    widget.value = {"alpha": 0.02, "epochs": 7, "scale2": 2.0, "scale3": 0.5}[slider]

    assert panel.scene.fig is figure  # moved in place, not rebuilt
    assert readout_before != panel.readout.value
    expected = ib.run_optimizer(
        panel.method,
        panel.x,
        1.0,
        panel.alpha_slider.value,
        panel.epochs_slider.value,
        panel.schedule,
    )
    path_after = np.array(panel.scene.paths[0].get_data_3d()).T
    assert path_after.shape != path_before.T.shape or not np.allclose(path_after, path_before.T)
    np.testing.assert_allclose(path_after, expected.trajectory)
    assert readout_cells(panel)["0"] == ib.format_vector(expected.last)
    assert readout_cells(panel)["1"] == ib.format_vector(expected.limit)
    assert panel.scene.ax.get_title() == expected.title()


def test_schedule_toggle_switches_epoch_adam_to_constant_steps():
    panel = ib.optimizer_panel("epoch_adam")
    panel.schedule_buttons.value = "constant"
    expected = ib.epoch_adam(panel.x, 1.0, panel.alpha_slider.value, 400, schedule="constant")
    np.testing.assert_allclose(np.array(panel.scene.paths[0].get_data_3d()).T, expected)
    plt.close(panel.scene.fig)


def test_sgd_panel_shows_the_bound_beside_alpha_and_divergence():
    panel = ib.optimizer_panel("sgd")
    assert "stable for α &lt; 1/‖x‖² = 0.99" in panel.bound_label.value
    panel.alpha_slider.value = panel.alpha_slider.max
    assert "diverged after" in panel.readout.value
    assert "above the bound" in panel.readout.value
    assert panel.scene.ax.get_title().startswith("SGD: diverged after")
    panel.scale_sliders[1].value = 5.0  # the bound moves with the features
    assert panel.scale_sliders[1].value > 4
    assert f"= {1 / (panel.x @ panel.x):.4g}" in panel.bound_label.value
    plt.close(panel.scene.fig)


@pytest.mark.parametrize("method", METHODS)
def test_no_slider_position_raises(method):
    panel = ib.optimizer_panel(method)
    for alpha in (panel.alpha_slider.min, panel.alpha_slider.max):
        for scale in (panel.scale_sliders[0].min, panel.scale_sliders[0].max):
            for epochs in (1, panel.epochs_slider.max):
                panel.alpha_slider.value = alpha
                panel.scale_sliders[0].value = 10**scale
                panel.scale_sliders[1].value = 10**scale
                panel.epochs_slider.value = epochs
                assert "Could not update" not in panel.readout.value
                assert np.all(np.isfinite(panel.summary.trajectory))
    plt.close(panel.scene.fig)


def test_a_failing_update_is_shown_in_the_readout_not_raised(monkeypatch):
    panel = ib.optimizer_panel("sgd")

    def broken():
        raise ValueError("something went wrong")

    monkeypatch.setattr(panel, "update", broken)
    panel.alpha_slider.value = 0.5  # must not raise
    assert "Could not update the picture" in panel.readout.value
    plt.close(panel.scene.fig)


def test_unknown_method_is_a_value_error():
    with pytest.raises(ValueError, match="method must be one of"):
        ib.optimizer_panel("adamw")
