"""Runs computed ahead (ib_helpers.families, ib_helpers.panels.ahead): every state a family
holds is exactly what the panel computes for those control values, the bytes decode to it, and
a move keeps the moved control's family and recomputes the others.

``python tests/test_families.py --write`` rewrites the small family that the Node tests decode
(js/tests/family_fixture.*); a test here fails when it is out of date.
"""

from __future__ import annotations

import functools
import json
import sys
import time
from pathlib import Path

import ipywidgets as widgets
import numpy as np
import pytest

import ib_helpers as ib
from ib_helpers.families import (
    close,
    decode_family,
    encode_family,
    index_of,
    nearest_first,
    positions,
)
from ib_helpers.live import panel_state
from ib_helpers.panels.ahead import covered
from ib_helpers.panels.registry import Runs
from ib_helpers.panels.snapshot import notebook_panel

FIXTURE = Path(__file__).resolve().parent.parent / "js" / "tests" / "family_fixture"

# The panels as the notebooks build them (each notebook's own panel cell).
NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
PANELS = {
    path.name[:2]: functools.partial(notebook_panel, path)
    for path in sorted(NOTEBOOKS.glob("0[1-5]-*.ipynb"))
}


def _path(points):
    return memoryview(np.asarray(points, dtype="<f8").tobytes())


def fixture_family():
    """A small family: three positions of α, two present, paths that share points."""
    run = {"label": "SGD", "color": "#0072B2", "last": [0.5, 0.5, 0.0], "limit": [1.0, 0, 0]}
    states = {
        0: {"title": "α = 0.1", "lower": [-1.0, -1, -1], "texts": {"readout": "<b>0.1</b>"},
            "runs": [{**run, "path": _path([[0, 0, 0], [0.25, 0.5, 0.125]]), "steps": [0, 3]}]},
        2: {"title": "α = 0.3", "lower": [-1.0, -1, -1], "texts": {"readout": "<b>0.3</b>"},
            "runs": [{**run, "path": _path([[0, 0, 0], [0.75, -1.5, 3]]), "steps": [0, 1]}]},
    }  # fmt: skip
    return encode_family("alpha", [0.1, 0.2, 0.30000000000000004], {"epochs": 5}, states)


def test_the_node_fixture_is_what_the_encoder_writes_now():
    blob = fixture_family()
    assert FIXTURE.with_suffix(".gz").read_bytes() == blob, (
        "js/tests/family_fixture.gz is out of date: run python tests/test_families.py --write"
    )
    expected = json.loads(FIXTURE.with_suffix(".json").read_text())
    assert expected == _jsonable(decode_family(blob))


def _jsonable(family):
    states = {}
    for i, state in family["states"].items():
        runs = [{**r, "path": np.asarray(r["path"]).tolist()} for r in state["runs"]]
        states[str(i)] = {**state, "runs": runs}
    return {**family, "states": states}


def test_positions_are_each_controls_grid():
    alpha = widgets.FloatSlider(value=0.25, min=0.01, max=1.0, step=0.01)
    assert len(positions(alpha)) == 100 and positions(alpha)[0] == 0.01
    assert index_of(positions(alpha), 0.24999999999999997) == 24  # what a browser may send
    log = widgets.FloatLogSlider(value=0.1, base=10, min=-3, max=1, step=0.05)
    values = positions(log)
    assert len(values) == 81 and close(values[0], 1e-3) and close(values[-1], 10.0)
    assert index_of(values, 0.1) == 40
    epochs = widgets.IntSlider(value=60, min=1, max=200)
    assert positions(epochs) == list(range(1, 201))
    signs = widgets.ToggleButtons(options=[("+", 1), ("−", -1)])
    assert positions(signs) == [0, 1]
    with pytest.raises(ValueError, match="no positions for a Text"):
        positions(widgets.Text())


def test_nearest_positions_come_first():
    assert nearest_first([0, 1, 2, 3, 4, 5], 3) == [3, 2, 4, 1, 5, 0]
    assert nearest_first([10, 20, 30], 30) == [2, 1, 0]
    assert nearest_first([10, 20, 30], 21) == [1, 0, 2]  # off the grid: from the nearest


def test_a_family_decodes_to_the_states_it_was_given():
    panel = PANELS["02"]()
    values = panel.ahead.values["alpha"]
    base = {k: v for k, v in panel._read().items() if k != "alpha"}
    states = {i: panel._state_json({**base, "alpha": values[i]}) for i in (0, 5, 60)}
    family = decode_family(encode_family("alpha", values, base, states))
    assert family["control"] == "alpha" and family["base"] == base
    assert sorted(family["states"]) == [0, 5, 60]
    for i, state in states.items():
        _assert_same_state(family["states"][i], state)
    panel.close()


