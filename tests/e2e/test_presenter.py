"""Presenter mode, as a lecturer uses it in JupyterLab: the toolbar's button (or F on the
focused view) puts the panel on the whole screen through the Fullscreen API; the views fill at
least 90% of it; the three answers are at least 80 px apart and none lies under the title, the
legend or the sliders floating over the views; the sliders still move the picture; Esc returns
the panel to the notebook as it was.

Screenshots at 1280×720 and 1920×1080 go to ``screenshots/presenter-<size>-<notebook>.png``.
"""

import math

import pytest

from tests.e2e.conftest import SCREENSHOTS
from tests.e2e.harness import STARS, open_and_run, page_errors, star_gaps

pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

SIZES = {"1280x720": (1280, 720), "1920x1080": (1920, 1080)}
#: The issue's bar for the back row: CSS pixels between two answers, at least.
APART = 80
SCENE = "document.querySelector('.ib-panel .ib-scene').ibScene"

# What covers the screen in presenter mode: the views (their union's area), and the boxes
# floating over them (title and toolbar, legend, the panel's sliders when they are shown).
COVER = """() => {
  const rect = (el) => {
    const r = el.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom];
  };
  const panel = document.querySelector('.ib-presenting');
  const views = [...panel.querySelectorAll('.ib-scene-pane')]
    .filter((v) => v.offsetWidth > 0 && !v.classList.contains('ib-scene-inset')).map(rect);
  const floating = [panel.querySelector('.ib-scene-head'), panel.querySelector('.ib-scene-legend')];
  const controls = panel.querySelector('.ib-scene-row > :first-child');
  if (controls && getComputedStyle(controls).display !== 'none') floating.push(controls);
  const star = panel.querySelector('.ib-scene-star');
  return {
    screen: [innerWidth, innerHeight],
    fullscreen: document.fullscreenElement === panel,
    views,
    floating: floating.map(rect),
    starFont: star ? parseFloat(getComputedStyle(star).fontSize) : null,
    titleFont: parseFloat(getComputedStyle(panel.querySelector('.ib-scene-title')).fontSize),
  };
}"""


def views_share(cover):
    """The part of the screen the views cover (they do not overlap one another)."""
    width, height = cover["screen"]
    area = 0.0
    for left, top, right, bottom in cover["views"]:
        w = max(0.0, min(right, width) - max(left, 0.0))
        h = max(0.0, min(bottom, height) - max(top, 0.0))
        area += w * h
    return area / (width * height)


