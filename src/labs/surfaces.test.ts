import { describe, expect, it } from 'vitest';
import { torch } from '../engine/index';
import { SURFACES, SURFACE_IDS } from './surfaces';

describe('race surfaces', () => {
  it('the tensor formula and the plain formula agree (float64 tensors)', () => {
    for (const id of SURFACE_IDS) {
      const s = SURFACES[id];
      const [x0, x1, y0, y1] = s.bounds;
      for (let i = 0; i < 25; i++) {
        const x = x0 + ((x1 - x0) * ((i * 7) % 25)) / 24;
        const y = y0 + ((y1 - y0) * ((i * 11) % 25)) / 24;
        const v = s.loss(torch.tensor(x, { dtype: torch.float64 }), torch.tensor(y, { dtype: torch.float64 })).item();
        expect(v).toBeCloseTo(s.f(x, y), 10);
      }
    }
  });
  it('the listed minima are stationary points with the lowest value on a grid', () => {
    for (const id of SURFACE_IDS) {
      const s = SURFACES[id];
      const [x0, x1, y0, y1] = s.bounds;
      let lowest = Infinity;
      for (let i = 0; i <= 200; i++) for (let j = 0; j <= 200; j++) lowest = Math.min(lowest, s.f(x0 + ((x1 - x0) * i) / 200, y0 + ((y1 - y0) * j) / 200));
      for (const [mx, my] of s.minima) {
        expect(s.f(mx, my)).toBeLessThanOrEqual(lowest + 1e-6);
        const h = 1e-5;
        expect(Math.abs((s.f(mx + h, my) - s.f(mx - h, my)) / (2 * h))).toBeLessThan(1e-3);
        expect(Math.abs((s.f(mx, my + h) - s.f(mx, my - h)) / (2 * h))).toBeLessThan(1e-3);
      }
    }
  });
});
