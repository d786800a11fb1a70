/**
 * The options page, driven by role and name as a recruiter would: roles,
 * blind mode, GitHub settings against the local fake GitHub, and data.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../support/fake-github';
import { launchScout, storedSettings, type Scout } from './harness';

describe('options', () => {
  let scout: Scout;
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub({ scopes: '' });
    scout = await launchScout();
  });
  afterAll(async () => {
    await scout?.close();
    await gh?.close();
  });

  test('a recruiter creates a role with skills from the vocabulary, edits it, and deletes it', async () => {
    const page = await scout.openExtensionPage('options.html');
    const roles = page.getByRole('list', { name: 'Roles' });
    await expect.poll(() => roles.getByRole('listitem').count()).toBe(1); // the default Backend engineer role

    await page.getByRole('button', { name: 'New role' }).click();
    const form = page.getByRole('form', { name: 'New role' });
    await form.getByRole('textbox', { name: 'Role name' }).fill('Platform engineer');
    await form.getByRole('textbox', { name: 'Mission' }).fill('Run the Kubernetes platform.');
    await form.getByRole('combobox', { name: 'Add must-have' }).fill('Kubernetes');
    await form.getByRole('button', { name: 'Add must-have' }).click();
    await form.getByRole('combobox', { name: 'Add must-have' }).fill('Go');
    await form.getByRole('combobox', { name: 'Add must-have' }).press('Enter');
    await form.getByRole('combobox', { name: 'Add nice-to-have' }).fill('Terraform');
    await form.getByRole('button', { name: 'Add nice-to-have' }).click();
    await form.getByRole('combobox', { name: 'Minimum level' }).selectOption({ label: 'Senior' });
    await form.getByRole('button', { name: 'Save role' }).click();

    await expect.poll(() => roles.getByRole('listitem').count()).toBe(2);
    const stored = await scout.worker.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('backend-scout');
          open.onsuccess = () => {
            const req = open.result.transaction('roles').objectStore('roles').getAll();
            req.onsuccess = () => resolve(req.result);
          };
        }),
    );
    expect(stored).toContainEqual(
      expect.objectContaining({ name: 'Platform engineer', mustHave: ['Kubernetes', 'Go'], niceToHave: ['Terraform'], minimumLevel: 'senior' }),
    );

    await page.getByRole('button', { name: 'Edit Platform engineer' }).click();
    const edit = page.getByRole('form', { name: 'Edit Platform engineer' });
    await edit.getByRole('button', { name: 'Remove Go' }).click();
    await edit.getByRole('button', { name: 'Save role' }).click();
    await expect.poll(() => roles.textContent()).not.toContain('Kubernetes, Go');
    expect(await roles.textContent()).toContain('must-have: Kubernetes');

    await page.getByRole('button', { name: 'Delete Platform engineer' }).click();
    await page.getByRole('button', { name: 'Yes, delete Platform engineer' }).click();
    await expect.poll(() => roles.getByRole('listitem').count()).toBe(1);
  });

  test('the GitHub token is checked with one request, shown as the account, and stored out of extension storage', async () => {
    const page = await scout.openExtensionPage('options.html');
    await page.getByRole('textbox', { name: 'GitHub API address' }).fill(gh.url);
    await page.getByLabel('GitHub token').fill(FAKE_TOKEN);
    await page.getByRole('button', { name: 'Save and check' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/Signed in to GitHub as .+ of 5000 requests left/);
    expect(await page.getByLabel('GitHub token').inputValue()).toBe('');
    // Extension storage (which content scripts can read and write) holds neither the token nor the settings.
    const local = await scout.worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.get(null));
    expect(JSON.stringify(local)).not.toContain(FAKE_TOKEN);
    expect(local).toEqual({});
    expect(await storedSettings(scout)).toMatchObject({ apiUrl: gh.url });

    await page.getByLabel('GitHub token').fill('ghp_not_a_real_token_at_all_000000000000');
    await page.getByRole('button', { name: 'Save and check' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 }).toMatch(/token/i);
    await page.getByRole('button', { name: 'Remove token' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Remove token' }).count()).toBe(0);
  });

  test('blind mode is one switch, and the CSV option follows it', async () => {
    const page = await scout.openExtensionPage('options.html');
    const csv = page.getByRole('checkbox', { name: 'Hide identity in CSV exports too' });
    expect(await csv.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: 'Blind mode' }).check();
    await expect.poll(() => csv.isDisabled()).toBe(false);
    await expect.poll(async () => (await storedSettings(scout))?.blindMode).toBe(true);
    await page.getByRole('checkbox', { name: 'Blind mode' }).uncheck();
  });

  test('a backup exports without the token, a foreign file is refused, and delete all asks first', async () => {
    const page = await scout.openExtensionPage('options.html');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^backend-scout-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'backend-scout-backup', version: 1 });
    expect(text).not.toContain(FAKE_TOKEN);

    await page.getByLabel('Backup file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not a Backend Scout backup');

    await page.getByLabel('Backup file').setInputFiles({ name: 'ours.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Backup imported: 0 added, 0 updated, \d+ skipped/);

    await page.getByRole('button', { name: 'Delete all data' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Delete all data' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('All data deleted.');
    await expect.poll(() => page.getByRole('list', { name: 'Roles' }).getByRole('listitem').count()).toBe(1);
  });
});
