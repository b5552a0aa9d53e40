/**
 * The output pane of a cell: printed lines (warnings styled as such), the run's status line, the error in
 * words with the learner's line and column, and coach tips. The pane itself carries `aria-live="polite"`.
 */
import type { Tip } from './coach';
import type { LogKind, RunResult } from './types';

export type T = (key: string, params?: Record<string, string | number>) => string;

/** Lines shown in the pane (the run may print more; they are counted). */
export const MAX_SHOWN_LINES = 2000;

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

  /** Lines the worker itself did not send (beyond its cap). */
  addHidden(count: number): void {
    this.hidden += count;
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
    if (this.hidden > 0) this.append(this.t('runner.truncated', { count: this.hidden }), 'warn');
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
