// The layout rules (src/layout.js), on numbers: the views' size and the legend beside or
// below them, the zoom's inset and its corner, the labels, and what the pointer is on.

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  captionWidth,
  chooseLayout,
  INSET_MIN_GAP,
  insetCorners,
  insetHides,
  insetSize,
  insetWanted,
  outwardLabel,
  overlapArea,
  overlaps,
  overlayIn,
  panesGap,
  pickAt,
  placeInsetCorner,
  placeOverlays,
  presenterSize,
  STAR_CLEARANCE,
  starLabelRect,
} from "../src/layout.js";

test("rectangles overlap only with area: touching edges do not", () => {
  assert.equal(overlaps([0, 0, 10, 10], [10, 0, 20, 10]), false);
  assert.equal(overlaps([0, 0, 10, 10], [0, 10, 10, 20]), false);
  assert.equal(overlaps([0, 0, 10, 10], [5, 5, 15, 15]), true);
  assert.equal(overlaps([0, 0, 10, 10], [2, 2, 4, 4]), true);
  assert.equal(overlapArea([0, 0, 10, 10], [5, 5, 15, 15]), 25);
  assert.equal(overlapArea([0, 0, 10, 10], [2, 2, 4, 4]), 4);
  assert.equal(overlapArea([0, 0, 10, 10], [10, 0, 20, 10]), 0);
  assert.equal(overlapArea([0, 0, 10, 10], [30, 30, 40, 40]), 0);
});

test("two panes side by side only if each gets 300 px; else the zoom is inset", () => {
  assert.equal(insetWanted(616), false); // (616 - 16) / 2 = 300
  assert.equal(insetWanted(615), true);
  assert.equal(panesGap(1), 2); // one pane's borders
  assert.equal(panesGap(2), 16); // 12 px between two panes, and their borders
});

// A layout's inputs: the page's sizes as resize() measures them.
const page = (sizes) => ({
  available: 1400,
  maxTotal: 800,
  chrome: 100,
  count: 1,
  insetMode: false,
  legendNatural: [280, 300],
  below: 120,
  ...sizes,
});

test("wide: the legend beside the view, the view as large as the height allows", () => {
  assert.deepEqual(chooseLayout(page({})), { w: 1098, h: 700, beside: true, scrolls: false });
});

test("narrow: the legend below the view, in at most a fifth of the height", () => {
  // 600 - 280 - 20 - 2 < 440: no room beside.
  assert.deepEqual(chooseLayout(page({ available: 600 })), {
    w: 596,
    h: 476,
    beside: false,
    scrolls: false,
    room: 140,
  });
});

test("a legend that would scroll beside the view goes below, if the view stays as large", () => {
  const sizes = { available: 1000, maxTotal: 700, below: 100 };
  // Beside: 698 x 558, below: 787 x 492 (a little smaller) with a legend that fits.
  assert.deepEqual(chooseLayout(page({ ...sizes, legendNatural: [280, 500] })), {
    w: 698,
    h: 558,
    beside: true,
    scrolls: false,
  });
  assert.deepEqual(chooseLayout(page({ ...sizes, legendNatural: [280, 2000] })), {
    w: 787,
    h: 492,
    beside: false,
    scrolls: false,
    room: 120,
  });
});

test("with an inset the large view may be 2.2 times as wide as high (else 1.6)", () => {
  const sizes = { maxTotal: 500 };
  assert.deepEqual(chooseLayout(page(sizes)), { w: 640, h: 400, beside: true, scrolls: false });
  assert.deepEqual(chooseLayout(page({ ...sizes, insetMode: true })), {
    w: 880,
    h: 400,
    beside: true,
    scrolls: false,
  });
});

test("two panes share the width; neither gets below its smallest size", () => {
  assert.deepEqual(chooseLayout(page({ count: 2 })), {
    w: 691,
    h: 552,
    beside: false,
    scrolls: false,
    room: 140,
  });
  // A tiny page: the view 200 px high at least, whatever the height left for it.
  assert.deepEqual(chooseLayout(page({ available: 320, maxTotal: 300, chrome: 200, below: 30 })), {
    w: 316,
    h: 200,
    beside: false,
    scrolls: false,
    room: 52,
  });
});

