/**
 * Live plots of a cell: named series streamed into one chart.js line chart while the code runs, batched per
 * animation frame. `plot(name, x, y, { log: true })` switches the y axis to log scale. No animation (the chart
 * redraws at most once a frame, which also respects prefers-reduced-motion). A visually-hidden table with
 * the last value of each series is the text alternative, updated when the run ends. Loaded lazily: chart.js is
 * imported only when a cell first plots.
 */
import {
  CategoryScale, Chart, Colors, Legend, LinearScale, LineController, LineElement, LogarithmicScale, PointElement, Tooltip,
} from 'chart.js';
import type { PlotPoint } from './protocol';
import { tickLabel } from '../site/chart-ticks';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, CategoryScale, Legend, Tooltip, Colors);

export interface PlotStrings {
  chart: string;
  table: string;
  series: string;
  points: string;
  lastX: string;
  lastY: string;
  /** axis titles: x is plot()'s first number, y its second (with a note when the axis is logarithmic) */
  axisX: string;
  axisY: string;
  axisYLog: string;
}

type XY = { x: number; y: number };

export class LivePlot {
  private chart: Chart<'line', XY[]> | undefined;
  private readonly canvas: HTMLCanvasElement;
  private readonly table: HTMLTableElement;
  private queue: PlotPoint[] = [];
  private frame = 0;
  private series = new Map<string, XY[]>();
  private log = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly strings: PlotStrings,
  ) {
    root.replaceChildren();
    const box = document.createElement('div');
    box.className = 'oc-cell__chart-box';
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', strings.chart);
    box.append(this.canvas);
    this.table = document.createElement('table');
    this.table.dataset.role = 'plot-table';
    // hidden by its wrapper: a table ignores `overflow: hidden`, so a hidden table itself would be a scrollable
    // region without keyboard access (axe: scrollable-region-focusable)
    const hidden = document.createElement('div');
    hidden.className = 'oc-visually-hidden';
    hidden.append(this.table);
    root.append(box, hidden);
    this.themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
  }

  /** Follows the site's light/dark switch (html[data-theme]) so axes and legend stay readable. */
  private readonly themeWatch = new MutationObserver(() => this.recolor());

  private recolor(): void {
    const c = this.chart;
    if (!c) return;
    const { fg, grid } = this.colors();
    c.options.color = fg;
    const legend = c.options.plugins?.legend?.labels;
    if (legend) legend.color = fg;
    for (const axis of Object.values(c.options.scales ?? {})) {
      if (!axis) continue;
      if (axis.ticks) axis.ticks.color = fg;
      if (axis.grid) axis.grid.color = grid;
      if (axis.title) axis.title.color = fg;
    }
    c.update('none');
  }

  /** Queues points; they are drawn on the next animation frame. */
  add(points: PlotPoint[]): void {
    this.queue.push(...points);
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  /** Draws everything queued now (also called when the run ends), then updates the text alternative. */
  finish(): void {
    this.flush();
    this.renderTable();
  }

  /** Clears every series for a new run, keeping the chart (creating a chart costs more than the guide's run). */
  reset(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.queue = [];
    this.series.clear();
    this.log = false;
    this.table.replaceChildren();
    this.root.hidden = true;
    if (this.chart) this.chart.data.datasets = [];
  }

  /** Total points drawn so far (for tests and benchmarks). */
  get pointCount(): number {
    let n = 0;
    for (const pts of this.series.values()) n += pts.length;
    return n;
  }

  destroy(): void {
    this.themeWatch.disconnect();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.chart?.destroy();
  }

  private flush(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.queue.length === 0) return;
    this.root.hidden = false;
    let newSeries = false;
    for (const p of this.queue) {
      let pts = this.series.get(p.series);
      if (!pts) {
        pts = [];
        this.series.set(p.series, pts);
        newSeries = true;
      }
      pts.push({ x: p.x, y: p.y });
      if (p.log) this.log = true;
    }
    this.queue = [];
    if (!this.chart) this.chart = this.create();
    else if (newSeries || this.chart.data.datasets.length !== this.series.size) this.chart.data.datasets = this.datasets();
    const y = this.chart.options.scales?.y;
    if (y && y.type !== (this.log ? 'logarithmic' : 'linear')) {
      this.chart.options.scales!.y = this.yScale();
    }
    this.chart.update('none');
  }

  private datasets() {
    return [...this.series.entries()].map(([label, data]) => ({
      label, data, pointRadius: data.length > 60 ? 0 : 2, borderWidth: 2, parsing: false as const, normalized: true,
    }));
  }

  private colors() {
    const cs = getComputedStyle(this.root);
    const fg = cs.color || '#333';
    return { fg, grid: cs.getPropertyValue('--oc-chart-grid').trim() || 'rgba(128,128,128,0.25)' };
  }

  private yScale() {
    const { fg, grid } = this.colors();
    const log = this.log;
    // short labels (1e-4, 0.05, 2e+36) instead of chart.js's 0.10000000000000 / 1.000E34
    const ticks = { color: fg, callback: (v: string | number) => tickLabel(Number(v), log) };
    const title = { display: true, text: log ? this.strings.axisYLog : this.strings.axisY, color: fg };
    return { type: log ? ('logarithmic' as const) : ('linear' as const), ticks, grid: { color: grid }, title };
  }

  private create(): Chart<'line', XY[]> {
    const { fg, grid } = this.colors();
    return new Chart(this.canvas, {
      type: 'line',
      data: { datasets: this.datasets() },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        color: fg,
        interaction: { mode: 'nearest', intersect: false },
        plugins: { legend: { labels: { color: fg } } },
        scales: {
          x: { type: 'linear', ticks: { color: fg }, grid: { color: grid }, title: { display: true, text: this.strings.axisX, color: fg } },
          y: this.yScale(),
        },
      },
    });
  }

  private renderTable(): void {
    const s = this.strings;
    const cap = document.createElement('caption');
    cap.textContent = s.table;
    const head = document.createElement('tr');
    for (const h of [s.series, s.points, s.lastX, s.lastY]) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      head.append(th);
    }
    const rows = [...this.series.entries()].map(([name, pts]) => {
      const tr = document.createElement('tr');
      const last = pts[pts.length - 1];
      for (const v of [name, String(pts.length), last ? String(last.x) : '', last ? String(last.y) : '']) {
        const td = document.createElement('td');
        td.textContent = v;
        tr.append(td);
      }
      return tr;
    });
    this.table.replaceChildren(cap, head, ...rows);
  }
}
