/**
 * Loads the built extension into the system Chromium (shared/E2E.md) and
 * routes github.com and linkedin.com to fixture pages, so no test touches the
 * network. Pages of the extension open as ordinary tabs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_INSTALL_HINT, findChromium } from '../../scripts/run.mjs';

export const EXTENSION_DIR = resolve('.output/test/chrome-mv3');
export const FIXTURES = resolve('tests/fixtures/pages');

/** The one Chromium lookup (scripts/run.mjs), as a path or a failure that says how to install one. */
export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error(`No Chromium found for the real-browser tests. Install it with: ${CHROMIUM_INSTALL_HINT} (or set CHROMIUM_PATH).`);
  return found;
}

/**
 * Chromium's flags for a run with the extension at `dir` loaded, kept off the
 * closed network (shared/E2E.md). Both flags are needed: Playwright adds
 * --disable-extensions, which --load-extension alone does not undo.
 */
export function extensionArgs(dir: string): string[] {
  return [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--metrics-recording-only',
  ];
}

export interface Scout {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Serve this fixture file for that exact URL. */
  servePage(url: string, fixture: string): void;
  openExtensionPage(path: 'popup.html' | 'sidepanel.html' | 'options.html', query?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchScout(): Promise<Scout> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No test build at ${EXTENSION_DIR}: run "npm test" (it builds with BACKEND_SCOUT_TEST=1).`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'backend-scout-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: extensionArgs(EXTENSION_DIR),
  });
  const pages = new Map<string, string>();
  // What a page asks of any other host (LinkedIn's images on media.licdn.com, say) is refused too, at once:
  // unanswered, each waited on Chromium's failing look-up for seconds before the page's load event. The
  // background's own requests are left as they were (they go to the fake GitHub on 127.0.0.1).
  await context.route(
    (url) => /^https?:$/.test(url.protocol) && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) =>
      route.request().serviceWorker()
        ? route.continue()
        : route.fulfill({ status: 404, contentType: 'text/plain', body: `no fixture for ${route.request().url()}` }),
  );
  // Anything not routed to a fixture is refused: the tests never reach the internet.
  await context.route(/^https:\/\/([a-z]+\.)?(github\.com|linkedin\.com)\//, async (route) => {
    const url = route.request().url();
    const fixture = pages.get(url);
    if (!fixture) return route.fulfill({ status: 404, contentType: 'text/plain', body: `no fixture for ${url}` });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, fixture)) });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await pagesInWindowsOfTheirOwn(context);
  return {
    context,
    worker,
    extensionId,
    servePage(url, fixture) {
      pages.set(url, fixture);
    },
    async openExtensionPage(path, query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}${query}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Makes `context.newPage()` open each page in a window of its own, as the
 * popup and the side panel are both on screen beside the profile's tab. A
 * page that is a background tab (Playwright's default: every new page is a
 * tab of one window) gets about one animation frame a second in headless
 * Chromium when it shares its renderer with the front tab, as the
 * extension's pages do; every click on it then waits about two seconds for
 * Playwright's "stable" check (two frames).
 */
async function pagesInWindowsOfTheirOwn(context: BrowserContext): Promise<void> {
  const first = context.pages()[0] ?? (await context.waitForEvent('page'));
  const cdp = await context.newCDPSession(first);
  const targetOf = async (page: Page) => {
    const session = await context.newCDPSession(page);
    try {
      return (await session.send('Target.getTargetInfo')).targetInfo.targetId;
    } finally {
      await session.detach();
    }
  };
  let opened = 0;
  context.newPage = async () => {
    // Each new page starts at an address of its own, by which Playwright's announcement of it is known
    // (or, should it be announced before that address is committed, by its target id).
    const url = `about:blank#backend-scout-page-${++opened}`;
    const announced: Array<Promise<Page | null>> = [];
    let wake = () => {};
    let created: Promise<string> | undefined;
    const onPage = (page: Page) => {
      const blank = page.url() === 'about:blank' || page.url() === '';
      const ours = page.url() === url ? Promise.resolve(true) : blank ? Promise.all([targetOf(page), created]).then(([id, target]) => id === target) : Promise.resolve(false);
      announced.push(ours.then((yes) => (yes ? page : null), () => null));
      wake();
    };
    context.on('page', onPage);
    try {
      created = cdp.send('Target.createTarget', { url, newWindow: true }).then((answer) => answer.targetId);
      await created;
      for (let checked = 0; ; ) {
        while (checked < announced.length) {
          const page = await announced[checked++]!;
          if (page) return page;
        }
        await new Promise<void>((resolveWake) => {
          wake = resolveWake;
          if (checked < announced.length) resolveWake();
        });
      }
    } finally {
      context.off('page', onPage);
    }
  };
}

