"""Pins and Binder's configuration, Binder's checked with repo2docker's own logic (no Docker)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def lines(path):
    return [s for s in (line.split("#")[0].strip() for line in path.read_text().splitlines()) if s]


def pins(path):
    found = {}
    for line in lines(path):
        if not line.startswith("-"):
            name, sep, version = line.partition("==")
            assert sep, f"{path.name}: {line!r} is not pinned exactly with =="
            assert name.lower() not in found, f"{path.name}: {name} pinned twice"
            found[name.lower()] = version
    return found


def test_runtime_pins_are_what_the_notebooks_import_and_the_helpers():
    runtime = pins(ROOT / "requirements.txt")
    for name in ("jupyterlab", "ipykernel", "numpy", "matplotlib", "ipywidgets"):
        assert name in runtime, f"requirements.txt does not pin {name}"
    for tool in ("pytest", "nbval", "playwright", "jupyter-repo2docker", "ruff", "nbgitpuller"):
        assert tool not in runtime, f"{tool} is a test tool: it belongs in requirements-test.txt"
    assert "-e ." in lines(ROOT / "requirements.txt")


def test_test_pins_install_the_runtime_pins_first_and_never_repin_them():
    test = lines(ROOT / "requirements-test.txt")
    assert test[0] == "-r requirements.txt", "requirements-test.txt must start with the runtime"
    overlap = set(pins(ROOT / "requirements-test.txt")) & set(pins(ROOT / "requirements.txt"))
    assert not overlap, f"pinned in both files: {sorted(overlap)}"


def test_binder_pins_equal_the_runtime_pins():
    binder, runtime = pins(ROOT / "binder/requirements.txt"), pins(ROOT / "requirements.txt")
    assert binder == runtime, (
        f"only in binder: {sorted(set(binder.items()) - set(runtime.items()))}, "
        f"only in requirements.txt: {sorted(set(runtime.items()) - set(binder.items()))}"
    )


def test_binder_installs_the_helpers_and_python_311():
    assert "-e ." in lines(ROOT / "binder/requirements.txt")
    assert (ROOT / "binder/runtime.txt").read_text().strip() == "python-3.11"


def test_repo2docker_builds_a_dockerfile_that_installs_everything():
    # The tool installed next to this interpreter, even when its bin/ is not on PATH.
    exe = shutil.which(
        "jupyter-repo2docker", path=str(Path(sys.executable).parent)
    ) or shutil.which("jupyter-repo2docker")
    if exe is None:
        pytest.skip("jupyter-repo2docker is not installed (pip install -r requirements-test.txt)")
    result = subprocess.run(
        [exe, "--no-build", "--debug", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    assert "python=3.11" in output
    # The repository is copied in before binder/requirements.txt is installed, so "-e ." finds
    # pyproject.toml and ib_helpers is importable in the image. The owner in --chown is the uid
    # of whoever runs repo2docker (0 for root, 1000 for most laptops), so it is not checked.
    copy_repo = re.search(r"^COPY (--chown=\S+ )?src/ \$\{REPO_DIR\}/$", output, re.M)
    assert copy_repo, output[-3000:]
    install = [
        m.start()
        for m in re.finditer(r'pip install --no-cache-dir -r "binder/requirements.txt"', output)
    ]
    assert install, output[-3000:]
    assert install[-1] > copy_repo.start()
