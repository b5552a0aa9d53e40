/**
 * <oc-exercise> — the behaviour of a checkpoint or exercise box (markup: ExerciseBox.astro).
 *
 * 1. On connect: groups the <Choice> radios into one named radio group (a fieldset), moves the <Hint>s under the
 *    buttons and shows "Show a hint (1/n)", marks the box as passed if progress says so.
 * 2. Check: quiz → judge the picked choice; predict/code → run the cell through its JS API
 *    (`oc-cell.run({ budgetMs })`, src/runner/README.md) and judge the RunResult. The checker (loaded lazily from
 *    content/exercises/<id>/exercise.ts) returns one i18n key + params; the verdict goes into role="status" with
 *    data-verdict="pass"|"fail". A pass is saved (src/progress/store.ts) and reveals the solution.
 * 3. Solution: on request after a confirm(), in the language of the cell's visible tab (TypeScript or PyTorch);
 *    "Put the solution in the editor" uses `oc-cell.setCode()` on that tab. Progress does not care which
 *    language passed.
 */
import checks from '@/i18n/strings/checks';
import { format, translator, type Lang } from '@/i18n/define';
import { browserStorage, load, markPassed } from '@/progress/store';
import { boot, CHANGED, passNotSaved } from '@/progress/boot';
import { emit } from '@/site/events';
import { confirmDialog } from '@/runner/dialog';
import type { OcCell } from '@/runner/cell-element';
import { DEFAULT_BUDGET_MS, messageText, type CheckKey, type ExerciseDef, type Params, type RunResult, type Verdict } from './types';

const loaders = import.meta.glob<{ default: ExerciseDef }>('/content/exercises/*/exercise.ts');

/** The cell element this exercise drives (src/runner/cell-element.ts). */
type CellElement = OcCell;

/** Params whose value is a choice id are shown with the choice's label in the page language. */
const CHOICE_PARAMS = ['choice', 'observed'];

export class ExerciseElement extends HTMLElement {
  private hintsShown = 0;
  /** the solution was shown on request (not by a pass) */
  private solutionSeen = false;
  private busy = false;

