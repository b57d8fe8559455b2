"""Notebook 6 in JupyterLab as a student uses it: run all, move a slider, read the table."""

import numpy as np
import pytest

import ib_helpers as ib
from tests.e2e.conftest import SCREENSHOTS
from tests.e2e.harness import page_errors, run_all

pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

PANEL = ".ib-generalization"


def expected_errors(n, p):
    X, y = ib.wilson.data(ib.wilson.labels(n, p))
    y_test = ib.wilson.test_labels(1000, p)
    limits = (ib.sgd_limit, ib.epoch_adam_limit, ib.rescaled_sgd_limit)
    return [ib.format_number(ib.wilson.test_error(limit(X, y), y_test), 3) for limit in limits]


def wait_for_errors(page, wanted, what):
    try:
        page.wait_for_function(
            """([selector, wanted]) => {
                const shown = [...document.querySelectorAll(selector + ' .ib-error')];
                return shown.map(c => c.textContent).join('|') === wanted.join('|');
            }""",
            arg=[PANEL, wanted],
            timeout=15_000,
        )
    except Exception:
        shown = page.locator(f"{PANEL} .ib-readout").inner_text()
        raise AssertionError(f"{what}: should show {wanted}, shows {shown!r}") from None


def test_the_test_errors_follow_the_sliders(page, lab):
    run_all(page, lab, "06-why-it-matters.ipynb")
    panel = page.locator(PANEL)
    panel.wait_for()
    wait_for_errors(page, expected_errors(12, 0.6), "after Run All")

    # The share of positive labels: 25 key presses of 0.01 from 0.60.
    panel.locator(".widget-slider").nth(1).locator(".noUi-handle, .ui-slider-handle").focus()
    for _ in range(25):
        page.keyboard.press("ArrowRight")
    wait_for_errors(page, expected_errors(12, 0.85), "after p = 0.85")
    assert "0.85" in panel.inner_text()
    assert np.isclose(float(panel.locator(".widget-readout").nth(1).inner_text()), 0.85)

    SCREENSHOTS.mkdir(exist_ok=True)
    for width, height in ((1280, 720), (1920, 1080)):
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(300)
        panel.scroll_into_view_if_needed()
        box = panel.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, "the panel is clipped"
        page.screenshot(path=str(SCREENSHOTS / f"06-why-it-matters-{width}x{height}.png"))
    assert page_errors(page) == []
    assert page.js_errors == []
