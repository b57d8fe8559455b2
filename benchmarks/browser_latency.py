"""The live scene as a student meets it, in JupyterLab and headless Chromium, against a bare
ipywidgets round trip measured in the same page and kernel.

Usage, from the repository's root: ``python -m benchmarks.browser_latency [--events 20]
[--notebooks 01-sgd.ipynb ...] [--delay-ms 60]`` (as a module, so it can use the browser
tests' harness). Needs Debian's chromium. ``--delay-ms 60`` puts the kernel 120 ms away: the
page talks to JupyterLab through a proxy that holds every chunk 60 ms each way
(``benchmarks/delay_proxy.py``).

The panels compute each control's family ahead (``ib_helpers.panels.ahead``); before each
slider's presses the benchmark waits until the page holds every family, as a student who has
read the cell above for a few seconds, and it counts the presses drawn from a family.

For each notebook (01-05 by default) a copy is opened with one cell appended: a bare
``FloatSlider`` whose observer sets a ``Label`` (the baseline round trip). Then it measures:

- **baseline**: key press on the bare slider -> the label's new text painted (the frame after
  the change);
- **slider -> pixels**: a key press on every slider of the panel -> the end of the first frame
  the scene rendered after its new data arrived, ``--events`` presses each, each on a settled
  picture. The clock starts at the ``keydown`` event's timestamp;
- **rotation**: a mouse drag over the scene (``page.mouse.move`` as fast as it goes): mouse
  moves per second and pictures per second, counted with the scene's own frame callback
  (``ibScene.stats``), once with the kernel idle and once while a cell keeps it busy
  (``time.sleep``), known busy from that cell's own execution future;
- **slider drag**: the α handle dragged with the mouse: pictures per second (scene updates
  drawn) against kernel round trips per second (comm messages from the kernel), and the time
  from the last mouse move to the last picture.

The kernel side (value in -> message ready, the worst slider's median) is measured in this
process by ``benchmarks/slider_latency.py``'s code, on the same panels, in the same run.
Prints a table and, as the last line, one JSON object, whose ``goals_met`` says which goal
each figure meets. Goals (issue 12): rotation pictures/s >= 0.9 x moves/s, idle and busy;
slider p95 <= 1.5 x the baseline's p95, on every slider (the θ₀ sliders of 01 and 04
included); drag pictures/s >= 0.8 x round trips/s, and the last picture within one round
trip plus one frame of the last move.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from pathlib import Path

import nbformat
import numpy as np

from benchmarks import slider_latency
from benchmarks.delay_proxy import DelayProxy
from tests.e2e.harness import (
    KERNEL_IDLE,
    chromium,
    open_and_run,
    running_lab,
    wait_for_families,
)

NOTEBOOKS = [
    "01-sgd.ipynb",
    "02-epoch-adam.ipynb",
    "03-rescaled-sgd.ipynb",
    "04-compare.ipynb",
    "05-two-points.ipynb",
]
BASELINE_CELL = """\
import ipywidgets as _w
_bare = _w.FloatSlider(value=50, min=0, max=100, step=1, description="bare")
_label = _w.Label("50")
_label.add_class("ib-baseline-label")
_bare.observe(lambda change: setattr(_label, "value", f"{change['new']:.0f}"), names="value")
_box = _w.HBox([_bare, _label])
_box.add_class("ib-baseline")
_box"""

# Installed once per page: key press times, label changes, pointer moves, slider readouts.
WATCH = """() => {
  const w = window.__bench = {keyAt: null, labelAt: null, moves: [], readoutAt: null,
                              readouts: []};
  for (const readout of document.querySelectorAll('.ib-panel .widget-readout')) {
    new MutationObserver(() => {
      const t = performance.now();
      w.readouts.push(t);
      if (w.readoutAt === null) requestAnimationFrame(() => { w.readoutAt = performance.now(); });
    }).observe(readout, {subtree: true, childList: true, characterData: true});
  }
  window.addEventListener('keydown', (e) => { w.keyAt = e.timeStamp; }, true);
  window.addEventListener('pointermove', (e) => { w.moves.push(e.timeStamp); }, true);
  const label = document.querySelector('.ib-baseline-label');
  new MutationObserver(() => {
    if (w.labelAt !== null) return;
    requestAnimationFrame(() => { w.labelAt = performance.now(); });
  }).observe(label, {subtree: true, childList: true, characterData: true});
}"""
SCENE = "document.querySelector('.ib-panel .ib-scene').ibScene"


def baseline(page, events):
    handle = page.locator(".ib-baseline .noUi-handle")
    handle.scroll_into_view_if_needed()
    times = []
    for k in range(events):
        handle.focus()
        page.wait_for_function(KERNEL_IDLE)
        page.wait_for_timeout(150)
        page.evaluate("() => { window.__bench.keyAt = null; window.__bench.labelAt = null; }")
        handle.press("ArrowRight" if k % 2 == 0 else "ArrowLeft")
        page.wait_for_function("window.__bench.labelAt !== null", timeout=10_000)
        times.append(page.evaluate("window.__bench.labelAt - window.__bench.keyAt"))
    return times


# The end of the first frame rendered after the first data update that followed the key press.
SCENE_LATENCY = f"""(updatesBefore) => {{
  const s = {SCENE}.stats;
  if (s.updates <= updatesBefore) return null;
  const updated = s.updateTimes[s.updateTimes.length - (s.updates - updatesBefore)];
  const frame = s.frameTimes.find((t) => t >= updated);
  return frame === undefined ? null : frame - window.__bench.keyAt;
}}"""


def slider_presses(page, index, events):
    """Key press -> scene picture, and -> the slider's own readout painted; and how many of
    the pictures came from a family."""
    handle = page.locator(".ib-panel .noUi-handle").nth(index)
    handle.scroll_into_view_if_needed()
    times, readouts, from_family = [], [], 0
    wait_for_families(page, timeout=180_000)
    for k in range(events):
        handle.focus()
        page.wait_for_function(KERNEL_IDLE)
        page.wait_for_timeout(150)
        updates = page.evaluate(f"{SCENE}.stats.updates")
        page.evaluate("() => { window.__bench.keyAt = null; window.__bench.readoutAt = null; }")
        # Away from the end of the track, back and forth.
        handle.press("ArrowLeft" if k % 2 == 0 else "ArrowRight")
        page.wait_for_function(f"({SCENE_LATENCY})({updates}) !== null", timeout=10_000)
        times.append(page.evaluate(SCENE_LATENCY, updates))
        from_family += page.evaluate(f"{SCENE}.stats.fromFamily")
        page.wait_for_function("window.__bench.readoutAt !== null", timeout=10_000)
        readouts.append(page.evaluate("window.__bench.readoutAt - window.__bench.keyAt"))
        ARRIVALS.append(page.evaluate(ARRIVAL, updates))
    return times, readouts, from_family


ARRIVALS = []
# Key press -> the scene's data update (the message has arrived and been decoded).
ARRIVAL = f"""(updatesBefore) => {{
  const s = {SCENE}.stats;
  return s.updateTimes[s.updateTimes.length - (s.updates - updatesBefore)] - window.__bench.keyAt;
}}"""


def rotation(page, busy=False, moves=60):
    """Mouse moves/s and pictures/s during one drag across the scene."""
    view = page.locator(".ib-panel .ib-scene-view")
    view.scroll_into_view_if_needed()
    box = view.bounding_box()
    if busy:
        page.evaluate(
            """() => {
              const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
              const future = kernel.requestExecute({code: 'import time; time.sleep(6)'});
              window.__busy = true;
              future.done.then(() => { window.__busy = false; });
            }"""
        )
        page.wait_for_timeout(300)
    x0, y0 = box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.5
    page.mouse.move(x0, y0)
    page.evaluate("() => { window.__bench.moves = []; }")
    frames_before = page.evaluate(f"{SCENE}.stats.frameTimes.length")
    page.mouse.down()
    for k in range(1, moves + 1):
        page.mouse.move(x0 + k * box["width"] * 0.4 / moves, y0 + 30 * np.sin(k / 8))
    page.mouse.up()
    still_busy = page.evaluate("() => window.__busy === true") if busy else False
    data = page.evaluate(
        f"""(before) => ({{moves: window.__bench.moves,
                          frames: {SCENE}.stats.frameTimes.slice(before)}})""",
        frames_before,
    )
    if busy:
        page.wait_for_function("() => window.__busy === false", timeout=20_000)
    moves_at = data["moves"]
    first, last = moves_at[0], moves_at[-1]
    during = [t for t in data["frames"] if first <= t <= last + 17]
    seconds = (last - first) / 1000
    return {
        "moves_per_s": (len(moves_at) - 1) / seconds,
        "pictures_per_s": len(during) / seconds,
        "busy_throughout": still_busy if busy else None,
    }


COUNT_SENT = """() => {
  const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
  const c = window.__recv = window.__recv || {comm: [], hooked: false};
  if (!c.hooked) {
    c.hooked = true;
    kernel.anyMessage.connect((_, args) => {
      if (args.direction === 'send' && args.msg.header.msg_type === 'comm_msg') {
        c.comm.push(performance.now());
      }
    });
  }
  c.comm = [];
}"""


def slider_drag(page, moves=40, interval_ms=16):
    """Drag the α handle across 40% of its track: pictures/s, round trips/s, settle time."""
    handle = page.locator(".ib-panel .noUi-handle").nth(0)
    handle.scroll_into_view_if_needed()
    page.wait_for_function(KERNEL_IDLE)
    page.wait_for_timeout(300)
    track = page.locator(".ib-panel .noUi-target").nth(0).bounding_box()
    box = handle.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    direction = 1 if box["x"] < track["x"] + track["width"] / 2 else -1
    page.evaluate(COUNT_SENT)
    wait_for_families(page, timeout=180_000)
    updates_before = page.evaluate(f"{SCENE}.stats.updateTimes.length")
    page.evaluate("() => { window.__bench.moves = []; window.__bench.readouts = []; }")
    page.mouse.move(x, y)
    page.mouse.down()
    for k in range(1, moves + 1):
        page.mouse.move(x + direction * k * 0.4 * track["width"] / moves, y)
        page.wait_for_timeout(interval_ms)
    page.mouse.up()
    page.wait_for_timeout(1500)
    page.wait_for_function(KERNEL_IDLE)
    data = page.evaluate(
        f"""(before) => ({{moves: window.__bench.moves, recv: window.__recv.comm,
            readouts: window.__bench.readouts,
            updates: {SCENE}.stats.updateTimes.slice(before),
            frames: {SCENE}.stats.frameTimes}})""",
        updates_before,
    )
    first, last = data["moves"][0], data["moves"][-1]
    seconds = (data["updates"][-1] - first) / 1000 if data["updates"] else float("nan")
    final_frame = next(t for t in data["frames"] if t >= data["updates"][-1])
    sent = [t for t in data["recv"] if t >= first]  # each a new slider value to the kernel
    readouts = [t for t in data["readouts"] if t >= first]
    readout_seconds = (readouts[-1] - first) / 1000 if readouts else float("nan")
    return {
        "pictures_per_s": len(data["updates"]) / seconds,
        "round_trips_per_s": len(sent) / seconds,
        "readout_per_s": len(readouts) / readout_seconds,
        "settle_ms": final_frame - last,
    }


def pct(times, q):
    return float(np.percentile(times, q))


def notebook_with_baseline(root, name):
    nb = nbformat.read(root / name, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(BASELINE_CELL))
    path = root / f"bench-{name}"
    nbformat.write(nb, path)
    return path.name


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20, help="key presses per slider")
    parser.add_argument("--notebooks", nargs="*", default=NOTEBOOKS)
    parser.add_argument("--delay-ms", type=float, default=0, help="added delay each way")
    args = parser.parse_args()
    rows, result = [], {"events": args.events, "delay_ms_each_way": args.delay_ms,
                        "notebooks": {}}  # fmt: skip
    with tempfile.TemporaryDirectory() as home, running_lab(home) as direct, chromium() as browser:
        lab = dict(direct)
        proxy = None
        if args.delay_ms:
            port = int(direct["base"].rsplit(":", 1)[1].split("/")[0])
            proxy = DelayProxy(port, args.delay_ms).__enter__()
            lab["base"] = direct["base"].replace(f":{port}", f":{proxy.port}")
        for name in args.notebooks:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(60_000)
            open_and_run(page, lab, notebook_with_baseline(Path(lab["root"]), name))
            page.locator(".ib-baseline").wait_for()
            page.evaluate(WATCH)
            base = baseline(page, args.events)
            entry = {
                "baseline_ms_p50": pct(base, 50),
                "baseline_ms_p95": pct(base, 95),
                "sliders": {},
            }
            rows.append((name, "bare slider -> label", pct(base, 50), pct(base, 95), ""))
            handles = page.locator(".ib-panel .noUi-handle").count()
            labels = ["α", "epochs", "x2", "x3", "θ0_1", "θ0_2", "θ0_3"][:handles]
            for index, label in enumerate(labels):
                times, readouts, from_family = slider_presses(page, index, args.events)
                ratio = pct(times, 95) / pct(base, 95)
                entry["sliders"][label] = {
                    "p50_ms": pct(times, 50),
                    "p95_ms": pct(times, 95),
                    "p95_over_baseline_p95": ratio,
                    "p95_over_baseline_p50": pct(times, 95) / pct(base, 50),
                    "readout_p95_ms": pct(readouts, 95),
                    "p95_after_readout_p95_ms": pct(times, 95) - pct(readouts, 95),
                    "from_family": from_family / len(times),
                }
                rows.append((name, f"{label} key -> pixels", pct(times, 50), pct(times, 95),
                             f"p95 {ratio:.2f} x baseline p95, "
                             f"{pct(times, 95) / pct(base, 50):.2f} x its p50; slider readout "
                             f"p95 {pct(readouts, 95):.0f} ms; {from_family}/{len(times)} "
                             "from a family"))  # fmt: skip
            for busy in (False, True):
                r = rotation(page, busy=busy)
                ratio = r["pictures_per_s"] / r["moves_per_s"]
                entry["rotation_busy" if busy else "rotation_idle"] = {**r, "ratio": ratio}
                rows.append((name, f"rotate ({'kernel busy' if busy else 'idle'})",
                             r["pictures_per_s"], r["moves_per_s"],
                             f"{ratio:.2f} pictures per move"))  # fmt: skip
            drag = slider_drag(page)
            drag["ratio"] = drag["pictures_per_s"] / drag["round_trips_per_s"]
            drag["one_round_trip_plus_frame_ms"] = pct(base, 50) + 1000 / 60
            entry["slider_drag"] = drag
            drag["over_readout"] = drag["pictures_per_s"] / drag["readout_per_s"]
            rows.append((name, "drag α", drag["pictures_per_s"], drag["round_trips_per_s"],
                         f"{drag['ratio']:.2f} pictures per round trip, "
                         f"{drag['over_readout']:.2f} x the readout's "
                         f"{drag['readout_per_s']:.1f}/s, last picture "
                         f"{drag['settle_ms']:.0f} ms after the last move"))  # fmt: skip
            result["notebooks"][name] = entry
            entry["key_to_scene_data_ms_median"] = statistics.median(ARRIVALS)
            rows.append((name, "key -> scene data in", pct(ARRIVALS, 50), pct(ARRIVALS, 95),
                         "the update message arrived and decoded"))  # fmt: skip
            ARRIVALS.clear()
            entry["scene_build_ms_median"] = page.evaluate(
                f"(() => {{ const b = {SCENE}.stats.buildMs.slice().sort((a, b) => a - b);"
                " return b[Math.floor(b.length / 2)]; })()"
            )
            entry["scene_render_ms_median"] = page.evaluate(
                f"(() => {{ const b = {SCENE}.stats.renderMs.slice().sort((a, b) => a - b);"
                " return b[Math.floor(b.length / 2)]; })()"
            )
            rows.append((name, "scene build / render", entry["scene_build_ms_median"],
                         entry["scene_render_ms_median"], "medians, ms, in the page"))  # fmt: skip
            page.close()
        if proxy is not None:
            proxy.__exit__(None, None, None)
    kernel = {}
    for notebook, make in slider_latency.PANELS.items():
        if f"{notebook}.ipynb" in args.notebooks:
            per_slider = slider_latency.measure(make, 30).values()
            kernel[notebook] = max(statistics.median(ts) for ts in per_slider)
    result["kernel_value_to_message_ms_worst_median"] = kernel

    print(f"{'notebook':<22}{'what':<26}{'a':>9}{'b':>9}  note")
    print(f"{'':<22}{'(ms: p50 p95; rates /s)':<26}")
    for name, what, a, b, note in rows:
        print(f"{name:<22}{what:<26}{a:>9.1f}{b:>9.1f}  {note}")
    for notebook, median in kernel.items():
        print(f"{notebook:<22}{'kernel value -> message':<26}{median:>9.2f}{'':>9}"
              "  worst slider's median, ms")  # fmt: skip
    entries = result["notebooks"].values()
    result["summary"] = {
        "worst_slider_p95_over_baseline_p95": max(
            s["p95_over_baseline_p95"] for e in entries for s in e["sliders"].values()
        ),
        "worst_rotation_ratio_idle": min(e["rotation_idle"]["ratio"] for e in entries),
        "worst_rotation_ratio_busy": min(e["rotation_busy"]["ratio"] for e in entries),
        "worst_drag_ratio": min(e["slider_drag"]["ratio"] for e in entries),
        "worst_settle_over_budget": max(
            e["slider_drag"]["settle_ms"] / e["slider_drag"]["one_round_trip_plus_frame_ms"]
            for e in entries
        ),
    }
    worst = result["summary"]
    sliders = [s for e in entries for s in e["sliders"].values()]
    drags = [e["slider_drag"] for e in entries]
    worst.update(
        worst_slider_p95_over_baseline_p50=max(s["p95_over_baseline_p50"] for s in sliders),
        worst_slider_p95_ms=max(s["p95_ms"] for s in sliders),
        worst_slider_p95_after_readout_ms=max(s["p95_after_readout_p95_ms"] for s in sliders),
        worst_drag_over_readout=min(d["over_readout"] for d in drags),
        worst_settle_ms=max(d["settle_ms"] for d in drags),
        least_from_family=min(s["from_family"] for s in sliders),
    )
    result["goals_met"] = {
        # Issue 21, runs computed ahead: local, and with the kernel 120 ms away.
        "local_slider_p95_below_baseline_p50": worst["worst_slider_p95_over_baseline_p50"] < 1,
        "remote_slider_p95_le_50ms": worst["worst_slider_p95_ms"] <= 50,
        "remote_slider_p95_le_20ms_after_readout": worst["worst_slider_p95_after_readout_ms"] <= 20,
        "drag_ge_0.8x_readout": worst["worst_drag_over_readout"] >= 0.8,
        "release_to_last_picture_le_50ms": worst["worst_settle_ms"] <= 50,
        "slider_p95_le_1.5x_baseline": worst["worst_slider_p95_over_baseline_p95"] <= 1.5,
        "rotation_ge_0.9_idle_and_busy": min(
            worst["worst_rotation_ratio_idle"], worst["worst_rotation_ratio_busy"]
        )
        >= 0.9,
        "drag_ge_0.8_pictures_per_round_trip": worst["worst_drag_ratio"] >= 0.8,
        "last_picture_within_round_trip_plus_frame": worst["worst_settle_over_budget"] <= 1,
        "kernel_median_01_03_le_5ms": all(
            v <= slider_latency.GOALS_MS["01-03"] for k, v in kernel.items() if k[:2] <= "03"
        ),
        "kernel_median_04_le_15ms": all(
            v <= slider_latency.GOALS_MS["04"] for k, v in kernel.items() if k[:2] == "04"
        ),
    }
    print(json.dumps(_rounded(result)))


def _rounded(value):
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value


if __name__ == "__main__":
    main()
