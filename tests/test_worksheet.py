"""The worksheet: computed answers, the checker's verdicts and hints, and its printable versions.

Every answer is checked against its closed form, written out here once more in 50-digit mpmath
arithmetic (or, for exercise 5, with numpy's least squares instead of ``ib_helpers.core``).
"""

import html
import importlib.util
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import mpmath as mp
import numpy as np
import pytest

import ib_helpers as ib
from ib_helpers import worksheet

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "07-worksheet.ipynb"
NUMBERS = [n for n in worksheet.EXERCISES if worksheet.exercise(n).numeric]

# The data of the exercises, as the worksheet states them.
X1, Y1, THETA0 = [1.0, 0.1, 0.01], 1.0, [0.0, 1.0, 0.0]
X2, Y2 = [1.0, -0.1, 0.01], 1.0
X3, Y3 = [2.0, 0.5, 0.1], 1.0
X4, Y4 = [[1.0, 0.1, 0.01], [1.0, -0.1, -0.01]], [1.0, 0.5]


def mpf(values):
    return [mp.mpf(float(v)) for v in values]


def dot(a, b):
    return mp.fsum(p * q for p, q in zip(a, b, strict=True))


def closed_form(n):
    """Exercise n's answer from its closed form, in 50-digit arithmetic, as floats."""
    with mp.workdps(50):
        if n == 1:  # theta0 + (y - x·theta0) x / ‖x‖²
            x, theta0, y = mpf(X1), mpf(THETA0), mp.mpf(Y1)
            t = (y - dot(x, theta0)) / dot(x, x)
            theta = [a + t * b for a, b in zip(theta0, x, strict=True)]
        elif n == 2:  # y sign(x) / ‖x‖₁
            x = mpf(X2)
            theta = [Y2 * mp.sign(v) / mp.fsum(abs(w) for w in x) for v in x]
        elif n == 3:  # y / (d x_j)
            x = mpf(X3)
            theta = [Y3 / (len(x) * v) for v in x]
        else:  # pinv(X) y = Xᵀ (X Xᵀ)⁻¹ y, X of full row rank
            X = mp.matrix([mpf(row) for row in X4])
            theta = X.T * mp.lu_solve(X * X.T, mp.matrix(mpf(Y4)))
        return np.array([float(v) for v in theta])


def best_generaliser():
    """Exercise 5 without ``core``: the three fits by least squares, their errors by hand."""
    X, y = ib.wilson.data(ib.wilson.labels(12, p=0.6))
    y_test = ib.wilson.test_labels(1000, p=0.6)
    s = np.sqrt(np.mean(X**2, axis=0))
    direction = np.sign(X.T @ y)
    (c,) = np.unique(np.round(X @ direction / y, 12))
    fits = {
        "SGD": np.linalg.lstsq(X, y, rcond=None)[0],  # the minimum-norm solution
        "epoch-Adam": direction / c,
        "rescaled SGD": np.linalg.lstsq(X / s, y, rcond=None)[0] / s,
    }
    errors = {
        label: np.mean(np.sign(theta[0] * y_test + theta[1] + theta[2]) != y_test)
        for label, theta in fits.items()
    }
    best = min(errors.values())
    return [label for label, error in errors.items() if error == best]


def digits(answer):
    """How the answer would show in a message: each coordinate's size to 3 to 6 decimals."""
    return {f"{abs(v):.{k}f}" for v in answer for k in (3, 4, 5, 6)}


def assert_hides_the_answer(n, message):
    ex = worksheet.exercise(n)
    if ex.numeric:
        shown = [d for d in digits(ex.answer) if d in message]
        assert not shown, f"exercise {n}: the message shows {shown}: {message}"
    else:
        assert ex.answer not in message.replace("rescaled SGD", ""), message
    assert "Right" not in message


# --------------------------------------------------------------------------------------------
# The answers


@pytest.mark.parametrize("n", NUMBERS)
def test_every_answer_is_its_closed_form(n):
    np.testing.assert_allclose(worksheet.exercise(n).answer, closed_form(n), rtol=0, atol=1e-12)


