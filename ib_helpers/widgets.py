"""The sliders: a panel that wires step size and feature scales to a live 3-D scene.

A slider event recomputes the run, describes the scene again (:func:`describe_scene`) and sends
it to the browser-drawn scene (:class:`SceneWidget`) in one message; it never lets an exception
reach the student. Wherever the live scene cannot run (GitHub, nbviewer, ``nbconvert``, a
notebook before *Run All*), a panel shows the PNG matplotlib draws of the same data.
"""

from __future__ import annotations

import base64
import html
import re
from dataclasses import dataclass

import anywidget
import ipywidgets as widgets
import numpy as np

from . import checks, core, wilson
from .live import SceneWidget
from .plotting import PALETTE, RUN_COLORS, figure_png, plot_test_errors, scene_png
from .readout import NORMS, LimitsTable, format_number, format_start, format_vector, summarize
from .scene import Run, describe_scene

__all__ = [
    "OPTIMIZERS",
    "PRESETS",
    "ComparePanel",
    "GeneralizationPanel",
    "Optimizer",
    "OptimizerPanel",
    "SelfCheck",
    "compare_panel",
    "generalization_panel",
    "optimizer_panel",
    "panel_scene",
    "run_optimizer",
    "self_check",
]


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


def run_optimizer(method, x, y, alpha, epochs, schedule="decay", batch="full", theta0=None):
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
    trajectory = opt.run(x, y, alpha, epochs, theta0=start, **kwargs)
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


# Narrow controls: at 1280x720 with JupyterLab's file browser open the output area is about
# 870 px wide, and the scene beside the controls needs about 560 of them.
_WIDE = widgets.Layout(width="320px", flex="0 0 auto")
_STYLE = {"description_width": "112px"}
#: Where a slider's track starts (its description's width and the gap after it), in px.
_TRACK = 120
_WARN = "#D55E00"

#: What a panel says over itself once its kernel is gone. "Run this cell again" would not do:
#: a new kernel has none of the notebook's imports or variables.
LOST_KERNEL_MESSAGE = (
    "The kernel restarted or stopped: run the notebook again from the top "
    "(Run ▸ Run All Cells; in Voilà, reload the page) to bring this panel back."
)

#: Two marks on a panel's element turn into that sentence over it, so a student does not keep
#: dragging sliders that no longer answer: ``jupyter-widgets-disconnected``, which ipywidgets
#: puts on every widget when the kernel restarts (JupyterLab restarts a crashed kernel, so a
#: crash too), and ``ib-kernel-lost``, which :class:`_KernelWatch` puts on its panel when the
#: kernel was shut down (ipywidgets marks nothing then).
_LOST_KERNEL_CSS = f"""
.ib-panel.jupyter-widgets-disconnected, .ib-panel.ib-kernel-lost {{ position: relative; }}
.ib-panel.jupyter-widgets-disconnected::after, .ib-panel.ib-kernel-lost::after {{
  content: "{LOST_KERNEL_MESSAGE}";
  position: absolute; inset: 0; z-index: 20; display: flex; align-items: center;
  justify-content: center; padding: 1em; text-align: center;
  background: rgba(255, 255, 255, 0.88); color: {_WARN}; font-size: 22px; font-weight: bold;
}}
"""

# The watchdog's browser side. Only the model interface anywidget documents (``send``) is
# used: sending on the comm of a kernel that was shut down throws at once, while a live
# kernel gets one small message it ignores. The probe goes half a second after a student's
# last key press on the panel or last release of the mouse, not with it: sent with the
# press, it reached the kernel just before the slider's own message and delayed that one's
# answer (01's α key -> pixels, p95: 1.27 x a bare round trip without it, 1.95 x with it).
# Not in the 3-D scene, which turns and plays without the kernel (and must send nothing
# then). There is no timer otherwise: an idle notebook sends nothing.
_WATCH_ESM = """
const PROBE_AFTER_MS = 500;
function render({ model, el }) {
  let timer = null;
  let pressed = null; // the panel a mouse press is still down on
  function send(panel) {
    timer = null;
    try {
      model.send({ probe: 1 });
    } catch (error) {
      panel.classList.add("ib-kernel-lost");
    }
  }
  function probe(event) {
    const panel = el.closest(".ib-panel");
    const target = event.target;
    if (!panel || !(target instanceof Node) || !panel.contains(target)) return;
    if (panel.classList.contains("ib-kernel-lost")) return;
    if (target instanceof Element && target.closest(".ib-scene")) return;
    clearTimeout(timer);
    timer = setTimeout(() => send(panel), PROBE_AFTER_MS);
    pressed = event.type === "pointerdown" ? panel : null;
  }
  // A drag of a slider's handle: the probe waits until half a second after the hand lets go
  // (the pointer may be off the panel by then). Only a press on this panel's controls counts.
  function release() {
    if (timer === null || pressed === null) return;
    const panel = pressed;
    pressed = null;
    clearTimeout(timer);
    timer = setTimeout(() => send(panel), PROBE_AFTER_MS);
  }
  // On the document, capturing: the panel's element may not hold this one yet at render
  // time, and a slider must not swallow the event first.
  document.addEventListener("pointerdown", probe, true);
  document.addEventListener("keydown", probe, true);
  document.addEventListener("pointerup", release, true);
  return () => {
    clearTimeout(timer);
    document.removeEventListener("pointerdown", probe, true);
    document.removeEventListener("keydown", probe, true);
    document.removeEventListener("pointerup", release, true);
  };
}
export default { render };
"""


