// The panels of the read-only copy, with no kernel (tools/build_site.py): each page carries, for
// each panel, the JSON of ib_helpers.panels.snapshot.panel_snapshot (its controls, the state
// shown and every control's family), and this script draws it with the live scene's own code
// (scene.js) and texts (text.js), under a native slider or radio group per control. A move
// picks the family's state in the page (src/source.js), as in JupyterLab with the kernel busy.
//
// Without a kernel, only one control at a time can be away from the lesson's setting (a family
// holds the others at its base): moving one puts the others back, and the panel says so. The
// comparison panel's presets are states computed ahead as well: a preset button shows its
// state, and a control moved then starts from the lesson's setting. The self-checks are asked
// here too (ib_helpers.panels.snapshot.self_check_snapshot), judged in the page with the same
// buttons (check.js) as in JupyterLab.
// Bundled as a classic script (an IIFE), so a page opened from disk (file://) can load it.

import check from "./check.js";
import scene from "./scene.js";
import { plainModel } from "./src/model.js";
import text from "./text.js";

function bytes(base64) {
  const raw = atob(base64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) out[i] = raw.charCodeAt(i);
  return new DataView(out.buffer);
}

function element(tag, className, parent, textContent) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (textContent !== undefined) el.textContent = textContent;
  if (parent) parent.appendChild(el);
  return el;
}

const STYLE = `
.ib-offline { font-size: 15px; }
.ib-offline .ib-scene-row { display: flex; flex-flow: row wrap; align-items: flex-start;
  gap: 8px 16px; }
.ib-offline-controls { flex: 0 0 auto; width: 330px; display: flex; flex-direction: column;
  gap: 6px; }
.ib-offline-control { display: grid; grid-template-columns: 112px 1fr 62px; align-items: center;
  gap: 0 8px; }
.ib-offline-control label, .ib-offline-control legend { text-align: right; }
.ib-offline-control input[type=range] { width: 100%; margin: 0; }
.ib-offline-control output { font-variant-numeric: tabular-nums; }
.ib-offline-choice { border: 0; margin: 0; padding: 0; display: grid;
  grid-template-columns: 112px 1fr; align-items: center; gap: 0 8px; }
.ib-offline-choice legend { float: left; width: 112px; padding: 0; }
.ib-offline-choice span { display: inline-flex; gap: 10px; }
.ib-offline-choice label { display: inline-flex; align-items: center; gap: 3px; }
.ib-offline input:focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; }
.ib-offline-note { color: #333; font-size: 14px; margin: 4px 0 0 0; }
.ib-offline-presets { display: flex; flex-wrap: wrap; gap: 6px; }
.ib-offline-presets button { font: inherit; padding: 2px 8px; border: 1px solid #767676;
  border-radius: 4px; background: #f4f4f4; color: #111; cursor: pointer; }
.ib-offline-presets button[aria-pressed=true] { background: #0072B2; color: #fff;
  border-color: #0072B2; }
.ib-offline-presets button:focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; }
.ib-offline-scene { flex: 1 1 420px; min-width: 360px; }
.ib-offline-check { font-size: 15px; margin: 4px 0; }
.ib-offline-check fieldset { border: 0; margin: 0; padding: 0; }
.ib-offline-check legend { font-weight: 600; padding: 0; margin-bottom: 4px; }
.ib-offline-check label { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.ib-offline-check input:focus-visible { outline: 3px solid #0072B2; outline-offset: 2px; }
`;

function addStyle() {
  if (document.getElementById("ib-offline-style")) return;
  const style = element("style", null, document.head);
  style.id = "ib-offline-style";
  style.textContent = STYLE;
}

// ------------------------------------------------------------------------------------------
// One panel.

