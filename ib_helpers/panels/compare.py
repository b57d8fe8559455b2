"""The comparison panel (notebooks 04 and 05): SGD, epoch-Adam and rescaled SGD on one scene.

:data:`PRESETS` are the lecture's feature settings, :data:`COMPARE_DEFAULTS` what a preset puts
back (α, epochs, θ₀ = 0).
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import numpy as np

from .. import core
from ..plotting import RUN_COLORS
from ..readout import NORMS, LimitsTable, format_number, format_start, format_vector
from ..scene import TEXT_PALETTE, Run
from .base import PanelState, _ScenePanel
from .controls import _STYLE, _WARN, _alpha_slider, _epochs_slider, _scale_sliders, _side_by_side
from .kernel_watch import _lost_kernel_note
from .registry import run_optimizer

__all__ = ["COMPARE_DEFAULTS", "PRESETS", "ComparePanel", "compare_panel"]


#: The lecture presets of the comparison panel: feature scales and signs of x2, x3. Each also
#: puts θ₀ back at 0 (``COMPARE_DEFAULTS``): a preset is the lecture's state, and the notebook
#: prints its table from 0.
PRESETS = {
    "x = [1, 0.1, 0.01]": {"scales": (0.1, 0.01), "signs": (1, 1)},
    "x = [1, 1, 1]": {"scales": (1.0, 1.0), "signs": (1, 1)},
    "x = [1, −0.1, 0.01]": {"scales": (0.1, 0.01), "signs": (-1, 1)},
}
COMPARE_DEFAULTS = {"alpha": 0.1, "epochs": 400, "theta0": (0.0, 0.0, 0.0)}
#: The sign buttons' values, by index (the browser links a toggle's index).
SIGNS = (1, -1)


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
    readout : StateText
        Two tables: per optimizer, how its run went and its closed-form limit; then the three
        norms of each answer's move from θ₀.
    families : dict of str to FamilyWidget
        Each slider's and sign's states, computed ahead (see :mod:`ib_helpers.panels.ahead`).
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
                options=list(zip(("+", "−"), SIGNS, strict=True)),
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
        self._make_families()
        self.readout = self._state_text("readout", widgets.Layout(margin="4px 0 0 0"))

        figure = self._show_scene()
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

    def _controls(self):
        controls = {"alpha": self.alpha_slider, "epochs": self.epochs_slider}
        for j, (slider, sign) in enumerate(zip(self.scale_sliders, self.sign_buttons, strict=True)):
            controls[f"scale_{j + 2}"] = slider
            controls[f"sign_{j + 2}"] = sign
        for j, slider in enumerate(self.theta0_sliders):
            controls[f"theta0_{j + 1}"] = slider
        return controls

    def _state(self, values):
        features = range(2, 2 + len(self.scale_sliders))
        X = self.base * ([1.0] + [SIGNS[values[f"sign_{j}"]] * values[f"scale_{j}"]
                                  for j in features])  # fmt: skip
        if self.theta0_sliders:
            theta0 = np.array([values[f"theta0_{j + 1}"] for j in range(3)], dtype=float)
        else:
            theta0 = self._theta0.copy()
        alpha, epochs = values["alpha"], values["epochs"]
        summaries = [
            run_optimizer(
                m, X, self.y, alpha, epochs, batch=self.batch, theta0=theta0, runs=self.runs
            )
            for m in self.methods
        ]
        runs = [Run(s.label, s.trajectory, s.limit, m)
                for s, m in zip(summaries, self.methods, strict=True)]  # fmt: skip
        title = self._title(alpha, theta0)
        texts = {"readout": self._readout(summaries, X, theta0)}
        return PanelState(values, self._describe(X, self.y, runs, title), texts, summaries)

    def _take(self, state):
        super()._take(state)
        self.summaries = state.summaries

    def _title(self, alpha=None, theta0=None):
        alpha = self.alpha_slider.value if alpha is None else alpha
        start = self.theta0 if theta0 is None else theta0
        where = f", from θ₀ = {format_start(start)}" if np.any(start != 0) else ""
        return f"three optimizers, α = {alpha:.3g}{where}"

    def _readout(self, summaries, X, start):
        """Two narrow tables (the panel's left column is 460 px): each limit and how far its run
        ended from it, then the three norms of each answer's move from θ₀, the smallest of each
        marked; one line says how the runs went."""
        moved = bool(np.any(start != 0))
        table = LimitsTable.of(
            [s.label for s in summaries], [s.limit - start for s in summaries], X
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
        for k, s in enumerate(summaries):
            color = TEXT_PALETTE[RUN_COLORS[k]]
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
        shared = {s.short_status() for s in summaries}
        if len(shared) == 1 and not any(s.unstable for s in summaries):
            statuses = [f"<span class='ib-status'>each run: {html.escape(shared.pop())}</span>"]
        if moved:
            statuses.append(f"from θ₀ = {html.escape(format_start(start))}")
        norm_names = [name for _, name in NORMS]
        if moved:  # the sizes that matter are those of the move from the start
            norm_names = [n.replace("θ*", "(θ* − θ₀)") if "⊙" in n else n.replace("θ*", "θ* − θ₀")
                          for n in norm_names]  # fmt: skip
        # line-height: ipywidgets gives HTML content the height of a slider row (28 px). The
        # two tables sit side by side under the controls and the scene, and wrap if narrow.
        return (
            "<div class='ib-readout' style='font-size:15px;line-height:1.35'>"
            f"<div class='ib-statuses'>{' · '.join(statuses)}</div>"
            "<div style='display:flex;flex-wrap:wrap;gap:0 1em;align-items:flex-start'>"
            f"<table><tr>{head(('', 'closed-form limit θ*', '‖θ − θ*‖'))}</tr>{''.join(runs)}"
            f"</table><table><tr>{head(norm_names)}</tr>{''.join(sizes)}</table></div>"
            "<div class='ib-caption' style='margin-top:2px;font-size:14px'>◀ smallest of its "
            "column: with one training point each answer is the exact solution nearest to θ₀ "
            "in its own norm (with more, for epoch-Adam on special data only).</div></div>"
        )

    def _text(self):
        runs = ", ".join(f"{s.label} {s.short_status()}" for s in self.summaries)
        return f"3-D scene: {self._title()}: {runs}"


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