class _KernelWatch(anywidget.AnyWidget):
    """An invisible part of every panel: it carries the lost-kernel rules into the page, and
    marks its panel ``ib-kernel-lost`` when a touch of a control finds the kernel shut down.

    One mechanism for every panel, scene or not: it asks nothing of ipywidgets or JupyterLab
    beyond anywidget's documented model interface and the page's own elements.
    """

    _esm = _WATCH_ESM
    _css = _LOST_KERNEL_CSS


def _lost_kernel_note():
    """The watchdog (:class:`_KernelWatch`), hidden: it takes no room in its panel."""
    return _KernelWatch(layout=widgets.Layout(display="none"))


def _alpha_slider(value, alpha_range):
    lo, hi, step = alpha_range
    return widgets.FloatSlider(
        value=value, min=lo, max=hi, step=step, description="step size α",
        readout_format=".3f", layout=_WIDE, style=_STYLE,
    )  # fmt: skip


def _epochs_slider(value, max_epochs):
    return widgets.IntSlider(
        value=value, min=1, max=max_epochs, description="epochs", layout=_WIDE, style=_STYLE
    )


def _scale_sliders(scales):
    """Log sliders for the scales of features 2, 3, ... (feature 1 stays 1)."""
    return [
        widgets.FloatLogSlider(
            value=s,
            base=10,
            min=-3,
            max=1,
            step=0.05,
            description=f"feature scale x{j + 2}",
            readout_format=".3g",
            layout=_WIDE,
            style=_STYLE,
        )  # fmt: skip
        for j, s in enumerate(scales)
    ]


#: The start's sliders: each coordinate of theta0 over [-2, 2] (the canonical answers lie
#: within 1 of 0, so every start a lecture needs is on the grid).
THETA0_RANGE = (-2.0, 2.0, 0.05)
_SUBSCRIPTS = "₁₂₃₄₅₆₇₈₉"


def _theta0_sliders(theta0):
    """One slider per coordinate of the start theta0."""
    lo, hi, step = THETA0_RANGE
    return [
        widgets.FloatSlider(
            value=v,
            min=lo,
            max=hi,
            step=step,
            description=f"start θ₀, θ{_SUBSCRIPTS[j]}",
            readout_format=".2f",
            layout=_WIDE,
            style=_STYLE,
        )  # fmt: skip
        for j, v in enumerate(theta0)
    ]


def _start_at_zero_button():
    layout = widgets.Layout(width="auto", align_self="flex-start")
    button = widgets.Button(description="start at θ₀ = 0", layout=layout)
    button.add_class("ib-theta0-zero")
    return button


def _side_by_side(left, scene, below, width=330):
    """The controls in a column of ``width`` px with the scene to its right (below them where
    the output area is narrower than both: ``row wrap``), and ``below`` them all the readout,
    as wide as the panel.

    The row carries the class ``ib-scene-row``: the scene keeps the panel within the window's
    height by measuring what the panel holds besides that row (see js/scene.js).
    """
    column = widgets.VBox(left, layout=widgets.Layout(flex="0 0 auto", width=f"{width}px"))
    scene.layout.flex = "1 1 420px"
    scene.layout.min_width = "360px"
    layout = widgets.Layout(display="flex", flex_flow="row wrap", align_items="flex-start")
    row = widgets.Box([column, scene], layout=layout)
    row.add_class("ib-scene-row")
    return widgets.VBox([row, below])


def panel_scene(X, y, runs, title=None, zoom=False):
    """The scene a panel shows: :func:`describe_scene` with each run's smallest norm ball
    (hidden at first: the scene has a toggle) and the dashed guide from θ₀ to SGD's answer, its
    projection; ``zoom`` for the comparison panels. Give each :class:`Run` its ``method``."""
    return describe_scene(
        X, y, runs, title, balls=True, balls_shown=False, projection=True, zoom=zoom
    )


