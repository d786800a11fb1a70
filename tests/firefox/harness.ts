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
 * - A GitHub Enterprise host (LaunchOptions.enterprise) is the one https
 *   host the background may reach: Firefox resolves its name to 127.0.0.1
 *   (network.dns.localDomains), reaches it without the proxy, on the port of
 *   a local TLS relay (network.socket.forcePort maps 443 there), and accepts
 *   the relay's throwaway certificate (WebDriver's acceptInsecureCerts). The
 *   relay hands every request to the fake GitHub. The background's requests
 *   are beyond request interception, so this is how its "Save and check"
 *   reaches an Enterprise address.
 * - BiDi may not navigate a tab to a moz-extension:// address, so the
 *   extension's pages are opened from a launch page on a made-up origin that
 *   the test build, and only it, lets open them (wxt.config.ts says why).
 *   BiDi reports no load event for an extension document, so puppeteer's
 *   `page.url()` stays at the launch page: wait for content, never for
 *   navigation.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer as createHttpsServer } from 'node:https';
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
  /**
   * A new page whose requests are answered as above, in a window of its own:
   * a background tab gets about one animation frame a second, and every
   * click there waits for frames (the popup and the sidebar are both on
   * screen for a recruiter anyway).
   */
  newPage(): Promise<Page>;
  /** popup.html, sidepanel.html or options.html in a window of its own, rendered. */
  openExtensionPage(path: ExtensionPath, query?: string): Promise<Page>;
  /** Runs `fn` in an extension page (the add-on's origin: `browser.*`, its IndexedDB). */
  inExtension<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The built add-on to load (default: the test build). */
  addon?: string;
  /** A GitHub Enterprise host ("github.example.test") whose API root, https://host/api/v3, is answered by this server on 127.0.0.1. */
  enterprise?: { host: string; forwardTo: string };
}

/**
 * An https server on 127.0.0.1 with a throwaway self-signed certificate for
 * `host` (made by openssl for this run), relaying every request, body
 * included, to `forwardTo` (the fake GitHub, which answers at its root what
 * an Enterprise server answers under /api/v3): Firefox's background reaches
 * "https://host/api/v3" through it.
 */
