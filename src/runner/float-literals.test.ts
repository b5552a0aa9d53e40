import { describe, expect, it } from 'vitest';
import { FLOAT_MARKER, markFloatLiterals } from './float-literals';
import { executeInVm } from './node-vm';
import { mapColumn, transpile } from './transpile';

const mark = (js: string) => markFloatLiterals(js, []);
const M = FLOAT_MARKER;

describe('markFloatLiterals: the rule', () => {
  it.each([
    ['torch.tensor([3.0])', `torch.tensor(${M}[3.0])`],
    ['torch.tensor(2.0)', `torch.tensor(${M}2.0)`],
    ['torch.tensor([.5, 1e-3, 2.])', `torch.tensor(${M}[.5, 1e-3, 2.])`],
    ['torch.full([2, 2], 1.0)', `torch.full(${M}[2, 2], 1.0)`],
    ['torch.tensor([Math.sqrt(2.0)], { requires_grad: true })', `torch.tensor(${M}[Math.sqrt(2.0)], { requires_grad: true })`],
    ['torch . tensor ([1.5])', `torch . tensor (${M}[1.5])`],
    ['a = torch.tensor([1]); b = torch.tensor([2.5]);', `a = torch.tensor([1]); b = torch.tensor(${M}[2.5]);`],
  ])('%s', (src, out) => expect(mark(src)).toBe(out));

  it.each([
    'torch.tensor([3])',
    'torch.tensor([1, 2], { dtype: torch.float64 })',
    'torch.tensor(["3.0"])',
    'torch.tensor([1]) // torch.tensor([1.0])',
    'torch.tensor([1 /* 1.0 */])',
    'torch.tensor([x.y])',
    'my.torch.tensor([1.0])',
    'torch.zeros(2).add(1.5)',
    'torch.tensor([0x1e5])',
  ])('%s stays as written', (src) => expect(mark(src)).toBe(src));
});

describe('float literals in cells make float tensors, as in Python', () => {
  it.each([
    ['torch.tensor([3.0])', 'tensor([3.])', 'float32'],
    ['torch.tensor(2.0)', 'tensor(2.)', 'float32'],
    ['torch.tensor([1, 2.0])', 'tensor([1., 2.])', 'float32'],
    ['torch.tensor([3])', 'tensor([3])', 'int64'],
    ['torch.full([2], 1.0)', 'tensor([1., 1.])', 'float32'],
    ['torch.full([2], 1)', 'tensor([1, 1])', 'int64'],
    ['torch.tensor([3.0], { dtype: torch.float64 })', 'tensor([3.], dtype=torch.float64)', 'float64'],
    ['torch.tensor([3.0], { dtype: torch.int64 })', 'tensor([3])', 'int64'],
  ])('%s', async (expr, printed, dtype) => {
    const r = await executeInVm(`const t = ${expr};\nconsole.log(t);\nconsole.log(t.dtype);`);
    expect(r.error).toBeUndefined();
    expect(r.logs).toEqual([printed, dtype]);
  });

  it('error columns still point at the learner’s code after a marked call', async () => {
    const marked = await executeInVm('const a: number[] = [1]; const t = torch.tensor([1.0]); t.nosuch();');
    const plain = await executeInVm('const a: number[] = [1]; const t = torch.tensor([100]); t.nosuch();');
    expect(marked.error).toMatchObject({ name: 'TypeError', line: 1 });
    expect(marked.error!.column).toBe(plain.error!.column);
    expect(marked.error!.column).toBe('const a: number[] = [1]; const t = torch.tensor([1.0]); t.'.length + 1);
  });

  it('the column map maps every original token after the insertion back to its TypeScript column', () => {
    const src = 'const x: number = 1; const t = torch.tensor([2.5]); const y: string = "a";';
    const out = transpile(src);
    const gen = out.js.split('\n')[0]!;
    for (const tok of ['const t', 'torch', '[2.5]', 'const y', '"a"']) {
      expect(mapColumn(out, 1, gen.indexOf(tok) + 1), tok).toBe(src.indexOf(tok) + 1);
    }
  });
});
