/**
 * What the GitHub analysis (lib/github/) found about one user, in the shape
 * the screening rules read. The analysis fills it; the rules never call the
 * API. Every verdict carries its reasons so the popup can say *why*.
 *
 * Rules must treat missing GitHub evidence as "nothing known", never as a
 * flag: a person without a GitHub account is not a yellow flag (DOMAIN.md).
 */
import { z } from 'zod';

export const Judgement = z.object({
  /** The judgement itself: "is backend-relevant", "looks tutorial-level". */
  value: z.boolean(),
  /** Plain-language reasons a recruiter can read ("topic: postgresql"). */
  reasons: z.array(z.string()),
});
export type Judgement = z.infer<typeof Judgement>;

export const GitHubRepository = z.object({
  /** "owner/name". */
  fullName: z.string(),
  name: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  /** The primary language GitHub computed, or null. */
  language: z.string().nullable(),
  /** Languages by bytes where known (GraphQL path); empty when unknown. */
  languages: z.record(z.string(), z.number()).default({}),
  topics: z.array(z.string()).default([]),
  stars: z.number().int().nonnegative(),
  isFork: z.boolean(),
  isArchived: z.boolean().default(false),
  /** Size in KB as GitHub reports it. */
  sizeKb: z.number().nonnegative().default(0),
  createdAt: z.string().nullable(),
  pushedAt: z.string().nullable(),
  /**
   * Names at the repository's root ("Dockerfile", ".github", "migrations"...);
   * null when unknown (the REST path without a token does not read trees).
   */
  rootFiles: z.array(z.string()).nullable().default(null),
  /** CI workflow file names under .github/workflows; null when unknown. */
  workflows: z.array(z.string()).nullable().default(null),
  /** Package names read from dependency manifests (package.json, go.mod...); null when unknown. */
  dependencies: z.array(z.string()).nullable().default(null),
  /** Is this a backend project, and why. */
  backend: Judgement,
  /** Does this look like course work, a tutorial, a clone or boilerplate, and why. */
  tutorial: Judgement,
});
export type GitHubRepository = z.infer<typeof GitHubRepository>;
export type GitHubRepositoryInput = z.input<typeof GitHubRepository>;

/** A merged pull request to somebody else's repository. */
export const GitHubContribution = z.object({
  /** The target, "owner/name". */
  repository: z.string(),
  repositoryUrl: z.string(),
  /** The pull request's own page. */
  url: z.string(),
  title: z.string(),
  mergedAt: z.string().nullable(),
  /** Whether the target is a backend project, and why. */
  backend: Judgement,
});
export type GitHubContribution = z.infer<typeof GitHubContribution>;

export const GitHubUser = z.object({
  login: z.string(),
  id: z.number().int().optional(),
  name: z.string().nullable().default(null),
  company: z.string().nullable().default(null),
  bio: z.string().nullable().default(null),
  blog: z.string().nullable().default(null),
  /** The public profile email the person chose to show (never a commit email); null when none. */
  email: z.string().nullish(),
  location: z.string().nullable().default(null),
  publicRepos: z.number().int().nonnegative().default(0),
  followers: z.number().int().nonnegative().default(0),
  createdAt: z.string().nullable().default(null),
  url: z.string(),
});
export type GitHubUser = z.infer<typeof GitHubUser>;

export const GitHubEvidence = z.object({
  login: z.string(),
  /** ISO timestamp of the analysis. */
  fetchedAt: z.string(),
  user: GitHubUser.nullable().default(null),
  /** Owned, non-fork repositories, most recently pushed first. */
  repositories: z.array(GitHubRepository).default([]),
  /** Forks, kept apart: a fork alone proves nothing. */
  forks: z.array(GitHubRepository).default([]),
  /** Merged pull requests to other people's repositories, newest first. */
  contributions: z.array(GitHubContribution).default([]),
  /**
   * What was deliberately left out, in plain words ("only the 100 most
   * recently pushed of 240 repositories were read").
   */
  limits: z.array(z.string()).default([]),
});
export type GitHubEvidence = z.infer<typeof GitHubEvidence>;
/** A merged pull request sourcing found, with its page. */
export const SourcedPullRequest = z.object({
  url: z.string(),
  title: z.string(),
  mergedAt: z.string(),
});
export type SourcedPullRequest = z.infer<typeof SourcedPullRequest>;

/**
 * What one person did in one repository, as sourcing from that repository
 * found it (lib/github/sourcing): the CLI prints it as `contribution`, the
 * candidate keeps it, and its merged pull requests count as contributions
 * (below) so `oss-backend-contributions` sees them.
 */
export const RepositoryContribution = z.object({
  /** "OWNER/NAME", as GitHub spells it. */
  repository: z.string(),
  repositoryUrl: z.string(),
  mergedPullRequests: z.number().int().nonnegative(),
  /** Pull requests of other people they reviewed; null when not read (without a token). */
  reviews: z.number().int().nonnegative().nullable(),
  commits: z.number().int().nonnegative(),
  lastContributedAt: z.string().nullable(),
  /** The ranking's score (DESIGN.md "Sourcing from a repository"), one decimal. */
  score: z.number().nonnegative(),
  /** Whether the repository is a backend project, and why. */
  backend: Judgement,
  /** The newest of their merged pull requests there, each with its page. */
  pullRequests: z.array(SourcedPullRequest).default([]),
  /** The contribution in words, each line linking to GitHub. */
  evidence: z.array(z.object({ source: z.literal('github'), text: z.string(), url: z.string() })).default([]),
});
export type RepositoryContribution = z.infer<typeof RepositoryContribution>;
export type RepositoryContributionInput = z.input<typeof RepositoryContribution>;

/**
 * GitHub evidence with what sourcing found added: each merged pull request
 * into a repository the person does not own becomes a contribution (the
 * analysis reads only the newest 100 of theirs, so these may be new), with
 * the repository's backend verdict. No evidence yet (the account was not
 * analysed) gives evidence of these contributions alone, and says so.
 */
export function withRepositoryContributions(
  github: GitHubEvidence | undefined,
  login: string | null,
  sourced: readonly RepositoryContribution[],
): GitHubEvidence | undefined {
  const owner = (repository: string) => repository.split('/')[0]?.toLowerCase() ?? '';
  const mine = login?.toLowerCase() ?? (github ? github.login.toLowerCase() : '');
  const added: GitHubContribution[] = [];
  for (const contribution of sourced) {
    if (owner(contribution.repository) === mine) continue;
    for (const pr of contribution.pullRequests) {
      added.push({
        repository: contribution.repository,
        repositoryUrl: contribution.repositoryUrl,
        url: pr.url,
        title: pr.title,
        mergedAt: pr.mergedAt,
        backend: contribution.backend,
      });
    }
  }
  if (added.length === 0) return github;
  const base =
    github ??
    GitHubEvidence.parse({
      login: login ?? '',
      fetchedAt: added.reduce((latest, c) => ((c.mergedAt ?? '') > latest ? (c.mergedAt ?? '') : latest), ''),
      limits: ['Only contributions found by sourcing are known: the GitHub account itself was not analysed yet.'],
    });
  const seen = new Set(base.contributions.map((c) => c.url));
  const contributions = [...base.contributions, ...added.filter((c) => !seen.has(c.url) && seen.add(c.url))];
  contributions.sort((a, b) => (b.mergedAt ?? '').localeCompare(a.mergedAt ?? ''));
  return { ...base, contributions };
}
