// One 3-D view (a pane): the main view of the whole box, or the zoom onto crowded answers.
// Each pane has its own box, ticks, solutions and star labels from the kernel, and draws the
// same runs, balls and guides in it; `shared` holds what the panes have in common.

import * as THREE from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { Line2 } from "three/examples/jsm/lines/Line2.js";
import { LineGeometry } from "three/examples/jsm/lines/LineGeometry.js";
import { LineMaterial } from "three/examples/jsm/lines/LineMaterial.js";
import { LineSegments2 } from "three/examples/jsm/lines/LineSegments2.js";
import { LineSegmentsGeometry } from "three/examples/jsm/lines/LineSegmentsGeometry.js";

import { formatVector } from "./format.js";
import { circle, cubeEdges } from "./geometry.js";
import { captionWidth, outwardLabel, overlaps, pickAt, starLabelRect } from "./layout.js";
import { MARKER, markerTexture } from "./markers.js";
import { element } from "./style.js";

const BOX_EDGE = "#9a9a9a";
const ZOOM_EDGE = "#555555"; // the zoom's cube, drawn dashed in the main view
const BALL_OPACITY = 0.16;
// matplotlib's default view: elevation 30 degrees, azimuth -60 degrees.
const ELEVATION = (30 * Math.PI) / 180;
const AZIMUTH = (-60 * Math.PI) / 180;
const CAMERA_DISTANCE = 7.0;
// What the keyboard does in the main view (scene.js handles the keys).
export const KEYS =
  "Keys: arrows turn the view, + and − zoom, 0 puts it back, Space plays, B shows the norm " +
  "balls, G grows them, E looks edge-on, < and > set Play's speed, V swaps the views where " +
  "the zoom is inset, F presents it on the whole screen (Esc returns; S shows or hides the " +
  "sliders there); Tab moves on.";

// The box [lower, upper] is drawn as the cube [-1, 1]^3, each axis on its own scale:
// world_j = (data_j - center_j) / half_j (a box whose axes differ is drawn stretched).
const CLIP_PLANES = [0, 1, 2].flatMap((axis) =>
  [1, -1].map((sign) => {
    const normal = new THREE.Vector3();
    normal.setComponent(axis, -sign);
    return new THREE.Plane(normal, 1.0005);
  }),
);

const sizeOf = (node) => {
  // Sizes read once per new label: reading them every frame would force a layout.
  if (node.ibSize === undefined) node.ibSize = [node.offsetWidth, node.offsetHeight];
  return node.ibSize;
};

