import { describe, expect, it } from 'vitest';
import { execute } from '../runner/execute';
import { INSIDE_LR, INSIDE_OPTS, InsideSession, insideCode } from './inside';

describe('inside the optimizer', () => {
  for (const opt of INSIDE_OPTS) {
    for (const param of ['weight', 'bias'] as const) {
      it(`${opt}, ${param}: the substituted equation gives the engine's new value, step after step`, () => {
        const s = new InsideSession(opt, INSIDE_LR[opt], param);
        for (let i = 0; i < 6; i++) {
          const r = s.step();
          const last = r.lines.at(-1)!;
          expect(last.key).toBe('update');
          // float64 arithmetic on the float32 numbers of the engine: equal to float32 precision
          expect(Math.abs(last.result - r.after)).toBeLessThanOrEqual(2e-6 * Math.max(1, Math.abs(r.after)));
          // every state line matches the state the engine stored
          for (const line of r.lines) {
            const v = r.stateAfter[line.symbol];
            if (v !== undefined) expect(Math.abs(line.result - v)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(v)));
          }
        }
        expect(s.history.at(-1)!.t).toBe(6);
      });
    }
  }

  it('the first steps of the SGD and Adam sessions match a code cell', async () => {
    for (const opt of ['sgd', 'adam'] as const) {
      const s = new InsideSession(opt, INSIDE_LR[opt], 'weight');
      const ours = Array.from({ length: 5 }, () => s.step().after);
      const res = await execute(`
torch.manual_seed(0)
const model = nn.Linear(1, 1)
const x = torch.tensor([[1], [2], [3], [4]], { dtype: torch.float32 })
const y = torch.tensor([[3], [5], [7], [9]], { dtype: torch.float32 })
const optimizer = ${insideCode(opt, INSIDE_LR[opt])}
for (let i = 0; i < 5; i++) {
  optimizer.zero_grad()
  nn.MSELoss()(model(x), y).backward()
  optimizer.step()
  plot("w", i, model.weight.item())
}`);
      expect(res.status, res.error?.message).toBe('ok');
      expect(res.trace.plots.w!.map(([, v]) => v)).toEqual(ours);
    }
  });

  it('Adam shows the bias corrections of its step', () => {
    const s = new InsideSession('adam', 0.1, 'weight');
    s.step();
    const r = s.step();
    const bc1 = r.lines.find((l) => l.symbol === 'bias_correction1')!;
    expect(bc1.result).toBeCloseTo(1 - 0.9 ** 2, 12);
    expect(r.stateAfter.step).toBe(2);
  });
});
