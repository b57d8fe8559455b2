// Where things go on the screen, as functions of numbers (CSS pixels): the views' size and
// whether the legend goes beside or below them, the zoom's inset and its corner, the labels
// beside the stars and the box's edges, and what the pointer is on. Pure: no three.js, no DOM
// (the callers measure the page and project the points; see pane.js and ../scene.js).
//
// A rectangle is [left, top, right, bottom]; a screen point {x, y} (and `visible`).

// The smallest view width (CSS pixels) next to which the legend still goes on the right.
export const MIN_VIEW_WIDTH = 440;
export const MIN_VIEW_HEIGHT = 200;
// With the zoom beside the main view: the smallest width of each.
export const MIN_PANE_WIDTH = 300;
// Narrower, the zoom is inset over the main view's top right corner, at this part of its size.
export const INSET = { w: 0.5, h: 0.56 };
// The sizes (parts of INSET) tried for an inset that hides no star, and how near (CSS pixels)
// an inset's edge may come to a star's centre.
export const INSET_SCALES = [1, 0.9, 0.8, 0.72];
export const STAR_CLEARANCE = 14;
// A smaller inset is used only while its distinct answers stay this far apart (CSS pixels).
export const INSET_MIN_GAP = 48;
// The widest a view with an inset over it may be, as a multiple of its height (1.6 without).
export const INSET_VIEW_ASPECT = 2.2;

export const overlaps = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
export const overlapArea = (a, b) =>
  Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) *
  Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));

// ------------------------------------------------------------------------------------------
// The views' size, and the legend beside or below them

// Two panes side by side only if each gets its smallest width; else one inset.
export const insetWanted = (available) => (available - 16) / 2 < MIN_PANE_WIDTH;

// Between the panes, and their borders.
export const panesGap = (count) => 12 * (count - 1) + 2 * count;

// The views' size: `available` the width the scene may take, `maxTotal` the height, `chrome`
// the height of its title, toolbar and notes; `count` panes side by side (one with an inset);
// `legendNatural` the legend's [width, height] beside the views, `below` its height below them
// (in columns across the whole width). Returns {w, h} of each view, `beside` (the legend
// beside the views or below them), `scrolls` (the legend is taller than its room), and
// `room` (the legend's height below the views).
export function chooseLayout(sizes) {
  const { available, maxTotal, chrome, count, insetMode, legendNatural, below } = sizes;
  const gap = panesGap(count);
  const [legendWidth, legendHeight] = legendNatural;
  // The views' size for a width and a height they may take.
  // With an inset, the large view may be wider: the picture keeps its size (the camera's
  // field of view is vertical) and the inset's corner moves away from the middle, where
  // the answers are.
  const widest = insetMode ? INSET_VIEW_ASPECT : 1.6;
  const fit = (wMax, hMax) => {
    const each = (wMax - gap) / count;
    const h = Math.floor(Math.max(MIN_VIEW_HEIGHT, Math.min(hMax, each * 0.8)));
    const w = Math.floor(Math.max(260, Math.min(each, h * widest)));
    return { w, h };
  };
  // Two layouts: the legend beside the views (if they keep their smallest width there) or
  // below them (in columns). The one with the larger views wins, unless its legend would
  // have to scroll and the other's would not.
  const options = [];
  const minWidth = count > 1 ? MIN_PANE_WIDTH * count : MIN_VIEW_WIDTH;
  if (available - legendWidth - 20 - gap >= minWidth) {
    const size = fit(available - legendWidth - 20, maxTotal - chrome);
    options.push({ ...size, beside: true, scrolls: legendHeight > size.h + 1 });
  }
  // The views come first: below them the legend takes at most a fifth of the height (its
  // rows scroll beyond that); the star labels already name the answers.
  const room = Math.max(52, Math.floor((maxTotal - chrome) / 5));
  const size = fit(available - 2, maxTotal - chrome - 8 - Math.min(below, room));
  options.push({ ...size, beside: false, scrolls: below > room, room });
  const score = (o) => o.w * o.h * (o.scrolls ? 0.85 : 1);
  return options.reduce((a, b) => (score(b) > score(a) ? b : a));
}

// ------------------------------------------------------------------------------------------
// The zoom's inset over the large view (W x H)

// The inset's size at `scale` (a part of INSET): it follows the view's height, not the extra
// width of a wide view.
export function insetSize(W, H, scale = 1) {
  const base = Math.min(W, H * 1.6);
  return { w: Math.round(base * INSET.w * scale), h: Math.round(H * INSET.h * scale) };
}

