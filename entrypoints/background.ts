/**
 * The background service worker: the only writer of captured profiles. It
 * checks who is talking and what they sent, then hands the work to lib/.
 */
import { createBackground } from '@/lib/background/service';
import { ScoutDatabase } from '@/lib/db';

export default defineBackground(() => {
  const db = new ScoutDatabase();
  const service = createBackground({
    db,
    ownId: browser.runtime.id,
    ownOrigin: browser.runtime.getURL('/'),
    session: {
      set: (items) => browser.storage.session.set(items),
    },
    log: (...args) => console.warn('[Backend Scout]', ...args),
  });
  browser.runtime.onMessage.addListener((message, sender) =>
    service.handleMessage(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id }),
  );
  browser.tabs.onRemoved.addListener((tabId) => void service.forgetTab(tabId, browser.storage.session));
  if (import.meta.env.CHROME || import.meta.env.EDGE) {
    // The toolbar button keeps its popup; the side panel opens from the popup's button.
    browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => {});
  }
});
