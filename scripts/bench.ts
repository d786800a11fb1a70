/**
 * `npm run bench`: measures speed, size and GitHub requests against the
 * budgets of DESIGN.md. Standard output is one JSON document (also written
 * to .output/bench.json): every figure with its budget and whether it is
 * over, the list of figures over budget, and each part's raw figures.
 * Progress and a readable table, each figure over budget marked OVER, go to
 * standard error. Use `npm run --silent bench > figures.json` for a clean
 * file: without --silent npm prints its own banner line first.
 * Timings live here, never in tests. A quiet machine gives the figures that
 * count: the load average is recorded beside them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { benchBackup } from './bench/backup';
import { benchCli } from './bench/cli';
import { benchExtract } from './bench/extract';
import { benchGitHub } from './bench/github';
import { benchScreening } from './bench/screening';
import { benchSidePanel } from './bench/sidepanel';
import { benchSizes, CONTENT_SCRIPT_BUDGET_BYTES } from './bench/sizes';
import { benchSourcing } from './bench/sourcing';

interface Figure {
  id: string;
  /** What was measured, in words. */
  what: string;
  /** null: the part ran but did not report this figure (marked over budget, so it is never missed). */
  value: number | boolean | null;
  unit: 'ms' | 'bytes' | 'requests' | 'points' | 'yes/no';
  /** DESIGN.md's budget: the most a number may be, or the answer a yes/no must have. */
  budget: number | boolean | null;
  overBudget: boolean;
}

function figure(id: string, what: string, measured: number | boolean | undefined, unit: Figure['unit'], budget: number | boolean | null = null): Figure {
  const value = measured ?? null;
  const overBudget =
    budget === null ? false : value === null ? true : typeof budget === 'boolean' ? value !== budget : typeof value === 'number' && value > budget;
  return { id, what, value, unit, budget, overBudget };
}

function build(env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error('the build failed');
}

async function step<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  process.stderr.write(`bench: ${name}…\n`);
  return run();
}