def _assert_same_state(got, want):
    """Every key equal; paths to float32 (the picture), everything printed exactly."""
    assert set(got) == set(want)
    for key in want:
        if key == "runs":
            assert len(got["runs"]) == len(want["runs"])
            for g, w in zip(got["runs"], want["runs"], strict=True):
                path = np.frombuffer(bytes(w["path"]), "<f8").reshape(-1, 3)
                assert np.allclose(g["path"], path, rtol=1e-6, atol=1e-6 * np.abs(path).max())
                assert g["steps"] == w["steps"]
                assert {k: v for k, v in g.items() if k not in ("path", "steps")} == {
                    k: v for k, v in w.items() if k not in ("path", "steps")
                }
        else:
            assert got[key] == want[key], key


@pytest.mark.parametrize("name", sorted(PANELS))
def test_family_states_equal_the_panel_computed_afresh(name):
    """For random positions of every control, the family's state is what the panel computes
    and shows when the slider is moved there: the texts (every printed number), the scene's
    description, title, limits, last iterates, balls, ticks, and the paths drawn."""
    panel = PANELS[name]()
    rng = np.random.default_rng(int(name))
    full = name in ("01", "03")  # the others: the 12 positions nearest the start, for time
    panel.ahead.compute_all(None if full else 12)
    controls = panel._controls()
    start = panel._read()
    families = {c: decode_family(panel.families[c].data) for c in controls}  # before any move
    for control, widget in controls.items():
        family = families[control]
        assert family["base"] == {k: v for k, v in start.items() if k != control}
        present = sorted(family["states"])
        assert len(present) == (len(positions(widget)) if full else min(12, len(present)))
        for i in rng.choice(present, size=min(3, len(present)), replace=False):
            _move(widget, family["values"][i])
            fresh = panel_state(panel.scene_data, panel.state.texts)
            assert panel.scene.scene["texts"] == fresh["texts"]
            _assert_same_state(family["states"][i], fresh)
        _move(widget, start[control])  # back to the start
    panel.close()


def _move(widget, value):
    """Move a control as the browser does: a toggle by its index, a slider by its value."""
    if isinstance(widget, widgets.ToggleButtons):
        widget.index = int(value)
    else:
        widget.value = value


def test_a_move_keeps_its_own_family_and_recomputes_the_others():
    panel = PANELS["01"]()
    panel.compute_ahead()
    alpha_bytes = panel.families["alpha"].data
    epochs_at_start = panel.families["epochs"].data
    panel.alpha_slider.value = 0.5
    assert panel.families["alpha"].data == alpha_bytes  # still holds: the others are as before
    assert covered(panel.ahead, panel._read())
    assert panel.families["epochs"].data == b""  # stale: computed for α = 0.25
    assert not panel.ahead.complete()
    panel.compute_ahead()
    assert panel.ahead.complete()
    epochs = decode_family(panel.families["epochs"].data)
    assert epochs["base"]["alpha"] == 0.5
    # Back where it was: the family computed for α = 0.25 holds again, with no new work.
    before = panel.families["epochs"].data
    panel.alpha_slider.value = 0.25
    assert panel.families["epochs"].data == epochs_at_start
    panel.alpha_slider.value = 0.5
    assert panel.families["epochs"].data == before and panel.ahead.complete()
    # A typed value off the grid is no family's: the kernel computes it, as before.
    panel.alpha_slider.value = 0.123456
    assert not covered(panel.ahead, panel._read())
    assert "0.123" in panel.summary.title()
    panel.close()
    assert panel.ahead is None and panel.families == {}


