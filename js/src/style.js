// The scene's CSS and the two DOM helpers every part of the view uses.

// Projector-size text, in CSS pixels.
export const FONT = {
  title: 21,
  legend: 17,
  axis: 22,
  tick: 17,
  tooltip: 16,
  note: 16,
  toolbar: 15,
  star: 18,
};

// In presenter mode (the whole screen, for the back row of a lecture hall).
export const PRESENT_FONT = {
  title: 30,
  legend: 19,
  axis: 28,
  tick: 21,
  note: 19,
  toolbar: 18,
  star: 26,
};

// A box floating over the views in presenter mode: white enough that its text keeps its
// contrast over any line of the picture.
const FLOAT = `position: absolute; z-index: 5; background: rgba(255,255,255,0.94);
  border: 1px solid #8a8a8a; border-radius: 6px; box-shadow: 0 1px 6px rgba(0,0,0,0.2);`;

export const STYLE = `
.ib-scene { font-family: var(--jp-ui-font-family, sans-serif); color: #111; }
.ib-scene-title { font-size: ${FONT.title}px; font-weight: 600; margin: 4px 0 2px 4px;
  line-height: 1.25; }
.ib-scene-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px;
  margin: 2px 0 4px 4px; font-size: ${FONT.toolbar}px; }
.ib-scene-toolbar > span { display: inline-flex; flex-wrap: wrap; align-items: center;
  gap: 6px; }
.ib-scene-toolbar button, .ib-scene-toolbar select { font: inherit; padding: 1px 7px;
  border: 1px solid #8a8a8a; border-radius: 4px; background: #f4f4f4; color: #111;
  cursor: pointer; }
.ib-scene-toolbar button:hover { background: #e6e6e6; }
.ib-scene-toolbar label { display: inline-flex; align-items: center; gap: 5px;
  cursor: pointer; }
.ib-scene-toolbar input[type=checkbox] { width: 18px; height: 18px; margin: 0; }
.ib-scene-counter { font-variant-numeric: tabular-nums; white-space: nowrap; }
.ib-scene-notes { font-size: ${FONT.note}px; color: #333; margin: 0 0 6px 4px; }
.ib-scene-notes div { margin: 2px 0; }
.ib-scene-body { display: flex; flex-wrap: nowrap; align-items: flex-start; gap: 8px 18px; }
.ib-scene-body.ib-scene-below { flex-direction: column; }
.ib-scene-panes { position: relative; display: flex; flex-wrap: nowrap; gap: 12px;
  flex: 0 0 auto; }
.ib-scene-pane.ib-scene-inset { position: absolute; z-index: 3;
  border: 2px solid #555; box-shadow: -2px 2px 6px rgba(0,0,0,0.25); }
.ib-scene-inset .ib-scene-ticks { display: none; }
.ib-scene-caption { position: absolute; left: 6px; top: 4px; font-size: ${FONT.note}px;
  max-width: calc(100% - 20px); overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  font-weight: 600; color: #333; background: rgba(255,255,255,0.85); padding: 0 4px;
  pointer-events: none; z-index: 1; }
.ib-scene-pane { position: relative; flex: 0 0 auto; overflow: hidden; background: #fff;
  border: 1px solid #e2e2e2; cursor: grab; touch-action: none; }
.ib-scene-pane:active { cursor: grabbing; }
.ib-scene-pane canvas { display: block; }
.ib-scene-labels { position: absolute; inset: 0; pointer-events: none; }
.ib-scene-labels div { position: absolute; left: 0; top: 0; white-space: nowrap;
  will-change: transform; }
.ib-scene-tick { font-size: ${FONT.tick}px; color: #222; }
.ib-scene-axis { font-size: ${FONT.axis}px; font-weight: 600; color: #000; }
.ib-scene-labels .ib-scene-star { font-size: ${FONT.star}px; font-weight: 700; padding: 0 4px;
  background: rgba(255,255,255,0.8); border-radius: 4px;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 2px #fff; }
.ib-scene-tooltip { position: absolute; pointer-events: none; display: none;
  background: rgba(255,255,255,0.95); border: 1px solid #888; border-radius: 4px;
  padding: 4px 8px; font-size: ${FONT.tooltip}px; white-space: nowrap; z-index: 2; }
.ib-scene-legend { font-size: ${FONT.legend}px; line-height: 1.2; flex: 0 0 auto;
  overflow-y: auto; align-self: center; }
.ib-scene-below .ib-scene-legend { align-self: flex-start; display: grid;
  grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); column-gap: 14px;
  font-size: ${FONT.legend - 1}px; }
.ib-scene-below .ib-scene-legend div { margin: 0; }
.ib-scene-below .ib-scene-help { margin-top: 0; align-self: center; }
.ib-scene-legend div { display: flex; align-items: center; gap: 8px; margin: 5px 0; }
/* An entry switched off (the norm balls, hidden): its icon faded, its text a grey that still
   reads at 7:1 (faded text fell to 2.6:1, below WCAG AA). */
.ib-scene-legend div.ib-scene-off { color: #595959; }
.ib-scene-legend div.ib-scene-off > :first-child { opacity: 0.35; }
.ib-scene-announce { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.ib-scene-legend:focus-visible, .ib-scene-pane:focus-visible {
  outline: 3px solid #0072B2; outline-offset: 2px; }
.ib-scene-help { font-size: 14px; color: #555; margin-top: 10px; }
.ib-scene-toolbar button.ib-scene-on { background: #0072B2; color: #fff;
  border-color: #0072B2; }

/* Presenter mode: the panel (.ib-presenting) holds the whole screen (or the window, where the
   browser refuses the Fullscreen API); the scene covers it, its views fill it, and title,
   toolbar, legend and the panel's sliders float over the views' edges. */
.ib-presenting { position: fixed !important; inset: 0 !important; z-index: 10000;
  width: 100vw !important; height: 100vh !important; max-width: none !important;
  margin: 0 !important; background: #fff; overflow: hidden !important; }
.ib-presenting:fullscreen { background: #fff; }
.ib-scene.ib-scene-presenting { position: fixed; inset: 0; z-index: 1; background: #fff; }
.ib-scene-presenting .ib-scene-body { position: absolute; inset: 0; display: block; }
.ib-scene-presenting .ib-scene-panes { position: absolute; inset: 0; }
.ib-scene-presenting .ib-scene-head { ${FLOAT} left: 8px; top: 8px; max-width: min(72vw, 1100px);
  padding: 2px 8px 4px 4px; }
.ib-scene-presenting .ib-scene-title { font-size: ${PRESENT_FONT.title}px; }
.ib-scene-presenting .ib-scene-toolbar { font-size: ${PRESENT_FONT.toolbar}px; }
.ib-scene-presenting .ib-scene-notes { font-size: ${PRESENT_FONT.note}px; }
/* The legend: one strip along the bottom edge, as a figure's legend below a plot (the entries
   switched off and the help line left out). */
.ib-scene-presenting .ib-scene-legend { ${FLOAT} left: 50%; transform: translateX(-50%);
  bottom: 6px; right: auto; width: max-content; max-width: calc(100vw - 24px);
  max-height: 30vh !important; display: flex; flex-wrap: wrap; justify-content: center;
  gap: 0 16px; padding: 2px 14px; font-size: ${PRESENT_FONT.legend}px; }
.ib-scene-presenting .ib-scene-legend div { margin: 3px 0; }
.ib-scene-presenting .ib-scene-legend .ib-scene-off,
.ib-scene-presenting .ib-scene-legend .ib-scene-help { display: none; }
.ib-scene-presenting .ib-scene-axis { font-size: ${PRESENT_FONT.axis}px; }
.ib-scene-presenting .ib-scene-tick { font-size: ${PRESENT_FONT.tick}px; }
.ib-scene-presenting .ib-scene-labels .ib-scene-star { font-size: ${PRESENT_FONT.star}px; }
.ib-scene-presenting .ib-scene-caption { font-size: ${PRESENT_FONT.note}px; }
/* The panel's sliders: bottom left, over the views, above the scene. */
.ib-presenting .ib-scene-row > :first-child:not(:has(.ib-scene)) { ${FLOAT}
  position: fixed !important; left: 8px; bottom: 8px; z-index: 6; width: auto !important;
  max-width: 34vw; max-height: 46vh; overflow: auto !important; padding: 6px 8px; }
.ib-presenting.ib-sliders-closed .ib-scene-row > :first-child:not(:has(.ib-scene)) {
  display: none !important; }
`;

export function element(tag, className, parent) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (parent) parent.appendChild(node);
  return node;
}

export function button(text, parent, title) {
  const node = element("button", "", parent);
  node.type = "button";
  node.textContent = text;
  if (title) node.title = title;
  return node;
}

// The scene's CSS, once per page (every scene on the page shares it).
export function addStyle() {
  if (!document.getElementById("ib-scene-style")) {
    const style = element("style", "", document.head);
    style.id = "ib-scene-style";
    style.textContent = STYLE;
  }
}
