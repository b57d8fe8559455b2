"""The live canvas's frames: diffs while things move, one full key frame once they stop.

The browser side (that a key frame repairs frames the browser dropped) is checked in
tests/e2e against the kernel's own picture; here the kernel side runs on an ipympl canvas
without a browser, with a scheduler the test drives by hand.
"""

import asyncio
import io
import logging
import threading

import matplotlib
import numpy as np
import PIL.Image
import pytest
from ipympl.backend_nbagg import Canvas, FigureManager
from matplotlib.figure import Figure

matplotlib.use("Agg")  # importing ipympl's backend made it pyplot's; the other tests use Agg

from ib_helpers.frames import KEYFRAME_DELAY, FrameSender, encode_png

# ipympl's own Toolbar warns on construction (traitlets); not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore:Passing unrecognized arguments:DeprecationWarning")


class Timer:
    def __init__(self, delay, callback):
        self.delay, self.callback, self.cancelled = delay, callback, False

    def cancel(self):
        self.cancelled = True


@pytest.fixture
def live():
    """An ipympl canvas with a line, its FrameSender, the frames sent and the timers asked for."""
    fig = Figure(figsize=(3, 2), dpi=50)
    ax = fig.add_subplot()
    (line,) = ax.plot([0, 1], [0, 1])
    canvas = Canvas(fig)
    FigureManager(canvas, 1)
    canvas.syncing_data_url = False  # as once a browser is attached
    sent, timers = [], []
    canvas.send_binary = sent.append
    frames = FrameSender(canvas, lambda delay, cb: timers.append(Timer(delay, cb)) or timers[-1])
    yield canvas, line, frames, sent, timers


def decode(png):
    return np.asarray(PIL.Image.open(io.BytesIO(png)).convert("RGBA"))


def test_diffs_plan_one_keyframe_that_repaints_everything(live):
    canvas, line, frames, sent, timers = live
    canvas.draw()
    assert frames.sent == {"full": 1, "diff": 0} and timers == [], "a first frame is full"

    line.set_ydata([1, 0])
    canvas.draw()
    line.set_ydata([0.5, 0.5])
    canvas.draw()
    assert frames.sent == {"full": 1, "diff": 2}
    assert [t.cancelled for t in timers] == [True, False], "each diff postpones the key frame"
    assert timers[-1].delay == KEYFRAME_DELAY

    timers[-1].callback()
    assert frames.sent == {"full": 2, "diff": 2}
    assert canvas._image_mode == "full"
    picture = np.asarray(canvas.get_renderer().buffer_rgba())
    assert np.array_equal(decode(sent[-1]), picture), "the key frame is the whole picture"
    assert len(timers) == 2, "a key frame plans no further key frame"


def paste(diff, picture):
    """What the browser does with a diff: paste it at the top-left corner, over the picture."""
    pasted = picture.copy()
    h, w = diff.shape[:2]
    pasted[:h, :w] = np.where(diff[:, :, 3:] == 255, diff, picture[:h, :w])
    return pasted


def test_a_diff_holds_only_the_changed_pixels(live):
    canvas, line, frames, sent, timers = live
    canvas.draw()
    before = np.asarray(canvas.get_renderer().buffer_rgba()).copy()
    line.set_ydata([0.2, 0.3])  # only the lower left of the axes changes
    canvas.draw()
    after = np.asarray(canvas.get_renderer().buffer_rgba())
    diff = decode(sent[-1])
    changed = (before != after).any(axis=2)
    rows, cols = np.flatnonzero(changed.any(axis=1)), np.flatnonzero(changed.any(axis=0))
    assert diff.shape == (rows[-1] + 1, cols[-1] + 1, 4), "cropped after the last change"
    assert diff.shape[1] < after.shape[1], "the unchanged right-hand side is not sent"
    region = changed[: diff.shape[0], : diff.shape[1]]
    assert np.array_equal(diff[region], after[: diff.shape[0], : diff.shape[1]][region])
    assert (diff[~region] == 0).all(), "unchanged pixels are transparent"
    assert np.array_equal(paste(diff, before), after)


def test_an_unchanged_picture_is_sent_as_one_transparent_pixel(live):
    canvas, line, frames, sent, timers = live
    canvas.draw()
    canvas.draw()  # the browser waits for an image after each draw request, so one is sent
    assert frames.sent["diff"] == 1
    assert decode(sent[-1]).shape == (1, 1, 4) and (decode(sent[-1]) == 0).all()


def _in_a_thread(function):
    """Run ``function`` in a new thread (Playwright's sync API leaves a loop in this one)."""
    result = []
    thread = threading.Thread(target=lambda: result.append(function()))
    thread.start()
    thread.join()
    return result[0]


def test_keyframes_run_on_the_kernels_event_loop_and_need_one():
    from ib_helpers.frames import _call_later

    async def in_a_kernel():
        ran = asyncio.Event()
        handle = _call_later(0.01, ran.set)
        await asyncio.wait_for(ran.wait(), timeout=5)
        return handle

    assert _in_a_thread(lambda: asyncio.run(in_a_kernel())) is not None
    # Plain Python, with no event loop (no browser to repair either): no timer.
    assert _in_a_thread(lambda: _call_later(0.01, print)) is None


@pytest.mark.parametrize("shape", [(1, 1), (7, 13), (60, 90)])
def test_encode_png_round_trips_through_a_standard_decoder(shape):
    rng = np.random.default_rng(0)
    rgba = rng.integers(0, 256, size=(*shape, 4), dtype=np.uint8)
    rgba[: shape[0] // 2] = 0  # transparent rows, as in a diff
    decoded = PIL.Image.open(io.BytesIO(encode_png(rgba)))
    assert decoded.mode == "RGBA"
    assert np.array_equal(np.asarray(decoded), rgba)


@pytest.mark.parametrize(
    "bad", [np.zeros((4, 4, 3), np.uint8), np.zeros((4, 4, 4)), np.zeros((4, 16), np.uint8)]
)
def test_encode_png_rejects_what_is_not_rgba_bytes(bad):
    with pytest.raises(ValueError, match="uint8 of shape"):
        encode_png(bad)


def test_a_failing_keyframe_is_swallowed_not_printed(live, caplog):
    canvas, line, frames, sent, timers = live

    def broken(data):
        raise RuntimeError("the comm is gone")

    canvas.send_binary = broken
    with caplog.at_level(logging.DEBUG, logger="ib_helpers.frames"):
        frames.send_keyframe()  # must not raise into the event loop
    # Python prints unhandled records of WARNING and above on stderr, which in a kernel lands in
    # the last cell's output: only a debug record is allowed.
    assert [r.levelno for r in caplog.records] == [logging.DEBUG]
