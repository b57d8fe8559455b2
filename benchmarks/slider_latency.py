"""Kernel-side latency of one slider event: the value arrives -> the scene's message is ready.

Usage: ``python benchmarks/slider_latency.py [--events 40]``

One event = a slider's new value is set, as a widget message from the browser sets it ->
the panel recomputes the run(s), describes the scene (:func:`ib_helpers.describe_scene`),
updates the readout and sets the live scene's ``scene`` trait -> ipywidgets serializes the
state into the message to the browser (JSON plus the paths as float64 buffers), ready to send.
Outside a kernel the message goes to a comm that sends nothing, so the time is the kernel's
work only. Each notebook's panel is built exactly as the notebook builds it (``PANELS``), and
every slider is measured: α, epochs, the feature scales and, in 01 and 04, the start θ₀.
The goals (issue 12): median <= 5 ms for 01-03, <= 15 ms for 04 (05 has no goal).
Prints a table and, as the last line, one JSON object.
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import time
from pathlib import Path

import ipywidgets
import numpy as np

from ib_helpers.panels.snapshot import notebook_panel

GOALS_MS = {"01-03": 5.0, "04": 15.0}


def _time(events, event):
    times = []
    for k in range(events):
        t0 = time.perf_counter()
        event(k)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def slider_values(slider, events):
    """Back and forth over 20 slider steps from the slider's start, as a drag does."""
    start, step = slider.value, slider.step
    if isinstance(slider, ipywidgets.FloatLogSlider):
        exponent = np.log10(start)
        return [float(10 ** (exponent + step * (k % 20))) for k in range(events)]
    direction = 1 if start + 20 * step <= slider.max else -1
    return [start + direction * step * (k % 20) for k in range(events)]


# The panels as the notebooks build them (each notebook's own panel cell).
NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
PANELS = {
    path.stem: functools.partial(notebook_panel, path)
    for path in sorted(NOTEBOOKS.glob("0[1-5]-*.ipynb"))
}


def panel_sliders(panel):
    """{name: slider} for every slider of a panel, in the order the page shows them (the
    panel's own list of its controls, less the sign toggles)."""
    return {
        name: widget
        for name, widget in panel._controls().items()
        if not isinstance(widget, ipywidgets.ToggleButtons)
    }


def measure(make_panel, events):
    """{slider name: event times in ms} for a fresh panel per slider."""
    out = {}
    for name in panel_sliders(make_panel()):
        panel = make_panel()
        slider = panel_sliders(panel)[name]
        values = slider_values(slider, events)

        def event(k, slider=slider, values=values):
            slider.value = values[k]

        out[name] = _time(events, event)
        assert "Could not update" not in panel.readout.value, panel.readout.value
        panel.close()
    return out


def p95(times):
    return float(np.percentile(times, 95))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=40, help="events per slider (>= 30)")
    args = parser.parse_args()
    results = {}
    print(f"{'notebook':<17}{'slider':<10}{'median ms':>10}{'p95 ms':>9}")
    for notebook, make in PANELS.items():
        for slider, times in measure(make, args.events).items():
            results[f"{notebook}/{slider}"] = {
                "median_ms": round(statistics.median(times), 2),
                "p95_ms": round(p95(times), 2),
            }
            print(f"{notebook:<17}{slider:<10}{statistics.median(times):>10.2f}{p95(times):>9.2f}")
    single = [v["median_ms"] for k, v in results.items() if k[:2] in ("01", "02", "03")]
    compare = [v["median_ms"] for k, v in results.items() if k.startswith("04")]
    summary = {
        "worst_median_ms_01_03": max(single),
        "worst_median_ms_04": max(compare),
        "goal_median_ms_01_03": GOALS_MS["01-03"],
        "goal_median_ms_04": GOALS_MS["04"],
        "goals_met": max(single) <= GOALS_MS["01-03"] and max(compare) <= GOALS_MS["04"],
        "events": args.events,
        "per_slider": results,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
