import { describe, expect, test } from 'vitest';
import { Candidate } from '../store/records';
import { blindAlias } from './labels';
import { Profile } from '../profile/profile';
import { DEFAULT_SORT, NO_LEVEL, NO_VERDICT, allTags, filterRows, keepOrder, sortRows } from './filter';
import { applyPatches, settlePatches, type RowPatch } from './patches';
import { profileUrlOf, shownName, toRow, type ShortlistRow } from './rows';

interface Spec {
  id: string;
  name?: string;
  headline?: string;
  city?: string;
  company?: string;
  skills?: string[];
  level?: 'junior' | 'mid' | 'senior' | 'staff' | 'unknown' | null;
  green?: string[];
  yellow?: string[];
  verdict?: Candidate['verdict'];
  stage?: Candidate['stage'];
  tags?: string[];
  shortlists?: string[];
  updatedAt: string;
}

function row(spec: Spec): ShortlistRow {
  const [network, handle] = spec.id.split(':') as ['github' | 'linkedin', string];
  return toRow(
    Candidate.parse({
      id: spec.id,
      aliases: [spec.id],
      githubLogin: network === 'github' ? handle : null,
      profiles: {
        [network]: Profile.parse({
          basics: { name: spec.name, label: spec.headline, location: spec.city ? { city: spec.city } : undefined },
          work: spec.company ? [{ name: spec.company, position: 'Engineer' }] : [],
          skills: (spec.skills ?? []).map((name) => ({ name })),
          capture: { source: network, capturedAt: '2026-11-01T00:00:00Z' },
        }),
      },
      screening:
        spec.level === null
          ? null
          : {
              green: spec.green ?? [],
              yellow: spec.yellow ?? [],
              level: spec.level ?? 'mid',
              years: 3,
              roleMatches: {},
              screenedAt: '2026-11-01T00:00:00Z',
            },
      verdict: spec.verdict ?? null,
      stage: spec.stage ?? 'sourced',
      tags: spec.tags ?? [],
      shortlists: spec.shortlists ?? [],
      firstCapturedAt: '2026-11-01T00:00:00Z',
      updatedAt: spec.updatedAt,
    }),
  );
}

const ada = row({
  id: 'linkedin:ada-quill',
  name: 'Ada Quill',
  headline: 'Senior backend engineer',
  city: 'Lisbon',
  company: 'Paystream',
  level: 'senior',
  green: ['database-experience', 'api-design'],
  yellow: [],
  verdict: 'strong-yes',
  stage: 'screening',
  tags: ['Payments', 'remote'],
  shortlists: ['backend'],
  updatedAt: '2026-11-20T00:00:00Z',
});
const brook = row({
  id: 'github:brook-builds',
  name: 'Brook Ferreira',
  headline: 'Go developer',
  city: 'Porto',
  level: 'junior',
  green: ['language-proficiency'],
  yellow: ['no-testing-or-quality', 'tutorial-projects'],
  verdict: 'no',
  stage: 'not-a-fit',
  tags: ['payments'],
  shortlists: ['backend', 'platform'],
  updatedAt: '2026-11-22T00:00:00Z',
});
const cyd = row({ id: 'github:cyd', level: null, updatedAt: '2026-11-21T00:00:00Z' });
const rows = [ada, brook, cyd];
const ids = (list: readonly ShortlistRow[]) => list.map((r) => r.id);

describe('rows', () => {
  test('a row carries what the table shows, and the profile to open', () => {
    expect(ada).toMatchObject({ name: 'Ada Quill', headline: 'Senior backend engineer', location: 'Lisbon', level: 'senior', alias: blindAlias(ada.id) });
    expect(profileUrlOf(ada)).toBe('https://www.linkedin.com/in/ada-quill/');
    expect(profileUrlOf(brook)).toBe('https://github.com/brook-builds');
  });

  test('the name column shows the alias in blind mode, and the account when no name was captured', () => {
    expect(shownName(ada, false)).toBe('Ada Quill');
    expect(shownName(ada, true)).toBe(blindAlias('linkedin:ada-quill'));
    expect(shownName(cyd, false)).toBe('cyd');
  });
});

