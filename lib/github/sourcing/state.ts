/**
 * Discovery's state: everything a run has learnt so far, as one value that
 * is stored after every page. An extension's worker may be stopped at any
 * moment, and a rate limit may stop a run for an hour: the next page starts
 * from what was stored, and nothing counted is counted twice.
 */
import { z } from 'zod';
import { Judgement } from '../../profile/github-evidence';
import { Tally } from './rank';

export const RepositoryFacts = z.object({
  /** "OWNER/NAME", as GitHub spells it. */
  fullName: z.string(),
  /** Its page on GitHub. */
  url: z.string(),
  owner: z.string(),
  /** An organisation's own account is never listed among the people. */
  ownerIsOrganisation: z.boolean(),
  description: z.string().nullable(),
  language: z.string().nullable(),
  topics: z.array(z.string()),
  isArchived: z.boolean(),
  archivedAt: z.string().nullable(),
  isEmpty: z.boolean(),
  /** Is it a backend project, and why (a contribution to it raises oss-backend-contributions). */
  backend: Judgement,
});
export type RepositoryFacts = z.infer<typeof RepositoryFacts>;

/** The request discovery makes next. */
export const DiscoveryStep = z.enum(['graphql', 'rest-repository', 'rest-commits', 'rest-search', 'done']);
export type DiscoveryStep = z.infer<typeof DiscoveryStep>;

export const Discovery = z.object({
  repository: z.object({ owner: z.string(), name: z.string(), fullName: z.string() }),
  /** GraphQL with a token; REST and search without one. Fixed for the run. */
  path: z.enum(['graphql', 'rest']),
  /** The window's start, ISO. */
  since: z.string(),
  facts: RepositoryFacts.nullable().default(null),
  next: DiscoveryStep,
  /** GraphQL cursors; REST's next search page. */
  cursors: z
    .object({
      pullRequests: z.string().nullable().default(null),
      commits: z.string().nullable().default(null),
      searchPage: z.number().int().positive().default(1),
    })
    .default({ pullRequests: null, commits: null, searchPage: 1 }),
  /** No more commits to read in the window. */
  commitsDone: z.boolean().default(false),
  /** Merged pull requests read (in the window or not). */
  pullRequestsRead: z.number().int().nonnegative().default(0),
  /** How many there are to read: every merged one (GraphQL), or those merged in the window (search). */
  pullRequestsTotal: z.number().int().nonnegative().nullable().default(null),
  /** Merged pull requests read that were merged in the window. */
  pullRequestsInWindow: z.number().int().nonnegative().default(0),
  commitsRead: z.number().int().nonnegative().default(0),
  /** Lower-cased login → what they did. */
  tallies: z.record(z.string(), Tally).default({}),
  /** What was deliberately left unread, in plain words. */
  limits: z.array(z.string()).default([]),
  /** What a recruiter should know about the repository (archived, empty). */
  notes: z.array(z.string()).default([]),
});
export type Discovery = z.infer<typeof Discovery>;

/** Pull requests per GraphQL page, commits per page, search results per page: GitHub's maximum. */
export const PAGE_SIZE = 100;
/** Search pages read without a token (DESIGN.md budget: ≤ 2 search requests). */
export const SEARCH_PAGES = 2;

export function isDone(discovery: Discovery): boolean {
  return discovery.next === 'done';
}

/** How many people have been found so far (bots and the owner organisation are never counted). */
export function peopleFound(discovery: Discovery): number {
  return Object.keys(discovery.tallies).length;
}
