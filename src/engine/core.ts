/**
 * The engine's core, which the cell worker loads eagerly: `torch` (with torch.nn, torch.nn.functional,
 * torch.optim) and the shorthands `nn`, `optim`, `F`. Public names follow PyTorch; everything else follows TS.
 * The names of ./lazy.ts (schedulers, LBFGS and the rarer optimizers, torch.utils.data) are typed as present but
 * are stubs until `loadExtras()` has installed the extras chunk; ./index.ts is core + extras, always complete.
 */
export { torch } from './torch';
export { nn } from './nn/index';
export * as F from './nn/functional';
export { optim } from './optim/index';
export { needsExtras, extrasInstalled } from './lazy';

/** Loads the extras chunk (./extras.ts) and installs it into the namespaces above; cheap once loaded. */
export async function loadExtras(): Promise<void> {
  await import('./extras');
}
