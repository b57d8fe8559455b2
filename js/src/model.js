// A widget model over a plain object, as anywidget gives one to a view (get, set, on, off,
// widget_manager.get_model), with no kernel behind it: the read-only copy's panels
// (../readonly.js) run on it, and the Node tests drive src/source.js with it, after lonboard's
// fake widget model (src/tests/fake-widget-model.ts).

// `attributes`: the traits by name; `manager`: {get_model(id)} for the models it refers to.
export function plainModel(attributes, manager) {
  const handlers = new Map();
  return {
    widget_manager: manager,
    get: (name) => attributes[name],
    // A change fires "change:<name>" (setting the value it has fires nothing, as a model does).
    set(name, value) {
      if (attributes[name] === value) return;
      attributes[name] = value;
      for (const handler of handlers.get(`change:${name}`) || []) handler();
    },
    on(event, handler) {
      handlers.set(event, [...(handlers.get(event) || []), handler]);
    },
    off(event, handler) {
      handlers.set(event, (handlers.get(event) || []).filter((h) => h !== handler));
    },
    // How many handlers listen to `event` (for tests: a disposed view leaves none).
    listeners: (event) => (handlers.get(event) || []).length,
    send() {},
    save_changes() {},
  };
}
