// Numbers in the tooltips print as the kernel's readout prints them (ib_helpers.readout):
// format_cases.json lists the cases, and tests/test_js_units.py checks the same file against
// the Python functions.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { formatNumber, formatVector } from "../src/format.js";

const cases = JSON.parse(readFileSync(new URL("./format_cases.json", import.meta.url), "utf8"));

test("formatNumber prints what the Python readout prints", () => {
  for (const [value, text] of cases.same.numbers) {
    assert.equal(formatNumber(Number(value)), text, `formatNumber(${value})`);
  }
});

test("formatVector prints what the Python readout prints", () => {
  for (const [values, text] of cases.same.vectors) {
    assert.equal(formatVector(values.map(Number)), text, `formatVector([${values}])`);
  }
});

test("where the two differ, the scene prints what it always has", () => {
  for (const [value, python, text] of cases.differ.numbers) {
    assert.notEqual(python, text);
    assert.equal(formatNumber(Number(value)), text, `formatNumber(${value})`);
  }
  for (const [values, python, text] of cases.differ.vectors) {
    assert.notEqual(python, text);
    assert.equal(formatVector(values.map(Number)), text, `formatVector([${values}])`);
  }
});

test("six decimals, no negative zero, e-notation from 1e5 with a two-digit exponent", () => {
  assert.equal(formatNumber(-4e-7), "0.000000");
  assert.equal(formatNumber(-0.0000006), "-0.000001");
  assert.equal(formatNumber(99999.4), "99999.400000");
  assert.equal(formatNumber(1e5), "1.000e+05");
  assert.equal(formatNumber(-1e5), "-1.000e+05");
  assert.equal(formatNumber(6.02e23), "6.020e+23");
  assert.equal(formatVector([]), "[]");
  assert.equal(formatVector([1]), "[1.000000]");
});