describe('search', () => {
  test.each([
    ['', ['linkedin:ada-quill', 'github:brook-builds', 'github:cyd']],
    ['ada', ['linkedin:ada-quill']],
    ['  BACKEND   senior ', ['linkedin:ada-quill']],
    ['payments', ['linkedin:ada-quill', 'github:brook-builds']],
    ['paystream', ['linkedin:ada-quill']],
    ['porto', ['github:brook-builds']],
    ['brook-builds', ['github:brook-builds']],
    ['nobody', []],
  ])('"%s" finds %j', (text, expected) => {
    expect(ids(filterRows(rows, { text }))).toEqual(expected);
  });

  test("the profile's skills are searched too, as the search box promises, in blind mode as well", () => {
    const dana = row({ id: 'linkedin:dana-r', name: 'Dana Reyes', skills: ['Apache Kafka', 'PostgreSQL'], updatedAt: '2026-11-19T00:00:00Z' });
    expect(ids(filterRows([...rows, dana], { text: 'kafka' }))).toEqual([dana.id]);
    expect(ids(filterRows([...rows, dana], { text: 'postgresql' }, { blind: true }))).toEqual([dana.id]);
  });

  test('in blind mode names and places are not searchable, but the alias is', () => {
    expect(ids(filterRows(rows, { text: 'ada' }, { blind: true }))).toEqual([]);
    expect(ids(filterRows(rows, { text: 'lisbon' }, { blind: true }))).toEqual([]);
    expect(ids(filterRows(rows, { text: blindAlias(brook.id) }, { blind: true }))).toEqual([brook.id]);
  });
});

describe('filters', () => {
  test.each<[string, Parameters<typeof filterRows>[1], string[]]>([
    ['shortlist', { shortlist: 'platform' }, ['github:brook-builds']],
    ['all candidates', { shortlist: null }, ['linkedin:ada-quill', 'github:brook-builds', 'github:cyd']],
    ['stage', { stage: 'screening' }, ['linkedin:ada-quill']],
    ['verdict', { verdict: 'no' }, ['github:brook-builds']],
    ['not rated', { verdict: NO_VERDICT }, ['github:cyd']],
    ['level', { level: 'junior' }, ['github:brook-builds']],
    ['not screened', { level: NO_LEVEL }, ['github:cyd']],
    ['green flag', { flag: 'api-design' }, ['linkedin:ada-quill']],
    ['yellow flag', { flag: 'tutorial-projects' }, ['github:brook-builds']],
    ['tag, any case', { tag: 'PAYMENTS' }, ['linkedin:ada-quill', 'github:brook-builds']],
    ['together', { tag: 'payments', shortlist: 'backend', text: 'go' }, ['github:brook-builds']],
  ])('by %s', (_, filter, expected) => {
    expect(ids(filterRows(rows, filter))).toEqual(expected);
  });

  test('filtering keeps the order it was given', () => {
    expect(ids(filterRows([cyd, brook, ada], { text: '' }))).toEqual(['github:cyd', 'github:brook-builds', 'linkedin:ada-quill']);
  });
});

describe('sort', () => {
  test.each<[Parameters<typeof sortRows>[1], string[]]>([
    [DEFAULT_SORT, ['github:brook-builds', 'github:cyd', 'linkedin:ada-quill']],
    [{ key: 'updatedAt', direction: 'ascending' }, ['linkedin:ada-quill', 'github:cyd', 'github:brook-builds']],
    [{ key: 'name', direction: 'ascending' }, ['linkedin:ada-quill', 'github:brook-builds', 'github:cyd']],
    [{ key: 'name', direction: 'descending' }, ['github:brook-builds', 'linkedin:ada-quill', 'github:cyd']],
    [{ key: 'level', direction: 'descending' }, ['linkedin:ada-quill', 'github:brook-builds', 'github:cyd']],
    [{ key: 'level', direction: 'ascending' }, ['github:brook-builds', 'linkedin:ada-quill', 'github:cyd']],
    [{ key: 'green', direction: 'descending' }, ['linkedin:ada-quill', 'github:brook-builds', 'github:cyd']],
    [{ key: 'yellow', direction: 'descending' }, ['github:brook-builds', 'github:cyd', 'linkedin:ada-quill']],
    [{ key: 'verdict', direction: 'descending' }, ['linkedin:ada-quill', 'github:brook-builds', 'github:cyd']],
    [{ key: 'stage', direction: 'ascending' }, ['github:cyd', 'linkedin:ada-quill', 'github:brook-builds']],
    [{ key: 'tags', direction: 'ascending' }, ['github:brook-builds', 'linkedin:ada-quill', 'github:cyd']],
    [{ key: 'headline', direction: 'ascending' }, ['github:brook-builds', 'linkedin:ada-quill', 'github:cyd']],
  ])('%j', (sort, expected) => {
    expect(ids(sortRows(rows, sort))).toEqual(expected);
  });

  test('blind mode sorts names by alias, so the order gives no name away', () => {
    const byAlias = [...rows].sort((a, b) => a.alias.localeCompare(b.alias)).map((r) => r.id);
    expect(ids(sortRows(rows, { key: 'name', direction: 'ascending' }, { blind: true }))).toEqual(byAlias);
  });

  test('sorting does not change the rows it was given', () => {
    const given = [ada, brook, cyd];
    sortRows(given, { key: 'name', direction: 'descending' });
    expect(ids(given)).toEqual(['linkedin:ada-quill', 'github:brook-builds', 'github:cyd']);
  });
});

