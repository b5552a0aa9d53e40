import { describe, expect, it } from 'vitest';
import { nn, torch } from './index';
import { Generator } from './random';
import fixture from './__fixtures__/rng.json';

const want = fixture.cases;

// Expected values: scripts/golden/gen_engine_rng.py run with PyTorch 2.14 (CPU, AVX2 kernels); compared bit for bit.
const list = (t: { tolist(): unknown }) => (t.tolist() as number[]).flat(3);

describe('MT19937', () => {
  it('produces the reference stream (seed 5489: 3499211612, 581869302, 3890346734)', () => {
    const g = new Generator(5489);
    expect([g.next32(), g.next32(), g.next32()]).toEqual([3499211612, 581869302, 3890346734]);
  });

  it('starts from a random seed when manual_seed is never called (PyTorch 2.x does too)', () => {
    const a = new Generator();
    const b = new Generator();
    expect(a.initial_seed()).not.toBe(b.initial_seed());
    expect(a.next32()).not.toBe(b.next32());
  });

  it('seeds above 2^32 (PyTorch 1.x default seed 67280421310721)', () => {
    const g = new Generator(67280421310721);
    // torch.manual_seed(67280421310721); torch.rand(3) on PyTorch 2.14
    expect([g.uniform24(), g.uniform24(), g.uniform24()].map(Math.fround)).toEqual([0.267295241355896, 0.8725283145904541, 0.3352888226509094]);
  });
});

describe('torch random functions equal PyTorch bit for bit', () => {
  it('rand(5) with seed 0 (spec §5.3)', () => {
    torch.manual_seed(0);
    expect(list(torch.rand(5))).toEqual([0.49625658988952637, 0.7682217955589294, 0.08847743272781372, 0.13203048706054688, 0.30742281675338745]);
  });

  it('rand float64 with seed 42 (spec §5.3)', () => {
    torch.manual_seed(42);
    expect(list(torch.rand(3, { dtype: torch.float64 }))).toEqual([0.05815448596142969, 0.06291016742457756, 0.12358607277440903]);
  });

  it('randn(3) and the cached Box–Muller half carried into the next call', () => {
    torch.manual_seed(0);
    expect(String(torch.randn(3))).toBe('tensor([ 1.5410, -0.2934, -2.1788])');
    expect(list(torch.randn(3))).toEqual(want.randn3_then3);
    torch.manual_seed(0);
    torch.randn(3);
    expect(list(torch.randn(1, { dtype: torch.float64 }))).toEqual(want.randn3_then1_f64);
  });

  it('randn over 100k float32 elements (AVX2 Box–Muller in blocks of 16)', () => {
    torch.manual_seed(0);
    const a = torch.randn(100000);
    expect([0, 1, 213, 221, 4567, 99999].map((i) => a.data[i])).toEqual(want.randn100k_idx);
    let s = 0;
    for (const v of a.data) s += v;
    expect(s).toBeCloseTo(want.randn100k_sum, 6);
  });

  it('normal(mean, std, size)', () => {
    torch.manual_seed(123);
    expect(list(torch.normal(2, 3, [20]))).toEqual(want.normal_2_3);
  });

  it('randint with a range of 2^40 uses 64-bit draws', () => {
    torch.manual_seed(0);
    expect(list(torch.randint(0, 2 ** 40, [3]))).toEqual(want.randint_big_range);
  });

  it('manual_seed keeps the low 32 bits of large seeds', () => {
    torch.manual_seed(2 ** 40 + 7);
    expect(list(torch.rand(2))).toEqual(want.seed_wrap);
  });

  it('nn.Linear(3, 2) initialisation (spec §5.3)', () => {
    torch.manual_seed(0);
    const l = nn.Linear(3, 2);
    expect([list(l.weight), list(l.bias!)]).toEqual(want.linear);
  });

  it('nn.init.xavier_uniform_ and normal_, rand_like, randn_like', () => {
    torch.manual_seed(0);
    expect(list(nn.init.xavier_uniform_(torch.empty(3, 5)))).toEqual(want.xavier);
    torch.manual_seed(0);
    expect(list(nn.init.normal_(torch.empty(2, 4), 1, 2))).toEqual(want.init_normal);
    // the same numbers with PyTorch's keywords: normal_(t, mean=1, std=2)
    torch.manual_seed(0);
    expect(list(nn.init.normal_(torch.empty(2, 4), { mean: 1, std: 2 }))).toEqual(want.init_normal);
    // uniform_(t, a=-1, b=1) positionally and as keywords; constant_(t, val=0.5)
    torch.manual_seed(0);
    const pos = list(nn.init.uniform_(torch.empty(4), -1, 1));
    torch.manual_seed(0);
    expect(list(nn.init.uniform_(torch.empty(4), { a: -1, b: 1 }))).toEqual(pos);
    expect(pos.every((v) => v >= -1 && v < 1)).toBe(true);
    expect(list(nn.init.constant_(torch.empty(3), { val: 0.5 }))).toEqual([0.5, 0.5, 0.5]);
    torch.manual_seed(0);
    expect([list(torch.rand_like(torch.ones(2))), list(torch.randn_like(torch.ones(2)))]).toEqual(want.rand_like_randn_like);
  });
});
