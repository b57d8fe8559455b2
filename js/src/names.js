// Names and honest values for the panel's controls, for a screen reader (WCAG 4.1.2).
//
// ipywidgets' slider handle has role="slider" but no accessible name (ipywidgets#2650), and its
// aria-valuetext is the raw number: "0.24999999999999997" for 0.25, and a log slider's exponent
// (-1) for 0.1. The panel marks each of its controls with the class "ib-control"
// (ib_helpers.panels.base): here every handle of such a control is named by the control's
// visible label, and its value text is what the slider's own readout shows, kept so as the
// value moves. A toggle's buttons are named by their tooltips where they have one ("x2
// negative" rather than "−"), and says whether it is the one chosen. A slider's readout is a
// field one can type a value into (and Tab stops at it): it is named as the slider's value
// ("step size α, value"), as a textbox.
// Only attributes, on the elements of the panel's own controls.

// The name and value text a slider handle should carry, from the control's visible texts.
export function sliderTexts(label, readout) {
  return { name: (label || "").trim(), value: (readout || "").trim() };
}

function nameSlider(control) {
  const handle = control.querySelector(".noUi-handle");
  const label = control.querySelector(".widget-label");
  const readout = control.querySelector(".widget-readout");
  if (!handle) return null;
  const apply = () => {
    const { name, value } = sliderTexts(label && label.textContent, readout && readout.textContent);
    if (name && handle.getAttribute("aria-label") !== name) handle.setAttribute("aria-label", name);
    if (value && handle.getAttribute("aria-valuetext") !== value) {
      handle.setAttribute("aria-valuetext", value);
    }
    if (readout && name) {
      if (readout.getAttribute("role") !== "textbox") readout.setAttribute("role", "textbox");
      const field = `${name}, value`;
      if (readout.getAttribute("aria-label") !== field) readout.setAttribute("aria-label", field);
    }
  };
  apply();
  // The slider writes its own value text on every move: ours goes back on after it.
  const observer = new MutationObserver(apply);
  observer.observe(handle, { attributes: true, attributeFilter: ["aria-valuetext", "aria-label"] });
  if (readout) observer.observe(readout, { childList: true, characterData: true, subtree: true });
  return observer;
}

// A toggle's buttons: each named by its tooltip, and saying whether it is the one chosen
// (aria-pressed, from the class ipywidgets gives the chosen button), kept so as it changes.
function nameToggles(control) {
  const buttons = [...control.querySelectorAll("button")];
  const apply = () => {
    for (const button of buttons) {
      const tip = button.getAttribute("title");
      if (tip && button.getAttribute("aria-label") !== tip) button.setAttribute("aria-label", tip);
      const pressed = String(button.classList.contains("mod-active"));
      if (button.getAttribute("aria-pressed") !== pressed) {
        button.setAttribute("aria-pressed", pressed);
      }
    }
  };
  apply();
  const observer = new MutationObserver(apply);
  for (const button of buttons) {
    observer.observe(button, { attributes: true, attributeFilter: ["class"] });
  }
  return observer;
}

// Name every control of `panel` (an element holding the panel's widgets); return a function
// that stops following them.
export function nameControls(panel) {
  const observers = [];
  const seen = new WeakSet();
  const scan = () => {
    for (const control of panel.querySelectorAll(".ib-control")) {
      if (seen.has(control)) continue;
      const observer = control.querySelector(".noUi-handle")
        ? nameSlider(control)
        : nameToggles(control);
      if (observer || control.querySelector("button")) seen.add(control);
      if (observer) observers.push(observer);
    }
  };
  scan();
  // Controls drawn after the scene (ipywidgets renders a panel's children one by one).
  const late = new MutationObserver(scan);
  late.observe(panel, { childList: true, subtree: true });
  return () => {
    late.disconnect();
    for (const observer of observers) observer.disconnect();
  };
}

// Name the controls of `panel` once, whichever of the panel's views (the scene, or the text of
// a panel with no scene) gets there first; return the function that stops following them (it
// also frees the panel for the next view), or null if another view already names them.
export function nameOnce(panel) {
  if (!panel || panel.ibNamed) return null;
  const stop = nameControls(panel);
  panel.ibNamed = true;
  return () => {
    stop();
    panel.ibNamed = false;
  };
}
