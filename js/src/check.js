// A self-check's judgement, in the page (ib_helpers.panels.self_checks): the kernel sends the
// feedback for every option ahead, so a click is answered at once, kernel busy, far or gone,
// and always for the option the student chose (a click sent to the kernel could overtake the
// choice, which ipywidgets holds back while its last message is unanswered). Pure: no DOM.

// The feedback for the option at `index` (null: none chosen) from the kernel's texts.
export function feedbackFor(index, feedback, empty) {
  if (index === null || index === undefined || index < 0 || index >= feedback.length) {
    return empty;
  }
  return feedback[index];
}
