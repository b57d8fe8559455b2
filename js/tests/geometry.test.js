// The shapes as numbers (src/geometry.js): the box's edges, the norm balls' circles, and the
// easing of the camera's turns.

import assert from "node:assert/strict";
import { test } from "node:test";

import { circle, cubeEdges, progress, smooth } from "../src/geometry.js";

test("the cube [-1, 1]^3 has twelve edges, each along one axis from -1 to 1", () => {
  const flat = cubeEdges();
  assert.equal(flat.length, 12 * 2 * 3);
  const edges = [];
  for (let i = 0; i < flat.length; i += 6) {
    edges.push([flat.slice(i, i + 3), flat.slice(i + 3, i + 6)]);
  }
  const seen = new Set();
  const corners = new Map();
  for (const [p, q] of edges) {
    const along = [0, 1, 2].filter((j) => p[j] !== q[j]);
    assert.equal(along.length, 1);
    assert.deepEqual([p[along[0]], q[along[0]]], [-1, 1]);
    for (const v of [...p, ...q]) assert.ok(v === -1 || v === 1);
    seen.add(JSON.stringify([p, q]));
    for (const c of [p, q]) corners.set(String(c), (corners.get(String(c)) || 0) + 1);
  }
  assert.equal(seen.size, 12);
  assert.equal(corners.size, 8);
  for (const n of corners.values()) assert.equal(n, 3); // three edges meet at each corner
});

test("a circle of the unit ball: closed, of its radius, in its plane", () => {
  const flat = circle(0, 2, 1, 0.6, 0.8, 8);
  assert.equal(flat.length, 9 * 3);
  for (let i = 0; i < flat.length; i += 3) {
    const [x, y, z] = flat.slice(i, i + 3);
    assert.equal(y, 0.6);
    assert.ok(Math.abs(Math.hypot(x, z) - 0.8) < 1e-12);
  }
  assert.deepEqual(flat.slice(0, 3), [0.8, 0.6, 0]);
  assert.ok(flat.slice(-3).every((v, j) => Math.abs(v - flat[j]) < 1e-12)); // back at the start
  assert.equal(circle(0, 1, 2, 0, 1).length, 97 * 3); // 96 segments by default
});

test("the camera's turns ease in and out", () => {
  assert.equal(smooth(0), 0);
  assert.equal(smooth(0.5), 0.5);
  assert.equal(smooth(1), 1);
  let last = 0;
  for (let k = 1; k <= 100; k++) {
    const e = smooth(k / 100);
    assert.ok(e > last);
    last = e;
  }
  assert.ok(smooth(0.01) < 0.001 && 1 - smooth(0.99) < 0.001); // flat at both ends
});

test("an animation's progress runs from 0 to 1 over its time, and is at its end at once with reduced motion", () => {
  assert.equal(progress(1000, 1000, 2000), 0);
  assert.equal(progress(2000, 1000, 2000), 0.5);
  assert.equal(progress(5000, 1000, 2000), 1);
  assert.equal(progress(900, 1000, 2000), 0); // a frame stamped before the start
  assert.equal(progress(1000, 1000, 2000, true), 1);
  assert.equal(progress(1000, 1000, 0), 1);
});