def hidden_answers(stars, floating, margin=10):
    """The answers whose star lies under a floating box (within ``margin`` px of one)."""
    hidden = []
    for k, label in enumerate(stars["labels"]):
        points = [p for p in (stars["main"][k], stars["zoom"][k]) if p is not None]
        for p in points:
            for left, top, right, bottom in floating:
                inside_x = left - margin <= p["x"] <= right + margin
                if inside_x and top - margin <= p["y"] <= bottom + margin:
                    hidden.append(label)
    return hidden


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", ["04-compare.ipynb", "05-two-points.ipynb", "01-sgd.ipynb"])
def test_presenter_mode_puts_the_answers_large_and_apart_on_the_whole_screen(
    browser, lab, name, size
):
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        open_and_run(page, lab, name)
        panel = page.locator(".ib-panel").first
        panel.scroll_into_view_if_needed()
        before = page.evaluate(f"{SCENE}.size()")
        normal_font = page.evaluate(
            "parseFloat(getComputedStyle(document.querySelector('.ib-scene-title')).fontSize)"
        )
        present = panel.get_by_role("button", name="present full screen")
        present.click()
        page.wait_for_function(f"{SCENE}.presenting() && document.fullscreenElement !== null")
        page.wait_for_timeout(800)  # the views are sized and drawn on the whole screen
        # One button, named for what it does now (no pressed state besides its name).
        assert panel.get_by_role("button", name="leave full screen").count() == 1
        cover = page.evaluate(COVER)
        stem = name.removesuffix(".ipynb")
        page.screenshot(path=SCREENSHOTS / f"presenter-{size}-{stem}.png")
        assert cover["fullscreen"], "the Fullscreen API holds the panel"
        share = views_share(cover)
        assert share >= 0.9, f"the views cover {share:.0%} of the screen"
        assert cover["titleFont"] > normal_font, "the title in larger type"
        if name != "01-sgd.ipynb":  # one run: its star needs no label
            assert cover["starFont"] >= 24, "the answers' labels in large type"

        stars = page.evaluate(STARS, ".ib-panel")
        if name != "01-sgd.ipynb":
            gaps = star_gaps(stars)
            close = {pair: round(gap) for pair, gap in gaps.items() if gap < APART}
            assert not close, f"{name} at {size}: answers closer than {APART} px: {close}"
            print(f"\n{name} {size}: views {share:.0%}, smallest gap {min(gaps.values()):.0f} px")
        assert hidden_answers(stars, cover["floating"]) == [], (cover, stars)

        # The sliders still work: shown (the toolbar's button, where they were put away to
        # keep the answers clear), then a key press on the first one moves the picture.
        sliders = panel.get_by_role("button", name="☰ sliders")
        if sliders.get_attribute("aria-expanded") != "true":
            sliders.click()
        assert sliders.get_attribute("aria-expanded") == "true"
        handle = panel.locator(".ib-scene-row .ib-control [role=slider]").first
        assert handle.is_visible()
        updates = page.evaluate(f"{SCENE}.stats.updates")
        handle.focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function(f"{SCENE}.stats.updates > {updates}")
        assert page.evaluate(f"{SCENE}.presenting()")
        # S (on the view) puts them away again.
        page.locator(".ib-presenting .ib-scene-view").focus()
        page.keyboard.press("s")
        assert sliders.get_attribute("aria-expanded") == "false"
        assert not handle.is_visible()

        # Esc returns the panel to the notebook, at its size before.
        page.keyboard.press("Escape")
        page.wait_for_function(f"!{SCENE}.presenting() && document.fullscreenElement === null")
        page.wait_for_timeout(500)
        after = page.evaluate(f"{SCENE}.size()")
        assert math.isclose(after["width"], before["width"], abs_tol=2), (before, after)
        assert page.locator(".ib-presenting").count() == 0
        assert page_errors(page) == []
    finally:
        context.close()


def test_presenter_mode_from_the_keyboard(page, lab):
    """F on the focused view enters presenter mode, focus stays in the panel, Esc leaves."""
    open_and_run(page, lab, "03-rescaled-sgd.ipynb")
    view = page.locator(".ib-panel .ib-scene-view")
    view.scroll_into_view_if_needed()
    view.focus()
    page.keyboard.press("f")
    page.wait_for_function(f"{SCENE}.presenting() && document.fullscreenElement !== null")
    assert page.evaluate(
        "document.querySelector('.ib-presenting').contains(document.activeElement)"
    )
    # Arrows still turn the view on the whole screen.
    direction = page.evaluate(f"{SCENE}.cameraDirection()")
    page.keyboard.press("ArrowLeft")
    assert page.evaluate(f"{SCENE}.cameraDirection()") != direction
    # < and > set Play's speed (20/s at first).
    page.keyboard.press(">")
    assert (
        page.evaluate("document.querySelector('.ib-presenting .ib-scene-toolbar select').value")
        == "100"
    )
    page.keyboard.press("<")
    page.keyboard.press("<")
    assert (
        page.evaluate("document.querySelector('.ib-presenting .ib-scene-toolbar select').value")
        == "5"
    )
    # Tab and Shift+Tab go round the panel, as in a dialog: never to the notebook hidden
    # behind it.
    inside = "document.querySelector('.ib-presenting').contains(document.activeElement)"
    for key in ["Tab"] * 25 + ["Shift+Tab"] * 25:
        page.keyboard.press(key)
        assert page.evaluate(inside), f"{key} left the panel"
    page.locator(".ib-presenting .ib-scene-view").focus()
    page.keyboard.press("f")  # F again leaves, as Esc does
    page.wait_for_function(f"!{SCENE}.presenting() && document.fullscreenElement === null")
    assert page.js_errors == []
