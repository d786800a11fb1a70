/**
 * Discovery without a token, within DESIGN.md's budget of 2 core and 2
 * search requests:
 *
 *   GET /repos/{owner}/{repo}                                 the repository (owner, archived, topics)
 *   GET /repos/{owner}/{repo}/commits?since=…&per_page=100    the newest commits of the default branch, dated
 *   GET /search/issues?q=repo:OWNER/NAME is:pr is:merged merged:>=DATE   (1 or 2 pages of 100)
 *
 * The contributors list is not read: it has no dates, so nothing in it can
 * be weighed by time, and GitHub refuses it outright for a large history.
 * Reviews cannot be read within this budget (one request per pull request):
 * the ranking says so.
 */
import { z } from 'zod';
import type { GitHubOctokit } from '../client';
import { judgeTargetBackend } from '../relevance';
import { addCommit, addPullRequest, dayWords } from './rank';
import { PAGE_SIZE, SEARCH_PAGES, type Discovery, type RepositoryFacts } from './state';
import { countable, tallyOf } from './people';

const Account = z.object({ login: z.string(), type: z.string().optional() }).nullable();

const RestRepository = z.object({
  full_name: z.string(),
  html_url: z.string(),
  description: z.string().nullable(),
  language: z.string().nullable().optional(),
  topics: z.array(z.string()).optional(),
  archived: z.boolean().optional(),
  size: z.number().optional(),
  owner: z.object({ login: z.string(), type: z.string() }),
});

const RestCommits = z.array(
  z.object({
    author: Account.optional(),
    commit: z.object({
      author: z.object({ date: z.string().optional() }).nullable(),
      committer: z.object({ date: z.string().optional() }).nullable(),
    }),
  }),
);

const RestSearch = z.object({
  total_count: z.number().int().nonnegative(),
  incomplete_results: z.boolean(),
  items: z.array(
    z.object({
      title: z.string(),
      html_url: z.string(),
      user: Account,
      closed_at: z.string().nullable().optional(),
      pull_request: z.object({ merged_at: z.string().nullable().optional(), html_url: z.string().nullable().optional() }).optional(),
    }),
  ),
});

/** "repo:OWNER/NAME is:pr is:merged merged:>=YYYY-MM-DD". */
export function mergedInRepositoryQuery(fullName: string, since: string): string {
  return `repo:${fullName} is:pr is:merged merged:>=${since.slice(0, 10)}`;
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null ? (error as { status?: number }).status : undefined;
}

function isRateLimit(error: unknown): boolean {
  const status = statusOf(error);
  const message = String((error as { message?: unknown })?.message ?? '');
  return (status === 403 || status === 429) && /rate limit/i.test(message);
}

export async function restStep(octokit: GitHubOctokit, current: Discovery): Promise<Discovery> {
  const state = structuredClone(current);
  const { owner, name } = state.repository;
  const since = state.since;

  if (state.next === 'rest-repository') {
    const response = await octokit.request('GET /repos/{owner}/{repo}', { owner, repo: name });
    const repo = RestRepository.parse(response.data);
    const topics = repo.topics ?? [];
    const facts: RepositoryFacts = {
      fullName: repo.full_name,
      url: repo.html_url,
      owner: repo.owner.login,
      ownerIsOrganisation: repo.owner.type === 'Organization',
      description: repo.description,
      language: repo.language ?? null,
      topics,
      isArchived: repo.archived ?? false,
      // REST does not say when; GraphQL's archivedAt does.
      archivedAt: null,
      isEmpty: false,
      backend: judgeTargetBackend({ fullName: repo.full_name, description: repo.description, language: repo.language ?? null, topics }),
    };
    state.facts = facts;
    state.next = 'rest-commits';
    return state;
  }

  if (state.next === 'rest-commits') {
    try {
      const response = await octokit.request('GET /repos/{owner}/{repo}/commits', { owner, repo: name, since, per_page: PAGE_SIZE });
      const commits = RestCommits.parse(response.data);
      for (const item of commits) {
        state.commitsRead += 1;
        const at = item.commit.committer?.date ?? item.commit.author?.date;
        // A commit whose e-mail no GitHub account claims has no author account: it cannot be anyone's here.
        if (!at || !item.author || !countable(item.author.type, item.author.login, state.facts)) continue;
        addCommit(tallyOf(state, item.author.login), at);
      }
      const more = /rel="next"/.test(String((response.headers as Record<string, unknown>)['link'] ?? ''));
      state.commitsDone = true;
      if (more) state.limits.push(`Only the ${PAGE_SIZE} newest commits since ${dayWords(since)} were read without a token.`);
    } catch (error) {
      if (isRateLimit(error) || statusOf(error) === 401 || statusOf(error) === undefined) throw error;
      state.commitsDone = true;
      if (statusOf(error) === 409) {
        // "Git Repository is empty."
        if (state.facts) state.facts.isEmpty = true;
        state.next = 'done';
        return state;
      }
      // Whatever the reason (a history too large to list, a server error), merged pull requests still name the people.
      state.limits.push(`GitHub would not list the commits of ${state.facts?.fullName ?? state.repository.fullName} (${statusOf(error)}): the ranking rests on merged pull requests.`);
    }
    state.next = 'rest-search';
    return state;
  }

  if (state.next === 'rest-search') {
    const page = state.cursors.searchPage;
    const response = await octokit.request('GET /search/issues', {
      q: mergedInRepositoryQuery(state.facts?.fullName ?? state.repository.fullName, since),
      sort: 'created',
      order: 'desc',
      per_page: PAGE_SIZE,
      page,
    });
    const result = RestSearch.parse(response.data);
    state.pullRequestsTotal = result.total_count;
    for (const item of result.items) {
      if (!item.pull_request) continue;
      state.pullRequestsRead += 1;
      const mergedAt = item.pull_request.merged_at ?? item.closed_at ?? null;
      if (!mergedAt || mergedAt < since) continue;
      state.pullRequestsInWindow += 1;
      if (!item.user || !countable(item.user.type, item.user.login, state.facts)) continue;
      addPullRequest(tallyOf(state, item.user.login), { url: item.pull_request.html_url ?? item.html_url, title: item.title.slice(0, 300), mergedAt });
    }
    const read = page * PAGE_SIZE;
    if (result.total_count > read && page < SEARCH_PAGES && result.items.length > 0) {
      state.cursors.searchPage = page + 1;
      return state;
    }
    if (result.total_count > read) {
      state.limits.push(
        `Only the ${Math.min(read, result.total_count).toLocaleString('en')} newest of ${result.total_count.toLocaleString('en')} merged pull requests since ${dayWords(since)} were read without a token; with one, all are read.`,
      );
    }
    if (result.incomplete_results) state.limits.push("GitHub's search stopped early, so some merged pull requests may be missing.");
    state.next = 'done';
    return state;
  }
  return state;
}
