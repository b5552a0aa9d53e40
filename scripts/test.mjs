/**
 * `npm test`: every test, in the fewest minutes the machine allows.
 *   1. the browser check (scripts/ensure-browser.mjs: Debian's Chromium and a CJK font, installed as root);
 *   2. the unit tests (`npm run test:unit`) and the type check (`npm run check`) side by side: the type check is
 *      one busy thread for most of its run, so the unit tests' two workers fill the other core;
 *   3. the test build (`npm run build:test`), which writes dist/ and .astro/ (never beside `astro check`, which
 *      writes .astro/ too);
 *   4. the e2e suite (`npm run test:e2e`) on that build.
 * Each step's output is streamed line by line; the side-by-side ones are prefixed with their name. The first
 * failing step ends the run with its exit code, and says which step it was.
 */
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command, streaming its output (prefixed when `prefix` is given); resolves to its exit code. */
function run(name, cmd, args, prefix) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
    if (prefix) {
      for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
        let rest = '';
        from.setEncoding('utf8');
        from.on('data', (chunk) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop();
          for (const line of lines) to.write(`[${name}] ${line}\n`);
        });
        from.on('end', () => rest && to.write(`[${name}] ${rest}\n`));
      }
    }
    child.on('error', (err) => {
      console.error(`[${name}] could not start: ${err.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function fail(step, code) {
  console.error(`\nnpm test: ${step} failed (exit code ${code})`);
  process.exit(code || 1);
}

const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

let code = await run('browser', process.execPath, ['scripts/ensure-browser.mjs']);
if (code !== 0) fail('the browser check', code);

console.log('\nnpm test: unit tests and type check, side by side');
const [unit, check] = await Promise.all([run('unit', npm, ['run', 'test:unit'], true), run('check', npm, ['run', 'check'], true)]);
if (unit !== 0) fail('the unit tests', unit);
if (check !== 0) fail('the type check', check);
console.log(`npm test: unit tests and type check passed (${seconds()})\n`);

code = await run('build', npm, ['run', 'build:test']);
if (code !== 0) fail('the test build', code);
console.log(`npm test: build done (${seconds()})\n`);

code = await run('e2e', npm, ['run', 'test:e2e']);
if (code !== 0) fail('the e2e tests', code);
console.log(`\nnpm test: all passed in ${seconds()}`);
