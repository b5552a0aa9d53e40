/**
 * The schedule explorer: pick a scheduler and its options; the learning rate of every epoch comes from the real
 * engine (src/labs/schedules.ts) and is drawn as steps; ReduceLROnPlateau also shows the metric it watches.
 * The equivalent PyTorch and TypeScript code updates live and can be copied.
 * URL: `#lab=schedules&k=<kind>&lr=…&e=<epochs>&<option>=…`.
 */
import {
  computeSchedule, defaultParams, EPOCHS_DEFAULT, LR_DEFAULT, pythonCode, SCHEDULE_KINDS, SPECS, typescriptCode, scheduleNotes,
  type ScheduleConfig, type ScheduleKind,
} from '@/labs/schedules';
import { enumParam, fmtParam, numParam, type LabParams } from '@/labs/url-state';
import { labActions } from './actions';
import { LabChart } from './chart';
import type { LabContext } from './context';
import { button, codeBlock, fillTable, fmt, h, select, slider, scrollRegion } from './ui';

const LR_COLOR = '#1f7ae0';
const METRIC_COLOR = '#d9480f';

function fromUrl(url: LabParams | null, presetKind: ScheduleKind): ScheduleConfig {
  const kind = enumParam(url, 'k', SCHEDULE_KINDS, presetKind);
  const p = defaultParams(kind);
  for (const s of SPECS[kind]) p[s.key] = numParam(url, s.key, s.value, s.min, s.max);
  return { kind, lr: numParam(url, 'lr', LR_DEFAULT, 1e-4, 1), epochs: Math.round(numParam(url, 'e', EPOCHS_DEFAULT, 10, 200)), p };
}

