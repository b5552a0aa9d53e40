/**
 * Comparison helpers for the golden suites. Every failure names the case, the step/epoch, the index,
 * the expected (PyTorch) and the actual (engine) value, so an engine owner can reproduce it directly.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Tol {
  rtol: number;
  atol: number;
}
/** float64 goldens (spec §1.7) */
export const F64: Tol = { rtol: 1e-12, atol: 1e-14 };
/**
 * float32 goldens of single ops, losses, reductions and optimizer trajectories: the engine follows ATen's
 * float32 kernels (src/engine/README.md, "float32"), so 1e-6 relative holds (and inf/nan at the same steps)
 */
export const F32: Tol = { rtol: 1e-6, atol: 1e-8 };
/**
 * float32 training scripts (tests/golden-models, the guide loop): many epochs through tanh, softmax and
 * larger matrix products, whose float32 kernels (Sleef, BLAS blocking) are matched less closely
 */
export const F32_SCRIPT: Tol = { rtol: 1e-5, atol: 1e-6 };
export const tolFor = (dtype: string | undefined): Tol => (dtype === 'float32' ? F32 : F64);
/**
 * LBFGS: its dot products/sums have an implementation-defined accumulation order (BLAS) and
 * near convergence it divides by tiny y·s, so rounding noise is amplified: real PyTorch itself moves by
 * up to 3e-8 relative when its initial params move by one ulp. gen_optim.py measures that noise per
 * step / per state value (`noise` in the fixture); the test allows the dtype's tolerance plus 10× the
 * measured noise (float32: PyTorch moves by 2e-5 absolute in f32_lbfgs at step 3).
 */
export const noiseTol = (noise: number, base: Tol = F64): Tol => ({ rtol: base.rtol, atol: Math.max(base.atol, 10 * noise) });
/**
 * float64 randn: log/cos/sin in double; V8's Math.log/Math.cos may differ from glibc by one ulp
 * (spec §1.7), so float64 normals are compared to 2 ulps. Everything else in the RNG suite is exact.
 */
export const RANDN_F64: Tol = { rtol: 4.5e-16, atol: 0 };

/**
 * Fingerprint of a case table entry (FNV-1a 32 over its JSON). export_cases.ts stores it in cases.json
 * as `_fp`, the generators copy it into each fixture case as `fp`, and the tests compare it with the
 * current table entry: a mismatch means the fixture is stale (regenerate, see scripts/golden/README.md).
 */
export function fingerprint(caseEntry: unknown): string {
  const text = JSON.stringify(caseEntry);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Throws unless every table entry has a fixture case with the same fingerprint, and vice versa. */
export function assertFixtureMatchesTable(fixture: Fixture<{ fp: string }>, table: { name: string }[]): void {
  const names = table.map((c) => c.name);
  const missing = names.filter((n) => !(n in fixture.cases));
  const extra = Object.keys(fixture.cases).filter((n) => !names.includes(n));
  const stale = table.filter((c) => c.name in fixture.cases && fixture.cases[c.name].fp !== fingerprint(c)).map((c) => c.name);
  if (missing.length || extra.length || stale.length) {
    throw new Error(`fixture out of date (regenerate: scripts/golden/README.md): missing [${missing.join(', ')}], ` +
      `not in the table [${extra.join(', ')}], changed since generation [${stale.join(', ')}]`);
  }
}

export interface Fixture<C> {
  torch: string;
  generator: string;
  cases: Record<string, C>;
}

const HERE = dirname(fileURLToPath(import.meta.url));

/** Reads tests/golden/<name> (plain JSON.parse: no huge inferred JSON types). */
export function loadFixture<C>(name: string): Fixture<C> {
  return JSON.parse(readFileSync(join(HERE, name), 'utf8')) as Fixture<C>;
}

/** Fixture numbers: JSON has no NaN/±Infinity/-0, so the generators write those as strings. */
export type Encoded = number | 'nan' | 'inf' | '-inf' | '-0';
export const decode = (v: Encoded): number =>
  v === 'nan' ? Number.NaN : v === 'inf' ? Number.POSITIVE_INFINITY : v === '-inf' ? Number.NEGATIVE_INFINITY : v === '-0' ? -0 : v;
export const decodeAll = (a: readonly Encoded[]): number[] => a.map(decode);

/** Flattens what `tolist()` returns (nested arrays or a number) into a flat number array. */
export function flatten(v: unknown): number[] {
  if (typeof v === 'number') return [v];
  if (typeof v === 'boolean') return [v ? 1 : 0];
  if (Array.isArray(v)) return v.flatMap((x) => flatten(x));
  throw new Error(`flatten: not a number or array: ${String(v)}`);
}

/** Builds a nested array of `shape` from row-major `flat` (a number for shape []). */
export function nest(flat: readonly number[], shape: readonly number[]): unknown {
  if (shape.length === 0) return flat[0];
  const [n, ...rest] = shape;
  const size = rest.reduce((a, b) => a * b, 1);
  return Array.from({ length: n }, (_, i) => nest(flat.slice(i * size, (i + 1) * size), rest));
}

export function close(expected: number, actual: number, tol: Tol): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected)) return expected === actual;
  return Math.abs(actual - expected) <= tol.atol + tol.rtol * Math.abs(expected);
}

