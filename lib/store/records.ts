/**
 * The records the database keeps, as zod schemas: every read from IndexedDB
 * goes through one of these (a stored record may be old, half-written by a
 * stopped worker, or edited by hand), so the pages never see a shape they
 * did not expect. One table, one schema.
 */
import { z } from 'zod';
import { Profile } from '../profile/profile';
import { RepositoryContribution } from '../profile/github-evidence';
import { Discovery } from '../github/sourcing/state';
import { Level } from '../screening/levels';
import { RoleScorecard } from '../screening/scorecard';

/** Where the candidate is in the hiring conversation, in pipeline order. */
export const STAGES = ['sourced', 'contacted', 'replied', 'screening', 'interviewing', 'offer', 'hired', 'not-a-fit'] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

/** The recruiter's own call, separate from the computed flags. */
export const VERDICTS = ['strong-yes', 'maybe', 'no'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

/** Must-haves of one role met, of how many. */
export const RoleMatchCount = z.object({ met: z.number().int(), total: z.number().int() });
export type RoleMatchCount = z.infer<typeof RoleMatchCount>;

/**
 * What the side panel and the CSV need of a screening, stored with the
 * candidate so 10,000 rows never re-screen: flag ids by kind, the level, and
 * the must-haves met for each role (recomputed when a role changes).
 */
export const ScreeningSummary = z.object({
  green: z.array(z.string()),
  yellow: z.array(z.string()),
  level: Level,
  years: z.number().nullable(),
  /** Role id → must-haves met of total. */
  roleMatches: z.record(z.string(), RoleMatchCount),
  screenedAt: z.string(),
});
export type ScreeningSummary = z.infer<typeof ScreeningSummary>;

/** "Do not contact", why, and since when (ISO timestamp). */
export const DoNotContact = z.object({
  reason: z.string().max(500),
  at: z.string(),
});
export type DoNotContact = z.infer<typeof DoNotContact>;

/** "Contacted on" a day (YYYY-MM-DD, the recruiter's calendar), and for which role if one was chosen. */
export const Contacted = z.object({
  on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  roleId: z.string().nullable().default(null),
});
export type Contacted = z.infer<typeof Contacted>;

/** The table `candidates`: one person, every id they are known by, and the recruiter's work on them. */
export const Candidate = z.object({
  id: z.string(),
  /**
   * Every account this candidate is: the accounts of its own captures, and
   * of captures joined to it (a two-way link, or the recruiter's confirmation).
   * An account belongs to one candidate at most.
   */
  aliases: z.array(z.string()).min(1),
  /**
   * Accounts its profiles name that are not joined to it: a one-way claim
   * ("my GitHub is …") that the other side never confirmed. A claim never
   * joins two candidates; a claimed GitHub account is analysed for this
   * candidate only while it has none of its own (and never an organisation).
   */
  claims: z.array(z.string()).default([]),
  /**
   * "Candidate 7F3A": the alias blind mode shows instead of the name, unique
   * in the database and kept for the candidate's life (a unique index).
   */
  blindAlias: z.string().regex(/^Candidate [0-9A-F]{4,8}$/).optional(),
  /** The latest capture from each source. */
  profiles: z.object({
    github: Profile.optional(),
    linkedin: Profile.optional(),
    resume: Profile.optional(),
  }),
  /** The GitHub account whose evidence joins this candidate, lower-cased. */
  githubLogin: z.string().nullable().default(null),
  screening: ScreeningSummary.nullable().default(null),
  stage: Stage.default('sourced'),
  verdict: Verdict.nullable().default(null),
  tags: z.array(z.string()).default([]),
  /** Role ids whose shortlist holds this candidate. */
  shortlists: z.array(z.string()).default([]),
  // The recruiter's contact decisions (version 4). Optional, not defaulted, so
  // every record written before them (and every literal candidate in code)
  // still is a candidate: absent means "none".
  /** The recruiter's "Do not contact", with the reason: blocks outreach drafts, travels to the ATS as a tag or note. */
  doNotContact: DoNotContact.nullish(),
  /** The last time the recruiter wrote to this person: drafts wait out the role's cooling-off period after it. */
  contacted: Contacted.nullish(),
  /** Candidate ids the recruiter said are other people (not "possible duplicates" of this one). */
  keptApart: z.array(z.string()).optional(),
  /** When the recruiter sent the GDPR Art. 14 notice (ISO timestamp); absent until then. */
  gdprNoticeAt: z.string().nullish(),
  /**
   * What they did in repositories they were sourced from, one per repository
   * (evidence for the flags). Optional, so a record from before sourcing, or
   * one written by code that never sources, reads as having none.
   */
  contributions: z.array(RepositoryContribution).optional(),
  firstCapturedAt: z.string(),
  updatedAt: z.string(),
});
export type Candidate = z.infer<typeof Candidate>;

/** The table `notes`: one dated note on one candidate (a table of its own, so two pages adding notes never overwrite each other). */
export const Note = z.object({
  id: z.string(),
  candidateId: z.string(),
  text: z.string().max(20_000),
  at: z.string(),
});
export type Note = z.infer<typeof Note>;

/** The table `roles`: a role scorecard with an id, so each role has its own shortlist. */
export const StoredRole = RoleScorecard.extend({
  id: z.string().min(1),
  updatedAt: z.string(),
  /** Days after "Contacted on" before an outreach draft for this role is offered again; absent for the default 90. */
  coolingOffDays: z.number().int().min(0).max(3650).optional(),
  /** This role's outreach template (lib/workspace/outreach.ts); absent or null for the built-in one. */
  outreachTemplate: z.string().max(5000).nullish(),
});
export type StoredRole = z.infer<typeof StoredRole>;
export type StoredRoleInput = z.input<typeof StoredRole>;

export const AnalysisState = z.enum(['queued', 'working', 'waiting', 'done', 'failed']);
export type AnalysisState = z.infer<typeof AnalysisState>;

/** The table `githubQueue`: one analysis of one GitHub account, queued, under way, waiting or ended. */
export const QueuedAnalysis = z.object({
  /** Lower-cased GitHub login: one entry per account. */
  login: z.string(),
  state: AnalysisState,
  /** Epoch ms before which the analysis must not run (a rate-limit reset, a back-off). */
  notBefore: z.number(),
  /** Ignore the cache's time to live (the recruiter asked for a refresh). */
  refresh: z.boolean().default(false),
  /** Failures to reach GitHub in a row (rate-limit waits are not failures). */
  attempts: z.number().int().nonnegative().default(0),
  /** A sentence for the recruiter when the analysis waits or failed. */
  message: z.string().nullable().default(null),
  /**
   * While working: who runs it (a random token) and until when (epoch ms).
   * A worker stopped mid-analysis leaves an expired lease, which the next
   * wake-up (an alarm set for the lease's end) takes over; a write from a
   * run whose lease is gone (delete-all, a takeover) is dropped.
   */
  lease: z.string().nullable().default(null),
  leaseUntil: z.number().nullable().default(null),
  updatedAt: z.number(),
});
export type QueuedAnalysis = z.infer<typeof QueuedAnalysis>;

/**
 * The table `secrets`: the GitHub token, out of extension storage (content
 * scripts can read that), with the API origin it was saved for: it is sent
 * there and nowhere else.
 */
export const Secret = z.object({ key: z.string(), value: z.string(), origin: z.string().optional() });
export type Secret = z.infer<typeof Secret>;

export const SourcingState = z.enum(['queued', 'working', 'waiting', 'done', 'failed']);
export type SourcingState = z.infer<typeof SourcingState>;

/** What GitHub's people search found (lib/github/sourcing's PeopleSearch). */
export const PeopleSearchResult = z.object({
  query: z.string(),
  total: z.number().int().nonnegative(),
  people: z.array(z.object({ login: z.string(), url: z.string() })),
  limits: z.array(z.string()),
});
export type PeopleSearchResult = z.infer<typeof PeopleSearchResult>;

/**
 * The table `sourcing`: one list of people per sourced repository (or per
 * people search), with discovery's state stored after every page so it
 * survives a stopped worker and resumes when GitHub's budget resets.
 */
export const SourcingRun = z.object({
  /** "repo:owner/name" (lower-cased) or "search:<query>": one list per repository or query. */
  id: z.string(),
  kind: z.enum(['repository', 'search']),
  /** "OWNER/NAME" as the recruiter gave it, or the people search. */
  subject: z.string(),
  state: SourcingState,
  /** Epoch ms before which it must not run (a rate-limit reset, a back-off). */
  notBefore: z.number(),
  /** Failures to reach GitHub in a row (rate-limit waits are not failures). */
  attempts: z.number().int().nonnegative().default(0),
  /** A sentence for the recruiter when it waits or failed. */
  message: z.string().nullable().default(null),
  /** The window's start, ISO (repository lists). */
  since: z.string().nullable().default(null),
  /** Discovery so far; null until its first request. */
  discovery: Discovery.nullable().default(null),
  /** The people search's answer; null until it came. */
  search: PeopleSearchResult.nullable().default(null),
  /** Logins the recruiter asked to screen, in the order asked. */
  screenRequested: z.array(z.string()).default([]),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type SourcingRun = z.infer<typeof SourcingRun>;
export type SourcingRunInput = z.input<typeof SourcingRun>;

/**
 * The table `suggestions`: a one-way link between two captured people ("May
 * be the same person as …: join?"), the account that names and the account
 * named. The recruiter joins them or keeps them apart; "apart" is remembered
 * so the suggestion does not come back with the next capture.
 */
export const SamePersonSuggestion = z.object({
  /** "linkedin:eve>github:ada-dev". */
  id: z.string(),
  /** The account whose profile names the other. */
  from: z.string(),
  /** The account it names, captured as someone else. */
  to: z.string(),
  /** Both, for the index. */
  accounts: z.tuple([z.string(), z.string()]),
  state: z.enum(['open', 'dismissed']),
  createdAt: z.string(),
});
export type SamePersonSuggestion = z.infer<typeof SamePersonSuggestion>;

/**
 * The table `merges`: a join the recruiter confirmed, with both candidates
 * as they were just before it, so "Separate again" gives each back its own
 * profile, verdict, stage, tags, shortlists and notes.
 */
export const MergeRecord = z.object({
  id: z.string(),
  /** The candidate the two became (the kept id). */
  into: z.string(),
  /** The other candidate's id, an alias of `into` while the join stands. */
  absorbed: z.string(),
  before: z.object({ kept: Candidate, absorbed: Candidate }),
  /** Ids of the notes that were the absorbed candidate's. */
  absorbedNotes: z.array(z.string()),
  suggestionId: z.string().nullable(),
  at: z.string(),
});
export type MergeRecord = z.infer<typeof MergeRecord>;

/** The table `githubAccounts`: what GitHub said a login is, so an organisation is never taken for a person. */
export const GitHubAccountKind = z.object({
  login: z.string(),
  kind: z.enum(['user', 'organisation']),
  /** Where we learned it: GitHub's API (`type`), the account's own page, or another profile page's organisation markers. */
  from: z.enum(['api', 'own-page', 'page']),
  at: z.string(),
});
export type GitHubAccountKind = z.infer<typeof GitHubAccountKind>;
