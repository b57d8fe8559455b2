"""Start JupyterLab from this environment and drive Debian's Chromium: shared by the browser
tests (tests/e2e) and the browser latency benchmark (benchmarks/browser_latency.py)."""

import base64
import contextlib
import io
import json
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
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
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


@contextlib.contextmanager
def running_lab(home):
    """Run ``jupyter lab`` on a free loopback port with a token, on a copy of the notebooks.

    Yields a dict with ``base`` (URL), ``token`` and ``root`` (the served folder). The copy
    keeps JupyterLab's autosave away from the repository.
    """
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
    log_path = home / "lab.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [
                sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root",
                "--ip=127.0.0.1", f"--port={port}", f"--ServerApp.token={token}",
                f"--ServerApp.root_dir={root}",
                f"--LabApp.user_settings_dir={home / 'settings'}",
                f"--LabApp.workspaces_dir={home / 'workspaces'}",
                "--LabApp.expose_app_in_browser=True",
            ],
            stdout=log, stderr=subprocess.STDOUT, env=env,
        )  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 90
            while True:
                try:
                    urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                    break
                except OSError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(log_path.read_text()[-3000:]) from None
                    time.sleep(0.3)
            yield {"base": base, "token": token, "root": root}
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


def open_and_run(page, lab, name):
    """Open a notebook, clear its stored outputs, run all cells, wait for the panel."""
    page.goto(f"{lab['base']}/lab/tree/{name}?token={lab['token']}&reset")
    page.wait_for_selector(".jp-Notebook .jp-CodeCell")
    page.wait_for_function(KERNEL_IDLE)
    page.evaluate("window.jupyterapp.commands.execute('notebook:clear-all-cell-outputs')")
    page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_function(ALL_RAN)
    page.wait_for_function(KERNEL_IDLE)
    page.wait_for_selector(".ib-panel .jupyter-matplotlib-canvas-div canvas")


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

# Saves the live panel's figure as the kernel has rendered it (the pixels ipympl sends).
SAVE_KERNEL_PICTURE = """
import gc as _gc, numpy as _np, ib_helpers as _ib
_gc.collect()
_panels = [o for o in _gc.get_objects() if isinstance(o, (_ib.OptimizerPanel, _ib.ComparePanel))]
assert len(_panels) == 1, f"expected one live panel, found {{len(_panels)}}"
_np.save({path!r}, _np.asarray(_panels[0].scene.fig.canvas.get_renderer().buffer_rgba()))
del _gc, _np, _ib, _panels
"""


def kernel_execute(page, code):
    """Run ``code`` in the open notebook's kernel, outside its cells; return what it printed."""
    return page.evaluate(KERNEL_EXECUTE, code)


def stale_pixels(page, panel_selector, workdir):
    """How many canvas pixels in the page differ from the kernel's picture of the figure.

    The page's pixels are read from the visible canvas of the panel matched by
    ``panel_selector`` (at device pixel ratio 1, as the tests' pages are, the two have the same
    size); a pixel counts when one channel differs by more than 8 of 255.
    """
    path = str(Path(workdir) / "kernel-picture.npy")
    printed = kernel_execute(page, SAVE_KERNEL_PICTURE.format(path=path))
    assert not printed.strip(), printed
    kernel = np.load(path).astype(int)
    url = page.locator(f"{panel_selector} .jupyter-matplotlib-canvas-div canvas").first.evaluate(
        "c => c.toDataURL()"
    )
    shown = Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1]))).convert("RGBA")
    shown = np.asarray(shown).astype(int)
    if shown.shape != kernel.shape:
        return shown.shape[0] * shown.shape[1]
    return int((np.abs(shown - kernel).max(axis=2) > 8).sum())


def wait_for_kernel_picture(page, panel_selector, workdir, seconds=10):
    """Wait until the canvas shows the kernel's picture (no stale pixel); fail with the count."""
    deadline = time.monotonic() + seconds
    while (stale := stale_pixels(page, panel_selector, workdir)) > 0:
        assert time.monotonic() < deadline, (
            f"{stale} canvas pixels still differ from the kernel's figure after {seconds} s: "
            "the browser shows stale pixels of an earlier frame"
        )
        time.sleep(0.2)
