"""Each panel of 01-06 with the keyboard alone, in JupyterLab: from the panel's first control,
Tab visits every control (each slider, sign button, preset and reset button), the scene's
toolbar, its view and its legend, each with a role and a name in Chromium's accessibility tree
(WCAG 2.1.1, 4.1.2), our own stops with a visible focus ring (2.4.7); Shift+Tab comes back the
same way. The tour is printed: the stops and their names, as a screen reader user meets them.
"""

import re

import pytest

from tests.e2e.harness import open_and_run, page_errors

NOTEBOOKS = ["01-sgd.ipynb", "02-epoch-adam.ipynb", "03-rescaled-sgd.ipynb",
             "04-compare.ipynb", "05-two-points.ipynb", "06-why-it-matters.ipynb"]  # fmt: skip

# The focused element: whether it is in the panel, ours (the scene's), and how its focus shows.
FOCUSED = """() => {
  const el = document.activeElement;
  const panel = document.querySelector('.ib-panel');
  const style = getComputedStyle(el);
  return {
    inPanel: panel.contains(el),
    ours: !!el.closest('.ib-scene'),
    tag: el.tagName.toLowerCase(),
    cls: el.className && el.className.baseVal === undefined ? el.className : '',
    ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
      || style.boxShadow !== 'none',
  };
}"""
# Every control the panel has, as the page draws them: sliders, toggle buttons, buttons.
CONTROLS = """() => {
  const panel = document.querySelector('.ib-panel');
  const row = panel.querySelector('.ib-scene-row > :first-child') || panel;
  return [...row.querySelectorAll('[role=slider], button')]
    .filter((el) => el.getClientRects().length > 0).length;
}"""


def stop_name(page):
    """The focused element as the accessibility tree has it: 'role "name"' (from the first
    line of its ARIA snapshot, without YAML's quoting and without states such as [pressed])."""
    line = page.locator("*:focus").aria_snapshot().splitlines()[0].removeprefix("- ")
    if line.startswith("'"):
        line = line[1:].split("'", 1)[0]
    role, name = re.match(r'([\w-]+)(?: ("[^"]*"))?', line).groups()
    return f"{role} {name}" if name else role


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_every_panel_can_be_used_with_the_keyboard_alone(page, lab, notebook):
    open_and_run(page, lab, notebook)
    panel = page.locator(".ib-panel").first
    panel.scroll_into_view_if_needed()
    first = panel.locator("[role=slider]").first
    first.focus()
    tour, rings_missing = [], []
    for _ in range(60):
        focused = page.evaluate(FOCUSED)
        if not focused["inPanel"]:
            break
        name = stop_name(page)
        tour.append(name)
        if focused["ours"] and not focused["ring"]:
            rings_missing.append(name)
        page.keyboard.press("Tab")
    print(f"\n{notebook}: {len(tour)} stops\n  " + "\n  ".join(tour))
    # Every stop has a role and a name.
    unnamed = [stop for stop in tour if '"' not in stop]
    assert unnamed == [], unnamed
    # Every control of the panel, and the scene's own stops, were reached.
    controls = page.evaluate(CONTROLS)
    reached = [s for s in tour if s.startswith(("slider", "button", "radio"))]
    assert len(reached) >= controls, (controls, tour)
    # 06's panel has no scene: its sliders and its table are all of it.
    scene = notebook != "06-why-it-matters.ipynb"
    assert any(s.startswith('application "3-D scene: ') for s in tour) == scene, "the view"
    assert ('region "Legend"' in tour) == scene, "the legend"
    # A slider's readout, where one can type a value, is named as that slider's value.
    fields = [s for s in tour if s.startswith("textbox")]
    assert len(fields) == sum(s.startswith("slider") for s in tour), tour
    for button in ["▶ play", "present full screen", "turn left", "turn right"] if scene else []:
        assert f'button "{button}"' in tour, (button, tour)
    assert rings_missing == [], f"no visible focus ring on {rings_missing}"
    # A toggle's buttons say which one is chosen, and follow a choice made by keyboard.
    toggles = panel.locator(".ib-control.widget-toggle-buttons button")
    if toggles.count():
        pressed = [toggles.nth(k).get_attribute("aria-pressed") for k in range(toggles.count())]
        assert pressed.count("true") == toggles.count() // 2, pressed
        other = toggles.nth(pressed.index("false"))
        other.focus()
        page.keyboard.press("Enter")
        page.wait_for_function("(b) => b.getAttribute('aria-pressed') === 'true'",
                               arg=other.element_handle())  # fmt: skip
    # Shift+Tab from the last stop (the legend; 06: the last slider's field) comes back
    # through the same stops.
    last = ".ib-scene-legend" if scene else ".ib-control .widget-readout >> nth=-1"
    panel.locator(last).focus()
    back = [stop_name(page)]
    for _ in range(len(tour) - 1):
        page.keyboard.press("Shift+Tab")
        back.append(stop_name(page))
    assert back == tour[::-1], (tour, back)
    assert page_errors(page) == []
