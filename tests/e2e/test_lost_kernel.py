"""A lost kernel is announced: after a restart the panel says so instead of silently freezing."""

import pytest

from tests.e2e.conftest import SCREENSHOTS
from tests.e2e.harness import open_and_run, page_errors

pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

NOTE = """() => [...document.querySelectorAll('.ib-panel')].map(
    el => getComputedStyle(el, '::after').content)"""


def test_a_restarted_kernel_is_announced_on_the_panel(page, lab):
    page.set_viewport_size({"width": 1280, "height": 720})
    open_and_run(page, lab, "01-sgd.ipynb")
    assert page.evaluate(NOTE) == ["none"], "no note while the kernel is there"
    page.evaluate(
        "() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.restart()"
    )
    page.wait_for_selector(".ib-panel.jupyter-widgets-disconnected", timeout=30_000)
    (note,) = page.evaluate(NOTE)
    assert "The kernel restarted or stopped: run this cell again" in note
    page.locator(".ib-panel").scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "01-sgd-kernel-restarted-1280x720.png"))
    assert page_errors(page) == []