/**
 * Throws on the first mismatching element:
 *   "<ctx> index <label>: expected <e>, actual <a> (|diff| d > atol + rtol·|e| = bound)".
 * `label(i)` may turn a flat index into e.g. "W[1]".
 */
export function assertClose(ctx: string, expected: readonly number[], actual: readonly number[],
  tolOrFn: Tol | ((i: number) => Tol), label: (i: number) => string = String): void {
  if (expected.length !== actual.length) {
    throw new Error(`${ctx}: expected ${expected.length} values, actual ${actual.length} ` +
      `(expected ${JSON.stringify(expected.slice(0, 8))}, actual ${JSON.stringify(actual.slice(0, 8))})`);
  }
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i];
    const a = actual[i];
    const tol = typeof tolOrFn === 'function' ? tolOrFn(i) : tolOrFn;
    if (typeof a !== 'number' || !close(e, a, tol)) {
      const bound = tol.atol + tol.rtol * Math.abs(e);
      throw new Error(`${ctx} index ${label(i)}: expected ${e}, actual ${a} ` +
        `(|diff| ${typeof a === 'number' ? Math.abs(a - e).toExponential(3) : 'n/a'} > ${bound.toExponential(3)})`);
    }
  }
}

/** Exact equality (RNG), same message format. */
export function assertExact(ctx: string, expected: readonly number[], actual: readonly number[]): void {
  assertClose(ctx, expected, actual, { rtol: 0, atol: 0 });
}

export function assertShape(ctx: string, expected: readonly number[], actual: readonly number[]): void {
  if (JSON.stringify([...expected]) !== JSON.stringify([...actual])) {
    throw new Error(`${ctx}: expected shape [${expected.join(', ')}], actual [${actual.join(', ')}]`);
  }
}

/** Duck-typed engine tensor (only the public API is used). */
export interface TensorLike {
  tolist(): unknown;
  shape: readonly number[];
}
export const isTensorLike = (v: unknown): v is TensorLike =>
  v !== null && typeof v === 'object' && typeof (v as TensorLike).tolist === 'function';

/** Flat numbers of a tensor through `tolist()`. */
export const values = (t: unknown): number[] => {
  if (!isTensorLike(t)) throw new Error(`expected a tensor, got ${String(t)}`);
  return flatten(t.tolist());
};

/**
 * Deep comparison of a JSON value from PyTorch (tensors serialised as nested lists / numbers, None as
 * null) with an engine value (tensors, numbers, arrays, plain objects). Object keys must match exactly.
 * `tol` may depend on the leaf's index in a depth-first walk of `expected` (every non-container value,
 * and every element of a list standing for a tensor, is one leaf), as in gen_optim.leaves().
 */
export function assertDeepClose(ctx: string, expected: unknown, actual: unknown, tol: Tol | ((leaf: number) => Tol)): void {
  walk(ctx, expected, actual, typeof tol === 'function' ? tol : () => tol, { n: 0 });
}

function walk(ctx: string, expected: unknown, actual: unknown, tol: (leaf: number) => Tol, leaf: { n: number }): void {
  if (isTensorLike(actual)) {
    const e = flatten(expected);
    const start = leaf.n;
    leaf.n += e.length;
    assertClose(ctx, e, flatten(actual.tolist()), (i) => tol(start + i));
    return;
  }
  if (expected === null || typeof expected !== 'object') {
    const t = tol(leaf.n++);
    if (expected === null) {
      if (actual !== null && actual !== undefined) throw new Error(`${ctx}: expected None/null, actual ${fmt(actual)}`);
    } else if (typeof expected === 'number') {
      if (typeof actual !== 'number') throw new Error(`${ctx}: expected ${expected}, actual ${fmt(actual)}`);
      assertClose(ctx, [expected], [actual], t);
    } else if (actual !== expected) {
      throw new Error(`${ctx}: expected ${JSON.stringify(expected)}, actual ${fmt(actual)}`);
    }
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) throw new Error(`${ctx}: expected a list, actual ${fmt(actual)}`);
    if (actual.length !== expected.length) {
      throw new Error(`${ctx}: expected ${expected.length} items, actual ${actual.length}`);
    }
    expected.forEach((e, i) => walk(`${ctx}[${i}]`, e, actual[i], tol, leaf));
    return;
  }
  const eo = expected as Record<string, unknown>;
  if (actual === null || typeof actual !== 'object') throw new Error(`${ctx}: expected a dict, actual ${fmt(actual)}`);
  const ao = actual instanceof Map ? Object.fromEntries(actual) : (actual as Record<string, unknown>);
  assertKeys(ctx, Object.keys(eo), Object.keys(ao));
  for (const k of Object.keys(eo)) walk(`${ctx}.${k}`, eo[k], ao[k], tol, leaf);
}

export function assertKeys(ctx: string, expected: string[], actual: string[]): void {
  const e = [...expected].sort();
  const a = [...actual].sort();
  if (JSON.stringify(e) !== JSON.stringify(a)) {
    const missing = e.filter((k) => !a.includes(k));
    const extra = a.filter((k) => !e.includes(k));
    throw new Error(`${ctx}: keys differ: missing [${missing.join(', ')}], unexpected [${extra.join(', ')}] ` +
      `(PyTorch: [${e.join(', ')}])`);
  }
}

function fmt(v: unknown): string {
  if (v === undefined) return 'undefined';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
