"""A lost kernel is announced: when the kernel restarts, dies or is shut down, every panel says
so instead of silently freezing.

How each loss reaches the page (JupyterLab 4, ipywidgets 8): a restart, and a crash (the server
restarts a dead kernel at once), make ipywidgets mark every widget ``jupyter-widgets-disconnected``
and the note shows by itself. A kernel shut down (the Kernel menu, or ``DELETE /api/kernels/<id>``
as a hub's culler does) leaves the widgets unmarked; the panel's watchdog finds out on the next
touch of a control (see ``ib_helpers.panels.kernel_watch._KernelWatch``), which is when a
student would otherwise see a frozen panel.
"""

import pytest

from ib_helpers.panels import LOST_KERNEL_MESSAGE
from tests.e2e.conftest import SCREENSHOTS
from tests.e2e.harness import KERNEL_IDLE, open_and_run, page_errors

pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


NOTE = """() => [...document.querySelectorAll('.ib-panel')].map(
    el => getComputedStyle(el, '::after').content)"""

# Per panel: is the note on top of it, so a click on its middle lands on the note (the
# panel's own box, whose ::after it is) and not on a slider under it?
COVERED = """() => [...document.querySelectorAll('.ib-panel')].map((el) => {
  el.scrollIntoView({block: 'center'});
  const box = el.getBoundingClientRect();
  return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === el;
})"""

KERNEL = "window.jupyterapp.shell.currentWidget.sessionContext.session.kernel"

# A cell that kills the kernel's process, as a crashing extension module or the OOM killer does.
CRASH = """() => {
  const nb = window.jupyterapp.shell.currentWidget;
  const cells = nb.content.model.sharedModel;
  cells.insertCell(cells.cells.length, {cell_type: 'code', source: 'import os\\nos._exit(1)'});
  nb.content.activeCellIndex = cells.cells.length - 1;
  return window.jupyterapp.commands.execute('notebook:run-cell');
}"""

DELETE = f"""async (token) => {{
  const id = {KERNEL}.id;
  const reply = await fetch(`/api/kernels/${{id}}?token=${{token}}`, {{method: 'DELETE'}});
  return reply.status;
}}"""

NO_KERNEL = "() => !window.jupyterapp.shell.currentWidget.sessionContext.session?.kernel"


def lose_kernel(page, lab, how):
    """Restart, crash or shut down the open notebook's kernel."""
    if how == "restart":
        page.evaluate(f"() => {KERNEL}.restart()")
    elif how == "crash":
        page.evaluate(CRASH)
        # JupyterLab says so in a dialog; the student presses Ok and sees the panels.
        dialog = page.locator(".jp-Dialog", has_text="appears to have died")
        dialog.get_by_role("button", name="Ok").click()
    elif how == "shutdown":  # Kernel ▸ Shut Down Kernel
        page.evaluate("() => window.jupyterapp.commands.execute('kernelmenu:shutdown')")
        page.wait_for_function(NO_KERNEL)
    elif how == "delete":  # what a hub's idle culler or an admin does
        assert page.evaluate(DELETE, lab["token"]) == 204
        page.wait_for_function(NO_KERNEL, timeout=60_000)  # the page polls its sessions


def open_panels(page, lab, notebook):
    """Run the notebook and wait until its panels are drawn."""
    open_and_run(page, lab, notebook)
    if notebook == "04-compare.ipynb":
        page.wait_for_function("() => document.querySelectorAll('.ib-selfcheck').length === 5")
        # A self-check is a panel too: its note is the same.
        assert page.locator(".ib-selfcheck.ib-panel").count() == 5


CASES = [
    ("01-sgd.ipynb", "restart"),
    ("01-sgd.ipynb", "crash"),
    ("01-sgd.ipynb", "shutdown"),
    ("01-sgd.ipynb", "delete"),
    ("06-why-it-matters.ipynb", "restart"),
    ("04-compare.ipynb", "restart"),
]


@pytest.mark.parametrize("notebook, how", CASES, ids=[f"{n[:2]}-{h}" for n, h in CASES])
def test_a_lost_kernel_is_announced_on_every_panel(page, lab, notebook, how):
    page.set_viewport_size({"width": 1280, "height": 720})
    open_panels(page, lab, notebook)
    count = page.locator(".ib-panel").count()
    assert page.evaluate(NOTE) == ["none"] * count, "no note while the kernel is there"
    assert not any(page.evaluate(COVERED)), "nothing covers a panel while the kernel is there"
    # Touching a control with the kernel there leaves the panel as it is.
    page.locator(".ib-panel .noUi-handle").first.click()
    page.keyboard.press("ArrowRight")
    page.wait_for_timeout(900)  # the watchdog probes 500 ms after the last touch
    page.wait_for_function(KERNEL_IDLE)
    assert page.evaluate(NOTE) == ["none"] * count

    lose_kernel(page, lab, how)
    if how in ("shutdown", "delete"):
        # ipywidgets does not mark the widgets; the first touch of a control tells the panel.
        page.locator(".ib-panel .noUi-handle").first.click()
    page.wait_for_function(
        "(n) => [...document.querySelectorAll('.ib-panel')].filter("
        "  el => getComputedStyle(el, '::after').content !== 'none').length === n",
        arg=count,
        timeout=30_000,
    )
    notes = page.evaluate(NOTE)
    assert all(LOST_KERNEL_MESSAGE in note for note in notes), notes
    assert all(page.evaluate(COVERED)), "the note lies over the whole of every panel"
    page.locator(".ib-panel").first.scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(exist_ok=True)
    name = notebook.removesuffix(".ipynb")
    page.screenshot(path=str(SCREENSHOTS / f"{name}-kernel-{how}-1280x720.png"))
    assert page_errors(page) == []
