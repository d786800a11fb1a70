/**
 * What the background worker does, as plain functions over injected parts
 * (a factory, as in aklinker1/github-better-line-counts): tests run it in
 * Node with fake-indexeddb and an in-memory session store.
 */
import { upsertCandidate } from '../candidates';
import type { ScoutDatabase } from '../db';
import { ContentMessage, classifySender, tabStateKey, type Reply, type SenderFacts, type TabState } from '../messages';

export interface SessionStore {
  set(items: Record<string, unknown>): Promise<void>;
}

export interface BackgroundDeps {
  db: ScoutDatabase;
  ownId: string;
  ownOrigin: string;
  session: SessionStore;
  log: (...args: unknown[]) => void;
  now?: () => Date;
}

export function createBackground(deps: BackgroundDeps) {
  const now = deps.now ?? (() => new Date());

  async function onContentMessage(message: unknown, tabId: number): Promise<Reply<TabState>> {
    const parsed = ContentMessage.safeParse(message);
    if (!parsed.success) {
      const where = parsed.error.issues[0];
      const reason = `invalid capture: ${where ? `${where.path.join('.') || 'message'}: ${where.message}` : 'unreadable'}`;
      deps.log('refused a message from a content script:', reason);
      return { ok: false, error: reason };
    }
    const data = parsed.data;
    let state: TabState;
    if (data.type === 'page-not-profile') {
      state = { kind: 'not-a-profile', reason: data.reason, url: data.url };
    } else {
      const candidate = await upsertCandidate(deps.db, data.profile, now());
      state = { kind: 'candidate', candidateId: candidate.id, url: data.profile.capture?.url ?? '' };
    }
    await deps.session.set({ [tabStateKey(tabId)]: state });
    return { ok: true, value: state };
  }

  return {
    /**
     * Entry point for runtime.onMessage. Returns a promise of the reply for
     * messages we handle, and undefined (no reply) for everything refused,
     * so a stranger learns nothing.
     */
    handleMessage(message: unknown, sender: SenderFacts): Promise<Reply<TabState>> | undefined {
      const kind = classifySender(sender, deps.ownId, deps.ownOrigin);
      if (kind === 'content-script' && sender.tabId !== undefined) {
        return onContentMessage(message, sender.tabId).catch((error: unknown) => {
          deps.log('capture failed:', error instanceof Error ? error.message : String(error));
          return { ok: false, error: 'Could not save this profile.' };
        });
      }
      if (kind === null) deps.log('refused a message from an unknown sender');
      return undefined;
    },
    async forgetTab(tabId: number, session: { remove(key: string): Promise<void> }) {
      await session.remove(tabStateKey(tabId));
    },
  };
}
