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
//
// The parts, in src/: state.js decodes the kernel's data, format.js prints numbers as the
// kernel's readout does, layout.js places the views, the inset and the labels, geometry.js
// holds the shapes as numbers (all four pure: Node's test runner tests them, see tests/);
// markers.js draws the markers and the legend's icons, style.js holds the CSS, pane.js one
// 3-D view, toolbar.js and legend.js build those two, present.js switches presenter mode (the
// whole screen) on and off. This file is the widget: its toolbar's actions (Play, the norm
// balls, edge-on, presenter mode), the panes together, and the size of it all.

import * as THREE from "three";

import { progress, smooth } from "./src/geometry.js";
import {
  chooseLayout,
  insetSize,
  insetWanted,
  overlayIn,
  placeInsetCorner,
  placeOverlays,
  presenterSize,
} from "./src/layout.js";
import { fillLegend } from "./src/legend.js";
import { nameOnce } from "./src/names.js";
import { makePane } from "./src/pane.js";
import { makePresenter } from "./src/present.js";
import { watchStates } from "./src/source.js";
import { decode } from "./src/state.js";
import { addStyle, element } from "./src/style.js";
import { makeToolbar, SPEEDS } from "./src/toolbar.js";

// Whether the reader asked for reduced motion: then grow and edge-on jump to their end (Play
// still steps, since it is the run itself, started and paused by the reader).
const reducedMotion = () =>
  typeof window !== "undefined" &&
  typeof window.matchMedia === "function" &&
  window.matchMedia("(prefers-reduced-motion: reduce)").matches;
const GROW_MS = 2000; // a ball grows from nothing to the size that touches the solutions
const EDGE_ON_MS = 600; // turning the camera to look along the plane
const SETTLE_MS = 800; // the description is announced this long after the last change

// ------------------------------------------------------------------------------------------
// The widget: title, toolbar, the main pane (and the zoom's, when the kernel sends one), legend

