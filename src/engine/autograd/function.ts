/** Helpers ops use to attach autograd nodes (the micrograd four-beat: build out, closure, attach, return). */
import { Tensor } from '../tensor';
import { gradMode } from './grad-mode';
import { Node, type BackwardFn } from './node';

/** True when an op on these inputs must record a graph node. */
export function needsGrad(a: Tensor, b?: Tensor | null): boolean {
  return gradMode.enabled && (a.requires_grad || (b != null && b.requires_grad));
}

/** Attaches a grad_fn to `out` (call only when needsGrad said yes). `saves`: the closure uses saved tensors. */
export function attach(out: Tensor, name: string, inputs: Tensor[], fn: BackwardFn, saves = true): Tensor {
  out.requires_grad = true;
  out.grad_fn = new Node(name, inputs[0] ?? null, inputs[1] ?? null, inputs.length > 2 ? inputs.slice(2) : null, fn, saves, false);
  return out;
}
