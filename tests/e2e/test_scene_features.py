"""The live scene's toolbar in JupyterLab: Play, the norm balls (on/off, grow), the edge-on view.

All of it happens in the browser: the tests count the messages to the kernel (none), read the
scene's state back from its element (``ibScene``, see js/scene.js) and compare pixels.
"""

import time

import nbformat
import numpy as np
import pytest

import ib_helpers as ib
from tests.e2e.conftest import SCREENSHOTS
from tests.e2e.harness import (
    KERNEL_IDLE,
    SCENE_DRAWN,
    count_kernel_messages,
    drag_across,
    kernel_execute,
    kernel_messages,
    page_errors,
    run_all,
)

pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

X = [1.0, 0.1, 0.01]
METHODS = ("sgd", "epoch_adam", "rescaled_sgd")
BUILD_RUNS = f"""runs = []
for m in {METHODS!r}:
    s = ib.run_optimizer(m, {X!r}, 1.0, 0.1, 400)
    runs.append(ib.Run(s.label, s.trajectory, s.limit, m))"""
SHOW = f"""from ib_helpers.live import SceneWidget
w = SceneWidget(ib.describe_scene({X!r}, 1.0, runs, "t", balls=True, projection=True,
                                  zoom=True))
w"""
NAME = "scene-features.ipynb"
SCENE = ".jp-Notebook .ib-scene"


def expected():
    runs = []
    for m in METHODS:
        s = ib.run_optimizer(m, X, 1.0, 0.1, 400)
        runs.append(ib.Run(s.label, s.trajectory, s.limit, m))
    return ib.describe_scene(X, 1.0, runs, "t", balls=True, projection=True, zoom=True)


def scene(page, expression, arg=None):
    """Evaluate ``expression`` (a function of the scene's ``ibScene`` and ``arg``) in the page."""
    return page.locator(SCENE).evaluate(f"(el, arg) => ({expression})(el.ibScene, arg)", arg)


def pixels(page):
    return page.locator(f"{SCENE} .ib-scene-panes").screenshot()


def wait_for_new_pixels(page, before, message, seconds=10):
    deadline = time.monotonic() + seconds
    while (now := pixels(page)) == before:
        assert time.monotonic() < deadline, message
        time.sleep(0.1)
    return now


