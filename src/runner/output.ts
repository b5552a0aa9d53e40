/**
 * The output pane of a cell: printed lines (warnings styled as such), the run's status line, the error in
 * words with the learner's line and column, and coach tips. The pane itself carries `aria-live="polite"`.
 */
import type { Tip } from './coach';
import { OUTPUT_LIMITS, type OutputReport } from './output-cap';
import type { LogKind, RunResult } from './types';

export type T = (key: string, params?: Record<string, string | number>) => string;

/** Lines shown in the pane (the worker already caps at this; a second guard for any other sender). */
export const MAX_SHOWN_LINES = OUTPUT_LIMITS.lines;

/** The notices for what the worker's caps removed, in the reader's language (none when nothing was). */
export function capNotices(report: OutputReport, shown: number, t: T): string[] {
  const out: string[] = [];
  if (report.droppedLines > 0) out.push(t('safety.cap.lines', { shown, dropped: report.droppedLines }));
  if (report.cutLines > 0) out.push(t('safety.cap.cut', { count: report.cutLines, chars: OUTPUT_LIMITS.lineChars }));
  if (report.droppedSeries > 0) out.push(t('safety.cap.series', { max: OUTPUT_LIMITS.series, dropped: report.droppedSeries }));
  if (report.droppedPoints > 0) out.push(t('safety.cap.points', { max: OUTPUT_LIMITS.points, dropped: report.droppedPoints }));
  return out;
}

/** The error sentence in the page's language, e.g. "第 4 行第 7 列：TypeError: …". */
export function describeError(result: RunResult, t: T, budgetMs: number): string {
  if (result.status === 'timeout') return t('runner.timeout', { seconds: Math.round(budgetMs / 100) / 10 });
  if (result.status === 'stopped') return t('runner.stopped');
  const e = result.error;
  if (!e) return '';
  if (e.kind === 'memory') return t('runner.memory', { message: e.message });
  const name = e.kind === 'syntax' ? `${e.name}` : e.name;
  const params = { name, message: e.message, line: e.line ?? 0, column: e.column ?? 0 };
  if (e.line && e.column) return t('runner.errorAt', params);
  if (e.line) return t('runner.errorAtLine', params);
  return t('runner.error', params);
}

export class OutputPane {
  private readonly log: HTMLElement;
  private readonly status: HTMLElement;
  private readonly tips: HTMLElement;
  private shown = 0;
  private hidden = 0;
  private report: OutputReport | undefined;

  constructor(
    readonly root: HTMLElement,
    private readonly t: T,
  ) {
    this.log = root.querySelector<HTMLElement>('[data-role="log"]')!;
    this.status = root.querySelector<HTMLElement>('[data-role="status"]')!;
    this.tips = root.querySelector<HTMLElement>('[data-role="tips"]')!;
  }

  clear(): void {
    this.log.replaceChildren();
    this.tips.replaceChildren();
    this.tips.hidden = true;
    this.status.textContent = '';
    this.status.removeAttribute('data-state');
    this.shown = 0;
    this.hidden = 0;
    this.report = undefined;
    this.root.dataset.state = 'idle';
  }

  running(): void {
    this.clear();
    this.root.dataset.state = 'running';
    this.status.textContent = this.t('runner.running');
  }

  /** Appends printed lines (one text node per line; cheap for long loops). */
  append(text: string, kind: LogKind): void {
    if (this.shown >= MAX_SHOWN_LINES) {
      this.hidden++;
      return;
    }
    this.shown++;
    const line = document.createElement('div');
    line.className = `oc-out oc-out--${kind}`;
    line.textContent = kind === 'warn' ? `⚠ ${text}` : text;
    this.log.append(line);
  }

  /** What the worker's output caps removed (shown as notices when the run ends). */
  truncated(report: OutputReport): void {
    this.report = report;
  }

  /** The truncation notices, outside the capped log path so they always show. */
  private notices(): void {
    const report = this.report ?? { droppedLines: 0, cutLines: 0, droppedSeriesPoints: 0, droppedSeries: 0, droppedPoints: 0 };
    const lines = capNotices({ ...report, droppedLines: report.droppedLines + this.hidden }, this.shown, this.t);
    for (const text of lines) {
      const p = document.createElement('div');
      p.className = 'oc-out oc-out--warn oc-out--notice';
      p.dataset.role = 'truncated';
      p.textContent = `⚠ ${text}`;
      this.log.append(p);
    }
  }

  tip(tip: Tip): void {
    const li = document.createElement('li');
    li.className = 'oc-tip';
    li.dataset.tip = tip.id;
    li.textContent = this.t(`runner.tip.${tip.id}`, tip.params);
    this.tips.append(li);
    this.tips.hidden = false;
  }

  /** Shows how the run ended. Returns the error sentence (empty when ok). */
  finish(result: RunResult, budgetMs: number): string {
    this.notices();
    this.root.dataset.state = result.status;
    const ms = Math.round(result.trace.elapsedMs);
    if (result.status === 'ok') {
      this.status.dataset.state = 'ok';
      this.status.textContent = this.t(this.shown > 0 ? 'runner.done' : 'runner.doneNoOutput', { ms });
      return '';
    }
    const sentence = describeError(result, this.t, budgetMs);
    this.status.dataset.state = result.status === 'stopped' ? 'stopped' : 'error';
    this.status.textContent = sentence;
    return sentence;
  }

  /** A one-off message in the status line (e.g. the worker failed to start). */
  message(text: string): void {
    this.status.textContent = text;
  }
}
