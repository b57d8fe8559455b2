// The shapes the scene draws, as flat lists of numbers (x, y, z, x, y, z, ...) in the world
// coordinates of a pane, where the view box is the cube [-1, 1]^3; and the easing of the
// camera's turns. Pure: no three.js, no DOM.

// The twelve edges of the cube [-1, 1]^3, as pairs of points (flat x, y, z).
export function cubeEdges() {
  const edges = [];
  for (let a = 0; a < 3; a++) {
    const [b, c] = [0, 1, 2].filter((i) => i !== a);
    for (const sb of [-1, 1]) {
      for (const sc of [-1, 1]) {
        const p = [0, 0, 0];
        const q = [0, 0, 0];
        p[a] = -1;
        q[a] = 1;
        p[b] = q[b] = sb;
        p[c] = q[c] = sc;
        edges.push(...p, ...q);
      }
    }
  }
  return edges;
}

// A circle of the unit ball: in the plane of axes a and b, at `value` on axis `fixed`.
export function circle(a, b, fixed, value, radius, n = 96) {
  const positions = [];
  for (let k = 0; k <= n; k++) {
    const t = (2 * Math.PI * k) / n;
    const v = [0, 0, 0];
    v[a] = radius * Math.cos(t);
    v[b] = radius * Math.sin(t);
    v[fixed] = value;
    positions.push(...v);
  }
  return positions;
}

// Ease in and out: 0 -> 0, 1 -> 1, flat at both ends.
export const smooth = (t) => t * t * (3 - 2 * t);

// How far an animation of `ms` milliseconds is at time `now`, from 0 to 1. With `reduce` (the
// reader asked the system for reduced motion, `prefers-reduced-motion: reduce`) it is at its
// end at once: a ball grown or a view turned jumps to where it would end, without moving.
export function progress(now, t0, ms, reduce = false) {
  if (reduce || ms <= 0) return 1;
  return Math.min(1, Math.max(0, (now - t0) / ms));
}
