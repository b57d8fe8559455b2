"""Unit tests draw with Agg: no display, and the same pixels on every machine.

The one headless Chromium of the session lives here too, for the browser tests of ``tests/e2e``
and for ``test_site_a11y``: Playwright's sync API runs an event loop of its own, and a second
one cannot start in the same process while the first is alive.
"""

import os

import matplotlib
import pytest

matplotlib.use("Agg")


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, through Playwright (see ``tests/e2e/harness.py``)."""
    from tests.e2e.harness import CHROMIUM, chromium

    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with chromium() as browser:
        yield browser
