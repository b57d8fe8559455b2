// Presenter mode: the scene's panel on the whole screen for a lecture, with its sliders still
// working. The panel asks for the Fullscreen API; where the page may not have it (an iframe
// without `allow="fullscreen"`, a browser that refuses), the same class fills the window
// instead. Esc, the F key and the toolbar's button leave it.
//
// What changes in presenter mode is CSS (style.js, `.ib-presenting`) and the views' size
// (../scene.js, with presenterSizes from layout.js); this module only switches it on and off.

// The elements of `root` that Tab stops at and that are shown, in the page's order.
const FOCUSABLE =
  "a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1']), [contenteditable=true]";
export function focusable(root) {
  return [...root.querySelectorAll(FOCUSABLE)].filter(
    (el) =>
      !el.disabled &&
      el.tabIndex >= 0 &&
      el.getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== "hidden",
  );
}

// `findTarget()`: the element put on the screen (the panel, with its sliders), looked up when
// presenter mode starts (the widget is not in the page yet when it is made); `changed(on,
// target)` is called after every switch, whichever way it came (button, key, Esc, browser).
export function makePresenter(findTarget, changed) {
  let on = false;
  let target = null;
  let fullscreen = false; // the browser's Fullscreen API holds the target (not the fallback)

  function set(value) {
    if (value === on) return;
    on = value;
    target.classList.toggle("ib-presenting", on);
    if (on) target.addEventListener("keydown", onKey, true);
    else target.removeEventListener("keydown", onKey, true);
    changed(on, target);
  }

  async function enter() {
    if (on) return true;
    target = findTarget();
    set(true); // fills the window at once; the full screen follows if the browser allows it
    if (typeof target.requestFullscreen === "function" && !document.fullscreenElement) {
      try {
        await target.requestFullscreen({ navigationUI: "hide" });
        fullscreen = document.fullscreenElement === target;
      } catch {
        fullscreen = false; // refused (no user gesture, or an iframe without the permission)
      }
    }
    return on;
  }

  function leave() {
    if (!on) return false;
    if (fullscreen && document.fullscreenElement === target) {
      document.exitFullscreen().catch(() => {});
    }
    fullscreen = false;
    set(false);
    return true;
  }

  // The browser leaves full screen by itself on Esc (and on F11, a tab switch on some
  // systems): presenter mode ends with it.
  function onFullscreenChange() {
    if (fullscreen && document.fullscreenElement !== target) {
      fullscreen = false;
      set(false);
    }
  }
  // Esc, where the browser has not already taken it (the fallback that fills the window);
  // and Tab goes round the panel's own controls, as in a dialog: everything else on the page
  // is hidden behind it, and focus there would be invisible (WCAG 2.4.7).
  function onKey(event) {
    if (!on) return;
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      leave();
    } else if (event.key === "Tab" && !event.altKey && !event.ctrlKey && !event.metaKey) {
      const stops = focusable(target);
      if (!stops.length) return;
      const first = stops[0];
      const last = stops[stops.length - 1];
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !target.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !target.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    }
  }
  document.addEventListener("fullscreenchange", onFullscreenChange);

  return {
    enter,
    leave,
    toggle: () => (on ? leave() : enter()),
    active: () => on,
    fullscreen: () => fullscreen,
    dispose() {
      leave();
      document.removeEventListener("fullscreenchange", onFullscreenChange);
    },
  };
}
