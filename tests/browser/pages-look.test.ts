/**
 * Every page at the size Chrome really gives it, in light and dark: axe-core
 * finds no serious or critical violation, no text is under 13 px, nothing
 * scrolls sideways; the popup's header card and every decision control are
 * in its first 600 px; each side-panel card shows its verdict and stage at
 * 360 px. Screenshots land in .output/screenshots/ for a person to judge.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFakeGitHub, FIXTURE_LOGINS, type FakeGitHub } from '../support/fake-github';
import { FIXTURES, launchScout, pointGitHubAt, tabIdFor, type Scout } from './harness';
import { inBothSchemes, noSidewaysScroll, screenshot, seriousViolations, smallestText } from './look';
import { TEAM, TEAM_NOTES, seedWorkspace } from './people';

const MARA = 'https://www.linkedin.com/in/mara-lind/';

/** Checks shared by every page and scheme. */
async function looksRight(page: Page, name: string) {
  expect(await seriousViolations(page), `${name}: axe`).toEqual([]);
  expect((await smallestText(page)).px, `${name}: smallest text`).toBeGreaterThanOrEqual(13);
  expect(await noSidewaysScroll(page), `${name}: sideways scroll`).toEqual({ ok: true, culprits: [] });
  await screenshot(page, name);
}

/** The bottom edge of an element, in the viewport. */
const bottomOf = async (page: Page, locator: ReturnType<Page['locator']>) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`not on screen: ${locator}`);
  return box.y + box.height;
};

