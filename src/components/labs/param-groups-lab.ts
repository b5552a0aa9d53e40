/**
 * The parameter-groups lab: per-group lr and weight_decay sliders (backbone, head, biases), a switch for the bias
 * group and for a cosine schedule; charts of each group's lr and update size over time and of the loss; a table
 * per group and the optimizer code. URL: `#lab=param-groups&bl=…&bw=…&hl=…&hw=…&xl=…&xw=…&sb=0|1&c=0|1`.
 */
import { groupsCode, PG_DEFAULT, PG_GROUPS, runGroups, type PgConfig, type PgGroup } from '@/labs/param-groups';
import { boolParam, fmtParam, numParam } from '@/labs/url-state';
import { labActions } from './actions';
import { LabChart } from './chart';
import type { LabContext } from './context';
import { checkbox, fillTable, fmt, h, slider, type Slider, scrollRegion, codeBlock } from './ui';

const COLORS: Record<PgGroup, string> = { backbone: '#2f6fdf', head: '#e03131', biases: '#2b9a3e' };
const KEY: Record<PgGroup, string> = { backbone: 'b', head: 'h', biases: 'x' };

export function mount(root: HTMLElement, ctx: LabContext): void {
  const { t } = ctx;
  const url = ctx.readState();
  const cfg: PgConfig = structuredClone(PG_DEFAULT);
  for (const g of PG_GROUPS) {
    cfg[g].lr = numParam(url, `${KEY[g]}l`, PG_DEFAULT[g].lr, 1e-4, 0.3);
    cfg[g].wd = numParam(url, `${KEY[g]}w`, PG_DEFAULT[g].wd, 0, 1);
  }
  cfg.splitBiases = boolParam(url, 'sb', PG_DEFAULT.splitBiases);
  cfg.cosine = boolParam(url, 'c', PG_DEFAULT.cosine);

  const groupLabel = (g: PgGroup) => t(!cfg.splitBiases && g !== 'biases' ? (g === 'backbone' ? 'pg.g.backboneAll' : 'pg.g.headAll') : `pg.g.${g}`);
  const sliders: Record<string, Slider> = {};
  const boxes: Record<PgGroup, HTMLElement> = { backbone: h('div', { class: 'oc-lab__controls' }), head: h('div', { class: 'oc-lab__controls' }), biases: h('div', { class: 'oc-lab__controls' }) };
  for (const g of PG_GROUPS) {
    sliders[`${g}.lr`] = slider({ name: `${g}-lr`, label: t('pg.lr', { group: t(`pg.g.${g}`) }), min: 1e-4, max: 0.3, log: true, value: cfg[g].lr, onInput: (v) => ((cfg[g].lr = v), update()) });
    sliders[`${g}.wd`] = slider({ name: `${g}-wd`, label: t('pg.wd', { group: t(`pg.g.${g}`) }), min: 0, max: 1, step: 0.01, value: cfg[g].wd, onInput: (v) => ((cfg[g].wd = v), update()) });
    boxes[g].append(sliders[`${g}.lr`]!.root, sliders[`${g}.wd`]!.root);
  }
  const split = checkbox({ name: 'split', label: t('pg.split'), checked: cfg.splitBiases, onChange: (on) => ((cfg.splitBiases = on), update()) });
  const cosine = checkbox({ name: 'cosine', label: t('pg.cosine'), checked: cfg.cosine, onChange: (on) => ((cfg.cosine = on), update()) });
  const hosts = [h('div'), h('div'), h('div')];
  const lossNote = h('p', { class: 'oc-lab__stepcount', role: 'status', 'aria-live': 'polite', 'data-role': 'loss' });
  const table = h('table', { class: 'oc-lab__table', 'data-role': 'summary' });
  const codeBox = codeBlock(t('pg.code'));
  const code = codeBox.code;
  const actions = labActions(ctx, () => {
    Object.assign(cfg, structuredClone(PG_DEFAULT));
    for (const g of PG_GROUPS) {
      sliders[`${g}.lr`]!.set(cfg[g].lr);
      sliders[`${g}.wd`]!.set(cfg[g].wd);
    }
    split.input.checked = cfg.splitBiases;
    cosine.input.checked = cfg.cosine;
    update(false);
  });
  root.append(
    h('p', { class: 'oc-lab__problem' }, t('pg.problem', { steps: cfg.steps })),
    boxes.backbone, boxes.head,
    h('div', { class: 'oc-lab__checks oc-lab__checks--column' }, split.root, cosine.root),
    boxes.biases,
    lossNote,
    h('div', { class: 'oc-lab__grid4' }, ...hosts),
    scrollRegion(t('labs.summaryTable'), table),
    h('details', { class: 'oc-lab__code', open: true }, h('summary', {}, t('pg.code')), codeBox.root),
    actions,
  );
  const charts = [
    new LabChart(hosts[0]!, { ariaLabel: t('pg.chartLr'), yTitle: t('labs.colLr'), xTitle: t('labs.colStep'), logY: true }),
    new LabChart(hosts[1]!, { ariaLabel: t('pg.chartUpdate'), yTitle: t('pg.update'), xTitle: t('labs.colStep'), logY: true, legend: false }),
    new LabChart(hosts[2]!, { ariaLabel: t('pg.chartLoss'), yTitle: t('labs.colLoss'), xTitle: t('labs.colStep'), logY: true, legend: false }),
  ];

  function update(write = true): void {
    boxes.biases.hidden = !cfg.splitBiases;
    const run = runGroups(cfg);
    const pts = (v: number[]) => v.map((y, x) => ({ x, y })).filter((q) => q.y > 0 && Number.isFinite(q.y));
    charts[0]!.set(run.groups.map((g) => ({ label: groupLabel(g.group), color: COLORS[g.group], data: pts(g.lr) })));
    charts[1]!.set(run.groups.map((g) => ({ label: groupLabel(g.group), color: COLORS[g.group], data: pts(g.update) })));
    charts[2]!.set([{ label: t('labs.colLoss'), color: '#7c8799', data: pts(run.loss) }]);
    lossNote.textContent = t('pg.finalLoss', { loss: fmt(run.loss.at(-1)!) });
    fillTable(table, t('pg.table'), [t('pg.colGroup'), t('pg.colParams'), t('pg.colLr'), t('pg.colWd'), t('pg.colUpdate'), t('pg.colNorm')],
      run.groups.map((g) => [groupLabel(g.group), g.names.join(', '), `${fmt(g.lr[0]!)} → ${fmt(g.lr.at(-1)!)}`, fmt(cfg[g.group].wd), `${fmt(g.update[0]!)} → ${fmt(g.update.at(-1)!)}`, fmt(g.norm.at(-1)!)]));
    code.textContent = groupsCode(cfg, ctx.codeTab(), groupLabel);
    root.dataset.loss = String(run.loss.at(-1));
    if (write) {
      const params: Record<string, string> = {};
      for (const g of PG_GROUPS) {
        params[`${KEY[g]}l`] = fmtParam(cfg[g].lr);
        params[`${KEY[g]}w`] = fmtParam(cfg[g].wd);
      }
      params.sb = cfg.splitBiases ? '1' : '0';
      params.c = cfg.cosine ? '1' : '0';
      ctx.writeState(params);
    }
  }

  ctx.onCodeTab(() => update(false));
  update(false);
}
