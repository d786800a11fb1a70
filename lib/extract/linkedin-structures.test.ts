/**
 * One test per real LinkedIn structure the extractor must survive (issue 9):
 * the guest pages of 2023 and 2024, the logged-in page with "Show all N"
 * sections and its /details/ pages, the newer React layout in two interface
 * languages, and the pages that are nobody. Fixtures: fictional people on
 * markup modelled on saved pages (tests/fixtures/pages/make-linkedin-structures.ts).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractLinkedInProfile } from './linkedin';
import { Profile } from '../profile/profile';

const DIR = 'tests/fixtures/pages/linkedin';
const NOW = new Date('2026-11-01T00:00:00Z');
const page = (file: string) => parseHTML(readFileSync(`${DIR}/${file}`, 'utf8')).document;

function profileOf(file: string, url: string): Profile {
  const result = extractLinkedInProfile(page(file), new URL(url), NOW);
  if (result.kind !== 'profile') throw new Error(`${file}: ${result.kind}: ${'reason' in result ? result.reason : ''}`);
  return Profile.parse(result.profile);
}

const roles = (profile: Profile) => profile.work.map((w) => [w.name, w.position, w.startDate, w.endDate ?? null]);

describe('the guest page of 2023', () => {
  const profile = profileOf('guest-2023-tove-ekdahl.html', 'https://se.linkedin.com/in/tove-ekdahl');

  test('each role with its title, roles grouped under one company split, end dates read beside the glued duration', () => {
    expect(roles(profile)).toEqual([
      ['Lagerhus Commerce', 'Senior Backend Engineer', '2022-04', null],
      ['Nordvik Bank', 'Backend Developer', '2019-02', '2022-03'],
      ['Nordvik Bank', 'Junior Developer', '2017-08', '2019-01'],
    ]);
    // Every field came from the page; JSON-LD had nothing the page did not show better.
    expect(Object.values(profile.capture?.strategy ?? {})).not.toContain('json-ld');
  });

  test('<br> are line breaks, in the About and in a role; the location as shown, without a country code', () => {
    expect(profile.basics.summary).toBe('I build order and stock services for retailers.\n\nSpring Boot on PostgreSQL, Kafka between services, Grafana on the wall.');
    expect(profile.work[0]?.summary).toBe('Order service in Kotlin and Spring Boot on PostgreSQL.\nOn call for checkout.');
    expect(profile.basics.location).toEqual({ address: 'Stockholm, Stockholm County, Sweden', city: 'Stockholm' });
  });

  test('degree and field, certifications, projects, languages, volunteering and awards', () => {
    expect(profile.education).toEqual([
      { institution: 'Royal Institute of Computing', studyType: 'Master of Science - MS', area: 'Software Engineering', startDate: '2012', endDate: '2017' },
    ]);
    expect(profile.certificates).toEqual([
      { name: 'Oracle Certified Professional: Java SE 17 Developer', issuer: 'Oracle', date: '2023-05' },
      { name: 'Confluent Certified Developer for Apache Kafka', issuer: 'Confluent', date: '2021-09' },
    ]);
    // The project's address is the one the person wrote, out of LinkedIn's redirect.
    expect(profile.projects).toEqual([
      {
        name: 'stockpile',
        description: 'An inventory reservation library for Kotlin services, with a PostgreSQL outbox.',
        startDate: '2021-01',
        url: 'https://github.com/tove-ekdahl/stockpile',
      },
    ]);
    expect(profile.languages?.map((l) => `${l.language}: ${l.fluency}`)).toEqual([
      'Swedish: Native or bilingual proficiency',
      'English: Full professional proficiency',
      'German: Elementary proficiency',
    ]);
    expect(profile.volunteer).toEqual([{ position: 'Coach', organization: 'Rails Girls Stockholm', startDate: '2018-03', endDate: '2018-03', summary: 'Coaching at weekend workshops.' }]);
    expect(profile.awards).toEqual([{ title: 'Hackathon winner', awarder: 'Nordvik Bank', date: '2020-11', summary: 'A fraud signal service in a weekend.' }]);
  });
});

describe('the guest page of 2024', () => {
  const profile = profileOf('guest-2024-rui-tavares-moura.html', 'https://pt.linkedin.com/in/rui-tavares-moura');

  test('titles in unnamed h3s are read, grouped roles are split, and JSON-LD (one company, no titles) erases none of it', () => {
    expect(roles(profile)).toEqual([
      ['Maré Logistics', 'Senior Platform Engineer', '2023-01', null],
      ['Maré Logistics', 'Platform Engineer', '2020-06', '2022-12'],
      ['Atlântico Data', 'Data Engineer', '2018-03', '2020-05'],
    ]);
    expect(profile.capture?.strategy.work).toBe('dom');
  });

  test('a description is the whole text, not the cut copy, and no button words', () => {
    expect(profile.work[0]?.summary).toBe(
      'Own the Kubernetes platform: Helm charts, Argo CD, Prometheus alerts. Moved 40 services from VMs, with runbooks and on-call for each of them.',
    );
    expect(JSON.stringify(profile)).not.toMatch(/Show (more|less)/);
  });

  test('the school with its degree and field; the location as shown', () => {
    expect(profile.education).toEqual([
      { institution: 'University of Lisbon School of Engineering', studyType: 'Master’s degree', area: 'Computer Engineering', startDate: '2013', endDate: '2018' },
    ]);
    expect(profile.basics.location?.address).toBe('Lisbon, Lisbon, Portugal');
    expect(profile.certificates).toEqual([{ name: 'Certified Kubernetes Administrator (CKA)', issuer: 'The Linux Foundation', date: '2022-03' }]);
    expect(profile.projects?.[0]?.url).toBe('https://github.com/rtmoura/pg-operator-lite');
  });
});

describe('JSON-LD as LinkedIn writes it elsewhere', () => {
  test('a ProfilePage whose mainEntity is the Person is read; masked words and country codes are not', () => {
    const doc = page('guest-2024-rui-tavares-moura.html');
    const script = doc.querySelector('script[type="application/ld+json"]')!;
    const graph = JSON.parse(script.textContent ?? '') as { '@graph': Array<Record<string, unknown>> };
    const person = graph['@graph'][0]!;
    person.worksFor = [{ '@type': 'Organization', name: '****** *****' }, ...(person.worksFor as unknown[])];
    script.textContent = JSON.stringify({ '@context': 'http://schema.org', '@type': 'ProfilePage', mainEntity: person });
    // Without the page's own column, JSON-LD is all there is.
    doc.querySelector('main')!.remove();
    const result = extractLinkedInProfile(doc, new URL('https://pt.linkedin.com/in/rui-tavares-moura'), NOW);
    if (result.kind !== 'profile') throw new Error(result.kind);
    const profile = Profile.parse(result.profile);
    expect(profile.basics.name).toBe('Rui Tavares Moura');
    expect(profile.basics.location?.address).toBe('Lisbon');
    expect(profile.basics.summary).toBe('Kubernetes platforms and the Go services that run on them.\nPreviously Python data pipelines.');
    expect(profile.work.map((w) => w.name)).toEqual(['Maré Logistics', 'Atlântico Data']);
    expect(profile.capture?.strategy['basics.name']).toBe('json-ld');
  });
});

describe('the logged-in page with "Show all N" sections', () => {
  const profile = profileOf('logged-in-show-all-ilka-brandvold.html', 'https://www.linkedin.com/in/ilka-brandvold/');

  test('each section says how many entries the page showed of how many exist', () => {
    expect(profile.capture?.partial).toEqual({
      work: { shown: 7, total: 12 },
      education: { shown: 2, total: 3 },
      skills: { shown: 2, total: 54 },
      certificates: { shown: 2, total: 5 },
    });
    expect(profile.work).toHaveLength(7);
    expect(profile.skills.map((s) => s.name)).toEqual(['Go', 'PostgreSQL']);
    // Shown in part is not missing: nothing is still loading.
    expect(profile.capture?.missing).toEqual([]);
  });

  test('a section shown whole says nothing, even with a "Show all" link (Mara: "Show all 6 skills" under six skills)', () => {
    expect(profileOf('logged-in-mara-lind.html', 'https://www.linkedin.com/in/mara-lind/').capture?.partial).toBeUndefined();
    expect(profileOf('huge-pat-okonkwo.html', 'https://www.linkedin.com/in/pat-okonkwo/').capture?.partial).toBeUndefined();
  });

  test('languages, projects, volunteering and honours of the logged-in layout', () => {
    expect(profile.languages).toEqual([
      { language: 'Norwegian', fluency: 'Native or bilingual proficiency' },
      { language: 'English', fluency: 'Full professional proficiency' },
    ]);
    expect(profile.projects).toEqual([{ name: 'ledger-sim', description: 'A load generator for double-entry ledgers, written in Go.', startDate: '2022-04' }]);
    expect(profile.volunteer).toEqual([{ position: 'Mentor', organization: 'Code Club Norway', startDate: '2019-01', summary: 'Teaching Python to teenagers on Saturdays.' }]);
    expect(profile.awards).toEqual([{ title: 'Engineer of the Year', awarder: 'Fjordline Payments', date: '2022-12', summary: 'For the payouts migration with zero downtime.' }]);
    expect(profile.certificates?.[0]).toEqual({ name: 'Certified Kubernetes Application Developer (CKAD)', issuer: 'The Linux Foundation', date: '2024-02' });
  });
});

describe("the profile's /details/ pages", () => {
  const details = (list: string) => {
    const result = extractLinkedInProfile(page(`details-${list}-ilka-brandvold.html`), new URL(`https://www.linkedin.com/in/ilka-brandvold/details/${list}/`), NOW);
    if (result.kind !== 'details') throw new Error(`${list}: ${result.kind}`);
    return { ...result, profile: Profile.parse(result.profile) };
  };

  test.each([
    ['experience', 'work', 12],
    ['skills', 'skills', 54],
    ['education', 'education', 3],
    ['certifications', 'certificates', 5],
  ] as const)('/details/%s/ is the whole %s list (%i), of the person the address names, and nothing else', (list, section, count) => {
    const { slug, section: read, profile } = details(list);
    expect(slug).toBe('ilka-brandvold');
    expect(read).toBe(section);
    expect(profile[section]).toHaveLength(count);
    expect(profile.basics).toEqual({ profiles: [{ network: 'LinkedIn', username: 'ilka-brandvold', url: 'https://www.linkedin.com/in/ilka-brandvold/' }] });
    expect(profile.capture).toMatchObject({ source: 'linkedin', url: `https://www.linkedin.com/in/ilka-brandvold/details/${list}/`, strategy: { [section]: 'details' } });
    for (const other of ['work', 'education', 'skills', 'certificates'] as const) if (other !== section) expect(profile[other] ?? []).toEqual([]);
  });

  test('the roles only the list shows are read as the profile page reads roles', () => {
    const work = details('experience').profile.work;
    expect(work.slice(0, 7)).toEqual(profileOf('logged-in-show-all-ilka-brandvold.html', 'https://www.linkedin.com/in/ilka-brandvold/').work);
    expect(work[7]).toEqual({
      name: 'Polar Ledger',
      position: 'Backend Developer',
      startDate: '2013-09',
      endDate: '2014-05',
      summary: 'Datadog dashboards and alerts for the ledger service; MySQL tuning.',
    });
    expect(work.map((w) => w.name).slice(-2)).toEqual(['Vestland University IT', 'Vestland University IT']);
  });
});

describe("LinkedIn's newer React layout", () => {
  const en = profileOf('react-2026-yara-castell.html', 'https://www.linkedin.com/in/yara-castell/');

  test('the top card by its structure: the name in an h2, the headline, the place before "Contact info"', () => {
    expect(en.basics).toMatchObject({
      name: 'Yara Castell',
      label: 'Senior Backend Engineer · Rust, Go, PostgreSQL',
      location: { address: 'Barcelona, Catalonia, Spain', city: 'Barcelona' },
      summary: 'Search and ranking backends in Rust and Go.\n\nI run what I build: on call, with SLOs I can explain.',
    });
  });

  test('roles from entity components, grouped roles split, each line once although written twice', () => {
    expect(roles(en)).toEqual([
      ['Brisa Search', 'Senior Backend Engineer', '2022-02', null],
      ['Brisa Search', 'Backend Engineer', '2019-09', '2022-01'],
      ['Cala Travel', 'Software Engineer', '2017-05', '2019-08'],
      ['Mistral Apps', 'Junior Developer', '2016-01', '2017-04'],
      ['Faro Labs', 'Intern', '2015-06', '2015-12'],
    ]);
    expect(en.work.map((w) => w.location)).toEqual(['Barcelona, Spain', 'Barcelona, Spain', 'Valencia, Spain', undefined, undefined]);
    // The description box, without its "…more" button; the skills line under a role is not a place.
    expect(en.work[0]?.summary).toBe('Query service in Rust over Elasticsearch; p99 under 80 ms at 12k requests per second.');
    expect(JSON.stringify(en)).not.toMatch(/…more|\+2 skills|Senior Backend EngineerSenior/);
  });

  test('schools, skills listed twice read once, certifications, and languages found by their heading', () => {
    expect(en.education.map((e) => [e.institution, e.studyType, e.area, e.startDate, e.endDate])).toEqual([
      ['Polytechnic University of Barcelona', 'Master of Science - MS', 'Computer Science', '2012', '2014'],
      ['University of Valencia', 'Bachelor of Engineering - BE', 'Computer Engineering', '2008', '2012'],
    ]);
    expect(en.skills.map((s) => s.name)).toEqual(['Rust', 'Go', 'PostgreSQL']);
    expect(en.certificates).toEqual([{ name: 'Certified Kubernetes Application Developer (CKAD)', issuer: 'The Linux Foundation', date: '2023-04' }]);
    expect(en.languages).toEqual([
      { language: 'Spanish', fluency: 'Native or bilingual proficiency' },
      { language: 'English', fluency: 'Full professional proficiency' },
    ]);
    expect(en.capture?.partial).toEqual({ work: { shown: 5, total: 7 }, skills: { shown: 3, total: 12 } });
  });

  test('a German interface reads the same person: roles, schools, skills and counts', () => {
    const de = profileOf('react-2026-yara-castell-de.html', 'https://www.linkedin.com/in/yara-castell/');
    expect(roles(de)).toEqual(roles(en));
    expect(de.work.map((w) => w.summary)).toEqual(en.work.map((w) => w.summary));
    expect(de.education).toEqual(en.education);
    expect(de.skills).toEqual(en.skills);
    expect(de.certificates).toEqual(en.certificates);
    expect(de.languages?.map((l) => l.language)).toEqual(['Spanisch', 'Englisch']);
    expect(de.capture?.partial).toEqual(en.capture?.partial);
    expect(de.basics).toMatchObject({ name: en.basics.name, label: en.basics.label, summary: en.basics.summary, location: { address: 'Barcelona, Catalonia, Spanien' } });
  });
});

describe('pages that are nobody are reported as what they are, before anything is read', () => {
  test.each([
    ['nobody-not-found.html', 'https://www.linkedin.com/in/jonas-ghost/', 'not-found', 'Profile Not Found'],
    ['nobody-sign-in-wall.html', 'https://www.linkedin.com/in/tove-ekdahl/', 'sign-in', 'sign-in page'],
    ['nobody-feed.html', 'https://www.linkedin.com/feed/', 'feed', 'feed page'],
    ['nobody-search.html', 'https://www.linkedin.com/search/results/people/?keywords=backend%20engineer', 'search', 'search page'],
    ['nobody-job.html', 'https://www.linkedin.com/jobs/view/4012345678/', 'jobs', 'jobs page'],
    ['nobody-company.html', 'https://www.linkedin.com/company/quillworks/', 'company', 'company page'],
    ['nobody-school.html', 'https://www.linkedin.com/school/elbe-institute/', 'school', 'school page'],
    // Served at a profile's address, a page is still what it is.
    ['nobody-company.html', 'https://www.linkedin.com/in/quillworks/', 'company', 'company page'],
    ['nobody-feed.html', 'https://www.linkedin.com/in/lena-brandt-4000/', 'feed', 'feed page'],
  ])('%s at %s is a %s page', (file, url, kind, words) => {
    const result = extractLinkedInProfile(page(file), new URL(url), NOW);
    expect(result).toEqual({ kind: 'not-a-profile', page: kind, reason: expect.stringContaining(words) });
  });

  test('without its title, a not-found page at a profile address is still nobody: a heading is not a name', () => {
    const doc = page('nobody-not-found.html');
    doc.querySelector('title')!.remove();
    const result = extractLinkedInProfile(doc, new URL('https://www.linkedin.com/in/jonas-ghost/'), NOW);
    expect(result).toEqual({ kind: 'not-a-profile', reason: expect.stringContaining('does not look like a LinkedIn profile') });
  });
});
