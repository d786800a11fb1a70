/**
 * The recruiter's day in Firefox, the journey of tests/browser/workspace.test.ts:
 * a LinkedIn profile is read, its flags and evidence shown in the popup, a
 * verdict given and the person saved there, both seen live in the open
 * sidebar, staged, tagged and annotated there, exported to CSV (the bytes
 * Firefox saved, a formula typed as a tag arriving neutralised), and blind
 * mode hides the name everywhere.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ruleById } from '../../lib/screening';
import { csvTime } from '../browser/harness';
import { changeSettings, launchFirefoxScout, savedDownload, storedRows, tabIdFor, type FirefoxScout } from './harness';
import { allByRole, byRole, selectByLabel, textOf } from './roles';

const PROFILE = 'https://www.linkedin.com/in/mara-lind/';

interface StoredMara {
  id: string;
  firstCapturedAt: string;
  updatedAt: string;
  verdict: string | null;
  blindAlias: string;
  screening: { green: string[]; yellow: string[]; years: number; level: 'junior' | 'mid' | 'senior' | 'staff' };
  profiles: { linkedin: { basics: { label?: string; location?: { city?: string; address?: string } } } };
}

describe("the recruiter's workspace in Firefox", () => {
  let scout: FirefoxScout;
  beforeAll(async () => {
    scout = await launchFirefoxScout();
    scout.servePage(PROFILE, 'linkedin/logged-in-mara-lind.html');
  });
  afterAll(async () => scout?.close());

  test('profile → popup (flags, verdict, save) → sidebar → stage and note → CSV → blind mode', async () => {
    const sidebar = await scout.openExtensionPage('sidepanel.html');
    await selectByLabel(await byRole(sidebar, 'combobox', 'Shortlist'), 'Backend engineer');

    const linkedin = await scout.newPage();
    await linkedin.goto(PROFILE);
    const tabId = await tabIdFor(scout, PROFILE);

    // The popup: who, how senior, and each flag with the words that raised it.
    const popup = await scout.openExtensionPage('popup.html', `?tab=${tabId}`);
    await expect.poll(async () => textOf(await byRole(popup, 'heading', 'Mara Lind'))).toBe('Mara Lind');
    expect(await popup.$eval('.level-pill', (el) => el.textContent)).toMatch(/^(Senior|Staff\+)$/);
    expect(await popup.$eval('.seniority-line', (el) => el.textContent)).toMatch(/^\d+ years in engineering roles/);
    // Each flag leads with her own words and where she wrote them.
    const database = ruleById('database-experience')!.label;
    const green = await byRole(popup, 'region', /^Green flags/);
    const evidence = await textOf(await byRole(green, 'list', `Evidence for ${database}`));
    expect(evidence).toMatch(/PostgreSQL|Postgres|MySQL|Redis|MongoDB/);
    expect(evidence).toMatch(/— (About|Experience · .+)$/);
    // Mara's latest role is "Payments API in Go on PostgreSQL": an API as the subject of a role is API design (DOMAIN.md).
    const roleMatch = await textOf(await byRole(popup, 'region', /^Role match/));
    expect(roleMatch).toContain('Must-haves met: 3 of 3');
    expect(roleMatch).toContain('API design: met');

    // A verdict and the shortlist, from the popup; the open sidebar shows both at once.
    expect(await allByRole(sidebar, 'gridcell', 'Mara Lind')).toHaveLength(0);
    await (await byRole(popup, 'button', 'Strong yes')).click();
    await expect.poll(async () => (await byRole(popup, 'button', 'Strong yes')).evaluate((b) => b.getAttribute('aria-pressed'))).toBe('true');
    await (await byRole(popup, 'button', 'Save to shortlist')).click();
    const grid = await byRole(sidebar, 'grid', 'Candidates');
    await expect.poll(async () => (await allByRole(grid, 'gridcell', 'Mara Lind')).length).toBe(1);
    const row = await byRole(grid, 'row', /Mara Lind/);
    await expect.poll(async () => allByRole(row, 'gridcell', 'Strong yes').then((cells) => cells.length)).toBe(1);

    // Stage, a note and a tag, in the sidebar; the tag is a formula someone pasted.
    await (await byRole(grid, 'gridcell', 'Mara Lind')).click();
    const details = await byRole(sidebar, 'region', 'Candidate details');
    const verdicts = await byRole(details, 'group', 'Verdict');
    expect(await (await byRole(verdicts, 'button', 'Strong yes')).evaluate((b) => b.getAttribute('aria-pressed'))).toBe('true');
    await selectByLabel(await byRole(details, 'combobox', 'Stage'), 'Screening');
    await (await byRole(details, 'textbox', 'Note')).type('Strong on Postgres, call back Monday');
    await (await byRole(details, 'button', 'Add note')).click();
    await expect.poll(async () => textOf(await byRole(details, 'list', 'Notes'))).toContain('call back Monday');
    await (await byRole(details, 'combobox', 'Tag')).type('=HYPERLINK("http://evil.example","go")');
    await (await byRole(details, 'button', 'Add tag')).click();
    await expect.poll(async () => textOf(await byRole(details, 'list', 'Tags'))).toContain('=HYPERLINK');

    await expect.poll(async () => (await storedRows<{ stage?: string }>(scout, 'candidates'))[0]?.stage).toBe('screening');
    const [stored] = await storedRows<StoredMara>(scout, 'candidates');
    const notes = await storedRows<{ at: string }>(scout, 'notes');

    // The CSV: the bytes Firefox saved, as the hiring team's spreadsheet will read them.
    await (await byRole(sidebar, 'button', 'Export CSV')).click();
    const timeZone = await sidebar.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const fileName = `backend-scout-backend-engineer-${day}.csv`;
    const csv = await savedDownload(scout, fileName);
    const at = (iso: string) => csvTime(iso, timeZone);
    const labels = (ids: string[]) => ids.map((id) => ruleById(id)!.label).join('; ');
    const quoted = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const level = { junior: 'Junior', mid: 'Mid-level', senior: 'Senior', staff: 'Staff+' }[stored!.screening.level];
    const headline = stored!.profiles.linkedin.basics.label ?? '';
    const location = stored!.profiles.linkedin.basics.location?.city ?? stored!.profiles.linkedin.basics.location?.address ?? '';
    const expected = [
      'Name,Headline,Location,GitHub URL,LinkedIn URL,Level,Years,Green flags,Yellow flags,Role match,Verdict,Stage,Tags,Notes,First captured,Last updated',
      [
        'Mara Lind',
        quoted(headline),
        quoted(location),
        'https://github.com/mara-lind',
        'https://www.linkedin.com/in/mara-lind/',
        level,
        String(stored!.screening.years),
        quoted(labels(stored!.screening.green)),
        quoted(labels(stored!.screening.yellow)),
        '3 of 3',
        'Strong yes',
        'Screening',
        // The formula is neutralised with a leading apostrophe; its quotes are doubled (RFC 4180).
        `"'=HYPERLINK(""http://evil.example"",""go"")"`,
        quoted(`${at(notes[0]!.at)}: Strong on Postgres, call back Monday`),
        at(stored!.firstCapturedAt),
        at(stored!.updatedAt),
      ].join(','),
    ];
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
    expect(csv.subarray(3).toString('utf8')).toBe(`${expected.join('\r\n')}\r\n`);

    // Blind mode: no name in the popup, the sidebar or the CSV.
    rmSync(join(scout.downloads, fileName));
    await changeSettings(scout, { blindMode: true, blindCsv: true });
    const alias = stored!.blindAlias;
    expect(alias).toMatch(/^Candidate [0-9A-F]{4}$/);
    await expect.poll(async () => textOf(await byRole(popup, 'heading', alias))).toBe(alias);
    await expect.poll(async () => (await allByRole(grid, 'gridcell', alias)).length).toBe(1);
    for (const page of [popup, sidebar]) expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/Mara|Lind/);
    await (await byRole(sidebar, 'button', 'Export CSV')).click();
    const blindCsv = (await savedDownload(scout, fileName)).toString('utf8');
    expect(blindCsv).not.toMatch(/Mara|Lind|mara-lind/);
    expect(blindCsv).toContain(`\r\n${alias},`);
  });
});
