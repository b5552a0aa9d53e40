import { describe, expect, it } from 'vitest';
import { checkOptions, closestKey } from './options';

describe('checkOptions', () => {
  it('accepts known keys, undefined and null', () => {
    expect(checkOptions('tensor', { dtype: 'float64' }, ['dtype', 'requires_grad'])).toEqual({ dtype: 'float64' });
    expect(checkOptions('tensor', undefined, ['dtype'])).toEqual({});
    expect(checkOptions('tensor', null, ['dtype'])).toEqual({});
  });

  it('rejects a typo with the Python message, the valid keys and a guess', () => {
    expect(() => checkOptions('tensor', { requires_grd: true }, ['dtype', 'requires_grad'])).toThrow(
      new TypeError(
        "tensor() got an unexpected keyword argument 'requires_grd' (valid keyword arguments: dtype, requires_grad; did you mean 'requires_grad'?)",
      ),
    );
  });

  it('gives no guess for an unrelated key', () => {
    expect(() => checkOptions('Adam', { zzz: 1 }, ['lr', 'betas'])).toThrow(
      /^Adam\(\) got an unexpected keyword argument 'zzz' \(valid keyword arguments: lr, betas\)$/,
    );
  });

  it('rejects a non-object where options belong', () => {
    expect(() => checkOptions('SGD', 0.1 as unknown as object, ['lr'])).toThrow(TypeError);
  });

  it('closestKey finds near misses only', () => {
    expect(closestKey('weight_decy', ['lr', 'weight_decay'])).toBe('weight_decay');
    expect(closestKey('momentum', ['lr', 'eps'])).toBeUndefined();
  });
});
