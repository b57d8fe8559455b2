"""The index, the comparison notebook and the two-point notebook, as a student meets them.

The index's hidden answers open on a click and its links open the notebooks; the comparison
panel's presets and sliders change the table to what ``ib_helpers`` computes and redraw the
canvas; the self-check buttons judge an answer; the two-point panel draws and updates.
"""

import time

import numpy as np
import pytest

import ib_helpers as ib
from tests.e2e.conftest import SCREENSHOTS
from tests.e2e.harness import (
    KERNEL_IDLE,
    drag_across,
    open_and_run,
    page_errors,
    wait_for_kernel_picture,
)

pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

CURRENT_PATH = "() => window.jupyterapp.shell.currentWidget.context.path"


def canvas_pixels(page):
    return page.locator(".ib-compare .jupyter-matplotlib-canvas-div").screenshot()


def wait_for_new_pixels(page, before, message, seconds=10):
    deadline = time.monotonic() + seconds
    while canvas_pixels(page) == before:
        assert time.monotonic() < deadline, message
        time.sleep(0.1)


def wait_for_limits(page, X, y, what):
    """Wait until the table shows the three closed forms of ``(X, y)``."""
    wanted = [ib.format_vector(v) for v in ib.limits_table(X, y).limits]
    try:
        page.wait_for_function(
            """(wanted) => {
                const shown = [...document.querySelectorAll('.ib-compare .ib-limit')];
                return shown.map(c => c.textContent).join('|') === wanted.join('|');
            }""",
            arg=wanted,
            timeout=15_000,
        )
    except Exception:
        shown = page.locator(".ib-compare .ib-readout").inner_text()
        raise AssertionError(f"{what}: table should show {wanted}, shows {shown!r}") from None


def test_index_hides_the_answers_and_links_the_notebooks(page, lab):
    page.goto(f"{lab['base']}/lab/tree/00-index.ipynb?token={lab['token']}&reset")
    details = page.locator(".jp-RenderedMarkdown details")
    details.first.wait_for()
    page.wait_for_function(KERNEL_IDLE)
    assert details.count() == 5, "one hidden answer per notebook"
    sgd_answer = ib.format_vector(ib.sgd_limit([1.0, 0.1, 0.01], 1.0))
    first = details.first
    assert not first.evaluate("d => d.open")
    assert sgd_answer not in first.inner_text(), "the answer shows before the click"
    first.locator("summary").click()
    assert first.evaluate("d => d.open")
    assert sgd_answer in first.inner_text()
    assert page_errors(page) == []

    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "00-index.png"))
    page.locator(".jp-RenderedMarkdown a", has_text="One plane, three answers").first.click()
    page.wait_for_function(f"() => ({CURRENT_PATH})().endsWith('04-compare.ipynb')")
    page.locator(".jp-RenderedMarkdown h1", has_text="4. One plane, three answers").wait_for()
    assert page.js_errors == []


def test_compare_presets_sliders_and_self_checks(page, lab, tmp_path):
    open_and_run(page, lab, "04-compare.ipynb")
    assert page_errors(page) == []
    panel = page.locator(".ib-compare")
    panel.scroll_into_view_if_needed()
    assert panel.locator(".widget-slider").count() == 4
    time.sleep(0.5)  # let the first image arrive
    wait_for_limits(page, [1.0, 0.1, 0.01], 1.0, "first show")

    for name, preset in list(ib.PRESETS.items())[::-1]:
        before = canvas_pixels(page)
        panel.locator(".ib-preset", has_text=name).click()
        x = [1.0, *np.multiply(preset["signs"], preset["scales"])]
        wait_for_limits(page, x, 1.0, f"preset {name!r}")
        wait_for_new_pixels(page, before, f"preset {name!r}: the canvas did not change")

    # All three in one rotatable picture: dragging on the canvas turns the view.
    before = canvas_pixels(page)
    drag_across(page, panel.locator(".jupyter-matplotlib-canvas-div"))
    wait_for_new_pixels(page, before, "dragging on the canvas did not rotate the view")

    # The shared α slider at its end, 1: just above SGD's bound 1/‖x‖² (not converging), far
    # above rescaled SGD's 1/3 (diverged).
    before = canvas_pixels(page)
    handle = panel.locator(".widget-slider").nth(0).locator(".noUi-handle")
    handle.focus()
    handle.press("End")
    wanted = [
        ib.run_optimizer(m, [1.0, 0.1, 0.01], 1.0, 1.0, 400).short_status()
        for m in ("sgd", "epoch_adam", "rescaled_sgd")
    ]
    assert wanted[0].startswith("not converging") and wanted[2].startswith("diverged")
    page.wait_for_function(
        """(wanted) => [...document.querySelectorAll('.ib-compare .ib-status')]
                 .map(s => s.textContent).join('|') === wanted.join('|')""",
        arg=wanted,
    )
    wait_for_new_pixels(page, before, "α slider: the canvas did not change")
    wait_for_kernel_picture(page, ".ib-compare", tmp_path)

    checks = page.locator(".ib-selfcheck")
    names = list(ib.QUESTIONS)
    assert checks.count() == len(names), "every question of ib_helpers.checks is asked"
    for k, name in enumerate(names):
        question = ib.question(name)
        check = checks.nth(k)
        check.scroll_into_view_if_needed()
        wrong = next(o for o in question.options if o != question.answer)
        check.get_by_role("radio", name=wrong, exact=True).check()
        check.get_by_role("button", name="Check").click()
        check.locator(".ib-wrong").wait_for()
        check.get_by_role("radio", name=question.answer, exact=True).check()
        check.get_by_role("button", name="Check").click()
        check.locator(".ib-right").wait_for()
        assert "Right." in check.locator(".ib-feedback").inner_text()
    checks.nth(0).get_by_role("button", name="Show the answer").click()
    checks.nth(0).locator(".ib-answer").wait_for()

    panel.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "04-compare.png"))
    checks.nth(1).scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / "04-compare-checks.png"))
    assert page_errors(page) == []
    assert page.js_errors == []


def test_two_points_panel_follows_the_sliders(page, lab):
    open_and_run(page, lab, "05-two-points.ipynb")
    assert page_errors(page) == []
    panel = page.locator(".ib-compare")
    panel.scroll_into_view_if_needed()
    time.sleep(0.5)
    base, y = np.array([[1.0, 1.0, 1.0], [1.0, -1.0, -1.0]]), [1.0, 0.5]
    wait_for_limits(page, base * [1.0, 0.1, 0.01], y, "first show")
    before = canvas_pixels(page)
    handle = panel.locator(".widget-slider").nth(2).locator(".noUi-handle")
    handle.focus()
    handle.press("ArrowRight")  # x2's scale: 10**-1 -> 10**-0.95
    wait_for_limits(page, base * [1.0, 10**-0.95, 0.01], y, "feature scale x2")
    wait_for_new_pixels(page, before, "feature scale x2: the canvas did not change")
    page.screenshot(path=str(SCREENSHOTS / "05-two-points.png"))
    assert page_errors(page) == []
    assert page.js_errors == []
