/**
 * What the background worker does, as plain functions over injected parts
 * (a factory, as in aklinker1/github-better-line-counts): tests run it in
 * Node with fake-indexeddb, an in-memory session store and a local fake
 * GitHub.
 *
 * It is the only writer of captures, of the recruiter's identity decisions
 * (join, keep apart, separate), of the settings and of the token, and the
 * only place that talks to GitHub.
 */
import { captureProfile, markOrganisation, readAllCandidates, readCandidate, readCandidateByAnyId, readCandidates } from '../store/candidates';
import type { Candidate } from '../store/records';
import type { ScoutDatabase } from '../store/db';
import { enqueue } from '../store/github-queue';
import { loginFromProfileUrl } from '../extract/github';
import { slugFromProfileUrl } from '../extract/linkedin';
import { detailsOfUrl } from '../extract/linkedin-page';
import { primaryIdOf } from '../profile/identity';
import {
  ContentMessage,
  PageMessage,
  SOURCING_MESSAGE_TYPES,
  classifySender,
  tabStateKey,
  type Reply,
  type SenderFacts,
  type SourcingMessage,
  type TabState,
} from './messages';
import { ensureDefaultRole, readRoles } from '../store/roles';
import { summarise } from '../workspace/screen-candidate';
import { cachedEvidence } from '../store/github-cache';
import { createGitHubRunner, type GitHubRunnerDeps } from './github-runner';
import { joinDuplicates, joinSuggested, separateJoined } from '../store/merges';
import { dismissSuggestion } from '../store/suggestions';
import { githubTarget, saveGitHubAccess, saveSettings, saveToken } from '../store/settings';
import { deleteAllData } from '../store/backup';
import { checkGitHubAccess, type AccessCheck } from '../github/access-check';
import type { GitHubClient } from '../github';
import { DEFAULT_API_URL, normaliseApiUrl } from '../github/api-url';
import { createSourcing, refreshSourcedProfiles } from './sourcing';
import { parseRepositoryRef } from '../github/sourcing/ref';
import { carryDetails, mergeDetails } from '../profile/details';

/** The account a tab's address is: what a capture sent from that tab must be about. */
function accountOfTab(source: string, senderUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(senderUrl);
  } catch {
    return null;
  }
  if (source === 'github') {
    const login = loginFromProfileUrl(url);
    return login ? `github:${login}` : null;
  }
  if (source === 'linkedin' && /(^|\.)linkedin\.com$/.test(url.hostname)) {
    // A profile, or one of its "Show all" lists (/in/<slug>/details/…): the same person's tab.
    const slug = slugFromProfileUrl(url) ?? detailsOfUrl(url)?.slug;
    return slug ? `linkedin:${slug}` : null;
  }
  return null;
}

/** A page on github.com itself (where the content script recognises repositories). */
function isGitHubPage(senderUrl: string): boolean {
  try {
    return new URL(senderUrl).hostname === 'github.com';
  } catch {
    return false;
  }
}

function sameHost(a: string, b: string): boolean {
  try {
    return new URL(a).host === new URL(b).host;
  } catch {
    return false;
  }
}

function isSourcing(message: { type: string }): message is SourcingMessage {
  return SOURCING_MESSAGE_TYPES.has(message.type);
}

