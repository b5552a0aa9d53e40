import { describe, expect, it } from 'vitest';
import { boolParam, enumParam, fmtParam, listParam, numParam, readLabHash, writeLabHash } from './url-state';

describe('lab URL state', () => {
  it('round-trips params through the hash', () => {
    const hash = writeLabHash('race', { s: 'rosenbrock', o: 'sgd,adam', lr: '0.003' });
    expect(hash).toBe('#lab=race&s=rosenbrock&o=sgd,adam&lr=0.003');
    expect(readLabHash(hash, 'race')).toEqual({ s: 'rosenbrock', o: 'sgd,adam', lr: '0.003' });
  });
  it('ignores hashes of other labs, cell share links and headings', () => {
    expect(readLabHash('#lab=lr&lr=0.1', 'race')).toBeNull();
    expect(readLabHash('#cell=guide-loop&code=abc', 'race')).toBeNull();
    expect(readLabHash('#s3', 'race')).toBeNull();
    expect(readLabHash('', 'race')).toBeNull();
  });
  it('parses values defensively', () => {
    const p = readLabHash('#lab=x&a=0.5&b=abc&c=9&e=adam&f=zz&l=adam,foo,sgd&t=1&u=0', 'x');
    expect(numParam(p, 'a', 1, 0, 1)).toBe(0.5);
    expect(numParam(p, 'b', 1)).toBe(1);
    expect(numParam(p, 'c', 1, 0, 5)).toBe(1);
    expect(numParam(p, 'missing', 7)).toBe(7);
    expect(enumParam(p, 'e', ['sgd', 'adam'] as const, 'sgd')).toBe('adam');
    expect(enumParam(p, 'f', ['sgd', 'adam'] as const, 'sgd')).toBe('sgd');
    expect(listParam(p, 'l', ['sgd', 'adam', 'rmsprop'] as const, ['rmsprop'])).toEqual(['sgd', 'adam']);
    expect(listParam(p, 'nope', ['sgd', 'adam'] as const, ['adam'])).toEqual(['adam']);
    expect(boolParam(p, 't', false)).toBe(true);
    expect(boolParam(p, 'u', true)).toBe(false);
    expect(boolParam(null, 'u', true)).toBe(true);
  });
  it('formats numbers short but faithful', () => {
    expect(fmtParam(0.1 + 0.2)).toBe('0.3');
    expect(fmtParam(0.0031622776601683794)).toBe('0.00316228');
    expect(fmtParam(2)).toBe('2');
  });
});
