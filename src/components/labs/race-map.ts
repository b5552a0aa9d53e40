/**
 * The race map: contour bands of the surface (cached per size and theme), the trajectories up to the shown
 * step, the minima, and a focusable start marker (a button over the canvas: arrow keys move it, clicks on the
 * map place it).
 */
import type { Surface } from '@/labs/surfaces';
import { RACER_COLORS, type Trajectory } from '@/labs/race';
import { drawContours, fromPx, toPx, type View } from './contour';
import { h } from './ui';

export interface RaceMapOptions {
  onStart(x: number, y: number): void;
  startLabel(x: number, y: number): string;
}

const currentTheme = (): 'light' | 'dark' => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

export class RaceMap {
  readonly root: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  readonly marker: HTMLButtonElement;
  private base: HTMLCanvasElement | undefined;
  private baseKey = '';
  private view: View = { width: 1, height: 1, bounds: [0, 1, 0, 1] };
  private surface: Surface | undefined;
  private trajectories: Trajectory[] = [];
  private shown = 0;
  private start: [number, number] = [0, 0];
  /** CSS width of the map, measured on resize only (reading layout every frame would force reflows) */
  private width = 0;
  private readonly resize: ResizeObserver;
  private readonly themeObserver: MutationObserver;

  constructor(private readonly opts: RaceMapOptions) {
    this.canvas = h('canvas', { role: 'img', 'data-role': 'race-map' });
    this.marker = h('button', { type: 'button', class: 'oc-lab__start', 'data-role': 'start' });
    this.root = h('div', { class: 'oc-lab__map' }, this.canvas, this.marker);
    this.canvas.addEventListener('click', (e) => {
      const r = this.canvas.getBoundingClientRect();
      const [x, y] = fromPx(this.view, e.clientX - r.left, e.clientY - r.top);
      this.opts.onStart(round2(x), round2(y));
    });
    this.marker.addEventListener('keydown', (e) => this.onKey(e));
    this.resize = new ResizeObserver(() => {
      const w = Math.max(200, Math.floor(this.root.clientWidth));
      if (w !== this.width) {
        this.width = w;
        this.draw();
      }
    });
    this.resize.observe(this.root);
    this.themeObserver = new MutationObserver(() => this.draw());
    this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  }

  private onKey(e: KeyboardEvent): void {
    const [x0, x1, y0, y1] = this.view.bounds;
    const f = e.shiftKey ? 0.1 : 0.02;
    const dx = (x1 - x0) * f;
    const dy = (y1 - y0) * f;
    let [x, y] = this.start;
    if (e.key === 'ArrowLeft') x -= dx;
    else if (e.key === 'ArrowRight') x += dx;
    else if (e.key === 'ArrowUp') y += dy;
    else if (e.key === 'ArrowDown') y -= dy;
    else return;
    e.preventDefault();
    x = Math.min(x1, Math.max(x0, x));
    y = Math.min(y1, Math.max(y0, y));
    this.opts.onStart(round2(x), round2(y));
  }

  set(surface: Surface, trajectories: Trajectory[], shown: number, start: [number, number], label: string): void {
    this.surface = surface;
    this.trajectories = trajectories;
    this.shown = shown;
    this.start = start;
    this.canvas.setAttribute('aria-label', label);
    this.marker.setAttribute('aria-label', this.opts.startLabel(start[0], start[1]));
    this.draw();
  }

  draw(): void {
    const s = this.surface;
    if (!s) return;
    const [x0, x1, y0, y1] = s.bounds;
    this.width ||= Math.max(200, Math.floor(this.root.clientWidth));
    const width = this.width;
    const height = Math.round(Math.min(width * ((y1 - y0) / (x1 - x0)), 520));
    this.view = { width, height, bounds: s.bounds };
    const theme = currentTheme();
    const key = `${s.id}|${width}|${height}|${theme}`;
    if (key !== this.baseKey) {
      this.base = document.createElement('canvas');
      this.base.width = width;
      this.base.height = height;
      drawContours(this.base.getContext('2d')!, s, this.view, theme);
      this.baseKey = key;
    }
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    if (this.canvas.width !== Math.round(width * dpr) || this.canvas.height !== Math.round(height * dpr)) {
      this.canvas.width = Math.round(width * dpr);
      this.canvas.height = Math.round(height * dpr);
      this.canvas.style.width = `${width}px`;
      this.canvas.style.height = `${height}px`;
    }
    const ctx = this.canvas.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.drawImage(this.base!, 0, 0, width, height);
    const ink = theme === 'dark' ? '#f1f3f5' : '#111418';
    for (const t of this.trajectories) {
      const n = Math.min(this.shown, t.xs.length - 1);
      ctx.strokeStyle = RACER_COLORS[t.racer];
      ctx.lineWidth = 2.2;
      ctx.lineJoin = 'round';
      ctx.beginPath();
      for (let i = 0; i <= n; i++) {
        const [px, py] = toPx(this.view, t.xs[i]!, t.ys[i]!);
        if (i === 0) ctx.moveTo(px, py);
        else ctx.lineTo(clampPx(px, width), clampPx(py, height));
      }
      ctx.stroke();
      const [hx, hy] = toPx(this.view, t.xs[n]!, t.ys[n]!);
      ctx.fillStyle = RACER_COLORS[t.racer];
      ctx.beginPath();
      ctx.arc(hx, hy, 4.5, 0, Math.PI * 2);
      ctx.fill();
      ctx.strokeStyle = ink;
      ctx.lineWidth = 1;
      ctx.stroke();
    }
    // the minima last, so the ★ stays visible on top of the paths and the racers' markers
    for (const [mx, my] of s.minima) star(ctx, ...toPx(this.view, mx, my), ink);
    const [sx, sy] = toPx(this.view, this.start[0], this.start[1]);
    this.marker.style.left = `${sx}px`;
    this.marker.style.top = `${sy}px`;
  }

  destroy(): void {
    this.resize.disconnect();
    this.themeObserver.disconnect();
  }
}

const round2 = (v: number) => Math.round(v * 100) / 100;
const clampPx = (v: number, max: number) => Math.max(-50, Math.min(max + 50, v));

function star(ctx: CanvasRenderingContext2D, x: number, y: number, color: string): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.fillStyle = color;
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 7 : 3;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    ctx.lineTo(Math.cos(a) * r, Math.sin(a) * r);
  }
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}
