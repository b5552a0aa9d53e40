/**
 * Renders the app icons in public/icons/ (web app manifest, src/pages/[lang]/manifest.webmanifest.ts) from the
 * favicon's drawing: 192 and 512 px "any" icons (rounded square) and a 512 px "maskable" one (full bleed, the
 * drawing inside the 80 % safe zone). The PNGs are committed; run again after changing the drawing:
 * `npx node scripts/make-icons.mjs` (sharp comes with Astro).
 */
import sharp from 'sharp';

// The favicon's curve and ball (public/favicon.svg), on a 32-unit grid.
const drawing = '<path d="M5 8c4 0 5 15 11 15s7-9 11-9" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/><circle cx="16" cy="23" r="3.2" fill="#ffc94d"/>';
const any = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f5fbf"/>${drawing}</svg>`;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1f5fbf"/><g transform="translate(3.2 3.2) scale(0.8)">${drawing}</g></svg>`;

for (const [svg, size, file] of [
  [any, 192, 'icon-192.png'],
  [any, 512, 'icon-512.png'],
  [maskable, 512, 'icon-maskable-512.png'],
]) {
  await sharp(Buffer.from(svg), { density: (72 * size) / 32 }).resize(size, size).png().toFile(`public/icons/${file}`);
  console.log(`public/icons/${file}`);
}
