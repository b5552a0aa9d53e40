import { describe, expect, it } from 'vitest';
import { firstLrDrop, loopCode, NO_PITFALLS, PIT_STEP_SIZE, runLoop } from './pitfalls';

describe('pitfalls lab', () => {
  const ok = runLoop(NO_PITFALLS);

  it('the correct loop trains: loss falls, gradients shrink, lr halves every 10 steps', () => {
    expect(ok.loss.at(-1)!).toBeLessThan(ok.loss[0]! / 5);
    expect(ok.gradNorm.at(-1)!).toBeLessThan(ok.gradNorm[0]!);
    expect(firstLrDrop(ok.lr)).toBe(PIT_STEP_SIZE);
    expect(ok.warnings).toEqual([]);
  });

  it('forgetting zero_grad makes the gradient norm pile up', () => {
    const bad = runLoop({ ...NO_PITFALLS, forgetZeroGrad: true });
    expect(Math.max(...bad.gradNorm)).toBeGreaterThan(5 * Math.max(...ok.gradNorm.slice(5)));
    expect(bad.loss.at(-1)!).toBeGreaterThan(ok.loss.at(-1)!);
  });

  it('scheduler.step() first skips the first lr value, and the engine warns like PyTorch', () => {
    const bad = runLoop({ ...NO_PITFALLS, schedulerFirst: true });
    expect(firstLrDrop(bad.lr)).toBe(PIT_STEP_SIZE - 1);
    expect(bad.warnings.some((w) => w.includes('lr_scheduler.step()') && w.includes('before `optimizer.step()`'))).toBe(true);
  });

  it('Adam with weight_decay ends at other weights than AdamW', () => {
    const bad = runLoop({ ...NO_PITFALLS, adamWeightDecay: true });
    expect(Math.abs(bad.weightNorm.at(-1)! - ok.weightNorm.at(-1)!)).toBeGreaterThan(0.01);
  });

  it('with SGD too, forgetting zero_grad piles up the gradient and hurts the loss; the Adam switch does not apply', () => {
    const good = runLoop(NO_PITFALLS, 'sgd');
    const bad = runLoop({ ...NO_PITFALLS, forgetZeroGrad: true }, 'sgd');
    expect(bad.gradNorm.at(-1)!).toBeGreaterThan(5 * good.gradNorm.at(-1)!);
    expect(bad.loss.at(-1)!).toBeGreaterThan(good.loss.at(-1)!);
    expect(runLoop({ ...NO_PITFALLS, adamWeightDecay: true }, 'sgd').loss).toEqual(good.loss);
  });

  it('marks each mistake in the code, in TypeScript or PyTorch, with the page language comment', () => {
    const marks = { forgetZeroGrad: 'Z', schedulerFirst: 'S', adamWeightDecay: 'A' };
    const all = { forgetZeroGrad: true, schedulerFirst: true, adamWeightDecay: true };
    expect(loopCode(NO_PITFALLS, 'adamw', marks)).not.toContain('✗');
    expect(loopCode(NO_PITFALLS, 'adamw', marks, 'py')).not.toContain('✗');
    const ts = loopCode(all, 'adamw', marks);
    expect(ts.match(/\/\/ ✗ [ZSA]/g)).toEqual(['// ✗ A', '// ✗ Z', '// ✗ S']);
    expect(ts).toContain('const optimizer = optim.Adam(model.parameters(), { lr: 0.1, weight_decay: 0.1 })');
    const py = loopCode(all, 'adamw', marks, 'py');
    expect(py.split('\n')).toEqual([
      'optimizer = optim.Adam(model.parameters(), lr=0.1, weight_decay=0.1)  # ✗ A',
      'scheduler = optim.lr_scheduler.StepLR(optimizer, step_size=10, gamma=0.5)',
      'for step in range(40):',
      '    # optimizer.zero_grad()   # ✗ Z',
      '    loss = criterion(model(x), y)',
      '    loss.backward()',
      '    scheduler.step()   # ✗ S',
      '    optimizer.step()',
    ]);
  });
});
