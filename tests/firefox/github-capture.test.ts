/**
 * Capturing GitHub profiles in Firefox, as tests/browser/github-capture.test.ts
 * does in Chromium: a visited profile becomes a candidate, its flags and
 * evidence show in the popup, the open sidebar lists it live, a revisit
 * updates it, and an organisation is not a person.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ruleById } from '../../lib/screening';
import { launchFirefoxScout, storedRows, tabIdFor, type FirefoxScout } from './harness';
import { allByRole, byRole, byText, countByRole, textOf } from './roles';

const PRODUCTION = ruleById('production-scale')!.label;
type Stored = { id: string };

describe('capturing a GitHub profile in Firefox', () => {
  let scout: FirefoxScout;
  const candidates = async () => (await storedRows<Stored>(scout, 'candidates')).map((c) => c.id).sort();
  beforeAll(async () => {
    scout = await launchFirefoxScout();
    scout.servePage('https://github.com/ada-dev', 'github/user-ada-dev.html');
    scout.servePage('https://github.com/brook-builds', 'github/user-brook-builds.html');
    scout.servePage('https://github.com/quillworks', 'github/org-quillworks.html');
  });
  afterAll(async () => scout?.close());

  test('a visited profile becomes a candidate, shown in the popup and listed live in the sidebar', async () => {
    const sidebar = await scout.openExtensionPage('sidepanel.html');
    await expect.poll(async () => textOf(await byRole(sidebar, 'status'))).toContain('No candidates yet');

    const github = await scout.newPage();
    await github.goto('https://github.com/ada-dev');
    await expect.poll(candidates).toEqual(['github:ada-dev']);

    const tabId = await tabIdFor(scout, 'https://github.com/ada-dev');
    const popup = await scout.openExtensionPage('popup.html', `?tab=${tabId}`);
    await expect.poll(async () => textOf(await byRole(popup, 'heading', 'Ada Quill'))).toBe('Ada Quill');
    // The bio is the evidence behind green flags: quoted once, as her GitHub bio, however many flags it supports.
    const green = await byRole(popup, 'region', /^Green flags/);
    await byText(green, '.flag-name', PRODUCTION);
    const quoted: string[] = [];
    for (const quote of await green.$$('.evidence-quote')) if ((await textOf(quote)).includes('on-call for a payments API')) quoted.push(await textOf(quote));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]).toContain('— GitHub bio');
    const link = await byRole(popup, 'link', 'GitHub: ada-dev');
    expect(await link.evaluate((a) => a.getAttribute('href'))).toBe('https://github.com/ada-dev');

    const grid = await byRole(sidebar, 'grid', 'Candidates');
    await expect.poll(() => countByRole(grid, 'row')).toBe(2); // header + Ada

    // A second profile appears in the already open sidebar without a reload.
    await github.goto('https://github.com/brook-builds');
    await expect.poll(candidates).toEqual(['github:ada-dev', 'github:brook-builds']);
    await expect.poll(() => countByRole(grid, 'row')).toBe(3);
    expect(await allByRole(sidebar, 'gridcell', 'Brook Ferreira')).toHaveLength(1);
  });

  test('revisiting a profile updates the one candidate instead of adding another', async () => {
    type Capture = { id: string; profiles: { github?: { capture?: { capturedAt?: string } } } };
    const capturedAt = async () =>
      (await storedRows<Capture>(scout, 'candidates')).find((c) => c.id === 'github:ada-dev')?.profiles.github?.capture?.capturedAt;
    const before = await capturedAt();
    const page = await scout.newPage();
    await page.goto('https://github.com/ada-dev');
    await expect.poll(capturedAt).not.toBe(before);
    expect(await candidates()).toEqual(['github:ada-dev', 'github:brook-builds']);
  });

  test('an organisation page is not captured, and the popup says why', async () => {
    const page = await scout.newPage();
    await page.goto('https://github.com/quillworks');
    const tabId = await tabIdFor(scout, 'https://github.com/quillworks');
    const popup = await scout.openExtensionPage('popup.html', `?tab=${tabId}`);
    await expect.poll(async () => textOf(await byRole(popup, 'status'))).toContain('organisation, not a person');
    expect(await candidates()).not.toContain('github:quillworks');
  });

  test('nothing leaves the machine: a tab gets the harness\'s 404, the background finds no network', async () => {
    const page = await scout.newPage();
    const answer = await page.goto('https://github.com/nobody-served-here');
    expect(answer?.status()).toBe(404);
    // The background page's own requests are beyond interception: the profile's proxy, a local sink, refuses them.
    const fromBackground = await scout.inExtension(async () => {
      const background = (await browser.runtime.getBackgroundPage()) as Window | null;
      if (!background) return 'no background page';
      return background.fetch('https://example.com/').then(
        (r) => `answered ${r.status}`,
        (e: Error) => `refused: ${e.name}`,
      );
    });
    expect(fromBackground).toBe('refused: TypeError');
    expect(scout.escaped).toContain('CONNECT example.com:443 HTTP/1.1');
  });
});