test("the inset's size follows the view's height, not the extra width of a wide view", () => {
  assert.deepEqual(insetSize(1000, 500), { w: 400, h: 280 }); // 800 x 0.5, 500 x 0.56
  assert.deepEqual(insetSize(1000, 500, 0.9), { w: 360, h: 252 });
  assert.deepEqual(insetSize(1000, 500, 0.72), { w: 288, h: 202 });
  assert.deepEqual(insetSize(600, 500), { w: 300, h: 280 });
});

test("the corners, in order, and what each hides (the caption is at the top left)", () => {
  const corners = insetCorners(1000, 500, 400, 280);
  assert.deepEqual(corners, [
    { right: 0, top: 0, rect: [592, 0, 1000, 288] },
    { left: 0, top: 0, rect: [0, 0, 408, 288] },
    { right: 0, bottom: 0, rect: [592, 212, 1000, 500] },
    { left: 0, bottom: 0, rect: [0, 212, 408, 500] },
  ]);
  assert.deepEqual(
    corners.map((c) => insetHides(c, [])),
    [0, 1, 0, 0],
  );
  // A star hidden by half counts as hidden: within STAR_CLEARANCE of the edge.
  assert.equal(STAR_CLEARANCE, 14);
  assert.equal(insetHides(corners[0], [{ x: 578, y: 100 }]), 1);
  assert.equal(insetHides(corners[0], [{ x: 577, y: 100 }]), 0);
  assert.equal(insetHides(corners[0], [{ x: 900, y: 302 }]), 1);
  assert.equal(insetHides(corners[0], [{ x: 900, y: 303 }]), 0);
});

test("the inset goes top right, else the first corner that hides nothing", () => {
  assert.deepEqual(placeInsetCorner(1000, 500, [], Infinity), {
    right: 0,
    top: 0,
    rect: [592, 0, 1000, 288],
    w: 400,
    h: 280,
  });
  // A star at the top right; the top left has the caption: bottom right.
  assert.deepEqual(placeInsetCorner(1000, 500, [{ x: 900, y: 100 }], Infinity), {
    right: 0,
    bottom: 0,
    rect: [592, 212, 1000, 500],
    w: 400,
    h: 280,
  });
});

// Every corner hides something at full size (top right 2, top left the caption and one,
// bottom right 1, bottom left 1); 10% smaller, the top right hides nothing.
const crowded = [
  { x: 600, y: 150 },
  { x: 700, y: 300 },
  { x: 300, y: 300 },
];

test("a smaller inset, if that hides nothing and its answers stay apart", () => {
  const smaller = { right: 0, top: 0, rect: [632, 0, 1000, 260], w: 360, h: 252 };
  assert.deepEqual(placeInsetCorner(1000, 500, crowded, Infinity), smaller);
  assert.deepEqual(placeInsetCorner(1000, 500, crowded, 60), smaller); // 54 px apart at 0.9
  // At 0.9 the zoom's answers would come closer than INSET_MIN_GAP: full size, where it
  // hides the fewest (the first such corner).
  assert.ok(50 * 0.9 < INSET_MIN_GAP);
  assert.deepEqual(placeInsetCorner(1000, 500, crowded, 50), {
    right: 0,
    bottom: 0,
    rect: [592, 212, 1000, 500],
    w: 400,
    h: 280,
  });
});

test("hiding something at every size, the full-size inset hides the fewest", () => {
  // Top right 2, top left only the caption, bottom right 2, bottom left 1: the top left.
  const points = [
    { x: 900, y: 100 },
    { x: 950, y: 50 },
    { x: 800, y: 400 },
    { x: 850, y: 450 },
    { x: 100, y: 400 },
  ];
  assert.deepEqual(placeInsetCorner(1000, 500, points, Infinity), {
    left: 0,
    top: 0,
    rect: [0, 0, 408, 288],
    w: 400,
    h: 280,
  });
});

