/**
 * A node of the autograd graph (PyTorch's `grad_fn`), micrograd style: each op builds its output, then attaches
 * a Node whose `backward` closure maps the output's gradient to one gradient per input (null = no gradient).
 *
 *   out = a.mul(b)  →  out.grad_fn = Node('MulBackward0', [a, b], g => [g.mul(b), g.mul(a)], saves = true)
 *
 * Lifecycle: created by an op when grad mode is on and some input requires grad → used by backward() →
 * freed after backward() unless retain_graph. A freed node that saved tensors (`saves`) raises PyTorch's
 * "backward through the graph a second time" error; one that saved nothing (add, sub, neg, sum…) can run again.
 */
import type { Storage, Tensor } from '../tensor';

/** Called as `node.backwardFn(g)`: `this` is the node (closures ignore it; node subclasses read their fields). */
export type BackwardFn = (this: Node, grad: Tensor) => (Tensor | null)[];

/**
 * Scratch result arrays for hot backward closures: the driver reads a closure's result before it calls the
 * next closure, so a closure may return one of these (filled in) instead of allocating a new array.
 */
export const one: (Tensor | null)[] = [null];
export const two: (Tensor | null)[] = [null, null];
export function result1(a: Tensor | null): (Tensor | null)[] {
  one[0] = a;
  return one;
}
export function result2(a: Tensor | null, b: Tensor | null): (Tensor | null)[] {
  two[0] = a;
  two[1] = b;
  return two;
}

/** One-element scratch storages of a dtype for one-element kernels (unary ops, the scalar pass, gradStorage). */
export interface Scratch1 { g: Storage; r: Storage; x: Storage; y: Storage }
const scratchOf = (A: new (n: number) => Storage): Scratch1 => ({ g: new A(1), r: new A(1), x: new A(1), y: new A(1) });
const S32 = scratchOf(Float32Array);
const S64 = scratchOf(Float64Array);
export const scratch1 = (dtype: string): Scratch1 => (dtype === 'float32' ? S32 : S64);

export class Node {
  /** PyTorch's class name, shown as `grad_fn=<MulBackward0>`. */
  declare readonly name: string;
  /**
   * The input tensors, in fields rather than an array (most ops have one or two, and a W3 step would otherwise
   * allocate an array per op): `in0`, then `in1`, then `inRest` (the inputs after the second, or null). An absent
   * input is null; `inputs` gives them as an array.
   */
  declare readonly in0: Tensor | null;
  declare readonly in1: Tensor | null;
  declare readonly inRest: Tensor[] | null;
  /** null once freed after saving tensors (a backward without retain_graph): it cannot run again. */
  declare backwardFn: BackwardFn | null;
  declare readonly saves: boolean;
  /** The non-leaf tensor that called retain_grad() (its grad is kept). */
  declare retained: Tensor | null;
  /** Scratch during backward(): visit stamp for the topological sort. */
  declare mark: number;
  /**
   * Whether this node can run in the scalar pass: its op has a `scalarGrad` and its tensors hold one element
   * (known when the op records the node, and read by the sort as a field rather than a call per node).
   */
  declare readonly scalar: boolean;

  constructor(name: string, in0: Tensor | null, in1: Tensor | null, inRest: Tensor[] | null, backwardFn: BackwardFn, saves: boolean, scalar: boolean) {
    this.name = name;
    this.in0 = in0;
    this.in1 = in1;
    this.inRest = inRest;
    this.backwardFn = backwardFn;
    this.saves = saves;
    this.retained = null;
    this.mark = 0;
    this.pos = 0;
    this.scalar = scalar;
  }

  /**
   * Scratch during backward(): this node's index in the topological order (the scalar pass keeps the gradients
   * flowing into nodes in a Float64Array at these indices: a number field would box every node's double).
   */
  declare pos: number;

  /**
   * The scalar pass (backward through a graph whose tensors all hold one element, see backward.ts): from the
   * incoming gradient (`scalarIn(this)`), writes each input's gradient into `SG` by input index (inputs that do not
   * require grad may be left out). Only nodes made with `scalar` true have it.
   */
  scalarGrad?(): void;

  /** The input tensors as an array (a new one per call: backward's hot loops read the fields). */
  get inputs(): Tensor[] {
    return [this.in0, this.in1, ...(this.inRest ?? [])].filter((t) => t !== null);
  }

  /** Python's `grad_fn.name()`. */
  name_(): string {
    return this.name;
  }

  /** `grad_fn.next_functions`-like view: the input nodes (null for leaves / constants). */
  get next_functions(): (Node | null)[] {
    return this.inputs.map((t) => t.grad_fn);
  }

  toString(): string {
    return `<${this.name} object>`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}
