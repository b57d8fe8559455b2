"""The self-check widget: a "predict, then check" question with a check and a reveal button.

The questions and their answers are :mod:`ib_helpers.checks` (no widgets); this is only their
widget. Not a scene panel: it shares the panels' watchdog and warning colour, nothing else.
"""

from __future__ import annotations

import html
import re

import ipywidgets as widgets

from .. import checks
from ..plotting import PALETTE
from .controls import _WARN
from .kernel_watch import _lost_kernel_note

__all__ = ["SelfCheck", "self_check"]


def _plain(markup):
    """The text of a little HTML (a question's prompt): tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]*>", "", markup))


class SelfCheck(widgets.VBox):
    """A "predict, then check" question: a choice, a check button and a short explanation.

    Attributes
    ----------
    question : checks.Question
    choice : RadioButtons
        Nothing selected at first.
    check_button, reveal_button : Button
    feedback : HTML
        Empty, "pick an answer first", right (with the explanation), or try again.
    """

    def __init__(self, question):
        self.question = question
        self.choice = widgets.RadioButtons(
            options=question.options, value=None, layout=widgets.Layout(width="auto")
        )
        self.check_button = widgets.Button(description="Check", button_style="primary")
        self.reveal_button = widgets.Button(description="Show the answer")
        self.feedback = widgets.HTML()
        self.check_button.on_click(lambda _: self.check())
        self.reveal_button.on_click(lambda _: self.reveal())
        prompt = widgets.HTML(f"<b style='font-size:15px'>{question.prompt}</b>")
        buttons = widgets.HBox([self.check_button, self.reveal_button])
        # The watchdog is hidden: it changes nothing of the layout.
        super().__init__([prompt, self.choice, buttons, self.feedback, _lost_kernel_note()])
        self.add_class("ib-panel")
        self.add_class("ib-selfcheck")

    def _repr_mimebundle_(self, **kwargs):
        """The live widget, and the question with its options as plain text for where the
        widget cannot run (never the widget's repr)."""
        data = super()._repr_mimebundle_(**kwargs)
        data = dict(data[0] if isinstance(data, tuple) else data or {})
        options = "\n".join(f"  ( ) {option}" for option in self.question.options)
        data["text/plain"] = f"Self-check: {_plain(self.question.prompt)}\n{options}"
        return data

    def _say(self, kind, color, text):
        self.feedback.value = (
            f"<div class='ib-feedback ib-{kind}' style='font-size:15px;color:{color};"
            f"max-width:900px'>{text}</div>"
        )

    def check(self):
        """Judge the current choice and say so."""
        q = self.question
        if self.choice.value is None:
            self._say("empty", "#000000", "Pick an answer first.")
        elif q.is_right(self.choice.value):
            self._say("right", PALETTE["green"], f"<b>Right.</b> {html.escape(q.explanation)}")
        else:
            self._say(
                "wrong", _WARN, "<b>Not this one.</b> Think again, or press “Show the answer”."
            )

    def reveal(self):
        """Show the answer and why."""
        q = self.question
        self._say(
            "answer",
            "#000000",
            f"<b>Answer: {html.escape(q.answer)}.</b> {html.escape(q.explanation)}",
        )


def self_check(name):
    """Build the self-check widget for the question called ``name`` (see ``checks.QUESTIONS``).

    Returns
    -------
    SelfCheck
        The widget; set ``.choice.value`` and call ``.check()`` to answer from code.
    """
    return SelfCheck(checks.question(name))
