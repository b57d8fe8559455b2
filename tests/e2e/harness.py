"""Start JupyterLab from this environment and drive Debian's Chromium: shared by the browser
tests (tests/e2e) and the browser latency benchmark (benchmarks/browser_latency.py).

The live scene is drawn by the page (three.js); what it draws is read back from the scene's own
element (``ibScene``, set by js/scene.js) and compared with what ``ib_helpers`` computes.
"""

import contextlib
import itertools
import json
import math
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import numpy as np

import ib_helpers as ib

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# WebGL2 on the CPU (SwiftShader), as on a machine without a GPU.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
]  # fmt: skip

# JupyterLab settings for a test run: every cell rendered (no windowing, so the panel is in the
# page), and no news pop-up over the figure.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}

KERNEL_IDLE = """() => {
  const nb = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const kernel = nb && nb.sessionContext && nb.sessionContext.session
    && nb.sessionContext.session.kernel;
  return !!kernel && kernel.status === 'idle';
}"""
ALL_RAN = """() => {
  const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
  return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
}"""


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


#: The front ends :func:`running_lab` starts: the ``jupyter`` subcommand and its app's config
#: class. Notebook 7 is built from JupyterLab's packages: the same settings apply to it.
FRONT_ENDS = {"lab": "LabApp", "notebook": "JupyterNotebookApp"}


@contextlib.contextmanager
def running_lab(home, app="lab"):
    """Run ``jupyter lab`` (or ``jupyter notebook``, Notebook 7, for ``app="notebook"``) on a
    free loopback port with a token, on a copy of the notebooks.

    Yields a dict with ``base`` (URL), ``token`` and ``root`` (the served folder). The copy
    keeps the front end's autosave away from the repository.
    """
    if app not in FRONT_ENDS:
        raise ValueError(f"app must be one of {sorted(FRONT_ENDS)}; got {app!r}")
    config = FRONT_ENDS[app]
    home = Path(home)
    root = home / "root"
    shutil.copytree(ROOT / "notebooks", root)
    for name, value in LAB_SETTINGS.items():
        path = home / "settings" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value))
    port, token = _free_port(), secrets.token_hex(16)
    env = dict(os.environ)
    env.update(JUPYTER_CONFIG_DIR=str(home / "config"), JUPYTER_RUNTIME_DIR=str(home / "runtime"))
    base = f"http://127.0.0.1:{port}"
    with serving(
        [
            sys.executable, "-m", "jupyter", app, "--no-browser", "--allow-root",
            "--ip=127.0.0.1", f"--port={port}", f"--ServerApp.token={token}",
            f"--ServerApp.root_dir={root}",
            f"--{config}.user_settings_dir={home / 'settings'}",
            f"--{config}.workspaces_dir={home / 'workspaces'}",
            f"--{config}.expose_app_in_browser=True",
        ],
        home / f"{app}.log", f"{base}/api/status?token={token}", env=env, seconds=90,
    ):  # fmt: skip
        yield {"base": base, "token": token, "root": root}


@contextlib.contextmanager
def serving(command, log_path, ready_url, cwd=None, env=None, seconds=60):
    """Run a server ``command`` until the block ends, once ``ready_url`` answers.

    Its output goes to ``log_path``; if it exits or does not answer within ``seconds``, the
    log's tail is the error.
    """
    with open(log_path, "w") as log:
        server = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            deadline = time.monotonic() + seconds
            while True:
                try:
                    urllib.request.urlopen(ready_url, timeout=2)
                    break
                except OSError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(Path(log_path).read_text()[-3000:]) from None
                    time.sleep(0.3)
            yield server
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()


