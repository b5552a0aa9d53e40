import { describe, expect, it } from 'vitest';
import { BLOCKED_GLOBALS, neutralize, seal } from './sandbox';

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

describe('seal', () => {
  it('blocks the registry, blob: URL minting and string timers, and stays idempotent', () => {
    let ran = 0;
    const proto = { fetch: () => 'net', indexedDB: {}, webkitRequestFileSystem: () => 'fs', fonts: {} };
    const scope = Object.assign(Object.create(proto) as Record<string, unknown>, {
      URL: { createObjectURL: (): string => 'blob:x' },
      setTimeout: (h: () => void) => {
        h();
        return 1;
      },
      setInterval: (h: () => void) => {
        h();
        return 2;
      },
      navigator: { storage: {} },
      WebSocketStream: class {},
    });
    const blocked = seal(scope);
    expect(blocked).toEqual(expect.arrayContaining(['fetch', 'indexedDB', 'webkitRequestFileSystem', 'fonts', 'navigator', 'WebSocketStream', 'URL.createObjectURL']));
    for (const n of ['fetch', 'indexedDB', 'webkitRequestFileSystem', 'fonts', 'navigator', 'WebSocketStream']) expect(scope[n]).toBeUndefined();
    expect((scope.URL as { createObjectURL?: unknown }).createObjectURL).toBeUndefined();
    expect(() => (scope.setTimeout as (h: unknown) => void)('ran++')).toThrow(TypeError);
    expect(() => (scope.setInterval as (h: unknown) => void)('ran++')).toThrow(TypeError);
    (scope.setTimeout as (h: () => void) => void)(() => ran++);
    expect(ran).toBe(1);
    expect(() => seal(scope)).not.toThrow();
    (scope.setTimeout as (h: () => void) => void)(() => ran++);
    expect(ran).toBe(2);
  });

  it('lists every storage and request API the issue names', () => {
    for (const n of ['FontFace', 'fonts', 'WebSocketStream', 'fetchLater', 'WebTransport', 'RTCPeerConnection', 'webkitRequestFileSystem', 'webkitRequestFileSystemSync', 'webkitResolveLocalFileSystemURL', 'indexedDB', 'caches', 'StorageManager', 'navigator', 'importScripts', 'Worker', 'SharedWorker'])
      expect(BLOCKED_GLOBALS).toContain(n);
  });
});
