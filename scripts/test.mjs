// `npm test`: type check, unit tests, then the real-browser tests against a
// fresh test build. Every part runs; the exit status is non-zero if any fails.
// A missing Chromium is a failure with the install command, never a skip.
//
//   node scripts/test.mjs            everything (npm test)
//   node scripts/test.mjs unit       type check and the unit tests (npm run test:unit)
//   node scripts/test.mjs browser    the real-browser tests in Chromium (npm run test:browser)
//   node scripts/test.mjs firefox    web-ext lint and the real-browser tests in Firefox (npm run test:firefox)
//
// A two-core machine is kept busy by running, beside a step that leaves the
// CPU partly idle, steps that touch nothing it reads:
//   1. the unit tests, beside the extension's builds (the Chrome test build,
//      then the Firefox production and test builds, one after the other: each
//      writes its own folder of .output, which no unit test reads), then the
//      Firefox build checks (web-ext lint of the production build, and its
//      manifest beside the test build's);
//   2. the first browser suite (Chromium; Firefox when only it is asked for),
//      mostly waiting on the browser, beside the type check;
//   3. the Firefox suite.
// Never two browser suites at once, and nothing builds while a suite runs.
// A step run beside another writes to a file, printed once the step in front
// is done, so no report is cut into another.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from './build-cli.mjs';
import { CHROMIUM_INSTALL_HINT, findChromium } from './run.mjs';

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
const started = Date.now();
const seconds = (ms) => `${Math.round(ms / 1000)} s`;
const logs = mkdtempSync(join(tmpdir(), 'backend-scout-test-'));
mkdirSync('.output', { recursive: true });

/** Starts a step beside the one in front: its output goes to a file; resolves to its status, output and duration. */
function beside(name, heading, command, args, env = {}) {
  const since = Date.now();
  const file = join(logs, `${name.replace(/\W+/g, '-')}.log`);
  const fd = openSync(file, 'w');
  const child = spawn(command, args, { stdio: ['ignore', fd, fd], env: { ...process.env, ...env } });
  closeSync(fd);
  return new Promise((resolve) => {
    const done = (status, extra = '') => resolve({ name, heading, status, output: readFileSync(file, 'utf8') + extra, ms: Date.now() - since });
    child.on('error', (error) => done(1, `${name} could not start: ${error.message}\n`));
    child.on('close', (code) => done(code ?? 1));
  });
}

/** Runs the step in front, its output on the terminal as it comes; resolves to its exit status. (Not spawnSync: the steps beside it must go on meanwhile.) */
function inFront(command, args, env = {}) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** Prints what a step run beside another wrote, and records it. */
function report(result) {
  console.log(`\n== ${result.heading} (${seconds(result.ms)}, run alongside)`);
  process.stdout.write(result.output);
  steps.push([result.name, result.status, result.ms]);
  return result.status === 0;
}

