// Presenter mode's floating boxes. The panel's sliders float in a corner of the screen where
// they hide no answer and no start (or wait behind the toolbar's "☰ sliders" button, until the
// presenter opens or closes them or reaches them with Tab); each view draws its box between the
// title above and the legend below, and its star labels keep off every box over it. In the
// browser only: layout.js has the rules (placeOverlays, overlayIn), this module the page.

import { overlayIn, placeOverlays } from "./layout.js";

const SIDES = ["left", "right", "top", "bottom"];
const setCorner = (node, corner) => {
  for (const side of SIDES) {
    node.style[side] = !corner ? "" : side in corner ? `${corner[side]}px` : "auto";
  }
};
const rectOf = (node) => {
  const r = node.getBoundingClientRect();
  return [r.left, r.top, r.right, r.bottom];
};

// The floating boxes of the scene in `root` (its widget element `el`, its `head` with title and
// toolbar, its `legend`), over `panes()` of which `shownPanes()` are shown; `slidersButton` opens
// and closes the sliders, `active()` says whether presenter mode is on, `relayout()` lays the
// screen out again.
export function makeFloating({ el, root, head, legend, panes, shownPanes, slidersButton, active,
  relayout }) { // prettier-ignore
  let open = true;
  let chosen = false; // the presenter opened or closed them, or reached them with Tab

  // The panel's column of sliders (in the live panel and in the read-only copy, the first of
  // the row that holds the scene), if the panel has one.
  function controls() {
    const panel = el.closest(".ib-panel");
    const column = panel && panel.querySelector(".ib-scene-row > :first-child");
    return column && !column.contains(root) ? column : null;
  }

  function show(value) {
    const panel = el.closest(".ib-panel");
    const column = controls();
    if (!panel || !column) return false;
    open = value;
    if (!value && column.contains(document.activeElement)) slidersButton.focus();
    panel.classList.toggle("ib-sliders-closed", !value);
    slidersButton.setAttribute("aria-expanded", String(value));
    if (active()) relayout();
    return value;
  }
  function choose(value) {
    chosen = true;
    return show(value);
  }
  slidersButton.addEventListener("click", () => choose(!open));

  // Presenter mode on or off (`target`, the element on the whole screen): the sliders open.
  function reset(on, target) {
    slidersButton.style.display = on && controls() ? "" : "none";
    if (!on) target.classList.remove("ib-sliders-closed");
    open = true;
    chosen = false;
    slidersButton.setAttribute("aria-expanded", "true");
  }

  // The sliders in a corner that hides no answer (the title and toolbar keep the top left, the
  // legend the bottom edge); where every corner hides one, they close unless chosen.
  function place() {
    const points = [];
    for (const pane of shownPanes()) {
      const box = pane.view.getBoundingClientRect();
      for (const p of pane.keyPoints()) points.push({ x: p.x + box.left, y: p.y + box.top });
    }
    const column = open ? controls() : null;
    if (!column) return;
    const box = { name: "controls", w: column.offsetWidth, h: column.offsetHeight };
    const fixed = [head, legend].map(rectOf);
    const placed = placeOverlays(window.innerWidth, window.innerHeight, [box], points, fixed);
    setCorner(column, placed.controls);
    if (column.contains(document.activeElement)) chosen = true;
    if (placed.controls.hides > 0 && !chosen) show(false);
  }
  function unplace() {
    const column = controls();
    if (column) setCorner(column, null);
  }

  // The boxes over each view in presenter mode (none otherwise): its star labels keep off them.
  function obstacles() {
    for (const pane of panes()) pane.overlays = [];
    if (!active()) return;
    const boxes = [head, legend];
    const column = controls();
    if (column) boxes.push(column);
    const rects = boxes
      .map((node) => node.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => [r.left, r.top, r.right, r.bottom]);
    for (const pane of shownPanes()) {
      const box = pane.view.getBoundingClientRect();
      for (const rect of rects) {
        const inside = overlayIn(rect, box.left, box.top, pane.width, pane.height);
        if (inside) pane.overlays.push(inside);
      }
    }
  }

  // Each view draws its box between the title above and the legend below (where they float
  // over it), in at least 60% of its height.
  function frame() {
    const top_ = head.getBoundingClientRect();
    const bottom_ = legend.getBoundingClientRect();
    for (const pane of shownPanes()) {
      if (pane.inset) {
        pane.setFrame(0, 0);
        continue;
      }
      const box = pane.view.getBoundingClientRect();
      const across = (r) => r.width > 0 && r.left < box.right && r.right > box.left;
      let top = across(top_) ? Math.max(0, Math.ceil(top_.bottom - box.top)) : 0;
      let bottom = across(bottom_) ? Math.max(0, Math.ceil(box.bottom - bottom_.top)) : 0;
      const most = 0.4 * pane.height;
      if (top + bottom > most) {
        const k = most / (top + bottom);
        top = Math.floor(top * k);
        bottom = Math.floor(bottom * k);
      }
      pane.setFrame(top, bottom);
    }
  }

  return { controls, show, choose, reset, place, unplace, obstacles, frame, open: () => open };
}
