import { describe, expect, test } from 'vitest';
import { alreadyKnown, heldBeforeLatestCapture, shortDate } from './known';
import { findPossibleDuplicates } from './duplicates';
import { candidate } from '../../tests/support/handoff';
import { Profile } from '../profile/profile';

const roles = [
  { id: 'backend-engineer', name: 'Backend engineer' },
  { id: 'platform', name: 'Platform' },
];
const NOW = new Date('2026-11-23T10:00:00Z');

describe('already known', () => {
  test('a first capture creates the record: nothing is said', () => {
    const first = candidate();
    expect(heldBeforeLatestCapture(first)).toBe(false);
    expect(alreadyKnown({ candidate: first, roles, notes: 0, sameEmail: [], now: NOW, timeZone: 'UTC' })).toEqual({ held: null, sameEmail: [] });
  });

  test('a later capture of a held person: shortlist and since when, contact state, notes', () => {
    const again = candidate({
      firstCapturedAt: '2026-11-03T09:00:00Z',
      shortlists: ['backend-engineer'],
      stage: 'contacted',
      contacted: { on: '2026-11-05', roleId: null },
    });
    expect(alreadyKnown({ candidate: { ...again, firstCapturedAt: '2026-10-31T09:00:00Z' }, roles, notes: 2, sameEmail: [], now: NOW, timeZone: 'UTC' }).held).toBe(
      'Already on Backend engineer shortlist since 31 Oct · Contacted 5 Nov · 2 notes',
    );
    const elsewhere = candidate({ firstCapturedAt: '2025-10-31T09:00:00Z', stage: 'interviewing', doNotContact: { reason: '', at: '2026-01-01T00:00:00Z' } });
    expect(alreadyKnown({ candidate: elsewhere, roles, notes: 1, sameEmail: [], now: NOW, timeZone: 'UTC' }).held).toBe(
      'Already saved since 31 Oct 2025, on no shortlist · Do not contact · Interviewing · 1 note',
    );
    const two = candidate({ firstCapturedAt: '2026-10-31T09:00:00Z', shortlists: ['platform', 'backend-engineer'] });
    expect(alreadyKnown({ candidate: two, roles, notes: 0, sameEmail: [], now: NOW, timeZone: 'UTC' }).held).toBe(
      'Already on Backend engineer, Platform shortlists since 31 Oct',
    );
  });

  test('another record with the same email is named', () => {
    const known = alreadyKnown({
      candidate: candidate(),
      roles,
      notes: 0,
      sameEmail: [{ id: 'github:ada-q', name: 'Ada Q.', firstCapturedAt: '2026-09-01T00:00:00Z' }],
      now: NOW,
      timeZone: 'UTC',
    });
    expect(known.sameEmail).toEqual(['Same email as Ada Q., saved since 1 Sept: possibly the same person.']);
  });

  test('dates read like a person writes them', () => {
    expect(shortDate('2026-11-03', NOW, 'UTC')).toBe('3 Nov');
    expect(shortDate('2025-11-03T10:00:00Z', NOW, 'UTC')).toBe('3 Nov 2025');
  });
});

describe('possible duplicates: same name and company, no shared link', () => {
  const github = (login: string, name: string, company: string, extra = {}) =>
    candidate({
      id: `github:${login}`,
      aliases: [`github:${login}`],
      profiles: {
        github: Profile.parse({
          basics: { name, profiles: [{ network: 'GitHub', username: login, url: `https://github.com/${login}` }] },
          work: [{ name: company }],
          capture: { source: 'github', capturedAt: '2026-11-05T00:00:00Z' },
        }),
      },
      firstCapturedAt: '2026-11-05T00:00:00Z',
      ...extra,
    });

  test('a GitHub account and a LinkedIn page that never name each other are offered, older first', () => {
    const linked = candidate();
    const gh = github('aquill', 'Ada  Quill', '@TILLPOINT');
    expect(findPossibleDuplicates([gh, linked])).toEqual([{ a: 'linkedin:ada-quill', b: 'github:aquill', name: 'Ada Quill', company: 'Tillpoint' }]);
  });

  test('accents, case and legal forms do not separate them; another company or name does', () => {
    const linked = candidate({ basics: { name: 'Zoë Núñez' }, work: [{ name: 'Tillpoint GmbH' }] });
    expect(findPossibleDuplicates([linked, github('zn', 'Zoe Nunez', 'tillpoint')])).toHaveLength(1);
    expect(findPossibleDuplicates([linked, github('zn', 'Zoe Nunez', 'Carrow')])).toEqual([]);
    expect(findPossibleDuplicates([linked, github('zn', 'Zoe Nunes', 'Tillpoint')])).toEqual([]);
  });

  test('not offered: a shared link (the identity rules decide), a pair kept apart, a one-word name', () => {
    const linked = candidate();
    const naming = github('aquill', 'Ada Quill', 'Tillpoint');
    naming.profiles.github!.basics.profiles!.push({ network: 'LinkedIn', username: 'ada-quill', url: 'https://www.linkedin.com/in/ada-quill/' });
    expect(findPossibleDuplicates([linked, naming])).toEqual([]);
    expect(findPossibleDuplicates([candidate({ keptApart: ['github:aquill'] }), github('aquill', 'Ada Quill', 'Tillpoint')])).toEqual([]);
    expect(findPossibleDuplicates([candidate({ basics: { name: 'Ada' } }), github('aquill', 'Ada', 'Tillpoint')])).toEqual([]);
  });
});
