"""The scene with the keyboard alone, in JupyterLab (WCAG 2.1.1, 2.4.7, 2.5.7): Tab reaches
the view (with a visible focus ring), arrows turn it (the camera and the pixels change), + and −
zoom, 0 puts it back, Space plays and pauses, Tab leaves it, and no key pressed there reaches
JupyterLab's shortcuts (the notebook's cells stay as they are)."""

import pytest

import ib_helpers as ib
from tests.e2e.harness import open_and_run, page_errors, wait_for_families

SCENE = "document.querySelector('.ib-panel .ib-scene').ibScene"
CELLS = "document.querySelectorAll('.jp-Notebook .jp-Cell').length"
ACTIVE_CELL = (
    "[...document.querySelectorAll('.jp-Notebook .jp-Cell')]"
    ".findIndex((c) => c.classList.contains('jp-mod-active'))"
)


def test_the_scene_works_from_the_keyboard_alone(page, lab):
    open_and_run(page, lab, "01-sgd.ipynb")
    panel = page.locator(".ib-panel")
    panel.scroll_into_view_if_needed()
    view = panel.locator(".ib-scene-view")
    # Tab from the toolbar's last button reaches the view.
    panel.get_by_role("button", name="present full screen").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('ib-scene-view')")
    assert view.get_attribute("role") == "application"
    assert "arrows turn the view" in view.get_attribute("aria-description")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "a visible focus ring"
    cells, active = page.evaluate(CELLS), page.evaluate(ACTIVE_CELL)

    before_dir = page.evaluate(f"{SCENE}.cameraDirection()")
    before = view.screenshot()
    page.keyboard.press("ArrowRight")
    page.wait_for_timeout(200)
    after_dir = page.evaluate(f"{SCENE}.cameraDirection()")
    assert after_dir != before_dir, "ArrowRight turned the camera"
    assert view.screenshot() != before, "and the picture"
    page.keyboard.press("ArrowUp")
    distance = page.evaluate(f"{SCENE}.cameraDistance()")
    page.keyboard.press("+")
    assert page.evaluate(f"{SCENE}.cameraDistance()") < distance
    page.keyboard.press("-")
    page.keyboard.press("-")
    assert page.evaluate(f"{SCENE}.cameraDistance()") > distance
    page.keyboard.press("0")
    assert page.evaluate(f"{SCENE}.cameraDirection()") == pytest.approx(before_dir, abs=1e-9)
    page.keyboard.press("Space")
    assert page.evaluate(f"{SCENE}.playing()")
    page.keyboard.press("Space")
    assert not page.evaluate(f"{SCENE}.playing()")
    # Keys JupyterLab binds in a notebook (A: a cell above, arrows: another cell) did nothing
    # there while the view had focus.
    page.keyboard.press("a")
    page.keyboard.press("ArrowDown")
    assert page.evaluate(CELLS) == cells and page.evaluate(ACTIVE_CELL) == active
    # Tab leaves the view.
    page.keyboard.press("Tab")
    assert not page.evaluate("document.activeElement.classList.contains('ib-scene-view')")
    # The toolbar turns it too, with no drag.
    before_dir = page.evaluate(f"{SCENE}.cameraDirection()")
    panel.get_by_role("button", name="turn left").click()
    assert page.evaluate(f"{SCENE}.cameraDirection()") != before_dir
    assert page_errors(page) == [] and page.js_errors == []


def test_the_description_is_announced_once_after_the_moves_settle(page, lab):
    """Three quick key presses on α: the live region (role=status, polite) says the new scene's
    description once, in the kernel's words for that state."""
    from tests.e2e.harness import Panel

    open_and_run(page, lab, "01-sgd.ipynb")
    panel = Panel(page, "sgd")
    # With the families in the page, the three moves are drawn at once. (Without them, on a
    # loaded machine, the kernel's answers can come more than the settling time apart, and
    # each settled picture is announced, rightly.)
    wait_for_families(page)
    page.wait_for_function(f"{SCENE}.announced().length > 0")
    count = page.evaluate(f"{SCENE}.stats.announcements")
    for _ in range(3):
        panel.press(0, "ArrowRight")
        page.wait_for_timeout(100)
    panel.state["alpha"] = round(ib.OPTIMIZERS["sgd"].alpha + 0.03, 2)
    summary = panel.expected()
    wanted = ib.descriptions.describe_scene_in_words(panel.expected_scene(summary))
    page.wait_for_function(f"(wanted) => {SCENE}.announced() === wanted", arg=wanted)
    page.wait_for_timeout(1000)
    assert page.evaluate(f"{SCENE}.stats.announcements") == count + 1, "once, when settled"
    region = page.locator(".ib-panel .ib-scene-announce")
    assert region.get_attribute("role") == "status"
    assert region.get_attribute("aria-live") == "polite"