@contextlib.contextmanager
def chromium():
    """Headless Debian Chromium through Playwright, with no background networking."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def run_all(page, lab, name):
    """Open a notebook, clear its stored outputs, run all cells, wait until they ran."""
    page.goto(f"{lab['base']}/lab/tree/{name}?token={lab['token']}&reset")
    page.wait_for_selector(".jp-Notebook .jp-CodeCell")
    page.wait_for_function(KERNEL_IDLE)
    page.evaluate("window.jupyterapp.commands.execute('notebook:clear-all-cell-outputs')")
    page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_function(ALL_RAN)
    page.wait_for_function(KERNEL_IDLE)


#: Lessons whose panel has no 3-D scene (06's is a table and bars).
NO_SCENE = ("06-why-it-matters.ipynb",)


def open_and_run(page, lab, name):
    """:func:`run_all`, then wait for the panel to be drawn: its scene, or its readout where
    it has no scene."""
    run_all(page, lab, name)
    if name in NO_SCENE:
        page.wait_for_selector(".ib-panel .ib-readout")
        return
    page.wait_for_selector(".ib-panel .ib-scene canvas")
    page.wait_for_function(SCENE_DRAWN, arg=".ib-panel")


def page_errors(page):
    """Error, traceback, warning or broken-widget text anywhere on the page."""
    found = []
    for selector in (
        ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']",
        ".jp-RenderedText[data-mime-type='application/vnd.jupyter.stderr']",
    ):
        found += page.locator(selector).all_text_contents()
    text = page.locator(".jp-Notebook").inner_text()
    for marker in ("Traceback", "Error displaying widget", "Could not update", "Warning:"):
        if marker in text:
            found.append(marker)
    reprs = ("FloatSlider(", "IntSlider(", "FloatLogSlider(", "Panel(", "Canvas(", "SelfCheck(")
    for repr_ in reprs:
        if repr_ in text:
            found.append(f"widget shown as text: {repr_}")
    return found


def drag_across(page, locator):
    """Drag the mouse across an element, as a student rotating a 3-D view does."""
    box = locator.bounding_box()
    cx, cy = box["x"] + box["width"] * 0.45, box["y"] + box["height"] * 0.6
    page.mouse.move(cx, cy)
    page.mouse.down()
    page.mouse.move(cx + 120, cy + 40, steps=8)
    page.mouse.up()


KERNEL_EXECUTE = """async (code) => {
  const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
  let out = '';
  const future = kernel.requestExecute({code, store_history: false});
  future.onIOPub = (msg) => {
    if (msg.header.msg_type === 'stream') out += msg.content.text;
    if (msg.header.msg_type === 'error') out += msg.content.traceback.join('\\n');
  };
  await future.done;
  return out;
}"""


#: Keep the open notebook's kernel busy for ``seconds`` (``page.evaluate(BUSY_KERNEL, 6)``):
#: ``window.ibBusy`` is true until the kernel is done.
BUSY_KERNEL = """(seconds) => {
  const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
  const future = kernel.requestExecute({code: `import time; time.sleep(${seconds})`});
  window.ibBusy = true;
  future.done.then(() => { window.ibBusy = false; });
  return true;
}"""


def kernel_execute(page, code):
    """Run ``code`` in the open notebook's kernel, outside its cells; return what it printed."""
    return page.evaluate(KERNEL_EXECUTE, code)


# True once the scene in the first element matching the selector has drawn a picture.
SCENE_DRAWN = """(selector) => {
  const el = document.querySelector(selector + ' .ib-scene');
  return !!el && !!el.ibScene && el.ibScene.stats.frames > 0;
}"""

# What the page's scene draws, as plain numbers and strings (see js/scene.js, `expose`).
SCENE_DATA = """(selector) => {
  const el = document.querySelector(selector + ' .ib-scene');
  const d = el && el.ibScene && el.ibScene.data();
  if (!d) return null;
  return {
    title: d.title, lower: d.lower, upper: d.upper, ticks: d.ticks, tick_labels: d.tick_labels,
    axis_labels: d.axis_labels, solution_kind: d.solutions.kind, solutions: d.solutions.points,
    start: d.start, legend: d.legend.map(e => e.label),
    runs: d.runs.map(r => ({label: r.label, color: r.color, path: r.path, steps: r.steps,
                            last: r.last, limit: r.limit})),
    shown_title: el.querySelector('.ib-scene-title').textContent,
    frames: el.ibScene.stats.frames,
    from_family: el.ibScene.stats.fromFamily,
  };
}"""


