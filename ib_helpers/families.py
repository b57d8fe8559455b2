"""Runs computed ahead: a *family* is a panel's state at every position of one control.

A panel's state (:func:`panel_state_json`) is what the browser shows for one setting of its
controls: the scene (:func:`ib_helpers.live.scene_state`) and the panel's texts (its readout and
the stability bound under the α slider), all computed by ``ib_helpers``. A family holds that
state for every position of one control, the others held at its ``base``; the kernel sends it
to the browser once, and the browser then shows the state of any position of that control in
the next frame, with no message to the kernel (``js/src/families.js`` picks it).

This module is pure: the positions of a control (:func:`positions`) and the family's bytes
(:func:`encode_family`, :func:`decode_family`). The panels compute the states
(:mod:`ib_helpers.panels.ahead`).

The bytes are gzip, small enough to send whole (a family of the comparison panel's 1000
epochs is about 0.2 MB): a JSON header, then the paths as numbers and each state's JSON as
bytes of its own, which the browser parses only when it shows that state. Keys of the state that are
the same at every position are stored once (``common``), and the points of the paths once per
run (``pools``): at every position the path is a list of indices into its run's pool, so the
epochs family, whose paths are prefixes of one run, stores that run once. Points are float32,
the precision WebGL draws them in anyway (three.js keeps positions in a Float32Array): float64
made 05's α family 1.2 MB, over the budget of 1 MB, for no visible difference. Every other
number (last iterates, limits, ticks, every text) is exactly the kernel's.
"""

from __future__ import annotations

import gzip
import json
import struct

import numpy as np

__all__ = ["close", "decode_family", "encode_family", "nearest_first", "positions"]

#: Two control values closer than this (relative) are the same position: the browser computes a
#: log slider's value as 10 ** exponent in its own arithmetic, which can differ in the last bit.
TOLERANCE = 1e-9


def close(a, b):
    """Whether two control values are the same position (see :data:`TOLERANCE`)."""
    a, b = float(a), float(b)
    return a == b or abs(a - b) <= TOLERANCE * max(1.0, abs(a), abs(b))


def positions(widget):
    """Every value ``widget`` can take from its handle or its keys, in order.

    Sliders give their grid (``min + k * step``; a log slider ``base ** (min + k * step)``);
    a ToggleButtons gives its indices (the browser links its ``index``, not its value).
    """
    kind = type(widget).__name__
    if kind == "ToggleButtons":
        return list(range(len(widget.options)))
    if kind == "IntSlider":
        return list(range(widget.min, widget.max + 1, widget.step))
    if kind not in ("FloatSlider", "FloatLogSlider"):
        raise ValueError(f"no positions for a {kind}; allowed: sliders and ToggleButtons")
    count = int(round((widget.max - widget.min) / widget.step))
    grid = [widget.min + k * widget.step for k in range(count + 1)]
    if kind == "FloatLogSlider":
        return [float(widget.base**e) for e in grid]
    return [float(v) for v in grid]


def index_of(values, value):
    """The position of ``value`` in ``values`` (:func:`close`), or None."""
    for i, v in enumerate(values):
        if close(v, value):
            return i
    return None


def nearest_first(values, value):
    """The indices of ``values``, nearest to ``value`` first (the current position, then one
    step either way, two steps, ...): what the student reaches next is computed first."""
    at = index_of(values, value)
    if at is None:
        at = int(np.argmin([abs(float(v) - float(value)) for v in values]))
    return sorted(range(len(values)), key=lambda i: (abs(i - at), i))


def _path_rows(path):
    return np.frombuffer(bytes(path), dtype="<f8").reshape(-1, 3)


