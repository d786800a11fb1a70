/**
 * The data a fixture user is made of. The fake server turns it into REST and
 * GraphQL responses shaped like GitHub's, so a new fixture is one data file in
 * users/ and nothing else. Fixture people are invented, never real.
 */
export interface FixtureRepo {
  name: string;
  description?: string | null;
  /** Primary language, or null. */
  language?: string | null;
  /** Languages by bytes (GraphQL path). */
  languages?: Record<string, number>;
  topics?: string[];
  stars?: number;
  fork?: boolean;
  /** "owner/name" of the repository this one was forked from. */
  parent?: string;
  archived?: boolean;
  /** GitHub's `size` / `diskUsage`, in KB. */
  sizeKb?: number;
  createdAt: string;
  pushedAt: string;
  /** Names at the root of the default branch. */
  rootFiles?: string[];
  /** File names under .github/workflows. */
  workflows?: string[];
  /** Manifest file name → its text ("package.json" → "{...}"). */
  manifests?: Record<string, string>;
}

/** The repository a merged pull request went into (somebody else's). */
export interface FixtureTarget {
  fullName: string;
  description?: string | null;
  language?: string | null;
  topics?: string[];
  stars?: number;
}

export interface FixturePullRequest {
  target: FixtureTarget;
  number: number;
  title: string;
  createdAt: string;
  mergedAt: string;
}

export interface FixtureUser {
  login: string;
  type?: 'User' | 'Organization';
  id?: number;
  name?: string | null;
  company?: string | null;
  bio?: string | null;
  blog?: string | null;
  /** The public profile email. */
  email?: string | null;
  location?: string | null;
  followers?: number;
  createdAt?: string;
  repos: FixtureRepo[];
  pullRequests?: FixturePullRequest[];
}
