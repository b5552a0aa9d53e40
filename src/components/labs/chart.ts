/**
 * A chart.js line chart for the labs (imported only by the lazily loaded lab modules, so chart.js is fetched
 * when a lab comes into view). No animation; colours follow the site theme and are refreshed when it changes.
 * The canvas is an image with an aria-label; each lab also renders a table with the numbers as text.
 */
import {
  Chart, Filler, Legend, LinearScale, LineController, LineElement, LogarithmicScale, PointElement, Tooltip,
} from 'chart.js';
import { tickLabel } from '@/site/chart-ticks';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend, Tooltip, Filler);

export interface Series {
  label: string;
  data: { x: number; y: number }[];
  color: string;
  dashed?: boolean;
  /** draw as steps (learning-rate schedules) */
  stepped?: boolean;
  width?: number;
  /** a highlighted point index (current step) */
  mark?: number;
}

export interface LabChartOptions {
  ariaLabel: string;
  logY?: boolean;
  xTitle?: string;
  yTitle?: string;
  legend?: boolean;
  /** y axis starts at 0 (linear only) */
  zeroY?: boolean;
}

function themeColors() {
  const cs = getComputedStyle(document.documentElement);
  return {
    fg: cs.getPropertyValue('--muted').trim() || '#545b66',
    text: cs.getPropertyValue('--text').trim() || '#1c1f24',
    grid: cs.getPropertyValue('--border').trim() || 'rgba(128,128,128,0.3)',
  };
}

export class LabChart {
  private chart: Chart<'line', { x: number; y: number }[]>;
  private readonly observer: MutationObserver;
  readonly canvas: HTMLCanvasElement;

  constructor(host: HTMLElement, private opts: LabChartOptions) {
    host.classList.add('oc-lab__chart');
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', opts.ariaLabel);
    host.replaceChildren(this.canvas);
    this.chart = new Chart(this.canvas, { type: 'line', data: { datasets: [] }, options: this.options() });
    this.observer = new MutationObserver(() => {
      this.chart.options = this.options();
      this.chart.update('none');
    });
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  }

  private options() {
    const { fg, text, grid } = themeColors();
    const o = this.opts;
    const title = (t: string | undefined) => (t ? { display: true, text: t, color: fg } : { display: false });
    return {
      animation: false as const,
      responsive: true,
      maintainAspectRatio: false,
      color: text,
      parsing: false as const,
      normalized: true,
      interaction: { mode: 'nearest' as const, intersect: false },
      plugins: {
        legend: { display: o.legend ?? true, labels: { color: text, boxWidth: 14, boxHeight: 2 } },
        tooltip: { enabled: true },
      },
      scales: {
        x: { type: 'linear' as const, ticks: { color: fg }, grid: { color: grid }, title: title(o.xTitle) },
        y: {
          type: o.logY ? ('logarithmic' as const) : ('linear' as const),
          beginAtZero: !o.logY && (o.zeroY ?? false),
          ticks: { color: fg, callback: (v: string | number) => tickLabel(Number(v), o.logY ?? false) },
          grid: { color: grid },
          title: title(o.yTitle),
        },
      },
    };
  }

  setLabel(aria: string): void {
    this.canvas.setAttribute('aria-label', aria);
  }

  set(series: readonly Series[]): void {
    this.chart.data.datasets = series.map((s) => ({
      label: s.label,
      data: s.data,
      borderColor: s.color,
      backgroundColor: s.color,
      borderWidth: s.width ?? 2,
      borderDash: s.dashed ? [6, 4] : [],
      stepped: s.stepped ? ('before' as const) : false,
      pointRadius: s.mark === undefined ? (s.data.length > 40 ? 0 : 2) : s.data.map((_, i) => (i === s.mark ? 4 : 0)),
      tension: 0,
    }));
    this.chart.update('none');
  }

  destroy(): void {
    this.observer.disconnect();
    this.chart.destroy();
  }
}
