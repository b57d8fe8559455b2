// The live 3-D scene of ib_helpers, drawn in the browser with three.js.
//
// This module only draws. Every number it shows comes from the kernel in the widget's `scene`
// trait (built by ib_helpers.live.scene_state from ib_helpers.scene.describe_scene): the view
// box and its ticks, the exact solutions, the paths, the last iterates, the closed-form limits,
// the title and the legend. Rotating and zooming (OrbitControls) happen here, with no message
// to the kernel; the kernel sends new data only when a control changes.
//
// For tests and benchmarks, the element of each view carries `ibScene` (see `expose` below):
// the data as drawn, the number of pictures rendered, and the scene's own screen projection.

import * as THREE from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { Line2 } from "three/examples/jsm/lines/Line2.js";
import { LineGeometry } from "three/examples/jsm/lines/LineGeometry.js";
import { LineMaterial } from "three/examples/jsm/lines/LineMaterial.js";
import { LineSegments2 } from "three/examples/jsm/lines/LineSegments2.js";
import { LineSegmentsGeometry } from "three/examples/jsm/lines/LineSegmentsGeometry.js";

// Projector-size text, in CSS pixels.
const FONT = {
  title: 21,
  legend: 17,
  axis: 22,
  tick: 17,
  tooltip: 16,
  note: 16,
  toolbar: 15,
  star: 18,
};
const BOX_EDGE = "#9a9a9a";
const ZOOM_EDGE = "#555555"; // the zoom's cube, drawn dashed in the main view
const MARKER = { path: 7, start: 14, last: 18, star: 34, point: 18, touch: 50 };
// Play: steps shown per second for each speed (the kernel's runs have up to a few thousand).
const SPEEDS = [
  ["slow", 5],
  ["normal", 20],
  ["fast", 100],
];
const GROW_MS = 2000; // a ball grows from nothing to the size that touches the solutions
const EDGE_ON_MS = 600; // turning the camera to look along the plane
const BALL_OPACITY = 0.16;
// matplotlib's default view: elevation 30 degrees, azimuth -60 degrees.
const ELEVATION = (30 * Math.PI) / 180;
const AZIMUTH = (-60 * Math.PI) / 180;
const CAMERA_DISTANCE = 7.0;

// ------------------------------------------------------------------------------------------
// Decoding the kernel's data

function floats(value) {
  // A path arrives as float64 bytes (a DataView, an ArrayBuffer or a typed array).
  if (value instanceof Float64Array) return value;
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice();
    return new Float64Array(bytes.buffer);
  }
  if (value instanceof ArrayBuffer) return new Float64Array(value.slice(0));
  return Float64Array.from(value.flat ? value.flat() : value);
}

function rows(flat) {
  const out = [];
  for (let i = 0; i + 2 < flat.length; i += 3) out.push([flat[i], flat[i + 1], flat[i + 2]]);
  return out;
}

function decode(state) {
  if (!state || !state.runs) return null;
  return {
    ...state,
    runs: state.runs.map((run) => ({ ...run, path: rows(floats(run.path)) })),
  };
}

// The same format as ib_helpers.readout.format_number: 6 decimals, e-notation when huge.
function formatNumber(v) {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 1e5) return v.toExponential(3).replace(/e([+-])(\d)$/, "e$10$2");
  const s = (Math.round(v * 1e6) / 1e6 + 0).toFixed(6);
  return s === "-0.000000" ? "0.000000" : s;
}

function formatVector(p) {
  return "[" + p.map(formatNumber).join(", ") + "]";
}

// ------------------------------------------------------------------------------------------
// Marker pictures (drawn once per shape and colour)

const textures = new Map();

function drawMarker(ctx, shape, color, size) {
  const c = size / 2;
  ctx.clearRect(0, 0, size, size);
  ctx.lineJoin = "round";
  if (shape === "star") {
    ctx.beginPath();
    for (let k = 0; k < 10; k++) {
      const r = k % 2 === 0 ? c * 0.94 : c * 0.4;
      const a = -Math.PI / 2 + (k * Math.PI) / 5;
      ctx.lineTo(c + r * Math.cos(a), c + r * Math.sin(a) + size * 0.04);
    }
    ctx.closePath();
    ctx.fillStyle = color;
    ctx.fill();
    ctx.lineWidth = size * 0.05;
    ctx.strokeStyle = "#000000";
    ctx.stroke();
  } else if (shape === "diamond") {
    ctx.beginPath();
    ctx.moveTo(c, size * 0.06);
    ctx.lineTo(size * 0.94, c);
    ctx.lineTo(c, size * 0.94);
    ctx.lineTo(size * 0.06, c);
    ctx.closePath();
    ctx.fillStyle = color;
    ctx.fill();
  } else if (shape === "ring") {
    // Where a norm ball touches the solutions: a circle around the star, with a white halo.
    ctx.beginPath();
    ctx.arc(c, c, c * 0.78, 0, 2 * Math.PI);
    ctx.lineWidth = size * 0.16;
    ctx.strokeStyle = "#ffffff";
    ctx.stroke();
    ctx.lineWidth = size * 0.08;
    ctx.strokeStyle = color;
    ctx.stroke();
  } else {
    // "dot", or "last": a dot with a white rim
    const rim = shape === "last" ? size * 0.12 : 0;
    ctx.beginPath();
    ctx.arc(c, c, c - 1, 0, 2 * Math.PI);
    ctx.fillStyle = rim ? "#ffffff" : color;
    ctx.fill();
    if (rim) {
      ctx.beginPath();
      ctx.arc(c, c, c - 1 - rim, 0, 2 * Math.PI);
      ctx.fillStyle = color;
      ctx.fill();
    }
  }
}

