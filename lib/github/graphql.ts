/**
 * The path with a token: one GraphQL query per user. It reads the profile,
 * the 100 most recently pushed own repositories with their primary
 * language, topics, root entries, CI workflows and dependency manifests, the
 * 100 most recently pushed forks (lightly), and the merged pull requests to
 * other people's repositories with their targets' language and topics.
 *
 * Rate-limit points (DESIGN.md: at most 2): repositories 1 + their topics 100
 * + forks 1 + search 1 + the targets' topics 100 = 203 requests, 2 points.
 * Languages by size would add 100 (a third point): the primary language is
 * what the flags need. Node budget (GitHub allows 500,000): about 3,200
 * nodes; tree entries and blobs are objects, not connections.
 */
import { z } from 'zod';
import { GitHubContribution, GitHubUser, type GitHubRepository } from '../profile/github-evidence';
import type { GitHubOctokit } from './client';
import { MANIFEST_FILES, parseManifest, type ManifestFile } from './dependencies';
import { GitHubError, malformed, notFound, organisation, rateLimited } from './errors';
import { judgeTargetBackend } from './relevance';
import { toRepository } from './repository';
import { mergedPullRequestQuery } from './rest';

/** GraphQL aliases for manifest files ("package.json" → "manifest_package_json"). */
function manifestAlias(file: ManifestFile): string {
  return `manifest_${file.replace(/[^A-Za-z0-9]/g, '_')}`;
}

const MANIFEST_FIELDS = MANIFEST_FILES.map(
  (file) => `    ${manifestAlias(file)}: object(expression: "HEAD:${file}") { ... on Blob { text } }`,
).join('\n');

export const REPOSITORY_LIMIT = 100;

export const USER_QUERY = `query BackendScoutUser($login: String!, $mergedPullRequests: String!) {
  repositoryOwner(login: $login) {
    __typename
    login
    url
    ... on User {
      databaseId
      name
      bio
      company
      websiteUrl
      email
      location
      createdAt
      followers { totalCount }
      repositories(first: ${REPOSITORY_LIMIT}, ownerAffiliations: OWNER, isFork: false, orderBy: { field: PUSHED_AT, direction: DESC }) {
        totalCount
        nodes { ...ScoutRepository }
      }
      forks: repositories(first: ${REPOSITORY_LIMIT}, ownerAffiliations: OWNER, isFork: true, orderBy: { field: PUSHED_AT, direction: DESC }) {
        totalCount
        nodes {
          name
          nameWithOwner
          url
          description
          isArchived
          stargazerCount
          diskUsage
          createdAt
          pushedAt
          primaryLanguage { name }
        }
      }
    }
  }
  search(type: ISSUE, query: $mergedPullRequests, first: 100) {
    issueCount
    nodes {
      ... on PullRequest {
        title
        url
        mergedAt
        repository {
          nameWithOwner
          url
          description
          primaryLanguage { name }
          repositoryTopics(first: 10) { nodes { topic { name } } }
        }
      }
    }
  }
}

fragment ScoutRepository on Repository {
  name
  nameWithOwner
  url
  description
  isFork
  isArchived
  stargazerCount
  diskUsage
  createdAt
  pushedAt
  primaryLanguage { name }
  repositoryTopics(first: 20) { nodes { topic { name } } }
  root: object(expression: "HEAD:") { ... on Tree { entries { name } } }
  workflows: object(expression: "HEAD:.github/workflows") { ... on Tree { entries { name } } }
${MANIFEST_FIELDS}
}
`;

const Named = z.object({ name: z.string() });
const Topics = z.object({ nodes: z.array(z.object({ topic: Named }).nullable()).nullable() });
const Tree = z.object({ entries: z.array(Named).nullable().optional() }).nullable().optional();
const Blob = z.object({ text: z.string().nullable().optional() }).nullable().optional();

const RepositoryNode = z
  .looseObject({
    name: z.string(),
    nameWithOwner: z.string(),
    url: z.string(),
    description: z.string().nullable(),
    isFork: z.boolean(),
    isArchived: z.boolean(),
    stargazerCount: z.number().int().nonnegative(),
    diskUsage: z.number().nullable(),
    createdAt: z.string(),
    pushedAt: z.string().nullable(),
    primaryLanguage: Named.nullable(),
    repositoryTopics: Topics,
    root: Tree,
    workflows: Tree,
  });

