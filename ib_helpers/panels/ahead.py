"""Runs computed ahead of the student: each control's family, recomputed in the background.

A panel has one :class:`~ib_helpers.live.FamilyWidget` per control (slider or sign toggle).
:class:`Ahead` fills each with the panel's state at every position of that control, the others
held (:mod:`ib_helpers.families`), so the browser can show any position of it with no message
to the kernel. A move of one control leaves its own family valid and makes the others stale:
they are computed again for the new values, from each control's current position outwards.

The work runs in a thread, so that it never holds up the kernel's answer to the student's next
move by more than Python's thread switch interval (5 ms): the kernel answers a move as before
(:meth:`_ScenePanel.update`), and the thread pauses while it does, and while a cell runs
(IPython's ``pre_run_cell`` and ``post_run_cell`` events), so that *Run All* and the first
picture go as fast as without it. The thread only computes
(a state is a pure function of the control values, :meth:`_ScenePanel._state`) and encodes;
the kernel's own thread sends each family (``loop.call_soon_threadsafe``), at 8, 32, 128 and
512 positions and when complete, so that the positions nearest the student arrive first and
the bytes sent add up to at most 4/3 of the family. The last two complete families of each
control are kept (:data:`KEPT`): when a slider comes back to where it was, the other controls'
families hold again at once. Outside a running kernel (a script, the tests) there is no
background: :meth:`Ahead.compute_all` fills every family at once.
"""

from __future__ import annotations

import asyncio
import threading

from ..families import encode_family, index_of, nearest_first, positions

__all__ = ["Ahead"]

#: Send a growing family when it holds this many positions (and when it is complete).
MILESTONES = (8, 32, 128, 512)
#: Complete families kept per control besides the current one (each at most 1 MB).
KEPT = 2

#: Whether panels made from now on compute their families in a kernel's background (the
#: budgets benchmark turns it off in one copy of a notebook, to time the kernel-only path in the
#: same run). Without, every slider move is answered by the kernel, as before the families.
BACKGROUND = True

#: Set while a notebook cell runs: the threads wait, the cell has the kernel to itself.
_CELL_RUNNING = threading.Event()


def _kernel_loop():
    """The running kernel's event loop, or None outside a kernel (a script, the tests): there,
    compute_all() does the work at once. A running loop alone is not a kernel: Playwright's sync
    API, for one, leaves its own loop running in the test process."""
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except ImportError:
        return None
    if shell is None or getattr(shell, "kernel", None) is None:
        return None
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _watch_cells():
    """Have IPython tell when a cell starts and ends (once per kernel)."""
    if getattr(_watch_cells, "watching", False):
        return
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except ImportError:
        shell = None
    if shell is None:
        return
    shell.events.register("pre_run_cell", lambda *args: _CELL_RUNNING.set())
    shell.events.register("post_run_cell", lambda *args: _CELL_RUNNING.clear())
    _watch_cells.watching = True
    # This cell (the panel's own) is running now.
    _CELL_RUNNING.set()


class _Job:
    """One family to compute: the control, its positions, the base, the order, what is done."""

    def __init__(self, name, values, current, longest_first=False):
        self.name = name
        self.values = values  # every position of the control
        self.base = {k: v for k, v in current.items() if k != name}
        self.order = nearest_first(values, current[name])
        if longest_first:
            last = max(range(len(values)), key=lambda i: values[i])
            self.order = [last, *(i for i in self.order if i != last)]
        self.states = {}  # position index -> state, until the complete family is encoded
        self.blob = None  # the complete family's bytes
        self.present = set()  # the positions computed
        self.next = 0  # index into order
        self.sent = 0  # positions in the last family sent

    def matches(self, current):
        """Whether this family still holds for the current control values."""
        return all(self.base[k] == current[k] for k in self.base)

    @property
    def done(self):
        return self.next >= len(self.order)

    def due(self):
        """Whether the family should be sent now."""
        count = len(self.present)
        return count > self.sent and (self.done or count in MILESTONES)

    def encode(self):
        """The family's bytes; once complete, the states are dropped (the bytes hold them)."""
        blob = encode_family(self.name, self.values, self.base, dict(self.states))
        self.sent = len(self.present)
        if self.done:
            self.states, self.blob = {}, blob
        return blob


