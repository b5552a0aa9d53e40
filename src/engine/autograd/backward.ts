/**
 * The backward driver: topological sort from the root's grad_fn, then one pass in reverse order applying each
 * node's backward closure and summing gradients (micrograd's `backward()`, iterative so deep graphs are fine).
 * Leaves accumulate into `.grad` (in place after the first time, as PyTorch's AccumulateGrad does).
 */
import { emit, hasListeners } from '../events';
import { RuntimeError } from '../errors';
import { checkOptions } from '../options';
import { allocStorage, elementCount, Tensor, value1, type DType } from '../tensor';
import { gradMode } from './grad-mode';
import type { Node } from './node';

const FREED_MSG =
  'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.';

let stamp = 0;
// deepVisit's stack, reused between calls (backward never re-enters itself); `sp` is the stack height
const stack: Node[] = [];
const next: number[] = [];
const NO_LEAVES: Tensor[] = [];
const ORDER: Node[] = [];
// the scalar pass's gradients flowing into the nodes of the order, and whether each has one (by `node.pos`)
let ACC = new Float64Array(64);
let HAS = new Uint8Array(64);
let orderBusy = false;

// topoSort's state while it runs: the stamp of this sort, nodes written so far, whether one was freed after saving
// tensors, whether all have a scalar pass
let mark = 0;
let found = 0;
let sawFreed = false;
let allScalar = false;

/**
 * Nodes reachable from `root`, inputs before users (post-order DFS), written into `order` from index 0; returns
 * their count (the array is reused between calls: truncating it would free and regrow its storage). Each node's
 * `pos` is its index; `sawFreed` and `allScalar` describe the nodes found.
 */
function topoSort(root: Node, order: Node[]): number {
  mark = ++stamp;
  found = 0;
  sawFreed = false;
  allScalar = true;
  visit(root, order, 0);
  return found;
}

/** Recursive DFS (cheapest for the usual graphs); from depth 1000 on, the iterative one below. */
function visit(node: Node, order: Node[], depth: number): void {
  node.mark = mark;
  const a = node.in0;
  if (a !== null) {
    visitChild(a.grad_fn, order, depth);
    const b = node.in1;
    if (b !== null) {
      visitChild(b.grad_fn, order, depth);
      const rest = node.inRest;
      if (rest !== null) for (let i = 0; i < rest.length; i++) visitChild(rest[i].grad_fn, order, depth);
    }
  }
  place(node, order);
}

function visitChild(child: Node | null, order: Node[], depth: number): void {
  if (child !== null && child.mark !== mark) {
    if (depth < 1000) visit(child, order, depth + 1);
    else deepVisit(child, order);
  }
}

/** Writes a node whose inputs are all placed into the order. */
function place(node: Node, order: Node[]): void {
  if (node.backwardFn === null) sawFreed = true;
  if (allScalar && (node.retained !== null || !node.scalar)) allScalar = false;
  node.pos = found;
  order[found++] = node;
}

/** `visit` with an explicit stack (deep graphs: a chain of thousands of ops must not overflow the call stack). */
function deepVisit(root: Node, order: Node[]): void {
  let sp = 0;
  let high = 0;
  stack[0] = root;
  next[0] = 0;
  root.mark = mark;
  while (sp >= 0) {
    const node = stack[sp];
    const i = next[sp];
    // (an array per step here: only graphs deeper than 1000 nodes come this way)
    const inputs = node.inputs;
    if (i < inputs.length) {
      next[sp] = i + 1;
      const child = inputs[i].grad_fn;
      if (child !== null && child.mark !== mark) {
        child.mark = mark;
        sp++;
        if (sp > high) high = sp;
        stack[sp] = child;
        next[sp] = 0;
      }
    } else {
      place(node, order);
      sp--;
    }
  }
  // drop references so freed graphs can be collected
  for (let k = 0; k <= high; k++) stack[k] = null as unknown as Node;
}

function castTo(g: Tensor, like: Tensor): Tensor {
  if (g.dtype === like.dtype) return g;
  return g.to(like.dtype);
}

/**
 * Adds `g` into a tensor's `.grad` (creating a fresh tensor the first time). Returns true if it accumulated onto a
 * gradient that was not all zeros (after `zero_grad(set_to_none=False)` or `p.grad.zero_()` nothing piles up).
 */
