"""Print the discussion-section worksheet: a student version and a TA version, as HTML.

Usage: ``python tools/build_worksheet.py [--out build/worksheet]``

Writes ``worksheet-student.html`` (the questions and space to write, no answers) and
``worksheet-ta.html`` (the questions with the worked answers, the typical mistakes and the hint
the checker gives for each). Both come from ``ib_helpers.worksheet``, so every answer and every
number of a worked solution is the computed one. The pages need no network (the math is plain
Unicode text, no MathJax) and have a print stylesheet: large type, margins that fit A4 and
Letter, one exercise per page. Open one in a browser and print it.
"""

from __future__ import annotations

import argparse
import html
import os
from pathlib import Path

from ib_helpers import worksheet
from ib_helpers.readout import format_vector

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "07-worksheet.ipynb"
STUDENT, TA = "worksheet-student.html", "worksheet-ta.html"
TITLE = "Worksheet: which exact solution does an optimizer pick?"

STYLE = """
body { font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; font-size: 13pt;
       line-height: 1.5; color: #000; background: #fff; max-width: 44em; margin: 2em auto;
       padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.3em; margin-top: 1.6em; border-bottom: 1px solid #888; }
h3 { font-size: 1.1em; margin-bottom: 0.3em; }
nav { margin: 0.6em 0 1em; }
.given, .worked { white-space: pre-wrap; }
.given { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.9em; }
.answer { font-weight: bold; }
.space { border: 1px solid #555; min-height: 14em; margin: 1em 0; }
.name { margin: 1em 0; }
.hint { font-style: italic; }
li { margin-bottom: 0.5em; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.95em; }
/* Margins that fit both A4 (210 mm × 297 mm) and Letter (216 mm × 279 mm). */
@page { margin: 18mm 16mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 13pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  section.exercise { break-before: page; page-break-before: always; }
  /* The first exercise shares the first page with the title and the name line. */
  section.exercise:first-of-type { break-before: auto; page-break-before: auto; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  li, .given, .answer { break-inside: avoid; page-break-inside: avoid; }
  .space { min-height: 9cm; }
}
"""


def _paragraphs(text, css=""):
    attr = f' class="{css}"' if css else ""
    return "".join(f"<p{attr}>{html.escape(p)}</p>" for p in text.split("\n\n"))


def _page(title, version, other, other_label, notebook, intro, sections):
    links = (
        f'<nav><a href="{other}">{other_label}</a> · '
        f'<a href="{html.escape(notebook)}">the notebook with the checker '
        f"(07-worksheet.ipynb)</a></nav>"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)} ({version})</title>\n<style>{STYLE}</style>\n</head>\n"
        f"<body>\n<header>\n<h1>{html.escape(title)}</h1>\n<p><b>{version}.</b></p>\n"
        f"{links}\n{intro}\n</header>\n<main>\n" + "\n".join(sections) + "\n</main>\n"
        "</body>\n</html>\n"
    )


def _question(ex):
    given = f'<p class="given">{html.escape(ex.given)}</p>' if ex.given else ""
    return (
        f'<h2 id="exercise-{ex.number}">Exercise {ex.number}. {html.escape(ex.title)}</h2>'
        f"{_paragraphs(ex.question)}{given}"
    )


def _value(value):
    return format_vector(value) if not isinstance(value, str) else f'"{value}"'


def student_page(notebook):
    """The student version: questions and space to write, no answers."""
    intro = (
        '<p class="name">Name: ______________________________</p>'
        "<p>Pen and paper first: work each answer out before you touch a computer. Then check "
        "it in the notebook 07-worksheet.ipynb: put your answer in the cell under the exercise "
        "and run it. A wrong answer gets a hint, never the answer.</p>"
    )
    sections = [
        f'<section class="exercise">{_question(worksheet.exercise(n))}'
        f'<div class="space" aria-label="space for your work"></div></section>'
        for n in worksheet.EXERCISES
    ]
    return _page(TITLE, "Student version", TA, "TA version", notebook, intro, sections)


def ta_page(notebook):
    """The TA version: questions, worked answers, typical mistakes and the checker's hints."""
    intro = (
        "<p>The answers and every number of the worked solutions are computed by "
        "<code>ib_helpers.worksheet</code>. Under each exercise: the typical mistakes, the "
        "answer each one gives, and the hint the notebook's checker shows for it (a hint "
        "never contains the answer). A numeric answer counts as right when every coordinate "
        f"is within {worksheet.TOLERANCE:g} of the computed one, so 3 decimals are "
        "enough.</p>"
    )
    sections = []
    for n in worksheet.EXERCISES:
        ex = worksheet.exercise(n)
        mistakes = "".join(
            f"<li>{html.escape(m.name)}: <code>{html.escape(_value(m.value))}</code>"
            f'<br><span class="hint">Hint: {html.escape(m.hint)}</span></li>'
            for m in ex.mistakes
        )
        others = "".join(
            f'<li>{html.escape(when)}<br><span class="hint">Hint: {html.escape(hint)}</span></li>'
            for when, hint in ex.fallbacks()
        )
        sections.append(
            f'<section class="exercise">{_question(ex)}'
            f"<h3>Worked answer</h3>{_paragraphs(ex.worked, 'worked')}"
            f'<p class="answer">Answer: {html.escape(_value(ex.answer))}</p>'
            f"<h3>Typical mistakes and the checker's hints</h3><ul>{mistakes}</ul>"
            f"<h3>Other wrong answers</h3><ul>{others}</ul></section>"
        )
    return _page(TITLE, "TA version, with the worked answers", STUDENT, "Student version",
                 notebook, intro, sections)  # fmt: skip


def build(out: Path) -> list[Path]:
    """Write the student and the TA version into ``out``; return their paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    # A relative link, so the pages work from disk wherever the checkout is.
    notebook = Path(os.path.relpath(NOTEBOOK, out.resolve())).as_posix()
    pages = {STUDENT: student_page(notebook), TA: ta_page(notebook)}
    paths = []
    for name, text in pages.items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=ROOT / "build" / "worksheet", help="output folder"
    )
    args = parser.parse_args(argv)
    for path in build(args.out):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
