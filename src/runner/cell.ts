/**
 * The controller of one `<oc-cell>`, loaded lazily: swaps the static shiki code of each tab (TypeScript, and
 * PyTorch when the cell has a Python twin) for a CodeMirror editor, restores edits per language / share-link
 * code, wires Run (Ctrl/Cmd+Enter: runs the visible tab), Stop, Reset, Copy and Share, streams output, plots and
 * coach tips from the worker, shows Pyodide's loading progress on a page's first Python run, and marks the
 * error line.
 */
import pythonStrings from '../i18n/strings/python';
import runnerStrings from '../i18n/strings/runner';
import { emit } from '../site/events';
import safetyStrings from '../i18n/strings/safety';
import { translator } from '../i18n/define';
import type { OcCell } from './cell-element';
import { DEFAULT_BUDGET_MS, prewarm, startRun, type RunHandle, type RunLang } from './client';
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

const MB = 1024 * 1024;
/** Python drives the same engine through Pyodide's FFI, up to 3× slower (scripts/bench/cells.mjs): 3× the budget. */
const PYTHON_BUDGET_FACTOR = 3;

export class CellController {
  readonly t: T;
  /** Python strings (loading, editor label, Python wording of coach tips) */
  private readonly tp: T;
  private readonly editors: Partial<Record<RunLang, CellEditor>> = {};
  /** each tab's code until its editor exists */
  private readonly docs: Partial<Record<RunLang, string>> = {};
  private readonly output: OutputPane;
  private readonly note: HTMLElement;
  private readonly chartRoot: HTMLElement;
  private readonly originals: Partial<Record<RunLang, string>>;
  private handle: RunHandle | undefined;
  private inflight: Promise<RunResult> | undefined;
  /** the language of the current (or last) run: its coach tips speak it */
  private runLang: RunLang = 'ts';
  private plot: LivePlot | undefined;
  private plotReady: Promise<void> | undefined;
  /** whether the current run has plotted (the chart is kept between runs) */
  private plotting = false;
  private readonly saveTimers: Partial<Record<RunLang, ReturnType<typeof setTimeout>>> = {};
  private saveFailed = false;

