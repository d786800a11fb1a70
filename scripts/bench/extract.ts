/**
 * Time to read the huge LinkedIn fixture (25 roles, 80 skills, 370 KB) in
 * Chromium, where the content script runs it (budget 25 ms, DESIGN.md). The
 * extractor is bundled as the content script would carry it, the page is
 * served at its real address, and each read is timed in the page.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../tests/browser/harness';

const FIXTURE = 'tests/fixtures/pages/linkedin/huge-pat-okonkwo.html';
const URL_OF_FIXTURE = 'https://www.linkedin.com/in/pat-okonkwo/';
/** Reads before timing starts, so the JIT has seen the code, as it has after a content script's first read. */
const WARM_UP = 3;
const RUNS = 25;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function benchExtract(): Promise<Record<string, number>> {
  const bundle = await build({
    entryPoints: ['lib/extract/linkedin.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'ScoutExtract',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
  });
  const code = bundle.outputFiles[0]!.text;
  const html = readFileSync(FIXTURE);

  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    // Nothing leaves the machine: the profile is served from the fixture, everything else (images, styles) is refused.
    await page.route('**/*', (route) =>
      route.request().url() === URL_OF_FIXTURE ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
    );
    await page.goto(URL_OF_FIXTURE);
    await page.addScriptTag({ content: code });
    const times = await page.evaluate(
      ({ warmUp, runs }) => {
        const api = (globalThis as unknown as { ScoutExtract: typeof import('../../lib/extract/linkedin') }).ScoutExtract;
        const out: number[] = [];
        for (let i = 0; i < warmUp + runs; i++) {
          const start = performance.now();
          const result = api.extractLinkedInProfile(document, new URL(location.href));
          const elapsed = performance.now() - start;
          if (result.kind !== 'profile' || result.profile.work?.length !== 25) throw new Error(`the huge fixture was not read: ${result.kind}`);
          if (i >= warmUp) out.push(elapsed);
        }
        return out;
      },
      { warmUp: WARM_UP, runs: RUNS },
    );
    return {
      extractHugeLinkedInMedianMs: Number(median(times).toFixed(2)),
      extractHugeLinkedInMaxMs: Number(Math.max(...times).toFixed(2)),
    };
  } finally {
    await browser.close();
  }
}

// `npx tsx scripts/bench/extract.ts` runs this measurement alone.
if (process.argv[1] && /scripts[\\/]bench[\\/]extract\.ts$/.test(process.argv[1])) {
  benchExtract().then(
    (figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`),
    (error: unknown) => {
      console.error(`extract bench failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