export function makePane(parent, shared, main) {
  // Every pane is an .ib-scene-pane; the main one is also the .ib-scene-view (as before the
  // zoom, for the tests and pages that look for the scene's one view).
  const view = element("div", `ib-scene-pane ${main ? "ib-scene-view" : "ib-scene-zoom"}`, parent);
  view.setAttribute("role", "img");
  const labels = element("div", "ib-scene-labels ib-scene-ticks", view);
  const starLayer = element("div", "ib-scene-labels", view);
  const caption = element("div", "ib-scene-caption", view);
  const tooltip = element("div", "ib-scene-tooltip", view);

  const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(window.devicePixelRatio || 1);
  renderer.setClearColor(0xffffff, 1);
  renderer.localClippingEnabled = true;
  view.insertBefore(renderer.domElement, labels);

  const scene = new THREE.Scene();
  // Light for the norm balls' surfaces only (every other material ignores it): shading lets a
  // translucent sphere read as round.
  scene.add(new THREE.AmbientLight(0xffffff, 1.4));
  const sun = new THREE.DirectionalLight(0xffffff, 1.6);
  sun.position.set(0.4, -0.6, 1);
  scene.add(sun);
  const camera = new THREE.PerspectiveCamera(30, 1.4, 0.05, 100);
  camera.up.set(0, 0, 1);
  camera.position.set(
    CAMERA_DISTANCE * Math.cos(ELEVATION) * Math.cos(AZIMUTH),
    CAMERA_DISTANCE * Math.cos(ELEVATION) * Math.sin(AZIMUTH),
    CAMERA_DISTANCE * Math.sin(ELEVATION),
  );
  const controls = new OrbitControls(camera, renderer.domElement);
  controls.enableDamping = false;
  controls.enablePan = false;
  controls.minDistance = 1.5;
  controls.maxDistance = 30;
  controls.target.set(0, 0, 0);
  controls.update();

  const pane = {
    view,
    camera,
    controls,
    renderer,
    width: 0,
    height: 0,
    center: [0, 0, 0],
    half: [1, 1, 1],
    toWorld: (p) => new THREE.Vector3(...p),
    runViews: [], // [{run, line, dots, last}]: what Play cuts short
    inset: false, // drawn small over the corner of the other pane
    obstacles: [], // rects (CSS pixels in the pane) the star labels keep off: an inset
    overlays: [], // ... and in presenter mode, the title, legend and sliders over the view
    ballViews: [], // [{object, scale, touch}]
    ballLayer: null,
    spec: null,
  };
  let group = new THREE.Group();
  scene.add(group);
  let picks = []; // [{world, text, priority, step}]
  let tickLabels = []; // [{node, axis, value}]
  let axisLabels = []; // [{node, axis}]
  let starLabels = []; // [{node, world}]
  let starPoints = []; // world points of the stars (their labels keep off them)
  let lineMaterials = [];
  let shownLabels = null;
  let shownStars = null;

  // The objects of the data drawn before. They are disposed only after the new objects have
  // been rendered once: disposing a material first would free its shader program, and three.js
  // would compile the same program again for the new material (hundreds of ms on a CPU).
  let retired = [];
  function disposeRetired() {
    for (const old of retired) {
      old.traverse((o) => {
        if (o.geometry) o.geometry.dispose();
        if (o.material) o.material.dispose();
      });
    }
    retired = [];
  }
  function disposeGroup() {
    scene.remove(group);
    retired.push(group);
    group = new THREE.Group();
    scene.add(group);
    lineMaterials = [];
  }

  // A fat line through `positions` (flat x, y, z in the coordinates of `parent`).
  function lineObject(positions, color, linewidth, options = {}) {
    const { opacity = 1, clip = true, dashed = false, segments = false, parent = group } = options;
    if (positions.length < 6) return null;
    const geometry = segments ? new LineSegmentsGeometry() : new LineGeometry();
    geometry.setPositions(positions);
    const material = new LineMaterial({
      color,
      linewidth,
      transparent: opacity < 1,
      opacity,
      worldUnits: false,
      dashed,
      dashSize: 0.07,
      gapSize: 0.05,
      clippingPlanes: clip ? CLIP_PLANES : [],
    });
    material.resolution.set(pane.width || 1, pane.height || 1);
    lineMaterials.push(material);
    const line = segments ? new LineSegments2(geometry, material) : new Line2(geometry, material);
    line.computeLineDistances();
    parent.add(line);
    return line;
  }

  // A fat line through data points.
  function fatLine(points, color, linewidth, { loop = false, ...options } = {}) {
    const positions = [];
    const pts = loop && points.length ? [...points, points[0]] : points;
    for (const p of pts) {
      const v = pane.toWorld(p);
      positions.push(v.x, v.y, v.z);
    }
    return lineObject(positions, color, linewidth, options);
  }

  function markers(points, shape, color, size, { clip = true, onTop = false, parent = group } = {}) {
    const positions = new Float32Array(points.length * 3);
    points.forEach((p, i) => {
      const v = pane.toWorld(p);
      positions.set([v.x, v.y, v.z], 3 * i);
    });
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute("position", new THREE.BufferAttribute(positions, 3));
    const material = new THREE.PointsMaterial({
      size,
      sizeAttenuation: false,
      map: markerTexture(shape, color),
      transparent: true,
      alphaTest: 0.2,
      depthTest: !onTop,
      depthWrite: !onTop,
      clippingPlanes: clip ? CLIP_PLANES : [],
    });
    const object = new THREE.Points(geometry, material);
    if (onTop) object.renderOrder = 10;
    parent.add(object);
    return object;
  }

  // Norm balls: drawn in the unit ball's coordinates, placed at `center` and scaled by
  // `semi_axes` in each axis's own scale (a stretched box stretches them, as it should).
  function surface(geometry, color, parent) {
    const mesh = new THREE.Mesh(
      geometry,
      new THREE.MeshLambertMaterial({
        color,
        emissive: color,
        emissiveIntensity: 0.25,
        transparent: true,
        opacity: BALL_OPACITY,
        side: THREE.DoubleSide,
        depthWrite: false,
        clippingPlanes: CLIP_PLANES,
      }),
    );
    mesh.renderOrder = 2;
    parent.add(mesh);
  }

  function buildBall(ball, clipMarkers) {
    const object = new THREE.Group();
    pane.ballLayer.add(object);
    object.position.copy(pane.toWorld(ball.center));
    const scale = ball.semi_axes.map((s, j) => Math.max(s / pane.half[j], 1e-9));
    if (ball.shape === "cube") {
      surface(new THREE.BoxGeometry(2, 2, 2), ball.color, object);
      lineObject(cubeEdges(), ball.color, 2.5, { segments: true, parent: object });
    } else {
      surface(new THREE.SphereGeometry(1, 48, 32), ball.color, object);
      // The three principal circles (they show each semi-axis), and two latitudes.
      for (const [a, b, fixed] of [
        [0, 1, 2],
        [1, 2, 0],
        [0, 2, 1],
      ]) {
        lineObject(circle(a, b, fixed, 0, 1), ball.color, 2.5, { parent: object });
      }
      for (const z of [-0.7, 0.7]) {
        const r = Math.sqrt(1 - z * z);
        lineObject(circle(0, 1, 2, z, r), ball.color, 1.5, { opacity: 0.7, parent: object });
      }
    }
    const touch = ball.touch
      ? markers([ball.touch], "ring", ball.color, MARKER.touch, {
          clip: clipMarkers,
          onTop: true,
          parent: pane.ballLayer,
        })
      : null;
    pane.ballViews.push({ object, scale, touch });
  }

  function buildLabels(spec) {
    const key = JSON.stringify([spec.tick_labels, spec.ticks, spec.axis_labels]);
    if (key === shownLabels) return;
    shownLabels = key;
    labels.replaceChildren();
    tickLabels = [];
    axisLabels = [];
    for (let axis = 0; axis < 3; axis++) {
      spec.ticks[axis].forEach((value, k) => {
        const node = element("div", "ib-scene-tick", labels);
        node.textContent = spec.tick_labels[axis][k];
        tickLabels.push({ node, axis, value });
      });
      const node = element("div", "ib-scene-axis", labels);
      node.textContent = spec.axis_labels[axis];
      axisLabels.push({ node, axis });
    }
  }

  function buildStarLabels(spec) {
    const list = spec.star_labels || [];
    const key = JSON.stringify(list.map((s) => [s.text, s.color]));
    if (key !== shownStars) {
      shownStars = key;
      starLayer.replaceChildren();
      starLabels = list.map((s) => {
        const node = element("div", "ib-scene-star", starLayer);
        node.textContent = s.text;
        node.style.color = s.color;
        return { node, world: null };
      });
    }
    list.forEach((s, k) => {
      starLabels[k].world = pane.toWorld(s.point);
    });
  }

  // Draw `data` in the box of `spec` ({lower, upper, ticks, tick_labels, axis_labels,
  // solutions, star_labels, caption, clipMarkers, outline}).
  pane.build = (data, spec) => {
    disposeGroup();
    pane.spec = spec;
    const { lower, upper } = spec;
    pane.center = lower.map((lo, i) => (lo + upper[i]) / 2);
    pane.half = lower.map((lo, i) => (upper[i] - lo) / 2 || 1);
    const { center, half } = pane;
    pane.toWorld = (p) =>
      new THREE.Vector3(
        (p[0] - center[0]) / half[0],
        (p[1] - center[1]) / half[1],
        (p[2] - center[2]) / half[2],
      );
    const toWorld = pane.toWorld;
    const clipMarkers = !!spec.clipMarkers;
    picks = [];
    pane.runViews = [];
    pane.ballViews = [];

    // The box's twelve edges.
    const boxGeometry = new THREE.BufferGeometry();
    boxGeometry.setAttribute("position", new THREE.Float32BufferAttribute(cubeEdges(), 3));
    group.add(
      new THREE.LineSegments(boxGeometry, new THREE.LineBasicMaterial({ color: BOX_EDGE })),
    );
    // Where another pane's box lies in this one (the zoom's cube in the main view).
    if (spec.outline) {
      const corners = [spec.outline.lower, spec.outline.upper];
      const positions = [];
      const flat = cubeEdges();
      for (let i = 0; i < flat.length; i += 3) {
        const p = [0, 1, 2].map((j) => corners[flat[i + j] > 0 ? 1 : 0][j]);
        const v = toWorld(p);
        positions.push(v.x, v.y, v.z);
      }
      lineObject(positions, ZOOM_EDGE, 1.5, { segments: true, dashed: true });
    }

    // The exact solutions.
    const sol = spec.solutions;
    if (data.solutions.kind === "plane" && sol.length >= 3) {
      const positions = [];
      const first = toWorld(sol[0]);
      for (let i = 1; i + 1 < sol.length; i++) {
        for (const p of [first, toWorld(sol[i]), toWorld(sol[i + 1])]) positions.push(p.x, p.y, p.z);
      }
      const geometry = new THREE.BufferGeometry();
      geometry.setAttribute("position", new THREE.Float32BufferAttribute(positions, 3));
      const plane = new THREE.Mesh(
        geometry,
        new THREE.MeshBasicMaterial({
          color: data.solutions.color,
          transparent: true,
          opacity: 0.3,
          side: THREE.DoubleSide,
          depthWrite: false,
        }),
      );
      plane.renderOrder = 1;
      group.add(plane);
      fatLine(sol, data.solutions.edge_color, 1.5, { loop: true, clip: false });
    } else if (data.solutions.kind === "line" && sol.length === 2) {
      fatLine(sol, data.solutions.color, 9, { opacity: 0.8, clip: false });
    } else if (data.solutions.kind === "point" && sol.length === 1) {
      markers(sol, "diamond", data.solutions.color, MARKER.point, { clip: false });
    }

    // The norm balls (those that hold), in a layer the toolbar shows and hides.
    pane.ballLayer = new THREE.Group();
    group.add(pane.ballLayer);
    // A zoom draws the balls that touch the solutions inside it (the others only cross it).
    const inside = (p) => p.every((v, j) => Math.abs(v - center[j]) <= half[j] * 1.0005);
    for (const ball of data.balls || []) {
      if (ball.holds && (!clipMarkers || (ball.touch && inside(ball.touch)))) {
        buildBall(ball, clipMarkers);
      }
    }

    // The guides: dashed segments.
    for (const guide of data.guides || []) {
      fatLine(guide.points, guide.color, 2.5, { dashed: true });
    }

    // The runs: path with small markers, last iterate, closed-form limit (a star).
    starPoints = [];
    data.runs.forEach((run) => {
      const line = fatLine(run.path, run.color, 3);
      const dots = markers(run.path, "dot", run.color, MARKER.path);
      const last = markers([run.last], "last", run.color, MARKER.last, { onTop: true });
      pane.runViews.push({ run, line, dots, last });
      markers([run.limit], "star", run.limit_color, MARKER.star, {
        clip: clipMarkers,
        onTop: true,
      });
      if (!clipMarkers || inside(run.limit)) starPoints.push(toWorld(run.limit));
      run.path.forEach((p, k) =>
        picks.push({
          p,
          priority: 0,
          step: run.steps[k],
          text: `${run.label}, step ${run.steps[k]}: θ = ${formatVector(p)}`,
        }),
      );
      picks.push({
        p: run.last,
        priority: 1,
        text: `${run.label}, last iterate: θ = ${formatVector(run.last)}`,
      });
      picks.push({
        p: run.limit,
        priority: 2,
        text: `${run.label}, closed-form limit: θ* = ${formatVector(run.limit)}`,
      });
    });
    markers([data.start], "dot", "#000000", MARKER.start, { onTop: true, clip: clipMarkers });
    pane.startPoint = data.start;
    picks.push({ p: data.start, priority: 1, text: `start θ₀ = ${formatVector(data.start)}` });
    picks = picks.filter((pick) => !clipMarkers || inside(pick.p));
    picks.forEach((pick) => {
      pick.world = toWorld(pick.p);
    });

    buildLabels(spec);
    buildStarLabels(spec);
    if (caption.textContent !== (spec.caption || "")) caption.ibSize = undefined;
    caption.textContent = spec.caption || "";
    caption.style.display = spec.caption ? "" : "none";
    // For screen readers: what the picture shows, in the kernel's words.
    const what = spec.caption ? `${data.title}, ${spec.caption}` : data.title;
    view.setAttribute("aria-label", `3-D scene: ${what}`);
    if (main) view.setAttribute("aria-description", `${data.description || ""} ${KEYS}`.trim());
    for (const m of lineMaterials) m.resolution.set(pane.width || 1, pane.height || 1);
  };

  // Screen position (CSS pixels inside the view) of a world point.
  const projected = new THREE.Vector3();
  function screen(world) {
    projected.copy(world).project(camera);
    return {
      x: ((projected.x + 1) / 2) * pane.width,
      y: ((1 - projected.y) / 2) * pane.height,
      visible: projected.z > -1 && projected.z < 1,
    };
  }
  // Screen positions (CSS pixels in the pane) of what an inset over it must not hide: the
  // stars and the start.
  pane.keyPoints = () =>
    [...starPoints, pane.toWorld(pane.startPoint)].map(screen).filter((s) => s.visible);
  // The smallest screen distance (CSS pixels) between two of its stars that are distinct
  // points (Infinity with fewer than two).
  pane.starGap = () => {
    let gap = Infinity;
    starPoints.forEach((a, i) =>
      starPoints.slice(i + 1).forEach((b) => {
        if (a.distanceTo(b) < 1e-9) return;
        const [p, q] = [screen(a), screen(b)];
        gap = Math.min(gap, Math.hypot(p.x - q.x, p.y - q.y));
      })
    );
    return gap;
  };

  pane.project = (p) => {
    const s = screen(pane.toWorld(p));
    const rect = renderer.domElement.getBoundingClientRect();
    return { x: rect.left + s.x, y: rect.top + s.y };
  };

  // Which box edge carries each axis's ticks: for θ₁ and θ₂ the bottom edge nearest the
  // camera, for θ₃ the vertical edge furthest left on the screen, leaving out the one behind
  // the box (furthest from the camera), as matplotlib does.
  function axisEdge(axis) {
    const cam = camera.position;
    if (axis === 2) {
      const edges = [-1, 1].flatMap((sx) => [-1, 1].map((sy) => [sx, sy]));
      const distance = ([sx, sy]) => Math.hypot(cam.x - sx, cam.y - sy);
      const behind = Math.max(...edges.map(distance));
      let best = null;
      for (const fixed of edges) {
        if (distance(fixed) === behind) continue;
        const x = screen(new THREE.Vector3(fixed[0], fixed[1], 0)).x;
        if (!best || x < best.x) best = { x, fixed };
      }
      return { fixed: best.fixed, others: [0, 1] };
    }
    const other = axis === 0 ? 1 : 0;
    const side = cam.getComponent(other) >= 0 ? 1 : -1;
    const bottom = cam.z >= 0 ? -1 : 1;
    return { fixed: [side, bottom], others: [other, 2] };
  }

  function placeLabels() {
    const center2d = screen(new THREE.Vector3(0, 0, 0));
    const edges = [0, 1, 2].map(axisEdge);
    const placed = [];
    const put = (node, world, push) => {
      const s = screen(world);
      const [w, h] = sizeOf(node);
      // Push the label outward from the box's centre, by its own half size plus `push`.
      const { x, y } = outwardLabel(s, center2d, w, h, push);
      node.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
      // A label that would overlap one placed before it (near a corner of the box, where two
      // axes meet) is hidden rather than printed over the other.
      const rect = [x - 3, y - 1, x + w + 3, y + h + 1];
      const hit = placed.some((r) => overlaps(rect, r));
      node.style.visibility = hit ? "hidden" : "visible";
      if (!hit) placed.push(rect);
    };
    const edgePoint = (axis, t) => {
      const { fixed, others } = edges[axis];
      const v = new THREE.Vector3();
      v.setComponent(axis, t);
      v.setComponent(others[0], fixed[0]);
      v.setComponent(others[1], fixed[1]);
      return v;
    };
    for (const { node, axis } of axisLabels) {
      put(node, edgePoint(axis, 0), 42);
    }
    for (const { node, axis, value } of tickLabels) {
      put(node, edgePoint(axis, (value - pane.center[axis]) / pane.half[axis]), 8);
    }
    // An inset pane hides its ticks; star labels keep off them, and off an inset over them.
    const avoid = [...pane.obstacles, ...pane.overlays];
    if (pane.spec.caption) {
      fitCaption();
      const [w, h] = sizeOf(caption);
      avoid.push([0, 0, w + 10, h + 6]);
    }
    placeStarLabels(pane.inset ? avoid : [...placed, ...avoid]);
  }

  // The caption ends before a floating box over its row (presenter mode's sliders).
  function fitCaption() {
    const top = frame[0] ? frame[0] + 4 : 4;
    const [, h] = sizeOf(caption);
    const width = `${captionWidth(pane.width, 6, top, h, pane.overlays)}px`;
    if (caption.style.maxWidth !== width) {
      caption.style.maxWidth = width;
      caption.ibSize = undefined;
    }
  }

  // Each star's label beside it: the first of a few places around the star that overlaps no
  // star, tick label or star label placed before it, else the one that overlaps least.
  function placeStarLabels(avoid) {
    const r = MARKER.star / 2;
    const stars = starPoints.map((p) => screen(p)).map((s) => [s.x - r, s.y - r, s.x + r, s.y + r]);
    const placed = [];
    const { width, height } = pane;
    for (const { node, world } of starLabels) {
      const s = screen(world);
      if (!s.visible) {
        node.style.visibility = "hidden";
        continue;
      }
      const [w, h] = sizeOf(node);
      const rect = starLabelRect(s, w, h, r, [...stars, ...placed, ...avoid], width, height);
      const [x, y] = rect;
      placed.push(rect);
      node.style.visibility = "visible";
      node.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
    }
  }

  pane.draw = () => {
    if (pane.width === 0 || !pane.spec) return false;
    renderer.render(scene, camera);
    disposeRetired();
    placeLabels();
    return true;
  };

  // Drawn small over a corner of the other pane ({left|right, top|bottom} in CSS pixels), or
  // not (null).
  pane.setInset = (corner) => {
    pane.inset = !!corner;
    view.classList.toggle("ib-scene-inset", pane.inset);
    for (const side of ["left", "right", "top", "bottom"]) {
      view.style[side] = corner && side in corner ? `${corner[side]}px` : "";
    }
  };

  // The picture framed in a band of the view: `top` and `bottom` CSS pixels of it are under
  // floating boxes (presenter mode's title and legend), so the box is drawn between them, as
  // large as that band allows; the view still shows what lies behind the boxes' edges.
  let frame = [0, 0];
  function frameCamera() {
    const [top, bottom] = frame;
    const band = pane.height - top - bottom;
    if ((top || bottom) && band > 0) {
      camera.aspect = pane.width / band;
      camera.setViewOffset(pane.width, band, 0, -top, pane.width, pane.height);
    } else {
      camera.aspect = pane.width / pane.height || 1;
      camera.clearViewOffset();
    }
    camera.updateProjectionMatrix();
    caption.style.top = top ? `${top + 4}px` : "";
  }
  pane.setFrame = (top = 0, bottom = 0) => {
    if (top === frame[0] && bottom === frame[1]) return false;
    frame = [top, bottom];
    frameCamera();
    return true;
  };

  // The labels' sizes are read again (their type changes in presenter mode).
  pane.remeasure = () => {
    for (const node of view.querySelectorAll(".ib-scene-labels div, .ib-scene-caption")) {
      node.ibSize = undefined;
    }
  };

  pane.setSize = (w, h) => {
    if (w === pane.width && h === pane.height) return false;
    caption.ibSize = undefined; // its width follows the pane's (an inset's is cut short)
    pane.width = w;
    pane.height = h;
    renderer.setSize(w, h);
    view.style.width = `${w}px`;
    view.style.height = `${h}px`;
    frameCamera();
    for (const m of lineMaterials) m.resolution.set(w, h);
    return true;
  };

  // The plane's normal in this pane's world coordinates: n_j * half_j, normalised.
  pane.worldNormal = (normal) =>
    new THREE.Vector3(...normal.map((n, j) => n * pane.half[j])).normalize();

  // A world point on the plane: the foot of the perpendicular from the box's centre.
  pane.planePoint = (m) => {
    const sol = pane.spec.solutions;
    const on = sol.length ? pane.toWorld(sol[0]) : new THREE.Vector3();
    return m.clone().multiplyScalar(on.dot(m));
  };

  // The view direction (from the camera to the point it turns about), a unit vector.
  pane.direction = () => controls.target.clone().sub(camera.position).normalize();

  // Look along `direction` from this pane's own distance, turning about `target`.
  pane.look = (direction, target = controls.target) => {
    const distance = camera.position.distanceTo(controls.target);
    controls.target.copy(target);
    camera.position.copy(target).addScaledVector(direction, -distance);
    controls.update();
  };

  // Turning and zooming by steps, for the keyboard and the toolbar (no dragging needed):
  // azimuth about the vertical axis, elevation kept within ±85°, distance within the limits a
  // mouse wheel has. Each ends in controls.update(), whose "change" moves the other pane too.
  pane.turn = (dAzimuth, dElevation = 0) => {
    const offset = camera.position.clone().sub(controls.target);
    const r = offset.length();
    const limit = (85 * Math.PI) / 180;
    const azimuth = Math.atan2(offset.y, offset.x) + dAzimuth;
    const elevation = Math.min(limit, Math.max(-limit, Math.asin(offset.z / r) + dElevation));
    camera.position.set(
      controls.target.x + r * Math.cos(elevation) * Math.cos(azimuth),
      controls.target.y + r * Math.cos(elevation) * Math.sin(azimuth),
      controls.target.z + r * Math.sin(elevation),
    );
    controls.update();
  };
  pane.zoomBy = (factor) => {
    const offset = camera.position.clone().sub(controls.target);
    const r = Math.min(controls.maxDistance, Math.max(controls.minDistance, offset.length() * factor));
    camera.position.copy(controls.target).addScaledVector(offset.normalize(), r);
    controls.update();
  };
  pane.reset = () => {
    controls.target.set(0, 0, 0);
    camera.position.set(
      CAMERA_DISTANCE * Math.cos(ELEVATION) * Math.cos(AZIMUTH),
      CAMERA_DISTANCE * Math.cos(ELEVATION) * Math.sin(AZIMUTH),
      CAMERA_DISTANCE * Math.sin(ELEVATION),
    );
    controls.update();
  };

  // Hover: the nearest marker (star, last iterate, start) within 14 pixels, else the nearest
  // path point within 9 (during Play, of the steps drawn so far).
  function onMove(event) {
    if (event.buttons) return;
    const rect = renderer.domElement.getBoundingClientRect();
    const mx = event.clientX - rect.left;
    const my = event.clientY - rect.top;
    const shownStep = shared.shownStep();
    const best = pickAt(picks, screen, mx, my, shownStep, pane.width, pane.height);
    if (!best) {
      tooltip.style.display = "none";
      return;
    }
    tooltip.textContent = best.text;
    tooltip.style.display = "block";
    const tw = tooltip.offsetWidth;
    const x = Math.min(Math.max(best.s.x + 14, 4), pane.width - tw - 4);
    const y = best.s.y > 40 ? best.s.y - 36 : best.s.y + 16;
    tooltip.style.left = `${x}px`;
    tooltip.style.top = `${y}px`;
  }
  const onLeave = () => {
    tooltip.style.display = "none";
  };
  renderer.domElement.addEventListener("pointermove", onMove);
  renderer.domElement.addEventListener("pointerleave", onLeave);
  controls.addEventListener("change", () => {
    tooltip.style.display = "none";
    shared.moved(pane);
  });
  pane.tooltip = () => (tooltip.style.display === "none" ? "" : tooltip.textContent);

  pane.dispose = () => {
    renderer.domElement.removeEventListener("pointermove", onMove);
    renderer.domElement.removeEventListener("pointerleave", onLeave);
    controls.dispose();
    disposeGroup();
    disposeRetired();
    renderer.dispose();
    renderer.forceContextLoss();
  };
  return pane;
}

