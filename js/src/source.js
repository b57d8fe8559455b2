// Which state a view shows: a family's (src/families.js), when one holds for the controls'
// current values, or else the kernel's. Shared by the scene (scene.js) and the panel's texts
// (text.js), so that the picture and its numbers always come from the same state.
//
// The widget's `families` trait lists the panel's families (ib_helpers.live.FamilyWidget), one
// per control, as widget references. Each family model's `value` follows its control in the
// browser (a jslink from the slider), so a move of the handle reaches `onChange` at once, with
// no message to the kernel; its `data` is the family's gzip bytes, inflated here once per
// change, for every view of the panel.

import { inflate, parseFamily, pick } from "./families.js";

const REF = /^IPY_MODEL_/;

// Every view of a panel (the scene and each of its texts) reads the same family models: each
// family's bytes are inflated and parsed once for all of them, and a state decoded for one is
// there for the others. The scene and the texts are separate bundles (separate module
// instances), so the cache hangs on a registered symbol of the page's global object; its keys
// are the bytes the widget manager holds, so it lets go of a family with them.
const CACHE_KEY = Symbol.for("ib_helpers.decoded_families");
if (!globalThis[CACHE_KEY]) globalThis[CACHE_KEY] = new WeakMap();
const decodedFamilies = globalThis[CACHE_KEY];

export function decodeOnce(data, bytes) {
  let family = decodedFamilies.get(data);
  if (!family) {
    family = inflate(bytes).then(parseFamily);
    decodedFamilies.set(data, family);
  }
  return family;
}

export function watchStates(model, onChange) {
  let disposed = false;
  let families = [];
  let current = {};
  let bound = []; // [family model, its listeners]
  const tokens = [];
  const stats = { decodes: 0, decodeMs: [] };

  function unbind() {
    for (const [m, onValue, onData] of bound) {
      m.off("change:value", onValue);
      m.off("change:data", onData);
    }
    bound = [];
  }

  async function decode(k, m) {
    tokens[k] = (tokens[k] || 0) + 1;
    const token = tokens[k];
    const data = m.get("data");
    if (!data || !data.byteLength) {
      families[k] = null;
      onChange();
      return;
    }
    const t0 = performance.now();
    const bytes =
      data instanceof Uint8Array
        ? data
        : ArrayBuffer.isView(data)
          ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
          : new Uint8Array(data);
    const family = await decodeOnce(data, bytes);
    if (disposed || token !== tokens[k]) return;
    stats.decodes += 1;
    stats.decodeMs.push(performance.now() - t0);
    families[k] = family;
    onChange();
  }

  async function load() {
    const refs = model.get("families") || [];
    const manager = model.widget_manager;
    if (!manager || !refs.length) {
      unbind();
      families = [];
      return;
    }
    const models = await Promise.all(
      refs.map((ref) => manager.get_model(String(ref).replace(REF, ""))),
    );
    if (disposed) return;
    unbind();
    families = models.map(() => null);
    current = {};
    models.forEach((m, k) => {
      const onValue = () => {
        current[m.get("control")] = m.get("value");
        onChange();
      };
      const onData = () => decode(k, m);
      m.on("change:value", onValue);
      m.on("change:data", onData);
      bound.push([m, onValue, onData]);
      current[m.get("control")] = m.get("value");
      decode(k, m);
    });
    onChange();
  }

  model.on("change:families", load);
  load();

  return {
    // The family state for the current values ({ state, key }), or null: show the kernel's.
    picked: () => pick(families, current),
    values: () => ({ ...current }),
    families: () => families,
    stats,
    dispose() {
      disposed = true;
      model.off("change:families", load);
      unbind();
    },
  };
}
