/**
 * The background service worker: checks who is talking and what they sent,
 * then hands the work to lib/. It is the only writer of captures, the only
 * place that talks to GitHub, and it may be stopped whenever it is idle:
 * everything it must remember is in IndexedDB or storage.session.
 */
// First: zod's settings before any schema is built (utils/zod-config.ts).
import '@/utils/zod-config';
import { createBackground } from '@/lib/background/service';
import { ScoutDatabase } from '@/lib/store/db';
import { createGitHubClient, type GitHubClient } from '@/lib/github';
import { TabState } from '@/lib/background/messages';
import { GITHUB_BUDGET_KEY } from '@/lib/github/budget';
import { ensureDefaultRole } from '@/lib/store/roles';
import { adoptLegacySettings, SETTINGS_KEY } from '@/lib/store/settings';
import type { Candidate } from '@/lib/store/records';

const QUEUE_ALARM = 'github-queue';
/** Sourcing lists waiting for GitHub's budget have an alarm of their own: the queue's clears itself when the queue is empty. */
const SOURCING_ALARM = 'github-sourcing';

export default defineBackground(() => {
  const db = new ScoutDatabase();

  const showCounts = async (tabId: number, candidate: Candidate | undefined) => {
    const green = candidate?.screening?.green.length ?? 0;
    const yellow = candidate?.screening?.yellow.length ?? 0;
    const text = candidate?.screening ? `${green}·${yellow}` : '';
    await browser.action.setBadgeText({ tabId, text }).catch(() => {});
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f6f43' }).catch(() => {});
    await browser.action
      .setTitle({ tabId, title: candidate?.screening ? `Backend Scout: ${green} green flags, ${yellow} yellow flags` : 'Backend Scout' })
      .catch(() => {});
  };

  /** Badge every open tab that shows this candidate (also by an id it was joined from). */
  const badgeTabsOf = async (candidate: Candidate) => {
    const states = await browser.storage.session.get(null);
    for (const [key, value] of Object.entries(states)) {
      const state = TabState.safeParse(value);
      if (key.startsWith('tab:') && state.success && state.data.kind === 'candidate' && (state.data.candidateId === candidate.id || candidate.aliases.includes(state.data.candidateId))) {
        await showCounts(Number(key.slice(4)), candidate);
      }
    }
  };

  const service = createBackground({
    db,
    ownId: browser.runtime.id,
    ownOrigin: browser.runtime.getURL('/'),
    session: {
      set: (items) => browser.storage.session.set(items),
      remove: (key) => browser.storage.session.remove(key),
    },
    // Never log message payloads or settings: they may hold profile text or the token.
    log: (...args) => console.warn('[Backend Scout]', ...args),
    onScreened: (candidate) => void badgeTabsOf(candidate),
    github: {
      // lib/store/settings.ts decides the address and the token bound to its origin; the client only carries them.
      makeClient: ({ apiUrl, token }): GitHubClient => createGitHubClient({ apiUrl, token }),
      hasHostPermission: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
      async scheduleWake(at) {
        if (at === undefined) await browser.alarms.clear(QUEUE_ALARM);
        // Alarms fire no sooner than 30 s in Chrome; a due job runs at the next wake-up.
        else await browser.alarms.create(QUEUE_ALARM, { when: Math.max(at, Date.now() + 30_000) });
      },
      async scheduleSourcingWake(at) {
        if (at === undefined) await browser.alarms.clear(SOURCING_ALARM);
        else await browser.alarms.create(SOURCING_ALARM, { when: Math.max(at, Date.now() + 30_000) });
      },
      async onBudget(client) {
        await browser.storage.session.set({ [GITHUB_BUDGET_KEY]: client.budget.snapshot() });
      },
    },
  });

  browser.runtime.onMessage.addListener((message, sender) =>
    service.handleMessage(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id, tabUrl: sender.tab?.url }),
  );
  browser.tabs.onRemoved.addListener((tabId) => void service.forgetTab(tabId));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === QUEUE_ALARM || alarm.name === SOURCING_ALARM) void service.resume();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    // A new capture for a tab: its badge follows.
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const state = TabState.safeParse(change.newValue);
      if (!key.startsWith('tab:')) continue;
      const tabId = Number(key.slice(4));
      if (state.success && state.data.kind === 'candidate') void db.candidates.get(state.data.candidateId).then((c) => showCounts(tabId, c));
      else void showCounts(tabId, undefined);
    }
  });
  // After an install or update (when an old database was just upgraded) and at
  // browser start: screen whoever was never screened, and queue their GitHub.
  const screenUnscreened = () => void ensureDefaultRole(db).then(() => service.screenUnscreened());
  browser.runtime.onInstalled.addListener(screenUnscreened);
  browser.runtime.onStartup.addListener(screenUnscreened);
  // Settings an earlier version kept in storage.local (where content scripts reach them) move to the
  // extension's IndexedDB once; the copy in storage.local is then removed and never read again.
  const adopted = browser.storage.local
    .get(SETTINGS_KEY)
    .then((stored) => adoptLegacySettings(db, stored[SETTINGS_KEY], (origin) => browser.permissions.contains({ origins: [`${origin}/*`] })))
    .then(() => browser.storage.local.remove(SETTINGS_KEY))
    .catch((error: unknown) => console.warn('[Backend Scout] settings could not be moved:', error instanceof Error ? error.message : String(error)));
  void adopted.then(() => ensureDefaultRole(db)).then(() => service.resume());

  if (import.meta.env.CHROME || import.meta.env.EDGE) {
    // The toolbar button keeps its popup; the side panel opens from the popup's button.
    browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => {});
  }
});