def shot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.locator(SCENE).evaluate("el => el.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(200)
    page.screenshot(path=str(SCREENSHOTS / f"scene-{name}-1280x720.png"))


def check_size(page):
    """The scene fits its container's width and the window's height less 130 px (JupyterLab's
    bars, 121 px, and a margin; a panel's readout below the scene is not in this notebook)."""
    size = page.locator(SCENE).evaluate(
        """el => { const r = el.getBoundingClientRect(), c = el.parentElement;
                   return {width: r.width, height: r.height, container: c.clientWidth,
                           window: window.innerHeight,
                           scroll: el.scrollWidth}; }"""
    )
    assert size["width"] <= size["container"] + 1 and size["scroll"] <= size["container"] + 1, size
    assert size["height"] <= max(300, size["window"] - 130) + 1, size
    return size


def collinear_error(points):
    """The largest distance (px) of a point from the line through the two farthest apart."""
    p = np.array([[q["x"], q["y"]] for q in points])
    i, j = max(
        ((a, b) for a in range(len(p)) for b in range(a + 1, len(p))),
        key=lambda ab: np.linalg.norm(p[ab[0]] - p[ab[1]]),
    )
    u = (p[j] - p[i]) / np.linalg.norm(p[j] - p[i])
    return float(max(abs(u[0] * (q - p[i])[1] - u[1] * (q - p[i])[0]) for q in p))


def write_notebook(lab, name, cells):
    """A notebook of code cells in the served folder; returns its path."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}  # fmt: skip
    path = lab["root"] / name
    nbformat.write(nb, path)
    return path


@pytest.fixture
def notebook(lab):
    path = write_notebook(lab, NAME, ("import numpy as np, ib_helpers as ib", BUILD_RUNS, SHOW))
    yield NAME
    path.unlink()


def test_reduced_motion_jumps_grow_and_edge_on_to_their_end(page, lab, notebook):
    # With prefers-reduced-motion: reduce, growing the balls and turning edge-on do not move:
    # the next frame shows where they end (without it they take 2 s and 0.6 s, test above).
    page.emulate_media(reduced_motion="reduce")
    page.set_viewport_size({"width": 1280, "height": 720})
    run_all(page, lab, notebook)
    page.wait_for_selector(f"{SCENE} canvas")
    page.wait_for_function(SCENE_DRAWN, arg=".jp-Notebook")
    assert page.evaluate("matchMedia('(prefers-reduced-motion: reduce)').matches") is True
    # Two frames after the click the first step of each animation has been drawn: without
    # reduced motion the balls would be at 2 % of their size and the camera barely turned.
    after_two_frames = """async ([selector, action]) => {
        const s = document.querySelector(selector).ibScene;
        s.setBalls(true);
        s[action]();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return action === "grow" ? s.ballSize() : s.cameraDirection();
    }"""
    assert page.evaluate(after_two_frames, [SCENE, "grow"]) == 1
    data = expected()
    half = (data.upper - data.lower) / 2
    world_normal = data.normal * half / np.linalg.norm(data.normal * half)
    direction = np.array(page.evaluate(after_two_frames, [SCENE, "edgeOn"]))
    assert abs(direction @ world_normal) < 1e-6, direction
    assert page_errors(page) == []


def test_toolbar_plays_grows_balls_and_turns_edge_on_without_the_kernel(page, lab, notebook):
    page.set_viewport_size({"width": 1280, "height": 720})
    run_all(page, lab, notebook)
    page.wait_for_selector(f"{SCENE} canvas")
    page.wait_for_function(SCENE_DRAWN, arg=".jp-Notebook")
    assert page_errors(page) == []
    data = expected()
    # The main view, and the zoom onto the crowded answers (SGD's and epoch-Adam's) beside it.
    assert data.zoom is not None and scene(page, "s => s.panes()") == ["main", "zoom"]
    views = page.locator(f"{SCENE} .ib-scene-pane")
    assert page.locator(f"{SCENE} .ib-scene-view").count() == 1, "the main view, as before"
    assert views.count() == 2
    assert views.nth(1).locator(".ib-scene-caption").inner_text() == data.zoom.label
    for view, labels in ((views.nth(0), data.star_labels), (views.nth(1), data.zoom.star_labels)):
        assert view.locator(".ib-scene-star").all_inner_texts() == [s.text for s in labels]
    stars = page.locator(f"{SCENE} .ib-scene-star")
    assert all(float(s.evaluate("n => parseFloat(getComputedStyle(n).fontSize)")) >= 16
               for s in stars.all())  # fmt: skip
    check_size(page)
    shot(page, "features")

    page.wait_for_function(KERNEL_IDLE)
    page.wait_for_timeout(500)
    count_kernel_messages(page)
    toolbar = page.locator(f"{SCENE} .ib-scene-toolbar")

    # Norm balls: off at first (balls_shown=False), the checkbox draws them, and hides them.
    full = pixels(page)
    assert scene(page, "s => s.ballsShown()") is False
    toolbar.get_by_label("norm balls").check()
    assert scene(page, "s => s.ballsShown()") is True
    with_balls = wait_for_new_pixels(page, full, "the norm balls did not appear")
    shot(page, "balls")
    toolbar.get_by_label("norm balls").uncheck()
    assert scene(page, "s => s.ballsShown()") is False
    wait_for_new_pixels(page, with_balls, "the norm balls did not go away")
    assert scene(page, "s => s.setBalls(true)") is True

    # Grow: from nothing to the size that touches the solutions, in about 2 s.
    toolbar.get_by_role("button", name="grow").click()
    page.wait_for_timeout(700)
    size = scene(page, "s => s.ballSize()")
    assert 0 < size < 1, f"halfway through growing the balls are at {size}"
    page.wait_for_timeout(300)
    shot(page, "balls-growing")
    page.wait_for_function(f"() => document.querySelector('{SCENE}').ibScene.ballSize() === 1")
    assert wait_for_new_pixels(page, full, "the grown balls are not drawn") == with_balls
    assert scene(page, "s => s.grow()") is True  # the promise resolves when grown

    # Play: the counter advances, the picture is cut short, and the full one returns at the end.
    last = max(int(r.steps[-1]) for r in data.runs)
    assert scene(page, "s => s.step()") == last == 400
    counter = toolbar.locator(".ib-scene-counter")
    assert counter.inner_text() == f"step {last} / {last}"
    scene(page, "s => s.setBalls(false)")
    full = wait_for_new_pixels(page, with_balls, "hiding the balls")
    toolbar.get_by_role("button", name="▶ play").click()
    page.wait_for_function(f"() => document.querySelector('{SCENE}').ibScene.step() >= 3")
    assert scene(page, "s => s.playing()") is True
    toolbar.get_by_role("button", name="⏸ pause").click()
    k = scene(page, "s => s.step()")
    assert 3 <= k < last and scene(page, "s => s.playing()") is False
    assert counter.inner_text() == f"step {k} / {last}"
    page.wait_for_timeout(300)
    assert scene(page, "s => s.step()") == k, "paused, the counter stays"
    partial = wait_for_new_pixels(page, full, "Play did not cut the paths short")
    shot(page, "play")
    scene(page, "s => s.setStep(1)")
    wait_for_new_pixels(page, partial, "step 1 draws the same as step k")
    assert scene(page, "s => s.setSpeed(100)") is True
    scene(page, "s => s.play()")
    page.wait_for_function(
        f"() => !document.querySelector('{SCENE}').ibScene.playing()", timeout=15_000
    )
    assert scene(page, "s => s.step()") == last
    assert wait_for_new_pixels(page, partial, "the end of Play") == full

    # Edge-on: the camera looks along the plane, which then is a line with the stars on it.
    half = (data.upper - data.lower) / 2
    world_normal = data.normal * half / np.linalg.norm(data.normal * half)
    assert np.allclose(scene(page, "s => s.worldNormal()"), world_normal)
    limits = [list(map(float, r.limit)) for r in data.runs]
    corners = data.solutions.tolist()
    before = [scene(page, "(s, p) => s.project(p)", p) for p in corners]
    assert collinear_error(before) > 20, "the default view does not see the plane edge-on"
    toolbar.get_by_role("button", name="edge-on").click()
    page.wait_for_timeout(1000)
    direction = np.array(scene(page, "s => s.cameraDirection()"))
    assert abs(direction @ world_normal) < 1e-6, direction
    after = [scene(page, "(s, p) => s.project(p)", p) for p in limits]
    assert collinear_error(after) < 3, f"the stars are not on one screen line: {after}"
    plane = [scene(page, "(s, p) => s.project(p)", p) for p in corners]
    assert collinear_error(plane + after) < 3, "the plane is not seen as a line through the stars"
    # The zoom turned with the main view, and sees its part of the plane edge-on too.
    zoom_direction = np.array(scene(page, "s => s.cameraDirection('zoom')"))
    assert np.allclose(zoom_direction, direction, atol=1e-6)
    members = [list(map(float, data.runs[k].limit)) for k in data.zoom.members]
    zoomed = [scene(page, "(s, p) => s.project(p, 'zoom')", p) for p in members]
    zoomed += [scene(page, "(s, p) => s.project(p, 'zoom')", p)
               for p in data.zoom.solutions.tolist()]  # fmt: skip
    assert collinear_error(zoomed) < 3, f"the zoom does not see the plane edge-on: {zoomed}"
    assert scene(page, "s => s.edgeOn()") is True  # again: a promise, already there
    scene(page, "s => s.setBalls(true)")
    page.wait_for_timeout(300)
    shot(page, "edge-on")

    # A drag in the zoom turns the main view with it; hovering a star there shows its numbers.
    was = np.array(scene(page, "s => s.cameraDirection()"))
    drag_across(page, views.nth(1))
    turned = np.array(scene(page, "s => s.cameraDirection()"))
    assert not np.allclose(turned, was, atol=1e-3), "the drag did not turn the views"
    assert np.allclose(turned, scene(page, "s => s.cameraDirection('zoom')"), atol=1e-9)
    sgd = data.runs[0]
    where = scene(page, "(s, p) => s.project(p, 'zoom')", list(map(float, sgd.limit)))
    page.mouse.move(where["x"], where["y"])
    tip = views.nth(1).locator(".ib-scene-tooltip")
    tip.wait_for(state="visible")
    assert sgd.label in tip.text_content() and ib.format_vector(sgd.limit) in tip.text_content()
    page.mouse.move(0, 0)

    messages = kernel_messages(page)
    assert messages["send"] == 0, f"the toolbar sent messages to the kernel: {messages}"

    # A narrow window: the legend goes below, the zoom is inset over the main view's corner (a
    # toolbar button swaps the two), and all of the scene still fits.
    page.set_viewport_size({"width": 800, "height": 700})
    page.wait_for_timeout(500)
    size = check_size(page)
    assert page.locator(f"{SCENE} .ib-scene-below").count() == 1, size
    assert scene(page, "s => s.panes()") == ["main", "zoom"]
    assert scene(page, "s => s.inset()") == "zoom"
    inset = views.nth(1).bounding_box()
    whole = views.nth(0).bounding_box()
    assert inset["x"] + inset["width"] <= whole["x"] + whole["width"] + 1
    assert inset["y"] >= whole["y"] - 1 and inset["width"] < whole["width"] * 0.6
    shot(page, "narrow-inset")
    before = pixels(page)
    toolbar.get_by_role("button", name="⇄ swap views").click()
    assert scene(page, "s => s.inset()") == "main"
    wait_for_new_pixels(page, before, "swapping did not enlarge the zoom")
    check_size(page)
    shot(page, "narrow-swapped")
    toolbar.get_by_role("button", name="⇄ swap views").click()
    assert scene(page, "s => s.inset()") == "zoom"
    page.set_viewport_size({"width": 1280, "height": 720})
    page.wait_for_timeout(500)
    assert scene(page, "s => s.inset()") is None
    assert not toolbar.get_by_role("button", name="⇄ swap views").is_visible()
    check_size(page)
    assert kernel_messages(page)["send"] == 0

    # A new scene from the kernel stops Play and shows the full picture.
    scene(page, "s => s.setSpeed(5)")
    scene(page, "s => s.play()")
    page.wait_for_function(f"() => document.querySelector('{SCENE}').ibScene.step() >= 1")
    assert kernel_execute(page, f"w.show(ib.describe_scene({X!r}, 1.0, runs, 'new'))") == ""
    page.wait_for_function(
        f"() => document.querySelector('{SCENE}').ibScene.data().title === 'new'"
    )
    assert scene(page, "s => s.playing()") is False
    assert scene(page, "s => s.step()") == last
    # No balls, no guides, no zoom in this scene: their controls are hidden.
    assert not toolbar.get_by_label("norm balls").is_visible()
    assert scene(page, "s => s.panes()") == ["main"]
    page.set_viewport_size({"width": 1280, "height": 720})
    page.wait_for_timeout(500)
    check_size(page)  # the legend beside or below, whichever leaves the views more room

    assert page_errors(page) == []
    assert page.js_errors == []


TWO_POINTS = """import dataclasses
import numpy as np, ib_helpers as ib
from ib_helpers.live import SceneWidget
X, y = [[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]], [1.0, 0.5]
runs = []
for m in ("sgd", "epoch_adam", "rescaled_sgd"):
    s = ib.run_optimizer(m, X, y, 0.1, 400)
    runs.append(ib.Run(s.label, s.trajectory, s.limit, m))
d = ib.describe_scene(X, y, runs, "two points", balls=True, balls_shown=True, zoom=True)
# A ball that does not hold: drawn as its note, not as a ball.
d = dataclasses.replace(d, balls=(d.balls[0], dataclasses.replace(d.balls[1], holds=False,
                        note="epoch-Adam: no cube to draw here (a note from the kernel)"),
                        d.balls[2]))
SceneWidget(d)"""


def test_a_line_of_solutions_with_a_ball_that_does_not_hold(page, lab):
    """Two points: the solutions are a line (no edge-on view); balls shown from the start; a
    ball that does not hold is not drawn, its note is shown while the balls are on."""
    name = "scene-two-points.ipynb"
    path = write_notebook(lab, name, (TWO_POINTS,))
    try:
        page.set_viewport_size({"width": 1280, "height": 720})
        run_all(page, lab, name)
        page.wait_for_selector(f"{SCENE} canvas")
        page.wait_for_function(SCENE_DRAWN, arg=".jp-Notebook")
        assert page_errors(page) == []
        toolbar = page.locator(f"{SCENE} .ib-scene-toolbar")
        notes = page.locator(f"{SCENE} .ib-scene-notes")
        assert scene(page, "s => s.data().solutions.kind") == "line"
        assert not toolbar.get_by_role("button", name="edge-on").is_visible()
        assert scene(page, "s => s.edgeOn()") is False
        assert scene(page, "s => s.ballsShown()") is True
        assert toolbar.get_by_label("norm balls").is_checked()
        assert notes.inner_text() == "epoch-Adam: no cube to draw here (a note from the kernel)"
        check_size(page)
        shot(page, "two-points")
        count_kernel_messages(page)
        with_balls = pixels(page)
        toolbar.get_by_label("norm balls").uncheck()
        assert not notes.is_visible()
        wait_for_new_pixels(page, with_balls, "the balls did not go away")
        assert kernel_messages(page)["send"] == 0
        assert page_errors(page) == []
        assert page.js_errors == []
    finally:
        path.unlink()
