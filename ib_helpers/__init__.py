"""Helpers for the implicit-bias notebooks: update rules and their limits, pictures, sliders.

``core`` is the math (pure numpy), ``plotting`` the 3-D scene, ``readout`` the printed numbers,
``widgets`` the interactive panels.
"""

from .core import (
    epoch_adam,
    epoch_adam_limit,
    feature_scales,
    rescaled_sgd,
    rescaled_sgd_limit,
    rescaled_sgd_stability_bound,
    sgd,
    sgd_limit,
    sgd_stability_bound,
)
from .plotting import (
    Run,
    Scene,
    draw_scene,
    plane_polygon,
    plot_residuals,
    update_scene,
    use_lecture_style,
)
from .readout import RunSummary, format_number, format_vector, summarize
from .widgets import OPTIMIZERS, OptimizerPanel, optimizer_panel, run_optimizer

__all__ = [
    "OPTIMIZERS",
    "OptimizerPanel",
    "Run",
    "RunSummary",
    "Scene",
    "draw_scene",
    "epoch_adam",
    "epoch_adam_limit",
    "feature_scales",
    "format_number",
    "format_vector",
    "optimizer_panel",
    "plane_polygon",
    "plot_residuals",
    "rescaled_sgd",
    "rescaled_sgd_limit",
    "rescaled_sgd_stability_bound",
    "run_optimizer",
    "sgd",
    "sgd_limit",
    "sgd_stability_bound",
    "summarize",
    "update_scene",
    "use_lecture_style",
]
