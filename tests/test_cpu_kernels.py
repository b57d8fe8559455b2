"""The same numbers on every CPU: the number-checking tests and nbval under other OpenBLAS kernels.

OpenBLAS picks its kernels by processor, and a kernel may add the terms of a matrix product in
another order, which changes the product's last bit. Nothing a lesson prints may depend on that
bit. ``OPENBLAS_CORETYPE`` forces a kernel, and OpenBLAS reads it only when it loads, so each
kernel gets a subprocess: there, nbval re-executes every notebook and compares every printed
number with the stored one, and the tests that check printed numbers and sentences against
their exact values (``test_precision`` and the rest of :data:`NUMBER_TESTS`) run again. The
suite itself runs under the machine's own kernel, so with these it covers four.
"""

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Kernels forced in subprocesses, with the CPU flags each needs (/proc/cpuinfo's names; SSE3
#: is "pni" there). Three of them, as far apart as x86-64 gets: SSE3, AVX, AVX2 with FMA.
KERNELS = {
    "Prescott": {"pni"},
    "Sandybridge": {"avx"},
    "Haswell": {"avx2", "fma"},
}

#: What checks a printed number or a tested sentence: nbval's comparison of every notebook, and
#: the tests that hold numbers and sentences against their exact values.
NUMBER_TESTS = [
    "notebooks",
    "tests/test_precision.py",
    "tests/test_wilson.py",
    "tests/test_compare.py",
    "tests/test_scene.py",
]

#: Prints the name of the kernel OpenBLAS chose in this process, through OpenBLAS's own C API
#: (``openblas_get_corename``, with the symbol suffix of numpy's bundled build where it has one).
CORENAME = """
import ctypes, numpy
paths = {line.split()[-1] for line in open("/proc/self/maps") if "openblas" in line.lower()}
for path in sorted(paths):
    lib = ctypes.CDLL(path)
    for name in ("scipy_openblas_get_corename64_", "openblas_get_corename64_",
                 "openblas_get_corename"):
        if hasattr(lib, name):
            getattr(lib, name).restype = ctypes.c_char_p
            print(getattr(lib, name)().decode())
            raise SystemExit
print("")
"""


def cpu_flags():
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return set()
    for line in text.splitlines():
        if line.startswith("flags"):
            return set(line.split(":", 1)[1].split())
    return set()


def environment(kernel):
    env = dict(os.environ)
    if kernel is None:
        env.pop("OPENBLAS_CORETYPE", None)
    else:
        env["OPENBLAS_CORETYPE"] = kernel
    return env


def corename(kernel):
    """The kernel OpenBLAS takes in a new process with ``OPENBLAS_CORETYPE=kernel``."""
    done = subprocess.run(
        [sys.executable, "-c", CORENAME],
        env=environment(kernel),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def skip_unless_possible(kernel=None):
    if platform.machine() not in ("x86_64", "AMD64"):
        pytest.skip(f"OpenBLAS's x86-64 kernels cannot be forced on {platform.machine()}")
    if not Path("/proc/self/maps").exists():
        pytest.skip("finding the loaded OpenBLAS needs /proc (Linux)")
    if kernel is not None and not KERNELS[kernel] <= cpu_flags():
        pytest.skip(f"this CPU lacks {sorted(KERNELS[kernel] - cpu_flags())} for {kernel}")


def test_the_forced_kernels_are_really_taken():
    # Without this, a forced kernel that OpenBLAS ignored would make the runs below the same
    # run as the suite's own, and prove nothing.
    skip_unless_possible()
    names = {kernel: corename(kernel) for kernel in KERNELS if KERNELS[kernel] <= cpu_flags()}
    names["(not set)"] = corename(None)
    assert all(names.values()), f"no OpenBLAS found in numpy's process: {names}"
    assert len(set(names.values())) >= 3, f"fewer than three distinct kernels: {names}"


@pytest.mark.parametrize("kernel", KERNELS)
def test_every_printed_number_and_tested_sentence_is_the_same_under(kernel):
    skip_unless_possible(kernel)
    command = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *NUMBER_TESTS]
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=environment(kernel),
        capture_output=True,
        text=True,
        timeout=1200,
    )
    tail = "\n".join((done.stdout + done.stderr).splitlines()[-40:])
    assert done.returncode == 0, f"OPENBLAS_CORETYPE={kernel} ({corename(kernel)}):\n{tail}"