def scene_data(page, selector=".ib-panel"):
    """What the live scene in the page draws now (None before its first data)."""
    return page.evaluate(SCENE_DATA, selector)


def expected_scene(data):
    """A :class:`ib_helpers.SceneData` in the shape :data:`SCENE_DATA` reads from the page."""
    return {
        "title": data.title,
        "lower": data.lower.tolist(),
        "upper": data.upper.tolist(),
        "ticks": [t.tolist() for t in data.ticks],
        "tick_labels": [list(t) for t in data.tick_labels],
        "axis_labels": list(data.axis_labels),
        "solution_kind": data.solution_kind,
        "solutions": data.solutions.tolist(),
        "start": data.start.tolist(),
        "legend": [e.label for e in data.legend],
        "runs": [
            {
                "label": r.label,
                "color": r.color,
                "path": r.path.tolist(),
                "steps": r.steps.tolist(),
                "last": r.last.tolist(),
                "limit": r.limit.tolist(),
            }
            for r in data.runs
        ],  # fmt: skip
    }


def scene_differences(shown, wanted, unreproducible=()):
    """Where the page's scene differs from ``wanted`` (from :func:`expected_scene`); [] if equal.

    Numbers are float64 on both sides, so they must agree to rounding of the last bit; except
    the paths of a state computed ahead (``ib_helpers.families``), which are float32, as WebGL
    draws every path: those agree to float32's rounding.
    """
    if shown is None:
        return ["the page shows no scene data"]
    problems = []

    def compare(a, b, where):
        if isinstance(b, str) or isinstance(a, str):
            if a != b:
                problems.append(f"{where}: page {a!r}, ib_helpers {b!r}")
            return
        a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
        if a.shape != b.shape:
            problems.append(f"{where}: page has shape {a.shape}, ib_helpers {b.shape}")
        elif not np.allclose(a, b, rtol=1e-12, atol=1e-12):
            if where.endswith(" path") and shown.get("from_family"):
                scale = float(np.max(np.abs(b))) if b.size else 1.0
                if np.allclose(a, b, rtol=1e-6, atol=1e-6 * scale):
                    return
            problems.append(f"{where}: page {a.ravel()[:6]}..., ib_helpers {b.ravel()[:6]}...")

    for key in ("title", "lower", "upper", "solution_kind", "solutions", "start"):
        compare(shown[key], wanted[key], key)
    compare(shown["shown_title"], wanted["title"], "title on the page")
    for key in ("ticks", "tick_labels", "axis_labels", "legend"):
        if len(shown[key]) != len(wanted[key]):
            problems.append(f"{key}: page {shown[key]}, ib_helpers {wanted[key]}")
            continue
        for k, (a, b) in enumerate(zip(shown[key], wanted[key], strict=True)):
            if isinstance(b, list) and b and isinstance(b[0], str):
                if list(a) != b:
                    problems.append(f"{key}[{k}]: page {a}, ib_helpers {b}")
            else:
                compare(a, b, f"{key}[{k}]")
    if len(shown["runs"]) != len(wanted["runs"]):
        return [*problems, f"page shows {len(shown['runs'])} runs, wanted {len(wanted['runs'])}"]
    for a, b in zip(shown["runs"], wanted["runs"], strict=True):
        chaotic = b["label"] in unreproducible
        keys = ("label", "color", "limit") + (() if chaotic else ("path", "steps", "last"))
        for key in keys:
            compare(a[key], b[key], f"run {b['label']} {key}")
        if chaotic:  # the same number of steps, from the same start
            compare(a["steps"][-1], b["steps"][-1], f"run {b['label']} steps")
            compare(a["path"][0], b["path"][0], f"run {b['label']} start")
    return problems


