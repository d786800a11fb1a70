/**
 * A LinkedIn profile's "Show all" lists joined to its capture (lib/profile/details.ts),
 * on the fixture pages of Ilka Brandvold: a main page showing 7 of 12 roles,
 * 2 of 54 skills, 2 of 3 schools and 2 of 5 certifications, and its four /details/ pages.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractLinkedInProfile } from '../extract/linkedin';
import { carryDetails, mergeDetails } from './details';
import { Profile, type PartialSection } from './profile';
import { screenProfile } from '../screening';

const NOW = new Date('2026-11-01T00:00:00Z');
const PROFILE_URL = 'https://www.linkedin.com/in/ilka-brandvold/';

function read(file: string, url: string): Profile {
  const result = extractLinkedInProfile(parseHTML(readFileSync(`tests/fixtures/pages/linkedin/${file}`, 'utf8')).document, new URL(url), NOW);
  if (result.kind !== 'profile' && result.kind !== 'details') throw new Error(`${file}: ${result.kind}`);
  return Profile.parse(result.profile);
}
const mainPage = () => read('logged-in-show-all-ilka-brandvold.html', PROFILE_URL);
const list = (name: string) => read(`details-${name}-ilka-brandvold.html`, `${PROFILE_URL}details/${name}/`);
const flagIds = (profile: Profile) => screenProfile({ profile, now: NOW }).flags.map((f) => f.id);

describe('a "Show all" list joins the capture of its person', () => {
  test('all twelve roles in the list\'s order; the section is no longer shown in part; the other counts stay', () => {
    const merged = mergeDetails(mainPage(), 'work', list('experience'));
    expect(merged.work).toHaveLength(12);
    expect(merged.work.map((w) => w.name)).toEqual([
      ...Array(3).fill('Fjordline Payments'),
      'Tessel Cloud',
      'Norrsken Data',
      'Norrsken Data',
      'Kestrel Logistics',
      'Polar Ledger',
      'Aurora Retail IT',
      'Aurora Retail IT',
      'Vestland University IT',
      'Vestland University IT',
    ]);
    expect(merged.capture?.partial).toEqual({ education: { shown: 2, total: 3 }, skills: { shown: 2, total: 54 }, certificates: { shown: 2, total: 5 } });
    expect(merged.capture?.strategy.work).toBe('details');
    // Everything else of the capture is the profile's own.
    expect(merged.basics).toEqual(mainPage().basics);
    expect(merged.skills).toEqual(mainPage().skills);
  });

  test.each([
    ['skills', 'skills', 54],
    ['education', 'education', 3],
    ['certifications', 'certificates', 5],
  ] as const)('the %s list: %s complete (%i), its count gone', (name, section, count) => {
    const merged = mergeDetails(mainPage(), section, list(name));
    expect(merged[section]).toHaveLength(count);
    expect(merged.capture?.partial?.[section]).toBeUndefined();
  });

  test('once every list is read, nothing is shown in part', () => {
    let profile = mainPage();
    for (const [name, section] of [['experience', 'work'], ['skills', 'skills'], ['education', 'education'], ['certifications', 'certificates']] as const) {
      profile = mergeDetails(profile, section, list(name));
    }
    expect(profile.capture?.partial).toBeUndefined();
    expect(Profile.safeParse(profile).success).toBe(true);
  });

  test('an entry keeps what only the profile knew of it, and an entry the list lacks is kept after the list', () => {
    const base = mainPage();
    base.work[0] = { ...base.work[0]!, highlights: ['Cut settlement time from hours to minutes'] };
    base.work.push({ name: 'Side Gig', position: 'Consultant', startDate: '2025-01' });
    const merged = mergeDetails(base, 'work', list('experience'));
    expect(merged.work[0]?.highlights).toEqual(['Cut settlement time from hours to minutes']);
    expect(merged.work.at(-1)).toEqual({ name: 'Side Gig', position: 'Consultant', startDate: '2025-01' });
    // 13 of 12 is more than the count: nothing is left unread.
    expect(merged.capture?.partial?.work).toBeUndefined();
  });

  test('a list that is still short of the count leaves the section shown in part, with the new count', () => {
    const short = list('skills');
    short.skills = short.skills.slice(0, 20);
    expect(mergeDetails(mainPage(), 'skills', short).capture?.partial?.skills).toEqual({ shown: 20, total: 54 });
  });

  test("someone else's list, or an empty one, changes nothing", () => {
    const other = list('experience');
    other.basics.profiles = [{ network: 'LinkedIn', username: 'mara-lind', url: 'https://www.linkedin.com/in/mara-lind/' }];
    expect(mergeDetails(mainPage(), 'work', other)).toEqual(mainPage());
    const empty = list('experience');
    empty.work = [];
    expect(mergeDetails(mainPage(), 'work', empty)).toEqual(mainPage());
  });

  test('the flags are recomputed on the whole: the Datadog role only the list shows raises observability', () => {
    const before = mainPage();
    expect(flagIds(before)).not.toContain('observability');
    expect(flagIds(mergeDetails(before, 'work', list('experience')))).toContain('observability');
  });
});

describe('capturing the profile page again keeps the lists read before', () => {
  const withLists = () => {
    let profile = mainPage();
    for (const [name, section] of [['experience', 'work'], ['skills', 'skills']] as [string, PartialSection][]) profile = mergeDetails(profile, section, list(name));
    return profile;
  };

  test('back on the profile ("7 of 12" again), the twelve roles and 54 skills stay', () => {
    const again = carryDetails(withLists(), mainPage());
    expect(again.work).toHaveLength(12);
    expect(again.skills).toHaveLength(54);
    expect(again.capture?.partial).toEqual({ education: { shown: 2, total: 3 }, certificates: { shown: 2, total: 5 } });
  });

  test('a page that now shows a section whole is the page\'s own; nothing read before means nothing carried', () => {
    const whole = mainPage();
    delete whole.capture!.partial!.work;
    expect(carryDetails(withLists(), whole).work).toHaveLength(7);
    expect(carryDetails(undefined, mainPage())).toEqual(mainPage());
    expect(carryDetails(mainPage(), mainPage())).toEqual(mainPage());
  });
});