function accumulate(t: Tensor, g: Tensor, owned = false): boolean {
  const cur = t._grad;
  if (cur === null) {
    if (owned) {
      // a gradient made during this backward and referenced nowhere else becomes `.grad` as it is (AccumulateGrad
      // steals an unshared gradient too)
      t._grad = g;
      t._gradClearedByZeroGrad = false;
      return false;
    }
    // a fresh copy (TypedArray#slice takes V8's slow species path, so allocate and copy by hand)
    const src = g.data;
    const d = allocStorage(t.dtype, src.length);
    if (src.length === 1) d[0] = src[0];
    else d.set(src);
    t._grad = Tensor._make(d, t.shape, t.dtype);
    t._gradClearedByZeroGrad = false;
    return false;
  }
  const d = cur.data;
  const s = g.data;
  let piledUp = false;
  for (let i = 0; i < d.length; i++) {
    if (d[i] !== 0) piledUp = true;
    d[i] += s[i];
  }
  return piledUp;
}

/**
 * Whether gradient `c` (the closure's result for input j) is referenced nowhere else: made during this backward
 * (id ≥ fresh), not handed to another input of the same node, and not the node's incoming gradient `g` unless
 * that one was owned. Only such a gradient may become a leaf's `.grad` without a copy.
 */
function owned(c: Tensor, fresh: number, g: Tensor, gOwned: boolean, grads: (Tensor | null)[], j: number, n: number): boolean {
  if (c.id < fresh || (c === g && !gOwned)) return false;
  for (let k = 0; k < n; k++) if (k !== j && grads[k] === c) return false;
  return true;
}

/**
 * Backward through the graph of `rootNode` (topological order written into the reusable `order`); returns whether
 * a leaf's gradient piled up onto a non-zero one. Leaves `order` holding no nodes (freed graphs can be collected).
 */
function runGraph(rootNode: Node, rootDtype: DType, gradient: Tensor, retainGraph: boolean, order: Node[], track: boolean, leaves: Tensor[]): boolean {
  let accumulated = false;
  const count = topoSort(rootNode, order);
  // a graph of one-element tensors whose nodes all have a scalar pass needs no gradient tensors between nodes
  // (that pass cannot throw, and frees the nodes as it goes)
  if (!sawFreed && allScalar && gradient.data.length === 1 && gradient.dtype === rootDtype) {
    return scalarPass(rootNode, gradient.data[0], order, count, track, leaves, retainGraph);
  }
  try {
    if (sawFreed) throw new RuntimeError(FREED_MSG);
    accumulated = tensorPass(rootNode, gradient, order, count, track, leaves);
  } catch (e) {
    for (let k = 0; k < count; k++) order[k] = null as unknown as Node;
    throw e;
  }
  for (let k = 0; k < count; k++) {
    const node = order[k];
    if (!retainGraph) free(node);
    order[k] = null as unknown as Node; // drop the reference so the freed graph can be collected
  }
  return accumulated;
}

/** After a backward without retain_graph: a node that saved tensors cannot run again. */
function free(node: Node): void {
  if (node.saves) node.backwardFn = null;
}

/**
 * The scalar pass: the tensor pass below for a graph whose tensors all hold one element, with the gradients as
 * numbers (each node's `scalarGrad` rounds as the tensor it would have made stores). Only leaves get tensors.
 * Nodes are freed (unless `retainGraph`) and dropped from `order` as the pass reaches them.
 */
function scalarPass(rootNode: Node, g0: number, order: Node[], count: number, track: boolean, leaves: Tensor[], retainGraph: boolean): boolean {
  if (ACC.length < count) {
    ACC = new Float64Array(count * 2);
    HAS = new Uint8Array(count * 2);
  }
  const acc = ACC;
  const has = HAS;
  const sg = SG;
  let accumulated = false;
  // leaves that had a gradient before this backward → the sum of the gradients reaching them (see PENDING)
  let pending: Map<Tensor, number> | null = null;
  const fresh = Tensor._peekId();
  for (let k = 0; k < count; k++) has[k] = 0;
  acc[rootNode.pos] = g0;
  has[rootNode.pos] = 1;
  for (let k = count - 1; k >= 0; k--) {
    const node = order[k];
    order[k] = null as unknown as Node; // (no reference to the graph stays behind)
    if (!retainGraph) free(node);
    if (has[k] === 0) continue;
    node.scalarGrad!();
    // each input's gradient (in `sg` by input index) goes to the node that made the input, or into a leaf's `.grad`,
    // cast to the input's dtype (castTo); written out here, not in a function taking it as a (boxed) number. (Nodes
    // with a scalar pass have one or two inputs.)
    for (let j = 0; j < 2; j++) {
      const inp = j === 0 ? node.in0 : node.in1;
      if (inp === null) break;
      if (!inp.requires_grad) continue;
      const f32 = inp.dtype === 'float32';
      const v = f32 ? Math.fround(sg[j]) : sg[j];
      const child = inp.grad_fn;
      if (child !== null) {
        const c = child.pos;
        if (has[c] === 0) {
          acc[c] = v;
          has[c] = 1;
        } else {
          acc[c] = f32 ? Math.fround(acc[c] + v) : acc[c] + v; // child.acc.add(c)
        }
      } else if (inp._grad === null || inp._grad.id >= fresh) {
        // a leaf without a gradient before this backward: adding the gradients as they arrive sums them in order
        if (accumulateNumber(inp, v) && track && !leaves.includes(inp)) accumulated = true;
        if (track) leaves.push(inp);
      } else {
        const s = (pending ??= new Map()).get(inp);
        pending.set(inp, s === undefined ? v : f32 ? Math.fround(s + v) : s + v);
      }
    }
  }
  return (pending !== null && addPending(pending, accumulateNumber, track, leaves)) || accumulated;
}

