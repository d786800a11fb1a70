/**
 * The hand-off in the built extension: a second capture of a held person
 * says so first in the popup; the side panel exports each ATS format (the
 * bytes checked against the same export run in Node over the records the
 * browser stored); and one candidate goes to a fake Lever on 127.0.0.1
 * through the recruiter's own key, asked for in Options.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Candidate, Note } from '../../lib/store/records';
import { exportCandidates, exportFileName, FORMAT_LABELS, type FormatId } from '../../lib/workspace/ats';
import { flagLabel } from '../../lib/screening/rules';
import { FAKE_LEVER_KEY, FAKE_LEVER_USER, startFakeLever, type FakeLever } from '../support/fake-lever';
import { launchScout, tabIdFor, type Scout } from './harness';

const MARA = 'https://www.linkedin.com/in/mara-lind/';
const REN = 'https://github.com/ren-okafor';

/** Every candidate and note the extension stored, read from its own IndexedDB. */
async function stored(scout: Scout): Promise<{ candidates: Candidate[]; notes: Note[] }> {
  const raw = await scout.worker.evaluate(
    () =>
      new Promise<{ candidates: unknown[]; notes: unknown[] }>((resolve, reject) => {
        const open = indexedDB.open('backend-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['candidates', 'notes']);
          const c = tx.objectStore('candidates').getAll();
          const n = tx.objectStore('notes').getAll();
          tx.oncomplete = () => {
            resolve({ candidates: c.result, notes: n.result });
            open.result.close();
          };
        };
      }),
  );
  return { candidates: raw.candidates.map((c) => Candidate.parse(c)), notes: raw.notes.map((n) => Note.parse(n)) };
}

