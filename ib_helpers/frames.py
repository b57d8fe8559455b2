"""How a live ipympl canvas sends its pictures: fast PNG frames, and a key frame after a drag.

ipympl sends a *diff* frame per redraw: the pixels that changed since the last frame, the rest
transparent. The browser pastes each diff over what it shows. When two frames arrive before the
browser has decoded the first (a fast drag on a busy machine), the browser drops the first one,
and pixels that only it changed stay stale: ghosts of old titles and paths (matplotlib issue
#19116). :class:`FrameSender` keeps diffs for speed and, once the frames stop, sends one full
*key frame* that repaints every pixel.
"""

from __future__ import annotations

import asyncio
import io
import logging
import struct
import zlib

import numpy as np
import PIL.Image

__all__ = ["KEYFRAME_DELAY", "FrameSender", "encode_png"]

#: Seconds without a new frame after which the whole picture is sent again.
KEYFRAME_DELAY = 0.25

_log = logging.getLogger(__name__)


def encode_png(rgba):
    """Encode pixels as a PNG quickly: no row filters, zlib level 1, run-length deflate.

    Three times faster than Pillow's encoder on a diff frame (mostly transparent rows), and
    smaller too; Pillow's adaptive row filters pay off only on whole pictures.

    Parameters
    ----------
    rgba : ndarray of uint8, shape (height, width, 4)

    Returns
    -------
    bytes
    """
    rgba = np.asarray(rgba)
    if rgba.dtype != np.uint8 or rgba.ndim != 3 or rgba.shape[2] != 4:
        raise ValueError(
            f"rgba must be uint8 of shape (height, width, 4); got {rgba.dtype} {rgba.shape}"
        )
    height, width, _ = rgba.shape
    rows = np.zeros((height, 1 + 4 * width), np.uint8)  # a leading 0 per row: filter "None"
    rows[:, 1:] = rgba.reshape(height, -1)
    deflate = zlib.compressobj(1, zlib.DEFLATED, 15, 9, zlib.Z_RLE)
    data = deflate.compress(rows) + deflate.flush()

    def chunk(kind, body):
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def _call_later(delay, callback):
    """Run ``callback`` on the kernel's event loop after ``delay`` seconds; None without one."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:  # plain Python (tests, benchmarks): no browser to repair
        return None
    return loop.call_later(delay, callback)


class FrameSender:
    """Replace an ipympl canvas's frame encoder: quicker PNGs, and a key frame after diffs.

    The logic is matplotlib's ``FigureCanvasWebAggCore.get_diff_image``, with faster PNG
    encoding (it was most of a slider event's time; ``benchmarks/slider_latency.py``): Pillow at
    zlib level 1 for full frames, :func:`encode_png` for diffs.

    Parameters
    ----------
    canvas : ipympl Canvas
    schedule : callable, optional
        ``schedule(delay, callback)`` returns a handle with ``cancel()``, or None when nothing
        can be scheduled; the kernel's asyncio loop by default.

    Attributes
    ----------
    sent : dict
        How many frames of each mode ("full", "diff") were encoded.
    """

    def __init__(self, canvas, schedule=_call_later):
        self.canvas = canvas
        self.schedule = schedule
        self.sent = {"full": 0, "diff": 0}
        self._pending = None
        canvas.get_diff_image = self.get_diff_image

    def get_diff_image(self):
        """The next frame as PNG bytes (None when nothing was drawn since the last one)."""
        canvas = self.canvas
        if not canvas._png_is_old:
            return None
        pixels = np.asarray(canvas.get_renderer().buffer_rgba())
        buff = pixels.view(np.uint32).squeeze(2)
        full = (
            canvas._force_full
            or buff.shape != canvas._last_buff.shape
            or (pixels[:, :, 3] != 255).any()
        )
        if full:
            canvas.set_image_mode("full")
            output = buff
        else:
            canvas.set_image_mode("diff")
            changed = buff != canvas._last_buff
            # The browser pastes a diff at the canvas's top-left corner, at its own size: rows
            # below and columns right of the last change need not be sent (at least 1 x 1).
            rows, cols = np.flatnonzero(changed.any(axis=1)), np.flatnonzero(changed.any(axis=0))
            height = rows[-1] + 1 if rows.size else 1
            width = cols[-1] + 1 if cols.size else 1
            output = np.where(changed[:height, :width], buff[:height, :width], 0)
        canvas._last_buff = buff.copy()
        canvas._force_full = False
        canvas._png_is_old = False
        data = output.view(dtype=np.uint8).reshape((*output.shape, 4))
        if full:  # rare (first show, key frames): Pillow's filters make it a third the size
            with io.BytesIO() as png:
                PIL.Image.fromarray(data).save(png, format="png", compress_level=1)
                frame = png.getvalue()
        else:
            frame = encode_png(data)
        self.sent["full" if full else "diff"] += 1
        if full:
            self._cancel()
        else:
            self._plan_keyframe()
        return frame

    def send_keyframe(self):
        """Send the whole picture now, as a full frame the browser shows on a cleared canvas."""
        self._pending = None
        try:
            self.canvas._force_full = True
            self.canvas._png_is_old = True
            self.canvas.manager.refresh_all()
        except Exception:
            # Runs outside any cell, so anything on stderr would land in whatever cell ran
            # last: a debug record only (dropped unless logging is set up), never a traceback.
            _log.debug("could not send a key frame", exc_info=True)

    def _plan_keyframe(self):
        self._cancel()
        self._pending = self.schedule(KEYFRAME_DELAY, self.send_keyframe)

    def _cancel(self):
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
