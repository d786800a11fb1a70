/**
 * The side panel in the built extension, driven by accessible names: a
 * recruiter's shortlists seeded into the extension's own IndexedDB, then
 * searched, filtered, sorted, triaged from the keyboard, edited in bulk,
 * annotated and exported to CSV.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Candidate, type Note } from '../../lib/store/records';
import { blindAlias } from '../../lib/workspace/labels';
import { Profile } from '../../lib/profile/profile';
import { BACKEND_ENGINEER_ROLE, ruleById } from '../../lib/screening';
import { changeSettings, csvTime, launchScout, type Scout } from './harness';
import { seedWorkspace } from './people';

const ROLES = [
  { ...BACKEND_ENGINEER_ROLE, id: 'backend-engineer', updatedAt: '2026-11-01T00:00:00Z' },
  { ...BACKEND_ENGINEER_ROLE, name: 'Platform team', id: 'platform', updatedAt: '2026-11-01T00:00:00Z' },
];

interface Person {
  slug: string;
  name: string;
  headline: string;
  city?: string;
  level: 'junior' | 'mid' | 'senior' | 'staff';
  green: string[];
  yellow: string[];
  verdict?: Candidate['verdict'];
  stage?: Candidate['stage'];
  tags?: string[];
  shortlists: string[];
  updatedAt: string;
}

function person(p: Person): Candidate {
  return Candidate.parse({
    id: `linkedin:${p.slug}`,
    aliases: [`linkedin:${p.slug}`],
    profiles: {
      linkedin: Profile.parse({
        basics: {
          name: p.name,
          label: p.headline,
          location: p.city ? { city: p.city } : undefined,
          profiles: [{ network: 'LinkedIn', username: p.slug, url: `https://www.linkedin.com/in/${p.slug}/` }],
        },
        capture: { source: 'linkedin', url: `https://www.linkedin.com/in/${p.slug}/`, capturedAt: '2026-11-02T12:00:00Z' },
      }),
    },
    screening: {
      green: p.green,
      yellow: p.yellow,
      level: p.level,
      years: { junior: 1, mid: 3, senior: 6, staff: 9 }[p.level],
      roleMatches: { 'backend-engineer': { met: p.green.length >= 3 ? 3 : p.green.length, total: 3 } },
      screenedAt: '2026-11-02T12:00:00Z',
    },
    stage: p.stage ?? 'sourced',
    verdict: p.verdict ?? null,
    tags: p.tags ?? [],
    shortlists: p.shortlists,
    firstCapturedAt: '2026-11-02T12:00:00Z',
    updatedAt: p.updatedAt,
  });
}

const ADA = person({
  slug: 'ada-quill',
  name: 'Ada Quill',
  headline: 'Senior backend engineer · Go, Kafka',
  city: 'Lisbon',
  level: 'senior',
  green: ['language-proficiency', 'database-experience', 'api-design'],
  yellow: [],
  tags: ['payments'],
  shortlists: ['backend-engineer'],
  updatedAt: '2026-11-20T12:00:00Z',
});
const BROOK = person({
  slug: 'brook-ferreira',
  name: 'Brook Ferreira',
  headline: 'Java developer',
  city: 'Porto',
  level: 'junior',
  green: ['language-proficiency'],
  yellow: ['no-testing-or-quality', 'tutorial-projects'],
  verdict: 'maybe',
  stage: 'contacted',
  shortlists: ['backend-engineer', 'platform'],
  updatedAt: '2026-11-21T12:00:00Z',
});
const CYD = person({
  slug: 'cyd-okafor',
  name: 'Cyd Okafor',
  headline: 'Staff SRE, on-call for payments',
  level: 'staff',
  green: ['production-scale', 'observability'],
  yellow: [],
  verdict: 'strong-yes',
  stage: 'screening',
  tags: ['payments', 'remote'],
  shortlists: ['platform'],
  updatedAt: '2026-11-22T12:00:00Z',
});
/** A profile written to attack the spreadsheet the CSV is opened in. */
const HOSTILE = person({
  slug: 'mallory',
  name: '=HYPERLINK("http://x","y")',
  headline: '+cmd <script>alert(1)</script>',
  city: '-2+3',
  level: 'mid',
  green: [],
  yellow: ['generic-backend'],
  tags: ['@SUM(A1)'],
  shortlists: ['backend-engineer'],
  updatedAt: '2026-11-19T12:00:00Z',
});
const EVERYONE = [ADA, BROOK, CYD, HOSTILE];
const NOTES: Note[] = [{ id: 'n1', candidateId: ADA.id, text: 'Strong on Postgres, wants remote', at: '2026-11-20T09:30:00Z' }];

