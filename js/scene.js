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

// Projector-size text, in CSS pixels.
const FONT = {
  title: 21,
  legend: 17,
  axis: 22,
  tick: 17,
  tooltip: 16,
};
const BOX_EDGE = "#9a9a9a";
const MARKER = { path: 7, start: 14, last: 18, star: 34, point: 18 };
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

function legendIcon(entry, edgeColor) {
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
  }
  return canvas;
}

// ------------------------------------------------------------------------------------------
// The view

const STYLE = `
.ib-scene { font-family: var(--jp-ui-font-family, sans-serif); color: #111; }
.ib-scene-title { font-size: ${FONT.title}px; font-weight: 600; margin: 4px 0 6px 4px;
  line-height: 1.25; }
.ib-scene-body { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 18px; }
.ib-scene-view { position: relative; flex: 0 1 auto; overflow: hidden; background: #fff;
  border: 1px solid #e2e2e2; cursor: grab; touch-action: none; }
.ib-scene-view:active { cursor: grabbing; }
.ib-scene-view canvas { display: block; }
.ib-scene-labels { position: absolute; inset: 0; pointer-events: none; }
.ib-scene-labels div { position: absolute; left: 0; top: 0; white-space: nowrap;
  will-change: transform; }
.ib-scene-tick { font-size: ${FONT.tick}px; color: #222; }
.ib-scene-axis { font-size: ${FONT.axis}px; font-weight: 600; color: #000; }
.ib-scene-tooltip { position: absolute; pointer-events: none; display: none;
  background: rgba(255,255,255,0.95); border: 1px solid #888; border-radius: 4px;
  padding: 4px 8px; font-size: ${FONT.tooltip}px; white-space: nowrap; z-index: 2; }
.ib-scene-legend { font-size: ${FONT.legend}px; line-height: 1.2; flex: 0 0 auto; }
.ib-scene-legend div { display: flex; align-items: center; gap: 8px; margin: 5px 0; }
.ib-scene-help { font-size: 14px; color: #555; margin-top: 10px; }
`;

function element(tag, className, parent) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (parent) parent.appendChild(node);
  return node;
}