// The four corners a w x h inset may take, in the order they are tried: top right, top
// left, bottom right, bottom left. Each names its sides (CSS `right: 0`, ...) and the
// rectangle it covers, its border and shadow included.
export const insetCorners = (W, H, w, h) => [
  { right: 0, top: 0, rect: [W - w - 8, 0, W, h + 8] },
  { left: 0, top: 0, rect: [0, 0, w + 8, h + 8] },
  { right: 0, bottom: 0, rect: [W - w - 8, H - h - 8, W, H] },
  { left: 0, bottom: 0, rect: [0, H - h - 8, w + 8, H] },
];

// How many of `points` (the large view's stars and start) a corner hides: a star hidden by
// half counts as hidden. The large pane's caption is at its top left: hiding it counts as
// hiding a star.
export const insetHides = ({ rect, left, top }, points, r = STAR_CLEARANCE) =>
  points.filter(
    (p) => p.x + r >= rect[0] && p.x - r <= rect[2] && p.y + r >= rect[1] && p.y - r <= rect[3]
  ).length + (left === 0 && top === 0 ? 1 : 0);

// The inset goes in a corner of the large pane where it hides no star, no start and not
// the caption, trying the corners in the order top right, top left, bottom right, bottom
// left, at full size first and then a little smaller (down to the last of INSET_SCALES,
// and only while the zoom keeps its answers INSET_MIN_GAP apart). Where every corner at every
// size hides one, the full-size inset goes where it hides the fewest.
// `points`: the large view's key points on the screen; `fullGap`: the smallest distance
// between the inset's own answers at full size (smaller, their distances shrink in
// proportion: the same aspect, and the camera's field of view is vertical).
// Returns {rect, w, h} and the corner's sides ({right: 0, top: 0}, ...).
export function placeInsetCorner(W, H, points, fullGap) {
  let best = null;
  for (const scale of INSET_SCALES) {
    const { w, h } = insetSize(W, H, scale);
    // Smaller only while the inset still keeps its own answers apart.
    if (scale < 1 && fullGap * scale < INSET_MIN_GAP) break;
    const clear = insetCorners(W, H, w, h).find((c) => insetHides(c, points) === 0);
    if (clear) {
      best = { ...clear, w, h };
      break;
    }
  }
  if (!best) {
    const { w, h } = insetSize(W, H);
    const fewest = insetCorners(W, H, w, h).reduce((a, b) =>
      insetHides(b, points) < insetHides(a, points) ? b : a
    );
    best = { ...fewest, w, h };
  }
  return best;
}

// ------------------------------------------------------------------------------------------
// Labels

// The top left of a tick or axis label (w x h) for the screen point `s` on a box edge, with
// `center` the box's centre on the screen.
export function outwardLabel(s, center, w, h, push) {
  let dx = s.x - center.x;
  let dy = s.y - center.y;
  const len = Math.hypot(dx, dy) || 1;
  dx /= len;
  dy /= len;
  // Push the label outward from the box's centre, by its own half size plus `push`.
  const x = s.x + dx * (push + w / 2) - w / 2;
  const y = s.y + dy * (push + h / 2) - h / 2;
  return { x, y };
}

// A star's label (w x h) beside the star at `s` (its marker r in radius): the first of a few
// places around the star that overlaps none of `obstacles` (stars, tick labels, star labels
// placed before it, an inset, the caption), else the one that overlaps least; leaving the
// view (width x height) costs too. Whatever it overlaps, a label stays whole inside the view.
// Returns its rectangle.
export function starLabelRect(s, w, h, r, obstacles, width, height) {
  const gap = r + 2;
  const candidates = [
    [s.x + gap, s.y - h / 2],
    [s.x - gap - w, s.y - h / 2],
    [s.x - w / 2, s.y - gap - h],
    [s.x - w / 2, s.y + gap],
    [s.x + gap * 0.7, s.y - gap * 0.7 - h],
    [s.x + gap * 0.7, s.y + gap * 0.7],
    [s.x - gap * 0.7 - w, s.y - gap * 0.7 - h],
    [s.x - gap * 0.7 - w, s.y + gap * 0.7],
  ];
  let best = null;
  for (const [x, y] of candidates) {
    const rect = [x, y, x + w, y + h];
    let cost = 0;
    for (const other of obstacles) cost += overlapArea(rect, other);
    // Leaving the view costs too.
    cost += w * h - overlapArea(rect, [0, 0, width, height]);
    if (!best || cost < best.cost) best = { rect, cost };
    if (cost === 0) break;
  }
  // Whatever it overlaps, a label stays whole inside the view (a long group label near an
  // edge would be cut off).
  const x = Math.min(Math.max(best.rect[0], 2), Math.max(2, width - w - 2));
  const y = Math.min(Math.max(best.rect[1], 2), Math.max(2, height - h - 2));
  return [x, y, x + w, y + h];
}

