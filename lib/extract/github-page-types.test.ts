import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractGitHubProfile, loginFromProfileUrl } from './github';
import { repositoryOfUrl } from './github-repository';
import { Profile } from '../profile/profile';

const page = (file: string) => parseHTML(readFileSync(`tests/fixtures/pages/github/${file}`, 'utf8')).document;

describe('GitHub page types', () => {
  test.each([
    ['https://github.com/ada-dev', 'ada-dev'],
    ['https://github.com/Ada-Dev?tab=repositories', 'ada-dev'],
    ['https://github.com/ada-dev/', 'ada-dev'],
    ['https://github.com/ada-dev/payments-api', null],
    ['https://github.com/orgs/quillworks/repositories', null],
    ['https://github.com/settings/profile', null],
    ['https://github.com/marketplace', null],
    ['https://gist.github.com/ada-dev', null],
    ['https://github.com/', null],
  ])('%s → %s', (url, login) => {
    expect(loginFromProfileUrl(new URL(url))).toBe(login);
  });

  test('a user profile is read into a valid profile', () => {
    const result = extractGitHubProfile(page('user-ada-dev.html'), new URL('https://github.com/ada-dev'), new Date('2026-11-01T00:00:00Z'));
    expect(result.kind).toBe('profile');
    if (result.kind !== 'profile') return;
    const profile = Profile.parse(result.profile);
    expect(profile.basics.name).toBe('Ada Quill');
    expect(profile.basics.summary).toBe('Backend engineer. Go, PostgreSQL and Kafka; on-call for a payments API.');
    expect(profile.basics.profiles).toEqual([{ network: 'GitHub', username: 'ada-dev', url: 'https://github.com/ada-dev' }]);
    expect(profile.capture).toMatchObject({ source: 'github', capturedAt: '2026-11-01T00:00:00.000Z' });
    // What the resume shape has no field for travels with the capture.
    expect(profile.capture?.githubPage).toEqual({ id: 583001, organizations: [] });
  });

  test('an organisation is not a candidate', () => {
    const result = extractGitHubProfile(page('org-quillworks.html'), new URL('https://github.com/quillworks'));
    expect(result).toEqual({ kind: 'not-a-profile', reason: 'This is an organisation, not a person.' });
  });

  test('a repository page is not a candidate, even on a user profile document', () => {
    const result = extractGitHubProfile(page('user-ada-dev.html'), new URL('https://github.com/ada-dev/payments-api'));
    expect(result.kind).toBe('not-a-profile');
  });

  test('a private profile is a person with less to read, marked private', () => {
    const doc = page('user-ada-dev.html');
    doc.querySelector('main')!.append(doc.createElement('div'));
    doc.querySelector('main > div:last-child')!.id = 'user-private-profile-frame';
    expect(extractGitHubProfile(doc, new URL('https://github.com/ada-dev'))).toMatchObject({ kind: 'profile', facts: { private: true } });
  });

  test('a page with no recognisable structure says it could not be read', () => {
    const doc = parseHTML('<html><body><p>Something went wrong</p></body></html>').document;
    expect(extractGitHubProfile(doc, new URL('https://github.com/ada-dev'))).toMatchObject({
      kind: 'not-a-profile',
      reason: expect.stringContaining('Could not read this profile'),
    });
  });
});

describe('repository pages (the address only)', () => {
  test.each([
    ['https://github.com/quillworks/ledgerd', 'quillworks/ledgerd'],
    ['https://github.com/quillworks/ledgerd/pulls?q=is%3Amerged', 'quillworks/ledgerd'],
    ['https://github.com/quillworks/ledgerd/blob/main/go.mod', 'quillworks/ledgerd'],
    ['https://github.com/ada-dev', null],
    ['https://github.com/orgs/quillworks/repositories', null],
    ['https://github.com/settings/profile', null],
    ['https://gist.github.com/ada-dev/abc', null],
    ['https://example.com/quillworks/ledgerd', null],
  ])('%s → %s', (url, repository) => {
    expect(repositoryOfUrl(new URL(url))).toBe(repository);
  });
});