function render({ model, el }) {
  addStyle();
  const root = element("div", "ib-scene", el);
  // Title, toolbar and notes: above the views, or floating over their top left in presenter
  // mode.
  const head = element("div", "ib-scene-head", root);
  const title = element("div", "ib-scene-title", head);

  // The toolbar: everything in it happens in the browser, with no message to the kernel.
  const {
    playButton,
    speedSelect,
    counter,
    ballGroup,
    ballBox,
    growButton,
    edgeButton,
    turnLeft,
    turnRight,
    viewButton,
    presentButton,
    slidersButton,
  } = makeToolbar(head);
  // Swap the large view and the inset (where the zoom is inset: V, or the ⇄ button).
  function swapViews() {
    if (!(data && data.zoom && insetMode)) return false;
    zoomLarge = !zoomLarge;
    resize();
    return true;
  }
  viewButton.addEventListener("click", swapViews);
  const notes = element("div", "ib-scene-notes", head);
  // The scene's description in words (computed by the kernel with its numbers), announced by a
  // screen reader once a change has settled: not on every frame of a drag (SETTLE_MS).
  const announcer = element("div", "ib-scene-announce", root);
  announcer.setAttribute("role", "status");
  announcer.setAttribute("aria-live", "polite");
  let announceTimer = 0;
  function announce() {
    if (announceTimer) clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      announceTimer = 0;
      const text = (data && data.description) || "";
      if (announcer.textContent !== text) {
        announcer.textContent = text;
        stats.announcements = (stats.announcements || 0) + 1;
      }
    }, SETTLE_MS);
  }

  const body = element("div", "ib-scene-body", root);
  const panesBox = element("div", "ib-scene-panes", body);
  const legend = element("div", "ib-scene-legend", body);
  // The legend scrolls when the scene is short: it takes focus, so the keyboard can scroll it.
  legend.tabIndex = 0;
  legend.setAttribute("role", "region");
  legend.setAttribute("aria-label", "Legend");

  let data = null;
  let shownStep = null; // null: the full picture
  let pending = 0;
  // Counted for tests and benchmarks: pictures rendered (and when), data updates (and when).
  const stats = { frames: 0, frameTimes: [], renderMs: [], updates: 0, updateTimes: [], buildMs: [],
    familyUpdates: 0, fromFamily: false }; // prettier-ignore

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

  // ----------------------------------------------------------------------------------------
  // The keyboard (WCAG 2.1.1): the main view takes focus with Tab, and its keys (src/pane.js,
  // KEYS) turn, zoom and play it. JupyterLab's shortcuts skip an element marked
  // data-lm-suppress-shortcuts (Lumino's own attribute), so no key reaches the notebook from
  // here; Tab is left alone, so it always leaves.
  const TURN = Math.PI / 12; // 15 degrees a key press
  main.view.tabIndex = 0;
  main.view.setAttribute("role", "application");
  main.view.setAttribute("aria-roledescription", "3-D scene");
  main.view.setAttribute("data-lm-suppress-shortcuts", "true");
  const turnBy = (dAzimuth, dElevation) => main.turn(dAzimuth, dElevation);
  const resetViews = () => {
    for (const pane of panes) pane.reset();
    requestDraw();
  };
  const keyActions = {
    ArrowLeft: () => turnBy(-TURN, 0),
    ArrowRight: () => turnBy(TURN, 0),
    ArrowUp: () => turnBy(0, TURN / 1.5),
    ArrowDown: () => turnBy(0, -TURN / 1.5),
    "+": () => main.zoomBy(0.8),
    "=": () => main.zoomBy(0.8),
    "-": () => main.zoomBy(1.25),
    _: () => main.zoomBy(1.25),
    "0": resetViews,
    Home: resetViews,
    " ": () => (playing() ? pause() : play()),
    b: () => setBalls(!ballsOn),
    g: () => grow(),
    e: () => edgeOn(),
    f: () => presenter.toggle(),
    v: () => swapViews(),
    "<": () => changeSpeed(-1),
    ",": () => changeSpeed(-1),
    ">": () => changeSpeed(1),
    ".": () => changeSpeed(1),
    s: () => presenter.active() && chooseSliders(!slidersOpen),
  };
  main.view.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = keyActions[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    stats.keys = (stats.keys || 0) + 1;
    action();
  });
  turnLeft.addEventListener("click", () => turnBy(-TURN, 0));
  turnRight.addEventListener("click", () => turnBy(TURN, 0));
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
      const reduce = reducedMotion();
      const tick = (now) => {
        const f = progress(now, t0, GROW_MS, reduce);
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
  // Play's speed, one step slower or faster (the < and > keys).
  function changeSpeed(by) {
    const speeds = SPEEDS.map(([, perSecond]) => perSecond);
    const k = speeds.indexOf(stepsPerSecond());
    const next = speeds[Math.min(speeds.length - 1, Math.max(0, k + by))];
    if (next === stepsPerSecond()) return;
    speedSelect.value = String(next);
    speedSelect.dispatchEvent(new Event("change"));
  }
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
      const reduce = reducedMotion();
      const tick = (now) => {
        const f = progress(now, t0, EDGE_ON_MS, reduce);
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
  // Presenter mode (src/present.js): the panel on the whole screen, the views filling it, and
  // title, toolbar, legend and sliders floating over their edges in large type (style.js).

  const presenter = makePresenter(
    () => el.closest(".ib-panel") || root,
    (on, target) => {
      root.classList.toggle("ib-scene-presenting", on);
      slidersButton.style.display = on && panelControls() ? "" : "none";
      if (!on) target.classList.remove("ib-sliders-closed");
      slidersOpen = true;
      slidersChosen = false;
      slidersButton.setAttribute("aria-expanded", "true");
      presentButton.textContent = on ? "✕ leave" : "present";
      presentButton.classList.toggle("ib-scene-on", on);
      presentButton.setAttribute("aria-label", on ? "leave full screen" : "present full screen");
      // The labels' sizes change with the type.
      for (const pane of panes) pane.remeasure();
      legendNatural = null;
      if (!on) {
        unplaceFloating();
        for (const pane of panes) pane.setFrame(0, 0);
      }
      resize();
      if (!on) overlayObstacles();
      if (on) main.view.focus({ preventScroll: true });
    },
  );
  // The sliders stay open where a corner of the screen has room for them beside the answers;
  // else they wait behind the toolbar's button, until the presenter opens or closes them
  // (or reaches them with Tab).
  let slidersOpen = true;
  let slidersChosen = false;
  function chooseSliders(open) {
    slidersChosen = true;
    return showSliders(open);
  }
  function showSliders(open) {
    const panel = el.closest(".ib-panel");
    const controls = panelControls();
    if (!panel || !controls) return false;
    slidersOpen = open;
    if (!open && controls.contains(document.activeElement)) slidersButton.focus();
    panel.classList.toggle("ib-sliders-closed", !open);
    slidersButton.setAttribute("aria-expanded", String(open));
    if (presenter.active()) presentSize();
    return open;
  }
  slidersButton.addEventListener("click", () => chooseSliders(!slidersOpen));
  presentButton.addEventListener("click", () => presenter.toggle());
  document.addEventListener("fullscreenchange", resize);

  // The panel's column of sliders (in the live panel and in the read-only copy, the first of
  // the row that holds the scene), if the panel has one.
  function panelControls() {
    const panel = el.closest(".ib-panel");
    const controls = panel && panel.querySelector(".ib-scene-row > :first-child");
    return controls && !controls.contains(root) ? controls : null;
  }
  const SIDES = ["left", "right", "top", "bottom"];
  const setCorner = (node, corner) => {
    for (const side of SIDES) {
      node.style[side] = !corner ? "" : side in corner ? `${corner[side]}px` : "auto";
    }
  };

  // The sliders and the legend float in corners of the screen where they hide no answer and
  // no start (placeOverlays in layout.js); the title and toolbar keep the top left.
  function placeFloating() {
    const points = [];
    for (const pane of shownPanes()) {
      const box = pane.view.getBoundingClientRect();
      for (const p of pane.keyPoints()) points.push({ x: p.x + box.left, y: p.y + box.top });
    }
    const controls = slidersOpen ? panelControls() : null;
    if (!controls) return;
    const box = { name: "controls", w: controls.offsetWidth, h: controls.offsetHeight };
    // The title and toolbar keep the top left, the legend the bottom edge.
    const fixed = [head, legend].map((node) => {
      const r = node.getBoundingClientRect();
      return [r.left, r.top, r.right, r.bottom];
    });
    const W = window.innerWidth;
    const H = window.innerHeight;
    const placed = placeOverlays(W, H, [box], points, fixed).controls;
    setCorner(controls, placed);
    if (controls.contains(document.activeElement)) slidersChosen = true;
    if (placed.hides > 0 && !slidersChosen) showSliders(false);
  }
  function unplaceFloating() {
    const controls = panelControls();
    if (controls) setCorner(controls, null);
  }

  // The overlays over each view in presenter mode (none otherwise): its star labels keep off
  // them.
  function overlayObstacles() {
    for (const pane of panes) pane.overlays = [];
    if (!presenter.active()) return;
    const overlays = [head, legend];
    const controls = panelControls();
    if (controls) overlays.push(controls);
    const rects = overlays
      .map((node) => node.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => [r.left, r.top, r.right, r.bottom]);
    for (const pane of shownPanes()) {
      const box = pane.view.getBoundingClientRect();
      for (const rect of rects) {
        const inside = overlayIn(rect, box.left, box.top, pane.width, pane.height);
        if (inside) pane.overlays.push(inside);
      }
    }
  }

  // ----------------------------------------------------------------------------------------
  // Building the picture from the kernel's data

  function buildLegend() {
    fillLegend(legend, data);
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
  // the scene leaves room for it, so the whole panel fits the window (ib_helpers.panels.controls marks
  // the panel "ib-panel" and the row "ib-scene-row").
  let watchedPanel = null;
  let panelObserver = null;
  let unname = null;
  function besidesRow() {
    const panel = el.closest(".ib-panel");
    const row = el.closest(".ib-scene-row");
    if (!panel || !row) return 0;
    if (panel !== watchedPanel) {
      // The readout's height changes with its text: the scene follows.
      if (!panelObserver) panelObserver = new ResizeObserver(() => resize());
      panelObserver.observe(panel);
      watchedPanel = panel;
      // The panel's sliders get names and value texts a screen reader can use (src/names.js).
      if (unname) unname();
      unname = nameOnce(panel);
    }
    return Math.max(0, panel.offsetHeight - row.offsetHeight);
  }

  function resize() {
    if (!data) return;
    if (presenter.active()) {
      presentSize();
      return;
    }
    const available = Math.max(el.clientWidth || root.clientWidth || 900, 320);
    // Less the views' borders and a pixel of rounding.
    // 130 px: JupyterLab's menu, tab and tool bars and status bar (121 px) and a margin.
    const maxTotal = Math.max(300, window.innerHeight - 130 - besidesRow()) - 3;
    // Two panes side by side only if each gets its smallest width; else one inset.
    insetMode = !!data.zoom && insetWanted(available);
    showPanes();
    const count = insetMode ? 1 : shownPanes().length;
    if (legendNatural === null) {
      body.classList.remove("ib-scene-below");
      legend.style.width = "";
      legend.style.maxHeight = "";
      // Not laid out yet (the widget is not in the page): a guess, measured again later.
      legendNatural = legend.offsetWidth ? [legend.offsetWidth, legend.offsetHeight] : null;
    }
    const chrome = root.offsetHeight - body.offsetHeight; // title, note, toolbar, notes
    // The legend's height below the views, in columns (see chooseLayout for the two layouts).
    body.classList.add("ib-scene-below");
    legend.style.width = `${available - 2}px`;
    legend.style.maxHeight = "";
    const below = legend.offsetHeight;
    const best = chooseLayout({
      available,
      maxTotal,
      chrome,
      count,
      insetMode,
      legendNatural: legendNatural || [280, 0],
      below,
    });
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
  // Presenter mode: the views fill the screen; title and toolbar float over their top left,
  // the legend along their bottom edge, the sliders in a free corner.
  function presentSize() {
    const W = window.innerWidth;
    const H = window.innerHeight;
    insetMode = !!data.zoom && insetWanted(W);
    showPanes();
    body.classList.remove("ib-scene-below");
    legend.style.width = "";
    legend.style.maxHeight = `${Math.floor(H * 0.4)}px`;
    const { w, h } = presenterSize(W, H, insetMode ? 1 : shownPanes().length);
    if (insetMode) large().setSize(w, h);
    else for (const pane of shownPanes()) pane.setSize(w, h);
    placeInset();
    frameViews();
    placeFloating();
    overlayObstacles();
    requestDraw();
  }

  // In presenter mode each view draws its box between the title above and the legend below
  // (where they float over it), in at least 60% of its height.
  function frameViews() {
    const head_ = head.getBoundingClientRect();
    const legend_ = legend.getBoundingClientRect();
    for (const pane of shownPanes()) {
      if (pane.inset) {
        pane.setFrame(0, 0);
        continue;
      }
      const box = pane.view.getBoundingClientRect();
      const across = (r) => r.width > 0 && r.left < box.right && r.right > box.left;
      let top = across(head_) ? Math.max(0, Math.ceil(head_.bottom - box.top)) : 0;
      let bottom = across(legend_) ? Math.max(0, Math.ceil(box.bottom - legend_.top)) : 0;
      const most = 0.4 * pane.height;
      if (top + bottom > most) {
        const k = most / (top + bottom);
        top = Math.floor(top * k);
        bottom = Math.floor(bottom * k);
      }
      pane.setFrame(top, bottom);
    }
  }

  // The inset goes in a corner of the large pane where it hides no star, no start and not
  // the caption, at full size or a little smaller (the rules: placeInsetCorner in layout.js).
  function placeInset() {
    if (!insetMode || shownPanes().length < 2) return;
    const big = large();
    const small = big === main ? zoom : main;
    const { width: W, height: H } = big;
    const points = big.keyPoints();
    // The inset's own answers at full size: smaller, their distances shrink in proportion
    // (the same aspect, and the camera's field of view is vertical).
    const full = insetSize(W, H);
    small.setSize(full.w, full.h);
    const fullGap = small.starGap();
    const best = placeInsetCorner(W, H, points, fullGap);
    const { rect, w, h, ...corner } = best;
    small.setSize(w, h);
    small.setInset(corner); // of the panes' box, which is the large pane's size
    big.obstacles = [rect];
    requestDraw();
  }

  const observer = new ResizeObserver(resize);
  observer.observe(el);
  window.addEventListener("resize", resize);

  // What is drawn: the state of a family that holds for the controls' values (computed ahead,
  // src/source.js), else the kernel's `scene`. `shownKey` names it, so that the kernel's answer
  // for the position a family already shows draws nothing new.
  let shownKey = null;
  function update() {
    const t0 = performance.now();
    const picked = source ? source.picked() : null;
    const kernel = model.get("scene");
    const key = picked ? picked.key : kernel;
    if (key === shownKey && data) return;
    const next = decode(picked ? picked.state : kernel);
    if (!next) return;
    shownKey = key;
    data = next;
    stats.fromFamily = !!picked;
    if (picked) stats.familyUpdates += 1;
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
    if (presenter.active()) {
      // The answers may have moved, and the legend's size changed.
      placeFloating();
      overlayObstacles();
    }
    requestDraw();
    announce();
  }
  let source = null;
  source = watchStates(model, update);
  model.on("change:scene", update);
  update();

  // What tests and benchmarks read: the data as drawn, how many pictures, where a point is,
  // and the toolbar's actions (all in the browser, none sends anything to the kernel).
  const pane = (where) => (where === "zoom" && zoom ? zoom : main);
  const expose = {
    model,
    stats,
    // The families as the browser holds them, and the controls' values it has seen.
    families: () => source.families(),
    values: () => source.values(),
    familyStats: () => source.stats,
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
    turn: (dAzimuth, dElevation = 0) => main.turn(dAzimuth, dElevation),
    announced: () => announcer.textContent,
    cameraDistance: () => main.camera.position.distanceTo(main.controls.target),
    cameraDirection: (where = "main") => pane(where).direction().toArray(),
    worldNormal: (where = "main") =>
      data && data.normal ? pane(where).worldNormal(data.normal).toArray() : null,
    // Which panes are shown: ["main"] or ["main", "zoom"]; which one is inset (or null).
    panes: () => shownPanes().map((pane) => (pane === main ? "main" : "zoom")),
    inset: () => {
      const small = panes.find((pane) => pane.inset && shownPanes().includes(pane));
      return small ? (small === main ? "main" : "zoom") : null;
    },
    swapViews,
    size: () => ({ width: main.width, height: main.height, total: root.offsetHeight }),
    // Presenter mode: on (true) or off; `enter` must come from a user's gesture to get the
    // whole screen (else the panel fills the window).
    present: (on = true) => (on ? presenter.enter() : presenter.leave()),
    presenting: () => presenter.active(),
    fullscreen: () => presenter.fullscreen(),
  };
  el.ibScene = expose;
  root.ibScene = expose;

  return () => {
    model.off("change:scene", update);
    source.dispose();
    observer.disconnect();
    if (panelObserver) panelObserver.disconnect();
    if (unname) unname();
    window.removeEventListener("resize", resize);
    document.removeEventListener("fullscreenchange", resize);
    presenter.dispose();
    if (announceTimer) clearTimeout(announceTimer);
    for (const frame of [pending, playFrame, growFrame, edgeFrame]) {
      if (frame) cancelAnimationFrame(frame);
    }
    for (const pane of panes) pane.dispose();
  };
}

export default { render };