/** The shared seeding (people.ts) with this file's roles. */
const seed = (page: Page, candidates: Candidate[], notes: Note[] = []) => seedWorkspace(page, candidates, notes, ROLES);

/** What the extension stored for one candidate, read through its real IndexedDB. */
async function stored(page: Page, id: string): Promise<Candidate | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<Candidate | undefined>((resolve, reject) => {
        const open = indexedDB.open('backend-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('candidates').objectStore('candidates').get(key);
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
        };
      }),
    id,
  );
}

async function storedNotes(page: Page, candidateId: string): Promise<Note[]> {
  return page.evaluate(
    (key) =>
      new Promise<Note[]>((resolve, reject) => {
        const open = indexedDB.open('backend-scout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('notes').objectStore('notes').index('candidateId').getAll(key);
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
        };
      }),
    candidateId,
  );
}

const table = (page: Page) => page.getByRole('grid', { name: 'Candidates' });
/** The name cell of every candidate's row, top to bottom. */
async function names(page: Page): Promise<string[]> {
  return table(page).locator('[role="row"][data-id] .col-name').allTextContents();
}
const activeName = (page: Page) => table(page).locator('[role="row"][aria-current="true"] .col-name').textContent();
const cellOf = (page: Page, id: string, column: string) => table(page).locator(`[role="row"][data-id="${id}"] .col-${column}`);
/** The filters sit behind one button; it opens them unless they are open. */
async function openFilters(page: Page) {
  const button = page.getByRole('button', { name: /^Filters/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** Settings change as the options page changes them: through the background. */
async function setSettings(page: Page, settings: Record<string, unknown>) {
  await changeSettings(page, settings);
}

describe('the side panel', () => {
  let scout: Scout;
  let page: Page;
  beforeAll(async () => {
    scout = await launchScout();
    page = await scout.openExtensionPage('sidepanel.html');
  });
  afterAll(async () => scout?.close());

  test('lists every candidate newest first, with flag counts that name their flags', async () => {
    await seed(page, EVERYONE);
    expect(await table(page).getByRole('row').count()).toBe(5); // header + 4
    expect(await names(page)).toEqual(['Cyd Okafor', 'Brook Ferreira', 'Ada Quill', HOSTILE.profiles.linkedin!.basics.name]);
    const yellow = table(page).locator(`[role="row"][data-id="${BROOK.id}"] .flag-yellow`);
    expect(await yellow.getAttribute('title')).toBe(`${ruleById('no-testing-or-quality')!.label}, ${ruleById('tutorial-projects')!.label}`);
    expect(await yellow.textContent()).toContain('2 yellow flags');
    // Hostile text is text: no element was injected.
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await table(page).getByRole('gridcell', { name: '+cmd <script>alert(1)</script>', exact: true }).count()).toBe(1);
  });

  test('search, filters and the shortlist narrow the table', async () => {
    await seed(page, EVERYONE);
    const search = page.getByRole('searchbox', { name: 'Search candidates' });
    await search.fill('payments');
    await expect.poll(() => names(page)).toEqual(['Cyd Okafor', 'Ada Quill']);
    await search.fill('lisbon kafka');
    await expect.poll(() => names(page)).toEqual(['Ada Quill']);
    await search.fill('');

    await openFilters(page);
    await page.getByRole('combobox', { name: 'Filter by stage' }).selectOption({ label: 'Contacted' });
    // The button says how many filters are on, so a narrowed list never hides why.
    expect(await page.getByRole('button', { name: /^Filters/ }).textContent()).toBe('Filters (1)');
    await expect.poll(() => names(page)).toEqual(['Brook Ferreira']);
    await page.getByRole('combobox', { name: 'Filter by stage' }).selectOption({ label: 'Any stage' });

    await page.getByRole('combobox', { name: 'Filter by verdict' }).selectOption({ label: 'Strong yes' });
    await expect.poll(() => names(page)).toEqual(['Cyd Okafor']);
    await page.getByRole('combobox', { name: 'Filter by verdict' }).selectOption({ label: 'Not rated' });
    await expect.poll(() => names(page)).toEqual(['Ada Quill', HOSTILE.profiles.linkedin!.basics.name]);
    await page.getByRole('combobox', { name: 'Filter by verdict' }).selectOption({ label: 'Any verdict' });

    await page.getByRole('combobox', { name: 'Filter by level' }).selectOption({ label: 'Junior' });
    await expect.poll(() => names(page)).toEqual(['Brook Ferreira']);
    await page.getByRole('combobox', { name: 'Filter by level' }).selectOption({ label: 'Any level' });

    await page.getByRole('combobox', { name: 'Filter by flag' }).selectOption({ label: ruleById('observability')!.label });
    await expect.poll(() => names(page)).toEqual(['Cyd Okafor']);
    await page.getByRole('combobox', { name: 'Filter by flag' }).selectOption({ label: 'Any flag' });

    await page.getByRole('combobox', { name: 'Filter by tag' }).selectOption({ label: 'remote' });
    await expect.poll(() => names(page)).toEqual(['Cyd Okafor']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => names(page)).toHaveLength(4);

    await page.getByRole('combobox', { name: 'Shortlist' }).selectOption({ label: 'Platform team' });
    await expect.poll(() => names(page)).toEqual(['Cyd Okafor', 'Brook Ferreira']);
    await page.getByRole('combobox', { name: 'Shortlist' }).selectOption({ label: 'All candidates' });
  });

  test('any column sorts from its header, and says which way', async () => {
    await seed(page, EVERYONE);
    const nameHeader = page.getByRole('columnheader', { name: 'Name', exact: true });
    expect(await nameHeader.getAttribute('aria-sort')).toBe('none');
    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => names(page)).toEqual([HOSTILE.profiles.linkedin!.basics.name, 'Ada Quill', 'Brook Ferreira', 'Cyd Okafor']);
    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => names(page)).toEqual(['Cyd Okafor', 'Brook Ferreira', 'Ada Quill', HOSTILE.profiles.linkedin!.basics.name]);

    // The "Sort by" list says the same, and sorts from the keyboard: fewest yellow flags first, ties newest first.
    const sortBy = page.getByRole('combobox', { name: 'Sort by' });
    expect(await sortBy.locator('option:checked').textContent()).toBe('Name Z–A');
    await sortBy.selectOption({ label: 'Fewest yellow flags' });
    const yellowHeader = page.getByRole('columnheader', { name: 'Yellow', exact: true });
    expect(await yellowHeader.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => names(page)).toEqual(['Cyd Okafor', 'Ada Quill', HOSTILE.profiles.linkedin!.basics.name, 'Brook Ferreira']);
    expect(await nameHeader.getAttribute('aria-sort')).toBe('none');
    await page.getByRole('columnheader', { name: 'Level', exact: true }).getByRole('button').click();
    await expect.poll(() => names(page)).toEqual(['Cyd Okafor', 'Ada Quill', HOSTILE.profiles.linkedin!.basics.name, 'Brook Ferreira']);
  });

  test('the keyboard moves, rates, searches and opens profiles', async () => {
    await seed(page, EVERYONE);
    expect(await activeName(page)).toBe('Cyd Okafor');
    // Keys work from a row's checkbox too (it is not a text field).
    await page.getByRole('checkbox', { name: 'Select Cyd Okafor' }).check();
    await page.keyboard.press('j');
    await expect.poll(() => activeName(page)).toBe('Brook Ferreira');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeName(page)).toBe('Ada Quill');
    await page.keyboard.press('k');
    await page.keyboard.press('j');
    await expect.poll(() => activeName(page)).toBe('Ada Quill');
    // The row itself holds the focus, so a screen reader follows it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(ADA.id);

    await page.keyboard.press('1');
    await expect.poll(async () => (await stored(page, ADA.id))?.verdict).toBe('strong-yes');
    await expect.poll(() => cellOf(page, ADA.id, 'verdict').textContent()).toBe('Strong yes');
    await page.keyboard.press('2');
    await expect.poll(async () => (await stored(page, ADA.id))?.verdict).toBe('maybe');
    await page.keyboard.press('3');
    await expect.poll(async () => (await stored(page, ADA.id))?.verdict).toBe('no');
    // Rating bumped "last updated", yet the row stays put so the next key acts where the recruiter expects.
    expect(await names(page)).toEqual(['Cyd Okafor', 'Brook Ferreira', 'Ada Quill', HOSTILE.profiles.linkedin!.basics.name]);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => activeName(page)).toBe('Brook Ferreira');

    // A new tab asks for the profile (the harness answers linkedin.com from fixtures only).
    const opened = scout.context.waitForEvent('request', (r) => r.url().startsWith('https://www.linkedin.com/'));
    await page.keyboard.press('Enter');
    expect((await opened).url()).toBe('https://www.linkedin.com/in/brook-ferreira/');
    expect((await opened).frame().page()).not.toBe(page);
    await page.bringToFront();

    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search candidates');
    // Typing in the search box types; it does not move or rate.
    await page.keyboard.type('j1');
    expect(await page.getByRole('searchbox', { name: 'Search candidates' }).inputValue()).toBe('j1');
    expect((await stored(page, BROOK.id))?.verdict).toBe('maybe');
    // Escape clears the search; a second Escape leaves it, and the keys move rows again.
    await page.keyboard.press('Escape');
    expect(await page.getByRole('searchbox', { name: 'Search candidates' }).inputValue()).toBe('');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).not.toBe('Search candidates');
    await page.keyboard.press('j');
    await expect.poll(() => activeName(page)).toBe('Ada Quill');
  });

  test('the focused candidate’s stage, notes and tags are edited in the detail area', async () => {
    await seed(page, EVERYONE, NOTES);
    await table(page).getByRole('gridcell', { name: 'Ada Quill', exact: true }).click();
    const detail = page.getByRole('region', { name: 'Candidate details' });
    expect(await detail.getByRole('heading', { level: 2 }).textContent()).toBe('Ada Quill');
    expect(await detail.getByRole('listitem').filter({ hasText: 'Strong on Postgres' }).count()).toBe(1);

    await detail.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'Interviewing' });
    await expect.poll(async () => (await stored(page, ADA.id))?.stage).toBe('interviewing');
    await expect.poll(() => cellOf(page, ADA.id, 'stage').textContent()).toBe('Interviewing');

    await detail.getByRole('textbox', { name: 'Note', exact: true }).fill('Called: <b>keen</b>, notice period 1 month');
    await detail.getByRole('button', { name: 'Add note', exact: true }).click();
    await expect.poll(async () => (await storedNotes(page, ADA.id)).map((n) => n.text).sort()).toEqual([
      'Called: <b>keen</b>, notice period 1 month',
      'Strong on Postgres, wants remote',
    ]);
    // Shown as text, with its date.
    const added = detail.getByRole('listitem').filter({ hasText: 'Called: <b>keen</b>' });
    await expect.poll(() => added.count()).toBe(1);
    expect(await added.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await detail.getByRole('textbox', { name: 'Note', exact: true }).inputValue()).toBe('');

    // The tag box completes from tags already in use (a <datalist>, so it is a combobox).
    const tagBox = detail.getByRole('combobox', { name: 'Tag', exact: true });
    const options = await page.locator(`datalist#${await tagBox.getAttribute('list').then((id) => id!.replace(/:/g, '\\:'))} option`).evaluateAll((o) =>
      o.map((x) => (x as HTMLOptionElement).value),
    );
    expect(options).toEqual(['payments', 'remote', '@SUM(A1)'].sort((a, b) => a.localeCompare(b)));
    await tagBox.fill('remote');
    await detail.getByRole('button', { name: 'Add tag', exact: true }).click();
    await expect.poll(async () => (await stored(page, ADA.id))?.tags).toEqual(['payments', 'remote']);
    await detail.getByRole('button', { name: 'Remove tag payments' }).click();
    await expect.poll(async () => (await stored(page, ADA.id))?.tags).toEqual(['remote']);
  });

  test('bulk stage and tag, then remove from a shortlist and undo', async () => {
    await seed(page, EVERYONE);
    await page.getByRole('combobox', { name: 'Shortlist' }).selectOption({ label: 'Backend engineer' });
    await expect.poll(() => names(page)).toEqual(['Brook Ferreira', 'Ada Quill', HOSTILE.profiles.linkedin!.basics.name]);
    await page.getByRole('checkbox', { name: 'Select Brook Ferreira' }).check();
    await page.getByRole('checkbox', { name: 'Select Ada Quill' }).check();

    await page.getByRole('combobox', { name: 'Set stage for selected' }).selectOption({ label: 'Replied' });
    await expect.poll(async () => [(await stored(page, ADA.id))?.stage, (await stored(page, BROOK.id))?.stage]).toEqual(['replied', 'replied']);
    expect((await stored(page, HOSTILE.id))?.stage).toBe('sourced');

    await page.getByRole('combobox', { name: 'Tag for selected' }).fill('go-shortlist');
    await page.getByRole('button', { name: 'Add tag to selected' }).click();
    await expect.poll(async () => (await stored(page, BROOK.id))?.tags).toEqual(['go-shortlist']);
    expect((await stored(page, ADA.id))?.tags).toEqual(['payments', 'go-shortlist']);

    await page.getByRole('button', { name: 'Remove selected' }).click();
    await expect.poll(() => names(page)).toEqual([HOSTILE.profiles.linkedin!.basics.name]);
    expect((await stored(page, BROOK.id))?.shortlists).toEqual(['platform']);
    expect(await page.getByText('Removed 2 candidates from Backend engineer.').count()).toBe(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await names(page)).sort()).toEqual(['Ada Quill', 'Brook Ferreira', HOSTILE.profiles.linkedin!.basics.name].sort());
    expect((await stored(page, BROOK.id))?.shortlists.sort()).toEqual(['backend-engineer', 'platform']);
  });

  test('in All candidates, remove deletes the candidates and their notes, and undo brings all back', async () => {
    await seed(page, EVERYONE, NOTES);
    await page.getByRole('checkbox', { name: 'Select all' }).check();
    await page.getByRole('checkbox', { name: 'Select Cyd Okafor' }).uncheck();
    await page.getByRole('button', { name: 'Remove selected' }).click();
    await expect.poll(() => names(page)).toEqual(['Cyd Okafor']);
    expect(await stored(page, ADA.id)).toBeUndefined();
    expect(await storedNotes(page, ADA.id)).toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => names(page)).toHaveLength(4);
    expect(await storedNotes(page, ADA.id)).toEqual(NOTES);
  });

  test('"Export CSV" downloads the shortlist as shown, hostile cells neutralised', async () => {
    await seed(page, EVERYONE, NOTES);
    await page.getByRole('combobox', { name: 'Shortlist' }).selectOption({ label: 'Backend engineer' });
    await page.getByRole('columnheader', { name: 'Name', exact: true }).getByRole('button').click();
    await expect.poll(() => names(page)).toEqual([HOSTILE.profiles.linkedin!.basics.name, 'Ada Quill', 'Brook Ferreira']);

    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    expect(download.suggestedFilename()).toBe(`backend-scout-backend-engineer-${today}.csv`);
    const bytes = readFileSync(await download.path());

    const at = (iso: string) => csvTime(iso, timeZone);
    // A label with a quote or a comma is quoted, its quotes doubled (RFC 4180).
    const label = (id: string) => ruleById(id)!.label;
    const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    const expected = [
      'Name,Headline,Location,GitHub URL,LinkedIn URL,Level,Years,Green flags,Yellow flags,Role match,Verdict,Stage,Tags,Notes,First captured,Last updated',
      `"'=HYPERLINK(""http://x"",""y"")","'+cmd <script>alert(1)</script>","'-2+3",,https://www.linkedin.com/in/mallory/,Mid-level,3,,${cell(label('generic-backend'))},0 of 3,,Sourced,"'@SUM(A1)",,${at('2026-11-02T12:00:00Z')},${at('2026-11-19T12:00:00Z')}`,
      // A comma in a headline or a note quotes that cell.
      `Ada Quill,"Senior backend engineer · Go, Kafka",Lisbon,,https://www.linkedin.com/in/ada-quill/,Senior,6,` +
        `${cell(`${label('language-proficiency')}; ${label('database-experience')}; ${label('api-design')}`)},,3 of 3,,Sourced,payments,` +
        `"${at('2026-11-20T09:30:00Z')}: Strong on Postgres, wants remote",${at('2026-11-02T12:00:00Z')},${at('2026-11-20T12:00:00Z')}`,
    ];
    expected.push(
      `Brook Ferreira,Java developer,Porto,,https://www.linkedin.com/in/brook-ferreira/,Junior,1,${cell(label('language-proficiency'))},` +
        `${cell(`${label('no-testing-or-quality')}; ${label('tutorial-projects')}`)},1 of 3,Maybe,Contacted,,,${at('2026-11-02T12:00:00Z')},${at('2026-11-21T12:00:00Z')}`,
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(`\uFEFF${expected.join('\r\n')}\r\n`);
  });

  test('"Export CSV" with a selection exports only the selected', async () => {
    await seed(page, EVERYONE);
    await page.getByRole('checkbox', { name: 'Select Cyd Okafor' }).check();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const text = readFileSync(await (await downloading).path(), 'utf8');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(text).toContain('\r\nCyd Okafor,');
    expect((await downloading).suggestedFilename()).toMatch(/^backend-scout-all-candidates-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  test('blind mode, turned on while the panel is open, shows no name anywhere; the CSV follows when asked to', async () => {
    await seed(page, EVERYONE, NOTES);
    await table(page).getByRole('gridcell', { name: 'Ada Quill', exact: true }).click();
    await setSettings(page, { blindMode: true, blindCsv: true });
    await expect.poll(() => names(page)).toContain(blindAlias(ADA.id));
    const html = await page.content();
    for (const hidden of ['Ada Quill', 'Brook Ferreira', 'Cyd Okafor', 'Lisbon', 'Porto', 'HYPERLINK']) expect(html).not.toContain(hidden);
    expect(await page.getByRole('checkbox', { name: `Select ${blindAlias(ADA.id)}` }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Candidate details' }).getByRole('heading', { level: 2 }).textContent()).toBe(blindAlias(ADA.id));
    // A name typed into search finds no one: the order of rows gives nothing away either.
    await page.getByRole('searchbox', { name: 'Search candidates' }).fill('ada');
    await expect.poll(() => names(page).catch(() => [])).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search candidates' }).fill('');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const text = readFileSync(await (await downloading).path(), 'utf8');
    for (const hidden of ['Ada Quill', 'Brook', 'Lisbon', 'linkedin.com', 'HYPERLINK']) expect(text).not.toContain(hidden);
    expect(text).toContain(`\r\n${blindAlias(ADA.id)},`);

    await setSettings(page, { blindMode: false });
    await expect.poll(() => names(page)).toContain('Ada Quill');
  });
  test('opened in blind mode, no name is ever on screen, not even while the panel loads (the settings come with the first rows)', async () => {
    await seed(page, EVERYONE, NOTES);
    await setSettings(page, { blindMode: true });
    const watched = await scout.context.newPage();
    try {
      // Every text the page ever shows, from its first node on, before any of its own scripts run.
      await watched.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __seen: string[] }).__seen = seen;
        new MutationObserver(() => seen.push(document.documentElement.textContent ?? '')).observe(document, { subtree: true, childList: true, characterData: true });
      });
      await watched.goto(`chrome-extension://${scout.extensionId}/sidepanel.html`);
      await expect.poll(() => names(watched)).toContain(blindAlias(ADA.id));
      const seen = await watched.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
      expect(seen.length).toBeGreaterThan(0);
      for (const text of seen) for (const hidden of ['Ada Quill', 'Brook Ferreira', 'Cyd Okafor', 'Lisbon', 'Porto']) expect(text).not.toContain(hidden);
    } finally {
      await watched.close();
      await setSettings(page, { blindMode: false });
    }
  });

  test('no page of the extension breaks its Content Security Policy (zod is told not to try eval)', async () => {
    for (const path of ['sidepanel.html', 'popup.html', 'options.html']) {
      const checked = await scout.context.newPage();
      try {
        await checked.addInitScript(() => {
          const violations: string[] = [];
          (window as unknown as { __violations: string[] }).__violations = violations;
          document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} at ${event.sourceFile}:${event.lineNumber}`));
        });
        await checked.goto(`chrome-extension://${scout.extensionId}/${path}`);
        // Each page has built its schemas (and so zod has made up its mind about eval) once it shows anything.
        await checked.locator('#root > *').first().waitFor();
        await checked.evaluate(() => new Promise((settled) => requestAnimationFrame(() => setTimeout(settled, 0))));
        expect(await checked.evaluate(() => (window as unknown as { __violations: string[] }).__violations), path).toEqual([]);
      } finally {
        await checked.close();
      }
    }
  });
});
