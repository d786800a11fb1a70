/**
 * The command line's whole-process time for one résumé (DESIGN.md: ≤ 0.6 s
 * wall): the built bundle started by node, as `npx backend-scout screen` and
 * `npm run screen` start it, from process start to exit. The median of
 * several runs, after one run that warms the file cache.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { buildCli, CLI_BUNDLE } from '../build-cli.mjs';

const RESUME = 'tests/fixtures/resumes/senior-go-payments.json';
const RUNS = 9;

export async function benchCli() {
  await buildCli();
  const once = () => {
    const started = performance.now();
    const result = spawnSync(process.execPath, [CLI_BUNDLE, 'screen', '--json', RESUME], { encoding: 'utf8' });
    const ms = performance.now() - started;
    if (result.status !== 0) throw new Error(`the command failed: ${result.stderr}`);
    return ms;
  };
  once();
  const times = Array.from({ length: RUNS }, once).sort((a, b) => a - b);
  return {
    cliScreenOneResumeMedianMs: Math.round(times[Math.floor(RUNS / 2)]!),
    cliScreenOneResumeWorstMs: Math.round(times[RUNS - 1]!),
  };
}
