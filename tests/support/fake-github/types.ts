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

/** Somebody's account as a pull request, review or commit names it. */
export interface FixtureActor {
  login: string;
  /** GitHub's type: "User" unless said otherwise. */
  type?: 'User' | 'Bot' | 'Organization';
}

/** A review of a pull request. */
export interface FixtureReview extends FixtureActor {
  submittedAt: string;
  state?: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED';
}

/** A pull request into a fixture repository. */
export interface FixtureRepositoryPullRequest {
  number: number;
  title: string;
  author: FixtureActor;
  createdAt: string;
  /** Null for one closed without merging. */
  mergedAt: string | null;
  /** Defaults to the merge (or creation) time. */
  updatedAt?: string;
  reviews?: FixtureReview[];
}

/** A commit on the default branch; `author` null when no GitHub account claims its e-mail. */
export interface FixtureCommit {
  author: FixtureActor | null;
  date: string;
  message?: string;
}

/**
 * A repository whose people sourcing reads (pull requests with reviews, the
 * default branch's history). The owner need not be a fixture user.
 */
export interface FixtureRepository {
  owner: string;
  ownerType: 'User' | 'Organization';
  name: string;
  description?: string | null;
  language?: string | null;
  topics?: string[];
  stars?: number;
  archivedAt?: string;
  /** Private: GitHub answers 404 to everyone here (no fixture token has access). */
  private?: boolean;
  /** No commits at all: GraphQL isEmpty, REST's commits list answers 409. */
  empty?: boolean;
  /** The organisation enforces single sign-on: a token is refused (403 / FORBIDDEN); anonymous reads work. */
  samlProtected?: boolean;
  /** GitHub refuses the contributors list ("too large"). */
  contributorsTooLarge?: boolean;
  pullRequests: FixtureRepositoryPullRequest[];
  /** Newest first. */
  commits?: FixtureCommit[];
  /** A long history made on the fly: `count` commits, one every `everyMinutes`, from `newest` backwards, by these authors in turn. */
  generatedCommits?: { count: number; newest: string; everyMinutes: number; authors: FixtureActor[] };
}
