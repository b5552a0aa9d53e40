import { describe, expect, it } from 'vitest';
import { nn, torch } from './index';
import fixture from './__fixtures__/print.json';
import { pyExp, pyFixed } from './format';
import type { Tensor } from './tensor';

const expected = fixture.cases;

// Each case rebuilds in the engine what scripts/golden/gen_engine_print.py printed with real PyTorch 2.x.
const f32 = (v: unknown) => torch.tensor(v, { dtype: torch.float32 });
const cases: Record<string, () => unknown> = {
  randn3: () => torch.tensor([1.5409960746765137, -0.293428897857666, -2.1787893772125244]),
  mean17: () => torch.tensor([17, 17], { requires_grad: true }).mean(),
  int: () => torch.tensor([1, 2]),
  f64: () => torch.tensor([1.5, 2.25], { dtype: torch.float64 }),
  f64_rg: () => torch.tensor([[1, 2]], { dtype: torch.float64, requires_grad: true }),
  matrix: () => f32([[1, -2.5, 3.25], [4, 5, 6.125]]),
  sci: () => torch.tensor([1e-5, 1.0, 100.5]).mul(torch.tensor([1, 1, 100 / 100.5])),
  sci_big: () => f32([1e9, 2]),
  intfloat_sci: () => f32([1, 10000]),
  zeros: () => torch.zeros(3),
  scalar: () => torch.tensor(3.14159),
  scalar_int: () => torch.tensor(7),
  neg_zero: () => f32([-0, 1]),
  nan_inf: () => torch.tensor([NaN, Infinity, -Infinity, 1.5]),
  empty: () => torch.tensor([]),
  empty2: () => torch.zeros(0, 3),
  bool: () => torch.tensor([true, false]),
  long_row: () => torch.arange(30, { dtype: torch.float32 }).div(7),
  big: () => torch.arange(2000, { dtype: torch.float32 }),
  big2d: () => torch.arange(3000, { dtype: torch.float32 }).reshape(100, 30).div(3),
  int_big2d: () => torch.arange(1200).reshape(40, 30),
  three_d: () => torch.arange(12, { dtype: torch.float32 }).reshape(2, 2, 3),
  tie: () => torch.tensor([0.03125, 2.5]),
  small: () => torch.tensor([0.0001, 0.5]),
  tiny: () => torch.tensor([1e-30]),
  negsci: () => torch.tensor([-1e-5, 123456.5]).sub(torch.tensor([0, 0.5])),
  param: () => (torch.manual_seed(0), nn.Linear(3, 2).weight),
  linear: () => (torch.manual_seed(0), nn.Linear(3, 2)),
  seq: () => nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1)),
  mulgrad: () => torch.tensor([1.5, 2], { requires_grad: true }).sub(torch.tensor([0.5, 0])).mul(2),
  addgrad: () => leaf().add(1),
  sumgrad: () => leaf().mul(leaf()).sum(),
  powgrad: () => leaf().pow(2),
  long_suffix: () => torch.tensor([[123.4567, 2, 3, 4, 5, 6, 7]], { dtype: torch.float64, requires_grad: true }),
};
const leaf = (): Tensor => torch.tensor([1, 2], { requires_grad: true });

describe('printing matches PyTorch', () => {
  for (const [name, want] of Object.entries(expected as Record<string, string>)) {
    it(`prints ${name} like PyTorch`, () => {
      const build = cases[name];
      expect(build, `no engine case for ${name}`).toBeDefined();
      expect(String(build())).toBe(want);
    });
  }

  it('uses the same text for console.log (util.inspect.custom)', () => {
    const t = torch.tensor([1, 2]);
    const inspect = (t as unknown as Record<symbol, () => string>)[Symbol.for('nodejs.util.inspect.custom')];
    expect(inspect.call(t)).toBe('tensor([1, 2])');
  });
});

describe('Python float formatting', () => {
  it('rounds exact ties to even like Python', () => {
    expect(pyFixed(2.5, 0)).toBe('2');
    expect(pyFixed(3.5, 0)).toBe('4');
    expect(pyFixed(0.03125, 4)).toBe('0.0312');
    expect(pyFixed(0.09375, 4)).toBe('0.0938');
    expect(pyFixed(-0, 4)).toBe('-0.0000');
  });
  it('writes exponents with a sign and two digits', () => {
    expect(pyExp(1e-5, 4)).toBe('1.0000e-05');
    expect(pyExp(123456, 4)).toBe('1.2346e+05');
    expect(pyExp(1e100, 4)).toBe('1.0000e+100');
    expect(pyExp(-2.5e-7, 4)).toBe('-2.5000e-07');
  });
});
