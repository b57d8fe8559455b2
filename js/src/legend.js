// The legend: one row per entry of the kernel's legend (its icon and label), and a line of
// help. Rows of norm balls carry data-kind="ball" (the toolbar greys them out when the balls
// are hidden).

import { legendIcon } from "./markers.js";
import { element } from "./style.js";

// Fill `legend` (emptied first) from the decoded scene `data`.
export function fillLegend(legend, data) {
  legend.replaceChildren();
  for (const entry of data.legend) {
    const row = element("div", "", legend);
    row.dataset.kind = entry.kind;
    const ball = entry.kind === "ball" && data.balls.find((b) => b.label === entry.label);
    row.appendChild(legendIcon(entry, data.solutions.edge_color, ball && ball.shape));
    element("span", "", row).textContent = entry.label;
  }
  const help = element("div", "ib-scene-help", legend);
  help.textContent = "drag to rotate, scroll to zoom";
}