function render({ model, el }) {
  if (!document.getElementById("ib-scene-style")) {
    const style = element("style", "", document.head);
    style.id = "ib-scene-style";
    style.textContent = STYLE;
  }
  const root = element("div", "ib-scene", el);
  const title = element("div", "ib-scene-title", root);
  const body = element("div", "ib-scene-body", root);
  const view = element("div", "ib-scene-view", body);
  view.setAttribute("role", "img");
  const legend = element("div", "ib-scene-legend", body);
  const labels = element("div", "ib-scene-labels", view);
  const tooltip = element("div", "ib-scene-tooltip", view);

  const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
  renderer.setPixelRatio(window.devicePixelRatio || 1);
  renderer.setClearColor(0xffffff, 1);
  renderer.localClippingEnabled = true;
  view.insertBefore(renderer.domElement, labels);

  const scene = new THREE.Scene();
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

  // The box [lower, upper] is drawn as the cube [-1, 1]^3: world = (data - center) / half.
  const clipPlanes = [0, 1, 2].flatMap((axis) =>
    [1, -1].map((sign) => {
      const normal = new THREE.Vector3();
      normal.setComponent(axis, -sign);
      return new THREE.Plane(normal, 1.0005);
    }),
  );
  let group = new THREE.Group();
  scene.add(group);
  let data = null;
  let toWorld = (p) => new THREE.Vector3(...p);
  let picks = []; // [{world, text, priority}]
  let tickLabels = []; // [{node, axis, value}]
  let axisLabels = []; // [{node, axis}]
  let lineMaterials = [];
  let width = 0;
  let height = 0;
  // Counted for tests and benchmarks: pictures rendered (and when), data updates (and when).
  const stats = { frames: 0, frameTimes: [], renderMs: [], updates: 0, updateTimes: [], buildMs: [] };

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

  function fatLine(points, color, linewidth, { opacity = 1, clip = true, loop = false } = {}) {
    const positions = [];
    const pts = loop && points.length ? [...points, points[0]] : points;
    for (const p of pts) {
      const v = toWorld(p);
      positions.push(v.x, v.y, v.z);
    }
    if (positions.length < 6) return null;
    const geometry = new LineGeometry();
    geometry.setPositions(positions);
    const material = new LineMaterial({
      color,
      linewidth,
      transparent: opacity < 1,
      opacity,
      worldUnits: false,
      clippingPlanes: clip ? clipPlanes : [],
    });
    material.resolution.set(width || 1, height || 1);
    lineMaterials.push(material);
    const line = new Line2(geometry, material);
    line.computeLineDistances();
    group.add(line);
    return line;
  }

  function markers(points, shape, color, size, { clip = true, onTop = false } = {}) {
    const positions = new Float32Array(points.length * 3);
    points.forEach((p, i) => {
      const v = toWorld(p);
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
      clippingPlanes: clip ? clipPlanes : [],
    });
    const object = new THREE.Points(geometry, material);
    if (onTop) object.renderOrder = 10;
    group.add(object);
    return object;
  }

  function buildLabels() {
    labels.replaceChildren();
    tickLabels = [];
    axisLabels = [];
    for (let axis = 0; axis < 3; axis++) {
      data.ticks[axis].forEach((value, k) => {
        const node = element("div", "ib-scene-tick", labels);
        node.textContent = data.tick_labels[axis][k];
        tickLabels.push({ node, axis, value });
      });
      const node = element("div", "ib-scene-axis", labels);
      node.textContent = data.axis_labels[axis];
      axisLabels.push({ node, axis });
    }
  }

  function buildLegend() {
    legend.replaceChildren();
    for (const entry of data.legend) {
      const row = element("div", "", legend);
      row.appendChild(legendIcon(entry, data.solutions.edge_color));
      element("span", "", row).textContent = entry.label;
    }
    const help = element("div", "ib-scene-help", legend);
    help.textContent = "drag to rotate, scroll to zoom";
  }

  function build() {
    disposeGroup();
    const lower = data.lower;
    const upper = data.upper;
    const center = lower.map((lo, i) => (lo + upper[i]) / 2);
    const half = Math.max(...lower.map((lo, i) => (upper[i] - lo) / 2));
    toWorld = (p) =>
      new THREE.Vector3(
        (p[0] - center[0]) / half,
        (p[1] - center[1]) / half,
        (p[2] - center[2]) / half,
      );
    picks = [];

    // The box's twelve edges and a short mark at each tick.
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
    const boxGeometry = new THREE.BufferGeometry();
    boxGeometry.setAttribute("position", new THREE.Float32BufferAttribute(edges, 3));
    group.add(
      new THREE.LineSegments(boxGeometry, new THREE.LineBasicMaterial({ color: BOX_EDGE })),
    );

    // The exact solutions.
    const sol = data.solutions.points;
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

    // The runs: path with small markers, last iterate, closed-form limit (a star).
    data.runs.forEach((run) => {
      fatLine(run.path, run.color, 3);
      markers(run.path, "dot", run.color, MARKER.path);
      markers([run.last], "last", run.color, MARKER.last, { onTop: true });
      markers([run.limit], "star", run.limit_color, MARKER.star, { clip: false, onTop: true });
      run.path.forEach((p, k) =>
        picks.push({
          p,
          priority: 0,
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
    markers([data.start], "dot", "#000000", MARKER.start, { onTop: true });
    picks.push({ p: data.start, priority: 1, text: `start θ₀ = ${formatVector(data.start)}` });
    picks.forEach((pick) => {
      pick.world = toWorld(pick.p);
    });

    if (title.textContent !== data.title) {
      title.textContent = data.title;
      // For screen readers: what the picture shows, in the kernel's words.
      view.setAttribute("aria-label", `3-D scene: ${data.title}`);
    }
    // Text nodes only when their text changes: a slider move mostly keeps the box, so the
    // ticks and the legend stay, and the page needs no new layout for them.
    const labelKey = JSON.stringify([data.tick_labels, data.ticks, data.axis_labels]);
    if (labelKey !== shownLabels) {
      shownLabels = labelKey;
      buildLabels();
    }
    const legendKey = JSON.stringify(data.legend);
    if (legendKey !== shownLegend) {
      shownLegend = legendKey;
      buildLegend();
      return true; // the legend's width may have changed
    }
    return false;
  }
  let shownLabels = null;
  let shownLegend = null;

  // Screen position (CSS pixels inside the view) of a world point.
  const projected = new THREE.Vector3();
  function screen(world) {
    projected.copy(world).project(camera);
    return {
      x: ((projected.x + 1) / 2) * width,
      y: ((1 - projected.y) / 2) * height,
      visible: projected.z > -1 && projected.z < 1,
    };
  }

  const corner = (sx, sy, sz) => new THREE.Vector3(sx, sy, sz);

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
    const half = Math.max(...data.lower.map((lo, i) => (data.upper[i] - lo) / 2));
    const center = data.lower.map((lo, i) => (lo + data.upper[i]) / 2);
    const edges = [0, 1, 2].map(axisEdge);
    const put = (node, world, push) => {
      const s = screen(world);
      // Sizes read once per new label: reading them every frame would force a layout.
      if (node.ibSize === undefined) node.ibSize = [node.offsetWidth, node.offsetHeight];
      let dx = s.x - center2d.x;
      let dy = s.y - center2d.y;
      const len = Math.hypot(dx, dy) || 1;
      dx /= len;
      dy /= len;
      const [w, h] = node.ibSize;
      // Push the label outward from the box's centre, by its own half size plus `push`.
      const x = s.x + dx * (push + w / 2) - w / 2;
      const y = s.y + dy * (push + h / 2) - h / 2;
      node.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
      // A label that would overlap one placed before it (near a corner of the box, where two
      // axes meet) is hidden rather than printed over the other.
      const rect = [x - 3, y - 1, x + w + 3, y + h + 1];
      const hit = placed.some((r) => rect[0] < r[2] && r[0] < rect[2] && rect[1] < r[3] && r[1] < rect[3]);
      node.style.visibility = hit ? "hidden" : "visible";
      if (!hit) placed.push(rect);
    };
    const placed = [];
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
      put(node, edgePoint(axis, (value - center[axis]) / half), 8);
    }
  }

  let pending = 0;
  function draw() {
    pending = 0;
    if (!data || width === 0) return;
    const t0 = performance.now();
    renderer.render(scene, camera);
    disposeRetired();
    placeLabels();
    stats.renderMs.push(performance.now() - t0);
    if (stats.renderMs.length > 5000) stats.renderMs.splice(0, 2500);
    stats.frames += 1;
    stats.frameTimes.push(performance.now());
    if (stats.frameTimes.length > 5000) stats.frameTimes.splice(0, 2500);
  }
  function requestDraw() {
    if (!pending) pending = requestAnimationFrame(draw);
  }
  controls.addEventListener("change", () => {
    tooltip.style.display = "none";
    requestDraw();
  });

  function resize() {
    const available = Math.max(el.clientWidth || root.clientWidth || 900, 320);
    const legendWidth = legend.offsetWidth || 280;
    let w = available - legendWidth - 30;
    if (w < 420) w = Math.min(available - 4, 860); // the legend wraps below the picture
    w = Math.max(320, Math.min(860, Math.floor(w)));
    const h = Math.round(Math.min(580, Math.max(340, w * 0.7)));
    if (w === width && h === height) return;
    width = w;
    height = h;
    renderer.setSize(w, h);
    view.style.width = `${w}px`;
    view.style.height = `${h}px`;
    camera.aspect = w / h;
    camera.updateProjectionMatrix();
    for (const m of lineMaterials) m.resolution.set(w, h);
    requestDraw();
  }
  const observer = new ResizeObserver(resize);
  observer.observe(el);

  function update() {
    const t0 = performance.now();
    data = decode(model.get("scene"));
    if (!data) return;
    const legendChanged = build();
    stats.buildMs.push(performance.now() - t0);
    for (const m of lineMaterials) m.resolution.set(width || 1, height || 1);
    stats.updates += 1;
    stats.updateTimes.push(performance.now());
    if (stats.updateTimes.length > 5000) stats.updateTimes.splice(0, 2500);
    if (legendChanged) resize();
    requestDraw();
  }
  model.on("change:scene", update);
  update();

  // Hover: the nearest marker (star, last iterate, start) within 14 pixels, else the nearest
  // path point within 9.
  function onMove(event) {
    if (event.buttons) return;
    const rect = renderer.domElement.getBoundingClientRect();
    const mx = event.clientX - rect.left;
    const my = event.clientY - rect.top;
    let best = null;
    for (const pick of picks) {
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
    if (!best) {
      tooltip.style.display = "none";
      return;
    }
    tooltip.textContent = best.text;
    tooltip.style.display = "block";
    const tw = tooltip.offsetWidth;
    const x = Math.min(Math.max(best.s.x + 14, 4), width - tw - 4);
    const y = best.s.y > 40 ? best.s.y - 36 : best.s.y + 16;
    tooltip.style.left = `${x}px`;
    tooltip.style.top = `${y}px`;
  }
  const onLeave = () => {
    tooltip.style.display = "none";
  };
  renderer.domElement.addEventListener("pointermove", onMove);
  renderer.domElement.addEventListener("pointerleave", onLeave);

  // What tests and benchmarks read: the data as drawn, how many pictures, where a point is.
  const expose = {
    model,
    stats,
    data: () => data,
    project: (p) => {
      const s = screen(toWorld(p));
      const rect = renderer.domElement.getBoundingClientRect();
      return { x: rect.left + s.x, y: rect.top + s.y };
    },
    tooltip: () => (tooltip.style.display === "none" ? "" : tooltip.textContent),
  };
  el.ibScene = expose;
  root.ibScene = expose;

  return () => {
    model.off("change:scene", update);
    observer.disconnect();
    if (pending) cancelAnimationFrame(pending);
    renderer.domElement.removeEventListener("pointermove", onMove);
    renderer.domElement.removeEventListener("pointerleave", onLeave);
    controls.dispose();
    disposeGroup();
    disposeRetired();
    renderer.dispose();
    renderer.forceContextLoss();
  };
}

export default { render };