def test_which_fit_generalises_is_computed():
    assert [worksheet.exercise(5).answer] == best_generaliser()


def test_the_exercises_are_in_order_and_answers_are_not_shown_with_the_question():
    assert list(worksheet.EXERCISES) == [1, 2, 3, 4, 5]
    for n in worksheet.EXERCISES:
        ex = worksheet.exercise(n)
        assert ex.number == n and ex.title and ex.question
        if ex.numeric:
            for text in (repr(ex), ex._repr_html_()):
                assert not [d for d in digits(ex.answer) if d in text], text


@pytest.mark.parametrize("n", worksheet.EXERCISES)
def test_solution_shows_the_worked_answer(n):
    ex = worksheet.exercise(n)
    text = str(worksheet.solution(n))
    assert ex.answer_text() in text
    assert text.rstrip().endswith(ex.answer_text())
    assert ex.answer_text() in repr(worksheet.solution(n))
    assert html.escape(ex.answer_text()) in worksheet.solution(n)._repr_html_()


def test_no_exercise_6():
    for n in (0, 6, "1", 1.0, True):
        with pytest.raises(ValueError, match="no exercise"):
            worksheet.check(n, None)


# --------------------------------------------------------------------------------------------
# Right answers


@pytest.mark.parametrize("n", NUMBERS)
def test_right_answers_are_accepted_exact_and_rounded(n):
    answer = worksheet.exercise(n).answer
    tries = [answer, list(answer), tuple(answer), [float(v) for v in answer]]
    tries += [list(np.round(answer, k)) for k in (3, 4, 5, 6)]
    for given in tries:
        result = worksheet.check(n, given)
        assert result.right, (given, result.message)
        assert result.status == "right"
        assert result.message.startswith("Right: ")


def test_exercise_5_accepts_the_name_however_written():
    answer = worksheet.exercise(5).answer
    for given in (answer, answer.lower(), f"  {answer.upper()} ", f"'{answer}'"):
        assert worksheet.check(5, given).right, given


# --------------------------------------------------------------------------------------------
# Wrong answers: a hint for the mistake, never the answer


@pytest.mark.parametrize("n", worksheet.EXERCISES)
def test_every_typical_mistake_gets_its_own_hint(n):
    ex = worksheet.exercise(n)
    assert len(ex.mistakes) >= 3
    for mistake in ex.mistakes:
        value = mistake.value if not ex.numeric else list(mistake.value)
        result = worksheet.check(n, value)
        assert not result.right and result.status == "wrong", mistake.name
        assert result.message == f"Not yet. {mistake.hint}", mistake.name
        assert_hides_the_answer(n, result.message)
        if ex.numeric and mistake.tolerance == worksheet.TOLERANCE:
            # Its pen-and-paper version (3 decimals) is recognised too, and a right answer
            # can never be taken for it.
            rounded = worksheet.check(n, list(np.round(mistake.value, 3)))
            assert rounded.message == result.message, mistake.name
            assert np.max(np.abs(mistake.value - ex.answer)) > 2 * worksheet.TOLERANCE


def message(n, answer):
    result = worksheet.check(n, answer)
    assert not result.right
    assert_hides_the_answer(n, result.message)
    return result.message


def test_sgd_from_a_start_hints():
    x = np.array(X1)
    assert "You found the answer from 0" in message(1, x / (x @ x))
    assert "Where does the start θ₀" in message(1, list(np.round(x / (x @ x), 3)))
    # The homework's slip: ‖x‖² = 1.01 instead of 1 + 0.01 + 0.0001 = 1.0101.
    slip = np.array(THETA0) + (Y1 - x @ THETA0) * x / 1.01
    assert "1 + 0.01 + 0.0001" in message(1, slip)
    assert "1 + 0.01 + 0.0001" in message(1, [0.990099, 0.0990099, 0.00990099])
    assert "θ₀" in message(1, [0.990099, 0.0990099, 0.00990099])
    text = message(1, [0.5, 0.5, 0.5])
    assert "That θ does not fit the data: x·θ = 0.555000, but y = 1." in text
    # On the plane x·θ = 1 but not on the line θ₀ + t·x.
    assert "θ − θ₀ must be a multiple of x" in message(1, [1.0, 0.0, 0.0])
    assert "3 decimals" in message(1, list(np.round(closed_form(1), 2)))


