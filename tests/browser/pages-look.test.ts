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
import { Candidate } from '../../lib/store/records';
import { startFakeGitHub, FIXTURE_LOGINS, FIXTURE_REPOS, type FakeGitHub } from '../support/fake-github';
import { githubPageOf, linkedinPageNaming } from './capture-helpers';
import { changeSettings, FIXTURES, launchScout, pointGitHubAt, storedCandidates, tabIdFor, type Scout } from './harness';
import { inBothSchemes, noSidewaysScroll, screenshot, SCREENSHOTS, seriousViolations, smallestText } from './look';
import { TEAM, TEAM_NOTES, seedWorkspace } from './people';

const MARA = 'https://www.linkedin.com/in/mara-lind/';

/** Checks shared by every page and scheme. */
async function looksRight(page: Page, name: string) {
  // First, so a failing look can be seen too.
  await screenshot(page, name);
  expect(await seriousViolations(page), `${name}: axe`).toEqual([]);
  expect(await smallestText(page), `${name}: smallest text`).toMatchObject({ px: expect.toSatisfy((px: number) => px >= 13) });
  expect(await noSidewaysScroll(page), `${name}: sideways scroll`).toEqual({ ok: true, culprits: [] });
}

/** The bottom edge of an element, in the viewport. */
const bottomOf = async (page: Page, locator: ReturnType<Page['locator']>) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`not on screen: ${locator}`);
  return box.y + box.height;
};

/** The popup's header card and every decision control, each of whose bottom edge must be within the first 600 px. */
const decisionControls = (popup: Page) => [
  popup.getByRole('heading', { level: 1 }),
  popup.locator('.level-pill'),
  popup.locator('.match-pill'),
  popup.getByRole('button', { name: 'Strong yes' }),
  popup.getByRole('button', { name: 'No', exact: true }),
  popup.getByRole('combobox', { name: 'Stage' }),
  popup.getByRole('combobox', { name: 'Role' }),
  popup.getByRole('button', { name: /^Save(d)? to shortlist$/ }),
  popup.getByRole('button', { name: 'Open side panel' }),
  popup.getByRole('link', { name: 'Settings' }),
];

/** Opens the popup of tab `tabId` at Chrome's popup size. */
async function popupAt400x600(scout: Scout, tabId: number): Promise<Page> {
  const popup = await scout.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${scout.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Writes into the extension's own IndexedDB from one of its pages: a change to a stored candidate, and notes. */
async function changeStored(page: Page, id: string, change: Record<string, unknown>, notes: Array<{ id: string; text: string; at: string }> = []) {
  await page.evaluate(
    ({ key, patch, add }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backend-scout');
        open.onsuccess = () => {
          const tx = open.result.transaction(['candidates', 'notes'], 'readwrite');
          const read = tx.objectStore('candidates').get(key);
          read.onsuccess = () => tx.objectStore('candidates').put({ ...read.result, ...patch, updatedAt: new Date().toISOString() });
          for (const note of add) tx.objectStore('notes').put({ ...note, candidateId: key });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key: id, patch: change, add: notes },
  );
}

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

    for (const control of decisionControls(popup)) expect(await bottomOf(popup, control)).toBeLessThanOrEqual(600);
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
    // The whole page, the hand-off settings (privacy notices, Lever, outreach) included, for review.
    await inBothSchemes(page, (scheme) => page.screenshot({ path: `${SCREENSHOTS}/options-whole-${scheme}.png`, fullPage: true }).then(() => undefined));
  });
});

