/**
 * github.com: reads the profile on the page and hands it to the background.
 * Read only: it never changes the page. Tiny on purpose (no React, no zod):
 * the background validates what it receives.
 */
import { extractGitHubProfile } from '@/lib/extract/github';

export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let lastSent = '';
    const capture = () => {
      if (ctx.isInvalid) return;
      const url = new URL(location.href);
      const result = extractGitHubProfile(document, url);
      const message =
        result.kind === 'profile'
          ? { type: 'profile-captured', profile: result.profile }
          : { type: 'page-not-profile', url: url.href, reason: result.reason };
      // One capture per view: the same page reached twice in a row is not sent again.
      const key = `${url.origin}${url.pathname}|${result.kind}`;
      if (key === lastSent) return;
      lastSent = key;
      browser.runtime.sendMessage(message).catch(() => {
        // The extension was reloaded or the worker is starting; the next view captures again.
        lastSent = '';
      });
    };
    capture();
    ctx.addEventListener(window, 'wxt:locationchange', () => capture());
  },
});