test("tick and axis labels are pushed outward from the box's centre", () => {
  assert.deepEqual(outwardLabel({ x: 110, y: 100 }, { x: 100, y: 100 }, 20, 10, 8), {
    x: 118,
    y: 95,
  });
  const { x, y } = outwardLabel({ x: 103, y: 104 }, { x: 100, y: 100 }, 10, 10, 5);
  assert.ok(Math.abs(x - 104) < 1e-12 && Math.abs(y - 107) < 1e-12);
  // At the centre itself: centred on the point.
  assert.deepEqual(outwardLabel({ x: 50, y: 60 }, { x: 50, y: 60 }, 20, 10, 8), { x: 40, y: 55 });
});

test("a star's label goes right of it, else left, above, below, ... whatever is free", () => {
  const star = { x: 100, y: 100 };
  const r = 17; // MARKER.star / 2
  assert.deepEqual(starLabelRect(star, 40, 20, r, [], 400, 300), [119, 90, 159, 110]);
  const right = [115, 85, 200, 115];
  const left = [0, 85, 85, 115];
  assert.deepEqual(starLabelRect(star, 40, 20, r, [right], 400, 300), [41, 90, 81, 110]);
  assert.deepEqual(starLabelRect(star, 40, 20, r, [right, left], 400, 300), [80, 61, 120, 81]);
  // Leaving the view costs too: near the right edge, the left.
  assert.deepEqual(starLabelRect({ x: 390, y: 100 }, 40, 20, r, [], 400, 300), [331, 90, 371, 110]);
});

test("a label wider than the view: the place that overlaps least, then whole inside it", () => {
  // Above the star is the cheapest place; its left edge moves in to 2 px.
  assert.deepEqual(starLabelRect({ x: 80, y: 50 }, 150, 20, 17, [], 100, 100), [2, 11, 152, 31]);
});

test("hover: a marker within 14 px before a path point within 9, then the nearest", () => {
  const screen = (world) => world; // the picks' world points are screen points here
  const at = (x, y, extra = {}) => ({ world: { x, y, visible: true }, ...extra });
  const path = (x, y, step) => at(x, y, { priority: 0, step, text: `step ${step}` });
  const marker = (x, y, text) => at(x, y, { priority: 1, text });
  const pick = (picks, shownStep = null) => pickAt(picks, screen, 100, 100, shownStep, 400, 300);

  assert.equal(pick([path(105, 100, 1), marker(112, 100, "last")]).text, "last");
  assert.equal(pick([path(109, 100, 1)]).text, "step 1");
  assert.equal(pick([path(110, 100, 1)]), null);
  assert.equal(pick([marker(114, 100, "star")]).text, "star");
  assert.equal(pick([marker(114.5, 100, "star")]), null);
  assert.equal(pick([path(103, 100, 1), path(100, 102, 2)]).text, "step 2");
  assert.equal(pick([marker(110, 100, "a"), { ...marker(105, 100, "b"), priority: 2 }]).text, "b");
  const best = pick([path(103, 104, 1)]);
  assert.equal(best.d, 5);
  assert.deepEqual(best.s, { x: 103, y: 104, visible: true });
  // During Play, only the steps drawn so far; markers always.
  assert.equal(pick([path(101, 100, 5), path(105, 100, 3)], 3).text, "step 3");
  assert.equal(pick([path(101, 100, 5)], 4), null);
  assert.equal(pick([marker(101, 100, "start")], 0).text, "start");
  // Behind the camera or off the view: not there.
  const hidden = { world: { x: 100, y: 100, visible: false }, priority: 1, text: "hidden" };
  assert.equal(pick([hidden]), null);
  assert.equal(pickAt([marker(-1, 0, "off")], screen, 0, 0, null, 400, 300), null);
  assert.equal(pickAt([marker(401, 300, "off")], screen, 400, 300, null, 400, 300), null);
});

