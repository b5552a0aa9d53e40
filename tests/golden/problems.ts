/**
 * The optimizer problems of tests/optim-cases.ts written with the public engine API, line for line
 * like scripts/golden/gen_optim.py, plus the optimizer builder shared by the optimizer suites.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- engine values are driven by case tables */
import { torch, optim } from '../../src/engine/index';
import { PROBLEMS, type OptimCase, type Options, type ProblemName } from '../optim-cases';
import { nest } from './compare';

export type Params = Record<string, any>;

export const dtypeOf = (d: 'float32' | 'float64'): any => (d === 'float32' ? torch.float32 : torch.float64);

/** Fresh leaf params (requires_grad) from the problem's explicit data. */
export function makeParams(problem: ProblemName, dtype: 'float32' | 'float64'): Params {
  const out: Params = {};
  for (const [name, spec] of Object.entries(PROBLEMS[problem].params)) {
    out[name] = torch.tensor(nest(spec.data, spec.shape) as any, { dtype: dtypeOf(dtype), requires_grad: true });
  }
  return out;
}

export function makeData(dtype: 'float32' | 'float64'): { X: any; Y: any } {
  const { X, Y } = PROBLEMS.linear;
  return {
    X: torch.tensor(nest(X.data, X.shape) as any, { dtype: dtypeOf(dtype) }),
    Y: torch.tensor(nest(Y.data, Y.shape) as any, { dtype: dtypeOf(dtype) }),
  };
}

/** Same expression (and operation order) as loss_fn in gen_optim.py. */
export function lossFn(problem: ProblemName, P: Params, step: number, X: any, Y: any): any {
  if (problem === 'rosen') {
    const { x, y } = P;
    return x.sub(1).pow(2).add(y.sub(x.mul(x)).pow(2).mul(100));
  }
  let loss = X.matmul(P.W.t()).add(P.b).sub(Y).pow(2).mean();
  if (problem === 'extra') {
    loss = loss.add(P.z.mul(0).sum());
    if (step % 2 === 1) loss = loss.add(P.e.mul(P.e).sum().mul(0.5));
  }
  return loss;
}

/** `optim.Adam(params)` / `optim.Adam(params, { lr: 0.05 })` / param groups, as a learner writes it. */
export function buildOptimizer(c: OptimCase, P: Params): any {
  const ctor = (optim as any)[c.optim];
  if (typeof ctor !== 'function') throw new Error(`optim.${c.optim} is not exported by the engine`);
  const later = c.addGroup?.params ?? [];
  const params = c.groups
    ? c.groups.map((g) => ({ params: g.params.map((n) => P[n]), ...copy(g.options) }))
    : Object.entries(P).filter(([n]) => !later.includes(n)).map(([, p]) => p);
  return Object.keys(c.options).length ? ctor(params, copy(c.options)) : ctor(params);
}

const copy = (o: Options): Options =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]));

/** Clones params for a reload: `p.detach().clone().requires_grad_()`. */
export function cloneParams(P: Params): Params {
  return Object.fromEntries(Object.entries(P).map(([n, p]) => [n, p.detach().clone().requires_grad_()]));
}

function clearGrads(c: OptimCase, opt: any): void {
  if (c.zero_grad === 'zeros') opt.zero_grad({ set_to_none: false });
  else if (c.zero_grad !== 'skip') opt.zero_grad();
}

/** `lr_scheduler.StepLR(opt, { step_size: 3, gamma: 0.5 })`, or null when the case has none. */
export function buildScheduler(c: OptimCase, opt: any): any {
  if (!c.scheduler) return null;
  const ctor = (optim.lr_scheduler as any)[c.scheduler.type];
  if (typeof ctor !== 'function') throw new Error(`optim.lr_scheduler.${c.scheduler.type} is not exported by the engine`);
  return ctor(opt, copy(c.scheduler.options));
}

/** scheduler.step() after opt.step(); ReduceLROnPlateau gets the step's loss. */
export function stepScheduler(c: OptimCase, sched: any, loss: number): void {
  if (!sched) return;
  if (c.scheduler!.type === 'ReduceLROnPlateau') sched.step(loss);
  else sched.step();
}

/** One outer step as in the tutorial (LBFGS: step(closure)); returns the loss as a number. */
export function oneStep(c: OptimCase, opt: any, P: Params, step: number, X: any, Y: any): number {
  if (c.addGroup && step === c.addGroup.at) {
    opt.add_param_group({ params: c.addGroup.params.map((n) => P[n]), ...copy(c.addGroup.options) });
  }
  if (c.optim === 'LBFGS') {
    const loss = opt.step(() => {
      clearGrads(c, opt);
      const l = lossFn(c.problem, P, step, X, Y);
      l.backward();
      return l;
    });
    return loss.item();
  }
  clearGrads(c, opt);
  const loss = lossFn(c.problem, P, step, X, Y);
  loss.backward();
  opt.step();
  return loss.item();
}

/** Concatenated flat values of every param (the fixture's `params[step]` layout). */
export function flatParams(P: Params): number[] {
  return Object.values(P).flatMap((p) => {
    const v = p.tolist();
    return Array.isArray(v) ? (v.flat(Infinity) as number[]) : [v as number];
  });
}

/** Turns a flat index into "W[4]" using the fixture layout. */
export function labeller(layout: [string, number[]][]): (i: number) => string {
  return (i) => {
    let off = 0;
    for (const [name, shape] of layout) {
      const n = shape.reduce((a, b) => a * b, 1);
      if (i < off + n) return `${name}[${i - off}]`;
      off += n;
    }
    return String(i);
  };
}

/**
 * Runs `fn` under torch.set_default_dtype(d), as the generators do (float64 cases run with
 * set_default_dtype(float64), which also makes scalar optimizer state float64), then restores it.
 */
export function withDefaultDtype<T>(d: 'float32' | 'float64', fn: () => T): T {
  const t = torch as any;
  if (typeof t.set_default_dtype !== 'function') {
    if (d === 'float32') return fn();
    throw new Error('torch.set_default_dtype is not exported by the engine ' +
      '(the golden generator runs float64 cases under torch.set_default_dtype(torch.float64))');
  }
  const prev = typeof t.get_default_dtype === 'function' ? t.get_default_dtype() : torch.float32;
  t.set_default_dtype(dtypeOf(d));
  try {
    return fn();
  } finally {
    t.set_default_dtype(prev);
  }
}
