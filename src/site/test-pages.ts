/**
 * Test-only pages (`/{lang}/dev/…`: cells the e2e suite and the benchmarks need, which no lesson has) are built only
 * when `OC_TEST_PAGES=1` is set, as `npm test` and `npm run bench` do. `npm start` and a plain `npm run build` ship
 * the site without them.
 */
export const TEST_PAGES_ENV = 'OC_TEST_PAGES';

export function testPagesEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env[TEST_PAGES_ENV] === '1';
}