// ------------------------------------------------------------------------------------------
// Hover

// What the pointer at (mx, my) is on: the nearest marker (star, last iterate, start; a pick
// with priority > 0) within 14 pixels, else the nearest path point within 9 (during Play, of
// the steps drawn so far: `shownStep`, or null for all). `screen(world)` projects a pick's
// world point; points off the view (width x height) or behind the camera do not count.
// Returns the pick with its distance `d` and screen point `s`, or null.
export function pickAt(picks, screen, mx, my, shownStep, width, height) {
  let best = null;
  for (const pick of picks) {
    if (shownStep !== null && pick.step !== undefined && pick.step > shownStep) continue;
    const s = screen(pick.world);
    if (!s.visible || s.x < 0 || s.y < 0 || s.x > width || s.y > height) continue;
    const d = Math.hypot(s.x - mx, s.y - my);
    const limit = pick.priority > 0 ? 14 : 9;
    if (d > limit) continue;
    const rank = pick.priority > 0 ? 1 : 0; // markers before path points, then the nearest
    const bestRank = best && (best.priority > 0 ? 1 : 0);
    if (!best || rank > bestRank || (rank === bestRank && d < best.d)) {
      best = { ...pick, d, s };
    }
  }
  return best;
}

// ------------------------------------------------------------------------------------------
// Presenter mode

// The views' size on the whole screen (W x H CSS pixels): `count` panes side by side, each as
// tall as the screen (their 1 px borders inside it). Title, toolbar, legend and sliders float
// over the views' edges (see overlayIn).
export function presenterSize(W, H, count) {
  return {
    w: Math.max(260, Math.floor((W - panesGap(count)) / count)),
    h: Math.max(MIN_VIEW_HEIGHT, Math.floor(H - 2)),
  };
}

// An overlay's rectangle on the page ([left, top, right, bottom]) in the pixels of a pane
// whose top left is at (left, top) and whose size is width x height: null if they do not meet.
export function overlayIn(rect, left, top, width, height) {
  const r = [rect[0] - left, rect[1] - top, rect[2] - left, rect[3] - top];
  return overlaps(r, [0, 0, width, height]) ? r : null;
}

// A pane's caption (at `left`, `top`, `height` high, in a pane `width` wide) stops 8 px short
// of the first floating box across its row (`overlays`, in the pane's pixels), where the
// ellipsis cuts it: the box would hide its end. Returns its largest width in pixels.
export function captionWidth(width, left, top, height, overlays) {
  let right = width - 14; // as the style's calc(100% - 20px), with its left of 6 px
  for (const [l, t, r, b] of overlays) {
    if (t < top + height && b > top && r > left && l > left) right = Math.min(right, l - 8);
  }
  return Math.max(40, Math.floor(right - left));
}

// The corners an overlay (w x h) may take on a W x H screen, `margin` from its edges, in the
// order they are tried: bottom left, bottom right, top right, top left.
export const overlayCorners = (W, H, w, h, margin = 8) => [
  { left: margin, bottom: margin, rect: [margin, H - margin - h, margin + w, H - margin] },
  { right: margin, bottom: margin, rect: [W - margin - w, H - margin - h, W - margin, H - margin] },
  { right: margin, top: margin, rect: [W - margin - w, margin, W - margin, margin + h] },
  { left: margin, top: margin, rect: [margin, margin, margin + w, margin + h] },
];

// Presenter mode: a corner of the screen (W x H) for each floating box (`boxes`: [{name, w,
// h}], placed in that order), away from the boxes placed before it and from `fixed` (the
// title's rectangle), and hiding none of `points` (the answers and the start, in screen
// pixels) where a corner can. Where every free corner hides one, the box goes where it hides
// the fewest. Returns {name: {rect, left|right, top|bottom, hides}}, `hides` how many of
// `points` the box covers there.
export function placeOverlays(W, H, boxes, points, fixed = [], margin = 8) {
  const taken = [...fixed];
  const placed = {};
  for (const { name, w, h } of boxes) {
    const corners = overlayCorners(W, H, w, h, margin);
    const free = corners.filter((c) => !taken.some((t) => overlaps(c.rect, t)));
    const hidden = (c) => insetHides({ ...c, left: undefined }, points);
    const choice = (free.length ? free : corners).reduce((a, b) => (hidden(b) < hidden(a) ? b : a));
    placed[name] = { ...choice, hides: hidden(choice) };
    taken.push(choice.rect);
  }
  return placed;
}