def test_epoch_adam_hints():
    size = closed_form(2)[0]
    assert "Look at the signs" in message(2, [size, size, size])
    assert "Look at the signs" in message(2, [0.901, 0.901, 0.901])
    assert "That is SGD's answer" in message(2, ib.sgd_limit(X2, Y2))
    assert "|x₁| + |x₂| + |x₃|" in message(2, np.sign(X2) / np.sum(X2))


def test_rescaled_sgd_hints():
    assert "rescaled features" in message(3, ib.sgd_limit(X3, Y3))
    assert "map back" in message(3, [1 / 3, 1 / 3, 1 / 3])
    assert "‖u‖²" in message(3, [0.5, 2.0, 10.0])


def test_two_points_hints():
    x1 = np.array(X4[0])
    assert "point 1 only" in message(4, x1 / (x1 @ x1))
    text = message(4, [1.0, 1.0, 1.0])
    assert "X·θ = [1.110000, 0.890000], but y = [1, 0.5]" in text
    # Fits both points, but is not in the row space.
    assert "a₁x₁ + a₂x₂" in message(4, [0.75, 2.5, 0.0])


def test_which_fit_hints():
    ex = worksheet.exercise(5)
    for choice in ex.choices:
        if choice != ex.answer:
            assert "Not yet." in message(5, choice)
    assert "new points" in message(5, worksheet.ALL_THE_SAME)


# --------------------------------------------------------------------------------------------
# No answer yet, and answers of the wrong kind


@pytest.mark.parametrize("n", worksheet.EXERCISES)
def test_no_answer_yet(n):
    result = worksheet.check(n, None)
    assert not result.right and result.status == "empty"
    assert result.message.startswith("Enter your answer first")
    if worksheet.exercise(n).numeric:
        assert_hides_the_answer(n, result.message)
    assert result.message in repr(result)
    assert "Enter your answer first" in result._repr_html_()


BAD = [
    ("0.1, 0.2, 0.3", "Cannot check text"),
    ([0.1, 0.2], "Expected 3 numbers (θ₁, θ₂, θ₃), got 2 numbers"),
    ([0.1, 0.2, 0.3, 0.4], "Expected 3 numbers"),
    ([], "Expected 3 numbers"),
    ([[0.1, 0.2, 0.3]], "nested list"),
    (np.zeros((1, 3)), "Expected 3 numbers"),
    ([0.1, "0.2", 0.3], "every entry must be a number"),
    ([0.1, None, 0.3], "every entry must be a number"),
    ([True, False, True], "every entry must be a number"),
    ([np.nan, 0.2, 0.3], "NaN or infinity"),
    ([np.inf, 0.2, 0.3], "NaN or infinity"),
    (0.5, "one number"),
    ({"theta": 1}, "type dict"),
    (np.array(["a", "b", "c"]), "Cannot check an array"),
]


@pytest.mark.parametrize("n", NUMBERS)
@pytest.mark.parametrize(("answer", "says"), BAD, ids=lambda v: repr(v)[:20])
def test_bad_input_gets_a_clear_message(n, answer, says):
    result = worksheet.check(n, answer)
    assert not result.right and result.status == "invalid"
    assert says in result.message
    assert "[0.1, 0.2, 0.3]" in result.message, "says what to enter"
    assert_hides_the_answer(n, result.message)


@pytest.mark.parametrize("answer", [3, ["SGD"], "", "gradient descent", b"SGD"])
def test_bad_choice_gets_a_clear_message(answer):
    result = worksheet.check(5, answer)
    assert not result.right and result.status == "invalid"
    assert '"epoch-Adam"' in result.message, "names the choices"


