// Families (src/families.js, src/source.js): the bytes the Python encoder writes
// (family_fixture.gz, from tests/test_families.py) decode to the states it was given
// (family_fixture.json, the Python decoder's reading), and the state picked for the controls'
// values is the family's at that position, only while the other controls are at its base.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { close, holds, indexOf, inflate, parseFamily, pick, stateAt } from "../src/families.js";
import { watchStates } from "../src/source.js";
import { plainModel } from "../src/model.js";


const here = (name) => new URL(`./${name}`, import.meta.url);
const blob = new Uint8Array(readFileSync(here("family_fixture.gz")));
const expected = JSON.parse(readFileSync(here("family_fixture.json"), "utf8"));

test("a family decodes to what the Python decoder reads", async () => {
  const family = parseFamily(await inflate(blob));
  assert.equal(family.control, expected.control);
  assert.deepEqual(family.values, expected.values);
  assert.deepEqual(family.base, expected.base);
  assert.deepEqual([...family.states.keys()], Object.keys(expected.states).map(Number));
  for (const [index, want] of Object.entries(expected.states)) {
    const got = stateAt(family, Number(index));
    assert.deepEqual(got, want, `state ${index}`);
  }
  assert.equal(stateAt(family, 1), null); // not computed: the kernel answers it
});

test("positions match within a relative 1e-9, as the browser's arithmetic needs", () => {
  assert.ok(close(0.3, 0.30000000000000004));
  assert.ok(close(0.1, 10 ** -1));
  assert.ok(!close(0.3, 0.3001));
  assert.ok(!close(1, "1"));
  const family = { values: [0.1, 0.2, 0.30000000000000004] };
  assert.equal(indexOf(family, 0.3), 2);
  assert.equal(indexOf(family, 0.25), -1);
});

test("a family holds only while the other controls are at its base", async () => {
  const family = parseFamily(await inflate(blob));
  assert.ok(holds(family, { alpha: 0.3, epochs: 5 }));
  assert.ok(!holds(family, { alpha: 0.3, epochs: 6 }));
  assert.ok(!holds(family, { alpha: 0.3 }));
  const picked = pick([null, family], { alpha: 0.30000000000000004, epochs: 5 });
  assert.equal(picked.state.title, "α = 0.3");
  assert.equal(picked.key, pick([family], { alpha: 0.3, epochs: 5 }).key);
  assert.equal(pick([family], { alpha: 0.2, epochs: 5 }), null); // not computed
  assert.equal(pick([family], { alpha: 0.1, epochs: 7 }), null); // another base
  assert.equal(pick([family], { alpha: 0.15, epochs: 5 }), null); // off the grid
});

test("the view shows a family's state as soon as its control moves, with no kernel", async () => {
  const familyModel = plainModel({ control: "alpha", value: 0.1, data: new DataView(blob.buffer) });
  const epochsModel = plainModel({ control: "epochs", value: 5, data: new DataView(new ArrayBuffer(0)) });
  const models = { a: familyModel, b: epochsModel };
  const manager = { get_model: async (id) => models[id] };
  const scene = plainModel({ families: ["IPY_MODEL_a", "IPY_MODEL_b"] }, manager);
  let changes = 0;
  const source = watchStates(scene, () => {
    changes += 1;
  });
  for (let i = 0; i < 50 && !source.families()[0]; i += 1) await new Promise((r) => setTimeout(r, 5));
  assert.equal(source.picked().state.title, "α = 0.1");
  const before = changes;
  familyModel.set("value", 0.30000000000000004); // the jslink from the slider
  assert.equal(changes, before + 1); // at once: no await, no message
  assert.equal(source.picked().state.title, "α = 0.3");
  familyModel.set("value", 0.2); // not computed: the kernel's state is shown
  assert.equal(source.picked(), null);
  epochsModel.set("value", 6);
  familyModel.set("value", 0.1);
  assert.equal(source.picked(), null); // the family was computed for 5 epochs
  source.dispose();
  assert.equal(familyModel.listeners("change:value"), 0);
  assert.equal(scene.listeners("change:families"), 0);
});

test("a slider handle is named by its label and reads out what its readout shows", async () => {
  const { sliderTexts } = await import("../src/names.js");
  assert.deepEqual(sliderTexts(" step size α ", "0.250"), { name: "step size α", value: "0.250" });
  assert.deepEqual(sliderTexts(undefined, null), { name: "", value: "" });
});

test("the scene and its texts decode a family once, and share its states", async () => {
  const data = new DataView(blob.buffer.slice(0));
  const familyModel = plainModel({ control: "alpha", value: 0.1, data });
  const manager = { get_model: async () => familyModel };
  const views = [0, 1, 2].map(() => plainModel({ families: ["IPY_MODEL_a"] }, manager));
  const sources = views.map((view) => watchStates(view, () => {}));
  for (let i = 0; i < 50 && !sources.every((s) => s.families()[0]); i += 1) {
    await new Promise((r) => setTimeout(r, 5));
  }
  const [first, ...others] = sources.map((s) => s.families()[0]);
  for (const other of others) assert.equal(other, first); // the same object: parsed once
  assert.equal(stateAt(others[0], 0), stateAt(first, 0)); // a state decoded once, for all
  // New bytes (the kernel sent the family again): decoded again, once.
  familyModel.set("data", new DataView(blob.buffer.slice(0)));
  for (let i = 0; i < 50 && sources[0].families()[0] === first; i += 1) {
    await new Promise((r) => setTimeout(r, 5));
  }
  await new Promise((r) => setTimeout(r, 20));
  const again = sources.map((s) => s.families()[0]);
  assert.notEqual(again[0], first);
  for (const family of again) assert.equal(family, again[0]);
  for (const source of sources) source.dispose();
});