def wait_for_scene(page, data, what, selector=".ib-panel", seconds=15, unreproducible=()):
    """Wait until the page's scene draws ``data`` (a SceneData); fail saying what differs.

    ``unreproducible`` names runs whose paths are chaotic (epoch-Adam's per-example steps on
    several points, see problem.md): a slider value that differs from the test's in the last
    bit sends them elsewhere, so only their start, length and closed form are compared.
    """
    wanted = expected_scene(data)
    deadline = time.monotonic() + seconds
    while problems := scene_differences(scene_data(page, selector), wanted, unreproducible):
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: the scene in the page is not ib_helpers': {problems}")
        time.sleep(0.1)


# Counts the messages between the page and the kernel, by direction and type.
COUNT_MESSAGES = """() => {
  const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
  const counts = window.__ibMessages = window.__ibMessages || {send: 0, recv: 0, types: {}};
  if (!window.__ibCounting) {
    window.__ibCounting = true;
    kernel.anyMessage.connect((_, args) => {
      counts[args.direction] += 1;
      const type = args.msg.header.msg_type;
      counts.types[type] = (counts.types[type] || 0) + 1;
    });
  }
  counts.send = 0; counts.recv = 0; counts.types = {};
}"""


#: The panels' lost-kernel watchdog probes the kernel this long after the last touch of a
#: control (ib_helpers.panels.kernel_watch._WATCH_ESM); a count of what a later action sends
#: starts after it.
PROBE_AFTER_MS = 500


def count_kernel_messages(page):
    """Start counting messages to and from the open notebook's kernel (from zero), once any
    probe the watchdog still owes an earlier touch has gone."""
    page.wait_for_timeout(PROBE_AFTER_MS + 200)
    page.wait_for_function(KERNEL_IDLE)
    page.evaluate(COUNT_MESSAGES)


def kernel_messages(page):
    """{"send": n, "recv": n, "types": {...}} since :func:`count_kernel_messages`."""
    return page.evaluate("() => window.__ibMessages")


# Screen positions (page CSS pixels) of each answer's star: in the main view, and in the zoom
# for the answers it magnifies; the star labels shown.
STARS = """(selector) => {
  const el = document.querySelector(selector + ' .ib-scene');
  const s = el.ibScene;
  const d = s.data();
  // The zoom counts only when it is shown (a narrow scene may show one pane at a time).
  const members = d.zoom && s.panes().includes('zoom') ? d.zoom.members : [];
  return {
    labels: d.runs.map((r) => r.label),
    limits: d.runs.map((r) => r.limit),
    main: d.runs.map((r) => s.project(r.limit)),
    zoom: d.runs.map((r, k) => members.includes(k) ? s.project(r.limit, 'zoom') : null),
    starLabels: d.star_labels.map((t) => t.text),
    zoomLabels: d.zoom ? d.zoom.star_labels.map((t) => t.text) : [],
    view: el.querySelector('.ib-scene-view').getBoundingClientRect().toJSON(),
  };
}"""


#: CSS pixels between two answers' markers, at least.
APART = 40


def star_gaps(stars):
    """Screen distance of each pair of answers: in the zoom if it magnifies both."""
    gaps = {}
    for i, j in itertools.combinations(range(len(stars["labels"])), 2):
        a, b = (stars["zoom"][i], stars["zoom"][j])
        if a is None or b is None:
            a, b = stars["main"][i], stars["main"][j]
        pair = f"{stars['labels'][i]} / {stars['labels'][j]}"
        gaps[pair] = math.hypot(a["x"] - b["x"], a["y"] - b["y"])
    return gaps


def check_answers_apart(page, what, selector=".ib-compare"):
    """Assert the answers' stars are at least :data:`APART` px apart (or are one point with
    one label); return the gaps."""
    stars = page.evaluate(STARS, selector)
    limits = np.asarray(stars["limits"])
    if np.allclose(limits, limits[0], rtol=1e-12, atol=1e-12):
        # Equal feature scales: the three answers are one point (to rounding), labelled once.
        assert stars["starLabels"] == [" = ".join(stars["labels"])], (what, stars)
        return {}
    gaps = star_gaps(stars)
    close = {pair: round(gap, 1) for pair, gap in gaps.items() if gap < APART}
    assert not close, f"{what}: answers closer than {APART} px: {close} ({stars})"
    return gaps


