/**
 * `web-ext lint`: Mozilla's addons-linter, the check addons.mozilla.org runs
 * on every upload. An error fails; so does any warning that is not one of the
 * few below, each tied to the library code that raises it, so a new eval, an
 * innerHTML of ours or a permission Firefox does not know fails the build
 * instead of passing as "only a warning". The linter spots an unsupported API
 * only where the code says `browser.x` or `chrome.x`, which the bundler
 * renames, so an API Firefox lacks is caught by running the build in Firefox
 * (broken-build.test.ts), not here.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webExt, { type LintMessage } from 'web-ext';

/** npm test's production Firefox build (scripts/test.mjs builds it with BACKEND_SCOUT_OUT_DIR). */
export const FIREFOX_PRODUCTION_BUILD = resolve('.output/lint/firefox-mv3');

interface KnownWarning {
  code: string;
  /** The library's own code around the reported place (minified). */
  source: RegExp;
  why: string;
}

export const KNOWN_WARNINGS: readonly KnownWarning[] = [
  {
    code: 'DANGEROUS_EVAL',
    source: /try\{return Function\(``\),!0\}catch\{return!1\}/,
    why: "zod 4 probes whether eval is allowed with Function(''); Manifest V3's policy refuses it, so zod uses its interpreter and nothing is ever evaluated",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    source: /\.__html!==\w+&&\(\w+\.innerHTML=\w+\)/,
    why: "React DOM's support for dangerouslySetInnerHTML, which this project never uses (page data is only ever text)",
  },
];

export interface LintReport {
  errors: LintMessage[];
  /** Warnings explained by KNOWN_WARNINGS. */
  known: LintMessage[];
  /** Everything else: each one fails. */
  unexplained: LintMessage[];
}

function sourceAround(dir: string, message: LintMessage): string {
  if (!message.file || !message.line) return '';
  try {
    const line = readFileSync(join(dir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
    const column = message.column ?? 0;
    return line.slice(Math.max(0, column - 100), column + 100);
  } catch {
    return '';
  }
}

export async function lintFirefoxBuild(dir: string): Promise<LintReport> {
  const result = await webExt.cmd.lint({ sourceDir: dir, output: 'none', boring: true, selfHosted: false }, { shouldExitProgram: false });
  const known: LintMessage[] = [];
  const unexplained: LintMessage[] = [];
  for (const warning of result.warnings) {
    const around = sourceAround(dir, warning);
    const isKnown = KNOWN_WARNINGS.some((k) => k.code === warning.code && k.source.test(around));
    (isKnown ? known : unexplained).push(warning);
  }
  return { errors: result.errors, known, unexplained };
}

/** One line per message, for a failure that says what to fix. */
export function describe(messages: LintMessage[]): string {
  return messages.map((m) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`).join('\n');
}
