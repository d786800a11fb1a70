/**
 * Blind mode shows no name, login, photo, school or location anywhere,
 * evidence included: repositories without their owner, no links, the
 * person's words hidden wherever they appear.
 */
import { describe, expect, test } from 'vitest';
import { Profile } from '../profile/profile';
import { Candidate } from '../store/records';
import { GitHubEvidence } from '../profile/github-evidence';
import { screenCandidate } from './screen-candidate';
import { blindEvidence, blindScreening, hideIdentity, identityTerms, withoutOwners } from './blind';

const mara = Candidate.parse({
  id: 'linkedin:mara-lind',
  aliases: ['linkedin:mara-lind'],
  claims: ['github:mara-dev'],
  githubLogin: 'mara-dev',
  profiles: {
    linkedin: Profile.parse({
      basics: {
        name: 'Mara Lind',
        label: 'Backend engineer · ex-Quillworks · Mara builds payments APIs',
        location: { city: 'Lisbon', countryCode: 'PT', address: 'Lisbon, Portugal' },
        profiles: [
          { network: 'LinkedIn', username: 'mara-lind' },
          { network: 'GitHub', username: 'mara-dev' },
        ],
      },
      work: [{ name: 'Quillworks', position: 'Senior Backend Engineer', startDate: '2018-01', summary: 'Built the payments REST API in Go on PostgreSQL; on-call for 2M users. Mara Lind led it from Lisbon.' }],
      education: [{ institution: 'Universidade de Lisboa' }],
      capture: { source: 'linkedin', capturedAt: '2026-11-01T00:00:00Z' },
    }),
  },
  firstCapturedAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
});

const evidence = GitHubEvidence.parse({
  login: 'mara-dev',
  fetchedAt: '2026-11-01T00:00:00Z',
  user: { login: 'mara-dev', url: 'https://github.com/mara-dev' },
  repositories: [
    {
      name: 'ledger-api',
      fullName: 'mara-dev/ledger-api',
      url: 'https://github.com/mara-dev/ledger-api',
      language: 'Go',
      topics: ['postgresql', 'rest-api'],
      description: 'Payments ledger REST API in Go',
      stars: 40,
      isFork: false,
      sizeKb: 900,
      createdAt: '2022-01-01T00:00:00Z',
      pushedAt: '2026-10-01T00:00:00Z',
      backend: { value: true, reasons: ['topic: postgresql'] },
      tutorial: { value: false, reasons: [] },
    },
  ],
  contributions: [
    { repository: 'golang/go', repositoryUrl: 'https://github.com/golang/go', title: 'net/http: fix mara-dev reported race', url: 'https://github.com/golang/go/pull/1', mergedAt: '2026-01-01T00:00:00Z', backend: { value: true, reasons: ['Go'] } },
  ],
});

const IDENTITY = /Mara|Lind|mara-dev|mara-lind|Lisbon|Lisboa|Portugal|github\.com\/mara/i;

describe('blind mode', () => {
  test('the identifying words are the names, handles, schools and places', () => {
    expect(identityTerms(mara)).toEqual(expect.arrayContaining(['Mara Lind', 'Mara', 'Lind', 'mara-lind', 'mara-dev', 'Universidade de Lisboa', 'Lisbon', 'Lisbon, Portugal', 'Portugal']));
  });

  test('they are hidden as whole words, whatever the case; other words stay', () => {
    expect(hideIdentity('MARA led payments at Quillworks in lisbon; Marathon runner', identityTerms(mara))).toBe('… led payments at Quillworks in …; Marathon runner');
  });

  test('repositories are named without their owner, and GitHub evidence carries no link', () => {
    expect(withoutOwners('mara-dev/ledger-api: written in Go')).toBe('ledger-api: written in Go');
    expect(withoutOwners('merged pull request to golang/go: "fix"')).toBe('merged pull request to go: "fix"');
    // Not a repository: words with a slash stay.
    expect(withoutOwners('CI/CD and REST/GraphQL')).toBe('CI/CD and REST/GraphQL');
    expect(blindEvidence({ source: 'github', text: 'mara-dev/ledger-api: topic: postgresql', url: 'https://github.com/mara-dev/ledger-api' }, [])).toEqual({
      source: 'github',
      text: 'ledger-api: topic: postgresql',
    });
  });

  test('a whole screening, evidence and notes included, shows nothing of who the person is', () => {
    const result = screenCandidate(mara, evidence, undefined, new Date('2026-11-20T00:00:00Z'));
    // Unblinded, the evidence names the person (this is what the popup showed in blind mode before).
    expect(JSON.stringify(result.flags)).toMatch(IDENTITY);
    const blind = blindScreening(result, identityTerms(mara));
    for (const part of [blind.flags, blind.role, blind.seniority]) expect(JSON.stringify(part)).not.toMatch(IDENTITY);
    expect(blind.flags.map((f) => f.id)).toEqual(result.flags.map((f) => f.id));
    expect(JSON.stringify(blind.flags)).toContain('ledger-api');
  });
});
