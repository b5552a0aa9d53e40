import { describe, expect, it } from 'vitest';
import { neutralize } from './sandbox';

describe('neutralize', () => {
  it('removes names from the scope and its prototype chain and pins them to undefined', () => {
    class Base {
      fetch() {
        return 'network';
      }
    }
    const scope = new Base() as Base & Record<string, unknown>;
    scope.WebSocket = () => 'socket';
    const blocked = neutralize(scope, ['fetch', 'WebSocket', 'indexedDB']);
    expect(blocked).toEqual(['fetch', 'WebSocket']);
    expect(scope.fetch).toBeUndefined();
    expect(scope.WebSocket).toBeUndefined();
    expect(() => {
      'use strict';
      scope.fetch = () => 'again';
    }).toThrow(TypeError);
    expect(scope.fetch).toBeUndefined();
    expect('indexedDB' in scope && scope.indexedDB).toBeFalsy();
  });
});
