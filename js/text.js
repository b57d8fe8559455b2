// A panel's text that changes with its picture (ib_helpers.live.StateText): the readout under
// the scene, the stability bound under the α slider. It shows the text of the state the scene
// shows: a family's, when one holds for the controls' values (src/source.js), so that the
// numbers change in the same frame as the picture, else the kernel's (`value`).

import { watchStates } from "./src/source.js";

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
  return () => {
    source.dispose();
    model.off("change:value", draw);
  };
}

export default { render };
