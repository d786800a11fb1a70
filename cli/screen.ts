/**
 * `backend-scout screen` (npm run --silent screen -- …): [--json|--csv]
 * [--role ROLE.json] [--github LOGIN]... FILE...
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
import type { Screened } from './csv-output';
import { FORMAT_OPTIONS, FORMAT_USAGE, formatOptionsProblem, writeFormattedCsv } from './formats';
import { joinDetailsLists } from './html-input';
import { INPUT_KINDS, InputError, type InputContext, type InputKindName, type LoadedInput } from './inputs';
import { linkedinProfileUrl } from '../lib/extract/links';
import { defaultCacheDir } from './cache-file';
import { formatReport, printable, terminalJson } from './report';
import { runSourcing, sourcingConflict } from './repo-input';

const USAGE = `Usage: npm run --silent screen -- [options] [RESUME.json ...]

  RESUME.json            a JSON Resume document ('-' reads standard input)
  --github LOGIN         analyse this GitHub user through the API
  --api-url URL          GitHub API root (default https://api.github.com)
  --token TOKEN          GitHub token (or the GITHUB_TOKEN environment variable)
  --no-cache             ask GitHub again instead of using the cached answer
  --html FILE --url URL  a saved GitHub or LinkedIn profile page
  --role ROLE.json       a role scorecard (default: the built-in Backend engineer)
  --repo OWNER/NAME      the people behind a GitHub repository, ranked; the top
                         --limit N (default 25) screened, --since YYYY-MM-DD
                         bounds the window (default: the last 24 months)
  --search "QUERY"       GitHub's people search ("language:go location:berlin"),
                         at most 100 people, screened the same way
  --json                 one JSON array, one element per input
  --csv                  one CSV row per input, the extension's export columns
${FORMAT_USAGE}
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
  repo: { type: 'string' },
  search: { type: 'string' },
  limit: { type: 'string' },
  since: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  ...FORMAT_OPTIONS,
} as const;

interface Job {
  kind: InputKindName;
  arg: string;
  url?: string | undefined;
}

/** Everything the command touches of its process, so tests run it in-process (cli/bin.ts wires the real one). */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Bytes, so a résumé's encoding can be checked; text is accepted too. */
  readStdin: () => Promise<string | Uint8Array>;
  /** GITHUB_TOKEN, XDG_CACHE_HOME. */
  env: Record<string, string | undefined>;
  now: () => Date;
  /** Progress of a long run (sourcing), for a terminal; absent when output is piped. */
  progress?: ((text: string) => void) | undefined;
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
  const formatProblem = formatOptionsProblem(values);
  if (formatProblem) throw new UsageError(formatProblem);
  const conflict = sourcingConflict(values, tokens.some((t) => t.kind === 'positional'));
  if (conflict) throw new UsageError(conflict);
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
export async function main(argv: string[], rawIo: CliIO): Promise<number> {
  // Everything printed passes through printable(): a name, a file's bytes
  // echoed in an error or a page's text never reaches the terminal as a control.
  const io: CliIO = { ...rawIo, stdout: (text) => rawIo.stdout(printable(text)), stderr: (text) => rawIo.stderr(printable(text)) };
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
  if (jobs.length === 0 && values.repo === undefined && values.search === undefined) {
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

  if (values.repo !== undefined || values.search !== undefined) {
    return runSourcing(
      {
        repo: values.repo,
        search: values.search,
        limit: values.limit,
        since: values.since,
        json: values.json,
        csv: values.csv,
        apiUrl: values['api-url'],
        token: values.token ?? io.env.GITHUB_TOKEN,
        noCache: values['no-cache'],
        role,
      },
      io,
    );
  }

  let stdin: Promise<string | Uint8Array> | undefined;
  const context: InputContext = {
    apiUrl: values['api-url'],
    token: values.token ?? io.env.GITHUB_TOKEN,
    noCache: values['no-cache'],
    cacheDir: defaultCacheDir(io.env),
    readStdin: () => (stdin ??= io.readStdin()),
  };

  const loaded: LoadedInput[] = [];
  let badInput = false;
  let githubDown = false;
  for (const job of jobs) {
    try {
      const input = await INPUT_KINDS[job.kind](job.arg, { ...context, url: job.url });
      // A field that could not be read was dropped; the rest is screened (exit 0), and the recruiter is told which.
      for (const warning of input.warnings ?? []) io.stderr(`${input.input}: ${warning}\n`);
      loaded.push(input);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`${error.input}: ${error.message}\n`);
      if (error.exitCode === 3) githubDown = true;
      else badInput = true;
    }
  }
  // LinkedIn "Show all" lists join their person's profile page, so each person is screened once, on the whole.
  const { inputs, orphans } = joinDetailsLists(loaded);
  for (const list of orphans) {
    const page = linkedinProfileUrl(list.profile.basics.profiles?.[0]?.username ?? '');
    io.stderr(`${list.details?.file}: ${list.input} is one list of a LinkedIn profile, not a whole profile: give it together with the profile page (--html FILE --url ${page})\n`);
    badInput = true;
  }
  const screened: Screened[] = inputs.map((input) => ({
    input: input.input,
    result: screenProfile({ profile: input.profile, github: input.github, role, now: io.now() }) satisfies ScreeningResult,
  }));

  if (values.json) {
    io.stdout(`${terminalJson(screened.map(({ input, result }) => ({ input, ...result })))}\n`);
  } else if (values.csv) {
    if ((await writeFormattedCsv(screened, values, io, io.now())) !== 0) badInput = true;
  } else if (screened.length > 0) {
    io.stdout(`${screened.map(({ input, result }) => formatReport(input, result)).join('\n\n')}\n`);
  }
  return badInput ? 2 : githubDown ? 3 : 0;
}
