/**
 * The backward driver: topological sort from the root's grad_fn, then one pass in reverse order applying each
 * node's backward closure and summing gradients (micrograd's `backward()`, iterative so deep graphs are fine).
 * Leaves accumulate into `.grad` (in place after the first time, as PyTorch's AccumulateGrad does).
 */
import { emit, hasListeners } from '../events';
import { RuntimeError } from '../errors';
import { checkOptions } from '../options';
import { allocStorage, Tensor } from '../tensor';
import { gradMode } from './grad-mode';
import type { Node } from './node';

const FREED_MSG =
  'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.';

let stamp = 0;
// DFS scratch, reused between calls (backward never re-enters itself); `sp` is the stack height
const stack: Node[] = [];
const next: number[] = [];
const NO_LEAVES: Tensor[] = [];
const ORDER: Node[] = [];
const NO_NODES: Node[] = [];
let orderBusy = false;

/** Nodes reachable from `root`, inputs before users (iterative post-order DFS). */
function topoSort(root: Node, order: Node[]): Node[] {
  const mark = ++stamp;
  let sp = 0;
  let high = 0;
  stack[0] = root;
  next[0] = 0;
  root.mark = mark;
  while (sp >= 0) {
    const node = stack[sp];
    const i = next[sp];
    if (i < node.inputs.length) {
      next[sp] = i + 1;
      const child = node.inputs[i].grad_fn;
      if (child !== null && child.mark !== mark) {
        child.mark = mark;
        sp++;
        if (sp > high) high = sp;
        stack[sp] = child;
        next[sp] = 0;
      }
    } else {
      order.push(node);
      sp--;
    }
  }
  // drop references so freed graphs can be collected
  for (let k = 0; k <= high; k++) stack[k] = null as unknown as Node;
  return order;
}

function castTo(g: Tensor, like: Tensor): Tensor {
  if (g.dtype === like.dtype) return g;
  return g.to(like.dtype);
}

/**
 * Adds `g` into a tensor's `.grad` (creating a fresh tensor the first time). Returns true if it accumulated onto a
 * gradient that was not all zeros (after `zero_grad(set_to_none=False)` or `p.grad.zero_()` nothing piles up).
 */
function accumulate(t: Tensor, g: Tensor): boolean {
  const cur = t._grad;
  if (cur === null) {
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

export function runBackward(root: Tensor, gradient: Tensor, retainGraph: boolean): void {
  // leaf bookkeeping only feeds the 'backward' event: skip it when nobody listens
  const track = hasListeners();
  const leaves: Tensor[] = track ? [] : NO_LEAVES;
  let accumulated = false;
  const prev = gradMode.enabled;
  let order: Node[] = NO_NODES;
  let owns = false;
  gradMode.enabled = false;
  try {
    if (root.grad_fn === null) {
      accumulated = accumulate(root, castTo(gradient, root));
      if (track) leaves.push(root);
    } else {
      // reuse the scratch order array unless a backward is already running (it never re-enters, but be safe)
      owns = !orderBusy;
      orderBusy = true;
      order = topoSort(root.grad_fn, owns ? ORDER : []);
      for (const node of order) if (node.freed && node.saves) throw new RuntimeError(FREED_MSG);
      root.grad_fn.acc = gradient;
      for (let k = order.length - 1; k >= 0; k--) {
        const node = order[k];
        const g = node.acc;
        node.acc = null;
        if (g === null) continue;
        if (node.retained !== null) accumulate(node.retained, g);
        // (the result may be a shared scratch array: read it fully before calling another closure)
        const grads = (node.backwardFn as (g: Tensor) => (Tensor | null)[])(g);
        const inputs = node.inputs;
        for (let j = 0; j < inputs.length; j++) {
          const gi = grads[j];
          const inp = inputs[j];
          if (gi === null || gi === undefined || !inp.requires_grad) continue;
          const child = inp.grad_fn;
          if (child !== null) {
            const c = castTo(gi, inp);
            child.acc = child.acc === null ? c : child.acc.add(c);
          } else {
            if (accumulate(inp, castTo(gi, inp)) && track && !leaves.includes(inp)) accumulated = true;
            if (track) leaves.push(inp);
          }
        }
      }
      if (!retainGraph) {
        for (const node of order) {
          node.freed = true;
          if (node.saves) node.backwardFn = null;
        }
      }
    }
  } finally {
    gradMode.enabled = prev;
    if (owns) {
      ORDER.length = 0; // drop the references so freed graphs can be collected
      orderBusy = false;
    }
  }
  if (track && hasListeners()) {
    const loss = root.data.length === 1 ? root.data[0] : NaN;
    const ids = [...new Set(leaves.map((t) => t.id))];
    emit({ type: 'backward', loss, leaves: ids, accumulated });
    if (root.data.length === 1 && !Number.isFinite(loss)) emit({ type: 'nonfinite', where: 'loss', value: loss });
  }
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
    if (t.data.length !== 1) throw new RuntimeError('grad can be implicitly created only for scalar outputs');
    const one = allocStorage(t.dtype, 1);
    one[0] = 1;
    g = Tensor._make(one, t.shape, t.dtype);
  } else if (g.shape.join() !== t.shape.join()) {
    throw new RuntimeError(
      `Mismatch in shape: grad_output[0] has a shape of torch.Size([${g.shape.join(', ')}]) and output[0] has a shape of torch.Size([${t.shape.join(', ')}]).`,
    );
  }
  runBackward(t, g, retain);
}