/** The manifest aliases of one repository node, validated apart (their keys are built from MANIFEST_FILES). */
const ManifestBlobs = z.record(z.string(), Blob);

const ForkNode = z.object({
  name: z.string(),
  nameWithOwner: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  isArchived: z.boolean(),
  stargazerCount: z.number().int().nonnegative(),
  diskUsage: z.number().nullable(),
  createdAt: z.string(),
  pushedAt: z.string().nullable(),
  primaryLanguage: Named.nullable(),
});

const Owner = z.union([
  z.object({
    __typename: z.literal('User'),
    login: z.string(),
    url: z.string(),
    databaseId: z.number().int().nullable(),
    name: z.string().nullable(),
    bio: z.string().nullable(),
    company: z.string().nullable(),
    websiteUrl: z.string().nullable(),
    /** The public profile email; GitHub answers '' when there is none. */
    email: z.string().optional(),
    location: z.string().nullable(),
    createdAt: z.string(),
    followers: z.object({ totalCount: z.number().int().nonnegative() }),
    repositories: z.object({ totalCount: z.number().int().nonnegative(), nodes: z.array(RepositoryNode.nullable()).nullable() }),
    forks: z.object({ totalCount: z.number().int().nonnegative(), nodes: z.array(ForkNode.nullable()).nullable() }),
  }),
  z.object({ __typename: z.literal('Organization'), login: z.string(), url: z.string() }),
]);

const SearchNode = z.union([
  z.object({
    title: z.string(),
    url: z.string(),
    mergedAt: z.string().nullable(),
    repository: z.object({
      nameWithOwner: z.string(),
      url: z.string(),
      description: z.string().nullable(),
      primaryLanguage: Named.nullable(),
      repositoryTopics: Topics,
    }),
  }),
  // Search may return other kinds of node in principle; they carry none of these fields.
  z.object({}).strict(),
]);

const Response = z.object({
  data: z
    .object({
      repositoryOwner: Owner.nullable(),
      search: z.object({ issueCount: z.number().int().nonnegative(), nodes: z.array(SearchNode.nullable()).nullable() }),
    })
    .nullable()
    .optional(),
  errors: z.array(z.object({ message: z.string(), type: z.string().optional() })).optional(),
});

export interface GraphQLAnalysis {
  user: GitHubUser;
  repositories: GitHubRepository[];
  forks: GitHubRepository[];
  contributions: GitHubContribution[];
  limits: string[];
}

function topicNames(topics: z.infer<typeof Topics>): string[] {
  return (topics.nodes ?? []).flatMap((n) => (n ? [n.topic.name] : []));
}

function dependenciesOf(node: z.infer<typeof RepositoryNode>): string[] | null {
  const names: string[] = [];
  let sawManifest = false;
  const blobs = ManifestBlobs.parse(
    Object.fromEntries(MANIFEST_FILES.map((file) => [file, (node as Record<string, unknown>)[manifestAlias(file)] ?? null])),
  );
  for (const file of MANIFEST_FILES) {
    const text = blobs[file]?.text;
    if (typeof text !== 'string') continue;
    sawManifest = true;
    // A huge manifest is cut: the first 64 KB name the dependencies that matter.
    names.push(...parseManifest(file, text.slice(0, 65_536)));
  }
  return sawManifest ? [...new Set(names)] : node.root ? [] : null;
}

/**
 * Where GraphQL lives: /graphql on api.github.com, but /api/graphql (not
 * /api/v3/graphql) on GitHub Enterprise Server.
 */
export function graphqlUrl(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  return /\/api\/v3$/.test(base) ? `${base.replace(/\/v3$/, '')}/graphql` : `${base}/graphql`;
}

