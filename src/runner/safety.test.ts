import { describe, expect, it } from 'vitest';
import { execute } from './execute';
import { formatValue } from './format';

describe('runner safety (Node, the same execute as the worker)', () => {
  it('prints what a string says, even when it contains import(', async () => {
    const r = await execute('print("call import(x)")\nprint(`import("y")`) // import(z)');
    expect(r.status).toBe('ok');
    expect(r.logs).toEqual(['call import(x)', 'import("y")']);
  });

  it('refuses a dynamic import in every spelling the rewrite can see', async () => {
    for (const code of ['await import("https://127.0.0.1:9/x.js")', 'await import/**/("data:text/javascript,1")', 'await import\n("u")']) {
      const r = await execute(code);
      expect(r.error, code).toMatchObject({ name: 'ImportError' });
    }
  });

  it('prints an invalid date as "Invalid Date" instead of failing', async () => {
    expect(formatValue(new Date(NaN))).toBe('Invalid Date');
    const r = await execute('print(new Date(NaN))');
    expect(r).toMatchObject({ status: 'ok', logs: ['Invalid Date'] });
  });

  it('says when the code has ended, before the optimizers are snapshotted', async () => {
    const order: string[] = [];
    const code = [
      'const p = torch.zeros([2], { requires_grad: true })',
      'const o = optim.SGD([p], { lr: 0.1 })',
      "Object.defineProperty(o.param_groups[0], 'probe', { enumerable: true, get() { print('snapshot'); return 1 } })",
      "print('end of code')",
    ].join('\n');
    const r = await execute(code, { onLog: (t) => order.push(t), onCodeEnd: () => order.push('ended') });
    expect(r.status).toBe('ok');
    expect(order).toEqual(['end of code', 'ended', 'snapshot']); // the getter runs while snapshotting, after the end
    expect(r.trace.optimizers).toHaveLength(1);
  });
});
