import { describe, expect, it } from 'vitest';
import { fromPx, toPx, type View } from './contour';
import { tickLabel } from '../../site/chart-ticks';

describe('lab map coordinates', () => {
  const v: View = { width: 400, height: 300, bounds: [-2, 2, -1, 2] };
  it('maps the corners and round-trips', () => {
    expect(toPx(v, -2, 2)).toEqual([0, 0]);
    expect(toPx(v, 2, -1)).toEqual([400, 300]);
    const [px, py] = toPx(v, 0.5, 0.25);
    const [x, y] = fromPx(v, px, py);
    expect(x).toBeCloseTo(0.5, 12);
    expect(y).toBeCloseTo(0.25, 12);
  });
});

describe('chart tick labels', () => {
  it('labels only 1, 2 and 5 times a power of ten on a log axis', () => {
    expect(tickLabel(100, true)).toBe('100');
    expect(tickLabel(0.02, true)).toBe('0.02');
    expect(tickLabel(50000, true)).toBe('5e+4');
    expect(tickLabel(80, true)).toBe('');
    expect(tickLabel(0.3, true)).toBe('');
    expect(tickLabel(0.375, false)).toBe('0.375');
  });
});
