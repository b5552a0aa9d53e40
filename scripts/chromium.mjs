/**
 * The browser of every browser test and benchmark: Debian's Chromium (scripts/ensure-browser.mjs installs it), run
 * headless by Playwright with the switches below. One place for both: playwright.config.ts, scripts/ensure-browser.mjs
 * and scripts/bench/*.mjs import them.
 */
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // CI containers run as root
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Chromium preloads its address bar's popup (chrome://omnibox-popup.top-chrome/, and its "AI mode" variant) as two
  // WebUI pages for every new window, headless too: two renderer processes for each page a test opens, busier than
  // the site's page itself. Nothing here uses the address bar. Measured: 20 page visits with an axe check each took
  // 58–69 CPU-seconds with the popups and 41 without; the whole e2e suite about a third less CPU.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
