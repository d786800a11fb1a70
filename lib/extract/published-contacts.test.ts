/**
 * Contact details come only from what a page showed about the person: the
 * email in LinkedIn's open "Contact info" overlay, the public email on a
 * GitHub profile (and the API's public `email` field), each a found email
 * with its source, never a given one.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractLinkedInProfile } from './linkedin';
import { extractGitHubProfile } from './github';
import { Profile } from '../profile/profile';
import { GitHubUser } from '../profile/github-evidence';
import { Candidate } from '../store/records';
import { contactDetails, permittedEmail } from '../workspace/contacts';
import { profileFromGitHubUser } from '../../cli/github-input';

const page = (file: string) => parseHTML(readFileSync(`tests/fixtures/pages/${file}`, 'utf8')).document;
const NOW = new Date('2026-11-23T10:00:00Z');
const asCandidate = (profile: Profile, source: 'github' | 'linkedin') =>
  Candidate.parse({ id: `${source}:x`, aliases: [`${source}:x`], profiles: { [source]: profile }, firstCapturedAt: NOW.toISOString(), updatedAt: NOW.toISOString() });

describe('published contact details', () => {
  test('LinkedIn: the email in the open Contact info overlay, as a found email', () => {
    const result = extractLinkedInProfile(page('linkedin/loading-noor-haddad.html'), new URL('https://www.linkedin.com/in/noor-haddad/'), NOW);
    if (result.kind !== 'profile') throw new Error(result.kind);
    const profile = Profile.parse(result.profile);
    expect(profile.basics.email).toBe('noor.haddad@example.dev');
    const candidate = asCandidate(profile, 'linkedin');
    expect(contactDetails(candidate).find((d) => d.kind === 'email')).toEqual({
      kind: 'email',
      value: 'noor.haddad@example.dev',
      source: 'LinkedIn contact info',
      from: 'linkedin',
      given: false,
    });
    expect(permittedEmail(candidate, false)).toBeNull();
    expect(permittedEmail(candidate, true)).toBe('noor.haddad@example.dev');
  });

  test('LinkedIn without the overlay open: no email', () => {
    const result = extractLinkedInProfile(page('linkedin/logged-in-mara-lind.html'), new URL('https://www.linkedin.com/in/mara-lind/'), NOW);
    if (result.kind !== 'profile') throw new Error(result.kind);
    expect(result.profile.basics?.email).toBeUndefined();
  });

  test('GitHub: the public profile email, as a found email', () => {
    const result = extractGitHubProfile(page('github/user-full-ren-okafor.html'), new URL('https://github.com/ren-okafor'), NOW);
    if (result.kind !== 'profile') throw new Error(result.kind);
    const profile = Profile.parse(result.profile);
    expect(profile.basics.email).toBe('ren.okafor@example.dev');
    expect(contactDetails(asCandidate(profile, 'github'))[0]).toMatchObject({ kind: 'email', source: 'GitHub profile (public email)', given: false });
    // A page without one has none.
    const ada = extractGitHubProfile(page('github/user-ada-dev.html'), new URL('https://github.com/ada-dev'), NOW);
    if (ada.kind !== 'profile') throw new Error(ada.kind);
    expect(ada.profile.basics?.email).toBeUndefined();
  });

  test('GitHub API: the public email field, never a noreply one', () => {
    const user = GitHubUser.parse({ login: 'ren-okafor', url: 'https://github.com/ren-okafor', email: 'ren.okafor@example.dev' });
    expect(profileFromGitHubUser(user, NOW).basics.email).toBe('ren.okafor@example.dev');
    const relay = GitHubUser.parse({ login: 'ren-okafor', url: 'https://github.com/ren-okafor', email: '1234+ren@users.noreply.github.com' });
    expect(contactDetails(asCandidate(profileFromGitHubUser(relay, NOW), 'github')).filter((d) => d.kind === 'email')).toEqual([]);
  });
});