const vitestArgs = (name, args) => ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=.output/vitest-${name}.json`];

/** Counts a vitest run's tests into the totals, from its JSON report. */
function count(name) {
  const report = `.output/vitest-${name}.json`;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests + (json.numTotalTestSuites && !json.success && !json.numFailedTests ? 1 : 0);
    rmSync(report);
  } catch {
    totals.failed += 1; // the runner itself failed before reporting
  }
}

async function vitest(name, args) {
  const since = Date.now();
  const status = await inFront('npx', vitestArgs(name, args));
  count(name);
  steps.push([name, status, Date.now() - since]);
}

/** A vitest run beside the step in front (without the results cache, which the run in front writes). */
async function vitestBeside(name, heading, args) {
  const result = await beside(name, heading, 'npx', vitestArgs(name, ['--no-cache', ...args]));
  return { ...result, count: () => count(name) };
}

async function step(name, work) {
  const since = Date.now();
  try {
    await work();
    steps.push([name, 0, Date.now() - since]);
    return true;
  } catch (error) {
    console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    steps.push([name, 1, Date.now() - since]);
    return false;
  }
}

const chromium = wants('browser') ? findChromium() : null;
const firefoxPath = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
const FIREFOX_BUILD_CHECKS = ['tests/firefox/lint.test.ts', 'tests/firefox/manifest.test.ts'];

const builds = [
  ...(chromium ? [['test build', 'Chrome test build', [], { BACKEND_SCOUT_TEST: '1' }]] : []),
  ...(wants('firefox')
    ? [
        ['Firefox production build', 'Firefox production build (for web-ext lint and its manifest)', ['-b', 'firefox'], { BACKEND_SCOUT_OUT_DIR: '.output/lint' }],
        ['Firefox test build', 'Firefox test build', ['-b', 'firefox'], { BACKEND_SCOUT_TEST: '1' }],
      ]
    : []),
];
// Incremental: a run after a small change checks what it touches (tsc's own record, kept with npm's caches).
const typeCheck = () => beside('type check', 'Type check', 'npx', ['tsc', '--noEmit', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/backend-scout/tsc.tsbuildinfo']);
const buildChecks = () => vitestBeside('firefox-lint', 'Firefox: web-ext lint and manifest of the production build', ['-c', 'vitest.firefox.config.ts', ...FIREFOX_BUILD_CHECKS]);

// 1. The unit tests, beside the builds and then the Firefox build checks (or beside the type check
//    when nothing is built).
const besideUnit = (async () => {
  const results = [];
  for (const [name, heading, args, env] of builds) {
    const result = await beside(name, heading, 'npx', ['wxt', 'build', ...args], env);
    results.push(result);
  }
  // web-ext lint reads the production build; the manifest checks compare it with the test build.
  const firefoxOk = results.filter((result) => result.name.startsWith('Firefox ') && result.status === 0).length === 2;
  return { results, checks: firefoxOk ? await buildChecks() : null };
})();
const earlyTypeCheck = wants('unit') && builds.length === 0 ? typeCheck() : null;
if (wants('unit')) {
  console.log('\n== Unit tests (Node)');
  // A few CLI tests run the built command as a real process.
  if (await step('command-line build', buildCli)) await vitest('unit', []);
}
const { results: buildResults, checks } = await besideUnit;
const built = Object.fromEntries(buildResults.map((result) => [result.name, report(result)]));
if (checks) {
  report(checks);
  checks.count();
}
if (earlyTypeCheck) report(await earlyTypeCheck);
const firefoxBuilt = built['Firefox production build'] && built['Firefox test build'];
if (wants('firefox') && !firefoxBuilt) totals.failed += 1;

// 2. The first browser suite, beside the type check.
const lateTypeCheck = wants('unit') && !earlyTypeCheck ? typeCheck() : null;
let firefoxSuiteRun = false;
async function firefoxSuite() {
  firefoxSuiteRun = true;
  console.log('\n== Real-browser tests (Firefox)');
  if (!firefoxPath) {
    console.error('No Firefox found: the real-Firefox tests cannot run. Install it with: apt-get update && apt-get install -y firefox-esr');
    steps.push(['real-browser tests (Firefox): no Firefox', 1, 0]);
    totals.failed += 1;
    return;
  }
  await vitest('firefox', ['-c', 'vitest.firefox.config.ts', ...FIREFOX_BUILD_CHECKS.flatMap((file) => ['--exclude', file])]);
}
if (wants('browser')) {
  console.log('\n== Real-browser tests (Chromium)');
  if (!chromium) {
    console.error(`No Chromium found: the real-browser tests cannot run. Install it with: ${CHROMIUM_INSTALL_HINT}`);
    steps.push(['real-browser tests: no Chromium', 1, 0]);
    totals.failed += 1;
  } else if (built['test build']) {
    await vitest('browser', ['-c', 'vitest.browser.config.ts']);
  }
} else if (firefoxBuilt) {
  await firefoxSuite();
}
if (lateTypeCheck) report(await lateTypeCheck);

// 3. The Firefox suite.
if (firefoxBuilt && !firefoxSuiteRun) await firefoxSuite();
rmSync(logs, { recursive: true, force: true });

const failed = steps.filter(([, status]) => status !== 0);
console.log('\n== Summary');
for (const [name, status, ms] of steps) console.log(`${status === 0 ? 'ok    ' : 'FAILED'} ${name} (${seconds(ms)})`);
console.log(`${totals.passed} passed, ${totals.failed} failed, in ${seconds(Date.now() - started)}`);
process.exit(failed.length > 0 || totals.failed > 0 ? 1 : 0);
