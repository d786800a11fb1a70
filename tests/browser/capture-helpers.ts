/**
 * Helpers for the capture tests: what a single-page site does when it
 * navigates (history.pushState, then new content), and a tap on the messages
 * the background receives. The tests play the site; the extension under test
 * only reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { FIXTURES } from './harness';

export function fixtureHtml(fixture: string): string {
  return readFileSync(join(FIXTURES, fixture), 'utf8');
}

/** Mara's logged-in LinkedIn page as someone else's (`slug`, "First Last"), whose Featured links `github` as their GitHub. */
export function linkedinPageNaming(slug: string, name: string, github: string): string {
  return fixtureHtml('linkedin/logged-in-mara-lind.html')
    .replaceAll('%2Fmara-lind&amp;', `%2F${github}&amp;`)
    .replaceAll('%2Fmara-lind%2F', `%2F${github}%2F`)
    .replaceAll('mara-lind', slug)
    .replaceAll('Mara Lind', name)
    .replaceAll('Mara', name.split(' ')[0]!)
    .replaceAll('Lind', name.split(' ')[1]!);
}

/** Ada's GitHub page as `login`'s (her page names no LinkedIn profile). */
export const githubPageOf = (login: string) => fixtureHtml('github/user-ada-dev.html').replaceAll('ada-dev', login);

export interface SoftNavigation {
  /** The new path, as the site's router pushes it. */
  path: string;
  fixture: string;
  /** Turbo swaps the whole <body>; LinkedIn re-renders inside it. */
  replace: 'body-element' | 'body-children';
  /**
   * The new content arrives late, as on a slow connection: only after the
   * content scripts have read the page once with the new URL and the old
   * content (contentScriptsHadTheirTurn).
   */
  contentLate?: boolean;
  /** An event the site fires on the document when done ("turbo:load"). */
  event?: string;
}

/** Navigates the page without loading anything: pushState, then the fixture's <head> and <body> swapped in. */
export async function softNavigate(page: Page, nav: SoftNavigation): Promise<void> {
  await page.evaluate((path) => history.pushState({}, '', path), nav.path);
  if (nav.contentLate) await contentScriptsHadTheirTurn(page);
  await page.evaluate(
    ({ html, replace, event }) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      document.title = next.title;
      // Turbo merges <head>: the new page's meta tags replace the old ones.
      for (const meta of document.head.querySelectorAll('meta[name]')) meta.remove();
      for (const meta of next.head.querySelectorAll('meta[name]')) document.head.append(document.importNode(meta, true));
      if (replace === 'body-element') document.documentElement.replaceChild(document.importNode(next.body, true), document.body);
      else document.body.replaceChildren(...[...next.body.childNodes].map((node) => document.importNode(node, true)));
      if (event) document.dispatchEvent(new Event(event, { bubbles: true }));
    },
    { html: fixtureHtml(nav.fixture), replace: nav.replace, event: nav.event },
  );
}

/**
 * Resolves once the content scripts have read the page as it is now. Both
 * answer a navigation with a timer, then read in an idle callback (and the
 * first read of a page waits for an idle moment too); the browser runs timers
 * of equal delay, and idle callbacks, in the order they were asked for, and
 * the page's own are asked for after theirs. A condition, not a guess at how
 * long a busy machine takes.
 */
export async function contentScriptsHadTheirTurn(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 5_000 }), 0)));
}

/**
 * For a test that proves a content script sent nothing more: once it has read
 * the page as it is (contentScriptsHadTheirTurn), `mark` makes a change it
 * must report, and this waits for that report. Messages from one page reach
 * the background in the order they were sent, so anything the content script
 * sent before the marker is in the tap by then.
 */
export async function afterMarker(page: Page, worker: Worker, mark: () => Promise<void>, isMarker: (m: SeenMessage) => boolean): Promise<SeenMessage[]> {
  await contentScriptsHadTheirTurn(page);
  const before = (await seenMessages(worker)).length;
  await mark();
  await expect.poll(async () => (await seenMessages(worker)).slice(before).some(isMarker), { timeout: 10_000 }).toBe(true);
  return seenMessages(worker);
}

export interface SeenMessage {
  type: string;
  /** The page's own account (basics.profiles[0].username) for a capture. */
  who?: string;
  /** The name read for a capture. */
  name?: string;
  missing?: string[];
  /** The skills read, by name. */
  skills?: string[];
  reason?: string;
}

/** Starts recording every message the background receives (a second listener; it never replies). */
export async function tapMessages(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __seen?: unknown[]; chrome: typeof browser };
    g.__seen = [];
    g.chrome.runtime.onMessage.addListener((message: unknown) => {
      const m = message as {
        type?: string;
        reason?: string;
        profile?: { basics?: { name?: string; profiles?: Array<{ username?: string }> }; skills?: Array<{ name?: string }>; capture?: { missing?: string[] } };
      };
      g.__seen?.push({
        type: m.type,
        who: m.profile?.basics?.profiles?.[0]?.username,
        name: m.profile?.basics?.name,
        missing: m.profile?.capture?.missing,
        skills: m.profile?.skills?.map((skill) => skill.name ?? ''),
        reason: m.reason,
      });
    });
  });
}

export async function seenMessages(worker: Worker): Promise<SeenMessage[]> {
  return worker.evaluate(() => (globalThis as unknown as { __seen?: SeenMessage[] }).__seen ?? []);
}

export interface StoredCandidate {
  id: string;
  aliases: string[];
  claims: string[];
  profiles: Record<
    string,
    | { basics: { name?: string }; work: Array<{ name?: string; position?: string }>; skills: Array<{ name?: string }>; capture?: { missing: string[] } }
    | undefined
  >;
}
