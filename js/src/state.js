// Decoding the kernel's data: the widget's `scene` trait (ib_helpers.live.scene_state) as the
// browser receives it, each run's path as float64 bytes. Pure: no three.js, no DOM.

export function floats(value) {
  // A path arrives as float64 bytes (a DataView, an ArrayBuffer or a typed array).
  if (value instanceof Float64Array) return value;
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice();
    return new Float64Array(bytes.buffer);
  }
  if (value instanceof ArrayBuffer) return new Float64Array(value.slice(0));
  return Float64Array.from(value.flat ? value.flat() : value);
}

export function rows(flat) {
  const out = [];
  for (let i = 0; i + 2 < flat.length; i += 3) out.push([flat[i], flat[i + 1], flat[i + 2]]);
  return out;
}

export function decode(state) {
  if (!state || !state.runs) return null;
  return {
    ...state,
    runs: state.runs.map((run) => ({ ...run, path: rows(floats(run.path)) })),
  };
}

// What the widget's model holds now (anywidget's `model.get`), decoded; null before the kernel
// has sent a scene (or after the widget was closed, when `scene` is {}).
export function readScene(model) {
  return decode(model.get("scene"));
}
