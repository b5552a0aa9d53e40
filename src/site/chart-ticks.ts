/** Short tick labels for charts (lab charts and the cells' plot()): 1e-4 style outside 0.001–9999; on a log axis only 1, 2 and 5 times a power of ten are labelled. */
export function tickLabel(v: number, log: boolean): string {
  if (log) {
    const m = Number((v / 10 ** Math.floor(Math.log10(v) + 1e-9)).toPrecision(3));
    if (m !== 1 && m !== 2 && m !== 5) return '';
  }
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e4 || a < 1e-3) return v.toExponential(0);
  return String(Number(v.toPrecision(3)));
}
