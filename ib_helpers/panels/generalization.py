"""The panel of notebook 06: three exact fits of Wilson et al.'s data and their test errors.

It has no 3-D scene (its picture is a bar per fit, drawn from the HTML), but it shares the
scene panels' cleanup and error handling through :class:`_ScenePanel`.
"""

from __future__ import annotations

import base64
import html

import ipywidgets as widgets
import numpy as np

from .. import wilson
from ..descriptions import describe_test_errors
from ..live import StateText
from ..plotting import RUN_COLORS, figure_png, plot_test_errors
from ..readout import format_number
from ..scene import TEXT_PALETTE
from .base import _ScenePanel
from .controls import _STYLE, _WIDE
from .kernel_watch import _lost_kernel_note
from .registry import OPTIMIZERS

__all__ = ["GeneralizationPanel", "generalization_panel"]


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
    readout : StateText
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
        # A StateText (no families): its front end also names the panel's sliders for a
        # screen reader, as the scene does in the other panels (js/src/names.js).
        self.readout = StateText(name="readout")
        for slider in (self.n_slider, self.p_slider):
            slider.add_class("ib-control")
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
            color = TEXT_PALETTE[RUN_COLORS[k]]
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
        metadata = dict(metadata or {})
        metadata["image/png"] = {"alt": describe_test_errors(self.errors, title)}
        return data, metadata


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
