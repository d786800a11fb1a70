/**
 * Loads the built add-on into the system Firefox (Debian's firefox-esr),
 * headless, driven by puppeteer-core over WebDriver BiDi: no patched browser,
 * no download. The Firefox twin of tests/browser/harness.ts.
 *
 * - A fresh profile per launch; the add-on installed as a temporary add-on,
 *   its internal UUID fixed by a pref so its pages have a known address.
 * - github.com and linkedin.com are answered from tests/fixtures/pages by
 *   request interception; anything else a page asks for gets a 404, and the
 *   profile's proxy is a sink on 127.0.0.1 that notes and refuses every
 *   request, so one that escaped interception (the background's own) fails
 *   instead of leaving the machine. 127.0.0.1 itself (the fake GitHub) is
 *   reached directly, as Firefox never proxies loopback.
 * - BiDi may not navigate a tab to a moz-extension:// address, so the
 *   extension's pages are opened from a launch page on a made-up origin that
 *   the test build, and only it, lets open them (wxt.config.ts says why).
 *   BiDi reports no load event for an extension document, so puppeteer's
 *   `page.url()` stays at the launch page: wait for content, never for
 *   navigation.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { FIREFOX_TEST_LAUNCH_ORIGIN } from '../../wxt.config';

export const FIREFOX_TEST_BUILD = resolve('.output/test/firefox-mv3');
export const FIXTURES = resolve('tests/fixtures/pages');
export const ADDON_ID = 'backend-scout@backend-scout.dev';
/** Any fixed UUID will do; fixing it gives the extension's pages a known origin. */
export const ADDON_UUID = '0b5c07e1-5c0a-4d2b-8a3e-7d1f6e9a4c21';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;
export const FIREFOX_INSTALL_HINT = 'apt-get update && apt-get install -y firefox-esr';

export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error(`No Firefox found for the real-Firefox tests. Install it with: ${FIREFOX_INSTALL_HINT} (or set FIREFOX_PATH).`);
  return found;
}

type ExtensionPath = 'popup.html' | 'sidepanel.html' | 'options.html';

export interface FirefoxScout {
  browser: Browser;
  /** Where Firefox saves downloads in this profile. */
  downloads: string;
  /** The first line of every request that reached the profile's proxy, a sink on 127.0.0.1 that answers none. */
  escaped: string[];
  /** Serve this fixture file for that exact URL. */
  servePage(url: string, fixture: string): void;
  /** Serve this HTML for that exact URL. */
  serveHtml(url: string, html: string): void;
  /** Answer every request under `prefix` (an https address no one owns) from `base` on 127.0.0.1, path kept. */
  forward(prefix: string, base: string): void;
  /** A new tab whose requests are answered as above. */
  newPage(): Promise<Page>;
  /** popup.html, sidepanel.html or options.html in a tab of its own, rendered. */
  openExtensionPage(path: ExtensionPath, query?: string): Promise<Page>;
  /** Runs `fn` in an extension page (the add-on's origin: `browser.*`, its IndexedDB). */
  inExtension<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The built add-on to load (default: the test build). */
  addon?: string;
}

