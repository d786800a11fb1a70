/**
 * www.linkedin.com: reads the profile on the page and hands it to the
 * background. Read only: it never inserts anything, never scrolls or clicks,
 * and never calls LinkedIn (its terms forbid modifying its pages, and
 * accounts have been restricted for it). Tiny on purpose (no React, no zod).
 *
 * LinkedIn is a single-page app: it matches the whole site so it is present
 * when the reader navigates into /in/<slug>/ from the feed or a search. Each
 * view is read first when the page has loaded and the browser is idle (so
 * reading never competes with LinkedIn's own loading), then watched with a
 * debounced, bounded MutationObserver and re-sent when what it reads changed
 * (sections load as the reader scrolls); navigating to another profile, or
 * to one of its "Show all" /details/ lists, starts afresh.
 */
import { extractLinkedInProfile } from '@/lib/extract/linkedin';

/**
 * A profile's view (an overlay over it, or a query, is the same view) or one of its "Show all" lists;
 * any other page is a view of its own. A plain pattern, cheap to run while the page is still loading:
 * the extractor decides later, at an idle moment, what the page really is.
 */
const VIEW = /^\/in\/([^/]+)(?:\/?$|\/overlay\/|(\/details\/[a-z-]+)\/?$)/;
/** The longest the first read of a view waits for an idle moment once the page has loaded. */
const IDLE_TIMEOUT_MS = 1_000;
/** Quiet time after the last change before reading again. */
const DEBOUNCE_MS = 400;
/** LinkedIn's DOM rarely rests: read at least this often while it keeps changing. */
const MAX_WAIT_MS = 2_000;
/** Per view: at most this many reads, for at most this long; then the observer stops. */
const MAX_READS = 40;
const MAX_WATCH_MS = 3 * 60_000;

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let observer: MutationObserver | null = null;
    let timer: number | undefined;
    let firstChangeAt = 0;
    let view = '';
    let lastSent = '';
    let reads = 0;
    let watchUntil = 0;

    const stop = () => {
      observer?.disconnect();
      observer = null;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    };

    const send = (key: string, message: unknown) => {
      if (key === lastSent) return;
      lastSent = key;
      browser.runtime.sendMessage(message).catch(() => {
        // The worker is restarting or the extension reloaded: let the next read send again.
        lastSent = '';
      });
    };

    const read = () => {
      timer = undefined;
      if (ctx.isInvalid) return stop();
      reads += 1;
      if (reads >= MAX_READS || Date.now() > watchUntil) stop();
      const url = new URL(location.href);
      const result = extractLinkedInProfile(document, url);
      if (result.kind === 'pending') return;
      if (result.kind === 'not-a-profile') {
        send(`not|${url.pathname}|${result.reason}`, { type: 'page-not-profile', url: url.href, reason: result.reason });
        return;
      }
      // Re-send only when what was read changed, not because the clock moved.
      const { capturedAt: _, ...capture } = result.profile.capture ?? { capturedAt: '' };
      const key = JSON.stringify({ ...result.profile, capture });
      if (result.kind === 'details') send(key, { type: 'details-captured', section: result.section, profile: result.profile });
      else send(key, { type: 'profile-captured', profile: result.profile });
    };

    const onChange = () => {
      const now = Date.now();
      if (timer === undefined) firstChangeAt = now;
      else clearTimeout(timer);
      timer = ctx.setTimeout(read, now - firstChangeAt >= MAX_WAIT_MS ? 0 : DEBOUNCE_MS);
    };

    /** The first read of a view: once the page has loaded and the browser has a moment (or the timeout passed). */
    const readWhenIdle = (of: string, watch: boolean) => {
      const go = () =>
        ctx.requestIdleCallback(
          () => {
            if (of !== view) return; // The reader navigated on meanwhile.
            if (watch) {
              observer = new MutationObserver(onChange);
              // Structure only: text and attribute churn (timestamps, hover states) is not a new section.
              // The whole document, so a replaced <body> is still seen.
              observer.observe(document.documentElement, { childList: true, subtree: true });
            }
            read();
          },
          { timeout: IDLE_TIMEOUT_MS },
        );
      if (document.readyState === 'complete') go();
      else ctx.addEventListener(window, 'load', go, { once: true });
    };

    const start = () => {
      if (ctx.isInvalid) return;
      const match = VIEW.exec(location.pathname);
      const next = match ? `${match[1]!.toLowerCase()}${match[2] ?? ''}` : location.pathname;
      if (next === view) return;
      view = next;
      stop();
      lastSent = '';
      reads = 0;
      watchUntil = Date.now() + MAX_WATCH_MS;
      // A profile or a list is watched: LinkedIn loads sections as the reader scrolls.
      readWhenIdle(next, !!match);
    };

    ctx.onInvalidated(stop);
    start();
    // The Navigation API announces a navigation before location.href changes: start after it lands.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(start, 0));
  },
});