/*
 * PENDING: PyTorch adds the gradients reaching a leaf in its AccumulateGrad node's input buffer and adds that sum to
 * `.grad` once, so a `.grad` that is already there (no `zero_grad()`) gets G + (a + b), not (G + a) + b: in float32
 * the two differ in the last bit (1 gradient in 6 of a Rosenbrock-like loss with x used four times, measured against
 * PyTorch 2.14; tests/golden/f32-cases.ts, `pileup_*`). A leaf without a gradient before the backward gets a + b
 * either way, so both passes add as the gradients arrive then, and keep a sum per leaf only for the others.
 */

/**
 * The scalar pass: the gradient flowing into `node` (its `scalarGrad` reads it here: a number passed as the argument
 * of that polymorphic call would be boxed, one heap number per node).
 */
export const scalarIn = (node: Node): number => ACC[node.pos];

/**
 * The scalar pass: a node's `scalarGrad` writes the gradients of its inputs here, by input index, already rounded
 * as the tensor pass's gradient tensors would store them (a Float64Array: no heap number per value).
 */
export const SG = new Float64Array(2);

/** `accumulate` of a one-element gradient given as a number (a new `.grad` keeps it as one, `Tensor._make1`). */
function accumulateNumber(t: Tensor, v: number): boolean {
  const cur = t._grad;
  if (cur === null) {
    t._grad = Tensor._make1(v, t.shape, t.dtype);
    t._gradClearedByZeroGrad = false;
    return false;
  }
  const d = cur._d;
  if (typeof d === 'number') {
    cur._d = cur.dtype === 'float32' ? Math.fround(d + v) : d + v;
    return d !== 0;
  }
  const piledUp = d[0] !== 0;
  d[0] += v;
  return piledUp;
}

/** The tensor pass: each node's backward closure maps its incoming gradient tensor to its inputs' gradients. */
function tensorPass(rootNode: Node, gradient: Tensor, order: Node[], count: number, track: boolean, leaves: Tensor[]): boolean {
  let accumulated = false;
  // the gradient flowing into each node of the order (by `node.pos`), and whether it was made during this backward
  // and is referenced nowhere else
  const accs: (Tensor | null)[] = new Array<Tensor | null>(count).fill(null);
  const accOwned = new Uint8Array(count);
  accs[rootNode.pos] = gradient;
  // tensors with an id from `fresh` on were made by this backward's closures
  const fresh = Tensor._peekId();
  // leaves that had a gradient before this backward → the sum of the gradients reaching them (see PENDING)
  let pending: Map<Tensor, Tensor> | null = null;
  for (let k = count - 1; k >= 0; k--) {
    const node = order[k];
    const g = accs[k];
    const gOwned = accOwned[k] === 1;
    accs[k] = null;
    if (g === null) continue;
    if (node.retained !== null) accumulate(node.retained, g);
    // (the result may be a shared scratch array: read it fully before calling another closure)
    // (called as a method: a node may keep its operands on itself and read them through `this`)
    const grads = node.backwardFn!(g);
    const inputs = node.inputs;
    for (let j = 0; j < inputs.length; j++) {
      const gi = grads[j];
      const inp = inputs[j];
      if (gi === null || gi === undefined || !inp.requires_grad) continue;
      const child = inp.grad_fn;
      const c = castTo(gi, inp);
      if (child !== null) {
        const a = accs[child.pos];
        if (a === null) {
          accs[child.pos] = c;
          accOwned[child.pos] = owned(c, fresh, g, gOwned, grads, j, inputs.length) ? 1 : 0;
        } else {
          accs[child.pos] = a.add(c);
          accOwned[child.pos] = 1;
        }
      } else if (inp._grad === null || inp._grad.id >= fresh) {
        // a leaf without a gradient before this backward: adding the gradients as they arrive sums them in order
        if (accumulate(inp, c, owned(c, fresh, g, gOwned, grads, j, inputs.length)) && track && !leaves.includes(inp)) accumulated = true;
        if (track) leaves.push(inp);
      } else {
        const s = (pending ??= new Map()).get(inp);
        pending.set(inp, s === undefined ? c : s.add(c));
      }
    }
  }
  return (pending !== null && addPending(pending, accumulate, track, leaves)) || accumulated;
}

