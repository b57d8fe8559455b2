"""Kernel-side latency of one slider event, the project's update path against a naive rebuild.

Usage: ``python benchmarks/slider_latency.py [--events 40]``

One event = the slider's new value arrives -> the run is recomputed -> the artists move -> the
figure is rendered -> the image bytes ipympl would send are ready (``Canvas.get_diff_image``)
-> the redraw of stale figures that follows every widget message in a kernel.
The naive rebuild is the usual ``interact`` pattern: a new figure per event, drawn from scratch
and encoded as a PNG. Prints a table and, as the last line, one JSON object.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import time

import matplotlib

matplotlib.use("module://ipympl.backend_nbagg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

import ib_helpers as ib  # noqa: E402


def _panel(method):
    """A panel whose canvas answers a redraw request at once, as the browser would ask for it.

    ipympl's ``draw_idle`` asks the browser to request a draw; here the request is answered
    synchronously, so an event's time includes the full render where one is needed. Both
    ``draw`` and ``blit`` end in ipympl's ``refresh_all``: the PNG (diff) encode and the send.
    With no browser attached, ipympl would also re-encode the whole figure into ``_data_url``
    for a static copy on every frame; a connected front end switches that off (its
    "initialized" message), so the benchmark does too.
    """
    panel = ib.optimizer_panel(method)
    canvas = panel.scene.fig.canvas
    canvas.syncing_data_url = False
    canvas.draw_idle = canvas.draw
    canvas.draw()
    return panel


def _time(events, event):
    times = []
    for k in range(events):
        t0 = time.perf_counter()
        event(k)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def alpha_values(method, events):
    """A drag across the stable range from the default, one slider step per event."""
    opt = ib.OPTIMIZERS[method]
    step = opt.alpha_range[2]
    return [round(opt.alpha + (k % 20) * step, 6) for k in range(events)]


def scale_values(events):
    """A drag of the x3 slider from 0.01 upwards, one slider step (0.05 in log10) per event."""
    return [float(10 ** (-2.0 + 0.05 * (k % 40))) for k in range(events)]


def slider_events(method, pick_slider, values):
    """Time setting ``values`` one by one on the slider ``pick_slider(panel)`` returns."""
    panel = _panel(method)
    slider = pick_slider(panel)

    def event(k):
        slider.value = values[k]
        # After every widget message the comm package fires IPython's post_execute hooks, and in
        # interactive mode pyplot's hook redraws every stale figure; so does the benchmark.
        plt.draw_all()

    times = _time(len(values), event)
    plt.close(panel.scene.fig)
    return times


def naive_events(method, values):
    """A new figure per alpha value, as ``interact`` with a plotting function does."""
    opt = ib.OPTIMIZERS[method]
    x = np.array([1.0, 0.1, 0.01])

    def event(k):
        summary = ib.run_optimizer(method, x, 1.0, values[k], opt.epochs)
        with plt.ioff():
            scene = ib.draw_scene(
                x, 1.0, ib.Run(summary.label, summary.trajectory, summary.limit),
                title=summary.title(),
            )  # fmt: skip
        buffer = io.BytesIO()
        scene.fig.savefig(buffer, format="png")
        plt.close(scene.fig)

    return _time(len(values), event)


def p95(times):
    return float(np.percentile(times, 95))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=40, help="events per measurement (>= 30)")
    args = parser.parse_args()
    ib.use_lecture_style()
    rows, summary = [], {}
    for method in ib.OPTIMIZERS:
        alphas = alpha_values(method, args.events)
        a = slider_events(method, lambda panel: panel.alpha_slider, alphas)
        s = slider_events(method, lambda panel: panel.scale_sliders[1], scale_values(args.events))
        n = naive_events(method, alphas)
        rows.append((method, a, s, n))
        summary[method] = {
            "alpha_event_ms_median": statistics.median(a),
            "alpha_event_ms_p95": p95(a),
            "scale_event_ms_median": statistics.median(s),
            "scale_event_ms_p95": p95(s),
            "naive_rebuild_ms_median": statistics.median(n),
        }
    print(f"{'optimizer':<14}{'event':<16}{'median ms':>10}{'p95 ms':>9}")
    for method, a, s, n in rows:
        for name, times in (("α slider", a), ("scale slider", s), ("naive rebuild", n)):
            print(f"{method:<14}{name:<16}{statistics.median(times):>10.1f}{p95(times):>9.1f}")
    # The headline figures: the slowest optimizer for each kind of event.
    worst = {key: max(m[key] for m in summary.values()) for key in next(iter(summary.values()))}
    worst["speedup_vs_naive_min"] = min(
        m["naive_rebuild_ms_median"] / max(m["alpha_event_ms_median"], m["scale_event_ms_median"])
        for m in summary.values()
    )
    worst["events"] = args.events
    worst["per_optimizer"] = summary
    print(json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in worst.items()}))


if __name__ == "__main__":
    main()
