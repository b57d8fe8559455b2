"""The lost-kernel watchdog: an invisible part of every panel that says when its kernel is gone.

Separate from the panels because it is one mechanism for all of them (the scene panels and the
self-checks alike), with a browser side of its own (:data:`_WATCH_ESM`) and its own CSS.
"""

from __future__ import annotations

import anywidget
import ipywidgets as widgets

from .controls import _WARN

__all__ = ["LOST_KERNEL_MESSAGE"]


#: What a panel says over itself once its kernel is gone. "Run this cell again" would not do:
#: a new kernel has none of the notebook's imports or variables.
LOST_KERNEL_MESSAGE = (
    "The kernel restarted or stopped: run the notebook again from the top "
    "(Run ▸ Run All Cells; in Voilà, reload the page) to bring this panel back."
)

#: Two marks on a panel's element turn into that sentence over it, so a student does not keep
#: dragging sliders that no longer answer: ``jupyter-widgets-disconnected``, which ipywidgets
#: puts on every widget when the kernel restarts (JupyterLab restarts a crashed kernel, so a
#: crash too), and ``ib-kernel-lost``, which :class:`_KernelWatch` puts on its panel when the
#: kernel was shut down (ipywidgets marks nothing then).
_LOST_KERNEL_CSS = f"""
.ib-panel.jupyter-widgets-disconnected, .ib-panel.ib-kernel-lost {{ position: relative; }}
.ib-panel.jupyter-widgets-disconnected::after, .ib-panel.ib-kernel-lost::after {{
  content: "{LOST_KERNEL_MESSAGE}";
  position: absolute; inset: 0; z-index: 20; display: flex; align-items: center;
  justify-content: center; padding: 1em; text-align: center;
  background: rgba(255, 255, 255, 0.88); color: {_WARN}; font-size: 22px; font-weight: bold;
}}
"""

# The watchdog's browser side. Only the model interface anywidget documents (``send``) is
# used: sending on the comm of a kernel that was shut down throws at once, while a live
# kernel gets one small message it ignores. The probe goes half a second after a student's
# last key press on the panel or last release of the mouse, not with it: sent with the
# press, it reached the kernel just before the slider's own message and delayed that one's
# answer (01's α key -> pixels, p95: 1.27 x a bare round trip without it, 1.95 x with it).
# Not in the 3-D scene, which turns and plays without the kernel (and must send nothing
# then). There is no timer otherwise: an idle notebook sends nothing.
_WATCH_ESM = """
const PROBE_AFTER_MS = 500;
function render({ model, el }) {
  let timer = null;
  let pressed = null; // the panel a mouse press is still down on
  function send(panel) {
    timer = null;
    try {
      model.send({ probe: 1 });
    } catch (error) {
      panel.classList.add("ib-kernel-lost");
    }
  }
  function probe(event) {
    const panel = el.closest(".ib-panel");
    const target = event.target;
    if (!panel || !(target instanceof Node) || !panel.contains(target)) return;
    if (panel.classList.contains("ib-kernel-lost")) return;
    if (target instanceof Element && target.closest(".ib-scene")) return;
    clearTimeout(timer);
    timer = setTimeout(() => send(panel), PROBE_AFTER_MS);
    pressed = event.type === "pointerdown" ? panel : null;
  }
  // A drag of a slider's handle: the probe waits until half a second after the hand lets go
  // (the pointer may be off the panel by then). Only a press on this panel's controls counts.
  function release() {
    if (timer === null || pressed === null) return;
    const panel = pressed;
    pressed = null;
    clearTimeout(timer);
    timer = setTimeout(() => send(panel), PROBE_AFTER_MS);
  }
  // On the document, capturing: the panel's element may not hold this one yet at render
  // time, and a slider must not swallow the event first.
  document.addEventListener("pointerdown", probe, true);
  document.addEventListener("keydown", probe, true);
  document.addEventListener("pointerup", release, true);
  return () => {
    clearTimeout(timer);
    document.removeEventListener("pointerdown", probe, true);
    document.removeEventListener("keydown", probe, true);
    document.removeEventListener("pointerup", release, true);
  };
}
export default { render };
"""


class _KernelWatch(anywidget.AnyWidget):
    """An invisible part of every panel: it carries the lost-kernel rules into the page, and
    marks its panel ``ib-kernel-lost`` when a touch of a control finds the kernel shut down.

    One mechanism for every panel, scene or not: it asks nothing of ipywidgets or JupyterLab
    beyond anywidget's documented model interface and the page's own elements.
    """

    _esm = _WATCH_ESM
    _css = _LOST_KERNEL_CSS


def _lost_kernel_note():
    """The watchdog (:class:`_KernelWatch`), hidden: it takes no room in its panel."""
    return _KernelWatch(layout=widgets.Layout(display="none"))
