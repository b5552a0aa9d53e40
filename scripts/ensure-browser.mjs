// First step of `npm test`: the e2e suite needs Debian's Chromium and a CJK font (for Chinese glyphs).
// If they are missing: as root, install them with apt-get; otherwise stop with one line saying what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from './chromium.mjs';

const PACKAGES = ['chromium', 'fonts-wqy-microhei'];
const INSTALL = `apt-get update && apt-get install -y ${PACKAGES.join(' ')}`;

function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

const missing = [];
if (!existsSync(CHROMIUM)) missing.push('chromium');
if (!hasCjkFont()) missing.push('a CJK font');

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Missing ${missing.join(' and ')} for the browser tests: run \`sudo sh -c '${INSTALL}'\` and try again.`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(' and ')}: ${INSTALL}`);
  execFileSync('sh', ['-c', `export DEBIAN_FRONTEND=noninteractive; ${INSTALL}`], { stdio: 'inherit' });
  if (!existsSync(CHROMIUM) || !hasCjkFont()) {
    console.error(`Still missing ${missing.join(' and ')} after \`${INSTALL}\`.`);
    process.exit(1);
  }
}
