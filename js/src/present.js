// Presenter mode: the scene's panel on the whole screen for a lecture, with its sliders still
// working. The panel asks for the Fullscreen API; where the page may not have it (an iframe
// without `allow="fullscreen"`, a browser that refuses), the same class fills the window
// instead. Esc, the F key and the toolbar's button leave it.
//
// What changes in presenter mode is CSS (style.js, `.ib-presenting`) and the views' size
// (../scene.js, with presenterSizes from layout.js); this module only switches it on and off.

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
  // Esc, where the browser has not already taken it (the fallback that fills the window).
  function onKey(event) {
    if (on && event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      leave();
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
