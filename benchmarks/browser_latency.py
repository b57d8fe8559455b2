"""Slider latency as a student sees it: key press on a slider -> canvas pixels changed.

Usage, from the repository's root: ``python -m benchmarks.browser_latency [--events 60]
[--drags 5] [--notebook 01-sgd.ipynb]`` (as a module, so it can use the browser tests' harness).

Starts JupyterLab and headless Chromium with the browser tests' harness and runs the notebook.
Then it presses an arrow key on the alpha handle and on the x3 handle, ``--events`` times each,
each press on a settled picture. An event is timed from the key press as the page receives it
(the ``keydown`` event's timestamp, where the browser's Event Timing API starts an interaction)
to the end of the first animation frame after the panel's visible canvas was painted with pixels
that differ from before the press. The page is watched without slowing it down: a hook on the
canvas's ``drawImage`` notes each paint, and the pixels are compared once per paint, not on every
frame. Then it drags the alpha handle with the mouse ``--drags`` times and reports the pictures
painted per second during a drag and the lag from the last mouse move to the final picture.
Prints p50/p95 and, as the last line, one JSON object. Needs Debian's chromium.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time

import numpy as np

from ib_helpers.frames import KEYFRAME_DELAY
from tests.e2e.harness import chromium, open_and_run, running_lab

# Installed once: a keydown listener and a wrapper around the visible canvas's drawImage.
WATCH = """() => {
  const canvas = document.querySelector('.ib-panel .jupyter-matplotlib-canvas-div canvas');
  const ctx = canvas.getContext('2d');
  const hash = () => {
    const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let h = 0;
    for (let i = 0; i < d.length; i += 7) h = (h * 31 + d[i]) | 0;
    return h;
  };
  const w = window.__latency = {hash, keyAt: null, changedAt: null, before: null, paints: []};
  window.addEventListener('keydown', (e) => { w.keyAt = e.timeStamp; }, true);
  const drawImage = ctx.drawImage.bind(ctx);
  ctx.drawImage = (...args) => {
    drawImage(...args);
    w.paints.push(performance.now());
    if (w.keyAt === null || w.changedAt !== null) return;
    // The next frame shows this paint; a task queued from its callback runs after that frame.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const at = performance.now();
        if (w.changedAt === null && w.hash() !== w.before) w.changedAt = at;
      };
      channel.port2.postMessage(null);
    });
  };
}"""
ARM = """() => {
  const w = window.__latency;
  w.keyAt = null; w.changedAt = null; w.before = w.hash();
}"""


def measure(page, handle_index, events):
    handle = page.locator(".ib-panel .noUi-handle").nth(handle_index)
    times = []
    for k in range(events):
        handle.focus()
        # A settled picture: the previous event's frame and its key frame have been shown.
        page.wait_for_timeout(int(1000 * KEYFRAME_DELAY) + 250)
        page.evaluate(ARM)
        handle.press("ArrowRight" if k % 2 == 0 else "ArrowLeft")
        page.wait_for_function("window.__latency.changedAt !== null", timeout=10_000)
        times.append(page.evaluate("window.__latency.changedAt - window.__latency.keyAt"))
    return times


DRAG_WATCH = """() => {
  const w = window.__latency;
  w.paints = []; w.moves = []; w.readoutAt = null;
  if (!w.dragHooks) {
    w.dragHooks = true;
    window.addEventListener('pointermove', (e) => { w.moves.push(e.timeStamp); }, true);
    const readout = document.querySelector('.ib-panel .ib-readout').parentElement;
    new MutationObserver(() => { w.readoutAt = performance.now(); })
      .observe(readout, {subtree: true, childList: true, characterData: true});
  }
}"""


def measure_drag(page, handle_index, direction=1, moves=40, interval_ms=16):
    """Drag a slider's handle with the mouse across 40% of its track, as a hand does.

    Returns the drag's duration, the canvas paints per second during it, and the lag from the
    last mouse move to the paint of the final picture (the first paint after the readout's
    last change: each update sends the numbers before the picture).
    """
    handle = page.locator(".ib-panel .noUi-handle").nth(handle_index)
    handle.evaluate("h => h.scrollIntoView({block: 'center'})")  # clear of the toolbar
    page.wait_for_timeout(int(1000 * KEYFRAME_DELAY) + 250)
    track = page.locator(".ib-panel .noUi-target").nth(handle_index).bounding_box()
    box = handle.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.evaluate(DRAG_WATCH)
    page.mouse.move(x, y)
    page.mouse.down()
    for k in range(1, moves + 1):
        page.mouse.move(x + direction * k * 0.4 * track["width"] / moves, y)
        page.wait_for_timeout(interval_ms)
    page.mouse.up()
    page.wait_for_timeout(1500)  # the last update, its picture and the key frame
    w = page.evaluate(
        "(() => { const w = window.__latency; "
        "return {paints: w.paints, moves: w.moves, readoutAt: w.readoutAt}; })()"
    )
    first, last = w["moves"][0], w["moves"][-1]
    during = [t for t in w["paints"] if first <= t <= last]
    after = [t for t in w["paints"] if t >= w["readoutAt"]]
    if not after:
        raise RuntimeError(f"no paint after the last readout change: {w}")
    final = after[0]
    return {
        "drag_ms": last - first,
        "moves_per_s": 1000 * (len(w["moves"]) - 1) / (last - first),
        "paints_per_s": 1000 * len(during) / (last - first),
        "settle_ms": final - last,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=60)
    parser.add_argument("--notebook", default="01-sgd.ipynb")
    parser.add_argument("--drags", type=int, default=5, help="mouse drags of the alpha handle")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home, running_lab(home) as lab, chromium() as browser:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(60_000)
        open_and_run(page, lab, args.notebook)
        page.locator(".ib-panel").scroll_into_view_if_needed()
        time.sleep(1)
        page.evaluate(WATCH)
        result = {}
        for name, index in (("alpha", 0), ("scale", 3)):
            times = measure(page, index, args.events)
            p50, p95 = np.percentile(times, [50, 95])
            print(
                f"{args.notebook} {name:<6} key press -> pixels: p50 {p50:6.1f}  p95 {p95:6.1f} ms"
            )
            result[f"browser_{name}_ms_p50"] = round(float(p50), 1)
            result[f"browser_{name}_ms_p95"] = round(float(p95), 1)
        drags = [measure_drag(page, 0, direction=(-1) ** k) for k in range(args.drags)]
        for key in ("moves_per_s", "paints_per_s", "settle_ms"):
            values = [d[key] for d in drags]
            result[f"drag_{key}_median"] = round(float(np.median(values)), 1)
        print(
            f"{args.notebook} alpha  drag ({len(drags)} drags, "
            f"{result['drag_moves_per_s_median']:.0f} mouse moves/s): "
            f"{result['drag_paints_per_s_median']:.0f} pictures/s while dragging, "
            f"last move -> final picture {result['drag_settle_ms_median']:.0f} ms (medians)"
        )
    result["events"] = args.events
    print(json.dumps(result))


if __name__ == "__main__":
    main()
