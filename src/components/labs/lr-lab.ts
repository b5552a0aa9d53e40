/**
 * The learning-rate lab: lesson 08's problem (src/labs/lr.ts) at the learning rate of a log slider; a loss chart
 * (log scale), the coach's verdict read from the run, and the numbers in a table. URL: `#lab=lr&lr=0.05&n=60`.
 */
import { classifyLr, lossFloor, LR_DEFAULT, LR_MAX, LR_MIN, LR_STEPS_DEFAULT, runLr, type LrRun } from '@/labs/lr';
import { fmtParam, numParam } from '@/labs/url-state';
import { labActions } from './actions';
import { LabChart } from './chart';
import type { LabContext } from './context';
import { button, fillTable, fmt, h, slider, scrollRegion } from './ui';

const TRY = [0.001, 0.01, 0.1, 0.5, 0.95, 1.5, 3];
const LOSS_COLOR = '#d9480f';

export function mount(root: HTMLElement, ctx: LabContext): void {
  const { t } = ctx;
  const presetLr = ctx.preset ? Number(ctx.preset) : NaN;
  const defaults = { lr: Number.isFinite(presetLr) && presetLr >= LR_MIN && presetLr <= LR_MAX ? presetLr : LR_DEFAULT, n: LR_STEPS_DEFAULT };
  const url = ctx.readState();
  const state = { lr: numParam(url, 'lr', defaults.lr, LR_MIN, LR_MAX), n: Math.round(numParam(url, 'n', defaults.n, 10, 200)) };

  const problem = h('p', { class: 'oc-lab__problem' });
  const lrSlider = slider({ name: 'lr', label: t('lr.lr'), min: LR_MIN, max: LR_MAX, value: state.lr, log: true, onInput: (v) => change({ lr: v }) });
  const stepsSlider = slider({ name: 'steps', label: t('lr.steps'), min: 10, max: 200, step: 10, value: state.n, format: (v) => String(v), onInput: (v) => change({ n: v }) });
  const tries = h('div', { class: 'oc-lab__field' },
    h('span', { class: 'oc-lab__legend', id: `${ctx.id}-try` }, t('lr.presets')),
    h('div', { class: 'oc-lab__buttons', role: 'group', 'aria-labelledby': `${ctx.id}-try` },
      ...TRY.map((v) => button(String(v), `try-${v}`, () => change({ lr: v }, true)))),
  );
  const chartHost = h('div');
  const coach = h('p', { class: 'oc-lab__coach', 'data-role': 'coach', role: 'status', 'aria-live': 'polite' });
  const table = h('table', { class: 'oc-lab__table', 'data-role': 'summary' });
  const tableWrap = scrollRegion(t('labs.summaryTable'), table);
  const actions = labActions(ctx, () => change(defaults, true, false));
  root.append(problem, h('div', { class: 'oc-lab__controls' }, lrSlider.root, stepsSlider.root, tries), actions, chartHost, coach, tableWrap);

  const chart = new LabChart(chartHost, { ariaLabel: '', logY: true, xTitle: t('labs.colStep'), yTitle: t('lr.lossLabel'), legend: false });

  function render(): void {
    const run = runLr(state.lr, state.n);
    problem.textContent = t('lr.problem', { steps: state.n });
    chart.setLabel(t('lr.chart', { lr: fmt(state.lr) }));
    chart.set([{ label: t('lr.lossLabel'), color: LOSS_COLOR, data: run.losses.flatMap((y, x) => (Number.isFinite(y) && y > 0 ? [{ x, y }] : [])) }]);
    renderCoach(run);
    renderTable(run);
    root.dataset.verdict = classifyLr(run);
  }

  function renderCoach(run: LrRun): void {
    const v = classifyLr(run);
    const first = fmt(run.losses[0]!);
    const last = fmt(run.losses[run.losses.length - 1]!);
    let text: string;
    if (v === 'diverged' && run.nanAt >= 0) text = t('lr.c.divergedNan', { inf: run.nonFiniteAt, nan: run.nanAt });
    else if (v === 'diverged' && run.nonFiniteAt >= 0) text = t('lr.c.divergedInf', { inf: run.nonFiniteAt });
    else text = t(`lr.c.${v}`, { first, last, steps: run.losses.length, floor: fmt(lossFloor()) });
    coach.dataset.verdict = v;
    coach.replaceChildren(h('strong', {}, `${t('lr.coach')} · ${t(`lr.v.${v}`)}`), text);
  }

  function renderTable(run: LrRun): void {
    const n = run.losses.length;
    const every = Math.max(1, Math.round(n / 6));
    const idx = new Set<number>();
    for (let i = 0; i < n; i += every) idx.add(i);
    idx.add(n - 1);
    const rows = [...idx].sort((a, b) => a - b).map((i) => [String(i), fmt(run.losses[i]!)]);
    fillTable(table, t('lr.table', { lr: fmt(run.lr) }), [t('labs.colStep'), t('labs.colLoss')], rows);
  }

  function change(patch: Partial<typeof state>, syncSliders = false, write = true): void {
    Object.assign(state, patch);
    if (syncSliders) {
      lrSlider.set(state.lr);
      stepsSlider.set(state.n);
    }
    render();
    if (write) ctx.writeState({ lr: fmtParam(state.lr), n: String(state.n) });
  }

  render();
}
