/**
 * The recruiter's day, end to end in the built extension: a LinkedIn profile
 * is read, its flags and evidence shown in the popup, saved to a shortlist,
 * seen live in the open side panel, staged, tagged and annotated there,
 * exported to CSV (a formula typed as a tag arrives neutralised), and blind
 * mode hides the name everywhere.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ruleById } from '../../lib/screening';
import { changeSettings, csvTime, launchScout, storedCandidates, tabIdFor, type Scout } from './harness';

const PROFILE = 'https://www.linkedin.com/in/mara-lind/';

describe('the recruiter\'s workspace', () => {
  let scout: Scout;
  beforeAll(async () => {
    scout = await launchScout();
    scout.servePage(PROFILE, 'linkedin/logged-in-mara-lind.html');
  });
  afterAll(async () => scout?.close());

  test('profile → popup → shortlist → side panel → stage and note → CSV → blind mode', async () => {
    const sidePanel = await scout.openExtensionPage('sidepanel.html');
    await sidePanel.getByRole('combobox', { name: 'Shortlist' }).selectOption({ label: 'Backend engineer' });

    const linkedin = await scout.context.newPage();
    await linkedin.goto(PROFILE);
    const tabId = await tabIdFor(scout, PROFILE);

    // The popup: who, how senior, and each flag with the words that raised it.
    const popup = await scout.openExtensionPage('popup.html', `?tab=${tabId}`);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('Mara Lind');
    expect(await popup.locator('.level-pill').textContent()).toMatch(/^(Senior|Staff\+)$/);
    expect(await popup.locator('.seniority-line').textContent()).toMatch(/^\d+ years in engineering roles/);
    // Each flag leads with her own words and where she wrote them; no quotation appears twice.
    const database = ruleById('database-experience')!.label;
    const green = popup.getByRole('region', { name: /Green flags/ });
    const evidence = await green.getByRole('list', { name: `Evidence for ${database}` }).textContent();
    expect(evidence).toMatch(/PostgreSQL|Postgres|MySQL|Redis|MongoDB/);
    expect(evidence).toMatch(/— (About|Experience · .+)$/);
    const quotes = await green.locator('.evidence-quote q').allTextContents();
    expect(quotes.length).toBeGreaterThan(1);
    expect(new Set(quotes).size).toBe(quotes.length);
    // Mara's latest role is "Payments API in Go on PostgreSQL": an API as the subject of a role is API design (DOMAIN.md).
    const roleMatch = popup.getByRole('region', { name: 'Role match' });
    expect(await roleMatch.textContent()).toContain('Must-haves met: 3 of 3');
    expect(await roleMatch.textContent()).toContain('API design: met');

    // Saved from the popup, the candidate appears in the open side panel's shortlist at once.
    const table = sidePanel.getByRole('grid', { name: 'Candidates' });
    expect(await table.getByRole('gridcell', { name: 'Mara Lind', exact: true }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    await expect.poll(() => table.getByRole('gridcell', { name: 'Mara Lind', exact: true }).count()).toBe(1);

    // Stage, a note and a tag, in the side panel; the tag is a formula someone pasted.
    await table.getByRole('gridcell', { name: 'Mara Lind', exact: true }).click();
    const details = sidePanel.getByRole('region', { name: 'Candidate details' });
    await details.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'Screening' });
    await details.getByRole('textbox', { name: 'Note' }).fill('Strong on Postgres, call back Monday');
    await details.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => details.getByRole('list', { name: 'Notes' }).textContent()).toContain('call back Monday');
    await details.getByRole('combobox', { name: 'Tag', exact: true }).fill('=HYPERLINK("http://evil.example","go")');
    await details.getByRole('button', { name: 'Add tag', exact: true }).click();
    await expect.poll(() => details.getByRole('list', { name: 'Tags' }).textContent()).toContain('=HYPERLINK');

    const stored = await scout.worker.evaluate(
      () =>
        new Promise<{ firstCapturedAt: string; updatedAt: string; screening: { green: string[]; yellow: string[]; years: number; level: string }; notes: { at: string }[] }>((resolve) => {
          const open = indexedDB.open('backend-scout');
          open.onsuccess = () => {
            const tx = open.result.transaction(['candidates', 'notes']);
            const c = tx.objectStore('candidates').get('linkedin:mara-lind');
            const n = tx.objectStore('notes').getAll();
            tx.oncomplete = () => resolve({ ...c.result, notes: n.result });
          };
        }),
    );

    const downloading = sidePanel.waitForEvent('download');
    await sidePanel.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    const timeZone = await sidePanel.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    expect(download.suggestedFilename()).toBe(`backend-scout-backend-engineer-${day}.csv`);
    const at = (iso: string) => csvTime(iso, timeZone);
    const labels = (ids: string[]) => ids.map((id) => ruleById(id)!.label).join('; ');
    const quoted = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const level = { junior: 'Junior', mid: 'Mid-level', senior: 'Senior', staff: 'Staff+' }[stored.screening.level];
    const [headline, location] = await scout.worker.evaluate(
      () =>
        new Promise<[string, string]>((resolve) => {
          const open = indexedDB.open('backend-scout');
          open.onsuccess = () => {
            const req = open.result.transaction('candidates').objectStore('candidates').get('linkedin:mara-lind');
            req.onsuccess = () => {
              const basics = req.result.profiles.linkedin.basics;
              resolve([basics.label ?? '', basics.location?.city ?? basics.location?.address ?? '']);
            };
          };
        }),
    );
    const expected = [
      'Name,Headline,Location,GitHub URL,LinkedIn URL,Level,Years,Green flags,Yellow flags,Role match,Verdict,Stage,Tags,Notes,First captured,Last updated',
      [
        'Mara Lind',
        quoted(headline ?? ''),
        quoted(location),
        'https://github.com/mara-lind',
        'https://www.linkedin.com/in/mara-lind/',
        level,
        String(stored.screening.years),
        quoted(labels(stored.screening.green)),
        quoted(labels(stored.screening.yellow)),
        '3 of 3',
        '',
        'Screening',
        // The formula is neutralised with a leading apostrophe; its quotes are doubled (RFC 4180).
        `"'=HYPERLINK(""http://evil.example"",""go"")"`,
        quoted(`${at(stored.notes[0]!.at)}: Strong on Postgres, call back Monday`),
        at(stored.firstCapturedAt),
        at(stored.updatedAt),
      ].join(','),
    ];
    expect(readFileSync((await download.path())!, 'utf8')).toBe(`\uFEFF${expected.join('\r\n')}\r\n`);

    // Blind mode: no name in the popup, the side panel or the CSV.
    await changeSettings(sidePanel, { blindMode: true, blindCsv: true });
    const alias = (await storedCandidates(scout.worker)).find((c) => c.id === 'linkedin:mara-lind')!.blindAlias!;
    expect(alias).toMatch(/^Candidate [0-9A-F]{4}$/);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe(alias);
    await expect.poll(() => table.getByRole('gridcell', { name: alias, exact: true }).count()).toBe(1);
    for (const page of [popup, sidePanel]) expect(await page.locator('body').innerText()).not.toMatch(/Mara|Lind/);
    const blindDownload = sidePanel.waitForEvent('download');
    await sidePanel.getByRole('button', { name: 'Export CSV' }).click();
    const blindCsv = readFileSync((await (await blindDownload).path())!, 'utf8');
    expect(blindCsv).not.toMatch(/Mara|Lind|mara-lind/);
    expect(blindCsv).toContain(`\r\n${alias},`);
  });
});
