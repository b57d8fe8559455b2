"""Every notebook as a student meets it: opened in JupyterLab, run, sliders moved, view rotated.

The readout after each slider move must show what ``ib_helpers`` computes for that slider
position, the browser-drawn scene must draw exactly the data ``ib_helpers`` describes for it
(read back from the scene's element), and its pixels must change: a callback that fails, a
scene that is not redrawn, or a widget rendered as its text repr makes these tests fail. A
mouse drag must rotate the scene with no message to the kernel.
"""

import math

import pytest

import ib_helpers as ib
from tests.e2e.conftest import SCREENSHOTS
from tests.e2e.harness import (
    KERNEL_IDLE,
    SCENE_DRAWN,
    Panel,
    full_notebook_screenshot,
    kernel_execute,
    open_and_run,
    page_errors,
    run_all,
    wait_for_scene,
)

pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

NOTEBOOKS = {
    "01-sgd.ipynb": "sgd",
    "02-epoch-adam.ipynb": "epoch_adam",
    "03-rescaled-sgd.ipynb": "rescaled_sgd",
}
LOG_STEP = 0.05  # exponent step of the feature-scale sliders
THETA0_STEP = ib.panels.THETA0_RANGE[2]


@pytest.mark.parametrize("name", sorted(NOTEBOOKS))
def test_notebook_in_jupyterlab(page, lab, name, tmp_path):
    method = NOTEBOOKS[name]
    open_and_run(page, lab, name)
    assert page_errors(page) == []
    SCREENSHOTS.mkdir(exist_ok=True)
    full_notebook_screenshot(page, SCREENSHOTS / f"full-{name.replace('.ipynb', '.png')}")

    panel = Panel(page, method)
    panel.root.scroll_into_view_if_needed()
    sliders = panel.root.locator(".widget-slider")
    # α, epochs and two feature scales; in 01 also the start θ₀'s three coordinates.
    count = 7 if name == "01-sgd.ipynb" else 4
    assert sliders.count() == count, "the panel's controls, rendered as sliders"
    assert panel.root.locator(".noUi-handle").count() == count
    assert panel.root.locator(".ib-scene-view > canvas").count() == 1
    wait_for_scene(page, panel.expected_scene(panel.expected()), "first show")

    # Every slider, by keyboard on its handle.
    before = panel.pixels()
    panel.press(0, "ArrowRight")
    panel.state["alpha"] = round(panel.state["alpha"] + panel.alpha_step, 10)
    before = panel.check(before, "α slider") and panel.pixels()

    # A burst of key presses faster than the kernel can answer: ipywidgets keeps one update in
    # flight and merges the rest, so the last value must still arrive (never dropped).
    handle = panel.slider(0).locator(".noUi-handle")
    for _ in range(8):
        handle.press("ArrowRight", delay=0)
    panel.state["alpha"] = round(panel.state["alpha"] + 8 * panel.alpha_step, 10)
    before = panel.check(before, "a burst of 8 α key presses") and panel.pixels()

    panel.press(1, "ArrowLeft")
    panel.state["epochs"] -= 1
    before = panel.check(before, "epochs slider") and panel.pixels()

    for k in (0, 1):
        panel.press(2 + k, "ArrowRight")
        panel.state["exponents"][k] = round(panel.state["exponents"][k] + LOG_STEP, 10)
        before = panel.check(before, f"feature scale x{k + 2} slider") and panel.pixels()

    # 01's start θ₀, one coordinate at a time (one step of 0.05 each).
    for k in range(count - 4):
        panel.press(4 + k, "ArrowRight")
        panel.state["theta0"][k] = round(panel.state["theta0"][k] + THETA0_STEP, 10)
        before = panel.check(before, f"start θ₀ slider θ{k + 1}") and panel.pixels()

    # Once by typing into the readout.
    value = {"sgd": "0.5", "epoch_adam": "0.1", "rescaled_sgd": "0.2"}[method]
    readout = panel.slider(0).locator(".widget-readout")
    readout.fill(value)
    readout.press("Enter")
    panel.state["alpha"] = float(value)
    before = panel.check(before, "typing into the α readout") and panel.pixels()

    if method == "epoch_adam":
        panel.root.get_by_role("button", name="constant α").click()
        panel.state["schedule"] = "constant"
        before = panel.check(before, "schedule toggle") and panel.pixels()

    # Rotate the 3-D view with the mouse: the page redraws, the kernel hears nothing.
    before = panel.rotate(before)

    # Hovering a point shows its coordinates, as the kernel sent them.
    last = panel.expected().last
    where = panel.root.locator(".ib-scene").evaluate(
        "(el, p) => el.ibScene.project(p)", list(map(float, last))
    )
    page.mouse.move(where["x"], where["y"])
    tip = panel.root.locator(".ib-scene-tooltip")
    tip.wait_for(state="visible")
    assert ib.format_vector(last) in tip.text_content(), tip.text_content()
    page.mouse.move(0, 0)

    # The extremes: largest α and smallest feature scale still give a sensible picture.
    before = panel.pixels()
    panel.press(0, "End")
    panel.state["alpha"] = ib.OPTIMIZERS[method].alpha_range[1]
    panel.press(3, "Home")
    panel.state["exponents"][1] = -3.0
    expected = panel.check(before, "extreme slider positions")
    if method == "sgd":
        assert expected.diverged
        assert "diverged after" in panel.root.locator(".ib-status").text_content()
    assert all(math.isfinite(v) for v in expected.last)
    assert expected.title() in panel.root.locator(".ib-scene-title").text_content()

    SCREENSHOTS.mkdir(exist_ok=True)
    for width, height in ((1280, 720), (1920, 1080)):
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(300)
        panel.root.locator(".ib-scene").evaluate("el => el.scrollIntoView({block: 'start'})")
        page.screenshot(path=str(SCREENSHOTS / name.replace(".ipynb", f"-{width}x{height}.png")))
    assert page_errors(page) == []
    assert page.js_errors == []


