/**
 * github.com: reads the profile on the page and hands it to the background.
 * Read only: it never changes the page. Tiny on purpose (no React, no zod):
 * the background validates what it receives.
 *
 * GitHub navigates without reloading (Turbo, and React soft navigation):
 * the URL changes first and the new profile's DOM follows, so a view is read
 * once the page shows the person the URL names, and each view is sent once.
 * The first read of a page waits until it has loaded and the browser is idle,
 * so reading never competes with GitHub's own loading.
 */
import { extractGitHubProfile } from '@/lib/extract/github';
import { repositoryOfUrl } from '@/lib/extract/github-repository';

/** How often and how long to look for the new profile's DOM after a soft navigation. */
const RETRY_MS = 100;
const RETRIES = 50;
/** The longest the first read waits for an idle moment once the page has loaded. */
const IDLE_TIMEOUT_MS = 1_000;

export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let lastSent = '';
    let retry: number | undefined;

    const capture = (attempt = 0) => {
      retry = undefined;
      if (ctx.isInvalid) return;
      const url = new URL(location.href);
      // A repository page: the popup offers to find the people behind it. Its address is all that is read.
      const repository = repositoryOfUrl(url);
      if (repository) {
        const key = `repository|${repository.toLowerCase()}`;
        if (key === lastSent) return;
        lastSent = key;
        browser.runtime.sendMessage({ type: 'repository-page', url: url.href, repository }).catch(() => {
          lastSent = '';
        });
        return;
      }
      const result = extractGitHubProfile(document, url);
      if (result.kind === 'pending') {
        // Still the previous profile's DOM: look again shortly, a bounded number of times.
        if (attempt < RETRIES) retry = ctx.setTimeout(() => capture(attempt + 1), RETRY_MS);
        return;
      }
      const message =
        result.kind === 'profile'
          ? { type: 'profile-captured', profile: result.profile }
          : { type: 'page-not-profile', url: url.href, reason: result.reason };
      // One capture per view: the same person (any tab of their profile) reached twice in a row is not sent again.
      const key = result.kind === 'profile' ? `profile|${result.login}` : `${url.origin}${url.pathname}|${result.kind}`;
      if (key === lastSent) return;
      lastSent = key;
      browser.runtime.sendMessage(message).catch(() => {
        // The extension was reloaded or the worker is starting; the next view captures again.
        lastSent = '';
      });
    };

    // Each view's first read waits for an idle moment; a newer view cancels an older one's.
    let views = 0;
    const readWhenIdle = () => {
      const view = ++views;
      if (retry !== undefined) clearTimeout(retry);
      ctx.requestIdleCallback(() => view === views && capture(), { timeout: IDLE_TIMEOUT_MS });
    };
    // The Navigation API announces a navigation before location.href changes: read after it lands.
    const onNavigation = () => ctx.setTimeout(readWhenIdle, 0);
    if (document.readyState === 'complete') readWhenIdle();
    else ctx.addEventListener(window, 'load', readWhenIdle, { once: true });
    ctx.addEventListener(window, 'wxt:locationchange', onNavigation);
    // Turbo Drive renders the new page, then fires turbo:load on the document.
    ctx.addEventListener(document, 'turbo:load', onNavigation);
  },
});
