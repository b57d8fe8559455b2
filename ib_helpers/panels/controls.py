"""The controls every panel builds from: sliders, the θ₀ button, the column-and-scene layout.

One place for the sizes and colours the panels share, so that the panels line up with each
other (the same slider width, the same description column, the same warning colour).
"""

from __future__ import annotations

import ipywidgets as widgets

__all__ = ["THETA0_RANGE"]


# Narrow controls: at 1280x720 with JupyterLab's file browser open the output area is about
# 870 px wide, and the scene beside the controls needs about 560 of them.
_WIDE = widgets.Layout(width="320px", flex="0 0 auto")
_STYLE = {"description_width": "112px"}
#: Where a slider's track starts (its description's width and the gap after it), in px.
_TRACK = 120
_WARN = "#B55000"  # vermillion, darkened for text (scene.TEXT_PALETTE)


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
