import { describe, expect, it } from 'vitest';
import { Tensor } from '../tensor';
import { SGD, sgdUpdate } from './sgd';
import { expectClose, itMatchesTorchFixtures, param, runQuadratic } from './test-helpers';

describe('SGD', () => {
  itMatchesTorchFixtures('SGD', SGD as never);

  it.each([
    [{ lr: 0.1 }, [[1.4, -1.4], [1.72, -0.92], [1.976, -0.536]]],
    [{ lr: 0.1, momentum: 0.9 }, [[1.4, -1.4], [2.08, -0.38], [2.876, 0.814]]],
    [{ lr: 0.1, momentum: 0.9, nesterov: true }, [[1.76, -0.86], [2.5552, 0.3328], [3.216704, 1.325056]]],
  ])('matches the spec §9 goldens for %j', (options, expected) => {
    expectClose(runQuadratic((p) => new SGD([p], options)), expected, 1e-12, 1e-12);
  });

  it('starts the momentum buffer at the gradient: dampening has no effect on step 1', () => {
    // p0 = 1, g = 1, lr = 0.1, μ = 0.9, τ = 0.5: buf 1 → p 0.9; buf 0.9·1 + 0.5·1 = 1.4 → p 0.76; buf 1.76 → p 0.584
    const p = param([1]);
    const opt = new SGD([p], { lr: 0.1, momentum: 0.9, dampening: 0.5 });
    const out: number[] = [];
    for (let i = 0; i < 3; i++) {
      p.grad = Tensor._make(Float64Array.from([1]), [1], 'float64');
      opt.step();
      out.push(p.data[0]!);
    }
    expectClose(out, [0.9, 0.76, 0.584], 1e-15, 1e-15);
  });

  it('keeps no state without momentum (2.x) and a momentum_buffer tensor with it', () => {
    const a = param([1, 2]);
    const plain = new SGD([a], { lr: 0.1 });
    a.grad = Tensor._make(Float64Array.from([1, 1]), [2], 'float64');
    plain.step();
    expect(plain.state.size).toBe(0);
    expect(plain.state_dict().state).toEqual({});
    const withM = new SGD([a], { lr: 0.1, momentum: 0.5 });
    withM.step();
    expect(withM.state.get(a)!['momentum_buffer']).toBeInstanceOf(Tensor);
  });

  it('defaults lr to 1e-3 (2.2+) and accepts lr positionally', () => {
    expect(new SGD([param([1])]).defaults['lr']).toBe(1e-3);
    expect(new SGD([param([1])], 0.5).param_groups[0]!.lr).toBe(0.5);
    expect(new SGD([param([1])], 0.5, { momentum: 0.9 }).param_groups[0]!['momentum']).toBe(0.9);
    expect(() => new SGD([param([1])], 0.5, { lr: 0.1 })).toThrow("SGD.__init__() got multiple values for argument 'lr'");
  });

  it('checks lr with `lr < 0` as PyTorch does, so NaN passes SGD (unlike Adam)', () => {
    expect(() => new SGD([param([1])], { lr: NaN })).not.toThrow();
  });

  it('sgdUpdate is the pure per-tensor rule: it returns the new buffer and updates in place', () => {
    const p = Float64Array.from([1, -2]);
    const g = Float64Array.from([-4, -6]);
    const opts = { lr: 0.1, momentum: 0.9, dampening: 0, weight_decay: 0, nesterov: false, maximize: false };
    const buf = sgdUpdate(p, g, null, opts)!;
    expect(Array.from(buf)).toEqual([-4, -6]);
    expectClose(Array.from(p), [1.4, -1.4], 1e-15, 1e-15);
    sgdUpdate(p, Float64Array.from([-3.2, -4.8]), buf, opts);
    expectClose(Array.from(buf), [-6.8, -10.2], 1e-15, 1e-15);
  });

  it('prints like PyTorch', () => {
    expect(String(new SGD([param([1])], { lr: 0.1 }))).toBe(
      'SGD (\nParameter Group 0\n    dampening: 0\n    differentiable: False\n    foreach: None\n    fused: None\n' +
        '    lr: 0.1\n    maximize: False\n    momentum: 0\n    nesterov: False\n    weight_decay: 0\n)',
    );
  });
});