describe('how the hand-off, identity and sourcing look', () => {
  let scout: Scout;
  let gh: FakeGitHub;
  const login = FIXTURE_LOGINS.backend;
  const GITHUB = `https://github.com/${login}`;
  const EVE = 'https://www.linkedin.com/in/eve-mallory/';
  const REPO = `https://github.com/${FIXTURE_REPOS.ledgerd}`;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    scout = await launchScout();
    await pointGitHubAt(scout, gh.url);
    for (const [url, body] of [
      [GITHUB, githubPageOf(login)],
      // Eve's LinkedIn names Ada's GitHub account; Ada's GitHub does not name Eve back: a question, not a join.
      [EVE, linkedinPageNaming('eve-mallory', 'Eve Mallory', login)],
    ] as const) {
      await scout.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    }
    scout.servePage(REPO, 'repository/quillworks-ledgerd.html');
  });
  afterAll(async () => {
    await scout?.close();
    await gh?.close();
  });

  test('the popup of someone already known, with a same-person question: the card and every decision still in the first screen', async () => {
    const tab = await scout.context.newPage();
    await tab.goto(GITHUB);
    const tabId = await tabIdFor(scout, GITHUB);
    let popup = await popupAt400x600(scout, tabId);
    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    await expect.poll(() => popup.getByText('On the Backend engineer shortlist.').count()).toBe(1);
    // Met before: contacted today (the role's cooling-off applies), with a note.
    const today = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    await changeStored(popup, `github:${login.toLowerCase()}`, { contacted: { on: today, roleId: 'backend-engineer' }, stage: 'contacted' }, [
      { id: 'look-note', text: 'Replied: busy until January.', at: new Date().toISOString() },
    ]);
    await popup.close();
    // Captured again, and someone else's LinkedIn names this GitHub account.
    const capturedAt = async () =>
      ((await storedCandidates(scout.worker)).find((c) => c.id === `github:${login.toLowerCase()}`) as { profiles?: { github?: { capture?: { capturedAt?: string } } } } | undefined)?.profiles?.github?.capture?.capturedAt;
    const first = await capturedAt();
    await tab.reload();
    await expect.poll(capturedAt).not.toBe(first);
    const eve = await scout.context.newPage();
    await eve.goto(EVE);
    await tabIdFor(scout, EVE);

    popup = await popupAt400x600(scout, tabId);
    await expect.poll(() => popup.getByRole('region', { name: 'Already known' }).textContent()).toMatch(/^Already on Backend engineer shortlist since .+ · Contacted .+ · 1 note/);
    await expect.poll(() => popup.getByRole('group', { name: 'May be the same person as Eve Mallory' }).count()).toBe(1);
    await inBothSchemes(popup, (scheme) => looksRight(popup, `popup-known-same-person-${scheme}`));
    for (const control of decisionControls(popup)) expect(await bottomOf(popup, control), String(control)).toBeLessThanOrEqual(600);
    const sizes = await popup.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
    expect(sizes).toEqual({ height: 600, width: 400 });
  });

  test('the popup on a repository page, before and after finding the people', async () => {
    const tab = await scout.context.newPage();
    await tab.goto(REPO);
    const popup = await popupAt400x600(scout, await tabIdFor(scout, REPO));
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe(FIXTURE_REPOS.ledgerd);
    await popup.getByText(/about 25 people an hour can be screened/).waitFor();
    await inBothSchemes(popup, (scheme) => looksRight(popup, `popup-repository-${scheme}`));
    await popup.getByRole('button', { name: `Find the people behind ${FIXTURE_REPOS.ledgerd}` }).click();
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(/\d+ people found\.$/);
    await popup.getByRole('button', { name: /^See the \d+ people in the side panel$/ }).waitFor();
    const sizes = await popup.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
    expect(sizes.height).toBeLessThanOrEqual(600);
    expect(sizes.width).toBeLessThanOrEqual(400);
    await inBothSchemes(popup, (scheme) => looksRight(popup, `popup-repository-found-${scheme}`));
  });

  test('the side panel\'s Sourcing view with a list, at 360 and 420 px', async () => {
    const page = await scout.context.newPage();
    await page.setViewportSize({ width: 360, height: 760 });
    await page.goto(`chrome-extension://${scout.extensionId}/sidepanel.html?view=sourcing`);
    const list = page.getByRole('list', { name: `People behind ${FIXTURE_REPOS.ledgerd}` });
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    await page.getByRole('spinbutton', { name: 'How many' }).fill('2');
    await page.getByRole('button', { name: 'Screen the top 2' }).click();
    await expect.poll(() => page.getByText(/^Screened \d of 2$/).textContent(), { timeout: 30_000 }).toBe('Screened 2 of 2');
    for (const width of [360, 420]) {
      await page.setViewportSize({ width, height: 760 });
      await inBothSchemes(page, (scheme) => looksRight(page, `sidepanel-sourcing-${width}-${scheme}`));
    }
    // The people, scrolled to: the list is reachable however long it is.
    await list.getByRole('listitem').last().scrollIntoViewIfNeeded();
    expect(await list.getByRole('listitem').last().isVisible()).toBe(true);
    await screenshot(page, 'sidepanel-sourcing-420-scrolled');
  });

  test('the detail\'s hand-off section and the export controls, at 360 and 420 px', async () => {
    const page = await scout.context.newPage();
    await page.setViewportSize({ width: 360, height: 760 });
    await page.goto(`chrome-extension://${scout.extensionId}/sidepanel.html`);
    // Inês published an email and a website; a second Inês at the same company, on GitHub, is a possible duplicate.
    const [ines, ...rest] = TEAM;
    const basics = ines!.profiles.linkedin!.basics;
    const withContacts = Candidate.parse({ ...ines, profiles: { linkedin: { ...ines!.profiles.linkedin, basics: { ...basics, email: 'ines.carvalho@example.dev', url: 'https://ines.example.dev' } } } });
    const twin = Candidate.parse({
      ...ines,
      id: 'github:ines-cl',
      aliases: ['github:ines-cl'],
      profiles: { github: { ...ines!.profiles.linkedin, basics: { ...basics, profiles: [{ network: 'GitHub', username: 'ines-cl', url: 'https://github.com/ines-cl' }] }, capture: { ...ines!.profiles.linkedin!.capture!, source: 'github', url: 'https://github.com/ines-cl' } } },
      verdict: null,
      stage: 'sourced',
      shortlists: [],
      updatedAt: '2026-11-01T12:00:00Z',
    });
    await seedWorkspace(page, [withContacts, ...rest, twin], TEAM_NOTES);
    await changeSettings(page, { gdprNotices: true });
    await page.getByRole('combobox', { name: 'Export format' }).selectOption({ label: 'LinkedIn Recruiter' });
    const duplicates = page.locator('details.sp-duplicates > summary');
    await duplicates.click();
    await page.getByRole('list', { name: 'Possible duplicates' }).getByRole('listitem').first().waitFor();
    for (const width of [360, 420]) {
      await page.setViewportSize({ width, height: 760 });
      await inBothSchemes(page, (scheme) => looksRight(page, `sidepanel-export-${width}-${scheme}`));
    }
    await duplicates.click();
    // A selection, with Lever connected: its bar offers the stage, a tag, Send to Lever and Remove.
    await changeSettings(page, { leverUserId: 'look-user', leverUserEmail: 'robin@hiring.example' });
    const grid = page.getByRole('grid', { name: 'Candidates' });
    for (const name of ['Tomás Ruiz', 'Noor Haddad']) await grid.getByRole('checkbox', { name: `Select ${name}` }).check();
    await page.getByRole('group', { name: 'Selected candidates' }).getByRole('button', { name: 'Send to Lever' }).waitFor();
    for (const width of [360, 420]) {
      await page.setViewportSize({ width, height: 760 });
      await inBothSchemes(page, (scheme) => looksRight(page, `sidepanel-selection-${width}-${scheme}`));
    }
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await changeSettings(page, { leverUserId: null, leverUserEmail: null });
    // The hand-off section of the focused candidate's detail, scrolled to, in a taller panel (a laptop's window).
    const detail = page.getByRole('region', { name: 'Candidate details' });
    const handoff = detail.getByRole('region', { name: 'Contact and hand-off' });
    await handoff.getByRole('list', { name: 'Contact details' }).waitFor();
    for (const width of [360, 420]) {
      await page.setViewportSize({ width, height: 900 });
      await handoff.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await inBothSchemes(page, (scheme) => looksRight(page, `sidepanel-handoff-${width}-${scheme}`));
      // The whole section at once, for review: a panel tall enough to hold it.
      await page.setViewportSize({ width, height: 2400 });
      await handoff.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, `sidepanel-handoff-${width}-whole`);
      await page.setViewportSize({ width, height: 900 });
      await detail.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await screenshot(page, `sidepanel-handoff-${width}-end`);
      await detail.evaluate((el) => el.scrollTo(0, 0));
    }
    await changeSettings(page, { gdprNotices: false, exportFormat: 'backend-scout' });
  });
});