  constructor(readonly el: OcCell) {
    const lang = el.dataset.lang === 'en' ? 'en' : 'zh';
    this.t = translator({ en: { ...runnerStrings.en, ...safetyStrings.en }, zh: { ...runnerStrings.zh, ...safetyStrings.zh } }, lang) as T;
    this.tp = translator(pythonStrings, lang) as T;
    this.originals = el.source.py === null ? { ts: el.source.ts } : { ts: el.source.ts, py: el.source.py };
    // a coach tip with a Python wording uses it after a Python run
    const tipT: T = (key, params) => {
      const py = key.replace(/^runner\.tip\./, 'python.tip.');
      return this.runLang === 'py' && py !== key && py in pythonStrings.en ? this.tp(py, params) : this.t(key, params);
    };
    this.output = new OutputPane(el.querySelector<HTMLElement>('[data-role="output"]')!, tipT);
    this.note = el.querySelector<HTMLElement>('[data-role="note"]')!;
    this.chartRoot = el.querySelector<HTMLElement>('[data-role="chart"]')!;

    const pendingLang = el.tab;
    for (const tab of Object.keys(this.originals) as RunLang[]) {
      const original = this.originals[tab]!;
      const stored = loadCode(el.cellId, tab);
      let code = original;
      if (el.pendingCode !== undefined && tab === pendingLang) code = el.pendingCode;
      else if (stored !== null && stored !== original) {
        code = stored;
        this.say(this.t('runner.restored'));
      }
      this.docs[tab] = code;
      if (el.pendingCode !== undefined && tab === pendingLang) this.save(tab, code);
    }
    // the hidden tab's editor is made when the tab is first shown (see showTab)
    this.showTab(this.lang);
    el.pendingCode = undefined;

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

  /** The share link's code for this cell, per language (asks before replacing edits); the page's share problem on its first cell. */
  private openShareLink(): void {
    const problem = document.querySelector('oc-cell') === this.el ? pageShareProblem(location.hash, this.t) : null;
    if (problem) this.say(problem);
    for (const tab of Object.keys(this.originals) as RunLang[]) {
      const host: ShareHost = {
        el: this.el,
        t: this.t,
        lang: tab,
        original: this.originals[tab]!,
        getCode: () => this.editors[tab]?.getCode() ?? this.docs[tab] ?? '',
        setCode: (c, save) => {
          if (this.editors[tab]) this.editors[tab].setCode(c);
          else this.docs[tab] = c;
          if (save) this.save(tab, c);
        },
        say: (text, extra) => this.say(text, extra),
      };
      void openShare(host, location.hash).then((mine) => {
        if (mine || problem) requestAnimationFrame(() => this.el.scrollIntoView({ block: 'center' }));
        else offerKeptVersion(host);
      });
    }
  }

  /** The visible tab's language (a cell without a Python twin is TypeScript only). */
  get lang(): RunLang {
    return this.originals.py !== undefined && this.el.tab === 'py' ? 'py' : 'ts';
  }

  private get editor(): CellEditor {
    return this.showTab(this.lang);
  }

  /** The editor of a tab, made on first use (called by the element when a tab is shown). */
  showTab(tab: RunLang): CellEditor {
    if (this.originals[tab] === undefined) tab = 'ts';
    return (this.editors[tab] ??= this.mountEditor(tab, this.docs[tab] ?? this.originals[tab]!));
  }

  private mountEditor(tab: RunLang, code: string): CellEditor {
    const host = this.el.querySelector<HTMLElement>(`[data-panel="${tab}"] [data-role="editor"]`)
      ?? this.el.querySelector<HTMLElement>('[data-role="editor"]')!;
    const hadFocus = host.contains(document.activeElement);
    const mount = document.createElement('div');
    mount.className = 'oc-cell__cm';
    const editor = createEditor(mount, {
      doc: code,
      lang: tab,
      label: tab === 'py' ? this.tp('python.editorLabel') : this.t('runner.editorLabel'),
      lines: Number(this.el.dataset.lines) || undefined,
      onChange: (c) => this.scheduleSave(tab, c),
      onRun: () => void this.run(),
    });
    host.replaceChildren(mount);
    host.dataset.mode = 'editor';
    if (hadFocus) editor.focus();
    return editor;
  }

  getCode(): string {
    return this.editor.getCode();
  }

  setCode(code: string): void {
    this.editor.setCode(code);
    this.save(this.lang, code);
  }

  action(name: string): void {
    if (name === 'run') void this.run();
    else if (name === 'stop') this.stop();
    else if (name === 'reset') void this.reset();
    else if (name === 'copy') void this.copy();
    else if (name === 'share') void this.share();
  }

  /** Runs the current code (the Run button, Ctrl/Cmd+Enter and `el.run()`). */
  run(opts: { budgetMs?: number; fresh?: boolean } = {}): Promise<RunResult> {
    if (this.inflight) return this.inflight;
    const lang = this.lang;
    const budget = (opts.budgetMs ?? (Number(this.el.dataset.budget) || DEFAULT_BUDGET_MS)) * (lang === 'py' ? PYTHON_BUDGET_FACTOR : 1);
    const editor = this.editor;
    const code = editor.getCode();
    this.runLang = lang;
    this.save(lang, code);
    this.output.running();
    editor.markError(null);
    this.resetPlot();
    this.setRunning(true);
    this.handle = startRun(code, {
      lang,
      onProgress: (loaded, total) => this.showLoading(loaded, total),
      onStart: () => this.showLoading(null),
      budgetMs: budget,
      fresh: opts.fresh,
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
      this.showLoading(null);
      const sentence = this.output.finish(result, budget);
      if (result.error?.line) editor.markError(result.error.line, sentence);
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

  /** The Pyodide loading bar (bytes loaded of total); null hides it. */
  private showLoading(loaded: number | null, total = 0): void {
    const box = this.el.querySelector<HTMLElement>('[data-role="pyload"]');
    if (!box) return;
    box.hidden = loaded === null;
    if (loaded === null) return;
    const bar = box.querySelector('progress')!;
    bar.max = total;
    bar.value = loaded;
    box.querySelector('[data-role="pyload-bytes"]')!.textContent = this.tp('python.loadingBytes', {
      loaded: (loaded / MB).toFixed(1),
      total: (total / MB).toFixed(1),
    });
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
        axisX: this.t('runner.chartAxisX'),
        axisY: this.t('runner.chartAxisY'),
        axisYLog: this.t('runner.chartAxisYLog'),
      });
      this.plot.add(pending);
    });
  }

  private scheduleSave(lang: RunLang, code: string): void {
    clearTimeout(this.saveTimers[lang]);
    this.saveTimers[lang] = setTimeout(() => this.save(lang, code), 250);
  }

  private save(lang: RunLang, code: string): void {
    clearTimeout(this.saveTimers[lang]);
    const saved = saveCode(this.el.cellId, lang, code, this.originals[lang]);
    // say it once per failure streak, never claim it was kept
    if (!saved.ok && !this.saveFailed) this.say(this.t('safety.save.failed'));
    this.saveFailed = !saved.ok;
  }

  private say(text: string, extra?: Node): void {
    this.note.replaceChildren(text, ...(extra ? [extra] : []));
    this.note.hidden = false;
  }

  private async reset(): Promise<void> {
    const lang = this.lang;
    const editor = this.editor;
    const original = this.originals[lang]!;
    if (editor.getCode() !== original && !(await this.confirmReset())) return;
    this.stop();
    editor.setCode(original);
    clearTimeout(this.saveTimers[lang]);
    clearCode(this.el.cellId, lang);
    editor.markError(null);
    this.note.hidden = true;
    // the old run's output and chart belong to code that is gone
    this.output.clear();
    this.resetPlot();
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
    const text = this.getCode();
    this.say(this.t((await this.writeClipboard(text)) ? 'runner.copied' : 'runner.copyFailed'));
  }

  private async share(): Promise<void> {
    const made = makeShareUrl(location.href, this.el.cellId, this.getCode(), this.lang);
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
