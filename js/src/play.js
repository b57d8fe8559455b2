// Play: each run's path drawn up to step k, with its iterate at step k marked, k counting up at
// the toolbar's speed. In the browser only: the paths are the kernel's (or a family's), and
// Play shows more or less of them.

import { SPEEDS } from "./toolbar.js";

// The player of a scene's `panes()` (each with its runViews), driving the toolbar's
// `playButton`, `speedSelect` and step `counter`; `canPlay()` says whether there is a run to
// play, `requestDraw()` asks for the next frame.
export function makePlayer({ panes, counter, playButton, speedSelect, requestDraw, canPlay }) {
  let shownStep = null; // null: the full picture
  let lastStep = 0; // N: the largest last step over the runs
  let frame = 0;
  let clock = null; // {time, step}: when the steps/second count from

  const stepsPerSecond = () => Number(speedSelect.value) || SPEEDS[1][1];

  function showStep(k) {
    shownStep = k === null || k >= lastStep ? null : Math.max(0, Math.floor(k));
    const step = shownStep === null ? lastStep : shownStep;
    for (const pane of panes()) {
      for (const { run, line, dots, last } of pane.runViews) {
        // The drawn points up to step k (every step left out is within 0.2% of the box of the
        // drawn point before it, so the last one up to k stands for step k).
        let n = 0;
        while (n < run.steps.length && run.steps[n] <= step) n++;
        n = Math.max(n, 1);
        if (line) {
          line.visible = n >= 2;
          line.geometry.instanceCount = Math.max(n - 1, 0);
        }
        dots.geometry.setDrawRange(0, n);
        const v = pane.toWorld(shownStep === null ? run.last : run.path[n - 1]);
        last.geometry.attributes.position.setXYZ(0, v.x, v.y, v.z);
        last.geometry.attributes.position.needsUpdate = true;
      }
    }
    counter.textContent = `step ${step} / ${lastStep}`;
    // As wide as its widest text, so the toolbar does not reflow while Play counts.
    counter.style.minWidth = `${`step ${lastStep} / ${lastStep}`.length}ch`;
    requestDraw();
  }

  const playing = () => frame !== 0;

  function pause() {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    playButton.textContent = "▶ play";
  }

  function play() {
    if (playing() || !canPlay()) return;
    const from = shownStep === null ? 0 : shownStep;
    clock = { time: performance.now(), step: from };
    showStep(from);
    playButton.textContent = "⏸ pause";
    const tick = (now) => {
      const k = clock.step + ((now - clock.time) / 1000) * stepsPerSecond();
      if (k >= lastStep) {
        pause();
        showStep(null);
        return;
      }
      if (Math.floor(k) !== shownStep) showStep(k);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
  }

  // Play's speed, one step slower or faster (the < and > keys).
  function changeSpeed(by) {
    const speeds = SPEEDS.map(([, perSecond]) => perSecond);
    const k = speeds.indexOf(stepsPerSecond());
    const next = speeds[Math.min(speeds.length - 1, Math.max(0, k + by))];
    if (next === stepsPerSecond()) return;
    speedSelect.value = String(next);
    speedSelect.dispatchEvent(new Event("change"));
  }

  playButton.addEventListener("click", () => (playing() ? pause() : play()));
  speedSelect.addEventListener("change", () => {
    // Go on from the step shown, at the new speed.
    if (playing()) clock = { time: performance.now(), step: shownStep || 0 };
  });

  return {
    showStep,
    play,
    pause,
    playing,
    changeSpeed,
    // The step shown (null: the full picture), and the last step of the runs.
    shownStep: () => shownStep,
    lastStep: () => lastStep,
    // New runs: their last step (the full picture is shown with showStep(null)).
    setLastStep: (n) => {
      lastStep = n;
    },
    dispose: pause,
  };
}
