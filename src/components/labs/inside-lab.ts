/**
 * Inside the optimizer: step a tiny model's training one step at a time; for the chosen parameter show its value,
 * gradient and optimizer state before/after the step (PyTorch keys) and the update equation with this step's
 * numbers substituted term by term. URL: `#lab=inside&o=<opt>&lr=…&p=weight|bias&t=<steps taken>` (the steps are
 * replayed on load: training is deterministic).
 */
import { INSIDE_LR, INSIDE_OPTS, InsideSession, insideProgram, type InsideOpt, type InsideParam, type StepRecord } from '@/labs/inside';
import { enumParam, fmtParam, numParam } from '@/labs/url-state';
import { labActions } from './actions';
import { LabChart } from './chart';
import type { LabContext } from './context';
import { button, fillTable, fmt, h, select, slider, scrollRegion, codeBlock } from './ui';

const MAX_T = 500;

export function mount(root: HTMLElement, ctx: LabContext): void {
  const { t } = ctx;
  const presetOpt = (INSIDE_OPTS as readonly string[]).includes(ctx.preset ?? '') ? (ctx.preset as InsideOpt) : 'adam';
  const url = ctx.readState();
  let opt = enumParam(url, 'o', INSIDE_OPTS, presetOpt);
  let lr = numParam(url, 'lr', INSIDE_LR[opt], 1e-4, 2);
  let param = enumParam<InsideParam>(url, 'p', ['weight', 'bias'], 'weight');
  let session = new InsideSession(opt, lr, param);
  const replay = Math.round(numParam(url, 't', 0, 0, MAX_T));

  const optSel = select({
    name: 'optimizer', label: t('inside.opt'), value: opt,
    options: INSIDE_OPTS.map((o) => ({ value: o, label: t(`inside.o.${o}`) })),
    onChange: (o) => {
      opt = o;
      lr = INSIDE_LR[o];
      lrSlider.set(lr);
      restart();
    },
  });
  const lrSlider = slider({ name: 'lr', label: t('inside.lr'), min: 1e-3, max: 2, log: true, value: lr, onInput: (v) => ((lr = v), restart()) });
  const paramSel = select({
    name: 'param', label: t('inside.param'), value: param,
    options: [{ value: 'weight' as const, label: 'model.weight' }, { value: 'bias' as const, label: 'model.bias' }],
    onChange: (p) => {
      param = p;
      restart(session.history.length);
    },
  });
  const stepBtn = button(t('inside.stepOnce'), 'step', () => steps(1), true);
  const tenBtn = button(t('inside.step10'), 'step10', () => steps(10));
  const restartBtn = button(t('inside.restart'), 'restart', () => restart());
  const status = h('p', { class: 'oc-lab__stepcount', role: 'status', 'aria-live': 'polite', 'data-role': 'step' });
  const table = h('table', { class: 'oc-lab__table', 'data-role': 'summary' });
  const eqTitle = h('p', { class: 'oc-lab__codehead' }, t('inside.eqTitle'));
  const eqList = h('ol', { class: 'oc-lab__eq', 'data-role': 'equation' });
  const engine = h('p', { class: 'oc-lab__hint', 'data-role': 'engine' });
  const chartHost = h('div', { class: 'oc-lab__chart--small' });
  const codeBox = codeBlock(t('inside.code'));
  const code = codeBox.code;
  const actions = labActions(ctx, () => {
    opt = presetOpt;
    lr = INSIDE_LR[opt];
    param = 'weight';
    optSel.input.value = opt;
    paramSel.input.value = param;
    lrSlider.set(lr);
    restart(0, false);
  });
  root.append(
    h('p', { class: 'oc-lab__problem' }, t('inside.problem')),
    h('div', { class: 'oc-lab__controls' }, optSel.root, lrSlider.root, paramSel.root),
    h('div', { class: 'oc-lab__player' }, h('div', { class: 'oc-lab__buttons' }, stepBtn, tenBtn, restartBtn), status),
    h('div', { class: 'oc-lab__split' },
      h('div', {}, scrollRegion(t('labs.summaryTable'), table)),
      h('div', {}, chartHost)),
    h('div', { class: 'oc-lab__eqbox' }, eqTitle, eqList, engine),
    h('details', { class: 'oc-lab__code' }, h('summary', {}, t('inside.code')), codeBox.root),
    actions,
  );
  const chart = new LabChart(chartHost, { ariaLabel: t('inside.chart'), zeroY: true, xTitle: t('labs.colStep'), yTitle: t('labs.colLoss'), legend: false });

  function steps(k: number): void {
    for (let i = 0; i < k && session.history.length < MAX_T; i++) session.step();
    render();
    write();
  }

  function restart(replaySteps = 0, doWrite = true): void {
    session = new InsideSession(opt, lr, param);
    for (let i = 0; i < replaySteps; i++) session.step();
    render();
    if (doWrite) write();
    else ctx.clearState();
  }

  function write(): void {
    ctx.writeState({ o: opt, lr: fmtParam(lr), p: param, t: String(session.history.length) });
  }

  function render(): void {
    const rec: StepRecord | undefined = session.history.at(-1);
    const pname = `model.${param}`;
    status.textContent = rec ? t('inside.after', { t: rec.t, loss: fmt(rec.loss) }) : t('inside.none');
    const keys = rec ? [...new Set([...Object.keys(rec.stateBefore), ...Object.keys(rec.stateAfter)])] : [];
    const dash = '—';
    const rows: string[][] = [
      [t('inside.value'), rec ? fmt(rec.before, 6) : fmt(session.value(), 6), rec ? fmt(rec.after, 6) : dash],
      [t('inside.grad'), rec ? fmt(rec.grad, 6) : dash, dash],
      ...keys.map((k) => [`${k}`, rec!.stateBefore[k] === undefined ? dash : fmt(rec!.stateBefore[k]!, 6), rec!.stateAfter[k] === undefined ? dash : fmt(rec!.stateAfter[k]!, 6)]),
    ];
    fillTable(table, t('inside.stateTitle', { param: pname }), [t('inside.colKey'), t('inside.colBefore'), t('inside.colAfter')], rows);
    if (rec && keys.length === 0) table.append(h('tfoot', {}, h('tr', {}, h('td', { colspan: 3 }, t('inside.noState')))));
    eqList.replaceChildren(
      ...(rec?.lines ?? []).map((l) =>
        h('li', { 'data-term': l.symbol },
          h('span', { class: 'oc-lab__eqdesc' }, t(`inside.k.${l.key}` as never)),
          h('code', {}, `${l.symbol} = ${l.formula}`),
          h('code', {}, `${' '.repeat(l.symbol.length)} = ${l.numbers}`),
          h('code', {}, `${' '.repeat(l.symbol.length)} = ${fmt(l.result, 6)}`))),
    );
    eqTitle.hidden = !rec;
    engine.textContent = rec ? t('inside.engine', { v: fmt(rec.after, 6) }) : '';
    chart.set([{ label: t('labs.colLoss'), color: '#d9480f', data: session.history.map((r, i) => ({ x: i + 1, y: r.loss })).filter((p) => p.y > 0 && Number.isFinite(p.y)) }]);
    code.textContent = insideProgram(opt, lr, Math.max(1, session.history.length), param, ctx.codeTab());
    root.dataset.step = String(session.history.length);
    root.dataset.value = rec ? String(rec.after) : String(session.value());
  }

  ctx.onCodeTab(render);
  restart(replay, false);
  if (replay > 0) write();
}