def _error_html(error):
    return (
        f"<div class='ib-readout' style='font-size:15px;color:{_WARN}'>"
        f"<b>Could not update the picture:</b> {html.escape(str(error))} "
        "<i>The picture still shows the last settings that worked.</i></div>"
    )


def _cell_run():
    """(cell id, execution count) of the notebook cell running now, or None outside one.

    JupyterLab and Notebook 7 send the cell's id in each execute request's metadata.
    """
    try:
        from IPython import get_ipython

        shell = get_ipython()
        kernel = getattr(shell, "kernel", None)
        if kernel is None:
            return None
        cell = (kernel.get_parent("shell") or {}).get("metadata", {}).get("cellId")
        return None if cell is None else (cell, shell.execution_count)
    except Exception:  # never let bookkeeping break a panel
        return None


#: cell id -> (execution count, panels that run of the cell built)
_PANELS_BY_CELL = {}


def _close_tree(widget):
    """Close ``widget``, its children and their layout and style widgets (all but the shared
    slider layout)."""
    for child in getattr(widget, "children", ()):
        _close_tree(child)
    for part in (getattr(widget, "layout", None), getattr(widget, "style", None)):
        if isinstance(part, widgets.Widget) and part is not _WIDE:
            part.close()
    widget.close()


class _ScenePanel(widgets.VBox):
    """What every panel shares: a browser-drawn scene, updated on every change, a static PNG
    of it in the display bundle, and cleanup when its cell runs again."""

    #: Whether the scene adds a magnified view of answers that crowd (see :func:`describe_scene`).
    zoom = False

    def _describe(self, X, y, runs, title):
        return panel_scene(X, y, runs, title, zoom=self.zoom)

    def _show_scene(self, X, y, runs, title):
        """Describe the scene, make the live widget that draws it, and return that widget."""
        self.scene_data = self._describe(X, y, runs, title)
        self.scene = SceneWidget(self.scene_data)
        self._adopt()
        return self.scene

    def _redraw(self, X, y, runs, title):
        """Describe the scene for the current controls and send it: one message."""
        self.scene_data = self._describe(X, y, runs, title)
        self.scene.show(self.scene_data)

    @property
    def theta0(self):
        """The start: the θ₀ sliders' values, or the fixed start the panel was given."""
        if self.theta0_sliders:
            return np.array([s.value for s in self.theta0_sliders])
        return self._theta0.copy()

    def _make_theta0_controls(self, theta0, sliders):
        """The θ₀ sliders and the button that puts them back at 0 (none if not ``sliders``)."""
        self._theta0 = np.array(theta0, dtype=float)
        if self._theta0.shape != (3,):
            raise ValueError(f"theta0 must have 3 entries; got shape {self._theta0.shape}")
        self.theta0_sliders, self.theta0_zero_button = [], None
        if sliders:
            self.theta0_sliders = _theta0_sliders(self._theta0)
            self.theta0_zero_button = _start_at_zero_button()
            self.theta0_zero_button.on_click(lambda _: self.start_at_zero())

    def _set_together(self, pairs):
        """Set several controls, ``(widget, value)`` pairs, and update the picture once."""
        self._holding = True
        try:
            for widget, value in pairs:
                widget.value = value
        finally:
            self._holding = False
        self._on_change(None)

    def start_at_zero(self):
        """Move the θ₀ sliders back to 0 and update once."""
        self._set_together([(s, 0.0) for s in self.theta0_sliders])

    def _adopt(self):
        """Close the panels an earlier run of this notebook cell built: their views are gone
        from the page, and without this every re-run would keep its widgets alive."""
        run = _cell_run()
        if run is None:
            return
        cell, count = run
        previous_count, panels = _PANELS_BY_CELL.get(cell, (None, []))
        if previous_count != count:
            for panel in panels:
                panel.close()
            panels = []
        _PANELS_BY_CELL[cell] = (count, [*panels, self])

    def close(self):
        """Close the panel with every widget in it, and drop the data it shows."""
        for child in self.children:
            _close_tree(child)
        self.layout.close()
        super().close()
        # The kernel's output history (Out) keeps the panel object itself: let go of the
        # widgets and the runs it holds, so that what stays is an empty shell.
        self.children = ()
        for name, value in list(vars(self).items()):
            values = value if isinstance(value, list | tuple) else [value]
            if values and all(isinstance(v, widgets.Widget) for v in values):
                setattr(self, name, None)
        self.scene_data = self.summary = None
        self.summaries = []

    def _watch(self, controls):
        self._holding = False
        for w in controls:
            w.observe(self._on_change, names="value")

    def _on_change(self, change):
        if self._holding:
            return
        try:
            self.update()
        except Exception as error:  # a slider must never show a traceback to a student
            self.readout.value = _error_html(error)

    def _text(self):
        """One line for text/plain: what the picture shows."""
        raise NotImplementedError

    def _repr_mimebundle_(self, **kwargs):
        """The live widget, a PNG of the scene as it is now, and one line of text saying what
        it shows (never the widget's repr): the PNG is what GitHub, nbviewer, ``nbconvert``
        and a notebook before *Run All* show."""
        data = super()._repr_mimebundle_(**kwargs)
        if isinstance(data, tuple):
            data, metadata = data
        else:
            metadata = None
        data = dict(data or {})
        data["text/plain"] = self._text()
        if self.scene_data is not None:
            data["image/png"] = base64.b64encode(scene_png(self.scene_data)).decode("ascii")
        return (data, metadata) if metadata else data


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
    readout : HTML
        Last iterate, closed form, distance, residual, norm (or distance moved from θ₀), the
        bound on alpha, and the closed form in words.
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
                options=[("α/√(e+1)", "decay"), ("constant α", "constant")],
                value=schedule,
                description="schedule",
                style=_STYLE,
            )
            controls.append(self.schedule_buttons)
        self._make_theta0_controls(theta0, theta0_sliders)
        controls += self.theta0_sliders
        # As wide as the slider, the text flush right under its track's end: from the track's
        # start, "stable for α < 1/‖x/s‖² = 0.3333" ran past the 330 px column and lost digits.
        bound_layout = widgets.Layout(margin="-6px 0 4px 0", width=_WIDE.width)
        self.bound_label = widgets.HTML(layout=bound_layout)
        self.readout = widgets.HTML(layout=widgets.Layout(margin="6px 0 0 0"))

        self.summary = self._compute()
        figure = self._show_scene(self.x, self.y, self._runs(), self.summary.title())
        self._show_text()
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

    def _compute(self):
        return run_optimizer(
            self.method,
            self.x,
            self.y,
            self.alpha_slider.value,
            self.epochs_slider.value,
            self.schedule,
            theta0=self.theta0,
        )

    def _runs(self):
        return Run(self.summary.label, self.summary.trajectory, self.summary.limit, self.method)

    def _show_text(self):
        s = self.summary
        self.readout.value = s.html()
        if s.bound is None:
            self.bound_label.value = ""
        else:
            above = self.alpha_slider.value >= s.bound
            color = _WARN if above else "#000000"
            self.bound_label.value = (
                f"<div class='ib-bound' style='font-size:15px;white-space:nowrap;color:{color};"
                f"text-align:right'>stable for α &lt; {html.escape(s.bound_text)} = "
                f"{s.bound:.4g}</div>"
            )

    def update(self):
        """Recompute the run for the current slider values and send the scene to the browser."""
        self.summary = self._compute()
        # The scene first: its picture is drawn in the frame that also lays out the new text,
        # instead of one frame after it.
        self._redraw(self.x, self.y, self._runs(), self.summary.title())
        self._show_text()

    def _text(self):
        return f"3-D scene: {self.summary.title()}"


