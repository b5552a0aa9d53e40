/**
 * The whole engine: the core (./core.ts) with the extras installed (./extras.ts: schedulers, LBFGS and the rarer
 * optimizers, torch.utils.data). `torch` (with torch.nn, torch.nn.functional, torch.optim,
 * torch.optim.lr_scheduler, torch.utils.data) and the shorthands `nn`, `optim`, `F`, complete and synchronous:
 * for tests, labs and the Python bridge. The TypeScript cell worker uses ./core.ts and loads the extras on demand.
 */
import './extras';

export { torch, nn, F, optim } from './core';
