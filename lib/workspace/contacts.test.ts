import { describe, expect, test } from 'vitest';
import { Profile } from '../profile/profile';
import { Candidate } from '../store/records';
import { cleanEmail, contactDetails, isNoReply, knownEmails, permittedEmail } from './contacts';

const profile = (source: 'github' | 'linkedin' | 'resume', basics: Profile['basics']) =>
  Profile.parse({ basics, ...(source === 'resume' ? {} : { capture: { source, capturedAt: '2026-11-01T09:00:00Z' } }) });

function candidate(profiles: Candidate['profiles']): Candidate {
  return Candidate.parse({ id: 'github:ren-dev', aliases: ['github:ren-dev'], profiles, firstCapturedAt: '2026-11-01T09:00:00Z', updatedAt: '2026-11-01T09:00:00Z' });
}

describe('contact details within GitHub’s rules', () => {
  test('each detail says where it came from; the résumé’s are given, public profiles’ are found', () => {
    const c = candidate({
      github: profile('github', {
        email: 'ren@example.org',
        url: 'https://ren.example.org',
        profiles: [
          { network: 'GitHub', username: 'ren-dev', url: 'https://github.com/ren-dev' },
          { network: 'Mastodon', username: 'ren', url: 'https://hachyderm.io/@ren' },
        ],
      }),
      resume: profile('resume', { email: 'ren.okafor@example.com', phone: '+351 912 345 678' }),
    });
    expect(contactDetails(c)).toEqual([
      { kind: 'email', value: 'ren.okafor@example.com', source: 'résumé', from: 'resume', given: true },
      { kind: 'phone', value: '+351 912 345 678', source: 'résumé', from: 'resume', given: true },
      { kind: 'email', value: 'ren@example.org', source: 'GitHub profile (public email)', from: 'github', given: false },
      { kind: 'website', value: 'https://ren.example.org', source: 'GitHub profile', from: 'github', given: false },
      { kind: 'social', value: 'https://hachyderm.io/@ren', source: 'GitHub profile', from: 'github', given: false, network: 'Mastodon' },
    ]);
  });

  test('an export carries the given email; a found one only when asked', () => {
    const found = candidate({ github: profile('github', { email: 'ren@example.org' }), linkedin: profile('linkedin', { email: 'ren@linked.example' }) });
    expect(permittedEmail(found, false)).toBeNull();
    expect(permittedEmail(found, true)).toBe('ren@example.org');
    const given = candidate({ github: profile('github', { email: 'ren@example.org' }), resume: profile('resume', { email: 'Ren@Example.com' }) });
    expect(permittedEmail(given, false)).toBe('Ren@Example.com');
    expect(permittedEmail(given, true)).toBe('Ren@Example.com');
    expect(knownEmails(given)).toEqual(['ren@example.com', 'ren@example.org']);
  });

  test('never a noreply address, never something that is not an address', () => {
    for (const email of ['12345+ren@users.noreply.github.com', 'ren@users.noreply.github.com', 'noreply@example.com', 'no-reply@example.com', 'do-not-reply@example.com']) {
      expect(isNoReply(email)).toBe(true);
      expect(permittedEmail(candidate({ resume: profile('resume', { email }) }), true)).toBeNull();
    }
    expect(isNoReply('norah@example.com')).toBe(false);
    expect(cleanEmail('mailto:ren@example.org?subject=hi')).toBe('ren@example.org');
    expect(cleanEmail('ren at example dot org')).toBeNull();
    expect(cleanEmail('=HYPERLINK("x")@a.b')).toBeNull();
  });

  test('javascript: and data: links are never contact details', () => {
    const c = candidate({ github: profile('github', { url: 'javascript:alert(1)', profiles: [{ network: 'X', url: 'data:text/html,hi' }] }) });
    expect(contactDetails(c)).toEqual([]);
  });
});
