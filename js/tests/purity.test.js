// The pure modules import nothing but each other, and touch neither three.js nor the page:
// Node runs them (and these tests) without js/node_modules and without a browser.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

const PURE = [
  "state.js", "format.js", "layout.js", "geometry.js", "families.js", "model.js", "check.js",
]; // prettier-ignore

// The code of a module without its comments.
const code = (name) =>
  readFileSync(new URL(`../src/${name}`, import.meta.url), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "");

for (const name of PURE) {
  test(`${name} is pure`, () => {
    const text = code(name);
    const specifier = /\bfrom\s*["']([^"']+)["']|\bimport\s*\(?\s*["']([^"']+)["']/g;
    const imports = [...text.matchAll(specifier)];
    for (const match of imports) {
      const what = match[1] || match[2];
      assert.ok(PURE.includes(what.replace(/^\.\//, "")), `${name} imports ${what}`);
    }
    const words = ["THREE", "three", "document", "window", "navigator", "requestAnimationFrame"];
    for (const word of words) {
      assert.doesNotMatch(text, new RegExp(`\\b${word}\\b`), `${name} uses ${word}`);
    }
  });
}