function markerTexture(shape, color) {
  const key = shape + color;
  if (!textures.has(key)) {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 64;
    drawMarker(canvas.getContext("2d"), shape, color, 64);
    const texture = new THREE.CanvasTexture(canvas);
    texture.colorSpace = THREE.SRGBColorSpace;
    textures.set(key, texture);
  }
  return textures.get(key);
}

function legendIcon(entry, edgeColor, ballShape) {
  const w = 44;
  const h = 26;
  const canvas = document.createElement("canvas");
  const ratio = window.devicePixelRatio || 1;
  canvas.width = w * ratio;
  canvas.height = h * ratio;
  canvas.style.width = `${w}px`;
  canvas.style.height = `${h}px`;
  const ctx = canvas.getContext("2d");
  ctx.scale(ratio, ratio);
  const marker = (shape, color, size) => {
    const m = document.createElement("canvas");
    m.width = m.height = 64;
    drawMarker(m.getContext("2d"), shape, color, 64);
    ctx.drawImage(m, w / 2 - size / 2, h / 2 - size / 2, size, size);
  };
  if (entry.kind === "plane") {
    ctx.globalAlpha = 0.35;
    ctx.fillStyle = entry.color;
    ctx.fillRect(4, 4, w - 8, h - 8);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = edgeColor;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(4, 4, w - 8, h - 8);
  } else if (entry.kind === "line") {
    ctx.globalAlpha = 0.8;
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 8;
    ctx.beginPath();
    ctx.moveTo(3, h / 2);
    ctx.lineTo(w - 3, h / 2);
    ctx.stroke();
  } else if (entry.kind === "path") {
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(3, h / 2);
    ctx.lineTo(w - 3, h / 2);
    ctx.stroke();
    marker("dot", entry.color, 8);
  } else if (entry.kind === "point") {
    marker("diamond", entry.color, 18);
  } else if (entry.kind === "start") {
    marker("dot", entry.color, 13);
  } else if (entry.kind === "last") {
    marker("last", entry.color, 18);
  } else if (entry.kind === "star") {
    marker("star", entry.color, 26);
  } else if (entry.kind === "ball") {
    // A translucent disc (sphere, ellipsoid) or square (cube) with its outline.
    ctx.beginPath();
    if (ballShape === "cube") ctx.rect(w / 2 - 10, h / 2 - 10, 20, 20);
    else if (ballShape === "ellipsoid") ctx.ellipse(w / 2, h / 2, 17, 10, 0, 0, 2 * Math.PI);
    else ctx.arc(w / 2, h / 2, 11, 0, 2 * Math.PI);
    ctx.globalAlpha = 0.3;
    ctx.fillStyle = entry.color;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 2;
    ctx.stroke();
  } else if (entry.kind === "guide") {
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 3;
    ctx.setLineDash([7, 5]);
    ctx.beginPath();
    ctx.moveTo(3, h / 2);
    ctx.lineTo(w - 3, h / 2);
    ctx.stroke();
  }
  return canvas;
}

// ------------------------------------------------------------------------------------------
// The view

