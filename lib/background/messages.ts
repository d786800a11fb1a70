/**
 * Messages between the extension's contexts, validated on receipt. Each kind
 * says who may send it (bitwarden's env-pair idea): the background checks the
 * sender before the handler runs and refuses everything else. Errors travel
 * as values ({ ok: false, error }), never as throws.
 */
import { z } from 'zod';
import { PartialSection, Profile } from '../profile/profile';

export const ProfileCaptured = z.object({
  type: z.literal('profile-captured'),
  profile: Profile,
});

/** The content script looked at the page and found no person to capture. */
export const PageNotProfile = z.object({
  type: z.literal('page-not-profile'),
  url: z.string(),
  reason: z.string().max(500),
});

/** The content script found a repository page: only its address is read, nothing else on it. */
export const RepositoryPage = z.object({
  type: z.literal('repository-page'),
  url: z.string().max(2000),
  /** "OWNER/NAME" as the address names it; the background checks it again. */
  repository: z.string().max(200),
});

/**
 * One of a LinkedIn profile's "Show all" lists (/in/<slug>/details/experience/…),
 * read in full: the profile carries only that section, to be merged into the
 * capture of the same person (lib/profile/details.ts).
 */
export const DetailsCaptured = z.object({
  type: z.literal('details-captured'),
  section: PartialSection,
  profile: Profile,
});

export const ContentMessage = z.discriminatedUnion('type', [ProfileCaptured, PageNotProfile, RepositoryPage, DetailsCaptured]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Which context a sender is. */
export type SenderKind = 'content-script' | 'extension-page';

export interface SenderFacts {
  /** runtime.MessageSender.id */
  id?: string;
  /** runtime.MessageSender.url */
  url?: string;
  /** Present for content scripts. */
  tabId?: number;
}

/** The hosts our content scripts run on. */
const CONTENT_HOSTS = new Set(['github.com', 'www.linkedin.com', 'linkedin.com']);

/**
 * Who sent this, or null when it is nobody we talk to: another extension, a
 * web page (externally_connectable is not declared, but check anyway), or a
 * content script on a host we do not run on.
 */
export function classifySender(sender: SenderFacts, ownId: string, ownOrigin: string): SenderKind | null {
  if (sender.id !== ownId || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (sender.url.startsWith(ownOrigin)) return 'extension-page';
  if (sender.tabId !== undefined && url.protocol === 'https:' && CONTENT_HOSTS.has(url.hostname)) return 'content-script';
  return null;
}

export type Reply<T = undefined> = { ok: true; value: T } | { ok: false; error: string };

/** Tab state the background keeps in storage.session for the popup. */
export const TabState = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('candidate'), candidateId: z.string(), url: z.string() }),
  z.object({ kind: z.literal('not-a-profile'), reason: z.string(), url: z.string() }),
  /** A repository page: the popup offers to find the people behind it. */
  z.object({ kind: z.literal('repository'), repository: z.string(), url: z.string() }),
]);
export type TabState = z.infer<typeof TabState>;
export const tabStateKey = (tabId: number) => `tab:${tabId}`;
/** storage.session key of the rate budget GitHub last reported (lib/github's RateBudgetSnapshot). */
export const GITHUB_BUDGET_KEY = 'githubBudget';

/** A GitHub login, as the pages send it. */
const Login = z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/);
/** People one request may name: a page of a sourcing list. */
const MAX_PEOPLE = 100;

/** Sourcing requests from the popup and the side panel (lib/background/sourcing.ts). */
export const SourcingMessage = z.discriminatedUnion('type', [
  /** Find the people behind a repository ("OWNER/NAME" or its address); `since` bounds the window (ISO). */
  z.object({ type: z.literal('source-repository'), repository: z.string().max(300), since: z.iso.datetime().optional() }),
  /** GitHub's people search as a second way in. */
  z.object({ type: z.literal('search-people'), query: z.string().max(256) }),
  /** Screen these people of a list through the GitHub queue, in this order. */
  z.object({ type: z.literal('screen-people'), runId: z.string().max(400), logins: z.array(Login).min(1).max(MAX_PEOPLE) }),
  /** Put these people of a list on a role's shortlist. */
  z.object({ type: z.literal('shortlist-people'), runId: z.string().max(400), logins: z.array(Login).min(1).max(MAX_PEOPLE), roleId: z.string().max(200) }),
  /** Remove a list (its people stay wherever the recruiter put them). */
  z.object({ type: z.literal('remove-sourcing'), runId: z.string().max(400) }),
]);
export type SourcingMessage = z.infer<typeof SourcingMessage>;
export const SOURCING_MESSAGE_TYPES: ReadonlySet<string> = new Set(SourcingMessage.options.map((o) => o.shape.type.value));

/** Requests from the extension's own pages (popup, side panel, options). */
export const PageMessage = z.discriminatedUnion('type', [
  ...SourcingMessage.options,
  /** Analyse this candidate's GitHub account again, ignoring the cache's time to live. */
  z.object({ type: z.literal('refresh-github'), candidateId: z.string() }),
  /** A role was created, edited or deleted: recompute every candidate's role matches. */
  z.object({ type: z.literal('roles-changed') }),
]);
export type PageMessage = z.infer<typeof PageMessage>;