export interface SessionStore {
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Where a GitHub client is pointed: the API root and the token bound to its origin, if any. */
export interface GitHubTarget {
  apiUrl: string;
  token?: string | undefined;
}

export interface BackgroundDeps {
  db: ScoutDatabase;
  ownId: string;
  ownOrigin: string;
  session: SessionStore;
  log: (...args: unknown[]) => void;
  now?: () => Date;
  /** The GitHub side; absent in tests that only capture. */
  github?: Omit<GitHubRunnerDeps, 'db' | 'onEvidence' | 'onOrganisation' | 'log' | 'now' | 'client'> & {
    /** A client for this address and token (the token is only ever the one saved for the address's origin). */
    makeClient(target: GitHubTarget): GitHubClient | Promise<GitHubClient>;
    /** Whether the recruiter granted the browser permission for a GitHub Enterprise origin. */
    hasHostPermission?(origin: string): Promise<boolean>;
    /** Sets (or clears) the alarm that wakes the worker for sourcing lists waiting on GitHub's budget. */
    scheduleSourcingWake?(at: number | undefined): Promise<void>;
  };
  /** A candidate's screening changed (badge counts for the tabs showing them). */
  onScreened?: (candidate: Candidate) => void;
}

/** "Save and check"'s answer: the check, and a sentence when the saved token was removed. */
export type SaveGitHubReply = AccessCheck & { notice: string | null };

export function createBackground(deps: BackgroundDeps) {
  const now = deps.now ?? (() => new Date());
  const hasHostPermission = deps.github?.hasHostPermission ?? (async () => false);

  /** Re-screens candidates and stores their summaries; returns them as stored. */
  async function rescreen(candidates: readonly Candidate[]): Promise<Candidate[]> {
    const roles = await readRoles(deps.db);
    const at = now();
    const out: Candidate[] = [];
    for (const candidate of candidates) {
      const screening = summarise(candidate, await cachedEvidence(deps.db, candidate.githubLogin), roles, at);
      // modify(), not put(): a recruiter's edit made meanwhile is kept.
      await deps.db.candidates.where('id').equals(candidate.id).modify({ screening });
      const updated = { ...candidate, screening };
      out.push(updated);
      deps.onScreened?.(updated);
    }
    return out;
  }

  async function rescreenIds(ids: readonly string[]) {
    return rescreen((await readCandidates(deps.db, ids)).candidates);
  }

  const runner = deps.github
    ? createGitHubRunner({
        ...deps.github,
        db: deps.db,
        log: deps.log,
        now: () => now().getTime(),
        client: async () => deps.github!.makeClient(await githubTarget(deps.db, hasHostPermission)),
        async onEvidence(login) {
          await refreshSourcedProfiles(deps.db, login);
          await rescreen(await deps.db.candidates.where('githubLogin').equals(login).toArray());
        },
        async onOrganisation(login) {
          await rescreenIds(await markOrganisation(deps.db, login, now()));
        },
      })
    : null;

  const sourcing = deps.github
    ? createSourcing({
        db: deps.db,
        client: async () => deps.github!.makeClient(await githubTarget(deps.db, hasHostPermission)),
        scheduleWake: deps.github.scheduleSourcingWake ?? (async () => {}),
        rescreen,
        async analyse(logins) {
          if (!runner) return;
          // Queued a millisecond apart, in the past: the queue takes them in this (rank) order, all due now.
          const base = now().getTime() - logins.length;
          for (const [i, login] of logins.entries()) await enqueue(deps.db, login, { now: base + i });
          void runner.processQueue();
        },
        ...(deps.github.onBudget ? { onBudget: deps.github.onBudget } : {}),
        log: deps.log,
        now,
      })
    : null;

  async function analyseGitHub(candidate: Candidate, refresh = false) {
    if (!runner || !candidate.githubLogin) return;
    await enqueue(deps.db, candidate.githubLogin, { refresh, now: now().getTime() });
    void runner.processQueue();
  }

  async function onContentMessage(message: unknown, tabId: number, senderUrl: string, tabUrl: string | undefined): Promise<Reply<TabState>> {
    const parsed = ContentMessage.safeParse(message);
    const refuse = (reason: string): Reply<TabState> => {
      deps.log('refused a message from a content script:', reason);
      return { ok: false, error: reason };
    };
    if (!parsed.success) {
      const where = parsed.error.issues[0];
      return refuse(`invalid capture: ${where ? `${where.path.join('.') || 'message'}: ${where.message}` : 'unreadable'}`);
    }
    const data = parsed.data;
    let state: TabState;
    if (data.type === 'page-not-profile') {
      state = { kind: 'not-a-profile', reason: data.reason, url: data.url };
    } else if (data.type === 'repository-page') {
      // Only a github.com tab names a repository, and the name is checked again here.
      const parsed = parseRepositoryRef(data.repository);
      if (!isGitHubPage(senderUrl) || !parsed.ok) return refuse('invalid repository page');
      state = { kind: 'repository', repository: parsed.ref.fullName, url: data.url };
    } else {
      // A capture speaks for the tab it was read in: the page at that address, nobody else. The tab's
      // address now (a single-page site moves it without loading a document), else the document's.
      const source = data.profile.capture?.source ?? '';
      const tab = accountOfTab(source, tabUrl && sameHost(tabUrl, senderUrl) ? tabUrl : senderUrl);
      const own = primaryIdOf(data.profile);
      if (!tab) return refuse(`invalid capture: a ${source} profile sent from another site`);
      if (own !== tab) return refuse(`invalid capture: the profile of ${own ?? 'nobody'} sent from the tab of ${tab}`);
      const captureAt = data.profile.capture?.url ? accountOfTab(source, data.profile.capture.url) : tab;
      if (captureAt !== tab) return refuse('invalid capture: its address is not the tab\'s');
      // The person's stored LinkedIn capture: a "Show all" list joins it; a new capture keeps the lists read before.
      const stored = own.startsWith('linkedin:') ? await readCandidateByAnyId(deps.db, own) : undefined;
      const before = stored && stored !== 'broken' ? stored.profiles.linkedin : undefined;
      const profile =
        data.type === 'details-captured' ? before && mergeDetails(before, data.section, data.profile) : carryDetails(before, data.profile);
      if (profile) {
        const { candidate: kept, changed } = await captureProfile(deps.db, profile, now());
        const [candidate] = await rescreen([kept]);
        await rescreenIds(changed);
        state = { kind: 'candidate', candidateId: kept.id, url: profile.capture?.url ?? '' };
        if (candidate) void analyseGitHub(candidate);
      } else {
        // A list alone is nobody's profile (no name, no headline, one section): it joins the profile once that is captured.
        state = {
          kind: 'not-a-profile',
          reason: `This list belongs to ${own.slice('linkedin:'.length)}'s LinkedIn profile: open the profile itself first, then this list is added to it.`,
          url: data.profile.capture?.url ?? '',
        };
      }
    }
    await deps.session.set({ [tabStateKey(tabId)]: state });
    return { ok: true, value: state };
  }

  async function onPageMessage(message: unknown): Promise<Reply<unknown>> {
    const parsed = PageMessage.safeParse(message);
    if (!parsed.success) {
      deps.log('refused a message from an extension page: invalid payload');
      return { ok: false, error: 'invalid request' };
    }
    const data = parsed.data;
    if (isSourcing(data)) {
      if (!sourcing) return { ok: false, error: 'GitHub is not available here.' };
      return sourcing.handle(data);
    }
    switch (data.type) {
      case 'refresh-github': {
        const candidate = await readCandidate(deps.db, data.candidateId);
        if (candidate === 'broken') return { ok: false, error: "This candidate's stored record is damaged; GitHub cannot be read for it." };
        if (!candidate?.githubLogin) return { ok: false, error: 'This candidate has no GitHub account to analyse.' };
        await analyseGitHub(candidate, true);
        return { ok: true, value: 1 };
      }
      case 'roles-changed': {
        // Every summary's role matches are recomputed.
        const { candidates } = await readAllCandidates(deps.db);
        await rescreen(candidates);
        return { ok: true, value: candidates.length };
      }
      case 'join-candidates': {
        const joined = await joinSuggested(deps.db, data.suggestionId, now());
        if (!joined.ok) return joined;
        const [candidate] = await rescreen([joined.candidate]);
        if (candidate) await analyseGitHub(candidate);
        return { ok: true, value: { candidateId: joined.candidate.id, mergeId: joined.merge.id } };
      }
      case 'join-duplicates': {
        const joined = await joinDuplicates(deps.db, data.a, data.b, now());
        if (!joined.ok) return joined;
        const [candidate] = await rescreen([joined.candidate]);
        if (candidate) await analyseGitHub(candidate);
        return { ok: true, value: { candidateId: joined.candidate.id, mergeId: joined.merge.id } };
      }
      case 'keep-apart':
        return (await dismissSuggestion(deps.db, data.suggestionId)) ? { ok: true, value: 1 } : { ok: false, error: 'This suggestion is no longer there.' };
      case 'separate-candidates': {
        const separated = await separateJoined(deps.db, data.mergeId, now());
        if (!separated.ok) return separated;
        for (const candidate of await rescreen([separated.kept, separated.absorbed])) await analyseGitHub(candidate);
        return { ok: true, value: [separated.kept.id, separated.absorbed.id] };
      }
      case 'save-settings':
        return { ok: true, value: await saveSettings(deps.db, data.patch) };
      case 'save-github':
        return saveAndCheck(data.apiUrl, data.token);
      case 'remove-token':
        await saveToken(deps.db, null);
        return { ok: true, value: 1 };
      case 'delete-all':
        // Running analyses first: nothing they bring back afterwards is written.
        runner?.cancel();
        await deleteAllData(deps.db);
        await ensureDefaultRole(deps.db, now());
        return { ok: true, value: 1 };
    }
  }

  /**
   * "Save and check": the address (and a new token, bound to its origin),
   * then one request to it, with the token saved for that origin only. A
   * token saved for another origin is removed, and the reply says so.
   */
  async function saveAndCheck(address: string, token: string | null): Promise<Reply<SaveGitHubReply>> {
    let apiUrl: string;
    try {
      apiUrl = normaliseApiUrl(address || DEFAULT_API_URL);
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : 'That is not a web address.' };
    }
    // A GitHub Enterprise host needs the permission the options page asked the recruiter for; nothing is saved without it.
    const origin = new URL(apiUrl).origin;
    if (origin !== new URL(DEFAULT_API_URL).origin && !(await hasHostPermission(origin))) {
      return { ok: false, error: `Backend Scout needs your permission to reach ${origin}.` };
    }
    if (!deps.github) return { ok: false, error: 'GitHub is not available here.' };
    const saved = await saveGitHubAccess(deps.db, apiUrl, token);
    const client = await deps.github.makeClient({ apiUrl: saved.apiUrl, token: saved.token ?? undefined });
    const check = await checkGitHubAccess(client, saved.token ?? undefined);
    return { ok: true, value: { ...check, notice: saved.notice } };
  }