class Panel:
    """An optimizer panel (``ib.optimizer_panel``) in the page, and what ``ib_helpers``
    computes for its slider positions (``state``, kept by the test as it moves them)."""

    def __init__(self, page, method):
        self.page, self.method = page, method
        self.root = page.locator(".ib-panel")
        opt = ib.OPTIMIZERS[method]
        self.state = {
            "alpha": opt.alpha,
            "epochs": opt.epochs,
            "exponents": [-1.0, -2.0],
            "schedule": "decay",
            "theta0": [0.0, 0.0, 0.0],
        }
        self.alpha_step = opt.alpha_range[2]

    def slider(self, k):
        return self.root.locator(".widget-slider").nth(k)

    @property
    def canvas(self):
        return self.root.locator(".ib-scene-view")

    def x(self):
        return [1.0] + [10**e for e in self.state["exponents"]]

    def expected(self):
        s = self.state
        return ib.run_optimizer(
            self.method, self.x(), 1.0, s["alpha"], s["epochs"], s["schedule"],
            theta0=s["theta0"],
        )  # fmt: skip

    def expected_scene(self, summary):
        run = ib.Run(summary.label, summary.trajectory, summary.limit, self.method)
        return ib.panels.panel_scene(self.x(), 1.0, run, summary.title())

    def pixels(self):
        """The scene widget as shown: title, picture and legend."""
        return self.root.locator(".ib-scene").screenshot()

    def check(self, before, what):
        """Wait for the readout to show the helper's numbers, the scene to draw the helper's
        data and its pixels to differ from ``before``; return the helper's summary."""
        from playwright.sync_api import TimeoutError as PlaywrightTimeout

        expected = self.expected()
        readout = self.root.locator(".ib-readout")
        wanted = [
            expected.status(),
            ib.format_vector(expected.last),
            ib.format_vector(expected.limit),
        ]
        try:
            self.page.wait_for_function(
                """([status, last, limit]) => {
                    const r = document.querySelector('.ib-panel .ib-readout');
                    const text = (c) => r && r.querySelector(c) && r.querySelector(c).textContent;
                    return text('.ib-status') === status && text('.ib-0') === last
                        && text('.ib-1') === limit;
                }""",
                arg=wanted,
                timeout=15_000,
            )
        except PlaywrightTimeout:
            shown = readout.inner_text() if readout.count() else self.root.inner_text()
            raise AssertionError(f"{what}: readout should show {wanted}, shows {shown!r}") from None
        assert readout.locator(".ib-0").text_content() == ib.format_vector(expected.last), what
        wait_for_scene(self.page, self.expected_scene(expected), what)
        self.wait_for_new_pixels(before, f"{what}: the 3-D scene did not change")
        return expected

    def wait_for_new_pixels(self, before, message, seconds=10):
        deadline = time.monotonic() + seconds
        while self.pixels() == before:
            assert time.monotonic() < deadline, message
            time.sleep(0.1)

    def rotate(self, before):
        """Drag across the scene: the view turns in the page, a picture per mouse move, and
        nothing goes to the kernel. Return the new pixels."""
        self.page.wait_for_function(KERNEL_IDLE)
        frames = scene_data(self.page)["frames"]
        count_kernel_messages(self.page)
        drag_across(self.page, self.canvas)
        self.wait_for_new_pixels(before, "dragging on the scene did not rotate the view")
        assert scene_data(self.page)["frames"] > frames + 3, "a picture per mouse move"
        sent = kernel_messages(self.page)
        assert sent["send"] == 0, f"rotating sent {sent}"
        return self.pixels()

    def press(self, k, key):
        """Press ``key`` on the handle of slider ``k``, as a student using the keyboard."""
        handle = self.slider(k).locator(".noUi-handle")
        handle.focus()
        handle.press(key)


