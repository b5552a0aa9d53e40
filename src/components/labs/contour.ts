/**
 * Draws a surface as filled contour bands (log-spaced levels, so the narrow valleys of Rosenbrock still show)
 * with darker lines where the band changes. Computed per pixel into an ImageData; colours follow the theme.
 */
import type { Surface } from '@/labs/surfaces';

export interface View {
  width: number;
  height: number;
  bounds: readonly [number, number, number, number];
}

export function toPx(v: View, x: number, y: number): [number, number] {
  const [x0, x1, y0, y1] = v.bounds;
  return [((x - x0) / (x1 - x0)) * v.width, ((y1 - y) / (y1 - y0)) * v.height];
}

export function fromPx(v: View, px: number, py: number): [number, number] {
  const [x0, x1, y0, y1] = v.bounds;
  return [x0 + (px / v.width) * (x1 - x0), y1 - (py / v.height) * (y1 - y0)];
}

type RGB = [number, number, number];
const PALETTE: Record<'light' | 'dark', { low: RGB; high: RGB; line: RGB }> = {
  light: { low: [255, 246, 214], high: [214, 223, 236], line: [120, 135, 160] },
  dark: { low: [74, 70, 46], high: [27, 31, 39], line: [110, 122, 145] },
};

const BANDS = 18;

export function drawContours(ctx: CanvasRenderingContext2D, s: Surface, v: View, theme: 'light' | 'dark'): void {
  const w = Math.max(1, Math.round(v.width));
  const hgt = Math.max(1, Math.round(v.height));
  const vals = new Float64Array(w * hgt);
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < hgt; j++) {
    for (let i = 0; i < w; i++) {
      const [x, y] = fromPx(v, i + 0.5, j + 0.5);
      const f = s.f(x, y);
      vals[j * w + i] = f;
      if (f < lo) lo = f;
      if (f > hi) hi = f;
    }
  }
  const scale = Math.max((hi - lo) * 2e-4, 1e-12);
  const top = Math.log1p((hi - lo) / scale);
  const band = new Uint8Array(w * hgt);
  for (let k = 0; k < vals.length; k++) band[k] = Math.min(BANDS - 1, Math.floor((Math.log1p((vals[k]! - lo) / scale) / top) * BANDS));
  const img = ctx.createImageData(w, hgt);
  const { low, high, line } = PALETTE[theme];
  for (let j = 0; j < hgt; j++) {
    for (let i = 0; i < w; i++) {
      const k = j * w + i;
      const b = band[k]!;
      const edge = (i + 1 < w && band[k + 1] !== b) || (j + 1 < hgt && band[k + w] !== b);
      const t = b / (BANDS - 1);
      const o = k * 4;
      for (let c = 0; c < 3; c++) {
        const base = low[c]! + (high[c]! - low[c]!) * t ** 0.8;
        img.data[o + c] = edge ? base * 0.4 + line[c]! * 0.6 : base;
      }
      img.data[o + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);
}