export async function analyseWithGraphQL(
  octokit: GitHubOctokit,
  login: string,
  context: { hasToken: boolean },
): Promise<GraphQLAnalysis> {
  const response = await octokit.request(`POST ${graphqlUrl(String(octokit.request.endpoint.DEFAULTS.baseUrl))}`, {
    query: USER_QUERY,
    variables: { login, mergedPullRequests: mergedPullRequestQuery(login) },
  });
  const parsed = Response.safeParse(response.data);
  if (!parsed.success) throw parsed.error;
  const { data, errors } = parsed.data;
  const rateLimitedError = errors?.find((e) => e.type === 'RATE_LIMITED');
  if (rateLimitedError) {
    const reset = Number((response.headers as Record<string, unknown>)['x-ratelimit-reset']);
    throw new GitHubError(rateLimited('graphql', Number.isFinite(reset) ? reset * 1000 : Date.now() + 3_600_000, context.hasToken));
  }
  if (!data) throw new GitHubError(malformed('graphql', errors?.[0]?.message ?? 'no data'));
  const owner = data.repositoryOwner;
  if (!owner) throw new GitHubError(notFound(login));
  if (owner.__typename === 'Organization') throw new GitHubError(organisation(owner.login));

  const user = GitHubUser.parse({
    login: owner.login,
    ...(owner.databaseId !== null ? { id: owner.databaseId } : {}),
    name: owner.name,
    company: owner.company,
    bio: owner.bio,
    blog: owner.websiteUrl,
    email: owner.email || null,
    location: owner.location,
    publicRepos: owner.repositories.totalCount + owner.forks.totalCount,
    followers: owner.followers.totalCount,
    createdAt: owner.createdAt,
    url: owner.url,
  });

  const repositories = (owner.repositories.nodes ?? []).flatMap((node) => {
    if (!node) return [];
    return [
      toRepository({
        fullName: node.nameWithOwner,
        name: node.name,
        url: node.url,
        description: node.description,
        language: node.primaryLanguage?.name ?? null,
        // Languages by size cost a point per query (100 repositories × a connection each):
        // the primary language answers "mostly a backend language" within DESIGN.md's 2 points.
        languages: {},
        topics: topicNames(node.repositoryTopics),
        stars: node.stargazerCount,
        isFork: node.isFork,
        isArchived: node.isArchived,
        sizeKb: node.diskUsage ?? 0,
        createdAt: node.createdAt,
        pushedAt: node.pushedAt,
        // An empty repository has no HEAD: its tree is unknown, not empty.
        rootFiles: node.root ? (node.root.entries ?? []).map((e) => e.name) : null,
        workflows: node.workflows ? (node.workflows.entries ?? []).map((e) => e.name) : node.root ? [] : null,
        dependencies: dependenciesOf(node),
      }),
    ];
  });

  const forks = (owner.forks.nodes ?? []).flatMap((node) =>
    node
      ? [
          toRepository({
            fullName: node.nameWithOwner,
            name: node.name,
            url: node.url,
            description: node.description,
            language: node.primaryLanguage?.name ?? null,
            languages: {},
            topics: [],
            stars: node.stargazerCount,
            isFork: true,
            isArchived: node.isArchived,
            sizeKb: node.diskUsage ?? 0,
            createdAt: node.createdAt,
            pushedAt: node.pushedAt,
            rootFiles: null,
            workflows: null,
            dependencies: null,
          }),
        ]
      : [],
  );

  const contributions: GitHubContribution[] = [];
  for (const node of data.search.nodes ?? []) {
    if (!node || !('repository' in node)) continue;
    const target = node.repository;
    if (target.nameWithOwner.split('/')[0]?.toLowerCase() === login.toLowerCase()) continue;
    contributions.push(
      GitHubContribution.parse({
        repository: target.nameWithOwner,
        repositoryUrl: target.url,
        url: node.url,
        title: node.title,
        mergedAt: node.mergedAt,
        backend: judgeTargetBackend({
          fullName: target.nameWithOwner,
          description: target.description,
          language: target.primaryLanguage?.name ?? null,
          topics: topicNames(target.repositoryTopics),
        }),
      }),
    );
  }
  contributions.sort((a, b) => (b.mergedAt ?? '').localeCompare(a.mergedAt ?? ''));

  const limits: string[] = [];
  if (owner.repositories.totalCount > REPOSITORY_LIMIT) {
    limits.push(
      `Only the ${REPOSITORY_LIMIT} most recently pushed of ${owner.repositories.totalCount} own repositories were read.`,
    );
  }
  if (owner.forks.totalCount > REPOSITORY_LIMIT) {
    limits.push(`Only the ${REPOSITORY_LIMIT} most recently pushed of ${owner.forks.totalCount} forks were read.`);
  }
  if (data.search.issueCount > 100) {
    limits.push(`Only the 100 newest of ${data.search.issueCount} merged pull requests to other people's repositories were read.`);
  }
  return { user, repositories, forks, contributions, limits };
}