def test_the_epochs_family_cuts_one_run_of_the_most_epochs():
    """The epochs family starts at its largest position; every other position is a cut of that
    run, bit for bit what a fresh run for that many epochs gives, and a panel keeps a few runs."""
    panel = PANELS["05"]()
    job = panel.ahead.jobs["epochs"]
    assert job.values[job.order[0]] == max(job.values)
    assert sorted(job.order) == list(range(len(job.values)))
    X, y = panel.X, panel.y
    longest = panel.runs.trajectory("epoch_adam", X, y, 0.3, 1000, batch="full")
    for epochs in (1, 17, 400, 999):
        cut = panel.runs.trajectory("epoch_adam", X, y, 0.3, epochs, batch="full")
        assert np.shares_memory(cut, longest)
        np.testing.assert_array_equal(cut, ib.epoch_adam(X, y, 0.3, epochs, batch="full"))
    runs = Runs(size=2)
    first = runs.trajectory("sgd", X, y, 0.1, 50)
    assert np.shares_memory(runs.trajectory("sgd", X, y, 0.1, 20), first)
    runs.trajectory("sgd", X, y, 0.2, 50)
    runs.trajectory("sgd", X, y, 0.3, 50)  # the third setting: the least recent is dropped
    again = runs.trajectory("sgd", X, y, 0.1, 20)
    assert not np.shares_memory(again, first)
    np.testing.assert_array_equal(again, first[:41])
    panel.close()
    assert panel.runs is None


def test_a_running_event_loop_outside_a_kernel_starts_no_thread():
    """Playwright's sync API, in the browser tests, leaves an event loop running in the test
    process: the panels must not take it for a kernel's and compute in a thread there."""
    import asyncio
    import threading

    async def build():
        panel = ib.optimizer_panel("sgd")
        background = panel.ahead.background
        panel.close()
        return background

    # In a thread of its own: in the full suite Playwright's loop already runs in this one.
    result = []
    runner = threading.Thread(target=lambda: result.append(asyncio.run(build())))
    runner.start()
    runner.join(60)
    assert result == [False]
    assert "ib-ahead" not in [t.name for t in threading.enumerate()]


@pytest.mark.parametrize("name", ["01", "05"])
def test_every_family_is_within_its_budget_of_one_megabyte(name):
    panel = PANELS[name]()
    panel.compute_ahead()
    sizes = {control: len(f.data) for control, f in panel.families.items()}
    assert all(0 < size <= 1_000_000 for size in sizes.values()), sizes
    panel.close()


def test_a_kernel_computes_the_families_in_the_background_and_answers_moves_meanwhile():
    """In a real kernel the families fill in a thread while the kernel keeps answering: a cell
    runs at once while they are being computed, and they are complete soon after."""
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name="python3")
    try:

        def run(code):
            reply = kc.execute_interactive(code, timeout=120, output_hook=lambda msg: None)
            assert reply["content"]["status"] == "ok", reply["content"]

        def value(expression):
            reply = kc.execute_interactive(
                "", user_expressions={"v": expression}, timeout=60, output_hook=lambda m: None
            )
            return reply["content"]["user_expressions"]["v"]["data"]["text/plain"]

        run("import ib_helpers as ib\np = ib.compare_panel(theta0_sliders=True)\np")
        assert value("p.ahead.background") == "True"
        assert value("p.ahead.complete()") == "False"  # 04's take seconds
        run("p.alpha_slider.value = 0.2")  # answered while the thread works
        assert "α = 0.2'" in value("p._title()")
        for _ in range(600):
            if value("p.ahead.complete() and all(f.data for f in p.families.values())") == "True":
                break
            time.sleep(0.1)  # here, not in a cell: while a cell runs, the thread waits
        else:
            pytest.fail("the families were not complete after 60 s")
        assert value("__import__('ib_helpers').families.decode_family("
                     "p.families['epochs'].data)['base']['alpha']") == "0.2"  # fmt: skip
        run("p.close()")
        assert value("[t.name for t in __import__('threading').enumerate()].count('ib-ahead')") in (
            "0",
            "1",  # the thread ends after the step it is in
        )
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__" and "--write" in sys.argv:
    blob = fixture_family()
    FIXTURE.with_suffix(".gz").write_bytes(blob)
    FIXTURE.with_suffix(".json").write_text(
        json.dumps(_jsonable(decode_family(blob)), indent=1) + "\n"
    )
    print(f"wrote {FIXTURE.with_suffix('.gz')} and .json")


def test_a_panel_is_made_again_only_from_a_panel_cell():
    """notebook_panel builds each notebook's panel from its own cell; anything else is refused
    with a message that says what a panel cell is."""
    from ib_helpers.panels.snapshot import panel_from_cell

    with pytest.raises(ValueError, match=r"ib\.optimizer_panel\(\.\.\.\) or ib\.compare_panel"):
        panel_from_cell("import os; os.remove('x')")
    with pytest.raises(ValueError, match="has no panel cell"):
        notebook_panel(NOTEBOOKS / "06-why-it-matters.ipynb")
    assert sorted(PANELS) == ["01", "02", "03", "04", "05"]