/** The built add-on in a fresh Firefox. Rejects, saying why, when the add-on's background never starts. */
export async function launchFirefoxScout(options: LaunchOptions = {}): Promise<FirefoxScout> {
  const addon = options.addon ?? FIREFOX_TEST_BUILD;
  if (!existsSync(join(addon, 'manifest.json'))) {
    throw new Error(`No Firefox test build at ${addon}: run "npm test" (it builds with BACKEND_SCOUT_TEST=1 wxt build -b firefox).`);
  }
  const downloads = mkdtempSync(join(tmpdir(), 'backend-scout-ff-downloads-'));
  // Firefox's proxy for everything but loopback: it notes what reached it and hangs up, so nothing leaves the machine.
  const escaped: string[] = [];
  const sink = createServer((socket) => {
    socket.once('data', (data) => {
      escaped.push(data.toString('latin1').split('\r\n')[0] ?? '');
      socket.destroy();
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolveListen) => sink.listen(0, '127.0.0.1', resolveListen));
  const sinkPort = (sink.address() as AddressInfo).port;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': sinkPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': sinkPort,
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      // The CSV lands in this profile's own folder without a dialog.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      // permissions.request() (a GitHub Enterprise host) is granted as if the
      // recruiter clicked Allow: headless Firefox has no doorhanger to click.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const pages = new Map<string, { body: string | Buffer; contentType: string }>();
  const forwards = new Map<string, string>();
  const relay = async (request: HTTPRequest, url: string) => {
    // The GitHub checks are GETs; puppeteer cannot read a request body over BiDi.
    if (request.method() !== 'GET') {
      return request.respond({ status: 501, contentType: 'text/plain', body: `the harness relays GET only, not ${request.method()} ${url}` });
    }
    try {
      const answer = await fetch(url, { headers: request.headers() });
      const headers: Record<string, string> = {};
      // fetch has already decoded the body.
      answer.headers.forEach((value, key) => void (/^content-(encoding|length)$/.test(key) || (headers[key] = value)));
      await request.respond({ status: answer.status, headers, body: Buffer.from(await answer.arrayBuffer()) });
    } catch (error) {
      await request.respond({ status: 502, contentType: 'text/plain', body: `the harness could not relay ${url}: ${String(error)}` });
    }
  };
  const answer = (request: HTTPRequest) => {
    const url = request.url();
    if (request.isInterceptResolutionHandled()) return;
    for (const [prefix, base] of forwards) {
      if (url.startsWith(prefix)) return void relay(request, base + url.slice(prefix.length));
    }
    const page = pages.get(url);
    if (page) return void request.respond({ status: 200, contentType: page.contentType, body: page.body });
    if (url.startsWith(`${FIREFOX_TEST_LAUNCH_ORIGIN}/`)) {
      return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>launch</title>' });
    }
    // The add-on's own files and the fake GitHub on loopback.
    if (url.startsWith('moz-extension:') || url.startsWith('blob:') || url.startsWith('data:') || /^http:\/\/127\.0\.0\.1[:/]/.test(url)) {
      return void request.continue();
    }
    return void request.respond({ status: 404, contentType: 'text/plain', body: `no fixture for ${url}` });
  };
  const newPage = async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', answer);
    return page;
  };

  const openPage = async (path: ExtensionPath, query: string, rendered: boolean) => {
    const page = await newPage();
    await page.goto(`${FIREFOX_TEST_LAUNCH_ORIGIN}/${path}`);
    const target = `${EXTENSION_ORIGIN}/${path}${query}`;
    await page.evaluate((url) => void (location.href = url), target);
    // Loaded, and (for a page under test) its React root has rendered something.
    await page.waitForFunction(
      (url, root) => location.href === url && document.readyState === 'complete' && (!root || !!document.getElementById('root')?.childElementCount),
      { polling: 50, timeout: 20_000 },
      target,
      rendered,
    );
    return page;
  };
  let consolePage: Page | undefined;
  const scout: FirefoxScout = {
    browser,
    downloads,
    escaped,
    servePage(url, fixture) {
      pages.set(url, { body: readFileSync(join(FIXTURES, fixture)), contentType: 'text/html; charset=utf-8' });
    },
    serveHtml(url, html) {
      pages.set(url, { body: html, contentType: 'text/html; charset=utf-8' });
    },
    forward(prefix, base) {
      if (!/^http:\/\/127\.0\.0\.1[:/]/.test(base)) throw new Error(`forward only to 127.0.0.1, not ${base}`);
      forwards.set(prefix, base);
    },
    newPage,
    openExtensionPage: (path, query = '') => openPage(path, query, true),
    async inExtension(fn, ...args) {
      // Any page of the add-on's origin will do; it need not render (a broken build's may not).
      consolePage ??= await openPage('popup.html', '?console', false);
      return consolePage.evaluate(fn as (...a: unknown[]) => unknown, ...args) as Promise<Awaited<ReturnType<typeof fn>>>;
    },
    async close() {
      await browser.close();
      sink.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };

  try {
    await browser.installExtension(addon);
    await waitForBackground(scout);
  } catch (error) {
    await scout.close();
    throw error;
  }
  return scout;
}

/**
 * The background has run when the default role is in its database (it writes
 * it on every start). A background that died on a missing API or permission
 * never does, and the launch says so instead of every test timing out alone.
 */
async function waitForBackground(scout: FirefoxScout): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if ((await storedRows(scout, 'roles')).length > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("The add-on's background did not start in Firefox: it never wrote the default role. Check the build for an API or permission Firefox lacks.");
}

/** Rows of one table of the extension's IndexedDB, as stored. */
export async function storedRows<T = Record<string, unknown>>(scout: FirefoxScout, table: string): Promise<T[]> {
  return scout.inExtension(
    (name: string) =>
      new Promise<T[]>((resolveRows, reject) => {
        const open = indexedDB.open('backend-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return resolveRows([]);
          }
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolveRows(request.result as T[]);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** The tab whose capture the background recorded for a page URL (its storage.session entry). */
export async function tabIdFor(scout: FirefoxScout, url: string): Promise<number> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const all = await scout.inExtension(() => browser.storage.session.get(null));
    const hit = Object.entries(all).find(([key, v]) => key.startsWith('tab:') && (v as { url?: string }).url === url);
    if (hit) return Number(hit[0].slice('tab:'.length));
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no capture recorded for ${url}`);
}

/** The file Firefox saved under that name, once it is complete (no .part beside it). */
export async function savedDownload(scout: FirefoxScout, fileName: string): Promise<Buffer> {
  const path = join(scout.downloads, fileName);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const partial = readdirSync(scout.downloads).some((name) => name.endsWith('.part'));
    if (!partial && existsSync(path) && statSync(path).size > 0) return readFileSync(path);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox saved no ${fileName} in ${scout.downloads} (found: ${readdirSync(scout.downloads).join(', ') || 'nothing'})`);
}
