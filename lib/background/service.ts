/**
 * What the background worker does, as plain functions over injected parts
 * (a factory, as in aklinker1/github-better-line-counts): tests run it in
 * Node with fake-indexeddb, an in-memory session store and a local fake
 * GitHub.
 */
import { readAllCandidates, readCandidate, upsertCandidate } from '../store/candidates';
import type { Candidate } from '../store/records';
import type { ScoutDatabase } from '../store/db';
import { enqueue } from '../store/github-queue';
import {
  ContentMessage,
  PageMessage,
  SOURCING_MESSAGE_TYPES,
  classifySender,
  tabStateKey,
  type Reply,
  type SenderFacts,
  type TabState,
} from './messages';
import { readRoles } from '../store/roles';
import { summarise } from '../workspace/screen-candidate';
import { cachedEvidence } from '../store/github-cache';
import { createGitHubRunner, type GitHubRunnerDeps } from './github-runner';
import { createSourcing, refreshSourcedProfiles } from './sourcing';
import { parseRepositoryRef } from '../github/sourcing/ref';
import type { SourcingMessage } from './messages';
import { carryDetails, mergeDetails } from '../profile/details';
import { primaryIdOf } from '../profile/identity';

const SITE_HOSTS: Record<string, readonly string[]> = {
  github: ['github.com'],
  linkedin: ['www.linkedin.com', 'linkedin.com'],
};

function sameSite(source: string, url: string): boolean {
  try {
    return (SITE_HOSTS[source] ?? []).includes(new URL(url).hostname);
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

export interface BackgroundDeps {
  db: ScoutDatabase;
  ownId: string;
  ownOrigin: string;
  session: SessionStore;
  log: (...args: unknown[]) => void;
  now?: () => Date;
  /** The GitHub side; absent in tests that only capture. */
  github?: Omit<GitHubRunnerDeps, 'db' | 'onEvidence' | 'log' | 'now'> & {
    /** Sets (or clears) the alarm that wakes the worker for sourcing lists waiting on GitHub's budget. */
    scheduleSourcingWake?(at: number | undefined): Promise<void>;
  };
  /** A candidate's screening changed (badge counts for the tabs showing them). */
  onScreened?: (candidate: Candidate) => void;
}

export function createBackground(deps: BackgroundDeps) {
  const now = deps.now ?? (() => new Date());

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

  const runner = deps.github
    ? createGitHubRunner({
        ...deps.github,
        db: deps.db,
        log: deps.log,
        now: () => now().getTime(),
        async onEvidence(login) {
          await refreshSourcedProfiles(deps.db, login);
          await rescreen(await deps.db.candidates.where('githubLogin').equals(login).toArray());
        },
      })
    : null;

  const sourcing = deps.github
    ? createSourcing({
        db: deps.db,
        client: deps.github.client,
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

  async function onContentMessage(message: unknown, tabId: number, senderUrl: string): Promise<Reply<TabState>> {
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
    // A capture speaks for the site it was read on: a GitHub profile from a github.com tab only.
    const source = 'profile' in data ? data.profile.capture?.source : undefined;
    if (source && !sameSite(source, senderUrl)) return refuse(`invalid capture: a ${source} profile sent from another site`);
    let state: TabState;
    if (data.type === 'page-not-profile') {
      state = { kind: 'not-a-profile', reason: data.reason, url: data.url };
    } else if (data.type === 'repository-page') {
      // Only a github.com tab names a repository, and the name is checked again here.
      const parsed = parseRepositoryRef(data.repository);
      if (!sameSite('github', senderUrl) || !parsed.ok) return refuse('invalid repository page');
      state = { kind: 'repository', repository: parsed.ref.fullName, url: data.url };
    } else {
      // The person's stored LinkedIn capture: a "Show all" list joins it; a new capture keeps the lists read before.
      const id = primaryIdOf(data.profile);
      const before = id?.startsWith('linkedin:') ? (await deps.db.candidates.where('aliases').equals(id).first())?.profiles.linkedin : undefined;
      const profile =
        data.type === 'details-captured' ? before && mergeDetails(before, data.section, data.profile) : carryDetails(before, data.profile);
      if (profile) {
        const stored = await upsertCandidate(deps.db, profile, now());
        const [candidate] = await rescreen([stored]);
        state = { kind: 'candidate', candidateId: stored.id, url: profile.capture?.url ?? '' };
        if (candidate) void analyseGitHub(candidate);
      } else {
        // A list alone is nobody's profile (no name, no headline, one section): it joins the profile once that is captured.
        const slug = id?.slice('linkedin:'.length) ?? '';
        state = {
          kind: 'not-a-profile',
          reason: `This list belongs to ${slug}'s LinkedIn profile: open the profile itself first, then this list is added to it.`,
          url: data.profile.capture?.url ?? '',
        };
      }
    }
    await deps.session.set({ [tabStateKey(tabId)]: state });
    return { ok: true, value: state };
  }

  async function onPageMessage(message: unknown): Promise<Reply<number>> {
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
    if (data.type === 'refresh-github') {
      const candidate = await readCandidate(deps.db, data.candidateId);
      if (candidate === 'broken') return { ok: false, error: "This candidate's stored record is damaged; GitHub cannot be read for it." };
      if (!candidate?.githubLogin) return { ok: false, error: 'This candidate has no GitHub account to analyse.' };
      await analyseGitHub(candidate, true);
      return { ok: true, value: 1 };
    }
    // Roles changed: every summary's role matches are recomputed.
    const { candidates } = await readAllCandidates(deps.db);
    await rescreen(candidates);
    return { ok: true, value: candidates.length };
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
        return onContentMessage(message, sender.tabId, sender.url ?? '').catch(failed('save this profile'));
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
