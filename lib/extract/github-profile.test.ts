import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractGitHubProfile, parseCount } from './github';
import { Profile } from '../profile/profile';

const page = (file: string) => parseHTML(readFileSync(`tests/fixtures/pages/github/${file}`, 'utf8')).document;
const NOW = new Date('2026-11-01T00:00:00Z');

function read(file: string, login: string) {
  const result = extractGitHubProfile(page(file), new URL(`https://github.com/${login}`), NOW);
  if (result.kind !== 'profile') throw new Error(`${file}: ${result.reason}`);
  return { ...result, profile: Profile.parse(result.profile) };
}

describe('a full GitHub profile', () => {
  const { login, facts, profile } = read('user-full-ren-okafor.html', 'ren-okafor');

  test('name, bio, website and location map onto the profile', () => {
    expect(login).toBe('ren-okafor');
    expect(profile.basics).toMatchObject({
      name: 'Ren Okafor',
      summary: 'Backend engineer: Go, Postgres, queues. I keep payment systems boring.',
      url: 'https://ren.example.dev/',
      location: { address: 'Lisbon, Portugal' },
    });
  });

  test('the company is a work entry named without its "@"', () => {
    expect(profile.work).toEqual([{ name: 'quillworks' }]);
  });

  test('the LinkedIn link becomes the LinkedIn account (lower-cased slug); a javascript: link is dropped', () => {
    expect(profile.basics.profiles).toEqual([
      { network: 'GitHub', username: 'ren-okafor', url: 'https://github.com/ren-okafor' },
      { network: 'LinkedIn', username: 'ren-okafor', url: 'https://www.linkedin.com/in/ren-okafor/' },
      { network: 'X', username: 'renokafor', url: 'https://twitter.com/renokafor' },
    ]);
  });

  test('pinned repositories are projects, someone else\'s repository with its owner', () => {
    expect(profile.projects).toEqual([
      {
        name: 'ren-okafor/ledger',
        url: 'https://github.com/ren-okafor/ledger',
        description: 'Double-entry ledger service in Go with Postgres and an outbox to Kafka',
        keywords: ['Go'],
        type: 'repository',
      },
      {
        name: 'quillworks/payments-gateway',
        url: 'https://github.com/quillworks/payments-gateway',
        description: 'Card payments gateway: idempotent APIs, retries, reconciliation',
        keywords: ['Go'],
        type: 'repository',
      },
      { name: 'ren-okafor/pg-queue-bench', url: 'https://github.com/ren-okafor/pg-queue-bench', keywords: ['Python'], type: 'repository' },
    ]);
  });

  test('id, followers, contributions and organisations come back beside the profile', () => {
    expect(facts).toEqual({ id: 7204411, followers: 1200, contributionsLastYear: 1234, organizations: ['quillworks', 'ledger-collective'] });
  });

  test('which hook produced each field is recorded', () => {
    expect(profile.capture?.strategy).toMatchObject({
      'basics.name': 'itemprop',
      'work.0.name': 'itemprop',
      'basics.location': 'itemprop',
      'basics.url': 'itemprop',
      'basics.profiles.LinkedIn': 'itemprop',
      projects: 'dom',
    });
  });

  test('when GitHub drops the itemprop hooks, the class fallbacks still read the page', () => {
    const doc = page('user-full-ren-okafor.html');
    for (const el of doc.querySelectorAll('[itemprop]')) el.removeAttribute('itemprop');
    const result = extractGitHubProfile(doc, new URL('https://github.com/ren-okafor'), NOW);
    expect(result).toMatchObject({
      kind: 'profile',
      profile: { basics: { name: 'Ren Okafor', location: { address: 'Lisbon, Portugal' } }, work: [{ name: 'quillworks' }] },
    });
  });
});

describe('GitHub pages of other structures', () => {
  test('without the hovercard subject meta, a page that shows a person is read whole', () => {
    const { login, profile, facts } = read('user-no-subject-tag-kai-lund.html', 'kai-lund');
    expect(login).toBe('kai-lund');
    expect(profile.basics).toMatchObject({
      name: 'Kai Lund',
      summary: 'Backend developer: Elixir and PostgreSQL, message queues in between.',
      location: { address: 'Aarhus, Denmark' },
    });
    expect(profile.basics.profiles).toContainEqual({ network: 'LinkedIn', username: 'kai-lund-dk', url: 'https://www.linkedin.com/in/kai-lund-dk/' });
    expect(profile.work).toEqual([{ name: 'Havn Freight' }]);
    expect(profile.projects.map((p) => p.name)).toEqual(['kai-lund/harbour-queue']);
    // The numeric id only the subject meta carries is simply not known.
    expect(facts).toEqual({ followers: 214, contributionsLastYear: 812, organizations: [] });
  });

  test("2021's markup: Twitter in li[itemprop=twitter], LinkedIn written as the website", () => {
    const { profile, facts } = read('user-older-itemprop-nadia-brill.html', 'nbrill');
    expect(profile.basics.profiles).toEqual([
      { network: 'GitHub', username: 'nbrill', url: 'https://github.com/nbrill' },
      { network: 'LinkedIn', username: 'nadia-brill', url: 'https://www.linkedin.com/in/nadia-brill/' },
      { network: 'X', username: 'nbrill_dev', url: 'https://twitter.com/nbrill_dev' },
    ]);
    expect(profile.basics).toMatchObject({ name: 'Nadia Brill', url: 'https://www.linkedin.com/in/nadia-brill/', location: { address: 'Vienna' } });
    expect(profile.work).toEqual([{ name: 'Danube Freight' }]);
    expect(facts).toEqual({ id: 4410072, followers: 38, contributionsLastYear: 301, organizations: ['danube-freight'] });
  });

  test('an organisation without the subject meta is still an organisation (its header says so)', () => {
    const doc = page('org-quillworks.html');
    doc.querySelector('meta[name="hovercard-subject-tag"]')!.remove();
    expect(extractGitHubProfile(doc, new URL('https://github.com/quillworks'))).toEqual({ kind: 'not-a-profile', reason: 'This is an organisation, not a person.' });
  });
});