test("presenter mode: the views fill the screen, side by side, borders inside it", () => {
  for (const [W, H] of [[1280, 720], [1920, 1080]]) {
    const one = presenterSize(W, H, 1);
    assert.equal(one.w + panesGap(1), W);
    assert.equal(one.h + 2, H);
    const two = presenterSize(W, H, 2);
    assert.ok(2 * two.w + panesGap(2) <= W);
    assert.ok(2 * two.w + panesGap(2) > W - 2);
    // The views cover at least 90% of the screen (the bar for a lecture).
    assert.ok((2 * two.w * two.h) / (W * H) >= 0.9);
  }
});

test("an overlay is moved into a pane's own pixels, and missed panes get none", () => {
  assert.deepEqual(overlayIn([10, 20, 110, 60], 0, 0, 640, 720), [10, 20, 110, 60]);
  assert.deepEqual(overlayIn([600, 0, 700, 50], 650, 0, 630, 720), [-50, 0, 50, 50]);
  assert.equal(overlayIn([0, 0, 300, 40], 650, 0, 630, 720), null);
  assert.equal(overlayIn([0, 0, 300, 40], 0, 40, 630, 720), null); // touches only
});

test("presenter mode: each floating box takes a corner that hides no answer", () => {
  const W = 1280;
  const H = 720;
  const title = [8, 8, 800, 100];
  const boxes = [
    { name: "controls", w: 340, h: 280 },
    { name: "legend", w: 320, h: 260 },
  ];
  // Nothing near the corners: the controls bottom left, the legend bottom right.
  const middle = [{ x: 640, y: 360 }];
  let placed = placeOverlays(W, H, boxes, middle, [title]);
  assert.deepEqual(placed.controls.rect, [8, 432, 348, 712]);
  assert.deepEqual(placed.legend.rect, [952, 452, 1272, 712]);
  assert.equal(placed.controls.hides + placed.legend.hides, 0);
  // An answer at the bottom right: the legend goes top right (under no title).
  placed = placeOverlays(W, H, boxes, [...middle, { x: 1100, y: 600 }], [title]);
  assert.deepEqual(placed.legend.rect, [952, 8, 1272, 268]);
  assert.equal(placed.controls.rect[0], 8);
  // Answers in every free corner: each box goes where it hides the fewest.
  const corners = [
    { x: 100, y: 600 },
    { x: 1100, y: 600 },
    { x: 1100, y: 100 },
    { x: 1150, y: 120 },
  ];
  placed = placeOverlays(W, H, boxes, corners, [title]);
  assert.ok(!overlaps(placed.controls.rect, placed.legend.rect));
  assert.equal(placed.controls.hides, 1); // bottom left: one answer there, as everywhere free
  assert.ok(!overlaps(placed.controls.rect, title) && !overlaps(placed.legend.rect, title));
});

test("a caption ends before a floating box across its row, as the style's width elsewhere", () => {
  // No box: the pane's width less 20 px (the style's calc(100% - 20px)).
  assert.equal(captionWidth(633, 6, 94, 24, []), 613);
  // Presenter mode's sliders in the top right corner, across the caption's row (05 at
  // 1280x720: the zoom pane from x = 647, the box from x = 930 of the page).
  const sliders = [283, 8, 623, 212];
  assert.equal(captionWidth(633, 6, 94, 24, [sliders]), 269);
  // A box above or below the row, or left of the caption, leaves it whole.
  assert.equal(captionWidth(633, 6, 94, 24, [[283, 130, 623, 300]]), 613);
  assert.equal(captionWidth(633, 6, 94, 24, [[283, 0, 623, 94]]), 613);
  assert.equal(captionWidth(633, 6, 94, 24, [[0, 0, 4, 300]]), 613);
  // Never narrower than 40 px.
  assert.equal(captionWidth(633, 6, 94, 24, [[20, 0, 600, 300]]), 40);
});
