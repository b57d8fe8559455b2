"""Runs computed ahead, in real JupyterLab: once a control's family has reached the page, a
move of that slider draws the new picture and its numbers from the family, with the kernel busy
(a cell sleeping), in the same frame; a value outside the family is computed by the kernel and
drawn as before."""

import ib_helpers as ib
from tests.e2e.harness import (
    BUSY_KERNEL,
    KERNEL_IDLE,
    Panel,
    kernel_execute,
    open_and_run,
    page_errors,
    scene_data,
    wait_for_families,
)

# The frame that drew the scene and the text shown in it, read in the same task.
SHOWN = """(selector) => {
  const el = document.querySelector(selector + ' .ib-scene');
  const r = document.querySelector(selector + ' .ib-readout');
  const s = el.ibScene;
  return {title: s.data().title, fromFamily: s.stats.fromFamily, frames: s.stats.frames,
          readout: r.querySelector('.ib-0').textContent,
          status: r.querySelector('.ib-status').textContent,
          familyUpdates: s.stats.familyUpdates};
}"""


def test_a_slider_scrubs_from_its_family_while_the_kernel_is_busy(page, lab):
    open_and_run(page, lab, "01-sgd.ipynb")
    wait_for_families(page)
    panel = Panel(page, "sgd")
    # The kernel is busy for 30 s: nothing it would compute can reach the page.
    page.evaluate(BUSY_KERNEL, 30)
    page.wait_for_timeout(300)  # the request has reached the kernel
    for k in range(1, 6):
        before = page.evaluate(SHOWN, ".ib-panel")
        panel.press(0, "ArrowRight")
        panel.state["alpha"] = round(ib.OPTIMIZERS["sgd"].alpha + 0.01 * k, 2)
        expected = panel.expected()
        page.wait_for_function(
            "([sel, title]) => document.querySelector(sel + ' .ib-scene').ibScene.data().title"
            " === title",
            arg=[".ib-panel", expected.title()],
            timeout=2_000,
        )
        shown = page.evaluate(SHOWN, ".ib-panel")
        assert shown["fromFamily"] and shown["familyUpdates"] > before["familyUpdates"]
        # The numbers beside it are that state's, in the same frame.
        assert shown["readout"] == ib.format_vector(expected.last), (k, shown)
        assert shown["status"] == expected.status(), (k, shown)
        assert shown["frames"] > before["frames"]
        # Drawn while the kernel sleeps (its cell has not finished: the kernel's status is no
        # guide, ipykernel 7 reports idle between the messages it queues meanwhile).
        assert page.evaluate("window.ibBusy"), f"press {k}: the kernel's sleep ended before it"
    page.wait_for_function("window.ibBusy === false", timeout=90_000)
    page.wait_for_function(KERNEL_IDLE, timeout=30_000)
    # The kernel caught up: its answer for the same position draws nothing new and agrees.
    last = panel.expected()
    shown = page.evaluate(SHOWN, ".ib-panel")
    assert shown["title"] == last.title() and shown["readout"] == ib.format_vector(last.last)
    assert page_errors(page) == [] and page.js_errors == []


def test_where_no_family_holds_the_kernel_computes_and_draws(page, lab):
    """Two controls moved at once (a lecturer's cell, or a preset): no family holds the new
    values until the kernel has computed them, so the picture is the kernel's, as before."""
    open_and_run(page, lab, "03-rescaled-sgd.ipynb")
    wait_for_families(page)
    panel = Panel(page, "rescaled_sgd")
    code = (
        "import gc, ib_helpers as ib\n"
        "p = [p for p in gc.get_objects() if isinstance(p, ib.OptimizerPanel) and p.comm][0]\n"
        "p.alpha_slider.value = 0.3\np.epochs_slider.value = 7"
    )
    assert kernel_execute(page, code) == ""
    panel.state.update(alpha=0.3, epochs=7)
    expected = panel.expected()
    page.wait_for_function(
        "([sel, title]) => document.querySelector(sel + ' .ib-scene').ibScene.data().title"
        " === title",
        arg=[".ib-panel", expected.title()],
        timeout=15_000,
    )
    shown = page.evaluate(SHOWN, ".ib-panel")
    assert shown["readout"] == ib.format_vector(expected.last)
    assert scene_data(page)["title"] == expected.title()
    assert page_errors(page) == [] and page.js_errors == []
