"""Helpers for the implicit-bias notebooks: update rules and their limits, pictures, sliders.

``core`` is the math (pure numpy), ``balls`` the smallest norm ball touching the solutions,
``wilson`` the data of notebook 6, ``scene`` the 3-D scene as data (pure numpy), ``plotting``
its static matplotlib pictures, ``live`` the browser-drawn live scene, ``readout`` the printed
numbers, ``checks`` the self-check questions (answers computed by ``core``), ``panels`` the
interactive panels (one module per panel, see its docstring).
"""

from . import balls, descriptions, panels, wilson, worksheet
from .checks import QUESTIONS, Question, question
from .core import (
    adam,
    distance_to_row_space,
    epoch_adam,
    epoch_adam_limit,
    feature_scales,
    fixed_preconditioner_limit,
    has_exact_solution,
    rescaled_sgd,
    rescaled_sgd_epoch_radius,
    rescaled_sgd_limit,
    rescaled_sgd_stability_bound,
    sgd,
    sgd_epoch_radius,
    sgd_limit,
    sgd_stability_bound,
    solution_norms,
)
from .descriptions import Picture, show_figure
from .panels import (
    OPTIMIZERS,
    PRESETS,
    ComparePanel,
    GeneralizationPanel,
    OptimizerPanel,
    SelfCheck,
    compare_panel,
    generalization_panel,
    optimizer_panel,
    run_optimizer,
    self_check,
)
from .plotting import Scene, draw_scene, plot_residuals, scene_png, use_lecture_style
from .predictions import Predictions, check_predictions
from .readout import (
    LimitsTable,
    PreconditionerTable,
    RunSummary,
    format_number,
    format_vector,
    limits_table,
    preconditioner_table,
    summarize,
)
from .scene import Run, SceneData, describe_scene, plane_polygon, solution_set

__all__ = [
    "adam",
    "balls",
    "descriptions",
    "check_predictions",
    "OPTIMIZERS",
    "PRESETS",
    "QUESTIONS",
    "ComparePanel",
    "GeneralizationPanel",
    "LimitsTable",
    "OptimizerPanel",
    "Picture",
    "Predictions",
    "PreconditionerTable",
    "Question",
    "Run",
    "RunSummary",
    "Scene",
    "SceneData",
    "SelfCheck",
    "compare_panel",
    "describe_scene",
    "distance_to_row_space",
    "draw_scene",
    "epoch_adam",
    "epoch_adam_limit",
    "feature_scales",
    "fixed_preconditioner_limit",
    "format_number",
    "format_vector",
    "generalization_panel",
    "has_exact_solution",
    "limits_table",
    "optimizer_panel",
    "panels",
    "plane_polygon",
    "plot_residuals",
    "preconditioner_table",
    "question",
    "rescaled_sgd",
    "rescaled_sgd_epoch_radius",
    "rescaled_sgd_limit",
    "rescaled_sgd_stability_bound",
    "run_optimizer",
    "scene_png",
    "self_check",
    "sgd",
    "sgd_epoch_radius",
    "sgd_limit",
    "sgd_stability_bound",
    "show_figure",
    "solution_norms",
    "solution_set",
    "summarize",
    "use_lecture_style",
    "wilson",
    "worksheet",
]
