"""The read-only copy's panels work with no kernel and no network: opened from disk in Chromium
with every request but file:// blocked, every control of 01-05 moves the picture and the
numbers, and what they show is what ib_helpers computes for that position."""

import json
import re

import nbformat
import pytest

import ib_helpers as ib
from ib_helpers.panels.self_checks import _plain
from ib_helpers.panels.snapshot import SELF_CHECK_CELL, notebook_panel
from ib_helpers.readout import format_vector

from .conftest import ROOT

PAGES = ["01-sgd", "02-epoch-adam", "03-rescaled-sgd", "04-compare", "05-two-points"]
SNAPSHOT = re.compile(r'<script[^>]*\bclass="ib-panel-snapshot"[^>]*>(.*?)</script>', re.S)

SHOWN = """() => {
  const el = document.querySelector('.ib-offline .ib-scene');
  const d = el.ibScene.data();
  return {title: d.title, description: d.description, fromFamily: el.ibScene.stats.fromFamily,
          readout: document.querySelector('.ib-offline .ib-offline-readout').innerText,
          frames: el.ibScene.stats.frames};
}"""


def panel_of(page):
    """The panel the page's cell builds, made here as the build made it."""
    return notebook_panel(ROOT / "notebooks" / f"{page}.ipynb")


@pytest.fixture
def offline(browser):
    """A page with every request but file:// blocked (and listed)."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    requests = []

    def route(route):
        requests.append(route.request.url)
        if route.request.url.startswith("file:"):
            return route.continue_()
        return route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.requests = requests
    yield page
    context.close()


def check_shown(shown, panel, values, what):
    """The page shows what ib_helpers computes for ``values``: the title, the description in
    words and every closed-form limit in the readout."""
    state = panel._state(values)
    assert shown["title"] == state.scene_data.title, what
    assert shown["description"] == ib.descriptions.describe_scene_in_words(state.scene_data), what
    for limit in (format_vector(s.limit) for s in state.summaries):
        assert limit in shown["readout"], (what, limit, shown["readout"])


@pytest.mark.parametrize("name", PAGES)
def test_every_control_moves_the_picture_and_its_numbers_with_no_kernel(site, offline, name):
    out, _ = site
    text = (out / f"{name}.html").read_text(encoding="utf-8")
    (snapshot,) = [json.loads(s) for s in SNAPSHOT.findall(text)]
    page = offline
    page.goto((out / f"{name}.html").as_uri())
    page.wait_for_selector(".ib-offline canvas")
    page.locator(".ib-offline").scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('.ib-offline .ib-scene').ibScene.data()")
    panel = panel_of(name)
    base = {c["name"]: c["values"][c["index"]] for c in snapshot["controls"]}
    assert page.locator(".ib-offline-picture").is_hidden()  # the live panel replaced it
    scene = page.locator(".ib-offline .ib-scene")
    for k, control in enumerate(snapshot["controls"]):
        before = scene.screenshot()
        shown_before = page.evaluate(SHOWN)
        at_end = control["index"] == len(control["values"]) - 1
        step = -1 if at_end else 1
        if control["kind"] == "slider":
            handle = page.locator(".ib-offline input[type=range]").nth(
                sum(c["kind"] == "slider" for c in snapshot["controls"][:k])
            )
            handle.focus()
            handle.press("ArrowLeft" if at_end else "ArrowRight")
            assert (
                handle.get_attribute("aria-valuetext") == control["labels"][control["index"] + step]
            )
        else:
            group = page.locator(".ib-offline fieldset").nth(
                sum(c["kind"] == "choice" for c in snapshot["controls"][:k])
            )
            radio = group.locator("input[type=radio]").nth(control["index"] + step)
            radio.focus()
            radio.press("Space")
        values = {**base, control["name"]: control["values"][control["index"] + step]}
        shown = page.evaluate(SHOWN)  # the input event picked the state: no waiting
        what = f"{name}: {control['name']} -> {values[control['name']]}"
        assert shown["fromFamily"], what
        check_shown(shown, panel, values, what)
        assert shown != shown_before, what
        page.wait_for_function(
            f"document.querySelector('.ib-offline .ib-scene').ibScene.stats.frames"
            f" > {shown_before['frames']}"
        )
        assert scene.screenshot() != before, f"{what}: the picture did not change"
    panel.close()
    assert page.errors == []
    assert all(url.startswith("file:") for url in page.requests), page.requests


@pytest.mark.parametrize("name", PAGES)
def test_dragging_every_slider_scrubs_through_its_family(site, offline, name):
    """A hand dragging each slider gets a new picture and new numbers for most of its moves,
    and where it lets go, the picture and numbers are what ib_helpers computes there."""
    out, _ = site
    text = (out / f"{name}.html").read_text(encoding="utf-8")
    (snapshot,) = [json.loads(s) for s in SNAPSHOT.findall(text)]
    page = offline
    page.goto((out / f"{name}.html").as_uri())
    page.wait_for_selector(".ib-offline canvas")
    page.locator(".ib-offline").scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('.ib-offline .ib-scene').ibScene.data()")
    panel = panel_of(name)
    base = {c["name"]: c["values"][c["index"]] for c in snapshot["controls"]}
    sliders = [c for c in snapshot["controls"] if c["kind"] == "slider"]
    for k, control in enumerate(sliders):
        handle = page.locator(".ib-offline input[type=range]").nth(k)
        handle.scroll_into_view_if_needed()
        box = handle.bounding_box()
        y = box["y"] + box["height"] / 2
        # From the handle towards the longer side of the track, 12 moves over a third of it.
        at = control["index"] / (len(control["values"]) - 1)
        x0 = box["x"] + 8 + (box["width"] - 16) * at  # the thumb's middle (16 px wide)
        towards = 1 if at < 0.5 else -1
        seen = []
        page.mouse.move(x0, y)
        page.mouse.down()
        for m in range(1, 13):
            page.mouse.move(x0 + towards * box["width"] * m / 36, y)
            page.wait_for_timeout(20)
            shown = page.evaluate(SHOWN)
            seen.append((shown["description"], shown["readout"]))
        page.mouse.up()
        what = f"{name}: dragging {control['name']}"
        assert len(set(seen)) >= 6, (what, len(set(seen)))
        index = control["labels"].index(handle.get_attribute("aria-valuetext"))
        values = {**base, control["name"]: control["values"][index]}
        shown = page.evaluate(SHOWN)
        assert shown["fromFamily"], what
        check_shown(shown, panel, values, what)
    panel.close()
    assert page.errors == []
    assert all(url.startswith("file:") for url in page.requests), page.requests


def test_the_presets_switch_to_their_states_with_no_kernel(site, offline):
    """04's preset buttons show each preset's picture and numbers (computed ahead), the
    controls show its positions, and a control moved afterwards starts from the lesson's
    setting again."""
    out, _ = site
    text = (out / "04-compare.html").read_text(encoding="utf-8")
    (snapshot,) = [json.loads(s) for s in SNAPSHOT.findall(text)]
    page = offline
    page.goto((out / "04-compare.html").as_uri())
    page.wait_for_selector(".ib-offline canvas")
    page.locator(".ib-offline").scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('.ib-offline .ib-scene').ibScene.data()")
    panel = panel_of("04-compare")
    controls = snapshot["controls"]
    base = {c["name"]: c["values"][c["index"]] for c in controls}
    buttons = page.get_by_role("group", name="Presets").get_by_role("button")
    assert buttons.count() == len(snapshot["presets"]) == 3
    for order in ([1, 2, 0], [2]):
        for p in order:
            preset = snapshot["presets"][p]
            before = page.evaluate(SHOWN)
            buttons.nth(p).click()
            index = preset.get("index") or [c["index"] for c in controls]
            values = {c["name"]: c["values"][i] for c, i in zip(controls, index, strict=True)}
            shown = page.evaluate(SHOWN)
            what = f"preset {preset['label']}"
            check_shown(shown, panel, values, what)
            assert buttons.nth(p).get_attribute("aria-pressed") == "true", what
            sliders = page.locator(".ib-offline input[type=range]")
            for k, c in enumerate(c for c in controls if c["kind"] == "slider"):
                k_all = controls.index(c)
                assert sliders.nth(k).get_attribute("aria-valuetext") == c["labels"][index[k_all]]
            if p != 0:
                assert shown["readout"] != before["readout"], what
    # After the last preset (x = [1, −0.1, 0.01]), α moved: the lesson's setting with α moved.
    alpha = page.locator(".ib-offline input[type=range]").first
    alpha.focus()
    alpha.press("ArrowRight")
    a = controls[0]
    values = {**base, a["name"]: a["values"][a["index"] + 1]}
    shown = page.evaluate(SHOWN)
    assert shown["fromFamily"]
    check_shown(shown, panel, values, "α moved after the last preset")
    assert all(b.get_attribute("aria-pressed") == "false" for b in buttons.all())
    panel.close()
    assert page.errors == []


def test_presenter_mode_works_in_the_read_only_copy(site, offline):
    """The toolbar's present button puts the offline panel on the whole screen (opened from
    disk, no kernel), its sliders float over the views and still move them, and Esc returns."""
    out, _ = site
    page = offline
    page.goto((out / "03-rescaled-sgd.html").as_uri())
    page.wait_for_selector(".ib-offline canvas")
    panel = page.locator(".ib-offline")
    panel.scroll_into_view_if_needed()
    scene = "document.querySelector('.ib-offline .ib-scene').ibScene"
    page.wait_for_function(f"{scene}.data()")
    panel.get_by_role("button", name="present full screen").click()
    page.wait_for_function(
        f"{scene}.presenting()"
        " && document.fullscreenElement === document.querySelector('.ib-offline')"
    )
    page.wait_for_timeout(300)
    size = page.evaluate(f"{scene}.size()")
    assert size["width"] * size["height"] >= 0.9 * 1280 * 720, size
    slider = panel.locator("input[type=range]").first
    if not slider.is_visible():
        panel.get_by_role("button", name="☰ sliders").click()
    updates = page.evaluate(f"{scene}.stats.updates")
    slider.focus()
    slider.press("ArrowRight")
    assert page.evaluate(f"{scene}.stats.updates") > updates
    page.keyboard.press("Escape")
    page.wait_for_function(f"!{scene}.presenting() && document.fullscreenElement === null")
    assert page.errors == []


def test_the_self_checks_judge_in_the_page_with_no_kernel(site, offline):
    """04's self-check questions are asked in the read-only copy: a wrong choice is told so,
    the right one is right, the answer shows, each with the texts ib_helpers writes."""
    out, _ = site
    page = offline
    page.goto((out / "04-compare.html").as_uri())
    checks = page.locator(".ib-offline-check")
    checks.first.wait_for()
    notebook = nbformat.read(ROOT / "notebooks" / "04-compare.ipynb", as_version=4)
    names = [m.group(1) for c in notebook.cells if (m := SELF_CHECK_CELL.match(c.source))]
    assert checks.count() == len(names) == 5
    assert page.locator("pre.ib-offline-fallback:visible").count() == 0
    for k, name in enumerate(names):
        question = ib.question(name)
        check = checks.nth(k)
        check.scroll_into_view_if_needed()
        group = check.get_by_role("group")
        assert _plain(question.prompt) in group.inner_text()
        check.get_by_role("button", name="Check").click()
        assert check.get_by_role("status").inner_text() == "Pick an answer first."
        wrong = next(o for o in question.options if o != question.answer)
        check.get_by_role("radio", name=wrong, exact=True).check()
        check.get_by_role("button", name="Check").click()
        assert "Not this one." in check.get_by_role("status").inner_text()
        check.get_by_role("radio", name=question.answer, exact=True).check()
        check.get_by_role("button", name="Check").click()
        assert check.get_by_role("status").inner_text() == f"Right. {question.explanation}"
        check.get_by_role("button", name="Show the answer").click()
        assert check.get_by_role("status").inner_text().startswith(f"Answer: {question.answer}.")
    assert page.errors == []
    assert all(url.startswith("file:") for url in page.requests), page.requests
