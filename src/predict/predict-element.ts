/**
 * `<oc-predict>`: the pick above a cell (src/components/Predict.astro). A pick is kept in progress
 * (`predictions[cellId]`, src/progress/store.ts); after a cell run that finishes, the answer is revealed with the
 * reason (and the reason the pick was wrong, if it was). Running never waits for a pick.
 */
import strings from '../i18n/strings/predict';
import { translator } from '../i18n/define';
import { on } from '../site/events';
import { browserStorage, load, recordPrediction } from '../progress/store';
import type { PredictionView } from './types';

export class OcPredict extends HTMLElement {
  private view!: PredictionView;
  private t = translator(strings, 'en');
  private off: (() => void) | undefined;

  private get cellId(): string {
    return this.dataset.cellId ?? '';
  }

  private get radios(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  }

  private get reveal(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-role="reveal"]')!;
  }

  connectedCallback(): void {
    if (this.off) return;
    this.view = JSON.parse(this.querySelector('script[data-role="prediction"]')?.textContent || '{}') as PredictionView;
    this.t = translator(strings, this.dataset.lang === 'en' ? 'en' : 'zh');
    const stored = load(browserStorage()).progress.predictions?.[this.cellId];
    const known = stored && this.view.choices.some((c) => c.id === stored.pick);
    if (stored && known) {
      for (const r of this.radios) r.checked = r.value === stored.pick;
      if (stored.revealed) this.show(stored.pick, false);
    }
    for (const r of this.radios) r.addEventListener('change', () => this.picked(r.value));
    const cell = this.closest('oc-cell') ?? this.parentElement;
    this.off = cell ? on(cell, 'cell-run', (result) => result.status === 'ok' && this.ran()) : undefined;
    this.dataset.ready = 'true';
  }

  disconnectedCallback(): void {
    this.off?.();
    this.off = undefined;
  }

  private pick(): string | null {
    return this.radios.find((r) => r.checked)?.value ?? null;
  }

  private picked(choice: string): void {
    this.reveal.hidden = true;
    delete this.dataset.outcome;
    const { saved } = recordPrediction(browserStorage(), this.cellId, choice);
    if (!saved.ok) this.say(this.t('predict.notSaved'));
  }

  private ran(): void {
    const pick = this.pick();
    if (pick) recordPrediction(browserStorage(), this.cellId, pick, true);
    const cell = this.closest('oc-cell');
    const edited = cell !== null && cell.tab === 'ts' && cell.getCode() !== cell.source.ts;
    this.show(pick, edited);
  }

  private say(text: string): void {
    const p = document.createElement('p');
    p.textContent = text;
    this.reveal.replaceChildren(p);
    this.reveal.hidden = false;
  }

  private show(pick: string | null, edited: boolean): void {
    const label = (id: string) => this.view.choices.find((c) => c.id === id);
    const answer = label(this.view.answer)!;
    const mine = pick ? label(pick) : undefined;
    const outcome = !mine ? 'none' : mine.id === answer.id ? 'right' : 'wrong';
    const head = document.createElement('p');
    head.className = 'oc-predict__verdict';
    head.textContent =
      outcome === 'right' ? this.t('predict.right', { pick: mine!.label })
      : outcome === 'wrong' ? this.t('predict.wrong', { pick: mine!.label, answer: answer.label })
      : this.t('predict.none', { answer: answer.label });
    const why = document.createElement('p');
    why.textContent = answer.why;
    const lines = [head, why];
    if (outcome === 'wrong') {
      const yours = document.createElement('p');
      yours.textContent = this.t('predict.yours', { why: mine!.why });
      lines.push(yours);
    }
    if (edited) {
      const note = document.createElement('p');
      note.className = 'oc-predict__edited';
      note.textContent = this.t('predict.edited');
      lines.push(note);
    }
    this.reveal.replaceChildren(...lines);
    this.reveal.hidden = false;
    this.dataset.outcome = outcome;
  }
}

if (!customElements.get('oc-predict')) customElements.define('oc-predict', OcPredict);

declare global {
  interface HTMLElementTagNameMap {
    'oc-predict': OcPredict;
  }
}
