import { buildSync } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Engine from './index';

// The site ships the engine minified, which renames classes: reprs must not depend on `constructor.name`.
let E: typeof Engine;
beforeAll(async () => {
  const out = buildSync({
    entryPoints: [new URL('./index.ts', import.meta.url).pathname],
    bundle: true, minify: true, format: 'esm', write: false, logLevel: 'error',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'oc-min-')), 'engine.mjs');
  writeFileSync(file, out.outputFiles[0]!.text);
  E = (await import(pathToFileURL(file).href)) as typeof Engine;
}, 60_000);

describe('PyTorch class names survive minification', () => {
  it('module, loss, optimizer and scheduler reprs', () => {
    const { nn, optim, torch } = E;
    expect(String(nn.Linear(2, 1))).toBe('Linear(in_features=2, out_features=1, bias=True)');
    expect(String(nn.MSELoss())).toBe('MSELoss()');
    expect(String(nn.Sequential(nn.Linear(2, 3), nn.ReLU()))).toBe(
      'Sequential(\n  (0): Linear(in_features=2, out_features=3, bias=True)\n  (1): ReLU()\n)',
    );
    const p = [torch.zeros(1, { requires_grad: true })];
    expect(String(optim.Adam(p)).split('\n')[0]).toBe('Adam (');
    const opt = optim.SGD(p, { lr: 0.1 });
    expect(String(opt).split('\n')[0]).toBe('SGD (');
    expect(String(optim.lr_scheduler.StepLR(opt, { step_size: 1 }))).toBe('<torch.optim.lr_scheduler.StepLR object>');
    expect(nn.Linear.name).toBe('Linear');
  });

  it('type names in error messages', () => {
    const { nn, torch } = E;
    expect(() => torch.exp(nn.Linear(1, 1) as never)).toThrow("exp(): argument 'input' (position 1) must be Tensor, not Linear");
  });

  it("a learner's subclass keeps its own name", () => {
    const { nn } = E;
    class Net extends nn.Module {
      fc = nn.Linear(1, 1);
    }
    expect(String(new Net())).toBe('Net(\n  (fc): Linear(in_features=1, out_features=1, bias=True)\n)');
  });
});
