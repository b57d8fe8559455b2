// Decoding the widget's `scene` trait as the browser receives it (ib_helpers.live.scene_state):
// JSON, except each run's path, which arrives as little-endian float64 bytes (the kernel sends
// a memoryview; ipywidgets hands the page a DataView, often at an offset into the message).

import assert from "node:assert/strict";
import { test } from "node:test";

import { decode, floats, readScene, rows } from "../src/state.js";

// np.ascontiguousarray([[0.25, -1.5, 1e-3], [0.1, -0.0, 2.0]], dtype="<f8").tobytes().hex()
const PATH_HEX =
  "000000000000d03f000000000000f8bffca9f1d24d62503f" +
  "9a9999999999b93f00000000000000800000000000000040";
const PATH = [
  [0.25, -1.5, 1e-3],
  [0.1, -0.0, 2.0],
];

// The bytes at `offset` into a larger buffer, as ipywidgets may hand them over.
function dataView(hex, offset = 0) {
  const buffer = new ArrayBuffer(offset + hex.length / 2 + 5);
  const bytes = new Uint8Array(buffer, offset, hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return new DataView(buffer, offset, hex.length / 2);
}

// The same bytes written by DataView.setFloat64 (little-endian), for any path.
function pathBytes(points) {
  const view = new DataView(new ArrayBuffer(points.length * 24));
  points.flat().forEach((v, i) => view.setFloat64(8 * i, v, true));
  return view;
}

// A small scene as scene_state sends it (the fields decode passes through untouched).
function sceneState(paths) {
  return {
    title: "two optimizers",
    lower: [-1, -1, -1],
    upper: [1, 1, 1],
    ticks: [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]],
    tick_labels: [["-1", "0", "1"], ["-1", "0", "1"], ["-1", "0", "1"]],
    axis_labels: ["θ₁", "θ₂", "θ₃"],
    solutions: { kind: "line", points: [[0, 0, -1], [0, 0, 1]], label: "solutions" },
    start: [0, 0, 0],
    runs: paths.map((path, k) => ({
      label: `run ${k}`,
      color: "#1f77b4",
      path,
      steps: [0, 7],
      last: [0.1, 0, 2],
      limit: [0, 0, 2],
      limit_color: "#1f77b4",
    })),
    legend: [{ label: "run 0", kind: "path", color: "#1f77b4" }],
    star_labels: [],
    balls: [],
    balls_shown: false,
    guides: [],
    normal: null,
    zoom: null,
  };
}

// The anywidget model, as far as the scene uses it to read: get(name).
const fakeModel = (traits) => ({ get: (name) => traits[name] });

test("a path sent as float64 bytes decodes to the kernel's numbers, exactly", () => {
  for (const offset of [0, 3, 8]) {
    const flat = floats(dataView(PATH_HEX, offset));
    assert.ok(flat instanceof Float64Array);
    assert.deepEqual(Array.from(flat), PATH.flat());
    assert.ok(Object.is(flat[4], -0)); // the sign of zero survives
  }
  assert.deepEqual(rows(floats(dataView(PATH_HEX, 3))), PATH);
});

test("floats takes a DataView, an ArrayBuffer, a typed array or plain numbers", () => {
  const view = dataView(PATH_HEX, 3);
  const buffer = dataView(PATH_HEX).buffer.slice(0, 48);
  assert.deepEqual(Array.from(floats(buffer)), PATH.flat());
  const typed = new Float64Array(PATH.flat());
  assert.equal(floats(typed), typed); // already floats: no copy
  assert.deepEqual(Array.from(floats(new Uint8Array(view.buffer, 3, 48))), PATH.flat());
  assert.deepEqual(Array.from(floats(PATH)), PATH.flat()); // nested JSON lists
  assert.deepEqual(Array.from(floats(PATH.flat())), PATH.flat());
  // A copy: the message's buffer can be reused without changing the picture.
  const copy = floats(view);
  new Uint8Array(view.buffer).fill(0);
  assert.deepEqual(Array.from(copy), PATH.flat());
});

test("rows groups x, y, z and drops an incomplete last point", () => {
  assert.deepEqual(rows([1, 2, 3, 4, 5, 6, 7, 8]), [
    [1, 2, 3],
    [4, 5, 6],
  ]);
  assert.deepEqual(rows([]), []);
});

test("the scene read from the model: paths as points, everything else as sent", () => {
  const points = [
    [0, 0, 0],
    [0.5, -0.25, 1 / 3],
    [1e-300, 1e300, -2],
  ];
  const state = sceneState([dataView(PATH_HEX, 3), pathBytes(points)]);
  const data = readScene(fakeModel({ scene: state }));
  assert.deepEqual(data.runs[0].path, PATH);
  assert.deepEqual(data.runs[1].path, points);
  for (const key of Object.keys(state)) {
    if (key !== "runs") assert.equal(data[key], state[key], key);
  }
  for (const [k, run] of data.runs.entries()) {
    for (const key of Object.keys(run)) {
      if (key !== "path") assert.equal(run[key], state.runs[k][key], key);
    }
  }
  // The trait itself is left as it was (the model keeps its bytes).
  assert.ok(state.runs[0].path instanceof DataView);
});

test("no scene yet, or a closed widget's {}: nothing to draw", () => {
  assert.equal(readScene(fakeModel({})), null);
  assert.equal(readScene(fakeModel({ scene: {} })), null);
  assert.equal(decode(null), null);
  assert.equal(decode(undefined), null);
  const empty = decode(sceneState([]));
  assert.deepEqual(empty.runs, []);
});