async function startTlsRelay(host: string, forwardTo: string): Promise<{ port: number; close(): void }> {
  if (!/^http:\/\/127\.0\.0\.1[:/]/.test(forwardTo)) throw new Error(`relay only to 127.0.0.1, not ${forwardTo}`);
  const dir = mkdtempSync(join(tmpdir(), 'backend-scout-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  } catch (error) {
    throw new Error(`openssl could not make the test certificate for ${host} (apt-get install -y openssl): ${String(error)}`);
  }
  const server = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = Object.fromEntries(Object.entries(request.headers).flatMap(([key, value]) => (typeof value === 'string' && key !== 'host' ? [[key, value]] : [])));
      const body = chunks.length ? Buffer.concat(chunks) : undefined;
      const path = (request.url ?? '/').replace(/^\/api\/v3(?=\/|$)/, '') || '/';
      fetch(`${forwardTo.replace(/\/$/, '')}${path}`, { method: request.method, headers, body })
        .then(async (answer) => {
          const out: Record<string, string> = {};
          answer.headers.forEach((value, key) => void (/^content-(encoding|length)$|^transfer-encoding$/.test(key) || (out[key] = value)));
          response.writeHead(answer.status, out).end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch((error: unknown) => response.writeHead(502, { 'content-type': 'text/plain' }).end(`the relay could not reach ${forwardTo}: ${String(error)}`));
    });
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  rmSync(dir, { recursive: true, force: true });
  return { port: (server.address() as AddressInfo).port, close: () => void server.close() };
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
  const relay = options.enterprise ? await startTlsRelay(options.enterprise.host, options.enterprise.forwardTo) : null;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // The Enterprise relay's certificate is self-signed; nothing else is reached over TLS.
    acceptInsecureCerts: !!relay,
    extraPrefsFirefox: {
      ...(options.enterprise && relay
        ? {
            'network.dns.localDomains': options.enterprise.host,
            'network.proxy.no_proxies_on': options.enterprise.host,
            'network.socket.forcePort': `443=${relay.port}`,
          }
        : {}),
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
  // Uncaught errors of the add-on's background, as Firefox prints them on its standard error
  // ("JavaScript error: moz-extension://…/background.js, line 1: TypeError: …"; puppeteer's
  // profile turns that printing on): a background that dies on start is known at once.
  const backgroundErrors: string[] = [];
  let partialLine = '';
  browser.process()?.stderr?.on('data', (chunk: Buffer) => {
    const lines = (partialLine + chunk.toString('utf8')).split('\n');
    partialLine = lines.pop() ?? '';
    for (const line of lines) if (line.includes(`${EXTENSION_ORIGIN}/background.js`) && /error/i.test(line)) backgroundErrors.push(line.trim());
  });
  const pages = new Map<string, { body: string | Buffer; contentType: string }>();
  // A request can be gone by the time it is answered (its page closed, as the popup closes itself after
  // opening the sidebar): Firefox then says "no such request", which is no failure of the test.
  const settle = (answering: Promise<void>) =>
    void answering.catch((error: unknown) => {
      if (!/no such request|closed|detached/i.test(error instanceof Error ? error.message : String(error))) throw error;
    });
  const answer = (request: HTTPRequest) => {
    const url = request.url();
    if (request.isInterceptResolutionHandled()) return;
    const page = pages.get(url);
    if (page) return settle(request.respond({ status: 200, contentType: page.contentType, body: page.body }));
    if (url.startsWith(`${FIREFOX_TEST_LAUNCH_ORIGIN}/`)) {
      return settle(request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>launch</title>' }));
    }
    // The add-on's own files and the fake GitHub on loopback.
    if (url.startsWith('moz-extension:') || url.startsWith('blob:') || url.startsWith('data:') || /^http:\/\/127\.0\.0\.1[:/]/.test(url)) {
      return settle(request.continue());
    }
    return settle(request.respond({ status: 404, contentType: 'text/plain', body: `no fixture for ${url}` }));
  };
  const newPage = async () => {
    const page = await browser.newPage({ type: 'window' });
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
      relay?.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };

  try {
    await browser.installExtension(addon);
    await waitForBackground(scout, backgroundErrors);
  } catch (error) {
    await scout.close();
    throw error;
  }
  return scout;
}

/**
 * The background has run when the default role is in its database (it writes
 * it on every start). A background that died on a missing API or permission
 * never does, and the launch says so instead of every test timing out alone:
 * as soon as Firefox reports the background's uncaught error, or after 15 s
 * if it reports none.
 */
async function waitForBackground(scout: FirefoxScout, errors: readonly string[]): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if ((await storedRows(scout, 'roles')).length > 0) return;
    if (errors.length > 0) {
      throw new Error(`The add-on's background did not start in Firefox: it threw before writing the default role (${errors.join('; ')}). Check the build for an API or permission Firefox lacks.`);
    }
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

/**
 * Points the add-on's GitHub requests at a (fake) GitHub: the saved API
 * address in its own IndexedDB, where the background reads it for every
 * analysis (settings no longer live in storage.local; the pages cannot set
 * the address without its token either, so it is written as the Chromium
 * harness writes it).
 */
export async function pointGitHubAt(scout: FirefoxScout, apiUrl: string): Promise<void> {
  await scout.inExtension(
    (address: string) =>
      new Promise<void>((resolveWrite, reject) => {
        const open = indexedDB.open('backend-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          const store = tx.objectStore('settings');
          const read = store.get('settings');
          read.onsuccess = () => store.put({ key: 'settings', value: { ...(read.result?.value ?? {}), apiUrl: address } });
          tx.oncomplete = () => {
            open.result.close();
            resolveWrite();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    apiUrl,
  );
}

/** Changes settings as the options page does: a message from one of the add-on's pages to the background. */
export async function changeSettings(scout: FirefoxScout, patch: Record<string, unknown>): Promise<void> {
  const reply = await scout.inExtension((value: Record<string, unknown>) => browser.runtime.sendMessage({ type: 'save-settings', patch: value }), patch);
  if (!(reply as { ok?: boolean } | undefined)?.ok) throw new Error(`settings refused: ${JSON.stringify(reply)}`);
}

/** The settings as stored in the add-on's IndexedDB (undefined before any was saved). */
export async function storedSettings(scout: FirefoxScout): Promise<Record<string, unknown> | undefined> {
  const rows = await storedRows<{ key: string; value: Record<string, unknown> }>(scout, 'settings');
  return rows.find((row) => row.key === 'settings')?.value;
}

/**
 * Where the popup's GitHub analysis stands ("GitHub analysis done."), or null
 * while it shows no state yet: the state sits behind the one-line GitHub
 * summary (components/popup/GitHubLine.tsx), opened first as a recruiter
 * opens it.
 */
export async function githubStatus(popup: Page): Promise<string | null> {
  const details = await popup.$('section.github details');
  if (!details) return null;
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await (await details.$('summary'))!.click();
  return details.$eval('[role="status"]', (el) => el.textContent ?? '').catch(() => null);
}
