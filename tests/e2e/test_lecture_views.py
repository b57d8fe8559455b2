"""Every notebook as a lecture projects it: at 1280×720 with the file browser open (a common
projector) and at 1920×1080, each panel fits the notebook's view, nothing is clipped, and in the
comparison notebooks the three answers are at least 40 px apart on the screen, read from the
scene's own projection (the main view's, or the zoom's for the answers it magnifies).

Screenshots of every notebook at both sizes go to ``screenshots/lecture-<size>-<notebook>.png``.
"""

import pytest

from tests.e2e.conftest import SCREENSHOTS
from tests.e2e.harness import ROOT, check_answers_apart, open_and_run, page_errors

pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

SIZES = {"1280x720": (1280, 720), "1920x1080": (1920, 1080)}
NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("0[1-6]-*.ipynb"))

# The notebook's visible area, and what of each panel sticks out of it (CSS pixels).
FIT = """() => {
  const nb = window.jupyterapp.shell.currentWidget;
  const scroller = nb.content.node;
  const area = scroller.getBoundingClientRect();
  const panels = [...nb.node.querySelectorAll('.ib-panel')].map((panel) => {
    const box = panel.getBoundingClientRect();
    let right = box.right;
    // The widgets, the readout's tables and the scene's parts (what is inside the scene's
    // view is clipped to it on purpose).
    const parts = '.jupyter-widgets, table, .ib-scene > *, .ib-scene-body > *';
    for (const el of panel.querySelectorAll(parts)) {
      const r = el.getBoundingClientRect();
      if (r.width > 0) right = Math.max(right, r.right);
    }
    // Content cut off or scrolled inside a widget: wider than the widget's box (a label that
    // runs past its column is hidden under the scene beside it).
    const cut = [...panel.querySelectorAll('.jupyter-widgets')]
      .filter((el) => !el.closest('.ib-scene') && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent.trim().slice(0, 60));
    return {top: box.top, bottom: box.bottom, left: box.left, right, height: box.height, cut};
  });
  return {
    area: {top: area.top, bottom: area.bottom, left: area.left, right: area.right},
    horizontalScroll: scroller.scrollWidth - scroller.clientWidth,
    leftCollapsed: window.jupyterapp.shell.leftCollapsed,
    panels,
  };
}"""

UPDATES = "() => document.querySelector('.ib-compare .ib-scene').ibScene.stats.updates"


def open_with_file_browser(page, lab, name):
    """Run the notebook with JupyterLab's file browser open beside it, as a lecturer has it."""
    open_and_run(page, lab, name)
    if page.evaluate("() => window.jupyterapp.shell.leftCollapsed"):
        page.evaluate("() => window.jupyterapp.shell.activateById('filebrowser')")
    page.wait_for_function("() => !window.jupyterapp.shell.leftCollapsed")
    page.wait_for_timeout(500)  # the notebook's width settles and the scene resizes


def check_fit(page, what):
    """Each panel, scrolled to the top of the notebook's view, lies inside it."""
    problems = []
    count = page.locator(".ib-panel").count()
    assert count >= 1, f"{what}: no panel"
    for k in range(count):
        page.locator(".ib-panel").nth(k).evaluate("p => p.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(200)
        fit = page.evaluate(FIT)
        assert not fit["leftCollapsed"], f"{what}: the file browser is not open"
        area, panel = fit["area"], fit["panels"][k]
        if fit["horizontalScroll"] > 1:
            problems.append(f"the notebook scrolls sideways by {fit['horizontalScroll']} px")
        if panel["right"] > area["right"] + 1:
            problems.append(f"panel {k} sticks out {panel['right'] - area['right']:.0f} px right")
        if panel["left"] < area["left"] - 1:
            problems.append(f"panel {k} starts {area['left'] - panel['left']:.0f} px left")
        problems += [f"panel {k}: text cut off: {text!r}" for text in panel["cut"]]
        room = area["bottom"] - area["top"]
        if panel["height"] > room + 1:
            problems.append(f"panel {k} is {panel['height']:.0f} px tall, the view {room:.0f}")
    return problems


@pytest.mark.parametrize("size", SIZES)
def test_every_notebook_fits_a_projector_and_shows_three_answers_apart(browser, lab, size):
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        problems = {}
        gaps = {}
        for name in NOTEBOOKS:
            open_with_file_browser(page, lab, name)
            problems[name] = check_fit(page, f"{name} at {size}")
            page.locator(".ib-panel").first.evaluate("p => p.scrollIntoView({block: 'start'})")
            page.wait_for_timeout(300)
            page.screenshot(path=SCREENSHOTS / f"lecture-{size}-{name.removesuffix('.ipynb')}.png")
            if name in ("04-compare.ipynb", "05-two-points.ipynb"):
                gaps[name] = check_answers_apart(page, f"{name} at {size}, default view")
            if name in ("01-sgd.ipynb", "04-compare.ipynb", "05-two-points.ipynb"):
                # The norm balls, each touching the solutions at its optimizer's answer.
                shown = page.evaluate(
                    "() => { const s = document.querySelector('.ib-panel .ib-scene').ibScene;"
                    " s.setBalls(true); return s.ballsShown(); }"
                )
                assert shown, name
                page.wait_for_timeout(500)
                stem = name.removesuffix(".ipynb")
                page.screenshot(path=SCREENSHOTS / f"lecture-{size}-{stem}-balls.png")
            if name == "04-compare.ipynb":
                presets = page.locator(".ib-compare .ib-preset")
                for k in range(presets.count()):
                    before = page.evaluate(UPDATES)
                    presets.nth(k).click()
                    # The first preset is the default view: the kernel may send nothing new.
                    if k > 0:
                        page.wait_for_function(f"() => ({UPDATES})() > {before}")
                    page.wait_for_timeout(800)
                    label = presets.nth(k).inner_text()
                    gaps[f"{name}, preset {label}"] = check_answers_apart(
                        page, f"{name} at {size}, preset {label}"
                    )
                    page.screenshot(path=SCREENSHOTS / f"lecture-{size}-04-preset-{k + 1}.png")
            assert page_errors(page) == [], name
        print(f"\n{size}: smallest gaps (px):",
              {k: round(min(v.values()), 1) for k, v in gaps.items() if v})  # fmt: skip
        assert not any(problems.values()), {k: v for k, v in problems.items() if v}
    finally:
        context.close()
