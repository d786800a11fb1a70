/**
 * Discovery with a token: one GraphQL request per 100 merged pull requests,
 * each carrying the pull requests' authors and reviews and, alongside, the
 * next 100 commits of the default branch in the window (DESIGN.md budget:
 * ≤ 1 request per 100 merged pull requests).
 *
 * Pull requests come most recently updated first, because GitHub cannot
 * order or filter them by merge date: a pull request merged in the window
 * was updated in it too, so once a whole page was last updated before the
 * window, nothing older can be in it and reading stops.
 *
 * Node budget: 100 pull requests × 50 reviews + 100 commits ≈ 5,200 nodes of
 * GitHub's 500,000; about 2 points of the hourly 5,000.
 */
import { z } from 'zod';
import type { GitHubOctokit } from '../client';
import { GitHubError, malformed, rateLimited } from '../errors';
import { graphqlUrl } from '../graphql';
import { judgeTargetBackend } from '../relevance';
import { addCommit, addPullRequest, addReview } from './rank';
import { PAGE_SIZE, type Discovery, type RepositoryFacts } from './state';
import { countable, missingRepository, noAccess, tallyOf } from './people';

export const REVIEWS_PER_PULL_REQUEST = 50;

export const REPOSITORY_PEOPLE_QUERY = `query BackendScoutRepositoryPeople(
  $owner: String!, $name: String!, $since: GitTimestamp!,
  $pullRequests: String, $commits: String, $withCommits: Boolean!
) {
  repository(owner: $owner, name: $name) {
    nameWithOwner
    url
    description
    isArchived
    archivedAt
    isEmpty
    owner { __typename login }
    primaryLanguage { name }
    repositoryTopics(first: 20) { nodes { topic { name } } }
    pullRequests(states: MERGED, first: ${PAGE_SIZE}, after: $pullRequests, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        url
        title
        mergedAt
        updatedAt
        author { __typename login }
        reviews(first: ${REVIEWS_PER_PULL_REQUEST}) {
          totalCount
          nodes { submittedAt author { __typename login } }
        }
      }
    }
    defaultBranchRef @include(if: $withCommits) {
      target {
        __typename
        ... on Commit {
          history(first: ${PAGE_SIZE}, after: $commits, since: $since) {
            pageInfo { hasNextPage endCursor }
            nodes { committedDate author { user { __typename login } } }
          }
        }
      }
    }
  }
}
`;

const Actor = z.object({ __typename: z.string(), login: z.string() }).nullable();
const PageInfo = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });

const Response = z.object({
  data: z
    .object({
      repository: z
        .object({
          nameWithOwner: z.string(),
          url: z.string(),
          description: z.string().nullable(),
          isArchived: z.boolean(),
          archivedAt: z.string().nullable(),
          isEmpty: z.boolean(),
          owner: z.object({ __typename: z.string(), login: z.string() }),
          primaryLanguage: z.object({ name: z.string() }).nullable(),
          repositoryTopics: z.object({ nodes: z.array(z.object({ topic: z.object({ name: z.string() }) }).nullable()).nullable() }),
          pullRequests: z.object({
            totalCount: z.number().int().nonnegative(),
            pageInfo: PageInfo,
            nodes: z
              .array(
                z
                  .object({
                    url: z.string(),
                    title: z.string(),
                    mergedAt: z.string().nullable(),
                    updatedAt: z.string(),
                    author: Actor,
                    reviews: z
                      .object({
                        totalCount: z.number().int().nonnegative(),
                        nodes: z.array(z.object({ submittedAt: z.string().nullable(), author: Actor }).nullable()).nullable(),
                      })
                      .nullable(),
                  })
                  .nullable(),
              )
              .nullable(),
          }),
          defaultBranchRef: z
            .object({
              target: z
                .object({
                  __typename: z.string(),
                  history: z
                    .object({
                      pageInfo: PageInfo,
                      nodes: z
                        .array(z.object({ committedDate: z.string(), author: z.object({ user: Actor }).nullable() }).nullable())
                        .nullable(),
                    })
                    .optional(),
                })
                .nullable(),
            })
            .nullable()
            .optional(),
        })
        .nullable(),
    })
    .nullable()
    .optional(),
  errors: z.array(z.object({ message: z.string(), type: z.string().optional() })).optional(),
});

function factsOf(repository: NonNullable<NonNullable<z.infer<typeof Response>['data']>['repository']>): RepositoryFacts {
  const topics = (repository.repositoryTopics.nodes ?? []).flatMap((n) => (n ? [n.topic.name] : []));
  return {
    fullName: repository.nameWithOwner,
    url: repository.url,
    owner: repository.owner.login,
    ownerIsOrganisation: repository.owner.__typename === 'Organization',
    description: repository.description,
    language: repository.primaryLanguage?.name ?? null,
    topics,
    isArchived: repository.isArchived,
    archivedAt: repository.archivedAt,
    isEmpty: repository.isEmpty,
    backend: judgeTargetBackend({ fullName: repository.nameWithOwner, description: repository.description, language: repository.primaryLanguage?.name ?? null, topics }),
  };
}

