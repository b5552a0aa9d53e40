/**
 * The optimizer race: controls (surface, optimizers, shared lr, momentum, betas, steps), the contour map with the
 * start marker, a loss chart beside it, play / pause / step / back to step 0, a table of where everyone is, and
 * the code of the same race. The whole race is recomputed on the engine at every change (throttled to one run
 * per frame) and the animation only reveals it. URL: `#lab=race&s=…&o=…&lr=…&m=…&b1=…&b2=…&n=…&x=…&y=…`.
 */
import { defaultRace, RACERS, RACER_COLORS, RACER_NAMES, raceProgram, racerLr, runRace, type RaceConfig, type RacerId, type Trajectory } from '@/labs/race';
import { SURFACES, SURFACE_IDS, type SurfaceId } from '@/labs/surfaces';
import { boolParam, enumParam, fmtParam, listParam, numParam } from '@/labs/url-state';
import { labActions } from './actions';
import { LabChart } from './chart';
import type { LabContext } from './context';
import { RaceMap } from './race-map';
import { button, checkbox, fillTable, fmt, h, prefersReducedMotion, select, slider, type Slider, scrollRegion, codeBlock } from './ui';

export function mount(root: HTMLElement, ctx: LabContext): void {
  const { t } = ctx;
  const presetSurface = (SURFACE_IDS as readonly string[]).includes(ctx.preset ?? '') ? (ctx.preset as SurfaceId) : 'rosenbrock';
  const url = ctx.readState();
  const surfaceId = enumParam(url, 's', SURFACE_IDS, presetSurface);
  const d = defaultRace(surfaceId);
  const [bx0, bx1, by0, by1] = SURFACES[surfaceId].bounds;
  let cfg: RaceConfig = {
    surface: surfaceId,
    racers: listParam(url, 'o', RACERS, d.racers),
    ownLr: boolParam(url, 'f', d.ownLr),
    scale: numParam(url, 'k', d.scale, 0.1, 10),
    lr: numParam(url, 'lr', d.lr, 1e-4, 1),
    momentum: numParam(url, 'm', d.momentum, 0, 0.99),
    beta1: numParam(url, 'b1', d.beta1, 0, 0.99),
    beta2: numParam(url, 'b2', d.beta2, 0.9, 0.9999),
    steps: Math.round(numParam(url, 'n', d.steps, 20, 500)),
    start: [numParam(url, 'x', d.start[0], bx0, bx1), numParam(url, 'y', d.start[1], by0, by1)],
  };
  let race: Trajectory[] = [];
  let shown = 0;
  let playing = false;
  let frame = 0;
  let pending = 0;
  let frameCount = 0;

  // controls
  const surfaceSel = select({
    name: 'surface', label: t('race.surface'), value: cfg.surface,
    options: SURFACE_IDS.map((s) => ({ value: s, label: t(`race.s.${s}`) })),
    onChange: (s) => {
      const nd = defaultRace(s);
      set({ ...nd, racers: cfg.racers, ownLr: cfg.ownLr, scale: cfg.scale, momentum: cfg.momentum, beta1: cfg.beta1, beta2: cfg.beta2 }, true);
    },
  });
  const checks = RACERS.map((r) => checkbox({
    name: `opt-${r}`, label: RACER_NAMES[r], color: RACER_COLORS[r], checked: cfg.racers.includes(r),
    onChange: (on) => set({ racers: RACERS.filter((x) => (x === r ? on : cfg.racers.includes(x))) }),
  }));
  const legendId = `${ctx.id}-opts`;
  const optGroup = h('div', { class: 'oc-lab__field', role: 'group', 'aria-labelledby': legendId },
    h('span', { class: 'oc-lab__legend', id: legendId }, t('race.optimizers')),
    h('div', { class: 'oc-lab__checks' }, ...checks.map((c) => c.root)));
  const ownLr = checkbox({ name: 'own-lr', label: t('race.ownLr'), checked: cfg.ownLr, onChange: (on) => set({ ownLr: on }) });
  const sliders: Record<string, Slider> = {
    scale: slider({ name: 'scale', label: t('race.scale'), min: 0.1, max: 10, log: true, value: cfg.scale, format: (v) => `× ${fmt(v)}`, onInput: (v) => set({ scale: v }) }),
    lr: slider({ name: 'lr', label: t('race.lr'), min: 1e-4, max: 1, log: true, value: cfg.lr, onInput: (v) => set({ lr: v }) }),
    momentum: slider({ name: 'momentum', label: t('race.momentum'), min: 0, max: 0.99, step: 0.01, value: cfg.momentum, onInput: (v) => set({ momentum: v }) }),
    beta1: slider({ name: 'beta1', label: t('race.beta1'), min: 0, max: 0.99, step: 0.01, value: cfg.beta1, onInput: (v) => set({ beta1: v }) }),
    beta2: slider({ name: 'beta2', label: t('race.beta2'), min: 0.9, max: 0.9999, step: 0.0001, value: cfg.beta2, format: (v) => String(Number(v.toFixed(4))), onInput: (v) => set({ beta2: v }) }),
    steps: slider({ name: 'steps', label: t('race.steps'), min: 20, max: 500, step: 10, value: cfg.steps, format: String, onInput: (v) => set({ steps: v }) }),
  };

  // player
  const playBtn = button(t('labs.play'), 'play', () => (playing ? pause() : play()), true);
  const stepBtn = button(t('labs.step'), 'step', () => {
    pause();
    shown = Math.min(maxSteps(), shown + 1);
    draw(true);
  });
  const rewindBtn = button(t('race.rewind'), 'rewind', () => {
    pause();
    shown = 0;
    draw(true);
  });
  const counter = h('span', { class: 'oc-lab__stepcount', 'data-role': 'step' });

  const map = new RaceMap({
    onStart: (x, y) => {
      set({ start: [x, y] }, false, false);
      shown = 0;
      play();
    },
    startLabel: (x, y) => t('race.start', { x: fmt(x), y: fmt(y) }),
  });
  const formula = h('p', { class: 'oc-lab__formula' });
  const chartHost = h('div');
  const table = h('table', { class: 'oc-lab__table', 'data-role': 'summary' });
  const tableWrap = scrollRegion(t('labs.summaryTable'), table);
  const codeBox = codeBlock(t('race.code'));
  const code = codeBox.code;
  const note = h('p', { class: 'oc-lab__hint', 'data-role': 'note' });
  const actions = labActions(ctx, () => {
    const nd = defaultRace(presetSurface);
    set(nd, true, true, false);
  });

  root.append(
    h('div', { class: 'oc-lab__controls' }, surfaceSel.root, optGroup),
    h('div', { class: 'oc-lab__checks' }, ownLr.root),
    h('div', { class: 'oc-lab__controls' }, ...Object.values(sliders).map((s) => s.root)),
    note,
    h('div', { class: 'oc-lab__player' }, h('div', { class: 'oc-lab__buttons' }, playBtn, stepBtn, rewindBtn), counter),
    h('div', { class: 'oc-lab__race' }, h('div', {}, map.root, formula, h('p', { class: 'oc-lab__hint' }, t('race.hint'))), chartHost),
    tableWrap,
    h('details', { class: 'oc-lab__code' }, h('summary', {}, t('race.code')), codeBox.root),
    actions,
  );
  let chartLog = !SURFACES[cfg.surface].linearLoss;
  const newChart = () => new LabChart(chartHost, { ariaLabel: '', logY: chartLog, xTitle: t('labs.colStep'), yTitle: t('labs.colLoss'), legend: false });
  let currentChart = newChart();

  function maxSteps(): number {
    return cfg.steps;
  }

  function compute(): void {
    const t0 = performance.now();
    race = runRace(cfg);
    root.dataset.computeMs = (performance.now() - t0).toFixed(1);
  }

  /** Draws the map (and, unless `skipChart`, the chart: while animating it is redrawn every third frame). */
  function draw(full: boolean, skipChart = false): void {
    const t0 = performance.now();
    drawInner(full, skipChart);
    const ms = performance.now() - t0;
    root.dataset.drawMs = ms.toFixed(1);
  }

  function drawInner(full: boolean, skipChart: boolean): void {
    const s = SURFACES[cfg.surface];
    counter.textContent = t('race.stepLabel', { step: shown, steps: cfg.steps });
    map.set(s, race, shown, cfg.start, t('race.map', { surface: t(`race.s.${s.id}`), n: race.length, x: fmt(cfg.start[0]), y: fmt(cfg.start[1]), step: shown, steps: cfg.steps }));
    const wantLog = !s.linearLoss;
    if (wantLog !== chartLog) {
      currentChart.destroy();
      chartLog = wantLog;
      currentChart = newChart();
    }
    if (!skipChart) {
      currentChart.setLabel(t('race.chart', { step: shown }));
      currentChart.set(race.map((tr) => ({
        label: RACER_NAMES[tr.racer],
        color: RACER_COLORS[tr.racer],
        data: tr.losses.slice(0, Math.min(shown, tr.losses.length - 1) + 1).flatMap((y, x) => (Number.isFinite(y) && (!wantLog || y > 0) ? [{ x, y }] : [])),
      })));
    }
    if (full) {
      sliders.scale!.root.hidden = !cfg.ownLr;
      sliders.lr!.root.hidden = cfg.ownLr;
      note.textContent = t(cfg.ownLr ? 'race.noteOwn' : 'race.note');
      renderTable();
      formula.textContent = t('race.formula', { formula: s.formula });
    }
    // the code follows every change of the race, a click on the map included (it starts an animation)
    const source = raceProgram(cfg, ctx.codeTab());
    if (code.textContent !== source) code.textContent = source;
    playBtn.textContent = playing ? t('labs.pause') : t('labs.play');
  }

  function renderTable(): void {
    const s = SURFACES[cfg.surface];
    const rows = race.map((tr) => {
      const i = Math.min(shown, tr.xs.length - 1);
      const x = tr.xs[i]!;
      const y = tr.ys[i]!;
      const dist = Math.min(...s.minima.map(([mx, my]) => Math.hypot(x - mx, y - my)));
      const diverged = tr.divergedAt >= 0 && shown > tr.divergedAt;
      return [RACER_NAMES[tr.racer], fmt(racerLr(tr.racer, cfg)), fmt(x), fmt(y), fmt(tr.losses[i]!), fmt(dist, 3), diverged ? t('race.diverged', { n: tr.divergedAt }) : t('race.ok')];
    });
    fillTable(table, t('race.table', { step: shown }), [t('race.colOpt'), t('labs.colLr'), 'x', 'y', t('labs.colLoss'), t('race.colDist'), t('race.colStatus')], rows);
  }

  function tick(): void {
    frame = 0;
    if (!playing) return;
    const speed = Math.max(1, Math.round(cfg.steps / 150));
    shown = Math.min(maxSteps(), shown + speed);
    const end = shown >= maxSteps();
    if (end) playing = false;
    frameCount += 1;
    draw(end, !end && frameCount % 3 !== 0);
    if (!end) frame = requestAnimationFrame(tick);
  }

  function play(): void {
    if (prefersReducedMotion()) {
      playing = false;
      shown = maxSteps();
      draw(true);
      return;
    }
    if (shown >= maxSteps()) shown = 0;
    playing = true;
    playBtn.setAttribute('aria-pressed', 'true');
    if (!frame) frame = requestAnimationFrame(tick);
    draw(false);
  }

  function pause(): void {
    playing = false;
    playBtn.setAttribute('aria-pressed', 'false');
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    draw(true);
  }

  function writeUrl(): void {
    ctx.writeState({
      s: cfg.surface, o: cfg.racers.join(','), f: cfg.ownLr ? '1' : '0', k: fmtParam(cfg.scale), lr: fmtParam(cfg.lr), m: fmtParam(cfg.momentum), b1: fmtParam(cfg.beta1),
      b2: fmtParam(cfg.beta2), n: String(cfg.steps), x: fmtParam(cfg.start[0]), y: fmtParam(cfg.start[1]),
    });
  }

  /** Applies a change: recompute (once per frame), show the end state unless the race is playing. */
  function set(patch: Partial<RaceConfig>, syncControls = false, showEnd = true, write = true): void {
    cfg = { ...cfg, ...patch };
    if (syncControls) {
      surfaceSel.input.value = cfg.surface;
      checks.forEach((c, i) => (c.input.checked = cfg.racers.includes(RACERS[i]!)));
      ownLr.input.checked = cfg.ownLr;
      sliders.scale!.set(cfg.scale);
      sliders.lr!.set(cfg.lr);
      sliders.momentum!.set(cfg.momentum);
      sliders.beta1!.set(cfg.beta1);
      sliders.beta2!.set(cfg.beta2);
      sliders.steps!.set(cfg.steps);
    }
    if (write) writeUrl();
    if (pending) cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      pending = 0;
      compute();
      if (showEnd && !playing) shown = maxSteps();
      shown = Math.min(shown, maxSteps());
      draw(!playing);
    });
  }

  playBtn.setAttribute('aria-pressed', 'false');
  compute();
  shown = maxSteps();
  ctx.onCodeTab(() => (code.textContent = raceProgram(cfg, ctx.codeTab())));
  draw(true);
}

export type { RacerId };
