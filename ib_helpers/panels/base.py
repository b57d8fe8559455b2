"""What the panels share: :class:`_ScenePanel`, the scene it shows and its cleanup.

A panel's state is a pure function of its control values (:meth:`_ScenePanel._state`): the
runs, the scene (:func:`describe_scene`) and the texts beside it. A slider event computes it
and sends it to the browser-drawn scene (:class:`SceneWidget`) in one message; it never lets
an exception reach the student. The same function fills each control's family, ahead of the
student (:mod:`.ahead`), so that the browser can show any position of a control at once.
Wherever the live scene cannot run (GitHub, nbviewer, ``nbconvert``, a
notebook before *Run All*), a panel shows the PNG matplotlib draws of the same data. A re-run
of a panel's cell closes the panels its last run built (:func:`_cell_run`,
:data:`_PANELS_BY_CELL`). Each panel module subclasses :class:`_ScenePanel`.
"""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass, field

import ipywidgets as widgets
import numpy as np

from ..descriptions import describe_scene_in_words
from ..live import FamilyWidget, SceneWidget, StateText, panel_state
from ..plotting import scene_png
from ..scene import SceneData, describe_scene
from .ahead import Ahead
from .controls import _WARN, _WIDE, _start_at_zero_button, _theta0_sliders
from .registry import Runs

__all__ = ["PanelState", "panel_scene"]


@dataclass
class PanelState:
    """What a panel shows for one setting of its controls.

    Attributes
    ----------
    values : dict
        The controls' values it was computed for (a toggle's by its index).
    scene_data : SceneData
    texts : dict of str to str
        The panel's texts as HTML, by name (``"readout"``, ``"bound"``).
    summaries : list of RunSummary
    """

    values: dict
    scene_data: SceneData
    texts: dict
    summaries: list = field(default_factory=list)


def read_control(widget):
    """A control's value as the browser links it: a toggle's index, a slider's value."""
    return widget.index if isinstance(widget, widgets.ToggleButtons) else widget.value


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
    #: Computes the families ahead of the student (None for a panel without a scene).
    ahead = None
    #: The runs its states cut for fewer epochs (:class:`Runs`), made with the scene.
    runs = None
    families = {}
    _links = ()
    _texts = {}

    def _describe(self, X, y, runs, title):
        return panel_scene(X, y, runs, title, zoom=self.zoom)

    # A panel with a scene says which controls it has and what it shows for their values.
    def _controls(self):
        """The controls, name to widget, whose every position the panel computes ahead."""
        raise NotImplementedError

    def _state(self, values):
        """The :class:`PanelState` for ``values`` (name to value): pure, reads no widget, so
        that a background thread can compute it too."""
        raise NotImplementedError

    def _take(self, state):
        """Keep ``state`` as the one shown now (the attributes the panel documents)."""
        self.state = state
        self.scene_data = state.scene_data

    def _state_json(self, values):
        state = self._state(values)
        return panel_state(state.scene_data, state.texts)

    def _read(self):
        return {name: read_control(w) for name, w in self._controls().items()}

    def _make_families(self):
        """One :class:`FamilyWidget` per control, its value linked to the control's in the
        browser (``jslink``: no kernel in between)."""
        self.families, links = {}, []
        for name, control in self._controls().items():
            # The page names each control's handles for a screen reader (js/src/names.js).
            control.add_class("ib-control")
            family = FamilyWidget(control=name, value=read_control(control))
            attribute = "index" if isinstance(control, widgets.ToggleButtons) else "value"
            links.append(widgets.jslink((control, attribute), (family, "value")))
            self.families[name] = family
        self._links = links

    def _state_text(self, name, layout=None):
        """A text of the panel that changes with the picture (:class:`StateText`)."""
        text = StateText(
            name=name, families=list(self.families.values()), layout=layout or widgets.Layout()
        )
        self._texts = {**self._texts, name: text}
        return text

    def _show_scene(self):
        """Compute the state for the controls, make the live widget that draws it, start the
        families, and return that widget."""
        values = self._read()
        self.runs = Runs()  # the runs the states cut for fewer epochs, shared with the families
        state = self._state(values)
        self._take(state)
        self.scene = SceneWidget(families=list(self.families.values()))
        self.scene.show(state.scene_data, state.texts)
        self._show_texts(state.texts)
        self._adopt()
        self.ahead = Ahead(
            self._state_json, self._controls(), self.families, longest_first=("epochs",)
        )
        self.ahead.restart(values)
        return self.scene

    def _show_texts(self, texts):
        for name, text in self._texts.items():
            text.value = texts.get(name, "")

    def update(self, changed=None):
        """Compute the state for the current controls and send it to the browser (``changed``:
        the control that moved, whose family still holds; None if not known)."""
        values = self._read()
        with self.ahead.hold():
            state = self._state(values)
            self._take(state)
            # The scene first: its picture is drawn in the frame that also lays out the text.
            self.scene.show(state.scene_data, state.texts)
            self._show_texts(state.texts)
        self.ahead.restart(values, changed)

    def compute_ahead(self):
        """Compute every family now, in this thread (a script or a test; in a kernel they are
        computed in the background)."""
        self.ahead.compute_all()

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
        if self.ahead is not None:
            self.ahead.close()
            self.ahead = None
        for widget in [*self._links, *self.families.values()]:
            widget.close()
        self._links, self.families, self._texts = (), {}, {}
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
        self.scene_data = self.summary = self.state = self.runs = None
        self.summaries = []

    def _watch(self, controls):
        self._holding = False
        for w in controls:
            w.observe(self._on_change, names="value")

    def _on_change(self, change):
        if self._holding:
            return
        changed = None
        if change is not None and self.families:
            owner = change["owner"] if isinstance(change, dict) else change.owner
            changed = next((n for n, w in self._controls().items() if w is owner), None)
        try:
            self.update(changed) if self.families else self.update()
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
            # The picture's alt text: what it shows, in numbers (the read-only copy uses it).
            metadata = dict(metadata or {})
            metadata["image/png"] = {"alt": describe_scene_in_words(self.scene_data)}
        return (data, metadata) if metadata else data
