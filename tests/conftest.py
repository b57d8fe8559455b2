"""Unit tests draw with Agg: no display, and the same pixels on every machine.

The one headless Chromium of the session lives here too, for the browser tests of ``tests/e2e``
and for ``test_site_a11y``: Playwright's sync API runs an event loop of its own, and a second
one cannot start in the same process while the first is alive.
"""

import importlib.util
import os
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parent.parent


def load_builder():
    """``tools/build_site.py`` as a module (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("build_site", ROOT / "tools" / "build_site.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The read-only copy, built once for test_site and test_site_a11y: (folder, builder)."""
    out = tmp_path_factory.mktemp("site")
    builder = load_builder()
    builder.build(out)
    return out, builder


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, through Playwright (see ``tests/e2e/harness.py``)."""
    from tests.e2e.harness import CHROMIUM, chromium

    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with chromium() as browser:
        yield browser
