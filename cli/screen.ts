/**
 * npm run --silent screen -- [--json|--csv] [--role ROLE.json] [--github LOGIN]... FILE...
 *
 * Screens JSON Resume files ('-' reads standard input) and GitHub users with
 * the same engine the extension uses. Exit status (DESIGN.md): 0 done; 2 bad
 * input, named on standard error with its field, after the other inputs were
 * screened and printed; 3 GitHub unavailable.
 */
import { normaliseApiUrl } from '../lib/github/api-url';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { RoleScorecard, screenProfile, type ScreeningResult } from '../lib/screening';
import { fieldPath } from '../lib/profile/profile';
import { screenedToCsv, type Screened } from './csv-output';
import { INPUT_KINDS, InputError, type InputContext, type InputKindName } from './inputs';
import { formatReport } from './report';

const USAGE = `Usage: npm run --silent screen -- [options] [RESUME.json ...]

  RESUME.json            a JSON Resume document ('-' reads standard input)
  --github LOGIN         analyse this GitHub user through the API
  --api-url URL          GitHub API root (default https://api.github.com)
  --token TOKEN          GitHub token (or the GITHUB_TOKEN environment variable)
  --no-cache             ask GitHub again instead of using the cached answer
  --html FILE --url URL  a saved GitHub or LinkedIn profile page
  --role ROLE.json       a role scorecard (default: the built-in Backend engineer)
  --json                 one JSON array, one element per input
  --csv                  one CSV row per input, the extension's export columns
  --help                 this text

Exit status: 0 done, 2 bad input, 3 GitHub unavailable.`;

const OPTIONS = {
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  role: { type: 'string' },
  github: { type: 'string', multiple: true },
  html: { type: 'string', multiple: true },
  url: { type: 'string', multiple: true },
  'api-url': { type: 'string' },
  token: { type: 'string' },
  'no-cache': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Job {
  kind: InputKindName;
  arg: string;
  url?: string | undefined;
}

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Bytes, so a résumé's encoding can be checked; text is accepted too. */
  readStdin: () => Promise<string | Uint8Array>;
  env: Record<string, string | undefined>;
  now: () => Date;
}

class UsageError extends Error {}

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, tokens } = parsed;
  if (values.json && values.csv) throw new UsageError('choose one of --json and --csv');
  // Inputs in the order they were typed; each --url belongs to the --html before it.
  const jobs: Job[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') jobs.push({ kind: 'file', arg: token.value });
    else if (token.kind === 'option' && token.name === 'github' && token.value !== undefined) jobs.push({ kind: 'github', arg: token.value });
    else if (token.kind === 'option' && token.name === 'html' && token.value !== undefined) jobs.push({ kind: 'html', arg: token.value });
    else if (token.kind === 'option' && token.name === 'url' && token.value !== undefined) {
      const last = [...jobs].reverse().find((j) => j.kind === 'html' && j.url === undefined);
      if (!last) throw new UsageError('--url goes with the --html page before it');
      last.url = token.value;
    }
  }
  const apiUrl = values['api-url'];
  if (apiUrl !== undefined) {
    // https only (the token travels with the requests); plain http for 127.0.0.1 alone.
    try {
      values['api-url'] = normaliseApiUrl(apiUrl);
    } catch (error) {
      throw new UsageError(`--api-url: "${apiUrl}": ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { values, jobs };
}

async function loadRole(path: string): Promise<RoleScorecard> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(path, `cannot read the role (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(path, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = RoleScorecard.safeParse(data);
  if (!parsed.success) {
    throw new InputError(path, parsed.error.issues.map((i) => `${fieldPath(i.path)}: ${i.message}`).join(`\n${path}: `));
  }
  return parsed.data;
}

/** Runs the command; returns the exit status. Never throws for bad input. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let options;
  try {
    options = parse(argv);
  } catch (error) {
    io.stderr(`screen: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, jobs } = options;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (jobs.length === 0) {
    io.stderr(`screen: nothing to screen: name a JSON Resume file, '-' for standard input, or --github LOGIN\n\n${USAGE}\n`);
    return 2;
  }

  let role: RoleScorecard | undefined;
  if (values.role !== undefined) {
    try {
      role = await loadRole(values.role);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`${error.input}: ${error.message}\n`);
      return 2;
    }
  }

  let stdin: Promise<string | Uint8Array> | undefined;
  const context: InputContext = {
    apiUrl: values['api-url'],
    token: values.token ?? io.env.GITHUB_TOKEN,
    noCache: values['no-cache'],
    readStdin: () => (stdin ??= io.readStdin()),
  };

  const screened: Screened[] = [];
  let badInput = false;
  let githubDown = false;
  for (const job of jobs) {
    try {
      const loaded = await INPUT_KINDS[job.kind](job.arg, { ...context, url: job.url });
      // A field that could not be read was dropped; the rest is screened (exit 0), and the recruiter is told which.
      for (const warning of loaded.warnings ?? []) io.stderr(`${loaded.input}: ${warning}\n`);
      const result: ScreeningResult = screenProfile({ profile: loaded.profile, github: loaded.github, role, now: io.now() });
      screened.push({ input: loaded.input, result });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`${error.input}: ${error.message}\n`);
      if (error.exitCode === 3) githubDown = true;
      else badInput = true;
    }
  }

  if (values.json) {
    io.stdout(`${JSON.stringify(screened.map(({ input, result }) => ({ input, ...result })), null, 2)}\n`);
  } else if (values.csv) {
    io.stdout(screenedToCsv(screened, io.now()));
  } else if (screened.length > 0) {
    io.stdout(`${screened.map(({ input, result }) => formatReport(input, result)).join('\n\n')}\n`);
  }
  return badInput ? 2 : githubDown ? 3 : 0;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

const isEntry = process.argv[1] !== undefined && /cli[\\/]screen\.ts$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readAll(process.stdin),
    env: process.env,
    now: () => new Date(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A bug, not bad input: one line, no stack, unless asked for.
      process.stderr.write(`screen: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      if (process.env.DEBUG) console.error(error);
      process.exitCode = 1;
    },
  );
}
