"""The class-hub route: a student opens the course's nbgitpuller link on a JupyterLab server.

The server runs as on a hub's single-user image: this environment's Python (the runtime pins,
the helpers and nbgitpuller installed, nothing else), a fresh home directory as its root, a
loopback port, and a normal user: when the suite runs as root, the server (and so its kernels,
and git through nbgitpuller) runs as the unprivileged user ``nobody``, its home and clone its
own. If that user cannot run this environment's Python (a venv under /root, say), the server
runs as root and a warning says so. The link pulls a local clone of this repository (the
"course repository"), as a hub pulls the GitHub one. What the student then sees and does goes
through the server's own HTTP and kernel APIs, as JupyterLab's front end does.
"""

import concurrent.futures
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
TOKEN = uuid.uuid4().hex
BRANCH = "main"

pytest.importorskip("nbgitpuller", reason="pip install -r requirements-test.txt")
websocket = pytest.importorskip("websocket")  # websocket-client, a jupyter_server dependency
if shutil.which("git") is None:
    pytest.skip("git is not installed (nbgitpuller runs git)", allow_module_level=True)


def git(*args, cwd):
    """Git as the lecturer: this user."""
    return subprocess.run(
        ["git", "-c", "user.name=Lecturer", "-c", "user.email=lecturer@example.org", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


#: The unprivileged user a root run starts the student's server as (``nobody`` on Debian).
NOBODY = 65534

#: What the student's server needs of this environment's Python.
PROBE = "import sys, ipykernel, jupyterlab, nbgitpuller, ib_helpers; print(sys.base_prefix)"


class ServerRunsAsRoot(UserWarning):
    """The suite runs as root and the hub test could not switch to a normal user."""


@dataclass(frozen=True)
class Student:
    """Whom the student's server runs as: ``uid`` None for this user."""

    uid: int | None
    who: str

    def own(self, path):
        """Give ``path`` and all in it to the student (a hub's home is the student's)."""
        if self.uid is None:
            return
        for folder, dirs, files in os.walk(path):
            for name in [folder, *(os.path.join(folder, n) for n in dirs + files)]:
                os.lchown(name, self.uid, self.uid)

    def popen_args(self):
        """Popen's arguments that switch to the student, and what they leave out."""
        if self.uid is None:
            return {}
        return {"user": self.uid, "group": self.uid, "extra_groups": []}


def _environment(home):
    """The server's environment: this one without Jupyter's, IPython's, matplotlib's and the
    XDG folders of whoever runs the suite, with the student's home."""
    own = ("JUPYTER", "JPY", "IPYTHON", "MPL", "XDG_", "PYTHONPYCACHEPREFIX", "VIRTUAL_ENV")
    env = {k: v for k, v in os.environ.items() if not k.startswith(own)}
    env.update(HOME=str(home), PYTHONNOUSERSITE="1")
    return env


def _who_cannot_run_python(student, place):
    """Why ``student`` cannot run this environment's Python in ``place`` as the server will,
    or ""."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", PROBE], cwd=place, env=_environment(place),
            capture_output=True, text=True, timeout=120, **student.popen_args(),
        )  # fmt: skip
    except OSError as error:  # the Python, or the folder, is out of the student's reach
        real = os.path.realpath(sys.executable)
        via = "" if real == sys.executable else f" (a link to {real})"
        return f"{student.who} cannot start {sys.executable}{via} in {place}: {error}"
    if done.returncode:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return f"{student.who} cannot run {sys.executable}: {last}"
    if done.stdout.strip() != sys.base_prefix:
        return f"{student.who} runs {sys.executable} on another standard library"
    return ""


@pytest.fixture(scope="module")
def student(place):
    """This user; as root, ``nobody``, if it can run this environment's Python (else root, with
    a :class:`ServerRunsAsRoot` warning that says why)."""
    if os.geteuid() != 0:
        return Student(None, f"uid {os.geteuid()} (the user running the tests)")
    nobody = Student(NOBODY, f"uid {NOBODY} (nobody)")
    reason = _who_cannot_run_python(nobody, place)
    if not reason:
        return nobody
    warnings.warn(
        ServerRunsAsRoot(
            f"the class-hub test runs the student's server as root, not as a normal user: "
            f"{reason}. Make the venv from a Python every user may run (not one under /root) "
            "to test the route as a student has it, or run the suite as a normal user "
            "(tools/check_routes.sh does)."
        ),
        stacklevel=1,
    )
    return Student(None, "root (see the warning)")


@pytest.fixture(scope="module")
def place():
    """A folder every user may enter (pytest's own temporary folders are root's alone), for
    the course and the students' homes; removed at the end."""
    folder = Path(tempfile.mkdtemp(prefix="ib-hub-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def new_home(place, student, name):
    """A fresh, empty home directory owned by the student. git refuses a repository another
    user owns; the course is the lecturer's, so the student's git config trusts it (a hub
    pulls from GitHub instead, where the question does not arise)."""
    home = place / name
    home.mkdir()
    course = place / "course" / COURSE
    # git clone and ls-remote check the course's .git folder, git pull its work tree.
    trusted = "".join(f"\tdirectory = {path}\n" for path in (course, course / ".git"))
    (home / ".gitconfig").write_text(f"[safe]\n{trusted}")
    student.own(home)
    return home


class Hub:
    """A JupyterLab server with nbgitpuller, as a student's single-user server on a hub."""

    def __init__(self, home, port, log, student):
        self.home, self.port, self.url = home, port, f"http://127.0.0.1:{port}/"
        self.student = student
        env = _environment(home)
        command = [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={TOKEN}",
            f"--ServerApp.root_dir={home}",
        ]
        if os.geteuid() == 0 and student.uid is None:
            command.append("--allow-root")  # see the student fixture's warning
        self.log = log
        self.process = subprocess.Popen(
            command, cwd=home, env=env, stdout=log, stderr=subprocess.STDOUT,
            **student.popen_args(),
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while True:
            assert self.process.poll() is None, f"JupyterLab exited:\n{self.server_log()}"
            try:
                self.get("api/status")
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline, f"no server after 60 s:\n{self.server_log()}"
                time.sleep(0.3)

    def server_log(self):
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")[-4000:]

    def request(self, path, method="GET", body=None, timeout=30):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.url + path,
            data=data,
            method=method,
            headers={"Authorization": f"token {TOKEN}", "Content-Type": "application/json"},
        )
        return urllib.request.urlopen(request, timeout=timeout)

    def get(self, path):
        with self.request(path) as response:
            body = response.read().decode()
            return json.loads(body) if "json" in response.headers["Content-Type"] else body

    def pull(self, link):
        """What the link's page does in the browser: follow git-pull/api's event stream."""
        query = urllib.parse.urlsplit(link).query
        events = []
        with self.request(f"git-pull/api?{query}", timeout=120) as stream:
            for line in stream:
                line = line.decode().strip()
                if not line.startswith("data:"):
                    continue
                event = json.loads(line[len("data:") :])
                events.append(event)
                if event.get("phase") in ("finished", "error"):
                    break
        assert events and events[-1]["phase"] == "finished", (
            "".join(str(e.get("output", e.get("message", ""))) for e in events) + self.server_log()
        )

    def run_in_kernel(self, notebook_path, codes):
        """Start a kernel for the notebook as JupyterLab does and run codes one by one."""
        session = json.load(
            self.request(
                "api/sessions",
                "POST",
                {
                    "path": notebook_path,
                    "type": "notebook",
                    "name": "",
                    "kernel": {"name": "python3"},
                },
            )
        )
        kernel = session["kernel"]["id"]
        try:
            return self._execute(kernel, codes)
        finally:
            self.request(f"api/sessions/{session['id']}", "DELETE").close()

    def _execute(self, kernel, codes, timeout=120):
        url = f"ws://127.0.0.1:{self.port}/api/kernels/{kernel}/channels?token={TOKEN}"
        connection = websocket.create_connection(url, timeout=timeout)
        session, results = uuid.uuid4().hex, []
        try:
            for code in codes:
                msg_id = uuid.uuid4().hex
                header = {
                    "msg_id": msg_id,
                    "msg_type": "execute_request",
                    "session": session,
                    "username": "student",
                    "version": "5.3",
                }
                content = {
                    "code": code,
                    "silent": False,
                    "store_history": True,
                    "user_expressions": {},
                    "allow_stdin": False,
                    "stop_on_error": True,
                }
                connection.send(
                    json.dumps(
                        {
                            "header": header,
                            "parent_header": {},
                            "metadata": {},
                            "content": content,
                            "channel": "shell",
                            "buffers": [],
                        }
                    )
                )
                stdout, errors, reply, idle = [], [], None, False
                deadline = time.monotonic() + timeout
                while reply is None or not idle:
                    left = deadline - time.monotonic()
                    assert left > 0, f"no reply to {code[:80]!r} in {timeout} s"
                    connection.settimeout(left)
                    message = connection.recv()
                    assert message, "the kernel's websocket closed"
                    if not isinstance(message, str):
                        continue  # a binary frame (a widget's buffers)
                    message = json.loads(message)
                    if message.get("parent_header", {}).get("msg_id") != msg_id:
                        continue
                    kind, body = message["msg_type"], message["content"]
                    if kind == "stream" and body["name"] == "stdout":
                        stdout.append(body["text"])
                    elif kind == "error":
                        errors.append("\n".join(body["traceback"]))
                    elif kind == "execute_reply":
                        reply = body
                    elif kind == "status" and body["execution_state"] == "idle":
                        idle = True
                assert reply["status"] == "ok" and not errors, f"{code}\n" + "\n".join(errors)
                results.append("".join(stdout))
        finally:
            connection.close()
        return results


COURSE = "implicit-bias"


@pytest.fixture(scope="module")
def course(place):
    """A lecturer's clone of this repository: the course repository the link points at."""
    if subprocess.run(["git", "rev-parse"], cwd=ROOT, capture_output=True).returncode:
        pytest.skip("not a git clone: nbgitpuller needs a git repository to pull")
    upstream = place / "course" / COURSE
    upstream.parent.mkdir(mode=0o755)
    git("clone", "--quiet", "--no-hardlinks", ROOT.as_uri(), str(upstream), cwd=ROOT)
    git("checkout", "--quiet", "-B", BRANCH, cwd=upstream)
    return upstream


@contextlib.contextmanager
def student_server(home, student):
    with open(home.parent / f"{home.name}-jupyterlab.log", "w") as log:
        server = Hub(home, free_port(), log, student)
        try:
            yield server
        finally:
            server.process.terminate()
            try:
                server.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.process.kill()


@pytest.fixture(scope="module")
def hub(place, student, course):
    with student_server(new_home(place, student, "student-home"), student) as server:
        yield server


def link_for(course):
    """The link a lecturer hands out, as the README gives it (here without /hub/user-redirect)."""
    name = course.name
    query = urllib.parse.urlencode(
        {
            "repo": course.as_uri(),
            "branch": BRANCH,
            "urlpath": f"lab/tree/{name}/notebooks/00-index.ipynb",
        }
    )
    return f"git-pull?{query}"


def test_the_link_pulls_the_notebooks_into_a_fresh_home_and_they_run(hub, course):
    name, link = course.name, link_for(course)
    assert not (hub.home / name).exists()

    page = hub.get(link)  # what the student's browser first gets: the sync page
    assert f'data-path="lab/tree/{name}/notebooks/00-index.ipynb"' in page
    hub.pull(link)

    listing = hub.get(f"api/contents/{name}/notebooks")
    arrived = sorted(item["name"] for item in listing["content"] if item["type"] == "notebook")
    expected = sorted(
        Path(p).name
        for p in git("ls-files", "notebooks", cwd=course).split()
        if p.endswith(".ipynb")
    )
    assert arrived == expected and "00-index.ipynb" in arrived
    # Where the page sends the student: JupyterLab on the index notebook.
    assert "jupyter-config-data" in hub.get(f"lab/tree/{name}/notebooks/00-index.ipynb")

    # The student's clone, and the kernel, are the student's (nobody's when root runs this).
    uid = os.geteuid() if hub.student.uid is None else hub.student.uid
    assert (hub.home / name / "notebooks" / "01-sgd.ipynb").stat().st_uid == uid
    notebook = f"{name}/notebooks/01-sgd.ipynb"
    code = "import os, ib_helpers; print(os.getcwd(), ib_helpers.__name__, os.geteuid())"
    where = hub.run_in_kernel(notebook, [code])[0].split()
    assert where == [str(hub.home / name / "notebooks"), "ib_helpers", str(uid)], hub.student

    # The pulled notebook, top to bottom, in a kernel the server started next to it.
    nb = nbformat.read(hub.home / notebook, as_version=4)
    codes = [cell.source for cell in nb.cells if cell.cell_type == "code"]
    printed = hub.run_in_kernel(notebook, codes)
    stored = [
        "".join(o.get("text", "") for o in cell.outputs if o.get("name") == "stdout")
        for cell in nb.cells
        if cell.cell_type == "code"
    ]
    assert printed == stored, "the pulled notebook printed other numbers than it stores"


def test_opening_the_link_again_keeps_the_students_work_and_brings_the_lecturers(hub, course):
    name, link = course.name, link_for(course)
    if not (hub.home / name).exists():
        hub.pull(link)

    # The student adds a note to 01-sgd and saves (JupyterLab saves through the contents API),
    # and deletes 02-epoch-adam by mistake.
    path = f"api/contents/{name}/notebooks/01-sgd.ipynb"
    model = hub.get(path)
    note = "My note from the lecture: SGD never leaves the line through x."
    model["content"]["cells"].append({"cell_type": "markdown", "metadata": {}, "source": note})
    hub.request(
        path, "PUT", {"type": "notebook", "format": "json", "content": model["content"]}
    ).close()
    hub.request(f"api/contents/{name}/notebooks/02-epoch-adam.ipynb", "DELETE").close()

    # Meanwhile the lecturer publishes an extra exercise in another notebook.
    exercise = course / "notebooks" / "03-rescaled-sgd.ipynb"
    nb = nbformat.read(exercise, as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("Extra exercise for week 2."))
    nbformat.write(nb, exercise)
    git("commit", "--quiet", "-am", "Week 2: an extra exercise", cwd=course)

    hub.pull(link)

    mine = hub.get(path)["content"]["cells"]
    assert mine[-1]["source"] == note, "the student's edit was lost"
    theirs = hub.get(f"api/contents/{name}/notebooks/03-rescaled-sgd.ipynb")["content"]["cells"]
    assert theirs[-1]["source"] == "Extra exercise for week 2.", "the lecturer's edit is missing"
    restored = hub.home / name / "notebooks" / "02-epoch-adam.ipynb"
    assert restored.read_bytes() == (course / "notebooks" / "02-epoch-adam.ipynb").read_bytes()


def click_the_link(chromium, url, index):
    """In headless Chromium: open url, wait until it lands on index, return the first heading."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run"],
        )  # fmt: skip
        try:
            page = browser.new_page()
            page.goto(url)
            page.wait_for_url(f"**/{index}", timeout=90_000)
            heading = page.wait_for_selector(".jp-Notebook .jp-MarkdownOutput h1", timeout=90_000)
            return heading.inner_text()
        finally:
            browser.close()


def test_a_student_clicks_the_link_and_lands_on_the_index_in_jupyterlab(place, student, course):
    """The same link in a browser: the sync page pulls, then sends the student to the index."""
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    pytest.importorskip("playwright.sync_api")
    home = new_home(place, student, "browser-home")
    index = f"lab/tree/{course.name}/notebooks/00-index.ipynb"
    with student_server(home, student) as server:
        url = f"{server.url}{link_for(course)}&token={TOKEN}"
        # Its own thread: Playwright's sync API refuses a thread whose event loop is running,
        # and the browser tests' session may still hold this one.
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            heading = pool.submit(click_the_link, chromium, url, index).result()
    assert "start here" in heading
    assert (home / course.name / "notebooks" / "00-index.ipynb").is_file()
