/**
 * The engine's on-demand part: the one list of names that live in the extras chunk (./extras.ts: the learning-rate
 * schedulers, LBFGS and the rarer optimizers, `torch.utils.data`, gradient clipping, dropout, loading and saving state dicts)
 * instead of the core (./core.ts), which the cell
 * worker loads eagerly. Until the extras are installed, each lazy name in the core's namespaces is a stub that
 * throws a clear error when used; `installExtras` (called by extras.ts when it loads) puts the real values into
 * the same objects, so references taken earlier (`const s = optim.lr_scheduler`) see them too.
 *
 * Runners call `needsExtras(source)` before running learner code and load the chunk when the source names any
 * lazy name (TypeScript and Python spellings alike: `StepLR`, `LBFGS`, `lr_scheduler`, `utils.data`, …).
 */
import { RuntimeError } from './errors';
import type { packStateDict, unpackStateDict } from './optim/state-dict';
import type { loadModuleStateDict } from './nn/load-state-dict';
import type { dropout } from './nn/dropout';

/** Lazy names per namespace path (relative to `torch`). extras.ts must provide exactly these (tested). */
export const LAZY_NAMES = {
  nn: ['Dropout'],
  optim: ['RMSprop', 'Adagrad', 'Adadelta', 'Adamax', 'NAdam', 'RAdam', 'Rprop', 'ASGD', 'LBFGS'],
  'optim.lr_scheduler': [
    'LRScheduler', 'StepLR', 'MultiStepLR', 'ExponentialLR', 'ConstantLR', 'LinearLR', 'PolynomialLR',
    'CosineAnnealingLR', 'CosineAnnealingWarmRestarts', 'CyclicLR', 'OneCycleLR', 'LambdaLR', 'MultiplicativeLR',
    'SequentialLR', 'ChainedScheduler', 'ReduceLROnPlateau',
  ],
  'nn.utils': ['clip_grad_norm_', 'clip_grad_value_'],
  'utils.data': [
    'Dataset', 'TensorDataset', 'DataLoader', 'Sampler', 'SequentialSampler', 'RandomSampler', 'BatchSampler',
    'default_collate',
  ],
} as const;

export type LazyPath = keyof typeof LAZY_NAMES;

/**
 * Helpers of core methods whose bodies live in the extras (save and resume): the optimizers' `state_dict()` /
 * `load_state_dict()` and `nn.Module.load_state_dict()`. Each names the method learners call (what the source
 * scan looks for, and what the error names).
 */
export interface LazyFunctions {
  packOptimizerState: typeof packStateDict;
  unpackOptimizerState: typeof unpackStateDict;
  loadModuleState: typeof loadModuleStateDict;
  dropout: typeof dropout;
}
const LAZY_FUNCTIONS: Record<keyof LazyFunctions, string> = {
  packOptimizerState: 'torch.optim.Optimizer.state_dict',
  unpackOptimizerState: 'torch.optim.Optimizer.load_state_dict',
  loadModuleState: 'torch.nn.Module.load_state_dict',
  dropout: 'torch.nn.functional.dropout',
};
const methodName = (full: string): string => full.slice(full.lastIndexOf('.') + 1);

/** Namespace names that only the extras fill (a source naming one needs them: `from torch.utils import data`). */
const LAZY_NAMESPACES = ['lr_scheduler', 'utils\\s*\\.\\s*data', 'utils\\s*import\\s+data'];

const LAZY_RE = new RegExp(
  `\\b(?:${[...Object.values(LAZY_NAMES).flat(), ...Object.values(LAZY_FUNCTIONS).map(methodName), ...LAZY_NAMESPACES].join('|')})\\b`,
);

/** True when learner code names anything of the extras chunk (comments and strings count: loading is harmless). */
export function needsExtras(source: string): boolean {
  return LAZY_RE.test(source);
}

function notLoaded(full: string, name: string): RuntimeError {
  return new RuntimeError(
    `${full} is loaded on demand and this run did not load it: write its name (${name}) in the cell's code so the runner loads it before the run`,
  );
}

/** A stub standing for a lazy name until the extras are installed: calling or constructing it throws. */
function stub(path: LazyPath, name: string): () => never {
  const f = function (): never {
    throw notLoaded(`torch.${path}.${name}`, name);
  };
  Object.defineProperty(f, 'name', { value: name });
  return f;
}

/** The stubs of one namespace path, to spread into the core's namespace object. */
export function lazyStubs(path: LazyPath): Record<string, () => never> {
  return Object.fromEntries(LAZY_NAMES[path].map((name) => [name, stub(path, name)]));
}

type Namespace = Record<string, unknown>;
const targets = new Map<LazyPath, Namespace>();
let functions: LazyFunctions | undefined;
let installed = false;

/** The extras' helper behind a core method (`lazyFunction('loadModuleState')`); the clear error until installed. */
export function lazyFunction<K extends keyof LazyFunctions>(name: K): LazyFunctions[K] {
  if (!functions) throw notLoaded(LAZY_FUNCTIONS[name], methodName(LAZY_FUNCTIONS[name]));
  return functions[name];
}

/** The core registers the object that holds each path's names (stubs until installExtras). */
export function registerLazyTarget(path: LazyPath, target: Namespace): void {
  targets.set(path, target);
}

/** Puts the real values into the core's namespaces and helpers (idempotent). Called once by extras.ts. */
export function installExtras(values: Record<LazyPath, Namespace>, helpers: LazyFunctions): void {
  if (installed) return;
  for (const [path, target] of targets) Object.assign(target, values[path]);
  functions = helpers;
  installed = true;
}

/** Whether the extras chunk has been installed in this context. */
export function extrasInstalled(): boolean {
  return installed;
}
