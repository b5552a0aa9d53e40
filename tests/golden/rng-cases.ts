/**
 * RNG golden cases (pure data, shared with scripts/golden/gen_random.py via cases.json).
 * Each case: torch.manual_seed(seed), then the calls in order; every call's values are recorded
 * (nn.Linear: weight then bias, flattened). Sizes straddle randn's 16-element switch.
 *   rand / randn: args = size, dtype optional        → torch.rand(...size, { dtype })
 *   randint:      args = [low, high, size]           → torch.randint(low, high, size)
 *   randperm:     args = [n]                         → torch.randperm(n)
 *   Linear:       args = [in_features, out_features] → nn.Linear(in, out)
 */
export interface RngCall {
  fn: 'rand' | 'randn' | 'randint' | 'randperm' | 'Linear';
  args: (number | number[])[];
  dtype?: 'float32' | 'float64';
}
export interface RngCase {
  name: string;
  seed: number;
  calls: RngCall[];
}

const one = (name: string, seed: number, fn: RngCall['fn'], args: RngCall['args'], dtype?: RngCall['dtype']): RngCase => ({
  name, seed, calls: [dtype ? { fn, args, dtype } : { fn, args }],
});

export const RNG_CASES: RngCase[] = [
  one('rand_5', 0, 'rand', [5]),
  one('rand_3x4_seed42', 42, 'rand', [3, 4]),
  one('rand_17_f64', 42, 'rand', [17], 'float64'),
  one('rand_3_f64', 42, 'rand', [3], 'float64'),
  one('randn_3', 0, 'randn', [3]),
  one('randn_1', 5, 'randn', [1]),
  one('randn_5x3', 0, 'randn', [5, 3]),
  one('randn_16', 0, 'randn', [16]),
  one('randn_17', 0, 'randn', [17]),
  one('randn_4x5', 3, 'randn', [4, 5]),
  one('randn_33', 7, 'randn', [33]),
  one('randn_32', 7, 'randn', [32]),
  one('randn_3_f64', 0, 'randn', [3], 'float64'),
  one('randn_15_f64', 1, 'randn', [15], 'float64'),
  one('randn_16_f64', 1, 'randn', [16], 'float64'),
  one('randn_19_f64', 1, 'randn', [19], 'float64'),
  one('randn_6x7_f64', 2, 'randn', [6, 7], 'float64'),
  one('randint_5', 0, 'randint', [0, 10, [5]]),
  one('randint_neg_2x4', 3, 'randint', [-3, 7, [2, 4]]),
  one('randint_big', 1, 'randint', [0, 1000, [20]]),
  one('randperm_5', 0, 'randperm', [5]),
  one('randperm_10', 1, 'randperm', [10]),
  one('randperm_40', 2, 'randperm', [40]),
  one('randperm_100', 5, 'randperm', [100]),
  one('randperm_1000', 6, 'randperm', [1000]),
  one('rand_100_f64', 8, 'rand', [10, 10], 'float64'),
  one('randn_100', 9, 'randn', [100]),
  one('randint_2d_big_range', 10, 'randint', [-100000, 100000, [3, 5]]),
  one('linear_3_2', 0, 'Linear', [3, 2]),
  one('linear_10_1', 0, 'Linear', [10, 1]),
  one('linear_4_5_seed1', 1, 'Linear', [4, 5]),
  one('linear_1_1_seed42', 42, 'Linear', [1, 1]),
  one('linear_20_7_seed123', 123, 'Linear', [20, 7]),
  {
    name: 'sequence_randn_small_twice', seed: 0,
    calls: [{ fn: 'randn', args: [3] }, { fn: 'randn', args: [3] }, { fn: 'randn', args: [1] }],
  },
  {
    name: 'sequence_mixed', seed: 11,
    calls: [
      { fn: 'rand', args: [2] }, { fn: 'randn', args: [5] }, { fn: 'randn', args: [20] },
      { fn: 'randint', args: [0, 5, [3]] }, { fn: 'rand', args: [2], dtype: 'float64' }, { fn: 'randn', args: [2] },
    ],
  },
  {
    name: 'sequence_linear_then_randn', seed: 0,
    calls: [{ fn: 'Linear', args: [3, 2] }, { fn: 'randn', args: [4, 3] }, { fn: 'randn', args: [4, 1] }],
  },
];
