"""Build the browser bundles in ib_helpers/static/ from js/ and three.js.

Usage: ``python tools/build_js.py`` (needs Node.js and npm; students and CI do not: the bundle
is committed and shipped inside the package).

Runs ``npm ci`` in ``js/`` (the exact versions of ``js/package-lock.json``) and esbuild
(``--bundle --minify``) on each entry: ``js/scene.js``, the live scene, ``js/text.js``, a
panel's text that changes with the scene, and ``js/check.js``, a self-check's buttons (ES
modules, for anywidget), and ``js/readonly.js``,
the read-only copy's panels with no kernel (a classic script, for pages opened from disk); all
import the modules in ``js/src/``. Each bundle's first line records a SHA-256 of the sources
they were built from (the entries, every ``*.js`` under ``js/src/``, ``package.json`` and
``package-lock.json``), so a test can tell when the committed bundle is older than ``js/``.
The Node unit tests in ``js/tests/`` are not part of the bundles, nor of the hash.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JS = ROOT / "js"
STATIC = ROOT / "ib_helpers" / "static"
#: Entry in js/ -> its bundle and format: the anywidget modules are ES modules; the read-only
#: copy's script is a classic one (a page opened from disk may not load module files).
ENTRIES = {
    "scene.js": (STATIC / "scene.js", "esm"),
    "text.js": (STATIC / "text.js", "esm"),
    "check.js": (STATIC / "check.js", "esm"),
    "readonly.js": (STATIC / "readonly.js", "iife"),
}
BUNDLE = ENTRIES["scene.js"][0]
MODULES = "src"  # the entry's modules: every *.js under js/src/


def sources():
    """The files the bundles are built from, as paths relative to ``js/``, in a fixed order:
    the entries, the modules under ``js/src/`` (sorted), then ``package.json`` and
    ``package-lock.json``."""
    modules = sorted(path.relative_to(JS).as_posix() for path in (JS / MODULES).rglob("*.js"))
    return [*ENTRIES, *modules, "package.json", "package-lock.json"]


def source_hash():
    """SHA-256 over the files the bundle is built from (:func:`sources`), in a fixed order."""
    digest = hashlib.sha256()
    for name in sources():
        digest.update(name.encode() + b"\0" + (JS / name).read_bytes() + b"\0")
    return digest.hexdigest()


def banner():
    return (
        f"/* ib_helpers live scene, built by tools/build_js.py from js/, sha256 {source_hash()} */"
    )


def main():
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=JS, check=True)
    STATIC.mkdir(parents=True, exist_ok=True)
    for entry, (bundle, form) in ENTRIES.items():
        subprocess.run(
            [
                str(JS / "node_modules" / ".bin" / "esbuild"), entry, "--bundle", "--minify",
                f"--format={form}", "--legal-comments=none", f"--banner:js={banner()}",
                f"--outfile={bundle}",
            ],
            cwd=JS,
            check=True,
        )  # fmt: skip
        print(f"wrote {bundle.relative_to(ROOT)} ({bundle.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    sys.exit(main())