/** Adds each pending sum to its leaf's `.grad` (see PENDING); whether one piled up onto a non-zero gradient. */
function addPending<G>(pending: Map<Tensor, G>, add: (t: Tensor, g: G) => boolean, track: boolean, leaves: Tensor[]): boolean {
  let piledUp = false;
  for (const [t, g] of pending) {
    if (add(t, g) && track) piledUp = true;
    if (track) leaves.push(t);
  }
  return piledUp;
}

export function runBackward(root: Tensor, gradient: Tensor, retainGraph: boolean): void {
  // leaf bookkeeping only feeds the 'backward' event: skip it when nobody listens
  const track = hasListeners();
  const leaves: Tensor[] = track ? [] : NO_LEAVES;
  let accumulated = false;
  const prev = gradMode.enabled;
  gradMode.enabled = false;
  try {
    if (root.grad_fn === null) {
      accumulated = accumulate(root, castTo(gradient, root));
      if (track) leaves.push(root);
    } else if (orderBusy) {
      // (backward never re-enters itself, but be safe: a nested call gets its own order array)
      accumulated = runGraph(root.grad_fn, root.dtype, gradient, retainGraph, [], track, leaves);
    } else {
      orderBusy = true;
      try {
        accumulated = runGraph(root.grad_fn, root.dtype, gradient, retainGraph, ORDER, track, leaves);
      } finally {
        orderBusy = false;
      }
    }
  } finally {
    gradMode.enabled = prev;
  }
  if (track && hasListeners()) {
    const loss = elementCount(root) === 1 ? value1(root) : NaN;
    const ids = [...new Set(leaves.map((t) => t.id))];
    emit({ type: 'backward', loss, leaves: ids, accumulated });
    if (elementCount(root) === 1 && !Number.isFinite(loss)) emit({ type: 'nonfinite', where: 'loss', value: loss });
  }
}

function onesLike(t: Tensor): Tensor {
  const one = allocStorage(t.dtype, 1);
  one[0] = 1;
  return Tensor._make(one, t.shape, t.dtype);
}

/**
 * The implicit gradient 1 of a 0-d loss, one per dtype, made once. Backward only reads a gradient it is given
 * (leaves and retain_grad copy one made before the pass), so sharing it between calls is invisible.
 */
const IMPLICIT: Partial<Record<string, Tensor>> = {};
function implicitOne(dtype: Tensor['dtype']): Tensor {
  const g = (IMPLICIT[dtype] ??= onesLike(Tensor._make(allocStorage(dtype, 1), [], dtype)));
  g.data[0] = 1; // (restored, should anything ever have written to it)
  return g;
}

export type BackwardOptions = { gradient?: Tensor | null; retain_graph?: boolean | null; create_graph?: boolean; inputs?: unknown };

/** `t.backward(gradient=None, retain_graph=None)`: `t.backward()`, `t.backward(g)`, `t.backward({ gradient, retain_graph })`. */
export function tensorBackward(t: Tensor, gradient?: BackwardOptions | Tensor | null, opts?: BackwardOptions): void {
  let g: Tensor | null = null;
  let retain = false;
  if (gradient instanceof Tensor) opts = { ...opts, gradient };
  else if (gradient !== undefined && gradient !== null) opts = gradient;
  if (opts !== undefined) {
    const o = checkOptions('backward', opts, ['gradient', 'retain_graph', 'create_graph', 'inputs']);
    if (o.create_graph) throw new RuntimeError('create_graph=True (higher-order gradients) is not supported by this engine');
    if (o.inputs !== undefined) throw new RuntimeError('backward(inputs=...) is not supported by this engine');
    g = o.gradient ?? null;
    retain = !!o.retain_graph;
  }
  if (!t.requires_grad) throw new RuntimeError('element 0 of tensors does not require grad and does not have a grad_fn');
  if (g === null) {
    if (elementCount(t) !== 1) throw new RuntimeError('grad can be implicitly created only for scalar outputs');
    g = t.shape.length === 0 ? implicitOne(t.dtype) : onesLike(t);
  } else if (g.shape.join() !== t.shape.join()) {
    throw new RuntimeError(
      `Mismatch in shape: grad_output[0] has a shape of torch.Size([${g.shape.join(', ')}]) and output[0] has a shape of torch.Size([${t.shape.join(', ')}]).`,
    );
  }
  runBackward(t, g, retain);
}
