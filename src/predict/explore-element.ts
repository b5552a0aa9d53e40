/**
 * `<oc-explore>` (src/components/Explore.astro): loads the Inside lab's session (the real engine) when it comes
 * near the viewport, trains 30 steps once, and shows the terms of the chosen step as the slider moves.
 */
import strings from '../i18n/strings/explore';
import { translator } from '../i18n/define';
import type { InsideOpt, StepRecord } from '../labs/inside';

const num = (v: number): string => (v === 0 ? '0' : Math.abs(v) >= 1e4 || Math.abs(v) < 1e-4 ? v.toExponential(3) : String(Number(v.toPrecision(5))));

export class OcExplore extends HTMLElement {
  private history: StepRecord[] | undefined;
  private observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (this.observer) return;
    this.observer = new IntersectionObserver((es) => es.some((e) => e.isIntersecting) && void this.load(), { rootMargin: '300px 0px' });
    this.observer.observe(this);
    this.slider.addEventListener('input', () => void this.load().then(() => this.render()));
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private labsStrings: (typeof import('../i18n/strings/labs'))['default'] | undefined;

  private get slider(): HTMLInputElement {
    return this.querySelector<HTMLInputElement>('[data-role="step"]')!;
  }

  private async load(): Promise<void> {
    this.observer?.disconnect();
    if (this.history) return;
    // the engine and the labs' strings (both languages) load only when the explorer comes into view
    const [{ InsideSession, INSIDE_LR }, { default: labsStrings }] = await Promise.all([import('../labs/inside'), import('../i18n/strings/labs')]);
    this.labsStrings = labsStrings;
    const rule = this.dataset.rule as InsideOpt;
    const session = new InsideSession(rule, INSIDE_LR[rule], 'weight');
    for (let i = 0; i < Number(this.slider.max); i++) session.step();
    this.history = session.history;
    this.render();
    this.dataset.ready = 'true';
  }

  private render(): void {
    const lang = this.dataset.lang === 'en' ? 'en' : 'zh';
    const t = translator(strings, lang);
    if (!this.labsStrings) return;
    const tl = translator(this.labsStrings, lang) as (k: string) => string;
    const step = Number(this.slider.value);
    const rec = this.history?.[step - 1];
    if (!rec) return;
    this.querySelector('[data-role="t"]')!.textContent = String(step);
    const row = (term: string, title: string, formula: string, value: string) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      const code = document.createElement('code');
      code.textContent = term;
      th.append(code);
      const desc = document.createElement('span');
      desc.className = 'oc-explore__desc';
      desc.textContent = title;
      th.append(desc);
      const f = document.createElement('td');
      f.textContent = formula;
      f.dataset.label = t('explore.colFormula');
      const v = document.createElement('td');
      v.textContent = value;
      v.dataset.label = t('explore.colValue');
      tr.append(th, f, v);
      return tr;
    };
    const rows = [row('g', t('explore.grad'), '∂loss/∂θ', num(rec.grad)), row('θ', tl('inside.value'), '', num(rec.before))];
    for (const l of rec.lines) rows.push(row(l.symbol, tl(`inside.k.${l.key}`), l.formula, `${l.numbers} = ${num(l.result)}`));
    this.querySelector('[data-role="rows"]')!.replaceChildren(...rows);
  }
}

if (!customElements.get('oc-explore')) customElements.define('oc-explore', OcExplore);
