/**
 * The pitfalls lab: the training loop with mistake switches. Four small charts (gradient norm, lr, loss, weight
 * norm) compare your loop (solid) with the correct loop (dashed); the coach explains each active mistake with
 * numbers from both runs. URL: `#lab=pitfalls&o=sgd|adamw&z=0|1&s=0|1&a=0|1`.
 */
import { firstLrDrop, loopCode, NO_PITFALLS, PIT_OPTS, PIT_STEPS, PIT_WD, PITFALL_KEYS, runLoop, type PitfallMarks, type Pitfalls, type PitOpt } from '@/labs/pitfalls';
import { boolParam, enumParam } from '@/labs/url-state';
import { labActions } from './actions';
import { LabChart, type Series } from './chart';
import type { LabContext } from './context';
import { checkbox, fillTable, fmt, h, select, scrollRegion, codeBlock } from './ui';

const YOURS = '#e03131';
const CORRECT = '#7c8799';
const URL_KEYS: Record<keyof Pitfalls, string> = { forgetZeroGrad: 'z', schedulerFirst: 's', adamWeightDecay: 'a' };

export function mount(root: HTMLElement, ctx: LabContext): void {
  const { t } = ctx;
  const marks = Object.fromEntries(PITFALL_KEYS.map((k) => [k, t(`pit.mark.${k}`)])) as PitfallMarks;
  const url = ctx.readState();
  let opt: PitOpt = enumParam(url, 'o', PIT_OPTS, 'adamw');
  const p: Pitfalls = { ...NO_PITFALLS };
  for (const k of PITFALL_KEYS) p[k] = boolParam(url, URL_KEYS[k], false);

  const optSel = select({
    name: 'optimizer', label: t('pit.opt'), value: opt,
    options: PIT_OPTS.map((o) => ({ value: o, label: o === 'sgd' ? 'SGD' : 'AdamW' })),
    onChange: (o) => ((opt = o), update()),
  });
  const checks = PITFALL_KEYS.map((k) => checkbox({
    name: k, label: t(`pit.s.${k}`) + (k === 'adamWeightDecay' ? ` ${t('pit.adamOnly')}` : ''), checked: p[k],
    onChange: (on) => ((p[k] = on), update()),
  }));
  const legendId = `${ctx.id}-switches`;
  const group = h('div', { class: 'oc-lab__field', role: 'group', 'aria-labelledby': legendId },
    h('span', { class: 'oc-lab__legend', id: legendId }, t('pit.switches')),
    h('div', { class: 'oc-lab__checks oc-lab__checks--column' }, ...checks.map((c) => c.root)));
  const hosts = [h('div'), h('div'), h('div'), h('div')];
  const coach = h('div', { class: 'oc-lab__coach', role: 'status', 'aria-live': 'polite', 'data-role': 'coach' });
  const codeBox = codeBlock(t('pit.code'));
  const code = codeBox.code;
  const table = h('table', { class: 'oc-lab__table', 'data-role': 'summary' });
  const actions = labActions(ctx, () => {
    opt = 'adamw';
    optSel.input.value = opt;
    for (const [i, k] of PITFALL_KEYS.entries()) checks[i]!.input.checked = p[k] = false;
    update(false);
  });
  root.append(
    h('p', { class: 'oc-lab__problem' }, t('pit.problem', { steps: PIT_STEPS, wd: PIT_WD })),
    h('div', { class: 'oc-lab__controls' }, optSel.root, group),
    coach,
    h('div', { class: 'oc-lab__grid4' }, ...hosts),
    h('details', { class: 'oc-lab__code', open: true }, h('summary', {}, t('pit.code')), codeBox.root),
    scrollRegion(t('labs.summaryTable'), table),
    actions,
  );
  const mk = (i: number, aria: string, y: string, log = false) => new LabChart(hosts[i]!, { ariaLabel: aria, yTitle: y, xTitle: t('labs.colStep'), logY: log, legend: i === 0 });
  const charts = [
    mk(0, t('pit.chartGrad'), t('pit.gradNorm'), true),
    mk(1, t('pit.chartLr'), t('labs.colLr')),
    mk(2, t('pit.chartLoss'), t('labs.colLoss'), true),
    mk(3, t('pit.chartWeight'), t('pit.weightNorm')),
  ];

  function pair(a: number[], b: number[], log: boolean): Series[] {
    const pts = (v: number[]) => v.map((y, x) => ({ x, y })).filter((q) => Number.isFinite(q.y) && (!log || q.y > 0));
    return [
      { label: t('pit.yours'), color: YOURS, data: pts(a) },
      { label: t('pit.correct'), color: CORRECT, dashed: true, data: pts(b) },
    ];
  }

  function update(write = true): void {
    const applies = opt === 'adamw';
    checks[2]!.input.disabled = !applies;
    const active: Pitfalls = { ...p, adamWeightDecay: p.adamWeightDecay && applies };
    const run = runLoop(active, opt);
    const ok = runLoop(NO_PITFALLS, opt);
    charts[0]!.set(pair(run.gradNorm, ok.gradNorm, true));
    charts[1]!.set(pair(run.lr, ok.lr, false).map((s) => ({ ...s, stepped: true })));
    charts[2]!.set(pair(run.loss, ok.loss, true));
    charts[3]!.set(pair(run.weightNorm, ok.weightNorm, false));
    const notes: string[] = [];
    if (active.forgetZeroGrad) notes.push(t('pit.c.forgetZeroGrad', { bad: fmt(run.gradNorm.at(-1)!), good: fmt(ok.gradNorm.at(-1)!), badLoss: fmt(run.loss.at(-1)!), goodLoss: fmt(ok.loss.at(-1)!) }));
    if (active.schedulerFirst) notes.push(t('pit.c.schedulerFirst', { bad: firstLrDrop(run.lr), good: firstLrDrop(ok.lr), warning: run.warnings[0] ?? '' }));
    if (active.adamWeightDecay) notes.push(t('pit.c.adamWeightDecay', { bad: fmt(run.weightNorm.at(-1)!), good: fmt(ok.weightNorm.at(-1)!) }));
    if (notes.length === 0) notes.push(t('pit.c.none'));
    coach.replaceChildren(h('strong', {}, t('pit.coach')), h('ul', {}, ...notes.map((n) => h('li', {}, n))));
    coach.dataset.verdict = active.forgetZeroGrad || active.schedulerFirst || active.adamWeightDecay ? 'diverged' : 'converged';
    // in the reader's code language (the site-wide tab choice), comments in the page language
    code.textContent = loopCode(active, opt, marks, ctx.codeTab());
    const idx = run.loss.map((_, i) => i).filter((i) => i % 5 === 0 || i === run.loss.length - 1);
    fillTable(table, t('pit.table'), [t('labs.colStep'), t('pit.gradNorm'), t('labs.colLr'), t('labs.colLoss'), t('pit.weightNorm')],
      idx.map((i) => [String(i), fmt(run.gradNorm[i]!), fmt(run.lr[i]!), fmt(run.loss[i]!), fmt(run.weightNorm[i]!)]));
    root.dataset.gradLast = String(run.gradNorm.at(-1));
    if (write) {
      const params: Record<string, string> = { o: opt };
      for (const k of PITFALL_KEYS) params[URL_KEYS[k]] = p[k] ? '1' : '0';
      ctx.writeState(params);
    }
  }

  ctx.onCodeTab(() => update(false));
  update(false);
}
