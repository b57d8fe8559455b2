"""Fixtures for the browser tests: a real JupyterLab and Debian's Chromium (see harness.py).

Skipped with a reason when Chromium or Playwright is missing, so the README's test command still
passes on a laptop without them; CI installs Chromium, so there they always run.
"""

import os

import pytest

from tests.e2e.harness import CHROMIUM, ROOT, running_lab

SCREENSHOTS = ROOT / "screenshots"
TIMEOUT_MS = 60_000


@pytest.fixture(scope="session")
def lab(tmp_path_factory):
    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with running_lab(tmp_path_factory.mktemp("lab")) as lab:
        yield lab


# ``browser``, the session's one Chromium, comes from tests/conftest.py.


@pytest.fixture
def page(browser, lab):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.js_errors = []
    page.on("pageerror", lambda error: page.js_errors.append(str(error)))
    yield page
    context.close()