def test_result_displays():
    result = worksheet.check(5, "<script>")
    assert repr(result) == f"Exercise 5. {result.message}"
    assert "&lt;script&gt;" in result._repr_html_() and "<script>" not in result._repr_html_()


# --------------------------------------------------------------------------------------------
# The notebook asks the same questions


def test_the_notebook_asks_the_worksheet_questions():
    cells = json.loads(NOTEBOOK.read_text())["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    for n in worksheet.EXERCISES:
        ex = worksheet.exercise(n)
        assert f"## Exercise {n}. {ex.title}\n" in text
        for row in ex.X if ex.numeric else ():
            latex = "[" + r",\ ".join(f"{v:g}" for v in row) + "]"
            assert latex in text, f"exercise {n}: the notebook's data differ from {latex}"


# --------------------------------------------------------------------------------------------
# The printable versions


class Page(HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.links, self.sources, self.headings, self.words = [], [], [], []
        self.lang = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        if "src" in attrs:
            self.sources.append(attrs["src"])
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))

    def handle_data(self, data):
        self.words.append(data)

    @property
    def text(self):
        return "".join(self.words)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    spec = importlib.util.spec_from_file_location(
        "build_worksheet", ROOT / "tools" / "build_worksheet.py"
    )
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    out = tmp_path_factory.mktemp("worksheet")
    tool.main(["--out", str(out)])
    return out, {
        name: (out / name).read_text(encoding="utf-8")
        for name in ("worksheet-student.html", "worksheet-ta.html")
    }


def test_student_version_has_the_questions_and_no_answer(printed):
    _, pages = printed
    page = Page(pages["worksheet-student.html"])
    for n in worksheet.EXERCISES:
        ex = worksheet.exercise(n)
        assert f"Exercise {n}. {ex.title}" in page.text
        assert ex.question.split("\n\n")[0] in page.text
        if ex.numeric:
            shown = [d for d in digits(ex.answer) if d in page.text]
            assert not shown, f"exercise {n}: {shown}"
        for mistake in ex.mistakes:
            assert mistake.hint not in page.text
    assert "Answer:" not in page.text and "Worked answer" not in page.text
    assert "test error" not in page.text
    assert pages["worksheet-student.html"].count('class="space"') == len(worksheet.EXERCISES)


def test_ta_version_has_every_answer_and_hint(printed):
    _, pages = printed
    page = Page(pages["worksheet-ta.html"])
    for n in worksheet.EXERCISES:
        ex = worksheet.exercise(n)
        assert f"Answer: {ex.answer_text()}" in page.text or f'Answer: "{ex.answer}"' in page.text
        assert str(worksheet.solution(n)).split("\n\n")[0] in page.text
        for mistake in ex.mistakes:
            assert mistake.hint in page.text


@pytest.mark.parametrize("name", ["worksheet-student.html", "worksheet-ta.html"])
def test_printable_pages_are_accessible_offline_and_print_well(printed, name):
    out, pages = printed
    text = pages[name]
    page = Page(text)
    assert page.lang == "en"
    assert page.headings[0] == 1 and page.headings.count(1) == 1
    steps = zip(page.headings, page.headings[1:], strict=False)
    assert all(b <= a + 1 for a, b in steps), f"a heading level skipped: {page.headings}"
    assert re.findall(r"<h2[^>]*>Exercise (\d)", text) == [str(n) for n in worksheet.EXERCISES]
    assert "@media print" in text and "break-before: page" in text
    assert not page.sources, "no scripts or pictures to fetch"
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", text), "nothing from the web"
    assert "mathjax" not in text.lower() and "<script" not in text
    other = "worksheet-ta.html" if name == "worksheet-student.html" else "worksheet-student.html"
    assert other in page.links
    for href in page.links:
        parts = urlsplit(href)
        assert not parts.scheme, href
        target = (out / unquote(parts.path)).resolve()
        assert target.is_file() or target == NOTEBOOK, f"{name}: {href} leads nowhere"
    assert any((out / unquote(h)).resolve() == NOTEBOOK.resolve() for h in page.links)
