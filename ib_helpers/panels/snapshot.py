"""A panel as the read-only copy carries it: its controls, its state and every family, as JSON.

:func:`panel_snapshot` is what ``tools/build_site.py`` embeds in a page, for the page's own
script (``js/readonly.js``) to draw the panel with no kernel: the same scene (``js/scene.js``),
the same texts (``js/text.js``), and a native slider or radio group per control whose every
position is in a family (:mod:`ib_helpers.families`). Without a kernel only one control can be
away from the lesson's setting at a time (a family holds the others at its base): moving a
control puts the others back, and the page says so. The comparison panel's presets are
states of their own, computed ahead too: a preset button shows its state (picture, numbers
and the controls' positions), and moving a control then starts again from the lesson's
setting.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

import ipywidgets as widgets
import nbformat

from ..families import close, index_of, positions
from ..live import panel_state
from .base import read_control

__all__ = [
    "PANEL_CELL",
    "SELF_CHECK_CELL",
    "notebook_panel",
    "panel_from_cell",
    "panel_snapshot",
    "self_check_snapshot",
]

#: A notebook cell that builds a slider panel and nothing else (``ib.optimizer_panel(...)`` or
#: ``ib.compare_panel(...)``): the read-only copy, the tests and the benchmarks make it again.
PANEL_CELL = re.compile(r"^\s*ib\.(optimizer_panel|compare_panel)\(.*\)\s*$", re.S)
#: A notebook cell that asks one self-check question (``ib.self_check("name")``); group 1 is
#: the question's name.
SELF_CHECK_CELL = re.compile(r"""^\s*ib\.self_check\(\s*["']([\w-]+)["']\s*\)\s*$""")


def panel_from_cell(source):
    """The panel a notebook's panel cell builds, made again in this process (the cell is
    evaluated with only ``ib`` in scope).

    Raises
    ------
    ValueError
        If ``source`` is not a panel cell (:data:`PANEL_CELL`).
    """
    if not PANEL_CELL.match(source):
        raise ValueError(
            "a panel cell is one call, ib.optimizer_panel(...) or ib.compare_panel(...); "
            f"got {source[:80]!r}"
        )
    import ib_helpers as ib

    return eval(compile(source.strip(), "<panel cell>", "eval"), {"ib": ib})  # our own cell


def notebook_panel(path):
    """The panel of the notebook at ``path`` (its first panel cell), as the notebook builds it.

    Raises
    ------
    ValueError
        If the notebook has no panel cell.
    """
    nb = nbformat.read(Path(path), as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code" and PANEL_CELL.match(cell.source):
            return panel_from_cell(cell.source)
    raise ValueError(f"{path} has no panel cell (ib.optimizer_panel(...) or ib.compare_panel(...))")


def _b64(data):
    return base64.b64encode(bytes(data)).decode("ascii")


def _label(widget, value):
    """A slider position as its own readout prints it (``readout_format``)."""
    if isinstance(widget, widgets.IntSlider):
        return str(int(value))
    spec = getattr(widget, "readout_format", ".3g")
    # The slider's readout formats with d3-format, whose "g" keeps trailing zeros (0.100):
    # Python's alternate form "#g" does the same.
    return format(value, "#" + spec if spec.endswith("g") else spec)


def _control(name, widget):
    values = positions(widget)
    current = read_control(widget)
    entry = {"name": name, "values": values, "index": index_of(values, current)}
    if isinstance(widget, widgets.ToggleButtons):
        labels = [label for label, _ in widget.options]
        tooltips = list(widget.tooltips or [])
        entry.update(kind="choice", labels=labels, tooltips=tooltips)
    else:
        entry.update(kind="slider", labels=[_label(widget, v) for v in values])
    # The sign toggles have no description of their own (their row's label says it).
    entry["description"] = widget.description or name.replace("sign_", "sign of x")
    return entry


def panel_snapshot(panel):
    """The JSON the read-only copy needs to draw ``panel`` and move every control of it.

    Computes every family first (:meth:`_ScenePanel.compute_ahead`). Paths and families are
    base64 (the families gzip, as the kernel sends them).

    Returns
    -------
    dict
        ``controls`` (name, kind, description, positions, their labels, the current index),
        ``scene`` (the state shown now, :func:`panel_state`), ``families`` (name to base64),
        ``texts`` (name to HTML), ``kind`` (``"optimizer"`` or ``"compare"``), and
        ``presets``: for each preset button its ``label`` and, where it is not the lesson's
        setting, ``index`` (each control's position), ``scene`` and ``texts`` as above.
    """
    controls = panel._controls()
    snapshot = {
        "kind": "compare" if hasattr(panel, "sign_buttons") else "optimizer",
        "controls": [_control(name, w) for name, w in controls.items()],
        **_shown(panel, families=True),
        "presets": [],
    }
    presets = getattr(panel, "presets", {})
    if presets:
        home = panel._read()
        widgets_home = {name: w.value for name, w in controls.items()}
        for label, preset in presets.items():
            panel.apply(preset)
            values = panel._read()
            entry = {"label": label}
            if not all(close(values[name], home[name]) for name in home):
                entry["index"] = [index_of(positions(w), values[n]) for n, w in controls.items()]
                entry.update(_shown(panel))
            snapshot["presets"].append(entry)
        # Back to the lesson's setting, as the panel was (a toggle is read as its index).
        panel._set_together([(w, widgets_home[name]) for name, w in controls.items()])
    return snapshot


def _shown(panel, families=False):
    """The state shown now and its texts (and, with ``families``, every family about it, in
    base64), for a snapshot."""
    if families:
        panel.compute_ahead()
    state = panel_state(panel.scene_data, panel.state.texts)
    for run in state["runs"]:
        run["path"] = _b64(run["path"])
    shown = {"scene": state, "texts": dict(panel.state.texts)}
    if families:
        shown["families"] = {name: _b64(f.data) for name, f in panel.families.items()}
    return shown


def self_check_snapshot(name):
    """The JSON the read-only copy needs to ask the self-check question ``name`` with no kernel:
    its ``prompt`` (HTML), ``options``, the ``feedback`` for each option, the text for no
    choice (``empty``) and the ``answer``: the texts the live widget sends ahead
    (:func:`~ib_helpers.panels.self_checks.feedback_texts`), so the page judges as JupyterLab's
    does."""
    from .. import checks
    from .self_checks import feedback_texts

    question = checks.question(name)
    return {
        "name": name,
        "prompt": question.prompt,
        "options": list(question.options),
        **feedback_texts(question),
    }
