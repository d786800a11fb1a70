/**
 * `screen --repo OWNER/NAME [--limit N] [--since YYYY-MM-DD]` and
 * `screen --search "language:go location:berlin followers:>20"`: sourcing
 * from the command line (DESIGN.md "Sourcing from a repository").
 *
 * Lists the people behind a repository (or the people a GitHub people
 * search finds), ranked, and screens the top N (default 25) through the
 * same GitHub analysis as --github. People ranked but not screened (beyond
 * N, or when GitHub's budget ran out) follow the screened ones with
 * `"flags": null`, and the reason goes to standard error.
 *
 * Exit status: 2 bad input (a repository name that is not one, a bad
 * --limit or --since); 3 when the repository does not exist or GitHub
 * refuses before anyone is found, or GitHub became unreachable; 0
 * otherwise, including a budget that ran out mid-way (with a note naming
 * when it resets).
 */
import type { RoleScorecard, ScreeningResult } from '../lib/screening';
import { screenProfile } from '../lib/screening';
import { Candidate } from '../lib/store/records';
import { createGitHubClient, DEFAULT_API_URL, GitHubError, type GitHubFailure } from '../lib/github';
import { profileFromGitHubUser, unreadGitHubUser } from '../lib/github/github-profile';
import { withRepositoryContributions, type RepositoryContribution } from '../lib/profile/github-evidence';
import {
  contributionWords,
  defaultSince,
  discoverRepository,
  discoveryLimits,
  discoveryProgress,
  parseRepositoryRef,
  rankDiscovery,
  searchPeople,
} from '../lib/github/sourcing';
import { defaultCacheDir } from './cache-file';
import { candidatesCsv, screenedCandidate } from './csv-output';
import { githubInput } from './github-input';
import { formatReport } from './report';

/** People screened when --limit is not given (DESIGN.md). */
export const DEFAULT_LIMIT = 25;

export interface SourcingIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  now: () => Date;
  /** Progress as it goes ("Read 300 of 412 merged pull requests"); a terminal shows it, a pipe does not. */
  progress?: ((text: string) => void) | undefined;
}

export interface SourcingOptions {
  repo?: string | undefined;
  search?: string | undefined;
  limit?: string | undefined;
  since?: string | undefined;
  json?: boolean | undefined;
  csv?: boolean | undefined;
  apiUrl?: string | undefined;
  token?: string | undefined;
  noCache?: boolean | undefined;
  role?: RoleScorecard | undefined;
}

/** One person found, in rank order, with what sourcing knows of them. */
interface Found {
  rank: number;
  login: string;
  contribution?: RepositoryContribution;
}

interface Outcome extends Found {
  input: string;
  /** Null when not screened. */
  result: ScreeningResult | null;
}

