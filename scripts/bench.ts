/**
 * `npm run bench`: measures speed and size against the budgets of DESIGN.md
 * and prints one JSON document. Timings live here, never in tests.
 */
import { spawnSync } from 'node:child_process';
import { benchSizes } from './bench/sizes';

function build() {
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('the production build failed');
}

async function main() {
  build();
  const figures: Record<string, unknown> = { measuredAt: new Date().toISOString(), node: process.version };
  figures.sizes = benchSizes();
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
