/**
 * Draws the extension's icons: one SVG (below, the source of truth) rendered
 * by the system Chromium at 16, 32, 48 and 128 px into public/icon/<size>.png,
 * which WXT copies into the build and wxt.config.ts names in the manifest.
 *
 *   npx tsx scripts/icons.ts
 *
 * The PNGs are committed, so a build never needs a browser; run this again
 * only after changing the drawing. The mark is a magnifier over a stack of
 * two server bars (a scout looking at backends), in the design system's
 * accent blue, with strokes thick enough to survive 16 px.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/browser/harness';

export const ICON_SIZES = [16, 32, 48, 128] as const;

/** 128 × 128 units; every shape lands on whole pixels at 32 and 128. */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#0b5cad"/>
  <rect x="22" y="30" width="52" height="16" rx="5" fill="#cfe3fa"/>
  <rect x="22" y="54" width="40" height="16" rx="5" fill="#cfe3fa"/>
  <circle cx="30" cy="38" r="3.5" fill="#0b5cad"/>
  <circle cx="30" cy="62" r="3.5" fill="#0b5cad"/>
  <circle cx="74" cy="74" r="24" fill="#0b5cad" stroke="#ffffff" stroke-width="12"/>
  <path d="M91 91 L106 106" stroke="#ffffff" stroke-width="16" stroke-linecap="round"/>
  <path d="M64 75 l7 7 l13 -15" fill="none" stroke="#5ee08a" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

async function main() {
  const out = resolve('public/icon');
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${ICON_SVG}`,
      );
      writeFileSync(`${out}/${size}.png`, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(`icons written to ${out}: ${ICON_SIZES.join(', ')} px\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