class Ahead:
    """Compute a panel's families ahead of the student (see the module's docstring).

    Parameters
    ----------
    state : callable
        Control values (dict) to the state the browser shows (JSON-ready dict).
    controls : dict of str to widget
    families : dict of str to FamilyWidget
        Where each control's family goes (the same keys as ``controls``).
    longest_first : tuple of str
        Controls whose family is computed from the largest value down, then outwards from the
        current one: the epochs, whose states all cut the run of the most epochs
        (:class:`~ib_helpers.panels.registry.Runs`), so that run is made once, first.
    """

    def __init__(self, state, controls, families, longest_first=()):
        self.state = state
        self.longest_first = tuple(longest_first)
        self.values = {name: positions(w) for name, w in controls.items()}
        self.families = families
        self.jobs = {}
        self.current = None
        # The last complete families of each control, kept to come back to: a student moves a
        # slider and back, and the other controls' families hold again at once.
        self.kept = {name: [] for name in self.values}
        self._lock = threading.Condition()
        self._stepping = threading.Lock()  # one step at a time: the thread's or compute_all's
        self._busy = 0  # the kernel is answering a move: the thread waits
        self._closed = False
        self._thread = None
        loop = _kernel_loop()
        self._loop = loop if BACKGROUND else None
        self._idle = loop is not None and not BACKGROUND  # a kernel, told not to compute

    @property
    def background(self):
        """Whether the families are computed in a background thread (inside a kernel)."""
        return self._loop is not None

    def restart(self, current, changed=None):
        """The controls now hold ``current``; ``changed`` is the one that moved (None: any).
        Families that no longer hold are computed again, from the current values outwards."""
        with self._lock:
            self.current = dict(current)
            for name in self.values:
                job = self.jobs.get(name)
                if job is not None and job.matches(self.current):
                    continue
                kept = [j for j in self.kept[name] if j is not job]
                if job is not None and job.blob is not None:
                    kept = [job, *kept][:KEPT]
                again = next((j for j in kept if j.matches(self.current)), None)
                self.kept[name] = [j for j in kept if j is not again]
                if again is not None:
                    self.jobs[name] = again
                    self.families[name].data = again.blob
                else:
                    self.jobs[name] = _Job(
                        name, self.values[name], self.current, name in self.longest_first
                    )
                    self.families[name].data = b""  # stale: the browser no longer uses it
            self._lock.notify_all()
        if self._idle:
            return  # in a kernel with BACKGROUND off: no family is ever computed
        if self.background and self._thread is None:
            _watch_cells()
            self._thread = threading.Thread(target=self._work, name="ib-ahead", daemon=True)
            self._thread.start()

    def hold(self):
        """Pause the thread while the kernel answers a move (use as ``with ahead.hold():``)."""
        return _Hold(self)

    def close(self):
        """Stop the thread and forget every state."""
        with self._lock:
            self._closed = True
            self.jobs, self.kept = {}, {}
            self._lock.notify_all()

    def compute_all(self, limit=None):
        """Compute every family now, in this thread, and set each widget's data (``limit``: at
        most that many positions of each, the nearest first)."""
        with self.hold(), self._stepping:
            for job in list(self.jobs.values()):
                while not job.done and (limit is None or job.next < limit):
                    self._step(job)
                if len(job.present) > job.sent:
                    self.families[job.name].data = job.encode()

    def complete(self):
        """Whether every family holds for the current values and is complete and sent."""
        with self._lock:
            return all(
                j.done and j.sent == len(j.present) and j.matches(self.current)
                for j in self.jobs.values()
            )

    # ------------------------------------------------------------------------------------

    def _step(self, job):
        i = job.order[job.next]
        job.next += 1
        try:
            job.states[i] = self.state({**job.base, job.name: job.values[i]})
            job.present.add(i)
        except Exception:  # e.g. no closed form there: the kernel answers it, with its message
            pass

    def _next_job(self):
        """The unfinished job with the fewest positions done (round robin across families)."""
        open_jobs = [j for j in self.jobs.values() if not j.done]
        return min(open_jobs, key=lambda j: j.next) if open_jobs else None

    def _work(self):
        while True:
            with self._lock:
                while not self._closed and (
                    self._busy or _CELL_RUNNING.is_set() or self._next_job() is None
                ):
                    # A cell's end is not notified: look again every 50 ms while one runs.
                    self._lock.wait(0.05 if _CELL_RUNNING.is_set() else None)
                if self._closed:
                    return
                job = self._next_job()
            # Let the kernel's loop run what is queued first (a slider's value, a button's
            # click): between two steps of this thread, the kernel always gets its turn.
            turn = threading.Event()
            self._loop.call_soon_threadsafe(turn.set)
            turn.wait(1.0)
            with self._stepping:
                if job.done:  # compute_all finished it meanwhile
                    continue
                self._step(job)
                blob = job.encode() if job.due() else None
            if blob is not None:
                self._loop.call_soon_threadsafe(self._deliver, job, blob)

    def _deliver(self, job, blob):
        """On the kernel's thread: set the family's widget, if the family still holds."""
        if self._closed or self.jobs.get(job.name) is not job:
            return
        self.families[job.name].data = blob


class _Hold:
    def __init__(self, ahead):
        self.ahead = ahead

    def __enter__(self):
        with self.ahead._lock:
            self.ahead._busy += 1

    def __exit__(self, *exc):
        with self.ahead._lock:
            self.ahead._busy -= 1
            self.ahead._lock.notify_all()


def covered(ahead, current):
    """Whether the browser can show ``current`` from a family it holds (for tests)."""
    for job in ahead.jobs.values():
        i = index_of(job.values, current[job.name])
        if job.matches(current) and i is not None and i in job.present:
            return True
    return False
