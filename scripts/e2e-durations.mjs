/**
 * Reads a Playwright JSON report and prints the slowest e2e tests and the time per spec file, to set timeouts from
 * measured durations (playwright.config.ts) and to find tests that do too much:
 *   PLAYWRIGHT_JSON_OUTPUT_NAME=/tmp/e2e.json npx playwright test --reporter=json,line
 *   node scripts/e2e-durations.mjs /tmp/e2e.json [top=20]
 */
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/e2e-durations.mjs <report.json> [top]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const rows = [];
const walk = (suite, specFile) => {
  const f = suite.file ?? specFile;
  for (const s of suite.suites ?? []) walk(s, f);
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests) for (const r of t.results) rows.push({ s: r.duration / 1000, file: f, title: spec.title, status: r.status });
  }
};
for (const s of report.suites) walk(s);
rows.sort((a, b) => b.s - a.s);
const top = Number(topArg ?? 20);
console.log(`slowest ${Math.min(top, rows.length)} of ${rows.length} tests:`);
for (const r of rows.slice(0, top)) console.log(`${r.s.toFixed(1).padStart(7)} s  ${r.status.padEnd(8)} ${r.file}: ${r.title}`);
const byFile = new Map();
for (const r of rows) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r.s]);
console.log('\nper spec file: tests, sum, max, median (s)');
for (const [f, v] of [...byFile].sort((a, b) => b[1].reduce((x, y) => x + y) - a[1].reduce((x, y) => x + y))) {
  const sorted = [...v].sort((a, b) => a - b);
  console.log(`${f.padEnd(22)} ${String(v.length).padStart(4)} ${v.reduce((x, y) => x + y).toFixed(0).padStart(6)} ${sorted.at(-1).toFixed(1).padStart(6)} ${sorted[Math.floor(v.length / 2)].toFixed(1).padStart(6)}`);
}
const wall = (report.stats?.duration ?? 0) / 1000;
console.log(`\nwall ${wall.toFixed(0)} s, test time ${rows.reduce((x, r) => x + r.s, 0).toFixed(0)} s`);
