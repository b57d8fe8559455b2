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
// 3-D view, toolbar.js and legend.js build those two; the toolbar's actions are play.js (Play),
// balls.js (the norm balls), edge.js (edge-on) and present.js (presenter mode, the whole
// screen); families.js and source.js pick a family's state for the sliders' values. This file
// is the widget: the parts put together, the keys, the panes together, and the size of it all.

import {
  chooseLayout,
  insetSize,
  insetWanted,
  placeInsetCorner,
  presenterSize,
} from "./src/layout.js";
import { makeBalls } from "./src/balls.js";
import { makeEdgeOn } from "./src/edge.js";
import { makeFloating } from "./src/floating.js";
import { fillLegend } from "./src/legend.js";
import { nameOnce } from "./src/names.js";
import { makePane } from "./src/pane.js";
import { makePlayer } from "./src/play.js";
import { makePresenter } from "./src/present.js";
import { watchStates } from "./src/source.js";
import { decode } from "./src/state.js";
import { addStyle, element } from "./src/style.js";
import { makeToolbar } from "./src/toolbar.js";

// Whether the reader asked for reduced motion: then grow and edge-on jump to their end (Play
// still steps, since it is the run itself, started and paused by the reader).
const reducedMotion = () =>
  typeof window !== "undefined" &&
  typeof window.matchMedia === "function" &&
  window.matchMedia("(prefers-reduced-motion: reduce)").matches;
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
    shownStep: () => player.shownStep(),
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
    " ": () => (player.playing() ? player.pause() : player.play()),
    b: () => balls.set(!balls.on()),
    g: () => balls.grow(),
    e: () => edge.edgeOn(),
    f: () => presenter.toggle(),
    v: () => swapViews(),
    "<": () => player.changeSpeed(-1),
    ",": () => player.changeSpeed(-1),
    ">": () => player.changeSpeed(1),
    ".": () => player.changeSpeed(1),
    s: () => presenter.active() && floating.choose(!floating.open()),
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

  // The toolbar's actions (src/balls.js, src/play.js, src/edge.js).
  const balls = makeBalls({
    panes: () => panes,
    data: () => data,
    legend,
    notes,
    ballBox,
    growButton,
    requestDraw,
    resize: () => resize(),
    reduce: reducedMotion,
  });

  const player = makePlayer({
    panes: () => panes,
    counter,
    playButton,
    speedSelect,
    requestDraw,
    canPlay: () => !!(data && data.runs.length),
  });

  const edge = makeEdgeOn({
    main,
    shownPanes,
    data: () => data,
    turn: (move) => {
      following = true;
      move();
      following = false;
    },
    requestDraw,
    reduce: reducedMotion,
    done: () => placeInset(),
  });
  edgeButton.addEventListener("click", () => edge.edgeOn());

  // ----------------------------------------------------------------------------------------
  // Presenter mode (src/present.js): the panel on the whole screen, the views filling it, and
  // title, toolbar, legend and sliders floating over their edges in large type (style.js).

  const presenter = makePresenter(
    () => el.closest(".ib-panel") || root,
    (on, target) => {
      root.classList.toggle("ib-scene-presenting", on);
      floating.reset(on, target);
      presentButton.textContent = on ? "✕ leave" : "present";
      presentButton.classList.toggle("ib-scene-on", on);
      presentButton.setAttribute("aria-label", on ? "leave full screen" : "present full screen");
      // The labels' sizes change with the type.
      for (const pane of panes) pane.remeasure();
      legendNatural = null;
      if (!on) {
        floating.unplace();
        for (const pane of panes) pane.setFrame(0, 0);
      }
      resize();
      if (!on) floating.obstacles();
      if (on) main.view.focus({ preventScroll: true });
    },
  );
  // The floating boxes in presenter mode: the sliders in a free corner, the views' frames and
  // the obstacles their labels keep off (src/floating.js).
  const floating = makeFloating({
    el,
    root,
    head,
    legend,
    panes: () => panes,
    shownPanes,
    slidersButton,
    active: () => presenter.active(),
    relayout: () => presentSize(),
  });
  presentButton.addEventListener("click", () => presenter.toggle());
  document.addEventListener("fullscreenchange", resize);

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
    player.setLastStep(
      Math.max(0, ...data.runs.map((r) => (r.steps.length ? r.steps[r.steps.length - 1] : 0))),
    );

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
    floating.frame();
    floating.place();
    floating.obstacles();
    requestDraw();
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
    player.pause();
    balls.stop();
    const layoutChanged = build();
    stats.buildMs.push(performance.now() - t0);
    stats.updates += 1;
    stats.updateTimes.push(performance.now());
    if (stats.updateTimes.length > 5000) stats.updateTimes.splice(0, 2500);
    player.showStep(null);
    const notesChanged = balls.update();
    if (layoutChanged || notesChanged) resize();
    else placeInset(); // the stars may have moved
    if (presenter.active()) {
      // The answers may have moved, and the legend's size changed.
      floating.place();
      floating.obstacles();
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
    play: player.play,
    pause: player.pause,
    playing: player.playing,
    step: () => (player.shownStep() === null ? player.lastStep() : player.shownStep()),
    lastStep: player.lastStep,
    setStep: (k) => {
      player.pause();
      player.showStep(k);
    },
    setSpeed: (perSecond) => {
      speedSelect.value = String(perSecond);
      speedSelect.dispatchEvent(new Event("change"));
      return Number(speedSelect.value) === perSecond;
    },
    ballsShown: balls.on,
    setBalls: balls.set,
    grow: balls.grow,
    ballSize: balls.size,
    edgeOn: edge.edgeOn,
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
    if (pending) cancelAnimationFrame(pending);
    player.dispose();
    balls.dispose();
    edge.dispose();
    for (const pane of panes) pane.dispose();
  };
}

export default { render };
