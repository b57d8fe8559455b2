"""A real IPython kernel that runs cells as JupyterLab sends them (each with its cell id in the
request's metadata): shared by the memory test (tests/test_widgets.py) and the budgets
benchmark (benchmarks/budgets.py)."""

import contextlib

# IPython >= 9 keeps every output bundle it shows (history_manager.outputs, the PNG included,
# ~120 kB a run) by design, for any rich output; the probe empties it to count what ours keep.
# The open panel computes its families in the background (ib_helpers.panels.ahead), a
# varying amount by the time of the probe (and their size has its own budget test, in
# test_families): the probe stops that work and empties them, so that what it counts is
# what the closed panels and their threads leave behind. It prints four integers: resident
# memory (kB), the bytes tracemalloc counts, the compare panels still open, pyplot figures.
MEMORY_PROBE = (
    "import gc\n"
    "p = [o for o in gc.get_objects() if isinstance(o, ib.ComparePanel) and o.comm][0]\n"
    "p.ahead.close(); [setattr(f, 'data', b'') for f in p.families.values()]\n"
    "del p; get_ipython().history_manager.outputs.clear(); gc.collect(); "
    "print(int([l for l in open('/proc/self/status') if l.startswith('VmRSS')][0].split()[1]),"
    " tracemalloc.get_traced_memory()[0],"
    " sum(isinstance(o, ib.ComparePanel) and o.comm is not None for o in gc.get_objects()),"
    " len(plt.get_fignums()))"
)
MEMORY_SETUP = "import tracemalloc\nimport ib_helpers as ib\nimport matplotlib.pyplot as plt"


@contextlib.contextmanager
def running_kernel():
    """Start a ``python3`` kernel; yield ``run(code, cell)``, which runs ``code`` as the cell
    ``cell`` and returns its (stdout, stderr) text, errors' tracebacks in stderr."""
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name="python3")

    def run(code, cell):
        content = {"code": code, "silent": False, "store_history": True,
                   "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}  # fmt: skip
        msg = kc.session.msg("execute_request", content, metadata={"cellId": cell})
        kc.shell_channel.send(msg)
        out, err = [], []
        while True:
            reply = kc.get_iopub_msg(timeout=120)
            if reply["parent_header"].get("msg_id") != msg["header"]["msg_id"]:
                continue
            kind, body = reply["msg_type"], reply["content"]
            if kind == "stream":
                (err if body["name"] == "stderr" else out).append(body["text"])
            elif kind == "error":
                err.append("\n".join(body["traceback"]))
            elif kind == "status" and body["execution_state"] == "idle":
                return "".join(out), "".join(err)

    try:
        yield run
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
