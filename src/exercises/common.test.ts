import { describe, expect, it } from 'vitest';
import { format } from '../i18n/define';
import checks from '../i18n/strings/checks';
import { runFailure } from './common';
import type { RunResult } from './types';

const errored = (message: string, line?: number): RunResult =>
  ({ status: 'error', error: { kind: 'runtime', name: 'TypeError', message, line }, logs: [], trace: { events: [], optimizers: [], plots: {}, elapsedMs: 0 } }) as unknown as RunResult;

describe('runFailure', () => {
  it('quotes an error message that ends with a full stop without doubling it, in both languages', () => {
    for (const r of [errored('w.add(w) is the method to use.', 3), errored('element 0 of tensors does not require grad。')]) {
      const v = runFailure(r)!;
      expect(v.pass).toBe(false);
      for (const lang of ['en', 'zh'] as const) {
        const text = format(checks[lang][v.key as keyof (typeof checks)['en']], v.params as Record<string, string | number>);
        expect(text).not.toMatch(/\.\.|\.。|。。|。\./);
      }
    }
  });
  it('keeps a message without a final full stop as it is', () => {
    expect(runFailure(errored('boom', 2))!.params).toMatchObject({ message: 'boom', line: 2 });
  });
});