def encode_family(control, values, base, states):
    """The bytes of one family.

    Parameters
    ----------
    control : str
        The control's name (the panel's key for it).
    values : list
        Every position of the control (:func:`positions`).
    base : dict
        The other controls' values the states were computed for.
    states : dict of int to dict
        Position index to state (:func:`panel_state_json`); a family may be sent before every
        position is computed, with the positions it has.

    Returns
    -------
    bytes
        gzip of: a 4-byte length, the JSON header, then float32 points, int32 steps, uint32
        indices and each state's own JSON as bytes (the header says where each is, each on an
        8-byte boundary).
    """
    present = sorted(states)
    shaped = []
    for i in present:
        state = dict(states[i])
        state["runs"] = [dict(r) for r in state["runs"]]
        shaped.append(state)
    keys = set().union(*(s.keys() for s in shaped)) if shaped else set()
    keys.discard("runs")
    common = {}
    for key in sorted(keys):
        first = json.dumps(shaped[0].get(key), sort_keys=True)
        if all(json.dumps(s.get(key), sort_keys=True) == first for s in shaped[1:]):
            common[key] = shaped[0].get(key)
    # Every run's points, once: (x, y, z, step) -> index in that run's pool.
    pools, pool_index = [], []
    arrays, chunks, offset = [], [], 0

    def add(array):
        nonlocal offset
        data = np.ascontiguousarray(array).tobytes()
        data += b"\0" * (-len(data) % 8)  # float64 arrays need an 8-byte boundary
        arrays.append([array.dtype.str, offset, int(array.size)])
        chunks.append(data)
        offset += len(data)
        return len(arrays) - 1

    out_states = []
    for state in shaped:
        entry = {k: v for k, v in state.items() if k not in common and k != "runs"}
        runs = []
        for k, run in enumerate(state["runs"]):
            while len(pools) <= k:
                pools.append([])
                pool_index.append({})
            rows = _path_rows(run["path"])
            indices = []
            for row, step in zip(rows.astype("<f4"), run["steps"], strict=True):
                key = (*row.tolist(), int(step))
                if key not in pool_index[k]:
                    pool_index[k][key] = len(pools[k])
                    pools[k].append(key)
                indices.append(pool_index[k][key])
            rest = {n: v for n, v in run.items() if n not in ("path", "steps")}
            rest["points"] = add(np.array(indices, dtype="<u4"))
            runs.append(rest)
        entry["runs"] = runs
        # Each state is JSON bytes of its own: the browser parses the small header when the
        # family arrives and a state only when it is shown (05's epochs family is 4 MB of
        # JSON, which took 35-50 ms of the page's main thread to parse as one).
        text = json.dumps(entry, separators=(",", ":"), ensure_ascii=False).encode()
        out_states.append(add(np.frombuffer(text, dtype=np.uint8)))
    pool_refs = []
    for pool in pools:
        table = np.array(pool, dtype=float).reshape(-1, 4)
        pool_refs.append(
            {
                "xyz": add(table[:, :3].astype("<f4").ravel()),
                "steps": add(table[:, 3].astype("<i4")),
            }
        )
    header = json.dumps(
        {
            "control": control,
            "values": [float(v) for v in values],
            "base": {k: float(v) for k, v in base.items()},
            "present": present,
            "common": common,
            "states": out_states,  # each the index of its JSON bytes in "arrays"
            "pools": pool_refs,
            "arrays": arrays,
        },
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode()
    header += b" " * (-(len(header) + 4) % 8)  # the arrays start on an 8-byte boundary
    payload = struct.pack("<I", len(header)) + header + b"".join(chunks)
    return gzip.compress(payload, compresslevel=6, mtime=0)


def decode_family(blob):
    """The family in :func:`encode_family`'s bytes, as dicts: ``control``, ``values``, ``base``
    and ``states`` (position index to state, each path as float rows and its steps), as the
    browser decodes it (``js/src/families.js``); for tests."""
    payload = gzip.decompress(blob)
    (length,) = struct.unpack("<I", payload[:4])
    header = json.loads(payload[4 : 4 + length])
    start = 4 + length

    def array(ref):
        dtype, offset, size = header["arrays"][ref]
        return np.frombuffer(payload, dtype=np.dtype(dtype), count=size, offset=start + offset)

    pools = [
        (array(p["xyz"]).reshape(-1, 3).astype(float), array(p["steps"]).astype(int))
        for p in header["pools"]
    ]
    states = {}
    for i, ref in zip(header["present"], header["states"], strict=True):
        entry = json.loads(array(ref).tobytes())
        state = {**header["common"], **{k: v for k, v in entry.items() if k != "runs"}}
        runs = []
        for k, run in enumerate(entry["runs"]):
            indices = array(run["points"])
            xyz, steps = pools[k]
            rest = {n: v for n, v in run.items() if n != "points"}
            runs.append({**rest, "path": xyz[indices], "steps": steps[indices].tolist()})
        state["runs"] = runs
        states[i] = state
    return {
        "control": header["control"],
        "values": header["values"],
        "base": header["base"],
        "states": states,
    }
