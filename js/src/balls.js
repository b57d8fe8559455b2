// The norm balls: on and off, and growing from nothing to the size that touches the solutions,
// with the kernel's note for each ball it could not draw. In the browser only: the balls are the
// kernel's (or a family's), and the toolbar shows, hides and grows them.

import { progress } from "./geometry.js";
import { element } from "./style.js";

const GROW_MS = 2000; // a ball grows from nothing to the size that touches the solutions

// The balls of a scene's `panes()`, driven by the toolbar's `ballBox` and `growButton`; their
// rows in `legend` are greyed out while hidden, their notes go in `notes`. `data()` is the data
// drawn, `reduce()` whether the reader asked for reduced motion, `resize()` lays the scene out
// again (the notes take room), `requestDraw()` asks for the next frame.
export function makeBalls({ panes, data, legend, notes, ballBox, growButton, requestDraw, resize,
  reduce }) { // prettier-ignore
  let on = false;
  let shownByKernel = null;
  let size = 1; // 0..1 while growing
  let frame = 0;
  let done = null;
  let shownNotes = null;
  const views = () => panes().flatMap((pane) => pane.ballViews);

  function setSize(f) {
    size = f;
    const g = Math.max(f, 1e-4);
    for (const { object, scale, touch } of views()) {
      object.scale.set(scale[0] * g, scale[1] * g, scale[2] * g);
      if (touch) touch.visible = f >= 1;
    }
    requestDraw();
  }

  function endGrow(finished) {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    if (done) done(finished);
    done = null;
  }

  // Why a ball is not drawn: the kernel's note for each ball that does not hold.
  function notesShown() {
    const d = data();
    return d ? d.balls.filter((b) => !b.holds && b.note).map((b) => b.note) : [];
  }

  // Show or hide the balls (and the notes of those not drawn); true if the notes changed.
  function apply() {
    const d = data();
    const drawable = d ? d.balls.filter((b) => b.holds).length : 0;
    on = on && drawable + notesShown().length > 0;
    ballBox.checked = on;
    growButton.disabled = !on || drawable === 0;
    for (const pane of panes()) if (pane.ballLayer) pane.ballLayer.visible = on;
    if (!on && frame) {
      endGrow(false);
      setSize(1);
    }
    for (const row of legend.querySelectorAll("[data-kind=ball]")) {
      row.classList.toggle("ib-scene-off", !on);
    }
    requestDraw();
    const shown = on ? notesShown() : [];
    const key = JSON.stringify(shown);
    if (key === shownNotes) return false;
    shownNotes = key;
    notes.replaceChildren();
    for (const text of shown) element("div", "", notes).textContent = text;
    notes.style.display = shown.length ? "" : "none";
    return true;
  }

  function set(value) {
    on = !!value;
    if (apply()) resize();
    return on;
  }

  function grow() {
    if (!views().length) return Promise.resolve(false);
    if (!on) set(true);
    endGrow(false);
    return new Promise((resolve) => {
      done = resolve;
      const t0 = performance.now();
      const reduced = reduce();
      const tick = (now) => {
        const f = progress(now, t0, GROW_MS, reduced);
        setSize(f);
        if (f < 1) {
          frame = requestAnimationFrame(tick);
        } else {
          frame = 0;
          done = null;
          resolve(true);
        }
      };
      setSize(0);
      frame = requestAnimationFrame(tick);
    });
  }

  // New data: any growing stops, the balls are full size, and they keep the state the reader
  // chose, unless the kernel changes its own choice. True if the notes changed.
  function update() {
    endGrow(false);
    setSize(1);
    const d = data();
    if (shownByKernel !== !!d.balls_shown) {
      shownByKernel = !!d.balls_shown;
      on = shownByKernel;
    }
    return apply();
  }

  ballBox.addEventListener("change", () => set(ballBox.checked));
  growButton.addEventListener("click", () => grow());

  return {
    set,
    grow,
    apply,
    update,
    stop: () => endGrow(false),
    on: () => on,
    size: () => size,
    dispose: () => endGrow(false),
  };
}
