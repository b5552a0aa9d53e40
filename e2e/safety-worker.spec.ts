/**
 * The sealed cell worker (issue 14.1): no remote code, no network side channel, no persistent storage from
 * learner code. Every attack runs in a real cell of the test page; a local HTTP listener on 127.0.0.1 (and
 * Playwright's request events) prove that no request left. The dynamic-import spellings that source rewriting
 * cannot see (`eval`, `new Function`, data:) are stopped by the page's Content-Security-Policy `script-src`,
 * which the blob: worker inherits (src/runner/README.md § Safety).
 */
import { expect, test } from '@playwright/test';
import { listen, openCell, runCode, type Listener } from './safety-helpers';

let L: Listener;
test.beforeEach(async ({ context }) => {
  L = await listen(context);
});
test.afterEach(async () => {
  await L.close();
});

/** Each attack prints "LEAK" only if it got through; `blocked` is what the run must show instead. */
const remoteCode = (u: string): [string, string][] => [
  ['import()', `await import("${u}/a.js"); print("LEAK")`],
  ['import/**/()', `await import/**/("${u}/b.js"); print("LEAK")`],
  ['import with a newline', `await import\n("${u}/b2.js"); print("LEAK")`],
  ['eval of a built import', `await eval('imp' + 'ort("${u}/c.js")'); print("LEAK")`],
  ['new Function import', `await new Function('return import("${u}/d.js")')(); print("LEAK")`],
  ['string setTimeout', `setTimeout('import("${u}/e.js")', 0); print("LEAK")`],
  ['string setInterval', `setInterval('import("${u}/e2.js")', 0); print("LEAK")`],
  ['import.meta', `print(import.meta.url); print("LEAK")`],
  ['importScripts', `(self as any).importScripts("${u}/f.js"); print("LEAK")`],
  ['nested Worker', `new (self as any).Worker("${u}/g.js"); print("LEAK")`],
  ['SharedWorker', `new (self as any).SharedWorker("${u}/g2.js"); print("LEAK")`],
  ['service worker registration', `await (self as any).navigator.serviceWorker.register("${u}/h.js"); print("LEAK")`],
  ['blob: URL import', `const b = URL.createObjectURL(new Blob(['import("${u}/i.js")'], { type: 'text/javascript' })); await eval('import(b)'); print("LEAK")`],
  ['data: URL import', `await eval('import("data:text/javascript,import(\\'${u}/j.js\\')")'); print("LEAK")`],
  ['fetch from a prototype', `let o: any = self; let f: any; while (o && !f) { f = Object.getOwnPropertyDescriptor(o, 'fetch')?.value; o = Object.getPrototypeOf(o) } await f("${u}/k"); print("LEAK")`],
];

const sideChannels = (u: string): [string, string][] => [
  ['fetch', `await (self as any).fetch("${u}/n1"); print("LEAK")`],
  ['XMLHttpRequest', `const x = new (self as any).XMLHttpRequest(); x.open("GET", "${u}/n2"); x.send(); print("LEAK")`],
  ['WebSocket', `new (self as any).WebSocket("${u.replace('http', 'ws')}/n3"); print("LEAK")`],
  ['WebSocketStream', `new (self as any).WebSocketStream("${u.replace('http', 'ws')}/n4"); print("LEAK")`],
  ['EventSource', `new (self as any).EventSource("${u}/n5"); print("LEAK")`],
  ['FontFace', `await new (self as any).FontFace("x", "url(${u}/n6.woff2)").load(); print("LEAK")`],
  ['self.fonts', `(self as any).fonts.add(1); print("LEAK")`],
  ['navigator.sendBeacon', `(self as any).navigator.sendBeacon("${u}/n7"); print("LEAK")`],
  ['fetchLater', `(self as any).fetchLater("${u}/n8"); print("LEAK")`],
  ['WebTransport', `new (self as any).WebTransport("https://127.0.0.1:9/n9"); print("LEAK")`],
  ['RTCPeerConnection', `new (self as any).RTCPeerConnection(); print("LEAK")`],
  ['Request + caches', `await (self as any).caches.open("x"); print("LEAK")`],
  ['BroadcastChannel', `new (self as any).BroadcastChannel("oc").postMessage(1); print("LEAK")`],
];

const storage: [string, string][] = [
  ['indexedDB', `(self as any).indexedDB.open("x"); print("LEAK")`],
  ['caches', `await (self as any).caches.keys(); print("LEAK")`],
  ['navigator.storage (OPFS)', `await (self as any).navigator.storage.getDirectory(); print("LEAK")`],
  ['StorageManager', `(self as any).StorageManager.prototype; print("LEAK")`],
  ['webkitRequestFileSystem', `(self as any).webkitRequestFileSystem(0, 1, () => {}); print("LEAK")`],
  ['webkitRequestFileSystemSync', `(self as any).webkitRequestFileSystemSync(0, 1); print("LEAK")`],
  ['webkitResolveLocalFileSystemURL', `(self as any).webkitResolveLocalFileSystemURL("filesystem:x", () => {}); print("LEAK")`],
  ['CookieStore', `await (self as any).cookieStore.set("a", "b"); print("LEAK")`],
  ['redefine a deleted API', `Object.defineProperty(self, 'indexedDB', { value: 1 }); print("LEAK")`],
];

async function expectBlocked(page: import('@playwright/test').Page, attacks: [string, string][]): Promise<void> {
  const cell = await openCell(page, 'en');
  for (const [name, code] of attacks) {
    const r = await runCode(cell, code);
    expect(r.logs.join('\n'), name).not.toContain('LEAK');
    expect(r.status, `${name}: ${JSON.stringify(r.error)}`).toBe('error');
    expect(L.hits, name).toEqual([]);
    expect(L.seen, name).toEqual([]);
  }
  // the cell still works after all of it
  expect(await runCode(cell, 'print(torch.ones([2]).sum().item())')).toMatchObject({ status: 'ok', logs: ['2'] });
}

test('no remote code: every dynamic import spelling, string timers, workers and blob:/data: URLs fetch nothing', async ({ page }) => {
  test.setTimeout(120_000);
  await expectBlocked(page, remoteCode(L.origin));
});

test('no network side channel: request-making APIs are gone from the worker', async ({ page }) => {
  test.setTimeout(120_000);
  await expectBlocked(page, sideChannels(L.origin));
});

test('no persistent storage from learner code', async ({ page }) => {
  test.setTimeout(120_000);
  await expectBlocked(page, storage);
});

test('the import( rewrite leaves strings, comments and templates alone', async ({ page }) => {
  const cell = await openCell(page, 'zh');
  const r = await runCode(cell, 'print("call import(x)") // import(y)\nprint(`import("${1 + 1}")`)');
  expect(r).toMatchObject({ status: 'ok', logs: ['call import(x)', 'import("2")'] });
});