describe('hand-off', () => {
  let scout: Scout;
  let lever: FakeLever;
  beforeAll(async () => {
    scout = await launchScout();
    scout.servePage(MARA, 'linkedin/logged-in-mara-lind.html');
    scout.servePage(REN, 'github/user-full-ren-okafor.html');
    lever = await startFakeLever();
  });
  afterAll(async () => {
    await scout?.close();
    await lever?.close();
  });

  test('already known: the popup says so first on a second capture, not on the first', async () => {
    const linkedin = await scout.context.newPage();
    await linkedin.goto(MARA);
    const tabId = await tabIdFor(scout, MARA);
    const popup = await scout.openExtensionPage('popup.html', `?tab=${tabId}`);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('Mara Lind');
    expect(await popup.getByRole('region', { name: 'Already known' }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    await expect.poll(async () => (await stored(scout)).candidates[0]?.shortlists).toEqual(['backend-engineer']);
    const first = (await stored(scout)).candidates[0]!.profiles.linkedin!.capture!.capturedAt;

    // The same profile again: the capture lands on the record that holds her.
    await linkedin.reload();
    await expect.poll(async () => (await stored(scout)).candidates[0]?.profiles.linkedin?.capture?.capturedAt).not.toBe(first);
    const again = await scout.openExtensionPage('popup.html', `?tab=${tabId}`);
    const known = again.getByRole('region', { name: 'Already known' });
    await expect.poll(() => known.count()).toBe(1);
    const since = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' }).format(new Date());
    expect(await known.textContent()).toBe(`Already on Backend engineer shortlist since ${since}`);
    // It comes before anything else the popup says.
    expect(await again.locator('main > *').first().getAttribute('aria-label')).toBe('Already known');
    await popup.close();
    await again.close();
    await linkedin.close();
  });

  test('the side panel exports each format, byte for byte; found emails only when asked', async () => {
    const github = await scout.context.newPage();
    await github.goto(REN);
    await tabIdFor(scout, REN);
    await expect.poll(async () => (await stored(scout)).candidates.length).toBe(2);
    await github.close();

    const panel = await scout.openExtensionPage('sidepanel.html');
    const grid = panel.getByRole('grid', { name: 'Candidates' });
    await expect.poll(() => grid.getByRole('checkbox', { name: /^Select (?!all$)/ }).count()).toBe(2);
    const timeZone = await panel.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);

    for (const format of ['linkedin-recruiter', 'greenhouse', 'lever', 'ashby', 'backend-scout'] as FormatId[]) {
      await panel.getByRole('combobox', { name: 'Export format' }).selectOption({ label: FORMAT_LABELS[format] });
      if (format === 'linkedin-recruiter') {
        // Said before the download, beside the button: who has no email the export may carry.
        const described = (await panel.getByRole('button', { name: 'Export CSV' }).getAttribute('aria-describedby'))!.split(' ');
        await expect
          .poll(() => panel.locator(`[id="${described.at(-1)}"]`).textContent())
          .toBe('For LinkedIn Recruiter’s project import. 2 of 2 candidates without an email you may export (LinkedIn Recruiter needs an email to import a row).');
      }
      if (format === 'lever') await panel.getByRole('checkbox', { name: 'Include found emails' }).check();
      // The rows in the table's order, as the export takes them.
      const names = await grid.getByRole('checkbox', { name: /^Select (?!all$)/ }).evaluateAll((boxes) => boxes.map((b) => b.getAttribute('aria-label')!.slice('Select '.length)));
      const downloading = panel.waitForEvent('download');
      await panel.getByRole('button', { name: 'Export CSV' }).click();
      const download = await downloading;
      const bytes = readFileSync((await download.path())!);

      const { candidates, notes } = await stored(scout);
      const byName = new Map(candidates.map((c) => [c.profiles.linkedin?.basics.name ?? c.profiles.github?.basics.name ?? c.id, c]));
      const now = new Date();
      const expected = exportCandidates(
        names.map((n) => byName.get(n)!),
        format,
        { notes, flagLabel, roleId: null, roleName: null, timeZone, includeFoundEmails: format === 'lever' || format === 'ashby', fileName: (part) => exportFileName(format, 'All candidates', now, timeZone, part) },
      );
      expect(download.suggestedFilename()).toBe(expected.files[0]!.name);
      expect(bytes.equals(Buffer.from(expected.files[0]!.text, 'utf8'))).toBe(true);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      if (format === 'lever') expect(bytes.toString('utf8')).toContain('ren.okafor@example.dev');
      if (format === 'linkedin-recruiter') {
        expect(bytes.toString('utf8')).not.toContain('ren.okafor@example.dev');
      }
    }
    await panel.close();
  });

  test('Send to Lever: the key saved in Options, one candidate sent to the fake Lever with its note', async () => {
    const options = await scout.openExtensionPage('options.html');
    await options.getByRole('textbox', { name: 'Lever API address' }).fill(lever.url);
    await options.getByLabel('Lever API key').fill(FAKE_LEVER_KEY);
    await options.getByRole('textbox', { name: 'Your Lever email' }).fill(FAKE_LEVER_USER.email);
    await options.getByRole('button', { name: 'Connect Lever' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Lever' }).first().textContent()).toBe(
      `Connected to Lever as ${FAKE_LEVER_USER.name}: opportunities will be created as them.`,
    );
    // The key is never shown again, and never in a backup.
    expect(await options.getByLabel('Lever API key').inputValue()).toBe('');
    await options.close();

    const panel = await scout.openExtensionPage('sidepanel.html');
    const grid = panel.getByRole('grid', { name: 'Candidates' });
    // Send to Lever acts on a selection: it is offered in the selection's bar, and nothing went before one.
    await grid.getByRole('checkbox', { name: 'Select Mara Lind' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Send to Lever' }).count()).toBe(0);
    expect(lever.requests).toEqual(['GET /v1/users?email=robin%40hiring.example']);

    await grid.getByRole('checkbox', { name: 'Select Mara Lind' }).check();
    await panel.getByRole('group', { name: 'Selected candidates' }).getByRole('button', { name: 'Send to Lever' }).click();
    await expect.poll(() => panel.getByRole('status', { name: 'Lever' }).textContent()).toContain('Sent to Lever: Mara Lind.');
    expect(lever.opportunities).toHaveLength(1);
    const opportunity = lever.opportunities[0]!;
    expect(opportunity).toMatchObject({ name: 'Mara Lind', origin: 'sourced', owner: FAKE_LEVER_USER.id, sources: ['LinkedIn'] });
    expect(opportunity.links).toContain('https://www.linkedin.com/in/mara-lind/');
    expect(opportunity.notes).toHaveLength(1);
    expect(opportunity.notes[0]!.value).toMatch(/^Backend Scout screening for Backend engineer/);
    expect(opportunity.notes[0]!.value).toContain('Green flags:');
    // The candidate's own notes say where she went.
    await expect.poll(async () => (await stored(scout)).notes.map((n) => n.text)).toContain(`Sent to Lever: https://hire.lever.co/candidates/${opportunity.id}`);
    await panel.close();
  });
});
