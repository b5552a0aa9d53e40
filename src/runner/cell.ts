/**
 * The controller of one `<oc-cell>`, loaded lazily: swaps the static shiki code for a CodeMirror editor,
 * restores edits / share-link code, wires Run (Ctrl/Cmd+Enter), Stop, Reset, Copy and Share, streams output,
 * plots and coach tips from the worker, and marks the error line.
 */
import runnerStrings from '../i18n/strings/runner';
import { emit } from '../site/events';
import safetyStrings from '../i18n/strings/safety';
import { translator } from '../i18n/define';
import type { OcCell } from './cell-element';
import { DEFAULT_BUDGET_MS, prewarm, startRun, type RunHandle } from './client';
import { createEditor, type CellEditor } from './editor';
import { OutputPane, type T } from './output';
import type { LivePlot } from './plot';
import type { PlotPoint } from './protocol';
import { makeShareUrl, MAX_SHARED_CODE } from './share';
import { offerKeptVersion, openShare, pageShareProblem, type ShareHost } from './share-open';
import { confirmDialog } from './dialog';
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
  private saveFailed = false;

  constructor(readonly el: OcCell) {
    const lang = el.dataset.lang === 'en' ? 'en' : 'zh';
    this.t = translator({ en: { ...runnerStrings.en, ...safetyStrings.en }, zh: { ...runnerStrings.zh, ...safetyStrings.zh } }, lang) as T;
    this.original = el.source.ts;
    this.output = new OutputPane(el.querySelector<HTMLElement>('[data-role="output"]')!, this.t);
    this.note = el.querySelector<HTMLElement>('[data-role="note"]')!;
    this.chartRoot = el.querySelector<HTMLElement>('[data-role="chart"]')!;

    const stored = loadCode(el.cellId, 'ts');
    let code = this.original;
    if (el.pendingCode !== undefined) code = el.pendingCode;
    else if (stored !== null && stored !== this.original) {
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
    this.openShareLink();
  }

  /** A share link for this cell (asks before replacing edits), or the page's share problem on its first cell. */
  private openShareLink(): void {
    const host: ShareHost = {
      el: this.el,
      t: this.t,
      lang: 'ts',
      original: this.original,
      getCode: () => this.getCode(),
      setCode: (c, save) => (save ? this.setCode(c) : this.editor.setCode(c)),
      say: (text, extra) => this.say(text, extra),
    };
    const problem = document.querySelector('oc-cell') === this.el ? pageShareProblem(location.hash, this.t) : null;
    if (problem) this.say(problem);
    void openShare(host, location.hash).then((mine) => {
      if (mine) requestAnimationFrame(() => this.el.scrollIntoView({ block: 'center' }));
      else offerKeptVersion(host);
    });
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
      onTruncated: (r) => this.output.truncated(r),
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
      emit(this.el, 'cell-run', result);
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
    const saved = saveCode(this.el.cellId, 'ts', code, this.original);
    // say it once per failure streak, never claim it was kept
    if (!saved.ok && !this.saveFailed) this.say(this.t('safety.save.failed'));
    this.saveFailed = !saved.ok;
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
    clearCode(this.el.cellId, 'ts');
    this.editor.markError(null);
    this.note.hidden = true;
  }

  private confirmReset(): Promise<boolean> {
    return confirmDialog(this.el, this.t('runner.resetConfirm'), this.t('runner.resetYes'), this.t('runner.resetNo'));
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
    const made = makeShareUrl(location.href, this.el.cellId, this.getCode());
    if ('error' in made) {
      delete this.el.dataset.shareUrl;
      return this.say(this.t('safety.share.tooLong', { chars: made.chars, max: MAX_SHARED_CODE }));
    }
    const url = made.url;
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