const STYLE = `
.ib-scene { font-family: var(--jp-ui-font-family, sans-serif); color: #111; }
.ib-scene-title { font-size: ${FONT.title}px; font-weight: 600; margin: 4px 0 2px 4px;
  line-height: 1.25; }
.ib-scene-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px;
  margin: 2px 0 4px 4px; font-size: ${FONT.toolbar}px; }
.ib-scene-toolbar > span { display: inline-flex; flex-wrap: wrap; align-items: center;
  gap: 6px; }
.ib-scene-toolbar button, .ib-scene-toolbar select { font: inherit; padding: 1px 7px;
  border: 1px solid #8a8a8a; border-radius: 4px; background: #f4f4f4; color: #111;
  cursor: pointer; }
.ib-scene-toolbar button:hover { background: #e6e6e6; }
.ib-scene-toolbar label { display: inline-flex; align-items: center; gap: 5px;
  cursor: pointer; }
.ib-scene-toolbar input[type=checkbox] { width: 18px; height: 18px; margin: 0; }
.ib-scene-counter { font-variant-numeric: tabular-nums; white-space: nowrap; }
.ib-scene-notes { font-size: ${FONT.note}px; color: #333; margin: 0 0 6px 4px; }
.ib-scene-notes div { margin: 2px 0; }
.ib-scene-body { display: flex; flex-wrap: nowrap; align-items: flex-start; gap: 8px 18px; }
.ib-scene-body.ib-scene-below { flex-direction: column; }
.ib-scene-panes { position: relative; display: flex; flex-wrap: nowrap; gap: 12px;
  flex: 0 0 auto; }
.ib-scene-pane.ib-scene-inset { position: absolute; z-index: 3;
  border: 2px solid #555; box-shadow: -2px 2px 6px rgba(0,0,0,0.25); }
.ib-scene-inset .ib-scene-ticks { display: none; }
.ib-scene-caption { position: absolute; left: 6px; top: 4px; font-size: ${FONT.note}px;
  max-width: calc(100% - 20px); overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  font-weight: 600; color: #333; background: rgba(255,255,255,0.85); padding: 0 4px;
  pointer-events: none; z-index: 1; }
.ib-scene-pane { position: relative; flex: 0 0 auto; overflow: hidden; background: #fff;
  border: 1px solid #e2e2e2; cursor: grab; touch-action: none; }
.ib-scene-pane:active { cursor: grabbing; }
.ib-scene-pane canvas { display: block; }
.ib-scene-labels { position: absolute; inset: 0; pointer-events: none; }
.ib-scene-labels div { position: absolute; left: 0; top: 0; white-space: nowrap;
  will-change: transform; }
.ib-scene-tick { font-size: ${FONT.tick}px; color: #222; }
.ib-scene-axis { font-size: ${FONT.axis}px; font-weight: 600; color: #000; }
.ib-scene-labels .ib-scene-star { font-size: ${FONT.star}px; font-weight: 700; padding: 0 4px;
  background: rgba(255,255,255,0.8); border-radius: 4px;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 2px #fff; }
.ib-scene-tooltip { position: absolute; pointer-events: none; display: none;
  background: rgba(255,255,255,0.95); border: 1px solid #888; border-radius: 4px;
  padding: 4px 8px; font-size: ${FONT.tooltip}px; white-space: nowrap; z-index: 2; }
.ib-scene-legend { font-size: ${FONT.legend}px; line-height: 1.2; flex: 0 0 auto;
  overflow-y: auto; align-self: center; }
.ib-scene-below .ib-scene-legend { align-self: flex-start; display: grid;
  grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); column-gap: 14px;
  font-size: ${FONT.legend - 1}px; }
.ib-scene-below .ib-scene-legend div { margin: 0; }
.ib-scene-below .ib-scene-help { margin-top: 0; align-self: center; }
.ib-scene-legend div { display: flex; align-items: center; gap: 8px; margin: 5px 0; }
.ib-scene-legend div.ib-scene-off { opacity: 0.4; }
.ib-scene-help { font-size: 14px; color: #555; margin-top: 10px; }
`;

function element(tag, className, parent) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (parent) parent.appendChild(node);
  return node;
}

function button(text, parent, title) {
  const node = element("button", "", parent);
  node.type = "button";
  node.textContent = text;
  if (title) node.title = title;
  return node;
}

// Ease in and out: 0 -> 0, 1 -> 1, flat at both ends.
const smooth = (t) => t * t * (3 - 2 * t);

// The smallest view width (CSS pixels) next to which the legend still goes on the right.
const MIN_VIEW_WIDTH = 440;
const MIN_VIEW_HEIGHT = 200;
// With the zoom beside the main view: the smallest width of each.
const MIN_PANE_WIDTH = 300;
// Narrower, the zoom is inset over the main view's top right corner, at this part of its size.
const INSET = { w: 0.5, h: 0.56 };
// The sizes (parts of INSET) tried for an inset that hides no star, and how near (CSS pixels)
// an inset's edge may come to a star's centre.
const INSET_SCALES = [1, 0.9, 0.8, 0.72];
const STAR_CLEARANCE = 14;
// A smaller inset is used only while its distinct answers stay this far apart (CSS pixels).
const INSET_MIN_GAP = 48;
// The widest a view with an inset over it may be, as a multiple of its height (1.6 without).
const INSET_VIEW_ASPECT = 2.2;
// ------------------------------------------------------------------------------------------
// One 3-D view (a pane): the main view of the whole box, or the zoom onto crowded answers.
// Each pane has its own box, ticks, solutions and star labels from the kernel, and draws the
// same runs, balls and guides in it; `shared` holds what the panes have in common.

// The box [lower, upper] is drawn as the cube [-1, 1]^3, each axis on its own scale:
// world_j = (data_j - center_j) / half_j (a box whose axes differ is drawn stretched).
const CLIP_PLANES = [0, 1, 2].flatMap((axis) =>
  [1, -1].map((sign) => {
    const normal = new THREE.Vector3();
    normal.setComponent(axis, -sign);
    return new THREE.Plane(normal, 1.0005);
  }),
);

