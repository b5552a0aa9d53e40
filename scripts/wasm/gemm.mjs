/**
 * Assembles the float32 matrix-product kernels (WebAssembly, SIMD) into src/engine/ops/gemm-wasm-bytes.ts.
 * Run: node scripts/wasm/gemm.mjs. f32.mul/f32.add (and f32x4's lanes) round each product and each sum to
 * float32 as IEEE 754 prescribes, so the serial order below is the reference BLAS's, bit for bit:
 *   nt(a, b, c, m, k, n): C = A·Bᵀ, dot products of four rows of A at once (four independent chains), k in order;
 *   acc(a, b, c, m, k, n, rs, ps): row i of C += a(i,p)·B[p,:] for p in order, zero a(i,p) skipped, four lanes
 *     at a time, a(i,p) = a[i·rs + p·ps]: C += A·B with rs = k, ps = 1 and C += Aᵀ·B with rs = 1, ps = m.
 * a, b, c are byte offsets into the exported memory `mem` (4 MB); acc adds into c (the caller zeroes it).
 */
import { writeFileSync } from 'node:fs';

const uleb = (v) => { const o = []; do { let b = v & 0x7f; v >>>= 7; if (v) b |= 0x80; o.push(b); } while (v); return o; };
const sleb = (v) => { const o = []; for (;;) { const b = v & 0x7f; v >>= 7; if ((v === 0 && !(b & 0x40)) || (v === -1 && b & 0x40)) { o.push(b); return o; } o.push(b | 0x80); } };
const vec = (items) => [...uleb(items.length), ...items.flat()];
const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
const I32 = 0x7f, F32 = 0x7d, V128 = 0x7b;

// instructions
const get = (l) => [0x20, l], set = (l) => [0x21, l];
const i32 = (v) => [0x41, ...sleb(v)];
const add = [0x6a], mul = [0x6c], leS = [0x4c], ltS = [0x48], eqz = [0x45];
const fadd = [0x92], fmul = [0x94], fne = [0x5c], fzero = [0x43, 0, 0, 0, 0];
const fload = [0x2a, 2, 0], fstore = [0x38, 2, 0];
const vload = [0xfd, 0x00, 2, 0], vstore = [0xfd, 0x0b, 2, 0];
const splat = [0xfd, 0x13], vadd = [0xfd, 0xe4, 0x01], vmul = [0xfd, 0xe6, 0x01];
const inc = (l, by) => [...get(l), ...i32(by), ...add, ...set(l)];
/** while (cond) { body } — cond leaves an i32 */
const loop = (cond, body) => [0x02, 0x40, 0x03, 0x40, ...cond, ...eqz, 0x0d, 1, ...body, 0x0c, 0, 0x0b, 0x0b];
const when = (cond, body) => [...cond, 0x04, 0x40, ...body, 0x0b];

// parameters of every kernel
const A = 0, B = 1, C = 2, M = 3, K = 4, N = 5;

/** row pc[0…n) += av·pb[0…n): four lanes while they fit, then one at a time (uses locals j, q, vb). */
function axpy(pc, pb, av, j, q, vb) {
  const at = (base) => [...get(base), ...get(q), ...add];
  const step = (w) => [...get(j), ...i32(w), ...add, ...set(j)];
  return [
    ...get(av), ...splat, ...set(vb),
    ...i32(0), ...set(j),
    ...loop([...get(j), ...i32(4), ...add, ...get(N), ...leS], [
      ...get(j), ...i32(4), ...mul, ...set(q),
      ...at(pc), ...at(pc), ...vload, ...get(vb), ...at(pb), ...vload, ...vmul, ...vadd, ...vstore,
      ...step(4),
    ]),
    ...loop([...get(j), ...get(N), ...ltS], [
      ...get(j), ...i32(4), ...mul, ...set(q),
      ...at(pc), ...at(pc), ...fload, ...get(av), ...at(pb), ...fload, ...fmul, ...fadd, ...fstore,
      ...step(1),
    ]),
  ];
}

