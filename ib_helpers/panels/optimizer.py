"""The panel of one optimizer (notebooks 01 to 03): its sliders, its readout, its 3-D scene."""

from __future__ import annotations

import html

import ipywidgets as widgets
import numpy as np

from ..scene import Run
from .base import PanelState, _ScenePanel
from .controls import (
    _STYLE,
    _TRACK,
    _WARN,
    _WIDE,
    _alpha_slider,
    _epochs_slider,
    _scale_sliders,
    _side_by_side,
)
from .kernel_watch import _lost_kernel_note
from .registry import OPTIMIZERS, run_optimizer

__all__ = ["OptimizerPanel", "optimizer_panel"]

#: The schedule buttons' values, by index (the browser links a toggle's index).
SCHEDULES = ("decay", "constant")


class OptimizerPanel(_ScenePanel):
    """Sliders, a text readout and the 3-D scene of one optimizer, wired together.

    Attributes
    ----------
    alpha_slider, epochs_slider : ipywidgets slider
    scale_sliders : list of FloatLogSlider
        Scales of features 2, 3, ... (feature 1 is fixed at 1).
    schedule_buttons : ToggleButtons or None
        Decaying or constant step size (epoch-Adam only).
    theta0_sliders : list of FloatSlider
        The start θ₀, one slider per coordinate (empty unless ``theta0_sliders=True``).
    theta0_zero_button : Button or None
        Puts θ₀ back at 0.
    bound_label : StateText
        The stability bound under the α slider (in the warning colour at or above it).
    readout : StateText
        Last iterate, closed form, distance, residual, norm (or distance moved from θ₀), the
        bound on alpha, and the closed form in words.
    families : dict of str to FamilyWidget
        Each control's states, computed ahead (see :mod:`ib_helpers.panels.ahead`).
    scene : SceneWidget
        The live, browser-drawn scene.
    scene_data : SceneData
        What it shows now (and what the static picture shows).
    summary : RunSummary
        The run shown now.
    """

    def __init__(
        self, method="sgd", alpha=None, epochs=None, scales=(0.1, 0.01), y=1.0, schedule="decay",
        theta0=(0.0, 0.0, 0.0), theta0_sliders=False,
    ):  # fmt: skip
        if method not in OPTIMIZERS:
            raise ValueError(f"method must be one of {sorted(OPTIMIZERS)}; got {method!r}")
        self.method = method
        self.optimizer = opt = OPTIMIZERS[method]
        self.y = float(y)
        self.alpha_slider = _alpha_slider(opt.alpha if alpha is None else alpha, opt.alpha_range)
        self.epochs_slider = _epochs_slider(
            opt.epochs if epochs is None else epochs, opt.max_epochs
        )
        self.scale_sliders = _scale_sliders(scales)
        self.schedule_buttons = None
        controls = [self.alpha_slider, self.epochs_slider, *self.scale_sliders]
        if method == "epoch_adam":
            self.schedule_buttons = widgets.ToggleButtons(
                options=list(zip(("α/√(e+1)", "constant α"), SCHEDULES, strict=True)),
                value=schedule,
                description="schedule",
                style=_STYLE,
            )
            controls.append(self.schedule_buttons)
        self._make_theta0_controls(theta0, theta0_sliders)
        controls += self.theta0_sliders
        # As wide as the slider, the text flush right under its track's end: from the track's
        # start, "stable for α < 1/‖x/s‖² = 0.3333" ran past the 330 px column and lost digits.
        self._make_families()
        bound_layout = widgets.Layout(margin="-6px 0 4px 0", width=_WIDE.width)
        self.bound_label = self._state_text("bound", bound_layout)
        self.readout = self._state_text("readout", widgets.Layout(margin="6px 0 0 0"))

        figure = self._show_scene()
        self._watch(controls)
        zero = []
        if self.theta0_zero_button is not None:  # under the sliders' tracks
            self.theta0_zero_button.layout.margin = f"2px 0 0 {_TRACK}px"
            zero = [self.theta0_zero_button]
        left = [self.alpha_slider, self.bound_label, *controls[1:], *zero]
        super().__init__([_side_by_side(left, figure, self.readout), _lost_kernel_note()])
        self.add_class("ib-panel")

    @property
    def x(self):
        """The training point: feature 1 is 1, the others come from the scale sliders."""
        return np.array([1.0] + [s.value for s in self.scale_sliders])

    @property
    def schedule(self):
        return self.schedule_buttons.value if self.schedule_buttons is not None else "decay"

    def _controls(self):
        controls = {"alpha": self.alpha_slider, "epochs": self.epochs_slider}
        for j, slider in enumerate(self.scale_sliders):
            controls[f"scale_{j + 2}"] = slider
        if self.schedule_buttons is not None:
            controls["schedule"] = self.schedule_buttons
        for j, slider in enumerate(self.theta0_sliders):
            controls[f"theta0_{j + 1}"] = slider
        return controls

    def _state(self, values):
        x = np.array([1.0] + [values[f"scale_{j + 2}"] for j in range(len(self.scale_sliders))])
        schedule = SCHEDULES[values["schedule"]] if "schedule" in values else "decay"
        if self.theta0_sliders:
            theta0 = np.array([values[f"theta0_{j + 1}"] for j in range(3)], dtype=float)
        else:
            theta0 = self._theta0.copy()
        alpha = values["alpha"]
        s = run_optimizer(
            self.method, x, self.y, alpha, values["epochs"], schedule, theta0=theta0,
            runs=self.runs,
        )  # fmt: skip
        run = Run(s.label, s.trajectory, s.limit, self.method)
        bound = ""
        if s.bound is not None:
            color = _WARN if alpha >= s.bound else "#000000"
            bound = (
                f"<div class='ib-bound' style='font-size:15px;white-space:nowrap;color:{color};"
                f"text-align:right'>stable for α &lt; {html.escape(s.bound_text)} = "
                f"{s.bound:.4g}</div>"
            )
        return PanelState(
            values, self._describe(x, self.y, run, s.title()),
            {"readout": s.html(), "bound": bound}, [s],
        )  # fmt: skip

    def _take(self, state):
        super()._take(state)
        self.summary = state.summaries[0]

    def _text(self):
        return f"3-D scene: {self.summary.title()}"


def optimizer_panel(method="sgd", **kwargs):
    """Build the interactive panel for one optimizer; display it by leaving it last in a cell.

    Parameters
    ----------
    method : {"sgd", "epoch_adam", "rescaled_sgd"}
    **kwargs
        ``alpha``, ``epochs``, ``scales`` (of features 2 and 3; default (0.1, 0.01)), ``y``,
        ``schedule`` (epoch-Adam only), ``theta0`` (the start, default 0),
        ``theta0_sliders`` (True: three sliders move θ₀ and a button puts it back at 0).

    Returns
    -------
    OptimizerPanel
        The widget; set a slider's ``.value`` to move it from code.
    """
    return OptimizerPanel(method, **kwargs)
