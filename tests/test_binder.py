"""Binder's configuration, checked with repo2docker's own logic (no Docker engine needed)."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pins(path):
    found = {}
    for line in path.read_text().splitlines():
        line = line.split("#")[0].strip()
        if line and not line.startswith("-"):
            name, sep, version = line.partition("==")
            assert sep, f"{path.name}: {line!r} is not pinned exactly with =="
            found[name.lower()] = version
    return found


def test_binder_pins_match_requirements():
    binder, local = pins(ROOT / "binder/requirements.txt"), pins(ROOT / "requirements.txt")
    for name in ("jupyterlab", "numpy", "matplotlib", "ipywidgets", "ipympl"):
        assert name in binder, f"binder/requirements.txt does not pin {name}"
    for name, version in binder.items():
        assert local.get(name) == version, (
            f"{name}: binder {version}, requirements {local.get(name)}"
        )


def test_binder_installs_the_helpers_and_python_311():
    assert "-e ." in (ROOT / "binder/requirements.txt").read_text().splitlines()
    assert (ROOT / "binder/runtime.txt").read_text().strip() == "python-3.11"


def test_repo2docker_builds_a_dockerfile_that_installs_everything():
    # The tool installed next to this interpreter, even when its bin/ is not on PATH.
    exe = shutil.which(
        "jupyter-repo2docker", path=str(Path(sys.executable).parent)
    ) or shutil.which("jupyter-repo2docker")
    if exe is None:
        pytest.skip("jupyter-repo2docker is not installed (pip install -r requirements.txt)")
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
    # pyproject.toml and ib_helpers is importable in the image.
    copy_repo = output.index("COPY --chown=0:0 src/ ${REPO_DIR}/")
    install = [
        m.start()
        for m in re.finditer(r'pip install --no-cache-dir -r "binder/requirements.txt"', output)
    ]
    assert install, output[-3000:]
    assert install[-1] > copy_repo