  get exerciseId(): string {
    return this.dataset.id ?? '';
  }
  private get pageLang(): Lang {
    return this.dataset.lang === 'en' ? 'en' : 'zh';
  }
  private t(key: CheckKey, params?: Params): string {
    return translator(checks, this.pageLang)(key, params);
  }
  /** A verdict's text: the exercise's own message, else the shared one. */
  private verdictText(def: ExerciseDef | undefined, key: string, params?: Params): string {
    return format(messageText(def, this.pageLang, key) ?? key, params);
  }
  private region<T extends HTMLElement>(role: string): T | null {
    return this.querySelector<T>(`[data-role="${role}"]`);
  }
  private button(action: string): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  }

  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.dataset.ready = 'true';
    boot();
    this.groupChoices();
    this.setUpHints();
    this.followCodeTab();
    this.button('check')?.addEventListener('click', () => void this.check());
    this.button('solution')?.addEventListener('click', () => void this.revealSolution(true));
    this.button('use-solution')?.addEventListener('click', () => this.useSolution());
    const passed = load(browserStorage()).progress.passed[this.exerciseId];
    this.showPassed(Boolean(passed), passed?.withSolution);
  }

  private groupChoices(): void {
    const labels = [...this.querySelectorAll<HTMLLabelElement>('label.oc-choice')];
    if (labels.length === 0) return;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'oc-exercise__choices';
    const legend = document.createElement('legend');
    legend.textContent = this.t('check.ui.choices');
    fieldset.append(legend);
    labels[0]!.before(fieldset);
    for (const label of labels) {
      label.querySelector('input')!.name = `oc-choice-${this.exerciseId}`;
      fieldset.append(label);
    }
    // MDX may leave empty paragraphs where the choices were
    for (const p of this.region('prose')?.querySelectorAll('p') ?? []) if (!p.textContent?.trim() && !p.children.length) p.remove();
  }

  private hints(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[data-hint]')];
  }

  private setUpHints(): void {
    const hints = this.hints();
    const box = this.region('hints');
    const btn = this.button('hint');
    if (!box || !btn || hints.length === 0) return;
    hints.forEach((h, i) => {
      const title = document.createElement('p');
      title.className = 'oc-hint__title';
      title.textContent = this.t('check.ui.hintTitle', { n: i + 1 });
      h.prepend(title);
      box.append(h);
    });
    btn.hidden = false;
    btn.addEventListener('click', () => this.nextHint());
    this.updateHintButton();
  }

  /**
   * `data-code-tab` = the visible tab of this box's cell, so <ForCode tab> parts (src/components/ForCode.astro) show
   * for the language the reader writes in; it follows every tab change, from a click, the site-wide choice or a
   * share link.
   */
  private followCodeTab(): void {
    const cell = this.querySelector<CellElement>('oc-cell');
    if (!cell || !this.querySelector('[data-for-code]')) return;
    const update = (): void => {
      this.dataset.codeTab = typeof cell.tab === 'string' ? cell.tab : 'ts';
    };
    update();
    new MutationObserver(update).observe(cell, { subtree: true, attributes: true, attributeFilter: ['aria-selected'] });
  }

  private nextHint(): void {
    const hints = this.hints();
    const next = hints[this.hintsShown];
    if (!next) return;
    next.hidden = false;
    this.hintsShown++;
    this.updateHintButton();
    next.setAttribute('tabindex', '-1');
    next.focus({ preventScroll: false });
  }

  private updateHintButton(): void {
    const btn = this.button('hint');
    const total = this.hints().length;
    if (!btn) return;
    if (this.hintsShown >= total) {
      btn.textContent = this.t('check.ui.noMoreHints');
      btn.disabled = true;
    } else btn.textContent = this.t('check.ui.hint', { n: this.hintsShown + 1, total });
  }

  private choice(): string | null {
    return this.querySelector<HTMLInputElement>('input[data-choice]:checked')?.value ?? null;
  }

  private choiceLabel(value: string): string {
    for (const input of this.querySelectorAll<HTMLInputElement>('input[data-choice]')) {
      if (input.value === value) return input.closest('label')?.querySelector('.oc-choice__label')?.textContent?.trim() ?? value;
    }
    return value;
  }

  private cell(): CellElement | null {
    const el = this.querySelector<CellElement>('oc-cell');
    return el && typeof el.run === 'function' ? el : null;
  }

  /** Runs the check; resolves with the verdict shown (also used by tests through the element). */
  async check(): Promise<Verdict | null> {
    if (this.busy) return null;
    const kind = this.dataset.kind;
    const choice = this.choice();
    const btn = this.button('check');
    this.busy = true;
    if (btn) {
      btn.disabled = true;
      btn.textContent = this.t('check.ui.checking');
    }
    try {
      const loader = loaders[`/content/exercises/${this.exerciseId}/exercise.ts`];
      if (!loader) throw new Error(`no checker for ${this.exerciseId}`);
      const def = (await loader()).default;
      let verdict: Verdict;
      if (kind === 'quiz') verdict = def.check({ choice });
      else if (kind === 'predict' && !choice) verdict = { pass: false, key: 'check.choose' };
      else {
        const cell = this.cell();
        if (!cell) verdict = { pass: false, key: 'check.ui.noEditor' };
        else {
          let result: RunResult | undefined;
          try {
            // a clean worker: nothing an earlier run left in a kept Python worker can touch the verdict
            result = await cell.run({ budgetMs: Number(this.dataset.budget) || DEFAULT_BUDGET_MS, fresh: true });
          } catch {
            result = undefined; // judged as "no run to check"
          }
          verdict = def.check({ result, choice });
        }
      }
      this.show(verdict, def);
      return verdict;
    } finally {
      this.busy = false;
      if (btn) {
        btn.disabled = false;
        btn.textContent = this.t('check.ui.check');
      }
    }
  }

  private show(v: Verdict, def: ExerciseDef): void {
    const params: Params = { ...(v.params ?? {}) };
    for (const k of CHOICE_PARAMS) if (typeof params[k] === 'string') params[k] = this.choiceLabel(params[k] as string);
    const out = this.region('verdict');
    if (out) {
      out.textContent = `${v.pass ? '✓ ' : '✗ '}${this.verdictText(def, v.key, params)}`;
      out.dataset.verdict = v.pass ? 'pass' : 'fail';
    }
    if (v.pass) {
      const { progress, saved } = markPassed(browserStorage(), this.exerciseId, new Date(), { withSolution: this.solutionSeen });
      if (!saved.ok) passNotSaved(this, this.pageLang);
      emit(document, CHANGED, { id: this.exerciseId });
      this.showPassed(true, progress.passed[this.exerciseId]?.withSolution);
      void this.revealSolution(false);
    }
  }

  private showPassed(done: boolean, withSolution = false): void {
    const badge = this.region('passed');
    if (badge) {
      badge.hidden = !done;
      if (withSolution) badge.textContent = this.t('check.ui.passedWithSolution');
    }
    this.toggleAttribute('data-passed', done);
    this.toggleAttribute('data-passed-with-solution', done && withSolution);
  }

  private async revealSolution(ask: boolean): Promise<void> {
    const box = this.region('solution');
    if (!box || !box.hidden) return;
    if (ask) {
      if (!(await this.ask('check.ui.solutionConfirm'))) return;
      this.solutionSeen = true; // a pass after this is recorded as earned with the solution shown
    }
    box.hidden = false;
    // the solution in the language of the cell's visible tab (the other one stays one click away)
    const py = box.querySelector<HTMLDetailsElement>('details[data-solution-lang="py"]');
    const ts = box.querySelector<HTMLElement>('[data-solution-lang="ts"]');
    if (py && ts && this.cell()?.tab === 'py') {
      py.open = true;
      ts.hidden = true;
    }
    const btn = this.button('solution');
    if (btn) btn.hidden = true;
  }

  private useSolution(): void {
    const cell = this.cell();
    const box = this.region('solution');
    const code = cell?.tab === 'py' ? box?.dataset.codePy : box?.dataset.code;
    if (!code || !cell) return;
    void this.ask('check.ui.useSolutionConfirm').then((yes) => {
      if (!yes) return;
      this.solutionSeen = true;
      cell.setCode(code);
    });
  }

  /** A yes/no question in the site's styled dialog (the one Reset uses), in the page language. */
  private ask(key: CheckKey): Promise<boolean> {
    return confirmDialog(this, this.t(key), this.t('check.ui.yes'), this.t('check.ui.no'));
  }
}

if (!customElements.get('oc-exercise')) customElements.define('oc-exercise', ExerciseElement);

declare global {
  interface HTMLElementTagNameMap {
    'oc-exercise': ExerciseElement;
  }
}