#: The lecture presets of the comparison panel: feature scales and signs of x2, x3. Each also
#: puts θ₀ back at 0 (``COMPARE_DEFAULTS``): a preset is the lecture's state, and the notebook
#: prints its table from 0.
PRESETS = {
    "x = [1, 0.1, 0.01]": {"scales": (0.1, 0.01), "signs": (1, 1)},
    "x = [1, 1, 1]": {"scales": (1.0, 1.0), "signs": (1, 1)},
    "x = [1, −0.1, 0.01]": {"scales": (0.1, 0.01), "signs": (-1, 1)},
}
COMPARE_DEFAULTS = {"alpha": 0.1, "epochs": 400, "theta0": (0.0, 0.0, 0.0)}


class ComparePanel(_ScenePanel):
    """The three optimizers on one scene, with shared sliders, a limits table and presets.

    The data are ``X = base * [1, sign2 * scale2, sign3 * scale3]`` (column-wise), so one base
    row ``[1, 1, 1]`` gives the canonical single point and two base rows give a line of exact
    solutions.

    Attributes
    ----------
    alpha_slider, epochs_slider : ipywidgets slider
        Shared by the three optimizers (epoch-Adam decays its step as α/√(e+1), e the epoch).
    batch : {"example", "full"}
        How epoch-Adam steps (see :func:`core.epoch_adam`); the same rule for one point, and
        ``"full"`` (the default) has a reproducible limit for several (the per-example run is
        in general chaotic).
    scale_sliders : list of FloatLogSlider
    sign_buttons : list of ToggleButtons
        The signs of features 2 and 3.
    preset_buttons : list of Button
        One per preset; clicking sets the features (and α, epochs, θ₀) in one update.
    theta0_sliders : list of FloatSlider
        The start θ₀ of all three runs (empty unless ``theta0_sliders=True``).
    theta0_zero_button : Button or None
        Puts θ₀ back at 0.
    readout : HTML
        Two tables: per optimizer, how its run went and its closed-form limit; then the three
        norms of each answer's move from θ₀.
    scene : SceneWidget
    scene_data : SceneData
    summaries : list of RunSummary
        The three runs shown now.
    """

    methods = ("sgd", "epoch_adam", "rescaled_sgd")
    #: Answers that would be drawn closer than ~40 px get a magnified view of their own.
    zoom = True

    def __init__(self, base=(1.0, 1.0, 1.0), y=1.0, scales=(0.1, 0.01), signs=(1, 1),
                 alpha=COMPARE_DEFAULTS["alpha"], epochs=COMPARE_DEFAULTS["epochs"],
                 presets=None, batch="full", theta0=COMPARE_DEFAULTS["theta0"],
                 theta0_sliders=False):  # fmt: skip
        if batch not in core.BATCHES:
            raise ValueError(f"batch must be one of {core.BATCHES}; got {batch!r}")
        self.batch = batch
        self.base = np.atleast_2d(np.asarray(base, dtype=float))
        if self.base.ndim != 2 or self.base.shape[1] != 3:
            raise ValueError(f"base must have shape (3,) or (n, 3); got {np.shape(base)}")
        self.y = np.broadcast_to(np.asarray(y, dtype=float), (len(self.base),)).copy()
        self.alpha_slider = _alpha_slider(alpha, (0.01, 1.0, 0.01))
        self.epochs_slider = _epochs_slider(epochs, 1000)
        self.scale_sliders = _scale_sliders(scales)
        self.sign_buttons = [
            widgets.ToggleButtons(
                options=[("+", 1), ("−", -1)],
                value=sign,
                tooltips=[f"x{j + 2} positive", f"x{j + 2} negative"],
                style={"button_width": "38px"},
                layout=widgets.Layout(width="auto", margin="0 1.2em 0 0"),
            )  # fmt: skip
            for j, sign in enumerate(signs)
        ]
        self._make_theta0_controls(theta0, theta0_sliders)
        self.presets = dict(PRESETS if presets is None else presets)
        self.preset_buttons = []
        for name, preset in self.presets.items():
            button = widgets.Button(description=name, layout=widgets.Layout(width="auto"))
            button.on_click(lambda _, preset=preset: self.apply(preset))
            button.add_class("ib-preset")
            self.preset_buttons.append(button)
        self.readout = widgets.HTML(layout=widgets.Layout(margin="4px 0 0 0"))

        self.summaries = self._compute()
        figure = self._show_scene(self.X, self.y, self._runs(), self._title())
        self._show_text()
        controls = [self.alpha_slider, self.epochs_slider, *self.scale_sliders]
        self._watch([*controls, *self.sign_buttons, *self.theta0_sliders])
        wrap = widgets.Layout(display="flex", flex_flow="row wrap")
        buttons = [*self.preset_buttons]
        if self.theta0_zero_button is not None:
            buttons.append(self.theta0_zero_button)
        # One row per sign, its name where the sliders' names are: a ToggleButtons' own
        # description would sit above its buttons, and both signs in one row did not fit the
        # controls column (x3's buttons wrapped under x2's name).
        name = '<div style="text-align:right;margin-right:8px">sign of x{}</div>'
        width = _STYLE["description_width"]
        sign_rows = [
            widgets.HBox(
                [widgets.HTML(name.format(j + 2), layout=widgets.Layout(width=width)), button],
                layout=widgets.Layout(align_items="center"),
            )
            for j, button in enumerate(self.sign_buttons)
        ]
        left = [*controls, *sign_rows, *self.theta0_sliders]
        if buttons:
            left.append(widgets.Box(buttons, layout=wrap))
        super().__init__([_side_by_side(left, figure, self.readout), _lost_kernel_note()])
        self.add_class("ib-panel")
        self.add_class("ib-compare")

    @property
    def X(self):
        """The data: the base rows with features 2, 3 scaled and signed by the controls."""
        factors = [1.0] + [
            b.value * s.value for b, s in zip(self.sign_buttons, self.scale_sliders, strict=True)
        ]
        return self.base * factors

    def apply(self, preset):
        """Move the controls to a preset (``scales``, ``signs``, optionally ``alpha``,
        ``epochs``, ``theta0``; θ₀ goes back to 0 unless the preset says otherwise) and update
        the picture once."""
        settings = {**COMPARE_DEFAULTS, **preset}
        pairs = [(self.alpha_slider, settings["alpha"]), (self.epochs_slider, settings["epochs"])]
        pairs += list(zip(self.scale_sliders, settings["scales"], strict=True))
        pairs += list(zip(self.sign_buttons, settings["signs"], strict=True))
        if self.theta0_sliders:
            pairs += list(zip(self.theta0_sliders, settings["theta0"], strict=True))
        self._set_together(pairs)

    def _compute(self):
        X, alpha, epochs, theta0 = (
            self.X,
            self.alpha_slider.value,
            self.epochs_slider.value,
            self.theta0,
        )
        return [
            run_optimizer(m, X, self.y, alpha, epochs, batch=self.batch, theta0=theta0)
            for m in self.methods
        ]

    def _runs(self):
        return [
            Run(s.label, s.trajectory, s.limit, m)
            for s, m in zip(self.summaries, self.methods, strict=True)
        ]

    def _title(self):
        start = self.theta0
        where = f", from θ₀ = {format_start(start)}" if np.any(start != 0) else ""
        return f"three optimizers, α = {self.alpha_slider.value:.3g}{where}"

    def _show_text(self):
        """Two narrow tables (the panel's left column is 460 px): each limit and how far its run
        ended from it, then the three norms of each answer's move from θ₀, the smallest of each
        marked; one line says how the runs went."""
        start = self.theta0
        moved = bool(np.any(start != 0))
        table = LimitsTable.of(
            [s.label for s in self.summaries], [s.limit - start for s in self.summaries], self.X
        )
        norms, smallest = table.norms, table.smallest()
        pad = "padding:0 .35em"

        def head(names):
            return "".join(
                f"<th style='{pad};text-align:left'>{html.escape(h)}</th>" for h in names
            )

        def row(kind, k, cells):
            return (
                f"<tr class='ib-{kind}-{self.methods[k]}'>"
                + "".join(f"<td style='{pad};white-space:nowrap'>{c}</td>" for c in cells)
                + "</tr>"
            )

        runs, sizes, statuses = [], [], []
        for k, s in enumerate(self.summaries):
            color = PALETTE[RUN_COLORS[k]]
            label = f"<b style='color:{color}'>{html.escape(s.label)}</b>"
            limit = html.escape(format_vector(s.limit))
            distance = format_number(s.distance, 4)
            cells = [f"<code class='ib-limit'>{limit}</code>",
                     f"<code class='ib-distance'>{distance}</code>"]  # fmt: skip
            runs.append(row("row", k, [label, *cells]))
            marks = [f"<code class='ib-norm'>{format_number(v)}{' ◀' if best else ''}</code>"
                     for v, best in zip(norms[k], smallest[k], strict=True)]  # fmt: skip
            sizes.append(row("norms", k, marks))  # beside the first table: its rows, in order
            status_color = _WARN if s.unstable else "#000000"
            statuses.append(
                f"<span class='ib-status' style='color:{status_color}'>"
                f"{html.escape(s.label)}: {html.escape(s.short_status())}</span>"
            )
        shared = {s.short_status() for s in self.summaries}
        if len(shared) == 1 and not any(s.unstable for s in self.summaries):
            statuses = [f"<span class='ib-status'>each run: {html.escape(shared.pop())}</span>"]
        if moved:
            statuses.append(f"from θ₀ = {html.escape(format_start(start))}")
        norm_names = [name for _, name in NORMS]
        if moved:  # the sizes that matter are those of the move from the start
            norm_names = [n.replace("θ*", "(θ* − θ₀)") if "⊙" in n else n.replace("θ*", "θ* − θ₀")
                          for n in norm_names]  # fmt: skip
        # line-height: ipywidgets gives HTML content the height of a slider row (28 px). The
        # two tables sit side by side under the controls and the scene, and wrap if narrow.
        self.readout.value = (
            "<div class='ib-readout' style='font-size:15px;line-height:1.35'>"
            f"<div class='ib-statuses'>{' · '.join(statuses)}</div>"
            "<div style='display:flex;flex-wrap:wrap;gap:0 1em;align-items:flex-start'>"
            f"<table><tr>{head(('', 'closed-form limit θ*', '‖θ − θ*‖'))}</tr>{''.join(runs)}"
            f"</table><table><tr>{head(norm_names)}</tr>{''.join(sizes)}</table></div>"
            "<div class='ib-caption' style='margin-top:2px;font-size:14px'>◀ smallest of its "
            "column: with one training point each answer is the exact solution nearest to θ₀ "
            "in its own norm (with more, for epoch-Adam on special data only).</div></div>"
        )

    def update(self):
        """Recompute the three runs for the current controls and send the scene to the browser."""
        self.summaries = self._compute()
        self._redraw(self.X, self.y, self._runs(), self._title())  # first, as in OptimizerPanel
        self._show_text()

    def _text(self):
        runs = ", ".join(f"{s.label} {s.short_status()}" for s in self.summaries)
        return f"3-D scene: {self._title()}: {runs}"