describe('how the pages look', () => {
  let scout: Scout;
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    scout = await launchScout();
    scout.servePage(MARA, 'linkedin/logged-in-mara-lind.html');
    // The fake GitHub's address, saved where the background reads it (the extension's IndexedDB).
    await pointGitHubAt(scout, gh.url);
  });
  afterAll(async () => {
    await scout?.close();
    await gh?.close();
  });

  test('the popup at 400 × 600: the card and every decision in the first screen, one scroll container', async () => {
    const tab = await scout.context.newPage();
    await tab.goto(MARA);
    const tabId = await tabIdFor(scout, MARA);
    const popup = await scout.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${scout.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('Mara Lind');

    const decisions = [
      popup.getByRole('heading', { level: 1 }),
      popup.locator('.level-pill'),
      popup.locator('.match-pill'),
      popup.getByRole('button', { name: 'Strong yes' }),
      popup.getByRole('button', { name: 'No', exact: true }),
      popup.getByRole('combobox', { name: 'Stage' }),
      popup.getByRole('combobox', { name: 'Role' }),
      popup.getByRole('button', { name: 'Save to shortlist' }),
      popup.getByRole('button', { name: 'Open side panel' }),
      popup.getByRole('link', { name: 'Settings' }),
    ];
    for (const control of decisions) expect(await bottomOf(popup, control)).toBeLessThanOrEqual(600);
    // One scroll container: the document itself never scrolls.
    const sizes = await popup.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
    expect(sizes.height).toBeLessThanOrEqual(600);
    expect(sizes.width).toBeLessThanOrEqual(400);
    expect(await popup.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');

    await inBothSchemes(popup, (scheme) => looksRight(popup, `popup-linkedin-${scheme}`));
    await popup.locator('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
    await screenshot(popup, 'popup-linkedin-scrolled');
  });

  test('the popup away from a profile says what to do', async () => {
    const popup = await scout.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${scout.extensionId}/popup.html`);
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('This page is not a GitHub or LinkedIn profile.');
    expect(await popup.getByRole('listitem').first().textContent()).toBe('Open a GitHub or LinkedIn profile in this tab.');
    await inBothSchemes(popup, (scheme) => looksRight(popup, `popup-elsewhere-${scheme}`));
  });

  test('the popup for a GitHub profile with its analysis', async () => {
    const login = FIXTURE_LOGINS.backend;
    const url = `https://github.com/${login}`;
    const html = readFileSync(`${FIXTURES}/github/user-ada-dev.html`, 'utf8').replaceAll('ada-dev', login);
    await scout.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    const tab = await scout.context.newPage();
    await tab.goto(url);
    const tabId = await tabIdFor(scout, url);
    const popup = await scout.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${scout.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('.github summary').textContent(), { timeout: 15_000 }).toMatch(/^GitHub: \d+ repositor/);
    await inBothSchemes(popup, (scheme) => looksRight(popup, `popup-github-${scheme}`));
  });

  test('the side panel at 360 and 420 px: cards show verdict and stage, nothing scrolls sideways', async () => {
    const page = await scout.context.newPage();
    await page.setViewportSize({ width: 360, height: 760 });
    await page.goto(`chrome-extension://${scout.extensionId}/sidepanel.html`);
    await seedWorkspace(page, TEAM, TEAM_NOTES);
    for (const width of [360, 420]) {
      await page.setViewportSize({ width, height: 760 });
      const grid = page.getByRole('grid', { name: 'Candidates' });
      for (const candidate of TEAM) {
        const row = grid.locator(`[role="row"][data-id="${candidate.id}"]`);
        for (const cell of ['.col-name', '.col-stage', ...(candidate.verdict ? ['.col-verdict'] : [])]) {
          const box = await row.locator(cell).boundingBox();
          expect(box, `${candidate.id} ${cell} at ${width}`).not.toBeNull();
          expect(box!.x + box!.width).toBeLessThanOrEqual(width);
          expect(await row.locator(`${cell} .pill, ${cell}`).first().evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
        }
      }
      await inBothSchemes(page, (scheme) => looksRight(page, `sidepanel-${width}-${scheme}`));
    }
    // The detail scrolled: the name stays at its top.
    const detail = page.getByRole('region', { name: 'Candidate details' });
    await detail.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const heading = detail.getByRole('heading', { level: 2 });
    const [detailBox, headingBox] = [await detail.boundingBox(), await heading.boundingBox()];
    expect(headingBox!.y).toBeGreaterThanOrEqual(detailBox!.y - 1);
    expect(headingBox!.y).toBeLessThan(detailBox!.y + 40);
    await screenshot(page, 'sidepanel-420-detail-scrolled');

    // A wide panel (or the page in a tab): one line per candidate, every column, the detail beside the list.
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.getByRole('columnheader', { name: 'Stage' }).waitFor();
    const list = (await page.locator('#candidate-list').boundingBox())!;
    for (const candidate of TEAM) {
      const stage = (await page.locator(`[role="row"][data-id="${candidate.id}"] .col-stage .pill`).boundingBox())!;
      expect(stage.x + stage.width, `${candidate.id}: stage inside the list`).toBeLessThanOrEqual(list.x + list.width);
    }
    await inBothSchemes(page, (scheme) => looksRight(page, `sidepanel-wide-${scheme}`));
    await page.setViewportSize({ width: 420, height: 760 });

    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    await inBothSchemes(page, (scheme) => looksRight(page, `sidepanel-help-${scheme}`));
    await page.keyboard.press('Escape');
  });

  test('the side panel on first run says what to do next', async () => {
    const page = await scout.context.newPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`chrome-extension://${scout.extensionId}/sidepanel.html`);
    await seedWorkspace(page, []);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('No candidates yet');
    expect(await page.getByRole('searchbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Export CSV' }).count()).toBe(0);
    await inBothSchemes(page, (scheme) => looksRight(page, `sidepanel-first-run-${scheme}`));
  });

  test('the options page', async () => {
    const page = await scout.context.newPage();
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(`chrome-extension://${scout.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Backend Scout settings' }).waitFor();
    await page.getByRole('button', { name: 'Delete all data' }).waitFor();
    await inBothSchemes(page, (scheme) => looksRight(page, `options-${scheme}`));
  });
});