export function mount(host, snapshot) {
  addStyle();
  const root = element("div", "ib-panel ib-offline", host);
  root.setAttribute("role", "group");
  root.setAttribute("aria-label", "Interactive panel (no kernel: every position computed ahead)");
  const row = element("div", "ib-scene-row", root);
  const column = element("div", "ib-offline-controls", row);
  const sceneBox = element("div", "ib-offline-scene", row);
  const readoutBox = element("div", "ib-offline-readout", root);

  const models = {};
  const manager = { get_model: async (id) => models[id] };
  const ids = [];
  snapshot.controls.forEach((control, k) => {
    const id = `family-${k}`;
    models[id] = plainModel({
      control: control.name,
      value: control.values[control.index],
      data: bytes(snapshot.families[control.name]),
    });
    ids.push(`IPY_MODEL_${id}`);
  });
  const sceneState = (scene) => ({
    ...scene,
    runs: scene.runs.map((run) => ({ ...run, path: bytes(run.path) })),
  });
  // The lesson's setting, and the presets' (each a state computed ahead, no families).
  const lesson = { scene: sceneState(snapshot.scene), texts: snapshot.texts };
  const presets = (snapshot.presets || []).map((preset) =>
    preset.index ? { ...preset, scene: sceneState(preset.scene) } : { ...preset, ...lesson },
  );
  const sceneModel = plainModel({ scene: lesson.scene, families: ids }, manager);
  const texts = {};
  for (const [name, html] of Object.entries(snapshot.texts)) {
    texts[name] = plainModel({ name, value: html, families: ids }, manager);
  }

  // The controls: where each is, and putting the others back to the lesson's setting.
  const inputs = [];
  const setPosition = (k, index) => {
    const control = snapshot.controls[k];
    const input = inputs[k];
    input.show(index);
    models[`family-${k}`].set("value", control.values[index]);
  };
  // The state shown when no family holds: the lesson's, or a preset's.
  let presetShown = null;
  const presetButtons = [];
  const showSetting = (setting) => {
    sceneModel.set("scene", setting.scene);
    for (const [name, html] of Object.entries(setting.texts)) {
      if (texts[name]) texts[name].set("value", html);
    }
  };
  const showPreset = (p) => {
    presetShown = presets[p].index ? p : null;
    presetButtons.forEach((b, q) => b.setAttribute("aria-pressed", String(q === p)));
    showSetting(presets[p]);
    snapshot.controls.forEach((control, k) => {
      setPosition(k, presets[p].index ? presets[p].index[k] : control.index);
    });
  };
  const moved = (k, index) => {
    if (presetShown !== null) {
      // Away from a preset: the lesson's setting again, with this control moved.
      presetShown = null;
      presetButtons.forEach((b) => b.setAttribute("aria-pressed", "false"));
      showSetting(lesson);
    }
    snapshot.controls.forEach((control, j) => {
      if (j !== k && inputs[j].index() !== control.index) setPosition(j, control.index);
    });
    setPosition(k, index);
  };
  snapshot.controls.forEach((control, k) => {
    const id = `ib-offline-${Math.random().toString(36).slice(2)}-${k}`;
    if (control.kind === "slider") {
      const box = element("div", "ib-offline-control", column);
      const label = element("label", null, box, control.description);
      label.htmlFor = id;
      const input = element("input", null, box);
      Object.assign(input, { type: "range", id, min: 0, max: control.values.length - 1, step: 1 });
      input.value = String(control.index);
      const output = element("output", null, box);
      output.htmlFor = id;
      const show = (index) => {
        input.value = String(index);
        input.setAttribute("aria-valuetext", control.labels[index]);
        output.textContent = control.labels[index];
      };
      show(control.index);
      input.addEventListener("input", () => moved(k, Number(input.value)));
      inputs.push({ show, index: () => Number(input.value), element: input });
    } else {
      const box = element("fieldset", "ib-offline-choice", column);
      element("legend", null, box, control.description);
      const options = element("span", null, box);
      const radios = control.labels.map((labelText, index) => {
        const label = element("label", null, options);
        const radio = element("input", null, label);
        Object.assign(radio, { type: "radio", name: id, value: String(index) });
        if (control.tooltips && control.tooltips[index]) {
          radio.setAttribute("aria-label", control.tooltips[index]);
          label.title = control.tooltips[index];
        }
        element("span", null, label, labelText);
        radio.addEventListener("change", () => {
          if (radio.checked) moved(k, index);
        });
        return radio;
      });
      const show = (index) => {
        radios.forEach((radio, i) => {
          radio.checked = i === index;
        });
      };
      show(control.index);
      inputs.push({ show, index: () => radios.findIndex((r) => r.checked), element: radios[0] });
    }
  });
  if (presets.length) {
    const group = element("div", "ib-offline-presets", column);
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Presets");
    presets.forEach((preset, p) => {
      const b = element("button", null, group, preset.label);
      b.type = "button";
      b.setAttribute("aria-pressed", String(!preset.index));
      b.addEventListener("click", () => showPreset(p));
      presetButtons.push(b);
    });
  }
  const note = element("p", "ib-offline-note", column);
  note.textContent =
    "No kernel here: every position of each control was computed ahead. One control at a " +
    "time moves away from the lesson's setting; moving another puts the first back." +
    (presets.length
      ? " A preset shows its own setting; a control moved then starts from the lesson's."
      : "");

  // The bound under the α slider, the scene beside the controls, the readout below.
  if (texts.bound) {
    const boundBox = element("div", "ib-offline-bound");
    column.insertBefore(boundBox, column.children[1] || null);
    text.render({ model: texts.bound, el: boundBox });
  }
  const sceneHost = element("div", null, sceneBox);
  scene.render({ model: sceneModel, el: sceneHost });
  if (texts.readout) text.render({ model: texts.readout, el: readoutBox });
  return {
    root,
    inputs: inputs.map((i) => i.element),
    presets: presetButtons,
    scene: sceneModel,
    texts,
  };
}

