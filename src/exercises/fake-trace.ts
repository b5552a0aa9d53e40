/**
 * Hand-made traces for checker unit tests: a tiny recorder that emits the same training events the engine emits,
 * with the engine's rule for `backward.accumulated` (some leaf already held a non-zero gradient; fake
 * traces never zero a gradient in place, so a non-null one counts).
 * Test-only; nothing in the site imports it.
 */
import type { RunResult, RunTrace, TraceParam, TrainingEvent } from './types';

interface FakeOpt {
  id: number;
  name: string;
  lr: number;
  options: Record<string, unknown>;
  params: TraceParam[];
}

export class FakeTrace {
  events: TrainingEvent[] = [];
  plots: RunTrace['plots'] = {};
  private opts: FakeOpt[] = [];
  private hasGrad = new Set<number>();
  private edited = new Set<number>();
  /** When true, steps move nothing (lr 0 or zero gradients). */
  frozen = false;
  private nextId = 1;

  /** A parameter tensor (returns its id). */
  param(data: number[], shape: number[] = [data.length]): TraceParam {
    return { id: this.nextId++, shape, data };
  }

  optimizer(name: string, params: TraceParam[], options: Record<string, unknown> = {}): number {
    const id = 100 + this.opts.length;
    const lr = Number(options.lr ?? 0.001);
    const all = { lr, weight_decay: 0, ...options };
    this.opts.push({ id, name, lr, options: all, params });
    this.events.push({
      type: 'optimizer:create', optimizer: id, name: name as never, options: all,
      groups: [{ params: params.map((p) => p.id), lr, options: all }],
    });
    return id;
  }

  private paramsOf(opt: number): number[] {
    return this.opts.find((o) => o.id === opt)!.params.map((p) => p.id);
  }

  zero(opt: number, setToNone = true): this {
    const params = this.paramsOf(opt);
    if (setToNone) for (const p of params) this.hasGrad.delete(p);
    this.events.push({ type: 'optimizer:zero_grad', optimizer: opt, set_to_none: setToNone, params });
    return this;
  }

  moduleZero(params: number[]): this {
    for (const p of params) this.hasGrad.delete(p);
    this.events.push({ type: 'module:zero_grad', set_to_none: true, params });
    return this;
  }

  /** Setting `.grad = null` by hand: no event, the next backward is not accumulating. */
  clearByHand(leaves: number[]): this {
    for (const p of leaves) this.hasGrad.delete(p);
    return this;
  }

  backward(loss: number, leaves: number[]): this {
    const accumulated = leaves.some((l) => this.hasGrad.has(l));
    for (const l of leaves) this.hasGrad.add(l);
    this.events.push({ type: 'backward', loss, leaves, accumulated });
    return this;
  }

  backwardFor(opt: number, loss: number): this {
    return this.backward(loss, this.paramsOf(opt));
  }

  /** Parameters changed by hand since the last step (fill_, .data writes): the next step reports them as edited. */
  editByHand(params: number[]): this {
    for (const p of params) this.edited.add(p);
    return this;
  }

  step(opt: number, lrs?: number[]): this {
    const o = this.opts.find((x) => x.id === opt)!;
    const count = this.events.filter((e) => e.type === 'optimizer:step' && e.optimizer === opt).length + 1;
    this.events.push({
      type: 'optimizer:step', optimizer: opt, count, lrs: lrs ?? [o.lr],
      updated: o.params.map((p) => p.id), skipped: [],
      edited: o.params.map((p) => p.id).filter((id) => this.edited.has(id)),
      moved: this.frozen ? [] : o.params.map((p) => p.id),
    });
    for (const p of o.params) this.edited.delete(p.id);
    return this;
  }

  /** The usual loop: zero_grad → backward → step for each loss (plotting under `series` if given). */
  train(opt: number, losses: number[], series?: string): this {
    losses.forEach((l, i) => {
      this.zero(opt).backwardFor(opt, l).step(opt);
      if (series) this.plot(series, i, l);
    });
    return this;
  }

  plot(series: string, x: number, y: number): this {
    (this.plots[series] ??= []).push([x, y]);
    return this;
  }

  /** Sets an optimizer's final parameter values (what the runner snapshots after the run). */
  finalValues(opt: number, values: number[][]): this {
    const o = this.opts.find((x) => x.id === opt)!;
    o.params = o.params.map((p, i) => ({ ...p, data: values[i] ?? p.data }));
    return this;
  }

  result(status: RunResult['status'] = 'ok', error?: RunResult['error']): RunResult {
    return {
      status,
      error,
      logs: [],
      trace: {
        events: this.events,
        optimizers: this.opts.map((o) => ({
          id: o.id, name: o.name, groups: [{ lr: o.lr, options: o.options, params: o.params }],
        })),
        plots: this.plots,
        elapsedMs: 1,
      },
    };
  }
}

/** A geometric loss curve from `first` shrinking by `ratio` each epoch. */
export const decaying = (first: number, ratio: number, n: number): number[] =>
  Array.from({ length: n }, (_, i) => first * ratio ** i);
