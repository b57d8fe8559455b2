// Numbers as the kernel's readout prints them. Pure: no three.js, no DOM.

// The same format as ib_helpers.readout.format_number: 6 decimals, e-notation when huge.
export function formatNumber(v) {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 1e5) return v.toExponential(3).replace(/e([+-])(\d)$/, "e$10$2");
  const s = (Math.round(v * 1e6) / 1e6 + 0).toFixed(6);
  return s === "-0.000000" ? "0.000000" : s;
}

export function formatVector(p) {
  return "[" + p.map(formatNumber).join(", ") + "]";
}