// The twelve edges of the cube [-1, 1]^3, as pairs of points (flat x, y, z).
function cubeEdges() {
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
function circle(a, b, fixed, value, radius, n = 96) {
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

const overlaps = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const overlapArea = (a, b) =>
  Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) *
  Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
const sizeOf = (node) => {
  // Sizes read once per new label: reading them every frame would force a layout.
  if (node.ibSize === undefined) node.ibSize = [node.offsetWidth, node.offsetHeight];
  return node.ibSize;
};

function makePane(parent, shared, main) {
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
    obstacles: [], // rects (CSS pixels in the pane) the star labels keep off
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
      let dx = s.x - center2d.x;
      let dy = s.y - center2d.y;
      const len = Math.hypot(dx, dy) || 1;
      dx /= len;
      dy /= len;
      const [w, h] = sizeOf(node);
      // Push the label outward from the box's centre, by its own half size plus `push`.
      const x = s.x + dx * (push + w / 2) - w / 2;
      const y = s.y + dy * (push + h / 2) - h / 2;
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
    const avoid = [...pane.obstacles];
    if (pane.spec.caption) {
      const [w, h] = sizeOf(caption);
      avoid.push([0, 0, w + 10, h + 6]);
    }
    placeStarLabels(pane.inset ? avoid : [...placed, ...avoid]);
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
            for (const other of [...stars, ...placed, ...avoid]) cost += overlapArea(rect, other);
        // Leaving the view costs too.
        cost += w * h - overlapArea(rect, [0, 0, width, height]);
        if (!best || cost < best.cost) best = { rect, cost };
        if (cost === 0) break;
      }
      // Whatever it overlaps, a label stays whole inside the view (a long group label near an
      // edge would be cut off).
      const x = Math.min(Math.max(best.rect[0], 2), Math.max(2, width - w - 2));
      const y = Math.min(Math.max(best.rect[1], 2), Math.max(2, height - h - 2));
      best.rect = [x, y, x + w, y + h];
      placed.push(best.rect);
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

  pane.setSize = (w, h) => {
    if (w === pane.width && h === pane.height) return false;
    caption.ibSize = undefined; // its width follows the pane's (an inset's is cut short)
    pane.width = w;
    pane.height = h;
    renderer.setSize(w, h);
    view.style.width = `${w}px`;
    view.style.height = `${h}px`;
    camera.aspect = w / h;
    camera.updateProjectionMatrix();
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

  // Hover: the nearest marker (star, last iterate, start) within 14 pixels, else the nearest
  // path point within 9 (during Play, of the steps drawn so far).
  function onMove(event) {
    if (event.buttons) return;
    const rect = renderer.domElement.getBoundingClientRect();
    const mx = event.clientX - rect.left;
    const my = event.clientY - rect.top;
    const shownStep = shared.shownStep();
    let best = null;
    for (const pick of picks) {
      if (shownStep !== null && pick.step !== undefined && pick.step > shownStep) continue;
      const s = screen(pick.world);
      if (!s.visible || s.x < 0 || s.y < 0 || s.x > pane.width || s.y > pane.height) continue;
      const d = Math.hypot(s.x - mx, s.y - my);
      const limit = pick.priority > 0 ? 14 : 9;
      if (d > limit) continue;
      const rank = pick.priority > 0 ? 1 : 0; // markers before path points, then the nearest
      const bestRank = best && (best.priority > 0 ? 1 : 0);
      if (!best || rank > bestRank || (rank === bestRank && d < best.d)) {
        best = { ...pick, d, s };
      }
    }
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

// ------------------------------------------------------------------------------------------
// The widget: title, toolbar, the main pane (and the zoom's, when the kernel sends one), legend

function render({ model, el }) {
  if (!document.getElementById("ib-scene-style")) {
    const style = element("style", "", document.head);
    style.id = "ib-scene-style";
    style.textContent = STYLE;
  }
  const root = element("div", "ib-scene", el);
  const title = element("div", "ib-scene-title", root);

  // The toolbar: everything in it happens in the browser, with no message to the kernel.
  const toolbar = element("div", "ib-scene-toolbar", root);
  const playGroup = element("span", "", toolbar);
  const playButton = button("▶ play", playGroup, "play the runs step by step");
  const speedSelect = element("select", "", playGroup);
  speedSelect.title = "steps per second";
  for (const [name, perSecond] of SPEEDS) {
    const option = element("option", "", speedSelect);
    option.value = String(perSecond);
    option.textContent = `${perSecond}/s`;
    option.title = name;
  }
  speedSelect.value = String(SPEEDS[1][1]);
  const counter = element("span", "ib-scene-counter", playGroup);
  const ballGroup = element("span", "", toolbar);
  const ballLabel = element("label", "", ballGroup);
  const ballBox = element("input", "", ballLabel);
  ballBox.type = "checkbox";
  element("span", "", ballLabel).textContent = "norm balls";
  const growButton = button("grow", ballGroup, "grow each ball until it touches the solutions");
  const edgeButton = button("edge-on", toolbar, "look along the plane of solutions");
  const viewButton = button("⇄", toolbar, "swap the large view and the inset");
  viewButton.setAttribute("aria-label", "⇄ swap views");
  viewButton.style.display = "none";
  viewButton.addEventListener("click", () => {
    zoomLarge = !zoomLarge;
    resize();
  });
  const notes = element("div", "ib-scene-notes", root);

  const body = element("div", "ib-scene-body", root);
  const panesBox = element("div", "ib-scene-panes", body);
  const legend = element("div", "ib-scene-legend", body);

  let data = null;
  let shownStep = null; // null: the full picture
  let pending = 0;
  // Counted for tests and benchmarks: pictures rendered (and when), data updates (and when).
  const stats = { frames: 0, frameTimes: [], renderMs: [], updates: 0, updateTimes: [], buildMs: [] };

  function draw() {
    pending = 0;
    if (!data) return;
    const t0 = performance.now();
    let drawn = false;
    for (const pane of shownPanes()) drawn = pane.draw() || drawn;
    if (!drawn) return;
    stats.renderMs.push(performance.now() - t0);
    if (stats.renderMs.length > 5000) stats.renderMs.splice(0, 2500);
    stats.frames += 1;
    stats.frameTimes.push(performance.now());
    if (stats.frameTimes.length > 5000) stats.frameTimes.splice(0, 2500);
  }
  function requestDraw() {
    if (!pending) pending = requestAnimationFrame(draw);
  }

  // The panes turn together: a drag in one turns the other the same way (each keeps its own
  // zoom distance and the point it turns about).
  let following = false;
  const shared = {
    shownStep: () => shownStep,
    moved: (pane) => {
      if (!following) {
        following = true;
        const direction = pane.direction();
        for (const other of shownPanes()) if (other !== pane) other.look(direction);
        following = false;
      }
      requestDraw();
    },
  };
  const main = makePane(panesBox, shared, true);
  // The zoom's pane, made when the kernel first sends a zoom (a WebGL context of its own).
  let zoom = null;
  const panes = [main];
  function zoomPane() {
    if (!zoom) {
      zoom = makePane(panesBox, shared, false);
      zoom.view.style.display = "none";
      panes.push(zoom);
    }
    return zoom;
  }
  // The panes shown: the main one, and the zoom when the kernel sends one: side by side when
  // there is room, else the zoom inset over the main view's corner (or the other way round:
  // the toolbar's swap button).
  const shownPanes = () => (data && data.zoom ? panes : [main]);
  let insetMode = false;
  let zoomLarge = false; // narrow: the main view large, the zoom inset (the swap button)
  const large = () => (insetMode && zoomLarge ? zoom : main);
  function showPanes() {
    const shown = shownPanes();
    for (const pane of panes) {
      pane.view.style.display = shown.includes(pane) ? "" : "none";
      if (!(insetMode && shown.length > 1 && pane !== large())) pane.setInset(null);
      pane.obstacles = [];
    }
    viewButton.style.display = data && data.zoom && insetMode ? "" : "none";
  }

  // ----------------------------------------------------------------------------------------
  // Norm balls: on and off, and growing from nothing to the size that touches the solutions.

  let ballsOn = false;
  let ballsShownByKernel = null;
  let ballSize = 1; // 0..1 while growing
  let growFrame = 0;
  let growDone = null;
  const ballViews = () => panes.flatMap((pane) => pane.ballViews);

  function setBallSize(f) {
    ballSize = f;
    const g = Math.max(f, 1e-4);
    for (const { object, scale, touch } of ballViews()) {
      object.scale.set(scale[0] * g, scale[1] * g, scale[2] * g);
      if (touch) touch.visible = f >= 1;
    }
    requestDraw();
  }

  function endGrow(done) {
    if (growFrame) cancelAnimationFrame(growFrame);
    growFrame = 0;
    if (growDone) growDone(done);
    growDone = null;
  }

  // Why a ball is not drawn: the kernel's note for each ball that does not hold.
  function notesShown() {
    return data ? data.balls.filter((b) => !b.holds && b.note).map((b) => b.note) : [];
  }

  // Show or hide the balls (and the notes of those not drawn); true if the notes changed.
  function applyBalls() {
    const drawable = data ? data.balls.filter((b) => b.holds).length : 0;
    ballsOn = ballsOn && drawable + notesShown().length > 0;
    ballBox.checked = ballsOn;
    growButton.disabled = !ballsOn || drawable === 0;
    for (const pane of panes) if (pane.ballLayer) pane.ballLayer.visible = ballsOn;
    if (!ballsOn && growFrame) {
      endGrow(false);
      setBallSize(1);
    }
    for (const row of legend.querySelectorAll("[data-kind=ball]")) {
      row.classList.toggle("ib-scene-off", !ballsOn);
    }
    requestDraw();
    const shown = ballsOn ? notesShown() : [];
    const key = JSON.stringify(shown);
    if (key === shownNotes) return false;
    shownNotes = key;
    notes.replaceChildren();
    for (const text of shown) element("div", "", notes).textContent = text;
    notes.style.display = shown.length ? "" : "none";
    return true;
  }
  let shownNotes = null;

  function setBalls(on) {
    ballsOn = !!on;
    if (applyBalls()) resize();
    return ballsOn;
  }

  function grow() {
    if (!ballViews().length) return Promise.resolve(false);
    if (!ballsOn) setBalls(true);
    endGrow(false);
    return new Promise((resolve) => {
      growDone = resolve;
      const t0 = performance.now();
      const tick = (now) => {
        const f = Math.min(1, (now - t0) / GROW_MS);
        setBallSize(f);
        if (f < 1) {
          growFrame = requestAnimationFrame(tick);
        } else {
          growFrame = 0;
          growDone = null;
          resolve(true);
        }
      };
      setBallSize(0);
      growFrame = requestAnimationFrame(tick);
    });
  }

  ballBox.addEventListener("change", () => setBalls(ballBox.checked));
  growButton.addEventListener("click", () => grow());

  // ----------------------------------------------------------------------------------------
  // Play: each run's path drawn up to step k, with its iterate at step k marked.

  let lastStep = 0; // N: the largest last step over the runs
  let playFrame = 0;
  let playClock = null; // {time, step}: when the steps/second count from

  function stepsPerSecond() {
    return Number(speedSelect.value) || SPEEDS[1][1];
  }

  function showStep(k) {
    shownStep = k === null || k >= lastStep ? null : Math.max(0, Math.floor(k));
    const step = shownStep === null ? lastStep : shownStep;
    for (const pane of panes) {
      for (const { run, line, dots, last } of pane.runViews) {
        // The drawn points up to step k (every step left out is within 0.2% of the box of the
        // drawn point before it, so the last one up to k stands for step k).
        let n = 0;
        while (n < run.steps.length && run.steps[n] <= step) n++;
        n = Math.max(n, 1);
        if (line) {
          line.visible = n >= 2;
          line.geometry.instanceCount = Math.max(n - 1, 0);
        }
        dots.geometry.setDrawRange(0, n);
        const v = pane.toWorld(shownStep === null ? run.last : run.path[n - 1]);
        last.geometry.attributes.position.setXYZ(0, v.x, v.y, v.z);
        last.geometry.attributes.position.needsUpdate = true;
      }
    }
    counter.textContent = `step ${step} / ${lastStep}`;
    // As wide as its widest text, so the toolbar does not reflow while Play counts.
    counter.style.minWidth = `${`step ${lastStep} / ${lastStep}`.length}ch`;
    requestDraw();
  }

  const playing = () => playFrame !== 0;

  function pause() {
    if (playFrame) cancelAnimationFrame(playFrame);
    playFrame = 0;
    playButton.textContent = "▶ play";
  }

  function play() {
    if (playing() || !data || !data.runs.length) return;
    const from = shownStep === null ? 0 : shownStep;
    playClock = { time: performance.now(), step: from };
    showStep(from);
    playButton.textContent = "⏸ pause";
    const tick = (now) => {
      const k = playClock.step + ((now - playClock.time) / 1000) * stepsPerSecond();
      if (k >= lastStep) {
        pause();
        showStep(null);
        return;
      }
      if (Math.floor(k) !== shownStep) showStep(k);
      playFrame = requestAnimationFrame(tick);
    };
    playFrame = requestAnimationFrame(tick);
  }

  playButton.addEventListener("click", () => (playing() ? pause() : play()));
  speedSelect.addEventListener("change", () => {
    // Go on from the step shown, at the new speed.
    if (playing()) playClock = { time: performance.now(), step: shownStep || 0 };
  });

  // ----------------------------------------------------------------------------------------
  // Edge-on: look along the plane of solutions, so it is seen as a line.

  let edgeFrame = 0;
  function edgeOn() {
    if (!data || !data.normal) return Promise.resolve(false);
    if (edgeFrame) cancelAnimationFrame(edgeFrame);
    const m = main.worldNormal(data.normal);
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
      to: pane.planePoint(pane.worldNormal(data.normal)),
    }));
    return new Promise((resolve) => {
      const t0 = performance.now();
      const tick = (now) => {
        const f = Math.min(1, (now - t0) / EDGE_ON_MS);
        const e = smooth(f);
        const direction = fromDir.clone().lerp(toDir, e).normalize();
        following = true;
        for (const { pane, from, to } of moves) pane.look(direction, from.clone().lerp(to, e));
        following = false;
        requestDraw();
        if (f < 1) {
          edgeFrame = requestAnimationFrame(tick);
        } else {
          edgeFrame = 0;
          placeInset();
          resolve(true);
        }
      };
      edgeFrame = requestAnimationFrame(tick);
    });
  }
  edgeButton.addEventListener("click", () => edgeOn());

  // ----------------------------------------------------------------------------------------
  // Building the picture from the kernel's data

  function buildLegend() {
    legend.replaceChildren();
    for (const entry of data.legend) {
      const row = element("div", "", legend);
      row.dataset.kind = entry.kind;
      const ball = entry.kind === "ball" && data.balls.find((b) => b.label === entry.label);
      row.appendChild(legendIcon(entry, data.solutions.edge_color, ball && ball.shape));
      element("span", "", row).textContent = entry.label;
    }
    const help = element("div", "ib-scene-help", legend);
    help.textContent = "drag to rotate, scroll to zoom";
    legendNatural = null;
  }

  function build() {
    const z = data.zoom;
    main.build(data, {
      lower: data.lower,
      upper: data.upper,
      ticks: data.ticks,
      tick_labels: data.tick_labels,
      axis_labels: data.axis_labels,
      solutions: data.solutions.points,
      star_labels: data.star_labels,
      caption: z ? "whole view" : "",
      clipMarkers: false,
      outline: z ? { lower: z.lower, upper: z.upper } : null,
    });
    if (z) {
      zoomPane().build(data, {
        lower: z.lower,
        upper: z.upper,
        ticks: z.ticks,
        tick_labels: z.tick_labels,
        axis_labels: data.axis_labels,
        solutions: z.solutions,
        star_labels: z.star_labels,
        caption: z.label,
        clipMarkers: true,
      });
    }
    lastStep = Math.max(0, ...data.runs.map((r) => (r.steps.length ? r.steps[r.steps.length - 1] : 0)));

    let layoutChanged = false;
    if (title.textContent !== data.title) title.textContent = data.title;
    // Text nodes only when their text changes: a slider move mostly keeps the legend, and the
    // page needs no new layout for it.
    const legendKey = JSON.stringify(data.legend);
    if (legendKey !== shownLegend) {
      shownLegend = legendKey;
      buildLegend();
      layoutChanged = true; // the legend's width may have changed
    }
    const hasBalls = (data.balls || []).length > 0;
    const hasNormal = !!data.normal;
    const toolKey = `${hasBalls} ${hasNormal} ${!!z}`;
    if (toolKey !== shownTools) {
      shownTools = toolKey;
      ballGroup.style.display = hasBalls ? "" : "none";
      edgeButton.style.display = hasNormal ? "" : "none";
      if (z && !zoomActive) zoom.look(main.direction()); // the zoom starts as the main view
      zoomActive = !!z;
      layoutChanged = true;
    }
    return layoutChanged;
  }
  let shownLegend = null;
  let shownTools = null;
  let zoomActive = false;

  // ----------------------------------------------------------------------------------------
  // Size: the scene fits its container's width, and all of it (title, toolbar, views, and the
  // legend when it goes below) fits the window's height less room for the notebook's own bars.

  let legendNatural = null; // the legend's size beside the views: [width, height]

  // What a panel holds besides the row of its controls and this scene (its readout, below):
  // the scene leaves room for it, so the whole panel fits the window (ib_helpers.widgets marks
  // the panel "ib-panel" and the row "ib-scene-row").
  let watchedPanel = null;
  let panelObserver = null;
  function besidesRow() {
    const panel = el.closest(".ib-panel");
    const row = el.closest(".ib-scene-row");
    if (!panel || !row) return 0;
    if (panel !== watchedPanel) {
      // The readout's height changes with its text: the scene follows.
      if (!panelObserver) panelObserver = new ResizeObserver(() => resize());
      panelObserver.observe(panel);
      watchedPanel = panel;
    }
    return Math.max(0, panel.offsetHeight - row.offsetHeight);
  }

  function resize() {
    if (!data) return;
    const available = Math.max(el.clientWidth || root.clientWidth || 900, 320);
    // Less the views' borders and a pixel of rounding.
    // 130 px: JupyterLab's menu, tab and tool bars and status bar (121 px) and a margin.
    const maxTotal = Math.max(300, window.innerHeight - 130 - besidesRow()) - 3;
    // Two panes side by side only if each gets its smallest width; else one inset.
    insetMode = !!data.zoom && (available - 16) / 2 < MIN_PANE_WIDTH;
    showPanes();
    const count = insetMode ? 1 : shownPanes().length;
    const gap = 12 * (count - 1) + 2 * count; // between the panes, and their borders
    if (legendNatural === null) {
      body.classList.remove("ib-scene-below");
      legend.style.width = "";
      legend.style.maxHeight = "";
      // Not laid out yet (the widget is not in the page): a guess, measured again later.
      legendNatural = legend.offsetWidth ? [legend.offsetWidth, legend.offsetHeight] : null;
    }
    const [legendWidth, legendHeight] = legendNatural || [280, 0];
    const chrome = root.offsetHeight - body.offsetHeight; // title, note, toolbar, notes
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
    body.classList.add("ib-scene-below");
    legend.style.width = `${available - 2}px`;
    legend.style.maxHeight = "";
    const below = legend.offsetHeight;
    // The views come first: below them the legend takes at most a fifth of the height (its
    // rows scroll beyond that); the star labels already name the answers.
    const room = Math.max(52, Math.floor((maxTotal - chrome) / 5));
    const size = fit(available - 2, maxTotal - chrome - 8 - Math.min(below, room));
    options.push({ ...size, beside: false, scrolls: below > room, room });
    const score = (o) => o.w * o.h * (o.scrolls ? 0.85 : 1);
    const best = options.reduce((a, b) => (score(b) > score(a) ? b : a));
    body.classList.toggle("ib-scene-below", !best.beside);
    legend.style.width = best.beside ? "" : `${available - 2}px`;
    legend.style.maxHeight = `${best.beside ? best.h : best.room}px`;
    if (insetMode) {
      large().setSize(best.w, best.h);
      placeInset();
    } else {
      for (const pane of shownPanes()) pane.setSize(best.w, best.h);
    }
    requestDraw();
  }
  // The inset goes in a corner of the large pane where it hides no star, no start and not
  // the caption, trying the corners in the order top right, top left, bottom right, bottom
  // left, at full size first and then a little smaller (down to the last of INSET_SCALES,
  // and only while the zoom keeps its answers INSET_MIN_GAP apart). Where every corner at every size hides one, the
  // full-size inset goes where it hides the fewest.
  function placeInset() {
    if (!insetMode || shownPanes().length < 2) return;
    const big = large();
    const small = big === main ? zoom : main;
    const { width: W, height: H } = big;
    // The inset's size follows the view's height, not the extra width of a wide view.
    const base = Math.min(W, H * 1.6);
    const points = big.keyPoints();
    const r = STAR_CLEARANCE; // a star hidden by half counts as hidden
    const candidates = (w, h) => [
      { right: 0, top: 0, rect: [W - w - 8, 0, W, h + 8] },
      { left: 0, top: 0, rect: [0, 0, w + 8, h + 8] },
      { right: 0, bottom: 0, rect: [W - w - 8, H - h - 8, W, H] },
      { left: 0, bottom: 0, rect: [0, H - h - 8, w + 8, H] },
    ];
    // The large pane's caption is at its top left: hiding it counts as hiding a star.
    const hidden = ({ rect, left, top }) =>
      points.filter(
        (p) => p.x + r >= rect[0] && p.x - r <= rect[2] && p.y + r >= rect[1] && p.y - r <= rect[3]
      ).length + (left === 0 && top === 0 ? 1 : 0);
    // The inset's own answers at full size: smaller, their distances shrink in proportion
    // (the same aspect, and the camera's field of view is vertical).
    small.setSize(Math.round(base * INSET.w), Math.round(H * INSET.h));
    const fullGap = small.starGap();
    let best = null;
    for (const scale of INSET_SCALES) {
      const w = Math.round(base * INSET.w * scale);
      const h = Math.round(H * INSET.h * scale);
      // Smaller only while the inset still keeps its own answers apart.
      if (scale < 1 && fullGap * scale < INSET_MIN_GAP) break;
      const clear = candidates(w, h).find((c) => hidden(c) === 0);
      if (clear) {
        best = { ...clear, w, h };
        break;
      }
    }
    if (!best) {
      const w = Math.round(base * INSET.w);
      const h = Math.round(H * INSET.h);
      const fewest = candidates(w, h).reduce((a, b) => (hidden(b) < hidden(a) ? b : a));
      best = { ...fewest, w, h };
    }
    const { rect, w, h, ...corner } = best;
    small.setSize(w, h);
    small.setInset(corner); // of the panes' box, which is the large pane's size
    big.obstacles = [rect];
    requestDraw();
  }

  const observer = new ResizeObserver(resize);
  observer.observe(el);
  window.addEventListener("resize", resize);

  function update() {
    const t0 = performance.now();
    data = decode(model.get("scene"));
    if (!data) return;
    // New data (a slider moved): any animation stops, and the full picture is shown.
    pause();
    endGrow(false);
    const layoutChanged = build();
    stats.buildMs.push(performance.now() - t0);
    stats.updates += 1;
    stats.updateTimes.push(performance.now());
    if (stats.updateTimes.length > 5000) stats.updateTimes.splice(0, 2500);
    showStep(null);
    setBallSize(1);
    // The balls keep the state the user chose, unless the kernel changes its own choice.
    if (ballsShownByKernel !== !!data.balls_shown) {
      ballsShownByKernel = !!data.balls_shown;
      ballsOn = ballsShownByKernel;
    }
    const notesChanged = applyBalls();
    if (layoutChanged || notesChanged) resize();
    else placeInset(); // the stars may have moved
    requestDraw();
  }
  model.on("change:scene", update);
  update();

  // What tests and benchmarks read: the data as drawn, how many pictures, where a point is,
  // and the toolbar's actions (all in the browser, none sends anything to the kernel).
  const pane = (where) => (where === "zoom" && zoom ? zoom : main);
  const expose = {
    model,
    stats,
    data: () => data,
    // Page coordinates (CSS pixels) of a data point in the main view, or in the zoom's.
    project: (p, where = "main") => pane(where).project(p),
    tooltip: () => panes.map((one) => one.tooltip()).join(""),
    play,
    pause,
    playing,
    step: () => (shownStep === null ? lastStep : shownStep),
    lastStep: () => lastStep,
    setStep: (k) => {
      pause();
      showStep(k);
    },
    setSpeed: (perSecond) => {
      speedSelect.value = String(perSecond);
      speedSelect.dispatchEvent(new Event("change"));
      return Number(speedSelect.value) === perSecond;
    },
    ballsShown: () => ballsOn,
    setBalls,
    grow,
    ballSize: () => ballSize,
    edgeOn,
    cameraDirection: (where = "main") => pane(where).direction().toArray(),
    worldNormal: (where = "main") =>
      data && data.normal ? pane(where).worldNormal(data.normal).toArray() : null,
    // Which panes are shown: ["main"] or ["main", "zoom"]; which one is inset (or null).
    panes: () => shownPanes().map((pane) => (pane === main ? "main" : "zoom")),
    inset: () => {
      const small = panes.find((pane) => pane.inset && shownPanes().includes(pane));
      return small ? (small === main ? "main" : "zoom") : null;
    },
    swapViews: () => {
      zoomLarge = !zoomLarge;
      resize();
    },
    size: () => ({ width: main.width, height: main.height, total: root.offsetHeight }),
  };
  el.ibScene = expose;
  root.ibScene = expose;

  return () => {
    model.off("change:scene", update);
    observer.disconnect();
    if (panelObserver) panelObserver.disconnect();
    window.removeEventListener("resize", resize);
    for (const frame of [pending, playFrame, growFrame, edgeFrame]) {
      if (frame) cancelAnimationFrame(frame);
    }
    for (const pane of panes) pane.dispose();
  };
}

export default { render };