  /**
   * Candidates that were never screened (stored by a version before
   * screening was kept, or caught by a stop between capture and screening)
   * are screened, and their GitHub accounts queued. Run after an update and
   * at browser start: a scan of every record, too costly for every wake-up.
   */
  async function screenUnscreened(): Promise<number> {
    const { candidates } = await readAllCandidates(deps.db);
    const unscreened = candidates.filter((c) => c.screening === null);
    for (const candidate of await rescreen(unscreened)) await analyseGitHub(candidate);
    return unscreened.length;
  }

  return {
    /**
     * Entry point for runtime.onMessage. Returns a promise of the reply for
     * messages we handle, and undefined (no reply) for everything refused,
     * so a stranger learns nothing.
     */
    handleMessage(message: unknown, sender: SenderFacts): Promise<Reply<unknown>> | undefined {
      const kind = classifySender(sender, deps.ownId, deps.ownOrigin);
      const failed = (what: string) => (error: unknown) => {
        deps.log(`${what} failed:`, error instanceof Error ? error.message : String(error));
        return { ok: false as const, error: `Could not ${what}.` };
      };
      if (kind === 'content-script' && sender.tabId !== undefined) {
        return onContentMessage(message, sender.tabId, sender.url ?? '', sender.tabUrl).catch(failed('save this profile'));
      }
      if (kind === 'extension-page') return onPageMessage(message).catch(failed('do that'));
      deps.log('refused a message from an unknown sender');
      return undefined;
    },
    async forgetTab(tabId: number) {
      await deps.session.remove(tabStateKey(tabId));
    },
    /** Worker start and every alarm: resume whatever the queue holds. */
    async resume() {
      await Promise.all([runner?.start(), sourcing?.resume()]);
    },
    rescreen,
    screenUnscreened,
  };
}
