/**
 * The core/extras split (./lazy.ts): the registry names exactly what extras.ts installs, the core alone has
 * stubs with a clear error, the source scan sees TypeScript and Python spellings, and loading the extras fills
 * the core's own namespace objects. Each core-only check runs in a fresh module graph (vi.resetModules).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LAZY_NAMES, needsExtras, type LazyPath } from './lazy';

type Core = typeof import('./core');
type Ns = Record<string, unknown>;
const at = (torch: Ns, path: LazyPath): Ns => path.split('.').reduce((o, k) => o[k] as Ns, torch);

let core: Core;
beforeEach(async () => {
  vi.resetModules();
  core = await import('./core');
});

describe('the core without the extras', () => {
  it('has every lazy name as a stub that throws a clear RuntimeError, called or constructed', () => {
    expect(core.extrasInstalled()).toBe(false);
    const torch = core.torch as unknown as Ns;
    for (const [path, names] of Object.entries(LAZY_NAMES) as [LazyPath, readonly string[]][]) {
      for (const name of names) {
        const stub = at(torch, path)[name] as (...a: unknown[]) => unknown;
        expect(typeof stub).toBe('function');
        const msg = `torch.${path}.${name} is loaded on demand and this run did not load it`;
        expect(() => stub()).toThrow(msg);
        expect(() => new (stub as unknown as new () => unknown)()).toThrow(expect.objectContaining({ name: 'RuntimeError' }));
      }
    }
  });

  it("an optimizer's state_dict()/load_state_dict() and a module's load_state_dict() (helpers in the extras) give the clear error", () => {
    const opt = core.optim.SGD(core.nn.Linear(2, 1).parameters(), { lr: 0.1 });
    expect(() => opt.state_dict()).toThrow('torch.optim.Optimizer.state_dict is loaded on demand and this run did not load it: write its name (state_dict)');
    expect(() => opt.load_state_dict({ state: {}, param_groups: [] })).toThrow(expect.objectContaining({ name: 'RuntimeError' }));
    const model = core.nn.Linear(2, 1);
    expect(model.state_dict()['weight']!.shape).toEqual([1, 2]); // a module's state_dict() is the core's
    expect(() => model.load_state_dict(model.state_dict())).toThrow('torch.nn.Module.load_state_dict is loaded on demand and this run did not load it: write its name (load_state_dict)');
  });

  it('keeps the common optimizers real', () => {
    const { optim, nn, torch } = core;
    const opt = optim.SGD(nn.Linear(2, 1).parameters(), { lr: 0.1 });
    expect(String(opt)).toContain('SGD (');
    expect(torch.ones(2).sum().item()).toBe(2);
  });
});

describe('loadExtras', () => {
  it('installs exactly the registry, into the objects the core handed out before', async () => {
    const before = core.optim.lr_scheduler;
    const data = core.torch.utils.data;
    const clip = core.nn.utils;
    await core.loadExtras();
    expect(core.extrasInstalled()).toBe(true);
    const extras = await import('./extras');
    expect(Object.keys(extras.optimExtras)).toEqual(LAZY_NAMES.optim);
    expect(Object.keys(extras.lr_scheduler)).toEqual(LAZY_NAMES['optim.lr_scheduler']);
    expect(Object.keys(extras.data)).toEqual(LAZY_NAMES['utils.data']);
    expect(Object.keys(extras.nnUtils)).toEqual(LAZY_NAMES['nn.utils']);
    expect(Object.keys(extras.nnExtras)).toEqual(LAZY_NAMES.nn);
    expect(core.optim.lr_scheduler).toBe(before);
    expect(before.StepLR).toBe(extras.lr_scheduler.StepLR);
    expect(data.DataLoader).toBe(extras.data.DataLoader);
    expect(clip.clip_grad_norm_).toBe(extras.nnUtils.clip_grad_norm_);
    expect(core.optim.LBFGS).toBe(extras.optimExtras.LBFGS);
    // PyTorch's class names survive minification for the installed classes too
    expect(core.optim.LBFGS.name).toBe('LBFGS');
    const sgd = core.optim.SGD(core.nn.Linear(1, 1).parameters(), { lr: 0.1 });
    expect(sgd.state_dict().param_groups[0]!.lr).toBe(0.1);
    const lin = core.nn.Linear(1, 1);
    expect(String(lin.load_state_dict(lin.state_dict()))).toBe('<All keys matched successfully>');
    const sched = core.optim.lr_scheduler.StepLR(core.optim.SGD(core.nn.Linear(1, 1).parameters(), { lr: 1 }), 2);
    expect(sched).toBeInstanceOf(core.optim.lr_scheduler.LRScheduler);
  });

  it('index.ts is the whole engine, synchronously', async () => {
    const full = await import('./index');
    expect(core.extrasInstalled()).toBe(true);
    expect(full.optim.lr_scheduler.StepLR.name).toBe('StepLR');
  });
});

describe('needsExtras', () => {
  it.each([
    'const s = optim.lr_scheduler.StepLR(opt, { step_size: 3 })',
    'from torch.optim.lr_scheduler import OneCycleLR',
    'from torch.optim import lr_scheduler',
    'import { lr_scheduler } from "torch/optim"',
    'opt = optim.LBFGS([w])',
    'const { TensorDataset, DataLoader } = torch.utils.data',
    'from torch.utils.data import DataLoader, TensorDataset',
    'from torch.utils import data',
    'const d = torch.utils . data',
    'torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)',
    'optimizer = torch.optim.NAdam(params)',
    'torch.save(optimizer.state_dict())',
    'opt.load_state_dict(saved)',
    'const drop = nn.Dropout(0.5)',
    'h = F.dropout(h, p=0.2, training=self.training)',
  ])('%s → loads the extras', (src) => expect(needsExtras(src)).toBe(true));

  it.each([
    'const o = optim.Adam(model.parameters(), { lr: 0.001 })',
    'opt = torch.optim.SGD(params, lr=0.1, momentum=0.9)',
    'const data = torch.randn(3); print(data)',
    'const StepLRate = 1; const myLBFGSx = 2',
  ])('%s → core only', (src) => expect(needsExtras(src)).toBe(false));
});