export function mount(root: HTMLElement, ctx: LabContext): void {
  const { t } = ctx;
  const notes = scheduleNotes(t);
  const presetKind = (SCHEDULE_KINDS as readonly string[]).includes(ctx.preset ?? '') ? (ctx.preset as ScheduleKind) : 'step';
  let cfg = fromUrl(ctx.readState(), presetKind);

  const kindSel = select({
    name: 'scheduler', label: t('sched.kind'), value: cfg.kind,
    options: SCHEDULE_KINDS.map((k) => ({ value: k, label: t(`sched.k.${k}`) })),
    onChange: (k) => {
      cfg = { ...cfg, kind: k, p: defaultParams(k) };
      buildOptions();
      update();
    },
  });
  const lrSlider = slider({ name: 'lr', label: t('sched.lr'), min: 1e-4, max: 1, log: true, value: cfg.lr, onInput: (v) => ((cfg.lr = v), update()) });
  const epochSlider = slider({ name: 'epochs', label: t('sched.epochs'), min: 10, max: 200, step: 5, value: cfg.epochs, format: String, onInput: (v) => ((cfg.epochs = v), update()) });
  const desc = h('p', { class: 'oc-lab__hint', 'data-role': 'desc' });
  const optionsBox = h('div', { class: 'oc-lab__controls', 'data-role': 'options' });
  const chartHost = h('div');
  const metricHost = h('div');
  const metricBox = h('div', { hidden: true }, h('p', { class: 'oc-lab__hint' }, t('sched.metric')), metricHost);
  const table = h('table', { class: 'oc-lab__table', 'data-role': 'summary' });
  const tableWrap = scrollRegion(t('labs.summaryTable'), table);
  const pyCode = h('code', { 'data-role': 'code-py' });
  const tsCode = h('code', { 'data-role': 'code-ts' });
  const copyStatus = h('span', { class: 'oc-lab__status', role: 'status', 'aria-live': 'polite' });
  const copyBtn = (which: 'py' | 'ts') =>
    button(`${t('labs.copy')} ${t(which === 'py' ? 'labs.codePy' : 'labs.codeTs')}`, `copy-${which}`, () => {
      const text = (which === 'py' ? pyCode : tsCode).textContent ?? '';
      navigator.clipboard?.writeText(text).then(() => (copyStatus.textContent = t('sched.copied')), () => (copyStatus.textContent = t('labs.copyFailed')));
    });
  const codeBox = h('div', { class: 'oc-lab__code' },
    h('p', { class: 'oc-lab__codehead' }, t('sched.code')),
    h('p', { class: 'oc-lab__hint' }, t('sched.codeNote')),
    h('div', {},
      h('div', {}, h('div', { class: 'oc-lab__codehead' }, t('labs.codePy'), copyBtn('py')), codeBlock(t('labs.codePy'), pyCode).root),
      h('div', {}, h('div', { class: 'oc-lab__codehead' }, t('labs.codeTs'), copyBtn('ts')), codeBlock(t('labs.codeTs'), tsCode).root)),
    copyStatus);
  const actions = labActions(ctx, () => {
    cfg = fromUrl(null, presetKind);
    kindSel.input.value = cfg.kind;
    lrSlider.set(cfg.lr);
    epochSlider.set(cfg.epochs);
    buildOptions();
    update(false);
  });
  root.append(h('div', { class: 'oc-lab__controls' }, kindSel.root, lrSlider.root, epochSlider.root), desc, optionsBox, chartHost, metricBox, tableWrap, codeBox, actions);

  const chart = new LabChart(chartHost, { ariaLabel: '', xTitle: t('labs.colEpoch'), yTitle: t('labs.colLr'), legend: false, zeroY: true });
  let metricChart: LabChart | undefined;

  function buildOptions(): void {
    optionsBox.replaceChildren(
      ...SPECS[cfg.kind].map((s) => {
        const label = s.key === 'm1' ? 'milestones[0]' : s.key === 'm2' ? 'milestones[1]' : s.key === 'warmup' ? t('sched.warmupIters') : s.key;
        return slider({
          name: s.key, label, min: s.min, max: s.max, log: s.log, step: s.int ? 1 : s.step, value: cfg.p[s.key] ?? s.value,
          format: s.int ? String : undefined,
          onInput: (v) => {
            cfg.p[s.key] = s.int ? Math.round(v) : v;
            update();
          },
        }).root;
      }),
    );
  }

  function update(write = true): void {
    const { lrs, metric } = computeSchedule(cfg);
    desc.textContent = t(`sched.d.${cfg.kind}`);
    lrSlider.input.disabled = cfg.kind === 'onecycle'; // OneCycleLR starts from max_lr / div_factor, not from the optimizer's lr
    chart.setLabel(t('sched.chart', { kind: t(`sched.k.${cfg.kind}`) }));
    chart.set([{ label: t('labs.colLr'), color: LR_COLOR, stepped: true, data: lrs.map((y, x) => ({ x, y })) }]);
    metricBox.hidden = !metric;
    if (metric) {
      metricChart ??= new LabChart(metricHost, { ariaLabel: t('sched.metric'), xTitle: t('labs.colEpoch'), yTitle: t('sched.metricLabel'), legend: false });
      metricChart.set([{ label: t('sched.metricLabel'), color: METRIC_COLOR, data: metric.map((y, x) => ({ x, y })) }]);
    }
    const every = Math.max(1, Math.ceil(lrs.length / 10));
    const idx = lrs.map((_, i) => i).filter((i) => i % every === 0 || i === lrs.length - 1);
    const head = [t('labs.colEpoch'), t('labs.colLr'), ...(metric ? [t('sched.metricLabel')] : [])];
    fillTable(table, t('sched.table'), head, idx.map((i) => [String(i), fmt(lrs[i]!, 5), ...(metric ? [fmt(metric[i]!)] : [])]));
    pyCode.textContent = pythonCode(cfg, notes);
    tsCode.textContent = typescriptCode(cfg, notes);
    root.dataset.lrFirst = String(lrs[0]);
    root.dataset.lrLast = String(lrs.at(-1));
    if (write) {
      const params: LabParams = { k: cfg.kind, lr: fmtParam(cfg.lr), e: String(cfg.epochs) };
      for (const s of SPECS[cfg.kind]) params[s.key] = fmtParam(cfg.p[s.key]!);
      ctx.writeState(params);
    }
  }

  buildOptions();
  update(false);
}
