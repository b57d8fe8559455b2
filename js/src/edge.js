// Edge-on: the views turn to look along the plane of solutions, so it is seen as a line. In the
// browser only: the plane's normal is the kernel's (or a family's).

import * as THREE from "three";

import { progress, smooth } from "./geometry.js";

const EDGE_ON_MS = 600; // turning the camera to look along the plane

// Edge-on for the `main` pane and the others shown (`shownPanes()`), turned together (`turn(fn)`
// runs fn with the panes not following each other's moves); `data()` is the data drawn,
// `reduce()` whether the reader asked for reduced motion, `done()` runs once they are there.
export function makeEdgeOn({ main, shownPanes, data, turn, requestDraw, reduce, done }) {
  let frame = 0;
  function edgeOn() {
    const d = data();
    if (!d || !d.normal) return Promise.resolve(false);
    if (frame) cancelAnimationFrame(frame);
    const m = main.worldNormal(d.normal);
    const fromDir = main.direction();
    // The direction perpendicular to the normal nearest the current one.
    let toDir = fromDir.clone().addScaledVector(m, -fromDir.dot(m));
    if (toDir.lengthSq() < 1e-12) toDir = new THREE.Vector3(0, 0, 1).cross(m);
    if (toDir.lengthSq() < 1e-12) toDir = new THREE.Vector3(1, 0, 0);
    toDir.normalize();
    // Each camera ends in the plane (a perspective view sees the plane as a line only from a
    // point on it), so each pane turns about a point of the plane.
    const moves = shownPanes().map((pane) => ({
      pane,
      from: pane.controls.target.clone(),
      to: pane.planePoint(pane.worldNormal(d.normal)),
    }));
    return new Promise((resolve) => {
      const t0 = performance.now();
      const reduced = reduce();
      const tick = (now) => {
        const f = progress(now, t0, EDGE_ON_MS, reduced);
        const e = smooth(f);
        const direction = fromDir.clone().lerp(toDir, e).normalize();
        turn(() => {
          for (const { pane, from, to } of moves) pane.look(direction, from.clone().lerp(to, e));
        });
        requestDraw();
        if (f < 1) {
          frame = requestAnimationFrame(tick);
        } else {
          frame = 0;
          done();
          resolve(true);
        }
      };
      frame = requestAnimationFrame(tick);
    });
  }
  return {
    edgeOn,
    dispose: () => {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
