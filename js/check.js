// A self-check's buttons and feedback (ib_helpers.panels.self_checks.CheckButtons): "Check"
// shows the feedback for the option chosen (its index follows the radio buttons in the page,
// a jslink), "Show the answer" the answer; both from texts the kernel sent ahead, so neither
// waits for the kernel. The shown text goes back to the kernel, for code that reads it.

import { feedbackFor } from "./src/check.js";

const CSS = `
.ib-check-buttons { display: flex; gap: 8px; margin: 4px 0; }
.ib-check-buttons button { font: inherit; font-size: 15px; padding: 4px 14px; min-height: 32px;
  border: 1px solid #595959; border-radius: 3px; background: #f0f0f0; color: #000; cursor: pointer; }
.ib-check-buttons button.ib-check-primary { background: #0072B2; border-color: #0072B2;
  color: #fff; }
.ib-check-buttons button:hover { filter: brightness(0.92); }
.ib-check-buttons button:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
.ib-check-feedback:empty { display: none; }
`;

function style() {
  if (document.getElementById("ib-check-style")) return;
  const node = document.createElement("style");
  node.id = "ib-check-style";
  node.textContent = CSS;
  document.head.appendChild(node);
}

function render({ model, el }) {
  style();
  const row = document.createElement("div");
  row.className = "ib-check-buttons";
  const check = document.createElement("button");
  check.type = "button";
  check.className = "ib-check-primary";
  check.textContent = "Check";
  const reveal = document.createElement("button");
  reveal.type = "button";
  reveal.textContent = "Show the answer";
  row.append(check, reveal);
  // Read out when it changes, as a status message (WCAG 4.1.3).
  const out = document.createElement("div");
  out.className = "ib-check-feedback";
  out.setAttribute("role", "status");
  out.setAttribute("aria-live", "polite");
  el.append(row, out);

  let shown = null;
  function draw() {
    const html = model.get("shown");
    if (html !== shown) {
      out.innerHTML = html;
      shown = html;
    }
  }
  function show(html) {
    model.set("shown", html);
    model.save_changes();
  }
  check.addEventListener("click", () =>
    show(feedbackFor(model.get("index"), model.get("feedback"), model.get("empty"))),
  );
  reveal.addEventListener("click", () => show(model.get("answer")));
  model.on("change:shown", draw);
  draw();
  return () => model.off("change:shown", draw);
}

export default { render };
