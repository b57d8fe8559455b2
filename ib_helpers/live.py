"""The live 3-D scene: an anywidget whose browser side (three.js) draws what the kernel sends.

The kernel computes every number (:func:`ib_helpers.scene.describe_scene`) and sends it in one
trait, ``scene``, when a control changes; the browser draws it, and rotates and zooms it with
the mouse without a message to the kernel. The browser side is ``js/scene.js``, bundled with
three.js into ``ib_helpers/static/scene.js`` by ``tools/build_js.py`` and shipped inside the
package, so installing the package needs no Node.js.
"""

from __future__ import annotations

from pathlib import Path

import anywidget
import ipywidgets as widgets
import numpy as np
import traitlets

from .descriptions import describe_scene_in_words
from .scene import PALETTE, SceneData

__all__ = ["BUNDLE", "FamilyWidget", "SceneWidget", "StateText", "panel_state", "scene_state"]

#: The browser side, built from js/ by tools/build_js.py.
BUNDLE = Path(__file__).resolve().parent / "static" / "scene.js"
#: The browser side of :class:`StateText`, built with the scene's.
TEXT_BUNDLE = BUNDLE.with_name("text.js")


def _floats(values):
    return [float(v) for v in np.ravel(values)]


def scene_state(data: SceneData):
    """The :class:`SceneData` as the widget sends it: JSON, and each path as float64 bytes.

    A path travels as binary, little-endian float64: a third of the size of JSON text, and
    exactly the numbers the kernel computed; ``steps`` are the step numbers of its points (every
    step left out is within 0.2% of the box of the point drawn before it, see
    :func:`ib_helpers.scene.drawn_steps`, so Play shows step k at the last point up to k).
    ``zoom`` (or None) is a second, magnified view of crowded answers, drawn in the same way.
    """
    return {
        "title": data.title,
        "lower": _floats(data.lower),
        "upper": _floats(data.upper),
        "ticks": [_floats(t) for t in data.ticks],
        "tick_labels": [list(labels) for labels in data.tick_labels],
        "axis_labels": list(data.axis_labels),
        "solutions": {
            "kind": data.solution_kind,
            "points": [_floats(p) for p in data.solutions],
            "label": data.solution_label,
            "color": PALETTE["sky"],
            "edge_color": PALETTE["blue"],
        },
        "start": _floats(data.start),
        "runs": [
            {
                "label": r.label,
                "color": r.color,
                "path": memoryview(np.ascontiguousarray(r.path, dtype="<f8").tobytes()),
                "steps": [int(k) for k in r.steps],
                "last": _floats(r.last),
                "limit": _floats(r.limit),
                "limit_color": r.limit_color,
            }
            for r in data.runs
        ],
        "legend": [{"label": e.label, "kind": e.kind, "color": e.color} for e in data.legend],
        "star_labels": [
            {"text": t.text, "point": _floats(t.point), "color": t.color} for t in data.star_labels
        ],
        "balls": [
            {
                "label": b.label,
                "shape": b.shape,
                "color": b.color,
                "center": _floats(b.center),
                "semi_axes": _floats(b.semi_axes),
                "touch": None if b.touch is None else _floats(b.touch),
                "holds": bool(b.holds),
                "note": b.note,
            }
            for b in data.balls
        ],
        "balls_shown": bool(data.balls_shown),
        "guides": [
            {"label": g.label, "points": [_floats(p) for p in g.points], "color": g.color}
            for g in data.guides
        ],
        "normal": None if data.normal is None else _floats(data.normal),
        "zoom": None
        if data.zoom is None
        else {
            "lower": _floats(data.zoom.lower),
            "upper": _floats(data.zoom.upper),
            "ticks": [_floats(t) for t in data.zoom.ticks],
            "tick_labels": [list(labels) for labels in data.zoom.tick_labels],
            "solutions": [_floats(p) for p in data.zoom.solutions],
            "members": list(data.zoom.members),
            "star_labels": [
                {"text": t.text, "point": _floats(t.point), "color": t.color}
                for t in data.zoom.star_labels
            ],
            "factor": data.zoom.factor,
            "label": data.zoom.label,
        },
    }


def panel_state(data: SceneData, texts):
    """What the browser shows for one setting of a panel's controls: the scene
    (:func:`scene_state`), its description in words (:func:`describe_scene_in_words`) and the
    panel's texts (``texts``: name to HTML, shown by the :class:`StateText` of that name)."""
    return {
        **scene_state(data),
        "description": describe_scene_in_words(data),
        "texts": dict(texts),
    }


class FamilyWidget(widgets.Widget):
    """One control's family (:mod:`ib_helpers.families`): a model with no view.

    ``value`` follows the control in the browser (a ``jslink``, with no kernel in between), so
    the scene knows the controls' values at once; ``data`` is the family's bytes (empty while
    there is none that holds for the other controls' values).
    """

    control = traitlets.Unicode().tag(sync=True)
    value = traitlets.Any().tag(sync=True)
    data = traitlets.Bytes(b"").tag(sync=True)


class StateText(anywidget.AnyWidget):
    """A panel's text (its readout, say) that changes with the picture, in the same frame.

    The kernel sets ``value`` (HTML) for the controls it has computed; where the browser shows
    a state from a family instead (see :class:`FamilyWidget`), it shows that state's text named
    ``name``, so the numbers always belong to the picture beside them.
    """

    _esm = TEXT_BUNDLE.read_text(encoding="utf-8")
    value = traitlets.Unicode("").tag(sync=True)
    name = traitlets.Unicode("").tag(sync=True)
    families = traitlets.List(traitlets.Instance(FamilyWidget)).tag(
        sync=True, **widgets.widget_serialization
    )


class SceneWidget(anywidget.AnyWidget):
    """The browser-drawn scene. Set :meth:`show` (or the ``scene`` trait) to change what it draws.

    Attributes
    ----------
    scene : dict
        What the browser draws, from :func:`panel_state`, unless a family holds the controls'
        values: then it draws that family's state (the same, computed ahead).
    families : list of FamilyWidget
        The panel's families, one per control.
    data : SceneData or None
        The same, as the kernel described it.
    """

    # The text, read once: every widget shares the one string. (Given a path, anywidget would
    # watch the file and keep a callback holding every widget ever made.)
    _esm = BUNDLE.read_text(encoding="utf-8")
    scene = traitlets.Dict().tag(sync=True)
    families = traitlets.List(traitlets.Instance(FamilyWidget)).tag(
        sync=True, **widgets.widget_serialization
    )

    def __init__(self, data: SceneData | None = None, **kwargs):
        super().__init__(**kwargs)
        self.data = None
        if data is not None:
            self.show(data)

    def close(self):
        """Close the widget and drop what it showed (a closed widget draws nothing)."""
        super().close()
        self.data = None
        self.scene = {}

    def show(self, data: SceneData, texts=None):
        """Draw ``data`` instead of what is drawn now: one message to the browser."""
        self.data = data
        self.scene = panel_state(data, texts or {})