describe('other GitHub pages', () => {
  test('a minimal profile has only its login, and is still a valid profile', () => {
    const { profile, facts } = read('user-minimal-sol.html', 'sol-min');
    expect(profile.basics).toEqual({ profiles: [{ network: 'GitHub', username: 'sol-min', url: 'https://github.com/sol-min' }] });
    expect(profile.work).toEqual([]);
    expect(profile.projects).toEqual([]);
    expect(facts).toEqual({ id: 9100001, followers: 0, contributionsLastYear: 0, organizations: [] });
  });

  test('the same person on another tab is the same profile', () => {
    const result = extractGitHubProfile(page('user-full-ren-okafor.html'), new URL('https://github.com/ren-okafor?tab=repositories'), NOW);
    expect(result).toMatchObject({ kind: 'profile', login: 'ren-okafor' });
  });

  test('a private profile is captured with what it shows (name, bio, company, place, pinned repositories) and says it is private', () => {
    const { profile, facts } = read('user-private-vex.html', 'vex-private');
    expect(profile.basics).toMatchObject({ name: 'Vex Lorne', summary: 'Rust and Go for storage engines.', location: { address: 'Reykjavík' } });
    expect(profile.work).toEqual([{ name: 'Tidewater Data' }]);
    expect(profile.projects.map((p) => p.name)).toEqual(['vex-private/tinywal']);
    // What GitHub hides on a private profile is not read as zero: it is absent, and the capture says why.
    expect(facts).toEqual({ id: 9100002, organizations: [], private: true });
    expect(profile.capture?.githubPage).toEqual({ id: 9100002, organizations: [], private: true });
  });

  test('the signed-in recruiter\'s own profile is not a candidate', () => {
    const doc = page('user-full-ren-okafor.html');
    // Logged out, GitHub leaves user-login empty; signed in as this very person, it names them.
    doc.querySelector('meta[name="user-login"]')!.setAttribute('content', 'Ren-Okafor');
    expect(extractGitHubProfile(doc, new URL('https://github.com/ren-okafor'))).toEqual({ kind: 'not-a-profile', reason: 'This is your own GitHub profile.' });
  });

  test('after a soft navigation the previous profile\'s page is not captured under the new address', () => {
    expect(extractGitHubProfile(page('user-full-ren-okafor.html'), new URL('https://github.com/sol-min'))).toEqual({
      kind: 'pending',
      reason: 'The profile is still loading.',
    });
  });

  test('a 100 KB bio is cut to 10,000 characters, recorded', () => {
    const doc = page('user-full-ren-okafor.html');
    doc.querySelector('.user-profile-bio')!.setAttribute('data-bio-text', `<script>x</script>${'b'.repeat(100_000)}`);
    const result = extractGitHubProfile(doc, new URL('https://github.com/ren-okafor'), NOW);
    if (result.kind !== 'profile') throw new Error(result.reason);
    const profile = Profile.parse(result.profile);
    expect(profile.basics.summary).toHaveLength(10_000);
    expect(profile.basics.summary?.startsWith('<script>x</script>')).toBe(true);
    expect(profile.capture?.truncated).toEqual([{ field: 'basics.summary', length: 100_018 }]);
  });

  test('a 300-character organisation label is clipped to 100 and recorded, so the capture still passes the profile schema', () => {
    const doc = page('user-full-ren-okafor.html');
    const long = `Quillworks ${'o'.repeat(289)}`;
    doc.querySelector('a.avatar-group-item[data-hovercard-type="organization"]')!.setAttribute('aria-label', long);
    const result = extractGitHubProfile(doc, new URL('https://github.com/ren-okafor'), NOW);
    if (result.kind !== 'profile') throw new Error(result.reason);
    expect(long).toHaveLength(300);
    expect(result.facts.organizations).toEqual([long.slice(0, 100), 'ledger-collective']);
    const profile = Profile.parse(result.profile);
    expect(profile.capture?.githubPage?.organizations).toEqual([long.slice(0, 100), 'ledger-collective']);
    expect(profile.capture?.truncated).toEqual([{ field: 'capture.githubPage.organizations.0', length: 300 }]);
  });

  test.each([
    ['1.2k', 1200],
    ['87', 87],
    ['1,234', 1234],
    ['2m', 2_000_000],
    ['0', 0],
    ['many', undefined],
    ['', undefined],
  ])('count %j is %s', (text, count) => {
    expect(parseCount(text)).toBe(count);
  });
});