/** A local test server (127.0.0.1) has no secondary rate limits to respect: GitHub's request spacing is for GitHub. */
function isLoopback(apiUrl: string): boolean {
  try {
    return new URL(apiUrl).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

function parseLimit(text: string | undefined): number | string {
  if (text === undefined) return DEFAULT_LIMIT;
  if (!/^\d+$/.test(text.trim())) return `--limit "${text}": give a whole number of people to screen (0 lists them without screening)`;
  return Number(text.trim());
}

function parseSince(text: string | undefined, now: Date): string {
  if (text === undefined) return defaultSince(now);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
    throw new Error(`--since "${text}": give a day as YYYY-MM-DD, for example 2025-01-31`);
  }
  if (date.getTime() > now.getTime()) throw new Error(`--since ${text} is in the future: nobody has contributed since then yet`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** "ranks 26–41 (16 people)". */
function ranks(list: readonly Found[]): string {
  const first = list[0]!.rank;
  const last = list[list.length - 1]!.rank;
  return first === last ? `rank ${first} (${list[0]!.login})` : `ranks ${first}–${last} (${list.length} people)`;
}

/** The DESIGN.md contribution shape, for --json. */
function contributionJson(c: RepositoryContribution) {
  return {
    repository: c.repository,
    mergedPullRequests: c.mergedPullRequests,
    reviews: c.reviews,
    commits: c.commits,
    lastContributedAt: c.lastContributedAt,
    score: c.score,
    evidence: c.evidence,
  };
}

/** Why these options cannot go together, or null. */
export function sourcingConflict(
  values: { repo?: string | undefined; search?: string | undefined; limit?: string | undefined; since?: string | undefined; github?: string[] | undefined; html?: string[] | undefined },
  hasFiles: boolean,
): string | null {
  const sourcing = values.repo !== undefined || values.search !== undefined;
  if (values.repo !== undefined && values.search !== undefined) return 'choose one of --repo and --search';
  if (!sourcing && (values.limit !== undefined || values.since !== undefined)) return '--limit and --since go with --repo or --search';
  if (sourcing && (values.github?.length || values.html?.length || hasFiles)) return '--repo and --search run on their own, without other inputs';
  if (values.search !== undefined && values.since !== undefined) return '--since goes with --repo: a people search has no window';
  return null;
}

/** Runs --repo or --search; returns the exit status. */
export async function runSourcing(options: SourcingOptions, io: SourcingIO): Promise<number> {
  const now = io.now();
  const limit = parseLimit(options.limit);
  if (typeof limit === 'string') {
    io.stderr(`screen: ${limit}\n`);
    return 2;
  }
  const apiUrl = options.apiUrl ?? DEFAULT_API_URL;
  const token = options.token || undefined;
  const pacing = !isLoopback(apiUrl);
  const client = createGitHubClient({
    apiUrl,
    ...(token ? { token } : {}),
    ...(pacing ? {} : { pacing: false }),
    // Octokit's failed-request lines would mix with the notes on standard error.
    log: () => {},
    retries: 2,
  });

  let found: Found[];
  let discoveryStopped: GitHubFailure | null = null;
  let label: string;
  if (options.repo !== undefined) {
    const parsed = parseRepositoryRef(options.repo);
    if (!parsed.ok) {
      io.stderr(`screen: --repo: ${parsed.message}\n`);
      return 2;
    }
    let since: string;
    try {
      since = parseSince(options.since, now);
    } catch (error) {
      io.stderr(`screen: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    label = parsed.ref.fullName;
    const run = await discoverRepository(client.octokit, parsed.ref, { since, onProgress: (d) => io.progress?.(discoveryProgress(d)) });
    io.progress?.('');
    const ranked = rankDiscovery(run.discovery, now.getTime());
    for (const note of run.discovery.notes) io.stderr(`${label}: ${note}\n`);
    if (run.failure && ranked.length === 0) {
      io.stderr(`${label}: ${run.failure.message}\n`);
      return 3;
    }
    if (run.failure) {
      discoveryStopped = run.failure;
      io.stderr(`${label}: discovery stopped early: ${run.failure.message} Everyone found until then is listed.\n`);
    }
    for (const line of discoveryLimits(run.discovery)) io.stderr(`${label}: ${line}\n`);
    found = ranked.map((p) => ({ rank: p.rank, login: p.login, contribution: p.contribution }));
  } else {
    const query = options.search ?? '';
    label = `search "${query}"`;
    try {
      const result = await searchPeople(client.octokit, query);
      for (const line of result.limits) io.stderr(`${label}: ${line}\n`);
      found = result.people.map((p, i) => ({ rank: i + 1, login: p.login }));
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      io.stderr(`${label}: ${error.message}\n`);
      return error.failure.kind === 'malformed' ? 2 : 3;
    }
  }

  // Screening, in rank order, until the limit or until GitHub's budget runs out.
  const outcomes: Outcome[] = [];
  const beyond: Found[] = [];
  const stoppedAt: Found[] = [];
  let stop: GitHubFailure | null = null;
  let unreachable = false;
  let screenedCount = 0;
  for (const person of found) {
    const input = `github:${person.login.toLowerCase()}`;
    if (screenedCount >= limit) {
      beyond.push(person);
      outcomes.push({ ...person, input, result: null });
      continue;
    }
    if (stop) {
      stoppedAt.push(person);
      outcomes.push({ ...person, input, result: null });
      continue;
    }
    try {
      const loaded = await githubInput(person.login, {
        apiUrl,
        ...(token ? { token } : {}),
        ...(options.noCache ? { noCache: true } : { cacheDir: defaultCacheDir(io.env) }),
        ...(pacing ? {} : { pacing: false }),
        now: io.now,
      });
      const github = withRepositoryContributions(loaded.github, person.login, person.contribution ? [person.contribution] : []);
      outcomes.push({ ...person, input, result: screenProfile({ profile: loaded.profile, github, role: options.role, now }) });
      screenedCount += 1;
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error;
      const failure = error.failure;
      if (failure.kind === 'rate-limited' || failure.kind === 'secondary-rate-limit' || failure.kind === 'unavailable' || failure.kind === 'bad-token') {
        stop = failure;
        unreachable = failure.kind === 'unavailable' || failure.kind === 'bad-token';
        stoppedAt.push(person);
      } else {
        io.stderr(`${input} (rank ${person.rank}): not screened: ${failure.message}\n`);
      }
      outcomes.push({ ...person, input, result: null });
    }
  }
  if (stoppedAt.length > 0 && stop) {
    io.stderr(`screen: ${ranks(stoppedAt)} not screened: ${stop.message} They are listed with "flags": null.\n`);
  }
  if (beyond.length > 0) {
    io.stderr(`screen: ${ranks(beyond)} ranked but not screened: beyond --limit ${limit}. They are listed with "flags": null.\n`);
  }

  const screened = outcomes.filter((o) => o.result);
  const unscreened = outcomes.filter((o) => !o.result);
  const ordered = [...screened, ...unscreened];
  const searchQuery = options.repo === undefined ? options.search : undefined;

  if (options.json) {
    const elements = ordered.map((o) => {
      const extra = {
        rank: o.rank,
        ...(o.contribution ? { contribution: contributionJson(o.contribution) } : {}),
        ...(searchQuery !== undefined ? { search: searchQuery } : {}),
      };
      return o.result
        ? { input: o.input, ...o.result, ...extra }
        : { input: o.input, profile: null, flags: null, seniority: null, role: null, probes: null, ...extra };
    });
    io.stdout(`${JSON.stringify(elements, null, 2)}\n`);
  } else if (options.csv) {
    const candidates = ordered.map((o) =>
      o.result
        ? screenedCandidate({ input: o.input, result: o.result }, now)
        : Candidate.parse({
            id: o.input,
            aliases: [o.input],
            profiles: { github: profileFromGitHubUser(unreadGitHubUser(o.login), now) },
            firstCapturedAt: now.toISOString(),
            updatedAt: now.toISOString(),
          }),
    );
    io.stdout(candidatesCsv(candidates));
  } else {
    const header = options.repo !== undefined ? `People behind ${label}` : `People found by GitHub's people search: ${searchQuery}`;
    const lines = [header, ''];
    for (const o of ordered) {
      const what = o.contribution ? contributionWords(o.contribution) : 'found by people search';
      const score = o.contribution ? ` (score ${o.contribution.score})` : '';
      lines.push(`${String(o.rank).padStart(3)}. ${o.login}: ${what}${score}${o.result ? '' : ' [not screened]'}`);
    }
    const reports = screened.map((o) => {
      const words = o.contribution ? `\nRank ${o.rank}: ${contributionWords(o.contribution)}` : `\nRank ${o.rank}`;
      return `${formatReport(o.input, o.result!)}${words}`;
    });
    io.stdout(`${[lines.join('\n'), ...reports].join('\n\n')}\n`);
  }

  const discoveryUnreachable = discoveryStopped !== null && discoveryStopped.kind !== 'rate-limited' && discoveryStopped.kind !== 'secondary-rate-limit';
  return unreachable || discoveryUnreachable ? 3 : 0;
}
