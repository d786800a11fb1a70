// What the hand-off components need from the browser: a host permission asked
// for at the moment of use, the options page, the clipboard, and the popup's
// per-tab state (storage.session) to forget an erased person.
import { TabState } from '@/lib/background/messages';

/**
 * Asks for access to an origin ("https://api.lever.co"). Must be called in
 * direct answer to a click, before anything is awaited: Chrome shows its
 * prompt only inside a user gesture. Resolves true at once when already granted.
 */
export function requestOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
}

export function openOptions(): void {
  void browser.runtime.openOptionsPage().catch(() => {});
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Forgets every tab's capture of these candidates, so no popup shows an erased person. */
export async function forgetTabsOf(candidateIds: readonly string[]): Promise<void> {
  const ids = new Set(candidateIds);
  const all = await browser.storage.session.get(null).catch(() => ({}) as Record<string, unknown>);
  const keys = Object.entries(all)
    .filter(([key, value]) => {
      const state = TabState.safeParse(value);
      return key.startsWith('tab:') && state.success && state.data.kind === 'candidate' && ids.has(state.data.candidateId);
    })
    .map(([key]) => key);
  if (keys.length) await browser.storage.session.remove(keys).catch(() => {});
}
