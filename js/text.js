// A panel's text that changes with its picture (ib_helpers.live.StateText): the readout under
// the scene, the stability bound under the α slider. It shows the text of the state the scene
// shows: a family's, when one holds for the controls' values (src/source.js), so that the
// numbers change in the same frame as the picture, else the kernel's (`value`).

import { nameOnce } from "./src/names.js";
import { watchStates } from "./src/source.js";

// Frames to wait for the view to be in the page (inside its panel) before naming its controls.
const ATTACH_FRAMES = 120;

function render({ model, el }) {
  const box = document.createElement("div");
  box.className = "ib-state-text";
  el.appendChild(box);
  let shown = null;
  function draw() {
    const picked = source.picked();
    const texts = picked && picked.state.texts;
    const name = model.get("name");
    const html = texts && name in texts ? texts[name] : model.get("value");
    if (html !== shown) {
      box.innerHTML = html;
      shown = html;
    }
  }
  const source = watchStates(model, draw);
  model.on("change:value", draw);
  draw();
  el.ibText = { source, shown: () => shown };
  // A panel with no scene (06's): its sliders get their names and value texts from here
  // (src/names.js); where the panel has a scene, the scene names them.
  let unname = null;
  let frame = 0;
  let tries = 0;
  const attach = () => {
    frame = 0;
    const panel = el.closest(".ib-panel");
    if (panel && !panel.querySelector(".ib-scene")) unname = nameOnce(panel);
    else if (!panel && (tries += 1) < ATTACH_FRAMES) frame = requestAnimationFrame(attach);
  };
  if (typeof requestAnimationFrame === "function") frame = requestAnimationFrame(attach);
  return () => {
    source.dispose();
    model.off("change:value", draw);
    if (frame) cancelAnimationFrame(frame);
    if (unname) unname();
  };
}

export default { render };
