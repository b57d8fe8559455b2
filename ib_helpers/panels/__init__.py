"""The interactive panels: sliders wired to a live 3-D scene, and the self-check questions.

One module per panel, on a shared base:

- ``registry``: the optimizers as the panels see them (:class:`Optimizer`, :data:`OPTIMIZERS`)
  and :func:`run_optimizer`, which runs one and summarizes it against its closed form.
- ``controls``: the slider, button and layout builders and the sizes and colours every panel
  shares (:data:`THETA0_RANGE`, the θ₀ sliders' range).
- ``kernel_watch``: the lost-kernel watchdog every panel carries, and the sentence it shows
  (:data:`LOST_KERNEL_MESSAGE`).
- ``base``: ``_ScenePanel``, what the panels share (the live scene and its PNG, updates that
  never raise, cleanup when a cell runs again; a panel's state as a pure function of its
  control values, :class:`PanelState`), and :func:`panel_scene`, the scene it shows.
- ``ahead``: :class:`Ahead`, each control's family of states computed in a kernel thread
  ahead of the student (see :mod:`ib_helpers.families`).
- ``snapshot``: :func:`panel_snapshot`, a panel as the read-only copy carries it (its controls,
  its state and every family), for ``tools/build_site.py``.
- ``optimizer``: :class:`OptimizerPanel`, one optimizer (notebooks 01 to 03).
- ``compare``: :class:`ComparePanel`, the three optimizers on one scene, its :data:`PRESETS`
  and :data:`COMPARE_DEFAULTS` (notebooks 04 and 05).
- ``generalization``: :class:`GeneralizationPanel`, Wilson et al.'s data (notebook 06).
- ``self_checks``: :class:`SelfCheck`, a "predict, then check" question, judged in the page
  (:class:`CheckButtons`).

Each panel has a builder (:func:`optimizer_panel`, :func:`compare_panel`,
:func:`generalization_panel`, :func:`self_check`), which the notebooks call as
``ib.optimizer_panel(...)`` and so on.
"""

from .base import panel_scene
from .compare import COMPARE_DEFAULTS, PRESETS, ComparePanel, compare_panel
from .controls import THETA0_RANGE
from .generalization import GeneralizationPanel, generalization_panel
from .kernel_watch import LOST_KERNEL_MESSAGE
from .optimizer import OptimizerPanel, optimizer_panel
from .registry import OPTIMIZERS, Optimizer, run_optimizer
from .self_checks import SelfCheck, self_check

__all__ = [
    "COMPARE_DEFAULTS",
    "LOST_KERNEL_MESSAGE",
    "OPTIMIZERS",
    "PRESETS",
    "THETA0_RANGE",
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
