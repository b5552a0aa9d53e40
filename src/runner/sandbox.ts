/**
 * Seals a worker's global scope before learner code runs in it (TypeScript and Python cells alike), as defence
 * in depth next to the page's Content-Security-Policy, which the blob: cell worker inherits (README § Safety).
 *
 * `seal(scope)` removes every API that makes a request, keeps data beyond the run, or starts other contexts,
 * from the scope and its prototype chain and pins each name to `undefined`; it also removes blob:/data: URL
 * minting and string timers. Call it once, after everything the runtime needs has loaded (the engine and
 * sucrase; Pyodide loads its files and compiles its WebAssembly first, and needs neither fetch nor any of these
 * afterwards). Works on any object with a prototype chain, so it is unit-testable in Node.
 *
 * The list is the result of enumerating a dedicated worker's global scope in Chromium 156 (every own property of
 * `self` and its prototypes) and deciding for each name that can reach the network, persistent storage,
 * devices or other browsing contexts. `eval('import(u)')` cannot be caught here: the CSP's `script-src` blocks it.
 */

/** Request-making APIs (a URL goes out): fetch and its kin, sockets, streams, fonts, push and background sync. */
const NETWORK = [
  'fetch', 'Request', 'XMLHttpRequest', 'XMLHttpRequestEventTarget', 'XMLHttpRequestUpload',
  'WebSocket', 'WebSocketStream', 'WebSocketError', 'EventSource', 'WebTransport', 'WebTransportBidirectionalStream',
  'WebTransportDatagramDuplexStream', 'WebTransportError', 'FontFace', 'FontFaceSet', 'fonts', 'importScripts',
  'fetchLater', 'BackgroundFetchManager', 'BackgroundFetchRecord', 'BackgroundFetchRegistration', 'PushManager',
  'PushSubscription', 'PushSubscriptionOptions', 'SyncManager', 'PeriodicSyncManager', 'ServiceWorkerRegistration',
  'NavigationPreloadManager', 'RTCPeerConnection', 'RTCDataChannel', 'RTCRtpScriptTransformer', 'ReportingObserver',
  'Notification', 'Image',
] as const;

/** Storage that outlives the run (IndexedDB, Cache API, OPFS / File System, storage buckets, cookies). */
const STORAGE = [
  'indexedDB', 'IDBFactory', 'caches', 'Cache', 'CacheStorage', 'StorageManager', 'StorageBucket',
  'StorageBucketManager', 'FileSystemDirectoryHandle', 'FileSystemFileHandle', 'FileSystemHandle',
  'FileSystemObserver', 'FileSystemSyncAccessHandle', 'FileSystemWritableFileStream', 'webkitRequestFileSystem',
  'webkitRequestFileSystemSync', 'webkitResolveLocalFileSystemURL', 'webkitResolveLocalFileSystemSyncURL',
  'TEMPORARY', 'PERSISTENT', 'CookieStore', 'cookieStore', 'localStorage', 'sessionStorage',
] as const;

/**
 * Other contexts, devices and sensors: nested workers, cross-context channels, and `navigator` (storage / OPFS,
 * locks, permissions, USB, serial, HID, GPU, sendBeacon and serviceWorker all hang off it).
 */
const CONTEXTS = [
  'Worker', 'SharedWorker', 'ServiceWorker', 'BroadcastChannel', 'navigator', 'WorkerNavigator', 'LockManager',
  'Lock', 'Permissions', 'HID', 'USB', 'Serial', 'IdleDetector', 'PressureObserver', 'GPU',
] as const;

/** Global names taken away from learner code in the worker. */
export const BLOCKED_GLOBALS: readonly string[] = [...NETWORK, ...STORAGE, ...CONTEXTS];

/** Removes each name from the scope and its prototypes, then pins it to `undefined`. Returns what was blocked. */
export function neutralize(scope: object, names: readonly string[] = BLOCKED_GLOBALS): string[] {
  const blocked: string[] = [];
  for (const name of names) {
    let had = false;
    for (let o: object | null = scope; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
      const d = Object.getOwnPropertyDescriptor(o, name);
      if (!d) continue;
      had = true;
      try {
        delete (o as Record<string, unknown>)[name];
      } catch {
        /* non-configurable: pinned below */
      }
    }
    try {
      Object.defineProperty(scope, name, { value: undefined, writable: false, configurable: false, enumerable: false });
    } catch {
      /* already pinned */
    }
    if (had) blocked.push(name);
  }
  return blocked;
}

/** Pins a property of an object to a value (non-writable, non-configurable). */
function pin(o: object, name: string, value: unknown): void {
  try {
    Object.defineProperty(o, name, { value, writable: false, configurable: false, enumerable: false });
  } catch {
    /* already pinned */
  }
}

/** Timers that take a string compile it like eval; only functions are allowed. */
function functionOnlyTimer<F extends (...a: never[]) => unknown>(original: F, name: string): F {
  return function (this: unknown, handler: unknown, ...rest: unknown[]) {
    if (typeof handler !== 'function') throw new TypeError(`${name}: pass a function, not a string of code`);
    return (original as unknown as (...a: unknown[]) => unknown).call(this, handler, ...rest);
  } as unknown as F;
}

/**
 * Seals a worker scope: blocks BLOCKED_GLOBALS, removes `URL.createObjectURL` (no blob: code to import) and
 * makes `setTimeout`/`setInterval` refuse strings. Idempotent. Returns the names that were present and blocked.
 */
export function seal(scope: object): string[] {
  const s = scope as Record<string, unknown>;
  const blocked = neutralize(scope);
  const url = s.URL as { createObjectURL?: unknown } | undefined;
  if (url && typeof url.createObjectURL === 'function') {
    pin(url, 'createObjectURL', undefined);
    blocked.push('URL.createObjectURL');
  }
  for (const name of ['setTimeout', 'setInterval'] as const) {
    const t = s[name];
    if (typeof t === 'function' && !(t as { sealed?: boolean }).sealed) {
      const wrapped = functionOnlyTimer(t as (...a: never[]) => unknown, name);
      pin(wrapped, 'sealed', true);
      for (let o: object | null = scope; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
        if (Object.getOwnPropertyDescriptor(o, name) && o !== scope) {
          try {
            delete (o as Record<string, unknown>)[name];
          } catch {
            /* pinned below */
          }
        }
      }
      pin(scope, name, wrapped);
    }
  }
  return blocked;
}
