// A self-check judges in the page from the kernel's texts (src/check.js).

import assert from "node:assert/strict";
import { test } from "node:test";

import { feedbackFor } from "../src/check.js";

const feedback = ["<b>Not this one.</b>", "<b>Right.</b> because", "<b>Not this one.</b>"];

test("the chosen option's feedback", () => {
  assert.equal(feedbackFor(1, feedback, "Pick"), "<b>Right.</b> because");
  assert.equal(feedbackFor(0, feedback, "Pick"), "<b>Not this one.</b>");
});

test("nothing chosen, or an index the kernel did not send: pick an answer first", () => {
  for (const index of [null, undefined, -1, 3]) {
    assert.equal(feedbackFor(index, feedback, "Pick"), "Pick");
  }
});
