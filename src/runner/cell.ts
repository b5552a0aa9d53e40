/**
 * The controller of one `<oc-cell>`, loaded lazily: swaps the static shiki code for a CodeMirror editor,
 * restores edits / share-link code, wires Run (Ctrl/Cmd+Enter), Stop, Reset, Copy and Share, streams output,
 * plots and coach tips from the worker, and marks the error line.
 */
import runnerStrings from '../i18n/strings/runner';
import { translator } from '../i18n/define';
import type { OcCell } from './cell-element';
import { DEFAULT_BUDGET_MS, prewarm, startRun, type RunHandle } from './client';
import { createEditor, type CellEditor } from './editor';
import { OutputPane, type T } from './output';
import type { LivePlot } from './plot';
import type { PlotPoint } from './protocol';
import { parseShareHash, shareUrl } from './share';
import { clearCode, loadCode, saveCode } from './storage';
import type { RunResult } from './types';

type PlotModule = typeof import('./plot');
let plotModule: Promise<PlotModule> | undefined;

export class CellController {
  readonly t: T;
  private readonly editor: CellEditor;
  private readonly output: OutputPane;
  private readonly note: HTMLElement;
  private readonly chartRoot: HTMLElement;
  private readonly original: string;
  private handle: RunHandle | undefined;
  private inflight: Promise<RunResult> | undefined;
  private plot: LivePlot | undefined;
  private plotReady: Promise<void> | undefined;
  /** whether the current run has plotted (the chart is kept between runs) */
  private plotting = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly el: OcCell) {
    const lang = el.dataset.lang === 'en' ? 'en' : 'zh';
    this.t = translator(runnerStrings, lang) as T;
    this.original = el.source.ts;
    this.output = new OutputPane(el.querySelector<HTMLElement>('[data-role="output"]')!, this.t);
    this.note = el.querySelector<HTMLElement>('[data-role="note"]')!;
    this.chartRoot = el.querySelector<HTMLElement>('[data-role="chart"]')!;

    const shared = parseShareHash(location.hash);
    const fromShare = shared && shared.id === el.cellId ? shared.code : null;
    const stored = loadCode(el.cellId);
    let code = this.original;
    if (el.pendingCode !== undefined) code = el.pendingCode;
    else if (fromShare !== null) {
      code = fromShare;
      this.say(this.t('runner.sharedLoaded'));
    } else if (stored !== null && stored !== this.original) {
      code = stored;
      this.say(this.t('runner.restored'));
    }

    const host = el.querySelector<HTMLElement>('[data-role="editor"]')!;
    const hadFocus = host.contains(document.activeElement);
    const mount = document.createElement('div');
    mount.className = 'oc-cell__cm';
    this.editor = createEditor(mount, {
      doc: code,
      label: this.t('runner.editorLabel'),
      lines: Number(el.dataset.lines) || undefined,
      onChange: (c) => this.scheduleSave(c),
      onRun: () => void this.run(),
    });
    host.replaceChildren(mount);
    host.dataset.mode = 'editor';
    if (el.pendingCode !== undefined) this.save(code);
    el.pendingCode = undefined;
    if (hadFocus) this.editor.focus();

    for (const b of el.querySelectorAll<HTMLButtonElement>('[data-action]')) {
      b.addEventListener('click', () => this.action(b.dataset.action ?? ''));
    }
    el.dataset.ready = 'true';
    void prewarm().catch(() => undefined);
    // autoplot cells will chart on their first run: fetch chart.js while the reader reads
    if (el.dataset.autoplot === 'true') {
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? ((cb) => setTimeout(cb, 200));
      idle(() => void (plotModule ??= import('./plot')));
    }
    if (fromShare !== null) requestAnimationFrame(() => el.scrollIntoView({ block: 'center' }));
  }

  getCode(): string {
    return this.editor.getCode();
  }

  setCode(code: string): void {
    this.editor.setCode(code);
    this.save(code);
  }

  action(name: string): void {
    if (name === 'run') void this.run();
    else if (name === 'stop') this.stop();
    else if (name === 'reset') void this.reset();
    else if (name === 'copy') void this.copy();
    else if (name === 'share') void this.share();
  }

  /** Runs the current code (the Run button, Ctrl/Cmd+Enter and `el.run()`). */
  run(opts: { budgetMs?: number } = {}): Promise<RunResult> {
    if (this.inflight) return this.inflight;
    const budget = opts.budgetMs ?? (Number(this.el.dataset.budget) || DEFAULT_BUDGET_MS);
    const code = this.getCode();
    this.save(code);
    this.output.running();
    this.editor.markError(null);
    this.resetPlot();
    this.setRunning(true);
    this.handle = startRun(code, {
      budgetMs: budget,
      autoplot: this.el.dataset.autoplot === 'true',
      onLog: (text, kind) => this.output.append(text, kind),
      onPlotBatch: (pts) => this.addPlot(pts),
      onTip: (tip) => this.output.tip(tip),
      onTruncated: (n) => this.output.addHidden(n),
    });
    this.inflight = this.handle.done.then(async (result) => {
      if (this.plotting) {
        if (this.plotReady) await this.plotReady;
        this.plot?.finish();
      }
      const sentence = this.output.finish(result, budget);
      if (result.error?.line) this.editor.markError(result.error.line, sentence);
      this.handle = undefined;
      this.inflight = undefined;
      this.setRunning(false);
      this.el.dispatchEvent(new CustomEvent<RunResult>('cell-run', { detail: result, bubbles: true }));
      return result;
    });
    return this.inflight;
  }

  stop(): void {
    this.handle?.stop();
  }

  private setRunning(on: boolean): void {
    const run = this.el.querySelector<HTMLButtonElement>('[data-action="run"]');
    const stop = this.el.querySelector<HTMLButtonElement>('[data-action="stop"]');
    const stopHadFocus = stop !== null && document.activeElement === stop;
    const runHadFocus = run !== null && document.activeElement === run;
    if (run) run.disabled = on;
    if (stop) stop.disabled = !on;
    this.output.root.setAttribute('aria-busy', String(on));
    this.el.dataset.running = String(on);
    if (on && runHadFocus) stop?.focus();
    if (!on && stopHadFocus) run?.focus();
  }

  private resetPlot(): void {
    this.plot?.reset();
    this.plotting = false;
    this.chartRoot.hidden = true;
  }

  private addPlot(points: PlotPoint[]): void {
    this.plotting = true;
    if (this.plot) return this.plot.add(points);
    const pending = points.slice();
    if (this.plotReady) {
      void this.plotReady.then(() => this.plot?.add(pending));
      return;
    }
    plotModule ??= import('./plot');
    this.plotReady = plotModule.then((m) => {
      this.plot = new m.LivePlot(this.chartRoot, {
        chart: this.t('runner.chart'),
        table: this.t('runner.chartTable'),
        series: this.t('runner.chartSeries'),
        points: this.t('runner.chartPoints'),
        lastX: this.t('runner.chartLastX'),
        lastY: this.t('runner.chartLastY'),
      });
      this.plot.add(pending);
    });
  }

  private scheduleSave(code: string): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(code), 250);
  }

  private save(code: string): void {
    clearTimeout(this.saveTimer);
    saveCode(this.el.cellId, 'ts', code, this.original);
  }

  private say(text: string, extra?: Node): void {
    this.note.replaceChildren(text, ...(extra ? [extra] : []));
    this.note.hidden = false;
  }

  private async reset(): Promise<void> {
    if (this.getCode() !== this.original && !(await this.confirmReset())) return;
    this.stop();
    this.editor.setCode(this.original);
    clearTimeout(this.saveTimer);
    clearCode(this.el.cellId);
    this.editor.markError(null);
    this.note.hidden = true;
  }

  private confirmReset(): Promise<boolean> {
    const dialog = document.createElement('dialog');
    dialog.className = 'oc-dialog';
    const p = document.createElement('p');
    p.textContent = this.t('runner.resetConfirm');
    const yes = document.createElement('button');
    yes.type = 'button';
    yes.textContent = this.t('runner.resetYes');
    const no = document.createElement('button');
    no.type = 'button';
    no.textContent = this.t('runner.resetNo');
    const row = document.createElement('div');
    row.className = 'oc-dialog__buttons';
    row.append(no, yes);
    dialog.append(p, row);
    this.el.append(dialog);
    return new Promise((resolve) => {
      yes.addEventListener('click', () => dialog.close('yes'));
      no.addEventListener('click', () => dialog.close('no'));
      dialog.addEventListener('close', () => {
        resolve(dialog.returnValue === 'yes');
        dialog.remove();
      });
      dialog.showModal();
      no.focus();
    });
  }

  private async writeClipboard(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      const ta = document.createElement('textarea');
      ta.value = text;
      ta.setAttribute('readonly', '');
      ta.style.position = 'fixed';
      ta.style.opacity = '0';
      document.body.append(ta);
      ta.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      ta.remove();
      return ok;
    }
  }

  private async copy(): Promise<void> {
    const text = this.el.tab === 'py' ? (this.el.source.py ?? '') : this.getCode();
    this.say(this.t((await this.writeClipboard(text)) ? 'runner.copied' : 'runner.copyFailed'));
  }

  private async share(): Promise<void> {
    const url = shareUrl(location.href, this.el.cellId, this.getCode());
    this.el.dataset.shareUrl = url;
    if (await this.writeClipboard(url)) return this.say(this.t('runner.linkCopied'));
    const input = document.createElement('input');
    input.readOnly = true;
    input.value = url;
    input.setAttribute('aria-label', this.t('runner.linkReady'));
    this.say(this.t('runner.linkReady'), input);
    input.select();
  }
}

export function attach(el: OcCell): CellController {
  return new CellController(el);
}