/** Reads the next page; returns the new state (the given one is not changed). */
export async function graphqlStep(octokit: GitHubOctokit, current: Discovery, hasToken: boolean): Promise<Discovery> {
  const state = structuredClone(current);
  const { owner, name } = state.repository;
  const response = await octokit.request(`POST ${graphqlUrl(String(octokit.request.endpoint.DEFAULTS.baseUrl))}`, {
    query: REPOSITORY_PEOPLE_QUERY,
    variables: {
      owner,
      name,
      since: state.since,
      pullRequests: state.cursors.pullRequests,
      commits: state.cursors.commits,
      withCommits: !state.commitsDone,
    },
  });
  const parsed = Response.safeParse(response.data);
  if (!parsed.success) throw parsed.error;
  const { data, errors } = parsed.data;
  if (errors?.some((e) => e.type === 'RATE_LIMITED')) {
    const reset = Number((response.headers as Record<string, unknown>)['x-ratelimit-reset']);
    throw new GitHubError(rateLimited('graphql', Number.isFinite(reset) ? reset * 1000 : Date.now() + 3_600_000, hasToken));
  }
  const repository = data?.repository;
  if (!repository) {
    if (errors?.some((e) => e.type === 'FORBIDDEN')) throw new GitHubError(noAccess(state.repository.fullName, errors[0]?.message ?? ''));
    if (data?.repository === null || errors?.some((e) => e.type === 'NOT_FOUND')) {
      throw new GitHubError(missingRepository(state.repository.fullName, hasToken));
    }
    throw new GitHubError(malformed('graphql', errors?.[0]?.message ?? 'no data'));
  }

  const facts = factsOf(repository);
  state.facts = facts;
  if (facts.isEmpty) {
    state.next = 'done';
    return state;
  }

  const since = state.since;
  const pullRequests = repository.pullRequests;
  state.pullRequestsTotal = pullRequests.totalCount;
  let oldestUpdate: string | null = null;
  let manyReviews = false;
  for (const pr of pullRequests.nodes ?? []) {
    if (!pr) continue;
    state.pullRequestsRead += 1;
    if (oldestUpdate === null || pr.updatedAt < oldestUpdate) oldestUpdate = pr.updatedAt;
    if (!pr.mergedAt || pr.mergedAt < since) continue;
    state.pullRequestsInWindow += 1;
    const author = pr.author && countable(pr.author.__typename, pr.author.login, facts) ? pr.author.login : null;
    if (author) addPullRequest(tallyOf(state, author), { url: pr.url, title: pr.title.slice(0, 300), mergedAt: pr.mergedAt });
    if ((pr.reviews?.totalCount ?? 0) > REVIEWS_PER_PULL_REQUEST) manyReviews = true;
    for (const review of pr.reviews?.nodes ?? []) {
      if (!review?.author || !review.submittedAt || review.submittedAt < since) continue;
      // Reviewing your own pull request is not reviewing somebody else's.
      if (pr.author && review.author.login.toLowerCase() === pr.author.login.toLowerCase()) continue;
      if (!countable(review.author.__typename, review.author.login, facts)) continue;
      addReview(tallyOf(state, review.author.login), pr.url, review.submittedAt);
    }
  }
  if (manyReviews && !state.limits.some((l) => l.startsWith('Some pull requests'))) {
    state.limits.push(`Some pull requests had more than ${REVIEWS_PER_PULL_REQUEST} reviews; only the first ${REVIEWS_PER_PULL_REQUEST} of each were read.`);
  }
  state.cursors.pullRequests = pullRequests.pageInfo.endCursor;
  const pullRequestsDone = !pullRequests.pageInfo.hasNextPage || (oldestUpdate !== null && oldestUpdate < since);

  const history = repository.defaultBranchRef?.target?.history;
  if (!state.commitsDone) {
    if (!history) state.commitsDone = true;
    else {
      for (const commit of history.nodes ?? []) {
        if (!commit) continue;
        state.commitsRead += 1;
        const user = commit.author?.user;
        // A commit whose e-mail no GitHub account claims has no login: it cannot be anyone's here.
        if (user && countable(user.__typename, user.login, facts)) addCommit(tallyOf(state, user.login), commit.committedDate);
      }
      state.cursors.commits = history.pageInfo.endCursor;
      state.commitsDone = !history.pageInfo.hasNextPage;
    }
  }

  if (pullRequestsDone) {
    state.next = 'done';
    if (!state.commitsDone) {
      state.limits.push(
        `Only the ${state.commitsRead.toLocaleString('en')} newest commits since the window's start were read (100 per 100 merged pull requests, to stay within GitHub's budget).`,
      );
    }
  }
  return state;
}