@pytest.mark.parametrize("name", ["00-index.ipynb", "06-why-it-matters.ipynb"])
def test_full_notebook_screenshot_after_run_all(page, lab, name):
    """The two notebooks whose other browser tests save no whole-notebook picture: run (the
    index has no code: opened), then one tall screenshot of all their cells (01–05 save theirs
    at the end of their tests)."""
    if name == "00-index.ipynb":
        page.goto(f"{lab['base']}/lab/tree/{name}?token={lab['token']}&reset")
        page.locator(".jp-RenderedMarkdown details").first.wait_for()
        page.wait_for_function(KERNEL_IDLE)
    else:
        run_all(page, lab, name)
    assert page_errors(page) == []
    SCREENSHOTS.mkdir(exist_ok=True)
    full_notebook_screenshot(page, SCREENSHOTS / f"full-{name.replace('.ipynb', '.png')}")
    assert page.js_errors == []


@pytest.mark.parametrize(
    "name",
    ["01-sgd.ipynb", "02-epoch-adam.ipynb", "03-rescaled-sgd.ipynb", "04-compare.ipynb",
     "05-two-points.ipynb", "06-why-it-matters.ipynb"],
)  # fmt: skip
def test_stored_outputs_show_the_static_picture_before_run_all(page, lab, name):
    """Opened, not run: the stored output of the panel is its PNG, not a widget's text."""
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{lab['base']}/lab/tree/{name}?token={lab['token']}&reset")
    page.wait_for_selector(".jp-Notebook .jp-CodeCell")
    page.wait_for_function(KERNEL_IDLE)
    panel_cell = page.locator(".jp-CodeCell", has_text="_panel(").last
    image = panel_cell.locator(".jp-OutputArea-output img").first
    image.wait_for()
    image.evaluate("img => img.scrollIntoView({block: 'start'})")
    assert image.evaluate("img => img.naturalWidth") >= 600
    SCREENSHOTS.mkdir(exist_ok=True)
    shot = name.replace(".ipynb", "-before-run-all-1280x720.png")
    page.screenshot(path=str(SCREENSHOTS / shot))
    text = page.locator(".jp-Notebook").inner_text()
    assert "Panel(" not in text and "SelfCheck(" not in text, "a widget shown as its repr"


COUNT_OPEN_PANELS = """
import gc as _gc, ib_helpers as _ib
_gc.collect()
print(sum(isinstance(o, _ib.OptimizerPanel) and o.comm is not None for o in _gc.get_objects()))
del _gc, _ib
"""


def test_rerunning_the_panel_cell_in_jupyterlab_closes_the_old_panel(page, lab):
    """JupyterLab sends the cell's id with each run: a re-run closes the panel the cell built
    before, in the kernel, and the page keeps one live scene."""
    open_and_run(page, lab, "01-sgd.ipynb")
    index = page.evaluate(
        """() => window.jupyterapp.shell.currentWidget.content.widgets
                 .findIndex(c => c.model.sharedModel.getSource().includes('optimizer_panel('))"""
    )
    assert index > 0
    # The kernel may hold panels of an earlier page on the same notebook (other cell ids).
    before = int(kernel_execute(page, COUNT_OPEN_PANELS))
    for _ in range(8):
        page.evaluate(
            """(k) => { const nb = window.jupyterapp.shell.currentWidget.content;
                        nb.activeCellIndex = k;
                        return window.jupyterapp.commands.execute('notebook:run-cell'); }""",
            index,
        )
        page.wait_for_function(KERNEL_IDLE)
    page.wait_for_function(SCENE_DRAWN, arg=".ib-panel")
    assert int(kernel_execute(page, COUNT_OPEN_PANELS)) == before, "a re-run added a panel"
    assert page.locator(".ib-scene").count() == 1
    assert page_errors(page) == []
    assert page.js_errors == []
