/**
 * What the rules read from GitHub evidence: the technologies a repository
 * names (language, topics, description, dependencies) and evidence lines
 * pointing at the repository or pull request.
 */
import type { GitHubContribution, GitHubEvidence, GitHubRepository } from '../profile/github-evidence';
import type { Evidence } from './evidence';
import { excerpt } from './evidence';
import { findTechnologies, technologyOfDependency, type Technology } from '../vocabulary/vocabulary';

export interface RepositoryTechnology {
  technology: Technology;
  /** In the recruiter's words: "topic: postgresql", "depends on psycopg2". */
  reason: string;
}

const cache = new WeakMap<GitHubRepository, RepositoryTechnology[]>();

/** The technologies a repository names, each with the reason it was seen. */
export function repositoryTechnologies(repo: GitHubRepository): RepositoryTechnology[] {
  const cached = cache.get(repo);
  if (cached) return cached;
  const found: RepositoryTechnology[] = [];
  const seen = new Set<string>();
  const add = (technology: Technology, reason: string) => {
    if (seen.has(technology.id)) return;
    seen.add(technology.id);
    found.push({ technology, reason });
  };
  if (repo.language) for (const m of findTechnologies(repo.language)) add(m.technology, `written in ${repo.language}`);
  for (const topic of repo.topics) for (const m of findTechnologies(topic)) add(m.technology, `topic: ${topic}`);
  if (repo.description) for (const m of findTechnologies(repo.description)) add(m.technology, `description names ${m.matched}`);
  for (const dep of repo.dependencies ?? []) {
    const tech = technologyOfDependency(dep);
    if (tech) add(tech, `depends on ${dep}`);
  }
  cache.set(repo, found);
  return found;
}

/** Owned, non-fork repositories (forks are kept apart by the analysis, but be sure). */
export function ownedRepositories(github: GitHubEvidence | undefined): GitHubRepository[] {
  return (github?.repositories ?? []).filter((r) => !r.isFork);
}

/** Merged pull requests to other people's repositories. */
export function mergedContributions(github: GitHubEvidence | undefined): GitHubContribution[] {
  return (github?.contributions ?? []).filter((c) => c.mergedAt !== null);
}

export function repositoryEvidence(repo: GitHubRepository, why: string): Evidence {
  return { source: 'github', text: excerpt(`${repo.fullName}: ${why}`), url: repo.url };
}

export function contributionEvidence(pr: GitHubContribution, why?: string): Evidence {
  const text = `merged pull request to ${pr.repository}: "${pr.title}"${why ? ` (${why})` : ''}`;
  return { source: 'github', text: excerpt(text), url: pr.url };
}

/** Root names that are test folders or test configuration. */
export const TEST_ROOT_NAMES = /^(?:tests?|spec|specs|__tests__|test_.*|.*_test\.go|pytest\.ini|jest\.config\.\w+|vitest\.config\.\w+|karma\.conf\.js|phpunit\.xml(?:\.dist)?|tox\.ini|\.rspec|cypress|e2e)$/i;
/** Root names that are deployment or CI configuration. */
export const DEPLOY_ROOT_NAMES = /^(?:Dockerfile|docker-compose\.ya?ml|compose\.ya?ml|\.gitlab-ci\.yml|Jenkinsfile|\.circleci|\.travis\.yml|Procfile|fly\.toml|app\.yaml|k8s|kubernetes|helm|charts|terraform|serverless\.ya?ml|skaffold\.yaml)$/i;
