"""One panel under Voilà (code hidden, the dashboard route): the live scene draws, a slider
moves it to exactly what ``ib_helpers`` computes, and a drag rotates it."""

import contextlib
import os
import secrets
import shutil
import sys

import pytest

import ib_helpers as ib
from tests.e2e.conftest import SCREENSHOTS, TIMEOUT_MS
from tests.e2e.harness import (
    CHROMIUM,
    ROOT,
    SCENE_DRAWN,
    _free_port,
    check_answers_apart,
    drag_across,
    scene_data,
    serving,
    wait_for_scene,
)

pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


@contextlib.contextmanager
def running_voila(folder, *args):
    """Serve ``folder`` with Voilà on a free loopback port; yields (base URL, token)."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    if shutil.which("voila", path=os.path.dirname(sys.executable)) is None:
        pytest.skip("voila is not installed (pip install -r requirements-test.txt)")
    port, token = _free_port(), secrets.token_hex(16)
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(folder / ".config"))
    base = f"http://127.0.0.1:{port}"
    command = [
        os.path.join(os.path.dirname(sys.executable), "voila"), *args,
        "--no-browser", "--Voila.ip=127.0.0.1", f"--port={port}", f"--token={token}",
    ]  # fmt: skip
    ready = f"{base}/voila/static/voila.js?token={token}"
    with serving(command, folder / ".voila.log", ready, cwd=folder, env=env):
        yield base, token


@pytest.fixture
def voila(tmp_path):
    """Voilà on one notebook (``voila 01-sgd.ipynb``)."""
    shutil.copy(ROOT / "notebooks" / "01-sgd.ipynb", tmp_path / "01-sgd.ipynb")
    with running_voila(tmp_path, "01-sgd.ipynb") as (base, token):
        yield f"{base}/?token={token}"


def new_page(browser):
    """A 1280x720 page (a projector) in a context of its own, and the list its errors go to."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return context, page, errors


def test_a_panel_under_voila(browser, voila):
    context, page, errors = new_page(browser)
    page.goto(voila)
    page.wait_for_selector(".ib-panel .ib-scene-view > canvas", timeout=120_000)
    page.wait_for_function(SCENE_DRAWN, arg=".ib-panel")
    opt = ib.OPTIMIZERS["sgd"]
    x = [1.0, 0.1, 0.01]

    def scene(alpha):
        s = ib.run_optimizer("sgd", x, 1.0, alpha, opt.epochs)
        run = ib.Run(s.label, s.trajectory, s.limit, "sgd")
        return ib.panels.panel_scene(x, 1.0, run, s.title())

    wait_for_scene(page, scene(opt.alpha), "first show under Voilà")
    code = page.locator(".jp-InputArea .cm-content, .jp-InputArea pre").filter(
        has_text="optimizer_panel"
    )
    assert code.locator("visible=true").count() == 0, "code is hidden"

    handle = page.locator(".ib-panel .noUi-handle").first
    handle.focus()
    handle.press("ArrowRight")
    wait_for_scene(page, scene(round(opt.alpha + opt.alpha_range[2], 10)), "α key under Voilà")

    view = page.locator(".ib-panel .ib-scene-view")
    view.scroll_into_view_if_needed()
    frames = scene_data(page)["frames"]
    drag_across(page, view)
    page.wait_for_function(
        "(n) => document.querySelector('.ib-panel .ib-scene').ibScene.stats.frames > n + 3",
        arg=frames,
    )  # a drag rotates the scene: a picture per mouse move
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "voila-01-sgd-1280x720.png"))
    assert errors == []
    context.close()


def test_the_index_under_voila_links_every_lesson(browser, tmp_path):
    """The lecture route of the README, ``voila notebooks/``: the index renders with its code
    hidden, and each of its links opens a lesson (single-notebook mode answers them 403)."""
    shutil.copytree(ROOT / "notebooks", tmp_path / "notebooks")
    folder = tmp_path / "notebooks"
    lessons = sorted(p.name for p in folder.glob("*.ipynb") if p.name != "00-index.ipynb")
    with running_voila(folder) as (base, token):
        context, page, errors = new_page(browser)
        page.goto(f"{base}/voila/render/00-index.ipynb?token={token}")
        page.get_by_text("The notebooks, in order").wait_for(timeout=120_000)
        links = page.locator("a[href$='.ipynb']")
        hrefs = [links.nth(k).get_attribute("href") for k in range(links.count())]
        assert sorted({h.rsplit("/", 1)[-1] for h in hrefs}) == lessons
        for href in dict.fromkeys(hrefs):
            response = context.request.get(f"{base}/voila/render/{href}?token={token}")
            assert response.status == 200, f"{href}: {response.status}"
        # Follow one link as a student does: the lesson's panel draws.
        page.locator("a[href$='01-sgd.ipynb']").first.click()
        page.wait_for_selector(".ib-panel .ib-scene-view > canvas", timeout=120_000)
        page.wait_for_function(SCENE_DRAWN, arg=".ib-panel")
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "voila-index-to-01-sgd-1280x720.png"))
        assert errors == []
        context.close()


def test_the_comparison_under_voila(browser, tmp_path):
    """``04-compare`` as the lecture shows it under Voilà (folder mode, the README's route):
    code hidden, the scene draws, the three answers are apart, a preset changes the table."""
    shutil.copytree(ROOT / "notebooks", tmp_path / "notebooks")
    with running_voila(tmp_path / "notebooks") as (base, token):
        context, page, errors = new_page(browser)
        page.goto(f"{base}/voila/render/04-compare.ipynb?token={token}")
        page.wait_for_selector(".ib-compare .ib-scene-view > canvas", timeout=120_000)
        page.wait_for_function(SCENE_DRAWN, arg=".ib-compare")
        code = page.locator(".jp-InputArea .cm-content, .jp-InputArea pre").filter(
            has_text="compare_panel"
        )
        assert code.locator("visible=true").count() == 0, "code is hidden"
        check_answers_apart(page, "04 under Voilà")
        limits = page.locator(".ib-compare .ib-limit").all_text_contents()
        page.locator(".ib-compare .ib-preset").nth(2).click()  # the negative feature
        page.wait_for_function(
            "(before) => [...document.querySelectorAll('.ib-compare .ib-limit')]"
            ".map(c => c.textContent).join('|') !== before",
            arg="|".join(limits),
        )
        X = [1.0, -0.1, 0.01]
        wanted = [ib.format_vector(v) for v in ib.limits_table(X, 1.0).limits]
        assert page.locator(".ib-compare .ib-limit").all_text_contents() == wanted
        check_answers_apart(page, "04 under Voilà, negative feature")
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "voila-04-compare-1280x720.png"))
        assert errors == []
        context.close()