/** Candidates as the extension stored them, read from its real IndexedDB. */
export async function storedCandidates(worker: Worker): Promise<Array<{ id: string; aliases: string[]; claims?: string[]; blindAlias?: string; githubLogin?: string | null; verdict?: string | null }>> {
  return worker.evaluate(
    () =>
      new Promise((resolvePromise, reject) => {
        const open = indexedDB.open('backend-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('candidates')) return resolvePromise([]);
          const request = db.transaction('candidates').objectStore('candidates').getAll();
          request.onsuccess = () => {
            resolvePromise(request.result);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/**
 * The tab whose capture the background recorded for a page URL (its
 * storage.session entry): what the popup is opened for, as `popup.html?tab=N`.
 */
export async function tabIdFor(scout: Scout, url: string): Promise<number> {
  return scout.worker.evaluate(async (pageUrl) => {
    const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
    for (let i = 0; i < 200; i++) {
      const all = await chrome.storage.session.get(null);
      const hit = Object.entries(all).find(([key, v]) => key.startsWith('tab:') && (v as { url?: string }).url === pageUrl);
      if (hit) return Number(hit[0].slice('tab:'.length));
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no capture recorded for ${pageUrl}`);
  }, url);
}

/** A timestamp as the CSV writes it: "YYYY-MM-DD HH:MM" in the browser's time zone. */
export function csvTime(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/**
 * Points the extension's GitHub requests at a (fake) GitHub: the saved API
 * address in its own IndexedDB, where the background reads it for every
 * analysis. Written from the worker once the background has opened the
 * database at today's version.
 */
export async function pointGitHubAt(scout: Scout, apiUrl: string): Promise<void> {
  await scout.worker.evaluate(async (address) => {
    for (let i = 0; i < 200; i++) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('backend-scout');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      if (db.objectStoreNames.contains('settings')) {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('settings', 'readwrite');
          const store = tx.objectStore('settings');
          const read = store.get('settings');
          read.onsuccess = () => store.put({ key: 'settings', value: { ...(read.result?.value ?? {}), apiUrl: address } });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
        return;
      }
      db.close();
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the extension never opened its database');
  }, apiUrl);
}

/** Changes settings as the options page does: a message from one of the extension's pages to the background. */
export async function changeSettings(page: Page, patch: Record<string, unknown>): Promise<void> {
  const reply = await page.evaluate(
    (value) => (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.sendMessage({ type: 'save-settings', patch: value }),
    patch,
  );
  if (!(reply as { ok?: boolean })?.ok) throw new Error(`settings refused: ${JSON.stringify(reply)}`);
}

/** The settings as stored in the extension's IndexedDB (undefined before any was saved). */
export async function storedSettings(scout: Scout): Promise<Record<string, unknown> | undefined> {
  return scout.worker.evaluate(
    () =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('backend-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('settings').objectStore('settings').get('settings');
          request.onsuccess = () => {
            resolve(request.result?.value);
            open.result.close();
          };
        };
      }),
  );
}

/**
 * Where the popup's GitHub analysis stands ("GitHub analysis done."), or null
 * while the popup shows no GitHub line or no state yet. The state sits behind
 * the one-line GitHub summary (components/popup/GitHubLine.tsx), so it is
 * opened first, as a recruiter opens it.
 */
export async function githubStatus(popup: Page): Promise<string | null> {
  const region = popup.getByRole('region', { name: 'GitHub' });
  if ((await region.count()) === 0) return null;
  if (!(await region.locator('details').evaluate((details) => (details as HTMLDetailsElement).open))) await region.locator('summary').click();
  const status = region.getByRole('status');
  return (await status.count()) > 0 ? status.textContent() : null;
}
