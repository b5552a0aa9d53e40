/**
 * The engine's public API: `torch` (with torch.nn, torch.nn.functional, torch.optim, torch.optim.lr_scheduler)
 * and the shorthands `nn`, `optim`, `F`. Public names follow PyTorch; everything else follows TS.
 */
export { torch } from './torch';
export { nn } from './nn/index';
export * as F from './nn/functional';
export { optim } from './optim/index';
