/**
 * Types of the cell environment, for editors and for `npm run check`, which type-checks every cell, starter and
 * solution under strict settings with it (tsconfig.learner.json):
 * the names every cell has predefined (torch, nn, optim, F, plot, print) and the "torch" modules cells may
 * import from (see core.ts for the runtime side). Ambient (no top-level import/export) on purpose.
 */
type OcEngine = typeof import('../engine/index');
type OcScalar = number | { item(): number };
interface OcPlotOptions {
  /** log-scale y axis */
  log?: boolean;
}

/** Types to annotate cell code with, e.g. `(params: Params) => optim.SGD(params, { lr })`, `forward(x: Tensor)`. */
type Tensor = import('../engine/tensor').Tensor;
/** An nn.Module (a model or a layer). */
type Module = import('../engine/nn/module').Module;
/** An optimizer from torch.optim. */
type Optimizer = import('../engine/optim/optimizer').Optimizer;
/** A learning-rate scheduler from torch.optim.lr_scheduler. */
type LRScheduler = import('../engine/optim/lr-scheduler/base').LRScheduler;
/** What an optimizer takes: model.parameters(), a list of tensors, or parameter groups. */
type Params = import('../engine/optim/optimizer').ParamsInput;

declare const torch: OcEngine['torch'];
declare const nn: OcEngine['nn'];
declare const optim: OcEngine['optim'];
declare const F: OcEngine['F'];
/** Adds a point to the named series of the cell's live chart: plot('loss', epoch, loss.item()). */
declare function plot(series: string, x: OcScalar, y: OcScalar, opts?: OcPlotOptions): void;
/** Adds the next point (x = its index) to the named series: plot('loss', loss). */
declare function plot(series: string, y: OcScalar, opts?: OcPlotOptions): void;
/** Prints to the cell's output, like console.log (tensors print like PyTorch). */
declare function print(...args: unknown[]): void;

declare module 'torch' {
  const torch: OcEngine['torch'];
  const nn: OcEngine['nn'];
  const optim: OcEngine['optim'];
  const F: OcEngine['F'];
  export { torch, nn, optim, F };
  export default torch;
}
declare module 'torch/nn' {
  const nn: OcEngine['nn'];
  export = nn;
}
declare module 'torch/optim' {
  const optim: OcEngine['optim'];
  export = optim;
}
declare module 'torch/nn/functional' {
  const F: OcEngine['F'];
  export = F;
}
