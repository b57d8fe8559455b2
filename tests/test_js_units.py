"""The live scene's browser code: its Node unit tests, and what ties it to the Python side.

``js/tests/*.test.js`` test the pure modules of ``js/src/`` (decoding the kernel's data, number
formatting, the layout rules, the shapes) with Node's own test runner: no npm packages, no
``js/node_modules``, no browser. They run here when ``node`` is on PATH (``cd js && npm test``
runs the same).
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ib_helpers.readout import format_number, format_vector

ROOT = Path(__file__).resolve().parent.parent
JS = ROOT / "js"
NODE = shutil.which("node")


def _node_major():
    if NODE is None:
        return None
    out = subprocess.run([NODE, "--version"], capture_output=True, text=True, check=False)
    match = re.match(r"v(\d+)\.", out.stdout.strip())
    return int(match.group(1)) if match else None


def _build_js():
    spec = importlib.util.spec_from_file_location("build_js", ROOT / "tools" / "build_js.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed: no `node` on PATH")
def test_the_node_unit_tests_of_the_scene_pass():
    major = _node_major()
    if major is None or major < 18:
        pytest.skip(f"node:test needs Node.js 18 or later (found {major})")
    # The files by name: `node --test tests/` searches a directory only on Node 20 and older.
    files = sorted(path.relative_to(JS).as_posix() for path in (JS / "tests").glob("*.test.js"))
    assert len(files) >= 5, files
    result = subprocess.run(
        [NODE, "--test", *files], cwd=JS, capture_output=True, text=True, timeout=300
    )
    if result.returncode != 0:
        output = f"{result.stdout}\n{result.stderr}"
        pytest.fail(
            f"node --test failed in js/ (exit {result.returncode}):\n{output}", pytrace=False
        )
    assert re.search(r"^# fail 0$", result.stdout, re.M), result.stdout


def test_the_tooltips_print_numbers_as_the_readout_does():
    """js/tests/format_cases.json, which the Node tests check against the scene's formatNumber,
    against ib_helpers.readout: the same text where they agree, and the listed differences."""
    cases = json.loads((JS / "tests" / "format_cases.json").read_text(encoding="utf-8"))
    for value, text in cases["same"]["numbers"]:
        assert format_number(float(value)) == text, value
    for values, text in cases["same"]["vectors"]:
        assert format_vector([float(v) for v in values]) == text, values
    for value, python, scene in cases["differ"]["numbers"]:
        assert format_number(float(value)) == python != scene, value
    for values, python, scene in cases["differ"]["vectors"]:
        assert format_vector([float(v) for v in values]) == python != scene, values


def test_the_bundle_hash_covers_every_module_the_entry_imports(tmp_path):
    """The bundle's freshness test compares hashes: the hash must cover every local file
    esbuild bundles, so that editing any of them makes the committed bundle out of date."""
    build_js = _build_js()
    sources = build_js.sources()
    assert sources[0] == "scene.js" and sources[-2:] == ["package.json", "package-lock.json"]
    assert len(sources) == len(set(sources))
    # Every module reachable from the entry by relative imports.
    imported, todo = set(), ["scene.js", "text.js"]
    while todo:
        name = todo.pop()
        if name in imported:
            continue
        imported.add(name)
        text = (JS / name).read_text(encoding="utf-8")
        for spec in re.findall(r"""\bfrom\s*["'](\.{1,2}/[^"']+)["']""", text):
            target = (JS / name).parent.joinpath(spec).resolve().relative_to(JS.resolve())
            todo.append(target.as_posix())
    assert {"src/pane.js", "src/state.js", "src/families.js", "text.js"} <= imported
    assert imported <= set(sources), sorted(imported - set(sources))
    # The tests are not part of the bundle, nor of its hash.
    assert not any(name.startswith("tests/") for name in sources)
    # Editing any one of them changes the hash.
    for name in sources:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(JS / name, tmp_path / name)
    build_js.JS = tmp_path
    before = build_js.source_hash()
    assert before == _build_js().source_hash()  # the copy hashes as js/ does
    for name in sources:
        path = tmp_path / name
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        assert build_js.source_hash() != before, name
        path.write_bytes(original)
    assert build_js.source_hash() == before
