"""The sliders: a panel that wires step size and feature scales to a live 3-D scene.

A slider event recomputes the run and moves the existing artists (:func:`update_scene`); it
never builds a new figure, and it never lets an exception reach the student.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import PIL.Image

from . import core
from .plotting import Run, draw_scene, update_scene
from .readout import summarize

__all__ = ["OPTIMIZERS", "Optimizer", "OptimizerPanel", "optimizer_panel", "run_optimizer"]


@dataclass(frozen=True)
class Optimizer:
    """An optimizer as the panels see it: how to run it, its limit, its bound, its defaults."""

    label: str
    run: object
    limit: object
    bound: object = None
    bound_text: str = ""
    alpha: float = 0.1
    epochs: int = 60
    #: (min, max, step) of the alpha slider: linear, so the default lands on the grid exactly
    #: and the slider shows the same run the notebook printed.
    alpha_range: tuple = (0.01, 1.0, 0.01)
    max_epochs: int = 200


OPTIMIZERS = {
    "sgd": Optimizer(
        "SGD",
        core.sgd,
        core.sgd_limit,
        core.sgd_stability_bound,
        "1/‖x‖²",
        alpha=0.25,
        epochs=60,
        alpha_range=(0.01, 2.0, 0.01),
    ),
    "epoch_adam": Optimizer(
        "epoch-Adam",
        core.epoch_adam,
        core.epoch_adam_limit,
        alpha=0.05,
        epochs=400,
        alpha_range=(0.005, 0.5, 0.005),
        max_epochs=1000,
    ),
    "rescaled_sgd": Optimizer(
        "rescaled SGD",
        core.rescaled_sgd,
        core.rescaled_sgd_limit,
        core.rescaled_sgd_stability_bound,
        "1/‖x/s‖²",
        alpha=0.1,
        epochs=60,
        alpha_range=(0.01, 1.0, 0.01),
    ),
}


def run_optimizer(method, x, y, alpha, epochs, schedule="decay"):
    """Run one optimizer from 0 and summarize it against its closed form.

    Parameters
    ----------
    method : {"sgd", "epoch_adam", "rescaled_sgd"}
    x : array_like, shape (d,)
        The single training point.
    y : float
    alpha : float
    epochs : int
    schedule : {"decay", "constant"}
        Step-size schedule, for ``"epoch_adam"`` only.

    Returns
    -------
    RunSummary
    """
    if method not in OPTIMIZERS:
        raise ValueError(f"method must be one of {sorted(OPTIMIZERS)}; got {method!r}")
    opt = OPTIMIZERS[method]
    kwargs = {"schedule": schedule} if method == "epoch_adam" else {}
    trajectory = opt.run(x, y, alpha, epochs, **kwargs)
    bound = opt.bound(x) if opt.bound is not None else None
    return summarize(
        opt.label, x, y, alpha, epochs, trajectory, opt.limit(x, y), bound, opt.bound_text
    )


_WIDE = widgets.Layout(width="430px", flex="0 0 auto")
_STYLE = {"description_width": "130px"}


class OptimizerPanel(widgets.VBox):
    """Sliders, a text readout and the 3-D scene of one optimizer, wired together.

    Attributes
    ----------
    alpha_slider, epochs_slider : ipywidgets slider
    scale_sliders : list of FloatLogSlider
        Scales of features 2, 3, ... (feature 1 is fixed at 1).
    schedule_buttons : ToggleButtons or None
        Decaying or constant step size (epoch-Adam only).
    readout : HTML
        Last iterate, closed form, distance, residual, norm, and the bound on alpha.
    scene : Scene
        The figure and its artists.
    summary : RunSummary
        The run shown now.
    """

    def __init__(
        self, method="sgd", alpha=None, epochs=None, scales=(0.1, 0.01), y=1.0, schedule="decay"
    ):
        if method not in OPTIMIZERS:
            raise ValueError(f"method must be one of {sorted(OPTIMIZERS)}; got {method!r}")
        self.method = method
        self.optimizer = opt = OPTIMIZERS[method]
        self.y = float(y)
        lo, hi, step = opt.alpha_range
        self.alpha_slider = widgets.FloatSlider(
            value=opt.alpha if alpha is None else alpha,
            min=lo,
            max=hi,
            step=step,
            description="step size α",
            readout_format=".3f",
            layout=_WIDE,
            style=_STYLE,
        )
        self.epochs_slider = widgets.IntSlider(
            value=opt.epochs if epochs is None else epochs,
            min=1,
            max=opt.max_epochs,
            description="epochs",
            layout=_WIDE,
            style=_STYLE,
        )
        self.scale_sliders = [
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
            )
            for j, s in enumerate(scales)
        ]
        self.schedule_buttons = None
        controls = [self.alpha_slider, self.epochs_slider, *self.scale_sliders]
        if method == "epoch_adam":
            self.schedule_buttons = widgets.ToggleButtons(
                options=[("α/√(t+1)", "decay"), ("constant α", "constant")],
                value=schedule,
                description="schedule",
                style=_STYLE,
            )
            controls.append(self.schedule_buttons)
        self.bound_label = widgets.HTML(layout=widgets.Layout(margin="-6px 0 4px 138px"))
        self.readout = widgets.HTML(layout=widgets.Layout(margin="0 0 0 2em", min_width="500px"))

        self.summary = self._compute()
        with plt.ioff():
            self.scene = draw_scene(self.x, self.y, self._runs(), title=self.summary.title())
        canvas = self.scene.fig.canvas
        if isinstance(canvas, widgets.DOMWidget):  # ipympl: a live, rotatable canvas
            canvas.header_visible = False
            canvas.footer_visible = False
            canvas.resizable = False
            canvas.toolbar_position = "right"
            _encode_frames_fast(canvas)
            figure = [canvas]
        else:  # any other backend (tests, static export): a picture of the same figure
            self.output = widgets.Output()
            with self.output:
                plt.show()
            figure = [self.output]
        self._show_text()

        for w in controls:
            w.observe(self._on_change, names="value")
        left = widgets.VBox(
            [self.alpha_slider, self.bound_label, *controls[1:]],
            layout=widgets.Layout(flex="0 0 auto", width="440px"),
        )
        super().__init__([widgets.HBox([left, self.readout]), *figure])
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
        )

    def _runs(self):
        return Run(self.summary.label, self.summary.trajectory, self.summary.limit)

    def _show_text(self):
        s = self.summary
        self.readout.value = s.html()
        if s.bound is None:
            self.bound_label.value = ""
        else:
            above = self.alpha_slider.value >= s.bound
            color = "#D55E00" if above else "#000000"
            self.bound_label.value = (
                f"<span class='ib-bound' style='font-size:15px;white-space:nowrap;color:{color}'>"
                f"stable for α &lt; {html.escape(s.bound_text)} = {s.bound:.4g}</span>"
            )

    def update(self):
        """Recompute the run for the current slider values and redraw the scene in place."""
        self.summary = self._compute()
        update_scene(self.scene, self.x, self.y, self._runs(), title=self.summary.title())
        self._show_text()

    def _on_change(self, change):
        try:
            self.update()
        except Exception as error:  # a slider must never show a traceback to a student
            self.readout.value = (
                "<div class='ib-readout' style='font-size:15px;color:#D55E00'>"
                f"<b>Could not update the picture:</b> {html.escape(str(error))}</div>"
            )


def _encode_frames_fast(canvas):
    """Make an ipympl canvas encode its frames with zlib level 1 instead of PIL's default.

    Encoding the PNG is most of a slider event's time (benchmarks/slider_latency.py); level 1
    makes it several times faster for these frames, which are mostly the transparent pixels of a
    diff. The logic is matplotlib's ``FigureCanvasWebAggCore.get_diff_image`` otherwise.
    """

    def get_diff_image():
        if not canvas._png_is_old:
            return None
        pixels = np.asarray(canvas.get_renderer().buffer_rgba())
        buff = pixels.view(np.uint32).squeeze(2)
        if (
            canvas._force_full
            or buff.shape != canvas._last_buff.shape
            or (pixels[:, :, 3] != 255).any()
        ):
            canvas.set_image_mode("full")
            output = buff
        else:
            canvas.set_image_mode("diff")
            output = np.where(buff != canvas._last_buff, buff, 0)
        canvas._last_buff = buff.copy()
        canvas._force_full = False
        canvas._png_is_old = False
        data = output.view(dtype=np.uint8).reshape((*output.shape, 4))
        with io.BytesIO() as png:
            PIL.Image.fromarray(data).save(png, format="png", compress_level=1)
            return png.getvalue()

    canvas.get_diff_image = get_diff_image


def optimizer_panel(method="sgd", **kwargs):
    """Build the interactive panel for one optimizer; display it by leaving it last in a cell.

    Parameters
    ----------
    method : {"sgd", "epoch_adam", "rescaled_sgd"}
    **kwargs
        ``alpha``, ``epochs``, ``scales`` (of features 2 and 3; default (0.1, 0.01)), ``y``,
        ``schedule`` (epoch-Adam only).

    Returns
    -------
    OptimizerPanel
        The widget; set a slider's ``.value`` to move it from code.
    """
    return OptimizerPanel(method, **kwargs)
