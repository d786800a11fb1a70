import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ruleById } from '../../lib/screening';
import { launchScout, storedCandidates, tabIdFor, type Scout } from './harness';

const PRODUCTION = ruleById('production-scale')!.label;

async function waitForCandidates(scout: Scout, count: number) {
  await expect.poll(async () => (await storedCandidates(scout.worker)).length, { timeout: 10_000 }).toBe(count);
  return storedCandidates(scout.worker);
}

describe('capturing a GitHub profile', () => {
  let scout: Scout;
  beforeAll(async () => {
    scout = await launchScout();
    scout.servePage('https://github.com/ada-dev', 'github/user-ada-dev.html');
    scout.servePage('https://github.com/brook-builds', 'github/user-brook-builds.html');
    scout.servePage('https://github.com/quillworks', 'github/org-quillworks.html');
  });
  afterAll(async () => scout?.close());

  test('a visited profile becomes a candidate, shown in the popup and listed live in the side panel', async () => {
    const sidePanel = await scout.openExtensionPage('sidepanel.html');
    await expect.poll(() => sidePanel.getByRole('status').textContent()).toContain('No candidates yet');

    const github = await scout.context.newPage();
    await github.goto('https://github.com/ada-dev');
    const [ada] = await waitForCandidates(scout, 1);
    expect(ada?.id).toBe('github:ada-dev');

    const tabId = await tabIdFor(scout, 'https://github.com/ada-dev');
    const popup = await scout.openExtensionPage('popup.html', `?tab=${tabId}`);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('Ada Quill');
    // The bio is the evidence behind green flags: quoted once, as her GitHub bio, however many flags it supports.
    const greenFlags = popup.getByRole('region', { name: /Green flags/ });
    expect(await greenFlags.getByRole('listitem').filter({ hasText: PRODUCTION }).count()).toBe(1);
    const quoted = greenFlags.locator('.evidence-quote').filter({ hasText: 'on-call for a payments API' });
    expect(await quoted.count()).toBe(1);
    expect(await quoted.textContent()).toContain('— GitHub bio');
    expect(await popup.getByRole('link', { name: 'GitHub: ada-dev' }).getAttribute('href')).toBe('https://github.com/ada-dev');

    const rows = sidePanel.getByRole('grid', { name: 'Candidates' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(2); // header + Ada

    // A second profile appears in the already open side panel without a reload.
    await github.goto('https://github.com/brook-builds');
    await waitForCandidates(scout, 2);
    await expect.poll(() => rows.count()).toBe(3);
    expect(await sidePanel.getByRole('gridcell', { name: 'Brook Ferreira', exact: true }).count()).toBe(1);
  });

  test('revisiting a profile updates the one candidate instead of adding another', async () => {
    const before = await storedCandidates(scout.worker);
    const page = await scout.context.newPage();
    await page.goto('https://github.com/ada-dev');
    await page.reload();
    await expect
      .poll(async () => (await storedCandidates(scout.worker)).find((c) => c.id === 'github:ada-dev'), { timeout: 10_000 })
      .toBeDefined();
    const after = await storedCandidates(scout.worker);
    expect(after.filter((c) => c.id === 'github:ada-dev')).toHaveLength(1);
    expect(after.length).toBe(Math.max(before.length, 1));
  });

  test('an organisation page is not captured, and the popup says why', async () => {
    const page = await scout.context.newPage();
    await page.goto('https://github.com/quillworks');
    const tabId = await tabIdFor(scout, 'https://github.com/quillworks');
    const popup = await scout.openExtensionPage('popup.html', `?tab=${tabId}`);
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('organisation, not a person');
    const ids = (await storedCandidates(scout.worker)).map((c) => c.id);
    expect(ids).not.toContain('github:quillworks');
  });
});
