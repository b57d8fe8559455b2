// Runs computed ahead (ib_helpers.families): a family is the panel's state at every position of
// one control, the others held at its `base`. This module reads a family's bytes and picks the
// state for the controls' current values. Pure: no DOM, no three.js (Node's test runner tests
// it, with families written by the Python encoder).

// Two control values this close (relative) are the same position: the browser computes a log
// slider's value as 10 ** exponent in its own arithmetic (ib_helpers.families.TOLERANCE).
const TOLERANCE = 1e-9;

export function close(a, b) {
  if (a === b) return true;
  if (typeof a !== "number" || typeof b !== "number") return false;
  return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

// The family's bytes are gzip (the browser's own DecompressionStream inflates them).
export async function inflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const ARRAYS = { "<f4": Float32Array, "<f8": Float64Array, "<i4": Int32Array, int32: Int32Array,
  "<u4": Uint32Array, uint32: Uint32Array, "|u1": Uint8Array }; // prettier-ignore

// The inflated bytes: a 4-byte length, the JSON header, then the arrays (8-byte aligned),
// among them each state's JSON as bytes, parsed only when the state is shown (stateAt): a
// family arriving costs the page its small header, not every state's text.
export function parseFamily(raw) {
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const length = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(raw.subarray(4, 4 + length)));
  const start = raw.byteOffset + 4 + length;
  // Copied, so the typed arrays are aligned whatever the offset of `raw`.
  const body = raw.buffer.slice(start, raw.byteOffset + raw.byteLength);
  const arrays = header.arrays.map(([dtype, offset, size]) => {
    const Type = ARRAYS[dtype];
    if (!Type) throw new Error(`unknown array type ${dtype}`);
    return new Type(body, offset, size);
  });
  const states = new Map(); // position index -> the array of its JSON bytes
  header.present.forEach((index, k) => states.set(index, arrays[header.states[k]]));
  return {
    control: header.control,
    values: header.values,
    base: header.base,
    common: header.common,
    states,
    pools: header.pools.map((p) => ({ xyz: arrays[p.xyz], steps: arrays[p.steps] })),
    arrays,
    decoded: new Map(),
  };
}

const UTF8 = new TextDecoder();

// The position of `value` among the family's values, or -1.
export function indexOf(family, value) {
  const { values } = family;
  for (let i = 0; i < values.length; i += 1) if (close(values[i], value)) return i;
  return -1;
}

// The state at position `index`, in the shape ib_helpers.live.panel_state has once decoded
// (state.js): each run's path as [x, y, z] rows, with the step of each point.
export function stateAt(family, index) {
  if (family.decoded.has(index)) return family.decoded.get(index);
  const bytes = family.states.get(index);
  if (!bytes) return null;
  const entry = JSON.parse(UTF8.decode(bytes));
  const runs = entry.runs.map((run, k) => {
    const { points, ...rest } = run;
    const indices = family.arrays[points];
    const pool = family.pools[k];
    const path = [];
    const steps = [];
    for (const i of indices) {
      path.push([pool.xyz[3 * i], pool.xyz[3 * i + 1], pool.xyz[3 * i + 2]]);
      steps.push(pool.steps[i]);
    }
    return { ...rest, path, steps };
  });
  const state = { ...family.common, ...entry, runs };
  // A few decoded states are kept: a drag goes back and forth over the same positions.
  if (family.decoded.size > 64) family.decoded.delete(family.decoded.keys().next().value);
  family.decoded.set(index, state);
  return state;
}

// Whether `family` holds for the controls' `current` values (name to value): every other
// control is where it was when the family was computed.
export function holds(family, current) {
  for (const [name, value] of Object.entries(family.base)) {
    if (!(name in current) || !close(value, current[name])) return false;
  }
  return true;
}

// The state for the `current` values from any family that holds them, with a key naming it
// (the same key for the same position, whichever family gave it); null if none does.
export function pick(families, current) {
  for (const family of families) {
    if (!family || !holds(family, current)) continue;
    const index = indexOf(family, current[family.control]);
    if (index < 0 || !family.states.has(index)) continue;
    const state = stateAt(family, index);
    if (state) return { state, key: positionKey(family, index) };
  }
  return null;
}

function positionKey(family, index) {
  const values = { ...family.base, [family.control]: family.values[index] };
  return Object.keys(values)
    .sort()
    .map((name) => `${name}=${Number(values[name]).toPrecision(12)}`)
    .join("&");
}