async function main() {
  const loadBefore = loadavg();
  await step('production build', () => build());
  const sizes = await step('sizes', () => benchSizes());
  await step('test build (for the Chromium measurements)', () => build({ BACKEND_SCOUT_TEST: '1' }));
  const raw = {
    sizes,
    screening: await step('screening', benchScreening),
    cli: await step('the command line, whole process', benchCli),
    extraction: await step('LinkedIn extraction in Chromium', benchExtract),
    github: await step('GitHub analysis against the local fake GitHub', benchGitHub),
    sourcing: await step('sourcing discovery against the local fake GitHub', benchSourcing),
    sidePanel: await step('side panel and CSV with 10,000 candidates', benchSidePanel),
    backup: await step('backup export and import (Node, fake-indexeddb)', () => benchBackup()),
  };

  const figures: Figure[] = [
    ...Object.entries(sizes.contentScripts).flatMap(([name, script]) => [
      figure(`contentScript.${name}.bytes`, `content script ${name}, minified`, script.bytes, 'bytes', CONTENT_SCRIPT_BUDGET_BYTES),
      figure(`contentScript.${name}.react`, `content script ${name} contains React`, script.containsReact, 'yes/no', false),
    ]),
    figure('background.bytes', 'background worker, minified', sizes.background.bytes, 'bytes'),
    figure('extension.bytes', 'the whole Chrome build', sizes.extensionTotalBytes, 'bytes'),
    figure('extract.largestLinkedIn.firstReadMedianMs', 'extracting the largest LinkedIn fixture in Chromium, first read on a fresh page, median', raw.extraction.extractHugeLinkedInFirstReadMedianMs, 'ms', 25),
    figure('extract.largestLinkedIn.warmMedianMs', 'extracting the largest LinkedIn fixture in Chromium, warm, median', raw.extraction.extractHugeLinkedInMedianMs, 'ms', 25),
    figure('contentScript.addedToLoadMedianMs', 'script time the LinkedIn content script adds to loading the largest fixture, median', raw.extraction.contentScriptAddedToLoadMedianMs, 'ms', 10),
    figure('screen.typicalMedianMs', 'screening a typical profile (10 roles, 40 skills), median in Node', raw.screening.screenTypicalMedianMs, 'ms', 1),
    figure('screen.5000SkillsMedianMs', 'screening a profile with 5,000 skills, median', raw.screening.screen5000SkillsMedianMs, 'ms'),
    figure('screen.5MbProfileMs', 'screening a 5 MB profile', raw.screening.screenHugeProfileMs, 'ms'),
    figure('cli.oneResumeMedianMs', 'the command line screening one résumé, whole process, median', raw.cli.cliScreenOneResumeMedianMs, 'ms', 600),
    figure('github.noToken.core', 'GitHub core requests per user, no token', raw.github.noTokenCoreRequestsPerUser, 'requests', 2),
    figure('github.noToken.search', 'GitHub search requests per user, no token', raw.github.noTokenSearchRequestsPerUser, 'requests', 1),
    figure('github.noToken.corePageGaveProfile', 'GitHub core requests per user, no token, when the page gave the profile', raw.github.noTokenCoreRequestsPerUserPageGaveProfile, 'requests', 1),
    figure('github.token.graphqlRequests', 'GitHub GraphQL requests per user, token', raw.github.tokenGraphqlRequestsPerUser, 'requests', 1),
    figure('github.token.otherRequests', 'GitHub REST requests per user, token', raw.github.tokenOtherRequestsPerUser, 'requests', 0),
    figure('github.token.graphqlPoints', "GitHub GraphQL rate-limit points per user, token (GitHub's own formula)", raw.github.tokenGraphqlPointsPerUser, 'points', 2),
    figure('github.repeatWithinTtl', 'GitHub requests that count, re-screening a cached user within its time to live', raw.github.requestsRepeatWithinTtl, 'requests', 0),
    figure('github.analyse50UsersMs', 'analysing 50 users against the local fake GitHub, no token', raw.github.analyse50UsersMs, 'ms'),
    figure('github.analyse50UsersTokenMs', 'analysing 50 users against the local fake GitHub, token', raw.github.analyse50UsersTokenMs, 'ms'),
    figure('sourcing.token.graphqlPer100MergedPullRequests', 'sourcing discovery with a token: GraphQL requests per 100 merged pull requests read', raw.sourcing.tokenRequestsPer100MergedPullRequests, 'requests', 1),
    figure('sourcing.noToken.core', 'sourcing discovery without a token: core requests', raw.sourcing.noTokenCoreRequests, 'requests', 2),
    figure('sourcing.noToken.search', 'sourcing discovery without a token: search requests', raw.sourcing.noTokenSearchRequests, 'requests', 2),
    figure('sourcing.rank1000Ms', 'ranking 1,000 contributors, median', raw.sourcing.rank1000ContributorsMs, 'ms'),
    figure('sidePanel.firstRender10kMs', 'side panel with 10,000 candidates: first render', raw.sidePanel.sidePanelFirstRender10kMs, 'ms', 200),
    figure('sidePanel.filterKeystroke10kMs', 'side panel with 10,000 candidates: a filter keystroke, median', raw.sidePanel.sidePanelFilterKeystroke10kMs, 'ms', 30),
    figure('sidePanel.allRowsRendered10kMs', 'side panel with 10,000 candidates: every row loaded', raw.sidePanel.sidePanelAllRowsRendered10kMs, 'ms'),
    figure('sidePanel.verdictKey10kMs', 'side panel with 10,000 candidates: a verdict key until shown', raw.sidePanel.sidePanelVerdictKey10kMs, 'ms'),
    figure('csv.export10kMs', 'CSV export of 10,000 candidates', raw.sidePanel.csvExport10kMs, 'ms', 300),
    figure('backup.export10kMs', 'backup export of 10,000 candidates (Node, fake-indexeddb)', raw.backup.backupExport10kMs, 'ms'),
    figure('backup.import10kMs', 'backup import of 10,000 candidates (Node, fake-indexeddb)', raw.backup.backupImport10kMs, 'ms'),
  ];

  const document = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    machine: { cores: cpus().length, loadAverageBefore: loadBefore.map((l) => Number(l.toFixed(2))), loadAverageAfter: loadavg().map((l) => Number(l.toFixed(2))) },
    overBudget: figures.filter((f) => f.overBudget).map((f) => f.id),
    figures,
    raw,
  };
  const json = `${JSON.stringify(document, null, 2)}\n`;
  mkdirSync('.output', { recursive: true });
  writeFileSync('.output/bench.json', json);

  const width = Math.max(...figures.map((f) => f.what.length));
  process.stderr.write('\n');
  for (const f of figures) {
    const budget = f.budget === null ? '' : typeof f.budget === 'boolean' ? `(must be ${f.budget ? 'yes' : 'no'})` : `(budget ≤ ${f.budget} ${f.unit})`;
    const value = f.value === null ? 'not measured' : typeof f.value === 'boolean' ? (f.value ? 'yes' : 'no') : `${f.value} ${f.unit}`;
    process.stderr.write(`${f.overBudget ? 'OVER ' : '     '}${f.what.padEnd(width)}  ${value} ${budget}\n`);
  }
  process.stderr.write(`\n${document.overBudget.length ? `${document.overBudget.length} figures over budget.` : 'Every figure within budget.'} Load average ${document.machine.loadAverageBefore.join(' ')} on ${document.machine.cores} cores.\n`);
  process.stdout.write(json);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
