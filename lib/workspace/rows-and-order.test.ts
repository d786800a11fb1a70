/** The card's title line, and the orders the side panel's "Sort by" offers. */
import { describe, expect, test } from 'vitest';
import { Profile } from '../profile/profile';
import { SORT_CHOICES, parseSortId, sortId, sortRows, sortWords } from './filter';
import { titleLine, type ShortlistRow } from './rows';

describe('the line under the name', () => {
  const p = (basics: object, work: object[] = []) => Profile.parse({ basics, work });
  test.each([
    [p({ label: 'Backend person' }, [{ position: 'Backend Engineer', name: 'Ledger Systems' }]), 'Backend Engineer at Ledger Systems'],
    [p({ label: 'Backend person' }, [{ name: 'Ledger Systems' }]), 'Backend person'],
    [p({}, [{ name: 'Quillworks' }]), 'Works at Quillworks'],
    [p({ summary: 'Go and Postgres; on-call for a payments API.' }), 'Go and Postgres; on-call for a payments API.'],
    [p({ summary: 'word '.repeat(40) }), `${'word '.repeat(17).trim()}…`],
    [p({}), ''],
  ])('%#', (profile, line) => expect(titleLine(profile)).toBe(line));
});

describe('sorting by role match', () => {
  const row = (id: string, met: number | null, updatedAt = '2026-11-01T00:00:00Z') =>
    ({ id, name: id, alias: id, headline: '', title: '', blindTitle: '', location: '', roleMatches: met === null ? {} : { r: { met, total: 3 } }, level: null, years: null, green: [], yellow: [], verdict: null, stage: 'sourced', tags: [], shortlists: [], firstCapturedAt: updatedAt, updatedAt, githubUrl: null, linkedinUrl: null, searchText: '', identityText: '' }) as ShortlistRow;
  const rows = [row('a', 1), row('b', 3), row('c', null), row('d', 0)];
  test('best first, the not-yet-screened last whichever the direction', () => {
    expect(sortRows(rows, { key: 'match', direction: 'descending' }, { roleId: 'r' }).map((r) => r.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(sortRows(rows, { key: 'match', direction: 'ascending' }, { roleId: 'r' }).map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
  });
  test('every offered order has words and survives its id', () => {
    for (const choice of SORT_CHOICES) {
      expect(sortWords(choice)).toMatch(/\w/);
      expect(parseSortId(sortId(choice))).toEqual(choice);
    }
    expect(parseSortId('nonsense-up')).toBeNull();
  });
});