# The open notebook's scroll box (JupyterLab and Notebook 7 scroll the notebook inside it, not
# the page): how much of its cells (to the last one's end, and a margin) the box does not show,
# and whether every cell is laid out. Not the box's scrollHeight: the notebook adds room to
# scroll past its end that grows with the window.
NOTEBOOK_EXTENT = """() => {
  const panel = window.jupyterapp.shell.currentWidget.node;
  const box = panel.querySelector('.jp-WindowedPanel-outer');
  const cells = [...panel.querySelectorAll('.jp-Notebook .jp-Cell')];
  const last = cells[cells.length - 1].getBoundingClientRect();
  const end = last.bottom - box.getBoundingClientRect().top + box.scrollTop + 24;
  return {
    hidden: Math.ceil(end - box.clientHeight),
    below: Math.ceil(end - box.scrollTop - box.clientHeight),
    cells: cells.length,
    empty: cells.filter(c => c.getBoundingClientRect().height === 0).length,
    lastBottom: last.bottom,
  };
}"""

#: The tallest full-notebook screenshot, in CSS pixels (Chromium's surfaces stop near 16384).
FULL_HEIGHT_CAP = 16_000


def full_notebook_screenshot(page, path, width=1280):
    """Save one tall screenshot of the whole open notebook at ``width`` px, to ``path``.

    The page's own ``full_page`` shot is only the window (the notebook scrolls inside its
    panel), so the window grows until the panel holds every cell, then goes back. A notebook
    taller than :data:`FULL_HEIGHT_CAP` goes on in ``<path>-2.png``, ``-3``, ... (the panel
    scrolled on by its height). The test server renders every cell (``windowingMode: "none"``,
    :data:`LAB_SETTINGS`); this checks that they are laid out and that the last one ends in
    the last shot. Returns the paths written.
    """
    path = Path(path)
    old = page.viewport_size
    height = old["height"]
    page.set_viewport_size({"width": width, "height": height})
    page.wait_for_timeout(300)
    # The scene's height follows the window's: grow until nothing is hidden (a few rounds).
    for _ in range(4):
        extent = page.evaluate(NOTEBOOK_EXTENT)
        if extent["hidden"] <= 0 or height >= FULL_HEIGHT_CAP:
            break
        height = min(FULL_HEIGHT_CAP, height + extent["hidden"])
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(500)
    box = "window.jupyterapp.shell.currentWidget.node.querySelector('.jp-WindowedPanel-outer')"
    page.evaluate(f"() => {box}.scrollTo(0, 0)")
    page.wait_for_timeout(300)
    extent = page.evaluate(NOTEBOOK_EXTENT)
    assert extent["empty"] == 0, f"{path}: {extent['empty']} cells not laid out"
    paths = [path]
    page.screenshot(path=str(path))
    while page.evaluate(NOTEBOOK_EXTENT)["below"] > 0:
        before = page.evaluate(f"() => {box}.scrollTop")
        page.evaluate(f"() => {box}.scrollBy(0, {box}.clientHeight)")
        page.wait_for_timeout(300)
        if page.evaluate(f"() => {box}.scrollTop") == before:
            break
        paths.append(path.with_name(f"{path.stem}-{len(paths) + 1}{path.suffix}"))
        page.screenshot(path=str(paths[-1]))
    assert page.evaluate(NOTEBOOK_EXTENT)["lastBottom"] <= height, f"{path}: the end is not shot"
    page.set_viewport_size(old)
    page.wait_for_timeout(300)
    return paths


#: Every family of the panel at ``selector`` is in the page, complete (js/src/source.js).
FAMILIES_READY = """(selector) => {
  const el = document.querySelector(selector + ' .ib-scene');
  const s = el && el.ibScene;
  return !!s && s.families().length > 0 && s.families().every((f) => f && f.states.size ===
    f.values.length);
}"""


def wait_for_families(page, selector=".ib-panel", timeout=60_000):
    """Wait until the panel's page holds every family, complete (the kernel computes them in
    the background after the panel is shown: up to 9 s for 05 on a 2-core machine)."""
    page.wait_for_function(FAMILIES_READY, arg=selector, timeout=timeout)