describe('keeping the order while the recruiter works', () => {
  test('an edited row stays where it was, and a new one comes first', () => {
    const first = keepOrder(rows, null, DEFAULT_SORT);
    expect(ids(first.rows)).toEqual(['github:brook-builds', 'github:cyd', 'linkedin:ada-quill']);
    const adaRated = { ...ada, verdict: 'no' as const, updatedAt: '2026-11-23T00:00:00Z' };
    const dee = row({ id: 'github:dee', updatedAt: '2026-11-01T00:00:00Z' });
    const next = keepOrder([adaRated, brook, cyd, dee], first.order, DEFAULT_SORT);
    expect(ids(next.rows)).toEqual(['github:dee', 'github:brook-builds', 'github:cyd', 'linkedin:ada-quill']);
    expect(next.rows[3]?.verdict).toBe('no');
    // Sorting afresh puts the edited row where the sort says.
    expect(ids(keepOrder([adaRated, brook, cyd, dee], null, DEFAULT_SORT).rows)).toEqual([
      'linkedin:ada-quill',
      'github:brook-builds',
      'github:cyd',
      'github:dee',
    ]);
  });

  test('a removed row leaves no gap', () => {
    const first = keepOrder(rows, null, DEFAULT_SORT);
    expect(ids(keepOrder([ada, cyd], first.order, DEFAULT_SORT).rows)).toEqual(['github:cyd', 'linkedin:ada-quill']);
  });
});

describe('the page’s own edits, shown before the live query catches up', () => {
  const at = '2026-11-23T10:00:00Z';
  test('a patch changes its row, and a deletion hides it', () => {
    const patches = new Map<string, RowPatch>([
      [ada.id, { changes: { verdict: 'no', tags: ['x'] }, at }],
      [brook.id, { changes: {}, deleted: true, at }],
    ]);
    const shown = applyPatches(rows, patches);
    expect(ids(shown)).toEqual(['linkedin:ada-quill', 'github:cyd']);
    expect(shown[0]).toMatchObject({ verdict: 'no', tags: ['x'], name: 'Ada Quill' });
    expect(applyPatches(rows, new Map())).toBe(rows);
  });

  test('a patch settles when the stored row agrees, or was edited later, or is gone for a deletion', () => {
    const patches = new Map<string, RowPatch>([
      [ada.id, { changes: { verdict: 'strong-yes' }, at }], // already stored
      [brook.id, { changes: { verdict: 'strong-yes' }, at }], // still 'no', older: waits
      [cyd.id, { changes: { stage: 'offer' }, at: '2026-11-01T00:00:00Z' }], // edited since
      ['github:gone', { changes: {}, deleted: true, at }],
    ]);
    expect([...settlePatches(rows, patches).keys()]).toEqual(['github:brook-builds']);
    const waiting = new Map([[brook.id, patches.get(brook.id)!]]);
    expect(settlePatches(rows, waiting)).toBe(waiting);
  });
});

test('tags for completion: each once, whatever its case, alphabetically', () => {
  expect(allTags(rows)).toEqual(['Payments', 'remote']);
});
