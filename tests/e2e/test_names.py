"""Every control of a panel has an accessible name and an honest value, read from Chromium's
accessibility tree in JupyterLab (WCAG 4.1.2): a slider's name is its label and its value text
is the number its readout shows (0.250, not 0.24999999999999997; 0.100, not the exponent -1)."""

import pytest

from tests.e2e.harness import open_and_run

SLIDERS = {
    "01-sgd.ipynb": {
        "step size α": "0.250", "epochs": "60", "feature scale x2": "0.100",
        "feature scale x3": "0.0100", "start θ₀, θ₁": "0.00", "start θ₀, θ₂": "0.00",
        "start θ₀, θ₃": "0.00",
    },
    "04-compare.ipynb": {
        "step size α": "0.100", "epochs": "400", "feature scale x2": "0.100",
        "feature scale x3": "0.0100",
    },
    # No scene here: the panel's readout names its sliders.
    "06-why-it-matters.ipynb": {"training points n": "12", "share of + labels": "0.60"},
}  # fmt: skip


@pytest.mark.parametrize("notebook", sorted(SLIDERS))
def test_every_slider_has_its_label_as_name_and_its_readout_as_value(page, lab, notebook):
    open_and_run(page, lab, notebook)
    panel = page.locator(".ib-panel").first
    panel.scroll_into_view_if_needed()
    for name, value in SLIDERS[notebook].items():
        slider = page.get_by_role("slider", name=name, exact=True)
        assert slider.count() == 1, name
        page.wait_for_function(
            "([el, v]) => el.getAttribute('aria-valuetext') === v",
            arg=[slider.element_handle(), value],
            timeout=10_000,
        )
    # A move: the value text follows the readout, not the raw number.
    first = "share of + labels" if notebook.startswith("06") else "step size α"
    alpha = page.get_by_role("slider", name=first, exact=True)
    alpha.focus()
    alpha.press("ArrowRight")
    expected = {"01-sgd.ipynb": "0.260", "04-compare.ipynb": "0.110"}.get(notebook, "0.61")
    page.wait_for_function(
        "([el, v]) => el.getAttribute('aria-valuetext') === v",
        arg=[alpha.element_handle(), expected],
        timeout=10_000,
    )
    if notebook == "04-compare.ipynb":  # the sign buttons say which sign they set
        assert page.get_by_role("button", name="x2 negative").count() == 1
