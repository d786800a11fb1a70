/**
 * One repository, from whichever path read it, into the evidence shape with
 * its two verdicts.
 */
import { GitHubRepository } from '../profile/github-evidence';
import { judgeBackend, judgeTutorial, type RepositoryFacts } from './relevance';

export interface RepositoryRead extends RepositoryFacts {
  url: string;
  languages: Record<string, number>;
  isFork: boolean;
  isArchived: boolean;
}

export function toRepository(read: RepositoryRead): GitHubRepository {
  return GitHubRepository.parse({
    fullName: read.fullName,
    name: read.name,
    url: read.url,
    description: read.description,
    language: read.language,
    languages: read.languages,
    topics: [...read.topics],
    stars: read.stars,
    isFork: read.isFork,
    isArchived: read.isArchived,
    sizeKb: read.sizeKb,
    createdAt: read.createdAt,
    pushedAt: read.pushedAt,
    rootFiles: read.rootFiles ? [...read.rootFiles] : null,
    workflows: read.workflows ? [...read.workflows] : null,
    dependencies: read.dependencies ? [...read.dependencies] : null,
    backend: judgeBackend(read),
    tutorial: judgeTutorial(read),
  });
}

/** Owned repositories split in two: the person's own work, and forks kept apart. */
export function splitForks(repositories: readonly GitHubRepository[]): { repositories: GitHubRepository[]; forks: GitHubRepository[] } {
  return {
    repositories: repositories.filter((r) => !r.isFork),
    forks: repositories.filter((r) => r.isFork),
  };
}