def _plain(markup):
    """The text of a little HTML (a question's prompt): tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]*>", "", markup))


class SelfCheck(widgets.VBox):
    """A "predict, then check" question: a choice, a check button and a short explanation.

    Attributes
    ----------
    question : checks.Question
    choice : RadioButtons
        Nothing selected at first.
    check_button, reveal_button : Button
    feedback : HTML
        Empty, "pick an answer first", right (with the explanation), or try again.
    """

    def __init__(self, question):
        self.question = question
        self.choice = widgets.RadioButtons(
            options=question.options, value=None, layout=widgets.Layout(width="auto")
        )
        self.check_button = widgets.Button(description="Check", button_style="primary")
        self.reveal_button = widgets.Button(description="Show the answer")
        self.feedback = widgets.HTML()
        self.check_button.on_click(lambda _: self.check())
        self.reveal_button.on_click(lambda _: self.reveal())
        prompt = widgets.HTML(f"<b style='font-size:15px'>{question.prompt}</b>")
        buttons = widgets.HBox([self.check_button, self.reveal_button])
        # The watchdog is hidden: it changes nothing of the layout.
        super().__init__([prompt, self.choice, buttons, self.feedback, _lost_kernel_note()])
        self.add_class("ib-panel")
        self.add_class("ib-selfcheck")

    def _repr_mimebundle_(self, **kwargs):
        """The live widget, and the question with its options as plain text for where the
        widget cannot run (never the widget's repr)."""
        data = super()._repr_mimebundle_(**kwargs)
        data = dict(data[0] if isinstance(data, tuple) else data or {})
        options = "\n".join(f"  ( ) {option}" for option in self.question.options)
        data["text/plain"] = f"Self-check: {_plain(self.question.prompt)}\n{options}"
        return data

    def _say(self, kind, color, text):
        self.feedback.value = (
            f"<div class='ib-feedback ib-{kind}' style='font-size:15px;color:{color};"
            f"max-width:900px'>{text}</div>"
        )

    def check(self):
        """Judge the current choice and say so."""
        q = self.question
        if self.choice.value is None:
            self._say("empty", "#000000", "Pick an answer first.")
        elif q.is_right(self.choice.value):
            self._say("right", PALETTE["green"], f"<b>Right.</b> {html.escape(q.explanation)}")
        else:
            self._say(
                "wrong", _WARN, "<b>Not this one.</b> Think again, or press “Show the answer”."
            )

    def reveal(self):
        """Show the answer and why."""
        q = self.question
        self._say(
            "answer",
            "#000000",
            f"<b>Answer: {html.escape(q.answer)}.</b> {html.escape(q.explanation)}",
        )


def self_check(name):
    """Build the self-check widget for the question called ``name`` (see ``checks.QUESTIONS``).

    Returns
    -------
    SelfCheck
        The widget; set ``.choice.value`` and call ``.check()`` to answer from code.
    """
    return SelfCheck(checks.question(name))


def compare_panel(**kwargs):
    """Build the comparison panel: SGD, epoch-Adam and rescaled SGD on one scene.

    Parameters
    ----------
    **kwargs
        ``base`` (rows of X before scaling; default the single point [1, 1, 1]), ``y``,
        ``scales``, ``signs`` (of features 2 and 3), ``alpha``, ``epochs``, ``presets`` (name to
        settings; ``{}`` for none), ``batch`` (epoch-Adam's, ``"full"`` by default),
        ``theta0`` (the start of all three runs, default 0), ``theta0_sliders`` (True: three
        sliders move θ₀, and a button puts it back at 0; presets put it back at 0 too).

    Returns
    -------
    ComparePanel
    """
    return ComparePanel(**kwargs)


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


class GeneralizationPanel(_ScenePanel):
    """Three exact fits of Wilson et al.'s data and how each predicts on fresh test points.

    The numbers are the closed-form limits (:func:`core.sgd_limit`, :func:`core.epoch_adam_limit`,
    :func:`core.rescaled_sgd_limit`) on :func:`wilson.data`; the bars are drawn by the browser
    from the HTML, so a slider event is one small message. It shares the scene panels'
    cleanup (a re-run of its cell closes it) and error handling, not their scene.

    Attributes
    ----------
    n_slider : IntSlider
        Number of training points.
    p_slider : FloatSlider
        Share of positive labels, in training and test data alike.
    readout : HTML
        Per optimizer: training fit, scores of a positive and a negative test point, test error.
    errors : dict of str to float
        The test errors shown now, by optimizer label.
    """

    methods = ("sgd", "epoch_adam", "rescaled_sgd")

    def __init__(self, n=12, p=0.6, test_points=1000):
        self.test_points = int(test_points)
        self.n_slider = widgets.IntSlider(
            value=n, min=3, max=60, description="training points n", layout=_WIDE, style=_STYLE
        )
        self.p_slider = widgets.FloatSlider(
            value=p, min=0.51, max=0.95, step=0.01, description="share of + labels",
            readout_format=".2f", layout=_WIDE, style=_STYLE,
        )  # fmt: skip
        self.readout = widgets.HTML()
        self.errors = {}
        self.scene_data = None  # no 3-D scene here: the picture is the test errors
        self.update()
        self._watch([self.n_slider, self.p_slider])
        super().__init__(
            [widgets.VBox([self.n_slider, self.p_slider]), self.readout, _lost_kernel_note()]
        )
        self.add_class("ib-panel")
        self.add_class("ib-generalization")
        self._adopt()  # a re-run of its cell closes this one, as for the scene panels

    def update(self):
        """Recompute the three fits and their test errors for the current sliders."""
        p = self.p_slider.value
        X, y = wilson.data(wilson.labels(self.n_slider.value, p))
        y_test = wilson.test_labels(self.test_points, p)
        rows, self.errors = [], {}
        for k, method in enumerate(self.methods):
            opt = OPTIMIZERS[method]
            theta = opt.limit(X, y)
            error = wilson.test_error(theta, y_test)
            self.errors[opt.label] = error
            plus, minus = wilson.predict(theta, [1.0, -1.0])
            color = PALETTE[RUN_COLORS[k]]
            cells = [
                f"<b style='color:{color}'>{html.escape(opt.label)}</b>",
                f"<code>{format_number(np.abs(X @ theta - y).max(), 6)}</code>",
                f"<code>{format_number(plus, 3)}</code>",
                f"<code>{format_number(minus, 3)}</code>",
                f"<code class='ib-error'>{format_number(error, 3)}</code>",
                f"<div style='background:{color};height:14px;width:{300 * error:.0f}px'></div>",
            ]
            rows.append(
                f"<tr class='ib-row-{method}'>"
                + "".join(f"<td style='padding:2px .5em'>{c}</td>" for c in cells)
                + "</tr>"
            )
        head = "".join(
            f"<th style='padding:0 .5em'>{h}</th>"
            for h in ("exact fit of", "max |Xθ − y|", "score, + point", "score, − point",
                      "test error", "")
        )  # fmt: skip
        self.readout.value = (
            "<div class='ib-readout' style='font-size:15px;white-space:nowrap'>"
            f"<table><tr>{head}</tr>{''.join(rows)}</table>"
            f"<span style='font-size:13px'>{X.shape[0]} training points, {X.shape[1]} features; "
            f"test error on {self.test_points} fresh points, each + with probability "
            f"{p:.2f}.</span></div>"
        )

    def _text(self):
        shown = ", ".join(f"{label} {error:.3f}" for label, error in self.errors.items())
        return (
            f"Test errors of three exact fits (n = {self.n_slider.value}, "
            f"p = {self.p_slider.value:.2f}): {shown}"
        )

    def _repr_mimebundle_(self, **kwargs):
        """The live widget, a PNG of the test errors now and one line of text (see
        :meth:`_ScenePanel._repr_mimebundle_`)."""
        data = super()._repr_mimebundle_(**kwargs)
        data, metadata = data if isinstance(data, tuple) else (data, None)
        data = dict(data or {})
        data["text/plain"] = self._text()
        title = f"n = {self.n_slider.value}, share of + labels {self.p_slider.value:.2f}"
        png = figure_png(
            lambda ax: plot_test_errors(self.errors, ax, title), (9, 3.2), layout="constrained"
        )
        data["image/png"] = base64.b64encode(png).decode("ascii")
        return (data, metadata) if metadata else data


def generalization_panel(**kwargs):
    """Build the panel of notebook 6: three exact fits of Wilson et al.'s data, their test errors.

    Parameters
    ----------
    **kwargs
        ``n`` (training points, default 12), ``p`` (share of positive labels, default 0.6),
        ``test_points`` (default 1000).

    Returns
    -------
    GeneralizationPanel
        The widget; set ``.n_slider.value`` or ``.p_slider.value`` to move it from code.
    """
    return GeneralizationPanel(**kwargs)
