import { describe, expect, it } from 'vitest';
import { execute } from '../runner/execute';
import { defaultRace, RACERS, racerCode, racerLr, runRace, runRacer, TUNED_LR, type RaceConfig } from './race';
import { SURFACE_IDS } from './surfaces';

/** The race written as a learner would write it in a code cell, with the lab's displayed constructor. */
function cellCode(ctor: string, formula: string, start: [number, number], steps: number): string {
  return `
const x = torch.tensor(${start[0]}, { requires_grad: true })
const y = torch.tensor(${start[1]}, { requires_grad: true })
const optimizer = ${ctor}
for (let step = 0; step < ${steps}; step++) {
  optimizer.zero_grad()
  const loss = ${formula}
  loss.backward()
  optimizer.step()
  plot("loss", step, loss.item())
  plot("x", step, x.item())
  plot("y", step, y.item())
}`;
}

const FORMULAS = {
  rosenbrock: 'torch.pow(torch.sub(1, x), 2).add(torch.mul(100, torch.pow(torch.sub(y, torch.pow(x, 2)), 2)))',
  bowl: 'torch.add(torch.mul(0.05, torch.square(x)), torch.mul(2, torch.square(y)))',
};

describe('optimizer race', () => {
  for (const surface of ['rosenbrock', 'bowl'] as const) {
    for (const racer of RACERS) {
      it(`${racer} on ${surface}: the same numbers as a code cell`, async () => {
        const c: RaceConfig = { ...defaultRace(surface), ownLr: racer.length % 2 === 0, scale: 0.7, lr: surface === 'bowl' ? 0.3 : 0.002, momentum: 0.8, beta1: 0.85, beta2: 0.99, steps: 60, start: [-1.2, 1.7] };
        const lab = runRacer(racer, c);
        const res = await execute(cellCode(racerCode(racer, c), FORMULAS[surface], c.start, c.steps));
        expect(res.status, res.error?.message).toBe('ok');
        const col = (s: string) => res.trace.plots[s]!.map(([, v]) => v);
        if (lab.divergedAt < 0) {
          expect(lab.xs.slice(1)).toEqual(col('x'));
          expect(lab.ys.slice(1)).toEqual(col('y'));
          expect(lab.losses.slice(0, -1)).toEqual(col('loss'));
        } else {
          // the lab stops where the cell's numbers stop being finite
          const n = lab.divergedAt;
          expect(lab.xs.slice(1)).toEqual(col('x').slice(0, n));
          expect(lab.ys.slice(1)).toEqual(col('y').slice(0, n));
          const cellNext = [col('x')[n]!, col('y')[n]!, col('loss')[n]!];
          expect(cellNext.some((v) => !Number.isFinite(v))).toBe(true);
        }
      });
    }
  }

  it('shows the constructor as a learner writes it', () => {
    const c = { surface: 'rosenbrock' as const, ownLr: false, scale: 1, lr: 0.01, momentum: 0.9, beta1: 0.9, beta2: 0.999 };
    expect(racerCode('nesterov', c)).toBe('optim.SGD([x, y], { lr: 0.01, momentum: 0.9, nesterov: true })');
    expect(racerCode('adamw', c)).toBe('optim.AdamW([x, y], { lr: 0.01, betas: [0.9, 0.999] })');
    // own learning rates: the tuned value times the scale, rounded as shown
    expect(racerCode('adam', { ...c, ownLr: true, scale: 0.3 })).toBe('optim.Adam([x, y], { lr: 0.06, betas: [0.9, 0.999] })');
    expect(racerLr('sgd', { ...c, ownLr: true, scale: 1 })).toBe(TUNED_LR.rosenbrock.sgd);
  });

  it('stops a racer that diverges and keeps the others going', () => {
    const c = { ...defaultRace('rosenbrock'), ownLr: false, lr: 0.05, steps: 100 };
    const [sgd, adam] = runRace({ ...c, racers: ['sgd', 'adam'] });
    expect(sgd!.divergedAt).toBeGreaterThanOrEqual(0);
    expect(sgd!.xs.length).toBe(sgd!.divergedAt + 1);
    expect(adam!.divergedAt).toBe(-1);
    expect(adam!.xs.length).toBe(101);
    expect(adam!.losses.length).toBe(101);
  });

  it('with the default settings (own or shared lr) every racer gets closer to a minimum on every surface', () => {
    for (const s of SURFACE_IDS) {
      for (const t of [...runRace(defaultRace(s)), ...runRace({ ...defaultRace(s), ownLr: false })]) {
        expect(t.divergedAt, `${t.racer} on ${s}`).toBe(-1);
        expect(t.losses.at(-1)!, `${t.racer} on ${s}`).toBeLessThan(t.losses[0]!);
      }
    }
  });
});
