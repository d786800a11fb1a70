// `npm test`: type check, unit tests, then the real-browser tests against a
// fresh test build. Every part runs; the exit status is non-zero if any fails.
// A missing Chromium is a failure with the install command, never a skip.
//
//   node scripts/test.mjs            everything (npm test)
//   node scripts/test.mjs unit       type check and the unit tests (npm run test:unit)
//   node scripts/test.mjs browser    the real-browser tests in Chromium (npm run test:browser)
//   node scripts/test.mjs firefox    web-ext lint and the real-browser tests in Firefox (npm run test:firefox)
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { buildCli } from './build-cli.mjs';
import { CHROMIUM_INSTALL_HINT, findChromium, run } from './run.mjs';

const PARTS = ['unit', 'browser', 'firefox'];
const asked = process.argv.slice(2);
for (const part of asked) {
  if (!PARTS.includes(part)) {
    console.error(`Unknown part "${part}": choose from ${PARTS.join(', ')}, or nothing for all.`);
    process.exit(2);
  }
}
const wants = (part) => asked.length === 0 || asked.includes(part);

const steps = [];
const totals = { passed: 0, failed: 0 };

function vitest(name, args) {
  const report = `.output/vitest-${name}.json`;
  const status = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests + (json.numTotalTestSuites && !json.success && !json.numFailedTests ? 1 : 0);
    rmSync(report);
  } catch {
    totals.failed += 1; // the runner itself failed before reporting
  }
  steps.push([name, status]);
}

async function step(name, work) {
  try {
    await work();
    steps.push([name, 0]);
    return true;
  } catch (error) {
    console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    steps.push([name, 1]);
    return false;
  }
}

if (wants('unit')) {
  console.log('\n== Type check');
  steps.push(['type check', run('npx', ['tsc', '--noEmit'])]);

  console.log('\n== Unit tests (Node)');
  // A few CLI tests run the built command as a real process.
  if (await step('command-line build', buildCli)) vitest('unit', []);
}

if (wants('browser')) {
  console.log('\n== Real-browser tests (Chromium)');
  if (!findChromium()) {
    console.error(`No Chromium found: the real-browser tests cannot run. Install it with: ${CHROMIUM_INSTALL_HINT}`);
    steps.push(['real-browser tests: no Chromium', 1]);
    totals.failed += 1;
  } else {
    const built = run('npx', ['wxt', 'build'], { BACKEND_SCOUT_TEST: '1' });
    steps.push(['test build', built]);
    if (built === 0) vitest('browser', ['-c', 'vitest.browser.config.ts']);
  }
}

if (wants('firefox')) firefox();

/**
 * Firefox: `web-ext lint` of a production build (and what its manifest
 * promises), then the real-Firefox suite (tests/firefox) against a test
 * build. The lint needs no Firefox; the suite does, and a missing Firefox is
 * a failure with the install command, never a skip.
 */
function firefox() {
  console.log('\n== Firefox: web-ext lint and manifest of the production build');
  const production = run('npx', ['wxt', 'build', '-b', 'firefox'], { BACKEND_SCOUT_OUT_DIR: '.output/lint' });
  steps.push(['Firefox production build', production]);
  const testBuild = run('npx', ['wxt', 'build', '-b', 'firefox'], { BACKEND_SCOUT_TEST: '1' });
  steps.push(['Firefox test build', testBuild]);
  if (production !== 0 || testBuild !== 0) return void (totals.failed += 1);
  const buildChecks = ['tests/firefox/lint.test.ts', 'tests/firefox/manifest.test.ts'];
  vitest('firefox-lint', ['-c', 'vitest.firefox.config.ts', ...buildChecks]);

  console.log('\n== Real-browser tests (Firefox)');
  const firefoxPath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!firefoxPath) {
    console.error('No Firefox found: the real-Firefox tests cannot run. Install it with: apt-get update && apt-get install -y firefox-esr');
    steps.push(['real-browser tests (Firefox): no Firefox', 1]);
    return void (totals.failed += 1);
  }
  const started = Date.now();
  vitest('firefox', ['-c', 'vitest.firefox.config.ts', ...buildChecks.flatMap((file) => ['--exclude', file])]);
  console.log(`Firefox suite: ${Math.round((Date.now() - started) / 1000)} s`);
}

const failed = steps.filter(([, status]) => status !== 0);
console.log('\n== Summary');
for (const [name, status] of steps) console.log(`${status === 0 ? 'ok    ' : 'FAILED'} ${name}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failed.length > 0 || totals.failed > 0 ? 1 : 0);
