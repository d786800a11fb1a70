/**
 * What the background worker does, as plain functions over injected parts
 * (a factory, as in aklinker1/github-better-line-counts): tests run it in
 * Node with fake-indexeddb, an in-memory session store and a local fake
 * GitHub.
 */
import { upsertCandidate } from '../store/candidates';
import { type Candidate } from '../store/records';
import type { ScoutDatabase } from '../store/db';
import { enqueue } from '../store/github-queue';
import {
  ContentMessage,
  PageMessage,
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
  github?: Omit<GitHubRunnerDeps, 'db' | 'onEvidence' | 'log' | 'now'>;
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
          await rescreen(await deps.db.candidates.where('githubLogin').equals(login).toArray());
        },
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
    const source = data.type === 'page-not-profile' ? undefined : data.profile.capture?.source;
    if (source && !sameSite(source, senderUrl)) return refuse(`invalid capture: a ${source} profile sent from another site`);
    let state: TabState;
    if (data.type === 'page-not-profile') {
      state = { kind: 'not-a-profile', reason: data.reason, url: data.url };
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
    if (data.type === 'refresh-github') {
      const candidate = await deps.db.candidates.get(data.candidateId);
      if (!candidate?.githubLogin) return { ok: false, error: 'This candidate has no GitHub account to analyse.' };
      await analyseGitHub(candidate, true);
      return { ok: true, value: 1 };
    }
    // Roles changed: every summary's role matches are recomputed.
    const all = await deps.db.candidates.toArray();
    await rescreen(all);
    return { ok: true, value: all.length };
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
      await runner?.start();
    },
    rescreen,
  };
}