// ------------------------------------------------------------------------------------------
// One self-check: the question as a radio group, and the live widget's buttons (check.js) on a
// model of the texts the build wrote (the feedback for every option, sent ahead).

export function mountCheck(host, snapshot) {
  addStyle();
  const root = element("div", "ib-offline-check", host);
  const group = element("fieldset", null, root);
  // The prompt is HTML from ib_helpers.checks (its emphasis), written by the build.
  element("legend", null, group).innerHTML = snapshot.prompt;
  const model = plainModel({
    index: null,
    feedback: snapshot.feedback,
    empty: snapshot.empty,
    answer: snapshot.answer,
    shown: "",
  });
  const radios = snapshot.options.map((option, i) => {
    const label = element("label", null, group);
    const radio = element("input", null, label);
    Object.assign(radio, { type: "radio", name: `ib-check-${snapshot.name}`, value: String(i) });
    element("span", null, label, option);
    radio.addEventListener("change", () => {
      if (radio.checked) model.set("index", i);
    });
    return radio;
  });
  check.render({ model, el: element("div", null, root) });
  return { root, radios, model };
}

function mountAll() {
  for (const script of document.querySelectorAll("script.ib-check-snapshot")) {
    const host = script.parentElement;
    try {
      host.ibOffline = mountCheck(host, JSON.parse(script.textContent));
      const fallback = host.querySelector("pre.ib-offline-fallback");
      if (fallback) fallback.hidden = true;
    } catch (error) {
      host.setAttribute("data-ib-offline-error", String(error));
    }
  }
  for (const script of document.querySelectorAll("script.ib-panel-snapshot")) {
    const host = script.parentElement;
    try {
      const snapshot = JSON.parse(script.textContent);
      const panel = mount(host, snapshot);
      // The stored picture stays for a page without scripts; with the live panel, it goes.
      const picture = host.querySelector("img.ib-offline-picture");
      if (picture) picture.hidden = true;
      host.ibOffline = panel;
    } catch (error) {
      host.setAttribute("data-ib-offline-error", String(error));
    }
  }
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
}