// nt: locals 6 i, 7 j, 8 p, 9 kb, 10–13 pa0–pa3, 14 pb, 15 pc (i32); 16–19 s0–s3, 20 y (f32)
function nt() {
  const [i, j, p, kb, pa0, pa1, pa2, pa3, pb, pc] = [6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
  const s = [16, 17, 18, 19], y = 20, pa = [pa0, pa1, pa2, pa3];
  const rowPtr = (l, row) => [...get(A), ...get(row), ...get(kb), ...mul, ...add, ...set(l)];
  const cPtr = (rowOff) => [...get(C), ...get(i), ...i32(rowOff), ...add, ...get(N), ...mul, ...get(j), ...add, ...i32(4), ...mul, ...add];
  const block4 = [
    ...rowPtr(pa0, i), ...get(pa0), ...get(kb), ...add, ...set(pa1), ...get(pa1), ...get(kb), ...add, ...set(pa2),
    ...get(pa2), ...get(kb), ...add, ...set(pa3),
    ...get(B), ...get(j), ...get(kb), ...mul, ...add, ...set(pb),
    ...s.flatMap((l) => [...fzero, ...set(l)]),
    ...i32(0), ...set(p),
    ...loop([...get(p), ...get(K), ...ltS], [
      ...get(pb), ...fload, ...set(y),
      ...s.flatMap((l, r) => [...get(l), ...get(pa[r]), ...fload, ...get(y), ...fmul, ...fadd, ...set(l)]),
      ...pa.flatMap((l) => inc(l, 4)), ...inc(pb, 4), ...inc(p, 1),
    ]),
    ...s.flatMap((l, r) => [...cPtr(r), ...get(l), ...fstore]),
    ...inc(j, 1),
  ];
  const block1 = [
    ...rowPtr(pa0, i), ...get(B), ...get(j), ...get(kb), ...mul, ...add, ...set(pb),
    ...fzero, ...set(s[0]), ...i32(0), ...set(p),
    ...loop([...get(p), ...get(K), ...ltS], [
      ...get(s[0]), ...get(pa0), ...fload, ...get(pb), ...fload, ...fmul, ...fadd, ...set(s[0]),
      ...inc(pa0, 4), ...inc(pb, 4), ...inc(p, 1),
    ]),
    ...cPtr(0), ...get(s[0]), ...fstore,
    ...inc(j, 1),
  ];
  void pc;
  return {
    locals: [[10, I32], [5, F32]],
    body: [
      ...get(K), ...i32(4), ...mul, ...set(kb),
      ...i32(0), ...set(i),
      ...loop([...get(i), ...i32(4), ...add, ...get(M), ...leS], [...i32(0), ...set(j), ...loop([...get(j), ...get(N), ...ltS], block4), ...inc(i, 4)]),
      ...loop([...get(i), ...get(M), ...ltS], [...i32(0), ...set(j), ...loop([...get(j), ...get(N), ...ltS], block1), ...inc(i, 1)]),
    ],
  };
}

// acc(a, b, c, m, k, n, rs, ps): rows of C += Σ_p a(i, p)·B[p, :] with a(i, p) = a[i·rs + p·ps] (nn: rs = k,
// ps = 1; tn: rs = 1, ps = m). Locals 8 i, 9 p, 10 j, 11 q, 12 pc, 13 pb (i32); 14 av (f32); 15 vb (v128)
function accumulate() {
  const [RS, PS] = [6, 7];
  const [i, p, j, q, pc, pb, av, vb] = [8, 9, 10, 11, 12, 13, 14, 15];
  const inner = [
    ...get(A), ...get(i), ...get(RS), ...mul, ...get(p), ...get(PS), ...mul, ...add, ...i32(4), ...mul, ...add, ...fload, ...set(av),
    ...when([...get(av), ...fzero, ...fne], [
      ...get(B), ...get(p), ...get(N), ...mul, ...i32(4), ...mul, ...add, ...set(pb),
      ...axpy(pc, pb, av, j, q, vb),
    ]),
  ];
  return {
    type: 1,
    locals: [[6, I32], [1, F32], [1, V128]],
    body: [
      ...i32(0), ...set(i),
      ...loop([...get(i), ...get(M), ...ltS], [
        ...get(C), ...get(i), ...get(N), ...mul, ...i32(4), ...mul, ...add, ...set(pc),
        ...i32(0), ...set(p),
        ...loop([...get(p), ...get(K), ...ltS], [...inner, ...inc(p, 1)]),
        ...inc(i, 1),
      ]),
    ],
  };
}

const fns = [['nt', nt()], ['acc', accumulate()]];
const code = fns.map(([, f]) => {
  const body = [...vec(f.locals.map(([n, t]) => [...uleb(n), t])), ...f.body, 0x0b];
  return [...uleb(body.length), ...body];
});
const bytes = [
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, vec([6, 8].map((params) => [0x60, ...vec(Array.from({ length: params }, () => [I32])), 0]))),
  ...section(3, vec(fns.map(([, f]) => [f.type ?? 0]))),
  // 4 MB, never grown: growing detaches the old ArrayBuffer, and one detach makes V8 check every typed-array
  // access in the page for detachment from then on (measured: the hand-written W2 loop 1.5× slower)
  ...section(5, vec([[0x00, ...uleb(64)]])),
  ...section(7, vec([
    [...vec([...Buffer.from('mem')]), 0x02, 0],
    ...fns.map(([name], k) => [...vec([...Buffer.from(name)]), 0x00, k]),
  ])),
  ...section(10, vec(code)),
];
if (!WebAssembly.validate(new Uint8Array(bytes))) throw new Error('invalid module');
const out = new URL('../../src/engine/ops/gemm-wasm-bytes.ts', import.meta.url);
// hex, not base64: for this module it gzips to 459 bytes instead of 596
writeFileSync(out, `/** Generated by scripts/wasm/gemm.mjs (float32 gemm kernels, ${bytes.length} bytes of WebAssembly, hex); do not edit. */\nexport const GEMM_WASM = '${Buffer.from(bytes).toString('hex')}';\n`);
console.log(`${bytes.length} bytes → ${out.pathname}`);
