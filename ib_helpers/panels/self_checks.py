"""The self-check widget: a "predict, then check" question with a check and a reveal button.

The questions and their answers are :mod:`ib_helpers.checks` (no widgets); this is only their
widget. Not a scene panel: it shares the panels' watchdog and warning colour, nothing else.
Judged in the page, as a slider's state is shown there: the kernel writes the feedback for
every option ahead (:class:`CheckButtons`), and the page shows the one for the option chosen
(``js/check.js``), at once and with no kernel on the way. Judged in the kernel, a click could
overtake the choice it judges (ipywidgets holds a widget's next value back until the kernel has
answered its last), and a busy kernel left the student waiting.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import anywidget
import ipywidgets as widgets
import traitlets

from .. import checks
from ..scene import TEXT_PALETTE
from .base import _close_tree
from .controls import _WARN
from .kernel_watch import _lost_kernel_note

__all__ = ["CheckButtons", "SelfCheck", "feedback_texts", "self_check"]

#: The browser side of :class:`CheckButtons`, built from js/ by tools/build_js.py.
CHECK_BUNDLE = Path(__file__).resolve().parent.parent / "static" / "check.js"


def _plain(markup):
    """The text of a little HTML (a question's prompt): tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]*>", "", markup))


class CheckButtons(anywidget.AnyWidget):
    """A self-check's "Check" and "Show the answer" buttons and the feedback they show.

    ``index`` follows the chosen option in the page (a ``jslink`` from the radio buttons'
    ``index``); a click shows ``feedback[index]`` (``empty`` when nothing is chosen) or
    ``answer``, in the page, and sets ``shown`` to it, which the kernel hears as any value.
    """

    _esm = CHECK_BUNDLE.read_text(encoding="utf-8")
    index = traitlets.Int(None, allow_none=True).tag(sync=True)
    feedback = traitlets.List(traitlets.Unicode()).tag(sync=True)
    empty = traitlets.Unicode("").tag(sync=True)
    answer = traitlets.Unicode("").tag(sync=True)
    shown = traitlets.Unicode("").tag(sync=True)


def _say(kind, color, text):
    return (
        f"<div class='ib-feedback ib-{kind}' style='font-size:15px;color:{color};"
        f"max-width:900px'>{text}</div>"
    )


def feedback_texts(question):
    """What a self-check shows, as HTML: ``feedback`` for each option (right, with the
    explanation, or try again), ``empty`` for no choice and the ``answer``. The live widget
    sends them ahead (:class:`CheckButtons`), the read-only copy embeds them."""

    def judge(option):
        if question.is_right(option):
            # The green darkened for text: the palette's own is 3.3:1 on white, below AA.
            right = f"<b>Right.</b> {html.escape(question.explanation)}"
            return _say("right", TEXT_PALETTE["green"], right)
        return _say("wrong", _WARN, "<b>Not this one.</b> Think again, or press “Show the answer”.")

    return {
        "feedback": [judge(option) for option in question.options],
        "empty": _say("empty", "#000000", "Pick an answer first."),
        "answer": _say(
            "answer",
            "#000000",
            f"<b>Answer: {html.escape(question.answer)}.</b> {html.escape(question.explanation)}",
        ),
    }


class SelfCheck(widgets.VBox):
    """A "predict, then check" question: a choice, a check button and a short explanation.

    Attributes
    ----------
    question : checks.Question
    choice : RadioButtons
        Nothing selected at first.
    buttons : CheckButtons
        The check and reveal buttons and their feedback, judged in the page.
    shown : str
        The feedback shown: empty, "pick an answer first", right (with the explanation), try
        again, or the answer.
    """

    def __init__(self, question):
        self.question = question
        self.choice = widgets.RadioButtons(
            options=question.options, value=None, layout=widgets.Layout(width="auto")
        )
        self.buttons = CheckButtons(**feedback_texts(question))
        # In the page: the buttons know the choice with no message to the kernel.
        self._link = widgets.jslink((self.choice, "index"), (self.buttons, "index"))
        prompt = widgets.HTML(f"<b style='font-size:15px'>{question.prompt}</b>")
        # The watchdog is hidden: it changes nothing of the layout.
        super().__init__([prompt, self.choice, self.buttons, _lost_kernel_note()])
        self.add_class("ib-panel")
        self.add_class("ib-selfcheck")

    @property
    def shown(self):
        return self.buttons.shown

    def _repr_mimebundle_(self, **kwargs):
        """The live widget, and the question with its options as plain text for where the
        widget cannot run (never the widget's repr)."""
        data = super()._repr_mimebundle_(**kwargs)
        data = dict(data[0] if isinstance(data, tuple) else data or {})
        options = "\n".join(f"  ( ) {option}" for option in self.question.options)
        data["text/plain"] = f"Self-check: {_plain(self.question.prompt)}\n{options}"
        return data

    def check(self):
        """Judge the current choice and say so (what the page's "Check" does)."""
        b = self.buttons
        b.shown = b.empty if self.choice.index is None else b.feedback[self.choice.index]

    def reveal(self):
        """Show the answer and why (what the page's "Show the answer" does)."""
        self.buttons.shown = self.buttons.answer

    def close(self):
        """Close the question with its link and every widget in it."""
        self._link.close()
        for child in self.children:
            _close_tree(child)
        super().close()


def self_check(name):
    """Build the self-check widget for the question called ``name`` (see ``checks.QUESTIONS``).

    Returns
    -------
    SelfCheck
        The widget; set ``.choice.value`` and call ``.check()`` to answer from code (the
        feedback is then ``.shown``).
    """
    return SelfCheck(checks.question(name))
