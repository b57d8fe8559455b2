// The toolbar's controls: Play (its speed and step counter), the norm balls (on and off, and
// grow), edge-on, turning by steps, the swap of the large view and the inset, and presenter
// mode. Everything in it happens in the browser, with no message to the kernel; what the
// controls do is in ../scene.js.

import { button, element } from "./style.js";

// Play: steps shown per second for each speed (the kernel's runs have up to a few thousand).
export const SPEEDS = [
  ["slow", 5],
  ["normal", 20],
  ["fast", 100],
];

// The toolbar, in `root`: its controls, by name.
export function makeToolbar(root) {
  const toolbar = element("div", "ib-scene-toolbar", root);
  const playGroup = element("span", "", toolbar);
  const playButton = button("▶ play", playGroup, "play the runs step by step");
  const speedSelect = element("select", "", playGroup);
  speedSelect.title = "steps per second";
  for (const [name, perSecond] of SPEEDS) {
    const option = element("option", "", speedSelect);
    option.value = String(perSecond);
    option.textContent = `${perSecond}/s`;
    option.title = name;
  }
  speedSelect.value = String(SPEEDS[1][1]);
  const counter = element("span", "ib-scene-counter", playGroup);
  const ballGroup = element("span", "", toolbar);
  const ballLabel = element("label", "", ballGroup);
  const ballBox = element("input", "", ballLabel);
  ballBox.type = "checkbox";
  element("span", "", ballLabel).textContent = "norm balls";
  const growButton = button("grow", ballGroup, "grow each ball until it touches the solutions");
  const edgeButton = button("edge-on", toolbar, "look along the plane of solutions");
  // Turning without dragging (WCAG 2.5.7): 15 degrees a click, as the arrow keys do.
  const turnGroup = element("span", "", toolbar);
  const turnLeft = button("↺", turnGroup, "turn the view 15° to the left (or ← with the view focused)");
  turnLeft.setAttribute("aria-label", "turn left");
  const turnRight = button("↻", turnGroup, "turn the view 15° to the right (or →)");
  turnRight.setAttribute("aria-label", "turn right");
  const viewButton = button("⇄", toolbar, "swap the large view and the inset");
  viewButton.setAttribute("aria-label", "⇄ swap views");
  viewButton.style.display = "none";
  // Presenter mode: the panel on the whole screen (the Fullscreen API), for the back row (a
  // word, not an icon: the usual full-screen glyphs are missing from common fonts).
  const presentButton = button("present", toolbar, "the scene on the whole screen (F; Esc returns)");
  presentButton.setAttribute("aria-label", "present full screen");
  // In presenter mode only: show or hide the panel's sliders over the views (S).
  const slidersButton = button("☰ sliders", toolbar, "show or hide the sliders over the views (S)");
  slidersButton.setAttribute("aria-expanded", "false");
  slidersButton.style.display = "none";
  return {
    toolbar,
    playButton,
    speedSelect,
    counter,
    ballGroup,
    ballBox,
    growButton,
    edgeButton,
    turnLeft,
    turnRight,
    viewButton,
    presentButton,
    slidersButton,
  };
}
