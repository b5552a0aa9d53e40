/**
 * Output limits, applied IN THE WORKER before anything is posted, so no program can flood the page: a line is
 * cut after `lineChars` characters, a run shows at most `lines` lines and `totalChars` characters, and plots
 * keep at most `series` series and `points` points in all. What was cut is counted in a report that the page
 * shows as a notice in the reader's language ("output truncated after …", runner strings `runner.cap.*`).
 * The same caps apply to the RunResult posted at the end (its logs and plotted series).
 */
import type { LogLine, PlotPoint } from './protocol';
import type { RunResult } from './types';

export const OUTPUT_LIMITS = {
  /** characters per printed line */
  lineChars: 5_000,
  /** printed lines per run */
  lines: 2_000,
  /** printed characters per run */
  totalChars: 500_000,
  /** plot series per run */
  series: 50,
  /** plot points per run, all series together */
  points: 100_000,
} as const;
export type OutputLimits = { [K in keyof typeof OUTPUT_LIMITS]: number };

/** What the caps removed from a run (all zero when nothing was). */
export interface OutputReport {
  /** lines not shown (beyond `lines` or `totalChars`) */
  droppedLines: number;
  /** lines shortened to `lineChars` */
  cutLines: number;
  /** points of series beyond `series` */
  droppedSeriesPoints: number;
  /** series not drawn */
  droppedSeries: number;
  /** points beyond `points` */
  droppedPoints: number;
}

export const emptyReport = (): OutputReport => ({ droppedLines: 0, cutLines: 0, droppedSeriesPoints: 0, droppedSeries: 0, droppedPoints: 0 });
export const reportIsEmpty = (r: OutputReport): boolean => Object.values(r).every((v) => v === 0);

/** One run's output budget. */
export class OutputCap {
  readonly report = emptyReport();
  private lines = 0;
  private chars = 0;
  private points = 0;
  private readonly series = new Set<string>();
  private readonly seriesDropped = new Set<string>();

  constructor(readonly limits: OutputLimits = OUTPUT_LIMITS) {}

  /** The line as it may be posted, or null when the run's output is already full. */
  line(text: string): string | null {
    if (this.lines >= this.limits.lines || this.chars >= this.limits.totalChars) {
      this.report.droppedLines++;
      return null;
    }
    let out = text;
    const room = Math.min(this.limits.lineChars, this.limits.totalChars - this.chars);
    if (out.length > room) {
      out = out.slice(0, room) + '…';
      this.report.cutLines++;
    }
    this.lines++;
    this.chars += out.length;
    return out;
  }

  log(l: LogLine): LogLine | null {
    const text = this.line(l.text);
    return text === null ? null : { text, kind: l.kind };
  }

  /** Whether a point of this series may be posted. */
  point(series: string): boolean {
    if (!this.series.has(series)) {
      if (this.series.size >= this.limits.series) {
        if (!this.seriesDropped.has(series)) {
          this.seriesDropped.add(series);
          this.report.droppedSeries++;
        }
        this.report.droppedSeriesPoints++;
        return false;
      }
      this.series.add(series);
    }
    if (this.points >= this.limits.points) {
      this.report.droppedPoints++;
      return false;
    }
    this.points++;
    return true;
  }

  plot(p: PlotPoint): boolean {
    return this.point(p.series);
  }

  /** Lines dropped before they reached the cap (e.g. the core's own line limit). */
  addDroppedLines(n: number): void {
    this.report.droppedLines += n;
  }

  /**
   * The result as it may be posted: logs and plots capped with the same limits, counted separately from the
   * streamed output (the result is a second copy of the same output, so it must not count twice).
   */
  static capResult(result: RunResult, limits: OutputLimits = OUTPUT_LIMITS): RunResult {
    const cap = new OutputCap(limits);
    const logs: string[] = [];
    for (const l of result.logs) {
      const t = cap.line(l);
      if (t !== null) logs.push(t);
    }
    const plots: RunResult['trace']['plots'] = {};
    for (const [name, pts] of Object.entries(result.trace.plots)) {
      const kept: [number, number][] = [];
      for (const p of pts) if (cap.point(name)) kept.push(p);
      if (kept.length) plots[name] = kept;
    }
    return { ...result, logs, trace: { ...result.trace, plots } };
  }
}
