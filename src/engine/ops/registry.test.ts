import { describe, expect, it } from 'vitest';
import { torch } from '../index';
import { Tensor } from '../tensor';
import { OPS, TENSOR_OPS, parseSignature, type FunctionalName, type TensorOps } from './registry';

// compile-time: every registry name is a Tensor method, every functional name a torch function
const _methods: (keyof TensorOps)[] = [] as (keyof Tensor)[] as (keyof TensorOps)[];
const _functional: Record<FunctionalName, (...a: never[]) => unknown> = torch;
void _methods;
void _functional;

/** The parameter names of a JS function, from its source (`...x` marks a rest parameter). */
function jsParams(fn: (...a: never[]) => unknown): string[] {
  const src = fn.toString();
  const open = src.indexOf('(');
  let depth = 0;
  let end = open;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '(') depth++;
    if (src[i] === ')' && --depth === 0) { end = i; break; }
  }
  const list = src.slice(open + 1, end).trim();
  return list === '' ? [] : list.split(',').map((p) => p.trim().split(/\s*=/)[0]);
}

describe('the tensor op registry', () => {
  const names = Object.keys(OPS);

  it('lists every op once, in TENSOR_OPS as plain JSON data', () => {
    expect(TENSOR_OPS.map((o) => o.name)).toEqual(names);
    expect(JSON.parse(JSON.stringify(TENSOR_OPS))).toEqual(TENSOR_OPS);
    expect(names.length).toBeGreaterThan(90);
  });

  it.each(names)('%s: prototype method, functional form and metadata agree', (name) => {
    const info = TENSOR_OPS.find((o) => o.name === name)!;
    const rec = OPS[name as keyof typeof OPS];
    expect(typeof (Tensor.prototype as unknown as Record<string, unknown>)[name]).toBe('function');
    expect((Tensor.prototype as unknown as Record<string, unknown>)[name]).toBe(rec.fn);
    expect(typeof (torch as unknown as Record<string, unknown>)[name] === 'function').toBe(info.functional);
    expect(info.inplace).toBe(name.endsWith('_'));
    expect(info.returns === 'self').toBe(info.inplace);
    // the JS parameters are PyTorch's names: positional ones, then `...varargs` or one options object
    const js = jsParams(rec.fn as (...a: never[]) => unknown);
    const expected = [...info.params.map((p) => p.name)];
    if (info.varargs !== null) expected.push(`...${info.varargs}`);
    else if (info.keywords.length > 0) expected.push('opts');
    expect(js).toEqual(expected);
  });

  it('functional forms that call the method reject a non-tensor input like PyTorch', () => {
    expect(() => torch.exp(2 as never)).toThrow("exp(): argument 'input' (position 1) must be Tensor, not int");
    expect(torch.exp(torch.zeros(1)).tolist()).toEqual([1]);
    expect(torch.sub(1, torch.ones(1)).tolist()).toEqual([0]);
  });

  it('the class itself has only the non-op members', () => {
    const own = Object.getOwnPropertyNames(Tensor.prototype).filter((n) => !Object.hasOwn(OPS, n)).sort();
    // (plus the defaults of two rarely set internal slots, kept on the prototype so every tensor is smaller)
    expect(own).toEqual(['T', '_isParam', '_view', 'constructor', 'data', 'device', 'grad', 'is_leaf', 'ndim', 'retains_grad', 'toJSON', 'toString'].sort());
  });

  it('reads Python signatures: positional, *varargs, keyword-only with defaults', () => {
    expect(parseSignature('sum', '(dim=None, keepdim=False)')).toMatchObject({
      params: [{ name: 'dim', default: null }, { name: 'keepdim', default: false }], keywords: [], varargs: null, inplace: false,
    });
    expect(parseSignature('add_', '(other, *, alpha=1)')).toMatchObject({ params: [{ name: 'other' }], keywords: [{ name: 'alpha', default: 1 }], inplace: true });
    expect(parseSignature('permute', '(*dims)')).toMatchObject({ params: [], varargs: 'dims' });
    expect(parseSignature('norm', "(p='fro', dim=None)").params[0]).toEqual({ name: 'p', default: 'fro' });
    expect(parseSignature('allclose', '(other, *, rtol=1e-05)').keywords[0]).toEqual({ name: 'rtol', default: 1e-5 });
    expect(() => parseSignature('x', '(a=oops)')).toThrow('cannot read default oops');
  });

  it('keyword arguments map to the engine call as the metadata says (sum(dim=1, keepdim=True))', () => {
    const x = torch.tensor([[1, 2], [3, 4]]);
    expect(x.sum(1, true).tolist()).toEqual([[3], [7]]);
    expect(x.add(x, { alpha: 2 }).tolist()).toEqual([[3, 6], [9, 12]]);
  });
});
